"""Who said it on press the rules had never seen (ten more real articles, docs/annotation.md):
each test one general construction on hand-built Docs, never a sentence copied from the set.
Most guard against a wrong named speaker; a speaker left unresolved is better than a wrong one."""

from __future__ import annotations

import pytest
from handdoc import analyse

from reader.types import Analysis

PAST = "VERB|VerbForm=Fin|Mood=Ind|Person=3"
PSOR = "Case=Nom|Person[psor]=3"


def speakers(a: Analysis) -> list[str | None]:
    names = {x.id: x.name for x in a.actors}
    return [names.get(c.source.actor) if c.source and c.source.actor else None for c in a.claims]


def test_the_author_of_a_post_speaks_for_a_verb_without_subject() -> None:
    """'X bejegyzésében Y-t ... nevezte': X's post, so X called Y so (the lemmatiser may leave
    the possessed document noun whole)."""
    a = analyse(f"[Karácsony Gergely]PER bejegyzésében|bejegyzésében|NOUN|Case=Ine|Person[psor]=3 "
                "[Nádasdyt|Nádasdy|PROPN|Case=Acc]PER szabad|szabad|ADJ "
                f"embernek|ember|NOUN|Case=Dat nevezte|nevez|{PAST} .")
    assert speakers(a) == ["Karácsony Gergely"]


def test_the_author_of_a_letter_named_as_its_possessor_speaks() -> None:
    """'X levelében azt írta, hogy': the name before the letter is who wrote it."""
    a = analyse(f"[Orbán Viktor]PER levelében|levél|NOUN|Case=Ine|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ a [Fidesz]ORG "
                "kilép|kilép|VERB .")
    assert speakers(a) == ["Orbán Viktor"]


