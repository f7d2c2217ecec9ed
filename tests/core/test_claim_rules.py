"""Claim rules one at a time on hand-built Docs: each rule at one token of its sentence, the
speakers stage on its own, and the rule's name kept as provenance (JSON, scorer)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from export_samples import claim, find, make
from handdoc import analyse, parsed

from reader.analysis import jsonio, related_tokens, score
from reader.analysis.actors import group_actors
from reader.analysis.claims import RULE_NAMES, extent, rules
from reader.analysis.claims.cues import cue_at
from reader.analysis.claims.doc import Doc, is_szerint
from reader.analysis.claims.draft import Draft, Site
from reader.analysis.claims.speakers import NOBODY, speaker

VARGA = "[Varga]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy drága|drága|ADJ ."


def doc_of(*sentences: str) -> Doc:
    """The token index find_claims would build for the hand-built text."""
    text, p = parsed(*sentences)
    g = group_actors(text, p.tokens, p.entities, p.has_lemmas)
    return Doc(text, p.tokens, g.entities, g.token_actor, {a.id: a.name for a in g.actors},
               related_tokens(p.tokens, g.actors), {a.id: a.label for a in g.actors})


def site_at(d: Doc, word: str, previous: Draft | None = None, nth: int = -1) -> Site:
    """The site of the ``nth`` token that reads ``word`` (the last), as the scan makes it."""
    at = [i for i in range(d.n) if d.t[i].text == word][nth]
    units = extent.units(d)
    u = next(n for n, (lo, hi) in enumerate(units) if lo <= at < hi)
    low = d.low(at)
    cue = None if is_szerint(low) or low.startswith("szerint") else cue_at(d, at)
    return Site(d, u, *units[u], at, previous, cue)


def text_of(d: Doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else d.span(*span).text


# (rule, sentences, token, (kind, source, cue, first content token))
RULE_TABLE = [
    ("szerinte", ("Szerinte|szerinte|ADP a díj magas|magas|ADJ .",), "Szerinte",
     ("statement", None, "Szerinte", "a")),
    ("aki_szerint", ("[Gulyás Gergely]PER , aki|aki|PRON szerint a díj magas|magas|ADJ .",),
     "szerint", ("statement", "Gulyás Gergely", "szerint", "a")),
    ("possessor_szerint", ("Állítása|állítás|NOUN|Case=Nom|Person[psor]=3 szerint a díj "
                           "magas|magas|ADJ .",), "szerint",
     ("statement", None, "Állítása szerint", "a")),
    ("szerint", ("[Tóth Gábor]PER szerint a díj magas|magas|ADJ .",), "szerint",
     ("statement", "Tóth Gábor", "szerint", "a")),
    ("szerint_closing", ("A díj emelkedik|emelkedik|VERB , a tárca szerint .",), "szerint",
     ("statement", "a tárca", "szerint", "A")),
    ("verb_clause", (VARGA,), "mondta", ("statement", "Varga", "mondta", "drága")),
    ("inverted", ("[Oroszország]LOC fegyvert vásárol|vásárol|VERB – írja|ír|VERB a [BBC]ORG .",),
     "írja", ("statement", "a BBC", "írja", "Oroszország")),
    ("verb_object", ("A [Fidesz]ORG elítélte|elítél|VERB az orosz|orosz|ADJ kormány "
                     "terveit|terv|NOUN|Case=Acc .",), "elítélte",
     ("accusation", "A Fidesz", "elítélte", "az")),
    ("denied_before", (VARGA, "Ezt|ez|PRON|Case=Acc a [Fidesz]ORG cáfolta|cáfol|VERB ."),
     "cáfolta", ("denial", "a Fidesz", "cáfolta", "Varga")),
    ("hedge", ("[Moszkva]LOC állítólag|állítólag|ADV fizetett|fizet|VERB .",), "állítólag",
     ("allegation", None, "állítólag", "Moszkva")),
]
RULE_FUNCTIONS = dict(rules.RULES) | dict([rules.HEDGE])


@pytest.mark.parametrize(("name", "sentences", "word", "expected"),
                         [pytest.param(*r, id=r[0]) for r in RULE_TABLE])
def test_each_rule_alone_on_its_sentence(name: str, sentences: tuple[str, ...], word: str,
                                         expected: tuple) -> None:
    """A rule called on its own at its token makes the draft of its construction."""
    d = doc_of(*sentences)
    draft = RULE_FUNCTIONS[name](site_at(d, word))
    assert draft is not None
    assert (draft.kind, text_of(d, draft.source), text_of(d, draft.cue),
            d.t[draft.content_lo].text) == expected


@pytest.mark.parametrize(("name", "sentences", "word", "expected"),
                         [pytest.param(*r, id=r[0]) for r in RULE_TABLE])
def test_the_table_gives_the_first_matching_rule_its_name(
        name: str, sentences: tuple[str, ...], word: str, expected: tuple) -> None:
    """Run from the ordered table, the same token's draft carries the rule's name."""
    d = doc_of(*sentences)
    table = (rules.HEDGE,) if name == "hedge" else rules.RULES
    draft = rules.apply_rules(site_at(d, word), table)
    assert draft is not None and draft.rule == name


@pytest.mark.parametrize("name", [name for name, _ in rules.RULES])
def test_no_rule_fires_on_a_sentence_that_reports_nothing(name: str) -> None:
    """'Észak-Korea elismerte a függetlenségüket.': no rule makes a claim at any token."""
    d = doc_of("[Észak-Korea]LOC elismerte|elismer|VERB "
               "a függetlenségüket|függetlenség|NOUN|Case=Acc .")
    for token in d.t:
        assert RULE_FUNCTIONS[name](site_at(d, token.text)) is None


def test_rule_names_are_unique_and_ordered() -> None:
    """RULE_NAMES lists every rule once, the token rules in the order they are tried."""
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    assert RULE_NAMES[: len(rules.RULES)] == tuple(name for name, _ in rules.RULES)
    assert RULE_NAMES[-2:] == ("hedge", "line_turn")


# -- the speakers stage -----------------------------------------------------------------------


def test_speaker_names_the_actor_of_a_subject_and_of_a_role_noun() -> None:
    """A name in the phrase speaks; 'az elnök' is the person named before with that role."""
    d = doc_of("[Kovács Péter]PER , a párt elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 "
               "megérkezett|megérkezik|VERB .",
               "Az elnök|elnök|NOUN|Case=Nom mondta|mond|VERB , hogy drága|drága|ADJ .")
    site = site_at(d, "mondta")
    kovacs = d.token_actor[0]
    assert speaker(site, (0, 2)).actor == kovacs
    role = (site.lo, site.lo + 2)  # "Az elnök"
    assert speaker(site, role) == speaker(site, role, "pronoun")
    assert speaker(site, role).actor == kovacs and not speaker(site, role).inherited


def test_a_subjectless_cue_inherits_unless_someone_else_was_named() -> None:
    """'Hozzátette' takes the previous claim's source; after another person, nobody's."""
    d = doc_of(VARGA, "Hozzátette|hozzátesz|VERB , hogy olcsó|olcsó|ADJ .")
    previous = rules.apply_rules(site_at(d, "mondta"))
    assert previous is not None
    inherited = speaker(site_at(d, "Hozzátette", previous), None)
    assert (inherited.span, inherited.actor, inherited.inherited) == (
        previous.source, previous.source_actor, True)
    d = doc_of(VARGA, "[Kovács Péter]PER megérkezett|megérkezik|VERB .",
               "Szerinte|szerinte|ADP olcsó|olcsó|ADJ .")
    previous = rules.apply_rules(site_at(d, "mondta"))
    assert speaker(site_at(d, "Szerinte", previous), None, "continuing") == NOBODY


def test_a_pronoun_names_the_previous_speaker_only_for_pronoun_rules() -> None:
    """'Ő azt mondta': the bare pronoun speaks for the previous claim's speaker."""
    d = doc_of(VARGA, "Ő|ő|PRON azt|az|PRON|Case=Acc mondta|mond|VERB , hogy olcsó|olcsó|ADJ .")
    previous = rules.apply_rules(site_at(d, "mondta", nth=0))
    assert previous is not None
    site = site_at(d, "mondta", previous)
    pronoun = (site.lo, site.lo + 1)
    assert speaker(site, pronoun).actor is None
    assert speaker(site, pronoun, "pronoun").actor == previous.source_actor


