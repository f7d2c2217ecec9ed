"""Who goes on speaking (docs/speakers.md, `continuation` and the main speaker): a claim with
no source words, or a role the article never ties to a name, on hand-built Docs; each test one
general construction, never a sentence copied from the development set."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize("people, main", [
    (["Karsai Gábor"] * 3, True),  # three claims of one person make them the main speaker
    (["Karsai Gábor"] * 2, False),  # two do not
    (["Kiss Anna"] * 2 + ["Nagy Béla"] + ["Karsai Gábor"] * 3, True),  # half of them do
    (["Kiss Anna"] * 2 + ["Nagy Béla"] * 2 + ["Karsai Gábor"] * 3, False),  # less than half not
])
def test_the_main_speaker_is_named_in_three_claims_and_half_of_them(people, main) -> None:
    """MAIN_SPEAKER_CLAIMS and MAIN_SPEAKER_SHARE: an untied role after the last of them."""
    a = analyse(*_role_after(people))
    assert speakers(a)[-2:] == (["Karsai Gábor"] * 2 if main else [None, None])


def test_without_a_main_speaker_an_untied_role_stays_open() -> None:
    """Three people quoted alike: the role may be anyone's, or someone else's."""
    a = analyse(*_role_after(["Karsai Gábor", "Kiss Anna", "Nagy Béla"] * 2))
    assert speakers(a)[-2:] == [None, None]


def test_a_role_the_article_gives_two_others_is_not_the_main_speaker() -> None:
    """'Y és Z, a GKI vezérigazgató-helyettesei' earlier: the role is theirs (which one is
    open), never the main speaker's by default."""
    a = analyse("[Kiss Anna]PER , a [GKI]ORG "
                f"vezérigazgató-helyettese|vezérigazgató-helyettes|NOUN|{PSOR} , "
                "nyaralt|nyaral|VERB .",
                "[Nagy Éva]PER , a [GKI]ORG "
                f"vezérigazgató-helyettese|vezérigazgató-helyettes|NOUN|{PSOR} , "
                "dolgozott|dolgozik|VERB .",
                *_role_after(["Karsai Gábor"] * 5))
    assert speakers(a)[-2:] == [None, None]


def test_a_role_in_a_body_left_unnamed_is_not_the_main_speaker() -> None:
    """'A cég vezérigazgatója azt mondta' after a worker's five claims: the other side, maybe."""
    a = analyse(*(_said("Kovács Péter") for _ in range(5)),
                f"A cég|cég|NOUN vezérigazgatója|vezérigazgató|NOUN|{PSOR} "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ "
                "a bér|bér|NOUN .")
    assert speakers(a)[-1] is None


def test_a_role_whose_claim_names_the_main_speaker_is_not_him() -> None:
    """'A Fidesz szóvivője szerint Magyar Péter hazudik': about him, not by him."""
    a = analyse(*(_said("Magyar Péter") for _ in range(5)),
                f"A [Fidesz]ORG szóvivője|szóvivő|NOUN|{PSOR} szerint [Magyar Péter]PER "
                "hazudik|hazudik|VERB .")
    assert speakers(a)[-1] is None


def test_a_person_left_unnamed_ends_the_main_speakers_turn() -> None:
    """'Egy szakszervezeti vezető szerint …' in between: the role after it is not the main
    speaker's by default."""
    a = analyse(*(_said("Karsai Gábor") for _ in range(5)),
                "Egy szakszervezeti|szakszervezeti|ADJ vezető|vezető|NOUN szerint "
                "baj|baj|NOUN van|van|VERB .",
                f"„ Ez|ez|PRON hiba|hiba|NOUN . ” – mondta|mond|{PAST} a [GKI]ORG "
                f"vezérigazgató-helyettese|vezérigazgató-helyettes|NOUN|{PSOR} .")
    assert speakers(a)[-1] is None


def test_a_role_in_another_body_than_the_main_speakers_is_not_them() -> None:
    """'Tamási Gergely, az Aldi szóvivője …' three times, then 'A Lidl szóvivője szerint …':
    the other chain's spokesman, never the main speaker; 'Az Aldi szóvivője' is him."""
    said = [f"[Tamási Gergely]PER , az [Aldi]ORG szóvivője|szóvivő|NOUN|{PSOR} azt|az|PRON|"
            f"Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB ."]
    said += [_said("Tamási Gergely")] * 2
    for body, who in (("Lidl", None), ("Aldi", "Tamási Gergely")):
        a = analyse(*said, f"¶ A [{body}]ORG szóvivője|szóvivő|NOUN|{PSOR} szerint "
                    "drága|drága|ADJ a tej|tej|NOUN .")
        assert speakers(a)[-1] == who