def test_a_show_is_not_the_speaker_of_its_guest() -> None:
    """'Az ATV műsorában azt mondta': the guest speaks, never the channel."""
    a = analyse("¶ Az [ATV]ORG műsorában|műsor|NOUN|Case=Ine|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) == [None]


def test_an_anonymous_source_is_never_the_person_named_before() -> None:
    """'A Novák oldaláról ismerő forrás szerint', 'A forrás szerint': a source kept unnamed, not
    the person named inside the phrase or quoted before."""
    a = analyse(f"[Novák Katalin]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "lemond|lemond|VERB .",
                "A [Novák]PER oldaláról|oldal|NOUN|Case=Ela|Person[psor]=3 ismerő|ismerő|ADJ "
                "forrás|forrás|NOUN szerint ez|ez|PRON biztos|biztos|ADJ .",
                "A forrás|forrás|NOUN szerint ez|ez|PRON is|is|ADV igaz|igaz|ADJ .")
    assert speakers(a) == ["Novák Katalin", None, None]


def test_the_new_holder_of_a_role_is_not_the_one_the_article_gave_it_before() -> None:
    """'X polgármester kikapott. Az új polgármester szerint': not X."""
    a = analyse("[Horváth Csaba]PER polgármester|polgármester|NOUN kikapott|kikap|VERB .",
                "Az új|új|ADJ polgármester|polgármester|NOUN szerint jó|jó|ADJ lesz|van|VERB .")
    assert speakers(a) == [None]


def test_a_party_adjective_picks_the_person_the_article_calls_so() -> None:
    """'A momentumos X ... Y polgármester ... A momentumos polgármester szerint': X, not Y."""
    a = analyse("A momentumos|momentumos|ADJ [Rózsa András]PER nyert|nyer|VERB , a "
                "[Momentum]ORG örült|örül|VERB .",
                "[Horváth Csaba]PER polgármester|polgármester|NOUN kikapott|kikap|VERB .",
                "A momentumos|momentumos|ADJ polgármester|polgármester|NOUN szerint "
                "jó|jó|ADJ lesz|van|VERB .")
    assert speakers(a) == ["Rózsa András"]


def test_a_party_adjective_no_one_is_called_leaves_the_speaker_open() -> None:
    """'A fideszes politikus' with no person called 'fideszes': not the nearest person."""
    a = analyse("[Kiss Béla]PER beszélt|beszél|VERB , a [Fidesz]ORG hallgatott|hallgat|VERB .",
                "A fideszes|fideszes|ADJ politikus|politikus|NOUN szerint jó|jó|ADJ "
                "lesz|van|VERB .")
    assert speakers(a) == [None]


def test_a_title_between_a_name_and_a_possessed_role_keeps_the_name_the_owner() -> None:
    """'X egykori elnök sajtófőnöke szerint': X's press chief speaks, not X."""
    a = analyse("[Áder János]PER egykori|egykori|ADJ elnök|elnök|NOUN "
                f"sajtófőnöke|sajtófőnök|NOUN|{PSOR} szerint baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == [None]


def test_a_bodys_leader_is_not_a_person_whose_title_only_ends_alike() -> None:
    """'Y műsorvezető' is a show's host; 'a Z Központ vezetője' is not Y."""
    a = analyse("[Gulyás Márton]PER műsorvezető|műsorvezető|NOUN kérdezett|kérdez|VERB .",
                f"A [Diákhitel Központ]ORG vezetője|vezető|NOUN|{PSOR} szerint baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) == [None]


def _interview(people: list[str]) -> list[str]:
    """One 'X azt mondja, hogy ...' sentence per name, then another person talked about, then a
    subjectless 'Szerinte ...'."""
    said = [f"[{p}]PER azt|az|PRON|Case=Acc mondja|mond|{PAST} , hogy|hogy|SCONJ "
            f"baj|baj|NOUN van|van|VERB ." for p in people]
    return [*said, "[Rogán Antal]PER mindent|minden|PRON|Case=Acc irányít|irányít|VERB .",
            "Szerinte|szerinte|ADP ez|ez|PRON nagy|nagy|ADJ hiba|hiba|NOUN ."]


def test_a_retold_interview_keeps_its_speaker_past_the_people_he_talks_about() -> None:
    """An article that is one person's words: 'Szerinte' after he spoke about someone else is
    still his, marked as a continuation (unsure)."""
    a = analyse(*_interview(["Magyar Péter"] * 5))
    assert speakers(a)[-1] == "Magyar Péter"
    assert a.claims[-1].speaker_basis == "continuation"


def test_without_one_main_speaker_a_subjectless_cue_after_another_name_stays_open() -> None:
    """Three speakers quoted alike: 'Szerinte' after another person is named is nobody's."""
    a = analyse(*_interview(["Magyar Péter", "Kiss Anna", "Nagy Béla"] * 2))
    assert speakers(a)[-1] is None


def test_talking_about_that_reports_what_was_said_but_talking_about_how_does_not() -> None:
    """'X arról beszélt, hogy ...' is a claim; 'arról beszélt, hogyan ...' names a topic."""
    said = analyse(f"[Kiss Anna]PER arról|az|PRON|Case=Del beszélt|beszél|{PAST} , hogy|hogy|SCONJ "
                   "nem|nem|ADV lesz|van|VERB tisztogatás|tisztogatás|NOUN .")
    assert [(c.cue.text, c.content.text) for c in said.claims] == [
        ("beszélt", "nem lesz tisztogatás")]
    assert speakers(said) == ["Kiss Anna"]
    topic = analyse(f"[Kiss Anna]PER arról|az|PRON|Case=Del beszélt|beszél|{PAST} , "
                    "hogyan|hogyan|ADV élt|él|VERB a börtönben|börtön|NOUN|Case=Ine .")
    assert topic.claims == ()
    alone = analyse(f"[Kiss Anna]PER sokat|sok|ADV beszélt|beszél|{PAST} , de|de|CCONJ "
                    "nem|nem|ADV mondott|mond|VERB semmit|semmi|PRON|Case=Acc .")
    assert alone.claims == ()


def test_a_quote_its_attribution_interrupts_is_two_claims_of_one_speaker() -> None:
    """'„A – mondta X. – B”': B goes on with X's words up to the closing mark; a quote closed
    before its attribution has no second part."""
    a = analyse("„ A|a|DET Föld|föld|NOUN véges|véges|ADJ – "
                f"mondta|mond|{PAST} [Pacher Tibor]PER . – A|a|DET víz|víz|NOUN "
                "fontos|fontos|ADJ . Ezt|ez|PRON|Case=Acc keressük|keres|VERB . ”")
    assert [c.content.text for c in a.claims][1:] == ["A víz fontos. Ezt keressük"]
    assert speakers(a) == ["Pacher Tibor", "Pacher Tibor"]
    closed = analyse("„ A|a|DET Föld|föld|NOUN véges|véges|ADJ ” – "
                     f"mondta|mond|{PAST} [Pacher Tibor]PER . – A|a|DET víz|víz|NOUN "
                     "fontos|fontos|ADJ .")
    assert len(closed.claims) == 1


def test_a_role_does_not_overrule_the_person_just_quoted() -> None:
    """'X elemző ... Y azt mondta ... Az elemző szerint': the article called X the analyst, but Y
    was speaking; the role does not decide between them, and the person last quoted goes on
    (basis description, shown unsure), never X."""
    a = analyse("[Zsiday Viktor]PER elemző|elemző|NOUN is|is|ADV ott|ott|ADV volt|van|VERB .",
                f"[Bíró-Nagy András]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                "A forint|forint|NOUN gyengült|gyengül|VERB .",
                "Az elemző|elemző|NOUN szerint ez|ez|PRON nagy|nagy|ADJ baj|baj|NOUN .")
    assert speakers(a) == ["Bíró-Nagy András", "Bíró-Nagy András"]
    assert a.claims[1].speaker_basis == "description"


@pytest.mark.parametrize("between, resolved", [(0, True), (1, True), (3, False)])
def test_a_description_names_someone_named_after_it_only_close_by(between, resolved) -> None:
    """'Az elemző szerint …' in a lead, then 'Zsiday Viktor elemző …' in one of the next two
    sentences: the lead told his words. Named only further on, the analyst may be anyone the
    article quotes later (the lead may sum up another's words): open (LATER_NAMING_REACH)."""
    filler = "A forint|forint|NOUN gyengült|gyengül|VERB ."
    a = analyse("Az elemző|elemző|NOUN szerint ez|ez|PRON nagy|nagy|ADJ baj|baj|NOUN .",
                *([filler] * between),
                "[Zsiday Viktor]PER elemző|elemző|NOUN is|is|ADV ott|ott|ADV volt|van|VERB .")
    assert speakers(a) == (["Zsiday Viktor"] if resolved else [None])


def test_a_parenthetical_cue_between_commas_attributes_the_clause_before() -> None:
    """'A, mondja X, de B.' and 'A, mondja, B.': the clause before the comma is X's, and a clause
    with a finite verb after the second comma is X's next claim (rule inverted_tail)."""
    a = analyse(f"[Magyar Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                "Ez|ez|PRON egy|egy|DET hiba|hiba|NOUN volt|van|VERB , "
                f"mondja|mond|{PAST} [Magyar]PER , de|de|CCONJ javítható|javítható|ADJ .",
                "Felfújt|felfújt|ADJ dolog|dolog|NOUN volt|van|VERB , "
                f"mondja|mond|{PAST} , máshol|máshol|ADV is|is|ADV használták|használ|VERB .")
    assert [c.content.text for c in a.claims] == [
        "baj van", "Ez egy hiba volt", "Felfújt dolog volt", "máshol is használták"]
    assert speakers(a) == ["Magyar Péter"] * 4
    assert a.claims[3].rule == "inverted_tail"
    apposition = analyse("[Kovács Péter]PER , a párt|párt|NOUN elnöke|elnök|NOUN|Case=Nom|"
                         f"Person[psor]=3 , tagadta|tagad|{PAST} a vádakat|vád|NOUN|Case=Acc .")
    assert [c.rule for c in apposition.claims] != ["inverted"]


def test_what_someone_did_not_talk_about_is_no_claim() -> None:
    """'X nem beszélt arról, hogy ...': nothing was said."""
    a = analyse(f"[Kiss Anna]PER nem|nem|ADV beszélt|beszél|{PAST} arról|az|PRON|Case=Del , "
                "hogy|hogy|SCONJ ez|ez|PRON rendben|rend|NOUN|Case=Ine van|van|VERB .")
    assert a.claims == ()


def test_a_thing_named_between_does_not_take_over_a_persons_speech() -> None:
    """'X azt mondta, ... A Pegasus egy eszköz. Felfújt dolog volt – mondja.': X goes on."""
    a = analyse(f"[Magyar Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                "A [Pegasus]ORG egy|egy|DET eszköz|eszköz|NOUN volt|van|VERB .",
                f"Felfújt|felfújt|ADJ dolog|dolog|NOUN volt|van|VERB – mondja|mond|{PAST} .")
    assert speakers(a)[-1] != "Pegasus"


def test_what_x_szerint_reports_stops_where_the_writer_objects() -> None:
    """'X szerint A, holott B': B is the writer's rebuttal, not X's claim."""
    a = analyse("[Sulyok]PER szerint apja|apa|NOUN|Person[psor]=3 bujkált|bujkál|VERB , "
                "holott|holott|SCONJ otthon|otthon|ADV élt|él|VERB .")
    assert [c.content.text for c in a.claims] == ["apja bujkált"]


def test_what_any_claim_reports_stops_where_the_writer_objects() -> None:
    """'X azt állította, hogy A, holott B', 'X azt írta, hogy A – valójában B': B is the
    writer's; 'valójában' after a comma may be the speaker's own word and stays in."""
    a = analyse(f"[Wass Albert]PER azt|az|PRON|Case=Acc állította|állít|{PAST} , hogy|hogy|SCONJ "
                "segédtiszt|segédtiszt|NOUN volt|van|VERB , holott|holott|SCONJ "
                "híradós|híradós|NOUN volt|van|VERB .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ "
                "lovas|lovas|NOUN volt|van|VERB – valójában|valójában|ADV "
                "gyalogos|gyalogos|NOUN volt|van|VERB .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "nincs|nincs|VERB baj|baj|NOUN , valójában|valójában|ADV jó|jó|ADJ "
                "minden|minden|PRON .")
    assert [c.content.text for c in a.claims] == [
        "segédtiszt volt", "lovas volt", "nincs baj, valójában jó minden"]


def test_what_a_claim_reports_stops_where_the_writer_tells_what_happened_next() -> None:
    """'X bejelentette, hogy A, miután B', '…, majd B', '…, ám B': B is the writer's story."""
    a = analyse(f"[Kiss Anna]PER bejelentette|bejelent|{PAST} , hogy|hogy|SCONJ "
                "visszavonul|visszavonul|VERB , miután|miután|SCONJ kiderült|kiderül|VERB "
                "a titok|titok|NOUN .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "nincs|nincs|VERB baj|baj|NOUN , majd|majd|ADV hazament|hazamegy|VERB .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ "
                "hős|hős|NOUN volt|van|VERB , ám|ám|CCONJ nyoma|nyom|NOUN nincs|nincs|VERB .")
    assert [c.content.text for c in a.claims] == ["visszavonul", "nincs baj", "hős volt"]


def test_a_converb_shares_the_subject_of_the_verb_it_hangs_on() -> None:
    """'„...” – fogalmazott X, hozzátéve: ...' is X's; 'Y gratulált neki, hozzátéve, hogy ...'
    is Y's, whoever spoke before."""
    a = analyse(f"„ Jó|jó|ADJ lesz|van|VERB ” – fogalmazott|fogalmaz|{PAST} [Rózsa András]PER , "
                "hozzátéve|hozzátéve|ADV|VerbForm=Conv : olcsó|olcsó|ADJ lesz|van|VERB .")
    assert [(c.cue.text, c.content.text) for c in a.claims][1] == ("hozzátéve", "olcsó lesz")
    assert speakers(a) == ["Rózsa András", "Rózsa András"]
    b = analyse(f"[Magyar Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                f"[Rogán Antal]PER gratulált|gratulál|{PAST} neki|ő|PRON|Case=Dat , "
                "hozzátéve|hozzátéve|ADV|VerbForm=Conv , hogy|hogy|SCONJ neki|ő|PRON|Case=Dat "
                "nem|nem|ADV sikerült|sikerül|VERB .")
    assert speakers(b) == ["Magyar Péter", "Rogán Antal"]


def test_the_name_whose_document_is_talked_about_is_not_the_speaker() -> None:
    """'X beszédéről azt mondta', 'X leveléből azt emelte ki': about X's speech, from X's letter;
    someone else speaks (here the person who reacted before), never X."""
    for noun in ("beszédéről|beszéd|NOUN|Case=Del", "leveléből|levél|NOUN|Case=Ela"):
        a = analyse(f"[Karácsony Gergely]PER is|is|ADV reagált|reagál|{PAST} .",
                    f"[Orbán Viktor]PER {noun}|Person[psor]=3 azt|az|PRON|Case=Acc "
                    f"mondta|mond|{PAST} , hogy|hogy|SCONJ hazug|hazug|ADJ .")
        assert "Orbán Viktor" not in speakers(a)


def test_the_addressee_of_a_letter_is_not_its_author() -> None:
    """'X-nek írt levelében azt írta' (the tagger reads the participle 'írt' as a finite verb):
    X got the letter; X did not write it."""
    a = analyse(f"[Karácsony Gergely]PER is|is|ADV reagált|reagál|{PAST} .",
                f"[Orbán Viktornak|Viktor|PROPN|Case=Dat]PER írt|ír|{PAST} "
                "levelében|levél|NOUN|Case=Ine|Person[psor]=3 azt|az|PRON|Case=Acc "
                f"írta|ír|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert "Orbán Viktor" not in speakers(a)


def test_a_party_adjective_after_another_name_makes_the_description_ambiguous() -> None:
    """'a fideszes X ... Y fideszes képviselő azt mondta ... A fideszes képviselő szerint': the
    article calls both so; the description is never X for certain."""
    a = analyse("A fideszes|fideszes|ADJ [Kósa Lajos]PER nem|nem|ADV szólalt|szólal|VERB "
                "meg|meg|ADV , a [Fidesz]ORG hallgatott|hallgat|VERB .",
                "[Hende Csaba]PER fideszes|fideszes|ADJ képviselő|képviselő|NOUN "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .",
                "A fideszes|fideszes|ADJ képviselő|képviselő|NOUN szerint ez|ez|PRON "
                "nagy|nagy|ADJ hiba|hiba|NOUN .")
    assert speakers(a)[-1] != "Kósa Lajos"


def test_a_negation_that_modifies_something_else_keeps_the_claim() -> None:
    """'nem csak arról beszélt, hogy', 'nem véletlenül beszélt arról, hogy': something was said;
    'nem is beszélt arról, hogy' stays nothing."""
    for words in ("nem|nem|ADV csak|csak|ADV arról|az|PRON|Case=Del beszélt|beszél|" + PAST,
                  "nem|nem|ADV véletlenül|véletlenül|ADV beszélt|beszél|" + PAST
                  + " arról|az|PRON|Case=Del"):
        a = analyse(f"[Kiss Anna]PER {words} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
        assert [c.content.text for c in a.claims] == ["baj van"]
    a = analyse(f"[Kiss Anna]PER nem|nem|ADV is|is|ADV beszélt|beszél|{PAST} "
                "arról|az|PRON|Case=Del , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert a.claims == ()


def test_a_request_after_a_condition_is_no_claim() -> None:
    """'Ha kérdése van, mondja el, segítünk': 'mondja el' asks (the tagger reads it indicative);
    the condition before it is nobody's claim, least of all the last speaker's."""
    a = analyse(f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                "Ha|ha|SCONJ kérdése|kérdés|NOUN|Person[psor]=3 van|van|VERB , "
                f"mondja|mond|{PAST} el|el|ADV , segítünk|segít|VERB .")
    assert [c.content.text for c in a.claims] == ["baj van"]


def test_a_retold_interview_does_not_lend_its_speaker_to_someone_who_took_the_floor() -> None:
    """After one person's many claims, 'Az ügyvédje is ott volt. Szerinte ...' is the lawyer's
    and 'Rogán Antal is reagált. Szerinte ...' is Rogán's: never the main speaker."""
    said = _interview(["Magyar Péter"] * 5)[:-2]
    szerinte = "Szerinte|szerinte|ADP ez|ez|PRON nagy|nagy|ADJ hiba|hiba|NOUN ."
    for between in (f"[Rogán Antal]PER ügyvédje|ügyvéd|NOUN|{PSOR} is|is|ADV ott|ott|ADV "
                    "volt|van|VERB .",
                    f"[Rogán Antal]PER is|is|ADV reagált|reagál|{PAST} ."):
        a = analyse(*said, "A forint|forint|NOUN gyengült|gyengül|VERB .", between, szerinte)
        assert speakers(a)[-1] != "Magyar Péter"


def test_an_office_the_article_gave_someone_else_does_not_go_to_the_last_speaker() -> None:
    """'Varga Mihály pénzügyminiszter ... Kiss Anna azt mondta ... A pénzügyminiszter szerint':
    the office is Varga's; it may re-name him, never Kiss Anna, who holds no such office (a
    generic role, 'az elemző', still goes on with the last speaker)."""
    a = analyse("[Varga Mihály]PER pénzügyminiszter|pénzügyminiszter|NOUN is|is|ADV ott|ott|ADV "
                "volt|van|VERB .",
                f"[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                "A forint|forint|NOUN gyengült|gyengül|VERB .",
                "A pénzügyminiszter|pénzügyminiszter|NOUN szerint ez|ez|PRON nagy|nagy|ADJ "
                "baj|baj|NOUN .")
    assert speakers(a)[-1] != "Kiss Anna"


def test_a_party_adjective_does_not_overrule_the_person_just_quoted() -> None:
    """'A fideszes X' early on, then 'Y, a Fidesz képviselője azt mondta ... A fideszes politikus
    szerint': the article may mean Y as well as X; never X for certain, nor the last speaker by
    history alone (another party's speaker would be as near)."""
    a = analyse("A fideszes|fideszes|ADJ [Kósa Lajos]PER nem|nem|ADV szólalt|szólal|VERB "
                "meg|meg|ADV .",
                f"¶ [Hende Csaba]PER , a [Fidesz]ORG képviselője|képviselő|NOUN|{PSOR} "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .",
                "A fideszes|fideszes|ADJ politikus|politikus|NOUN szerint ez|ez|PRON "
                "nagy|nagy|ADJ hiba|hiba|NOUN .")
    assert speakers(a) == ["Hende Csaba", None]


def test_talking_about_that_and_a_question_only_names_a_topic() -> None:
    """'arról beszélt, hogy miért nem lép vissza' is 'arról beszélt, miért ...': a topic, no
    claim; 'hogy mi, magyarok ...' keeps its claim ('mi' is also 'we')."""
    topic = analyse(f"[Kiss Anna]PER arról|az|PRON|Case=Del beszélt|beszél|{PAST} , "
                    "hogy|hogy|SCONJ miért|miért|ADV nem|nem|ADV lép|lép|VERB vissza|vissza|ADV .")
    assert topic.claims == ()
    we = analyse(f"[Kiss Anna]PER arról|az|PRON|Case=Del beszélt|beszél|{PAST} , "
                 "hogy|hogy|SCONJ mi|mi|PRON , magyarok|magyar|NOUN sokat|sok|ADV "
                 "dolgozunk|dolgozik|VERB .")
    assert [c.content.text for c in we.claims] == ["mi, magyarok sokat dolgozunk"]


def test_a_negation_of_the_manner_still_means_nothing_was_said() -> None:
    """'nem szívesen beszélt arról, hogy ...': he did not like to talk about it; no claim."""
    a = analyse(f"[Kiss Anna]PER nem|nem|ADV szívesen|szívesen|ADV beszélt|beszél|{PAST} "
                "arról|az|PRON|Case=Del , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert a.claims == ()


def test_an_interview_answer_labelled_with_dotted_initials_is_the_interviewees() -> None:
    """'K. P.: …' opening a line, the recogniser having found no name in it, is the answer of
    the one person whose initials those are (a Hungarian digraph is one initial: 'Sz. Gy.')."""
    a = analyse("[Krekó Péter]PER és [Szabó Gyula]PER beszélt|beszél|VERB . ¶",
                "hvg.hu : Mi|mi|PRON lesz|van|VERB ? ¶",
                "K. P. : Semmi|semmi|PRON jó|jó|ADJ nem|nem|ADV lesz|van|VERB . ¶",
                "Sz. Gy. : Majd|majd|ADV meglátjuk|lát|VERB . ¶")
    assert speakers(a) == ["Krekó Péter", "Szabó Gyula"]


def test_who_after_a_name_and_its_title_is_that_person() -> None:
    """'X miniszterelnök, aki azt mondta, hogy': the title between the name and ', aki' does not
    hide whom 'aki' (who) stands for."""
    a = analyse("Ekkor|ekkor|ADV szólalt|szólal|VERB meg|meg|ADV [Orbán Viktor]PER "
                "miniszterelnök|miniszterelnök|NOUN , aki|aki|PRON azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["Orbán Viktor"]


def test_who_after_a_clause_ending_in_its_verb_is_the_one_person_it_names() -> None:
    """'X szólalt fel, aki azt mondta, hogy': the clause before ', aki' ends in its verb, so
    'aki' is the one person it names in the nominative; with two such persons, nobody."""
    a = analyse(f"[Kapin Lilla]PER szólalt|szólal|{PAST} fel|fel|ADV , aki|aki|PRON "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) == ["Kapin Lilla"]
    b = analyse(f"[Kapin Lilla]PER és [Kiss Anna]PER szólalt|szólal|{PAST} fel|fel|ADV , "
                f"aki|aki|PRON azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .")
    assert speakers(b) == [None]


def test_he_is_the_one_person_the_sentence_names_before_him() -> None:
    """'X azt tekinti sikerének, hogy …, ahogy ő fogalmazott': with no claim before, 'ő' is the
    one person the sentence names in the nominative; with two, nobody (basis continuation:
    shown unsure)."""
    tail = (f"azt|az|PRON|Case=Acc tekinti|tekint|{PAST} sikerének|siker|NOUN|Case=Dat , "
            "hogy|hogy|SCONJ nem|nem|ADV , ahogy|ahogy|ADV ő|ő|PRON "
            f"fogalmazott|fogalmaz|{PAST} : „ senki|senki|PRON nem|nem|ADV "
            "kritizálhat|kritizál|VERB ” .")
    a = analyse("[Orbán]PER meg|meg|CCONJ " + tail)
    assert speakers(a) == ["Orbán"]
    assert [c.speaker_basis for c in a.claims] == ["continuation"]
    b = analyse("[Orbán]PER és [Merkel]PER " + tail)
    assert speakers(b) == [None]


def test_a_quote_that_follows_a_claim_with_no_cue_of_its_own_is_the_same_speakers() -> None:
    """'X szerint A. „B.”': the quote is a claim of X's too (basis continuation: unsure); a quote
    with its own attribution ('„C” – mondta Y.') or one that goes on as a sentence is not."""
    a = analyse("[Patakfalvy Anna]PER szerint a|a|DET múlt|múlt|NOUN fáj|fáj|VERB .",
                "„ Elismerjük|elismer|VERB|Person=1|Number=Plur a|a|DET bűnt|bűn|NOUN|Case=Acc . ”",
                "[Kiss Anna]PER szerint jó|jó|ADJ .",
                f"„ Nem|nem|ADV az|az|PRON . ” – mondta|mond|{PAST} [Nagy Béla]PER .")
    assert [(c.content.text, c.speaker_basis) for c in a.claims] == [
        ("a múlt fáj", "named"), ("Elismerjük a bűnt", "continuation"), ("jó", "named"),
        ("Nem az", "named")]
    assert speakers(a) == ["Patakfalvy Anna", "Patakfalvy Anna", "Kiss Anna", "Nagy Béla"]


def test_one_of_a_bodys_teachers_or_members_is_never_the_body() -> None:
    """'a Karinthy egyik pedagógusa beszélt', 'a párt egyik tagja szerint': a person of the
    school or the party speaks, not the body (nobody, when the article names no such person)."""
    a = analyse("A [Karinthy Gimnázium]ORG egyik|egyik|DET "
                f"pedagógusa|pedagógus|NOUN|{PSOR} arról|az|PRON|Case=Del "
                f"beszélt|beszél|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .",
                f"A [Fidesz]ORG egyik|egyik|DET tagja|tag|NOUN|{PSOR} szerint jó|jó|ADJ .")
    assert speakers(a) == [None, None]


def test_a_subordinate_clause_before_the_comma_holds_no_subject_of_the_main_verb() -> None:
    """'Hogy X püspöksége miért fontos, arról egy forrásunk azt mondta': the 'hogy' clause
    (its copula left out, so no verb in it) is not where the speaker stands."""
    a = analyse("Hogy|hogy|SCONJ [Balog]PER püspöksége|püspökség|NOUN|" + PSOR + " miért|miért|ADV "
                "fontos|fontos|ADJ , arról|az|PRON|Case=Del|PronType=Dem egy|egy|DET "
                "forrásunk|forrás|NOUN|Case=Nom|Person[psor]=1 azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , a|a|DET kormány|kormány|NOUN bukást|bukás|NOUN|Case=Acc "
                "akar|akar|VERB .")
    assert speakers(a) == [None]


def test_how_long_ago_is_never_the_subject_after_the_verb() -> None:
    """'Azt mondta három napja a rádióban a miniszterelnök:': 'három napja' (three days ago) is
    no speaker; the subject after it is ('a miniszterelnök', the one the article names so)."""
    a = analyse("[Orbán Viktor]PER miniszterelnök|miniszterelnök|NOUN beszélt|beszél|VERB .",
                f"Azt|az|PRON|Case=Acc mondta|mond|{PAST} három|három|NUM napja|nap|NOUN|{PSOR} "
                "a|a|DET rádióban|rádió|NOUN|Case=Ine a|a|DET miniszterelnök|miniszterelnök|NOUN "
                ": „ Nem|nem|ADV pótolhatók|pótolható|ADJ a|a|DET szüleink|szülő|NOUN . ”")
    assert [c.source.text if c.source else None for c in a.claims] == ["a miniszterelnök"]
    assert speakers(a) == ["Orbán Viktor"]


def test_szerinte_after_a_sentence_about_a_person_is_that_persons() -> None:
    """'X megszólalt a témában. Szerinte …' and 'X, az intézet kutatója, könyvek szerzője.
    Véleménye szerint …': with no claim before, the person the sentence before is about speaks
    (basis continuation); never a name inside that sentence's 'hogy' clause."""
    a = analyse(f"[Rácz András]PER megszólalt|megszólal|{PAST} a|a|DET "
                "témában|téma|NOUN|Case=Ine .",
                "Szerinte|szerinte|ADP ez|ez|PRON szokatlan|szokatlan|ADJ .")
    assert speakers(a) == ["Rácz András"]
    b = analyse("[Timothy Carney]PER , az|az|DET intézet|intézet|NOUN "
                f"kutatója|kutató|NOUN|{PSOR} , könyvek|könyv|NOUN szerzője|szerző|NOUN|{PSOR} .",
                f"Véleménye|vélemény|NOUN|{PSOR} szerint ez|ez|PRON siker|siker|NOUN .")
    assert speakers(b) == ["Timothy Carney"]
    c = analyse("Itt|itt|ADV arra|az|PRON|Case=Sub gondol|gondol|VERB , hogy|hogy|SCONJ "
                f"[Bayer Zsolt]PER beleszállt|beleszáll|{PAST} a|a|DET lapba|lap|NOUN|Case=Ill .",
                "Szerinte|szerinte|ADP ez|ez|PRON baj|baj|NOUN .")
    assert speakers(c) == [None, None]  # "arra gondol, hogy" is a claim of its own


def test_a_relative_clause_about_a_thing_shares_the_main_clauses_subject() -> None:
    """'X egy hozzászólást írt, melyben azt állította, hogy …': 'melyben' (in which) is about the
    comment; the clause has no subject of its own, and X, not the source before, speaks."""
    a = analyse("A lap|lap|NOUN szerint ez|ez|PRON hiba|hiba|NOUN .",
                f"[Tanács Zoltán]PER egy|egy|DET hozzászólást|hozzászólás|NOUN|Case=Acc "
                f"írt|ír|{PAST} , melyben|mely|PRON|Case=Ine azt|az|PRON|Case=Acc "
                f"állította|állít|{PAST} , hogy|hogy|SCONJ ez|ez|PRON bűn|bűn|NOUN .")
    assert speakers(a) == [None, "Tanács Zoltán"]
    # someone else's thing: the owner may be the one whose words it holds
    b = analyse(f"[Kovács Péter]PER megosztotta|megoszt|{PAST} [Tóth Anna]PER "
                f"videóját|videó|NOUN|Case=Acc|Person[psor]=3 , amelyben|amely|PRON|Case=Ine "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ ez|ez|PRON "
                "bűn|bűn|NOUN .")
    assert speakers(b) == [None]


def test_an_owner_of_a_place_after_an_inverted_cue_is_not_its_subject() -> None:
    """'„…” – mondja a fővárosi agglomeráció egyik településén Tamás': the phrase that owns the
    noun after it in a case no subject has ('településén', on its settlement) says where; the
    name after it speaks."""
    a = analyse(f"„ Ez|ez|PRON jó|jó|ADJ ” – mondja|mond|{PAST} a fővárosi|fővárosi|ADJ "
                "agglomeráció|agglomeráció|NOUN egyik|egyik|DET "
                "településén|település|NOUN|Case=Sup|Person[psor]=3 [Tamás]PER .")
    assert speakers(a) == ["Tamás"]


def test_no_subject_of_an_inverted_cue_after_a_converb_or_hogy() -> None:
    """'„…” – jelentette ki, hozzáfűzve, hogy a Duna …': what stands after the converb and its
    'hogy' is another clause; the place named there is not who declared."""
    a = analyse("„ Ez|ez|PRON szép|szép|ADJ ” – jelentette|jelent|VERB|VerbForm=Fin|Mood=Ind "
                "ki|ki|ADV , hozzáfűzve|hozzáfűz|VERB|VerbForm=Conv , hogy|hogy|SCONJ a "
                "[Duna]LOC fontos|fontos|ADJ .")
    assert "Duna" not in speakers(a)


def test_a_quote_that_closes_its_sentence_ends_the_search_for_a_subject() -> None:
    """'Szerinte a nyugatiak „… fizetnek.” Szibiha erre a következőket írta:': the quote's full
    stop ended a sentence, whatever the sentencizer made of it; the subject of 'írta' is after
    it."""
    a = analyse("Szerinte|szerinte|ADP a nyugatiak|nyugati|NOUN „ nyugodtan|nyugodtan|ADV "
                f"reggeliznek|reggelizik|{PAST} . ” [Szibiha]PER erre|erre|ADV a "
                f"következőket|következő|NOUN|Case=Acc írta|ír|{PAST} : „ Ez|ez|PRON "
                "rossz|rossz|ADJ . ”")
    assert speakers(a)[-1] == "Szibiha"


def test_the_new_head_of_a_body_is_not_a_head_named_before() -> None:
    """'A kerület új vezetője szerint': not the one the article called a leader before (nor a
    TV host, whose 'műsorvezető' is no 'vezető')."""
    from reader.analysis.roles import role_of

    a = analyse("[Tóth Csaba]PER , a|a|DET kerület|kerület|NOUN vezetője|vezető|NOUN|"
                f"{PSOR} kikapott|kikap|VERB .",
                f"A|a|DET kerület|kerület|NOUN új|új|ADJ vezetője|vezető|NOUN|{PSOR} szerint "
                "ez|ez|PRON jó|jó|ADJ .")
    assert speakers(a) == [None]
    assert role_of("műsorvezető") == "műsorvezető"


def test_our_source_says_is_a_claim_of_someone_unnamed_but_our_guess_is_not() -> None:
    """'Forrásunk szerint …', 'tudósítónk szerint …': someone the writer keeps unnamed speaks (a
    claim, no named speaker); 'sejtésünk szerint' is the writer's own guess, no claim."""
    a = analyse("Forrásunk|forrás|NOUN|Case=Nom|Person[psor]=1|Number[psor]=Plur szerint "
                "ez|ez|PRON kizárt|kizárt|ADJ .",
                "Tudósítónk|tudósító|NOUN|Case=Nom|Person[psor]=1|Number[psor]=Plur szerint "
                "sokan|sok|ADV voltak|van|VERB .",
                "Sejtésünk|sejtés|NOUN|Case=Nom|Person[psor]=1|Number[psor]=Plur szerint "
                "ez|ez|PRON baj|baj|NOUN .")
    assert [c.content.text for c in a.claims] == ["ez kizárt", "sokan voltak"]
    assert speakers(a) == [None, None]


@pytest.mark.parametrize("form, lemma, kind", [
    ("vélekedett", "vélekedik", "opinion"),
    ("felelte", "felel", "statement"), ("felszólította", "felszólít", "statement"),
    ("bizonygatta", "bizonygat", "statement"), ("jósolta", "jósol", "opinion"),
    ("kommentálta", "kommentál", "statement"),
    ("ecsetelte", "ecsetel", "statement"), ("tippelte", "tippel", "opinion"),
    ("megemlítette", "megemlít", "statement"), ("nehezményezte", "nehezményez", "accusation"),
    ("indokolta", "indokol", "statement"), ("felelevenítette", "felelevenít", "statement"),
    ("idézte", "idéz", "statement"), ("sorolta", "sorol", "statement"),
])
def test_more_reporting_verbs_seen_in_real_press(form: str, lemma: str, kind: str) -> None:
    """'X azt vélekedett / felelte / bizonygatta …, hogy A': reporting verbs the
    fourth batch of real press used, each a cue of its kind."""
    a = analyse(f"[Kiss Anna]PER azt|az|PRON|Case=Acc {form}|{lemma}|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .")
    assert [(c.kind, c.content.text) for c in a.claims] == [(kind, "baj van")]
    assert speakers(a) == ["Kiss Anna"]


def test_a_name_that_owns_a_noun_after_adjectives_is_no_speaker() -> None:
    """'– összegezte az esszéíró TGM fiatalkori, lázadó korszakának motivációját': TGM owns the
    era talked about (the noun after his adjectives, in another case); the essayist speaks."""
    a = analyse(f"„ Ez|ez|PRON baj|baj|NOUN ” – összegezte|összegez|{PAST} az|az|DET "
                "esszéíró|esszéíró|ADJ [TGM]PER fiatalkori|fiatalkori|ADJ , lázadó|lázadó|ADJ "
                f"korszakának|korszak|NOUN|Case=Dat|{PSOR.split('|')[1]} "
                "motivációját|motiváció|NOUN|Case=Acc .")
    assert speakers(a) == [None]


def test_a_word_tagged_a_verb_in_two_moods_is_no_verb() -> None:
    """'X, aki …, lapunknak arról beszélt': the tagger read 'lapunknak' (to our paper) as a
    verb in two moods at once (Imp,Pot), which no verb is; it does not hide the subject."""
    a = analyse("[Kiss Zsuzsa]PER , aki|aki|PRON|PronType=Rel fiatal|fiatal|ADJ , "
                "lapunknak|lap|VERB|VerbForm=Fin|Mood=Imp,Pot|Person=3 arról|az|PRON|Case=Del "
                f"beszélt|beszél|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["Kiss Zsuzsa"]


def test_a_word_inside_a_closed_quote_is_never_the_subject_after_it() -> None:
    """'… „… mindkettőnket megillet”, és hozzátette, hogy …': the quote's last word is no
    subject of the verb after the quote."""
    a = analyse("„ A|a|DET jog|jog|NOUN mindkettőnket|mindkettő|PRON|Case=Acc "
                "megillet|megillet|NOUN ” , és hozzátette|hozzátesz|" + PAST + " , hogy|hogy|SCONJ "
                "bíróságra|bíróság|NOUN|Case=Sub megy|megy|VERB .")
    assert [c.source.text if c.source else None for c in a.claims] == [None]


def test_a_colons_content_stops_before_a_sentence_about_what_someone_else_did() -> None:
    """'X arról beszélt: A. Egy kampány után Y kihátrált.': the writer tells what Y did, the
    content is A; 'Kiemelte: A. B.' with no one named in B runs on over B."""
    a = analyse(f"[Hadházy Ákos]PER arról|az|PRON|Case=Del beszélt|beszél|{PAST} : a|a|DET "
                "kormány|kormány|NOUN hibázott|hibázik|VERB .",
                "A|a|DET kampány|kampány|NOUN után|után|ADP [Kiss Péter]PER "
                f"kihátrált|kihátrál|{PAST} .")
    assert [c.content.text for c in a.claims] == ["a kormány hibázott"]
    b = analyse(f"[Hadházy Ákos]PER kiemelte|kiemel|{PAST} : a|a|DET kormány|kormány|NOUN "
                "hibázott|hibázik|VERB .", "Ez|ez|PRON nagy|nagy|ADJ baj|baj|NOUN .")
    assert [c.content.text for c in b.claims] == ["a kormány hibázott. Ez nagy baj"]
    c = analyse(f"[Hadházy Ákos]PER kiemelte|kiemel|{PAST} : a|a|DET kormány|kormány|NOUN "
                "hibázott|hibázik|VERB .", f"Emellett|emellett|ADV hangsúlyozta|hangsúlyoz|{PAST} "
                "a|a|DET reformok|reform|NOUN|Number=Plur fontosságát|fontosság|NOUN|Case=Acc .")
    assert c.claims[0].content.text == "a kormány hibázott"  # a cue of its own after it


def test_a_reporting_verb_in_the_conditional_reports_nothing() -> None:
    """'meglepő volna, ha nem ismerné el, hogy …', 'jó lenne, ha beszámolna arról': what
    someone would say is supposed, not reported."""
    a = analyse("Meglepő|meglepő|ADJ volna|van|VERB , ha|ha|SCONJ nem|nem|ADV "
                "ismerné|ismer|VERB|VerbForm=Fin|Mood=Cnd|Person=3 el|el|ADV , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                f"[Kiss Anna]PER elismerte|elismer|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert [c.cue.text for c in a.claims] == ["elismerte"]


def test_a_name_and_its_role_without_commas_speak_as_one_source() -> None:
    """'Tóth I. János a Szegedi Tudományegyetem … professzora szerint': the apposition without
    its commas; the person speaks, not the university."""
    a = analyse("[Tóth János]PER a|a|DET [Szegedi Tudományegyetem]ORG demográfiai|demográfiai|ADJ "
                "kérdésekkel|kérdés|NOUN|Case=Ins foglalkozó|foglalkozó|ADJ|VerbForm=PartPres "
                f"professzora|professzor|NOUN|{PSOR} szerint ez|ez|PRON jó|jó|ADJ .")
    assert speakers(a) == ["Tóth János"]


def test_a_sentence_about_things_between_leaves_the_speaker_speaking() -> None:
    """'X szerint A. A városokban a támogatások kevesebbet számítanak. Úgy véli, hogy B.':
    things in between said nothing; X goes on (basis continuation)."""
    a = analyse("[Tóth János]PER szerint ez|ez|PRON jó|jó|ADJ .",
                "A|a|DET városokban|város|NOUN|Case=Ine a|a|DET támogatások|támogatás|NOUN "
                "kevesebbet|kevés|ADJ|Case=Acc számítanak|számít|VERB|VerbForm=Fin|Person=3 .",
                "Úgy|úgy|ADV véli|vél|" + PAST + " , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["Tóth János", "Tóth János"]
    assert a.claims[-1].speaker_basis == "continuation"


def test_szerinte_after_its_sentences_verb_is_that_sentences_subject() -> None:
    """'X igazgató volt a cégnél, ahonnan eljött, mivel szerinte …': the person before the
    sentence's first verb; not a person named after it ('Nem számít X munkájára, akit
    szerinte …')."""
    a = analyse(f"[Mellár Tamás]PER igazgató|igazgató|NOUN volt|van|{PAST} a|a|DET "
                "cégnél|cég|NOUN|Case=Ade , ahonnan|ahonnan|ADV|PronType=Rel "
                f"eljött|eljön|{PAST} , mivel|mivel|SCONJ szerinte|szerinte|ADP a|a|DET "
                "cég|cég|NOUN pénzmosoda|pénzmosoda|NOUN .")
    assert speakers(a) == ["Mellár Tamás"]
    b = analyse(f"Nem|nem|ADV számít|számít|{PAST} [Tóbiás József]PER "
                "munkájára|munka|NOUN|Case=Sub|Person[psor]=3 , "
                "akit|aki|PRON|Case=Acc|PronType=Rel "
                f"szerinte|szerinte|ADP [Horváth]PER vett|vesz|{PAST} fel|fel|ADV .")
    assert "Tóbiás József" not in speakers(b)


@pytest.mark.parametrize("noun, lemma", [("Ígérete", "ígéret"), ("Értelmezése", "értelmezés"),
                                         ("Emlékei", "emlék")])
def test_a_speakers_promise_reading_or_memories_are_theirs(noun: str, lemma: str) -> None:
    """'X azt mondta, hogy A. Ígérete / Értelmezése / Emlékei szerint B.': the possessor is the
    one who just spoke."""
    a = analyse(f"[Rózsa András]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                f"{noun}|{lemma}|NOUN|{PSOR} szerint ez|ez|PRON változik|változik|VERB .")
    assert speakers(a) == ["Rózsa András", "Rózsa András"]


def test_he_opening_a_sentence_is_whom_the_sentence_before_is_about() -> None:
    """'… emelte a tétet Szlávik János, a kórház főorvosa. Ő azt állapította meg, hogy …': the
    person the sentence before names after its verb (basis continuation)."""
    a = analyse(f"Tovább|tovább|ADV emelte|emel|{PAST} a|a|DET tétet|tét|NOUN|Case=Acc "
                f"[Szlávik János]PER , a|a|DET kórház|kórház|NOUN főorvosa|főorvos|NOUN|{PSOR} .",
                f"Ő|ő|PRON azt|az|PRON|Case=Acc állapította|állapít|{PAST} meg|meg|ADV , "
                "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["Szlávik János"]
    assert a.claims[0].speaker_basis == "continuation"


def test_szerinte_after_another_persons_clause_is_not_the_first_subjects() -> None:
    """'X bírálta a kormányt, Y pedig hallgatott, mert szerinte …': Y's clause, never X."""
    a = analyse(f"[Kovács Péter]PER bírálta|bírál|{PAST} a|a|DET kormányt|kormány|NOUN|Case=Acc "
                f", [Szabó Anna]PER pedig|pedig|CCONJ hallgatott|hallgat|{PAST} , mert|mert|SCONJ "
                "szerinte|szerinte|ADP a|a|DET terv|terv|NOUN jó|jó|ADJ .")
    assert "Kovács Péter" not in speakers(a)


def test_a_plural_role_with_no_body_named_is_never_one_person() -> None:
    """'X, a szakszervezet képviselője beszélt. A szakszervezet képviselői szerint': several
    people of a body the article does not name as an actor; not the one representative named
    before (the body would speak where it is an actor: 'a párt képviselői')."""
    a = analyse("[Törley Katalin]PER , a szakszervezet|szakszervezet|NOUN "
                f"képviselője|képviselő|NOUN|{PSOR} beszélt|beszél|{PAST} .",
                "A szakszervezet|szakszervezet|NOUN "
                f"képviselői|képviselő|NOUN|{PSOR}|Number=Plur szerint baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) == [None]


def test_the_new_holder_of_a_role_is_the_last_person_quoted_who_held_no_role() -> None:
    """'X polgármester kikapott. Y azt mondta, hogy … „…” – mondta az új polgármester': Y (shown
    unsure), never X, who held the role before; after X's own quote it stays open."""
    a = analyse("[Horváth Csaba]PER polgármester|polgármester|NOUN kikapott|kikap|VERB .",
                f"[Rózsa András]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "rend|rend|NOUN lesz|van|VERB .",
                f"„ Nem|nem|ADV lesz|van|VERB tisztogatás|tisztogatás|NOUN ” – mondta|mond|{PAST} "
                "az új|új|ADJ polgármester|polgármester|NOUN .")
    assert speakers(a) == ["Rózsa András", "Rózsa András"]
    assert a.claims[1].speaker_basis == "description"
    b = analyse("[Horváth Csaba]PER polgármester|polgármester|NOUN kikapott|kikap|VERB .",
                f"[Horváth Csaba]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "rend|rend|NOUN lesz|van|VERB .",
                f"„ Nem|nem|ADV lesz|van|VERB tisztogatás|tisztogatás|NOUN ” – mondta|mond|{PAST} "
                "az új|új|ADJ polgármester|polgármester|NOUN .")
    assert speakers(b) == ["Horváth Csaba", None]


@pytest.mark.parametrize("word", ["kormányfő", "miniszterelnök"])
def test_one_office_by_either_of_its_names_is_its_holder(word: str) -> None:
    """'Orbán Viktor miniszterelnök …. A kormányfő szerint': the prime minister by his office's
    other name (lexicon.ROLE_SYNONYMS); another office ('a miniszter') is not him."""
    a = analyse("[Orbán Viktor]PER miniszterelnök|miniszterelnök|NOUN "
                "Brüsszelbe|Brüsszel|NOUN|Case=Ill utazott|utazik|VERB .",
                f"A {word}|{word}|NOUN szerint a nyitás|nyitás|NOUN közel|közel|ADV "
                "van|van|VERB .",
                "A miniszter|miniszter|NOUN szerint ez|ez|PRON jó|jó|ADJ .")
    assert speakers(a) == ["Orbán Viktor", None]


def test_a_quote_of_several_sentences_is_read_back_from_where_it_opens() -> None:
    """'X szerint A. „S1. S2. S3.” – mondta.': the cue continues X, whose claim stands right
    before the quote opens, however many sentences the quote holds; after a paragraph about
    someone else named in between it does not."""
    quote = ("„ Nincs|nincs|VERB pénz|pénz|NOUN .", "Nincs|nincs|VERB idő|idő|NOUN .",
             f"Nincs|nincs|VERB terv|terv|NOUN . ” – mondta|mond|{PAST} .")
    a = analyse("[Kovács Péter]PER szerint a helyzet|helyzet|NOUN súlyos|súlyos|ADJ .", *quote)
    assert speakers(a) == ["Kovács Péter", "Kovács Péter"]
    b = analyse("[Kovács Péter]PER szerint a helyzet|helyzet|NOUN súlyos|súlyos|ADJ .",
                "[Szabó Anna]PER is|is|ADV ott|ott|ADV volt|van|VERB .", *quote)
    assert speakers(b)[1] != "Kovács Péter"


def test_a_country_is_not_the_speaker_of_its_government() -> None:
    """'Magyarország új kormánya azt közölte': the government speaks, not the country that has
    it (no such actor here: open); 'Magyarország azt közölte' is the country's."""
    a = analyse("[Magyarország]LOC új|új|ADJ kormánya|kormány|NOUN|Case=Nom|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc közölte|közöl|{PAST} , hogy|hogy|SCONJ "
                "támogat|támogat|VERB .",
                f"[Magyarország]LOC azt|az|PRON|Case=Acc közölte|közöl|{PAST} , hogy|hogy|SCONJ "
                "kilép|kilép|VERB .")
    assert speakers(a) == [None, "Magyarország"]


def test_an_oblique_relative_clause_has_its_own_subject() -> None:
    """'…, akiről X azt állította, hogy …': X speaks, never the antecedent of 'akiről' (the
    nominative 'aki' would make the antecedent the speaker)."""
    a = analyse("A listán|lista|NOUN|Case=Sup szerepel|szerepel|VERB [Imran Ahmed]PER is|is|ADV , "
                f"a [CCDH]ORG vezetője|vezető|NOUN|{PSOR} , "
                "akiről|aki|PRON|Case=Del [Sarah Rogers]PER azt|az|PRON|Case=Acc "
                f"állította|állít|{PAST} , hogy|hogy|SCONJ hazudott|hazudik|VERB .")
    assert speakers(a) == ["Sarah Rogers"]


def test_a_verb_after_de_shares_the_main_clause_subject_not_the_hogy_clauses() -> None:
    """'X nem beszélt arról, hogy Y …, de úgy fogalmazott: …': X's words, not Y's."""
    a = analyse(f"[Richard Knighton]PER nem|nem|ADV beszélt|beszél|{PAST} arról|az|PRON|Case=Del , "
                "hogy|hogy|SCONJ [Nagy-Britannia]LOC készülne|készül|VERB , de|de|CCONJ "
                f"úgy|úgy|ADV fogalmazott|fogalmaz|{PAST} : a védelem|védelem|NOUN "
                "közös|közös|ADJ ügy|ügy|NOUN .")
    assert speakers(a)[-1] == "Richard Knighton"


def test_a_quantifier_subject_is_someone_unnamed() -> None:
    """'X azt mondta, … . Két fiú volt ott; mindkettő azt mondta, …': the boys, not X."""
    a = analyse(f"[Oláh Zsuzsanna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , volt|van|VERB "
                "egy szoba|szoba|NOUN .",
                "Két|két|NUM fiú|fiú|NOUN volt|van|VERB ott|ott|ADV ; "
                f"mindkettő|mindkettő|NUM azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "bántották|bánt|VERB őket|ő|PRON .")
    assert speakers(a) == ["Oláh Zsuzsanna", None]


def test_the_president_of_the_republic_is_not_a_party_president() -> None:
    """'Magyar Péter, a Tisza Párt elnöke … – mondta a köztársasági elnök': the head of state
    (lexicon.QUALIFIED_OFFICES), never the party's chairman; with 'Sulyok Tamás köztársasági
    elnök' named, him."""
    party = ("[Magyar Péter]PER , a [Tisza Párt]ORG elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 "
             "tüntetést|tüntetés|NOUN|Case=Acc szervezett|szervez|VERB .")
    quote = (f"„ A gyülekezés|gyülekezés|NOUN szabad|szabad|ADJ ” – mondta|mond|{PAST} a "
             "köztársasági|köztársasági|ADJ elnök|elnök|NOUN .")
    assert speakers(analyse(party, quote)) == [None]
    a = analyse("[Sulyok Tamás]PER köztársasági|köztársasági|ADJ elnök|elnök|NOUN "
                "hallgatott|hallgat|VERB .", party, quote)
    assert speakers(a) == ["Sulyok Tamás"]


def test_a_person_joined_to_another_by_es_is_not_the_one_speaker() -> None:
    """'Mészáros Márta és Jancsó Miklós is megerősítette', 'Jakab és Röst megszólalásaira
    reagálva azt mondta': several people, or their words: neither one is the speaker."""
    a = analyse("[Mészáros Márta]PER és|és|CCONJ [Jancsó Miklós]PER is|is|ADV "
                f"megerősítette|megerősít|{PAST} : a rendezőt|rendező|NOUN|Case=Acc "
                "látják|lát|VERB .")
    assert speakers(a) == [None]


def test_a_name_with_a_case_ending_after_a_hyphen_is_oblique() -> None:
    """'Karsai Lászlónak a Hvg.hu-n megjelent cikke szerint': not the site; 'Tony Fry-t, aki
    azt mondja' is still Fry's (the antecedent of 'aki')."""
    a = analyse("a [Hvg.hu-n|Hvg.hu|PROPN]ORG megjelent|megjelent|ADJ cikke|cikk|NOUN|"
                "Case=Nom|Person[psor]=3 szerint a vád|vád|NOUN hamis|hamis|ADJ .",
                "[Tony|Tony|PROPN Fry-t|Fry|PROPN]PER , aki|aki|PRON azt|az|PRON|Case=Acc "
                f"mondja|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == [None, "Tony Fry"]


# -- news2025, second batch (Magyar Nemzet, HVG, Telex, Mandiner of December 2025) ----------------


def test_a_name_the_tagger_read_as_a_past_tense_verb_is_still_the_subject() -> None:
    """'Rutte arról beszélt, hogy': a name ending like a past-tense verb (-tte) is no verb that
    would close the clause before its subject."""
    a = analyse("Az interjúban|interjú|NOUN|Case=Ine "
                f"[Rutte|Rutte|{PAST}]PER arról|az|PRON|Case=Del beszélt|beszél|{PAST} , "
                "hogy|hogy|SCONJ a háború|háború|NOUN közel|közel|ADV van|van|VERB .")
    assert speakers(a) == ["Rutte"]


def test_the_photographer_of_a_credit_is_never_the_speaker() -> None:
    """'Fotó: Kiss Béla / Telex' run on into the next words ('Fotó: Kiss Béla / TelexA
    szervező azt mondta'): the credit's name is no subject; the speaker is who spoke before."""
    a = analyse(f"[Nagy Ádám]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "jön|jön|VERB .",
                "Fotó|fotó|NOUN : [Kiss Béla]PER / [Telex]ORG Arról|az|PRON|Case=Del "
                f"is|is|ADV beszélt|beszél|{PAST} , hogy|hogy|SCONJ marad|marad|VERB .")
    assert speakers(a) == ["Nagy Ádám", "Nagy Ádám"]


def test_one_of_two_possessors_of_an_oblique_noun_is_no_subject() -> None:
    """'Az EU és a kormány viszonyával kapcsolatban X azt mondta': X speaks, not the EU."""
    a = analyse("Az [Európai Unió]ORG és|és|CCONJ a kormány|kormány|NOUN "
                "viszonyával|viszony|NOUN|Case=Ins|Person[psor]=3 kapcsolatban|kapcsolat|ADP "
                f"[Nagy Márton]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "rendeződik|rendeződik|VERB .")
    assert speakers(a) == ["Nagy Márton"]


def test_the_paper_is_the_last_medium_named_not_the_last_organisation() -> None:
    """'A lap szerint' after a court is named: the newspaper named before, not the court."""
    a = analyse(f"A [Népszava]ORG azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .",
                f"A [Kúria]ORG döntött|dönt|{PAST} .",
                "A lap|lap|NOUN szerint ez|ez|PRON hiba|hiba|NOUN .")
    assert speakers(a)[-1] == "Népszava"
    b = analyse(f"A [Kúria]ORG döntött|dönt|{PAST} .",
                "A lap|lap|NOUN szerint ez|ez|PRON hiba|hiba|NOUN .")
    assert speakers(b) == [None]


def test_the_possessor_of_a_noun_of_saying_is_the_source() -> None:
    """'A miniszterelnök kalkulációja szerint': the prime minister's reckoning, his claim."""
    a = analyse(f"[Orbán Viktor]PER miniszterelnök|miniszterelnök|NOUN beszélt|beszél|{PAST} .",
                "A miniszterelnök|miniszterelnök|NOUN "
                "kalkulációja|kalkuláció|NOUN|Case=Nom|Person[psor]=3 szerint ez|ez|PRON "
                "április|április|NOUN végéig|vég|NOUN|Case=Ter lezárul|lezárul|VERB .")
    assert speakers(a) == ["Orbán Viktor"]


def test_a_szerinte_that_opens_its_clause_is_the_speakers_next_claim() -> None:
    """'X arról beszélt, hogy A fontos, de szerinte B hibázott': two claims of X's, the second
    from 'szerinte' on; 'más szerinte nem csinál ilyet' inside the clause stays one claim."""
    a = analyse(f"[Rózsa András]PER arról|az|PRON|Case=Del beszélt|beszél|{PAST} , "
                "hogy|hogy|SCONJ a mérés|mérés|NOUN fontos|fontos|ADJ , de|de|CCONJ "
                f"szerinte|szerint|ADP [Horváth]PER hibázott|hibázik|{PAST} .")
    assert speakers(a) == ["Rózsa András", "Rózsa András"]
    assert [c.content.text for c in a.claims] == ["a mérés fontos", "Horváth hibázott"]
    b = analyse(f"[Rózsa András]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ más|más|PRON szerinte|szerint|ADP nem|nem|ADV "
                f"csinál|csinál|{PAST} ilyet|ilyen|PRON|Case=Acc .")
    assert [c.content.text for c in b.claims] == ["más szerinte nem csinál ilyet"]


def test_a_name_read_as_a_verb_keeps_the_case_of_its_ending() -> None:
    """'Ferencznek címezve arról beszélt': a dative name the tagger read as a verb is the
    addressee, never the subject (its ending is read off the actor's name)."""
    a = analyse(f"[Szabó Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                f"[Ferencz Orsolya]PER hibázott|hibázik|{PAST} .",
                f"[Ferencznek|Ferencznek|{PAST}]PER címezve|címez|VERB|VerbForm=Conv "
                f"arról|az|PRON|Case=Del beszélt|beszél|{PAST} , hogy|hogy|SCONJ "
                "marad|marad|VERB .")
    assert "Ferencz Orsolya" not in speakers(a)


@pytest.mark.model
def test_a_name_made_an_adjective_is_no_speaker(bundled_nlp) -> None:
    """'a Szabó László-féle cégekről': an adjective made of a name ('-féle', '-közeli') is
    nobody speaking, neither for its own sentence nor for the next one's subjectless verb."""
    from reader.analysis import analyze

    text = ("Arra a kérdésre, hogy a Szabó László-féle kommunikációs cégekről van-e szó, annyit "
            "felelt: „lehet”. Ezt követő munkáiról azt mondta, ott dolgozott, ahová hívták.")
    a = analyze(text, bundled_nlp)
    assert a.claims and speakers(a) == [None] * len(a.claims)


def test_a_relative_pronoun_read_as_a_noun_still_opens_a_relative_clause() -> None:
    """'…, akiknél a betegség enyhe, a miniszterelnök hangsúlyozta': the tagger may read a
    plural relative in a case as a noun; its clause is skipped, so the subject is the one just
    before the verb, never the relative clause's own noun."""
    a = analyse(f"[Orbán Viktor]PER miniszterelnök|miniszterelnök|NOUN beszélt|beszél|{PAST} .",
                "Mivel|mivel|SCONJ fiatalok|fiatal|NOUN|Case=Nom|Number=Plur "
                f"betegedtek|megbetegszik|{PAST} meg|meg|PART , "
                "akiknél|akiknél|NOUN|Case=Ade|Person[psor]=3 a betegség|betegség|NOUN "
                "enyhébb|enyhe|ADJ , a miniszterelnök|miniszterelnök|NOUN "
                f"hangsúlyozta|hangsúlyoz|{PAST} , hogy|hogy|SCONJ várni|vár|VERB|VerbForm=Inf "
                "kell|kell|VERB .")
    claim = a.claims[-1]
    assert claim.source is not None and claim.source.text == "a miniszterelnök"
    assert speakers(a)[-1] == "Orbán Viktor"


def test_annyit_points_at_what_was_said() -> None:
    """'Annyit mondott, a tárgyalás folytatódik': 'annyit' (that much) points at the content
    after the comma, as 'azt' does."""
    a = analyse(f"[Kovács Péter]PER annyit|annyi|PRON|Case=Acc mondott|mond|{PAST} , "
                "a tárgyalás|tárgyalás|NOUN folytatódik|folytatódik|VERB .")
    assert [c.content.text for c in a.claims] == ["a tárgyalás folytatódik"]
    assert speakers(a) == ["Kovács Péter"]


def test_volt_before_a_noun_after_an_inverted_cue_is_former() -> None:
    """'„…” – mondta róla volt frakciótársa, Kiss Béla': 'volt' before a noun after the cue is
    'former', not a verb ending the subject's search."""
    a = analyse("„ Jóska|Jóska|PROPN jól|jól|ADV dolgozott|dolgozik|VERB ” – "
                f"mondta|mond|{PAST} róla|ő|PRON|Case=Del volt|van|{PAST} "
                "frakciótársa|frakciótárs|NOUN|Case=Nom|Person[psor]=3 , [Kiss Béla]PER .")
    assert speakers(a) == ["Kiss Béla"]


def test_a_cue_with_no_subject_does_not_take_the_paragraph_befores_subject() -> None:
    """'Kiss Anna aggódott. ¶ Azt is hozzátette, hogy …': a cue that adds to words said before
    never takes the subject of the paragraph before."""
    a = analyse(f"[Kiss Anna]PER a kórház|kórház|NOUN miatt|miatt|ADP aggódott|aggódik|{PAST} .",
                f"¶ Azt|az|PRON|Case=Acc is|is|ADV hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ "
                "baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == [None]


def test_a_noun_of_saying_possessed_in_the_plural_is_its_owners_claim() -> None:
    """'Emlékei szerint …', 'Becslései szerint …': the tagger may leave the plural possessed
    form as its own lemma; the owner named before speaks, as with 'Emléke szerint'."""
    a = analyse(f"[Kiss Anna]PER a házban|ház|NOUN|Case=Ine élt|él|{PAST} .",
                "Emlékei|Emlékei|NOUN|Case=Nom|Number=Plur|Person[psor]=3 szerint "
                "az anyja|anya|NOUN|Case=Nom|Person[psor]=3 nyugodt|nyugodt|ADJ volt|van|VERB .")
    assert [c.rule for c in a.claims] == ["possessor_szerint"]
    assert speakers(a) == ["Kiss Anna"]


def test_a_subordinator_inside_a_quote_before_does_not_make_a_bare_cue_a_time_clause() -> None:
    """'„… amikor hazajöttem.” Kiss Béla megerősítette, a csapat erős': where the splitter did not
    end the sentence after the quote, its 'amikor' is no part of the cue's clause."""
    a = analyse("„ Bírom|bír|VERB , mint|mint|SCONJ amikor|amikor|SCONJ "
                "hazajöttem|hazajön|VERB . ” "
                f"[Kiss Béla]PER megerősítette|megerősít|{PAST} , a csapat|csapat|NOUN "
                "erős|erős|ADJ maradt|marad|VERB .")
    assert [c.content.text for c in a.claims if c.cue.text == "megerősítette"] == [
        "a csapat erős maradt"]
    assert speakers(a)[-1] == "Kiss Béla"


def test_annyit_before_amennyit_compares_and_reports_nothing() -> None:
    """'Csak annyit mondott, amennyit muszáj volt': 'annyi … amennyi' measures; nothing said."""
    a = analyse(f"[Kovács Péter]PER csak|csak|ADV annyit|annyi|PRON|Case=Acc mondott|mond|{PAST} "
                ", amennyit|amennyi|PRON|Case=Acc muszáj|muszáj|ADJ volt|van|VERB .")
    assert a.claims == ()


def test_a_subject_after_a_relative_clause_wins_over_its_antecedent() -> None:
    """'Tóth Anna, akiért a család aggódott, a rendőrség azt közölte': the subject between the
    relative clause and the verb speaks, not the person the clause is about."""
    a = analyse("[Tóth Anna]PER , akiért|akiért|NOUN|Case=Cau a család|család|NOUN "
                f"aggódott|aggódik|{PAST} , a [rendőrség]ORG azt|az|PRON|Case=Acc "
                f"közölte|közöl|{PAST} , előkerült|előkerül|VERB .")
    claim = a.claims[-1]
    assert claim.source is not None and claim.source.text == "a rendőrség"
    assert "Tóth Anna" not in speakers(a)


def test_the_owner_of_the_occasion_after_its_adjective_still_speaks() -> None:
    """'Gulyás Gergely miniszter csütörtöki kormányinfóján azt mondta': where he spoke, his own."""
    a = analyse(f"[Gulyás Gergely]PER miniszter|miniszter|NOUN csütörtöki|csütörtöki|ADJ "
                "kormányinfóján|kormányinfó|NOUN|Case=Sup|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "a rezsi|rezsi|NOUN marad|marad|VERB .")
    assert speakers(a) == ["Gulyás Gergely"]


@pytest.mark.parametrize("words", [
    "azt|az|PRON|Case=Acc a következtetést|következtetés|NOUN|Case=Acc vonta|von|{PAST} le|le|ADV",
])
def test_drawing_a_conclusion_is_a_cue(words: str) -> None:
    """'azt a következtetést vonta le, hogy': what follows is what the speaker holds ('levezette,
    hogy' and 'kikérte magának, hogy' were left out: 'levezette a meccset, hogy …', 'kikérte
    magának a szabadnapot, hogy pihenjen' are purposes)."""
    a = analyse(f"[Kiss Anna]PER {words.format(PAST=PAST)} , hogy|hogy|SCONJ "
                "a döntés|döntés|NOUN rossz|rossz|ADJ .")
    assert [c.content.text for c in a.claims] == ["a döntés rossz"]
    assert speakers(a) == ["Kiss Anna"]


def test_a_quote_opening_a_paragraph_does_not_take_the_paragraph_befores_subject() -> None:
    """'Bakó Jánost elütötték. A sofőr, Illés Norbert elhajtott. ¶ „Ha megállt volna …” –
    mondta.': the paragraph before may end on anyone (here the driver): open."""
    a = analyse(f"[Illés Norbert]PER elhajtott|elhajt|{PAST} .",
                "¶ „ Megállhatott|megáll|VERB volna|van|AUX ” – mondta|mond|" + PAST + " .")
    assert speakers(a) == [None]


def test_a_quoted_title_in_a_time_clause_still_makes_it_one() -> None:
    """'Miután Kovács Péter a „Blikk” munkatársának elmondta, elhagyta a helyszínt': the title's
    closing mark closes no sentence; the clause is a time, nothing said."""
    a = analyse("Miután|miután|SCONJ [Kovács Péter]PER a „ [Blikk]ORG ” "
                "munkatársának|munkatárs|NOUN|Case=Dat|Person[psor]=3 "
                f"elmondta|elmond|{PAST} , elhagyta|elhagy|{PAST} a helyszínt|helyszín|NOUN|"
                "Case=Acc .")
    assert a.claims == ()


def test_a_resumed_pronoun_after_a_relative_clause_is_its_antecedent() -> None:
    """'Kovács Péter, aki tanácsadó volt, ő maga is azt mondta': the pronoun takes up Kovács;
    'X, aki …, a Kossuth rádióban azt mondta': the radio's name is no subject."""
    a = analyse("[Kovács Péter]PER , aki|aki|PRON|PronType=Rel tanácsadó|tanácsadó|NOUN "
                f"volt|van|{PAST} , ő|ő|PRON|Case=Nom maga|maga|PRON is|is|ADV "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) == ["Kovács Péter"]
    assert a.claims[0].source is not None and a.claims[0].source.text == "Kovács Péter"
    b = analyse("[Orbán Viktor]PER , aki|aki|PRON|PronType=Rel Washingtonba|Washington|PROPN|"
                f"Case=Ill utazik|utazik|VERB , a [Kossuth]PER rádióban|rádió|NOUN|Case=Ine "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ "
                "lesz|van|VERB .")
    assert speakers(b) == ["Orbán Viktor"]


def test_a_title_ending_in_a_question_mark_keeps_a_time_clause() -> None:
    """'Amikor Kovács a „Ki mit tud?” döntőjében elmondta, a közönség tapsolt': '?”' may end a
    title, not a sentence; the clause is a time, nothing said."""
    a = analyse("Amikor|amikor|SCONJ [Kovács]PER a „ Ki|ki|PRON mit|mi|PRON tud|tud|VERB ? ” "
                f"döntőjében|döntő|NOUN|Case=Ine|Person[psor]=3 elmondta|elmond|{PAST} , "
                "a közönség|közönség|NOUN tapsolt|tapsol|VERB .")
    assert a.claims == ()


def test_a_place_or_outlet_after_a_relative_clause_is_not_preferred() -> None:
    """'Rogán Antal, aki …, a Mandinernek azt mondta': an outlet or a place the tagger may read as
    a subject is no speaker before the antecedent; a body by a common noun is ('…, a rendőrség
    azt közölte')."""
    a = analyse("[Rogán Antal]PER , aki|aki|PRON|PronType=Rel minisztériumot|minisztérium|NOUN|"
                f"Case=Acc vezet|vezet|VERB , a [Mandinernek|Mandiner|PROPN|Case=Nom]ORG "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ "
                "volt|van|VERB .")
    assert speakers(a) == ["Rogán Antal"]


def test_a_one_word_judgement_before_a_naming_verb_is_the_content() -> None:
    """'felháborítónak nevezte a kinevezést': one adjective before 'nevez', or a word the
    lemmatiser left whole ('hazugnak'), is what is claimed; a dative possessor after the verb is
    not ('hazugnak nevezte az ellenzék vezetőjének állítását'); a noun it knows names more often
    than it judges ('doktornak nevezik'), and a name is what something is called ('Bodrinak
    nevezte'): no claim; the name before the predicate speaks even where the tagger reads the
    predicate as a possessed noun."""
    a = analyse(f"[Kiss Anna]PER felháborítónak|felháborító|ADJ|Case=Dat nevezte|nevez|{PAST} "
                "a kinevezést|kinevezés|NOUN|Case=Acc .",
                f"[Tóth Béla]PER hazugnak|hazugnak|NOUN|Case=Dat nevezte|nevez|{PAST} az "
                "ellenzék|ellenzék|NOUN vezetőjének|vezető|NOUN|Case=Dat|Person[psor]=3 "
                "állítását|állítás|NOUN|Case=Acc|Person[psor]=3 .",
                f"[Nagy Éva]PER abszurdnak|abszurdnak|NOUN|Case=Dat|Person[psor]=3 "
                f"nevezte|nevez|{PAST} a tervet|terv|NOUN|Case=Acc .",
                f"A kutyát|kutya|NOUN|Case=Acc [Bodrinak|Bodri|PROPN|Case=Dat]PER "
                f"nevezte|nevez|{PAST} a gazdája|gazda|NOUN|Person[psor]=3 .",
                "A helyiek|helyi|NOUN a férfit|férfi|NOUN|Case=Acc doktornak|doktor|NOUN|Case=Dat "
                f"nevezik|nevez|{PAST}|Number=Plur .")
    assert [c.content.text for c in a.claims] == ["felháborítónak", "hazugnak", "abszurdnak"]
    assert speakers(a) == ["Kiss Anna", "Tóth Béla", "Nagy Éva"]
    b = analyse(f"[Szabó Tímea]PER az évszázad|évszázad|NOUN "
                "botrányának|botrány|NOUN|Case=Dat|Person[psor]=3 "
                f"nevezte|nevez|{PAST} az ügyet|ügy|NOUN|Case=Acc .")
    assert [c.content.text for c in b.claims] == ["az évszázad botrányának"]


def test_a_bodys_former_officer_is_not_the_body() -> None:
    """'– mondta a Fidesz volt elnöke', 'A párt volt szóvivője szerint', 'az Orbán-kormány egyik
    volt magas rangú tisztviselője': 'volt' after a cue or before 'szerint' is 'former', and the
    speaker is that person, whom the article does not name, never the body."""
    a = analyse("„ Baj|baj|NOUN van|van|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind a "
                f"[Fidesz]ORG volt|van|{PAST} elnöke|elnök|NOUN|{PSOR} .",
                f"A [Fidesz]ORG volt|van|{PAST} szóvivője|szóvivő|NOUN|{PSOR} szerint "
                "nincs|nincs|VERB baj|baj|NOUN .",
                "„ Fogy|fogy|VERB a|a|DET szusz|szusz|NOUN . ” – mondta|mond|VERB|VerbForm=Fin|"
                f"Mood=Ind az [Orbán-kormány]ORG egyik|egyik|ADJ volt|van|{PAST} magas|magas|ADJ "
                f"rangú|rangú|ADJ tisztviselője|tisztviselő|NOUN|{PSOR} .")
    assert [c.source.text if c.source else None for c in a.claims] == [
        "a Fidesz volt elnöke", "A Fidesz volt szóvivője",
        "az Orbán-kormány egyik volt magas rangú tisztviselője"]
    assert speakers(a) == [None, None, None]
    b = analyse(f"Az elnök|elnök|NOUN volt|van|{PAST} tanácsadója|tanácsadó|NOUN|{PSOR} szerint "
                "a baj|baj|NOUN nagy|nagy|ADJ .",
                "„ Baj|baj|NOUN van|van|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind a "
                f"volt|van|{PAST} nagykövet|nagykövet|NOUN .")
    assert [c.source.text if c.source else None for c in b.claims] == [
        "Az elnök volt tanácsadója", "a volt nagykövet"]


def test_was_after_a_name_and_before_a_title_is_still_a_verb_without_another_verb() -> None:
    """'Tavaly Kovács Péter volt polgármester.' says what he was: no verb before it or after it
    in its clause, so 'volt' stays the verb, and the sentence after goes on with its subject."""
    a = analyse(f"Tavaly|tavaly|ADV [Kovács Péter]PER volt|van|{PAST} "
                "polgármester|polgármester|NOUN .",
                f"Azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) == ["Kovács Péter"]


def test_who_calls_something_so_is_not_the_one_called_nor_a_possessor() -> None:
    """'Kovács Péter felesége hazugnak nevezte': the wife speaks (no name), the predicate is one
    word even where the tagger reads it as possessed; 'Kiss Gábort árulónak nevezte a párt
    elnöke': the subject after the verb, never the object before the predicate; 'Orbán Viktort
    hazugnak nevezte' with no subject, 'Magyar Péter hazugnak nevezte Orbán Viktort': not the
    given name with an accusative ending the tagger missed; 'anyjának nevezte': a kin noun is
    no judgement; 'X „…” nevezte, Y méltatta': not a subject past the comma."""
    a = analyse(f"[Kovács Péter]PER felesége|feleség|NOUN|{PSOR} "
                "hazugnak|hazugnak|NOUN|Case=Dat|Person[psor]=3 "
                f"nevezte|nevez|{PAST} a vádakat|vád|NOUN|Case=Acc .")
    assert [c.content.text for c in a.claims] == ["hazugnak"]
    assert speakers(a) == [None]
    b = analyse(f"[Kiss Gábort|Gábor|PROPN|Case=Nom]PER hazugnak|hazugnak|NOUN|Case=Dat "
                f"nevezte|nevez|{PAST} a párt|párt|NOUN elnöke|elnök|NOUN|{PSOR} .")
    assert [c.source.text if c.source else None for c in b.claims] == ["a párt elnöke"]
    assert speakers(b) == [None]
    c = analyse(f"[Orbán Viktort|Viktort|PROPN|Case=Nom]PER hazugnak|hazugnak|NOUN|Case=Dat "
                f"nevezte|nevez|{PAST} .",
                f"[Magyar Péter]PER hazugnak|hazugnak|NOUN|Case=Dat nevezte|nevez|{PAST} "
                "[Orbán Viktort|Viktort|PROPN|Case=Nom]PER a fórumon|fórum|NOUN|Case=Sup .")
    assert speakers(c) == [None, "Magyar Péter"]
    d = analyse(f"[Nagy Ilona]PER anyjának|anya|NOUN|Case=Dat|Person[psor]=3 "
                f"nevezte|nevez|{PAST} a nőt|nő|NOUN|Case=Acc .")
    assert d.claims == ()
    e = analyse(f"[Susan Sontag]PER „ a kor|kor|NOUN nagy|nagy|ADJ mesterének|mester|NOUN|"
                f"Case=Dat|Person[psor]=3 ” nevezte|nevez|{PAST} , [WG Sebald]PER "
                f"pedig|pedig|CCONJ méltatta|méltat|{PAST} .")
    assert speakers(e)[:1] == ["Susan Sontag"]


def test_a_one_word_judgement_of_a_clause_leaves_the_clause_the_content() -> None:
    """'meghökkentőnek nevezte, hogy …': what is judged is the claim; 'X példának hozta fel …,
    és komoly üzenetnek nevezte …': the verbs after ', és' share X."""
    a = analyse(f"[Kovács Zoltán]PER meghökkentőnek|meghökkentő|ADJ|Case=Dat nevezte|nevez|{PAST}"
                " , hogy|hogy|SCONJ a képek|kép|NOUN döbbenetesek|döbbenetes|ADJ .")
    assert [c.content.text for c in a.claims] == ["a képek döbbenetesek"]
    assert speakers(a) == ["Kovács Zoltán"]
    b = analyse(f"[Bíró Nagy András]PER példának|példa|NOUN|Case=Dat hozta|hoz|{PAST} fel|fel|ADV "
                "a forint|forint|NOUN esését|esés|NOUN|Case=Acc|Person[psor]=3 , és|és|CCONJ "
                "komoly|komoly|ADJ üzenetnek|üzenet|NOUN|Case=Dat "
                f"nevezte|nevez|{PAST} a levelet|levél|NOUN|Case=Acc .")
    assert [c.content.text for c in b.claims] == ["komoly üzenetnek"]
    assert speakers(b) == ["Bíró Nagy András"]


def test_one_of_several_is_no_one_the_article_named() -> None:
    """'– fogalmazott az egyik jelölt' after a candidate's claim, 'A párt egyik alelnöke szerint'
    after the article named a vice-chair: 'egyik' picks one of several without saying which;
    never the last person quoted, nor the one the article gave the role."""
    a = analyse(f"[Ferencz Orsolya]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "rossz|rossz|ADJ volt|van|VERB a kampány|kampány|NOUN .",
                "„ Gyenge|gyenge|ADJ volt|van|VERB . ” – fogalmazott|fogalmaz|VERB|VerbForm=Fin|"
                "Mood=Ind az egyik|egyik|ADJ jelölt|jelölt|NOUN .")
    assert speakers(a) == ["Ferencz Orsolya", None]
    b = analyse(f"[Kovács Béla]PER , a [Fidesz]ORG alelnöke|alelnök|NOUN|{PSOR} szerint "
                "nincs|nincs|VERB baj|baj|NOUN .",
                f"A [Fidesz]ORG egyik|egyik|ADJ alelnöke|alelnök|NOUN|{PSOR} szerint "
                "van|van|VERB baj|baj|NOUN .")
    assert speakers(b) == ["Kovács Béla", None]


def test_people_around_a_person_or_some_of_a_body_are_not_it() -> None:
    """'Orbán Balázs környezete arra jutott': his circle, not him; 'A Fidesz más politikusai úgy
    látták', 'A Fidesz több alelnöke szerint': some of the party's people, not the party nor
    the vice-chair the article named."""
    a = analyse(f"[Orbán Balázs]PER környezete|környezet|NOUN|{PSOR} arra|az|PRON|Case=Sub "
                f"jutott|jut|{PAST} , hogy|hogy|SCONJ fontos|fontos|ADJ a média|média|NOUN .",
                f"A [Fidesz]ORG más|más|ADJ politikusai|politikus|NOUN|Case=Nom|Person[psor]=3|"
                f"Number[psed]=Plur úgy|úgy|ADV látták|lát|{PAST}|Number=Plur , hogy|hogy|SCONJ "
                "van|van|VERB baj|baj|NOUN .",
                f"[Kovács Béla]PER , a [Fidesz]ORG alelnöke|alelnök|NOUN|{PSOR} szerint "
                "nincs|nincs|VERB baj|baj|NOUN .",
                f"A [Fidesz]ORG több|sok|ADJ alelnöke|alelnök|NOUN|{PSOR} szerint "
                "van|van|VERB baj|baj|NOUN .")
    assert speakers(a) == [None, None, "Kovács Béla", None]


def test_a_name_before_adjectives_of_another_phrase_still_speaks() -> None:
    """'– mondta Tóth Ádám hosszú súlyos betegsége után': the adjectives begin a phrase of a
    postposition, and the name before them is the speaker."""
    a = analyse("„ Jó|jó|ADJ volt|van|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind "
                "[Tóth Ádám]PER hosszú|hosszú|ADJ súlyos|súlyos|ADJ "
                f"betegsége|betegség|NOUN|{PSOR} után|után|ADP .")
    assert speakers(a) == ["Tóth Ádám"]


def test_the_people_a_name_is_related_to_speak_for_themselves() -> None:
    """'– mondta Tóth Ádám szomszédja', 'Orbán Viktor veje nagy botrányának nevezte': a
    neighbour, a son-in-law, a partner is someone other than the name that owns the noun, and
    the relation noun is no part of the predicate; 'A javaslatot hazugnak nevezte Orbán
    Viktort': no subject, and the name with an accusative ending after the verb is the
    object."""
    a = analyse("„ Baj|baj|NOUN van|van|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind "
                f"[Tóth Ádám]PER szomszédja|szomszéd|NOUN|{PSOR} .",
                f"[Orbán Viktor]PER veje|vő|NOUN|{PSOR} nagy|nagy|ADJ "
                f"botrányának|botrány|NOUN|Case=Dat|Person[psor]=3 nevezte|nevez|{PAST} "
                "a döntést|döntés|NOUN|Case=Acc .",
                f"A javaslatot|javaslat|NOUN|Case=Acc hazugnak|hazugnak|NOUN|Case=Dat "
                f"nevezte|nevez|{PAST} [Orbán Viktort|Viktort|PROPN|Case=Nom]PER .")
    assert [c.content.text for c in a.claims][1:] == ["nagy botrányának", "hazugnak"]
    assert speakers(a) == [None, None, None]


def test_a_description_does_not_fall_back_on_a_name_that_owns_the_next_noun() -> None:
    """'Az Orbán Balázs stábja által javasolt tartalmak … A politikus szerint …': the name
    possesses the staff it stands before; the politician is someone else, and the speaker stays
    open; a name that stands alone is the fallback ('Orbán Balázs rossznak tartotta …')."""
    def last_speaker(first: str) -> str | None:
        a = analyse(first,
                    "Ez|ez|PRON a|a|DET kampány|kampány|NOUN része|rész|NOUN volt|van|VERB .",
                    "A politikus|politikus|NOUN szerint rossz|rossz|ADJ volt|van|VERB .")
        return speakers(a)[-1]

    assert last_speaker(f"Az [Orbán Balázs]PER stábja|stáb|NOUN|{PSOR} által|által|ADP "
                        "javasolt|javasol|ADJ tartalmak|tartalom|NOUN gyengék|gyenge|ADJ "
                        f"voltak|van|{PAST} .") is None
    assert last_speaker(f"[Orbán Balázs]PER gyengének|gyenge|ADJ|Case=Dat "
                        f"találta|talál|{PAST} a tartalmakat|tartalom|NOUN|Case=Acc .") == (
        "Orbán Balázs")


def test_a_name_alone_only_right_after_an_inverted_cue() -> None:
    """'A Magyar Nemzeti Bank kamatdöntő ülése után Varga Mihály azt mondta': the bank's meeting
    is a time, the governor speaks; '– mondta a kapitány Szoboszlai Dominik súlyos sérülése
    után': the injured player never speaks; '– mondta Rossi Marco kapitány legutóbbi szomorú
    vereségük után': the captain's phrase ends before the adjectives."""
    a = analyse(f"A [Magyar Nemzeti Bank]ORG kamatdöntő|kamatdöntő|ADJ ülése|ülés|NOUN|{PSOR} "
                f"után|után|ADP [Varga Mihály]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ nincs|nincs|VERB emelés|emelés|NOUN .",
                "„ Sajnálom|sajnál|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind a "
                "kapitány|kapitány|NOUN [Szoboszlai Dominik]PER súlyos|súlyos|ADJ "
                f"sérülése|sérülés|NOUN|{PSOR} után|után|ADP .",
                "„ Küzdöttünk|küzd|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind "
                "[Rossi Marco]PER kapitány|kapitány|NOUN legutóbbi|legutóbbi|ADJ "
                f"szomorú|szomorú|ADJ vereségük|vereség|NOUN|{PSOR} után|után|ADP .")
    assert speakers(a)[0] == "Varga Mihály"
    assert "Szoboszlai Dominik" not in speakers(a)
    assert speakers(a)[-1] == "Rossi Marco"
    b = analyse("„ Jó|jó|ADJ volt|van|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind az "
                f"[MTI]ORG keddi|keddi|ADJ közleménye|közlemény|NOUN|{PSOR} után|után|ADP .")
    assert speakers(b) == [None]  # only a person stands alone so


def test_someone_a_name_has_is_not_the_name() -> None:
    """'Kovács Péter volt tanítványa szerint', 'Nagy Ferenc fia szerint': a pupil, a son
    speaks, not the name that has them; 'A Fideszt hazugnak nevezte a DK elnöke' after the
    article named the Fidesz: the party with the accusative ending is the object."""
    a = analyse(f"[Kovács Péter]PER volt|van|{PAST} tanítványa|tanítvány|NOUN|{PSOR} szerint "
                "igazságos|igazságos|ADJ volt|van|VERB .",
                f"[Nagy Ferenc]PER fia|fia|NOUN|{PSOR} szerint ártatlan|ártatlan|ADJ "
                "volt|van|VERB .",
                f"A [Fidesz]ORG ülésezett|ülésezik|{PAST} .",
                f"A [Fideszt|Fideszt|PROPN|Case=Nom]ORG hazugnak|hazugnak|NOUN|Case=Dat "
                f"nevezte|nevez|{PAST} a [DK]ORG elnöke|elnök|NOUN|{PSOR} .")
    assert speakers(a) == [None, None, None]


def test_what_something_is_called_in_the_present_is_no_claim() -> None:
    """'A szakértők a jelenséget klímaváltozásnak nevezik': what it is called; 'A szakértők
    a döntést elhibázottnak nevezték': what they judged."""
    a = analyse("A szakértők|szakértő|NOUN|Number=Plur a jelenséget|jelenség|NOUN|Case=Acc "
                "klímaváltozásnak|klímaváltozásnak|NOUN|Case=Dat "
                "nevezik|nevez|VERB|VerbForm=Fin|Mood=Ind|Person=3|Number=Plur|Tense=Pres .",
                "A szakértők|szakértő|NOUN|Number=Plur a döntést|döntés|NOUN|Case=Acc "
                "elhibázottnak|elhibázottnak|NOUN|Case=Dat "
                "nevezték|nevez|VERB|VerbForm=Fin|Mood=Ind|Person=3|Number=Plur|Tense=Past .")
    assert [c.content.text for c in a.claims] == ["elhibázottnak"]


def test_a_claim_told_in_passing_does_not_make_its_speaker_the_one_described() -> None:
    """'„Magyar Péter azt mondta, hogy … Én azt mondanám, …” ¶ A közgazdász szerint …': the
    politician is quoted inside the economist's words, and the economist goes on; an attribution
    that breaks a quote is no such mention ('„Nem engedünk – mondta X –, …” A szakember szerint
    …' is X), nor is a claim in a clause of time ('…, amikor X azt mondta, … – fogalmazott a
    politikus' is X)."""
    a = analyse(f"[Zsiday Viktor]PER úgy|úgy|ADV gondolja|gondol|{PAST} , hogy|hogy|SCONJ "
                "nehéz|nehéz|ADJ lesz|van|VERB .",
                f"„ [Magyar Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "Varsóba|Varsó|PROPN|Case=Ill megy|megy|VERB . Én|én|PRON azt|az|PRON|Case=Acc "
                "mondanám|mond|VERB , hogy|hogy|SCONJ jó|jó|ADJ . ”",
                "¶ A közgazdász|közgazdász|NOUN szerint stabil|stabil|ADJ lesz|van|VERB "
                "a forint|forint|NOUN .")
    assert speakers(a)[-1] == "Zsiday Viktor"
    b = analyse(f"[Nagy Anna]PER szerint jó|jó|ADJ volt|van|{PAST} .",
                "„ Nem|nem|ADV engedünk|enged|VERB – mondta|mond|VERB|VerbForm=Fin|Mood=Ind "
                "[Kovács Béla]PER – , hazudnak|hazudik|VERB . ”",
                "A szakember|szakember|NOUN szerint nem|nem|ADV változik|változik|VERB "
                "semmi|semmi|PRON .")
    assert speakers(b)[-1] == "Kovács Béla"
    c = analyse(f"[Dobrev Klára]PER szerint baj|baj|NOUN van|van|{PAST} .",
                "¶ Ez|ez|PRON akkor|akkor|ADV változott|változik|VERB , amikor|amikor|SCONJ "
                f"[Orbán Viktor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "nő|nő|VERB a pótlék|pótlék|NOUN . „ Jó|jó|ADJ év|év|NOUN lesz|van|VERB . ” – "
                "fogalmazott|fogalmaz|VERB|VerbForm=Fin|Mood=Ind a politikus|politikus|NOUN .")
    assert speakers(c)[-1] == "Orbán Viktor"


def test_what_a_name_had_before_volt_is_someone_else() -> None:
    """'Kertész Ilona volt ügyfele szerint': her former client, whatever the noun; '– mondta
    Varga Judit korábbi ügyvédje Kovács Béla letartóztatása után': her lawyer, not her."""
    a = analyse(f"[Kertész Ilona]PER volt|van|{PAST} ügyfele|ügyfel|NOUN|{PSOR} szerint "
                "elsikkasztotta|elsikkaszt|VERB a pénzt|pénz|NOUN|Case=Acc .",
                "„ Megtettük|megtesz|VERB . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind "
                f"[Varga Judit]PER korábbi|korábbi|ADJ ügyvédje|ügyvéd|NOUN|{PSOR} "
                f"[Kovács Béla]PER letartóztatása|letartóztatás|NOUN|{PSOR} után|után|ADP .")
    assert speakers(a) == [None, None]


def test_an_outlet_in_the_dative_before_a_foreign_name_is_not_part_of_it() -> None:
    """'– mondta a Reutersnek Alvin Tillery': the recogniser may take the outlet and the person
    for one name; an inflected word ends a name, and the person (in the foreign order) speaks,
    as a person, never the professor's role given to someone else."""
    a = analyse("„ Rasszista|rasszista|ADJ . ” – mondta|mond|VERB|VerbForm=Fin|Mood=Ind a "
                "[Reutersnek|Reutersnek|PROPN Alvin|Alvin|PROPN Tillery|Tillery|PROPN]ORG , a "
                "professzor|professzor|NOUN .")
    names = {x.name: x.label for x in a.actors}
    assert names.get("Alvin Tillery") == "PER"
    assert speakers(a) == ["Alvin Tillery"]


def test_a_noun_of_saying_of_many_possessors_is_theirs_not_one_persons() -> None:
    """'Álláspontjuk szerint', 'Szavai szerint': nouns of saying the tagger may leave whole; the
    speaker goes on from a body ('A szakszervezet közölte … Álláspontjuk szerint'), never from
    one person ('– mondta Kovács Anna. Álláspontjuk szerint', 'Szerintük')."""
    a = analyse(f"A [Független Szakszervezet]ORG közölte|közöl|{PAST} , hogy baj|baj|NOUN "
                "van|van|VERB .",
                "Álláspontjuk|Álláspontjuk|PROPN szerint a bér|bér|NOUN kevés|kevés|ADJ .")
    assert speakers(a) == ["Független Szakszervezet", "Független Szakszervezet"]
    she_said = (f"[Kovács Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy "
                "baj|baj|NOUN van|van|VERB .")
    a = analyse(she_said,
                "Szavai|szó|NOUN|Case=Nom|Number=Plur|Person[psor]=3 szerint a bér|bér|NOUN "
                "kevés|kevés|ADJ .")
    assert speakers(a) == ["Kovács Anna", "Kovács Anna"]
    a = analyse(she_said,
                "Álláspontjuk|Álláspontjuk|PROPN szerint a bér|bér|NOUN kevés|kevés|ADJ .",
                "Szerintük|szerint|ADP a díj|díj|NOUN is|is|ADV kevés|kevés|ADJ .")
    assert speakers(a) == ["Kovács Anna", None, None]


@pytest.mark.model
def test_a_name_that_owns_an_adverbial_after_a_description_is_not_the_speaker(
    bundled_nlp,
) -> None:
    """'– jegyezte meg a Kína-szakértő Hszi legutóbbi pekingi beszéde kapcsán': a compound of a
    name and a role is no word of the name after it, and that name owns the noun of what the
    adverbial is about ('Hszi's speech'), so it is not the speaker: the expert is; 'az EU-biztos
    Várhelyi Olivér' is Várhelyi Olivér."""
    from reader.analysis import analyze

    text = ("A tárgyalások elakadtak – jegyezte meg a Kína-szakértő Hszi legutóbbi pekingi "
            "beszéde kapcsán.\n\nA forint gyengül – mondta az EU-biztos Várhelyi Olivér.\n")
    a = analyze(text, bundled_nlp)
    assert speakers(a) == [None, "Várhelyi Olivér"]


def test_a_noun_of_saying_of_many_possessors_goes_on_from_a_bodys_spokesperson() -> None:
    """'Tóth Péter, a MÁV szóvivője elmondta … Tájékoztatásuk szerint', 'A MÁV szóvivője, Tóth
    Péter szerint', 'Kiss Anna rendőrségi szóvivő szerint': a person named with the body they
    speak for, or as a spokesperson, speaks for its people, so 'their information' is still
    theirs."""
    more = ("Tájékoztatásuk|tájékoztatás|NOUN|Case=Nom|Number[psor]=Plur|Person[psor]=3 "
            "szerint a pálya|pálya|NOUN hibás|hibás|ADJ .")
    a = analyse(f"[Tóth Péter]PER , a [MÁV]ORG szóvivője|szóvivő|NOUN|{PSOR} "
                f"elmondta|elmond|{PAST} , hogy késik|késik|VERB a vonat|vonat|NOUN .", more)
    assert speakers(a) == ["Tóth Péter", "Tóth Péter"]
    a = analyse(f"A [MÁV]ORG szóvivője|szóvivő|NOUN|{PSOR} , [Tóth Péter]PER szerint "
                "késik|késik|VERB a vonat|vonat|NOUN .", more)
    assert speakers(a) == ["Tóth Péter", "Tóth Péter"]
    a = analyse("[Kiss Anna]PER rendőrségi|rendőrségi|ADJ szóvivő|szóvivő|NOUN szerint "
                "folyik|folyik|VERB a nyomozás|nyomozás|NOUN .", more)
    assert speakers(a) == ["Kiss Anna", "Kiss Anna"]


def test_a_noun_of_saying_of_many_possessors_is_not_a_spokespersons_after_another_group() -> None:
    """'… szóvivője elmondta, hogy a sztrájkolók … Álláspontjuk szerint': people in the plural
    named since are whose view it may be, so it is left open; so is a person speaking for no
    body, whatever body the sentence named before ('A Tisza Párt elutasította …, Kovács Anna
    független képviselő szerint … Álláspontjuk szerint')."""
    more = "Álláspontjuk|Álláspontjuk|PROPN szerint a bér|bér|NOUN kevés|kevés|ADJ ."
    a = analyse(f"[Tóth Péter]PER , a [MÁV]ORG szóvivője|szóvivő|NOUN|{PSOR} "
                f"elmondta|elmond|{PAST} , hogy a sztrájkolók|sztrájkoló|NOUN|Case=Nom|"
                "Number=Plur túloznak|túloz|VERB .", more)
    assert speakers(a) == ["Tóth Péter", None]
    a = analyse(f"A [Tisza Párt]ORG elutasította|elutasít|{PAST} a tervet|terv|NOUN|Case=Acc , "
                "[Kovács Anna]PER független|független|ADJ képviselő|képviselő|NOUN szerint "
                "rossz|rossz|ADJ .", more)
    assert speakers(a) == ["Kovács Anna", None]
    a = analyse(f"A [Független Szakszervezet]ORG közölte|közöl|{PAST} , hogy baj|baj|NOUN "
                "van|van|VERB .",
                "Információik|információ|NOUN|Case=Nom|Number=Plur|Number[psor]=Plur|"
                "Person[psor]=3 szerint a bér|bér|NOUN kevés|kevés|ADJ .")
    assert speakers(a) == ["Független Szakszervezet"] * 2  # the noun of saying is no group
    a = analyse("A [Tisza Párt]ORG tegnapi|tegnapi|ADJ ülése|ülés|NOUN|Case=Nom|Person[psor]=3 "
                "után|után|ADP , [Kovács Anna]PER független|független|ADJ "
                "képviselő|képviselő|NOUN szerint rossz|rossz|ADJ .", more)
    assert speakers(a) == ["Kovács Anna", None]


def test_a_body_named_by_its_acronym_wrote_its_own_statement() -> None:
    """'Az ÉKM vasárnapi közleményében azt írja, hogy': the body that owns the statement wrote
    it, named by the acronym, with its article and adjectives before the document noun; never
    the name with another ending ('a Mol-on')."""
    first = ("Reagált|reagál|VERB az [Építési és Közlekedési Minisztérium]ORG ( [ÉKM]ORG ) "
             "a hírre|hír|NOUN|Case=Sub .")
    statement = ("vasárnapi|vasárnapi|ADJ közleményében|közlemény|NOUN|Case=Ine|Person[psor]=3 "
                 f"azt|az|PRON|Case=Acc írja|ír|{PAST} , hogy nincs|nincs|VERB vita|vita|NOUN .")
    a = analyse(first, f"Az [ÉKM]ORG {statement}")
    assert speakers(a) == ["Építési és Közlekedési Minisztérium"]
    a = analyse(first, f"A [Mol]ORG {statement}")
    assert speakers(a) == ["Mol"]


def test_a_relative_clause_after_an_inverted_cue_has_its_own_subject() -> None:
    """'„…” – mondta a rapper, akivel Erika Kirk beszélgetett': the person in the relative
    clause did not say it, even where the tagger gave the speaker's noun an oblique case."""
    a = analyse("„ Szeretem|szeret|VERB őket|ő|PRON|Case=Acc . ” – "
                f"mondta|mond|{PAST} a rapper|rapper|NOUN|Case=Sbl , "
                "akivel|aki|PRON|Case=Ins|PronType=Rel [Erika Kirk]PER "
                f"beszélgetett|beszélget|{PAST} .")
    assert speakers(a) == [None]


def test_a_title_of_two_joined_adjectives_stays_with_its_name_before_szerint() -> None:
    """'Lázár János építési és közlekedési miniszter szerint': 'és' between two adjectives of
    one title does not cut the phrase, so the name before it speaks."""
    a = analyse("[Lázár János]PER építési|építési|ADJ és közlekedési|közlekedési|ADJ "
                "miniszter|miniszter|NOUN szerint nem|nem|ADV nő|nő|VERB a díj|díj|NOUN .")
    assert speakers(a) == ["Lázár János"]


def test_a_cue_that_opens_the_clause_after_a_bare_comma_is_part_of_what_was_said() -> None:
    """'Tóth Balázs elmondta, reméli, hogy …' without 'hogy': the first cue says it all, and
    its content opens with the second verb; the clause before the comma is no content of an
    inverted cue."""
    a = analyse(f"[Tóth Balázs]PER elmondta|elmond|{PAST} , reméli|remél|{PAST} , "
                "az új|új|ADJ évben|év|NOUN|Case=Ine játszhat|játszik|VERB .")
    assert [(c.cue.text, c.content.text[:6]) for c in a.claims] == [("elmondta", "reméli")]
    assert speakers(a) == ["Tóth Balázs"]


def test_a_second_cue_after_majd_and_is_shares_the_first_ones_subject() -> None:
    """'X azt mondta, hogy …, majd arról is beszélt, hogy …': 'is' after the pointer word does
    not hide the conjunction, so both verbs are X's, and the first content ends before the
    words that point to the second ('majd arról is')."""
    a = analyse(f"[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy a "
                "helyzet|helyzet|NOUN súlyos|súlyos|ADJ , majd|majd|ADV arról|az|PRON|Case=Del "
                f"is|is|ADV beszélt|beszél|{PAST} , hogy a kormány|kormány|NOUN "
                "hibázott|hibázik|VERB .")
    assert speakers(a) == ["Kovács Péter", "Kovács Péter"]
    assert [c.content.text for c in a.claims] == ["a helyzet súlyos", "a kormány hibázott"]


def test_a_hope_expressed_is_a_cue_and_its_noun_no_part_of_the_claim_before() -> None:
    """'…, és reményét fejezte ki, hogy …': a two-word cue of its own; the content before it
    ends before its noun."""
    a = analyse(f"[Kovács Péter]PER kijelentette|kijelent|{PAST} , hogy a kár|kár|NOUN "
                "nagy|nagy|ADJ , és reményét|remény|NOUN|Case=Acc|Person[psor]=3 "
                f"fejezte|fejez|{PAST} ki|ki|PART , hogy a kormány|kormány|NOUN "
                "fizet|fizet|VERB .")
    assert [c.content.text for c in a.claims] == ["a kár nagy", "a kormány fizet"]
    assert speakers(a) == ["Kovács Péter", "Kovács Péter"]


def test_a_case_the_tagger_guessed_for_a_noun_with_no_ending_is_no_case() -> None:
    """'– mondta a rapper': a noun the lemmatiser left whole that no ending of the tagged case
    ends (`rapper` tagged a sublative) is in the nominative, the description of the speaker;
    a real ending stays oblique, also where the lemmatiser left the word whole ('– mondta a
    portálnak': the addressee)."""
    first = f"[Nicki Minaj]PER rapper|rapper|NOUN fellépett|fellép|{PAST} ."
    a = analyse(first, f"„ Szeretem|szeret|VERB őket|ő|PRON|Case=Acc . ” – mondta|mond|{PAST} "
                "a rapper|rapper|NOUN|Case=Sbl .")
    assert speakers(a) == ["Nicki Minaj"]
    assert a.claims[0].source is not None and a.claims[0].source.text == "a rapper"
    a = analyse(first, f"„ Szeretem|szeret|VERB őket|ő|PRON|Case=Acc . ” – mondta|mond|{PAST} "
                "a portálnak|portálnak|NOUN|Case=Dat .")
    assert a.claims[0].source is None or "portálnak" not in a.claims[0].source.text


def test_a_claim_inside_a_quote_is_not_who_says_the_quote() -> None:
    """'X hozzátette: … „Szerintem a Fidesz szerint ez nem igaz” – mondta.': the 'szerint'
    inside the quote is part of what is said; the dash's speaker goes on from X, never from
    the body named inside the quote, in one sentence or across several."""
    before = (f"[Kovács Péter]PER hozzátette|hozzátesz|{PAST} : vannak|van|VERB "
              "terveik|terv|NOUN .")
    inside = "a [Fidesz]ORG szerint ez|ez|PRON nem|nem|ADV igaz|igaz|ADJ"
    a = analyse(before, f"„ Szerintem|szerint|ADP {inside} ” – mondta|mond|{PAST} .")
    assert speakers(a) == ["Kovács Péter", "Fidesz", "Kovács Péter"]
    a = analyse(before, "„ Ez|ez|PRON világos|világos|ADJ .",
                f"A terv|terv|NOUN {inside} ” – mondta|mond|{PAST} .")
    assert speakers(a)[-1] == "Kovács Péter"


def test_a_description_set_against_a_claim_in_its_sentence_is_someone_else() -> None:
    """'X azt mondta, hogy …, ám a polgármester szerint …': 'ám' or 'de' before the description
    sets it against what X said, so it is not X, and who else is a guess (open); after a
    sentence that reports no claim ('X nem reagált, de a miniszterelnök közölte') it may
    well be X."""
    a = analyse(f"[Orbán Viktor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy "
                "fizet|fizet|VERB , ám|ám|CCONJ a polgármester|polgármester|NOUN szerint "
                "ez|ez|PRON nem|nem|ADV igaz|igaz|ADJ .")
    assert speakers(a) == ["Orbán Viktor", None]
    a = analyse(f"[Orbán Viktor]PER nem|nem|ADV reagált|reagál|{PAST} , de a "
                f"miniszterelnök|miniszterelnök|NOUN később|később|ADV azt|az|PRON|Case=Acc "
                f"közölte|közöl|{PAST} , hogy fizet|fizet|VERB .")
    assert speakers(a) == ["Orbán Viktor"]


def test_a_comma_inverted_cue_after_a_clause_that_ends_in_a_verb_of_saying_stays() -> None:
    """'Senki sem kérdezett, mondta a polgármester.': the cue closing the sentence with its
    subject is inverted even where the clause before ends in a verb of saying; 'Ezt senki nem
    tagadja, jegyezte meg a szakértő.' is one claim, the expert's, not a denial whose content is
    the attribution."""
    a = analyse("Senki|senki|PRON sem|sem|ADV kérdezett|kérdez|VERB , mondta|mond|VERB "
                "a polgármester|polgármester|NOUN .")
    assert [(c.rule, c.cue.text, c.content.text) for c in a.claims] == [
        ("inverted", "mondta", "Senki sem kérdezett")]
    a = analyse("Ezt|ez|PRON|Case=Acc senki|senki|PRON nem|nem|ADV tagadja|tagad|VERB , "
                "jegyezte|jegyez|VERB meg|meg|PART a szakértő|szakértő|NOUN .")
    assert [(c.rule, c.content.text) for c in a.claims] == [("inverted", "Ezt senki nem tagadja")]


def test_a_name_before_a_plural_group_is_not_the_source_of_szerint() -> None:
    """'Tarr Zoltán külügyi és biztonságpolitikai szakértők szerint hibázott': a plural noun
    with no possessor is never a title of the name before it; the name is the verb's subject
    ('a Fidesz képviselői szerint' is still the body's)."""
    a = analyse("[Tarr Zoltán]PER külügyi|külügyi|ADJ és biztonságpolitikai|biztonságpolitikai|ADJ "
                "szakértők|szakértő|NOUN|Case=Nom|Number=Plur szerint "
                "hibázott|hibázik|VERB .")
    assert speakers(a) == [None]


def test_the_owner_of_a_document_is_not_its_writer_when_someone_else_is_named_after_it() -> None:
    """'A DK vasárnapi közleményében Dobrev Klára azt írta': the person named after the document
    wrote it, not the body that owns it; the author's own title before the document counts for
    nothing ('X főpolgármester bejegyzésében Y-t … nevezte' is X's)."""
    statement = ("vasárnapi|vasárnapi|ADJ közleményében|közlemény|NOUN|Case=Ine|Person[psor]=3")
    a = analyse(f"A [DK]ORG {statement} [Dobrev Klára]PER azt|az|PRON|Case=Acc "
                f"írta|ír|{PAST} , hogy baj|baj|NOUN van|van|VERB .")
    assert speakers(a) != ["DK"]
    a = analyse(f"A [Mol]ORG {statement} a vállalat|vállalat|NOUN "
                f"vezérigazgatója|vezérigazgató|NOUN|{PSOR} azt|az|PRON|Case=Acc "
                f"írta|ír|{PAST} , hogy baj|baj|NOUN van|van|VERB .")
    assert speakers(a) != ["Mol"]
    a = analyse(f"[Karácsony Gergely]PER főpolgármester|főpolgármester|NOUN "
                "bejegyzésében|bejegyzésében|NOUN|Case=Ine|Person[psor]=3 "
                "[Nádasdy|Nádasdy|PROPN Ádámot|Ádám|PROPN|Case=Acc]PER szabad|szabad|ADJ "
                f"embernek|ember|NOUN|Case=Dat nevezte|nevez|{PAST} .")
    assert speakers(a) == ["Karácsony Gergely"]


def test_a_description_set_against_a_claim_still_names_whom_the_article_gave_the_role() -> None:
    """'Kovács Anna, a kórház igazgatója elmondta, hogy …, de az igazgató szerint …', 'Papp
    László polgármester beszélt. Lázár János azt mondta, hogy …, de a polgármester szerint
    …': the contrast leaves out only guesses; a person named with that very role is still
    the speaker."""
    a = analyse(f"[Kovács Anna]PER , a kórház|kórház|NOUN igazgatója|igazgató|NOUN|{PSOR} "
                f"elmondta|elmond|{PAST} , hogy nincs|nincs|VERB hiány|hiány|NOUN , de "
                "az igazgató|igazgató|NOUN szerint kevés|kevés|ADJ a nővér|nővér|NOUN .")
    assert speakers(a) == ["Kovács Anna", "Kovács Anna"]
    a = analyse(f"[Papp László]PER polgármester|polgármester|NOUN beszélt|beszél|{PAST} .",
                f"[Lázár János]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy jó|jó|ADJ "
                "a vasút|vasút|NOUN , de a polgármester|polgármester|NOUN szerint "
                "rossz|rossz|ADJ .")
    assert speakers(a) == ["Lázár János", "Papp László"]


def test_the_sentence_before_a_subjectless_cue_is_read_from_its_main_clause() -> None:
    """'Miután a KSH közölte, hogy …, Orbán Viktor is megszólalt. Megismételte, hogy …': the
    main clause's subject speaks on, not the subordinate clause's; where the main clause's
    subject is a thing a name only qualifies ('Bár X felszólalt, a Fidesz iránti
    elkötelezettsége …': the name is a postposition's), the subordinate clause's person
    does."""
    a = analyse(f"Miután|miután|SCONJ a [KSH]ORG közölte|közöl|{PAST} , hogy nő|nő|VERB az "
                "infláció|infláció|NOUN , [Orbán Viktor]PER is|is|ADV "
                f"megszólalt|megszólal|{PAST} .",
                f"Megismételte|megismétel|{PAST} , hogy a szankció|szankció|NOUN a ok|ok|NOUN .")
    assert speakers(a) == ["KSH", "Orbán Viktor"]
    a = analyse(f"Bár|bár|SCONJ [Novák Katalin]PER felszólalt|felszólal|{PAST} , a [Fidesz]ORG "
                f"iránti|iránti|ADJ elkötelezettsége|elkötelezettség|NOUN|{PSOR} nem|nem|ADV "
                "volt|van|VERB kétséges|kétséges|ADJ .",
                f"Arról|az|PRON|Case=Del beszélt|beszél|{PAST} , hogy a nő|nő|NOUN "
                "otthon|otthon|ADV marad|marad|VERB .")
    assert speakers(a) == ["Novák Katalin"]


def test_the_main_clause_of_the_sentence_before_counts_only_as_a_person() -> None:
    """'Bár Lázár János jelen volt, a MÁV nem küldött képviselőt. Azt mondta, hogy …': a body
    or a group as the main clause's subject does not say a singular cue that goes on; the
    person of the first clause does."""
    a = analyse(f"Bár|bár|SCONJ [Lázár János]PER jelen|jelen|ADV volt|van|{PAST} , a [MÁV]ORG "
                f"nem|nem|ADV küldött|küld|{PAST} senkit|senki|PRON|Case=Acc .",
                f"Azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy a vezetés|vezetés|NOUN "
                "felelőtlen|felelőtlen|ADJ .")
    assert speakers(a) == ["Lázár János"]


def test_names_joined_before_a_plural_title_share_it_before_szerint() -> None:
    """'Karsai László és Ungváry Krisztián történészek szerint': the plural title is the named
    people's, so the phrase keeps the name before it; the two speak together, so the speaker
    is left open (twenty-second session: before, the last name)."""
    a = analyse("[Karsai László]PER és [Ungváry Krisztián]PER "
                "történészek|történész|NOUN|Case=Nom|Number=Plur szerint a szobor|szobor|NOUN "
                "hamis|hamis|ADJ .")
    assert [c.source.text if c.source else None for c in a.claims] == [
        "Ungváry Krisztián történészek"]
    assert speakers(a) == [None]


def test_a_role_after_de_with_a_verb_of_its_own_goes_on_with_the_speaker() -> None:
    """'X azt mondta, hogy …, de a kormányfő később elismerte, hogy …': only a description of a
    'szerint' is set against the claim before; with a verb of its own it is the same person
    going on, as before."""
    a = analyse(f"[Orbán Viktor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy "
                "nincs|nincs|VERB pénz|pénz|NOUN , de a kormányfő|kormányfő|NOUN "
                "később|később|ADV "
                f"elismerte|elismer|{PAST} , hogy van|van|VERB tartalék|tartalék|NOUN .")
    assert speakers(a) == ["Orbán Viktor", "Orbán Viktor"]


def test_a_consul_is_a_role_whatever_the_lemmatiser_cut() -> None:
    """'Nagy Béla konzul … – mondta a konzul': 'konzul' is a role, so the description names
    him (the lemmatiser may cut the title beside the name to 'konz')."""
    a = analyse(f"[Nagy Béla]PER konzul|konz|NOUN|Case=Ess beszélt|beszél|{PAST} .",
                "„ Erősek|erős|ADJ vagyunk|van|VERB . ” – "
                f"mondta|mond|{PAST} a konzul|konzul|NOUN .")
    assert speakers(a) == ["Nagy Béla"]


def test_aki_after_a_name_in_the_dative_is_that_person() -> None:
    """'… Szentkirályi Alexandrának, aki erre azt közölte, hogy …': 'aki' is the subject, so its
    antecedent speaks whatever case the main clause gives it (a dative before a verb of its own
    clause is still an addressee: 'Orbán Viktornak írt levelében azt írta')."""
    a = analyse(f"A politikus|politikus|NOUN ezt|ez|PRON|Case=Acc jelezte|jelez|{PAST} "
                "[Tóth Annának|Anna|PROPN|Case=Dat]PER , aki|aki|PRON|Case=Nom "
                "erre|ez|PRON|Case=Sbl reagálva|reagálva|ADV azt|az|PRON|Case=Acc "
                f"közölte|közöl|{PAST} , hogy|hogy|SCONJ nincs|nincs|VERB baj|baj|NOUN .",
                "[Kiss Gábornak|Gábor|PROPN|Case=Dat]PER írt|ír|ADJ|VerbForm=PartPast "
                f"levelében|levél|NOUN|Case=Ine|Person[psor]=3 azt|az|PRON|Case=Acc írta|ír|{PAST} "
                ", hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["Tóth Anna", None]


def test_aki_after_an_apposition_is_the_name_before_it() -> None:
    """'X, a párt igazgatója szólalt meg, aki azt mondta': the clause before ', aki' opens with
    the apposition of a person named before its comma, who is its subject; where that clause
    names a person itself ('X, a párt elnöke és Y is felszólalt, aki'), that one is ('aki' is
    the nearest, as before); where a noun in another case stands in it ('X, a kamara elnöke a
    miniszterrel tárgyalt, aki'), no one."""
    a = analyse("Egyedül [Kiss Gábor]PER , a párt|párt|NOUN igazgatója|igazgató|NOUN|" + PSOR
                + f" szólalt|szól|{PAST} meg|meg|PART , aki|aki|PRON|Case=Nom azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ .",
                "¶ A vitában|vita|NOUN|Case=Ine [Nagy Béla]PER , a párt|párt|NOUN "
                f"elnöke|elnök|NOUN|{PSOR} és|és|CCONJ [Tóth Anna]PER is|is|ADV "
                f"felszólalt|felszólal|{PAST} , aki|aki|PRON|Case=Nom azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ rossz|rossz|ADJ .",
                "¶ [Kovács Béla]PER , a kamara|kamara|NOUN elnöke|elnök|NOUN|" + PSOR
                + " a miniszterrel|miniszter|NOUN|Case=Ins tárgyalt|tárgyal|"
                f"{PAST} , aki|aki|PRON|Case=Nom azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ elmarad|elmarad|VERB .")
    assert speakers(a) == ["Kiss Gábor", "Tóth Anna", None]  # (the minister may be 'aki')


def test_the_subjects_own_pedig_does_not_turn_the_sentence_to_someone_else() -> None:
    """'Tóth Anna elment. Kiss Gábor pedig sokat nem tett, inkább azt hangoztatta': 'pedig' right
    after the sentence's own subject marks that subject, so the cue shares it (never the person
    of the sentence before); after other words it turns to a new subject, which is not known."""
    a = analyse(f"[Tóth Anna]PER elment|elmegy|{PAST} .",
                "[Kiss Gábor]PER pedig|pedig|CCONJ sokat|sok|NOUN|Case=Acc nem|nem|ADV "
                f"tett|tesz|{PAST} , inkább|inkább|ADV azt|az|PRON|Case=Acc "
                f"hangoztatta|hangoztat|{PAST} , hogy|hogy|SCONJ a baloldal|baloldal|NOUN "
                "tehet|tehet|VERB róla|ő|PRON .")
    assert speakers(a) == ["Kiss Gábor"]


def test_a_claim_inside_a_relative_or_reason_clause_of_a_content_does_not_end_it() -> None:
    """'X azt mondta, hogy A nem igazolja, amit korábban állított, miszerint …', 'X azt mondta,
    hogy A, ezért arra kérték …': the inner cue stands in a clause of the content, which runs
    on over it, also where it names who claimed it ('…, amit Y állított, miszerint …'); a
    clause with a subject and a content of its own ('…, amit Y azzal utasított vissza, hogy',
    'Y pedig azt közölte') or a 'szerint' ends it."""
    a = analyse(f"[Kiss Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "semmi|semmi|PRON nem|nem|ADV igazolja|igazol|VERB , amit|ami|PRON|Case=Acc "
                f"korábban|korábban|ADV állított|állít|{PAST} , "
                "miszerint|miszerint|SCONJ rokonok|rokon|NOUN .",
                f"¶ [Nagy Béla]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "sikeres|sikeres|ADJ volt|van|VERB , ezért|ezért|ADV arra|az|PRON|Case=Sbl "
                f"kérték|kér|{PAST} a tüntetőket|tüntető|NOUN|Case=Acc , hogy|hogy|SCONJ "
                "menjenek|megy|VERB haza|haza|ADV .",
                f"¶ [Kiss Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "nincs|nincs|VERB baj|baj|NOUN , [Tóth Anna]PER pedig|pedig|CCONJ "
                f"azt|az|PRON|Case=Acc közölte|közöl|{PAST} , hogy|hogy|SCONJ van|van|VERB .")
    contents = [c.content.text for c in a.claims]
    assert contents[0] == "semmi nem igazolja, amit korábban állított, miszerint rokonok"
    assert contents[2].startswith("sikeres volt, ezért arra kérték a tüntetőket")
    assert contents[-2:] == ["nincs baj", "van"]
    other = analyse(f"[Kiss Péter]PER azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ "
                    "a kormány|kormány|NOUN hazudik|hazudik|VERB , amit|ami|PRON|Case=Acc "
                    "[Tóth Anna]PER azzal|az|PRON|Case=Ins utasított|utasít|"
                    f"{PAST} vissza|vissza|ADV , hogy|hogy|SCONJ nyilvánosak|nyilvános|ADJ .")
    assert [c.content.text for c in other.claims][0] == "a kormány hazudik"
    named = analyse(f"[Kiss Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                    "semmi|semmi|PRON nem|nem|ADV igazolja|igazol|VERB , amit|ami|PRON|Case=Acc "
                    f"[Tóth Anna]PER korábban|korábban|ADV állított|állít|{PAST} , "
                    "miszerint|miszerint|SCONJ rokonok|rokon|NOUN .")
    assert named.claims[0].content.text == (
        "semmi nem igazolja, amit Tóth Anna korábban állított, miszerint rokonok")


def test_a_role_the_last_speaker_holds_too_goes_on_with_the_speaker() -> None:
    """'X miniszter azt mondta, … Y igazságügyi miniszter lemondásáról … A miniszter szerint
    …': the article gives the role to two, but the one speaking holds it, so the description
    goes on with them; where the last speaker does not hold it, it stays open (as before)."""
    def passage(speaker: str, title: str) -> list[str]:
        return [f"[{speaker}]PER {title} azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ jó|jó|ADJ .",
                f"Beszélt|beszél|{PAST} a [Nagy Anna]PER igazságügyi|igazságügyi|ADJ "
                "miniszter|miniszter|NOUN lemondásáról|lemondás|NOUN|Case=Del|Person[psor]=3 "
                "is|is|ADV .",
                "A tárgyalás|tárgyalás|NOUN hosszú|hosszú|ADJ volt|van|VERB .",
                "A miniszter|miniszter|NOUN szerint ez|ez|PRON baj|baj|NOUN ."]
    a = analyse(*passage("Kiss Péter", "belügyi|belügyi|ADJ miniszter|miniszter|NOUN"),
                "¶", *passage("Tóth Béla", "tanár|tanár|NOUN"))
    assert speakers(a) == ["Kiss Péter", "Kiss Péter", "Tóth Béla", None]


def test_the_person_named_after_an_owner_of_an_oblique_noun_is_the_subject() -> None:
    """'A 444.hu nyári érdeklődésekor Menczer Tamás elárulta': the outlet owns the time phrase,
    the person named right before the verb speaks; 'Orbán Viktor rádióbeszédében azt mondta'
    (the tagger marked no possessor): a person's own speech is theirs; a show or an interview is
    its guest's as much as its host's ('Bochkor Gábor műsorában', 'az ATV műsorában')."""
    a = analyse("A [444.hu]ORG nyári|nyári|ADJ érdeklődésekor|érdeklődés|NOUN|Case=Tem|"
                f"Person[psor]=3 [Menczer Tamás]PER elárulta|elárul|{PAST} , hogy|hogy|SCONJ "
                "sok|sok|ADJ volt|van|VERB .",
                f"¶ [Orbán Viktor]PER rádióbeszédében|rádióbeszéd|NOUN|Case=Ine "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ .",
                "¶ Az [ATV]ORG műsorában|műsor|NOUN|Case=Ine|Person[psor]=3 azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ rossz|rossz|ADJ .",
                f"¶ [Bochkor Gábor]PER műsorában|műsor|NOUN|Case=Ine|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ nem|nem|ADV "
                "emelnek|emel|VERB .")
    assert speakers(a) == ["Menczer Tamás", "Orbán Viktor", None, None]


def test_the_gap_of_a_lost_dash_bounds_the_clause_of_a_subject() -> None:
    """'A gazdaság egy szektorra épül  ahogy a Bizottság írta: …': the two spaces of a lost dash
    end the clause before where a clause's opener or a cue follows them; elsewhere they are a
    space ('Néhány képviselő  például X  már kijelentette': the first words are the subject)."""
    a = analyse("Jelentős|jelentős|ADJ része|rész|NOUN|Person[psor]=3 egyetlen|egyetlen|DET "
                "szektor|szektor|NOUN üzemeként|üzem|NOUN|Case=Ess|Person[psor]=3 "
                "funkcionál|funkcio|NOUN|Case=Ade ␣ ahogy|ahogy|PRON az [Európai Bizottság]ORG "
                f"írta|ír|{PAST} : a visszaeséshez|visszaesés|NOUN|Case=All "
                "hozzájárul|hozzájárul|VERB .",
                "¶ Néhány|néhány|DET képviselő|képviselő|NOUN ␣ például|például|ADV az "
                "osztrák|osztrák|ADJ [Othmar Karas]PER ␣ már|már|ADV "
                f"kijelentette|kijelent|{PAST} , hogy|hogy|SCONJ javasolná|javasol|VERB "
                "a felfüggesztést|felfüggesztés|NOUN|Case=Acc .")
    assert speakers(a) == ["Európai Bizottság", None]
    assert a.claims[1].source is not None and a.claims[1].source.text == "Néhány képviselő"
    stray = analyse(f"[Tóth Gábor]PER polgármester|polgármester|NOUN ␣ a csütörtöki|csütörtöki|ADJ "
                    f"ülésen|ülés|NOUN|Case=Sup azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                    "hogy|hogy|SCONJ nem|nem|ADV emelnek|emel|VERB adót|adó|NOUN|Case=Acc .")
    assert speakers(stray) == ["Tóth Gábor"]  # a stray gap before no opener is a space


def test_a_szerinte_after_a_reason_stays_in_the_content_after_a_result_starts_a_claim() -> None:
    """'X azt mondta, hogy A, mivel szerintük B': the reason is part of what X said; 'X azt
    mondta, hogy A, így szerinte B': B is X's next claim, so the first ends before it."""
    a = analyse(f"[Kiss Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "a kormány|kormány|NOUN blokkol|blokkol|VERB , mivel|mivel|SCONJ "
                "szerintük|szerint|ADP késik|késik|VERB a vezeték|vezeték|NOUN .",
                f"¶ [Tóth Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "védettség|védettség|NOUN alakul|alakul|VERB ki|ki|ADV , így|így|ADV "
                "szerinte|szerint|ADP megvéd|megvéd|VERB az oltás|oltás|NOUN .")
    first = [c.content.text for c in a.claims if c.cue.text == "mondta"]
    assert first == ["a kormány blokkol, mivel szerintük késik a vezeték", "védettség alakul ki"]


def test_a_ministry_noun_is_never_an_outlet_named_before() -> None:
    """'A HVG kérdéseire a minisztérium azt válaszolta': the ministry answers the outlet; 'a
    tárca', 'a minisztérium' never fall back on an outlet, while 'a cég' may be one ('Az RTL
    közölte … A cég szerint')."""
    a = analyse("A [HVG]ORG kérdéseire|kérdés|NOUN|Case=Sbl|Person[psor]=3 a "
                f"minisztérium|minisztérium|NOUN azt|az|PRON|Case=Acc válaszolta|válaszol|{PAST} "
                ", hogy|hogy|SCONJ nincs|nincs|VERB adat|adat|NOUN .",
                f"¶ Az [RTL]ORG pénteken|péntek|NOUN|Case=Sup közölte|közöl|{PAST} , "
                "hogy|hogy|SCONJ bővít|bővít|VERB .",
                "A cég|cég|NOUN szerint ez|ez|PRON jó|jó|ADJ .")
    assert speakers(a) == [None, "RTL", "RTL"]


def test_the_subject_before_a_szerint_phrase_shares_the_verb_after_es() -> None:
    """'A férfi a Denník N szerint pártot alapított, és azt írta: …': the verb before 'és' is the
    content's, its subject stands before the 'szerint' phrase, so the outlet is not who wrote."""
    a = analyse("A férfi|férfi|NOUN a [Denník N]ORG szerint pártot|párt|NOUN|Case=Acc "
                f"alapított|alapít|{PAST} , és|és|CCONJ azt|az|PRON|Case=Acc írta|ír|{PAST} : "
                "„ Az erőszak|erőszak|NOUN rossz|rossz|ADJ . ”")
    assert speakers(a)[0] == "Denník N"  # the outlet reports the founding
    assert "Denník N" not in speakers(a)[1:]


def test_a_description_after_a_person_named_in_a_subordinate_clause_is_left_open() -> None:
    """'X szerint …, amikor Y bejelentette, hogy … A szakember szerint': the passage may be
    about X or Y, so no guess (before: Y, who only announced in passing)."""
    a = analyse(f"[Zsiday Viktor]PER szerint látszott|látszik|{PAST} a megingás|megingás|NOUN , "
                f"amikor|amikor|SCONJ [Nagy Márton]PER bejelentette|bejelent|{PAST} , "
                "hogy|hogy|SCONJ nő|nő|VERB a hiány|hiány|NOUN .",
                "A szakember|szakember|NOUN szerint ez|ez|PRON nem|nem|ADV "
                "számít|számít|VERB .")
    assert speakers(a) == ["Zsiday Viktor", "Nagy Márton", None]


def test_a_person_named_in_a_subordinate_clause_alone_is_the_one_described() -> None:
    """'Kiderült, hogy X lemondott. A politikus most azt mondta': no one else is named, so the
    description is still X."""
    a = analyse(f"Kiderült|kiderül|{PAST} , hogy|hogy|SCONJ [Kárpáti Levente]PER "
                f"lemondott|lemond|{PAST} .",
                f"A politikus|politikus|NOUN most|most|ADV azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ nem|nem|ADV bánta|bán|{PAST} .")
    assert speakers(a) == ["Kárpáti Levente"]


def test_a_description_after_a_person_named_in_the_main_clause_still_names_them() -> None:
    """The same passage with the person in the main clause: the description is theirs."""
    a = analyse(f"[Nagy Márton]PER bejelentette|bejelent|{PAST} , hogy|hogy|SCONJ "
                "nő|nő|VERB a hiány|hiány|NOUN .",
                "A szakember|szakember|NOUN szerint ez|ez|PRON nem|nem|ADV "
                "számít|számít|VERB .")
    assert speakers(a) == ["Nagy Márton", "Nagy Márton"]


def test_a_competitor_with_another_role_does_not_unsettle_the_person_in_the_clause() -> None:
    """'X kormányszóvivő közölte, hogy …, amint Y jóváhagyja. A biztos szerint': the spokesman
    is no 'biztos', so the description is still Y, named in the subordinate clause."""
    a = analyse(f"[Kovács Zoltán]PER kormányszóvivő|kormányszóvivő|NOUN közölte|közöl|{PAST} , "
                "hogy|hogy|SCONJ indul|indul|VERB a program|program|NOUN , amint|amint|SCONJ "
                f"[Várhelyi Olivér]PER jóváhagyja|jóváhagy|{PAST} .",
                "A biztos|biztos|NOUN szerint ez|ez|PRON hamarosan|hamarosan|ADV "
                "megtörténik|megtörténik|VERB .")
    assert speakers(a) == ["Kovács Zoltán", "Várhelyi Olivér"]


def test_a_converb_of_any_reporting_verb_is_a_cue() -> None:
    """'X árnyalta a nyilatkozatot, hangsúlyozva, hogy …', '– mondta X, megjegyezve, hogy …':
    the tagger leaves a converb's form as its lemma; the verb it is made from reports, and the
    converb shares the subject of the verb it hangs on."""
    a = analyse(f"[Bíró Zoltán]PER árnyalta|árnyal|{PAST} "
                "a nyilatkozatot|nyilatkozat|NOUN|Case=Acc , "
                "hangsúlyozva|hangsúlyozva|ADV|VerbForm=Conv , hogy|hogy|SCONJ nagy|nagy|ADJ "
                "a különbség|különbség|NOUN .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("hangsúlyozva", "nagy a különbség")]
    assert speakers(a) == ["Bíró Zoltán"]
    b = analyse(f"„ Fizessék|fizet|VERB ki|ki|ADV ” – mondta|mond|{PAST} [Karácsony Gergely]PER , "
                "megjegyezve|megjegyezve|ADV|VerbForm=Conv , hogy|hogy|SCONJ "
                "nevetséges|nevetséges|ADJ az összeg|összeg|NOUN .")
    assert [c.cue.text for c in b.claims] == ["mondta", "megjegyezve"]
    assert speakers(b) == ["Karácsony Gergely", "Karácsony Gergely"]


@pytest.mark.parametrize("before, converb", [
    ("arra|az|PRON|Case=Sub", "reagálva|reagálva|ADV|VerbForm=Conv"),  # what was answered
    ("annyira|annyira|ADV", "megerősítve|megerősítve|ADV|VerbForm=Conv"),  # how strong
    (",", "remélve|remélve|ADV|VerbForm=Conv"),  # a verb of opinion: why, not what was said
])
def test_a_converb_that_reports_nothing_is_no_cue(before: str, converb: str) -> None:
    a = analyse(f"[Bíró Zoltán]PER elutazott|elutazik|{PAST} {before} {converb} , "
                "hogy|hogy|SCONJ nagy|nagy|ADJ a különbség|különbség|NOUN .")
    assert a.claims == ()


def test_a_name_after_an_article_begins_a_phrase_and_is_not_its_subject() -> None:
    """'A Kamala Harris alelnökjelöltjeként ismertté vált politikus kijelentette': a name takes
    no article, so the article belongs to the phrase the name only begins; the person it names
    is not who spoke ('A Kovács Béla is azt mondta' still is Kovács Béla)."""
    a = analyse("[Tim Walz]PER is|is|ADV megszólalt|megszólal|VERB .",
                "A [Kamala Harris]PER alelnökjelöltjeként|alelnökjelöltjeként|ADV "
                "ismertté|ismert|ADJ|Case=Tra vált|válik|ADJ politikus|politikus|NOUN "
                f"kijelentette|kijelent|{PAST} , hogy|hogy|SCONJ aljas|aljas|ADJ .")
    assert "Kamala Harris" not in speakers(a)
    b = analyse(f"A [Kovács Béla]PER is|is|ADV azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ jó|jó|ADJ lesz|van|VERB .")
    assert speakers(b) == ["Kovács Béla"]


@pytest.mark.parametrize("verb", ["kitért|kitér", "hivatkozott|hivatkozik", "sérelmezte|sérelmez"])
def test_more_verbs_report_a_clause(verb: str) -> None:
    """'X arra is kitért, hogy …', 'arra hivatkozott, hogy …', 'azt sérelmezte, hogy …' report
    what X said; the same verbs with an indirect question ('kitért arra, hogyan') or an object
    only ('sérelmezte a döntést') report nothing one could check."""
    a = analyse(f"[Lázár János]PER arra|az|PRON|Case=Sub is|is|ADV {verb}|{PAST} , "
                "hogy|hogy|SCONJ változik|változik|VERB a politika|politika|NOUN .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        (verb.split("|")[0], "változik a politika")]
    assert speakers(a) == ["Lázár János"]
    b = analyse(f"[Lázár János]PER {verb}|{PAST} a döntést|döntés|NOUN|Case=Acc .")
    assert b.claims == ()


def test_a_topic_verb_with_an_indirect_question_reports_nothing() -> None:
    a = analyse(f"[Lázár János]PER kitért|kitér|{PAST} arra|az|PRON|Case=Sub , "
                "hogyan|hogyan|ADV változik|változik|VERB a politika|politika|NOUN .")
    assert a.claims == ()


def test_a_view_that_opens_with_a_result_and_a_content_that_ends_before_while() -> None:
    """'X szerint A, míg Y úgy véli, ezért B': X's view ends before 'míg' (a content never ends
    in a subordinating word), and Y's view opens with the result word the tagger reads as a
    conjunction."""
    a = analyse(f"[Lipták Tamás]PER szerint|szerint|ADP a kijelentés|kijelentés|NOUN "
                "rossz|rossz|ADJ , míg|míg|SCONJ [Horváth Tamás]PER úgy|úgy|ADV "
                f"véli|vél|{PAST} , ezért|ezért|CCONJ le|le|ADV kell|kell|VERB "
                "mondania|mond|VERB .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("szerint", "a kijelentés rossz"), ("véli", "ezért le kell mondania")]
    assert speakers(a) == ["Lipták Tamás", "Horváth Tamás"]


def test_news_given_is_a_cue() -> None:
    """'…, – adta hírül a lap': the paper reported it."""
    a = analyse("A bevétel|bevétel|NOUN nő|nő|VERB – "
                f"adta|ad|{PAST} hírül|hír|NOUN|Case=Del a [Magyar Jelen]ORG .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [("adta", "A bevétel nő")]
    assert speakers(a) == ["Magyar Jelen"]


def test_this_after_a_dash_points_back_to_what_was_said() -> None:
    """'A, B – ezt reagálta X, a tárca vezetője': the words before the dash are X's, never the
    apposition after the comma."""
    a = analyse("Tárgyalnak|tárgyal|VERB bárkivel|bárki|PRON|Case=Ins – ezt|ez|PRON|Case=Acc "
                f"reagálta|reagál|{PAST} [Lázár János]PER , a tárca|tárca|NOUN "
                "vezetője|vezető|NOUN|Person[psor]=3 .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("reagálta", "Tárgyalnak bárkivel")]
    assert speakers(a) == ["Lázár János"]


def test_objecting_reports_a_clause() -> None:
    """'kikérte magának, hogy …' (rejected it); not 'kikérte a véleményét' (asked for it)."""
    a = analyse(f"[Polyák Gábor]PER kikérte|kikér|{PAST} magának|maga|PRON|Case=Dat , "
                "hogy|hogy|SCONJ [Orbán Balázs]PER doktorizhat|doktorizál|VERB .")
    assert [(c.kind, c.content.text) for c in a.claims] == [
        ("denial", "Orbán Balázs doktorizhat")]
    assert speakers(a) == ["Polyák Gábor"]
    b = analyse(f"[Polyák Gábor]PER kikérte|kikér|{PAST} a diákok|diák|NOUN "
                "véleményét|vélemény|NOUN|Case=Acc|Person[psor]=3 .")
    assert b.claims == ()


def test_dodging_a_question_reports_nothing() -> None:
    """'kitért a kérdés elől, hogy …', 'A busz kitért, hogy …': swerved or dodged; only 'arra
    kitért, hogy' reports."""
    a = analyse(f"[Magyar Péter]PER kitért|kitér|{PAST} a kérdés|kérdés|NOUN elől|elől|ADP , "
                "hogy|hogy|SCONJ feljelentést|feljelentés|NOUN|Case=Acc tesz|tesz|VERB .",
                f"A busz|busz|NOUN kitért|kitér|{PAST} , hogy|hogy|SCONJ "
                "elkerülje|elkerül|VERB az ütközést|ütközés|NOUN|Case=Acc .")
    assert a.claims == ()


@pytest.mark.parametrize("time", ["október|október|NOUN 10-én|10|NOUN|Case=Sup",
                                  "2012|2012|NUM januárjában|január|NOUN|Case=Ine"])
def test_a_time_after_the_subject_is_not_part_of_its_phrase(time: str) -> None:
    """'X október 10-én kijelentette': the date ends the subject's phrase; the subject is X
    (not a time, and never the last person quoted before)."""
    a = analyse(f"[Virág Barnabás]PER beszélt|beszél|{PAST} .",
                f"[Orbán Viktor]PER {time} kijelentette|kijelent|{PAST} : "
                "jók|jó|ADJ vagyunk|van|VERB .")
    assert speakers(a) == ["Orbán Viktor"]


def test_a_body_a_country_owns_speaks_not_the_country() -> None:
    """'India Egészségügyi Minisztériuma közölte': the ministry, not India."""
    a = analyse("[India]LOC [Egészségügyi Minisztériuma|minisztérium|PROPN]ORG "
                f"közölte|közöl|{PAST} , hogy|hogy|SCONJ mentes|mentes|ADJ .")
    assert speakers(a) == ["Egészségügyi Minisztériuma"]


def test_a_source_that_tells_what_someone_said_keeps_its_claim() -> None:
    """'Egy forrásunk szerint X jelezte, hogy …': the source's claim (whose speaker is kept
    unnamed) holds X's; both are claims (docs/annotation.md: the inner one is optional), and
    the source's is never handed to X."""
    a = analyse("Egy|egy|DET forrásunk|forrás|NOUN|Person[psor]=1 szerint|szerint|ADP "
                f"[Szájer József]PER jelezte|jelez|{PAST} , hogy|hogy|SCONJ "
                "nem|nem|ADV indul|indul|VERB .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("szerint", "Szájer József jelezte, hogy nem indul"), ("jelezte", "nem indul")]
    assert speakers(a) == [None, "Szájer József"]


def test_a_converb_after_someones_words_is_left_open() -> None:
    """'X szerint az ellenzék hazudik, hangsúlyozva, hogy …', 'X szerint Y elárulta az országot,
    hangsúlyozva, hogy …': X's, or (as X tells it) the opposition's or Y's: left open, never
    handed to either by a guess, and X's claim is kept whole before it."""
    a = analyse(f"[Kocsis Máté]PER szerint|szerint|ADP az ellenzék|ellenzék|NOUN "
                f"hazudik|hazudik|{PAST} , hangsúlyozva|hangsúlyozva|ADV|VerbForm=Conv , "
                "hogy|hogy|SCONJ nyilvánosak|nyilvános|ADJ az adatok|adat|NOUN .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("szerint", "az ellenzék hazudik"), ("hangsúlyozva", "nyilvánosak az adatok")]
    assert speakers(a) == ["Kocsis Máté", None]
    b = analyse(f"[Magyar Péter]PER szerint|szerint|ADP [Orbán Viktor]PER "
                f"elárulta|elárul|{PAST} az országot|ország|NOUN|Case=Acc , "
                "hangsúlyozva|hangsúlyozva|ADV|VerbForm=Conv , hogy|hogy|SCONJ jön|jön|VERB "
                "az elszámoltatás|elszámoltatás|NOUN .")
    assert [c.cue.text for c in b.claims] == ["szerint", "hangsúlyozva"]
    assert speakers(b) == ["Magyar Péter", None]


@pytest.mark.parametrize("sentence", [
    # a signal, not words: a driver flashing his lights
    f"A sofőr|sofőr|NOUN villogott|villog|{PAST} , jelezve|jelezve|ADV|VerbForm=Conv , "
    "hogy|hogy|SCONJ elengedi|elenged|VERB a gyalogost|gyalogos|NOUN|Case=Acc .",
    # no claim before it and no person: a falling index
    f"A [BUX]MISC index|index|NOUN esett|esik|{PAST} , "
    "jelezve|jelezve|ADV|VerbForm=Conv , hogy|hogy|SCONJ félnek|fél|VERB "
    "a befektetők|befektető|NOUN .",
    # a question is asked, not claimed
    f"[Kovács Béla]PER a miniszterhez|miniszter|NOUN|Case=All fordult|fordul|{PAST} , "
    "azt|az|PRON|Case=Acc kérdezve|kérdezve|ADV|VerbForm=Conv , hogy|hogy|SCONJ "
    "mikor|mikor|ADV csökken|csökken|VERB az infláció|infláció|NOUN .",
    # no verb before it: the clause it hangs on comes after
    "A család|család|NOUN , kérve|kérve|ADV|VerbForm=Conv , hogy|hogy|SCONJ "
    "tiszteljék|tisztel|VERB a gyászukat|gyász|NOUN|Case=Acc , nem|nem|ADV "
    f"nyilatkozott|nyilatkozik|{PAST} .",
])
def test_a_converb_that_is_no_ones_claim(sentence: str) -> None:
    assert [c.cue.text for c in analyse(sentence).claims] == []


def test_this_after_a_dash_before_a_colon_points_forward() -> None:
    """'X is megszólalt – ezt írta: „…”': 'ezt' points to the quote after the colon; 'A
    kormány – ezt mondta X is – nem enged': an insert, no claim of 'A kormány'."""
    a = analyse(f"[Magyar Péter]PER is|is|ADV megszólalt|megszólal|{PAST} – ezt|ez|PRON|Case=Acc "
                f"írta|ír|{PAST} : „ Bukik|bukik|VERB a kormány|kormány|NOUN . ”")
    assert [c.content.text for c in a.claims] == ["Bukik a kormány"]
    b = analyse("A kormány|kormány|NOUN – ezt|ez|PRON|Case=Acc "
                f"mondta|mond|{PAST} [Gulyás Gergely]PER is|is|ADV – nem|nem|ADV "
                "enged|enged|VERB .")
    assert [c.content.text for c in b.claims] != ["A kormány"]


def test_a_name_after_an_article_and_before_an_adverb_is_the_subject() -> None:
    """'Az Orbán Viktor ma reggel azt mondta': colloquial for the person, who speaks."""
    a = analyse("Az [Orbán Viktor]PER ma|ma|ADV reggel|reggel|ADV azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ nincs|nincs|VERB baj|baj|NOUN .")
    assert speakers(a) == ["Orbán Viktor"]


def test_a_name_with_a_contrast_word_after_a_comma_begins_a_new_clause() -> None:
    """'A – mondta X főpolgármester, Y pedig úgy véli, B': Y is no apposition of X; '…, valamint
    a minisztérium, Trump pedig bejelentette': Trump's clause, Trump's claim."""
    a = analyse(f"Nem|nem|ADV tartható|tartható|ADJ – mondta|mond|{PAST} [Karácsony Gergely]PER "
                "főpolgármester|főpolgármester|NOUN , [Vitézy Dávid]PER pedig|pedig|CCONJ "
                f"úgy|úgy|ADV véli|vél|{PAST} , reform|reform|NOUN kell|kell|VERB .")
    assert speakers(a) == ["Karácsony Gergely", "Vitézy Dávid"]
    b = analyse(f"Vizsgálatot|vizsgálat|NOUN|Case=Acc indított|indít|{PAST} "
                "a bizottság|bizottság|NOUN , valamint|valamint|CCONJ "
                "a minisztérium|minisztérium|NOUN , [Donald Trump]PER "
                f"pedig|pedig|CCONJ bejelentette|bejelent|{PAST} , hogy|hogy|SCONJ "
                "visszavonja|visszavon|VERB .")
    assert speakers(b) == ["Donald Trump"]


def test_a_time_before_a_possessed_noun_belongs_to_it() -> None:
    """'X június 9-i győzelme után Y azt mondta': X's victory; Y speaks, never X."""
    a = analyse(f"[Magyar Péter]PER június|június|NOUN 9-i|9-i|ADJ "
                "győzelme|győzelem|NOUN|Person[psor]=3 után|után|ADP [Kocsis Máté]PER "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert speakers(a) == ["Kocsis Máté"]


def test_a_country_before_a_body_in_another_case_speaks() -> None:
    """'Ukrajna Európai Bizottságnak címzett levelében azt írta': Ukraine wrote; the body after
    it, outside the subject's phrase, owns nothing."""
    a = analyse("[Ukrajna]LOC [Európai Bizottságnak|Bizottság|PROPN|Case=Dat]ORG "
                "címzett|címzett|ADJ levelében|levél|NOUN|Case=Ine|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ "
                "jogellenes|jogellenes|ADJ .")
    assert speakers(a) == ["Ukrajna"]


def test_a_rule_that_says_who_does_what_is_no_source_beside_its_clause() -> None:
    """'A házszabály szerint a házelnök jelenti be, hogy …': the rule says how it is done;
    only the clause's own claim stands."""
    a = analyse("A házszabály|házszabály|NOUN szerint|szerint|ADP [Kövér László]PER "
                f"jelenti|jelent|{PAST} be|be|ADV , hogy|hogy|SCONJ érvényes|érvényes|ADJ .")
    assert "szerint" not in [c.cue.text for c in a.claims]


def test_a_converb_after_a_clause_told_by_someone_is_open() -> None:
    """'X elmondta, hogy Y bocsánatot kért, elismerve, hogy tévedett': Y admitted it, as X tells
    it; left open, never X."""
    a = analyse(f"[Rogán Antal]PER elmondta|elmond|{PAST} , hogy|hogy|SCONJ "
                f"a képviselő|képviselő|NOUN bocsánatot|bocsánat|NOUN|Case=Acc kért|kér|{PAST} , "
                "elismerve|elismerve|ADV|VerbForm=Conv , hogy|hogy|SCONJ tévedett|téved|VERB .")
    assert [c.cue.text for c in a.claims] == ["elmondta", "elismerve"]
    assert speakers(a) == ["Rogán Antal", None]


def test_a_date_with_a_part_of_time_and_an_adverb_after_the_subject() -> None:
    """'X február végén például bejelentette': X, whom the date does not hide."""
    a = analyse(f"[Tóth Anna]PER beszélt|beszél|{PAST} .",
                "[Szijjártó Péter]PER február|február|NOUN végén|vég|NOUN|Case=Sup|Person[psor]=3 "
                f"például|például|ADV bejelentette|bejelent|{PAST} , hogy|hogy|SCONJ "
                "vétózik|vétóz|VERB .")
    assert speakers(a) == ["Szijjártó Péter"]


def test_the_subject_of_someones_words_does_not_speak_on() -> None:
    """'X szerint a Fidesz kampányt folytat. … azt mondta: …': a cue with no subject of its own
    is not the Fidesz's, what X talked about."""
    a = analyse("[Tarr Zoltán]PER szerint|szerint|ADP a [Fidesz]ORG kampányt|kampány|NOUN|Case=Acc "
                f"folytat|folytat|{PAST} , hangsúlyozva|hangsúlyozva|ADV|VerbForm=Conv , "
                "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .",
                "Erre|erre|ADV , hogy|hogy|SCONJ jön|jön|VERB , "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} : „ Tessék|tessék|VERB . ”")
    assert "Fidesz" not in speakers(a)


def test_adding_goes_on_with_the_speaker_after_a_clause_about_someone() -> None:
    """'X bizarrnak nevezte, hogy az elnök foglalkozik vele, hozzátéve, hogy …': X adds it,
    whoever the clause before is about."""
    a = analyse(f"[Ilhan Omar]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                f"az elnök|elnök|NOUN foglalkozik|foglalkozik|{PAST} vele|ő|PRON|Case=Ins , "
                "hozzátéve|hozzátéve|ADV|VerbForm=Conv , hogy|hogy|SCONJ "
                "segítségre|segítség|NOUN|Case=Sub szorul|szorul|VERB .")
    assert [c.cue.text for c in a.claims] == ["mondta", "hozzátéve"]
    assert speakers(a) == ["Ilhan Omar", "Ilhan Omar"]


def test_a_subject_in_the_nominative_is_not_part_of_a_predicate() -> None:
    """'X kikérte magának, hogy az ellenzék bűnrészesnek nevezte': the opposition called it so;
    X protests what they said (one claim of X's, the whole clause), and the calling is never
    X's words. Alone, the calling is the opposition's."""
    a = analyse(f"[Varga Judit]PER kikérte|kikér|{PAST} magának|maga|PRON|Case=Dat , "
                "hogy|hogy|SCONJ az ellenzék|ellenzék|NOUN bűnrészesnek|bűnrészes|ADJ|Case=Dat "
                f"nevezte|nevez|{PAST} a kormányt|kormány|NOUN|Case=Acc .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("kikérte", "az ellenzék bűnrészesnek nevezte a kormányt")]
    alone = analyse("Az ellenzék|ellenzék|NOUN bűnrészesnek|bűnrészes|ADJ|Case=Dat "
                    f"nevezte|nevez|{PAST} a kormányt|kormány|NOUN|Case=Acc .")
    assert [(c.cue.text, c.content.text) for c in alone.claims] == [("nevezte", "bűnrészesnek")]
    assert [c.source.text if c.source else None for c in alone.claims] == ["Az ellenzék"]


def test_a_possessor_in_the_nominative_stays_in_its_predicate() -> None:
    """'X a párt története legnagyobb sikerének nevezte': the possessor belongs to the
    predicate it owns a word of."""
    a = analyse(f"[Kovács Péter]PER a párt|párt|NOUN története|történet|NOUN|{PSOR} "
                "legnagyobb|nagy|ADJ sikerének|siker|NOUN|Case=Dat|Person[psor]=3 "
                f"nevezte|nevez|{PAST} a választást|választás|NOUN|Case=Acc .")
    assert [c.content.text for c in a.claims] == ["a párt története legnagyobb sikerének"]
    assert speakers(a) == ["Kovács Péter"]



def test_a_role_owned_by_a_body_with_its_short_form_is_a_person() -> None:
    """'– írta le a helyzetet a Pedagógusok Szakszervezetének (PSZ) alelnöke': the vice
    president speaks, whom the article does not name; never the union, whose short form in
    brackets stands between it and the role."""
    a = analyse("„ Nagy|nagy|ADJ a káosz|káosz|NOUN ” – írta|ír|" + PAST + " le|le|ADV "
                "a helyzetet|helyzet|NOUN|Case=Acc a [Pedagógusok|Pedagógusok|PROPN "
                "Szakszervezetének|Szakszervezetének|PROPN|Case=Gen]ORG ( [PSZ]ORG ) "
                f"alelnöke|alelnök|NOUN|{PSOR} .")
    assert [c.source.text if c.source else None for c in a.claims] == [
        "a Pedagógusok Szakszervezetének (PSZ) alelnöke"]
    assert speakers(a) == [None]


def test_the_one_asked_answers_in_the_next_sentence() -> None:
    """'Megkérdezték X-től, hogy … Azt mondta, …': who was asked answers; a plural verb does
    not."""
    a = analyse(f"Megkérdezték|megkérdez|{PAST}|Number=Plur "
                "[Orbántól|Orbán|PROPN|Case=Abl]PER , hogy|hogy|SCONJ mikor|mikor|ADV "
                "jön|jön|VERB .",
                f"Azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "jó|jó|ADJ lesz|van|VERB .")
    assert speakers(a)[-1] == "Orbán"
    b = analyse(f"A riporter|riporter|NOUN megkérdezte|megkérdez|{PAST} "
                "[Varga|Varga|PROPN Juditot|Judit|PROPN|Case=Acc]PER , mit|mi|PRON "
                "gondol|gondol|VERB .",
                f"Azt|az|PRON|Case=Acc válaszolták|válaszol|{PAST}|Number=Plur , "
                "hogy|hogy|SCONJ nem|nem|ADV tudják|tud|VERB .")
    assert "Varga Judit" not in speakers(b)


def test_to_the_speakers_best_knowledge_is_the_speakers_claim() -> None:
    """'X azt mondta, legjobb tudomása szerint …': X says it, to X's knowledge; no claim of
    an unnamed knowledge takes X's place."""
    a = analyse(f"[Karikó Katalin]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "legjobb|jó|ADJ tudomása|tudomás|NOUN|Person[psor]=3 szerint|szerint|ADP "
                "ajánlott|ajánlott|ADJ az oltás|oltás|NOUN .")
    assert [c.cue.text for c in a.claims] == ["mondta"]
    assert a.claims[0].content.text.startswith("legjobb tudomása szerint")
    assert speakers(a) == ["Karikó Katalin"]



@pytest.mark.model
def test_a_quote_that_turns_to_someone_inside_it_goes_on_with_the_speaker(bundled_nlp) -> None:
    """'A szakember kiemelte, hogy … „…, a Pfizer tesztjei pedig folyamatban vannak” –
    nyilatkozta.': the turn is in what is said; the expert still speaks."""
    from reader.analysis import analyze

    text = ("Kovács Anna orvos beszélt a lapnak. A szakember kiemelte, hogy a vakcina védi a "
            "magzatot. „A fertőzés veszélyes. A Moderna a Harvarddal végezte a vizsgálatokat, a "
            "Pfizer tesztjei pedig folyamatban vannak” – nyilatkozta.")
    a = analyze(text, bundled_nlp)
    assert [c.cue.text for c in a.claims] == ["kiemelte", "nyilatkozta"]
    assert speakers(a) == ["Kovács Anna", "Kovács Anna"]


def test_a_relative_clause_inside_a_bare_content_does_not_end_it() -> None:
    """'X hozzátette, azoknak az időseknek, akik nem éltek vele, van lehetőségük': the content
    after a bare comma may hold a relative clause before its verb; one that opens it ('közölte,
    amit …') still does not make a content."""
    a = analyse(f"[Fülöp Attila]PER hozzátette|hozzátesz|{PAST} , "
                "azoknak|az|PRON|Case=Dat az időseknek|idős|NOUN|Case=Dat , "
                f"akik|aki|PRON|PronType=Rel nem|nem|ADV éltek|él|{PAST}|Number=Plur "
                "vele|ő|PRON|Case=Ins , van|van|VERB lehetőségük|lehetőség|NOUN .")
    assert [c.cue.text for c in a.claims] == ["hozzátette"]
    assert a.claims[0].content.text.startswith("azoknak az időseknek")
    assert speakers(a) == ["Fülöp Attila"]
    b = analyse(f"[Fülöp Attila]PER közölte|közöl|{PAST} , "
                f"amit|ami|PRON|PronType=Rel|Case=Acc tudott|tud|{PAST} .")
    assert list(b.claims) == []


def test_underlined_with_its_preverb_after_is_a_cue_and_signed_is_not() -> None:
    """'„…” – húzta alá X.', 'X erre rávágta, hogy …' report; 'írta alá a levelet' signs."""
    a = analyse(f"„ Zajlik|zajlik|VERB a munka|munka|NOUN ” – húzta|húz|{PAST} alá|alá|ADV "
                "[Orbán Viktor]PER .",
                f"[Orbán Viktor]PER erre|erre|ADV rávágta|rávág|{PAST} , hogy|hogy|SCONJ "
                f"dolgozott|dolgozik|{PAST} .",
                f"[Kiss Anna]PER írta|ír|{PAST} alá|alá|ADV a levelet|levél|NOUN|Case=Acc , "
                "hogy|hogy|SCONJ tiltakozzon|tiltakozik|VERB|Mood=Sub .")
    assert [c.cue.text for c in a.claims] == ["húzta alá", "rávágta"]
    assert speakers(a) == ["Orbán Viktor", "Orbán Viktor"]


def test_a_reason_clause_before_a_szerint_claim_tells_nothing() -> None:
    """'Mivel Trump nem törődik vele, X szerint logikus lenne … . … – húzta alá.': Trump is
    the subject of a reason, not someone telling X's words; X goes on."""
    a = analyse(f"Mivel|mivel|SCONJ [Trump]PER nem|nem|ADV törődik|törődik|{PAST} "
                "vele|ő|PRON|Case=Ins , [John Bolton]PER szerint|szerint|ADP "
                "logikus|logikus|ADJ lenne|van|VERB|Mood=Cnd , hogy|hogy|SCONJ "
                "lépjenek|lép|VERB|Mood=Sub .",
                f"Válságban|válság|NOUN|Case=Ine van|van|VERB Európa|Európa|PROPN – "
                f"húzta|húz|{PAST} alá|alá|ADV .")
    assert speakers(a) == ["John Bolton", "John Bolton"]


def test_the_first_verb_of_a_szerint_claim_is_its_own() -> None:
    """'X szerint a járvány kezdetén jutott arra Magyarország is, hogy …': the country's
    conclusion is what X says; it is X's one claim, and X goes on after it."""
    a = analyse(f"[Orbán Viktor]PER szerint|szerint|ADP a járvány|járvány|NOUN "
                f"kezdetén|kezdet|NOUN|Case=Sup|Person[psor]=3 jutott|jut|{PAST} "
                "arra|az|PRON|Case=Sub [Magyarország]LOC is|is|ADV , hogy|hogy|SCONJ "
                "gyár|gyár|NOUN kell|kell|VERB .",
                f"Ez|ez|PRON zajlik|zajlik|VERB – húzta|húz|{PAST} alá|alá|ADV .")
    assert [c.cue.text for c in a.claims] == ["szerint", "húzta alá"]
    assert a.claims[0].content.text.startswith("a járvány kezdetén jutott arra")
    assert speakers(a) == ["Orbán Viktor", "Orbán Viktor"]


def test_a_body_asked_answers_in_the_plural() -> None:
    """'Megkérdeztük a minisztériumot is. Azt írták, …': the body asked answers, in the plural
    (the lemmatiser may leave the question verb whole at a sentence start); a singular verb
    after a body asked is someone else."""
    a = analyse("Megkérdeztük|Megkérdeztük|VERB|VerbForm=Fin|Mood=Ind|Person=1|Number=Plur "
                "a [Belügyminisztériumot|Belügyminisztérium|PROPN|Case=Acc]ORG is|is|ADV .",
                f"Azt|az|PRON|Case=Acc írták|ír|{PAST}|Number=Plur , hogy|hogy|SCONJ "
                "nincs|nincs|VERB baj|baj|NOUN .")
    assert speakers(a) == ["Belügyminisztérium"]
    b = analyse("Megkérdeztük|Megkérdeztük|VERB|VerbForm=Fin|Mood=Ind|Person=1|Number=Plur "
                "a [Belügyminisztériumot|Belügyminisztérium|PROPN|Case=Acc]ORG is|is|ADV .",
                f"Azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ "
                "nincs|nincs|VERB baj|baj|NOUN .")
    assert speakers(b) == [None]


def test_one_who_asks_by_name_goes_on() -> None:
    """'Hadházy Ákos megkérdezte Polt Pétert, … Hozzátette, hogy …': the one who asked adds it,
    not the one asked."""
    a = analyse(f"[Hadházy Ákos]PER megkérdezte|megkérdez|{PAST} "
                "[Polt|Polt|PROPN Pétert|Péter|PROPN|Case=Acc]PER , miért|miért|ADV "
                "hallgat|hallgat|VERB .",
                f"Hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert "Polt Péter" not in speakers(a)


def test_a_person_named_after_a_szerint_claims_verb_keeps_the_claim() -> None:
    """'A Telex szerint hétfőn jelentette be Orbán Viktor, hogy indul. Hozzátette, …': Orbán's
    announcement stays his, and he goes on, not the Telex."""
    a = analyse(f"A [Telex]ORG szerint|szerint|ADP hétfőn|hétfő|NOUN|Case=Sup "
                f"jelentette|jelent|{PAST} be|be|ADV [Orbán Viktor]PER , hogy|hogy|SCONJ "
                "indul|indul|VERB .",
                f"Hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ egységesek|egységes|ADJ "
                "vagyunk|van|VERB .")
    assert "jelentette be" in [c.cue.text for c in a.claims]
    assert speakers(a)[-1] == "Orbán Viktor"


def test_written_under_a_picture_is_a_claim_and_signing_is_not() -> None:
    """'azt írta alá, hogy …', '„…” – írta alá a fotót X' report a caption; 'írta alá a
    törvényt' signs it."""
    a = analyse(f"[Kovács Anna]PER azt|az|PRON|Case=Acc írta|ír|{PAST} alá|alá|ADV , "
                "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .",
                f"„ Ez|ez|PRON a NER|NER|PROPN ” – írta|ír|{PAST} alá|alá|ADV "
                "a fotót|fotó|NOUN|Case=Acc [Magyar Péter]PER .",
                f"[Orbán Viktor]PER írta|ír|{PAST} alá|alá|ADV a törvényt|törvény|NOUN|Case=Acc "
                ", hogy|hogy|SCONJ gyorsítson|gyorsít|VERB|Mood=Sub .")
    assert [c.cue.text for c in a.claims] == ["írta alá", "írta alá"]
    assert speakers(a) == ["Kovács Anna", "Magyar Péter"]


def test_a_possessed_dative_the_tagger_left_unmarked_keeps_its_possessor() -> None:
    """'Az ellenzék a kormány kudarcának nevezte': the lemmatiser may keep the possessive
    ending ('kudarca'); the government still belongs to the predicate."""
    a = analyse("Az ellenzék|ellenzék|NOUN a kormány|kormány|NOUN "
                f"kudarcának|kudarca|NOUN|Case=Dat nevezte|nevez|{PAST} "
                "a döntést|döntés|NOUN|Case=Acc .")
    assert [c.content.text for c in a.claims] == ["a kormány kudarcának"]


def test_someone_a_szerint_source_tells_of_is_not_that_source() -> None:
    """'X szerint azt állította tavaly a belügyminiszter, hogy …': X's words, whole, and the
    minister's claim inside them, never X's; the claim and its minister stay open."""
    a = analyse(f"[Hadházy Ákos]PER szerint|szerint|ADP azt|az|PRON|Case=Acc "
                f"állította|állít|{PAST} tavaly|tavaly|ADV a belügyminiszter|belügyminiszter|NOUN "
                ", hogy|hogy|SCONJ nincs|nincs|VERB korrupció|korrupció|NOUN .")
    assert [c.cue.text for c in a.claims] == ["szerint", "állította"]
    assert a.claims[0].content.text.endswith("nincs korrupció")
    assert speakers(a) == ["Hadházy Ákos", None]


def test_a_medium_that_asks_is_the_journalist() -> None:
    """'A Telex megkérdezte X-et … Azt mondta, …': X answers; a person asking by name does not
    hand the next words to whom they asked."""
    a = analyse(f"A [Telex]ORG megkérdezte|megkérdez|{PAST} "
                "[Varga|Varga|PROPN Juditot|Judit|PROPN|Case=Acc]PER az ügyről|ügy|NOUN|Case=Del .",
                f"Azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ nem|nem|ADV "
                "nyilatkozik|nyilatkozik|VERB .")
    assert speakers(a) == ["Varga Judit"]


def test_a_szerint_claim_about_someone_unnamed_saying_stays() -> None:
    """'X szerint az ukrán külügyminiszter azt mondta neki, hogy …': X's claim stays whole beside
    the minister's inside it, which is never X's."""
    a = analyse(f"[Szijjártó Péter]PER szerint|szerint|ADP az ukrán|ukrán|ADJ "
                f"külügyminiszter|külügyminiszter|NOUN azt|az|PRON|Case=Acc mondta|mond|{PAST} "
                "neki|ő|PRON|Case=Dat , hogy|hogy|SCONJ Kijev|Kijev|PROPN nem|nem|ADV "
                "blokkol|blokkol|VERB .")
    assert [c.cue.text for c in a.claims] == ["szerint", "mondta"]
    assert speakers(a) == ["Szijjártó Péter", None]


def test_only_the_press_asking_hands_the_next_words_to_whom_it_asks() -> None:
    """'Hadházy … Megkérdezte Polt Pétert, … Szerinte …': the one who asked, carried on from
    before, may go on; so may a person described ('a szakszervezet elnöke'); a journalist
    asking ('A riporter megkérdezte X-et') hands the answer to X."""
    a = analyse(f"[Hadházy Ákos]PER levelet|levél|NOUN|Case=Acc írt|ír|{PAST} .",
                f"Megkérdezte|megkérdez|{PAST} [Polt|Polt|PROPN Pétert|Péter|PROPN|Case=Acc]PER "
                ", miért|miért|ADV hallgat|hallgat|VERB .",
                "Szerinte|szerint|ADP baj|baj|NOUN van|van|VERB .")
    assert "Polt Péter" not in speakers(a)
    b = analyse(f"A riporter|riporter|NOUN megkérdezte|megkérdez|{PAST} "
                "[Gulyás|Gulyás|PROPN Gergelyt|Gergely|PROPN|Case=Acc]PER "
                "az ügyről|ügy|NOUN|Case=Del .",
                f"Azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ az elnök|elnök|NOUN "
                f"döntött|dönt|{PAST} .")
    assert speakers(b) == ["Gulyás Gergely"]


def test_a_possessed_subject_stays_out_of_a_predicate_in_plain_dative() -> None:
    """'Donald Trump kampánystábja politikai hisztériának nevezte': '-ának' of a noun in -a is
    no possessed noun, so the staff is the subject, never Trump."""
    a = analyse(f"[Donald Trump]PER kampánystábja|kampánystáb|NOUN|{PSOR} "
                "politikai|politikai|ADJ hisztériának|hisztéria|NOUN|Case=Dat "
                f"nevezte|nevez|{PAST} a vádat|vád|NOUN|Case=Acc .")
    assert [c.content.text for c in a.claims] == ["politikai hisztériának"]
    assert speakers(a) == [None]


def test_a_country_a_medium_reports_keeps_its_claim() -> None:
    """'A Népszava szerint januárban jelezte Ukrajna, hogy …': Ukraine's claim stays beside the
    paper's (a country in a person's view does not: test_the_first_verb_of_a_szerint_claim)."""
    a = analyse(f"A [Népszava]ORG szerint|szerint|ADP januárban|január|NOUN|Case=Ine "
                f"jelezte|jelez|{PAST} [Ukrajna]LOC , hogy|hogy|SCONJ nem|nem|ADV "
                "hosszabbít|hosszabbít|VERB .")
    assert [c.cue.text for c in a.claims] == ["szerint", "jelezte"]
    assert speakers(a) == ["Népszava", "Ukrajna"]


def test_an_answer_is_the_one_askeds_and_the_reporter_is_never_them() -> None:
    """'Az ügyész megkérdezte X-et, … Azt felelte, …': only the one asked answers; 'Kérdezte X-et
    a Szabad Európa is. Azt mondta': the press asks, whatever stands after the verb; '–
    kérdezte a riporter' is never the person just quoted."""
    a = analyse(f"Az ügyész|ügyész|NOUN megkérdezte|megkérdez|{PAST} "
                "[Balogh|Balogh|PROPN Gézát|Géza|PROPN|Case=Acc]PER , hogy|hogy|SCONJ "
                "látta-e|lát|VERB .",
                f"Azt|az|PRON|Case=Acc felelte|felel|{PAST} , hogy|hogy|SCONJ nem|nem|ADV "
                f"látta|lát|{PAST} .",
                "„ Mikor|mikor|ADV lesz|van|VERB tárgyalás|tárgyalás|NOUN ? ” – "
                f"kérdezte|kérdez|{PAST} a riporter|riporter|NOUN .")
    said = dict(zip([c.cue.text for c in a.claims], speakers(a), strict=True))
    assert said["felelte"] == "Balogh Géza"
    assert said["megkérdezte"] is None and said["kérdezte"] is None
    b = analyse(f"Kérdezte|kérdez|{PAST} [Kovács|Kovács|PROPN Pétert|Péter|PROPN|Case=Acc]PER "
                "a [Szabad Európa]ORG is|is|ADV .",
                f"Azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "folytatja|folytat|VERB .")
    assert speakers(b) == ["Kovács Péter"]


def test_an_agency_after_an_inverted_cue_retells_and_does_not_speak() -> None:
    """'„…” – mondta az MTI szerint.': the agency retold it; the speaker is the cue's, never the
    MTI ('A díj emelkedik, a tárca szerint.' stays the ministry's)."""
    a = analyse(f"[Szijjártó Péter]PER beszélt|beszél|{PAST} .",
                f"„ Oltóanyag|oltóanyag|NOUN kell|kell|VERB ” – mondta|mond|{PAST} "
                "az [MTI]ORG szerint|szerint|ADP .",
                "A díj|díj|NOUN emelkedik|emelkedik|VERB , a tárca|tárca|NOUN "
                "szerint|szerint|ADP .")
    assert "MTI" not in speakers(a)
    assert [c.cue.text for c in a.claims][-1] == "szerint"


def test_a_cue_whose_form_the_tagger_left_as_its_lemma_takes_its_words_after_a_comma() -> None:
    """'Hozzáteszi, a szám nő': a cue at a sentence start whose lemma the tagger left as the
    form still takes the clause after a bare comma, as 'Hozzátette, …' does."""
    a = analyse("[Szmolka Orsolya]PER szerint|szerint|ADP jó|jó|ADJ .",
                f"Hozzáteszi|Hozzáteszi|{PAST} , a szám|szám|NOUN nő|nő|VERB .")
    assert [c.content.text for c in a.claims] == ["jó", "a szám nő"]
    assert speakers(a) == ["Szmolka Orsolya", "Szmolka Orsolya"]


def test_a_quote_between_a_subject_and_its_next_verb_is_its_own_words() -> None:
    """'X szólalt meg: „…”, és hozzátette, hogy': the quote is X's, and X adds; a name inside
    the quote is what is said, never who says it ('„Isten szeret …” – mondta')."""
    a = analyse(f"[Rogán Antal]PER szólalt|szólal|{PAST} meg|meg|PART : „ A feleségem|feleség|NOUN "
                "nem|nem|ADV nyilatkozik|nyilatkozik|VERB ” , és|és|CCONJ "
                f"hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ ez|ez|PRON "
                "magánügy|magánügy|NOUN .")
    assert speakers(a)[-1] == "Rogán Antal"
    b = analyse("¶ „ [Isten]PER szeret|szeret|VERB mindenkit|mindenki|PRON|Case=Acc ” – "
                f"mondta|mond|{PAST} .")
    assert speakers(b) == [None]


def test_an_object_named_between_leaves_the_next_verb_to_the_subject() -> None:
    """'X vezette a tüntetést, a Telexnek azt mondta': the paper told is no subject, so X speaks
    on; so after an object with 'pedig' ('…, a szomszédját pedig azzal vádolta'); but '…, a
    polgármester pedig azt mondta' turns to someone else."""
    a = analyse(f"[Sinka István]PER vezette|vezet|{PAST} a tüntetést|tüntetés|NOUN|Case=Acc , a "
                "[Telexnek|Telex|PROPN|Case=Dat]ORG azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ sikeres|sikeres|ADJ volt|van|VERB .")
    assert speakers(a) == ["Sinka István"]
    b = analyse(f"[Kovács Anna]PER elolvasta|elolvas|{PAST} a tervet|terv|NOUN|Case=Acc , a "
                "szomszédját|szomszéd|NOUN|Case=Acc|Person[psor]=3 pedig|pedig|CCONJ "
                f"azzal|az|PRON|Case=Ins vádolta|vádol|{PAST} , hogy|hogy|SCONJ "
                "hazudik|hazudik|VERB .")
    assert speakers(b) == ["Kovács Anna"]
    c = analyse(f"[Kovács Anna]PER elolvasta|elolvas|{PAST} a tervet|terv|NOUN|Case=Acc , a "
                "polgármester|polgármester|NOUN pedig|pedig|CCONJ azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ .")
    assert speakers(c) == [None]


def test_a_name_after_a_role_phrase_is_who_holds_it_and_speaks() -> None:
    """'X egykori elnök sajtófőnöke, Kiss Anna a Blikknek azt mondta': the name after the comma
    holds the role and speaks, never X, whose press chief she is; a name that owns the noun
    after it ('…, Szabó Anna férje') is no such name."""
    a = analyse(f"[Áder János]PER egykori|egykori|ADJ köztársasági|köztársasági|ADJ "
                f"elnök|elnök|NOUN sajtófőnöke|sajtófőnök|NOUN|{PSOR} , [Kiss Anna]PER a "
                "[Blikknek|Blikk|PROPN|Case=Dat]PER azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ megtisztelő|megtisztelő|ADJ "
                "volt|van|VERB .")
    assert speakers(a) == ["Kiss Anna"]
    b = analyse(f"A testület|testület|NOUN tagja|tag|NOUN|{PSOR} , [Kovács Péter]PER , "
                f"[Szabó Anna]PER férje|férj|NOUN|{PSOR} azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ .")
    assert speakers(b) != ["Szabó Anna"]


def test_a_clause_in_brackets_is_no_part_of_the_sentence() -> None:
    """'X elolvasta a tézisfüzetet (ez …, ami összefoglalja az értekezés mondanivalóját), és arra
    jutott, hogy …': the noun in the brackets is no subject; X goes on."""
    a = analyse(f"[Rácz András]PER elolvasta|elolvas|{PAST} "
                "a tézisfüzetet|tézisfüzet|NOUN|Case=Acc ( ez|ez|PRON egy|egy|DET "
                "szöveg|szöveg|NOUN , ami|ami|PRON "
                "összefoglalja|összefoglal|VERB az értekezés|értekezés|NOUN "
                "mondanivalóját|mondanivaló|NOUN|Case=Acc|Person[psor]=3 ) , és|és|CCONJ "
                f"arra|az|PRON|Case=Sub jutott|jut|{PAST} , hogy|hogy|SCONJ az anyag|anyag|NOUN "
                "nem|nem|ADV az|az|DET övé|ő|PRON .")
    assert speakers(a) == ["Rácz András"]


def test_a_paragraph_introducing_someone_gives_its_view_to_them_after_a_claim_far_back() -> None:
    """'¶ X, az intézet kutatója, több könyv szerzője. Véleménye szerint …': the person the
    paragraph introduces, also where a named speaker's claim stood two sentences or more
    before it."""
    a = analyse(f"[Kovács Anna]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "jó|jó|ADJ .",
                "Az idő|idő|NOUN szép|szép|ADJ volt|van|VERB .",
                "¶ [Szabó Péter]PER , az intézet|intézet|NOUN kutatója|kutató|NOUN|"
                f"{PSOR} , több|több|ADJ könyv|könyv|NOUN szerzője|szerző|NOUN|{PSOR} .",
                f"Véleménye|vélemény|NOUN|{PSOR} szerint|szerint|ADP a terv|terv|NOUN "
                "rossz|rossz|ADJ .")
    assert speakers(a) == ["Kovács Anna", "Szabó Péter"]


def test_a_description_that_counts_many_is_no_one_person() -> None:
    """'A legtöbb szakértő szerint', 'Sok orvos szerint': many people, never the person quoted
    just before."""
    a = analyse(f"[Orbán Viktor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "jön|jön|VERB a vakcina|vakcina|NOUN .",
                "A legtöbb|sok|ADJ szakértő|szakértő|NOUN szerint|szerint|ADP az oltás|oltás|NOUN "
                "biztonságos|biztonságos|ADJ .",
                "Sok|sok|ADJ orvos|orvos|NOUN szerint|szerint|ADP ez|ez|PRON jó|jó|ADJ .")
    assert speakers(a) == ["Orbán Viktor", None, None]


def test_someone_a_name_has_and_people_counted_are_not_that_name() -> None:
    """'Jeffrey Epstein egyik áldozata azt állította': the victim, never Epstein; 'Többen azt
    mondták' after a medium's claim: several people, never the medium."""
    a = analyse(f"[Jeffrey Epstein]PER egyik|egyik|DET áldozata|áldozat|NOUN|{PSOR} "
                f"azt|az|PRON|Case=Acc állította|állít|{PAST} , hogy|hogy|SCONJ a fotó|fotó|NOUN "
                "hamis|hamis|ADJ .")
    assert speakers(a) == [None]
    b = analyse(f"Az [RTL Híradó]ORG riportja|riport|NOUN|{PSOR} szerint|szerint|ADP a nő|nő|NOUN "
                "megsérült|megsérül|VERB .",
                f"Többen|több|ADV azt|az|PRON|Case=Acc mondták|mond|{PAST}|Number=Plur , "
                "hogy|hogy|SCONJ a rendőrség|rendőrség|NOUN késett|késik|VERB .")
    assert speakers(b) == ["RTL Híradó", None]


def test_an_addressee_named_after_a_comma_is_not_the_speaker() -> None:
    """'Novák Katalin a pápának, Ferenc pápának azt mondta': the one told, whose title carries
    the case, never speaks; 'Kovács Béla áldozata lett egy csalásnak, de azt mondta': he became
    a victim and speaks (an 'X áldozata' who speaks is someone else)."""
    a = analyse("[Novák Katalin]PER a pápának|pápa|NOUN|Case=Dat , [Ferenc]PER "
                f"pápának|pápa|NOUN|Case=Dat azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ szép|szép|ADJ az ország|ország|NOUN .")
    assert speakers(a) == ["Novák Katalin"]
    b = analyse(f"[Kovács Béla]PER áldozata|áldozat|NOUN|{PSOR} lett|van|VERB "
                "egy csalásnak|csalás|NOUN|Case=Dat , de|de|CCONJ azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ nem|nem|ADV jelenti|jelent|VERB fel|fel|ADV .")
    assert speakers(b) == ["Kovács Béla"]


def test_a_person_described_but_not_introduced_is_not_whose_view_follows() -> None:
    """'¶ Kiss Tamás 35 éves, büntetlen előéletű. Szerinte …' after a detective's claim: the
    suspect is described, not introduced as someone with a view (open)."""
    a = analyse(f"[Farkas Gábor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                "beismerte|beismer|VERB .",
                "Az idő|idő|NOUN hideg|hideg|ADJ volt|van|VERB .",
                "¶ [Kiss Tamás]PER 35|35|NUM éves|éves|ADJ , büntetlen|büntetlen|ADJ .",
                "Szerinte|szerint|ADP a férfi|férfi|NOUN tervezte|tervez|VERB .")
    assert speakers(a) == ["Farkas Gábor", None]


def test_szo_szerint_between_a_name_and_its_verb_leaves_the_name_the_subject() -> None:
    """'Kovács Péter szó szerint azt mondta': literally; the name speaks."""
    a = analyse("[Kovács Péter]PER szó|szó|NOUN szerint|szerint|ADP azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ a kormány|kormány|NOUN "
                "hazudik|hazudik|VERB .")
    assert speakers(a) == ["Kovács Péter"]


def test_people_counted_after_a_conjunction_are_not_the_first_clauses_subject() -> None:
    """'Az RTL úgy tudja, …, de többen is azt mondták': the people, not the channel."""
    a = analyse(f"Az [RTL]ORG úgy|úgy|ADV tudja|tud|{PAST} , hogy|hogy|SCONJ "
                "kihallgattak|kihallgat|VERB valakit|valaki|PRON|Case=Acc , de|de|CCONJ "
                f"többen|több|NUM|Case=Nom is|is|ADV azt|az|PRON|Case=Acc mondták|mond|{PAST}|"
                "Number=Plur , hogy|hogy|SCONJ semmi|semmi|PRON sem|sem|ADV "
                "változott|változik|VERB .")
    said = dict(zip([c.cue.text for c in a.claims], speakers(a), strict=True))
    assert said["mondták"] is None


def test_a_role_that_has_its_holder_gives_the_next_name_nothing() -> None:
    """'A szóvivő, Hidvéghi Balázs, Orbán Viktor … azt mondta', 'Kiss Anna, a Fidesz
    képviselője, Gulyás Gergely … azt mondta': the role has its holder already; the name after
    it does not take the words from them."""
    a = analyse(f"A szóvivő|szóvivő|NOUN , [Hidvéghi Balázs]PER , [Orbán Viktor]PER a "
                f"teremben|terem|NOUN|Case=Ine azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                "hogy|hogy|SCONJ végleges|végleges|ADJ .")
    assert speakers(a) != ["Orbán Viktor"]
    b = analyse(f"[Kiss Anna]PER , a [Fidesz]ORG képviselője|képviselő|NOUN|{PSOR} , "
                "[Gulyás Gergely]PER a [Telexnek|Telex|PROPN|Case=Dat]ORG azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ módosítják|módosít|VERB .")
    assert speakers(b) != ["Gulyás Gergely"]


def test_a_profession_names_the_person_the_article_gave_it_and_no_one_else() -> None:
    """'Zacher Gábor toxikológus azt mondta … A toxikológus szerint …': a profession the article
    gave the person last quoted is that person (basis description, shown unsure); given to no
    one ('Kiss Anna szerint … A demográfus szerint ez túlzás'), it may be anyone: left open."""
    for word in ("toxikológus", "virológus", "irodalmár", "régész"):
        a = analyse(f"[Zacher Gábor]PER {word}|{word}|NOUN azt|az|PRON|Case=Acc "
                    f"mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB . ¶",
                    f"A {word}|{word}|NOUN szerint ez|ez|PRON nagy|nagy|ADJ baj|baj|NOUN .")
        assert speakers(a) == ["Zacher Gábor", "Zacher Gábor"], word
        assert a.claims[1].speaker_basis == "description"
        b = analyse(f"[Zacher Gábor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , "
                    "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB . ¶",
                    f"A {word}|{word}|NOUN szerint ez|ez|PRON túlzás|túlzás|NOUN .")
        assert speakers(b) == ["Zacher Gábor", None], word


def test_a_compound_title_holds_both_of_its_roles() -> None:
    """'Karikó Katalin kutatóbiológus … A kutató hozzátette': a researcher-biologist is a
    researcher too, so 'a kutató' may be her; a party chairman quoted last is no researcher."""
    a = analyse(f"[Karikó Katalin]PER kutatóbiológus|kutatóbiológus|NOUN azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB . ¶",
                f"A kutató|kutató|NOUN hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ "
                "nagy|nagy|ADJ baj|baj|NOUN .")
    assert speakers(a) == ["Karikó Katalin", "Karikó Katalin"]
    b = analyse(f"[Pál Lajos]PER , a párt|párt|NOUN elnöke|elnök|NOUN|{PSOR} azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB . ¶",
                "A kutató|kutató|NOUN szerint a számok|szám|NOUN|Number=Plur "
                "mást|más|PRON|Case=Acc mutatnak|mutat|VERB .")
    assert speakers(b) == ["Pál Lajos", None]


def test_the_head_of_a_body_named_by_its_common_noun_is_its_chairman() -> None:
    """'X, az Európai Bizottság elnöke … A bizottság vezetője elmondta': the head of the body
    the article named with that word is the one it called its chairman (basis role); the
    chairman of another body is not."""
    said = (f"A bizottság|bizottság|NOUN vezetője|vezető|NOUN|{PSOR} azt|az|PRON|Case=Acc "
            f"mondta|mond|{PAST} , hogy|hogy|SCONJ nagy|nagy|ADJ baj|baj|NOUN .")
    a = analyse(f"[Ursula von der Leyen]PER , az [Európai Bizottság]ORG elnöke|elnök|NOUN|{PSOR} "
                "ott|ott|ADV volt|van|VERB . ¶", said)
    assert speakers(a) == ["Ursula von der Leyen"]
    assert a.claims[0].speaker_basis == "role"
    b = analyse(f"[Kovács Péter]PER , a [Fidesz]ORG elnöke|elnök|NOUN|{PSOR} "
                "ott|ott|ADV volt|van|VERB . ¶",
                "Az [Európai Bizottság]ORG ülésezett|ülésezik|VERB . ¶", said)
    assert speakers(b) == [None]


def test_the_head_of_a_body_is_whom_the_article_calls_so_and_no_other_body_head() -> None:
    """Where the article calls someone 'a bizottság vezetője', the chairman does not take the
    words; a committee of the parliament named after the Európai Bizottság, a role with its own
    adjective ('pénzügyi vezetője') or a former head leave the speaker open."""
    chair = (f"[Ursula von der Leyen]PER , az [Európai Bizottság]ORG elnöke|elnök|NOUN|{PSOR} "
             "ott|ott|ADV volt|van|VERB .")
    said = f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB ."
    a = analyse(chair, f"[Nagy Béla]PER , a bizottság|bizottság|NOUN vezetője|vezető|NOUN|{PSOR} "
                "is|is|ADV ott|ott|ADV volt|van|VERB .",
                f"A bizottság|bizottság|NOUN vezetője|vezető|NOUN|{PSOR} {said}")
    assert speakers(a) == ["Nagy Béla"]
    b = analyse(chair, "A parlament|parlament|NOUN költségvetési|költségvetési|ADJ "
                f"bizottsága|bizottság|NOUN|{PSOR} ülésezett|ülésezik|VERB .",
                f"A bizottság|bizottság|NOUN vezetője|vezető|NOUN|{PSOR} {said}")
    assert speakers(b) == [None]
    for words in ("bizottság|bizottság|NOUN pénzügyi|pénzügyi|ADJ",
                  "bizottság|bizottság|NOUN korábbi|korábbi|ADJ"):
        c = analyse(chair, f"A {words} vezetője|vezető|NOUN|{PSOR} {said}")
        assert speakers(c) == [None], words
    for words in ("mérnöki|mérnöki|ADJ kamara|kamara|NOUN", "versenytárs|versenytárs|NOUN "
                  "bizottság|bizottság|NOUN"):
        other = analyse(chair, f"A {words} vezetője|vezető|NOUN|{PSOR} {said}")
        assert speakers(other) == [None], words
    named = analyse(chair, "Az [Országgyűlés Nemzetbiztonsági Bizottsága]ORG "
                    "ülésezett|ülésezik|VERB .",
                    f"A bizottság|bizottság|NOUN vezetője|vezető|NOUN|{PSOR} {said}")
    assert speakers(named) == [None]


def test_the_head_of_a_body_is_no_guess_between_heads_nor_a_former_one() -> None:
    """'Kiss Anna, a Tisza Párt elnöke és Nagy Béla, a Fidesz elnöke … A párt vezetője':
    two heads, no guess; 'Kiss Anna, a BKV Zrt. korábbi vezérigazgatója … A cég vezetője': not
    the former head."""
    said = (f"A párt|párt|NOUN vezetője|vezető|NOUN|{PSOR} azt|az|PRON|Case=Acc "
            f"mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ .")
    two = analyse(f"[Kiss Anna]PER , a [Tisza Párt]ORG elnöke|elnök|NOUN|{PSOR} és|és|CCONJ "
                  f"[Nagy Béla]PER , a [Fidesz]ORG elnöke|elnök|NOUN|{PSOR} "
                  "vitázott|vitázik|VERB .", said)
    assert speakers(two) == [None]
    one = analyse(f"[Kiss Anna]PER , a [Tisza Párt]ORG elnöke|elnök|NOUN|{PSOR} "
                  "vitázott|vitázik|VERB .", said)
    assert speakers(one) == ["Kiss Anna"]
    former = analyse(f"[Kiss Anna]PER , a [Tisza Párt]ORG korábbi|korábbi|ADJ "
                     f"elnöke|elnök|NOUN|{PSOR} vitázott|vitázik|VERB .", said)
    assert speakers(former) == [None]


def test_a_title_inside_a_name_starts_the_person_and_the_speaker() -> None:
    """'– mondta a Blikknek dr. Morvai István': the title belongs to the name after it; it does
    not end the speaker's phrase before the name (where the recogniser ran the medium's dative
    into the name, the name still starts after the title)."""
    a = analyse(f"„ Nagy|nagy|ADJ baj|baj|NOUN van|van|VERB ” – mondta|mond|{PAST} a "
                "[Blikknek|Blikk|PROPN|Case=Dat dr.|dr.|NOUN Morvai István]PER .")
    assert [x.name for x in a.actors if x.label == "PER"] == ["Morvai István"]
    assert speakers(a) == ["Morvai István"]
    b = analyse(f"„ Nagy|nagy|ADJ baj|baj|NOUN van|van|VERB ” – mondta|mond|{PAST} a "
                "[Blikknek|Blikk|PROPN|Case=Dat]ORG dr.|dr.|NOUN [Morvai István]PER .")
    assert speakers(b) == ["Morvai István"]


def test_a_speaker_after_an_inverted_cue_keeps_the_occasion_that_is_his() -> None:
    """'– mondta Nagy Béla, a Fidesz elnöke hétfői sajtótájékoztatóján': the press conference
    after adjectives is his own occasion, not something that owns him; he speaks."""
    a = analyse(f"„ Nagy|nagy|ADJ öröm|öröm|NOUN ez|ez|PRON ” – mondta|mond|{PAST} "
                f"[Nagy Béla]PER , a [Fidesz]ORG elnöke|elnök|NOUN|{PSOR} hétfői|hétfői|ADJ "
                "sajtótájékoztatóján|sajtótájékoztató|NOUN|Case=Sup|Person[psor]=3 .")
    assert speakers(a) == ["Nagy Béla"]


def test_a_body_owns_its_part_whose_officer_speaks_after_adjectives() -> None:
    """'Az EPP frakciójának kommunikációs igazgatója azt mondta': the director of the group's
    communication speaks, never the party (left open where no one is named); with his name in
    apposition, he speaks."""
    role = (f"Az [EPP]ORG frakciójának|frakció|NOUN|Case=Dat "
            f"kommunikációs|kommunikációs|ADJ igazgatója|igazgató|NOUN|{PSOR}")
    said = (f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ nem|nem|ADV "
            "érinti|érint|VERB .")
    assert speakers(analyse(f"{role} {said}")) == [None]
    assert speakers(analyse(f"{role} , [Kovács Pál]PER {said}")) == ["Kovács Pál"]



def test_a_profession_no_one_was_given_is_no_guess_when_others_are_named() -> None:
    """'Szoboszlai két gólt lőtt. Marco Rossi szerint … A csatár szerint …': the striker may be
    the one who scored, not the coach quoted last; a profession names the person last quoted only
    where the article named no one else before it."""
    a = analyse("[Szoboszlai Dominik]PER két|két|NUM gólt|gól|NOUN|Case=Acc lőtt|lő|VERB .",
                "[Marco Rossi]PER szerint a csapat|csapat|NOUN nyert|nyer|VERB .",
                "A csatár|csatár|NOUN szerint a második|második|ADJ félidő|félidő|NOUN "
                "volt|van|VERB jobb|jó|ADJ .")
    assert speakers(a) == ["Marco Rossi", None]


def test_a_description_set_against_what_was_said_is_not_its_speaker() -> None:
    """'Nagy Péter szerint … A szakértő szerint viszont …', 'A szakértő azonban úgy látja':
    a contrast word after the description sets someone against the last speaker."""
    for tail in ("szerint viszont", "szerint azonban"):
        a = analyse("[Nagy Péter]PER szerint a csapat|csapat|NOUN jól|jól|ADV "
                    "játszott|játszik|VERB .",
                    f"A szakértő|szakértő|NOUN {tail} a védelem|védelem|NOUN "
                    "hibázott|hibázik|VERB .")
        assert speakers(a) == ["Nagy Péter", None], tail
    also = analyse("[Nagy Péter]PER szerint a csapat|csapat|NOUN jól|jól|ADV "
                   "játszott|játszik|VERB .",
                   "A szakértő|szakértő|NOUN pedig|pedig|CCONJ azt|az|PRON|Case=Acc "
                   f"tette|tesz|{PAST} hozzá|hozzá|ADV , hogy|hogy|SCONJ jó|jó|ADJ .")
    assert speakers(also) == ["Nagy Péter", "Nagy Péter"]  # ('pedig' is as often 'and')
    inside = analyse("[Kiss Anna]PER szerint a bérek|bér|NOUN|Number=Plur nőnek|nő|VERB , "
                     "a szakértő|szakértő|NOUN szerint viszont|viszont|CCONJ "
                     "a pénz|pénz|NOUN kevés|kevés|ADJ .")
    assert speakers(inside) == ["Kiss Anna", None]
    later = analyse("[Kiss Anna]PER szerint a gát|gát|NOUN kitart|kitart|VERB .",
                    "Éjjel|éjjel|ADV a szakértő|szakértő|NOUN azonban|azonban|CCONJ "
                    f"úgy|úgy|ADV vélte|vél|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(later) == ["Kiss Anna", None]
    same = analyse("[Nagy Péter]PER szerint a csapat|csapat|NOUN jól|jól|ADV "
                   "játszott|játszik|VERB .",
                   "A szakértő|szakértő|NOUN szerint a védelem|védelem|NOUN "
                   "hibázott|hibázik|VERB .")
    assert speakers(same) == ["Nagy Péter", "Nagy Péter"]


def test_a_client_is_not_the_lawyer_who_owns_him() -> None:
    """'– mondta dr. Nagy Béla védence / ügyfele': the lawyer's client speaks, not the lawyer
    (the lemmatiser leaves 'ügyfele' as 'ügyfel')."""
    for word in ("védence|védenc", "ügyfele|ügyfel"):
        a = analyse(f"„ Ártatlan|ártatlan|ADJ vagyok|van|VERB ” – mondta|mond|{PAST} "
                    f"dr.|dr.|NOUN [Nagy Béla]PER {word}|NOUN|{PSOR} .")
        assert speakers(a) == [None], word


def test_a_firm_named_as_a_persons_own_speaks_not_its_owner() -> None:
    """'Mészáros Lőrinc cége, a Fejér-B.Á.L. Zrt. közölte': the firm named in apposition to the
    person's own company speaks, not the owner."""
    a = analyse(f"[Mészáros Lőrinc]PER cége|cég|NOUN|{PSOR} , a [Fejér-B.Á.L. Zrt.]ORG "
                f"közölte|közöl|{PAST} , hogy|hogy|SCONJ megfelelt|megfelel|VERB .")
    assert speakers(a) == ["Fejér-B.Á.L. Zrt."]
    meeting = analyse(f"[Csányi Sándor]PER bankja|bank|NOUN|{PSOR} , az [OTP]ORG "
                      "közgyűlésén|közgyűlés|NOUN|Case=Sup|Person[psor]=3 azt|az|PRON|Case=Acc "
                      f"mondta|mond|{PAST} , hogy|hogy|SCONJ jó|jó|ADJ .")
    assert speakers(meeting) == ["Csányi Sándor"]  # the bank's meeting: he speaks at it
    behalf = analyse(f"[Magyar Péter]PER a pártja|párt|NOUN|{PSOR} , a [Tisza]ORG "
                     f"nevében|nevében|ADP közölte|közöl|{PAST} , "
                     "hogy|hogy|SCONJ indulnak|indul|VERB .")
    assert speakers(behalf) == ["Magyar Péter"]  # on the party's behalf


def test_a_sentence_opened_by_a_name_and_a_pointer_to_a_clause_is_that_names() -> None:
    """'Nagy Anna arról, hogy Kiss Péter hazugnak nevezte, azt mondta, …': the name before
    'arról, hogy' is the subject of the verb after the clause, not the person named in it; a
    name in the accusative is not, nor one whose clause has no verb before the cue."""
    clause = ("arról|az|PRON|Case=Del , hogy|hogy|SCONJ [Kiss Péter]PER "
              f"hazugnak|hazug|NOUN|Case=Dat nevezte|nevez|{PAST} , azt|az|PRON|Case=Acc "
              f"mondta|mond|{PAST} , hogy|hogy|SCONJ nincs|nincs|VERB igaza|igaz|NOUN .")
    a = analyse(f"[Nagy Anna]PER {clause}")
    assert speakers(a)[-1] == "Nagy Anna"
    asked = analyse(f"[Nagy Annát|Anna|PROPN|Case=Acc]PER {clause}")
    assert speakers(asked)[-1] != "Nagy Anna"
    body = analyse("A [Fidesz]ORG arra|az|PRON|Case=Sbl a kérdésre|kérdés|NOUN|Case=Sbl , "
                   "hogy|hogy|SCONJ [Kiss Péter]PER mit|mi|PRON|Case=Acc "
                   f"javasolt|javasol|{PAST} , azt|az|PRON|Case=Acc közölte|közöl|{PAST} , "
                   "hogy|hogy|SCONJ semmit|semmi|PRON|Case=Acc .")
    assert speakers(body)[-1] == "Fidesz"
    pointed = "arra|az|PRON|Case=Sbl a vádjára|vádja|NOUN|Case=Sbl"
    owned = analyse(f"[Nagy Anna]PER {pointed} {clause[clause.index(', hogy'):]}")
    assert speakers(owned)[-1] != "Nagy Anna"  # "arra a vádjára": the name may own it
    told = analyse("[Nagy Anna]PER arról|az|PRON|Case=Del , hogy|hogy|SCONJ miért|miért|ADV "
                   "bocsátották|bocsát|VERB|Number=Plur el|el|ADV , annyit|annyi|PRON|Case=Acc "
                   "közöltek|közöl|VERB|VerbForm=Fin|Number=Plur vele|vele|PRON , "
                   "hogy|hogy|SCONJ nincs|nincs|VERB pénz|pénz|NOUN .")
    assert speakers(told)[-1] != "Nagy Anna"  # others told her
    later = analyse(f"[Nagy Anna]PER {clause[:clause.index(' , azt')]} , "
                    f"nem|nem|ADV nyilatkozott|nyilatkozik|{PAST} , "
                    "ügyvédje|ügyvéd|VERB|VerbForm=Fin|Mood=Imp "  # (as the tagger has it)
                    f"azonban|azonban|CCONJ közölte|közöl|{PAST} , hogy|hogy|SCONJ "
                    "fellebbeznek|fellebbez|VERB .")
    assert speakers(later)[-1] != "Nagy Anna"  # a later clause may have a subject of its own
    media = analyse("[Nagy Anna]PER arról|az|PRON|Case=Del , hogy|hogy|SCONJ "
                    f"a bíróság|bíróság|NOUN elítélte|elítél|{PAST} – írja|ír|VERB "
                    "a 444.|444|ADJ|Case=Nom|NumType=Ord")  # (as the tagger has it)
    assert speakers(media) == [None]  # the medium after the dash writes it
    tail = analyse("[Kiss Péter]PER azzal|az|PRON|Case=Ins kapcsolatban|kapcsolat|NOUN|Case=Ine , "
                   "hogy|hogy|SCONJ [Nagy Anna]PER a jelölt|jelölt|NOUN , egyetért|egyetért|VERB , "
                   f"tette|tesz|{PAST} hozzá|hozzá|ADV .")
    assert speakers(tail) == [None]  # "…, tette hozzá.": the sentence before it is what is said


def test_a_quote_opening_a_paragraph_is_the_one_announced_as_speaking_before_it() -> None:
    """'Kiss Péter nyilatkozott a tárgyalás után. ¶ „…” – mondta.': the person the paragraph
    before ends on as speaking up; not one who only did something there."""
    quote = f"„ Nincs|nincs|VERB igazuk|igaz|NOUN ” – mondta|mond|{PAST} ."
    a = analyse("[Kiss Péter]PER nyilatkozott|nyilatkozik|VERB a tárgyalás|tárgyalás|NOUN "
                "után|után|ADP . ¶", quote)
    assert speakers(a) == ["Kiss Péter"]
    acted = analyse("[Kiss Péter]PER elhagyta|elhagy|VERB a termet|terem|NOUN|Case=Acc . ¶",
                    quote)
    assert speakers(acted) == [None]
    reacted = analyse("[Kiss Péter]PER reagált|reagál|VERB a lövésre|lövés|NOUN|Case=Sbl . ¶",
                      quote)
    assert speakers(reacted) == [None]  # as often a deed as words
    declined = analyse("[Kiss Péter]PER nem|nem|ADV nyilatkozott|nyilatkozik|VERB . ¶", quote)
    assert speakers(declined) == [None]  # someone else speaks for him
    two = analyse("[Kiss Péter]PER nyilatkozott|nyilatkozik|VERB , [Nagy Anna]PER "
                  "pedig|pedig|CCONJ hallgatott|hallgat|VERB . ¶", quote)
    assert speakers(two) == [None]
    instead = analyse("[Kiss Péter]PER [Nagy Anna]PER helyett|helyett|ADP "
                      "nyilatkozott|nyilatkozik|VERB . ¶", quote)
    assert speakers(instead) == [None]  # which of them?
    about = analyse("[Kiss Péter]PER nyilatkozott|nyilatkozik|VERB . ¶",
                    f"„ [Kiss Péter]PER hazudik|hazudik|VERB ” – mondta|mond|{PAST} .")
    assert speakers(about) == [None]  # the quote tells of him


def test_a_phrase_before_a_postposition_is_no_subject_before_a_name() -> None:
    """'A tavalyi tüntetések után Kiss Péter azt mondta': the phrase a postposition (or an
    adjective made of one: 'utáni') governs, or one with no noun ('A 2012-es'), is no subject
    where a name stands right before the verb."""
    said = (f"[Kiss Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
            "baj|baj|NOUN van|van|VERB .")
    for opening in ("A tavalyi|tavalyi|ADJ tüntetések|tüntetés|NOUN után|után|ADP",
                    "Egy vetítés|vetítés|NOUN utáni|utáni|ADJ "
                    "beszélgetésen|beszélgetés|NOUN|Case=Sup",
                    "A 2012-es|2012-es|ADJ , erőszakos|erőszakos|ADJ tüntetések|tüntetés|NOUN "
                    "után|után|ADP"):
        a = analyse(f"{opening} {said}")
        assert speakers(a) == ["Kiss Péter"], opening
    body = analyse("A tavalyi|tavalyi|ADJ tüntetések|tüntetés|NOUN után|után|ADP "
                   f"a rendőrség|rendőrség|NOUN azt|az|PRON|Case=Acc közölte|közöl|{PAST} , "
                   "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(body) == [None]  # no name: the body by its common noun, as before


def test_a_mediums_article_is_the_medium_past_an_adverb_or_a_short_form() -> None:
    """'A Telex nemrég megjelent cikke szerint', 'A Népszava (NSZ) cikke szerint': the medium."""
    tail = f"cikke|cikk|NOUN|{PSOR} szerint a terv|terv|NOUN rossz|rossz|ADJ ."
    recent = analyse(f"A [Telex]ORG nemrég|nemrég|ADV megjelent|megjelent|ADJ {tail}")
    assert speakers(recent) == ["Telex"]
    short = analyse(f"A [Népszava]ORG ( [NSZ]ORG ) {tail}")
    assert speakers(short) == ["Népszava"]


def test_a_noun_of_judging_owned_by_no_name_is_the_last_speakers() -> None:
    """'Meglátása szerint', 'Elemzése szerint' (as 'Véleménye szerint'): the person quoted
    before, whose view or analysis it is."""
    for noun in ("Meglátása|meglátás", "Elemzése|elemzés"):
        a = analyse("[Kovács Péter]PER szerint a terv|terv|NOUN rossz|rossz|ADJ .",
                    f"{noun}|NOUN|{PSOR} szerint a pénz|pénz|NOUN kevés|kevés|ADJ .")
        assert speakers(a) == ["Kovács Péter", "Kovács Péter"], noun


def test_one_persons_article_stops_at_someone_else_speaking_up() -> None:
    """An article that is one person's words: 'Egy helyi lakos is megszólalt. Szerinte …' is
    the resident's (left open), and 'Szerintük' is never his."""
    said = [f"[Rácz Gábor]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
            "baj|baj|NOUN van|van|VERB ."] * 5
    then = "Szerinte|szerinte|ADP a buszok|busz|NOUN|Number=Plur késnek|késik|VERB ."
    resident = ("Egy helyi|helyi|ADJ lakos|lakos|NOUN is|is|ADV "
                f"megszólalt|megszólal|{PAST} .")
    assert speakers(analyse(*said, resident, then))[-1] is None
    assert speakers(analyse(*said, then))[-1] == "Rácz Gábor"
    several = "Szerintük|szerintük|ADP a buszok|busz|NOUN|Number=Plur késnek|késik|VERB ."
    assert speakers(analyse(*said, several))[-1] is None


def test_a_quoted_predicate_with_commas_inside_is_what_was_called() -> None:
    """'X ezt „lopakodó, sunyi hatáskörelvonásnak” nevezte': the whole quote, past its commas."""
    a = analyse("[Hankó Balázs]PER ezt|ez|PRON|Case=Acc „ lopakodó|lopakodó|ADJ , sunyi|sunyi|ADJ "
                "hatáskörelvonásnak|hatáskörelvonásnak|NOUN|Case=Dat ” "
                f"nevezte|nevez|{PAST} .")
    assert [(c.content.text, speakers(a)[0]) for c in a.claims] == [
        ("lopakodó, sunyi hatáskörelvonásnak", "Hankó Balázs")]


def test_a_calling_told_inside_anothers_claim_is_part_of_it() -> None:
    """'Tarr Zoltán szerint Orbán Viktor Brüsszelt birodalomnak nevezi': what Tarr tells, one
    claim of his with the whole clause, not a second one given to Orbán Viktor."""
    a = analyse("[Tarr Zoltán]PER szerint [Orbán Viktor]PER Brüsszelt|Brüsszel|PROPN|Case=Acc "
                "birodalomnak|birodalom|NOUN|Case=Dat és a nemzetek|nemzet|NOUN|Number=Plur "
                f"börtönének|börtön|NOUN|Case=Dat|{PSOR[9:]} nevezi|nevez|VERB .")
    assert [(c.content.text, n) for c, n in zip(a.claims, speakers(a), strict=True)] == [
        ("Orbán Viktor Brüsszelt birodalomnak és a nemzetek börtönének nevezi", "Tarr Zoltán")]


def test_the_latter_is_the_last_named_and_the_former_the_one_before() -> None:
    """'Kovács Péter bírálta Szabó Anna javaslatát. Utóbbi azt mondta, …': Szabó Anna (not the
    speaker of the claim before); 'Előbbi' is Kovács Péter; 'az utóbbi időben' is no subject."""
    before = (f"[Kovács Péter]PER bírálta|bírál|{PAST} [Szabó Anna]PER "
              f"javaslatát|javaslat|NOUN|Case=Acc|Person[psor]=3 .")
    said = (f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ a bírálat|bírálat|NOUN "
            "alaptalan|alaptalan|ADJ .")
    assert speakers(analyse(before, f"Utóbbi|utóbbi|ADJ {said}"))[-1] == "Szabó Anna"
    assert speakers(analyse(before, f"Előbbi|előbbi|ADJ {said}"))[-1] == "Kovács Péter"
    lately = analyse(before, f"Az utóbbi|utóbbi|ADJ időben|idő|NOUN|Case=Ine {said}")
    assert speakers(lately)[-1] != "Szabó Anna"
    years = analyse(before, f"Az utóbbi|utóbbi|ADJ két|két|NUM évben|év|NOUN|Case=Ine {said}")
    assert speakers(years)[-1] != "Szabó Anna"


def test_a_bodys_former_head_is_not_the_body_past_a_quote_with_commas() -> None:
    """'Az Alkotmánybíróság volt elnöke a törvényt „aggályos, sőt veszélyes lépésnek” nevezte':
    'volt' is 'former' (the clause's verb comes after the quote), the speaker the former head,
    never the court."""
    a = analyse("Az [Alkotmánybíróság]ORG volt|van|VERB|VerbForm=Fin|Tense=Past "
                f"elnöke|elnök|NOUN|{PSOR} a törvényt|törvény|NOUN|Case=Acc „ "
                "aggályos|aggályos|ADJ , sőt|sőt|CCONJ veszélyes|veszélyes|ADJ "
                "lépésnek|lépés|NOUN|Case=Dat ” "
                f"nevezte|nevez|{PAST} .")
    assert [c.source.text if c.source else None for c in a.claims] == [
        "Az Alkotmánybíróság volt elnöke"]
    assert speakers(a) == [None]


def test_the_last_of_names_joined_by_and_is_not_the_one_speaking() -> None:
    """'Bhattarai és Pathak szerint …', where the source found is only 'Pathak': several speak
    together, the speaker is left open, not the last name."""
    a = analyse("[Bhattarai]PER és [Pathak]PER szerint a betegség|betegség|NOUN "
                "terjed|terjed|VERB .")
    assert [c.source.text if c.source else None for c in a.claims] == ["Pathak"]
    assert speakers(a) == [None]
    alone = analyse("A betegség|betegség|NOUN terjed|terjed|VERB , és [Pathak]PER szerint "
                    "nincs|nincs|VERB gyógymód|gyógymód|NOUN .")
    assert speakers(alone)[-1] == "Pathak"  # a clause joined by 'és', not a name
    after = analyse(f"Tárgyalt|tárgyal|{PAST} [Szijjártó Péterrel|Péter|PROPN|Case=Ins]PER , és "
                    "[Lavrov]PER szerint a tárgyalás|tárgyalás|NOUN jó|jó|ADJ volt|van|VERB .")
    assert speakers(after)[-1] == "Lavrov"  # the name before is another clause's
    missing = analyse("Az ülésen|ülés|NOUN|Case=Sup nem|nem|ADV volt|van|VERB jelen|jelen|ADV "
                      "[Orbán Viktor]PER és a [Fidesz]ORG szerint ez|ez|PRON "
                      "hiba|hiba|NOUN .")
    assert speakers(missing)[-1] == "Fidesz"  # the name before is the verb's, before it


def test_a_possessed_noun_of_saying_is_its_sentences_subjects() -> None:
    """'X tavaly költözött Budapestre, ahol elmondása szerint …': whose telling, with no owner
    written, is the one person the sentence names before its verb, as with 'szerinte'; not
    where several own it ('elmondásuk szerint')."""
    said = "NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3"
    a = analyse(f"[Kovács Péter]PER tavaly|tavaly|ADV költözött|költözik|{PAST} "
                "[Budapestre|Budapest|PROPN|Case=Sbl]LOC , ahol|ahol|PRON|PronType=Rel "
                f"elmondása|elmondás|{said} szerint|szerint|ADP azonnal|azonnal|ADV "
                f"munkát|munka|NOUN|Case=Acc talált|talál|{PAST} .")
    assert speakers(a) == ["Kovács Péter"]
    several = analyse(f"[Kovács Péter]PER tavaly|tavaly|ADV költözött|költözik|{PAST} "
                      "[Budapestre|Budapest|PROPN|Case=Sbl]LOC , ahol|ahol|PRON|PronType=Rel "
                      "elmondásuk|elmondás|NOUN|Case=Nom|Number[psor]=Plur|Person[psor]=3 "
                      "szerint|szerint|ADP azonnal|azonnal|ADV "
                      f"munkát|munka|NOUN|Case=Acc találtak|talál|{PAST}|Number=Plur .")
    assert speakers(several) == [None]


def test_the_owner_of_an_object_is_not_a_new_subject() -> None:
    """'X támadásnak nevezte Karsai írását, apját pedig „…” nevezte': Karsai owns the object,
    so the second calling is still X's (a name in the nominative that owns no such noun
    still turns the clause to another)."""
    a = analyse(f"[Sulyok Tamás]PER nemtelen|nemtelen|ADJ támadásnak|támadás|NOUN|Case=Dat "
                f"nevezte|nevez|{PAST} [Karsai]PER írását|írás|NOUN|Case=Acc|Person[psor]=3 , "
                "apját|apa|NOUN|Case=Acc|Person[psor]=3 pedig|pedig|CCONJ „ "
                "hazafias|hazafias|ADJ embernek|ember|NOUN|Case=Dat ” "
                f"nevezte|nevez|{PAST} .")
    assert speakers(a) == ["Sulyok Tamás", "Sulyok Tamás"]
    other = analyse(f"[Sulyok Tamás]PER nemtelen|nemtelen|ADJ támadásnak|támadás|NOUN|Case=Dat "
                    f"nevezte|nevez|{PAST} az írást|írás|NOUN|Case=Acc , "
                    "[Karsai]PER pedig|pedig|CCONJ „ "
                    "hazafias|hazafias|ADJ embernek|ember|NOUN|Case=Dat ” "
                    f"nevezte|nevez|{PAST} az apát|apa|NOUN|Case=Acc .")
    assert speakers(other)[-1] != "Sulyok Tamás"


def test_an_owner_in_the_dative_before_a_noun_of_saying_speaks() -> None:
    """'Az Emberi Erőforrások Minisztériumának tájékoztatása szerint': the owner in the dative
    (the tagger's 'Gen') is the source, as 'a minisztérium tájékoztatása' is; and after a
    person's name and a comma it is their role: 'Gál Kristóf, az ORFK vezetőjének tájékoztatása
    szerint' is Gál Kristóf's, who is then 'az ORFK vezetője'; not 'X, a párt elnökének
    felesége' (the chairman's wife)."""
    said = "tájékoztatása|tájékoztatás|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3"
    a = analyse("Az [Emberi Erőforrások Minisztériumának|Minisztérium|PROPN|Case=Gen]ORG "
                f"{said} szerint|szerint|ADP a kórházak|kórház|NOUN|Number=Plur "
                f"felkészültek|felkészül|{PAST}|Number=Plur .")
    assert speakers(a) == ["Emberi Erőforrások Minisztériuma"]
    b = analyse("[Gál Kristóf]PER , az [ORFK]ORG "
                "vezetőjének|vezető|NOUN|Case=Dat|Number[psor]=Sing|Person[psor]=3 "
                f"{said} szerint|szerint|ADP 300|300|NUM embert|ember|NOUN|Case=Acc "
                f"ellenőriztek|ellenőriz|{PAST}|Number=Plur .",
                "¶ Az [ORFK]ORG "
                f"vezetője|vezető|NOUN|{PSOR} arról|az|PRON|Case=Del|PronType=Dem is|is|ADV "
                f"beszélt|beszél|{PAST} , hogy|hogy|SCONJ nem|nem|ADV volt|van|{PAST} "
                "baj|baj|NOUN .")
    assert speakers(b) == ["Gál Kristóf", "Gál Kristóf"]
    assert [r.role for x in b.actors for r in x.roles] == ["vezető"]
    kin = analyse("[Gál Kristóf]PER , a párt|párt|NOUN|Case=Nom "
                  "elnökének|elnök|NOUN|Case=Dat|Number[psor]=Sing|Person[psor]=3 "
                  "felesége|feleség|NOUN|Case=Nom|Person[psor]=3 , azt|az|PRON|Case=Acc "
                  f"mondta|mond|{PAST} , hogy|hogy|SCONJ nem|nem|ADV volt|van|{PAST} "
                  "baj|baj|NOUN .")
    assert [r.role for x in kin.actors for r in x.roles] == []  # the chairman's wife


def test_a_converb_opening_its_sentence_goes_on_with_the_claim_before() -> None:
    """'„…” – közölte X. Hozzátéve, hogy …': a converb with no verb of its own in its sentence
    hangs on the sentence before: that claim's speaker goes on (not where someone else is
    named between)."""
    conv = "Hozzátéve|Hozzátéve|ADV|VerbForm=Conv"
    a = analyse("„ A határt|határ|NOUN|Case=Acc lezárjuk|lezár|VERB ” – "
                f"közölte|közöl|{PAST} [Trump]PER .",
                f"{conv} , hogy|hogy|SCONJ küldjenek|küld|VERB|Mood=Imp "
                "embereket|ember|NOUN|Case=Acc .")
    assert speakers(a) == ["Trump", "Trump"]
    assert a.claims[1].speaker_basis == "continuation"
    other = analyse("„ A határt|határ|NOUN|Case=Acc lezárjuk|lezár|VERB ” – "
                    f"közölte|közöl|{PAST} [Trump]PER , [Walz]PER pedig|pedig|CCONJ "
                    f"hallgatott|hallgat|{PAST} .",
                    f"{conv} , hogy|hogy|SCONJ küldjenek|küld|VERB|Mood=Imp "
                    "embereket|ember|NOUN|Case=Acc .")
    assert speakers(other)[1] is None
    stressing = analyse("„ A határt|határ|NOUN|Case=Acc lezárjuk|lezár|VERB ” – "
                        f"közölte|közöl|{PAST} [Trump]PER .",
                        "Hangsúlyozva|Hangsúlyozva|ADV|VerbForm=Conv , hogy|hogy|SCONJ "
                        "küldjenek|küld|VERB|Mood=Imp embereket|ember|NOUN|Case=Acc .")
    assert speakers(stressing) == ["Trump", "Trump"]  # any converb of saying, read off its form
    later = analyse("„ A határt|határ|NOUN|Case=Acc lezárjuk|lezár|VERB ” – "
                    f"közölte|közöl|{PAST} [Trump]PER .",
                    "Megjegyezve|Megjegyezve|ADV|VerbForm=Conv , hogy|hogy|SCONJ a "
                    "kormány|kormány|NOUN nem|nem|ADV fizet|fizet|VERB , a "
                    f"kongresszus|kongresszus|NOUN elfogadta|elfogad|{PAST} a "
                    "törvényt|törvény|NOUN|Case=Acc .")
    assert speakers(later) == ["Trump"]  # it hangs on the verb after its clause: no claim
    then = analyse("„ A határt|határ|NOUN|Case=Acc lezárjuk|lezár|VERB ” – "
                   f"közölte|közöl|{PAST} [Trump]PER .",
                   f"{conv} , hogy|hogy|SCONJ „ küldjenek|küld|VERB|Mood=Imp "
                   "embereket|ember|NOUN|Case=Acc ” , majd|majd|ADV "
                   "[Szomáliát|Szomália|PROPN|Case=Acc]LOC rossznak|rossz|ADJ|Case=Dat "
                   f"nevezte|nevez|{PAST} .")
    assert [c.cue.text for c in then.claims][:2] == ["közölte", "Hozzátéve"]
    assert speakers(then)[:2] == ["Trump", "Trump"]  # no subject of its own after 'majd'


def test_an_aside_with_a_dative_role_teaches_no_role() -> None:
    """'X, a cég vezérigazgatójának tájékoztatása szerint, már nem dolgozik': the phrase between
    commas is an aside about X, who is not the chief executive."""
    a = analyse("[Nagy Béla]PER , a cég|cég|NOUN|Case=Nom "
                "vezérigazgatójának|vezérigazgató|NOUN|Case=Dat|Number[psor]=Sing|Person[psor]=3 "
                "tájékoztatása|tájékoztatás|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3 "
                "szerint|szerint|ADP , már|már|ADV nem|nem|ADV dolgozik|dolgozik|VERB "
                "a vállalatnál|vállalat|NOUN|Case=Ade .")
    assert [r.role for x in a.actors for r in x.roles] == []


def test_the_head_of_state_is_never_the_nearest_person() -> None:
    """'X tüntetést szervezett. „…” – mondta a köztársasági elnök': an office one person holds in
    the country (lexicon.UNIQUE_OFFICES) is whoever the article gives it, never the person
    named last nor the one quoted last."""
    protest = ("[Magyar Péter]PER tüntetést|tüntetés|NOUN|Case=Acc "
               f"szervezett|szervez|{PAST} .")
    quote = (f"„ A gyülekezés|gyülekezés|NOUN szabad|szabad|ADJ ” – mondta|mond|{PAST} a "
             "köztársasági|köztársasági|ADJ elnök|elnök|NOUN .")
    assert speakers(analyse(protest, quote)) == [None]
    said = (f"[Magyar Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
            "baj|baj|NOUN van|van|VERB .")
    assert speakers(analyse(said, quote)) == ["Magyar Péter", None]
    named = analyse("[Sulyok Tamás]PER köztársasági|köztársasági|ADJ elnök|elnök|NOUN "
                    f"hallgatott|hallgat|{PAST} .", protest, quote)
    assert speakers(named) == ["Sulyok Tamás"]


def test_a_bank_is_the_organisation_named_before() -> None:
    """'Ami érdekes, az a Goldman Sachs elemzése … A bank szerint …': 'a bank' is a body's noun,
    as 'a cég' is: the organisation named last before it."""
    a = analyse("Érdekes|érdekes|ADJ a [Goldman Sachs]ORG "
                "elemzése|elemzés|NOUN|Person[psor]=3 .",
                "A bank|bank|NOUN szerint a gáz|gáz|NOUN olcsóbb|olcsó|ADJ lesz|van|VERB .")
    assert speakers(a) == ["Goldman Sachs"]


def test_the_owner_of_the_page_is_not_who_speaks_in_an_interview_on_it() -> None:
    """'Egy, a Jobbik honlapján föllelhető interjúban maga árulta el, hogy …': the interview
    nearest the cue has no owner, and the party whose page hosts it is not who speaks; 'a
    Jobbik honlapján megjelent közleményben azt írták' is still the party's statement."""
    page = "a [Jobbik]ORG honlapján|honlap|NOUN|Case=Sup|Person[psor]=3"
    tail = (f"azt|az|PRON|Case=Acc írták|ír|{PAST}|Number=Plur , hogy|hogy|SCONJ "
            "kilépnek|kilép|VERB .")
    a = analyse(f"Egy , {page} föllelhető|föllelhető|ADJ interjúban|interjú|NOUN|Case=Ine "
                f"maga|maga|PRON árulta|árul|{PAST} el|el|ADV , hogy|hogy|SCONJ "
                "nemmel|nem|NOUN|Case=Ins szavazott|szavaz|VERB .")
    assert speakers(a) == [None]
    b = analyse("A [Jobbik]ORG honlapján|honlap|NOUN|Case=Sup|Person[psor]=3 "
                "megjelent|megjelent|ADJ közleményben|közlemény|NOUN|Case=Ine " + tail)
    assert speakers(b) == ["Jobbik"]


def test_aki_szerint_after_a_clause_that_ends_in_its_verb_is_the_person_it_names() -> None:
    """'Az ügyről Kovács Péter beszélt, aki szerint …', 'A hírt Nagy Béla, a cég szóvivője
    erősítette meg, aki szerint …', 'X, a tárca politikai ügyekért felelős államtitkára
    ismertette, aki szerint …': the one person of the clause before, as for 'aki azt mondja';
    not a clause with another person in it ('X, a kamara elnöke a miniszterrel tárgyalt,
    aki szerint': the minister may be the one)."""
    a = analyse(f"Az ügyről|ügy|NOUN|Case=Del [Kovács Péter]PER beszélt|beszél|{PAST} , "
                "aki|aki|PRON szerint|szerint|ADP nincs|nincs|VERB baj|baj|NOUN .",
                "A hírt|hír|NOUN|Case=Acc [Nagy Béla]PER , a cég|cég|NOUN "
                f"szóvivője|szóvivő|NOUN|Person[psor]=3 erősítette|erősít|{PAST} meg|meg|ADV , "
                "aki|aki|PRON szerint|szerint|ADP a gyár|gyár|NOUN bezár|bezár|VERB .",
                "A döntést|döntés|NOUN|Case=Acc [Kiss Anna]PER , a tárca|tárca|NOUN "
                "politikai|politikai|ADJ ügyekért|ügy|NOUN|Case=Cau felelős|felelős|ADJ "
                f"államtitkára|államtitkár|NOUN|Person[psor]=3 ismertette|ismertet|{PAST} , "
                "aki|aki|PRON szerint|szerint|ADP jó|jó|ADJ .",
                "[Kovács Ede]PER , a kamara|kamara|NOUN elnöke|elnök|NOUN|Person[psor]=3 a "
                f"miniszterrel|miniszter|NOUN|Case=Ins tárgyalt|tárgyal|{PAST} , aki|aki|PRON "
                "szerint|szerint|ADP jó|jó|ADJ .")
    assert speakers(a)[:3] == ["Kovács Péter", "Nagy Béla", "Kiss Anna"]
    assert "Kovács Ede" not in speakers(a)


def test_a_bodys_short_form_in_brackets_before_szerint_is_part_of_its_name() -> None:
    """'A Nemzeti Népegészségügyi Központ (NNK) szerint …': the body with its short form speaks,
    as 'A KSH (…) adatai szerint' already did."""
    a = analyse("A|a|DET [Nemzeti Népegészségügyi Központ]ORG (|(|PUNCT [NNK]ORG )|)|PUNCT "
                "szerint|szerint|ADP a|a|DET járvány|járvány|NOUN gyorsul|gyorsul|VERB .")
    assert [(c.content.text, speakers(a)[0]) for c in a.claims] == [
        ("a járvány gyorsul", "Nemzeti Népegészségügyi Központ")]


def test_a_name_in_a_participles_phrase_before_a_named_head_does_not_speak() -> None:
    """'A Bill Gates alapítványa által támogatott IHME szerint': the institute, not the person
    whose foundation funds it; but 'Gervai András által írt cikk szerint' is the author's."""
    a = analyse("A|a|DET [Bill Gates]PER alapítványa|alapítvány|NOUN|" + PSOR + " által|által|ADP "
                "támogatott|támogatott|ADJ|VerbForm=PartPast [IHME]ORG szerint|szerint|ADP "
                "baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["IHME"]
    b = analyse("[Gervai András]PER által|által|ADP írt|írt|ADJ|VerbForm=PartPast "
                "cikk|cikk|NOUN szerint|szerint|ADP baj|baj|NOUN van|van|VERB .")
    assert speakers(b) == ["Gervai András"]


def test_a_sentence_pointing_back_to_the_quote_before_it_attributes_it() -> None:
    """'„A kormány hibázott.” ¶ Ezt mondta Kovács Péter a Telexnek.', '„…” Így fogalmazott X':
    the quote no claim held is the claim; not 'Erről beszélt X is', 'Ezt mondta X is' (X too,
    after someone else), nor with a sentence between."""
    quote = "„ A|a|DET kormány|kormány|NOUN hibázott|hibázik|VERB . ”"
    a = analyse(quote, f"Ezt|ez|PRON|Case=Acc mondta|mond|{PAST} [Kovács Péter]PER "
                "a|a|DET [Telexnek|Telex|PROPN|Case=Dat]ORG .")
    assert [(c.content.text, speakers(a)[0]) for c in a.claims] == [
        ("A kormány hibázott", "Kovács Péter")]
    b = analyse(quote, f"Így|így|ADV fogalmazott|fogalmaz|{PAST} [Kovács Péter]PER .")
    assert speakers(b) == ["Kovács Péter"]
    c = analyse(quote, f"Erről|ez|PRON|Case=Del beszélt|beszél|{PAST} [Kovács Péter]PER .")
    assert speakers(c) == ["Kovács Péter"]
    for after in (f"Erről|ez|PRON|Case=Del beszélt|beszél|{PAST} [Kovács Péter]PER is|is|ADV .",
                  f"Ezt|ez|PRON|Case=Acc mondta|mond|{PAST} [Kovács Péter]PER is|is|ADV ."):
        assert analyse(quote, after).claims == ()  # X too, after someone else
    c = analyse(quote, "Ezt|ez|PRON|Case=Acc ismételte|ismétel|VERB|VerbForm=Fin|Mood=Ind|Person=3 "
                "a|a|DET tüntetés|tüntetés|NOUN|Case=Nom .",
                f"Ezt|ez|PRON|Case=Acc mondta|mond|{PAST} [Kovács Péter]PER is|is|ADV .")
    assert c.claims == ()


def test_so_before_a_verb_that_needs_it_reports_only_after_a_quote_or_dash() -> None:
    """'„…” – így értékelte X': 'így' says 'so' of the quote as 'úgy' does; 'ha ő így tudja,
    …', 'így tudták róla, hogy …' (then, therefore) report nothing."""
    a = analyse("„ A|a|DET kormány|kormány|NOUN hibázott|hibázik|VERB ” – így|így|ADV "
                f"értékelte|értékel|{PAST} [Kovács Péter]PER .")
    assert [(c.content.text, speakers(a)[0]) for c in a.claims] == [
        ("A kormány hibázott", "Kovács Péter")]
    b = analyse("Ismerték|ismer|VERB|VerbForm=Fin|Mood=Ind|Person=3|Number=Plur , így|így|ADV "
                "tudták|tud|VERB|VerbForm=Fin|Mood=Ind|Person=3|Number=Plur róla|ő|PRON|Case=Del "
                ", hogy|hogy|SCONJ férjezett|férjezett|ADJ .")
    assert b.claims == ()


def test_a_time_clause_after_a_cue_is_not_what_was_said() -> None:
    """'Erről beszélt X azután, hogy Balog elismerte …': when X spoke, not what X said; but
    'azt mondta azután, hogy …' keeps its pointer to the words."""
    a = analyse(f"[Kovács Péter]PER erről|ez|PRON|Case=Del beszélt|beszél|{PAST} "
                "azután|azután|ADV , hogy|hogy|SCONJ [Balog]PER elismerte|elismer|" + PAST
                + " a|a|DET hibát|hiba|NOUN|Case=Acc .")
    assert a.claims == ()
    b = analyse(f"[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|{PAST} "
                "azután|azután|ADV , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(b) == ["Kovács Péter"]


def test_the_paper_is_the_medium_the_article_cites_as_writing() -> None:
    """'…, írja az Euractiv. A lap arról is ír, hogy …': the paper is the Euractiv, which no list
    of media knows, not the Magyar Nemzet named before it."""
    a = analyse(f"A|a|DET [Magyar Nemzet]ORG mást|más|PRON|Case=Acc írt|ír|{PAST} .",
                "A|a|DET [Fidesz]ORG kilépett|kilép|" + PAST + " , írja|ír|" + PAST
                + " az|az|DET [Euractiv]ORG .",
                f"A|a|DET lap|lap|NOUN azt|az|PRON|Case=Acc is|is|ADV írja|ír|{PAST} , "
                "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(a)[-1] == "Euractiv"


def test_a_pointer_after_a_quote_takes_the_quote_not_the_apposition() -> None:
    """'„Nincs szükség új adókra.” Így értékelte Kovács Péter, a párt szakértője.': the quote is
    what was said, not the apposition after the speaker's name."""
    a = analyse("„ Nincs|nincs|VERB szükség|szükség|NOUN adókra|adó|NOUN|Case=Sub . ”",
                f"Így|így|ADV értékelte|értékel|{PAST} [Kovács Péter]PER , a|a|DET "
                "párt|párt|NOUN szakértője|szakértő|NOUN|Case=Nom|Person[psor]=3 .")
    assert [(c.content.text, speakers(a)[0]) for c in a.claims] == [
        ("Nincs szükség adókra", "Kovács Péter")]


def test_then_before_a_cue_is_no_time_clause_pointer() -> None:
    """'Orbán azután kijelentette, hogy …': 'then'; the content stays (only a topic verb's
    'erről azután beszélt, hogy …' tells when)."""
    b = analyse(f"[Orbán Viktor]PER azután|azután|ADV kijelentette|kijelent|{PAST} , "
                "hogy|hogy|SCONJ a|a|DET kormány|kormány|NOUN marad|marad|VERB .")
    assert [(c.content.text, speakers(b)[0]) for c in b.claims] == [
        ("a kormány marad", "Orbán Viktor")]


def test_a_persons_age_or_job_in_brackets_before_szerint_is_part_of_the_source() -> None:
    """'Kovács Anna (45) szerint …', 'Nagy Éva (34, tanár) szerint …': the person speaks; a
    thing's year in brackets is no source ('A kórház (1975) szerint')."""
    a = analyse("[Kovács Anna]PER (|(|PUNCT 45|45|NUM )|)|PUNCT szerint|szerint|ADP "
                "baj|baj|NOUN van|van|VERB .")
    assert speakers(a) == ["Kovács Anna"]
    b = analyse("[Nagy Éva]PER (|(|PUNCT 34|34|NUM ,|,|PUNCT tanár|tanár|NOUN )|)|PUNCT "
                "szerint|szerint|ADP baj|baj|NOUN van|van|VERB .")
    assert speakers(b) == ["Nagy Éva"]
    c = analyse("A|a|DET kórház|kórház|NOUN (|(|PUNCT 1975|1975|NUM )|)|PUNCT "
                "szerint|szerint|ADP baj|baj|NOUN van|van|VERB .")
    assert c.claims == ()


def test_a_pointer_then_the_speaker_then_the_cue_attributes_the_quote_before() -> None:
    """'„…” Mindezt Kovács Péter jelentette be.': the quote is his; not 'Ezt Kovács Péter is
    mondta' (he too, after someone else), 'Így X bejelentette a kilépését' (thus), 'Ezt
    Kovács Péternek mondta …' (the one told), 'Ezt X idézte' (someone else's words)."""
    quote = "„ A|a|DET kórház|kórház|NOUN bezár|bezár|VERB . ”"
    a = analyse(quote, f"Mindezt|mindez|PRON|Case=Acc [Kovács Péter]PER mondta|mond|{PAST} .")
    assert [(c.content.text, speakers(a)[0]) for c in a.claims] == [
        ("A kórház bezár", "Kovács Péter")]
    for after in (f"Ezt|ez|PRON|Case=Acc [Kovács Péter]PER is|is|ADV mondta|mond|{PAST} .",
                  f"Így|így|ADV [Kovács Péter]PER bejelentette|bejelent|{PAST} a|a|DET "
                  "kilépését|kilépés|NOUN|Case=Acc|Person[psor]=3 .",
                  f"Ezt|ez|PRON|Case=Acc [Kovács Péternek|Péter|PROPN|Case=Dat]PER "
                  f"mondta|mond|{PAST} [Nagy Anna]PER .",
                  f"Ezt|ez|PRON|Case=Acc [Kovács Péter]PER idézte|idéz|{PAST} ."):
        assert analyse(quote, after).claims == ()  # he too; thus; to him; another's words


def test_a_body_owning_the_text_its_words_stand_in_is_the_subject() -> None:
    """'A rendőrség közleményében azt írta': the body whose statement it is speaks; not the
    owner of a meeting it was said at ('A párt ülésén azt mondta': someone else, spoke there)."""
    a = analyse("A|a|DET rendőrség|rendőrség|NOUN "
                "közleményében|közlemény|NOUN|Case=Ine|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc írta|ír|{PAST} , hogy|hogy|SCONJ a|a|DET férfi|férfi|NOUN "
                "meghalt|meghal|VERB .")
    assert [c.source.text if c.source else None for c in a.claims] == ["A rendőrség"]
    b = analyse("A|a|DET párt|párt|NOUN ülésén|ülés|NOUN|Case=Sup|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ a|a|DET "
                "férfi|férfi|NOUN meghalt|meghal|VERB .")
    assert [c.source for c in b.claims] == [None]


def test_szerinte_in_a_described_speakers_words_is_the_same_claim() -> None:
    """'A miniszter azt mondta, hogy szerinte …': one claim, the minister's (his 'szerinte'
    starts none of its own, as after a name)."""
    a = analyse(f"A|a|DET miniszter|miniszter|NOUN kedden|kedd|NOUN|Case=Sup azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ szerinte|szerinte|ADP "
                "hamarosan|hamarosan|ADV megállapodás|megállapodás|NOUN születik|születik|VERB .")
    assert [(c.cue.text, c.source.text if c.source else None) for c in a.claims] == [
        ("mondta", "A miniszter")]


def test_a_sentence_quoted_without_a_verb_before_the_cue_is_said() -> None:
    """'„Ez emberileg érthető” mondta.': a whole quoted sentence with no verb is what was
    said; not a word or a phrase the cue names ('„gádzsóknak” nevezik', 'A tervet „nagyon
    rossz ötletnek” nevezte')."""
    first = f"[Kovács Péter]PER beszélt|beszél|{PAST} ."
    a = analyse(first, "„ Ez|ez|PRON emberileg|emberileg|ADV érthető|érthető|ADJ ” "
                f"mondta|mond|{PAST} .")
    assert [(c.content.text, speakers(a)[0]) for c in a.claims] == [
        ("Ez emberileg érthető", "Kovács Péter")]
    b = analyse("A|a|DET romákat|roma|NOUN|Case=Acc „ gádzsóknak|gádzsó|NOUN|Case=Dat ” "
                "nevezik|nevez|VERB|VerbForm=Fin|Mood=Ind|Person=3|Number=Plur .")
    assert b.claims == ()
    c = analyse("A|a|DET tervet|terv|NOUN|Case=Acc „ nagyon|nagyon|ADV rossz|rossz|ADJ "
                f"ötletnek|ötlet|NOUN|Case=Dat ” nevezte|nevez|{PAST} .")
    assert all(x.rule != "inverted" for x in c.claims)


def test_a_quote_a_low_mark_opens_ends_at_a_straight_one() -> None:
    """'„…," mondta X': the straight mark closes the quote the low one opened."""
    a = analyse(f"[Orbán Viktor]PER beszélt|beszél|{PAST} .",
                "„ Nekünk|mi|PRON|Case=Dat gyerekek|gyerek|NOUN kellenek|kell|VERB , \" "
                f"mondta|mond|{PAST} [Kovács Péter]PER .")
    assert [(c.content.text, speakers(a)[-1]) for c in a.claims] == [
        ("Nekünk gyerekek kellenek", "Kovács Péter")]


def test_a_cue_after_a_lost_dash_goes_on_into_the_next_cue() -> None:
    """'„…”  mondta, és hozzátette, …' (a scrape lost the dash): the quote is said, by the one
    speaking before."""
    a = analyse(f"[Kovács Péter]PER beszélt|beszél|{PAST} .",
                f"„ A|a|DET kormány|kormány|NOUN hibázott|hibázik|{PAST} ” ␣ mondta|mond|{PAST} , "
                f"és|és|CCONJ hozzátette|hozzátesz|{PAST} , nehéz|nehéz|ADJ helyzet|helyzet|NOUN .")
    assert ("A kormány hibázott", "Kovács Péter") in [
        (c.content.text, n) for c, n in zip(a.claims, speakers(a), strict=True)]


def test_the_owner_of_a_text_yields_to_a_participles_head_or_a_name_after_the_verb() -> None:
    """'A Telex cikkében megszólaló orvos azt mondta': the doctor (a participle's phrase), not
    the outlet; '… közleményében azt írta Kiss Gábor szóvivő, hogy': the spokesman."""
    a = analyse("A|a|DET [Telex]ORG cikkében|cikk|NOUN|Case=Ine|Person[psor]=3 "
                "megszólaló|megszólaló|ADJ orvos|orvos|NOUN "
                f"azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN "
                "van|van|VERB .")
    assert [c.source.text if c.source else None for c in a.claims] == ["megszólaló orvos"]
    b = analyse("A|a|DET rendőrség|rendőrség|NOUN "
                "közleményében|közlemény|NOUN|Case=Ine|Person[psor]=3 "
                f"azt|az|PRON|Case=Acc írta|ír|{PAST} [Kiss Gábor]PER szóvivő|szóvivő|NOUN , "
                "hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
    assert speakers(b) == ["Kiss Gábor"]


def test_the_owner_of_a_show_or_a_survey_is_no_subject() -> None:
    """'Az ATV műsorában azt mondta, hogy' (a guest spoke), 'A Medián felmérésében azt
    mondta' (someone asked): never the owner, whose text it is not."""
    for owner, noun in (("A|a|DET csatorna|csatorna|NOUN", "műsorában|műsor"),
                        ("A|a|DET kutatóintézet|kutatóintézet|NOUN", "felmérésében|felmérés")):
        a = analyse(f"{owner} {noun}|NOUN|Case=Ine|Person[psor]=3 azt|az|PRON|Case=Acc "
                    f"mondta|mond|{PAST} , hogy|hogy|SCONJ baj|baj|NOUN van|van|VERB .")
        assert [c.source for c in a.claims] == [None], owner


def test_a_quoted_title_before_a_verb_of_writing_is_no_claim() -> None:
    """'„A Pál utcai fiúk” írta Molnár Ferenc': a title, no words said."""
    a = analyse("„ A|a|DET Pál|Pál|PROPN utcai|utcai|ADJ fiúk|fiú|NOUN ” "
                f"írta|ír|{PAST} [Molnár Ferenc]PER .")
    assert a.claims == ()


def test_a_lost_dash_after_a_name_and_a_quote_named_by_its_object_are_no_claims() -> None:
    """'Lázár János  mondta, és hozzátette' (a name, not a quote, before the gap) says no
    content with 'mondta'; '„Jó reggelt, Vietnam” idézte a filmet' quotes a title."""
    a = analyse(f"[Lázár János]PER ␣ mondta|mond|{PAST} , és|és|CCONJ "
                f"hozzátette|hozzátesz|{PAST} , nehéz|nehéz|ADJ helyzet|helyzet|NOUN .")
    assert all(c.content.text != "Lázár János" for c in a.claims)
    b = analyse("„ Jó|jó|ADJ reggelt|reggel|NOUN|Case=Acc , Vietnam|Vietnam|PROPN ” "
                f"idézte|idéz|{PAST} a|a|DET filmet|film|NOUN|Case=Acc [Kiss Ádám]PER .")
    assert all(c.rule != "inverted" for c in b.claims)


def test_a_compound_title_the_lemmatiser_left_whole_is_the_persons() -> None:
    """'Bokor László pszichiáter-pszichoterapeuta nyilatkozott. A pszichoterapeuta szerint': a
    compound's last part is the title the article takes up; a title with a case ending after a
    name is what the name's verb reaches ('Kovács Anna gyógytornászhoz fordult'), not hers."""
    a = analyse("[Bokor László]PER "
                "pszichiáter-pszichoterapeuta|pszichiáter-pszichoterapeuta|NOUN "
                f"nyilatkozott|nyilatkozik|{PAST} .",
                "A pszichoterapeuta|pszichoterapeuta|NOUN szerint ez|ez|PRON nehéz|nehéz|ADJ .")
    assert speakers(a) == ["Bokor László"]
    b = analyse("[Kovács Anna]PER gyógytornászhoz|gyógytornászhoz|NOUN|Case=All "
                f"fordult|fordul|{PAST} .",
                "A gyógytornász|gyógytornász|NOUN szerint ez|ez|PRON nehéz|nehéz|ADJ .")
    assert speakers(b) == [None]


def test_a_description_set_beside_the_person_in_one_sentence_is_someone_else() -> None:
    """'X nem hitt ebben, a rendező hiába kérdezte őt. A rendező azt mondja': the sentence
    that named X gave the description to another, so it is not X (and no one else is sure)."""
    a = analyse(f"[Endre Zsigmond]PER nem|nem|ADV hitt|hisz|{PAST} ebben|ez|PRON|Case=Ine , "
                f"a rendező|rendező|NOUN hiába|hiába|ADV kérdezte|kérdez|{PAST} "
                "őt|ő|PRON|Case=Acc .",
                f"A rendező|rendező|NOUN azt|az|PRON|Case=Acc mondja|mond|{PAST} , "
                "hogy|hogy|SCONJ ez|ez|PRON fontos|fontos|ADJ .")
    assert speakers(a) == [None]
    same = analyse(f"A filmet [Kovács Dániel]PER írta|ír|{PAST} , aki|aki|PRON egyben|egyben|ADV "
                   "a rendező|rendező|NOUN is|is|ADV .",
                   f"A rendező|rendező|NOUN azt|az|PRON|Case=Acc mondja|mond|{PAST} , "
                   "hogy|hogy|SCONJ ez|ez|PRON igaz|igaz|ADJ .")
    assert speakers(same) == ["Kovács Dániel"]
    became = analyse(f"Nyáron [Bíró Dániel]PER lett|lesz|{PAST} az edző|edző|NOUN , "
                     "miután|miután|SCONJ elődjét|előd|NOUN|Case=Acc "
                     f"menesztették|meneszt|{PAST} .",
                     "Az edző|edző|NOUN szerint ez|ez|PRON jó|jó|ADJ .")
    assert speakers(became) == ["Bíró Dániel"]


def test_a_description_takes_up_the_unnamed_person_before_it() -> None:
    """'Az egyik fideszes politikus azt mondta … X nem reagált. „…” – mondta a politikus': the
    one the article left unnamed, never the person named between; 'volt egy válsága a
    miniszter szerint' has no unnamed minister, so 'a miniszter' goes on with the speaker."""
    a = analyse(f"Az egyik|egyik|DET fideszes|fideszes|ADJ politikus|politikus|NOUN azt|az|PRON|"
                f"Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ nehéz|nehéz|ADJ volt|van|VERB .",
                f"„ Ezzel|ez|PRON|Case=Ins vertük|ver|VERB át|át|ADV ” – mondta|mond|{PAST} "
                "a politikus|politikus|NOUN .")
    assert speakers(a) == [None, None]
    named = analyse(f"[Kovács Péter]PER , a cég|cég|NOUN egyik|egyik|DET igazgatója|igazgató|NOUN|"
                    f"{PSOR} azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                    "bezár|bezár|VERB .",
                    "Az igazgató|igazgató|NOUN szerint ez|ez|PRON nehéz|nehéz|ADJ .")
    assert speakers(named) == ["Kovács Péter", "Kovács Péter"]
    titled = analyse(f"Egy képviselő|képviselő|NOUN bekiabált|bekiabál|{PAST} .",
                     f"[Kerekes Dóra]PER képviselő|képviselő|NOUN azt|az|PRON|Case=Acc "
                     f"mondta|mond|{PAST} , hogy|hogy|SCONJ méltatlan|méltatlan|ADJ .",
                     "A képviselő|képviselő|NOUN szerint ez|ez|PRON nehéz|nehéz|ADJ .")
    assert speakers(titled) == ["Kerekes Dóra", "Kerekes Dóra"]
    dashed = analyse(f"[Fehér Gábor]PER – a párt|párt|NOUN egyik|egyik|DET alelnöke|alelnök|NOUN|"
                     f"{PSOR} – azt|az|PRON|Case=Acc mondta|mond|{PAST} , hogy|hogy|SCONJ "
                     "ez|ez|PRON nehéz|nehéz|ADJ .",
                     f"Az alelnök|alelnök|NOUN hozzátette|hozzátesz|{PAST} , hogy|hogy|SCONJ "
                     "ez|ez|PRON jó|jó|ADJ .")
    assert speakers(dashed) == ["Fehér Gábor", "Fehér Gábor"]
    of_a_body = analyse(f"[Lengyel Ákos]PER egy|egy|DET budapesti|budapesti|ADJ "
                        f"kórház|kórház|NOUN igazgatója|igazgató|NOUN|{PSOR} .",
                        "Az igazgató|igazgató|NOUN szerint ez|ez|PRON nehéz|nehéz|ADJ .")
    assert speakers(of_a_body) == ["Lengyel Ákos"]
    b = analyse(f"[Lázár János]PER miniszter|miniszter|NOUN azt|az|PRON|Case=Acc "
                f"mondta|mond|{PAST} , hogy|hogy|SCONJ volt|van|VERB egy|egy|DET "
                "válsága|válság|NOUN|Person[psor]=3 a miniszter|miniszter|NOUN szerint .",
                f"Kitért|kitér|{PAST} arra|az|PRON|Case=Sub is|is|ADV a miniszter|miniszter|NOUN "
                ", hogy|hogy|SCONJ ez|ez|PRON fontos|fontos|ADJ .")
    assert speakers(b)[-1] == "Lázár János"


def test_the_words_of_a_question_before_the_verb_are_not_its_subject() -> None:
    """'Arra a kérdésre, lehetséges-e egy békeszerződés, azt válaszolta': the question's noun is
    no subject; the answer goes on with the one named before."""
    a = analyse(f"[Mark Rutte]PER sokat|sok|ADV beszélt|beszél|{PAST} .",
                "Arra|az|PRON|Case=Sub a kérdésre|kérdés|NOUN|Case=Sub , "
                "lehetséges-e|lehetséges|ADJ egy|egy|DET békeszerződés|békeszerződés|NOUN , "
                f"azt|az|PRON|Case=Acc válaszolta|válaszol|{PAST} , hogy|hogy|SCONJ "
                "nehéz|nehéz|ADJ megjósolni|megjósol|VERB|VerbForm=Inf .")
    assert [c.source.text if c.source else None for c in a.claims] != ["egy békeszerződés"]
    assert speakers(a) == ["Mark Rutte"]


def test_the_subject_of_an_inverted_cue_is_no_title_of_the_name_after_it() -> None:
    """'„…” – összegezte az esszéíró TGM fiatalkori korszakát': the noun after the verb is its
    subject, so a later 'az esszéíró' is not TGM (but 'Bemutatták a forgatókönyvíró Kovács
    Ildikó darabját. A forgatókönyvíró szerint' is Kovács Ildikó's title)."""
    a = analyse(f"„ Lázadó|lázadó|ADJ volt|van|VERB ” – összegezte|összegez|{PAST} "
                "az esszéíró|esszéíró|NOUN [TGM]PER fiatalkori|fiatalkori|ADJ "
                "korszakát|korszak|NOUN|Case=Acc|Person[psor]=3 .",
                f"Az esszéíró|esszéíró|NOUN azt|az|PRON|Case=Acc mondja|mond|{PAST} , "
                "hogy|hogy|SCONJ ez|ez|PRON fontos|fontos|ADJ .")
    assert speakers(a)[-1] is None
    b = analyse("Bemutatták|bemutat|VERB a forgatókönyvíró|forgatókönyvíró|NOUN [Kovács Ildikó]PER "
                "darabját|darab|NOUN|Case=Acc|Person[psor]=3 .",
                "A forgatókönyvíró|forgatókönyvíró|NOUN szerint ez|ez|PRON igaz|igaz|ADJ .")
    assert speakers(b) == ["Kovács Ildikó"]


@pytest.mark.parametrize("party, named, want", [
    ("Tisza", "Magyar Péter", "Magyar Péter"),  # one chair all its known life, named before
    ("Tisza", "Tarr Zoltán", None),  # the chair is not named: no one else is
    ("Fidesz", "Orbán Viktor", None),  # a party whose chair changed: an article's date is unknown
])
def test_a_party_chair_named_by_the_party_alone(party: str, named: str, want: str | None) -> None:
    """'Magyar Péter fórumot tartott. „…” – mondta a Tisza elnöke': lexicon.PARTY_CHAIRS."""
    a = analyse(f"[{named}]PER fórumot|fórum|NOUN|Case=Acc tartott|tart|{PAST} .",
                f"„ Jönnek|jön|VERB a változások|változás|NOUN ” – mondta|mond|{PAST} "
                f"a [{party}]ORG elnöke|elnök|NOUN|{PSOR} .")
    assert speakers(a)[-1] == want
