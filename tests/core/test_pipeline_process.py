"""The pipeline process started at launch (reader.pipeline_process): its analyses are this
process's, its errors the user's messages; a dead one says how it ended; none outlives close."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys

import pytest

from reader import pipeline_process, service
from reader.analysis import jsonio
from reader.nlp import ModelError
from reader.pipeline_process import PipelineProcess, PipelineProcessGone


@pytest.fixture
def process():
    started = pipeline_process.start()
    assert started is not None, "no process could be started here"
    yield started
    started.close()


@pytest.mark.model
def test_an_analysis_made_in_the_pipeline_process_is_the_one_made_here(process, seed_text):
    """The seed analysed in the pipeline process equals, dataclass for dataclass and in its JSON
    byte for byte, the analysis this process makes with the same pipeline; progress reaches
    the caller."""
    process.load(service.BUNDLED)
    reported: list[tuple[int, int]] = []
    there = process.analyse(seed_text, "seeds/orosz_fegyverek.txt",
                            lambda done, total: reported.append((done, total)))
    here = service.analyse(seed_text, service.pipeline(service.BUNDLED),
                           source="seeds/orosz_fegyverek.txt")
    assert there == here
    assert jsonio.dumps(there) == jsonio.dumps(here)
    assert reported and reported[-1] == (len(seed_text), len(seed_text))
    assert process.loaded()


@pytest.mark.model
def test_a_result_sent_in_parts_is_the_whole_analysis(seed_text):
    """A result comes back a few entities, actors and claims at a time (so that no single
    unpickling holds the window's thread long): put together, it is the analysis made here."""
    started = pipeline_process.start(part=3)
    assert started is not None
    try:
        started.load(service.BUNDLED)
        there = started.analyse(seed_text, "seed")
    finally:
        started.close()
    here = service.analyse(seed_text, service.pipeline(service.BUNDLED), source="seed")
    assert len(here.entities) > 3 and len(here.actors) > 3 and len(here.claims) > 3
    assert there == here
    assert jsonio.dumps(there) == jsonio.dumps(here)


@pytest.mark.model
def test_an_analysis_given_up_on_leaves_the_process_serving_the_next(process, seed_text):
    """A progress callback that raises (a newer article was opened) stops the analysis with
    that exception; the process then analyses the next article as usual."""

    class Newer(Exception):
        pass

    def give_up(done: int, total: int) -> None:
        raise Newer

    process.load(service.BUNDLED)
    with pytest.raises(Newer):
        process.analyse(seed_text, "first", give_up)
    analysis = process.analyse("Orbán Viktor Brüsszelbe utazott.", "second")
    assert analysis.source == "second" and analysis.entities


@pytest.mark.model
def test_a_pipeline_folder_is_loaded_there_as_here(process):
    """A pipeline folder the user chose (here the bundled one's, by its path) is loaded and
    used in the pipeline process as service.pipeline loads it here."""
    from reader.locator import bundled_model_path

    folder = str(bundled_model_path())
    text = "Orbán Viktor szerint a Reuters tévedett, mondta a BBC-nek Budapesten."
    process.load(folder)
    assert process.analyse(text, "t") == service.analyse(text, service.pipeline(folder),
                                                         source="t")


def test_a_model_that_cannot_load_is_the_users_model_error(process, tmp_path):
    """A folder that is no pipeline: the analysis raises the ModelError, with the message,
    that loading it in this process gives."""
    process.load(str(tmp_path))
    with pytest.raises(ModelError) as there:
        process.analyse("Szöveg.", "t")
    with pytest.raises(ModelError) as here:
        service.pipeline(str(tmp_path))
    assert str(there.value) == str(here.value)


def test_a_killed_process_says_how_it_ended(process):
    """A pipeline process killed (out of memory, kill -9) raises PipelineProcessGone naming the
    signal, at once and not after a timeout."""
    process.load(service.BUNDLED)
    assert process.pid is not None
    os.kill(process.pid, signal.SIGKILL)
    with pytest.raises(PipelineProcessGone, match="SIGKILL"):
        process.analyse("Szöveg.", "t")


def test_closing_leaves_no_process_behind():
    """close() ends the process (while spaCy is still being imported, too) and waits for it:
    it is no child of this process any more; a second close() does nothing."""
    started = pipeline_process.start()
    assert started is not None
    started.load(service.BUNDLED)
    started.close()
    started.close()
    assert not started.alive()
    assert started.pid not in {child.pid for child in multiprocessing.active_children()}
    assert not started.serves(service.BUNDLED)
    with pytest.raises(PipelineProcessGone, match="closed"):
        started.analyse("Szöveg.", "t")


def test_a_pipeline_process_keeps_the_first_model_it_was_told():
    """It serves the model it was told first (or any, before it is told one), never another."""
    started = pipeline_process.start()
    assert isinstance(started, PipelineProcess)
    try:
        assert started.serves("hu_core_news_lg")
        started.load(service.BUNDLED)
        started.load("hu_core_news_lg")
        assert started.model == service.BUNDLED
        assert started.serves(service.BUNDLED) and not started.serves("hu_core_news_lg")
    finally:
        started.close()


_LAUNCH = """
import multiprocessing, sys
from reader import pipeline_process, service
method = pipeline_process.start_method()
started = pipeline_process.start()
started.load(service.BUNDLED)
result = started.analyse("Orbán Viktor Budapesten beszélt.", "t")
pid = started.pid
started.close()
second = pipeline_process.start()
second._connection.close()  # the window's end closed without close(): the process ends itself
second._process.join(60)
import PySide6.QtCore
print(method, [e.text for e in result.entities], started.alive(),
      pid in {c.pid for c in multiprocessing.active_children()}, second._process.exitcode,
      pipeline_process.start_method())
"""


@pytest.mark.model
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_at_launch_on_linux_the_process_is_forked_and_serves_and_ends_as_a_spawned_one():
    """At launch (a fresh interpreter, no Qt, no other thread) on Linux the process is forked,
    which saves the new interpreter's start; it analyses, and close() ends it (it closed its
    copy of the window's end of the pipe, or it would wait for ever). Once Qt is imported,
    processes are spawned."""
    done = subprocess.run([sys.executable, "-c", _LAUNCH], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    method, rest = done.stdout.split(" ", 1)
    assert method == "fork"
    assert rest.strip().endswith("False False 0 spawn")
    assert "Orbán Viktor" in rest
