"""An actor's label from evidence about the whole actor, not from one mention's tag.

The recogniser labels each mention on its own, so one actor's mentions disagree (a commissioner's
surname ORG, his full name PER; a village PER). What the actor's names say decides first, from an
ordered table of named rules over its nominative names; the recogniser's labels are the votes
that decide where no rule speaks. Each entity keeps its own label (the JSON shows it); only the
actor's label is decided here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from reader.analysis import lexicon
from reader.analysis.morphology import plural_bases, strip_candidates

Names = Sequence[str]  # an actor's nominative names, the longest first


def _words(name: str) -> list[str]:
    return name.split()


_WEB_ADDRESS = re.compile(r"^[\w.-]+\.(?:hu|com|org|net|eu|info|ro|sk|rs|ua)$", re.IGNORECASE)


def is_medium(names: Names) -> bool:
    """`Telex`, `Népszabadság`, `Nature`, `YouTube-adás`, `Hirado.hu`: a newspaper, portal,
    broadcaster, agency or journal, a compound made of one's name, or a web address (platforms,
    Facebook or Twitter, are no media: `_platform`)."""
    return any(
        n.casefold() in lexicon.MEDIA
        or n.split("-")[0].casefold() in lexicon.MEDIA
        or _WEB_ADDRESS.match(n)
        for n in names
    )


def _platform(names: Names) -> bool:
    """`Facebook`, `YouTube-csatornáján`, `TikTok`: an online platform, or a compound made of
    one's name, is the company that runs it."""
    return any(n.split("-")[0].casefold() in lexicon.PLATFORMS for n in names)


def _party(names: Names) -> bool:
    """`Fidesz`, `Párbeszéd`, `Mi Hazánk`: a political party, though its name is a common word."""
    return any(n.casefold() in lexicon.PARTIES for n in names)


def org_head(names: Names) -> bool:
    """`Európai Bizottság`, `Magyar Posta Zrt.`, `Tisza Párt`, `Pénzügyminisztérium`, `Ferencvárosi
    TC`, `Idősek Otthona`: a name whose last word is, or a long compound ends in, an
    organisation's head noun, possessed or not."""
    for n in names:
        words = _words(n)
        last = words[-1].casefold()
        if last in lexicon.ORG_HEADS and (len(words) > 1 or len(last) >= 5):
            return True
        if len(words) > 1 and _possessed(last) & lexicon.ORG_HEADS:
            return True  # `Idősek Otthona`, `Doktori Tanácsa`: the head possessed ('its home')
        if any(len(h) >= 5 and last.endswith(h) and last != h for h in lexicon.ORG_HEADS):
            return True
    return False


def _compound(name: str) -> tuple[str, str] | None:
    """`Alan Turing-épület` -> ('Alan Turing', 'épület'): a name closed by a hyphen and a
    lower-case common noun, which is then the compound's head."""
    base, dash, head = name.rpartition("-")
    if dash and base and head.isalpha() and head.islower() and (
        len(head) >= 4 or head in lexicon.SHORT_COMPOUND_HEADS
    ):
        return base, head
    return None


def _is_head(word: str, heads: frozenset[str]) -> bool:
    """The word is one of ``heads``, or one of four letters or more with a possessive ending
    (`épülete`, `ösztöndíjad`: 'its building', 'your scholarship')."""
    return word in heads or any(
        len(h) >= 4 and word.startswith(h) and 0 < len(word) - len(h) <= 2 for h in heads
    )


