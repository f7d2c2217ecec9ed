"""Who goes on speaking (docs/speakers.md, `continuation` and the main speaker): a claim with
no source words, or a role the article never ties to a name, on hand-built Docs; each test one
general construction, never a sentence copied from the development set."""

from __future__ import annotations

from handdoc import analyse

from reader.types import Analysis

PAST = "VERB|VerbForm=Fin|Mood=Ind|Person=3"
PLURAL = "VERB|VerbForm=Fin|Mood=Ind|Person=3|Number=Plur"
PSOR = "Case=Nom|Person[psor]=3"


def speakers(a: Analysis) -> list[str | None]:
    names = {x.id: x.name for x in a.actors}
    return [names.get(c.source.actor) if c.source and c.source.actor else None for c in a.claims]


def _said(person: str) -> str:
    return (f"[{person}]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
            "baj|baj|NOUN van|van|VERB .")


def test_names_inside_a_quote_between_two_claims_are_what_is_said() -> None:
    """'X azt mondta, hogy A. „A Fidesz hibázott.” Szerinte B.': the party is quoted, X goes on."""
    a = analyse(_said("Kovács Péter"),
                "„ A [Fidesz]ORG hibázott|hibázik|VERB . ”",
                "Szerinte|szerinte|ADP ez|ez|PRON nagy|nagy|ADJ hiba|hiba|NOUN .")
    assert speakers(a) == ["Kovács Péter", "Kovács Péter"]


def test_a_name_outside_the_quote_still_makes_the_speaker_unsure() -> None:
    """'X azt mondta … A Fidesz hallgatott. „Ez hiba.” – mondta.': the party may be the one."""
    a = analyse(_said("Kovács Péter"),
                "¶ A [Fidesz]ORG hallgatott|hallgat|VERB .",
                f"„ Ez|ez|PRON hiba|hiba|NOUN . ” – mondta|mond|{PAST} .")
    assert speakers(a) == ["Kovács Péter", None]


def test_the_owner_of_a_thing_in_an_earlier_sentence_is_no_new_speaker() -> None:
    """'„A.” – kezdte X. Krisztus köszöntését idézte fel. „B.” – mondta.': Krisztus owns the
    greeting, X goes on."""
    a = analyse(f"„ Béke|béke|NOUN . ” – kezdte|kezd|{PAST} [Kovács Péter]PER .",
                "[Krisztus]PER köszöntését|köszöntés|NOUN|Case=Acc|Person[psor]=3 "
                f"idézte|idéz|{PAST} fel|fel|ADV .",
                f"„ Ez|ez|PRON jó|jó|ADJ . ” – mondta|mond|{PAST} .")
    assert speakers(a) == ["Kovács Péter", "Kovács Péter"]


def test_an_owner_in_the_cues_own_sentence_may_stand_in_its_subject() -> None:
    """'A lap azt írta, hogy A. ¶ Varga Judit környezetéből is megerősítették, hogy B.': people
    around her confirm it, not the paper."""
    a = analyse(f"A [Magyar Jelen]ORG azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                "¶ [Varga Judit]PER környezetéből|környezet|NOUN|Case=Ela|Person[psor]=3 is|is|ADV "
                f"megerősítették|megerősít|{PLURAL} , hogy|hogy|SCONJ igaz|igaz|ADJ .")
    assert speakers(a) == ["Magyar Jelen", None]


def test_a_claim_after_a_long_quote_goes_on_with_its_speaker() -> None:
    """'X azt mondta: „S1. S2. S3.” ¶ „S4.” – tette hozzá.': measured from where X's words end,
    not from X's cue, the next quote follows at once."""
    a = analyse(f"[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} : „ Baj|baj|NOUN "
                "van|van|VERB .",
                "Nagy|nagy|ADJ baj|baj|NOUN van|van|VERB .",
                "Mindig|mindig|ADV baj|baj|NOUN van|van|VERB . ”",
                f"¶ „ Ez|ez|PRON hiba|hiba|NOUN . ” – tette|tesz|{PAST} hozzá|hozzá|ADV .")
    assert speakers(a) == ["Kovács Péter", "Kovács Péter"]
    assert a.claims[-1].speaker_basis == "continuation"


def test_a_sentence_whose_subject_may_speak_stops_the_carrying_on() -> None:
    """'X azt mondta: „S1. S2. S3.” ¶ A rendőrség hallgatott. „S4.” – tette hozzá.': someone
    else may be the one adding it."""
    a = analyse(f"[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} : „ Baj|baj|NOUN "
                "van|van|VERB .",
                "Nagy|nagy|ADJ baj|baj|NOUN van|van|VERB .",
                "Mindig|mindig|ADV baj|baj|NOUN van|van|VERB . ”",
                f"¶ A rendőrség|rendőrség|NOUN hallgatott|hallgat|{PAST} .",
                f"„ Ez|ez|PRON hiba|hiba|NOUN . ” – tette|tesz|{PAST} hozzá|hozzá|ADV .")
    assert speakers(a)[-1] is None


def _role_after(people: list[str]) -> list[str]:
    return [*(_said(p) for p in people),
            f"„ Ez|ez|PRON hiba|hiba|NOUN . ” – mondta|mond|{PAST} a [GKI]ORG "
            f"vezérigazgató-helyettese|vezérigazgató-helyettes|NOUN|{PSOR} .",
            f"Vagyis|vagyis|ADV , mint|mint|SCONJ mondta|mond|{PAST} , "
            "nagy|nagy|ADJ a baj|baj|NOUN ."]


def test_a_role_the_article_never_ties_to_a_name_is_its_main_speaker() -> None:
    """An article that is one person's words: 'a GKI vezérigazgató-helyettese', a role no name
    in it holds, is that person, unsure (description); 'mint mondta' after it goes on."""
    a = analyse(*_role_after(["Karsai Gábor"] * 5))
    assert speakers(a)[-2:] == ["Karsai Gábor", "Karsai Gábor"]
    assert [c.speaker_basis for c in a.claims[-2:]] == ["description", "continuation"]


def test_without_a_main_speaker_an_untied_role_stays_open() -> None:
    """Three people quoted alike: the role may be anyone's, or someone else's."""
    a = analyse(*_role_after(["Karsai Gábor", "Kiss Anna", "Nagy Béla"] * 2))
    assert speakers(a)[-2:] == [None, None]


def test_a_role_the_article_gives_someone_else_is_not_the_main_speaker() -> None:
    """'Y, a GKI vezérigazgató-helyettese' earlier: the role is hers, never the main speaker's
    by default."""
    a = analyse("[Kiss Anna]PER , a [GKI]ORG "
                f"vezérigazgató-helyettese|vezérigazgató-helyettes|NOUN|{PSOR} , "
                "nyaralt|nyaral|VERB .",
                *_role_after(["Karsai Gábor"] * 5))
    assert "Karsai Gábor" not in speakers(a)[-2:]


def test_a_speakers_proposal_or_own_experience_is_the_speaker_going_on() -> None:
    """'X azt mondta … Javaslata szerint …', 'Saját tapasztalata szerint …': X's."""
    a = analyse(_said("Kovács Anna"),
                "Javaslata|javaslat|NOUN|Person[psor]=3 szerint várni|vár|VERB kell|kell|VERB .",
                "Saját|saját|ADJ tapasztalata|tapasztalat|NOUN|Person[psor]=3 szerint "
                "ez|ez|PRON működik|működik|VERB .")
    assert speakers(a) == ["Kovács Anna"] * 3
