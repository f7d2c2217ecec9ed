"""Grouping variants of one name into one actor (issue 23, item 3), on hand-built Docs: legal
forms, accent and hyphen variants, family and plural forms, interview initials, and two people
who share a surname."""

from __future__ import annotations

import pytest
from handdoc import actor_of, analyse, names

from reader.analysis.morphology import plural_bases


def test_a_company_with_and_without_its_legal_form_is_one_actor() -> None:
    """'Magyar Posta Zrt.' = 'a Magyar Posta' (the legal-form rule)."""
    a = analyse("A [Magyar Posta Zrt.]ORG közölte|közöl|VERB .", "A [Magyar Posta]ORG hallgat .")
    assert names(a) == {"Magyar Posta Zrt.": 2}


def test_accent_and_hyphen_variants_are_one_actor() -> None:
    """'Sefčovič' and 'Sefcovic', 'Kis-Benedek Anna' and 'Kis Benedek Anna', a web address and
    its outlet (variants rule)."""
    a = analyse(
        "[Maroš Sefčovič]PER és [Sefcovic]PER .",
        "[Kis-Benedek Anna]PER és [Kis Benedek Anna]PER .",
        "A [Medicalxpress.com]ORG és a [MedicalXpress]ORG írta|ír|VERB .",
    )
    assert sorted(names(a).values()) == [2, 2, 2]
    assert "Maroš Sefčovič" in names(a)


@pytest.mark.parametrize(
    "word, base",
    [("szájerék", "szájer"), ("vargáék", "varga"), ("gömböcök", "gömböc"), ("háberék", "háber")],
)
def test_plural_bases(word: str, base: str) -> None:
    """The name under an associative -ék or a plural -k comes first or among the candidates."""
    assert base in plural_bases(word)


def test_a_family_form_joins_the_person() -> None:
    """'Szájerékre' (the Szájers) joins Szájer József; 'Vargáék' joins Varga Judit."""
    a = analyse(
        "[Szájer József]PER beszélt|beszél|VERB .",
        "Rendőrt|rendőr|NOUN hívtak|hív|VERB [Szájerékre|Szájerékre|PROPN|Case=Sub]PER .",
        "[Varga Judit]PER és [Vargáék]PER költöznek|költözik|VERB .",
    )
    assert names(a) == {"Szájer József": 2, "Varga Judit": 2}


def test_interview_initials_join_the_one_person_with_those_initials() -> None:
    """'DG:' opening an answer is Domokos Gábor; 'Bo' (no label, not capitals) is not initials."""
    a = analyse(
        "[Domokos Gábor]PER matematikus|matematikus|NOUN . ¶",
        "[DG]LOC : Igen|igen|ADV . ¶",
        "[Bernard O’Sullivan]PER és [Bo]PER találkozott|találkozik|VERB .",
    )
    assert names(a)["Domokos Gábor"] == 2
    assert [x.label for x in a.actors if x.name == "Domokos Gábor"] == ["PER"]
    assert "Bo" in names(a)


def test_initials_with_dots_join_the_one_person_with_those_initials() -> None:
    """'K. P.:' (an interview's label) is Krekó Péter and 'Sz. Gy.' Szabó Gyula (a Hungarian
    digraph is one initial); initials two people share join neither."""
    a = analyse(
        "[Krekó Péter]PER és [Szabó Gyula]PER beszélt|beszél|VERB . ¶",
        "[K. P.]PER : Igen|igen|ADV . ¶",
        "[Sz. Gy.]PER : Nem|nem|ADV . ¶",
    )
    assert names(a) == {"Krekó Péter": 2, "Szabó Gyula": 2}
    b = analyse(
        "[Kiss Péter]PER és [Kovács Pál]PER beszélt|beszél|VERB . ¶",
        "[K. P.]PER : Igen|igen|ADV . ¶",
    )
    assert names(b) == {"Kiss Péter": 1, "Kovács Pál": 1, "K. P.": 1}


def test_two_people_who_share_a_surname_stay_apart() -> None:
    """'Sulyok' alone joins the Sulyok named last before it (the nearest_full_name rule), and the
    two full names are never merged."""
    a = analyse(
        "[Sulyok Tamás]PER és [Sulyok Dezső]PER rokonok|rokon|NOUN .",
        "[Sulyok]PER politikus|politikus|NOUN volt|van|VERB .",
    )
    assert names(a) == {"Sulyok Tamás": 1, "Sulyok Dezső": 2}


