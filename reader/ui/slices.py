"""Work done a slice per event-loop turn, so the window keeps answering while a long article's
results are put on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from time import perf_counter

from PySide6.QtCore import QObject, QTimer

SLICE_SECONDS = 0.008  # one turn's work; the highlighter's slice and painting share the turn


class Slices(QObject):
    """Runs steps (small callables) in event-loop turns of about SLICE_SECONDS each.

    ``start`` drops whatever a previous start left undone: a newer document or analysis
    replaces the one being shown. Nothing runs once the owner is gone (the timer is a child).
    """

    def __init__(self, parent: QObject | None = None, budget: float = SLICE_SECONDS) -> None:
        super().__init__(parent)
        self._budget = budget
        self._steps: Iterator[Callable[[], object]] = iter(())
        self._timer = QTimer(self)
        self._timer.setInterval(1)  # not 0: a zero timer runs before every other timer that is due
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, steps: Iterable[Callable[[], object]]) -> None:
        """Run ``steps`` in order, the first in the next turn."""
        self._steps = iter(steps)
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = iter(())

    def pending(self) -> bool:
        return self._timer.isActive()

    def finish(self) -> None:
        """Run what is left now (for tests and for a caller that needs the end state)."""
        self._timer.stop()
        steps, self._steps = self._steps, iter(())
        for step in steps:
            step()

    def _on_timer_timeout(self) -> None:
        deadline = perf_counter() + self._budget
        while perf_counter() < deadline:
            step = next(self._steps, None)
            if step is None:
                self._timer.stop()
                return
            step()
        # (a step that starts other work keeps its own timer; this one only orders the steps)
