"""The annotated article as one self-contained HTML page, and reading its analysis back.

Plain data in, markup out (the displaCy split): every piece of text and every attribute goes
through ``_esc``. Entities become one ``<mark>`` each; claim parts and related mentions are
innermost ``<span>``s, cut at every boundary so that nothing ever mis-nests. The page loads
nothing from anywhere (a Content-Security-Policy allows only its own hashed style and script)
and carries the analysis JSON so the reader can reopen it.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from pathlib import PurePath

from reader import __version__, i18n
from reader.analysis import jsonio
from reader.palette import (
    CLAIM_CONTENT,
    CLAIM_CONTENT_DARK,
    CLAIM_CUE,
    CLAIM_SOURCE,
    FALLBACK,
    LABELS,
    SELECTED_OUTLINE,
    LabelStyle,
    style_for,
)
from reader.types import Analysis, Entity

_PAGE_WORDS = ("legend", "actors", "claims", "source", "cue", "content", "no_source", "mentions",
               "mention",
               "related", "none", "model", "help", "prev", "next", "close", "claim", "untitled")


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


def render_html(analysis: Analysis, lang: str = "hu") -> str:
    """The whole page for one analysis; ``lang`` ("hu" or "en") picks the interface language."""
    if lang not in i18n.LANGUAGES:
        raise ValueError(
            f"unsupported page language {lang!r} (use one of {', '.join(i18n.LANGUAGES)})"
        )
    ui = _page_words(lang)
    css = _css(ui)
    script = _SCRIPT
    csp = (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src '{_sha256(script)}'; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    title = _title(analysis, ui)
    names = {a.id: a.name for a in analysis.actors}
    return "".join(
        [
            "<!DOCTYPE html>\n",
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="color-scheme" content="light dark">\n',
            f'<meta name="generator" content="hu-news-reader {_esc(__version__)}">\n',
            f"<title>{_esc(title)}</title>\n",
            f"<style>{css}</style>\n",
            "</head>\n<body>\n",
            '<div class="layout">\n<main>\n',
            f"<h1>{_esc(title)}</h1>\n",
            f'<p class="meta">{_esc(analysis.source)} · {ui["model"]} '
            f"{_esc(analysis.model.name)} {_esc(analysis.model.version)}</p>\n",
            _bar(ui),
            f"{_TEXT_OPEN}{_text_html(analysis)}</div>\n",
            "</main>\n",
            f'<aside>\n{_legend(analysis, ui)}{_actors_html(analysis, ui)}'
            f"{_claims_html(analysis, ui, names)}</aside>\n",
            "</div>\n",
            f"{_EMBED_OPEN}{_embed_json(analysis)}</script>\n",
            f"<script>{script}</script>\n",
            "</body>\n</html>\n",
        ]
    )


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
    """The analysis JSON, safe inside <script>: no '<', '>' or '&' can end or bend the block."""
    data = json.dumps(jsonio.to_compact(analysis), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", data)


def _title(analysis: Analysis, ui: dict[str, str]) -> str:
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
        spans.append(_Span(ent.start, ent.end, f'<mark id="m-{n}" class="ent '
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


def _text_html(analysis: Analysis) -> str:
    """The article with marks, claim spans and claim anchors, properly nested.

    Spans nest wherever they can; where a layer crosses another span it is cut in two (a mark
    never is, so each entity stays one <mark>). Cutting only at crossings, not at every
    boundary, keeps a long article's page a few times its size.
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

    def reopen(popped: list[_Span]) -> None:
        for span in popped:
            out.append(span.reopen or span.open)
            stack.append(span)

    positions = sorted(cuts)
    for pos, nxt in zip(positions, positions[1:] + [len(text)], strict=True):
        ending = next((k for k, span in enumerate(stack) if span.end == pos), None)
        if ending is not None:  # close those ending here and all inside them; reopen the rest
            popped = stack[ending:]
            del stack[ending:]
            out.extend(span.close for span in reversed(popped))
            reopen([span for span in popped if span.end != pos])
        out.extend(anchors.get(pos, ()))
        for span in sorted(starting.get(pos, ()), key=lambda s: (-s.end, not s.entity)):
            crossing = next((k for k, other in enumerate(stack) if other.end < span.end), None)
            if span.entity and crossing is not None:  # layers that end inside the mark
                popped = stack[crossing:]
                del stack[crossing:]
                out.extend(other.close for other in reversed(popped))
                out.append(span.open)
                stack.append(span)
                reopen(popped)
            else:
                out.append(span.open)
                stack.append(span)
        if nxt > pos:
            out.append(_esc(text[pos:nxt]))
    out.extend(span.close for span in reversed(stack))
    return "".join(out)


