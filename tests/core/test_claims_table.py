"""The claims table (CSV): rendered from hand-made analyses, saved by the service, written by
``reader export -o NAME.csv`` for one article or many."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from export_samples import claim, find, make, news, one_line_error

from reader import service
from reader.analysis import jsonio
from reader.cli import main
from reader.export.html import render_html
from reader.export.table import COLUMNS, cell, needs_guard, render_table
from reader.service import ReadError, SaveError
from reader.textfile import read_article
from reader.types import Analysis

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def parse(data: bytes) -> list[dict[str, str]]:
    """A saved table's rows as dicts, after checking the BOM and the header."""
    assert data.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark"
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]


def rows_of(text: str) -> list[dict[str, str]]:
    """Rendered table text (no BOM) as row dicts."""
    return parse(b"\xef\xbb\xbf" + text.encode("utf-8"))


def tricky() -> Analysis:
    """Claims whose content holds quotes, a CR LF and an LF, and parts that start like formulas."""
    t = ('Kovács Éva szerint "a híd\r\nnem, ő\nsoha" épül. -Szabó- azt mondta, hogy '
         '=SUM(A1)+1 lesz. @Gábor szerint +36 a hívószám.')
    spans = [(*find(t, "Kovács Éva"), "PER", "a1"), (*find(t, "Szabó"), "PER", "a2")]
    claims = (
        claim(t, "c1", "statement", find(t, "Kovács Éva"), find(t, "szerint"),
              find(t, '"a híd\r\nnem, ő\nsoha" épül'), "a1"),
        claim(t, "c2", "statement", find(t, "-Szabó-"), find(t, "azt mondta"),
              find(t, "=SUM(A1)+1 lesz"), "a2"),
        claim(t, "c3", "opinion", find(t, "@Gábor"), find(t, "szerint", 1),
              find(t, "+36 a hívószám"), None),
    )
    return make(t, spans, claims)


# --- the renderer -----------------------------------------------------------------------------


def test_one_row_per_claim_with_names_offsets_and_hungarian_text() -> None:
    """Each claim is one row: its article, id, actor and canonical name, source, kind, cue,
    content and offsets; the offsets give back exactly the text of content and source."""
    analysis = news()
    rows = rows_of(render_table([("hírek/első.txt", analysis)]))
    assert [r["claim_id"] for r in rows] == ["c1", "c2", "c3"]
    assert {r["article"] for r in rows} == {"hírek/első.txt"}
    first, second, third = rows
    assert (first["source_actor_id"], first["source_actor_name"], first["source_text"]) == (
        "a1", "Vlagyimir Putyin", "Vlagyimir Putyin")
    assert (second["source_actor_name"], second["source_text"]) == ("BBC", "A BBC")
    assert second["content"] == "Putyinnak „nincs választása”"
    assert (third["kind"], third["kind_name"], third["cue"]) == ("denial", "cáfolat", "tagadta")
    text = analysis.text
    for row, c in zip(rows, analysis.claims, strict=True):
        start, end = int(row["content_start"]), int(row["content_end"])
        assert text[start:end] == row["content"] == c.content.text
        start, end = int(row["source_start"]), int(row["source_end"])
        assert text[start:end] == row["source_text"]


def test_kind_names_follow_the_language_and_unknown_languages_are_refused() -> None:
    """kind stays the machine value; kind_name is reader.i18n's word in the chosen language."""
    rows = rows_of(render_table([("a.txt", news())], lang="en"))
    assert [(r["kind"], r["kind_name"]) for r in rows][-1] == ("denial", "denial")
    assert rows_of(render_table([("a.txt", news())]))[0]["kind_name"] == "kijelentés"
    with pytest.raises(ValueError, match="unsupported table language"):
        render_table([("a.txt", news())], lang="de")


