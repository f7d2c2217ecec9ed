"""The annotated HTML page, rendered from hand-made analyses (no model, no browser)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from html.parser import HTMLParser

import pytest
from export_samples import claim, find, make, news
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import jsonio
from reader.export.html import dom_id, read_embedded_analysis, render_html
from reader.locator import resource_path, resource_text
from reader.types import Analysis

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Page(HTMLParser):
    """Parses a rendered page: checks nesting and collects text, marks, claim pieces, ids, links."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""
        self.in_text = 0  # depth inside div#text, 0 = outside
        self.marks: dict[str, str] = {}
        self.mark_attrs: dict[str, dict[str, str]] = {}
        self.open_marks: list[str] = []
        self.pieces: dict[tuple[str, str], str] = {}
        self.open_pieces: list[tuple[str, str] | None] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.styles: list[str] = []
        self.metas: list[dict[str, str]] = []
        self.title = ""
        self._in: str | None = None
        self.feed(page)
        self.close()
        assert self.stack == [], f"unclosed elements: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.append(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        if tag == "meta":
            self.metas.append(a)
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in ("script", "style", "title"):
            self._in = tag
            self._attrs = a
            self._buf = ""
        if self.in_text:
            self.in_text += 1
        elif tag == "div" and a.get("id") == "text":
            self.in_text = 1
        if tag == "mark" and self.in_text:
            self.open_marks.append(a["id"])
            self.marks[a["id"]] = ""
            self.mark_attrs[a["id"]] = a
        if tag == "span" and self.in_text:
            key = (a.get("class", ""), a.get("data-claim", a.get("data-actor", "")))
            self.open_pieces.append(key if "data-claim" in a or "rel" in key[0] else None)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()
        if self._in == tag:
            if tag == "script":
                self.scripts.append((self._attrs, self._buf))
            elif tag == "style":
                self.styles.append(self._buf)
            else:
                self.title = self._buf
            self._in = None
        if self.in_text:
            self.in_text -= 1
            if tag == "mark":
                self.open_marks.pop()
            if tag == "span":
                self.open_pieces.pop()

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buf += data
        if self.in_text:
            self.text += data
            for m in self.open_marks:
                self.marks[m] += data
            for key in self.open_pieces:
                if key is not None:
                    self.pieces[key] = self.pieces.get(key, "") + data


def check_offsets(analysis: Analysis, page: Page) -> None:
    """The page shows exactly the text, and each entity's mark holds exactly its span."""
    assert page.text == analysis.text
    for n, ent in enumerate(analysis.entities):
        assert page.marks[f"m-{n}"] == analysis.text[ent.start : ent.end]
    assert len(page.marks) == len(analysis.entities)  # one <mark> per entity


def test_news_page_shows_text_marks_and_claim_parts() -> None:
    """A normal article: text intact, one mark per entity, claim parts hold their text."""
    analysis = news()
    page = Page(render_html(analysis))
    check_offsets(analysis, page)
    for c in analysis.claims:
        assert c.source is not None
        assert page.pieces[("c-src", c.id)] == c.source.text
        assert page.pieces[("c-cue", c.id)] == c.cue.text
        assert page.pieces[("c-con", c.id)] == c.content.text
    assert page.mark_attrs["m-3"]["data-actor"] == "a1"
    assert "L-PER" in page.mark_attrs["m-3"]["class"]


HOSTILE = 'Cím <script>alert(1)</script> &amp; "idéz" \'egy\' </mark> <!-- x --> ]]> végén'


def test_hostile_text_is_escaped_and_runs_nothing() -> None:
    """<script>, &amp;, quotes and </mark> in the article render as text, not markup."""
    t = HOSTILE
    spans = [(*find(t, "<script>"), "ORG", 'a"1<'), (*find(t, "</mark>"), "PER", "x y&z")]
    c = claim(t, 'c"<1>', "statement", find(t, "&amp;"), find(t, '"idéz"'), find(t, "</mark>"),
              'a"1<')
    analysis = make(t, spans, (c,), source='<img src=x onerror="alert(2)">.txt')
    out = render_html(analysis)
    page = Page(out)
    check_offsets(analysis, page)
    assert "<script>alert" not in out and "<img" not in out and "<!-- x" not in out
    assert [attrs.get("type", "") for attrs, _ in page.scripts] == ["application/json", ""]
    assert page.title == t  # the title is the first line, as text
    assert page.pieces[("c-con", dom_id('c"<1>'))] == "</mark>"
    assert read_embedded_analysis(out) == analysis