def _bar(ui: dict[str, str]) -> str:
    """The selection bar (shown by the script only, over the text): actor name, position,
    prev/next/clear."""
    return (
        '<div class="bar-slot"><div class="bar" id="bar" hidden>'
        '<span id="bar-name"></span> <span id="bar-pos"></span> '
        f'<button type="button" data-nav="prev" title="{ui["prev"]}">◀</button>'
        f'<button type="button" data-nav="next" title="{ui["next"]}">▶</button>'
        f'<button type="button" data-nav="clear" title="{ui["close"]}">✕</button>'
        "</div></div>\n"
        f'<p class="help">{_esc(ui["help"])}</p>\n'
    )


def _label_name(style: LabelStyle, ui: dict[str, str]) -> str:
    return i18n.label_name(style.key, ui["lang"])


def _legend(analysis: Analysis, ui: dict[str, str]) -> str:
    styles = list(LABELS)
    labels = {actor.id: actor.label for actor in analysis.actors}
    if any(style_for(labels.get(e.actor, e.label)) is FALLBACK for e in analysis.entities):
        styles.append(FALLBACK)
    items = "".join(
        f'<li><mark class="ent L-{s.key}">{_esc(_label_name(s, ui))}</mark> '
        f'<code>{_esc(s.key)}</code></li>'
        for s in styles
    )
    return f'<section class="legend"><h2>{ui["legend"]}</h2><ul>{items}</ul></section>\n'


def _actors_html(analysis: Analysis, ui: dict[str, str]) -> str:
    """Actors by number of mentions, each with links to its mentions (the no-script way)."""
    kept = {n for n, _ in _kept_entities(analysis)}
    mentions: dict[str, list[int]] = {}
    for n, ent in enumerate(analysis.entities):
        if n in kept:
            mentions.setdefault(ent.actor, []).append(n)
    first = {a.id: min((s for s, _ in a.mentions), default=len(analysis.text)) for a in
             analysis.actors}
    actors = sorted(analysis.actors, key=lambda a: (-len(mentions.get(a.id, ())), first[a.id]))
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
        target = f"#m-{marks[0]}" if marks else f"#actor-{aid}"
        items.append(
            f'<li class="actor" id="actor-{aid}">'
            f'<a class="actor-name" href="{target}" data-select-actor="{aid}">'
            f'<mark class="swatch L-{style_for(actor.label).key}"></mark>'
            f'<bdi>{_esc(actor.name)}</bdi></a> '
            f'<span class="count">{len(marks)} '
            f'{ui["mention" if len(marks) == 1 else "mentions"]}</span> '
            f'<span class="mention-links">{links}</span>{related_html}</li>'
        )
    body = "".join(items) or f'<li class="none">{ui["none"]}</li>'
    return f'<section class="actors"><h2>{ui["actors"]}</h2><ol>{body}</ol></section>\n'


