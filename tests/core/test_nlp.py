"""Loading pipelines: the bundled one offline, HuSpaCy names, clear errors, degraded modes."""

import pytest
import spacy

from reader import nlp as pipeline
from reader.nlp import ModelError, chunks, load_pipeline, parse, pipeline_warnings


def test_uninstalled_huspacy_model_says_how_to_install():
    """A HuSpaCy name that is not installed gives the huspacy.download hint, not a traceback."""
    if "hu_core_news_lg" in pipeline.installed_models():
        pytest.skip("hu_core_news_lg is installed here")
    with pytest.raises(ModelError, match=r"huspacy\.download\('hu_core_news_lg'\)"):
        load_pipeline("hu_core_news_lg")


def test_unknown_name_is_a_clear_error():
    """Any other unknown name says it is not installed and lists what is."""
    with pytest.raises(ModelError, match="not installed.*bundled"):
        load_pipeline("no_such_pipeline_xyz")


def test_folder_that_is_not_a_pipeline_is_refused(tmp_path):
    """A folder without config.cfg is refused with a message naming it."""
    with pytest.raises(ModelError, match="not a spaCy pipeline"):
        load_pipeline(str(tmp_path))


def test_pipeline_without_ner_is_refused(tmp_path):
    """A saved pipeline with no entity recogniser cannot be used, and the message says why."""
    nlp = spacy.blank("hu")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "p")
    with pytest.raises(ModelError, match="no named-entity recogniser"):
        load_pipeline(str(tmp_path / "p"))


def test_pipeline_without_lemmatiser_runs_in_a_stated_degraded_mode(tmp_path):
    """A rule-based NER pipeline loads; its warnings name the missing lemmatiser and parser."""
    nlp = spacy.blank("hu")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Moszkva"}])
    nlp.to_disk(tmp_path / "p")
    loaded = load_pipeline(str(tmp_path / "p"))
    warnings = pipeline_warnings(loaded)
    assert any("lemmatiser" in w for w in warnings) and any("parser" in w for w in warnings)
    parsed = parse("Moszkva hallgat.", loaded)
    assert parsed.entities == ((0, 7, "LOC"),) and not parsed.has_lemmas


MARKER_CODE = "import pathlib; pathlib.Path(__file__).with_name('RAN').write_text('code ran')\n"


def test_a_pipeline_folder_gives_configuration_and_weights_and_runs_no_code(tmp_path):
    """What Choose Pipeline Folder… promises: Python files in the folder (next to its config,
    in a component's folder, named in meta.json) are never run, whether it loads or not."""
    nlp = spacy.blank("hu")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Moszkva"}])
    folder = tmp_path / "p"
    nlp.to_disk(folder)
    for name in ("__init__.py", "code.py", "functions.py", "entity_ruler/__init__.py",
                 "sitecustomize.py"):
        (folder / name).write_text(MARKER_CODE, encoding="utf-8")
    meta = (folder / "meta.json").read_text(encoding="utf-8")
    (folder / "meta.json").write_text(meta.replace('"lang"', '"code": "code.py", "lang"', 1),
                                      encoding="utf-8")
    loaded = load_pipeline(str(folder))
    assert parse("Moszkva hallgat.", loaded).entities == ((0, 7, "LOC"),)
    config = (folder / "config.cfg").read_text(encoding="utf-8")
    (folder / "config.cfg").write_text(config.replace('factory = "entity_ruler"',
                                                      'factory = "code_in_folder"'),
                                       encoding="utf-8")
    with pytest.raises(ModelError):  # a factory only the folder's code could register
        load_pipeline(str(folder))
    assert not list(folder.rglob("RAN"))


def test_long_paragraphs_are_cut_into_pieces_that_cover_the_text():
    """chunks() keeps offsets: each piece is found at its offset, long lines are cut."""
    text = "Első bekezdés.\n\n" + "Ez egy mondat. " * 3000 + "\nVége"
    pieces = list(chunks(text, limit=1000))
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert max(len(p) for _, p in pieces) <= 1000
    assert "".join(p for _, p in pieces).replace(" ", "") == text.replace("\n", "").replace(" ", "")


