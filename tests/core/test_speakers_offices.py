"""Who holds an office the press names without its holder ('a miniszterelnök', 'az ukrán
elnök', 'a köztársasági elnök'): the one listed holder (lexicon.OFFICE_HOLDERS) the article
names, where the article itself gives the office to no one else. Hand-built Docs."""

from __future__ import annotations

import pytest
from handdoc import analyse

from reader.types import Analysis

PAST = "VERB|VerbForm=Fin|Mood=Ind|Person=3"
SAID = f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ nem|nem|ADV enged|enged|VERB ."


def last_speaker(a: Analysis) -> str | None:
    names = {x.id: x.name for x in a.actors}
    c = a.claims[-1]
    return names.get(c.source.actor) if c.source and c.source.actor else None


@pytest.mark.parametrize("first", [
    f"[Orbán Viktor]PER Brüsszelbe|Brüsszel|PROPN|Case=Ill utazott|utazik|{PAST} .",
    # a party's chair goes with the office
    "[Orbán Viktor]PER , a|a|DET [Fidesz]ORG "
    f"elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 , beszélt|beszél|{PAST} .",
])
def test_the_prime_minister_is_the_current_holder_the_article_names(first: str) -> None:
    """'A miniszterelnök azt mondta' after Orbán Viktor was named (also as 'a Fidesz elnöke'),
    and someone else spoke earlier in between: Orbán Viktor, not the last speaker."""
    a = analyse(first,
                "[Kovács Péter]PER szerint|szerint|ADP ez|ez|PRON hiba|hiba|NOUN .",
                f"A|a|DET csúcs|csúcs|NOUN hosszú|hosszú|ADJ volt|van|{PAST} .",
                f"A|a|DET miniszterelnök|miniszterelnök|NOUN {SAID}")
    assert last_speaker(a) == "Orbán Viktor"


def test_a_qualified_office_goes_to_its_own_holder() -> None:
    """'Az ukrán elnök' is Zelenszkij, though Putyin, another president, is named after him."""
    a = analyse("[Volodimir Zelenszkij]PER és|és|CCONJ [Vlagyimir Putyin]PER is|is|ADV "
                f"nyilatkozott|nyilatkozik|{PAST} .",
                f"Az|az|DET ukrán|ukrán|ADJ elnök|elnök|NOUN {SAID}")
    assert last_speaker(a) == "Volodimir Zelenszkij"


def test_the_head_of_state_is_the_listed_holder_not_the_last_speaker() -> None:
    """'„…” – mondta a köztársasági elnök' after a historian spoke: the president the article
    named, never the historian."""
    a = analyse("[Sulyok Tamás]PER beszédet|beszéd|NOUN|Case=Acc mondott|mond|VERB .",
                "[Karsai László]PER történész|történész|NOUN azt|az|PRON|Case=Acc írta|ír|VERB , "
                "hogy hibás|hibás|ADJ .",
                "„ Igaz|igaz|ADJ ” – mondta|mond|VERB a|a|DET köztársasági|köztársasági|ADJ "
                "elnök|elnök|NOUN .")
    assert last_speaker(a) == "Sulyok Tamás"


def test_the_article_giving_the_office_to_someone_else_decides() -> None:
    """'Robert Fico szlovák miniszterelnök' holds the office in this article: the list does
    not hand 'a miniszterelnök' to Orbán Viktor."""
    a = analyse(f"[Orbán Viktor]PER Brüsszelbe|Brüsszel|PROPN|Case=Ill utazott|utazik|{PAST} .",
                "[Robert Fico]PER szlovák|szlovák|ADJ miniszterelnök|miniszterelnök|NOUN "
                f"is|is|ADV ott|ott|ADV volt|van|{PAST} .",
                f"A|a|DET miniszterelnök|miniszterelnök|NOUN {SAID}")
    assert last_speaker(a) != "Orbán Viktor"


def test_two_listed_holders_named_decide_nothing() -> None:
    """A prime minister and a former one both named: 'a miniszterelnök' is left open."""
    a = analyse("[Orbán Viktor]PER és|és|CCONJ [Gyurcsány Ferenc]PER "
                f"vitázott|vitázik|{PAST} .",
                f"A|a|DET miniszterelnök|miniszterelnök|NOUN {SAID}")
    assert last_speaker(a) is None


def test_a_possessed_office_is_not_the_listed_one() -> None:
    """'a miniszterelnök szóvivője' is someone else than the prime minister."""
    a = analyse(f"[Orbán Viktor]PER Brüsszelbe|Brüsszel|PROPN|Case=Ill utazott|utazik|{PAST} .",
                "Ezt|ez|PRON|Case=Acc követően|követően|ADV a|a|DET "
                "miniszterelnök|miniszterelnök|NOUN szóvivője|szóvivő|NOUN|Case=Nom|Person[psor]=3 "
                f"{SAID}")
    assert last_speaker(a) is None


def test_a_listed_person_in_another_office_is_not_the_holder() -> None:
    """'Dmitrij Medvegyev, a Biztonsági Tanács elnökhelyettese' is no 'orosz elnök' here, nor
    'Sulyok Tamás, az Alkotmánybíróság elnöke' the 'köztársasági elnök' (another time)."""
    a = analyse("[Dmitrij Medvegyev]PER , az|az|DET orosz|orosz|ADJ [Biztonsági Tanács]ORG "
                f"elnökhelyettese|elnökhelyettes|NOUN|Case=Nom|Person[psor]=3 , "
                f"fenyegetőzött|fenyegetőzik|{PAST} .",
                f"Az|az|DET orosz|orosz|ADJ elnök|elnök|NOUN {SAID}")
    assert last_speaker(a) is None


