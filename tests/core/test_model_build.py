"""Pieces of the model recipe that need no training: the tokenizer fix and the lookup table."""

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from reader.model.build import split_final_period_after_capitals, train_lookup_table


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("írja a BBC.", ["írja", "a", "BBC", "."]),
        ("az ENSZ. Aztán", ["az", "ENSZ", ".", "Aztán"]),
        ("a Kft. szerint", ["a", "Kft.", "szerint"]),
        ("XVI. Lajos", ["XVI.", "Lajos"]),
        ("az FN.hu-nak", ["az", "FN.hu-nak"]),
    ],
)
def test_final_period_is_split_from_capitals_but_not_from_roman_numerals(text, tokens):
    """BBC. and ENSZ. lose their period (as in NerKor); Kft., XVI. and FN.hu-nak stay whole."""
    nlp = spacy.blank("hu")
    split_final_period_after_capitals(nlp)
    assert [t.text for t in nlp(text)] == tokens


def test_lookup_table_learns_lemmas_by_form_and_features(tmp_path):
    """HuSpaCy's lookup lemmatiser, trained on a tiny DocBin, lemmatises a seen form."""
    import huspacy.components  # noqa: F401

    nlp = spacy.blank("hu")
    doc = Doc(nlp.vocab, words=["Putyinnak", "szólt"], lemmas=["Putyin", "szól"],
              pos=["PROPN", "VERB"], morphs=["Case=Dat|Number=Sing", "Tense=Past"],
              sent_starts=[True, False])
    DocBin(docs=[doc]).to_disk(tmp_path / "t.spacy")
    train_lookup_table(tmp_path / "t.spacy", tmp_path / "lookup")
    nlp2 = spacy.blank("hu")
    lookup = nlp2.add_pipe("lookup_lemmatizer")
    lookup.from_disk(tmp_path / "lookup")
    test = Doc(nlp2.vocab, words=["Putyinnak"], pos=["PROPN"], morphs=["Case=Dat|Number=Sing"])
    assert lookup(test)[0].lemma_ == "Putyin"


@pytest.mark.parametrize(
    "lemma, form, expected",
    [
        ("0000", "1990-ben", "1990"),
        ("0000-as", "2020-as", "2020-as"),
        ("0::00-0::00", "8:30-9:30", None),  # NerKor's lemma: its digits do not line up
        ("00000-0::0000", "11451-2:2003", None),
        ("0-je", "a-je", None),  # a digit where the form has none
        ("május", "május", "május"),
    ],
)
def test_restore_digits_puts_the_forms_digits_back_or_refuses(lemma, form, expected):
    from reader.components import restore_digits

    assert restore_digits(lemma, form) == expected


def _time_range_table(tmp_path):
    """A lookup table learnt from NerKor's own lemma of a time range, 8:30-9:30 -> 8::30-9::30."""
    import huspacy.components  # noqa: F401
    from huspacy.components.lookup_lemmatizer import LookupLemmatizer

    lemmatizer = LookupLemmatizer(None, "")
    lemmatizer.train([[("8:30-9:30", "NUM", "", "8::30-9::30"), ("1990-ben", "NUM", "", "1990"),
                       ("ii.", "NUM", "", "2.")]])
    lemmatizer.to_disk(tmp_path / "table")
    return tmp_path / "table"


def test_safe_lookup_lemmatizer_keeps_a_time_range_huspacy_crashes_on(tmp_path):
    """HuSpaCy's lookup lemmatiser raises IndexError on a time range its table mislearnt; the
    safe one leaves that token alone and still restores the digits of one that fits."""
    from reader.components import SAFE_LOOKUP_LEMMATIZER

    table = _time_range_table(tmp_path)
    nlp = spacy.blank("hu")
    words = ["7:15-8:45", "2004-ben"]
    huspacy_lookup = nlp.add_pipe("lookup_lemmatizer")
    huspacy_lookup.from_disk(table)
    with pytest.raises(IndexError):
        huspacy_lookup(Doc(nlp.vocab, words=words, pos=["NUM", "NUM"]))
    safe = nlp.add_pipe(SAFE_LOOKUP_LEMMATIZER)
    safe.from_disk(table)
    doc = safe(Doc(nlp.vocab, words=[*words, "ii."], pos=["NUM", "NUM", "NUM"],
                   lemmas=["kept", "x", "kept too"]))
    assert [t.lemma_ for t in doc] == ["kept", "2004", "kept too"]  # not "0." for ii.


