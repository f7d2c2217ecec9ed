"""Who said it, where an independent reviewer tried to break the fourth session's speaker
rules with made-up press sentences (none from the development set), run through the bundled
pipeline: each case gave a wrong named speaker or a non-claim before its guard. A speaker left
open is the right answer wherever a careful reader could not name one."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

pytestmark = pytest.mark.model


def said(nlp, text: str) -> list[tuple[str, str | None]]:
    """(content, speaker's actor name or None) for each claim of ``text``."""
    a = analyze(text, nlp)
    names = {x.id: x.name for x in a.actors}
    return [(c.content.text, names.get(c.source.actor) if c.source and c.source.actor else None)
            for c in a.claims]


def speakers(nlp, text: str) -> list[str | None]:
    return [who for _, who in said(nlp, text)]


@pytest.mark.parametrize("text", [
    "A sajtótájékoztatón Orbán Viktor szóvivője, aki azt mondta, hogy a kormány nem tárgyal, "
    "nem válaszolt a kérdésekre.",
    "Kovács Péter ügyvédje, aki azt mondta, hogy ügyfele ártatlan, fellebbezett.",
    "Szabó Anna édesapja szólalt fel, aki azt mondta, hogy a lánya ártatlan.",
    "A tüntetés után Szabó Anna helyett Kovács Pétert választották meg, aki azt mondta, hogy "
    "folytatja a munkát.",
])
def test_who_is_never_the_owner_of_a_role_or_the_person_before_a_postposition(bundled_nlp,
                                                                            text) -> None:
    """', aki' after a possessed role ('X szóvivője, aki') or a clause that names a person as
    an owner or before a postposition ('X édesapja szólalt fel, aki', 'X helyett Y-t
    választották, aki') is not that person."""
    assert speakers(bundled_nlp, text) == [None]


def test_who_after_a_title_or_a_verb_final_clause_is_still_the_one_person(bundled_nlp) -> None:
    """The guards keep the rule: 'X miniszterelnök, aki', 'X szólalt fel, aki' are X."""
    assert speakers(bundled_nlp, "Ekkor szólalt meg Orbán Viktor miniszterelnök, aki azt mondta, "
                                 "hogy baj van.") == ["Orbán Viktor"]
    assert speakers(bundled_nlp, "A tömeg skandált. Kapin Lilla szólalt fel, aki azt mondta, "
                                 "hogy a kormány hazudik.") == ["Kapin Lilla"]


@pytest.mark.parametrize("text", [
    "Kovács Péter két munkatársa is ott volt a helyszínen, ők azt mondták, hogy a tűz gyorsan "
    "terjedt.",
    "Kovács Péter lánya is ott volt, ő azt mondta, hogy az apja ártatlan.",
    "Kovács Péter élesen bírálta Szabó Annát, ő azonban azt mondta, hogy nem hibázott.",
])
def test_a_pronoun_is_not_an_owner_a_group_or_one_of_two(bundled_nlp, text) -> None:
    """'ők' (several), 'ő' after 'X lánya' (the daughter) or after two people: no one named."""
    assert speakers(bundled_nlp, text) == [None]


def test_szerinte_after_another_persons_claim_and_a_plural_owner_stay_open(bundled_nlp) -> None:
    """A new paragraph's 'Szerinte azonban' after Szabó Anna's claim may be hers: open, not the
    person the sentence before is about; 'Véleményük szerint' after two people: open."""
    text = ("Szabó Anna elemző szerint a kormány hibázott.\n\n"
            "Orbán Viktor hétfőn bejelentette az intézkedéscsomagot. Szerinte azonban ez kevés "
            "lesz.\n\n"
            "Kovács Péter és Szabó Anna is megszólalt a témában. Véleményük szerint a vizsgálat "
            "hibás volt.")
    assert speakers(bundled_nlp, text) == ["Szabó Anna", None, None]


def test_a_bodys_many_people_are_neither_the_body_nor_one_of_them_named_before(bundled_nlp):
    """'A párt tagjai', 'A Mol dolgozói' after one member or worker was named: nobody named;
    'A húsfeldolgozó' (a firm) is no 'dolgozó' (worker)."""
    text = ("Kovács Péter, a párt tagja azt mondta, hogy nem lép ki. A párt tagjai szerint a "
            "vezetés hibázott. Nagy Ádám, a Mol dolgozója elmondta, hogy baj van. A Mol dolgozói "
            "szerint a bérek alacsonyak. Szabó Anna, a húsüzem dolgozója elmondta, hogy "
            "elbocsátások jönnek. A húsfeldolgozó közölte, hogy a gyár nem zár be.")
    assert speakers(bundled_nlp, text) == [
        "Kovács Péter", None, "Nagy Ádám", None, "Szabó Anna", None]


def test_a_body_whose_name_says_new_is_no_new_holder(bundled_nlp) -> None:
    """'az Új Ember Alapítvány elnöke' is the foundation's president named before."""
    text = ("Szabó Anna, az Új Ember Alapítvány elnöke elmondta, hogy jó. Az Új Ember Alapítvány "
            "elnöke szerint a pályázat nyitott.")
    assert speakers(bundled_nlp, text) == ["Szabó Anna", "Szabó Anna"]


def test_a_quote_answered_by_another_is_the_answerers(bundled_nlp) -> None:
    """'X szerint A. „B.” Így reagált a vádakra Y': B is not X's; it is Y's, whom the sentence
    after it names as the one who answered so."""
    text = ("Kovács Péter szerint a kormány nem teljesítette az ígéreteit. „Nem hazudunk, a "
            "béreket emeltük.” Így reagált a vádakra Szabó Anna kormányszóvivő.")
    assert speakers(bundled_nlp, text) == ["Kovács Péter", "Szabó Anna"]


@pytest.mark.parametrize("text", [
    "Kovács Péter szerint a költségvetés rendben van. „És a hiány?” Erre a kérdésünkre már nem "
    "válaszolt.",
    "Kovács Péter szerint a kampány sikeres volt. „Magyarország előre!” A plakátokon ez a "
    "felirat állt.",
])
def test_a_quote_after_a_claim_is_not_the_speakers_when_it_is_someone_elses(bundled_nlp,
                                                                          text) -> None:
    """A question put to the speaker, a slogan: not claims of the speaker before them."""
    assert speakers(bundled_nlp, text) == ["Kovács Péter"]


@pytest.mark.parametrize("text", [
    "Kovács Péter államtitkár felel azért, hogy a beruházás időben elkészüljön.",
    "Ha orvosod szerint nincs szükség gyógyszerre, ne szedd.",
])
def test_responsible_for_and_your_doctor_are_no_claims(bundled_nlp, text) -> None:
    """'felel azért, hogy' (is responsible for), 'orvosod szerint' (your doctor, advice)."""
    assert said(bundled_nlp, text) == []


def test_a_speaker_after_the_verb_past_an_adverbial_comma_continues(bundled_nlp) -> None:
    """'Erről beszélt tegnap délután, a konferencia nyitónapján X. Úgy fogalmazott, hogy':
    a comma inside the adverbials does not hide X."""
    text = ("Erről beszélt tegnap délután, a konferencia nyitónapján Kovács Péter. Úgy "
            "fogalmazott, hogy a helyzet súlyos.")
    assert speakers(bundled_nlp, text)[-1] == "Kovács Péter"


@pytest.mark.parametrize("text", [
    "A rendőrség közölte, hogy K. P. betört a szomszéd lakásba. K. P. a bíróságon azt mondta, "
    "hogy ártatlan. Kiss Pál rendőrségi szóvivő elmondta, hogy a nyomozás folyik.",
    "A bíróság tárgyalta az ügyet.\nK. P.: Nem voltam ott aznap este.\nBíró: Folytassa.\n"
    "K. P.: A tanúk tévednek.\nA tárgyalás után Kiss Pál ügyész elmondta, hogy fellebbez.",
])
def test_initials_in_running_text_or_before_anyone_so_named_are_nobody_else(bundled_nlp,
                                                                           text) -> None:
    """A suspect kept short (`K. P. betört`) or a transcript's `K. P.:` before Kiss Pál is
    named: never Kiss Pál."""
    a = analyze(text, bundled_nlp)
    kiss = next(x for x in a.actors if x.name.startswith("Kiss Pál"))
    assert all(c.source is None or c.source.actor != kiss.id for c in a.claims
               if "fellebbez" not in c.content.text and "nyomozás" not in c.content.text)


def test_a_hogy_clause_with_appositions_keeps_its_subject_whole(bundled_nlp) -> None:
    """'…, hogy a testület másik tagja, X egykori elnök sajtófőnöke, Y azt mondta': the commas
    of the appositions do not cut the 'hogy' clause; X (whose press chief speaks) never does."""
    text = ("Ennek ellentmond, hogy a testület másik tagja, Áder János egykori köztársasági elnök "
            "sajtófőnöke, Altorjai Anita a Blikknek azt mondta, hogy nagyon megtisztelő volt.")
    assert speakers(bundled_nlp, text) != ["Áder János"]


def test_a_name_inside_the_quote_before_is_no_subject_for_the_next_sentence(bundled_nlp) -> None:
    """'„Isten szeret mindannyiótokat” – mondta. Azt kérte, …': the quote's own words name no
    speaker for the subjectless verb after it."""
    text = ("„Isten szeret mindannyiótokat, mind Isten kezében vagytok” – mondta. Azt kérte, "
            "Istennel kéz a kézben haladjunk.")
    assert "Isten" not in speakers(bundled_nlp, text)


@pytest.mark.parametrize("text", [
    "A vendégek délben érkeztek. Így látták vendégül a delegációt: halászlével és pálinkával.",
    "Megjött a daru. Így látott munkához a csapat: először a tetőt bontották le.",
    "A pályázati határidő kedden lejárt – így tudják a jelentkezők is, hogy nincs haladék.",
])
def test_so_in_an_idiom_reports_nothing(bundled_nlp, text) -> None:
    """'így' opening a sentence with no quote before it, or before 'tud' (so one knows), is
    no 'úgy' of a speech verb: an idiom, a consequence, no claim."""
    assert speakers(bundled_nlp, text) == []