def test_quotes_line_breaks_and_formula_starts_survive_a_csv_round_trip() -> None:
    """Quotes, CR LF and LF inside a content come back unchanged from csv.reader; lines end in
    CR LF; a cell starting with = + - @ gets a leading ' and nothing else changes."""
    analysis = tricky()
    rendered = render_table([("a.txt", analysis)])
    assert rendered.startswith(",".join(COLUMNS) + "\r\n")
    rows = rows_of(rendered)
    assert len(rows) == len(analysis.claims)
    assert rows[0]["content"] == '"a híd\r\nnem, ő\nsoha" épül'
    assert rows[1]["content"] == "'=SUM(A1)+1 lesz" and rows[1]["source_text"] == "'-Szabó-"
    assert rows[2]["content"] == "'+36 a hívószám" and rows[2]["source_text"] == "'@Gábor"
    for row in rows:
        start, end = int(row["content_start"]), int(row["content_end"])
        guarded = analysis.text[start:end].startswith(("=", "+", "-", "@"))
        assert ("'" if guarded else "") + analysis.text[start:end] == row["content"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_defused_in_every_text_column(start: str) -> None:
    """Article name, actor name, source, cue and content: a formula start gets a leading '."""
    t = f"{start}Név{start}forrás {start}mondja: {start}tartalom."
    c = claim(t, f"{start}c", "statement", find(t, f"{start}forrás"), find(t, f"{start}mondja"),
              find(t, f"{start}tartalom"), "a1")
    analysis = make(t, [(*find(t, f"{start}Név"), "PER", "a1")], (c,))
    row = rows_of(render_table([(f"{start}cikk.txt", analysis)]))[0]
    for column in ("article", "claim_id", "source_actor_name", "source_text", "cue", "content"):
        assert row[column].startswith("'" + start), column


@pytest.mark.parametrize("value", [" =2*3", "   =HYPERLINK(\"http://x\")", "\u00a0+1", "\n-1",
                                   " \t@A1"])
def test_a_formula_start_after_whitespace_is_defused(value: str) -> None:
    """A spreadsheet that trims spaces on import would run these: each gets a leading '."""
    assert cell(value) == "'" + value


@pytest.mark.parametrize("value, shown", [("'idézet'", "''idézet'"), ("ár 'x'", "ár 'x'"),
                                          ("12", "12"), ("", "")])
def test_a_cell_beginning_with_an_apostrophe_had_one_added(value: str, shown: str) -> None:
    """Content that begins with ' gets another, so that dropping a first ' always gives the
    text back; other cells are as they are."""
    assert cell(value) == shown
    assert (shown[1:] if shown.startswith("'") else shown) == value


def test_a_claim_without_source_leaves_its_source_columns_empty() -> None:
    """No source: actor id, name, text and offsets are empty cells, the rest is filled."""
    t = "Állítólag esik."
    analysis = make(t, [], (claim(t, "c1", "allegation", None, find(t, "Állítólag"),
                                  find(t, "esik")),))
    row = rows_of(render_table([("a.txt", analysis)]))[0]
    assert [row[k] for k in ("source_actor_id", "source_actor_name", "source_text",
                             "source_start", "source_end")] == [""] * 5
    assert (row["cue"], row["content"], row["content_start"]) == ("Állítólag", "esik", "10")


def test_many_articles_make_one_table_in_order() -> None:
    """Several analyses: one header, then each article's rows in the order given."""
    empty = make("Semmi.", [])
    rows = rows_of(render_table([("b.txt", news()), ("ures.txt", empty), ("a.txt", tricky())]))
    assert [r["article"] for r in rows] == ["b.txt"] * 3 + ["a.txt"] * 3


# --- the service ------------------------------------------------------------------------------


def test_save_claims_table_writes_utf8_with_bom_and_counts_claims(tmp_path: Path) -> None:
    """The window's call: a BOM, the rows of every analysis, the number of claims returned."""
    out = tmp_path / "állítások.csv"
    count = service.save_claims_table([("egy.txt", news()), ("ketto.txt", tricky())], out)
    assert count == 6
    rows = parse(out.read_bytes())
    assert [r["article"] for r in rows] == ["egy.txt"] * 3 + ["ketto.txt"] * 3
    assert "„nincs választása”" in out.read_bytes().decode("utf-8-sig")


def test_save_by_suffix_writes_a_table_of_one_article(tmp_path: Path) -> None:
    """service.save with a .csv output writes that analysis's table, named by its source."""
    service.save(news(), tmp_path / "x.CSV")
    assert {r["article"] for r in parse((tmp_path / "x.CSV").read_bytes())} == {"sample.txt"}


def test_table_never_overwrites_an_input_and_needs_its_suffix(tmp_path: Path) -> None:
    """A protected input, a folder, a read-only file or another suffix is refused, untouched."""
    article = tmp_path / "cikk.csv"
    article.write_text("eredeti", encoding="utf-8")
    with pytest.raises(SaveError, match="refusing to overwrite the input file"):
        service.save_claims_table([("cikk.csv", news())], tmp_path / "." / "cikk.csv",
                                  protect=[article])
    with pytest.raises(SaveError, match="refusing to overwrite the input file"):
        service.save(news(), article, protect=[article])
    assert article.read_text(encoding="utf-8") == "eredeti"
    with pytest.raises(SaveError, match=r"must end in \.csv"):
        service.save_claims_table([("a", news())], tmp_path / "x.json")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(SaveError, match="is a folder"):
        service.save_claims_table([("a", news())], tmp_path / "dir.csv")
    article.chmod(0o444)
    with pytest.raises(SaveError, match="read-only"):
        service.save_claims_table([("a", news())], article)


def test_save_json_and_save_page_check_their_suffix_and_language(tmp_path: Path) -> None:
    """The window's JSON and page calls: each writes its own format only; the page's <html
    lang> is the interface language, the article's text block stays Hungarian."""
    service.save_json(news(), tmp_path / "a.json")
    assert jsonio.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == news()
    with pytest.raises(SaveError, match=r"must end in \.json\."):
        service.save_json(news(), tmp_path / "a.html")
    with pytest.raises(SaveError, match=r"must end in \.html\."):
        service.save_page(news(), tmp_path / "a.json")
    service.save_page(news(), tmp_path / "en.html", lang="en")
    service.save(news(), tmp_path / "hu.html")
    service.save(news(), tmp_path / "en2.html", lang="en")
    english = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in english and '<div class="text" id="text" lang="hu">' in english
    assert '<html lang="hu">' in (tmp_path / "hu.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in (tmp_path / "en2.html").read_text(encoding="utf-8")


# --- the command ------------------------------------------------------------------------------


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Analysis]:
    """Articles a.txt, b.txt in tmp_path/in whose analyses are hand-made (no pipeline); any
    other file fails as an empty one does."""
    folder = tmp_path / "in"
    folder.mkdir()
    analyses = {"a.txt": news(), "b.txt": tricky()}
    for name, analysis in analyses.items():
        (folder / name).write_text(analysis.text, encoding="utf-8")

    def analysis_for(path: Path, model: str | None, progress: Any = None,
                     jobs: int = 1) -> Analysis:
        if path.name not in analyses:
            raise ReadError(f"{path.name} is empty.")
        return analyses[path.name]

    monkeypatch.setattr(service, "check_model", lambda model: None)
    monkeypatch.setattr(service, "analysis_for", analysis_for)
    return analyses


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["export", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_folder_to_one_table_with_every_articles_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved: dict[str, Analysis]
) -> None:
    """`reader export FOLDER -o claims.csv` writes one table (the article column is each
    input's path) and says so in one line on stdout."""
    out = tmp_path / "claims.csv"
    status, said, err = export(capsys, str(tmp_path / "in"), "-o", str(out), "--quiet")
    assert status == 0 and said == "" and err == "", err
    rows = parse(out.read_bytes())
    assert [r["article"] for r in rows] == [str(tmp_path / "in" / "a.txt")] * 3 + [
        str(tmp_path / "in" / "b.txt")] * 3
    out.unlink()
    status, said, err = export(capsys, str(tmp_path / "in" / "b.txt"), "-o", str(out),
                               "--lang", "en")
    assert status == 0, err
    assert said == f"wrote {out} (3 claims from 1 article)\n"
    assert [r["kind_name"] for r in parse(out.read_bytes())][2] == "opinion"


def test_success_lines_for_a_page_a_folder_and_a_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved: dict[str, Analysis]
) -> None:
    """One closing line on stdout, none with --quiet; the page takes --lang."""
    src = tmp_path / "in"
    status, said, _ = export(capsys, str(src / "a.txt"), "-o", str(tmp_path / "a.html"),
                             "--lang", "en")
    assert status == 0 and said == f"wrote {tmp_path / 'a.html'}\n"
    assert '<html lang="en">' in (tmp_path / "a.html").read_text(encoding="utf-8")
    status, said, _ = export(capsys, str(src), "-o", str(tmp_path / "out"), "--format", "json")
    assert status == 0 and said == f"wrote 2 files to {tmp_path / 'out'}\n"
    status, said, _ = export(capsys, str(src), "-o", str(tmp_path / "t.csv"))
    assert status == 0 and said == f"wrote {tmp_path / 't.csv'} (6 claims from 2 articles)\n"
    status, said, _ = export(capsys, str(src), "-o", str(tmp_path / "t.csv"), "--quiet")
    assert status == 0 and said == ""


