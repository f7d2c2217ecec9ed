"""The window's own words that are not a single string: About, the shortcut list, numbers in
the interface's format, and names for recent files that tell twins apart."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence

from reader import __version__, service
from reader.i18n import language, tr
from reader.types import ModelInfo

SCORE_ROWS = (  # scores.json key -> the string naming it in the About box
    ("ents_f", "score_ner_f1"),
    ("lemma_acc", "score_lemma"),
    ("pos_acc", "score_upos"),
    ("sents_f", "score_sents"),
    ("words_per_second", "score_speed"),
)


def about_html(model: ModelInfo | None) -> str:
    """The About box: version, the model's name, version and scores, and the licences."""
    name = f"{model.name} {model.version}" if model is not None else _bundled_model_label()
    return (
        f"<h3>{html.escape(tr('app_name'))}</h3>{tr('about_text')}"
        f"<p><b>{tr('about_version')}:</b> {html.escape(__version__)}<br>"
        f"<b>{tr('about_model')}:</b> {html.escape(name)}</p>"
        f"<p><b>{tr('about_scores')}:</b> {_scores_html()}</p>"
        f"<p><b>{tr('about_licences')}:</b> {html.escape(tr('about_licence_text'))}</p>"
    )


def shortcuts_html(actions: list[QAction]) -> str:
    """Every keyboard shortcut of ``actions``, read from the actions themselves."""
    rows = []
    for action in actions:
        keys = [seq.toString(QKeySequence.SequenceFormat.NativeText)
                for seq in action.shortcuts() if not seq.isEmpty()]
        if keys and action.text():
            name = html.escape(action.text().replace("&", ""))
            rows.append(f"<tr><td style='padding-right:16px'>{name}</td>"
                        f"<td><b>{html.escape(', '.join(keys))}</b></td></tr>")
    rows.append(f"<tr><td style='padding-right:16px'>{html.escape(tr('shortcut_lists'))}"
                f"</td><td><b>↑ ↓ Enter</b></td></tr>")
    return f"<table>{''.join(rows)}</table>"


def number(value: int | float) -> str:
    """A number as the interface language writes it: 12 345 and 0,7745 in Hungarian, 12,345
    and 0.7745 in English; a float keeps the digits it was measured with."""
    locale = QLocale(QLocale.Language.Hungarian if language() == "hu" else QLocale.Language.English)
    if isinstance(value, float):
        digits = len(repr(value).partition(".")[2]) if "e" not in repr(value) else 6
        return locale.toString(value, "f", digits)
    return locale.toString(value)


def recent_labels(paths: list[str]) -> list[str]:
    """Menu texts for recent files: the file name, and its folders where two names are alike.

    ``a/cikk.txt`` and ``b/cikk.txt`` read "cikk.txt — a" and "cikk.txt — b"; if the folder
    names are alike too, as many parent folders as it takes to tell them apart. The paths are
    counted by their last parts, one depth at a time, so no path is compared with every other.
    """
    parts = [Path(p).parts for p in paths]
    depths = [1] * len(paths)
    unsettled = list(range(len(paths)))
    depth = 1
    while unsettled:
        alike = Counter(parts[n][-depth:] for n in range(len(paths)))
        still = []
        for n in unsettled:
            if alike[parts[n][-depth:]] > 1 and depth < len(parts[n]):
                still.append(n)
            else:
                depths[n] = depth
        unsettled, depth = still, depth + 1
    labels = []
    for path, part, depth in zip(paths, parts, depths, strict=True):
        name = service.display_name(path)
        if depth > 1:
            folder = service.display_path(str(Path(*part[-depth:-1])))
            name = f"{name} — {folder}"
        labels.append(name)
    return labels


def _bundled_model_label() -> str:
    card = service.bundled_model_card()
    if not card.found:
        return f"{card.name} ({tr('not_loaded')})"
    return f"{card.name} {card.version}".strip()


def _scores_html() -> str:
    scores = service.bundled_model_card().scores
    rows = []
    for key, name in SCORE_ROWS:
        value = scores.get(key)
        if isinstance(value, int | float):  # as measured, no second rounding
            rows.append(f"{tr(name)}: {number(value)}")
    per_label = scores.get("ents_per_type") or {}
    if isinstance(per_label, dict) and per_label:
        rows.append(tr("score_ner_f1") + " " + ", ".join(
            f"{html.escape(label)} {number(d['f'])}" for label, d in sorted(per_label.items())
            if isinstance(d, dict) and isinstance(d.get("f"), float)))
    if isinstance(scores.get("evaluated_on"), str):
        rows.append(f"<small>{html.escape(scores['evaluated_on'])}</small>")
    return "<br>".join(rows) or html.escape(tr("about_no_scores"))