def test_loading_swaps_huspacys_lookup_lemmatizer_for_the_safe_one(tmp_path):
    """An installed HuSpaCy pipeline keeps its table but gets the lemmatiser that cannot crash."""
    from reader.components import SafeLookupLemmatizer
    from reader.nlp import load_pipeline

    nlp = spacy.blank("hu")
    nlp.add_pipe("ner").add_label("PER")
    nlp.initialize()
    nlp.add_pipe("lookup_lemmatizer", first=True).from_disk(_time_range_table(tmp_path))
    nlp.to_disk(tmp_path / "pipeline")
    loaded = load_pipeline(str(tmp_path / "pipeline"))
    assert loaded.pipe_names == ["lookup_lemmatizer", "ner"]
    lookup = loaded.get_pipe("lookup_lemmatizer")
    assert isinstance(lookup, SafeLookupLemmatizer)
    doc = lookup(Doc(loaded.vocab, words=["8:30-9:30", "1848-ben"], pos=["NUM", "NUM"]))
    assert [t.lemma_ for t in doc] == ["", "1848"]


def test_lookup_table_leaves_out_lemmas_whose_digits_do_not_line_up(tmp_path):
    """A table the recipe learns never holds a lemma that would crash HuSpaCy's lemmatiser."""
    import huspacy.components  # noqa: F401

    vocab = spacy.blank("hu").vocab
    doc = Doc(vocab, words=["8:30-9:30", "1990-ben"], lemmas=["8::30-9::30", "1990"],
              pos=["NUM", "NUM"], sent_starts=[True, False])
    DocBin(docs=[doc]).to_disk(tmp_path / "t.spacy")
    train_lookup_table(tmp_path / "t.spacy", tmp_path / "lookup")
    nlp = spacy.blank("hu")
    lookup = nlp.add_pipe("lookup_lemmatizer")  # HuSpaCy's own: it would raise on a bad entry
    lookup.from_disk(tmp_path / "lookup")
    doc = lookup(Doc(nlp.vocab, words=["7:15-8:45", "2004-ben"], pos=["NUM", "NUM"]))
    assert [t.lemma_ for t in doc] == ["", "2004"]


def test_anneal_config_continues_every_component_with_a_falling_rate(tmp_path):
    """Phase 2 sources each component from phase 1's pipeline and decays the rate to zero."""
    from spacy.util import load_config

    from reader.model.__main__ import anneal_config, config_path

    path = anneal_config(config_path("tagger"), tmp_path / "phase1", 500, tmp_path / "a.cfg")
    config = load_config(path, interpolate=False)
    assert set(config["components"]) == {"tok2vec", "morphologizer", "trainable_lemmatizer",
                                         "senter"}
    assert all(c == {"source": str(tmp_path / "phase1")} for c in config["components"].values())
    optimizer = config["training"]["optimizer"]
    assert optimizer["use_averages"] is True
    assert optimizer["learn_rate"]["@schedules"] == "warmup_linear.v1"
    assert optimizer["learn_rate"]["total_steps"] == config["training"]["max_steps"] == 500