def test_a_person_named_for_the_first_time_as_a_subject_ends_the_main_speakers_turn() -> None:
    """'X …' three times, then 'A kurátor, Szendrei Lilla két évig kutatta a képeket. ¶
    Szerinte …': a new voice, open; a person named before ('Rogán Antal mindent irányít.
    Szerinte …') is someone the main speaker talks about, and X goes on."""
    new = ("A kurátor|kurátor|NOUN , [Szendrei Lilla]PER két|kettő|NUM évig|év|NOUN|Case=Ter "
           f"kutatta|kutat|{PAST} a képeket|kép|NOUN|Case=Acc .")
    view = "¶ Szerinte|szerinte|ADP hamis|hamis|ADJ a kép|kép|NOUN ."
    a = analyse(*(_said("Karsai Gábor") for _ in range(3)), new, view)
    assert speakers(a)[-1] is None
    for brought_in in ("Egy|egy|DET asszony|asszony|NOUN , [Szekeres Jolán]PER",
                       "Dr.|dr.|PROPN [Antal Eszter]PER"):  # set off by a comma, an honorific
        a = analyse(*(_said("Karsai Gábor") for _ in range(3)),
                    f"{brought_in} másként|másként|ADV emlékszik|emlékszik|{PAST} .", view)
        assert speakers(a)[-1] is None
    a = analyse(f"[Szendrei Lilla]PER is|is|ADV ott|ott|ADV volt|van|{PAST} .",
                *(_said("Karsai Gábor") for _ in range(3)), new, view)
    assert speakers(a)[-1] == "Karsai Gábor"


def test_a_rumour_after_a_persons_claim_has_no_speaker() -> None:
    """'X azt mondta … A sajtóhírek szerint …': a rumour keeps no source."""
    a = analyse(_said("Kovács Péter"),
                "A sajtóhírek|sajtóhír|NOUN|Number=Plur szerint a cég|cég|NOUN "
                "csődben|csőd|NOUN|Case=Ine van|van|VERB .")
    assert speakers(a)[-1] is None


def test_the_owner_of_a_person_between_may_be_the_one_speaking() -> None:
    """'Megkerestük Kiss Anna ügyvédjét is. „…” – fogalmazott.': the lawyer, maybe; not X."""
    a = analyse(_said("Kovács Péter"),
                "Megkerestük|megkeres|VERB|VerbForm=Fin|Person=1|Number=Plur [Kiss Anna]PER "
                "ügyvédjét|ügyvéd|NOUN|Case=Acc|Person[psor]=3 is|is|ADV .",
                f"„ Ez|ez|PRON hiba|hiba|NOUN . ” – fogalmazott|fogalmaz|{PAST} .")
    assert speakers(a)[-1] is None


def test_a_name_introducing_the_one_who_speaks_in_the_quote_counts() -> None:
    """'„Nagy Erzsébet vagyok, …” – mondja.': she speaks, not the mayor quoted before."""
    a = analyse("[Kovács Péter]PER szerint a falu|falu|NOUN él|él|VERB .",
                "„ [Nagy Erzsébet]PER vagyok|van|VERB|VerbForm=Fin|Person=1|Number=Sing , "
                "itt|itt|ADV lakom|lakik|VERB|VerbForm=Fin|Person=1|Number=Sing . ” – "
                f"mondja|mond|{PAST} .")
    assert speakers(a)[-1] is None


def test_someone_unnamed_speaking_up_between_stops_the_carrying_on() -> None:
    """'Egy rendőr is megszólalt. Szerinte …', 'Közben belépett a bíró. Szerinte …': maybe
    theirs, not X's."""
    for between in ("Egy rendőr|rendőr|NOUN is|is|ADV megszólalt|megszólal|VERB .",
                    "Közben|közben|ADV belépett|belép|VERB a bíró|bíró|NOUN ."):
        a = analyse(_said("Kovács Péter"), between,
                    "Szerinte|szerinte|ADP ez|ez|PRON nagy|nagy|ADJ hiba|hiba|NOUN .")
        assert speakers(a)[-1] is None, between


def test_a_claim_told_inside_anothers_sentence_is_not_carried_on() -> None:
    """'Gulyás azon nevetett, hogy Nagy Ervin szerint A. … „B” – mondta.': whose B? open."""
    a = analyse(f"[Gulyás Gergely]PER azon|az|PRON|Case=Sup nevetett|nevet|{PAST} , "
                "hogy|hogy|SCONJ [Nagy Ervin]PER szerint a kormány|kormány|NOUN "
                "hazudik|hazudik|VERB .",
                "A vita|vita|NOUN tart|tart|VERB .",
                f"„ Ez|ez|PRON nevetséges|nevetséges|ADJ . ” – mondta|mond|{PAST} .")
    assert speakers(a)[-1] != "Nagy Ervin"


