"""Who-is-who: what an article says each person is (a role, and the body they hold it in).

The article says it in a few fixed shapes, each a named pattern here:

- ``apposition``: ``Tarr Zoltán, a Tisza Párt alelnöke`` (also in any case, the role agreeing
  with the name: ``Tarr Zoltánnak, a párt alelnökének``) and the predicate ``Tarr Zoltán a Tisza
  Párt alelnöke``;
- ``title_after``: ``Takács Péter egészségügyi államtitkár``, ``Kolláth György alkotmányjogász``,
  also shared by two names in the plural: ``Karsai László és Ungváry Krisztián történészek``;
- ``title_before``: ``a BRFK szóvivője, Csécsi Soma``, ``a DK-s politikus, Kiss Anna``.

A body inside the role phrase (a name of an organisation, or a party adjective such as
``DK-s``, ``fideszes`` whose stem is one of the organisation's names) is the affiliation.
The speaker stage asks this registry who holds a role (``a Tisza Párt alelnöke`` -> Tarr
Zoltán) instead of handing the quote to the party.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis import lexicon
from reader.analysis.morphology import strip_candidates
from reader.types import Range, Token

ROLE_PHRASE_REACH = 6  # tokens a role phrase may have between its article and its head
MIN_ROLE_SUFFIX = 4  # letters of a listed role that may end a compound ("cégvezető")
MIN_COMPOUND_HEAD = 3  # letters before it ("cég|vezető", not "al|elnök")
PARTY_ADJ_SUFFIXES = ("-s", "-es", "-os", "-as", "-ös", "es", "os", "as", "ös", "s")


@dataclass(frozen=True)
class PersonRole:
    """One thing the article says a person is: ``alelnök`` of the Tisza Párt actor."""

    person: str  # actor id
    role: str  # the role noun's lemma, lower case: "alelnök", "frakcióvezető-helyettes"
    affiliation: str | None  # actor id of the body the role is held in
    span: Range  # the words that say it (the role phrase)
    pattern: str  # which shape said it: apposition, title_after, title_before


# Verbs of becoming or staying between a name and its role ("X lett a Kúria elnöke").
BECOMING = frozenset({"lett", "lesz", "maradt", "marad"})


@lru_cache(maxsize=65536)
def role_of(word: str) -> str | None:
    """The person role a noun is or ends in: "elnök-vezérigazgató" -> "vezérigazgató",
    "társelnök" -> "elnök"; "frakcióvezető-helyettes" is a "helyettes", not a "frakcióvezető"."""
    word = word.lower()
    if word in lexicon.PERSON_ROLES:
        return word
    last = word.rsplit("-", 1)[-1]
    if last in lexicon.PERSON_ROLES:
        return last
    return next(
        (r for r in _ROLES_LONGEST_FIRST
         if len(r) >= MIN_ROLE_SUFFIX and last.endswith(r)
         and len(last) - len(r) >= MIN_COMPOUND_HEAD),
        None,
    )


# (a member role is one only as the whole word: "húsfeldolgozó" is a firm)
_ROLES_LONGEST_FIRST = sorted(lexicon.PERSON_ROLES - lexicon.MEMBER_ROLES, key=len, reverse=True)


def office(role: str | None, word_before: str) -> str | None:
    """The office a role word names with the adjective before it: `köztársasági elnök` is the
    head of state (államfő), not a party's or a body's elnök (lexicon.QUALIFIED_OFFICES)."""
    if role is None:
        return None
    return lexicon.QUALIFIED_OFFICES.get((word_before.lower(), role), role)


def same_role(a: str, b: str) -> bool:
    """Whether two role lemmas name the same role: "vezetőedző" / "edző" do, "alelnök" /
    "elnök" and "frakcióvezető-helyettes" / "frakcióvezető" do not; "kormányfő" and
    "miniszterelnök" are one office (lexicon.ROLE_SYNONYMS)."""
    a = lexicon.ROLE_SYNONYMS.get(a, a)
    b = lexicon.ROLE_SYNONYMS.get(b, b)
    return a == b or role_of(a) == b or role_of(b) == a


PREDICATE_CASES = ("Dat", "Tra", "Ess", "EssFor")  # "kapitánynak választotta", "miniszterré"


def person_roles(
    tokens: Sequence[Token], token_actor: dict[int, str], labels: dict[str, str]
) -> tuple[PersonRole, ...]:
    """Every role the article gives a named person, in text order."""
    reader = _Registry(tokens, token_actor, labels)
    return tuple(reader.find())


class _Registry:
    """The patterns over one article's tokens (indices into ``tokens``)."""

    def __init__(
        self, tokens: Sequence[Token], token_actor: dict[int, str], labels: dict[str, str]
    ) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.actor = token_actor
        self.labels = labels
        self.org_stems = self._org_stems()
        self.starts = [tok.start for tok in tokens]

    def _org_stems(self) -> dict[str, str]:
        """Lower-case organisation names (one word, as written) -> actor, for party adjectives."""
        out: dict[str, str] = {}
        for k, actor in self.actor.items():
            if self.labels.get(actor) == "ORG":
                out.setdefault(self.t[k].text.lower(), actor)
        return out

    def runs(self) -> list[tuple[int, int, str]]:
        """Maximal runs of tokens of one actor: (first, end, actor)."""
        out: list[tuple[int, int, str]] = []
        for k in sorted(self.actor):
            actor = self.actor[k]
            if out and out[-1][1] == k and out[-1][2] == actor:
                out[-1] = (out[-1][0], k + 1, actor)
            else:
                out.append((k, k + 1, actor))
        return out

    def find(self) -> list[PersonRole]:
        found: list[PersonRole] = []
        for lo, hi, actor in self.runs():
            if self.labels.get(actor) != "PER":
                continue
            case = self.t[hi - 1].feat("Case") or "Nom"
            after = self.role_after(hi, case) or self.shared_title(hi)
            if after:
                found.append(PersonRole(actor, *after))
                second = self.joined_role(after[2][1], case) if after[3] == "apposition" else None
                if second:
                    found.append(PersonRole(actor, *second))
            before = self.role_before(lo)
            if before:
                found.append(PersonRole(actor, *before))
        return found

    def role_head(self, k: int) -> str | None:
        """The role a noun at k names. A title the tagger read as an adjective counts where no
        noun follows it ("Gulyás Gergely kormányszóvivő cáfolta"), not as a modifier
        ("szakértő segítség")."""
        tok = self.t[k]
        if k in self.actor or tok.pos not in ("NOUN", "ADJ"):
            return None
        if tok.pos == "ADJ" and k + 1 < self.n and self.t[k + 1].pos in ("NOUN", "PROPN", "ADJ"):
            return None
        lemma = tok.lemma.lower()
        if not role_of(lemma) and role_of(tok.text.lower()):
            lemma = tok.text.lower()  # 'konzul' cut to 'konz' by the lemmatiser
        if not role_of(lemma):
            # a lemma the lemmatiser cut wrong ('tábornokkal' -> 'táborn'): the word less the
            # ending of its case
            case = tok.feat("Case")
            lemma = next((stem.lower() for stem, _ in strip_candidates(tok.text, case)
                          if case not in ("", "Nom") and role_of(stem.lower())), "")
            if not lemma:
                return None
        return office(lemma, self.t[k - 1].text if k > 0 else "")

    def phrase(self, k: int) -> tuple[int, str, str | None] | None:
        """A role phrase starting at token k: (head index, role, affiliation)."""
        affiliation: str | None = None
        for j in range(k, min(k + ROLE_PHRASE_REACH, self.n)):
            tok = self.t[j]
            role = self.role_head(j)
            if role is not None:
                return j, role, affiliation
            actor = self.actor.get(j)
            if actor is not None:
                if self.labels.get(actor) == "PER":
                    return None  # another person: "Kiss Anna, Nagy Péter felesége"
                if self.labels.get(actor) == "ORG":
                    affiliation = actor
                continue
            if tok.pos == "ADJ":
                affiliation = self.party_adjective(tok.text) or affiliation
                continue
            if (
                tok.text.lower() in ("és", "vagy") and j > k and self.t[j - 1].pos == "ADJ"
                and j + 1 < self.n and self.t[j + 1].pos == "ADJ"
            ):
                continue  # "építési és közlekedési miniszter": two adjectives of one title
            if j == k and tok.text.lower() in lexicon.DEFINITE_ARTICLES:
                continue
            if tok.pos in ("NOUN", "PROPN", "NUM") and tok.feat("Case") in ("", "Nom"):
                continue  # "az MSZP frakcióvezető-helyettese", "a 69 éves"
            if self.former(j):
                continue  # "az ENSZ volt amerikai nagykövete"
            return None
        return None

    def former(self, j: int) -> bool:
        """'volt' meaning 'former' before the words of a role ('a párt volt elnöke')."""
        return (
            self.t[j].text.lower() == "volt" and j + 1 < self.n
            and self.t[j + 1].pos in ("ADJ", "NOUN")
        )

    def party_adjective(self, word: str) -> str | None:
        """'DK-s', 'fideszes' -> the organisation actor whose name the adjective is made of."""
        low = word.lower()
        for suffix in PARTY_ADJ_SUFFIXES:
            if low.endswith(suffix) and len(low) > len(suffix) + 1:
                stem = low[: -len(suffix)]
                if stem in self.org_stems:
                    return self.org_stems[stem]
        return None

    def role_after(self, hi: int, case: str) -> tuple[str, str | None, Range, str] | None:
        """'X, a Tisza Párt alelnöke' / 'X a párt elnöke' / 'X egészségügyi államtitkár' / 'X
        lett a Kúria elnöke' (a verb of becoming or staying before a possessed role)."""
        k = hi
        comma = k < self.n and self.t[k].text == ","
        if comma:
            k += 1
        becoming = not comma and k < self.n and self.t[k].text.lower() in BECOMING
        if becoming:
            k += 1
        if k >= self.n:
            return None
        found = self.phrase(k)
        if found is None:
            return None
        head, role, affiliation = found
        tok = self.t[head]
        with_article = self.t[k].text.lower() in lexicon.DEFINITE_ARTICLES
        if (tok.feat("Case") or "Nom") != case and not (comma and self.owns_words(head, case)) and (
            comma or with_article or case != "Nom" or tok.feat("Case") in PREDICATE_CASES
        ):  # (a title right after a name takes the phrase's ending alone: "Bene Oszkár
            # tábornokkal"; not one a verb makes of someone: "X kapitánynak választotta Y-t")
            return None  # "Kovács Péter ügyvédjét": not the same phrase as the name
        if with_article and not tok.feat("Person[psor]") and not comma:
            return None  # "X a miniszter ...": X and the minister are two
        if not with_article and tok.feat("Person[psor]"):
            return None  # "Kovács Péter ügyvédje": the lawyer is someone else
        if becoming and not (with_article and tok.feat("Person[psor]")):
            return None  # "X lett a győztes": only "X lett a Kúria elnöke" names a role
        pattern = "apposition" if with_article else "title_after"
        return role, affiliation, (self.t[k].start, tok.end), pattern

    def owns_words(self, head: int, case: str) -> bool:
        """'Gál Kristóf, az ORFK szóvivőjének tájékoztatása szerint': a role in the possessive
        dative after a name in the nominative and a comma, owning a noun of saying, is the
        name's (not 'X, a párt elnökének felesége': whom the role's holder has; nor 'X, a cég
        vezérigazgatójának tájékoztatása szerint, már nem dolgozik': an aside about X)."""
        after = head + 1
        return case == "Nom" and (self.t[head].feat("Case") or "") in ("Dat", "Gen") and (
            after + 1 < self.n and self.t[after].pos == "NOUN"
            and bool(self.t[after].feat("Person[psor]"))
            and self.t[after].lemma.lower() in lexicon.SPEECH_NOUNS
            and self.t[after + 1].text.lower() == "szerint"
            and (after + 2 >= self.n or self.t[after + 2].text != ",")
        )

    def joined_role(self, end: int, case: str) -> tuple[str, str | None, Range, str] | None:
        """'X, az ENSZ volt nagykövete és Donald Trump korábbi tanácsadója': a second possessed
        role joined by 'és' to an apposition ending at character ``end`` is X's too, whoever
        owns it; not another person's apposition ('…, és Y, a párt alelnöke')."""
        k = bisect.bisect_left(self.starts, end)
        if k >= self.n or self.t[k].text.lower() != "és":
            return None
        affiliation: str | None = None
        for j in range(k + 1, min(k + 1 + 2 * ROLE_PHRASE_REACH, self.n)):
            tok = self.t[j]
            role = self.role_head(j)
            owners_title = self.labels.get(self.actor.get(j - 1, "")) == "PER"
            if role is not None and owners_title and not tok.feat("Person[psor]"):
                continue  # "Donald Trump elnök korábbi tanácsadója": the owner's own title
            if role is not None:
                if not tok.feat("Person[psor]") or (tok.feat("Case") or "Nom") != case:
                    return None
                return role, affiliation, (self.t[k + 1].start, tok.end), "apposition"
            actor = self.actor.get(j)
            if actor is not None:  # (a comma after a name ends it: "…, és Nagy Péter, a …")
                if self.labels.get(actor) == "ORG":
                    affiliation = actor
                continue
            if tok.pos in ("DET", "ADJ") or self.former(j) or (
                tok.pos in ("NOUN", "PROPN", "NUM") and tok.feat("Case") in ("", "Nom")
            ):
                continue
            return None
        return None

    def shared_title(self, hi: int) -> tuple[str, str | None, Range, str] | None:
        """'Karsai László és Ungváry Krisztián történészek': a title in the plural after two
        names joined by 'és' is the first one's too."""
        if hi + 1 >= self.n or self.t[hi].text.lower() != "és":
            return None
        other = self.actor.get(hi + 1)
        if other is None or self.labels.get(other) != "PER":
            return None
        end = hi + 1
        while end < self.n and self.actor.get(end) == other:
            end += 1
        if end >= self.n or self.t[end].feat("Number") != "Plur":
            return None
        found = self.phrase(end)
        if found is None or found[0] != end:
            return None  # only a bare plural title right after the second name
        role, affiliation = found[1], found[2]
        return role, affiliation, (self.t[end].start, self.t[end].end), "title_after"

    def role_before(self, lo: int) -> tuple[str, str | None, Range, str] | None:
        """'a BRFK szóvivője, Csécsi Soma' / 'a DK-s politikus, Kiss Anna'."""
        if lo < 2 or self.t[lo - 1].text != ",":
            return None
        head = lo - 2
        if self.role_head(head) is None:
            return None
        start = head
        while start > 0 and head - start < ROLE_PHRASE_REACH:
            prev = self.t[start - 1]
            if prev.text.lower() in lexicon.DEFINITE_ARTICLES:
                start -= 1
                break
            if prev.pos in ("ADJ", "NOUN", "PROPN", "NUM") or (start - 1) in self.actor:
                start -= 1
                continue
            break
        if self.t[start].text.lower() not in lexicon.DEFINITE_ARTICLES:
            return None
        found = self.phrase(start)
        if found is None or found[0] != head:
            return None
        _, role, affiliation = found
        return role, affiliation, (self.t[start].start, self.t[head].end), "title_before"