def test_adjacent_touching_and_edge_entities() -> None:
    """Entities that touch each other and the very start and end of the text keep exact offsets."""
    t = "BudapestPécs és Szeged"
    spans = [(0, 8, "LOC", "a1"), (8, 12, "LOC", "a2"), (16, 22, "LOC", "a3")]
    analysis = make(t, spans)
    out = render_html(analysis)
    check_offsets(analysis, Page(out))
    assert '</mark><mark id="m-1"' in out  # touching marks stay two, each whole


def test_single_character_text_that_is_one_entity() -> None:
    """An entity covering the whole text opens at 0 and closes at the end."""
    analysis = make("X", [(0, 1, "MISC", "a1")])
    check_offsets(analysis, Page(render_html(analysis)))


def test_empty_text_renders_and_titles_after_source() -> None:
    """An empty analysis gives a valid page titled after the source file name."""
    analysis = make("", source="/home/x/cikk.txt")
    out = render_html(analysis)
    page = Page(out)
    assert page.text == "" and page.marks == {}
    assert page.title == "cikk.txt"
    assert "/home/x" not in out  # a page to share names the file, not the saver's folders
    assert read_embedded_analysis(out) == dataclasses.replace(analysis, source="cikk.txt")


def test_crlf_text_keeps_offsets() -> None:
    """CRLF line ends (offsets count both characters) do not shift the marks."""
    t = "Első sor\r\nMásodik sorban Budapest\r\n\r\nHarmadik: Pécs\r\n"
    analysis = make(t, [(*find(t, "Budapest"), "LOC", "a1"), (*find(t, "Pécs"), "LOC", "a2")])
    out = render_html(analysis)
    check_offsets(analysis, Page(out))
    assert read_embedded_analysis(out) == analysis


def test_non_bmp_characters_keep_offsets() -> None:
    """Astral characters (one Python index each) before and inside entities stay aligned."""
    t = "😀😀 Budapest 𝔘𝔫𝔦 🇭🇺 Pécs 😀"
    spans = [(*find(t, "Budapest"), "LOC", "a1"), (*find(t, "𝔘𝔫𝔦"), "ORG", "a2"),
             (*find(t, "Pécs 😀"), "LOC", "a3")]
    analysis = make(t, spans)
    out = render_html(analysis)
    check_offsets(analysis, Page(out))
    assert read_embedded_analysis(out) == analysis


def test_claim_spans_crossing_entities_do_not_split_marks() -> None:
    """A claim part that starts inside one entity and ends inside another leaves one mark each."""
    t = "Kovács János szerint Nagy Péter hazudott."
    spans = [(*find(t, "Kovács János"), "PER", "a1"), (*find(t, "Nagy Péter"), "PER", "a2")]
    c = claim(t, "c1", "accusation", find(t, "János"), find(t, "szerint"),
              find(t, "szerint Nagy"), "a1")
    analysis = make(t, spans, (c,), related={"a2": [find(t, "Péter hazudott")]})
    page = Page(render_html(analysis))
    check_offsets(analysis, page)
    assert page.pieces[("c-con", "c1")] == "szerint Nagy"
    assert page.pieces[("c-src", "c1")] == "János"
    assert page.pieces[("rel", "a2")] == "Péter hazudott"


def test_overlapping_entities_from_bad_input_still_nest() -> None:
    """Overlapping entities (never produced, possible by hand): the later is dropped, page valid."""
    t = "New York Times"
    analysis = make(t, [(0, 8, "LOC", "a1"), (4, 14, "ORG", "a2")])
    page = Page(render_html(analysis))
    assert page.text == t and page.marks == {"m-0": "New York"}


def test_embedded_json_round_trips_and_cannot_close_its_script() -> None:
    """The embedded analysis reads back equal, and '</script>' in its data stays inside JSON;
    the block is the compact form: the article is read back from the page's text."""
    t = "</script><script>alert(1)</script> <!-- <script> & U+2028:\u2028 end"
    analysis = make(t, [(*find(t, "alert"), "PER", "a1")])
    out = render_html(analysis)
    page = Page(out)
    embedded = page.scripts[0][1]
    assert "<" not in embedded and ">" not in embedded
    assert "alert(1)" not in embedded  # the text is on the page once, not in the block again
    assert jsonio.from_compact(jsonio.parse(embedded), t) == analysis
    assert read_embedded_analysis(out) == analysis