def test_the_displayed_name_is_never_a_run_on_across_two_names() -> None:
    """An actor that holds a run-on name shows its longest well-formed name instead."""
    from reader.analysis.actors import run_on

    known = {"láyer józsef", "szili katalin", "kovács péter", "péter"}
    assert run_on("Láyer József Szili Katalin", known)
    assert run_on("Nagy Ádám Kiss Éva", set())  # two persons, each ending in a given name
    assert not run_on("Kovács Péter", known)
    assert not run_on("Parti Nagy Lajos", known)


def test_the_displayed_name_is_the_nominative_not_a_plural_form() -> None:
    """'Gömböc' with 'Gömböcöket' (lemma left as the form) is shown as Gömböc."""
    a = analyse(
        "A [Gömböc]MISC gurul|gurul|VERB .",
        "Viszik|visz|VERB a [Gömböcöket|Gömböcöket|PROPN|Case=Acc]PER .",
    )
    assert [x.name for x in a.actors] == ["Gömböc"]


def test_an_acronym_of_one_names_initials_joins_that_name() -> None:
    """'MOK' is the 'Magyar Orvosi Kamara' of the article, 'SZFE' the 'Színház- és Filmművészeti
    Egyetem' (a digraph is one initial), with no brackets to pair them (acronym rule); 'MRE'
    beside two names with those initials, and 'KO' beside a person 'Kiss Olga', join nothing."""
    a = analyse(
        "A [Magyar Orvosi Kamara]ORG közölte|közöl|VERB .",
        "A [MOK]ORG szerint|szerint|ADP baj|baj|NOUN van|van|VERB .",
        "A [Színház- és Filmművészeti Egyetem]ORG és az [SZFE]ORG .",
        "A [Magyar Református Egyház]ORG és a [Magyarországi Református Egyház]ORG és az "
        "[MRE]ORG .",
        "[Kiss Olga]PER és a [KO]ORG .",
    )
    assert names(a) == {
        "Magyar Orvosi Kamara": 2, "Színház- és Filmművészeti Egyetem": 2,
        "Magyar Református Egyház": 1, "Magyarországi Református Egyház": 1, "MRE": 1,
        "Kiss Olga": 1, "KO": 1,
    }


def test_a_pet_name_joins_the_one_person_whose_given_name_it_shortens() -> None:
    """'Kriszti' is Regős Krisztina (diminutive rule); 'Andi' beside an Andrea and an András,
    both possible, stays alone, and so does 'Tamási', the surname of a Tamási Áron, beside a
    Kiss Tamás."""
    a = analyse(
        "[Regős Krisztina]PER kérdezett|kérdez|VERB .",
        "[Kriszti]PER nevetett|nevet|VERB .",
        "[Kovács Andrea]PER és [Tóth András]PER és [Andi]PER .",
        "[Tamási Áron]PER és [Kiss Tamás]PER .",
        "[Tamási]PER írt|ír|VERB .",
    )
    assert names(a) == {
        "Regős Krisztina": 2, "Kovács Andrea": 1, "Tóth András": 1, "Andi": 1,
        "Tamási Áron": 2, "Kiss Tamás": 1,
    }


def test_a_name_misspelt_by_one_letter_is_the_same_actor() -> None:
    """'Krasznahokai László' is Krasznahorkai László (misspelling rule); 'Kiss Andrea' and 'Kiss
    Andreas' (two given names), 'Irak' and 'Irán' (short words) stay apart."""
    a = analyse(
        "[Krasznahorkai László]PER írt|ír|VERB .",
        "[Krasznahokai László]PER nyert|nyer|VERB .",
        "[Kiss Andrea]PER és [Kiss Andreas]PER jött|jön|VERB .",
        "[Irak]LOC és [Irán]LOC .",
    )
    assert names(a) == {
        "Krasznahorkai László": 2, "Kiss Andrea": 1, "Kiss Andreas": 1, "Irak": 1, "Irán": 1,
    }


def test_a_family_form_of_a_name_of_several_words_joins_it() -> None:
    """'von der Leyenék' (she and those with her) is von der Leyen, a person (family rules)."""
    a = analyse(
        "A [von der Leyen-féle]ORG terv|terv|NOUN bukott|bukik|VERB .",
        "[von der Leyenék]PER hallgattak|hallgat|VERB .",
    )
    assert names(a) == {"von der Leyen": 2}
    assert a.actors[0].label == "PER"


