"""An actor's label from evidence about the whole actor (reader.analysis.evidence): each named rule
on a table of names, then on hand-built Docs where the recogniser's tags disagree."""

from __future__ import annotations

import pytest
from handdoc import analyse

from reader.analysis.evidence import actor_label


@pytest.mark.parametrize(
    "names, votes, label, rule",
    [
        (["Telex"], ["PER"], "ORG", "media"),
        (["Wikipédia-oldal", "Hirado.hu"], ["LOC"], "ORG", "media"),
        (["Facebook"], ["MISC"], "ORG", "platform"),
        (["YouTube-csatorna", "TikTok"], ["PER"], "ORG", "platform"),
        (["Párbeszéd"], ["LOC"], "ORG", "party"),
        (["Európai Bizottság"], ["LOC"], "ORG", "org_head"),
        (["Magyar Posta Zrt.", "Magyar Posta"], ["PER"], "ORG", "org_head"),
        (["Pénzügyminisztérium"], ["LOC"], "ORG", "org_head"),
        (["Miniszterelnökség"], ["PER"], "ORG", "org_head"),  # an office by what it leads
        (["Pedagógusok Szakszervezete"], ["PER"], "ORG", "org_head"),
        (["Kossuth Zsuzsa Gyermekotthon"], ["PER"], "ORG", "org_head"),
        (["Váci utca"], ["ORG"], "LOC", "place_noun"),
        (["Nagykörúton"], ["ORG"], "LOC", "place_noun"),  # an inflected form as its name
        (["Hungalu Kupa"], ["ORG"], "MISC", "award"),
        (["Vaskereszt"], ["PER"], "MISC", "award"),
        (["Magyar Érdemrend Lovagkeresztje"], ["ORG"], "MISC", "award"),  # possessed
        (["Kupa Mihály", "Kupa"], ["PER", "PER"], "PER", "given_name"),
        (["Magyar Vöröskereszt"], ["MISC"], "ORG", "org_head"),
        (["MC4R"], ["PER"], "MISC", "code"),
        (["4iG"], ["PER"], "ORG", "digit_first"),
        (["4iG Space and Defence", "4iG"], ["MISC", "PER"], "ORG", "digit_first"),
        (["Btk."], ["ORG"], "MISC", "law"),
        (["Magyarország Alaptörvénye"], ["LOC"], "MISC", "law"),
        (["5G"], ["MISC"], "MISC", "votes"),  # a code in capitals is no company
        (["Kolozsvári Tímea"], ["MISC"], "PER", "given_name"),
        (["Parti Nagy Lajos"], ["LOC"], "PER", "given_name"),
        (["Orbán-kormány"], ["PER"], "ORG", "org_head"),
        (["Trump-kormányzat"], ["PER"], "ORG", "org_head"),
        (["Alan Turing-épület"], ["PER"], "LOC", "compound_building"),
        (["Fülöp-szigetek"], ["MISC"], "LOC", "compound_building"),
        (["Balaton-felvidék"], ["ORG"], "LOC", "compound_building"),
        (["Kiss Ernő-épülete"], ["PER"], "LOC", "compound_building"),  # possessed: 'its building'
        (["Szent Márton-bazilika"], ["MISC"], "LOC", "compound_building"),  # a church
        (["Arany-szobor"], ["ORG"], "LOC", "compound_building"),  # a monument
        (["Petőfi Sándor-díj"], ["PER"], "MISC", "compound_thing"),
        (["Kovács Anna-ösztöndíjad"], ["PER"], "MISC", "compound_thing"),
        (["Kálmán-terv"], ["PER"], "MISC", "compound_thing"),
        (["Beneš-dekrétumok"], ["LOC"], "MISC", "compound_thing"),  # a decree, a tax, a league
        (["Tisza-adó"], ["ORG"], "MISC", "compound_thing"),
        (["Európa-liga"], ["LOC"], "MISC", "compound_thing"),
        (["Nagy Dávid-sorozat"], ["LOC"], "MISC", "compound_thing"),
        (["Szájer-ügy"], ["MISC"], "MISC", "votes"),
        (["Vas utcai"], ["MISC"], "LOC", "place_noun"),
        (["Nagykörút"], ["ORG"], "LOC", "place_noun"),
        (["Smithsonian Magazin"], ["MISC"], "ORG", "org_head"),
        (["Fejérmegyei Napló"], ["LOC"], "ORG", "org_head"),  # a periodical's head noun
        (["Krónika"], ["LOC"], "ORG", "org_head"),
        (["Magyar Közlöny"], ["MISC"], "ORG", "org_head"),
        (["Népújság"], ["LOC"], "ORG", "org_head"),
        (["Gömböc", "Gömböcöket"], ["PER", "PER"], "MISC", "plural_thing"),
        (["Ádám", "Ádámok"], ["MISC", "PER"], "PER", "plural_given"),  # a given name, plural
        (["Barbarák"], ["LOC"], "PER", "plural_given"),
        (["Szájer", "Szájerék"], ["PER", "PER"], "PER", "family"),  # -ék is no plural
        (["von der Leyen", "von der Leyenék"], ["ORG", "PER"], "PER", "family"),
        (["Csou En-laj"], ["PER"], "PER", "votes"),  # a short syllable is no compound's head
        (["Halimba"], ["PER"], "LOC", "gazetteer"),
        (["Tahiti"], ["PER"], "LOC", "gazetteer"),
        (["Észtország"], ["ORG"], "LOC", "gazetteer"),
        (["Szovjetunió"], ["ORG"], "LOC", "gazetteer"),  # a former state is a country too
        (["Jugoszlávia"], ["ORG"], "LOC", "gazetteer"),
        # where no rule speaks the recogniser's votes do; a user name is not a code
        (["Sead93"], ["PER", "PER", "MISC"], "PER", "votes"),
        (["Balti Út"], ["MISC"], "MISC", "votes"),
        (["Gömböc"], ["PER", "MISC", "MISC"], "MISC", "votes"),
    ],
)
def test_each_label_rule(names, votes, label, rule) -> None:
    """The first rule that the actor's names satisfy decides, else the majority of votes."""
    assert actor_label(names, votes) == (label, rule)