def _claims_html(analysis: Analysis, ui: dict[str, str], names: dict[str, str]) -> str:
    """Claims in text order, source, cue and content each labelled, linked to the text."""
    items = []
    for claim in sorted(analysis.claims, key=lambda c: (c.sentence, c.id)):
        cid = _esc(dom_id(claim.id))
        kind = _esc(i18n.claim_kind_name(claim.kind, ui["lang"]))
        if claim.source is None:
            source = f'<cite class="no-source">{ui["no_source"]}</cite>'
        else:
            source = f"<cite>{_esc(claim.source.text)}"
            actor = names.get(claim.source.actor or "")
            if actor and actor != claim.source.text:
                source += f" <small>({_esc(actor)})</small>"
            source += "</cite>"
        # one short element per part: <cite> source, <i> cue, <q> content; their names come
        # from the stylesheet and they are bidi-isolated there, not in markup per claim
        items.append(
            f'<li class="claim k-{_esc(dom_id(claim.kind))}" id="claim-item-{cid}">'
            f'<a href="#claim-{cid}"><b>{kind}</b>{source}<i>{_esc(claim.cue.text)}</i>'
            f"<q>{_esc(_snippet(claim.content.text))}</q></a></li>"
        )
    body = "".join(items) or f'<li class="none">{ui["none"]}</li>'
    return f'<section class="claims"><h2>{ui["claims"]}</h2><ol>{body}</ol></section>\n'


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
    """The page's stylesheet: palette colours (light and dark), layout, selection, print, and
    the names of a claim's parts in the page's language."""
    styles = (*LABELS, FALLBACK)
    light = "".join(_label_css(s, dark=False) for s in styles)
    dark = "".join(_label_css(s, dark=True) for s in styles)
    return (
        ":root{--bg:#fdfdfc;--fg:#1b1b1b;--muted:#5c5c5c;--panel:#f3f3f1;--line:#d9d9d6;"
        f"--claim:{_colour(CLAIM_CONTENT)};color-scheme:light dark}}"
        "@media (prefers-color-scheme:dark){:root{--bg:#151515;--fg:#e8e8e6;--muted:#a8a8a4;"
        f"--panel:#202020;--line:#3a3a3a;--claim:{_colour(CLAIM_CONTENT_DARK)}}}}}"
        "*{box-sizing:border-box}"
        "body{margin:0;background:var(--bg);color:var(--fg);"
        "font:17px/1.65 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}"
        ".layout{display:grid;grid-template-columns:minmax(0,44em) minmax(15em,26em);gap:2.5em;"
        "max-width:76em;margin:0 auto;padding:1em 1.5em 4em}"
        "h1{font-size:1.5em;line-height:1.3;margin:.4em 0}"
        "h2{font-size:1em;margin:1.2em 0 .4em;text-transform:uppercase;letter-spacing:.04em;"
        "color:var(--muted)}"
        ".meta,.help{color:var(--muted);font-size:.85em;margin:.2em 0}"
        ".text{white-space:pre-wrap;overflow-wrap:break-word;margin-top:1em}"
        "a{color:inherit}"
        "mark{color:inherit;border-radius:2px;padding:0 1px}"
        f"{light}@media (prefers-color-scheme:dark){{{dark}}}"
        f".ent.sel{{outline:2px solid {_colour(SELECTED_OUTLINE)};outline-offset:1px}}"
        f".ent.cur{{outline:3px solid {_colour(SELECTED_OUTLINE)};"
        f"box-shadow:0 0 0 6px {_colour(SELECTED_OUTLINE)}40}}"
        ".rel{border-bottom:1px dotted var(--muted)}"
        f".rel.sel{{border-bottom:2px solid {_colour(SELECTED_OUTLINE)}}}"
        f".c-cue{{border-bottom:1px dotted {_colour(CLAIM_CUE)}}}"
        f".c-src.claim-on{{box-shadow:inset 0 -.35em {_colour(CLAIM_SOURCE)};font-style:italic}}"
        f".c-cue.claim-on{{background:{_colour(CLAIM_CUE)};color:#000;font-weight:700;"
        "border-bottom:none}"
        ".c-con.claim-on{background:var(--claim)}"
        # where a claim begins: a thin bar, not a quotation mark (the article's own quotes are
        # Hungarian „…”, and a claim often quotes nobody)
        "#text span[id]::before{content:'';display:inline-block;width:3px;height:1em;"
        "margin-right:2px;vertical-align:-.15em;border-radius:1px;background:var(--muted);"
        "opacity:.6}"
        "#text span[id]:target::before,#text span[id].claim-on::before{opacity:1;"
        "background:" + _colour(CLAIM_CUE) + "}"
        "aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;"
        "padding:.5em 0;font-size:.9em}"
        "aside ul,aside ol{list-style:none;margin:0;padding:0}"
        "aside li{padding:.3em .4em;border-bottom:1px solid var(--line)}"
        ".legend li{display:inline-block;border:none;padding:.1em .4em .1em 0}"
        ".legend code{color:var(--muted);font-size:.85em}"
        ".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;"
        "vertical-align:-.1em}"
        ".actor-name{font-weight:600;text-decoration:none}"
        ".actor.active{background:var(--panel);outline:2px solid " + _colour(SELECTED_OUTLINE)
        + "}"
        ".count,.related,.mention-links{color:var(--muted);font-size:.85em}"
        ".related{display:block}"
        ".mention-links a{margin-left:.2em}"
        ".claim a{display:block;text-decoration:none}"
        ".claim.active{background:var(--panel);outline:2px solid " + _colour(CLAIM_CUE) + "}"
        ".claim b{display:inline-block;font-size:.75em;text-transform:uppercase;"
        "letter-spacing:.05em;border:1px solid var(--line);border-radius:3px;padding:0 .3em;"
        "margin-bottom:.2em}"
        ".k-denial b{border-style:dashed}.k-accusation b{border-width:2px}"
        ".k-allegation b{border-style:dotted}"
        ".claim cite,.claim i,.claim q{display:block;font-style:normal;unicode-bidi:isolate}"
        ".claim small{unicode-bidi:isolate;font-size:1em}.claim q{quotes:none}"
        ".claim cite::before,.claim i::before,.claim q::before{font-weight:600;"
        "color:var(--muted)}"
        f".claim cite::before{{content:{_css_string(ui['source'] + ': ')}}}"
        f".claim i::before{{content:{_css_string(ui['cue'] + ': ')}}}"
        f".claim q::before{{content:{_css_string(ui['content'] + ': ')}}}"
        ".no-source{font-style:italic;color:var(--muted)}"
        # the selection bar floats over the text (a slot of no height that sticks to the top),
        # so showing it never moves the text under the reader's eyes
        ".bar-slot{position:sticky;top:0;height:0;z-index:1}"
        ".bar{position:absolute;top:.4em;left:0;right:0;background:var(--panel);"
        "border:1px solid var(--line);border-radius:4px;padding:.3em .6em;"
        "box-shadow:0 2px 8px rgba(0,0,0,.2)}"
        ".bar button{font:inherit;margin-left:.3em;cursor:pointer}"
        "#bar-name{font-weight:600}"
        "@media (max-width:62em){.layout{grid-template-columns:minmax(0,1fr)}"
        "aside{position:static;max-height:none;overflow:visible}}"
        "@media print{body{background:#fff;color:#000;font-size:11pt}"
        ".layout{display:block;max-width:none;padding:0}"
        "aside{position:static;max-height:none;overflow:visible;break-before:page}"
        ".bar-slot,.help,.mention-links,#text span[id]::before{display:none}"
        "mark,.c-cue{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        ".ent.sel,.ent.cur{outline:none;box-shadow:none}"
        "a{text-decoration:none}}"
    )


