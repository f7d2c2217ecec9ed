"""Names the recogniser misses or cuts wrong on real press (issue 23, mention recall), on
hand-built Docs: each named rule of reader.analysis.actors and .boundaries, and what it leaves
alone. The convention for hyphenated compounds is docs/annotation.md, section 2."""

from __future__ import annotations

import pytest
from handdoc import analyse, names

from reader.analysis.boundaries import compound_of_name


@pytest.mark.parametrize(
    "word, parts",
    [
        ("MÁV-dolgozó", ("MÁV", "dolgozó")),
        ("Isten-kapcsolatáról", ("Isten", "kapcsolatáról")),
        ("EU-s", ("EU", "s")),
        ("Hvg.hu-n", ("Hvg.hu", "n")),
        ("Covid-19-nek", ("Covid-19", "nek")),
        # a name with a hyphen inside, an -i adjective (a related word of a place)
        ("Kézdi-Kovács", None),
        ("Dél-Korea", None),
        ("York-i", None),
        # a compound that is a name of its own, or the derivative of one
        ("Orbán-kormánnyal", None),
        ("Sándor-palotát", None),
        ("Szájer-ügyben", None),
        ("NER-rendszer", None),
        ("Putyin-korszak", None),
        ("Nobel-díjas", None),
        ("Oscar-díjas", None),
        ("MÁV", None),
    ],
)
def test_a_compound_of_a_name_splits_into_the_name_and_its_head(word, parts) -> None:
    """`compound_of_name` rule, the word's side: the name before the first hyphen that a
    lower-case word follows; None for names with a hyphen, -i adjectives and own-name heads."""
    assert compound_of_name(word) == parts


@pytest.mark.parametrize(
    "sentences, expected",
    [
        # the article names the actor: the compound is one more mention of it
        (("[MÁV]ORG közölte|közöl|VERB .", "Egy MÁV-dolgozó|MÁV-dolgozó|NOUN látta|lát|VERB ."),
         {"MÁV": 2}),
        # a person's surname stands for the person
        (("[Jókai Mór]PER írta|ír|VERB .",
          "A Jókai-feldolgozásnak|Jókai-feldolgozás|NOUN|Case=Dat sikere|siker|NOUN "
          "volt|van|VERB ."),
         {"Jókai Mór": 2}),
        # an acronym of exactly one of the article's names of several words
        (("[Európai Bizottság]ORG döntött|dönt|VERB .",
          "A korábbi|korábbi|ADJ EB-tag|EB-tag|NOUN szólt|szól|VERB ."),
         {"Európai Bizottság": 2}),
        # a name the lexicon knows wherever it stands: an alias, a party, a platform, a disease
        (("Az EP-képviselőként|EP-képviselő|NOUN|Case=Ess dolgozott|dolgozik|VERB .",),
         {"EP": 1}),
        (("A Covid-osztályokon|Covid-osztály|NOUN|Case=Sup dolgozott|dolgozik|VERB .",),
         {"Covid": 1}),
        # a capitalised word the article uses as no name, a lower-case word: nothing
        (("Az Internet-kormányzás|Internet-kormányzás|NOUN változik|változik|VERB .",), {}),
        (("A Waldorf-iskolába|Waldorf-iskola|NOUN|Case=Ill jár|jár|VERB .",), {}),
        (("A covid-szabályok|covid-szabály|NOUN változnak|változik|VERB .",), {}),
    ],
)
def test_a_compound_of_a_name_the_article_uses_is_a_mention_of_its_actor(
    sentences, expected
) -> None:
    """`compound_of_name` rule: `MÁV-dolgozó`, `Jókai-feldolgozásnak`, `EB-tag` are mentions of
    MÁV, Jókai Mór and the Európai Bizottság, the whole word counted."""
    assert names(analyse(*sentences)) == expected


def test_a_compound_of_a_name_does_not_make_its_actor_a_speaker() -> None:
    """`egy MÁV-dolgozó szerint`: a MÁV employee speaks, not MÁV; the compound is a mention of
    MÁV all the same, and a case ending after a hyphen (`MÁV-nál`) keeps the name a name."""
    a = analyse(
        "[MÁV]ORG közölte|közöl|VERB .",
        "Egy MÁV-dolgozó|MÁV-dolgozó|NOUN szerint késik|késik|VERB a vonat|vonat|NOUN .",
    )
    assert names(a) == {"MÁV": 2}
    assert [c.source.actor if c.source else None for c in a.claims] == [None]