def test_full_name_rule_reads_the_full_names_tags() -> None:
    """A surname's ORG tags lose to its full name's PER; two unrelated names do not count."""
    votes = [("Maroš Sefčovič", "PER"), ("Sefčovič", "ORG"), ("Sefčovič", "ORG")]
    assert actor_label(["Maroš Sefčovič", "Sefčovič"], ["PER", "ORG", "ORG"], votes) == (
        "PER", "full_name")
    other = [("Maroš Sefčovič", "PER"), ("Brüsszel", "ORG"), ("Brüsszel", "ORG")]
    assert actor_label(["Maroš Sefčovič", "Brüsszel"], ["PER", "ORG", "ORG"], other)[1] != (
        "full_name")


def test_a_surname_alone_takes_its_full_names_type() -> None:
    """Sefčovič tagged ORG three times is the person Maroš Sefčovič; each entity keeps its tag."""
    a = analyse(
        "[Maroš Sefčovič]PER szerint|szerint|ADP baj|baj|NOUN van|van|VERB .",
        "[Sefčovič]ORG tárgyalt|tárgyal|VERB , [Sefčovič]ORG írt|ír|VERB , "
        "[Sefčovič]ORG hallgat|hallgat|VERB .",
    )
    assert [(x.name, x.label) for x in a.actors] == [("Maroš Sefčovič", "PER")]
    assert [e.label for e in a.entities] == ["PER", "ORG", "ORG", "ORG"]


def test_a_village_tagged_as_a_person_is_a_place() -> None:
    """'Halimbán született' (tagged PER, lemma left as the form): the gazetteer's Halimba, LOC."""
    a = analyse("[Halimbán]PER született|születik|VERB .")
    assert [(x.name, x.label) for x in a.actors] == [("Halimba", "LOC")]