def _possessed(word: str) -> set[str]:
    """`otthona` -> {'otthon'}, `kamarája` -> {'kamara'}: the noun under a possessive ending
    (-a, -e, -ja, -je, a stem's a/e lengthened before it restored)."""
    out = set()
    for ending in ("ja", "je", "a", "e"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4:
            out.add(stem)
            if stem[-1] in "áé":
                out.add(stem[:-1] + {"á": "a", "é": "e"}[stem[-1]])
    return out


def compound_head(names: Names) -> str | None:
    """`Orbán-kormány`, `Alan Turing-épülete`, `Fülöp-szigetek`, `József Attila-díj`: a compound
    names what its lower-case head says, an organisation, a building or geographic feature (LOC),
    or a thing (an award, a plan, a series: MISC), whoever the name before the hyphen is. (A rule
    that made every other compound a thing won nothing on the development set: a show is called
    `Nap-kelte`.)"""
    compounds = [_compound(n) for n in names]
    if not names or any(c is None for c in compounds):
        return None
    heads = {c[1] for c in compounds if c is not None}
    if any(h in lexicon.ORG_HEADS or any(h.endswith(o) for o in lexicon.ORG_HEADS if len(o) >= 5)
           for h in heads):
        return "ORG"
    if any(_is_head(h, lexicon.PLACE_HEADS) for h in heads):
        return "LOC"
    if any(_is_head(h, lexicon.THING_HEADS) for h in heads):
        return "MISC"
    return None  # any other head (Szájer-ügy, but also the show Nap-kelte): the votes decide


_POSSESSED = ("je", "ja", "e", "a")  # 'its': "Lovagkeresztje", "Kupája" (a->á restored below)


def _award(names: Names) -> bool:
    """`Hungalu Kupa`, `Vaskereszt`, `Magyar Érdemrend Lovagkeresztje`: a name whose last word
    is, or ends in, an award's or a competition's noun (lexicon.AWARD_HEADS), possessed or not,
    is a thing, whatever words come before it."""
    for n in names:
        last = _words(n)[-1].casefold()
        forms = [last] + [last[: -len(p)] for p in _POSSESSED if last.endswith(p)]
        forms += [f[:-1] + {"á": "a", "é": "e"}[f[-1]] for f in forms if f[-1:] in ("á", "é")]
        if any(f.endswith(h) and (f == h or len(h) >= 4) for f in forms
               for h in lexicon.AWARD_HEADS):
            return True
    return False


def _family(names: Names) -> bool:
    """`von der Leyen` with `von der Leyenék`: a name the article also gives the family ending
    -ék ('she and those with her') names a person."""
    keys = {n.casefold() for n in names}
    return any(
        n.casefold().endswith("ék")
        and any(n.casefold()[: -len(n.split()[-1])] + b in keys
                for b in plural_bases(n.split()[-1].casefold())[:1])
        for n in names
    )


def _plural_given(names: Names) -> bool:
    """`az Ádámokról`, `a Barbarákról`: a given name in the plural names persons (the Ádáms),
    no kind of thing."""
    given = lexicon.given_names()
    return any(
        " " not in n and n not in given and plural_bases(n)[:1] and plural_bases(n)[0] in given
        for n in names
    )


def _plural_thing(names: Names) -> bool:
    """`Gömböc` with `Gömböcöket`: a name that the article also puts in the plural (-ok, -ek,
    -ök, -ak) names a kind of thing, not one person (the family form -ék is not a plural)."""
    keys = {n.casefold() for n in names}
    for n in names:
        if " " in n:
            continue
        forms = [n.casefold()] + [stem.casefold() for stem, _ in strip_candidates(n)]
        for form in forms:
            for ending in ("ok", "ek", "ök", "ak"):
                if form.endswith(ending) and form[: -len(ending)] in keys:
                    return True
    return False


def _place_noun(names: Names) -> bool:
    """`Váci utca`, `Köztársaság tér`, `Vas utcai`, `Nagykörút`: a name that ends in a
    lower-case place noun (or its -i adjective), or one word compounded with a street's noun, is a
    place (`Balti Út`, `Egyes Csatorna` with a capital are not streets)."""
    nouns = lexicon.PLACE_NOUNS
    for n in names:
        words = _words(n)
        last = words[-1]
        if len(words) > 1 and (
            last in nouns or (last[:-1] in nouns and last.endswith("i"))
            or last in lexicon.POSSESSED_PLACE_NOUNS  # `Hősök tere`
        ):
            return True
        stems = [last] + [stem for stem, _ in strip_candidates(last)]  # "Nagykörúton"
        if len(words) == 1 and any(
            len(noun) >= 4 and stem.casefold().endswith(noun) and len(stem) > len(noun) + 2
            for noun in lexicon.STREET_NOUNS
            for stem in stems
        ):
            return True  # one word: Nagykörút, Városliget, Margitsziget
    return False


def _code(names: Names) -> bool:
    """`MC4R`, `GW190521`, `R100`: capitals and digits, opening with a letter, are a product, gene
    or event, never a person (a user name, `Sead93`, has small letters); `M3` is left to the
    mentions (a motorway, or the M1 channel)."""
    return all(
        n[:1].isalpha() and not _MOTORWAY_NAME.fullmatch(n)
        and any(ch.isdigit() for ch in n)
        and all(ch.isupper() for ch in n if ch.isalpha())
        for n in names
    )


_MOTORWAY_NAME = re.compile(r"M\d{1,2}")
_DIGITS_THEN_LETTERS = re.compile(r"^\d+[^\W\d_]\w*$")  # `4iG`, not `1848-as`, `2. világháború`


def _law(names: Names) -> bool:
    """`Alaptörvény`, `Büntető Törvénykönyv`, `Magyarország Alaptörvénye`, `Btk.`: a law, a thing
    whoever enacted it."""
    return any(
        n.casefold() in lexicon.LAW_CODES or _words(n)[-1].casefold().endswith(lexicon.LAW_HEADS)
        for n in names if _words(n)
    )


def _digit_first(names: Names) -> bool:
    """`4iG`, `4iG Space and Defence`: a name whose first word is digits and then letters, some
    of them small, is a company, never a person (whose names open with a letter; a user name,
    `Sead93`, too); not `1848-as`, `2. világháború`, `50 Cent`, nor a code such as `5G`, `3D`."""
    return any(
        _DIGITS_THEN_LETTERS.match(first) and any(ch.islower() for ch in first)
        for first in (n.split()[0] for n in names if n.split())
    )


def _given_name(names: Names) -> bool:
    """`Kolozsvári Tímea`, `Parti Nagy Lajos`, `Hani Rashid`: two to four capitalised words that
    begin or end with a given name (Hungarian or foreign order) are a person's name, also in
    capitals (`FRANCOIS LENOIR` in a photo credit)."""
    given = lexicon.given_names()
    for n in names:
        words = _words(n)
        if len(words) >= 2 and all(w.isupper() and len(w) > 1 for w in words):
            words = [w.capitalize() for w in words]
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and (
            words[-1] in given or words[0] in given
        ):
            return True
    return False


def _gazetteer(names: Names) -> bool:
    """`Magyarország`, `Halimba`, `Balatonhenye`, `Veszprém`: a country, capital, county or
    Hungarian settlement is a place, also where it acts."""
    places = lexicon.gazetteer()
    return any(n in places for n in names)


LabelRule = Callable[[Names], bool]

LABEL_RULES: tuple[tuple[str, str, LabelRule], ...] = (
    ("media", "ORG", is_medium),
    ("platform", "ORG", _platform),
    ("party", "ORG", _party),
    ("org_head", "ORG", org_head),
    ("compound_org", "ORG", lambda names: compound_head(names) == "ORG"),
    ("compound_building", "LOC", lambda names: compound_head(names) == "LOC"),
    ("compound_thing", "MISC", lambda names: compound_head(names) == "MISC"),
    ("place_noun", "LOC", _place_noun),
    ("code", "MISC", _code),
    ("digit_first", "ORG", _digit_first),
    ("given_name", "PER", _given_name),
    ("award", "MISC", _award),  # after given_name: "Kupa Mihály" is a person
    ("law", "MISC", _law),
    ("family", "PER", _family),
    ("plural_given", "PER", _plural_given),
    ("plural_thing", "MISC", _plural_thing),
    ("gazetteer", "LOC", _gazetteer),
)


def full_name_is_a_person(votes: Sequence[tuple[str, str]]) -> bool:
    """`full_name` rule: `Maroš Sefčovič` tagged PER, `Sefčovič` tagged ORG sixteen times: a
    surname alone takes its full name's type, so the full names' tags decide."""
    full = [label for name, label in votes if len(name.split()) >= 2]
    if not full or Counter(full).most_common(1)[0][0] != "PER":
        return False
    words = {w for name, _ in votes if len(name.split()) >= 2 for w in name.split()}
    return all(len(name.split()) >= 2 or name in words for name, _ in votes)


def _without_parts(names: Names) -> Names:
    """The names less any one word that is a word of a longer name of the same actor: a
    surname alone takes its full name's type (`Tanács` of `Tanács Zoltán` is no council, and
    `Tisza` of `Tisza Párt` is the party)."""
    words = {w for n in names if len(_words(n)) > 1 for w in _words(n)}
    return [n for n in names if len(_words(n)) > 1 or n not in words] or names


def actor_label(names: Names, votes: Sequence[str],
                named_votes: Sequence[tuple[str, str]] = ()) -> tuple[str, str]:
    """(label, the rule that decided it): the first rule of LABEL_RULES that the actor's names
    satisfy, then `full_name` over the (name, tag) votes, else the recogniser's most common label
    ("votes"; the first one on a tie)."""
    names = _without_parts(names)
    for rule, label, test in LABEL_RULES:
        if rule == "gazetteer" and named_votes and full_name_is_a_person(named_votes):
            return "PER", "full_name"
        if test(names):
            return label, rule
    if named_votes and full_name_is_a_person(named_votes):
        return "PER", "full_name"
    counts = Counter(v for v in votes if v)
    if not counts:
        return "MISC", "votes"
    best = max(counts.values())
    return next(v for v in votes if counts.get(v) == best), "votes"