# -- provenance -------------------------------------------------------------------------------


def test_each_claim_records_its_rule_and_the_json_keeps_it() -> None:
    """A found claim's rule and its speaker's basis are written as provenance and read back;
    equality ignores them."""
    a = analyse(VARGA, "Szerinte|szerinte|ADP a díj magas|magas|ADJ .")
    assert [c.rule for c in a.claims] == ["verb_clause", "szerinte"]
    data = jsonio.to_dict(a)
    assert [c["provenance"] for c in data["claims"]] == [
        {"rule": "verb_clause", "speaker": "named"},
        {"rule": "szerinte", "speaker": "continuation"},
    ]
    again = jsonio.loads(jsonio.dumps(a))
    assert [c.rule for c in again.claims] == ["verb_clause", "szerinte"]
    assert [c.speaker_basis for c in again.claims] == ["named", "continuation"]
    assert [c.speaker_unsure for c in again.claims] == [False, True]
    assert "verb_clause" not in json.dumps(jsonio.to_compact(a))  # the page carries none


def test_json_without_provenance_still_loads_and_bad_provenance_is_refused() -> None:
    """Older files (and claims a person added) have no provenance: their rule is ""."""
    a = analyse(VARGA)
    data = jsonio.to_dict(a)
    del data["claims"][0]["provenance"]
    assert jsonio.from_dict(data).claims[0].rule == ""
    assert jsonio.from_dict(data) == a  # the rule is no part of a claim's identity
    data["claims"][0]["provenance"] = {"rule": "verb_clause", "speaker": "guessed"}
    with pytest.raises(ValueError, match="provenance.speaker"):
        jsonio.from_dict(data)
    data["claims"][0]["provenance"] = {"rule": 3}
    with pytest.raises(ValueError, match=r"claims\[0\]\.provenance\.rule"):
        jsonio.from_dict(data)
    data["claims"][0]["provenance"] = "verb_clause"
    with pytest.raises(ValueError, match=r"claims\[0\]\.provenance"):
        jsonio.from_dict(data)


def test_the_scorer_breaks_claim_errors_down_by_rule() -> None:
    """-r: per rule, the claims it made, the false ones, wrong sources and wrong speakers."""
    t = "Kovács szerint esik. Szabó azt mondta, hogy fúj. Állítólag havazik."
    spans = [(*find(t, "Kovács"), "PER", "a1"), (*find(t, "Szabó"), "PER", "a2")]
    claims = tuple(
        replace(c, rule=rule) for c, rule in zip((
            claim(t, "c1", "statement", find(t, "Kovács"), find(t, "szerint"), find(t, "esik"),
                  "a2"),
            claim(t, "c2", "statement", find(t, "Szabó"), find(t, "mondta"), find(t, "fúj"),
                  "a2"),
            claim(t, "c3", "allegation", None, find(t, "Állítólag"), find(t, "havazik")),
        ), ("szerint", "verb_clause", "hedge"), strict=True))
    claims = (replace(claims[0], speaker_basis="description"),
              replace(claims[1], speaker_basis="named"), claims[2])
    gold = {"actors": [{"name": "Kovács", "label": "PER", "mentions": {"Kovács": 1}},
                       {"name": "Szabó", "label": "PER", "mentions": {"Szabó": 1}}],
            "claims": [{"kind": "statement", "cue": "szerint", "content": "esik",
                        "source": "Kovács", "actor": "Kovács"},
                       {"kind": "statement", "cue": "mondta", "content": "fúj",
                        "source": "Szabó", "actor": "Szabó"}]}
    counts = score.Counts()
    counts.add(score.score(make(t, spans, claims), gold))
    by_rule = {rule: (r.found, r.false, r.wrong_source, r.wrong_speaker)
               for rule, r in counts.by_rule.items()}
    assert by_rule == {"szerint": (1, 0, 1, 1), "verb_clause": (1, 0, 0, 0),
                       "hedge": (1, 1, 0, 0)}
    by_basis = {basis: (r.found, r.false, r.wrong_source, r.wrong_speaker)
                for basis, r in counts.by_basis.items()}
    assert by_basis == {"description": (1, 0, 1, 1), "named": (1, 0, 0, 0), "": (1, 1, 0, 0)}
    assert (counts.named_gold, counts.right_named) == (2, 1)
    table = score.rule_report(counts).splitlines()
    assert table[0].split()[:2] == ["rule", "claims"]
    assert sorted(line.split()[0] for line in table[1:4]) == ["hedge", "szerint", "verb_clause"]
    assert table[4].split()[:4] == ["speaker", "basis", "claims", "share"]
    shares = {line.split()[0]: line.split()[2] for line in table[5:]}
    assert shares == {"(none)": "0.33", "description": "0.33", "named": "0.33"}  # 1 of 3 each


def test_the_scorer_reports_claims_and_speakers_per_outlet(tmp_path) -> None:
    """-o: one line per outlet, its articles' counts pooled."""
    per_file = {}
    for n, (outlet, named, right) in enumerate((("Telex", 3, 2), ("Telex", 1, 1), (None, 2, 0))):
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps({"outlet": outlet} if outlet else {}), encoding="utf-8")
        counts = score.Counts()
        counts.named_gold, counts.right_named = named, right
        per_file[path] = counts
    lines = score.outlet_report(per_file).splitlines()
    assert lines[0].split()[:2] == ["outlet", "articles"]
    assert lines[1].split()[:2] == ["Telex", "2"] and "3/4" in lines[1]
    assert lines[2].split()[:2] == ["(none)", "1"] and "0/2" in lines[2]