def test_an_alias_stands_for_its_groups_names() -> None:
    """`alias_names`: `EU-ban` alone, tagged a place, is the Európai Unió's (the lexicon's alias
    group), an organisation by its head noun `Unió`; `USA` stays a place."""
    a = analyse(
        "Az [EU-ban|EU|PROPN|Case=Ine]LOC élnek|él|VERB , nem|nem|ADV az "
        "[USA-ban|USA|PROPN|Case=Ine]LOC .",
    )
    assert {x.name: x.label for x in a.actors} == {"EU": "ORG", "USA": "LOC"}


def test_a_name_that_owns_an_officers_role_is_an_organisations() -> None:
    """`role_owner` rule: `a GKI vezérigazgató-helyettese` ('the GKI's deputy CEO'), the name
    tagged a thing, is an organisation; a thing's founder (`alapítója`) leaves it a thing."""
    a = analyse(
        "A [KTI]MISC vezérigazgató-helyettese|vezérigazgató-helyettes|NOUN|"
        "Case=Nom|Number[psor]=Sing|Person[psor]=3 szerint|szerint|ADP baj|baj|NOUN van|van|VERB .",
        "A [Nyitott Adatok]MISC alapítója|alapító|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3 "
        "írt|ír|VERB .",
    )
    assert {x.name: x.label for x in a.actors} == {"KTI": "ORG", "Nyitott Adatok": "MISC"}


def test_a_name_before_an_organisations_noun_is_an_organisation() -> None:
    """`organisation_noun_after`: `a Három Királylány civil szervezet`, tagged a person, is an
    organisation; a person with a given name stays one (`Kovács Péter alapítvány nélkül`)."""
    a = analyse(
        "A [Három Királylány]PER civil|civil|ADJ szervezet|szervezet|NOUN segít|segít|VERB .",
        "[Kovács Péter]PER alapítvány|alapítvány|NOUN nélkül|nélkül|ADP dolgozott|dolgozik|VERB .",
    )
    assert {x.name: x.label for x in a.actors} == {"Három Királylány": "ORG",
                                                   "Kovács Péter": "PER"}


def test_a_one_word_name_that_owns_a_bishop_or_a_mayor_is_a_place() -> None:
    """`role_owner` rule: `Trujillo püspökeként` ('as the bishop of Trujillo'), the town tagged a
    person, is a place; a person's surname before such a role (`Kovács Anna`'s) is no place."""
    a = analyse(
        "Korábban|korábban|ADV [Trujillo]PER püspökeként|püspök|NOUN|"
        "Case=Ess|Number[psor]=Sing|Person[psor]=3 szolgált|szolgál|VERB .",
        "[Kovács Anna]PER polgármestere|polgármester|NOUN|Case=Nom|Number[psor]=Sing|"
        "Person[psor]=3 nincs|nincs|VERB .",
    )
    assert {x.name: x.label for x in a.actors} == {"Trujillo": "LOC", "Kovács Anna": "PER"}


def test_a_surname_alone_is_no_evidence_against_its_full_name() -> None:
    """`Tanács` alone reads as a council (an ORG head), but it is the surname of `Tanács Zoltán`,
    a person; `Tisza` alone is the party `Tisza Párt`."""
    assert actor_label(["Tanács Zoltán", "Tanács"], ["ORG", "ORG"]) == ("PER", "given_name")
    assert actor_label(["Tisza Párt", "Tisza"], ["LOC", "LOC"])[0] == "ORG"
    assert actor_label(["Tanács"], ["ORG"]) == ("ORG", "org_head")