# Selection and stepping; reads nothing but the DOM, talks to nothing outside the page.
_SCRIPT = """
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("#text mark.ent"));
  var byActor = Object.create(null);
  marks.forEach(function (m) {
    (byActor[m.dataset.actor] = byActor[m.dataset.actor] || []).push(m);
  });
  var bar = document.getElementById("bar");
  var barName = document.getElementById("bar-name");
  var barPos = document.getElementById("bar-pos");
  var state = {actor: null, list: [], i: -1};

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  function clearActor() {
    each("#text .sel, #text .cur", function (e) { e.classList.remove("sel", "cur"); });
    each(".actor.active", function (e) { e.classList.remove("active"); });
    state = {actor: null, list: [], i: -1};
    bar.hidden = true;
  }
  function go(i) {
    var n = state.list.length;
    if (!n) { return; }
    if (state.i >= 0) { state.list[state.i].classList.remove("cur"); }
    state.i = ((i % n) + n) % n;
    var m = state.list[state.i];
    m.classList.add("cur");
    m.scrollIntoView({block: "center", inline: "nearest"});
    barPos.textContent = (state.i + 1) + " / " + n;
  }
  function selectActor(id, mark) {
    clearActor();
    var list = byActor[id] || [];
    state = {actor: id, list: list, i: -1};
    list.forEach(function (m) { m.classList.add("sel"); });
    each('#text .rel[data-actor="' + CSS.escape(id) + '"]', function (e) {
      e.classList.add("sel");
    });
    var item = document.getElementById("actor-" + id);
    if (item) {
      item.classList.add("active");
      var name = item.querySelector(".actor-name");
      barName.textContent = name ? name.textContent : id;
    }
    bar.hidden = false;
    if (list.length) { go(mark ? Math.max(0, list.indexOf(mark)) : 0); }
    else { barPos.textContent = ""; }
  }
  function showClaim(id) {
    each(".claim-on", function (e) { e.classList.remove("claim-on"); });
    each(".claim.active", function (e) { e.classList.remove("active"); });
    each('#text [data-claim="' + CSS.escape(id) + '"]', function (e) {
      e.classList.add("claim-on");
    });
    var item = document.getElementById("claim-item-" + id);
    if (item) { item.classList.add("active"); }
    var anchor = document.getElementById("claim-" + id);
    if (anchor) { anchor.scrollIntoView({block: "center", inline: "nearest"}); }
  }
  document.addEventListener("click", function (e) {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) { return; }
    var t = e.target instanceof Element ? e.target : null;
    if (!t) { return; }
    var hit = t.closest("#text mark.ent");
    if (hit) { e.preventDefault(); selectActor(hit.dataset.actor, hit); return; }
    hit = t.closest("#text .rel");
    if (hit) { e.preventDefault(); selectActor(hit.dataset.actor, null); return; }
    hit = t.closest("[data-select-actor]");
    if (hit) { e.preventDefault(); selectActor(hit.dataset.selectActor, null); return; }
    hit = t.closest(".claim > a");
    if (hit) { e.preventDefault(); showClaim(hit.getAttribute("href").slice(7)); return; }
    hit = t.closest("[data-nav]");
    if (hit) {
      var nav = hit.dataset.nav;
      if (nav === "clear") { clearActor(); } else { go(state.i + (nav === "next" ? 1 : -1)); }
    }
  });
  document.addEventListener("mouseover", function (e) {
    var m = e.target instanceof Element ? e.target.closest("#text mark.ent") : null;
    if (m && !m.title) { m.title = titleOf(m); }  // made when needed, not stored 100,000 times
  });
  function titleOf(m) {
    var item = document.getElementById("actor-" + m.dataset.actor);
    var name = item ? item.querySelector(".actor-name").textContent : m.textContent;
    var key = (/(?:^| )L-(\\S+)/.exec(m.className) || [])[1];
    var legend = key ? document.querySelector(".legend mark.L-" + CSS.escape(key)) : null;
    return "\\u2068" + name + "\\u2069" + (legend ? " \\u00b7 " + legend.textContent : "");
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "n" && state.actor !== null) { go(state.i + 1); e.preventDefault(); }
    else if (e.key === "p" && state.actor !== null) { go(state.i - 1); e.preventDefault(); }
    else if (e.key === "Escape") { clearActor(); }
  });
})();
"""
