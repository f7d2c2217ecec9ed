"""Where a name starts and ends (reader.analysis.boundaries), on hand-built Docs: each rule of
issue 23's first item, and the cases it must leave alone."""

from __future__ import annotations

import pytest
from handdoc import actor_of, analyse, names

from reader.analysis.boundaries import all_capital_line, capital_article_titles, cut_points
from reader.types import Token


def words(*spec: str) -> list[Token]:
    """Tokens from 'text' or 'text|lemma|Case' strings, one after another."""
    out, at = [], 0
    for k, raw in enumerate(spec):
        text, lemma, case = ([*raw.split("|"), "", ""])[:3]
        out.append(Token(k, at, at + len(text), text, lemma or text, "PROPN",
                         f"Case={case or 'Nom'}"))
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    "spec, cuts",
    [
        # a person's name ends at the given name after the surname
        (("Láyer", "József", "Szili", "Katalin"), [(2, "given_name_ends_person")]),
        (("Nagy", "Ádám", "Pénzügyminisztériumot|Pénzügyminisztérium|Acc"),
         [(2, "given_name_ends_person")]),
        # only the last word of a name takes a case ending
        (("Évértékelőn|Évértékelő|Sup", "Szabó", "Tímea"), [(1, "inflected_before_person")]),
        (("Nap-keltében", "Gerő", "András"), [(1, "inflected_before_person")]),
        # a given name before a place with a case ending, whatever case the tagger says
        (("Anna", "Szegeden|Szegeden|Acc"), [(1, "place_after_given")]),
        (("Ági", "Pécsett|Pécs|Ine"), [(1, "place_after_given")]),
        # a platform's or a medium's compound is a name of its own
        (("Keljfeljancsi", "YouTube-csatornáján"), [(1, "platform_compound_starts")]),
        (("Molnár", "Facebook-oldalán"), [(1, "platform_compound_starts")]),
        (("Magyar", "Telekom-csoport"), []),
        # a medium's name of the lexicon ends the name before a title
        (("Magyar", "Nemzet", ":", "Részleges", "nyitás"), [(2, "medium_ends_name")]),
        (("Kossuth", "rádió", "Jó", "reggelt"), [(2, "medium_ends_name")]),
        # a code of capitals and a number after a dash is a name of its own
        (("Intuitive", "Machines", "IM–2"), [(2, "code_after_name")]),
        (("Airbus", "A320"), []),
        # an acronym before a person's full name
        (("ELTE", "Békésy", "György"), [(1, "acronym_before_name")]),
        (("SZFE", "Vas", "utcai"), [(1, "acronym_before_name")]),
        (("MRE", "Dunamelléki", "Egyházkerületének|Egyházkerülete|Gen"),
         [(1, "acronym_before_name")]),
        (("Debreceni", "Egyetem", "Klinikai", "Központjának|Központja|Gen"), []),
        (("MÁV", "Zrt."), []),
        (("OTP", "Bank"), []),
        (("JP", "Morgan"), []),
        # a compound of a name and a person's role describes the person named after it
        (("Oroszország-szakértő", "Orbán"), [(1, "role_compound_before_name")]),
        (("EU-biztos", "Várhelyi", "Olivér"), [(1, "role_compound_before_name")]),
        (("Margit-sziget", "Atlétikai", "Centrum"), []),
        (("Duna-kutató", "Intézet"), []),  # an institution's name keeps it
        (("Kína-kutató", "Kutatóközpont"), []),
        # left whole: a second given name, an institution named after a person, one person
        (("Kiss", "Anna", "Mária"), []),
        (("Kossuth", "Zsuzsa", "Gyermekotthon"), []),
        (("Pázmány", "Péter", "Katolikus", "Egyetem"), []),
        (("Szabó", "Istvánnak|István|Dat"), []),
        (("Rosa", "Elvira", "Cely"), []),
    ],
)
def test_cut_points_follow_hungarian_name_order_and_case(spec, cuts) -> None:
    """Each cut comes from one named rule; whole names stay whole."""
    tokens = words(*spec)
    assert cut_points(tokens, 0, len(tokens)) == cuts


def test_a_run_on_entity_becomes_two_actors() -> None:
    """'Láyer József Szili Katalin' recognised as one person is two people."""
    a = analyse("[Láyer József Szili Katalin]PER szavazott|szavaz|VERB .")
    assert names(a) == {"Láyer József": 1, "Szili Katalin": 1}


def test_a_person_does_not_swallow_the_ministry_he_leads() -> None:
    """'Nagy Ádám | Pénzügyminisztériumot vezető': the person's name ends at Ádám."""
    a = analyse(
        "[Nagy Ádám Pénzügyminisztériumot|Pénzügyminisztérium|PROPN|Case=Acc]PER "
        "vezető|vezető|NOUN politikus|politikus|NOUN beszélt|beszél|VERB ."
    )
    assert actor_of(a, "Nagy Ádám") == "Nagy Ádám"