def test_read_embedded_analysis_on_foreign_and_damaged_pages() -> None:
    """A page without the block gives None; a damaged block gives a clear ValueError."""
    assert read_embedded_analysis("<html><body>hello</body></html>") is None
    out = render_html(news()).replace('"actors":[', '"actors":[7,', 1)
    with pytest.raises(ValueError, match="embedded in the page is damaged"):
        read_embedded_analysis(out)


def test_csp_forbids_network_and_hashes_match_inline_code() -> None:
    """The CSP meta denies everything but the page's own style and script, by hash."""
    page = Page(render_html(news()))
    csp = next(m["content"] for m in page.metas if m.get("http-equiv") == "Content-Security-Policy")
    assert csp.startswith("default-src 'none';")
    assert "unsafe" not in csp and "http" not in csp

    def digest(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert f"style-src 'sha256-{digest(page.styles[0])}'" in csp
    assert f"script-src 'sha256-{digest(page.scripts[1][1])}'" in csp
    assert any(m.get("charset") == "utf-8" for m in page.metas)


def test_page_is_made_from_the_resource_files() -> None:
    """page.html, page.css and page.js under resources/page/ make the page, the script verbatim."""
    for name in ("page.html", "page.css", "page.js"):
        assert resource_path("page", name).is_file()
    page = Page(render_html(news()))
    assert page.scripts[1][1] == resource_text("page", "page.js")
    style = page.styles[0]  # the stylesheet filled in, on one line, without its comments
    assert "\n" not in style and "/*" not in style and "$" not in style
    assert ".claim cite::before{content:" in style


def test_page_references_nothing_outside_itself() -> None:
    """No src attribute, remote link, url() or @import: the page is self-contained."""
    out = render_html(news())
    assert not re.search(r"\ssrc=|url\(|@import|https?:|//[a-z]", out)
    assert all(href.startswith("#") for href in Page(out).hrefs)


def test_every_internal_link_has_a_target() -> None:
    """Without JavaScript the page is a linked document: each #anchor exists."""
    page = Page(render_html(news()))
    ids = set(page.ids)
    assert len(ids) == len(page.ids), "duplicate ids"
    assert {"m-0", "m-4", "actor-a1", "claim-c1", "claim-item-c3"} <= ids
    for href in page.hrefs:
        assert href[1:] in ids, href


def test_odd_ids_become_safe_distinct_tokens() -> None:
    """Actor and claim ids with spaces, quotes or accents map to distinct safe DOM ids."""
    ids = ["a 1", "a_1", 'a"1', "á1", "a-1"]
    tokens = [dom_id(i) for i in ids]
    assert len(set(tokens)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", t) for t in tokens)


def test_legend_lists_palette_labels_and_language() -> None:
    """The legend shows every palette label in the page's language; unknown languages refused."""
    assert "Személy" in render_html(news()) and "Person" in render_html(news(), lang="en")
    with pytest.raises(ValueError, match="unsupported page language"):
        render_html(news(), lang="de")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60), st.data())
def test_any_text_and_spans_render_well_formed(text: str, data: st.DataObject) -> None:
    """On arbitrary text with arbitrary entities and claims the page nests and offsets hold."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = [(cuts[i], cuts[i + 1], "PER", f"a{i % 3}") for i in range(0, len(cuts) - 1, 2)
             if cuts[i] < cuts[i + 1]]
    point = st.integers(0, len(text))
    claims = []
    for k in range(data.draw(st.integers(0, 3))):
        a, b, c, d = sorted(data.draw(st.tuples(point, point, point, point)))
        claims.append(claim(text, f"c{k}", "statement", (a, b) if b > a else None, (b, c),
                            (c, d)))
    analysis = make(text, spans, tuple(claims))
    out = render_html(analysis)
    check_offsets(analysis, Page(out))
    assert read_embedded_analysis(out) == analysis


@pytest.mark.parametrize("kind, hu, en", [("announcement", "bejelentés", "announcement"),
                                          ("opinion", "vélemény", "opinion"),
                                          ("denial", "cáfolat", "denial")])
def test_every_claim_kind_is_named_in_the_page_language(kind, hu, en) -> None:
    """Claim kinds come from the one table of names, in the page's language."""
    base = news()
    analysis = dataclasses.replace(
        base, claims=(dataclasses.replace(base.claims[0], kind=kind),))
    assert f'"><b>{hu}</b><cite>' in render_html(analysis, lang="hu")
    assert f'"><b>{en}</b><cite>' in render_html(analysis, lang="en")


