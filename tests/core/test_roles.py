"""Who-is-who: the role and body the article gives each person, one pattern per row."""

from __future__ import annotations

import pytest
from handdoc import parsed

from reader.analysis.actors import group_actors
from reader.analysis.roles import person_roles, role_of, same_role

PSOR = "Case=Nom|Number=Sing|Number[psor]=Sing|Person[psor]=3"
ACC_PSOR = "Case=Acc|Number=Sing|Number[psor]=Sing|Person[psor]=3"


def roles(*sentences: str) -> list[tuple[str, str, str | None, str]]:
    """(person, role, affiliation, pattern) for every role found, names instead of ids."""
    text, p = parsed(*sentences)
    grouping = group_actors(text, p.tokens, p.entities, p.has_lemmas)
    labels = {a.id: a.label for a in grouping.actors}
    names = {a.id: a.name for a in grouping.actors}
    return [
        (names[r.person], r.role, names.get(r.affiliation or ""), r.pattern)
        for r in person_roles(p.tokens, grouping.token_actor, labels)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            f"[Tarr Zoltán]PER , a [Tisza Párt]ORG alelnöke|alelnök|NOUN|{PSOR} mondta|mond|VERB .",
            [("Tarr Zoltán", "alelnök", "Tisza Párt", "apposition")],
            id="apposition-with-body",
        ),
        pytest.param(
            f"[Tarr Zoltán]PER a [Tisza Párt]ORG alelnöke|alelnök|NOUN|{PSOR} .",
            [("Tarr Zoltán", "alelnök", "Tisza Párt", "apposition")],
            id="predicate",
        ),
        pytest.param(
            f"[Vadas Gergely]PER lett|lesz|VERB a [Kúria]ORG elnöke|elnök|NOUN|{PSOR} .",
            [("Vadas Gergely", "elnök", "Kúria", "apposition")],
            id="predicate-after-a-verb-of-becoming",
        ),
        pytest.param(
            "[Karsai László]PER és [Ungváry Krisztián]PER "
            "történészek|történész|NOUN|Case=Nom|Number=Plur írtak|ír|VERB .",
            [("Karsai László", "történész", None, "title_after"),
             ("Ungváry Krisztián", "történész", None, "title_after")],
            id="a-plural-title-shared-by-two-names",
        ),
        pytest.param(
            "[Takács Péter]PER egészségügyi|egészségügyi|ADJ államtitkár|államtitkár|NOUN "
            "hibázott|hibázik|VERB .",
            [("Takács Péter", "államtitkár", None, "title_after")],
            id="title-after-name",
        ),
        pytest.param(
            "[Lázár János]PER építési|építési|ADJ és|és|CCONJ közlekedési|közlekedési|ADJ "
            "miniszter|miniszter|NOUN szerint baj|baj|NOUN van|van|VERB .",
            [("Lázár János", "miniszter", None, "title_after")],
            id="a-title-of-two-adjectives-joined-by-es",
        ),
        pytest.param(
            "[Gulyás Gergely]PER kormányszóvivő|kormányszóvivő|ADJ cáfolta|cáfol|VERB .",
            [("Gulyás Gergely", "kormányszóvivő", None, "title_after")],
            id="a-title-the-tagger-read-as-an-adjective",
        ),
        pytest.param(
            f"Az [MKKP]ORG társelnöke|társelnök|NOUN|{PSOR} , [Kovács Anna]PER "
            "közölte|közöl|VERB .",
            [("Kovács Anna", "társelnök", "MKKP", "title_before")],
            id="title-before-name-compound-role",
        ),
        pytest.param(
            f"Elítélték|elítél|VERB [Kiss Pétert|Péter|PROPN|Case=Acc]PER , a [Fidesz]ORG "
            f"frakcióvezetőjét|frakcióvezető|NOUN|{ACC_PSOR} .",
            [("Kiss Péter", "frakcióvezető", "Fidesz", "apposition")],
            id="apposition-agrees-in-case",
        ),
        pytest.param(
            f"[Tóth Béla]PER , az [ENSZ]ORG volt|van|AUX nagykövete|nagykövet|NOUN|{PSOR} "
            "írt|ír|VERB .",
            [("Tóth Béla", "nagykövet", "ENSZ", "apposition")],
            id="a-former-role",
        ),
        pytest.param(
            f"[Tóth Béla]PER , az [ENSZ]ORG nagykövete|nagykövet|NOUN|{PSOR} és "
            "[Donald Trump]PER elnök|elnök|NOUN korábbi|korábbi|ADJ "
            f"tanácsadója|tanácsadó|NOUN|{PSOR} írt|ír|VERB .",
            [("Tóth Béla", "nagykövet", "ENSZ", "apposition"),
             ("Tóth Béla", "tanácsadó", None, "apposition"),
             ("Donald Trump", "elnök", None, "title_after")],
            id="a-second-role-joined-by-es-whoever-owns-it",
        ),
        pytest.param(
            f"[Tóth Béla]PER , az [ENSZ]ORG nagykövete|nagykövet|NOUN|{PSOR} és "
            f"[Nagy Anna]PER , a [Fidesz]ORG alelnöke|alelnök|NOUN|{PSOR} írtak|ír|VERB .",
            [("Tóth Béla", "nagykövet", "ENSZ", "apposition"),
             ("Nagy Anna", "alelnök", "Fidesz", "apposition")],
            id="another-persons-own-apposition-after-es",
        ),
    ],
)
def test_roles_found(sentence: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    """Each shape in which an article says what a person is gives that person the role."""
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            f"[Kovács Péter]PER ügyvédje|ügyvéd|NOUN|{PSOR} tagadta|tagad|VERB .",
            id="possessed-role-is-someone-else",
        ),
        pytest.param(
            "[Kovács Péter]PER a miniszter|miniszter|NOUN ellen|ellen|ADP szólt|szól|VERB .",
            id="unpossessed-role-with-article-is-another-person",
        ),
        pytest.param(
            f"[Kiss Anna]PER , [Nagy Péter]PER felesége|feleség|NOUN|{PSOR} .",
            id="another-person-between",
        ),
        pytest.param(
            f"[Kovács Pétert|Péter|PROPN|Case=Acc]PER , a párt elnöke|elnök|NOUN|{PSOR} "
            "hívta|hív|VERB .",
            id="case-disagrees",
        ),
        pytest.param(
            "[Kovács Péter]PER szakértő|szakértő|ADJ segítséget|segítség|NOUN|Case=Acc "
            "kért|kér|VERB .",
            id="an-adjective-before-a-noun-is-no-title",
        ),
        pytest.param(
            "[Magyar Péter]PER lesz|lesz|VERB a következő|következő|ADJ "
            "miniszterelnök|miniszterelnök|NOUN .",
            id="becoming-an-unpossessed-role-is-no-role-held",
        ),
    ],
)
def test_no_role(sentence: str) -> None:
    """A role that belongs to someone else is not given to the name beside it."""
    assert roles(sentence) == []