def test_a_listed_person_named_only_as_a_time_or_after_it_is_not_the_holder() -> None:
    """'Demszky Gábor idején' names a time; a name after the description is no antecedent."""
    a = analyse("A|a|DET hidat|híd|NOUN|Case=Acc [Demszky Gábor]PER "
                f"idején|idő|NOUN|Case=Sup|Person[psor]=3 tervezték|tervez|{PAST} .",
                f"A|a|DET főpolgármester|főpolgármester|NOUN {SAID}")
    assert last_speaker(a) is None
    b = analyse(f"A|a|DET főpolgármester|főpolgármester|NOUN {SAID}",
                f"[Karácsony Gergely]PER hallgatott|hallgat|{PAST} .")
    assert [x.source.actor if x.source else None for x in b.claims][0] is None


def test_a_former_holder_the_article_titles_decides_nothing() -> None:
    """'Orbán Viktor volt miniszterelnök' (an article of another era titling today's holder
    as a former one) does not make 'a miniszterelnök' his."""
    a = analyse("[Orbán Viktor]PER volt|volt|ADJ miniszterelnök|miniszterelnök|NOUN "
                f"is|is|ADV felszólalt|felszólal|{PAST} .",
                "[Kiss Anna]PER hallgatott|hallgat|VERB .",
                f"A|a|DET miniszterelnök|miniszterelnök|NOUN {SAID}")
    assert last_speaker(a) != "Orbán Viktor"


def test_a_listed_person_named_in_another_case_or_inside_a_quote_is_not_the_holder() -> None:
    """'Robert Fico tárgyalt Orbán Viktorral. … – mondta a kormányfő': Orbán only as whom Fico
    met; '„Orbán Viktor a barátom” – mondta X': Orbán only inside X's words. Neither makes
    'a kormányfő' his."""
    a = analyse(f"[Robert Fico]PER tárgyalt|tárgyal|{PAST} "
                "[Orbán Viktorral|Viktor|PROPN|Case=Ins]PER .",
                f"„ Nem|nem|ADV küldünk|küld|VERB fegyvert|fegyver|NOUN|Case=Acc ” – "
                f"mondta|mond|{PAST} a|a|DET kormányfő|kormányfő|NOUN .")
    assert last_speaker(a) != "Orbán Viktor"
    b = analyse("„ [Orbán Viktor]PER a|a|DET barátom|barát|NOUN ” – "
                f"mondta|mond|{PAST} [Kiss Ádám]PER .",
                f"A|a|DET miniszterelnök|miniszterelnök|NOUN {SAID}")
    assert last_speaker(b) != "Orbán Viktor"


def test_a_surname_alone_of_a_listed_person_makes_the_office_unsure() -> None:
    """'Putyin és Dmitrij Medvegyev, az Egységes Oroszország elnöke …': 'Putyin' alone may be
    the listed one; 'az orosz elnök' is left open, and no other rule guesses the party chair."""
    a = analyse(f"[Putyin]PER és|és|CCONJ [Dmitrij Medvegyev]PER , az|az|DET "
                "[Egységes Oroszország]ORG elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 , "
                f"felszólalt|felszólal|{PAST} .",
                f"Az|az|DET orosz|orosz|ADJ elnök|elnök|NOUN {SAID}")
    assert last_speaker(a) is None


def test_a_former_holder_alone_or_a_speaker_since_leaves_the_office_open() -> None:
    """'Gyurcsány Ferenc, a DK elnöke bírálta a kormányt. A miniszterelnök azt mondta': not
    Gyurcsány (the list gives only today's holder); 'Orbán Viktor Varsóba látogatott. „…” –
    mondta Donald Tusk. A kormányfő hozzátette': Tusk spoke since, so not Orbán."""
    a = analyse("[Gyurcsány Ferenc]PER , a|a|DET [DK]ORG "
                f"elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 , bírálta|bírál|{PAST} a|a|DET "
                "kormányt|kormány|NOUN|Case=Acc .",
                f"A|a|DET miniszterelnök|miniszterelnök|NOUN {SAID}")
    assert last_speaker(a) != "Gyurcsány Ferenc"
    b = analyse(f"[Orbán Viktor]PER Varsóba|Varsó|PROPN|Case=Ill látogatott|látogat|{PAST} .",
                f"„ Nem|nem|ADV vétózunk|vétóz|VERB ” – mondta|mond|{PAST} [Donald Tusk]PER .",
                f"A|a|DET kormányfő|kormányfő|NOUN {SAID}")
    assert last_speaker(b) != "Orbán Viktor"


def test_a_role_in_a_named_body_is_not_the_office() -> None:
    """'Dmitrij Medvegyev, az Egységes Oroszország elnöke' (the party read as a place): the
    registry's 'elnök' is the party's, so 'az orosz elnök' is not his; with Putyin named
    too, it is left open."""
    a = analyse("[Vlagyimir Putyin]PER és|és|CCONJ [Dmitrij Medvegyev]PER , az|az|DET "
                "[Egységes Oroszország]LOC elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 "
                f"felszólalt|felszólal|{PAST} .",
                f"Az|az|DET orosz|orosz|ADJ elnök|elnök|NOUN {SAID}")
    assert last_speaker(a) is None