@pytest.mark.model
def test_bundled_pipeline_loads_offline_with_every_component(bundled_nlp):
    """The bundled pipeline has morphology, lemmas, sentences and NER."""
    for component in ("morphologizer", "trainable_lemmatizer", "senter", "ner"):
        assert component in bundled_nlp.pipe_names
    assert pipeline.model_info(bundled_nlp).name == "hu_newsreader"


@pytest.mark.model
def test_bundled_pipeline_on_the_seed_article(bundled_nlp, seed_text):
    """The seed's key entities get the right labels and inflected names the right lemmas."""
    parsed = parse(seed_text, bundled_nlp)
    found = {(seed_text[s:e], label) for s, e, label in parsed.entities}
    for expected in [("Oroszország", "LOC"), ("BBC", "ORG"), ("Vlagyimir Putyin", "PER")]:
        assert expected in found, f"{expected} not in {sorted(found)}"
    # "Teherán tagadta": a city acting as its government is ORG in NerKor ("Moszkva megkezdte"
    # is B-ORG there), LOC where it is the place; either is right, missing it is not
    assert {("Teherán", "LOC"), ("Teherán", "ORG")} & found, sorted(found)
    lemmas = {t.text: t.lemma for t in parsed.tokens}
    assert lemmas["Oroszországgal"] == "Oroszország"
    assert lemmas["Észak-Koreától"] == "Észak-Korea"
    assert lemmas["Putyinnak"] == "Putyin"


def test_time_ranges_and_standard_numbers_do_not_break_the_analysis(bundled_nlp):
    """NerKor lemmatises 8:30-9:30 as 8::30-9::30; a lookup table learnt from that made HuSpaCy's
    lemmatiser raise IndexError on every such time range, and the article was not analysed."""
    text = ("Az ülés 8:30-9:30 között lesz, a szünet 10:15-10:45 között. "
            "Az MSZ EN 11451-2:2003 szabvány 2004-ben jelent meg – írja a BBC.")
    parsed = parse(text, bundled_nlp)
    lemmas = {t.text: t.lemma for t in parsed.tokens}
    assert lemmas["2004-ben"] == "2004"
    assert ("BBC", "ORG") in {(text[s:e], label) for s, e, label in parsed.entities}


def test_installed_huspacy_model_loads_through_huspacy(tmp_path, monkeypatch):
    """A package named like HuSpaCy's, installed on sys.path, is listed and loads via huspacy."""
    import importlib
    import json
    import sys

    import huspacy

    name = "hu_core_news_md"
    if name in pipeline.installed_models():
        pytest.skip(f"a real {name} is installed here")
    nlp = spacy.blank("hu")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "LOC", "pattern": "Teherán"}])
    nlp.meta.update(name="core_news_md", version="3.8.0")
    package = tmp_path / name
    package.mkdir()
    nlp.to_disk(package / "hu_core_news_md-3.8.0")
    (package / "meta.json").write_text(json.dumps(nlp.meta), encoding="utf-8")
    (package / "__init__.py").write_text(
        "from spacy.util import load_model_from_init_py\n\n"
        "def load(**overrides):\n    return load_model_from_init_py(__file__, **overrides)\n",
        encoding="utf-8",
    )
    dist = tmp_path / f"{name}-3.8.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 3.8.0\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    calls = []
    real_load = huspacy.load
    monkeypatch.setattr(huspacy, "load", lambda n, **kw: calls.append(n) or real_load(n, **kw))
    try:
        assert name in pipeline.installed_models()
        loaded = load_pipeline(name)
    finally:
        sys.modules.pop(name, None)
    assert calls == [name]
    assert pipeline.model_info(loaded) == pipeline.ModelInfo("hu_core_news_md", "3.8.0")
    assert parse("Teherán tagadta.", loaded).entities == ((0, 7, "LOC"),)