def test_party_adjective_is_affiliation() -> None:
    """'a DK-s politikus, X' affiliates X with the DK actor named in the article."""
    found = roles(
        "A [DK]ORG ülésezett|ülésezik|VERB .",
        "A DK-s|DK-s|ADJ politikus|politikus|NOUN , [Gréczy Zsolt]PER szólt|szól|VERB .",
    )
    assert found == [("Gréczy Zsolt", "politikus", "DK", "title_before")]


@pytest.mark.parametrize(
    ("word", "role"),
    [("elnök", "elnök"), ("társelnök", "elnök"), ("alelnök", "alelnök"),
     ("frakcióvezető-helyettes", "helyettes"), ("cégvezető", "vezető"), ("asztal", None),
     # a chief one of a listed role is no role, unless listed itself
     ("főtanácsadó", "főtanácsadó"), ("főhadnagy", None), ("fővárosi", None)],
)
def test_role_of(word: str, role: str | None) -> None:
    """A listed role, or a compound ending in one, is a role."""
    assert role_of(word) == role


def test_same_role() -> None:
    """A compound role matches its last part, an unrelated role does not."""
    assert same_role("vezetőedző", "edző")
    assert not same_role("alelnök", "elnök")
    assert not same_role("frakcióvezető-helyettes", "frakcióvezető")
    assert not same_role("főhadnagy", "hadnagy") and not same_role("főügyész", "ügyész")