def test_a_name_with_a_persons_title_after_it_is_a_person() -> None:
    """`titled_person`: 'Sami Nurmi vezérőrnagy' tagged a thing is a person; a name that owns
    the role ('a Kék Madár alapítója'), a one-word name, a member's noun, a name with an
    article ('a Ryder Kupa kapitány') and a title followed by a name ('Égi Bárány rendező
    Jancsó Miklós filmje') leave the tag."""
    a = analyse("[Jorma Kallio]MISC vezérőrnagy|vezérőrnagy|NOUN beszélt|beszél|VERB .",
                "A [Kék Madár]MISC alapítója|alapító|NOUN|Case=Nom|Person[psor]=3 "
                "nyilatkozott|nyilatkozik|VERB .",
                "[Sami]MISC vezérőrnagy|vezérőrnagy|NOUN is|is|ADV ott|ott|ADV volt|van|VERB .",
                "A [Nyári Kupa]MISC tanára|tanár|NOUN|Case=Nom jött|jön|VERB .",
                "A [Ryder Kupa]MISC kapitány|kapitány|NOUN nyilatkozott|nyilatkozik|VERB .",
                "[Égi Bárány]MISC rendező|rendező|NOUN [Jancsó Miklós]PER "
                "filmje|film|NOUN|Case=Nom|Person[psor]=3 .")
    assert {x.name: x.label for x in a.actors} == {
        "Jorma Kallio": "PER", "Kék Madár": "MISC", "Sami": "MISC", "Nyári Kupa": "MISC",
        "Ryder Kupa": "MISC", "Égi Bárány": "MISC", "Jancsó Miklós": "PER"}


def test_a_name_with_a_persons_role_in_an_apposition_is_a_person() -> None:
    """`appositive_person`: 'Fatih Birol, a … ügyvezető igazgatója' tagged a place is a person,
    and so is 'Birol' alone after it; a name that opens with no given name ('Duna Aréna, a
    … igazgatója'), an apposition with no role ('Abdi Pasa, a város központja') and an
    article before the name ('a Abelardo Yildiz, a hajó kapitánya') leave the tag."""
    a = analyse("[Fatih Birol]LOC , a [Nemzetközi Energiaügynökség]ORG ügyvezető|ügyvezető|ADJ "
                "igazgatója|igazgató|NOUN|Case=Nom|Person[psor]=3 beszélt|beszél|VERB .",
                "Birol|Birol|PROPN|Case=Nom hozzátette|hozzátesz|VERB , hogy baj|baj|NOUN "
                "van|van|VERB .",
                "[Duna Aréna]LOC , a csarnok|csarnok|NOUN igazgatója|igazgató|NOUN|Person[psor]=3 "
                "beszélt|beszél|VERB .",
                "[Abdi Pasa]LOC , a város|város|NOUN központja|központ|NOUN|Person[psor]=3 "
                "messze|messze|ADV van|van|VERB .",
                "A [Abelardo Yildiz]MISC , a hajó|hajó|NOUN kapitánya|kapitány|NOUN|Person[psor]=3 "
                "szerint jó|jó|ADJ .")
    assert {x.name: (x.label, len(x.mentions)) for x in a.actors} == {
        "Fatih Birol": ("PER", 2), "Nemzetközi Energiaügynökség": ("ORG", 1),
        "Duna Aréna": ("LOC", 1), "Abdi Pasa": ("LOC", 1), "Abelardo Yildiz": ("MISC", 1)}


def test_a_body_that_opens_with_a_given_name_and_has_a_persons_role_is_a_person() -> None:
    """`appositive_person` for a name the recogniser called a body: 'Sylvie Bermann, az esemény
    elnöke' is a person; a name with an institution's word ('Ernst Múzeum, a város
    igazgatója') stays a body."""
    a = analyse("[Sylvie Bermann]ORG , az esemény|esemény|NOUN "
                "elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 beszélt|beszél|VERB .",
                "[Ernst Múzeum]ORG , a város|város|NOUN "
                "igazgatója|igazgató|NOUN|Case=Nom|Person[psor]=3 beszélt|beszél|VERB .")
    assert {x.name: x.label for x in a.actors} == {
        "Sylvie Bermann": "PER", "Ernst Múzeum": "ORG"}