def test_an_affair_and_a_system_named_after_a_name_are_things_of_their_own() -> None:
    """`name_compound` rule with the heads `ügy` and `rendszer`: `Szájer-ügyben`, `NER-rendszer`
    are an affair and a system (MISC), not mentions of Szájer or the NER."""
    a = analyse(
        "[Szájer]PER lemondott|lemond|VERB .",
        "A Szájer-ügyben|Szájer-ügy|NOUN|Case=Ine nyilatkozott|nyilatkozik|VERB .",
        "A NER-rendszer|NER-rendszer|NOUN változik|változik|VERB .",
    )
    assert names(a) == {"Szájer": 1, "Szájer-ügy": 1, "NER-rendszer": 1}
    assert {x.name: x.label for x in a.actors}["Szájer-ügy"] == "MISC"


@pytest.mark.parametrize("pronoun", ["Őt", "Õt", "Neki", "Drága", "Kedves"])
def test_a_pronoun_or_address_that_opens_a_persons_entity_is_no_word_of_the_name(pronoun) -> None:
    """`pronoun_before_name` rule: `Õt Deutsch Tamás követte` ('him, Deutsch Tamás followed';
    õ is ő on old Latin-1 pages), `Drága Deutsch Tamás` (a farewell's address): the person is
    Deutsch Tamás."""
    a = analyse(f"[{pronoun} Deutsch Tamás]PER követte|követ|VERB .")
    assert names(a) == {"Deutsch Tamás": 1}


def test_the_words_before_a_known_names_last_word_complete_it() -> None:
    """`tail_completed` rule: `Orvosi Kamara` where the recogniser found `Kamara` alone is the
    Magyar Orvosi Kamara's shorter name; `Nagy Kamara` (not its words) is left as found."""
    a = analyse(
        "A [Magyar Orvosi Kamara]ORG közölte|közöl|VERB .",
        "Az Orvosi|orvosi|ADJ [Kamara]ORG szerint|szerint|ADP baj|baj|NOUN van|van|VERB .",
        "A Nagy|nagy|ADJ [Kamara]ORG ülésezett|ülésezik|VERB .",
    )
    spans = sorted(a.text[s:e] for actor in a.actors for s, e in actor.mentions)
    assert spans == ["Kamara", "Magyar Orvosi Kamara", "Orvosi Kamara"]
    assert names(a) == {"Magyar Orvosi Kamara": 3}


def test_a_known_medium_is_found_by_its_several_words_and_its_web_address() -> None:
    """`known_medium` rule: `az Élet és Irodalomban` (the recogniser found `Irodalomban` alone)
    and `az rtl.hu` are media of the lexicon, wherever they stand."""
    a = analyse(
        "Az Élet|élet|NOUN és [Irodalomban|Irodalom|PROPN|Case=Ine]LOC jelent|jelenik|VERB "
        "meg|meg|PART .",
        "Az rtl.hu|rtl.hu|NOUN írta|ír|VERB .",
    )
    assert names(a) == {"Élet és Irodalom": 1, "rtl.hu": 1}
    assert {x.label for x in a.actors} == {"ORG"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("¶ Szurdi Panni , az egyik|egyik|ADJ diák|diák|NOUN mondta|mond|VERB .",
         {"Szurdi Panni": 1}),
        # a place, a common word at a sentence start, a longer run of capitals: none
        ("¶ Budapest Péter|Péter|PROPN mondta|mond|VERB .", {"Budapest": 1}),
        ("¶ Tegnap|tegnap|ADV Péter|Péter|PROPN mondta|mond|VERB .", {}),
        ("¶ Szurdi Panni Kiss|Kiss|PROPN mondta|mond|VERB .", {}),
    ],
)
def test_a_surname_and_a_given_name_the_recogniser_missed_are_a_person(
    sentence, expected
) -> None:
    """`given_name_person` rule: a capitalised proper noun and a given name after it (the
    Hungarian order) are a person, recognised or not."""
    assert names(analyse(sentence)) == expected


def test_a_two_letter_acronym_the_article_names_is_found_again() -> None:
    """`_missed` with acronyms of two letters: after `ÉS-ben`, the `ÉS` of the same article is a
    mention too (a two-letter word that is no such acronym, `Ez`, is not)."""
    a = analyse(
        "Az ÉS-ben|ÉS|NOUN|Case=Ine jelent|jelenik|VERB meg|meg|PART .",
        "Az ÉS|ÉS|NOUN szerint|szerint|ADP baj|baj|NOUN van|van|VERB .",
    )
    assert names(a) == {"ÉS": 2}
