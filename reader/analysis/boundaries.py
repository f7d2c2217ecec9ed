"""Where a name starts and ends, the Hungarian way: named rules over plain tokens.

The recogniser often runs a name on into the next one or into a label, or takes a capitalised
common word for a name. Each rule here is a name and a small function, so a test (and a reader of
the scorer's misses) can say which rule cut or dropped a span:

- cuts inside an entity (``CUT_RULES``, in order): two words a page glued together are two
  names, a name never runs on past an inflected word or an inflected compound (`Facebook-oldalán
  | Magyar Bírói Egyesület`) or a compound of a name and a role (`Oroszország-szakértő |
  Orbán`), a person's name ends at its given name, an acronym before a person's name is
  another name;
- what an entity loses at its start (``leading_label``): a credit label before a colon (and a
  label alone is no name: ``only_a_label``);
- entities that are not names at all (``not_a_name``): words of an all-capital line, a lone
  capitalised word at a sentence start that the article never uses as a name again;
- what an entity gains at its end (``street_end``): the lower-case place noun of a street or
  square name (``Váci utcában``, a possessed one after a plural word: ``a Hősök terére``), also
  of a street named after a person (``person_street``: ``Kós Károly sétány``, ``a Szőlő utcai
  ügy``); a person's surname after a lone given name (``surname_after_given``: ``Hiromichi
  Tagawával``);
- names the recogniser cuts or misses whole: a work's title before `című` or `címmel`,
  lower-case words and all (``work_titles``: ``a Házon kívül című műsor``), or after a capitalised
  article inside a sentence (``capital_article_titles``: ``az Egy magyar nábob``); a name and a
  body's, building's or award's noun joined by a hyphen (``name_compounds``:
  ``Orbán-kormánnyal``, ``Sándor-palotát``, ``Nobel-díjára``); a line that is a person's name;
  a surname and a given name the recogniser missed (``unrecognised_persons``: ``Szurdi Panni``);
  a street the recogniser missed (``untagged_streets``: ``a Szőlő utcai ügy``);
- where a compound holds a name (``compound_of_name``: ``MÁV-dolgozó`` is a mention of MÁV,
  docs/annotation.md section 2).

Only reader.analysis.actors uses these; they read tokens and the lexicon, never spaCy.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Container, Sequence

from reader.analysis import lexicon
from reader.analysis.morphology import (
    NAME_PARTICLES,
    is_capitalised,
    plural_bases,
    strip_candidates,
)
from reader.analysis.roles import role_of
from reader.types import Token

LONG_ENDING = 3  # a case ending this long is a case ending even where the tagger says Nom
_WORD = re.compile(r"\w+")


def _is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters)


def nominative(token: Token) -> str:
    """The token's dictionary form where the lemmatiser gives a capitalised one, else its text."""
    lemma = token.lemma or token.text
    return lemma if is_capitalised(lemma) else token.text


def is_given_name(token: Token) -> bool:
    """A given name in any case: Tímea, Tímeának (lemma Tímea), Feri."""
    names = lexicon.given_names()
    if token.text in names or nominative(token) in names:
        return True
    case = token.feat("Case")  # a stem only where the tagger says the word is inflected
    return case not in ("", "Nom") and any(
        stem in names for stem, _ in strip_candidates(token.text, case)[:2]
    )


def opens_foreign_name(token: Token) -> bool:
    """A given name as written, Hungarian or used abroad (`Pavel`, `Claudio`, `Brett`): before a
    capitalised word, a name in the foreign order (given name first)."""
    return token.text in lexicon.given_names() or token.text in lexicon.foreign_given_names()


def is_inflected(token: Token) -> bool:
    """The word carries a case ending: the tagger says so and the lemma differs, or it ends in a
    long ending (-ban, -nak, -val ...) whose stem is a plausible word."""
    case = token.feat("Case")
    if case not in ("", "Nom") and token.lemma.lower() != token.text.lower():
        return True
    return any(len(ending) >= LONG_ENDING for _stem, ending in strip_candidates(token.text))


def _head_word(token: Token) -> str:
    return nominative(token).casefold()


def names_an_institution(tokens: Sequence[Token]) -> bool:
    """'... Gyermekotthon', '... Egyetem', '... utca': words a person's name may stand in."""
    head = _head_word(tokens[-1])
    return any(head == h or (len(h) >= 4 and head.endswith(h)) for h in lexicon.NAMED_AFTER_HEADS)


def surnames(words: Sequence[str]) -> list[str]:
    """The words of a person's full name that may stand alone for the person: both ends, less
    the one that is a given name while the other is not (`Földes András` -> Földes, `Vlagyimir
    Putyin` -> Putyin; `Rózsa János`, two given names, keeps both)."""
    given = lexicon.given_names()
    first, last = words[0], words[-1]
    if last in given and first not in given:
        return [first]
    if first in given and last not in given:
        return [last]
    return [first, last]


def person_name(tokens: Sequence[Token]) -> bool:
    """Two or three capitalised words ending in a given name (Hungarian order): Gerő András."""
    return (
        2 <= len(tokens) <= 3
        and all(is_capitalised(t.text) for t in tokens)
        and is_given_name(tokens[-1])
        and not is_given_name(tokens[0])
    )


# ---------------------------------------------------------------------------------------------
# Cuts: each rule says whether a new name starts at token k of tokens[first:last]

CutRule = Callable[[Sequence[Token], int, int, int], bool]