def test_surname_and_inflected_given_name_are_not_split() -> None:
    """'Szabó Istvánnak' is one person even where 'Szabó' and 'István' are both known alone."""
    a = analyse(
        "[Szabó]PER és [István]PER jött|jön|VERB .",
        "Segített|segít|VERB [Szabó Istvánnak|István|PROPN|Case=Dat]PER .",
    )
    assert actor_of(a, "Szabó Istvánnak") == "Szabó István"


def test_a_credit_label_before_a_colon_is_not_part_of_the_name() -> None:
    """'Nyitókép: Kovács Attila' names Kovács Attila, not 'Nyitókép'."""
    a = analyse("[Nyitókép : Kovács Attila]PER ¶ A|a|DET ház|ház|NOUN áll|áll|VERB .")
    assert [x.name for x in a.actors] == ["Kovács Attila"]
    # the label alone, tagged a name, where a caption is glued to the paragraph before it
    b = analyse("A ház|ház|NOUN áll|áll|VERB . [Nyitókép]LOC : [Kovács Attila]PER")
    assert [x.name for x in b.actors] == ["Kovács Attila"]


def test_words_of_an_all_capital_line_are_not_names_unless_known_acronyms() -> None:
    """A pull quote in capitals holds no names; MÁV, known from the lexicon, stays."""
    assert all_capital_line("EZ A LEGNAGYOBB BOTRÁNY")
    assert not all_capital_line("A MÁV közölte")
    a = analyse(
        "EZ|ez|PRON A|a|DET [LEGNAGYOBB]PER [BOTRÁNY]LOC A|a|DET [MÁV]ORG ÉVÉBEN|év|NOUN ¶",
        "A|a|DET [MÁV]ORG közölte|közöl|VERB .",
    )
    assert names(a) == {"MÁV": 2}


def test_a_sentence_initial_article_and_common_noun_is_not_a_name() -> None:
    """'A lap', 'A miniszter' at a sentence start: the article goes, the noun is no name."""
    a = analyse("[A lap]ORG szerint|szerint|ADP", "[A miniszter]PER hazudott|hazudik|VERB .")
    assert a.actors == ()


def test_a_lone_sentence_start_word_with_a_common_lemma_is_not_a_name() -> None:
    """'Péntek reggel ...' (lemma péntek) is a day; a one-off foreign name there is kept."""
    a = analyse(
        "[Péntek|péntek]PER reggel|reggel|NOUN kisiklott|kisiklik|VERB egy|egy|DET "
        "vonat|vonat|NOUN .",
        "[Tripoli]LOC csendes|csendes|ADJ .",
    )
    assert names(a) == {"Tripoli": 1}


def test_a_reporting_verb_at_a_sentence_start_is_not_a_name() -> None:
    """'Hozzáteszi: …', tagged a proper noun with itself for lemma (the lemma table lacks the
    form), is a form of a reporting verb, no name; a one-off foreign name there is kept."""
    a = analyse(
        "[Hozzáteszi|Hozzáteszi|PROPN]PER : jó|jó|ADJ lesz|van|VERB .",
        "[Tripoli]LOC csendes|csendes|ADJ .",
    )
    assert names(a) == {"Tripoli": 1}


def test_a_lone_sentence_start_word_the_article_writes_in_lower_case_is_not_a_name() -> None:
    """'Stresszes' kept its capital in the lemma, but the article writes 'stresszes' inside a
    sentence; 'Kövesse' is a verb: neither is a name, whatever the lemmatiser kept."""
    a = analyse(
        "[Stresszes|Stresszes|ADJ]PER volt|van|VERB a nap|nap|NOUN .",
        "Mindenki stresszes|stresszes|ADJ volt|van|VERB .",
        "[Kövesse|Kövesse|VERB]PER a híreket|hír|NOUN|Case=Acc .",
        "[Tripoli]LOC csendes|csendes|ADJ .",
    )
    assert names(a) == {"Tripoli": 1}


def test_a_street_name_ends_at_its_place_noun() -> None:
    """'a Váci utcában' is the Váci utca; 'Utøya szigete' (possessed) stays Utøya, and so does
    the Európai Néppárt before the postposition 'közt' ('between'), no 'köz' (alley), and the
    TikTok in 'a TikTokon sorra'."""
    a = analyse(
        "A|a|DET [Váci]LOC utcában|utca|NOUN|Case=Ine lakott|lakik|VERB .",
        "Az|az|DET [Utøya]LOC szigete|sziget|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3 "
        "kicsi|kicsi|ADJ .",
        "Az|az|DET [Európai Néppárt]ORG közt|közt|ADP vita|vita|NOUN volt|van|VERB .",
        # only a name's last word takes a case ending: 'a TikTokon sorra' ('in turn') no street
        "A|a|DET [TikTokon|TikTokon|PROPN|Case=Nom]MISC sorra|sor|NOUN|Case=Sbl jöttek|jön|VERB .",
    )
    assert actor_of(a, "Váci utcában") == "Váci utca"
    assert actor_of(a, "Utøya") == "Utøya"
    # a possessed square's noun after a plural word: 'a Hősök terére' is the Hősök tere
    b = analyse("A|a|DET [Hősök]MISC terére|ter|NOUN|Case=Sbl|Number[psor]=Sing|Person[psor]=3 "
                "vonultak|vonul|VERB .",
                "A|a|DET [Hősök tere|tér|NOUN|Case=Nom|Number[psor]=Sing]LOC "
                "megtelt|megtelik|VERB .")
    assert actor_of(b, "Hősök terére") == actor_of(b, "Hősök tere") == "Hősök tere"
    assert [actor.label for actor in b.actors] == ["LOC"]
    # a family's way is no street
    c = analyse("Az|az|DET [Orbánék útja|útja|NOUN|Number[psor]=Sing]MISC nehéz|nehéz|ADJ .")
    assert [actor.name for actor in c.actors] == ["Orbánék"]
    assert actor_of(a, "Európai Néppárt") == "Európai Néppárt"
    assert actor_of(a, "TikTokon") == "TikTok"