def test_the_adjective_szerinti_reports_no_ones_words() -> None:
    """'szó szerinti átvétel', 'a cikkely szerinti eljárás': a manner, not a source's claim;
    'szerinte' and 'szerintük' still are."""
    assert not is_szerint("szerinti") and not is_szerint("szerintiek")
    assert is_szerint("szerinte") and is_szerint("szerintük")
    a = analyse("Az [EP]ORG a cikkely|cikkely|NOUN szerinti|szerinti|ADJ eljárást|eljárás|NOUN "
                "akar|akar|VERB .")
    assert a.claims == ()


@pytest.mark.parametrize("verb, lemma, kind", [
    ("fejtegette", "fejteget", "statement"), ("vázolta", "vázol", "statement"),
    ("megfogalmazta", "megfogalmaz", "statement"), ("méltatta", "méltat", "statement"),
    ("feltételezi", "feltételez", "opinion"), ("vallja", "vall", "opinion"),
    ("felrótta", "felró", "accusation"), ("bevallotta", "bevall", "statement"),
    ("nyugtázta", "nyugtáz", "statement"), ("tanácsolja", "tanácsol", "statement"),
    ("összefoglalta", "összefoglal", "statement"),
])
def test_verbs_of_arguing_wording_and_believing_report_a_claim(verb, lemma, kind) -> None:
    """'X azt fejtegette / vallja / felrótta, hogy …': a claim of that kind, X's."""
    a = analyse(f"[Kiss Anna]PER azt|az|PRON|Case=Acc {verb}|{lemma}|VERB , hogy|hogy|SCONJ "
                "nagy|nagy|ADJ a baj|baj|NOUN .")
    assert [(c.cue.text, c.kind, c.content.text) for c in a.claims] == [
        (verb, kind, "nagy a baj")]