def test_a_noun_of_saying_after_the_writer_turned_to_someone_else_is_open() -> None:
    """'X szerint A, a minisztérium azonban nem reagált. Álláspontja szerint B': whose?"""
    a = analyse("[Kovács Péter]PER szerint a kivitelező|kivitelező|NOUN hibázott|hibázik|VERB , "
                "a minisztérium|minisztérium|NOUN azonban|azonban|CCONJ nem|nem|ADV "
                "reagált|reagál|VERB .",
                "Álláspontja|álláspont|NOUN|Person[psor]=3 szerint a szerződés|szerződés|NOUN "
                "teljesült|teljesül|VERB .")
    assert speakers(a) == ["Kovács Péter", None]


def test_a_speakers_proposal_or_own_experience_is_the_speaker_going_on() -> None:
    """'X azt mondta … Javaslata szerint …', 'Saját tapasztalata szerint …': X's (also where
    the tagger took the sentence's first word for a name)."""
    a = analyse(_said("Kovács Anna"),
                "Javaslata|Javaslata|PROPN szerint várni|vár|VERB kell|kell|VERB .",
                "Saját|saját|ADJ tapasztalata|tapasztalat|NOUN|Person[psor]=3 szerint "
                "ez|ez|PRON működik|működik|VERB .")
    assert speakers(a) == ["Kovács Anna"] * 3


def test_a_noun_of_saying_after_someone_else_was_named_is_not_carried_on() -> None:
    """'X azt mondta … Nagy Éva módosítást nyújtott be, javaslata szerint …': never X's; the
    proposal is that of the one person the sentence names as its subject, hers."""
    a = analyse(_said("Kovács Péter"),
                "[Nagy Éva]PER módosítást|módosítás|NOUN|Case=Acc nyújtott|nyújt|VERB be|be|ADV , "
                "javaslata|javaslat|NOUN|Person[psor]=3 szerint várni|vár|VERB kell|kell|VERB .")
    assert speakers(a)[-1] == "Nagy Éva"


def test_a_plural_cue_or_a_converb_is_not_carried_on() -> None:
    """'X azt mondta: „S1. S2.” ¶ „S3.” – tették hozzá.': several people, not X; a converb
    shares its own clause's subject."""
    said = (f"[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} : „ Baj|baj|NOUN "
            "van|van|VERB .", "Nagy|nagy|ADJ baj|baj|NOUN van|van|VERB . ”")
    a = analyse(*said, f"¶ „ Ez|ez|PRON hiba|hiba|NOUN . ” – tették|tesz|{PLURAL} "
                "hozzá|hozzá|ADV .")
    assert speakers(a)[-1] is None


def test_a_role_the_article_gave_no_one_speaking_up_between_is_someone_else() -> None:
    """'X szerint A. A tárgyalás után az ügyész is nyilatkozott. „B” – mondta.': the
    prosecutor, maybe; never X by a role's fallback."""
    a = analyse("[Kovács Péter]PER szerint a gyár|gyár|NOUN bezár|bezár|VERB .",
                "A tárgyalás|tárgyalás|NOUN után|után|ADP az ügyész|ügyész|NOUN is|is|ADV "
                f"nyilatkozott|nyilatkozik|{PAST} .",
                f"„ Ez|ez|PRON bűn|bűn|NOUN . ” – mondta|mond|{PAST} .")
    assert speakers(a)[-1] is None


def test_after_the_writer_turned_to_someone_else_no_one_carries_on() -> None:
    """'X szerint A, Nagy Éva főorvos azonban mást mond. Szerinte B' (or '„B” – mondta'):
    hers, maybe; not X's."""
    a = analyse("[Kovács Péter]PER szerint a gyár|gyár|NOUN bezár|bezár|VERB , "
                "[Nagy Éva]PER főorvos|főorvos|NOUN azonban|azonban|CCONJ mást|más|PRON|Case=Acc "
                "állít|állít|VERB .",
                "Szerinte|szerinte|ADP a gyár|gyár|NOUN marad|marad|VERB .")
    assert speakers(a)[-1] != "Kovács Péter"
    quoted = analyse("[Kovács Péter]PER szerint a gyár|gyár|NOUN bezár|bezár|VERB , "
                     "[Nagy Éva]PER főorvos|főorvos|NOUN azonban|azonban|CCONJ "
                     "mást|más|PRON|Case=Acc állít|állít|VERB .",
                     f"„ Ez|ez|PRON nem|nem|ADV igaz|igaz|ADJ . ” – mondta|mond|{PAST} .")
    assert speakers(quoted)[-1] != "Kovács Péter"


def test_a_thing_as_the_subject_keeps_the_claim_no_ones() -> None:
    """'X szerint A. A terv feltételezi, hogy B.': the plan's assumption, not X's."""
    a = analyse("[Kovács Péter]PER szerint a híd|híd|NOUN elkészül|elkészül|VERB .",
                f"A terv|terv|NOUN feltételezi|feltételez|{PAST} , hogy|hogy|SCONJ "
                "a kamat|kamat|NOUN nem|nem|ADV nő|nő|VERB .")
    assert [c.cue.text for c in a.claims] == ["szerint", "feltételezi"]
    assert speakers(a) == ["Kovács Péter", None]