def test_an_article_glued_to_the_word_before_opens_no_title() -> None:
    """`perétA Tűzfalcsoport`: a capital article glued to the word before is a sentence start a
    page lost the space of, no work's title; with the space it opens one (`az Egy magyar
    nábob`)."""
    def tokens(gap: int) -> list[Token]:
        at = 5 + gap
        return [Token(0, 0, 5, "perét", "per", "NOUN", "Case=Acc"),
                Token(1, at, at + 1, "A", "a", "DET", ""),
                Token(2, at + 2, at + 16, "Tűzfalcsoport", "Tűzfalcsoport", "PROPN", "Case=Nom"),
                Token(3, at + 17, at + 21, "írta", "ír", "VERB", ""),
                Token(4, at + 21, at + 22, ".", ".", "PUNCT", "")]

    assert capital_article_titles("perétA Tűzfalcsoport írta.", tokens(0)) == []
    assert capital_article_titles("perét A Tűzfalcsoport írta.", tokens(1)) == [(1, 3, "MISC")]


def test_words_a_page_glued_together_are_two_names() -> None:
    """`TelexSinka István`: the tokenizer cut the glued words apart; however the recogniser
    joined them, they are two names. Two words with a space between are left to the other
    rules."""
    glued = [Token(0, 0, 5, "Telex", "Telex", "PROPN", "Case=Nom"),
             Token(1, 5, 10, "Sinka", "Sinka", "PROPN", "Case=Nom"),
             Token(2, 11, 17, "István", "István", "PROPN", "Case=Nom")]
    assert cut_points(glued, 0, 3) == [(1, "glued_name")]
    assert cut_points(words("Telex", "Sinka", "István"), 0, 3) == []


def test_a_street_named_after_a_person_is_a_place() -> None:
    """`Kós Károly sétány`, `a Róbert Károly körúton`: a name the recogniser took for a person's
    before a street's noun is the street. Before the -i adjective (`Szőlő utcai`) only where the
    article never writes the name without a place noun: `Cely utcai árusként` is a street
    vendor called Cely. `utcából`, which the tagger reads as possessed, is still a street's."""
    a = analyse(
        "A|a|DET [Kós Károly]PER sétány|sétány|NOUN mellett|mellett|ADP álltak|áll|VERB .",
        "A|a|DET [Szőlő]PER utcai|utcai|ADJ ügy|ügy|NOUN nagy|nagy|ADJ .",
        "Ketten|kettő|NUM a|a|DET [Szőlő]PER "
        "utcából|utca|NOUN|Case=Ela|Number[psor]=Sing|Person[psor]=3 jöttek|jön|VERB .",
        "Ott|ott|ADV [Cely]PER utcai|utcai|ADJ árus|árus|NOUN volt|van|VERB .",
        "[Cely]PER sokat|sok|ADV dolgozott|dolgozik|VERB .",
        "[Kiss Anna]PER közben|közben|ADV hazament|hazamegy|VERB .",
        # a walk, and a trip: the person is named alone elsewhere, or stands with no article
        "Ott|ott|ADV [Vitézy Dávid]PER utcai|utcai|ADJ bejárást|bejárás|NOUN tartott|tart|VERB .",
        "[Vitézy]PER ott|ott|ADV volt|van|VERB .",
        "Ott|ott|ADV [Kovács Péter]PER utcára|utca|NOUN|Case=Sbl ment|megy|VERB .",
    )
    assert actor_of(a, "Kós Károly sétány") == "Kós Károly sétány"
    assert actor_of(a, "Szőlő utcai") == actor_of(a, "Szőlő utcából") == "Szőlő utca"
    labels = {actor.name: actor.label for actor in a.actors}
    assert labels["Kós Károly sétány"] == labels["Szőlő utca"] == "LOC"
    assert labels["Cely"] == "PER" and names(a)["Cely"] == 2
    assert actor_of(a, "Kiss Anna") == "Kiss Anna"
    assert labels["Vitézy Dávid"] == labels["Kovács Péter"] == "PER"


