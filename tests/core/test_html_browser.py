"""The exported seed article in real headless Chromium: selection, stepping, claims, no network."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.export.html import read_embedded_analysis, render_html
from reader.types import Analysis, Claim, Source, TextSpan

pytestmark = [pytest.mark.browser, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "orosz_fegyverek.txt"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _require_browser() -> None:
    """Skip with the reason when Chromium or Playwright is missing; in CI (CI=true) fail instead."""
    reason = None
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright Python package is missing (pip install playwright)"
    if reason is not None:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"browser test cannot run in CI: {reason}")
        pytest.skip(reason)


def _with_claim(analysis: Analysis) -> Analysis:
    """The analysis plus the seed's first claim by hand, while analyze() finds no claims yet."""
    t = analysis.text
    cue_at = t.index("írja a BBC")
    source_at = cue_at + len("írja ")
    actor = next((e.actor for e in analysis.entities if e.text == "BBC"), None)
    claim = Claim(
        id="c1",
        kind="statement",
        sentence=(0, t.index("\n")),
        source=Source(source_at, source_at + 5, t[source_at : source_at + 5], actor),
        cue=TextSpan(cue_at, cue_at + 4, "írja"),
        content=TextSpan(0, t.index(" –"), t[: t.index(" –")]),
    )
    return dataclasses.replace(analysis, claims=(claim,))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Analysis]:
    """The seed exported by the real command (a claim added by hand if the pipeline found none)."""
    _require_browser()
    out = tmp_path_factory.mktemp("browser") / "orosz.html"
    done = subprocess.run([sys.executable, "-m", "reader", "export", str(SEED), "-o", str(out),
                           "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    analysis = read_embedded_analysis(out.read_text(encoding="utf-8"))
    assert analysis is not None
    if not analysis.claims:
        analysis = _with_claim(analysis)
        out = out.with_name("orosz_claims.html")
        out.write_text(render_html(analysis), encoding="utf-8")
    return out, analysis


def test_select_step_and_claim_in_chromium_without_network(exported: tuple[Path, Analysis]) -> None:
    """Clicking a mention highlights exactly its actor's mentions and scrolls, and the bar that
    appears floats at the top without moving the text; n steps; a claim click shows source, cue
    and content; the page requests nothing but itself."""
    from playwright.sync_api import sync_playwright

    path, analysis = exported
    url = path.as_uri()
    requests: list[str] = []
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 360})

            def block_network(route: Any) -> None:
                requests.append(route.request.url)
                if route.request.url == url:
                    route.continue_()
                else:
                    route.abort()

            context.route("**/*", block_network)
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(url)

            # The actor with most mentions, and one of its mentions far enough down to scroll to.
            counts: dict[str, list[int]] = {}
            for n, ent in enumerate(analysis.entities):
                counts.setdefault(ent.actor, []).append(n)
            actor, mentions = max(counts.items(), key=lambda kv: len(kv[1]))
            assert len(mentions) >= 2, "the seed should have an actor with several mentions"
            tops = {n: page.eval_on_selector(f"#m-{n}", "e => e.getBoundingClientRect().top")
                    for n in mentions}
            room = page.evaluate("document.documentElement.scrollHeight - innerHeight / 2")
            centrable = [n for n in mentions if 300 < tops[n] < room - 40]
            assert centrable, "the actor should have a mention that can be scrolled to the centre"
            target = centrable[0]
            page.evaluate(f"window.scrollTo(0, {tops[target]} - 10)")
            before = page.evaluate("window.scrollY")
            text_at = page.eval_on_selector("#text", "e => e.offsetTop")
            page.click(f"#m-{target}")
            assert page.is_visible("#bar"), "the selection bar did not appear"
            assert page.eval_on_selector("#text", "e => e.offsetTop") == text_at, (
                "the selection bar pushed the text down")
            bar_top = page.eval_on_selector("#bar", "e => e.getBoundingClientRect().top")
            assert 0 <= bar_top < 40, f"the bar is not at the top of the window: {bar_top}"

            selected = page.eval_on_selector_all("#text mark.sel", "es => es.map(e => e.id)")
            assert sorted(selected) == sorted(f"m-{n}" for n in mentions)
            assert page.eval_on_selector_all("#text .cur", "es => es.map(e => e.id)") == [
                f"m-{target}"]
            assert page.evaluate("window.scrollY") != before, "the page did not scroll"
            centre = page.eval_on_selector(
                f"#m-{target}", "e => {const r = e.getBoundingClientRect();"
                " return Math.abs(r.top + r.height / 2 - innerHeight / 2);}")
            assert centre < 40, "the clicked mention is not centred"

            order = sorted(mentions, key=lambda n: analysis.entities[n].start)
            expected = order[(order.index(target) + 1) % len(order)]
            page.keyboard.press("n")
            assert page.eval_on_selector_all("#text .cur", "es => es.map(e => e.id)") == [
                f"m-{expected}"]
            page.keyboard.press("p")
            assert page.eval_on_selector_all("#text .cur", "es => es.map(e => e.id)") == [
                f"m-{target}"]

            claim = analysis.claims[0]
            page.evaluate("window.scrollTo(0, 0)")
            page.click(f"#claim-item-{claim.id} > a")
            shown = page.eval_on_selector_all(
                "#text .claim-on", "es => es.map(e => [e.className.split(' ')[0], e.textContent])")
            for part, span in (("c-cue", claim.cue), ("c-con", claim.content),
                               ("c-src", claim.source)):
                if span is not None:
                    assert "".join(t for c, t in shown if c == part) == span.text, part
            looks = page.evaluate("""() => ['c-src', 'c-cue', 'c-con'].map(c => {
                const s = getComputedStyle(document.querySelector('#text .claim-on.' + c));
                return [s.backgroundColor, s.boxShadow, s.fontWeight, s.fontStyle].join('|');
            })""")
            assert len(set(looks)) == 3, f"source, cue and content look alike: {looks}"
            anchor_top = page.eval_on_selector(f"#claim-{claim.id}",
                                               "e => e.getBoundingClientRect().top")
            assert 0 <= anchor_top <= 360, "the claim was not scrolled into view"
            assert page.is_visible(f"#claim-item-{claim.id}.active")
        finally:
            browser.close()
    assert problems == [], problems
    assert set(requests) == {url}, f"unexpected requests: {set(requests) - {url}}"