def test_a_list_inside_the_speakers_words_is_no_turn_of_the_writer() -> None:
    """'X szerint a bevételek nőttek, a kiadások pedig csökkentek. Hozzátette, …': X lists
    things; X goes on."""
    a = analyse("[Kovács Péter]PER szerint a bevételek|bevétel|NOUN|Number=Plur "
                "nőttek|nő|VERB , a kiadások|kiadás|NOUN|Number=Plur pedig|pedig|CCONJ "
                "csökkentek|csökken|VERB .",
                f"Hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ a cég|cég|NOUN stabil|stabil|ADJ .")
    assert speakers(a) == ["Kovács Péter", "Kovács Péter"]


def test_a_word_for_a_thing_that_also_names_a_person_may_speak() -> None:
    """'A modell hozzátette, hogy …': a fashion model speaking, not a model assuming."""
    a = analyse("[Kovács Anna]PER elmondta|elmond|VERB|VerbForm=Fin|Person=3 , hogy|hogy|SCONJ "
                "a divat|divat|NOUN kegyetlen|kegyetlen|ADJ .",
                f"A modell|modell|NOUN hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ "
                "sokat|sok|ADV edz|edz|VERB .")
    assert speakers(a) == ["Kovács Anna", "Kovács Anna"]


def test_a_photo_credit_glued_to_the_next_sentence_names_no_speaker() -> None:
    """'Fotó: Kiss Ádám / TelexNagy Éva arról beszélt, hogy A. Arról is beszélt, hogy B.': the
    photographer glued before the sentence's subject speaks neither claim."""
    a = analyse("¶ Fotó|fotó|NOUN : [Kiss Ádám]PER / [Telex]ORG ‿[Nagy Éva]PER "
                f"arról|az|PRON|Case=Del beszélt|beszél|{PAST} , hogy "
                "baj|baj|NOUN van|van|VERB .",
                f"Arról|az|PRON|Case=Del is|is|ADV beszélt|beszél|{PAST} , hogy "
                "baj|baj|NOUN van|van|VERB .")
    assert len(a.claims) == 2 and "Kiss Ádám" not in speakers(a)