@pytest.mark.parametrize(
    "spec, cuts",
    [
        (("Manchesteri", "Egyetem", "Alan", "Turing-épületében|Turing-épület|Ine"),
         [(2, "org_head_before_person")]),
        (("von", "der", "Leyen-féle", "Bizottság"), [(3, "fele_ends_name")]),
        (("Puli", "Space", "Kft.", "Puli", "Lunar"), [(3, "legal_form_ends_name")]),
        (("Bayer", "Construct", "Zrt.", "Tiborcz", "István"), [(3, "legal_form_ends_name")]),
        # a legal form of two words (`Nonprofit Kft.`) is one name's end; nothing after: no cut
        (("Budapest", "Bank", "Nonprofit", "Kft."), []),
        (("Puli", "Space", "Kft."), []),
    ],
)
def test_more_cut_rules(spec, cuts) -> None:
    """An organisation's head before a given name, an X-féle adjective, a company's legal form
    (its name's last word): each ends a name."""
    tokens = words(*spec)
    assert cut_points(tokens, 0, len(tokens)) == cuts


def test_a_hyphen_cut_word_coordinated_with_a_name_is_one_name() -> None:
    """'Színház- és Filmművészeti Egyetemnél' recognised as two pieces is one university."""
    a = analyse(
        "A [Színház-]LOC és [Filmművészeti Egyetemnél|Egyetem|PROPN|Case=Ade]ORG tüntettek .",
    )
    assert [x.name for x in a.actors] == ["Színház- és Filmművészeti Egyetem"]


def test_name_particles_stay_at_the_start_of_a_name() -> None:
    """'von der Leyen' keeps its particles."""
    a = analyse("[von|von|PROPN der|der|PROPN Leyen]PER beszélt|beszél|VERB .")
    assert [x.name for x in a.actors] == ["von der Leyen"]


def test_a_lone_given_name_is_no_mention_of_someone_with_that_given_name() -> None:
    """'András' alone is not Földes András (given names are not surnames); a line that is a
    surname and a given name alone is a person, recognised or not."""
    a = analyse(
        "[Földes András]PER írt|ír|VERB . ¶",
        "Mizsur András ¶",
        "Ott|ott|ADV volt|van|VERB András|András|PROPN is|is|ADV .",
    )
    assert names(a) == {"Földes András": 1, "Mizsur András": 1}


def test_names_slashed_together_in_a_credit_are_two() -> None:
    """'(MedicalXpress/MTI)' names two sources; 'RFE/RL', acronyms only, stays one name."""
    from reader.analysis.boundaries import slash_parts

    text = "(MedicalXpress/MTI) RFE/RL"
    assert [text[a:b] for a, b in slash_parts(text, 1, 18)] == ["MedicalXpress", "MTI"]
    assert [text[a:b] for a, b in slash_parts(text, 20, 26)] == ["RFE/RL"]


@pytest.mark.parametrize(
    "sentence, title, label",
    [
        # after an article, with lower-case words in it
        ("Látta|lát|VERB a [Házon]ORG kívül|kívül|ADV című|című|ADJ műsort|műsor|NOUN|Case=Acc .",
         "Házon kívül", "MISC"),
        # a medium that opens the run owns the title
        ("Az [RTL]ORG Hideg napok|nap|NOUN című|című|ADJ műsora|műsor|NOUN .",
         "Hideg napok", "MISC"),
        # after a person's recognised name, with no article
        ("Olvastam|olvas|VERB [Kiss Anna]PER A|a|DET kerek|kerek|ADJ erdő|erdő|NOUN "
         "című|című|ADJ kötetét|kötet|NOUN|Case=Acc .", "A kerek erdő", "MISC"),
        # quoted, with a question mark
        ("Írt|ír|VERB egy|egy|DET „ Miért|miért|ADV esik|esik|VERB ? ” című|című|ADJ "
         "posztot|poszt|NOUN|Case=Acc .", "Miért esik?", "MISC"),
        # a periodical is an organisation
        ("Megjelent|megjelenik|VERB a [Tücsök]PER című|című|ADJ lapban|lap|NOUN|Case=Ine .",
         "Tücsök", "ORG"),
        # after a person's name the recogniser ran on into the title
        ("Olvastam|olvas|VERB [Fejes Endre Rozsdatemető]PER című|című|ADJ "
         "kötetét|kötet|NOUN|Case=Acc .", "Rozsdatemető", "MISC"),
        # an earlier article's title runs on while no other name stands between
        ("Írta|ír|VERB a [Rombolás]MISC és|és|CCONJ bánat|bánat|NOUN az|az|DET Ég|ég|NOUN "
         "alatt|alatt|ADP című|című|ADJ kötetet|kötet|NOUN|Case=Acc .",
         "Rombolás és bánat az Ég alatt", "MISC"),
    ],
)
def test_the_words_before_cimu_are_a_works_title(sentence, title, label) -> None:
    """`work_title` rule: 'X című' / 'X címmel' makes X a title, whole and as written."""
    a = analyse(sentence)
    actor = next(x for x in a.actors if x.name == title)
    assert actor.label == label
    assert {a.text[s:e] for s, e in actor.mentions} == {title}