def test_a_failed_article_means_no_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved: dict[str, Analysis]
) -> None:
    """If one input fails the table is not written (it would silently lack that article)."""
    (tmp_path / "in" / "c.txt").write_bytes(b"")
    status, said, err = export(capsys, str(tmp_path / "in"), "-o", str(tmp_path / "t.csv"),
                               "--quiet")
    assert status == 1 and said == ""
    assert "c.txt is empty" in err and "1 of 3 files failed; " in err and "not written" in err
    assert not (tmp_path / "t.csv").exists()


@pytest.mark.parametrize("suffix", [".html", ".json"])
def test_table_from_a_saved_page_or_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    suffix: str
) -> None:
    """A page or JSON this reader saved is an input like an article (its analysis is reused
    when the model matches) and is never the output."""
    monkeypatch.setattr(service, "pipeline", lambda model: None)
    monkeypatch.setattr("reader.nlp.model_info", lambda nlp: news().model)
    saved = tmp_path / f"a{suffix}"
    saved.write_text(render_html(news()) if suffix == ".html" else jsonio.dumps(news()),
                     encoding="utf-8")
    status, said, err = export(capsys, str(saved), "-o", str(tmp_path / "t.csv"))
    assert status == 0, err
    rows = parse((tmp_path / "t.csv").read_bytes())
    assert [r["content"] for r in rows] == [c.content.text for c in news().claims]
    assert {r["article"] for r in rows} == {str(saved)}