@pytest.mark.parametrize(
    "form, lemma, pos, expected",
    [
        ("Észak-Koreától", "Észak-Koreá", "PROPN", "Észak-Korea"),
        ("pályából", "pályá", "NOUN", "pálya"),
        ("kávét", "kávé", "NOUN", "kávé"),  # é is left alone: kávé ends in é
        ("Moszkva", "Moszkva", "PROPN", "Moszkva"),
        ("hallá", "hallá", "VERB", "hallá"),  # only nouns and proper nouns
    ],
)
def test_lengthened_stem_fix_restores_a_before_suffixes(form, lemma, pos, expected):
    """The bundled pipeline's fix turns a lemma's final á back into a when a suffix followed."""
    from reader.components import lengthened_stem_fix

    doc = Doc(spacy.blank("hu").vocab, words=[form], lemmas=[lemma], pos=[pos])
    assert lengthened_stem_fix(doc)[0].lemma_ == expected


def test_pretraining_config_uses_the_ner_encoder_and_reads_the_raw_text(tmp_path):
    """The pretraining config pretrains ner.cfg's tok2vec (characters objective) on a JSONL
    corpus of the raw lines that are neither headings nor huge blocks."""
    import json
    import lzma

    from spacy.util import load_config

    from reader.model.__main__ import config_path
    from reader.model.pretrain import pretrain_config, write_jsonl

    raw = tmp_path / "raw"
    raw.mkdir()
    lines = ["Rövid.", "Ez egy rendes mondat a nyers szövegből, elég hosszú.", "szó " * 300]
    with lzma.open(raw / "a.txt.xz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    target = tmp_path / "raw.jsonl"
    words = write_jsonl(raw, None, target, max_words=0)
    kept = [json.loads(line)["text"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert kept == [lines[1]] and words == len(lines[1].split())
    config = load_config(pretrain_config(config_path("ner"), tmp_path / "p.cfg", epochs=1,
                                         save_every=10), interpolate=False)
    assert config["pretraining"]["component"] == "tok2vec"
    assert config["pretraining"]["objective"]["@architectures"] == "spacy.PretrainCharacters.v1"
    assert config["corpora"]["pretrain"]["path"] == "${paths.raw_text}"
    spacy.util.load_model_from_config(load_config(tmp_path / "p.cfg", overrides={
        "paths.raw_text": str(target)}, interpolate=True), auto_fill=True)


def test_shape_breakdown_sorts_gold_names_into_right_wrong_type_cut_and_missed():
    """Each gold name counts once per shape it has, with what the recogniser made of it."""
    from spacy.training import Example

    from reader.model.evaluate import shape_breakdown

    nlp = spacy.blank("hu")
    words = ["NATO", "és", "Ursula", "von", "der", "Leyen", "Budapesten", "."]
    gold = Doc(nlp.vocab, words=words, ents=["B-ORG", "O", "B-PER", "I-PER", "I-PER", "I-PER",
                                             "B-LOC", "O"])
    pred = Doc(nlp.vocab, words=words, ents=["B-LOC", "O", "O", "O", "B-PER", "I-PER",
                                             "O", "O"])
    table = shape_breakdown([Example(pred, gold)])
    assert table["all"] == {"right": 0, "wrong type": 1, "cut": 1, "missed": 1}
    assert table["acronym"]["wrong type"] == 1
    assert table["with particle"]["cut"] == 1
    assert table["3+ words"]["cut"] == 1


def test_train_and_devel_are_joined_for_the_shipped_model(tmp_path):
    """--with-devel trains on one DocBin holding every document of both splits."""
    from reader.model.__main__ import joined

    nlp = spacy.blank("hu")
    for name, words in (("train", ["Budapest", "szép"]), ("devel", ["Szeged", "is"])):
        bin_ = DocBin()
        bin_.add(Doc(nlp.vocab, words=words))
        bin_.to_disk(tmp_path / f"{name}.spacy")
    both = joined(tmp_path / "train.spacy", tmp_path / "devel.spacy", tmp_path / "both.spacy")
    texts = [doc.text.strip() for doc in DocBin().from_disk(both).get_docs(nlp.vocab)]
    assert texts == ["Budapest szép", "Szeged is"]


def test_model_card_says_which_splits_trained_the_model():
    """A model trained on train + devel says so, and that its devel scores are held out."""
    from reader.model.build import model_card

    nlp = spacy.blank("hu")
    held_out = model_card(nlp, {"ents_f": 0.775, "trained_on": "train+devel"})
    assert "train and devel splits" in held_out and "devel held out" in held_out
    assert "train split of NYTK-NerKor" in model_card(nlp, {"ents_f": 0.775})
    assert "the NER saw both splits" not in held_out
    kept_tagger = model_card(nlp, {"trained_on": "train+devel", "tagger_trained_on": "train"})
    assert "the NER saw both splits" in kept_tagger


def test_reading_config_puts_the_frozen_tagger_half_before_the_ner(tmp_path):
    """The NER's encoder reads the lemma and UPOS that the sourced tagger half assigns."""
    from spacy.util import load_config

    from reader.model.__main__ import NER_READS, TAGGER_HALF, reading_config

    config = load_config(reading_config(tmp_path / "half", tmp_path / "ner.cfg"),
                         interpolate=False)
    assert config["nlp"]["pipeline"] == [*TAGGER_HALF, "ner_tok2vec", "ner"]
    assert config["training"]["frozen_components"] == list(TAGGER_HALF)
    assert config["training"]["annotating_components"] == list(TAGGER_HALF)
    for name in TAGGER_HALF:
        assert config["components"][name] == {"source": str(tmp_path / "half")}
    embed = config["components"]["ner_tok2vec"]["model"]["embed"]
    assert embed["attrs"][-len(NER_READS):] == ["LEMMA", "POS"] == list(NER_READS)
    assert len(embed["rows"]) == len(embed["attrs"])
    assert config["components"]["ner"]["model"]["tok2vec"]["upstream"] == "ner_tok2vec"
    assert config["training"]["score_weights"]["lemma_acc"] == 0.0


def _tiny_nerkor(folder):
    """A NerKor-shaped folder with a few sentences in train/ and devel/."""
    header = "# global.columns = FORM LEMMA UPOS XPOS FEATS CONLL:NER EMMORPH:LEMMA\n"
    sentences = [
        [("Putyinnak", "Putyin", "PROPN", "Case=Dat|Number=Sing", "B-PER"),
         ("írt", "ír", "VERB", "Mood=Ind|Tense=Past", "O"), ("a", "a", "DET", "_", "O"),
         ("BBC", "BBC", "PROPN", "Case=Nom|Number=Sing", "B-ORG"), (".", ".", "PUNCT", "_", "O")],
        [("Oroszországgal", "Oroszország", "PROPN", "Case=Ins|Number=Sing", "B-LOC"),
         ("tárgyalt", "tárgyal", "VERB", "Mood=Ind|Tense=Past", "O"),
         ("8:30-9:30", "8::30-9::30", "NUM", "_", "O"), (".", ".", "PUNCT", "_", "O")],
    ]
    for split in ("train", "devel"):
        (folder / split).mkdir(parents=True)
        body = "".join(
            "".join(f"{f}\t{lem}\t{u}\t[x]\t{feats}\t{ner}\t{lem}\n"
                    for f, lem, u, feats, ner in sentence) + "\n"
            for sentence in sentences * 3)
        (folder / split / "news.conllup").write_text(header + body, encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("with_vectors", [False, True], ids=["shipped recipe", "with vectors"])
def test_recipe_trains_a_pipeline_whose_ner_reads_lemmas_end_to_end(tmp_path, with_vectors):
    """python -m reader.model train, a few steps on a tiny corpus (as the shipped model was made;
    and after 'vectors', with --vectors): the assembled pipeline loads, its NER's encoder reads
    LEMMA and POS (and the floret vectors, whose sources the card then names), and a time range
    does not break it."""
    import lzma

    from reader.components import SafeLookupLemmatizer
    from reader.model.__main__ import main
    from reader.nlp import load_pipeline

    nerkor, raw = tmp_path / "nerkor", tmp_path / "raw"
    _tiny_nerkor(nerkor)
    vectors: list[str] = []
    if with_vectors:
        raw.mkdir()
        with lzma.open(raw / "news.txt.xz", "wt", encoding="utf-8") as handle:
            handle.write("Putyin Oroszországgal tárgyalt, írta a BBC.\n" * 20)
        assert main(["vectors", "--raw", str(raw), "--data", str(nerkor), "--work",
                     str(tmp_path / "vectors"), "--dim", "8", "--buckets", "1000",
                     "--epochs", "1"]) == 0
        vectors = ["--vectors", str(tmp_path / "vectors" / "floret-d8-b1k")]
    output = tmp_path / "model"
    assert main(["train", "--data", str(nerkor), "--work", str(tmp_path / "work"),
                 "--output", str(output), "--tagger-steps", "2", "--ner-steps", "2",
                 "--anneal-steps", "2", *vectors]) == 0
    nlp = load_pipeline(str(output))
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "trainable_lemmatizer",
                              "lookup_lemmatizer", "hu_lengthened_stem_fix", "senter", "ner"]
    assert isinstance(nlp.get_pipe("lookup_lemmatizer"), SafeLookupLemmatizer)
    embed = nlp.get_pipe_config("ner")["model"]["tok2vec"]["embed"]
    assert embed["attrs"] == ["NORM", "PREFIX", "SUFFIX", "SHAPE", "LEMMA", "POS"]
    doc = nlp("Putyinnak írt a BBC 8:30-9:30 között.")
    assert doc[4].text == "8:30-9:30"
    card = (output / "README.md").read_text(encoding="utf-8")
    assert "## What the NER reads" in card and "LEMMA, POS" in card
    if with_vectors:
        assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape == (1000, 8)
        assert embed["include_static_vectors"] is True
        assert "## Word vectors" in card and "ParlaMint-HU" in card
    else:
        assert nlp.vocab.vectors.shape[0] == 0 and not embed["include_static_vectors"]
        assert "## Word vectors" not in card


def test_cyrillic_given_names_are_transcribed_the_hungarian_way() -> None:
    """reader.model.given_names: the Hungarian transcription (`д` before a front vowel is `gy`,
    `с` is `sz`, an `е` after a vowel or at the start is `je`, a `я` after a softened `н` is
    `a`: `Tanya`)."""
    from reader.model.given_names import transcribe

    assert transcribe("Владимир") == "Vlagyimir"
    assert transcribe("Сергей") == "Szergej"
    assert transcribe("Евгений") == "Jevgenyij"
    assert transcribe("Павел") == "Pavel"
    assert transcribe("Таня") == "Tanya" and transcribe("Надя") == "Nagya"
    assert transcribe("Оля") == "Olja"


def test_nerkor_tells_surnames_from_given_names_by_their_place(tmp_path) -> None:
    """reader.model.given_names.nerkor_surnames: a word the gold persons put last (`Bill
    Clinton`) or first before a Hungarian given name (`Clinton Péter`) more often than first
    before anything else is a surname; `Pavel Durov` makes `Pavel` none."""
    from reader.model.given_names import nerkor_surnames

    def row(word: str, tag: str) -> str:
        return "\t".join([word, word, "PROPN", "_", "_", tag, word])

    sentences = [
        [("Bill", "B-PER"), ("Clinton", "I-PER"), ("szólt", "O")],
        [("Hillary", "B-PER"), ("Clinton", "I-PER")],
        [("Clinton", "B-PER"), ("Péter", "I-PER")],
        [("Clinton", "B-PER"), ("Smith", "I-PER")],
        [("Pavel", "B-PER"), ("Durov", "I-PER"), ("írt", "O")],
    ]
    text = "# global.columns = FORM LEMMA UPOS XPOS FEATS CONLL:NER EMMORPH:LEMMA\n" + "\n\n".join(
        "\n".join(row(w, t) for w, t in s) for s in sentences
    ) + "\n"
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.conllup").write_text(text, encoding="utf-8")
    surnames = nerkor_surnames(tmp_path)
    assert "Clinton" in surnames and "Durov" in surnames
    assert "Pavel" not in surnames and "Bill" not in surnames