def test_a_title_does_not_swallow_a_name_before_it() -> None:
    """The author's name and another recognised name stay out of a title: 'Kiss Anna | A kerek
    erdő', 'a Bristoli Egyetem tanulmánya | a Nature Medicine', and a headline that holds a
    person's full name is no title at all."""
    a = analyse(
        "A|a|DET [Bristoli Egyetem]ORG tanulmánya|tanulmány|NOUN a [Nature Medicine]MISC "
        "című|című|ADJ folyóiratban|folyóirat|NOUN|Case=Ine jelent|jelenik|VERB meg|meg|PART .",
        "Írt|ír|VERB „ Hazatért|hazatér|VERB [Kovács Péter]PER ” című|című|ADJ "
        "cikket|cikk|NOUN|Case=Acc .",
    )
    assert names(a) == {"Bristoli Egyetem": 1, "Nature Medicine": 1, "Kovács Péter": 1}
    assert actor_label(a, "Nature Medicine") == "ORG"


def test_a_name_line_is_a_person_before_known_names_spread() -> None:
    """`name_line` rule: 'Mizsur András' alone on a line is a person even where 'András' is a
    name the article knows alone, and 'Iván András' (two given names) too."""
    a = analyse(
        "[András]PER írt|ír|VERB . ¶",
        "Mizsur András ¶",
        "Iván András ¶",
    )
    assert {e.text for e in a.entities} == {"András", "Mizsur András", "Iván András"}


def actor_label(analysis, name: str) -> str:
    return next(x.label for x in analysis.actors if x.name == name)


def test_a_sentence_start_word_the_pipeline_knows_only_in_lower_case_is_not_a_name() -> None:
    """`lone_sentence_start` rule with the pipeline's lemma table: 'Vihart kavart ...' (the table
    knows 'vihart', never 'Vihart' as a proper noun) is no name, though the lemmatiser kept the
    capital and the article never writes the word in lower case."""
    from dataclasses import replace

    from handdoc import MODEL, parsed

    from reader.analysis import build_analysis

    text, p = parsed(
        "[Vihart|Vihar]PER kavart|kavar|VERB a cikk|cikk|NOUN .",
        "[Tripoli]LOC csendes|csendes|ADJ .",
    )
    assert names(build_analysis(text, p, MODEL, "t")) == {"Vihart": 1, "Tripoli": 1}
    known = replace(p, common_words=frozenset({"Vihart"}))
    assert names(build_analysis(text, known, MODEL, "t")) == {"Tripoli": 1}


def test_common_words_are_those_the_lemma_table_never_calls_proper_nouns() -> None:
    """reader.nlp.common_words: 'Vihart' (only 'vihart' in the table) is a common word; 'Nagy'
    (the table has it as a PROPN too) and 'Tripoli' (not in lower case) are not."""
    from types import SimpleNamespace

    from spacy.lookups import Lookups

    from reader.nlp import common_words

    lookups = Lookups()
    lookups.add_table("lemma_lookups", {
        "vihart": {"NOUN|Case=Acc": "vihar"},
        "nagy": {"ADJ|Case=Nom": "nagy"},
        "Nagy": {"PROPN|Case=Nom": "Nagy"},
        "Tripoli": {"PROPN|Case=Nom": "Tripoli"},
        "tipp": {"NOUN|Case=Nom": "tipp"},
        "tan": {"VERB|Mood=Ind": "tan"},
    })
    nlp = SimpleNamespace(pipeline=[("lookup_lemmatizer", SimpleNamespace(_lookups=lookups))])
    assert common_words(nlp, ["Vihart", "Nagy", "Tripoli", "vihart"]) == {"Vihart"}
    # a noun with the possessive -ja/-je the table lacks ('Tippje szerint'); not a name whose
    # ending only looks so, where the rest is no noun ('Tanja')
    assert common_words(nlp, ["Tippje", "Tanja"]) == {"Tippje"}
    assert common_words(SimpleNamespace(pipeline=[]), ["Vihart"]) == frozenset()


def test_a_name_and_a_governing_bodys_noun_joined_by_a_hyphen_name_that_body() -> None:
    """`name_compound` and `same_body` rules: 'Orbán-kormánnyal', 'Orbán-kabinet' are one
    organisation, found though the recogniser missed them; 'Internet-kormányzás' (a derivation,
    'governance') is none."""
    a = analyse(
        "Tárgyalt|tárgyal|VERB az|az|DET Orbán-kormánnyal|Orbán-kormány|NOUN|Case=Ins .",
        "Döntött|dönt|VERB az|az|DET Orbán-kabinet|Orbán-kabinet|NOUN .",
        "Változik|változik|VERB az|az|DET Internet-kormányzás|Internet-kormányzás|NOUN .",
    )
    assert names(a) == {"Orbán-kormány": 2}
    assert a.actors[0].label == "ORG"