def test_command_refuses_to_write_the_table_over_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved: dict[str, Analysis]
) -> None:
    """-o naming one of the inputs is refused up front, in one line, the input untouched."""
    src = tmp_path / "in" / "a.txt"
    before = src.read_bytes()
    odd = src.with_suffix(".csv")
    odd.write_bytes(before)
    status, said, err = export(capsys, str(src), str(odd), "-o", str(tmp_path / "in" / "." /
                                                                       "a.csv"))
    assert status == 2 and "refusing to overwrite the input file" in err and one_line_error(err)
    assert odd.read_bytes() == before and said == ""


@pytest.mark.model
def test_seed_folder_to_one_table_with_the_model(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """With the bundled model the seeds' claims land in one table; every offset gives back the
    text, also with --jobs 2 (the same rows, from worker processes)."""
    out = tmp_path / "claims.csv"
    status, said, err = export(capsys, str(SEEDS), "-o", str(out), "--quiet")
    assert status == 0, err
    rows = parse(out.read_bytes())
    texts = {str(p): read_article(p).text for p in SEEDS.glob("*.txt")}
    assert {r["article"] for r in rows} == {str(SEEDS / n) for n in
                                            ("orosz_fegyverek.txt", "vizdij.txt")}
    for row in rows:
        text = texts[row["article"]]
        content = text[int(row["content_start"]):int(row["content_end"])]
        assert row["content"] == ("'" if needs_guard(content) else "") + content
        if row["source_start"]:
            assert text[int(row["source_start"]):int(row["source_end"])] == (
                row["source_text"])
    status, said, err = export(capsys, str(SEEDS), "-o", str(tmp_path / "par.csv"), "--jobs",
                               "2")
    assert status == 0, err
    assert (tmp_path / "par.csv").read_bytes() == out.read_bytes()
    assert said == f"wrote {tmp_path / 'par.csv'} ({len(rows)} claims from 2 articles)\n"
