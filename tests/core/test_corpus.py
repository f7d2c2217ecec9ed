"""The NerKor reader: tags, features, spacing and documents from small hand-written snippets."""

import logging

import pytest

from reader.model.corpus import (
    normalise_feats,
    read_conllup,
    repair_tags,
    sentence_text,
    spaces_after,
    to_docs,
)

HEADER = "# global.columns = FORM LEMMA UPOS XPOS FEATS CONLL:NER EMMORPH:LEMMA\n"


def write(tmp_path, body: str):
    path = tmp_path / "x.conllup"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def row(form, lemma, upos, feats="_", ner="O"):
    return f"{form}\t{lemma}\t{upos}\t[x]\t{feats}\t{ner}\t{lemma}\n"


def test_sentences_are_split_on_blank_lines_and_fields_kept(tmp_path):
    """Two sentences come back with forms, lemmas, UPOS, features and tags."""
    body = (
        row("Putyinnak", "Putyin", "PROPN", "Case=Dat|Number=Sing", "B-PER")
        + row(".", ".", "PUNCT")
        + "\n"
        + row("Moszkva", "Moszkva", "PROPN", "Case=Nom|Number=Sing", "B-LOC")
        + "\n"
    )
    sentences = list(read_conllup(write(tmp_path, body)))
    assert len(sentences) == 2
    first = sentences[0].words[0]
    assert (first.form, first.lemma, first.upos) == ("Putyinnak", "Putyin", "PROPN")
    assert first.ner == "B-PER"
    assert first.feats == "Case=Dat|Number=Sing"


def test_malformed_tag_is_repaired_with_a_warning(tmp_path, caplog):
    """A tag like 'V' (known in jrc_1.conllup) becomes O and is logged, not a crash."""
    body = row("a", "a", "DET", ner="V") + row("BBC", "BBC", "PROPN", ner="B-ORG") + "\n"
    with caplog.at_level(logging.WARNING):
        words = list(read_conllup(write(tmp_path, body)))[0].words
    assert [w.ner for w in words] == ["O", "B-ORG"]
    assert "malformed entity tag 'V'" in caplog.text


def test_stray_inside_tag_starts_an_entity():
    """I- after O (or after another label) is turned into B-, so the IOB2 sequence is valid."""
    assert repair_tags(["O", "I-PER", "I-PER", "I-LOC"], "t") == ["O", "B-PER", "I-PER", "B-LOC"]


def test_short_and_malformed_lines_are_skipped(tmp_path, caplog):
    """A line with too few columns is skipped with a warning; the rest of the sentence stays."""
    body = "only\ttwo\n" + row("Irán", "Irán", "PROPN", ner="B-LOC") + "\n"
    with caplog.at_level(logging.WARNING):
        sentences = list(read_conllup(write(tmp_path, body)))
    assert [w.form for w in sentences[0].words] == ["Irán"]
    assert "expected at least 6 columns" in caplog.text


def test_features_are_sorted_and_deduplicated():
    """Repeated keys in FEATS (present in NerKor) keep their first value; '_' means none."""
    feats = "Person=3|PronType=Ind|Case=Nom|Person=3"
    assert normalise_feats(feats) == "Case=Nom|Person=3|PronType=Ind"
    assert normalise_feats("_") == ""


@pytest.mark.parametrize(
    "forms, text",
    [
        (["Ez", "„", "átfogó", "”", "volt", "."], "Ez „átfogó” volt."),
        (["Azt", "mondta", ",", "hogy", "(", "igen", ")", "!"], "Azt mondta, hogy (igen)!"),
        (["Tudod", "-e", "?"], "Tudod-e?"),
        (["Azt", "írta", ":", '"', "nem", '"', "."], 'Azt írta: "nem".'),
        (["Irán", "–", "Oroszország"], "Irán – Oroszország"),
    ],
)
def test_text_is_rebuilt_with_natural_spacing(forms, text):
    """No space before closing punctuation, none after opening quotes and brackets."""
    spaces = spaces_after(forms)
    rebuilt = "".join(f + (" " if s else "") for f, s in zip(forms, spaces, strict=True))
    assert rebuilt == text


def test_documents_carry_gold_annotation(tmp_path):
    """to_docs builds spaCy Docs with entities, lemmas, UPOS, morphology and sentence starts."""
    spacy = pytest.importorskip("spacy")
    body = (
        row("Oroszországgal", "Oroszország", "PROPN", "Case=Ins|Number=Sing", "B-LOC")
        + row("tárgyalt", "tárgyal", "VERB")
        + row(".", ".", "PUNCT")
        + "\n"
        + row("Vlagyimir", "Vlagyimir", "PROPN", ner="B-PER")
        + row("Putyin", "Putyin", "PROPN", ner="I-PER")
        + "\n"
    )
    sentences = list(read_conllup(write(tmp_path, body)))
    assert sentence_text(sentences[0]) == "Oroszországgal tárgyalt."
    (doc,) = list(to_docs(sentences, spacy.blank("hu").vocab))
    assert doc.text == "Oroszországgal tárgyalt. Vlagyimir Putyin"
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Oroszországgal", "LOC"),
        ("Vlagyimir Putyin", "PER"),
    ]
    assert doc[0].lemma_ == "Oroszország" and doc[0].pos_ == "PROPN"
    assert str(doc[0].morph) == "Case=Ins|Number=Sing"
    assert [t.is_sent_start for t in doc] == [True, False, False, True, False]


def test_devset_names_and_free_counts() -> None:
    """A rebuilt sentence's names come out as they read in its text; counts skip longer ones."""
    from reader.model.corpus import Sentence, Word
    from reader.model.devset import entity_surfaces, free_count

    words = tuple(
        Word(form, form, "PROPN", "", tag)
        for form, tag in [("A", "O"), ("Global", "B-ORG"), ("Voices", "I-ORG"), ("szerint", "O"),
                          ("Kína", "B-LOC"), ("„", "O"), ("hallgat", "O"), ("”", "O"), (".", "O")]
    )
    assert entity_surfaces(Sentence(words, "x")) == [("Global Voices", "ORG"), ("Kína", "LOC")]
    text = "Global Voices, Voices, Global Voices-ra."
    assert free_count(text, "Voices", ["Global Voices"]) == 1


def test_vector_text_keeps_hyphenated_words_and_splits_punctuation() -> None:
    """The floret training text is tokenised like the reader's tokenizer does, roughly."""
    from reader.model.vectors import tokenise

    assert tokenise("Az ENSZ-nek „nem” mondta, a TikTok-on: Kft.") == (
        "Az ENSZ-nek „ nem ” mondta , a TikTok-on : Kft.")