def test_a_capitalised_article_inside_a_sentence_opens_a_title() -> None:
    """`capital_article` rule: 'A kőszívű ember fiai volt', 'utat A kőszívű ember fiainak és'
    (one title, named in the nominative), 'az Egy magyar nábob,'; 'az A csoportban' is a letter's
    group, and a title whose end a comma and a clause hide is left alone."""
    a = analyse(
        "Sikeres|sikeres|ADJ volt|van|VERB A kőszívű|kőszívű|ADJ ember|ember|NOUN "
        "fiai|fiú|NOUN|Case=Nom volt|van|VERB .",
        "Kitaposta|kitapos|VERB az utat|út|NOUN|Case=Acc A kőszívű|kőszívű|ADJ ember|ember|NOUN "
        "fiainak|fiú|NOUN|Case=Dat és a nábobnak|nábob|NOUN|Case=Dat .",
        "Nézték|néz|VERB az Egy|egy|DET magyar|magyar|ADJ nábob|nábob|NOUN , a "
        "filmet|film|NOUN|Case=Acc .",
        "Játszott|játszik|VERB az A csoportban|csoport|NOUN|Case=Ine .",
        "Indította|indít|VERB A norma|norma|NOUN , amit|ami|PRON tagad|tagad|VERB .",
    )
    assert names(a) == {"A kőszívű ember fiai": 2, "Egy magyar nábob": 1}
    assert {x.label for x in a.actors} == {"MISC"}


def test_a_full_name_known_alone_ends_a_run_on_entity() -> None:
    """'Jenny Smith Kiss Anna' recognised as one name, where the article names Kiss Anna alone:
    two names, however unknown 'Jenny Smith' is (as 'Nagy Péter | Kiss Anna', which the given
    name ends)."""
    a = analyse(
        "[Kiss Anna]PER írt|ír|VERB .",
        "Beszélt|beszél|VERB [Jenny Smith Kiss Anna]PER .",
        "Jött|jön|VERB [Nagy Péter Kiss Anna]PER is|is|ADV .",
    )
    assert names(a) == {"Kiss Anna": 3, "Jenny Smith": 1, "Nagy Péter": 1}


def test_a_known_title_is_found_again_at_a_sentence_start() -> None:
    """A title the article names ('Nézték A kék madár című filmet') is a mention wherever its
    words recur, also where its own article opens a sentence."""
    a = analyse(
        "Nézték|néz|VERB A|a|DET kék|kék|ADJ madár|madár|NOUN című|című|ADJ "
        "filmet|film|NOUN|Case=Acc .",
        "A|a|DET kék|kék|ADJ madár|madár|NOUN sikeres|sikeres|ADJ volt|van|VERB .",
        "A|a|DET film|film|NOUN sikeres|sikeres|ADJ volt|van|VERB .",
    )
    assert names(a) == {"A kék madár": 2}


def test_a_name_and_a_place_or_awards_noun_joined_by_a_hyphen_are_a_name() -> None:
    """`name_compound` rule: 'Sándor-palotát' is a place, 'Bokros-csomaghoz' and 'Nobel-díjára'
    ('its prize' + -ra) things, found though the recogniser missed them; 'Facebook-oldal',
    'Fidesz-tábor' (supporters) and 'Nobel-díjas' (other heads, a derivation) are no names of
    their own: the first two are mentions of Facebook and Fidesz (`compound_of_name`), the
    award's derivative of nothing. `award_base` rule: 'a Nobelt' is the Nobel-díj of the
    article."""
    a = analyse(
        "Elment|elmegy|VERB a Sándor-palotát|Sándor-palota|NOUN|Case=Acc .",
        "Jött|jön|VERB a Bokros-csomaghoz|Bokros-csomag|NOUN|Case=All .",
        "Gratulált|gratulál|VERB a Nobel-díjára|Nobel-díj|NOUN|Case=Sub .",
        "Örült|örül|VERB a [Nobelnek|Nobel|PROPN|Case=Dat]MISC .",
        "Írt|ír|VERB a Facebook-oldalon|Facebook-oldal|NOUN|Case=Sup egy Nobel-díjas|"
        "Nobel-díjas|ADJ tudós|tudós|NOUN .",
        "Örült|örül|VERB a Fidesz-tábor|Fidesz-tábor|NOUN .",
    )
    assert names(a) == {
        "Sándor-palota": 1, "Bokros-csomag": 1, "Nobel-díj": 2, "Facebook": 1, "Fidesz": 1,
    }
    assert {x.name: x.label for x in a.actors} == {
        "Sándor-palota": "LOC", "Bokros-csomag": "MISC", "Nobel-díj": "MISC",
        "Facebook": "ORG", "Fidesz": "ORG",  # a platform is a company (evidence "platform")
    }