def test_a_possessed_place_name_is_the_place() -> None:
    """'Orbán Európájában' ('in Orbán's Europe'), which the lemmatiser leaves whole, names
    Europe: a possessive -ja before the case ending comes off where the text or the gazetteer
    knows the stem."""
    a = analyse(
        "Élünk|él|VERB [Európájában|Európájában|PROPN|Case=Ine]LOC .",
        "[Európa]LOC nagy|nagy|ADJ .",
    )
    assert names(a) == {"Európa": 2}


def test_the_joining_rules_are_one_named_ordered_table() -> None:
    """Each rule that joins differing names is named once, in the order it runs."""
    from reader.analysis.actors import JOIN_RULES

    assert [name for name, _ in JOIN_RULES] == [
        "variants", "misspelling", "legal_form", "same_body", "family", "award_base",
        "initials", "acronym", "diminutive",
    ]


def test_a_pet_name_shared_by_two_persons_is_the_one_the_article_is_about() -> None:
    """`diminutive` rule: `Feri` beside Kiss Ferenc, named three times, and Nagy Ferenc, named
    once, is Kiss Ferenc; where neither is named three times and twice as often as the other,
    the pet name stays apart."""
    a = analyse(
        "[Kiss Ferenc]PER írt|ír|VERB .", "[Kiss Ferenc]PER nevetett|nevet|VERB .",
        "[Kiss Ferenc]PER hallgatott|hallgat|VERB .",
        "Az apja|apa|NOUN [Nagy Ferenc]PER volt|van|VERB .",
        "[Feri]PER sokat|sok|ADV olvasott|olvas|VERB .",
    )
    assert actor_of(a, "Feri") == "Kiss Ferenc"
    b = analyse(
        "[Kiss Ferenc]PER írt|ír|VERB .", "[Kiss Ferenc]PER nevetett|nevet|VERB .",
        "Az apja|apa|NOUN [Nagy Ferenc]PER volt|van|VERB .",
        "[Feri]PER sokat|sok|ADV olvasott|olvas|VERB .",
    )
    assert actor_of(b, "Feri") == "Feri"


def test_the_pet_name_lexicons_given_names_are_given_names() -> None:
    """`diminutive` rule: the pet-name lexicon's given names are given names too (`Gazsi` is
    Kovács Gáspár's, though Gáspár is in no given-name list)."""
    a = analyse("[Kovács Gáspár]PER írt|ír|VERB .", "[Gazsi]PER nevetett|nevet|VERB .")
    assert actor_of(a, "Gazsi") == "Kovács Gáspár"


def test_a_name_taken_on_is_the_same_persons() -> None:
    """`known_as` pair: 'Kiss Ferenc Pál, aki II. Márton néven lép trónra' (a regnal, a stage or
    a religious name) makes one actor of both names; a name after 'aki' that is no name taken
    on ('aki a Fideszben politizál') stays another actor."""
    a = analyse(
        "Az új|új|ADJ pápa|pápa|NOUN [Kiss Ferenc Pál]PER , aki|aki|PRON [II. Márton]PER "
        "néven|név|NOUN lép|lép|VERB trónra|trón|NOUN .",
        "[II. Márton]PER beszélt|beszél|VERB .",
        "[Nagy Anna]PER , aki|aki|PRON a [Fideszben|Fidesz|PROPN|Case=Ine]ORG "
        "politizál|politizál|VERB , hallgatott|hallgat|VERB .",
    )
    assert actor_of(a, "II. Márton") == actor_of(a, "Kiss Ferenc Pál")
    assert actor_of(a, "Fideszben") != actor_of(a, "Nagy Anna")