def test_calling_someone_something_is_a_claim_like_naming() -> None:
    """'X nemtelen támadásnak titulálta az írást': what X called it is X's claim, as with
    'nevezte'."""
    a = analyse("[Kiss Anna]PER nemtelen|nemtelen|ADJ támadásnak|támadás|NOUN|Case=Dat "
                "titulálta|titulál|VERB az írást|írás|NOUN|Case=Acc .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("titulálta", "nemtelen támadásnak")]


VERB3 = "VERB|VerbForm=Fin|Mood=Ind|Person=3"
PAST3 = f"{VERB3}|Tense=Past"


def test_the_noun_of_a_two_word_cue_is_no_content() -> None:
    """'három bejelentést tett', 'vállalta a felelősséget és lemondott': the cue's own noun is no
    object content; what follows it may be ('vállalta a felelősséget a legutóbbi támadásért')."""
    a = analyse("A [Fidesz]ORG három|három|NUM bejelentést|bejelentés|NOUN|Case=Acc "
                f"tett|tesz|{VERB3} a jegyzőknél|jegyző|NOUN|Case=Ade .",
                f"[Novák Katalin]PER vállalta|vállal|{VERB3} a "
                "felelősséget|felelősség|NOUN|Case=Acc és|és|CCONJ lemondott|lemond|VERB .",
                f"A szervezet|szervezet|NOUN vállalta|vállal|{VERB3} a "
                "felelősséget|felelősség|NOUN|Case=Acc a legutóbbi|legutóbbi|ADJ "
                "támadásért|támadás|NOUN|Case=Cau .")
    assert [c.content.text for c in a.claims] == ["a legutóbbi támadásért"]


def test_refusing_a_thing_is_no_claim_but_refusing_words_is() -> None:
    """'elutasította a szerződés bejegyzését': an act; 'elutasította az ellenzék súlyos
    vádjait' (lemmatised 'vádj', as the tagger does): a denial of what was said."""
    a = analyse(f"A hivatal|hivatal|NOUN elutasította|elutasít|{VERB3} a szerződés|szerződés|NOUN "
                "gyors|gyors|ADJ bejegyzését|bejegyzés|NOUN|Case=Acc|Person[psor]=3 .",
                f"A szóvivő|szóvivő|NOUN elutasította|elutasít|{VERB3} az ellenzék|ellenzék|NOUN "
                "súlyos|súlyos|ADJ vádjait|vádj|NOUN|Case=Acc|Person[psor]=3 .")
    assert [c.content.text for c in a.claims] == ["az ellenzék súlyos vádjait"]


def test_a_closing_szerint_needs_words_before_it_and_someone_to_say_them() -> None:
    """'A díj emelkedik, a tárca szerint.' is the ministry's; 'Ezek kezelése algoritmusok
    szerint' (measured by) and 'Az, egy tipikus X szerint' (a phrase's own first word) are no
    claims."""
    a = analyse("A díj|díj|NOUN emelkedik|emelkedik|VERB , a tárca|tárca|NOUN "
                "szerint|szerint|ADP .",
                "Általában|általában|ADV differenciálnak|differenciál|VERB az adott|adott|ADJ "
                "ország|ország|NOUN egyes|egyes|ADJ területeinek|terület|NOUN|Case=Dat "
                "fertőzöttsége|fertőzöttség|NOUN|Case=Nom|Person[psor]=3 szerint|szerint|ADP .",
                "Ezek|ez|PRON , a tipikus|tipikus|ADJ szakértők|szakértő|NOUN "
                "szerint|szerint|ADP .")
    assert [c.content.text for c in a.claims] == ["A díj emelkedik"]


def test_a_thing_that_meant_something_reported_nothing() -> None:
    """'ami azt jelentette, hogy …': it meant; 'Az MTI azt jelentette, hogy …': it reported."""
    a = analyse(f"Kitiltották|kitilt|{VERB3} , ami|ami|PRON azt|az|PRON|Case=Acc "
                f"jelentette|jelent|{VERB3} , hogy|hogy|SCONJ nem|nem|ADV jöhet|jön|VERB "
                "haza|haza|ADV .",
                f"Az [MTI]ORG azt|az|PRON|Case=Acc jelentette|jelent|{VERB3} , hogy|hogy|SCONJ "
                "a miniszter|miniszter|NOUN lemondott|lemond|VERB .")
    assert [c.content.text for c in a.claims] == ["a miniszter lemondott"]


def test_a_sentence_that_asks_reports_nothing() -> None:
    """'Mit gondolnak, miért szólt ilyen nagyot?', 'Ezzel nem azt ismerte be, hogy …?' ask;
    a quote that asks after the cue is still what was said ('arról beszélt, „miért …?”')."""
    a = analyse(f"Mit|mi|PRON|Case=Acc gondolnak|gondol|{VERB3}|Number=Plur , miért|miért|ADV "
                "szólt|szól|VERB ilyen|ilyen|DET nagyot|nagy|ADJ|Case=Acc ?",
                f"[Kiss Anna]PER arról|az|PRON|Case=Del beszélt|beszél|{VERB3} , „ miért|miért|ADV "
                "fontosabbak|fontos|ADJ ők|ő|PRON ? ”")
    assert [c.cue.text for c in a.claims] == ["beszélt"]


def test_what_was_not_said_is_no_claim() -> None:
    """'nem részletezte, hogy …': nothing was said; 'nem tagadta, hogy' admits, 'nem gondolja,
    hogy' is a view, and a 'sem' in the words before an inverted cue is what was said."""
    a = analyse(f"[Sulyok Tamás]PER nem|nem|ADV részletezte|részletez|{VERB3} , hogy|hogy|SCONJ "
                "milyen|milyen|ADJ rokon|rokon|NOUN .",
                f"[Kiss Anna]PER nem|nem|ADV tagadta|tagad|{VERB3} , hogy|hogy|SCONJ "
                "ott|ott|ADV volt|van|VERB .",
                f"[Kiss Anna]PER nem|nem|ADV gondolja|gondol|{VERB3} , hogy|hogy|SCONJ "
                "ez|ez|PRON baj|baj|NOUN .",
                "Nem|nem|ADV számíthat|számít|VERB a megrendelésre|megrendelés|NOUN|Case=Sub "
                f"az [ATV]ORG sem|sem|ADV , ígéri|ígér|{VERB3} [Rózsa András]PER .")
    assert [c.cue.text for c in a.claims] == ["tagadta", "gondolja", "ígéri"]


def test_a_subheading_in_the_body_titles_and_claims_nothing() -> None:
    """A short line between blank lines ('Merkely Béla szerint 5 millió lenne a jó') titles
    what follows; a line with a clause after a comma or ending in a quote is the body's."""
    text = ("Cím a cikkről\n\nBevezető mondat a cikkben.\n\n"
            "Merkely Béla szerint 5 millió lenne a jó\n\n"
            "Kiss Anna azt mondta, hogy öt millió kell, mondta Kovács\n\n"
            "Szabó Péter: „Hat millió kell”\n\nKiss Anna szerint ez botrány!\n\n"
            "Utolsó bekezdés a cikkben.\n")
    ranges = extent.subheading_lines(text)
    assert [text[lo:hi] for lo, hi in ranges] == ["Merkely Béla szerint 5 millió lenne a jó"]


def test_a_subheadings_claim_is_dropped_and_the_bodys_kept() -> None:
    """The claim of a subheading between body paragraphs is not made; the body's is."""
    a = analyse(f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{VERB3} , hogy|hogy|SCONJ "
                "jó|jó|ADJ . ¶ ¶",
                "[Merkely Béla]PER szerint|szerint|ADP öt|öt|NUM millió|millió|NUM kell|kell|VERB "
                "¶ ¶",
                f"[Merkely Béla]PER azt|az|PRON|Case=Acc mondta|mond|{VERB3} , hogy|hogy|SCONJ "
                "öt|öt|NUM millió|millió|NUM kell|kell|VERB .")
    assert [c.cue.text for c in a.claims] == ["mondta", "mondta"]


def test_szo_szerint_is_literally_and_szavai_szerint_cites() -> None:
    """'szinte szó szerint ugyanazt mondta': literally, no source; 'Szavai szerint' cites."""
    a = analyse("[Orbán]PER szinte|szinte|ADV szó|szó|NOUN szerint|szerint|ADP "
                f"ugyanazt|ugyanaz|PRON|Case=Acc ismételte|ismétel|{VERB3} .",
                "[Kiss Anna]PER szavai|szó|NOUN|Person[psor]=3 szerint|szerint|ADP "
                "a terv|terv|NOUN rossz|rossz|ADJ .")
    assert [c.content.text for c in a.claims] == ["a terv rossz"]


def test_what_a_medium_reported_a_question_tail_and_a_negated_adverb_stay_claims() -> None:
    """'Ez a lap azt jelentette, hogy …' reports ('Ez' is a determiner); 'azt mondta, hogy …,
    de vajon igaza van-e?' and 'úgy fogalmazott: mi lesz így?' still say something; 'nem kis
    meglepetésre bejelentette' announces."""
    a = analyse(f"Ez|ez|PRON a lap|lap|NOUN azt|az|PRON|Case=Acc jelentette|jelent|{VERB3} , "
                "hogy|hogy|SCONJ adó|adó|NOUN jön|jön|VERB .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{VERB3} , hogy|hogy|SCONJ "
                "a kormány|kormány|NOUN hazudik|hazudik|VERB , de|de|CCONJ vajon|vajon|ADV "
                "igaza|igaz|NOUN van-e|van|VERB ?",
                f"[Kiss Anna]PER úgy|úgy|ADV fogalmazott|fogalmaz|{VERB3} : mi|mi|PRON "
                "lesz|van|VERB így|így|ADV ?",
                "[Kiss Anna]PER nem|nem|ADV kis|kis|ADJ meglepetésre|meglepetés|NOUN|Case=Sub "
                f"bejelentette|bejelent|{VERB3} , hogy|hogy|SCONJ visszavonul|visszavonul|VERB .")
    assert [c.cue.text for c in a.claims] == ["jelentette", "mondta", "fogalmazott",
                                              "bejelentette"]


def test_a_reported_question_and_a_contrast_after_a_negation_are_claims() -> None:
    """'azt írta, hogy mikor lesz vége?' reports a question; 'Vajon miért jelentette ki X, hogy
    …?' takes for granted he did; 'nem azt mondta, hogy A, hanem hogy B' said B; 'elutasította a
    felelősséget a balesetért' denies it. 'Mit gondolnak, miért …?' asks for the words."""
    a = analyse(f"[Kiss Anna]PER azt|az|PRON|Case=Acc írta|ír|{VERB3} , hogy|hogy|SCONJ "
                "mikor|mikor|ADV lesz|van|VERB vége|vég|NOUN ?",
                f"Vajon|vajon|ADV miért|miért|ADV jelentette|jelent|{VERB3} ki|ki|PART "
                "[Kovács Péter]PER , hogy|hogy|SCONJ visszavonul|visszavonul|VERB ?",
                f"Az ügyész|ügyész|NOUN nem|nem|ADV azt|az|PRON|Case=Acc mondta|mond|{VERB3} , "
                "hogy|hogy|SCONJ bűnös|bűnös|ADJ , hanem|hanem|CCONJ hogy|hogy|SCONJ "
                "erős|erős|ADJ a bizonyíték|bizonyíték|NOUN .",
                f"A cég|cég|NOUN elutasította|elutasít|{VERB3} a felelősséget|felelősség|NOUN|"
                "Case=Acc a balesetért|baleset|NOUN|Case=Cau .",
                f"Mit|mi|PRON|Case=Acc gondolnak|gondol|{VERB3}|Number=Plur , miért|miért|ADV "
                "szólt|szól|VERB ilyen|ilyen|DET nagyot|nagy|ADJ|Case=Acc ?")
    assert [c.cue.text for c in a.claims] == ["írta", "jelentette ki", "mondta", "elutasította"]


def test_a_thing_cited_inside_a_named_speakers_words_is_part_of_them() -> None:
    """'Kiss Anna hangsúlyozta, hogy a szerződés szerint …': the contract is no source; Kiss
    Anna's claim stays, with the words it cites, and no claim of the contract's. A body cited
    inside them ('a kormány szerint') still wraps, and a thing cited by no named speaker still
    sources its own claim."""
    a = analyse(f"[Kiss Anna]PER hangsúlyozta|hangsúlyoz|{VERB3} , hogy|hogy|SCONJ "
                "a szerződés|szerződés|NOUN szerint|szerint|ADP a cég|cég|NOUN "
                "fizet|fizet|VERB .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{VERB3} , hogy|hogy|SCONJ "
                "a kormány|kormány|NOUN szerint|szerint|ADP a cég|cég|NOUN fizet|fizet|VERB .",
                "A szerződés|szerződés|NOUN szerint|szerint|ADP a cég|cég|NOUN "
                "fizet|fizet|VERB .")
    got = [(c.cue.text, c.source.text if c.source else None, c.content.text) for c in a.claims]
    assert got == [("hangsúlyozta", "Kiss Anna", "a szerződés szerint a cég fizet"),
                   ("szerint", "a kormány", "a cég fizet"),
                   ("szerint", "A szerződés", "a cég fizet")]


def test_a_verbless_sentence_before_a_comma_and_a_cue_is_what_the_speaker_said() -> None:
    """'A vakcina biztonságos, mondta Kiss Anna.': a nominal sentence has no verb, yet it is
    what she said; a word or two before the comma ('Tavaly, mondta Kiss Anna, …') is not, nor
    is a subject's apposition before its own verb ('Kiss Anna, a párt elnöke, tagadta …')."""
    a = analyse(f"A vakcina|vakcina|NOUN biztonságos|biztonságos|ADJ , mondta|mond|{VERB3} "
                "[Kiss Anna]PER .",
                f"Tavaly|tavaly|ADV , mondta|mond|{VERB3} [Kiss Anna]PER .",
                f"[Kiss Anna]PER , a párt|párt|NOUN elnöke|elnök|NOUN|Person[psor]=3 , "
                f"tagadta|tagad|{VERB3} a vádakat|vád|NOUN|Case=Acc .")
    got = [(c.rule, c.cue.text, c.source.text if c.source else None, c.content.text)
           for c in a.claims]
    assert got == [("inverted", "mondta", "Kiss Anna", "A vakcina biztonságos")]
    b = analyse(f"Egy|egy|DET nappal|nap|NOUN|Case=Ins később|később|ADV , írta|ír|{VERB3} "
                "[Kiss Anna]PER , a rendőrség|rendőrség|NOUN elengedte|elenged|VERB "
                "a gyanúsítottat|gyanúsított|NOUN|Case=Acc .",
                f"A vakcina|vakcina|NOUN hatása|hatás|NOUN|Person[psor]=3 is|is|ADV , "
                f"mondta|mond|{VERB3} [Kiss Anna]PER .")
    assert [(c.cue.text, c.content.text) for c in b.claims] == [("mondta", "A vakcina hatása is")]
    split = analyse(f"A legnagyobb|nagy|ADJ gond|gond|NOUN , mondta|mond|{VERB3} [Kiss Anna]PER , "
                    "a pénzhiány|pénzhiány|NOUN .",
                    f"A baleset|baleset|NOUN helyszíne|helyszín|NOUN|Person[psor]=3 , "
                    f"mondta|mond|{VERB3} [Kiss Anna]PER , még|még|ADV lezárva|lezár|ADV "
                    "marad|marad|VERB .")
    assert split.claims == ()


def test_an_inverted_speaker_may_be_followed_by_where_or_to_whom() -> None:
    """'…, mondta Kiss Anna a hétfői tájékoztatón.', '…, mondta Kiss Anna a Telexnek.': a
    phrase in an oblique case after the speaker says where or to whom; the sentence before the
    comma is still what she said."""
    a = analyse(f"Nincs|van|VERB elég|elég|ADJ adat|adat|NOUN , mondta|mond|{VERB3} "
                "[Kiss Anna]PER a hétfői|hétfői|ADJ tájékoztatón|tájékoztató|NOUN|Case=Sup .",
                f"Nincs|van|VERB elég|elég|ADJ adat|adat|NOUN , mondta|mond|{VERB3} "
                "[Kiss Anna]PER a [Telexnek|Telex|PROPN|Case=Dat]ORG .")
    got = [(c.rule, c.source.text if c.source else None, c.content.text) for c in a.claims]
    assert got == [("inverted", "Kiss Anna", "Nincs elég adat")] * 2


def test_words_said_aloud_with_no_author_are_a_claim_of_no_one() -> None:
    """'A tájékoztatón elhangzott, hogy …', '… annyi hangzott el, hogy …': what was said at an
    event is a claim, its speaker left open even right after a named speaker's claim; a talk
    that 'hangzott el, s …' reports no words."""
    a = analyse(VARGA,
                "A tájékoztatón|tájékoztató|NOUN|Case=Sup elhangzott|elhangzik|"
                f"{PAST3} , hogy|hogy|SCONJ nincs|van|VERB beteg|beteg|NOUN .",
                f"Annyi|annyi|PRON hangzott|hangzik|{PAST3} el|el|PART , hogy|hogy|SCONJ "
                "jön|jön|VERB a vakcina|vakcina|NOUN .",
                f"A beszéd|beszéd|NOUN tavaly|tavaly|ADV hangzott|hangzik|{PAST3} el|el|PART , "
                "s|s|CCONJ visszhangot|visszhang|NOUN|Case=Acc keltett|kelt|VERB .")
    got = [(c.cue.text, c.source, c.speaker_basis, c.content.text) for c in a.claims]
    assert got[1:] == [("elhangzott", None, "unresolved", "nincs beteg"),
                       ("hangzott el", None, "unresolved", "jön a vakcina")]


def test_words_not_said_aloud_or_told_by_someone_are_no_claim_of_no_one() -> None:
    """'nem hangzott el, hogy …' says nothing was said; 'Kiss Anna szerint elhangzott, hogy …'
    and 'Kiss Anna azt mondta, hogy elhangzott, hogy …' are her claims, with no other beside;
    'elhangzott, hogy miért …' asks."""
    a = analyse(f"Az ülésen|ülés|NOUN|Case=Sup nem|nem|ADV hangzott|hangzik|{PAST3} el|el|PART "
                ", hogy|hogy|SCONJ bezárnak|bezár|VERB .",
                f"[Kiss Anna]PER szerint elhangzott|elhangzik|{PAST3} , hogy|hogy|SCONJ "
                "bezárnak|bezár|VERB .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{VERB3} , hogy|hogy|SCONJ "
                f"elhangzott|elhangzik|{PAST3} , hogy|hogy|SCONJ bezárnak|bezár|VERB .",
                f"Az ülésen|ülés|NOUN|Case=Sup elhangzott|elhangzik|{PAST3} , hogy|hogy|SCONJ "
                "miért|miért|ADV zárnak|zár|VERB be|be|PART ?")
    assert [(c.cue.text, c.source.text if c.source else None) for c in a.claims] == [
        ("szerint", "Kiss Anna"), ("mondta", "Kiss Anna")]
    song = analyse(f"A dalban|dal|NOUN|Case=Ine elhangzott|elhangzik|{PAST3} , hogy|hogy|SCONJ "
                   "a szerelem|szerelem|NOUN örök|örök|ADJ .",
                   "Ha|ha|SCONJ elhangzik|elhangzik|VERB|VerbForm=Fin|Mood=Ind|Tense=Pres , "
                   "hogy|hogy|SCONJ bezárnak|bezár|VERB , tiltakozunk|tiltakozik|VERB .",
                   f"Nem|nem|ADV annyi|annyi|PRON hangzott|hangzik|{PAST3} el|el|PART , "
                   "hogy|hogy|SCONJ bezárnak|bezár|VERB .")
    assert song.claims == ()
    told = analyse(f"Nem|nem|ADV közölték|közöl|{PAST3} a számot|szám|NOUN|Case=Acc , "
                   f"annyi|annyi|PRON hangzott|hangzik|{PAST3} el|el|PART , hogy|hogy|SCONJ "
                   "jön|jön|VERB a vakcina|vakcina|NOUN .")
    assert [c.cue.text for c in told.claims] == ["hangzott el"]


def test_a_speech_verb_in_a_conditional_that_opens_its_sentence_reports_nothing() -> None:
    """'És ha X valóban azt tanácsolta neki, hogy …, akkor …', 'Ha X azt mondja, hogy …',
    'Amennyiben a bank nyugtázta, hogy …': supposed, not reported. A 'ha' that sets a fact
    against another ('Ha tavaly azt mondta, hogy …, idén …', 'Ha már X is elismeri, hogy …')
    and a conditional after its main clause ('Nem csoda, ha X úgy látja, hogy …') tell what
    was said."""
    a = analyse(f"És|és|CCONJ ha|ha|SCONJ [Kiss Anna]PER valóban|valóban|ADV azt|az|PRON|Case=Acc "
                f"tanácsolta|tanácsol|{VERB3}|Tense=Past , hogy|hogy|SCONJ maradjon|marad|VERB , "
                "akkor|akkor|ADV hibázott|hibázik|VERB .",
                f"Ha|ha|SCONJ [Kiss Anna]PER azt|az|PRON|Case=Acc mondja|mond|{VERB3}|Tense=Pres , "
                "hogy|hogy|SCONJ jó|jó|ADJ , akkor|akkor|ADV baj|baj|NOUN van|van|VERB .",
                "Amennyiben|amennyiben|CCONJ a bank|bank|NOUN "
                f"nyugtázta|nyugtáz|{VERB3}|Tense=Past , hogy|hogy|SCONJ kész|kész|ADJ , "
                "mehet|megy|VERB .",
                "Nem|nem|ADV csoda|csoda|NOUN , ha|ha|SCONJ [Tóth Ede]PER úgy|úgy|ADV "
                f"látja|lát|{VERB3}|Tense=Pres , hogy|hogy|SCONJ nagy|nagy|ADJ a baj|baj|NOUN .",
                "Ha|ha|SCONJ tavaly|tavaly|ADV azt|az|PRON|Case=Acc "
                f"mondta|mond|{VERB3}|Tense=Past [Nagy Béla]PER , hogy|hogy|SCONJ jó|jó|ADJ , "
                "idén|idén|ADV "
                "hallgat|hallgat|VERB .",
                f"Ha|ha|SCONJ már|már|ADV [Kovács Ede]PER is|is|ADV elismeri|elismer|{VERB3}"
                "|Tense=Pres , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB , lépni|lép|VERB "
                "kell|kell|VERB .")
    assert [c.cue.text for c in a.claims] == ["látja", "mondta", "elismeri"]


def test_a_negated_or_asked_verb_with_its_preverb_after_it_reports_nothing() -> None:
    """'nem vallotta be, hogy …' (as 'nem részletezte'), 'Vajon bevallja-e, hogy …?': nothing
    was said; 'bevallotta, hogy …' was."""
    a = analyse(f"[Kiss Anna]PER nem|nem|ADV vallotta|vall|{VERB3} be|be|ADV , hogy|hogy|SCONJ "
                "ott|ott|ADV volt|van|VERB .",
                f"Vajon|vajon|ADV bevallja|bevall|{VERB3} -e|-e|ADV [Tóth Ede]PER , "
                "hogy|hogy|SCONJ hibázott|hibázik|VERB ?",
                f"[Nagy Béla]PER bevallotta|bevall|{VERB3} , hogy|hogy|SCONJ "
                "hibázott|hibázik|VERB .")
    assert [c.cue.text for c in a.claims] == ["bevallotta"]


def test_what_someone_asks_another_to_say_is_their_claim_not_the_others() -> None:
    """'Az ellenzék azt követeli, hogy a miniszter mondja el, hogy …': no one has said it yet;
    the demand is the claim, its words run over the verb asked for."""
    a = analyse(f"Az ellenzék|ellenzék|NOUN azt|az|PRON|Case=Acc követeli|követel|{VERB3} , "
                f"hogy|hogy|SCONJ a miniszter|miniszter|NOUN mondja|mond|{VERB3} el|el|ADV , "
                "hogy|hogy|SCONJ mennyit|mennyi|PRON|Case=Acc költöttek|költ|VERB .")
    assert [c.cue.text for c in a.claims] == ["követeli"]
    assert a.claims[0].content.text.endswith("mennyit költöttek")
    a = analyse(f"A szervezők|szervező|NOUN|Number=Plur azt|az|PRON|Case=Acc kérték|kér|{VERB3}"
                "|Number=Plur , hogy|hogy|SCONJ hangosan|hangosan|ADV "
                f"mondják|mond|{VERB3}|Number=Plur , hogy|hogy|SCONJ elég|elég|ADV .")
    assert [c.content.text for c in a.claims] == ["hangosan mondják, hogy elég"]


def test_after_ahogy_an_advice_is_what_was_done_not_what_was_said() -> None:
    """'Ahogy a szakértő tanácsolta, a lakók kiköltöztek.': the clause after it tells what the
    residents did ('Ahogy a szakértő mondta, …' reports the expert's words)."""
    a = analyse(f"Ahogy|ahogy|SCONJ [Kiss Anna]PER tanácsolta|tanácsol|{VERB3} , a lakók|lakó|NOUN "
                "kiköltöztek|kiköltözik|VERB .",
                f"Ahogy|ahogy|SCONJ [Kiss Anna]PER mondta|mond|{VERB3} , a lakók|lakó|NOUN "
                "kiköltöztek|kiköltözik|VERB .")
    assert [c.cue.text for c in a.claims] == ["mondta"]


def test_a_szerint_phrase_opening_its_sentence_before_a_comma_tells_what_follows() -> None:
    """'Kovács Péter szerint, ha a kormány nem lép, baj lesz.': the words after the comma are
    Kovács's; 'Hamis, a kormány szerint.' still closes on what came before."""
    a = analyse("[Kovács Péter]PER szerint|szerint|ADP , ha|ha|SCONJ a kormány|kormány|NOUN "
                f"nem|nem|ADV lép|lép|{VERB3} , baj|baj|NOUN lesz|van|VERB .",
                "Hamis|hamis|ADJ , a kormány|kormány|NOUN szerint|szerint|ADP .")
    assert [(c.rule, c.content.text) for c in a.claims] == [
        ("szerint", "ha a kormány nem lép, baj lesz"), ("szerint_closing", "Hamis")]
    a = analyse("[Kovács Péter]PER szerint|szerint|ADP , aki|aki|PRON tegnap|tegnap|ADV "
                f"tért|tér|{VERB3} haza|haza|ADV , a helyzet|helyzet|NOUN súlyos|súlyos|ADJ .")
    assert [c.content.text for c in a.claims] == ["a helyzet súlyos"]  # (an aside about him
    # is no part of what he says)


INF = "VERB|VerbForm=Inf"


def test_a_verb_of_saying_carried_by_one_of_beginning_trying_or_habit_reports() -> None:
    """'arról kezdett beszélni, hogy …', 'azt szokta mondani, hogy …', 'igyekezett cáfolni,
    hogy …': said, by the subject of the carrying verb (lexicon.INFINITIVE_CARRIERS)."""
    a = analyse(f"[Kiss Anna]PER arról|az|PRON|Case=Del kezdett|kezd|{VERB3} "
                f"beszélni|beszél|{INF} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .",
                f"[Nagy Béla]PER azt|az|PRON|Case=Acc szokta|szokik|{VERB3} "
                f"mondani|mond|{INF} , hogy|hogy|SCONJ jó|jó|ADJ .",
                f"[Tóth Ede]PER igyekezett|igyekszik|{VERB3} cáfolni|cáfol|{INF} , "
                "hogy|hogy|SCONJ ott|ott|ADV volt|van|VERB .")
    names = {x.id: x.name for x in a.actors}
    assert [(c.cue.text, names[c.source.actor]) for c in a.claims] == [
        ("kezdett beszélni", "Kiss Anna"), ("szokta mondani", "Nagy Béla"),
        ("igyekezett cáfolni", "Tóth Ede")]


def test_a_verb_of_saying_after_wanting_a_negation_or_to_find_out_reports_nothing() -> None:
    """'azt akarta mondani' (a wish), 'nem kezdett beszélni arról' (negated), 'próbálta
    kideríteni, hogy' (an attempt to learn): no words were reported."""
    a = analyse(f"[Kiss Anna]PER azt|az|PRON|Case=Acc akarta|akar|{VERB3} "
                f"mondani|mond|{INF} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .",
                f"[Nagy Béla]PER nem|nem|ADV kezdett|kezd|{VERB3} beszélni|beszél|{INF} "
                "arról|az|PRON|Case=Del , hogy|hogy|SCONJ jó|jó|ADJ .",
                f"[Tóth Ede]PER próbálta|próbál|{VERB3} kideríteni|kiderít|{INF} , "
                "hogy|hogy|SCONJ ki|ki|PRON volt|van|VERB ott|ott|ADV .")
    assert a.claims == ()


def test_a_carried_verb_of_remembering_or_an_impersonal_or_generic_one_reports_nothing() -> None:
    """'kezdett emlékezni arra, hogy …' (remembering), 'Szokták mondani, hogy …' (anyone), 'Aki
    megpróbálja állítani, hogy …, az hazudik' (whoever): no one's words."""
    a = analyse(f"[Kiss Anna]PER kezdett|kezd|{VERB3} emlékezni|emlékezik|{INF} arra|az|PRON"
                "|Case=Sub , hogy|hogy|SCONJ mi|mi|PRON történt|történik|VERB .",
                f"Szokták|szokik|{VERB3}|Number=Plur mondani|mond|{INF} , hogy|hogy|SCONJ "
                "jó|jó|ADJ .",
                f"Aki|aki|PRON megpróbálja|megpróbál|{VERB3} állítani|állít|{INF} , "
                "hogy|hogy|SCONJ jó|jó|ADJ , az|az|PRON hazudik|hazudik|VERB .")
    assert a.claims == ()
    a = analyse(f"„ Aki|aki|PRON megpróbálja|megpróbál|{VERB3} állítani|állít|{INF} , "
                "hogy|hogy|SCONJ jó|jó|ADJ , az|az|PRON hazudik|hazudik|VERB . ” – "
                f"mondta|mond|{VERB3} [Kovács Gábor]PER .")
    assert [c.cue.text for c in a.claims] == ["mondta"]  # (inside a quote too)


def test_a_claim_inside_brackets_ends_with_them_and_no_one_goes_on_with_it() -> None:
    """'Kiss Anna (Nagy Béla szerint a legjobb jelölt) beszédet mondott': the aside says no
    more than the brackets hold; 'és úgy gondolja' after them is not Nagy Béla's."""
    a = analyse("[Kiss Anna]PER ( [Nagy Béla]PER szerint|szerint|ADP a jelölt|jelölt|NOUN ) "
                f"beszédet|beszéd|NOUN|Case=Acc mondott|mond|{VERB3} .")
    assert [c.content.text for c in a.claims] == ["a jelölt"]
    a = analyse("[Kiss Anna]PER divatos|divatos|ADJ ( [Nagy Béla]PER szerint|szerint|ADP "
                "jó|jó|ADJ ) , és|és|CCONJ úgy|úgy|ADV "
                f"gondolja|gondol|{VERB3} , baj|baj|NOUN lesz|van|VERB .")
    names = {x.id: x.name for x in a.actors}
    assert [(c.content.text, names.get(c.source.actor) if c.source else None)
            for c in a.claims] == [("jó", "Nagy Béla"), ("baj lesz", None)]


def test_the_bracket_that_closes_a_token_is_its_innermost_one_read_once() -> None:
    """Doc.bracket_close: the innermost closing bracket in the paragraph; None outside brackets
    and in one that never closes."""
    d = doc_of("a ( b ( c ) d ) e ( f .")
    assert [d.bracket_close(i) for i in range(d.n)] == [
        None, None, 7, 7, 5, None, 7, None, None, None, None, None]


def test_a_bracketed_sentence_of_its_own_is_a_claim_like_any_other() -> None:
    """'… fogadta. („Jó.” – mondta Erdoğan.) Hozzátette, hogy …': brackets around a whole
    sentence hold no aside; the cue after them goes on with its speaker, as after any claim.
    '(A Kamara szerint ez nem igaz.) Hozzátette, …' still ends at the bracket."""
    a = analyse(f"[Orbán Viktor]PER fogadta|fogad|{VERB3} a vendéget|vendég|NOUN|Case=Acc .",
                f"( „ Jó|jó|ADJ . ” – mondta|mond|{VERB3} [Erdoğan]PER . ) "  # (the splitter
                f"Hozzátette|hozzátesz|{VERB3} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    # keeps '.)' and the next sentence together)
    names = {x.id: x.name for x in a.actors}
    assert [names.get(c.source.actor) if c.source else None for c in a.claims] == [
        "Erdoğan", "Erdoğan"]
    a = analyse(f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{VERB3} , hogy|hogy|SCONJ "
                "jó|jó|ADJ .",
                "( A [Kamara]ORG szerint|szerint|ADP ez|ez|PRON hamis|hamis|ADJ . ) "
                f"Hozzátette|hozzátesz|{VERB3} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert [c.content.text for c in a.claims] == ["jó", "ez hamis", "baj van"]


def test_so_one_can_with_an_infinitive_is_no_cue() -> None:
    """'úgy tudja csökkenteni, hogy': how one can do it, not what one knows ('úgy tudja, hogy'
    still reports)."""
    can = analyse("A [Kormány]ORG úgy|úgy|ADV tudja|tud|VERB|VerbForm=Fin|Mood=Ind|Person=3 "
                  "csökkenteni|csökkent|VERB|VerbForm=Inf a hiányt|hiány|NOUN|Case=Acc , "
                  "hogy|hogy|SCONJ emeli|emel|VERB az adókat|adó|NOUN|Case=Acc .")
    knows = analyse("A [Kormány]ORG úgy|úgy|ADV tudja|tud|VERB|VerbForm=Fin|Mood=Ind|Person=3 , "
                    "hogy|hogy|SCONJ a miniszter|miniszter|NOUN lemond|lemond|VERB .")
    assert [c.cue.text for c in can.claims] == []
    assert [c.cue.text for c in knows.claims] == ["tudja"]


def test_a_text_that_says_something_in_a_which_clause() -> None:
    """', amely szerint …' after a report or a text is what it says, its owner speaking ('az OECD
    felmérése, amely szerint'); not after a law, not 'olyan információ' (no such text), and no
    one named in another case before the text ('Gulyástól elhangzott nyilatkozatot') owns it."""
    said = analyse("Idézték az [OECD]ORG felmérését|felmérés|NOUN|Case=Acc|Person[psor]=3 , "
                   "amely|amely|PRON szerint a betegek|beteg|NOUN fizetnek|fizet|VERB .")
    law = analyse("Elfogadták a törvényt|törvény|NOUN|Case=Acc , amely|amely|PRON szerint "
                  "a boltok|bolt|NOUN zárva|zárva|ADV tartanak|tart|VERB .")
    none = analyse("Nem|nem|ADV jelent|jelenik|VERB meg|meg|ADV olyan|olyan|DET "
                   "információ|információ|NOUN , amely|amely|PRON szerint megállapodás|"
                   "megállapodás|NOUN született|születik|VERB .")
    other = analyse("Így|így|ADV kommentálta|kommentál|VERB [Karácsony Gergely]PER a [Gulyás "
                    "Gergelytől|Gergely|PROPN|Case=Abl]PER elhangzott|elhangzott|ADJ "
                    "nyilatkozatot|nyilatkozat|NOUN|Case=Acc , amely|amely|PRON szerint "
                    "a pénz|pénz|NOUN jár|jár|VERB .")
    names = {x.id: x.name for x in said.actors}
    assert [names.get(c.source.actor or "") for c in said.claims if c.source] == ["OECD"]
    assert law.claims == () and none.claims == ()
    some = analyse("Kérdés|kérdés|NOUN , hogy|hogy|SCONJ van-e|van|VERB "
                   "tanulmány|tanulmány|NOUN , amely|amely|PRON szerint a vakcina|vakcina|NOUN "
                   "árt|árt|VERB .")
    decided = analyse("Megjelent|megjelenik|VERB a [Kormány]ORG határozata|határozat|NOUN|"
                      "Person[psor]=3 , amely|amely|PRON szerint bezárják|bezár|VERB "
                      "az erőművet|erőmű|NOUN|Case=Acc .")
    inside = analyse("A [Fidesz]ORG javaslata|javaslat|NOUN|Person[psor]=3 , amely|amely|PRON "
                     "szerint ez|ez|PRON kell|kell|VERB , vitát|vita|NOUN|Case=Acc "
                     "váltott|vált|VERB ki|ki|ADV .",
                     "Az [OECD]ORG felmérése|felmérés|NOUN|Person[psor]=3 , amely|amely|PRON "
                     "szerint ez|ez|PRON drága|drága|ADJ , vitát|vita|NOUN|Case=Acc "
                     "váltott|vált|VERB ki|ki|ADV .")
    assert some.claims == () and decided.claims == () and inside.claims == ()
    which = [c for c in other.claims if c.cue.text == "szerint"]
    assert len(which) == 1 and (which[0].source is None or which[0].source.actor is None)


def test_a_supposing_clause_inside_a_sentence_reports_nothing() -> None:
    """'…, hogyha X azt mondja valamire, hogy …' and '…, hogy amennyiben X azt mondja, hogy …':
    what X would say is supposed, no claim of X's; 'Nem csoda, ha X úgy látja, hogy …' tells
    what X sees (a plain 'ha' after a clause is a fact's)."""
    supposed = analyse("Elképzelhetetlen|elképzelhetetlen|ADJ volt|van|VERB , hogyha|hogyha|SCONJ "
                       "[Amerika]LOC azt|az|PRON|Case=Acc mondja|mond|VERB|VerbForm=Fin|Mood=Ind|"
                       "Person=3 , hogy|hogy|SCONJ ne|ne|ADV legyen|van|VERB .")
    told = analyse("Nem|nem|ADV csoda|csoda|NOUN , ha|ha|SCONJ [Kovács Péter]PER úgy|úgy|ADV "
                   "látja|lát|VERB|VerbForm=Fin|Mood=Ind|Person=3 , hogy|hogy|SCONJ "
                   "romlik|romlik|VERB .")
    assert [c.cue.text for c in supposed.claims] == []
    assert [c.cue.text for c in told.claims] == ["látja"]