def test_a_known_persons_family_form_is_a_mention_of_the_person() -> None:
    """'Vidnyánszkyékat' (-ék: he and those with him, accusative), which the recogniser missed,
    is a mention of Vidnyánszky Attila; 'Bék' (too short for a family form) is nothing."""
    a = analyse(
        "[Vidnyánszky Attila]PER beszélt|beszél|VERB .",
        "Nem|nem|ADV engedik|enged|VERB be|be|PART Vidnyánszkyékat|Vidnyánszkyékat|NOUN|Case=Acc .",
        "Bék|bék|NOUN jött|jön|VERB .",
    )
    assert names(a) == {"Vidnyánszky Attila": 2}


def test_a_given_name_alone_takes_the_surname_after_it_in_foreign_order() -> None:
    """`surname_after_given` rule: 'Hiromichi Tagawával' recognised as 'Hiromichi' alone is
    Hiromichi Tagawa; a place after a given name ('Tamás Budapesten') is no surname."""
    a = analyse(
        "ma|ma|ADV beszélt|beszél|VERB [Hiromichi]PER Tagawával|Tagawa|PROPN|Case=Ins .",
        "ott|ott|ADV volt|van|VERB [Tamás]PER Budapesten|Budapest|PROPN|Case=Sup .",
    )
    assert "Hiromichi Tagawa" in names(a)
    assert "Tamás" in names(a)


def test_a_recognised_start_of_a_known_title_runs_on_into_the_title() -> None:
    """`title_completed` rule: 'a Házon kívül.' where the recogniser found 'Házon' alone is the
    title 'Házon kívül' the article names before 'című'."""
    a = analyse(
        "Látta|lát|VERB a [Házon]ORG kívül|kívül|ADV című|című|ADJ műsort|műsor|NOUN|Case=Acc .",
        "Felvette|felvesz|VERB a [Házon]ORG kívül|kívül|ADV .",
    )
    assert names(a) == {"Házon kívül": 2}


def test_a_foreign_order_full_name_is_not_split_where_both_halves_recur_alone() -> None:
    """'Hussein Ghrer' stays one person although the article also writes 'Hussein' and
    'Ghrert' alone (a given name, then a surname: the foreign order)."""
    a = analyse(
        "ma|ma|ADV szabadult|szabadul|VERB [Hussein Ghrer]PER .",
        "ma|ma|ADV hazament|hazamegy|VERB [Hussein]PER .",
        "ma|ma|ADV látták|lát|VERB [Ghrert|Ghrer|PROPN|Case=Acc]PER .",
    )
    assert "Hussein Ghrer" in names(a)


def test_a_common_word_opening_a_sentence_is_no_word_of_the_person_after_it() -> None:
    """`common_word_opens_person` rule: `Kirúgnák | Orbánt?` (an inflected form of a lower-case
    lemma) and `Hátha | Matolcsy` (a word the article writes in lower case) at a sentence start
    are no words of the person named after them, whom the article names elsewhere too."""
    a = analyse(
        "Tegnap|tegnap|ADV a párt|párt|NOUN vezetője|vezető|NOUN [Orbán Viktor]PER volt|van|VERB .",
        "[Kirúgnák|kirúgna|PROPN Orbánt|Orbán|PROPN|Case=Acc]PER ?",
        "Az elnök|elnök|NOUN [Matolcsy]PER volt|van|VERB , hátha|hátha|ADV marad|marad|VERB .",
        "[Hátha|Hátha|PROPN Matolcsy]PER nyer|nyer|VERB .",
    )
    spans = sorted(a.text[e.start : e.end] for e in a.entities)
    assert "Orbánt" in spans and "Kirúgnák Orbánt" not in spans
    assert actor_of(a, "Orbánt") == "Orbán Viktor"
    assert spans.count("Matolcsy") == 2 and "Hátha Matolcsy" not in spans


@pytest.mark.parametrize(
    "sentences, whole",
    [
        # a surname that is a common word, before a given name: one person in Hungarian order
        (("A fillér|fillér|NOUN kevés|kevés|ADJ [Kiss Máté]PER szerint|szerint|ADP .",
          "[Fillér|Fillér|PROPN Máté]PER írta|ír|VERB ."), "Fillér Máté"),
        # a first word the article capitalises inside a sentence too is the name's
        (("Ott|ott|ADV volt|van|VERB [Hátha Matolcsy]PER , hátha|hátha|ADV [Matolcsy]PER .",
          "[Hátha|hátha|PROPN Matolcsy]PER nyert|nyer|VERB ."), "Hátha Matolcsy"),
        # the name after it named nowhere else: a list of staff, each named once
        (("[Kirúgnák|kirúgna|PROPN Orbánt|Orbán|PROPN|Case=Acc]PER ?",), "Kirúgnák Orbánt"),
    ],
)
def test_a_sentence_start_word_stays_where_the_name_may_hold_it(sentences, whole) -> None:
    """The `common_word_opens_person` rule leaves the first word where it may be a surname."""
    a = analyse(*sentences)
    assert whole in [a.text[e.start : e.end] for e in a.entities]