def test_claim_starts_are_marked_by_a_bar_not_a_quotation_mark() -> None:
    """Before the claim being shown the page draws a thin bar, not an English "❝" in Hungarian
    text; other claims' starts draw nothing that could read as a stray "|" or "‖"."""
    page = Page(render_html(news()))
    css = "".join(page.styles)
    rule = re.search(r"#text span\[id\]::before\{([^}]*)\}", css)
    assert rule is not None and rule.group(1) == "content:none"
    shown = re.search(r"#text span\[id\]:target::before,[^{]*\{([^}]*)\}", css)
    assert shown is not None and "content:''" in shown.group(1) and "width:3px" in shown.group(1)
    assert "\\275d" not in css.lower() and "❝" not in css and "❝" not in page.text


def test_selection_bar_floats_in_a_slot_of_no_height() -> None:
    """The selection bar is absolutely placed in a sticky slot of no height, so showing it
    cannot push the text down (the browser test checks the effect)."""
    out = render_html(news())
    css = "".join(Page(out).styles)
    assert '<div class="bar-slot"><div class="bar" id="bar" hidden>' in out
    assert ".bar-slot{position:sticky;top:0;height:0;" in css
    assert re.search(r"\.bar\{position:absolute;", css)


def test_page_language_sets_the_html_lang_and_keeps_the_article_hungarian() -> None:
    """<html lang> is the interface language; the article's text block is always lang="hu"."""
    for lang in ("hu", "en"):
        out = render_html(news(), lang=lang)
        assert out.count(f'<html lang="{lang}">') == 1
        assert '<div class="text" id="text" lang="hu">' in out


def test_one_mention_is_counted_in_the_singular_in_english() -> None:
    """'1 mention' and '2 mentions' on an English page; Hungarian counts stay 'említés'."""
    import re

    from reader.export.html import render_html
    from reader.types import Actor, Analysis, Entity, ModelInfo

    text = "BBC és BBC meg NYT."
    analysis = Analysis("x", ModelInfo("m", "0"), text,
                        (Entity(0, 3, "ORG", "BBC", "a1"), Entity(7, 10, "ORG", "BBC", "a1"),
                         Entity(15, 18, "ORG", "NYT", "a2")),
                        (Actor("a1", "BBC", "ORG", ((0, 3), (7, 10))),
                         Actor("a2", "NYT", "ORG", ((15, 18),))))
    counts = re.findall(r'class="count">([^<]*)', render_html(analysis, "en"))
    assert counts == ["2 mentions", "1 mention"]
    counts = re.findall(r'class="count">([^<]*)', render_html(analysis, "hu"))
    assert counts == ["2 említés", "1 említés"]


def crossing(n: int) -> Analysis:
    """n claims whose contents all cross one another (possible from a hand-made JSON)."""
    text = "szó " * (2 * n + 2)
    claims = tuple(claim(text, f"c{k}", "statement", None, (4 * k, 4 * k + 3),
                         (4 * (k + 1), 4 * (n + k + 1) - 1)) for k in range(n))
    return make(text, [(0, 3, "PER", "a1")], claims)


def test_crossing_claims_make_a_page_linear_in_their_number() -> None:
    """4n claims that all cross one another make about 4x the page of n (each was cut at every
    other's boundary: n squared pieces), and the page still nests, shows the text and anchors
    every claim."""
    sizes = []
    for n in (50, 200):
        analysis = crossing(n)
        out = render_html(analysis)
        page = Page(out)
        check_offsets(analysis, page)
        assert {f"claim-{c.id}" for c in analysis.claims} <= set(page.ids)
        sizes.append(len(_text_block(out)))
    assert sizes[1] <= sizes[0] * 4 * 4 / 3, sizes


def _text_block(page: str) -> str:
    return page[page.index('<div class="text"'):page.index("</div>", page.index('id="text"'))]
