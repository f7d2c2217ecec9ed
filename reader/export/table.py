"""The claims of one or more analyses as a CSV table for researchers (pure functions).

One row per claim: which article, who claims (the source's actor id and canonical name, and the
source as the text words it), the kind (its machine value and its name in the chosen language),
cue and content, and the character offsets of content and source in the article's text (Python
string indices, as everywhere in the reader). Then who the speaker is and how sure: the roles the
article gives the source's actor (``speaker_roles``, "alelnök (Tisza Párt); politikus"), how the
speaker was decided (``speaker_basis``, one of reader.types.SPEAKER_BASES, empty for a claim a
person added or changed) and whether it was inferred from the context rather than read at the
cue (``speaker_unsure``: "yes" or "no"; never "yes" for a claim a person corrected). Then the
article's title, outlet, author, date and address where they are known. Last, added after the
others so that a script reading columns by position keeps working: who decided the speaker
(``speaker_origin``: "machine", or "corrected" when a person set it), the claim's whole sentence,
and a person's coding: the verdict (``verdict``, one of reader.types.VERDICTS or empty, and
``verdict_name`` in the chosen language), the ``note`` and the ``tags`` ("; " between them).

The table is RFC 4180 CSV written by the ``csv`` module (every field that needs it quoted,
``\\r\\n`` line ends, line breaks inside a content kept), to be saved as UTF-8 *with* a
byte-order mark (``ENCODING``) so that Excel and LibreOffice read Hungarian letters right.

Formula injection: a spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and,
in some, a tab or carriage return) as a formula, also after spaces when it trims them on import,
and article text is untrusted. Such a cell gets a leading ``'``, which spreadsheets show as
text. So that every cell can be read back, a value that itself begins with ``'`` gets one too:
the rule is that a cell beginning with ``'`` had one added, and ``text[start:end]`` is the cell
without its first ``'`` (``needs_guard`` says which values get it). Offsets, being digits, never
need it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader import i18n
from reader.analysis.naming import role_names
from reader.types import Analysis

ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark: spreadsheets then read it as UTF-8

COLUMNS = (
    "article",
    "claim_id",
    "source_actor_id",
    "source_actor_name",
    "source_text",
    "kind",
    "kind_name",
    "cue",
    "content",
    "content_start",
    "content_end",
    "source_start",
    "source_end",
    "speaker_roles",
    "speaker_basis",
    "speaker_unsure",
    # the article's record (reader.types.ArticleMeta), the same on each of its rows
    "article_title",
    "article_outlet",
    "article_author",
    "article_date",
    "article_url",
    # added later, so at the end: who set the speaker, the sentence, a person's coding
    "speaker_origin",
    "sentence",
    "verdict",
    "verdict_name",
    "note",
    "tags",
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Rows:
    """One article's rows as CSV text (no header), and how many claims they are."""

    csv: str
    count: int


def needs_guard(value: str) -> bool:
    """Whether a cell of ``value`` begins with an added "'": a formula start, also after
    whitespace, or a "'" of its own."""
    return value.startswith((*FORMULA_STARTS, "'")) or value.lstrip().startswith(FORMULA_STARTS)


def cell(value: str) -> str:
    """A value as a safe cell: lone surrogates made visible, formula starts defused with "'"."""
    value = _SURROGATE.sub("\ufffd", value)
    return "'" + value if needs_guard(value) else value


def rows_csv(rows: Iterable[Sequence[str]]) -> str:
    """Rows as RFC 4180 CSV text, every cell through ``cell`` (the formula guard)."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerows([cell(value) for value in row] for row in rows)
    return out.getvalue()


def article_rows(article: str, analysis: Analysis, lang: str = "hu") -> Rows:
    """The rows of one article's claims, in the analysis's order; ``article`` fills the first
    column (the input's file name or path); ``lang`` names the kinds ("hu" or "en")."""
    _check_language(lang)
    names = {actor.id: actor.name for actor in analysis.actors}
    meta = analysis.meta
    record = (meta.title, meta.outlet, meta.author, meta.date, meta.url)
    roles = {actor.id: "; ".join(role_names(actor, names)) for actor in analysis.actors}
    rows = []
    for claim in analysis.claims:
        source = claim.source
        actor = source.actor if source is not None and source.actor is not None else ""
        rows.append((
            article,
            claim.id,
            actor,
            names.get(actor, ""),
            source.text if source is not None else "",
            claim.kind,
            i18n.claim_kind_name(claim.kind, lang),
            claim.cue.text,
            claim.content.text,
            str(claim.content.start),
            str(claim.content.end),
            str(source.start) if source is not None else "",
            str(source.end) if source is not None else "",
            roles.get(actor, ""),
            claim.speaker_basis,
            "yes" if claim.speaker_unsure else "no",
            *record,
            source.origin if source is not None else "",
            analysis.text[claim.sentence[0] : claim.sentence[1]],
            claim.verdict,
            i18n.verdict_name(claim.verdict, lang) if claim.verdict else "",
            claim.note,
            "; ".join(claim.tags),
        ))
    return Rows(rows_csv(rows), len(rows))


def join(parts: Iterable[Rows]) -> str:
    """The whole table: the header, then every article's rows in the order given."""
    return rows_csv([COLUMNS]) + "".join(part.csv for part in parts)


def render_table(analyses: Sequence[tuple[str, Analysis]], lang: str = "hu") -> str:
    """The claims table of (article name, analysis) pairs as CSV text (without the BOM, which
    ``ENCODING`` adds when it is saved)."""
    _check_language(lang)
    return join(article_rows(article, analysis, lang) for article, analysis in analyses)


def _check_language(lang: str) -> None:
    if lang not in i18n.LANGUAGES:
        raise ValueError(
            f"unsupported table language {lang!r} (use one of {', '.join(i18n.LANGUAGES)})"
        )