@pytest.mark.model
def test_lemma_table_read_as_a_plain_dict_lemmatises_as_spacys_table(bundled_nlp, seed_text):
    """The lookup lemmatiser's faster load (a dict keyed by the form's hash, no Table built)
    gives every token of the seed the lemma the Table-backed table gives, and saves the same
    bytes it read."""
    from spacy.lookups import Lookups

    from reader.components import SafeLookupLemmatizer
    from reader.locator import bundled_model_path

    folder = bundled_model_path() / "lookup_lemmatizer"
    fast = bundled_nlp.get_pipe("lookup_lemmatizer")
    assert isinstance(fast, SafeLookupLemmatizer) and type(fast._entries) is dict
    with_table = SafeLookupLemmatizer(Lookups().from_disk(folder), "")
    before = next(bundled_nlp.pipe([seed_text], disable=["lookup_lemmatizer"]))
    lemmas = [t.lemma_ for t in fast(before.copy())]
    assert lemmas == [t.lemma_ for t in with_table(before.copy())]
    assert lemmas == [t.lemma_ for t in bundled_nlp(seed_text)]
    blank = before.copy()
    for token in blank:
        token.lemma_ = ""
    found = [t.lemma_ for t in fast(blank.copy())]
    assert found == [t.lemma_ for t in with_table(blank.copy())]
    assert sum(bool(lemma) for lemma in found) > len(found) // 2  # the table does lemmatise


@pytest.mark.model
def test_a_parse_reads_the_lemma_dict_as_loaded_and_builds_no_table(seed_text):
    """common_words reads the safe lemmatiser's dict by the form's hash: parsing the seed leaves
    spaCy's Table unbuilt (it took 0.1 s of the first analysis), and the common words are those
    the Table gives."""
    from types import SimpleNamespace

    from reader.nlp import common_words

    nlp = load_pipeline()
    parsed = parse(seed_text, nlp)
    lemmatiser = nlp.get_pipe("lookup_lemmatizer")
    assert lemmatiser._lookups_made is None  # no Table was built
    words = [t.text for t in parsed.tokens] + ["Vihart", "Kövesse", "Nagy", "Kovács", "Fekete"]
    with_table = SimpleNamespace(pipeline=[("lookup_lemmatizer", SimpleNamespace(
        _lookups=lemmatiser._lookups))])
    found = common_words(nlp, words)
    assert found == common_words(with_table, words)
    assert {"Vihart", "Kövesse"} <= found and not {"Nagy", "Kovács", "Fekete"} & found


def test_lemma_table_saved_after_a_fast_load_is_byte_for_byte_the_same(tmp_path):
    """to_disk after from_disk writes the file it read (the model recipe saves the table)."""
    import spacy

    from reader.locator import bundled_model_path

    source = bundled_model_path() / "lookup_lemmatizer" / "lookups.bin"
    lemmatizer = spacy.blank("hu").add_pipe("hu_safe_lookup_lemmatizer")
    lemmatizer.from_disk(source.parent)
    lemmatizer.to_disk(tmp_path)
    assert (tmp_path / "lookups.bin").read_bytes() == source.read_bytes()


_IMPORT_SPACY = """
import sys
from reader import nlp
nlp.import_spacy()
cli = ('typer', 'weasel', 'httpx', 'requests')
print(sorted(m.split('.')[0] for m in sys.modules if m.split('.')[0] in cli) or 'none',
      'spacy.cli' in sys.modules)
import spacy
print(sorted(spacy.info()) [:1])
import spacy.cli
from spacy.cli.info import info
print(spacy.cli.__file__.endswith('__init__.py'), spacy.cli.info is info,
      callable(spacy.cli.download))
"""