def test_a_given_name_before_an_inflected_place_ends_the_person() -> None:
    """`place_after_given` rule: `Gorondy Máté és Ági | Budajenőn` recognised as one person is a
    person and a place; the place is named without its ending though the tagger called the
    ending an accusative's."""
    a = analyse("[Kiss Anna Szegeden|Szegeden|PROPN|Case=Acc]PER él|él|VERB .")
    assert names(a) == {"Kiss Anna": 1, "Szeged": 1}
    assert {x.name: x.label for x in a.actors} == {"Kiss Anna": "PER", "Szeged": "LOC"}


def test_a_common_word_opening_several_sentences_is_no_name_the_more_for_it() -> None:
    """`lone_sentence_start` rule: `Napi` ('daily') opening two lines of figures, written in lower
    case elsewhere, is no name however often it opens a line; a word of a name found inside a
    sentence stays a name."""
    a = analyse(
        "[Napi|Napi|ADJ]PER új|új|ADJ esetek|eset|NOUN száma|szám|NOUN : 20|20|NUM .",
        "[Napi|Napi|ADJ]PER halálos|halálos|ADJ áldozatok|áldozat|NOUN : 3|3|NUM .",
        "A napi|napi|ADJ adatok|adat|NOUN jók|jó|ADJ .",
    )
    assert names(a) == {}
    b = analyse(
        "[Napi|Napi|ADJ]PER nyert|nyer|VERB .",
        "[Napi|Napi|ADJ]PER örült|örül|VERB .",
        "A napi|napi|ADJ adatok|adat|NOUN szerint|szerint|ADP [Napi Gazdaság]ORG írt|ír|VERB .",
    )
    assert "Napi" in names(b)


def test_an_i_adjective_opening_lines_is_no_name() -> None:
    """`lone_sentence_start` rule: `Heti` ('weekly'), an adjective in -i by the tagger, opening
    lines of figures and capitalised nowhere inside a sentence, is no name though the article
    never writes it in lower case."""
    a = analyse(
        "[Heti|Heti|ADJ]PER új|új|ADJ esetek|eset|NOUN száma|szám|NOUN : 20|20|NUM .",
        "[Heti|Heti|ADJ]PER halálos|halálos|ADJ áldozatok|áldozat|NOUN : 3|3|NUM .",
    )
    assert names(a) == {}


def test_a_common_word_before_a_given_name_the_article_names_alone_is_no_surname() -> None:
    """`common_word_opens_person` rule: `„Köszönet Ferenc pápának!”` beside Pope Ferenc, whom the
    article names alone, is no person Köszönet Ferenc; `Fillér Máté`, where Máté is named
    nowhere alone, stays one person."""
    a = analyse(
        "Tegnap|tegnap|ADV [Ferenc]PER pápa|pápa|NOUN beszélt|beszél|VERB .",
        "Ma|ma|ADV [Ferenc]PER pápa|pápa|NOUN hallgatott|hallgat|VERB , köszönet|köszönet|NOUN "
        "jár|jár|VERB neki|ő|PRON .",
        "„ [Köszönet|Köszönet|PROPN Ferenc]PER pápának|pápa|NOUN|Case=Dat ! ”",
    )
    spans = [a.text[e.start : e.end] for e in a.entities]
    assert "Köszönet Ferenc" not in spans and spans.count("Ferenc") == 3


@pytest.mark.parametrize("adjective", ["Hazánk-közeli", "Orbán-barát", "Fidesz-ellenes"])
def test_an_adjective_made_of_a_name_ends_that_name(adjective: str) -> None:
    """`fele_ends_name`: `a Mi Hazánk-közeli Magyar Jelen` ('close to'), `Orbán-barát`,
    `Fidesz-ellenes`: the medium after the adjective is a name of its own."""
    tokens = words(adjective, "Magyar", "Jelen")
    assert cut_points(tokens, 0, len(tokens)) == [(1, "fele_ends_name")]


def test_a_photo_credit_in_capitals_keeps_its_names() -> None:
    """`all_capital_line` spares a credit line: `© AFP / FRANCOIS LENOIR` names a photographer
    (a pull quote in capitals still names nobody)."""
    from reader.analysis.boundaries import credit_line

    assert credit_line("© AFP / FRANCOIS LENOIR") and credit_line("Fotó: MTI/KOVÁCS ATTILA")
    assert not all_capital_line("© BART MAAT / ANP / AFP")
    assert all_capital_line("NEM HAGYJUK A TANÁRAINKAT")
    assert not credit_line("A kormány szerint: ez jó")


def test_a_name_in_capitals_with_a_given_name_is_a_person() -> None:
    """`given_name` evidence reads a name written in capitals as its words: `KOVÁCS ATTILA`."""
    from reader.analysis.evidence import _given_name

    assert _given_name(["KOVÁCS ATTILA"]) and not _given_name(["MAGYAR NEMZETI BANK"])
