"""The annotated article as one self-contained HTML page, and reading its analysis back.

Plain data in, markup out (the displaCy split): every piece of text and every attribute goes
through ``_esc``. Entities become one ``<mark>`` each; claim parts and related mentions are
``<span>``s, nested where they can be and cut where they cross, so that nothing ever
mis-nests. The page loads nothing from anywhere (a Content-Security-Policy allows only its own
hashed style and script) and carries the analysis JSON so the reader can reopen it.

The page's skeleton, stylesheet and script are files under resources/page/ (``page.html``,
``page.css``, ``page.js``), read through the locator and filled in with ``string.Template``;
the policy's hashes are computed from what the files give.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache
from pathlib import PurePath
from string import Template

from reader import __version__, i18n
from reader.analysis import jsonio
from reader.analysis.naming import role_names
from reader.locator import resource_text
from reader.palette import (
    CLAIM_CONTENT,
    CLAIM_CONTENT_DARK,
    CLAIM_CUE,
    CLAIM_SOURCE,
    FALLBACK,
    LABELS,
    SELECTED_OUTLINE,
    VERDICT_FAILS,
    VERDICT_HOLDS,
    LabelStyle,
    style_for,
)
from reader.types import Analysis, Claim, Entity

_PAGE_WORDS = ("legend", "actors", "claims", "source", "cue", "content", "no_source", "mentions",
               "mention", "related", "roles", "none", "model", "help", "prev", "next", "close",
               "claim", "untitled", "verdict", "note", "tags", "corrected")


def _page_words(lang: str) -> dict[str, str]:
    """The page's words from reader.i18n, keyed without their "page_" prefix."""
    words = {key: i18n.text(f"page_{key}", lang) for key in _PAGE_WORDS}
    words["lang"] = lang
    return words


MENTION_LINKS = 50  # links per actor to its mentions in the list (the script steps through all)
CLAIM_SNIPPET = 200  # characters of a claim's content in the list