def test_spacy_is_imported_without_its_command_line_which_still_works_when_asked_for():
    """import_spacy leaves out spaCy's command line (typer, weasel, requests, httpx: 0.14 s of
    the first highlight); ``spacy.info`` still answers, and ``import spacy.cli`` afterwards
    gives the real package with its commands."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _IMPORT_SPACY], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["none False", "['location']", "True True True"]


@pytest.mark.model
def test_the_saved_tokenizer_loaded_into_an_empty_one_tokenizes_as_spacys(bundled_nlp, seed_text):
    """The bundled folder's tokenizer is built empty and filled from the folder (0.04 s of the
    first highlight): the tokens of the seed and of URLs, e-mails, abbreviations, times,
    numbers and compounds are spaCy's own load's, position for position."""
    import spacy

    from reader.locator import bundled_model_path

    assert pipeline._tokenizer_saved(bundled_model_path())
    plain = spacy.load(bundled_model_path()).tokenizer
    text = seed_text + (
        " Dr. Kovács a https://telex.hu/a/b?c=1 oldalon, 8:30-9:30 között; info@pelda.hu, "
        "stb. 1.500,5 Ft-ot, a MÁV-dolgozó és az EU-ban kb. 3-4-szer „idézett” (zárójel)!"
    )
    assert [(t.text, t.idx) for t in bundled_nlp.tokenizer(text)] == [
        (t.text, t.idx) for t in plain(text)]


@pytest.mark.model
def test_a_web_address_after_capitals_stays_one_word_and_a_final_period_is_cut(bundled_nlp):
    """'az FN.hu-nak elmondta': the period after two capitals inside a word is no sentence's
    end (the bundled pipeline's saved rule had cut the word letter by letter, and the speaker
    became 'n'); 'írja a BBC.' still loses its final period, 'XVI. Lajos' keeps its own."""
    def words(text: str) -> list[str]:
        return [t.text for t in bundled_nlp.tokenizer(text)]

    assert words("Kiss Anna az FN.hu-nak elmondta") == ["Kiss", "Anna", "az", "FN.hu-nak",
                                                         "elmondta"]
    assert words("írja a BBC.") == ["írja", "a", "BBC", "."]
    assert words("XVI. Lajos") == ["XVI.", "Lajos"]


def test_a_folder_without_its_tokenizer_saved_gets_spacys_own(tmp_path) -> None:
    """A pipeline folder with no tokenizer file (or another tokenizer factory) is loaded as
    spaCy loads it: the empty tokenizer is only for folders that fill it."""
    (tmp_path / "config.cfg").write_text('[nlp]\n\n[nlp.tokenizer]\n@tokenizers = '
                                         '"spacy.Tokenizer.v1"\n', encoding="utf-8")
    assert not pipeline._tokenizer_saved(tmp_path)
    (tmp_path / "tokenizer").write_bytes(b"")
    assert pipeline._tokenizer_saved(tmp_path)
    (tmp_path / "config.cfg").write_text('[nlp.tokenizer]\n@tokenizers = "my.Tokenizer.v1"\n',
                                         encoding="utf-8")
    assert not pipeline._tokenizer_saved(tmp_path)


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("egyet”– válaszolta", ["egyet", "”", "–", "válaszolta"]),
        ("„jó”–tette hozzá", ["„", "jó", "”", "–", "tette", "hozzá"]),
        ("„jó” –mondta Kiss", ["„", "jó", "”", "–", "mondta", "Kiss"]),
        # the mark after a quote and the next sentence glued to it
        ("vagyunk”.Rutte szerint", ["vagyunk", "”", ".", "Rutte", "szerint"]),
        ("Putyinnal”.Az új", ["Putyinnal", "”", ".", "Az", "új"]),
        ("Kínának”.„A menesztett", ["Kínának", "”", ".", "„", "A", "menesztett"]),
        # a colon and an opening mark glued between a cue and its quote
        ("Kiemelte:„Ez jó", ["Kiemelte", ":", "„", "Ez", "jó"]),
        ("Ez „jó” volt", ["Ez", "„", "jó", "”", "volt"]),
        # a source in capitals in brackets glued to the full stop; not a caption in brackets,
        # nor after an abbreviation
        ("mondta Rutte.(MTI) Ma", ["mondta", "Rutte", ".", "(", "MTI", ")", "Ma"]),
        ("forintot.(Nyitóképünk)", ["forintot.(Nyitóképünk", ")"]),
        ("a Kft.(MTI)", ["a", "Kft.(MTI", ")"]),
        # a dash between two words, numbers or times stays inside its token
        ("Budapest–Bécs 8:30–9:30 2010–2014", ["Budapest–Bécs", "8:30–9:30", "2010–2014"]),
    ],
)
def test_a_dash_glued_to_a_quote_is_a_token_of_its_own(text, tokens):
    """Pasted text glues the attribution's dash to the quote ("egyet”– válaszolta") and the
    next sentence to the quote's full stop ("vagyunk”.Rutte"): whatever pipeline is loaded,
    the marks are tokens of their own."""
    from reader.components import split_glued_text

    nlp = spacy.blank("hu")
    split_glued_text(nlp)
    split_glued_text(nlp)  # twice changes nothing more
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(
    "text, tokens",
    [
        # a page lost the space at a link's or a caption's edge
        ("hogyOrbán mondta", ["hogy", "Orbán", "mondta"]),
        ("aMagyar Nemzetnek", ["a", "Magyar", "Nemzetnek"]),
        ("azRTL Híradó", ["az", "RTL", "Híradó"]),
        ("AMagyar Nemzeti", ["A", "Magyar", "Nemzeti"]),
        ("TelexSinka István", ["Telex", "Sinka", "István"]),
        ("ReutersAz", ["Reuters", "Az"]),
        ("MáthéZoltán", ["Máthé", "Zoltán"]),
        ("BudapestBelgrád-vasútvonal", ["Budapest", "Belgrád-vasútvonal"]),
        ("Cabrera MartinSzerinte", ["Cabrera", "Martin", "Szerinte"]),
        ("Mészáros LőrincAhogy", ["Mészáros", "Lőrinc", "Ahogy"]),
        # names written in camel case, acronyms, handles and addresses stay whole
        ("YouTube-csatornáján", ["YouTube-csatornáján"]),
        ("a LogBox és a TechPresident", ["a", "LogBox", "és", "a", "TechPresident"]),
        ("iPaden McCarthy DeSantis", ["iPaden", "McCarthy", "DeSantis"]),
        ("PhD-je APEC ABC", ["PhD-je", "APEC", "ABC"]),
        ("@MazenMahdi valaki@gmail.com", ["@MazenMahdi", "valaki@gmail.com"]),
        # Hungarian names in camel case, and capitals alone (no photo credit inside `NAPI`)
        ("a KlubRádió és a PestiSrácok", ["a", "KlubRádió", "és", "a", "PestiSrácok"]),
        ("NAPI GAZDASÁG APA", ["NAPI", "GAZDASÁG", "APA"]),
        # an initial or an acronym glued to a small word
        ("szerintJ. D. Vance", ["szerint", "J.", "D.", "Vance"]),
        ("tartottDPK-gyűlésén", ["tartott", "DPK-gyűlésén"]),
        # the article glued after an acronym or after a word that ends in `a`
        ("írja a HVGa legfrissebb", ["írja", "a", "HVG", "a", "legfrissebb"]),
        ("Rólaa 444 azt írta", ["Róla", "a", "444", "azt", "írta"]),
        ("NATO Abba", ["NATO", "Abba"]),
        ("Mindeközbenaz RTL Híradó", ["Mindeközben", "az", "RTL", "Híradó"]),
        # `szerint` glued to the word before or after it, never its own endings or `miszerint`
        ("A Bors közleményeszerint", ["A", "Bors", "közleménye", "szerint"]),
        ("Kiss Anna szerintmég", ["Kiss", "Anna", "szerint", "még"]),
        ("szerintidén szerintinkább", ["szerint", "idén", "szerint", "inkább"]),
        ("amely szerinta kormány, a Fidesz szerintaz EU", ["amely", "szerint", "a", "kormány",
                                                           ",", "a", "Fidesz", "szerint", "az",
                                                           "EU"]),
        ("Szerinta baj", ["Szerinta", "baj"]),  # (sentence-initial: 'Szerinte a' mistyped)
        ("miszerint eszerint szerinte szerintük szerinti szerintetek Rendszerint szerintivé",
         ["miszerint", "eszerint", "szerinte", "szerintük", "szerinti", "szerintetek",
          "Rendszerint", "szerintivé"]),
        # a verb of saying glued to a word in a case, to 'is' or 'azt', or the article after it
        ("a Timesnakkijelentette", ["a", "Timesnak", "kijelentette"]),
        ("nyilatkozvaközölte isletagadta aztközölte", ["nyilatkozva", "közölte", "is",
                                                        "letagadta", "azt", "közölte"]),
        ("–mondtaaz AP-nek", ["–", "mondta", "az", "AP-nek"]),
        # preverbs and the verbs' own forms stay whole
        ("elmondta bejelentette megkérdőjelezte reagálta számolta visszamondta különírta",
         ["elmondta", "bejelentette", "megkérdőjelezte", "reagálta", "számolta",
          "visszamondta", "különírta"]),
    ],
)
def test_words_a_page_glued_together_are_two_tokens(text, tokens):
    """Text scraped or pasted from a page glues words where a link lost its spaces
    ('hogyOrbán', 'TelexSinka István'): where the evidence says Hungarian glue (a small word
    before, the article, an accent, a sentence's first word after, a photo credit's source
    before), they are two tokens; a name in camel case stays one."""
    from reader.components import split_glued_text

    nlp = spacy.blank("hu")
    split_glued_text(nlp)
    assert [t.text for t in nlp(text)] == tokens


def test_a_tokenizer_without_compiled_rules_is_left_as_it_is():
    """A pipeline whose tokenizer has no suffix or infix pattern (a custom one) loads as it is."""
    from reader.components import split_glued_text

    nlp = spacy.blank("hu")
    nlp.tokenizer.suffix_search = None
    nlp.tokenizer.infix_finditer = None
    split_glued_text(nlp)
    assert nlp.tokenizer.suffix_search is None and nlp.tokenizer.infix_finditer is None
    assert [t.text for t in nlp("egyet”– válaszolta")] == ["egyet”–", "válaszolta"]


def test_a_sentence_opened_after_two_spaces_starts_at_its_first_word():
    """'Baj van.  Ezt mondta.': the sentencizer may open the sentence on the space token,
    which the token table drops; the start goes on to the word after it."""
    from reader.nlp import doc_tokens

    nlp = spacy.blank("hu")
    nlp.add_pipe("sentencizer")
    tokens = doc_tokens(nlp("Baj van.  Ezt mondta."))
    assert [t.text for t in tokens if t.sent_start] == ["Baj", "Ezt"]


def test_a_sentence_after_a_quote_closed_on_its_full_stop_starts_there():
    """'… erejében.” Politikai igazgatója …': the parser often runs a sentence on past a quote
    that closed on its own full stop; the capitalised word after the closing mark opens the
    next one. Not after a straight '"' (it may open the next quote), nor a lower-case word
    ('…?” kérdezte')."""
    from spacy.tokens import Doc

    from reader.nlp import doc_tokens

    nlp = spacy.blank("hu")
    words = ["„", "Jó", ".", "”", "Kovács", "hallgatott", ".", "„", "Ki", "?", "”",
             "kérdezte", ".", "Ő", "mondta", ':', '"', "Nem", ".", '"', "Ezt", "írta", "."]
    starts = [True] + [False] * (len(words) - 1)
    tokens = doc_tokens(Doc(nlp.vocab, words=words, sent_starts=starts))
    assert [t.text for t in tokens if t.sent_start] == ["„", "Kovács"]