def test_a_surname_read_as_inflected_is_the_name_the_text_gave_whole() -> None:
    """'Fabien Mandon … Mandon arról beszélt': the tagger may read 'Mandon' as 'Mand' with the
    -on ending; a full name of the text ending in that very word makes it the name whole."""
    a = analyse("[Fabien Mandon]MISC tábornok|tábornok|NOUN beszédet|beszéd|NOUN|Case=Acc "
                "mondott|mond|VERB .",
                "[Mandon|Mand|PROPN|Case=Sup]PER arról|az|PRON|Case=Del beszélt|beszél|VERB , "
                "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert len(a.actors) == 1 and len(a.actors[0].mentions) == 2


def test_a_name_the_text_inflects_further_is_no_stem_with_a_t() -> None:
    """'Robert Francis Prevost … Prevostot': the tagger reads 'Prevost' as 'Prevos' with the
    accusative -t; the text writing 'Prevostot' (another ending after the whole word) makes the
    whole word the name, so 'Prevost azt mondta' is the pope speaking. Without 'Prevostot' there
    is no such evidence and the tagger's reading stands."""
    prevost = "[Robert Francis Prevost|Prevos|PROPN|Case=Acc]PER lett|lesz|VERB pápa ."
    said = ("[Prevost|prevost|PROPN|Case=Acc]PER azt|az|PRON|Case=Acc mondta|mond|VERB , "
            "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    a = analyse(prevost, said, "[Prevostot|Prevost|PROPN|Case=Acc]PER ismerik|ismer|VERB .")
    assert "Robert Francis Prevost" in names(a)
    assert a.claims and a.claims[0].source is not None
    assert {x.id: x.name for x in a.actors}[a.claims[0].source.actor] == "Robert Francis Prevost"
    assert "Robert Francis Prevos" in names(analyse(prevost, said))


def test_an_inflected_name_whose_stem_the_text_names_is_still_stripped() -> None:
    """'Fabien Mandon … Mandonnak': the inflected surname is still the same person's (only the
    word the full name ends in is kept whole)."""
    a = analyse("[Fabien Mandon]PER beszélt|beszél|VERB .",
                "[Mandonnak|Mandon|PROPN|Case=Dat]PER írtak|ír|VERB .")
    assert len(a.actors) == 1


def test_the_first_word_of_a_name_does_not_cut_another_name() -> None:
    """'Hillary Clinton és Clint Eastwood … Clinton szerint': a first name elsewhere ('Clint')
    does not make 'Clinton' an inflected 'Clint'."""
    a = analyse("[Hillary Clinton]PER és [Clint Eastwood]PER vitatkoztak|vitatkozik|VERB .",
                "[Clinton|Clint|PROPN|Case=Sup]PER szerint baj|baj|NOUN van|van|VERB .")
    assert actor_of(a, "Clinton") == "Hillary Clinton"


def test_a_foreign_surname_is_no_stem_with_a_case_ending() -> None:
    """'Anne Hansen … Hansen közölte': the tagger reads 'Hansen' as 'Hans' with the -en ending
    (and 'Sánchez' as 'Sánc' with -hez); a person's surname of a consonant, an s and -en/-on is
    the name whole, so the speaker is Anne Hansen, not 'Anne Hans'."""
    a = analyse("[Anne Hansen|Hans|PROPN|Case=Sup]PER beszélt|beszél|VERB .",
                "[Hansen|Hans|PROPN|Case=Sup]PER közölte|közöl|VERB , hogy baj|baj|NOUN "
                "van|van|VERB .",
                "[Pedro Sánchez|Sánc|PROPN|Case=All]PER beszélt|beszél|VERB .")
    assert names(a) == {"Anne Hansen": 2, "Pedro Sánchez": 1}


def test_a_case_ending_after_a_hungarian_or_a_known_stem_is_still_one() -> None:
    """'Kovácson' is Kovács (-cs), 'Ferenchez' is Ferenc (a given name), 'Marson' is Mars: not a
    person's name; only a person's foreign surname keeps its -en/-on."""
    a = analyse("[Kovács Péter]PER beszélt|beszél|VERB .",
                "[Kovácson|Kovács|PROPN|Case=Sup]PER múlik|múlik|VERB .",
                "[Gyurcsány Ferenchez|Ferenc|PROPN|Case=All]PER fordult|fordul|VERB .",
                "A [Marson|Mars|PROPN|Case=Sup]LOC víz|víz|NOUN van|van|VERB .")
    assert names(a) == {"Kovács Péter": 2, "Gyurcsány Ferenc": 1, "Mars": 1}


def test_two_surnames_a_letter_apart_of_two_full_names_are_two_people() -> None:
    """'Anne Hansen' and 'Peter Jansen', then 'Hansen' and 'Jansen' alone: the misspelling rule
    does not join the two one-word names, each the surname of its own full name."""
    a = analyse("[Anne Hansen]PER és [Peter Jansen]PER beszélt|beszél|VERB .",
                "[Hansen]PER közölte|közöl|VERB , hogy baj|baj|NOUN van|van|VERB .",
                "[Jansen]PER közölte|közöl|VERB , hogy jó|jó|ADJ .")
    assert names(a) == {"Anne Hansen": 2, "Peter Jansen": 2}


def test_a_surname_the_text_names_whole_takes_its_case_ending_off() -> None:
    """'Kiss Péter … Kissen keresztül', 'Anthony Hopkins … Hopkinson kívül': a stem the article
    writes as a word of a longer name is the name, so -en/-on is the ending; 'Mette Frederiksen
    … Frederiksen', tagged a place, is her surname whole; the last words of a long name in the
    foreign order name it alone ('López Obrador'); before a postposition of the superessive
    or before `múlik` the ending is one ('Bernie Sandersen kívül' is Bernie Sanders, 'Eric
    Adamson múlik' Eric Adams)."""
    a = analyse("[Kiss Péter]PER beszélt|beszél|VERB .",
                "[Kissen|Kiss|PROPN|Case=Sup]PER keresztül|keresztül|ADP jött|jön|VERB .",
                "[Anthony Hopkins]PER beszélt|beszél|VERB .",
                "[Hopkinson|Hopkins|PROPN|Case=Sup]PER kívül|kívül|ADP senki|senki|PRON .",
                "[Mette Frederiksen|Frederiks|PROPN|Case=Sup]PER beszélt|beszél|VERB .",
                "Ezt|ez|PRON mondta|mond|VERB [Frederiksen|Frederiks|PROPN|Case=Sup]LOC .",
                "[Andrés Manuel López Obrador]PER beszélt|beszél|VERB .",
                "Ezt|ez|PRON mondta|mond|VERB [López Obrador]PER .",
                "[Bernie Sandersen|Sanders|PROPN|Case=Sup]PER kívül|kívül|ADP senki|senki|PRON .",
                "Ez|ez|PRON [Eric Adamson|Adams|PROPN|Case=Sup]PER múlik|múlik|VERB .")
    assert names(a) == {"Kiss Péter": 2, "Anthony Hopkins": 2, "Mette Frederiksen": 2,
                        "Andrés Manuel López Obrador": 2, "Bernie Sanders": 1, "Eric Adams": 1}


def test_a_foreign_surname_cut_where_it_was_no_persons_still_joins_the_person() -> None:
    """'Ilich Ramirez Sánchez … Ramirez Sánchez … Sánchez': where the recogniser called the
    shorter forms a place or an organisation, their ending was read as a case ending ('Sánc');
    they are still the person's, but a given name left by the cut ('Hans' of 'Hansen') names
    another person."""
    a = analyse("[Ilich Ramirez Sánchez]PER beszélt|beszél|VERB .",
                "A [Ramirez Sánchez|Sánc|PROPN|Case=All]ORG ügy|ügy|NOUN régi|régi|ADJ .",
                "A [Sánchez|Sánc|PROPN|Case=All]LOC vezetett|vezet|VERB .",
                "[Anne Hansen]PER és [Hans]PER beszélt|beszél|VERB .")
    assert names(a) == {"Ilich Ramirez Sánchez": 3, "Anne Hansen": 1, "Hans": 1}


def test_initials_in_capitals_join_a_name_with_a_digraph() -> None:
    """'GYI:' opening an answer is Gyulai Iván, 'SZGY:' Szabó Gyula: interviews write a digraph's
    initial in capitals too; the answer is theirs."""
    a = analyse(
        "[Gyulai Iván]PER ökológus|ökológus|NOUN és [Szabó Gyula]PER beszélt|beszél|VERB . ¶",
        "[MN]ORG : Miért|miért|ADV ? ¶",
        "[GYI]ORG : Nem|nem|ADV érdemes|érdemes|ADJ felemlegetni|felemleget|VERB . ¶",
        "[SZGY]ORG : Igen|igen|ADV , ez|ez|PRON igaz|igaz|ADJ . ¶",
    )
    assert names(a) == {"Gyulai Iván": 2, "Szabó Gyula": 2, "MN": 1}
    by = {x.id: x.name for x in a.actors}
    assert [(by.get(c.source.actor) if c.source else None, c.speaker_basis) for c in a.claims] == [
        ("Gyulai Iván", "interview"), ("Szabó Gyula", "interview")]