def test_o_stands_for_the_one_person_its_sentence_names_in_any_case() -> None:
    """'Kovácsot őrizetbe vették, ő viszont tagadja, hogy …' is Kovács's denial, and so is 'ő'
    after a subordinate clause that names one person; owners of a noun ('Nagy Anna csapata')
    are not who 'ő' is; with two people, or after a sentence with a subject of its own ('A
    tanár Szabó Gézát dicsérte, ő …'), 'ő' stays open."""
    a = analyse("[Kovács Pétert|Péter|PROPN|Case=Acc]PER őrizetbe|őrizet|NOUN|Case=Ill "
                "vették|vesz|VERB|VerbForm=Fin|Person=3|Number=Plur , ő|ő|PRON "
                f"viszont|viszont|CCONJ tagadja|tagad|{PAST} , hogy hibázott|hibázik|VERB .")
    assert speakers(a) == ["Kovács Péter"]
    a = analyse("¶ Amikor|amikor|SCONJ [Nagy Anna]PER csapata|csapat|NOUN|Case=Nom|Person[psor]=3 "
                f"kérdezte|kérdez|{PAST} [Szabó Gézát|Géza|PROPN|Case=Acc]PER , ő|ő|PRON "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy jó|jó|ADJ .")
    assert speakers(a) == ["Szabó Géza"]
    a = analyse("¶ [Nagy Annát|Anna|PROPN|Case=Acc]PER és [Szabó Gézát|Géza|PROPN|Case=Acc]PER "
                "kérdezték|kérdez|VERB|VerbForm=Fin|Person=3|Number=Plur , ő|ő|PRON "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy jó|jó|ADJ .")
    assert speakers(a) == [None]
    a = analyse(f"¶ A tanár|tanár|NOUN [Szabó Gézát|Géza|PROPN|Case=Acc]PER dicsérte|dicsér|{PAST} "
                f", ő|ő|PRON azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy jó|jó|ADJ .")
    assert speakers(a) == [None]
    a = analyse("¶ Felhívtuk|felhív|VERB|VerbForm=Fin|Mood=Ind|Person=1|Number=Plur "
                f"[Szabó Gézát|Géza|PROPN|Case=Acc]PER , ő|ő|PRON azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy jó|jó|ADJ .")
    assert speakers(a) == ["Szabó Géza"]  # the writer called him: 'ő' is whom they called
    a = analyse("¶ [Szabó Gézáról|Géza|PROPN|Case=Del]PER "
                "kérdeztük|kérdez|VERB|VerbForm=Fin|Mood=Ind|Person=1|Number=Plur "
                "a szomszédját|szomszéd|NOUN|Case=Acc|Person[psor]=3 , ő|ő|PRON "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy jó|jó|ADJ .")
    assert speakers(a) == [None]  # the writer asked the neighbour about him


def test_a_clause_after_the_main_verb_does_not_go_on_with_the_sentence_before() -> None:
    """'Kiss Péter beszélt. Nagy Anna mosolygott, amikor azt mondta, hogy …': Nagy Anna's, or
    someone who told her (two reviews found 'X megkönnyebbült, amikor közölte': the doctor
    before); never Kiss Péter, whom the sentence before has as its subject."""
    said = f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB ."
    before = f"[Kiss Péter]PER beszélt|beszél|{PAST} ."
    a = analyse(before, f"[Nagy Anna]PER mosolygott|mosolyog|{PAST} , amikor|amikor|SCONJ {said}")
    assert speakers(a) != ["Kiss Péter"]
    a = analyse(before, f"Amikor|amikor|SCONJ [Nagy Anna]PER beszélt|beszél|{PAST} , {said}")
    assert speakers(a) == [None]


def test_a_sentence_naming_its_own_subject_does_not_go_on_with_the_one_before() -> None:
    """'Kiss Péter beszélt. Felszólalt Nagy Anna is, aki azt mondta, …': not Kiss Péter, whom the
    sentence before has as its subject; a name in the accusative or the dative is no such
    subject ('Bonhoeffert idézte arról, hogy …' goes on with the one before)."""
    before = f"[Kiss Péter]PER beszélt|beszél|{PAST} ."
    a = analyse(before, f"Felszólalt|felszólal|{PAST} [Nagy Anna]PER is|is|ADV , aki|aki|PRON "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) != ["Kiss Péter"]
    a = analyse(before, f"[Bonhoeffert|Bonhoeffer|PROPN|Case=Acc]PER idézte|idéz|{PAST} "
                "arról|az|PRON|Case=Del , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["Kiss Péter"]


def test_a_converb_after_a_cue_adds_to_that_cues_speaker() -> None:
    """'„…” – jelentette ki, hozzáfűzve, hogy …' after a few sentences that name no one: the quote
    goes on with Mark Rutte (carried on), and so does the converb after it, which speaker()
    read before the quote had a speaker."""
    a = analyse(f"[Mark Rutte]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "a [NATO]ORG erős|erős|ADJ .", "Az óceán|óceán|NOUN hideg|hideg|ADJ .",
                "A hajók|hajó|NOUN lassúak|lassú|ADJ .", "A tél|tél|NOUN hosszú|hosszú|ADJ .",
                f"„ Nem|nem|ADV aggódom|aggódik|VERB ” – jelentette|jelent|{PAST} ki|ki|ADV , "
                "hozzáfűzve|hozzáfűz|VERB|VerbForm=Conv , hogy|hogy|SCONJ az óceán|óceán|NOUN "
                "is|is|ADV fontos|fontos|ADJ .")
    assert speakers(a) == ["Mark Rutte"] * 3


def test_a_cue_inside_someones_quote_is_not_theirs() -> None:
    """'Kovács közölte: „… találkoztam Nagy Annával. Elmondta, hogy …”': inside his own words
    Kovács speaks as 'I', so 'Elmondta' is someone else's (Nagy Anna's, here left unsure), also
    in an article that is mostly Kovács's words (the main speaker's pass)."""
    said = (f"[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
            "baj|baj|NOUN van|van|VERB .")
    quote = (f"[Kovács Péter]PER közölte|közöl|{PAST} : „ Tegnap|tegnap|ADV "
             "találkoztam|találkozik|VERB|VerbForm=Fin|Mood=Ind|Person=1 "
             "[Nagy Annával|Anna|PROPN|Case=Ins]PER . "
             f"Elmondta|elmond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB . ”")
    assert speakers(analyse(quote)) == ["Kovács Péter", None]
    assert speakers(analyse(said, said, said, quote))[-2:] == ["Kovács Péter", None]


PLURAL = "VERB|VerbForm=Fin|Mood=Ind|Number=Plur|Person=3"


def test_a_plural_cue_never_goes_on_with_one_described_person() -> None:
    """'„…” – fogalmazott a közgazdász. … majd azt mondják, hogy …': the economist is one person,
    whoever the article makes of him; the plural verb is others' (no source at all, not his
    description), also in an article that is mostly his words; after a role in a body the
    phrase stays (the body's people may go on) but names no one."""
    described = ("„ Az adók|adó|NOUN nőnek|nő|VERB ” – "
                 f"fogalmazott|fogalmaz|{PAST} a közgazdász|közgazdász|NOUN .")
    plural = (f"Kivetik|kivet|{PLURAL} az adókat|adó|NOUN|Case=Acc , majd|majd|ADV "
              f"azt|az|PRON|Case=Acc mondják|mond|{PLURAL} , hogy|hogy|SCONJ baj|baj|NOUN "
              "van|van|VERB .")
    said = (f"[Kovács Gábor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
            "baj|baj|NOUN van|van|VERB .")
    of_a_body = ("„ Az adók|adó|NOUN nőnek|nő|VERB ” – "
                 f"fogalmazott|fogalmaz|{PAST} a [GKI]ORG "
                 "vezérigazgató-helyettese|vezérigazgató-helyettes|NOUN|Case=Nom|Person[psor]=3 .")
    for a in (analyse(f"[Kovács Gábor]PER közgazdász|közgazdász|NOUN beszélt|beszél|{PAST} .",
                      described, plural),
              analyse(said, said, said, described, plural)):
        assert a.claims[-1].source is None
    last = analyse(said, said, said, of_a_body, plural).claims[-1]
    assert last.source is not None and last.source.actor is None  # the body's people, unsure


def test_a_joined_clause_shares_its_sentences_subject() -> None:
    """'Balog a videóban imádkozott, majd erőt kért ahhoz, hogy …': his; not where the first clause
    is asked about ('Arra a kérdésre, hogy Kiss Béla javasolta-e, azt mondta …') or another
    name stands between."""
    a = analyse("[Balog Zoltán]PER a videóban|videó|NOUN|Case=Ine imádkozott|imádkozik|VERB , "
                f"majd|majd|ADV erőt|erő|NOUN|Case=Acc kért|kér|{PAST} ahhoz|az|PRON|Case=All , "
                "hogy jöjjön|jön|VERB .")
    assert speakers(a) == ["Balog Zoltán"]
    a = analyse(f"[Nagy Péter]PER felállt|feláll|{PAST} , a terem|terem|NOUN|Case=Acc "
                f"elhagyta|elhagy|{PAST} , majd|majd|ADV elmondta|elmond|{PAST} , hogy "
                "nem|nem|ADV támogatja|támogat|VERB .")
    assert speakers(a) == [None]  # another verb between: its subject may be someone else
    a = analyse(f"[Nagy Péter]PER felszólalt|felszólal|{PAST} , mindenki|mindenki|PRON "
                "csendben|csend|NOUN|Case=Ine , majd|majd|ADV "
                f"elmondta|elmond|{PAST} , hogy nem|nem|ADV támogatja|támogat|VERB .")
    assert speakers(a) == [None]  # a pronoun in the nominative between: maybe the subject
    a = analyse("[Balog Zoltán]PER a videóban|videó|NOUN|Case=Ine imádkozott|imádkozik|VERB "
                "a [Fideszért|Fidesz|PROPN|Case=Cau]ORG , "
                f"majd|majd|ADV erőt|erő|NOUN|Case=Acc kért|kér|{PAST} ahhoz|az|PRON|Case=All , "
                "hogy jöjjön|jön|VERB .")
    assert speakers(a) == [None]  # prayed for the party: who asked is not certain
    a = analyse("[Szekeres Ilona]PER kérdezett|kérdez|VERB , a polgármester|polgármester|NOUN "
                f"pedig|pedig|CCONJ elmondta|elmond|{PAST} , hogy jövőre|jövő|NOUN|Case=Sub "
                "kezdődik|kezdődik|VERB .")
    assert speakers(a) == [None]  # another subject, turned to: not the one named before it
    a = analyse("[Szekeres Ilona]PER kérdezett|kérdez|VERB , az|az|PRON "
                f"elutasította|elutasít|{PAST} , és közölte|közöl|{PAST} , hogy jövőre|jövő|NOUN|"
                "Case=Sub kezdődik|kezdődik|VERB .")
    assert speakers(a) == [None]  # a pronoun as another clause's subject between
    a = analyse("Arra|az|PRON|Case=Sub a kérdésre|kérdés|NOUN|Case=Sub , hogy [Kiss Béla]PER "
                f"javasolta-e|javasol|{PAST} , azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy "
                "nem|nem|ADV .")
    assert speakers(a) == [None]


def test_a_description_never_re_names_a_person_quoted_or_listed() -> None:
    """'„Elment, mint Tordai Zádor is.” – magyarázta a szerkesztő': a name inside the quote is
    what is said, and one of a list of people ('köztük Tordai Zádor, Bodor Ádám') is not the
    one the description stands for."""
    plural = "VERB|VerbForm=Fin|Person=3|Number=Plur"
    for before, quoted in (
        (f"Sokan|sok|NOUN elmentek|elmegy|{plural} , köztük|köztük|ADV [Tordai Zádor]PER , "
         "[Bodor Ádám]PER .", "[Zádor]PER"),
        (f"Sokan|sok|NOUN elmentek|elmegy|{plural} .", "[Tordai Zádor]PER"),
    ):
        a = analyse(before, f"„ Elment|elmegy|{PAST} , mint|mint|SCONJ {quoted} is|is|ADV . ” "
                    f"– magyarázta|magyaráz|{PAST} a szerkesztő|szerkesztő|NOUN .")
        assert speakers(a) == [None]


def test_a_description_after_pedig_or_azonban_is_left_open() -> None:
    """'X kérdezett, a polgármester pedig elmondta': not X, and open; 'Orbán Viktor nem
    reagált, a miniszterelnök azonban közölte' may go on with him, but a description set against
    what came before by 'azonban' is as often someone else ('Tegnap a szakértő azonban …'):
    open (the twenty-first session's reviews); a description after a list of people ('Kiss Anna
    és Tóth Béla is hozzászólt. A képviselő …') is no one in particular."""
    for word, want in (("pedig|pedig|CCONJ", None), ("azonban|azonban|CCONJ", None)):
        a = analyse(f"[Orbán Viktor]PER nem|nem|ADV reagált|reagál|{PAST} , a "
                    f"miniszterelnök|miniszterelnök|NOUN {word} közölte|közöl|{PAST} , hogy "
                    "baj|baj|NOUN van|van|VERB .")
        assert speakers(a) == [want]
    a = analyse(f"[Szalai Péter]PER felszólalt|felszólal|{PAST} .",
                "Utána|utána|ADV [Kiss Anna]PER és [Tóth Béla]PER is|is|ADV "
                f"hozzászólt|hozzászól|{PAST} .",
                f"A képviselő|képviselő|NOUN úgy|úgy|ADV fogalmazott|fogalmaz|{PAST} , hogy "
                "baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == [None]
    a = analyse(f"[Szalai Péter]PER felszólalt|felszólal|{PAST} , utána|utána|ADV [Kiss Anna]PER "
                f"és [Tóth Béla]PER is|is|ADV hozzászólt|hozzászól|{PAST} .",
                f"A képviselő|képviselő|NOUN úgy|úgy|ADV fogalmazott|fogalmaz|{PAST} , hogy "
                "baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == [None]  # nor the one named before the list in the passage



def test_o_stays_open_where_the_sentence_before_names_someone_else() -> None:
    """'Nagy Ferenc bírálja a vezetést. Amikor Tóth Évát kinevezték, ő azt mondta …': either of
    them; 'Megkérdeztük Nagy Béláról, ő …': the one asked about is not who answers."""
    a = analyse(f"[Nagy Ferenc]PER bírálja|bírál|{PAST} a vezetést|vezetés|NOUN|Case=Acc .",
                "Amikor|amikor|SCONJ [Tóth Évát|Éva|PROPN|Case=Acc]PER "
                "kinevezték|kinevez|VERB|VerbForm=Fin|Person=3|Number=Plur , ő|ő|PRON "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy rossz|rossz|ADJ .")
    assert speakers(a)[-1] is None
    a = analyse("¶ Megkérdeztük|megkérdez|VERB|VerbForm=Fin|Mood=Ind|Person=1|Number=Plur "
                "[Nagy Béláról|Béla|PROPN|Case=Del]PER is|is|ADV , ő|ő|PRON "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy tart|tart|VERB .")
    assert speakers(a) == [None]



def test_a_view_after_a_sentence_without_claims_is_its_subjects() -> None:
    """'X azt mondta, hogy … Y élesen fogalmazott. Szerinte …': with no claim in the sentence
    before, which tells that one person spoke, that person holds the view, not the speaker of
    the claim before it. Not where that sentence only tells what happened to someone (a
    victim's, an accused's view it does not say), nor where they did not speak ('nem
    válaszolt'); a word the tagger alone took for a name, once, is no one."""
    def view_after(sentence: str) -> str | None:
        a = analyse(_said("Kovács Péter"), "A vita|vita|NOUN hosszú|hosszú|ADJ volt|van|VERB .",
                    sentence, "Szerinte|szerinte|ADV a terv|terv|NOUN jó|jó|ADJ .")
        return speakers(a)[-1]

    assert view_after(f"[Nagy Éva]PER élesen|éles|ADV fogalmazott|fogalmaz|{PAST} .") == (
        "Nagy Éva")
    assert view_after(f"[Nagy Éva]PER kórházba|kórház|NOUN|Case=Ill került|kerül|{PAST} .") is None
    assert view_after(f"[Nagy Éva]PER eddig|eddig|ADV nem|nem|ADV "
                      f"válaszolt|válaszol|{PAST} .") is None
    assert view_after(f"[Ezzela]PER élesen|éles|ADV fogalmazott|fogalmaz|{PAST} .") is None


def test_a_claim_told_inside_a_szerint_claim_does_not_go_on() -> None:
    """'Kovács szerint a minisztérium megígérte, hogy … ¶ „…” – mondta.': the ministry's promise
    is told inside Kovács's words; the quote that follows is Kovács's."""
    a = analyse(f"[Kovács Péter]PER szerint a [Belügyminisztérium]ORG azt|az|PRON|Case=Acc "
                f"is|is|ADV megígérte|megígér|{PAST} , hogy|hogy|SCONJ "
                "válaszolnak|válaszol|VERB .",
                f"¶ „ Bízunk|bízik|VERB a válaszban|válasz|NOUN|Case=Ine . ” – "
                f"mondta|mond|{PAST} .")
    assert speakers(a)[-1] == "Kovács Péter"


def test_an_outlet_retelling_a_claim_does_not_take_the_quote_after() -> None:
    """'A Reuters szerint X azt mondta, hogy … ¶ „…” – mondta.': the agency retells X's words,
    and the quote after them is X's."""
    a = analyse(f"A [Reuters]ORG szerint [Kovács Péter]PER azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ válaszolnak|válaszol|VERB .",
                f"¶ „ Bízunk|bízik|VERB a válaszban|válasz|NOUN|Case=Ine . ” – "
                f"mondta|mond|{PAST} .")
    assert speakers(a)[-1] == "Kovács Péter"


def test_a_claim_told_by_someone_the_article_does_not_name_does_not_go_on() -> None:
    """'A Fidesz szóvivője szerint a Tisza azt állítja, hogy … „Ez nevetséges” – mondta.': the
    one who tells the party's claim speaks on, and the article does not name them: open, not
    the party; after 'Kormányzati tisztviselők szerint X azt mondta …' (several, who retell X)
    X's words go on."""
    quote = f"„ Ez|ez|PRON nevetséges|nevetséges|ADJ . ” – mondta|mond|{PAST} ."
    a = analyse("A [Fidesz]ORG szóvivője|szóvivő|NOUN|Person[psor]=3 szerint a [Tisza]ORG "
                f"azt|az|PRON|Case=Acc állítja|állít|{PAST} , hogy|hogy|SCONJ "
                "nincs|nincs|VERB pénz|pénz|NOUN .", quote)
    assert speakers(a)[-1] is None
    b = analyse("Kormányzati|kormányzati|ADJ tisztviselők|tisztviselő|NOUN|Number=Plur szerint "
                f"[Rogán Antal]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "folytatják|folytat|VERB .", quote)
    assert speakers(b)[-1] == "Rogán Antal"


def test_a_subjectless_cue_opening_anothers_words_is_told_by_them() -> None:
    """'X azt állítja, hogy figyelmeztették: A.': what was said to X, by no one named, is X's
    claim: the outer claim stays whole, with its cue and speaker, and no inner one."""
    a = analyse("[Nagy Ádám]PER geográfus|geográfus|NOUN .",
                f"[Nagy]PER azt|az|PRON|Case=Acc állítja|állít|{PAST} , hogy|hogy|SCONJ "
                f"figyelmeztették|figyelmeztet|{PLURAL} : nem|nem|ADV érdemes|érdemes|ADJ "
                "perelnie|perel|VERB|VerbForm=Inf .")
    assert speakers(a) == ["Nagy Ádám"]
    assert a.claims[0].cue.text == "állítja"
    assert a.claims[0].content.text.startswith("figyelmeztették")


def test_a_paragraph_opening_with_a_subjectless_cue_goes_on_with_the_last_ones_subject() -> None:
    """'Y nem így tett. ¶ Azt írta, hogy B.': the person the paragraph before ended on as a
    subject writes, where no one spoke before. Not after someone else's claim ('A szóvivő
    közölte … ¶ Nagy Béla életét vesztette. ¶ Mint mondta': the victim, the suspect, the one
    criticised), not where that paragraph names another person too, not a body ('A Fidesz
    hallgatott.'), not for a cue that adds to what was said ('Azt is mondta', 'Hozzátette')."""
    wrote = f"¶ Azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ ."
    quiet = "[Nagy Ádám]PER nem|nem|ADV így|így|ADV tett|tesz|VERB ."
    a = analyse("Az ügy|ügy|NOUN régi|régi|ADJ .", f"¶ {quiet}", wrote)
    assert speakers(a) == ["Nagy Ádám"]
    a = analyse(_said("Kovács Péter"), f"¶ {quiet}", wrote)
    assert speakers(a) == ["Kovács Péter", None]
    a = analyse(f"[Kiss Éva]PER is|is|ADV ott|ott|ADV volt|van|{PAST} .", quiet, wrote)
    assert speakers(a) == [None]
    for adds in ("Azt|az|PRON|Case=Acc is|is|ADV mondta|mond", "Hozzátette|hozzátesz"):
        a = analyse(quiet, f"¶ {adds}|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ .")
        assert speakers(a) == [None]  # adds to words said before
    a = analyse("A [Fidesz]ORG hallgatott|hallgat|VERB .", wrote)
    assert speakers(a) == [None]