_EMBED_OPEN = '<script type="application/json" id="analysis">'
_EMBED_RE = re.compile(re.escape(_EMBED_OPEN) + r"(.*?)</script>", re.DOTALL)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}")
_UNDERLINES = {"solid", "double", "dotted", "dashed", "wavy"}
_SLOT = "\x00"  # where escaped markup goes into an interface phrase that is escaped itself
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def render_html(analysis: Analysis, lang: str = "hu") -> str:
    """The whole page for one analysis; ``lang`` ("hu" or "en") picks the interface language."""
    if lang not in i18n.LANGUAGES:
        raise ValueError(
            f"unsupported page language {lang!r} (use one of {', '.join(i18n.LANGUAGES)})"
        )
    ui = _page_words(lang)
    css = _css(ui)
    script = _script()
    csp = (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src '{_sha256(script)}'; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    title = _esc(_title(analysis, ui))
    names = {a.id: a.name for a in analysis.actors}
    words = {key: _esc(ui[key]) for key in ("prev", "next", "close", "help")}
    return _page_template().substitute(
        words,
        lang=_esc(lang),
        csp=csp,
        version=_esc(__version__),
        title=title,
        css=css,
        source=_esc(shown_source(analysis.source)),
        article_meta=_article_meta(analysis, ui),
        model_word=_esc(ui["model"]),
        model_name=_esc(analysis.model.name),
        model_version=_esc(analysis.model.version),
        text=_text_html(analysis),
        legend_heading=_esc(ui["legend"]),
        legend_items=_legend_items(analysis, ui),
        actors_heading=_esc(ui["actors"]),
        actor_items=_actor_items(analysis, ui),
        claims_heading=_esc(ui["claims"]),
        claim_items=_claim_items(analysis, ui, names),
        analysis=_embed_json(analysis),
        script=script,
    )


@cache
def _page_template() -> Template:
    """The page's markup (resources/page/page.html); every $name is text escaped or markup
    built here."""
    return Template(resource_text("page", "page.html"))


@cache
def _css_template() -> Template:
    """The stylesheet template (resources/page/page.css) with its comments dropped and its lines
    stripped and joined, so the page carries it on one line."""
    source = _CSS_COMMENT.sub("", resource_text("page", "page.css"))
    return Template("".join(line.strip() for line in source.splitlines()))


@cache
def _script() -> str:
    """The page's script (resources/page/page.js: selection and stepping; it reads nothing but
    the DOM and talks to nothing outside the page), carried as the file has it, blank first line
    included: the policy's hash is the hash of these bytes."""
    return resource_text("page", "page.js")


_GENERATOR = b'<meta name="generator" content="hu-news-reader'


def is_reader_page(data: bytes) -> bool:
    """Whether a file's bytes are a page this reader wrote (its generator line, or for pages
    from before it had one, its analysis block) rather than a web page from elsewhere."""
    return _GENERATOR in data[:4096] or _EMBED_OPEN.encode("utf-8") in data


def read_embedded_analysis(page: str) -> Analysis | None:
    """The analysis a page written by render_html carries; None if it has none.

    The block holds the compact form (jsonio.to_compact): the article is read back from the
    page's text itself. Pages from before carry the whole schema, text included.
    Raises ValueError if the page has the block but its content is damaged.
    """
    match = _EMBED_RE.search(page)
    if match is None:
        return None
    try:
        data = jsonio.parse(match.group(1))
        if isinstance(data, dict) and "format" in data:
            return jsonio.from_compact(data, _page_text(page))
        return jsonio.from_dict(data)  # a page written before the compact form
    except ValueError as exc:
        raise ValueError(f"the analysis embedded in the page is damaged: {exc}") from None


_TEXT_OPEN = '<div class="text" id="text" lang="hu">'
_TEXT_RE = re.compile(re.escape(_TEXT_OPEN) + r"(.*?)</div>", re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")


def _page_text(page: str) -> str:
    """The article as the page shows it: its text block without our tags, unescaped (every
    "<" and "&" of the article itself is escaped there, so nothing else is a tag)."""
    match = _TEXT_RE.search(page)
    if match is None:
        raise ValueError("the page has no text block")
    return html.unescape(_TAG_RE.sub("", match.group(1)))


def _esc(value: str) -> str:
    """Text or attribute value as HTML: &, <, >, quotes escaped; lone surrogates made visible."""
    return html.escape(_SURROGATE.sub("\ufffd", value), quote=True)


def dom_id(raw: str) -> str:
    """An id as a token safe in id attributes, fragments and selectors; injective."""
    return "".join(
        c if c.isascii() and (c.isalnum() or c == "-") else f"_{ord(c):x}_" for c in raw
    )


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _embed_json(analysis: Analysis) -> str:
    """The analysis JSON, safe inside <script>: no '<', '>' or '&' can end or bend the block;
    its source named as the page shows it (a file's name, not the folders it was in)."""
    compact = jsonio.to_compact(replace(analysis, source=shown_source(analysis.source)))
    data = json.dumps(compact, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", data)


def _article_meta(analysis: Analysis, ui: dict[str, str]) -> str:
    """The article's record (outlet, author, date, address, file) as one line above the text,
    each part escaped; the address is shown as text, never a link (the page links nowhere)."""
    meta = analysis.meta
    words = {key: i18n.text(f"meta_{key}", ui["lang"]) for key in ("outlet", "author", "date",
                                                                   "url", "file")}
    parts = [f'<span class="meta-{key}" title="{_esc(words[key])}">{_esc(value)}</span>'
             for key, value in (("outlet", meta.outlet), ("author", meta.author),
                                ("date", meta.date), ("url", meta.url), ("file", meta.file))
             if value]
    return f'<p class="article-meta">{" · ".join(parts)}</p>' if parts else ""


def shown_source(source: str) -> str:
    """Where the article came from, as a page meant to be shared may say it: an address as it
    is, a file by its name only (never the folders of the person who saved the page)."""
    if "://" in source:
        return source
    return re.split(r"[\\/]", source)[-1] or source


def _title(analysis: Analysis, ui: dict[str, str]) -> str:
    if analysis.meta.title:
        return analysis.meta.title
    for line in analysis.text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 100 else line[:100].rsplit(" ", 1)[0] + " …"
    return PurePath(analysis.source).name or analysis.source or ui["untitled"]


@dataclass(frozen=True)
class _Span:
    """Something drawn around a stretch of the text: an entity's <mark>, or a <span> for a claim
    part or a related mention (a "layer", which may be cut in pieces where spans cross)."""

    start: int
    end: int
    open: str
    close: str = "</span>"
    entity: bool = False
    reopen: str = ""  # the tag for a later piece (the first may carry an id), "" = open


def _kept_entities(analysis: Analysis) -> list[tuple[int, Entity]]:
    """Entities by position with their index; invalid or overlapping ones (bad input) dropped."""
    length = len(analysis.text)
    ordered = sorted(enumerate(analysis.entities), key=lambda p: (p[1].start, p[1].end, p[0]))
    kept: list[tuple[int, Entity]] = []
    last_end = 0
    for n, ent in ordered:
        if 0 <= ent.start < ent.end <= length and ent.start >= last_end:
            kept.append((n, ent))
            last_end = ent.end
    return kept


def _spans(analysis: Analysis) -> list[_Span]:
    """Every mark and layer of the text, valid ones only."""
    labels = {actor.id: actor.label for actor in analysis.actors}
    spans: list[_Span] = []
    for n, ent in _kept_entities(analysis):
        aid = _esc(dom_id(ent.actor))
        label = labels.get(ent.actor, ent.label)  # every mention shows the actor's one label
        own = f' data-label="{_esc(ent.label)}"' if ent.label != label else ""
        fixed = " corrected" if ent.origin != "machine" else ""
        spans.append(_Span(ent.start, ent.end, f'<mark id="m-{n}" class="ent{fixed} '
                           f'L-{style_for(label).key}" data-actor="{aid}"{own}>',
                           "</mark>", entity=True))
    length = len(analysis.text)
    for claim in analysis.claims:
        cid = _esc(dom_id(claim.id))
        parts = [("c-src", claim.source), ("c-cue", claim.cue), ("c-con", claim.content)]
        anchored = False
        for css_class, part in parts:
            if part is not None and 0 <= part.start < part.end <= length:
                tag = f'<span class="{css_class}" data-claim="{cid}">'
                if part.start == claim.extent[0] and not anchored:  # where the claim begins
                    anchored = True
                    spans.append(_Span(part.start, part.end, f'{tag[:-1]} id="claim-{cid}">',
                                       reopen=tag))
                else:
                    spans.append(_Span(part.start, part.end, tag))
    for actor in analysis.actors:
        aid = _esc(dom_id(actor.id))
        for start, end in actor.related:
            if 0 <= start < end <= length:
                spans.append(_Span(start, end, f'<span class="rel" data-actor="{aid}">'))
    return spans


MAX_PIECES = 16  # pieces a claim part or related span may be cut into where spans cross


def _text_html(analysis: Analysis) -> str:
    """The article with marks, claim spans and claim anchors, properly nested.

    Spans nest wherever they can; where a layer crosses another span it is cut in two (a mark
    never is, so each entity stays one <mark>). Cutting only at crossings, not at every
    boundary, keeps a long article's page a few times its size. A layer crossed so often that
    it would be cut into more than MAX_PIECES pieces (claims from a hand-made JSON that all
    cross one another) is not opened again after its last piece: its later text goes
    unmarked, so the page stays linear in the number of spans, where n claims that all cross
    made n squared pieces. The stack's lowest end so far (``lows``) finds what closes at a
    position, or crosses a mark, by bisection instead of a look at every open span.
    """
    text = analysis.text
    spans = _spans(analysis)
    anchors: dict[int, list[str]] = {}  # claims whose first part is empty: an empty anchor
    anchored = {span.open.rsplit('id="claim-', 1)[1] for span in spans if span.reopen}
    for claim in analysis.claims:
        cid = _esc(dom_id(claim.id))
        at = claim.extent[0]
        if f'{cid}">' not in anchored and 0 <= at <= len(text):
            anchors.setdefault(at, []).append(f'<span id="claim-{cid}"></span>')
    starting: dict[int, list[_Span]] = {}
    cuts = {0, len(text)} | set(anchors)
    for span in spans:
        starting.setdefault(span.start, []).append(span)
        cuts |= {span.start, span.end}
    out: list[str] = []
    stack: list[_Span] = []  # open spans, outermost first
    lows: list[int] = []  # minus the lowest end of stack[: k + 1], so rising: for bisect
    pieces: dict[int, int] = {}  # id(span) -> pieces opened so far

    def push(span: _Span, tag: str) -> None:
        out.append(tag)
        stack.append(span)
        lows.append(max(lows[-1], -span.end) if lows else -span.end)
        pieces[id(span)] = pieces.get(id(span), 0) + 1

    def pop_from(k: int) -> list[_Span]:
        popped = stack[k:]
        del stack[k:], lows[k:]
        out.extend(span.close for span in reversed(popped))
        return popped

    def reopen(popped: list[_Span]) -> None:
        for span in popped:
            if pieces[id(span)] < MAX_PIECES:
                push(span, span.reopen or span.open)

    positions = sorted(cuts)
    for pos, nxt in zip(positions, positions[1:] + [len(text)], strict=True):
        # every open span ends at pos or later: the first whose stack prefix reaches down to
        # pos is the first that ends here
        ending = bisect_left(lows, -pos)
        if ending < len(stack):  # close those ending here and all inside them; reopen the rest
            reopen([span for span in pop_from(ending) if span.end != pos])
        out.extend(anchors.get(pos, ()))
        for span in sorted(starting.get(pos, ()), key=lambda s: (-s.end, not s.entity)):
            crossing = bisect_right(lows, -span.end)  # the first open span ending inside it
            if span.entity and crossing < len(stack):  # layers that end inside the mark
                popped = pop_from(crossing)
                push(span, span.open)
                reopen(popped)
            else:
                push(span, span.open)
        if nxt > pos:
            out.append(_esc(text[pos:nxt]))
    out.extend(span.close for span in reversed(stack))
    return "".join(out)


def _label_name(style: LabelStyle, ui: dict[str, str]) -> str:
    return i18n.label_name(style.key, ui["lang"])


def _legend_items(analysis: Analysis, ui: dict[str, str]) -> str:
    """The legend: every label's colour and name, the fallback's too when an actor needs it."""
    styles = list(LABELS)
    labels = {actor.id: actor.label for actor in analysis.actors}
    if any(style_for(labels.get(e.actor, e.label)) is FALLBACK for e in analysis.entities):
        styles.append(FALLBACK)
    return "".join(
        f'<li><mark class="ent L-{s.key}">{_esc(_label_name(s, ui))}</mark> '
        f'<code>{_esc(s.key)}</code></li>'
        for s in styles
    )


def _actor_items(analysis: Analysis, ui: dict[str, str]) -> str:
    """Actors by number of mentions, each with links to its mentions (the no-script way) and
    what the article says a person is ("alelnök (Tisza Párt)"; the script adds it to the
    mentions' tooltips)."""
    kept = {n for n, _ in _kept_entities(analysis)}
    mentions: dict[str, list[int]] = {}
    for n, ent in enumerate(analysis.entities):
        if n in kept:
            mentions.setdefault(ent.actor, []).append(n)
    first = {a.id: min((s for s, _ in a.mentions), default=len(analysis.text)) for a in
             analysis.actors}
    actors = sorted(analysis.actors, key=lambda a: (-len(mentions.get(a.id, ())), first[a.id]))
    names = {a.id: a.name for a in analysis.actors}
    items = []
    for actor in actors:
        aid = _esc(dom_id(actor.id))
        marks = mentions.get(actor.id, [])
        links = " ".join(f'<a href="#m-{n}">{k}</a>'
                         for k, n in enumerate(marks[:MENTION_LINKS], 1))
        if len(marks) > MENTION_LINKS:
            links += " …"
        related = sorted({analysis.text[s:e] for s, e in actor.related
                          if 0 <= s < e <= len(analysis.text)})
        related_html = (
            f'<span class="related">{ui["related"]}: '
            f'{", ".join(f"<bdi>{_esc(r)}</bdi>" for r in related)}</span>'
            if related else ""
        )
        roles = role_names(actor, names)
        roles_html = (
            f'<span class="roles">{_esc(ui["roles"])}: '
            f'{", ".join(f"<bdi>{_esc(r)}</bdi>" for r in roles)}</span>'
            if roles else ""
        )
        target = f"#m-{marks[0]}" if marks else f"#actor-{aid}"
        items.append(
            f'<li class="actor" id="actor-{aid}">'
            f'<a class="actor-name" href="{target}" data-select-actor="{aid}">'
            f'<mark class="swatch L-{style_for(actor.label).key}"></mark>'
            f'<bdi>{_esc(actor.name)}</bdi></a> '
            f'<span class="count">{len(marks)} '
            f'{ui["mention" if len(marks) == 1 else "mentions"]}</span> '
            f'<span class="mention-links">{links}</span>{roles_html}{related_html}</li>'
        )
    return "".join(items) or f'<li class="none">{_esc(ui["none"])}</li>'


def _claim_items(analysis: Analysis, ui: dict[str, str], names: dict[str, str]) -> str:
    """Claims in text order, source, cue and content each labelled, linked to the text."""
    items = []
    for claim in sorted(analysis.claims, key=lambda c: (c.sentence, c.id)):
        cid = _esc(dom_id(claim.id))
        kind = _esc(i18n.claim_kind_name(claim.kind, ui["lang"]))
        if claim.source is None:
            source = f'<cite class="no-source">{ui["no_source"]}</cite>'
        else:
            actor = names.get(claim.source.actor or "")
            words = _esc(claim.source.text)
            if actor and actor != claim.source.text:
                words += f" <small>({_esc(actor)})</small>"
            if claim.speaker_unsure:  # inferred from the context: italic, "?", and why
                tip = i18n.text("speaker_unsure_tip", ui["lang"], words=claim.source.text)
                marked = _esc(i18n.text("speaker_unsure", ui["lang"], name=_SLOT)).replace(
                    _SLOT, words)
                source = f'<cite class="unsure" title="{_esc(tip)}">{marked}</cite>'
            else:
                source = f"<cite>{words}</cite>"
        # one short element per part: <cite> source, <i> cue, <q> content; their names come
        # from the stylesheet and they are bidi-isolated there, not in markup per claim
        items.append(
            f'<li class="claim k-{_esc(dom_id(claim.kind))}" id="claim-item-{cid}">'
            f'<a href="#claim-{cid}"><b>{kind}</b>{source}<i>{_esc(claim.cue.text)}</i>'
            f"<q>{_esc(_snippet(claim.content.text))}</q></a>{_coding(claim, ui)}</li>"
        )
    return "".join(items) or f'<li class="none">{_esc(ui["none"])}</li>'


def _coding(claim: Claim, ui: dict[str, str]) -> str:
    """A person's coding of the claim, shown read-only under it: verdict, tags, note; and a
    mark when a person corrected the claim."""
    parts = []
    if claim.origin != "machine":
        parts.append(f'<span class="corrected">{_esc(ui["corrected"])}</span>')
    if claim.verdict:
        name = _esc(i18n.verdict_name(claim.verdict, ui["lang"]))
        parts.append(f'<span class="verdict v-{_esc(claim.verdict)}" '
                     f'title="{_esc(ui["verdict"])}">{name}</span>')
    parts += [f'<span class="tag" title="{_esc(ui["tags"])}">{_esc(tag)}</span>'
              for tag in claim.tags]
    if claim.note:
        parts.append(f'<span class="note" title="{_esc(ui["note"])}">{_esc(claim.note)}</span>')
    return f'<div class="coding">{"".join(parts)}</div>' if parts else ""


def _snippet(text: str, limit: int = CLAIM_SNIPPET) -> str:
    """A claim's content for the list: whole when short, else its start up to a word end (the
    whole content is marked in the text, where the item links to)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + " …"


def _css_string(value: str) -> str:
    """A CSS string literal holding ``value`` literally."""
    escaped = (c if c.isalnum() or c in " -.,:" else f"\\{ord(c):x} " for c in value)
    return '"' + "".join(escaped) + '"'


def _colour(value: str) -> str:
    """A palette colour, checked so that nothing but a hex colour reaches the stylesheet."""
    if not _HEX_COLOUR.fullmatch(value):
        raise ValueError(f"palette colour {value!r} is not a hex colour")
    return value


def _label_css(style: LabelStyle, dark: bool) -> str:
    background = _colour(style.background_dark if dark else style.background)
    if dark:
        return f".L-{style.key}{{background:{background}}}"
    underline = style.underline if style.underline in _UNDERLINES else "solid"
    weight = "font-weight:600;" if style.bold else ""
    return (
        f".L-{style.key}{{background:{background};text-decoration:underline {underline};"
        f"text-decoration-thickness:2px;text-underline-offset:3px;{weight}}}"
    )


def _css(ui: dict[str, str]) -> str:
    """The page's stylesheet (resources/page/page.css) with the palette's colours, light and
    dark, and the names of a claim's parts in the page's language."""
    styles = (*LABELS, FALLBACK)
    return _css_template().substitute(
        claim_content=_colour(CLAIM_CONTENT),
        claim_content_dark=_colour(CLAIM_CONTENT_DARK),
        claim_cue=_colour(CLAIM_CUE),
        claim_source=_colour(CLAIM_SOURCE),
        selected=_colour(SELECTED_OUTLINE),
        verdict_holds=_colour(VERDICT_HOLDS),
        verdict_fails=_colour(VERDICT_FAILS),
        labels_light="".join(_label_css(s, dark=False) for s in styles),
        labels_dark="".join(_label_css(s, dark=True) for s in styles),
        source_name=_css_string(ui["source"] + ": "),
        cue_name=_css_string(ui["cue"] + ": "),
        content_name=_css_string(ui["content"] + ": "),
    )