def _inflected_before_person(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Évértékelőn | Szabó Tímea`, `Nap-keltében | Gerő András`, `Reutersnek | Alvin Tillery`:
    inside a multi-word name only the last word takes a case ending, so an inflected word ends
    the name before a person's (in either order)."""
    return is_inflected(tokens[k - 1]) and (
        person_name(tokens[k:last]) or foreign_person_name(tokens[k:last])
    )


def foreign_person_name(tokens: Sequence[Token]) -> bool:
    """Two to four capitalised words opening with a given name (the foreign order): Alvin
    Tillery, César Cuauhtémoc García Hernández."""
    return (
        2 <= len(tokens) <= 4 and all(is_capitalised(t.text) for t in tokens)
        and opens_foreign_name(tokens[0])
    )


def _given_name_ends_person(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Láyer József | Szili Katalin`, `Nagy Ádám | Pénzügyminisztériumot`: a Hungarian person's
    name ends at the given name after the surname; a second given name (Kiss Anna Mária) and an
    institution named after the person (Kossuth Zsuzsa Gyermekotthon) continue it."""
    if k - 2 < first:
        return False
    given, surname, nxt = tokens[k - 1], tokens[k - 2], tokens[k]
    return (
        is_given_name(given)
        and not is_inflected(given)
        and is_capitalised(surname.text)
        and not is_given_name(surname)
        and _head_word(surname) not in lexicon.ORG_HEADS | lexicon.NAMED_AFTER_HEADS
        and is_capitalised(nxt.text)
        and not is_given_name(nxt)
        and not names_an_institution(tokens[k:last])
        # `Eötvös Loránd | Tudományegyetem Állam- és Jogtudományi Karán`: named after him
        and not names_an_institution(tokens[k : k + 1])
    )


def inflected_place(token: Token) -> bool:
    """`Budajenőn`, `Szegeden`: a place of the gazetteer with a case ending (the word itself is
    no place; a stem without the ending is)."""
    places = lexicon.gazetteer()
    word = token.text
    if not is_capitalised(word) or word in places:
        return False
    return nominative(token) in places or any(
        stem in places for stem, _ending in strip_candidates(word)[:3]
    )


def _place_after_given(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Gorondy Máté és Ági | Budajenőn`, `Kiss Anna | Szegeden`: a person's name ends at a given
    name before a place with a case ending (only a name's last word takes one, and a place is no
    surname)."""
    return is_given_name(tokens[k - 1]) and inflected_place(tokens[k])


def _platform_compound_starts(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Keljfeljancsi | YouTube-csatornáján`, `Kovács Péter | Facebook-oldalán`: a compound of a
    platform's or a medium's name and a lower-case noun (the lexicon's names) is a name of its
    own, never the last word of the name before it (a channel's or a page's owner)."""
    base, dash, head = tokens[k].text.partition("-")
    return bool(dash) and head[:1].islower() and (
        base.casefold() in lexicon.KNOWN_NAMES or base.casefold() in lexicon.MEDIA
    )


_POSSESSED_GENITIVE = ("ének", "ának", "jének", "jának")  # 'of its ...'


def _medium_ends_name(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Kossuth rádió | Jó reggelt, Magyarország!`, `Magyar Nemzet | : Részleges nyitás`: a
    medium's name of the lexicon, of two words or more, ends the name before a show's or an
    article's title."""
    return k - first >= 2 and " ".join(t.text for t in tokens[first:k]).casefold() in (
        lexicon.MEDIA
    )


_CODE_WORD = re.compile(r"[A-Z][A-Za-z]*[–-]\d+")


def _code_after_name(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Intuitive Machines | IM–2 küldetésének`, `SpaceX | Falcon–9`: a code of capitals and a
    number after a dash (a mission's, a rocket's) is a name of its own after a company's."""
    return _CODE_WORD.fullmatch(tokens[k].text) is not None


def _acronym_before_name(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`ELTE | Békésy György`, `SZFE | Vas utcai`, `MRE | Dunamelléki Egyházkerületének`: an
    organisation's acronym then a person's full name, a street, or a part of the organisation
    named in the possessed genitive ('of its ...'). (Before any other word it is too often the
    acronym's own name: `JP Morgan`, `MSN Messenger`, `OTP Bank`; a full name before such a part,
    `Debreceni Egyetem Klinikai Központjának`, is one name.)"""
    if k != first + 1 or not _is_acronym(tokens[first].text):
        return False
    return person_name(tokens[k:last]) or (
        last - k >= 2 and is_capitalised(tokens[k].text) and is_place_noun(tokens[last - 1])
    ) or (  # `MRE | Dunamelléki Egyházkerületének` ('of its Danube district'): a part of it
        tokens[last - 1].text.casefold().endswith(_POSSESSED_GENITIVE)
        and all(is_capitalised(t.text) for t in tokens[k:last])
    )


def _org_head_before_person(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Manchesteri Egyetem | Alan Turing-épülete`: an organisation's head noun ends its name
    before a given name."""
    return (
        k - 1 > first
        and _head_word(tokens[k - 1]) in lexicon.ORG_HEADS
        and is_given_name(tokens[k])
        and k + 1 < last
    )


# Adjectives made of a name and a hyphen ('X's kind of', 'close to X', 'for X', 'against X'):
# the name they are made of is not the next name's first word.
ADJECTIVE_COMPOUND_ENDS = ("-féle", "-közeli", "-barát", "-ellenes", "-párti", "-hű")


def _fele_ends_name(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`von der Leyen-féle | Bizottság`, `Mi Hazánk-közeli | Magyar Jelen`: an adjective made of
    a name and a hyphen (`X-féle`, `-közeli`, `-barát`, `-ellenes`, `-párti`, `-hű`) ends a
    name."""
    return (
        tokens[k - 1].text.casefold().endswith(ADJECTIVE_COMPOUND_ENDS)
        and is_capitalised(tokens[k].text)
    )


_ADJECTIVE_SUFFIXES = frozenset({"s", "es", "as", "os", "ös"})


def _inflected_compound_ends_name(
    tokens: Sequence[Token], first: int, k: int, last: int
) -> bool:
    """`Facebook-oldalán | Magyar Bírói Egyesület`, `NB II-es | Soroksárban`: a compound of a
    name whose lower-case part after the hyphen carries a case ending (also with the article
    a page glued to it: `Facebook-oldalána`) or is an -s adjective ends a name, as an inflected
    word does; a compound in the nominative stays a word of a name (`Koronavírus-járvány
    Elleni Védekezésért Felelős Operatív Törzs`, `Margit-sziget Atlétikai Centrum`: a head in
    -t is read as no accusative)."""
    base, dash, head = tokens[k - 1].text.rpartition("-")
    if not dash or not base or not head[:1].islower() or not is_capitalised(tokens[k].text):
        return False
    if head in _ADJECTIVE_SUFFIXES:
        return True
    forms = [head] + ([head[:-1]] if head.endswith("a") and len(head) > 4 else [])
    return any(
        ending not in _ACCUSATIVE and len(stem) >= 3
        for form in forms for stem, ending in strip_candidates(form)
    )


def _role_compound_before_name(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`az Oroszország-szakértő | Orbán`, `EU-biztos | Várhelyi Olivér`: a compound of a name
    and a person's role (`szakértő`, `biztos`, `alelnök`) describes the person named after it
    and is never a word of that name (an institution's name keeps it: `Duna-kutató
    Intézet`)."""
    base, dash, head = tokens[k - 1].text.rpartition("-")
    rest = tokens[k:last]
    return bool(dash) and bool(base) and head[:1].islower() and role_of(head) is not None and (
        # a name of one to three words after it, never an institution's (`Duna-kutató Intézet`)
        len(rest) <= MAX_NAME_AFTER_ROLE and all(is_capitalised(t.text) for t in rest)
        and not any(institution_word(t.text) for t in rest)
    )


MAX_NAME_AFTER_ROLE = 3  # words of a person's name after a role's compound
# the heads of an institution's name besides lexicon.ORG_HEADS (`Kína-kutató Központ`)
INSTITUTION_HEADS = frozenset(
    {"központ", "labor", "laboratórium", "műhely", "csoport", "hálózat", "program", "projekt",
     "múzeum", "színház", "könyvtár", "levéltár", "archívum", "alap", "intézmény"}
)


_INSTITUTION_WORDS = lexicon.ORG_HEADS | INSTITUTION_HEADS


def institution_word(word: str) -> bool:
    """`Intézet`, `Kutatóközpont`: a word that is, or ends in, an institution's head."""
    low = word.casefold()
    return any(low == h or (low.endswith(h) and len(h) >= 5) for h in _INSTITUTION_WORDS)


# an accusative is no evidence here: the nominative heads `sziget`, `csoport`, `intézet`,
# `központ` look like one (`Margit-sziget Atlétikai Centrum`, `Mol-csoport Nyrt.`)
_ACCUSATIVE = frozenset({"t", "ot", "et", "öt", "at"})


def _legal_form_ends_name(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Puli Space Kft. | Puli Lunar Water Snooper`: a company's legal form is the last word of
    its name, so a capitalised word after it begins another name."""
    return (
        k - 1 > first
        and tokens[k - 1].text.casefold() in lexicon.LEGAL_FORMS
        and is_capitalised(tokens[k].text)
        and tokens[k].text.casefold() not in lexicon.LEGAL_FORMS  # `Nonprofit Kft.`
    )


def _glued_name(tokens: Sequence[Token], first: int, k: int, last: int) -> bool:
    """`Novák|Balog-kapcsolatot`, `Telex|Sinka István`: two words a page glued together, which
    the tokenizer cut apart (reader.components), are two names however the recogniser joined
    them."""
    return (
        tokens[k].start == tokens[k - 1].end
        and tokens[k - 1].text[-1:].isalpha()
        and tokens[k].text[:1].isupper()
    )


CUT_RULES: tuple[tuple[str, CutRule], ...] = (
    ("glued_name", _glued_name),
    ("inflected_before_person", _inflected_before_person),
    ("given_name_ends_person", _given_name_ends_person),
    ("place_after_given", _place_after_given),
    ("platform_compound_starts", _platform_compound_starts),
    ("acronym_before_name", _acronym_before_name),
    ("medium_ends_name", _medium_ends_name),
    ("code_after_name", _code_after_name),
    ("org_head_before_person", _org_head_before_person),
    ("fele_ends_name", _fele_ends_name),
    ("inflected_compound_ends_name", _inflected_compound_ends_name),
    ("role_compound_before_name", _role_compound_before_name),
    ("legal_form_ends_name", _legal_form_ends_name),
)


def cut_points(tokens: Sequence[Token], first: int, last: int) -> list[tuple[int, str]]:
    """Token indexes inside tokens[first:last] where another name begins, with the rule's name."""
    cuts: list[tuple[int, str]] = []
    start = first
    for k in range(first + 1, last):
        for name, rule in CUT_RULES:
            if rule(tokens, start, k, last):
                cuts.append((k, name))
                start = k
                break
    return cuts


# ---------------------------------------------------------------------------------------------
# Starts, drops and ends


def particle_opens_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """`von der Leyen`, `van Gogh`: lower-case particles that lead to a capitalised name."""
    k = first
    while k < last and tokens[k].text.casefold() in NAME_PARTICLES:
        k += 1
    return first < k < last and is_capitalised(tokens[k].text)


_NOT_SURNAMES = {"ADV", "PRON", "DET", "CCONJ", "SCONJ", "ADP", "AUX", "PUNCT", "NUM", "SYM"}


def surname_before_given(tokens: Sequence[Token], first: int, last: int) -> bool:
    """`surname_before_given` rule: `Hollik Ági` in a list of names where the tagger took the
    surname for a verb: a lone given name takes the capitalised word right before it, when that
    word opens its line or follows a comma and is no function word."""
    if last - first != 1 or first == 0 or not is_given_name(tokens[first]):
        return False
    before = tokens[first - 1]
    return (
        before.text[:1].isupper()
        and before.text.isalpha()
        and before.pos not in _NOT_SURNAMES
        and before.text.casefold() not in lexicon.TIME_WORDS
        and not is_given_name(before)
        and (first - 1 == 0 or tokens[first - 2].text in {",", ";"} or before.sent_start)
    )


def surname_after_given(tokens: Sequence[Token], k: int) -> bool:
    """`surname_after_given` rule: `Hiromichi | Tagawával`, `Pavel | Durov`: a person recognised
    by a given name (Hungarian or used abroad) alone, right before a capitalised word that is no
    given name, is named in the foreign order, and that word is the surname, in any case
    (Hungarian order puts the given name last, so nothing capitalised follows it inside the
    name)."""
    if k + 1 >= len(tokens) or not (is_given_name(tokens[k]) or opens_foreign_name(tokens[k])):
        return False
    nxt = tokens[k + 1]
    if not is_given_name(tokens[k]) and is_inflected(nxt):
        return False  # `Pavel | Telegramon`: a name used abroad takes a surname as written
    return (
        nxt.text[:1].isupper()
        and nxt.text.isalpha()
        and not nxt.sent_start
        and not is_given_name(nxt)
        and not _is_acronym(nxt.text)
        and nxt.pos not in _NOT_SURNAMES
        and nxt.text not in lexicon.gazetteer()
        and nominative(nxt) not in lexicon.gazetteer()  # "Tamás Budapesten"
    )


_ELIDED = re.compile(r"-\s+(?:és|vagy|illetve|valamint)\s+$")


def join_elided(
    text: str, tokens: Sequence[Token], ranges: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`elided_coordination` rule: `Színház- és Filmművészeti Egyetem`, `Nemzeti Adó- és
    Vámhivatal`: a word cut short by a hyphen and coordinated with the next name is one name
    with it (token ranges in, token ranges out, in text order)."""
    out: list[tuple[int, int, str]] = []
    for first, last, label in sorted(ranges):
        if out and first > out[-1][1] - 1:
            p_first, p_last, _ = out[-1]
            gap = text[tokens[p_last - 1].start : tokens[first].start] if p_last > p_first else ""
            if _ELIDED.search(gap) and first - p_last <= 3:
                out[-1] = (p_first, last, label)
                continue
        out.append((first, last, label))
    return out


def leading_label(tokens: Sequence[Token], first: int, last: int) -> int:
    """Tokens to skip at the start: a credit label and its colon (`Nyitókép:`, `Fotó:`)."""
    if (
        first + 2 < last + 1
        and tokens[first].text.casefold() in lexicon.CREDIT_LABELS
        and first + 1 < len(tokens)
        and tokens[first + 1].text == ":"
    ):
        return 2
    return 0


def only_a_label(tokens: Sequence[Token], first: int, last: int) -> bool:
    """`Nyitókép` alone before its colon, wherever it stands (`… új szintre lép. Nyitókép: MTI`,
    a caption glued to the paragraph): a credit label, no name."""
    return (
        last - first == 1 and tokens[first].text.casefold() in lexicon.CREDIT_LABELS
        and last < len(tokens) and tokens[last].text == ":"
    )


def credit_line(line: str) -> bool:
    """`© AFP / FRANCOIS LENOIR`, `Fotó: MTI/KOVÁCS ATTILA`: a photo credit, whose names are
    names however they are written."""
    head = line.lstrip()
    if head.startswith("©"):
        return True
    label, colon, _rest = head.partition(":")
    return bool(colon) and label.strip().casefold() in lexicon.CREDIT_LABELS


def all_capital_line(line: str) -> bool:
    """A pull quote or a shouted heading: three or more words, every letter a capital (not a
    photo credit)."""
    if credit_line(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(_WORD.findall(line)) >= 3


class CapitalLines:
    """Which lines of a text are all capitals, each line read once however many names it holds
    (a one-megabyte line with thousands of names costs one pass, not one per name)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.seen: dict[int, bool] = {}

    def at(self, pos: int) -> bool:
        """True when the character at ``pos`` stands in an all-capital line."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k not in self.seen:
            begin = self.starts[k]
            end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text)
            self.seen[k] = all_capital_line(self.text[begin:end])
        return self.seen[k]


def in_capital_line(
    lines: CapitalLines, start: int, name: str, known_elsewhere: Callable[[str], bool]
) -> bool:
    """`all_capital_line` rule: a 'name' in an all-capital line is none, unless it is an acronym
    the article or the lexicon knows (`MÁV`, `ENSZ`)."""
    if not lines.at(start):
        return False
    return not (_is_acronym(name) and known_elsewhere(name))


_OPENERS = {":", "„", '"', "“", "»", "(", "–", "—", "-", "…"}


COMMON_POS = frozenset({"VERB", "AUX", "ADV", "PRON", "DET", "SCONJ", "CCONJ", "INTJ"})


def at_sentence_start(tokens: Sequence[Token], i: int) -> bool:
    """The token opens a sentence, a quotation or a line."""
    return tokens[i].sent_start or i == 0 or tokens[i - 1].text in _OPENERS


class WordIndex:
    """The article's capitalised words inside sentences, casefolded and sorted: how many begin
    with a prefix, in log time."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.words = sorted(
            t.text.casefold()
            for k, t in enumerate(tokens)
            if t.text[:1].isupper() and not at_sentence_start(tokens, k)
        )
        # the words the article writes in lower case: a common word wherever it stands
        self.lower = {t.text for t in tokens if t.text[:1].islower()}

    def count_prefix(self, prefix: str) -> int:
        lo = bisect.bisect_left(self.words, prefix)
        hi = bisect.bisect_left(self.words, prefix + "\U0010ffff")
        return hi - lo


_CUE_STEMS = tuple(sorted((v for v in lexicon.CUE_VERBS if len(v) >= 6), key=len, reverse=True))


def _reporting_verb_form(word: str) -> bool:
    """`Hozzáteszi`, `Kiemeli`: a form of a compound reporting verb (lexicon.CUE_VERBS), at
    most three letters of ending after its stem."""
    lower = word.lower()
    return any(lower.startswith(stem) and len(lower) - len(stem) <= 3 for stem in _CUE_STEMS)


def lone_sentence_start(
    tokens: Sequence[Token],
    i: int,
    name_words: Counter[str],
    words: WordIndex,
    common: Container[str] = frozenset(),
) -> bool:
    """`lone_sentence_start` rule: `Péntek reggel`, `Többeknek feltűnt`: one capitalised word at
    a sentence start that the lemmatiser gives a lower-case lemma, whose stem occurs nowhere else
    in the article, is no word of another name and is in no name list is a common word the capital
    letter made look like a name. (The lemma is the evidence: a rule on the stem alone took
    one-off foreign names, `Tripoli`, `Zeinobia`, for common words.)"""
    if not at_sentence_start(tokens, i):
        return False
    tok = tokens[i]
    word = tok.text
    if not word[:1].isupper() or _is_acronym(word) or any(not ch.isalpha() for ch in word):
        return False
    if not tok.lemma[:1].islower() and not (
        # the lemmatiser kept the capital, but the word is a verb or function word, the article
        # writes it in lower case elsewhere, the pipeline's lemma table knows it only as a
        # common word (``common``), or the tagger calls it an adjective in -i: "Kövesse",
        # "Stresszes", "Vihart", "Napi"
        tok.pos in COMMON_POS or word.lower() in words.lower or word in common
        or (tok.pos == "ADJ" and word.endswith("i"))  # `Napi`, `Heti`: an -i adjective
        or _reporting_verb_form(word)  # `Hozzáteszi:`, a form the lemma table lacks
    ):
        return False
    stem = nominative(tok)
    if name_words[word.casefold()] or name_words[stem.casefold()]:
        return False  # a word of a name found elsewhere than at a sentence start
    if stem.casefold() in lexicon.MEDIA or word.casefold() in lexicon.MEDIA:
        return False
    if word in lexicon.gazetteer() or stem in lexicon.gazetteer() or is_given_name(tok):
        return False
    # the article never writes it with a capital inside a sentence (where a name would keep it)
    return words.count_prefix(stem[: max(4, len(stem) - 1)].casefold()) == 0


def common_word_opens_person(
    tokens: Sequence[Token], first: int, last: int, words: WordIndex,
    common: Container[str] = frozenset(), alone: Container[str] = frozenset(),
) -> bool:
    """`common_word_opens_person` rule: `Kérdésünkre | Nagy István`, `Hátha | Matolcsy`,
    `Reakciók | Krasznahorkai Nobel-díjára`: the first word of a person's name at the start of a
    sentence, a quotation or a line, capitalised only there, is no word of the name where it is
    a common word (an inflected form of a lower-case lemma, a word the article writes in lower
    case, or one the pipeline's lemma table knows only as a common word), no given name, no place
    and no surname before a lone given name, and the name after it recurs in the article (its
    first word capitalised inside another sentence too). (`Nagy`, `Kovács`: the lemma table
    knows them as names too; a word the article capitalises inside a sentence too is left in; so
    is a surname that is a common word, `Fillér Máté`, `Szalma Baksi Ferenc`, in a list of names
    each named once.)"""
    if last - first < 2 or not at_sentence_start(tokens, first):
        return False
    tok, nxt = tokens[first], tokens[first + 1]
    word = tok.text
    if not word[:1].isupper() or not word.isalpha() or _is_acronym(word):
        return False
    if not is_capitalised(nxt.text):
        return False
    if not (
        word in common
        or word.lower() in words.lower
        or (tok.lemma[:1].islower() and tok.lemma != word.lower())  # `Kirúgnák` (kirúgna)
    ):
        return False
    if last - first == 2 and is_given_name(nxt) and nxt.text not in alone:
        # a surname and a given name (`Fillér Máté`): Hungarian order, one person, unless the
        # given name is a name of its own in the article (`„Köszönet | Ferenc pápának!”`
        # beside Pope Ferenc, named alone)
        return False
    stem = nominative(tok)
    if is_given_name(tok) or word in lexicon.gazetteer() or stem in lexicon.gazetteer():
        return False
    if word.casefold() in lexicon.MEDIA or word.casefold() in lexicon.PARTIES:
        return False
    if words.count_prefix(stem[: max(4, len(stem) - 1)].casefold()) > 0:
        return False
    rest = nominative(nxt)
    return words.count_prefix(rest[: max(4, len(rest) - 1)].casefold()) >= 2


WEB_DOMAINS = ("hu", "com", "org", "net", "eu", "info", "ro", "sk", "rs", "ua")
_WEB_WORD = re.compile(
    r"((?:[^\W_](?:[\w-]*[^\W_])?\.)+(?:" + "|".join(WEB_DOMAINS) + r"))(?:-[^\W\d_]+)?",
    re.IGNORECASE,
)


def web_address(word: str) -> str | None:
    """`web_address` rule: `budapest.hu-ról`, `koronavirus.gov.hu`, `168.hu-nak`: a word that is
    a web site's address, bare or with a case ending after a hyphen, names the site (the address
    without the ending); a link (`telex.hu/belfold`), a mail address or a file name is none."""
    match = _WEB_WORD.fullmatch(word)
    return match.group(1) if match else None


def is_place_noun(token: Token) -> bool:
    """`utca`, `utcában`, `téren`, `utcai`: a lower-case place noun in any case, or its -i
    adjective, that ends a street's or a square's name (not a possessed one: `Utøya szigete`)."""
    word = token.text
    nouns = lexicon.PLACE_NOUNS
    stems = strip_candidates(word)
    plain = bool(stems) and stems[0][0].casefold() in nouns  # `utcából`: no possessive marker
    if not word[:1].islower() or (
        (token.feat("Number[psor]") or token.feat("Person[psor]")) and not plain
    ):
        return False
    if token.pos == "ADP":
        return False  # a postposition: `az Európai Néppárt közt` ('between'), no `köz` (alley)
    if token.lemma.casefold() in nouns or word.casefold() in nouns:
        return True
    if word.endswith("i") and word[:-1].casefold() in nouns:
        return True
    return any(stem.casefold() in nouns for stem, _ in stems)


def street_end(tokens: Sequence[Token], last: int) -> bool:
    """`street_end` rule: `Váci utcában`, `Köztársaság téren`, `Hársfa utcai`: a place noun right
    after a name is the end of that name; so is a possessed one after a plural word, in a
    square's or a street's name of that shape (`a Hősök terére`, `a Vértanúk terén`,
    `Mártírok útján`; not `Utøya szigete`)."""
    if last >= len(tokens):
        return False
    if is_place_noun(tokens[last]):
        return True
    before = tokens[last - 1].text if last > 0 else ""
    return (
        len(before) >= 4 and is_capitalised(before) and before.endswith("k")
        and before[-2:-1] in _VOWELS and not before.endswith(("ék", "ák"))  # `Orbánék útja`
        and is_possessed_place_noun(tokens[last])
    )


STREET_NOUNS = frozenset({"utca", "út", "tér", "körút", "sugárút", "rakpart", "sétány", "fasor"})


def untagged_streets(tokens: Sequence[Token], covered: Sequence[int]) -> list[tuple[int, str]]:
    """`untagged_street` rule: `a Szőlő utcai ügy`, `a Hársfa utcában`: a capitalised word
    inside a sentence that no mention covers, right before a street's or a square's noun (a
    noun or its -i adjective, not possessed: `Brüsszel útján` is 'Brussels' way'; not the verb
    `tér`), is a street's name. (token index of the word, the street's nominative name)."""
    out = []
    for k in range(1, len(tokens) - 1):
        word, noun = tokens[k].text, tokens[k + 1]
        if (
            covered[k] or covered[k + 1] or not is_capitalised(word) or not word.isalpha()
            or _is_acronym(word) or at_sentence_start(tokens, k)
            # a longer name's last word: left alone (the article `A` aside)
            or (tokens[k - 1].text[:1].isupper() and tokens[k - 1].text not in ("A", "Az"))
            or noun.pos not in ("NOUN", "ADJ") or not is_place_noun(noun)
        ):
            continue
        low = noun.text.casefold()
        stem = next(
            (n for n in sorted(STREET_NOUNS, key=len, reverse=True)
             if low == n or low == n + "i" or noun.lemma.casefold() == n
             or any(s.casefold() == n for s, _ in strip_candidates(noun.text))),
            None,
        )
        if stem is not None:
            out.append((k, f"{word} {stem}"))
    return out


def is_possessed_place_noun(token: Token) -> bool:
    """`tere`, `terére`, `útján`: a square's or a street's noun, possessed, in any case."""
    word = token.text
    return word[:1].islower() and any(
        unlengthened(form.casefold()) in lexicon.POSSESSED_PLACE_NOUNS
        for form in [word] + [stem for stem, _ in strip_candidates(word)]
    )


_VOWELS = set("aáeéiíoóöőuúüű")


def unlengthened(word: str) -> str:
    """`teré` (before an ending) -> `tere`, `útjá` -> `útja`."""
    return word[:-1] + {"á": "a", "é": "e"}.get(word[-1:], word[-1:]) if word else word


PERSON_STREET_NOUNS = frozenset(
    {"utca", "út", "tér", "körút", "sugárút", "rakpart", "sétány", "fasor", "lakótelep"}
)


def person_street_end(tokens: Sequence[Token], first: int, last: int) -> bool:
    """`person_street` rule: `Kós Károly sétány`, `a Róbert Károly körúton`, `a Szőlő utcai
    ügy`: a name the recogniser took for a person's, right before a street's or a square's noun,
    is the street's name: in the nominative (`Kós Károly sétány`), or after the article (`a
    Róbert Károly körúton`; not `Kovács Péter szigetre utazott`). Before the -i adjective
    (`Szőlő utcai`) only if the article never writes the name's first word other than before
    a place noun: `Cely utcai árusként dolgozott`, `Vitézy Dávid utcai bejárást tartott` are a
    vendor and a walk, and Cely and Vitézy are named alone elsewhere."""
    if last >= len(tokens) or not street_end(tokens, last) or tokens[last].pos == "VERB":
        return False
    word = tokens[last].text.casefold()
    if word.endswith("i") and word[:-1] in PERSON_STREET_NOUNS:
        name = [t.text for t in tokens[first:last]]
        width = len(name)
        return all(
            [t.text for t in tokens[k : k + width]] == name and street_end(tokens, k + width)
            for k in range(len(tokens))
            if tokens[k].text.startswith(name[0])
        )
    if word in PERSON_STREET_NOUNS:
        return True  # `Kós Károly sétány`: the street's name as it stands
    stems = {tokens[last].lemma.casefold()}
    stems.update(stem.casefold() for stem, _ in strip_candidates(tokens[last].text))
    after_article = first > 0 and tokens[first - 1].text.casefold() in ("a", "az")
    return bool(stems & PERSON_STREET_NOUNS) and after_article


def unrecognised_persons(
    tokens: Sequence[Token], covered: Sequence[int], common: Container[str] = frozenset()
) -> list[tuple[int, int]]:
    """`given_name_person` rule: `Szurdi Panni, az egyik diák`: a capitalised word and a given
    name after it (the Hungarian order), which no mention covers and no capitalised word
    continues, are a person's name the recogniser missed. The first word is a proper noun to
    the tagger (no pronoun, article or adverb: `Tegnap Péter`), and no given name, acronym,
    place, common word or inflected word. (first, last) pairs."""
    places = lexicon.gazetteer()
    out: list[tuple[int, int]] = []
    for k in range(len(tokens) - 1):
        first = tokens[k]
        if covered[k] or covered[k + 1] or not person_name(tokens[k : k + 2]):
            continue
        if k + 2 < len(tokens) and is_capitalised(tokens[k + 2].text):
            continue
        if (
            first.pos != "PROPN"
            or not first.text.isalpha()
            or _is_acronym(first.text)
            or first.text in common
            or nominative(first) in places
            or is_inflected(first)
        ):
            continue
        out.append((k, k + 2))
    return out


def name_lines(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """`name_line` rule: a line that is nothing but a surname and a given name (`Mizsur András`
    in a list of staff or signatories; `Iván András`, both words given names) is a person's name,
    recognised or not. (first, last)."""
    out: list[tuple[int, int]] = []
    k, n = 0, len(tokens)
    while k < n:
        line_start = k == 0 or "\n" in text[tokens[k - 1].end : tokens[k].start]
        if not line_start:
            k += 1
            continue
        j = k + 1
        while j < n and "\n" not in text[tokens[j - 1].end : tokens[j].start]:
            j += 1
        line = tokens[k:j]
        if 2 <= j - k <= 3 and all(t.text.replace("-", "").isalpha() for t in line) and (
            person_name(line)
            # a surname that is also a given name (`Iván András`, `Pál Tamás`) on its own line
            or (all(is_capitalised(t.text) for t in line) and all(map(is_given_name, line)))
        ):
            out.append((k, j))
        k = j
    return out


_SLASHED = re.compile(r"(?<=[^\W\d_])/(?=[A-ZÁÉÍÓÖŐÚÜŰ])")


def slash_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`slashed_credit` rule: `MedicalXpress/MTI`, `MTI/Koszticsák Szilárd`: names joined by a
    slash in a credit are two names (character spans), unless all are acronyms."""
    parts, at = [], start
    for match in _SLASHED.finditer(text, start, end):
        parts.append((at, match.start()))
        at = match.end()
    parts.append((at, end))
    names = [text[a:b] for a, b in parts]
    if len(parts) > 1 and all(n[:1].isupper() for n in names) and not all(
        _is_acronym(n) for n in names
    ):
        return parts
    return [(start, end)]  # "RFE/RL", "AC/DC": acronyms slashed together are one name


# ---------------------------------------------------------------------------------------------
# Titles of works: "a Házon kívül című műsor", "„Magyarok oroszföldön” címmel"

_CLOSING_QUOTES = {"”", '"', "»", "“", "’"}
_OPENING_QUOTES = {"„": "”", "“": "”", '"': '"', "«": "»", "»": "«", "‘": "’"}
_TITLE_STOPS = {":", ";", "(", ")", "–", "—", "„", "“", "”", '"', "»", "«"}
MAX_TITLE = 10  # tokens: a longer run before 'című' is a headline or a sentence, not a title


def _title_label(tokens: Sequence[Token], cue: int) -> str:
    """ORG for a periodical (`a Nature című folyóiratban`, `az Ellenzék című lapban`), else MISC
    (a film, a book, a programme, a poem)."""
    for token in tokens[cue + 1 : cue + 3]:
        word = token.lemma.casefold() or token.text.casefold()
        if word in lexicon.PERIODICALS or token.text.casefold() in lexicon.PERIODICALS:
            return "ORG"
    return "MISC"


def _quoted_title(tokens: Sequence[Token], cue: int) -> tuple[int, int] | None:
    """The quoted words right before the cue: `„Magyarok oroszföldön” címmel`."""
    close = cue - 1
    k = close - 1
    while k >= max(0, close - MAX_TITLE - 1):
        if tokens[k].text in _OPENING_QUOTES and k < close - 1:
            return k + 1, close
        if tokens[k].sent_start and tokens[k].text not in _OPENING_QUOTES:
            return None
        k -= 1
    return None


def _unquoted_title(
    tokens: Sequence[Token], cue: int, ends: Container[int], owner_end: Callable[[int], int]
) -> tuple[int, int] | None:
    """The capitalised words before the cue. After an article the title starts at its
    capitalised word: the last such when capitalised words alone lead from it to the cue (`a
    Bristoli Egyetem tanulmánya a Nature Medicine`), else an earlier one while no other name
    stands between (`a Rombolás és bánat az Ég alatt`, but `a Herscht-et Ottilie Mulzet, illetve
    a Megy a világ`). Without an article, at the last capitalised word that follows a lower-case
    word, a comma, a recognised name's end or a person's name (`Kupihár Rebeka | A heterók
    istenéhez`, `Fejes Endre | Rozsdatemető`). A medium, an acronym or a recognised name that
    opens it before another capitalised word is the owner (`az RTL | Házon kívül`)."""
    low = cue - 1
    while low > 0 and cue - low < MAX_TITLE and not tokens[low].sent_start and (
        tokens[low - 1].text not in _TITLE_STOPS
    ):
        low -= 1
    articles = [
        k for k in range(low + 1, cue)
        if is_capitalised(tokens[k].text) and (
            tokens[k - 1].text in ("a", "az")
            # the sentence's own article: `A Nature című folyóiratban`
            or (k - 1 == low and tokens[low].sent_start and tokens[low].text in ("A", "Az")
                and all(is_capitalised(t.text) for t in tokens[k:cue]))
        )
    ]
    start = None
    if articles:
        start = articles[-1]
        if not all(is_capitalised(t.text) for t in tokens[start:cue]):
            for earlier in reversed(articles[:-1]):
                if any(owner_end(k) > k for k in range(earlier + 1, start)):
                    break
                start = earlier
    else:
        for k in range(cue - 1, low - 1, -1):
            if not tokens[k].text[:1].isupper():
                continue
            prev = tokens[k - 1].text if k > 0 else ""
            if k == low or not is_capitalised(prev) or prev == "," or k in ends or (
                tokens[k].text in ("A", "Az", "Egy")  # no article takes a capital inside
            ) or (
                k - 2 >= low and person_name(tokens[k - 2 : k])  # `Fejes Endre | Rozsdatemető`
            ) or (  # `György Péter | Apám helyett`: a surname that is a given name too
                k - 2 >= low and is_given_name(tokens[k - 2]) and is_given_name(tokens[k - 1])
                and not is_given_name(tokens[k])
            ):
                start = k
                break
    if start is None:
        return None
    while True:
        after = owner_end(start)
        if not start < after < cue or not is_capitalised(tokens[after].text):
            return start, cue
        start = after


def work_titles(
    tokens: Sequence[Token], entities: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`work_title` rule: the words before `című` / `címmel` / `címen` are a work's title, a name
    as written however many lower-case words it holds (`Házon kívül`, `Megy a világ`), quoted or
    not; a periodical's title is an organisation. A run that holds a person's recognised full
    name is left alone (a headline about someone, or the author before the title). Token ranges
    (first, last, label) over ``tokens``, from the recogniser's token ranges ``entities``."""
    ends = {last for _first, last, _label in entities}
    entity_end = {first: last for first, last, _label in entities}

    def owner_end(k: int) -> int:
        """Where an owner's name that opens the run ends (k itself: none opens it)."""
        word = tokens[k].text
        if _is_acronym(word):
            return k + 1  # `az ATV Start című`, recognised as one name or not
        for n in (3, 2):  # `a Kossuth rádió Jó reggelt, Magyarország! című`: a medium's name
            if " ".join(t.text for t in tokens[k : k + n]).casefold() in lexicon.MEDIA:
                return k + n
        end = entity_end.get(k, k)
        return k + 1 if end <= k + 1 and word.casefold() in lexicon.MEDIA else end

    persons = [(f, la) for f, la, label in entities if label == "PER" and la - f >= 2]
    out: list[tuple[int, int, str]] = []
    for cue, token in enumerate(tokens):
        if cue == 0 or token.text.casefold() not in lexicon.TITLE_CUES:
            continue
        if tokens[cue - 1].text in _CLOSING_QUOTES:
            span = _quoted_title(tokens, cue)
        else:
            span = _unquoted_title(tokens, cue, ends, owner_end)
        if span is None or not any(ch.isalnum() for ch in tokens[span[0]].text):
            continue
        first, last = span
        if any(first <= f and la <= last for f, la in persons):
            continue
        out.append((first, last, _title_label(tokens, cue)))
    return out


_POSSESSIVE = ("a", "e", "ja", "je", "ai", "ei", "jai", "jei", "uk", "ük", "juk", "jük", "unk",
               "ünk", "ad", "ed", "od", "öd", "am", "em", "om", "öm")


def _compound_noun(head: str, nouns: Container[str]) -> str | None:
    """The noun of ``nouns`` that a compound's lower-case head is, inflected or possessed
    (`kormánnyal`, `kormányok`, `díjára`: 'its prize' + -ra), but not derived from it
    (`kormányzás`, `díjas`)."""
    forms = [head] + [stem for stem, _ in strip_candidates(head)]
    forms += [bare for form in forms for bare in plural_bases(form)]
    for form in forms:
        if form in nouns:
            return form
        for ending in _POSSESSIVE:
            if form.endswith(ending) and form[: -len(ending)] in nouns:
                return form[: -len(ending)]
    return None


COMPOUND_HEADS: tuple[tuple[str, frozenset[str]], ...] = (
    ("ORG", lexicon.BODY_NOUNS),
    ("LOC", lexicon.COMPOUND_NAME_PLACES),
    ("MISC", lexicon.COMPOUND_NAME_THINGS),
)


def era_compound(word: str) -> str | None:
    """`Kádár-korban`, `a Horthy-korról`: a name and an inflected `kor` ('era') make an era's
    name (`Kádár-kor`). The bare `X-kor` is also 'at the time of X' (`az EB-kor`, `a
    Sziget-kor`): no era."""
    base, dash, head = word.rpartition("-")
    if not dash or not is_capitalised(base):
        return None
    if any(stem == "kor" and ending != "i" for stem, ending in strip_candidates(head)):
        return f"{base}-kor"
    return None


def name_compounds(
    tokens: Sequence[Token], covered: Sequence[int]
) -> list[tuple[int, str, str]]:
    """`name_compound` rule: a capitalised name and, after a hyphen, a governing body's noun
    (`Orbán-kormánnyal`: an organisation), a building's or a landscape's (`Sándor-palotát`,
    `Balaton-felvidéken`: a place) or an award's, a plan's, an affair's or a scandal's
    (`Nobel-díjára`, `Bokros-csomag`, `Pegasus-botrány`, `Novák-gate`: a thing) make a name of
    their own, however inflected: a compound with any
    other head (`Facebook-oldal`, `Nobel-díjas`) is not one. (token index, nominative name,
    label) for each token no mention covers. (The heads: lexicon.COMPOUND_NAME_PLACES and
    COMPOUND_NAME_THINGS; `Fidesz-tábor`, supporters, is no name.)"""
    out: list[tuple[int, str, str]] = []
    for k, token in enumerate(tokens):
        word = token.text
        base, dash, head = word.rpartition("-")
        if covered[k] or not dash or not base[:1].isupper() or not head[:1].islower():
            continue
        era = era_compound(word)
        if era is not None:
            out.append((k, era, "MISC"))
            continue
        for label, nouns in COMPOUND_HEADS:
            noun = _compound_noun(head, nouns)
            if noun is not None:
                out.append((k, f"{base}-{noun}", label))
                break
    return out


# Heads after which a compound is a name of its own or derived from one (`Orbán-kormány`,
# `Nobel-díjas`, `Putyin-korszak`): no mention of the name before the hyphen.
OWN_NAME_HEADS = (
    lexicon.BODY_NOUNS | lexicon.COMPOUND_NAME_PLACES | lexicon.COMPOUND_NAME_THINGS
    | lexicon.THING_HEADS | {"korszak"}
)


def compound_of_name(word: str) -> tuple[str, str] | None:
    """`compound_of_name` rule, the word's side: `MÁV-dolgozó` -> ('MÁV', 'dolgozó'),
    `Hvg.hu-n` -> ('Hvg.hu', 'n'), `[origo]-nak` -> ('[origo]', 'nak'): a name before the first
    hyphen that a lower-case word or ending follows. None for a name with a hyphen inside
    (`Kézdi-Kovács`, `Dél-Korea`), an -i adjective (`New York-i`: a related word), and a
    compound that is a name of its own or derived from one (`Orbán-kormánnyal`, `Nobel-díjas`,
    `Szájer-ügyben`: OWN_NAME_HEADS)."""
    at = next(
        (i for i in range(1, len(word) - 1) if word[i] == "-" and word[i + 1].islower()), -1
    )
    if at < 0:
        return None
    base, head = word[:at], word[at + 1 :]
    if not head.replace("-", "").isalpha() or not (
        any(ch.isalpha() for ch in base) or base in lexicon.MEDIA  # `444-en`: a medium
    ):
        return None
    if head == "i" or _compound_noun(head, OWN_NAME_HEADS) is not None:
        return None
    if era_compound(word) is not None:
        return None  # `Kádár-korban`: an era's name of its own
    if head.endswith("i") and (head[:-1] in OWN_NAME_HEADS or head == "kori"):
        return None  # `Kádár-kori`, `Sándor-palotai`: the -i adjective of such a compound
    if any(head.startswith(noun) for noun in lexicon.AWARD_HEADS & OWN_NAME_HEADS):
        return None  # `Nobel-díjas`, `Oscar-díjas`: 'prize-winning', the award's derivative
    return base, head


_RELATIVES = frozenset({"ami", "amit", "amely", "amelyet", "aki", "akit", "ahol", "mint"})
_TITLE_JOINERS = frozenset({"és", "vagy", "illetve", "valamint", "meg"})
MAX_ARTICLE_TITLE = 6  # words: where none of the signs below ends it sooner, its end is unknown


def capital_article_titles(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """`capital_article` rule: inside a sentence an article takes no capital, so a capitalised
    `A`, `Az` or `Egy` after a word opens a work's title (`A kőszívű ember fiai volt`, `az Egy
    magyar nábob`). The title ends before punctuation, a conjunction or a verb, or with its first
    inflected word (only a name's last word takes a case ending: `A kőszívű ember fiainak`); one
    whose end these do not show (a clause after a comma, more than six words) is left alone, and
    so is `az A csoport`, where the capital is a letter, a line's first word or one of an
    all-capital line (`A MÁV ÉVE`), and an article glued to the word before it (a sentence
    start a page lost the space of: `perétA Tűzfalcsoport`). Token ranges (first, last,
    "MISC")."""
    out: list[tuple[int, int, str]] = []
    n = len(tokens)
    for k in range(1, n - 1):
        word, prev = tokens[k].text, tokens[k - 1].text
        if word not in ("A", "Az", "Egy") or tokens[k].sent_start or not (
            prev[-1:].isalnum() or prev == ","  # `Első esszékötete, A teória esélyei`
        ):
            continue
        if (word != "Egy" and prev in ("a", "az")) or tokens[k + 1].text.isupper():
            continue
        if "\n" in text[tokens[k - 1].end : tokens[k].start]:
            continue
        if tokens[k].start == tokens[k - 1].end and prev[-1:].isalpha():
            continue  # `perétA Tűzfalcsoport`: a sentence glued to the word before, no title
        last = None
        for j in range(k + 1, min(n, k + 1 + MAX_ARTICLE_TITLE)):
            token = tokens[j]
            if not any(ch.isalnum() for ch in token.text):
                if token.text == "," and j + 1 < n and tokens[j + 1].text in _RELATIVES:
                    break
                last = j
                break
            if token.text in _TITLE_JOINERS or token.pos in ("VERB", "AUX") or token.sent_start:
                last = j
                break
            if token.text[:1].isdigit() and j > k + 1:
                # a number after the title's words ends it (`A teória esélyei | 1975-ben jelent
                # meg`); one right after the article is its word (`A 6714-es személy`)
                last = j
                break
            if is_inflected(token):
                last = j + 1
                break
        if last is not None and last - k >= 2:
            out.append((k, last, "MISC"))
    return out
