"""Hard-wrapped text (reader.analysis.layout): soft line breaks read as spaces, offsets kept."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.layout import unwrap

WRAPPED = (
    "Covid-katasztrófát jósolnak\n"
    "\n"
    "A Bill Gates alapítványa által támogatott Institute for Health Metrics and\n"
    "Evaluation (IHME) szerint katasztrofális fordulatot vehet a magyarországi\n"
    "koronavírus-járvány. A modell szerint a csúcs egy hónap múlva következik be,\n"
    "akkor naponta több száz halálos áldozata lehet a járványnak Magyarországon.\n"
    "\n"
    "Kásler Miklós miniszter azt mondta, hogy a kórházak felkészültek a betegek\n"
    "fogadására, és elegendő lélegeztetőgép áll rendelkezésre az egész országban.\n"
    "- első pont egy listában, amely szintén elég hosszú ahhoz, hogy kitöltse\n"
    "- második pont\n"
)


def test_a_hard_wrapped_paragraph_reads_as_one_line() -> None:
    read = unwrap(WRAPPED)
    assert len(read) == len(WRAPPED)
    assert "Metrics and Evaluation (IHME)" in read
    assert "a magyarországi koronavírus-járvány" in read
    assert "\n\nKásler Miklós" in read  # a blank line stays a paragraph break
    assert "Covid-katasztrófát jósolnak\n" in read  # a short line (the title) stays a line
    assert "egész országban.\n- első pont" in read  # a list item starts its own line
    assert "kitöltse\n- második" in read
    # nothing but soft breaks changed
    assert [i for i, (a, b) in enumerate(zip(WRAPPED, read, strict=True)) if a != b] == [
        i for i, (a, b) in enumerate(zip(WRAPPED, read, strict=True)) if a == "\n" and b == " "
    ]


def test_a_turn_a_heading_and_a_sentence_end_keep_their_line_breaks() -> None:
    text = (
        "Kásler Miklós: a kórházak felkészültek a betegek fogadására, mondta\n"
        "A Bill Gates alapítványa által támogatott Institute for Health Metrics and\n"
        "Evaluation (IHME) szerint katasztrofális fordulatot vehet a magyarországi\n"
        "koronavírus-járvány, és a csúcs egy hónap múlva következik be az országban.\n"
        "Akkor naponta több száz halálos áldozata lehet a járványnak Magyarországon\n"
        "DG: Nulla nem lehet, egy sem, kell lennie legalább két csúcsnak a cellában\n"
        "KP: Ezután konstruáltunk egy egycsúcsú cellát is, a két csúcsú után, igen,\n"
        "és ez a cella is működött, ahogy vártuk.\n"
    )
    read = unwrap(text)
    assert "mondta\nA Bill" in read  # a heading before a capital stays its own line
    assert "Metrics and Evaluation" in read and "magyarországi koronavírus" in read
    assert "az országban.\nAkkor" in read  # a line ending a sentence ends its line
    assert "Magyarországon\nDG:" in read and "a cellában\nKP:" in read  # turns start lines
    assert "igen, és ez a cella" in read  # a wrapped turn runs on mid-sentence


@pytest.mark.parametrize(
    "text",
    [
        # long lines: one paragraph a line, as most articles are
        "Első bekezdés, amely hosszú. " * 5 + "\n" + "Második bekezdés. " * 8 + "\n" * 2,
        # too few lines to tell
        "Egy rövid sor\nmeg még egy\n",
        # short lines of a poem or a list: they do not fill a width
        "Ez a sor\nrövid\nés ez is\nnagyon rövid\na végén\naz utolsó\n",
        "",
    ],
)
def test_text_that_is_not_hard_wrapped_keeps_its_lines(text: str) -> None:
    assert unwrap(text) == text


@pytest.mark.model
def test_analysis_of_a_wrapped_text_keeps_the_text_and_its_offsets(bundled_nlp) -> None:
    a = analyze(WRAPPED, bundled_nlp)
    assert a.text == WRAPPED
    for e in a.entities:
        assert WRAPPED[e.start : e.end] == e.text
    for c in a.claims:
        for span in (c.cue, c.content, c.source):
            if span is not None:
                assert WRAPPED[span.start : span.end] == span.text
    # the sentence that runs over a line break is one claim whose content crosses it
    assert any(
        c.cue.text == "mondta" and "betegek\nfogadására" in c.content.text
        and c.content.text.endswith("az egész országban") for c in a.claims
    )


def test_a_hard_wrapped_block_is_unwrapped_in_an_article_of_one_line_paragraphs() -> None:
    """A numbered list pasted from a PDF (lines of ~70 characters, broken mid-sentence) inside
    an article whose other paragraphs are single long lines: the list's soft breaks become
    spaces, the long paragraphs and the blank lines stay."""
    long_paragraph = "Hosszú bekezdés, egyetlen sorban, ahogy a cikk többi része is áll. " * 4
    block = ("1. Sulyok szerint apját 1946-ban halálra ítélték, miközben apja\n"
             "ügyében soha nem született sem ilyen vagy hasonló értelmű dolog,\n"
             "sem bármilyen elmarasztaló ítélet az akkori bíróságok előtt.")
    text = f"Cím\n\n{long_paragraph}\n\n{block}\n\n{long_paragraph}\n"
    out = unwrap(text)
    assert len(out) == len(text)
    assert block.replace("\n", " ") in out
    assert out.count("\n\n") == text.count("\n\n")
    verse = "Rövid sor\nmásik sor\nharmadik sor"
    assert unwrap(f"{long_paragraph}\n\n{verse}\n") == f"{long_paragraph}\n\n{verse}\n"


def test_a_block_of_a_headline_and_its_byline_is_not_unwrapped() -> None:
    """A title, a subtitle and a byline on three lines without full stops: each line begins a
    text of its own (a capital after the break), so the block keeps its breaks; a wrapped
    paragraph breaks before a lower-case word."""
    long_paragraph = "Hosszú bekezdés, egyetlen sorban, ahogy a cikk többi része is áll. " * 4
    head = ("Magyar Péter szerint a kormány mindent elhallgat a pedagógusok elől\n"
            "A Tisza elnöke Debrecenben tartott fórumot csütörtök este, sokan voltak\n"
            "Kovács Anna | 2024. március 5. 18:30")
    text = f"{head}\n\n{long_paragraph}\n\n{long_paragraph}\n"
    assert unwrap(text) == text
