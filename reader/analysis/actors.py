"""Group entity mentions into actors with canonical nominative names, plus related demonym mentions.

Works on plain tokens (reader.types.Token) so it is testable without a model. The steps:

1. clean each recognised entity (drop articles, glued punctuation, time words such as "hétfőn");
2. name it in nominative form: the head (last) token by its lemma when the lemma is a believable
   stem of the form, otherwise by stripping a Hungarian case ending (with a→á, e→é restored);
   the other tokens stay as written;
3. split entities the recogniser fused ("Moszkva Észak-Koreához") when both halves are known names;
4. add mentions the recogniser missed: later or earlier occurrences of a known actor's name,
   capitalised country or capital names from a small gazetteer, media of the lexicon, the
   words before a known name's last word, and hyphenated compounds of a name (`MÁV-dolgozó`,
   a mention of MÁV that speaks for no one: docs/annotation.md, section 2);
5. group by name, by alias (acronym <-> expansion, in text "X (Y)" or from a small table), a
   surname or a shorter trailing form ("Vízművek") joining the full name; label by majority vote;
6. attach demonyms and -i adjectives ("orosz", "phenjani") to their place actor as *related*.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from reader.analysis import boundaries, evidence, lexicon
from reader.analysis.morphology import (
    ALL_CASE_ENDINGS,
    NAME_PARTICLES,
    fold,
    hyphen_base,
    is_capitalised,
    is_name_part,
    latin1_repaired,
    particle_stripped,
    plural_bases,
    strip_candidates,
)
from reader.analysis.roles import role_of
from reader.types import Actor, Entity, Range, Token

TRIM_CHARS = ".,;:!?)(]['\"„”“»«’‘…–—-/"
HANDLE = re.compile(r"@\w[\w.]*\w|@\w")  # a social-media account: "@RazanSpeaks"
FUNCTION_POS = {"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "AUX", "VERB", "PART", "SYM", "X"}

_PLACE_KEYS = {name.casefold(): name for name in lexicon.PLACES}
_ALIAS_OF: dict[str, str] = {}
_ALIAS_GROUP: dict[str, tuple[str, ...]] = {}
for _group in lexicon.ALIASES:
    for _name in _group:
        _ALIAS_OF[_name.casefold()] = _group[0].casefold()
        _ALIAS_GROUP[_name.casefold()] = _group


@dataclass(frozen=True)
class Mention:
    """One mention of a name: character span, recogniser label, token range, nominative name."""

    start: int
    end: int
    label: str
    first: int  # token index of the first token
    last: int  # token index after the last token
    name: str
    origin: str = "ner"  # ner, gazetteer or propagated


@dataclass(frozen=True)
class Grouping:
    """The entities, actors and the token -> actor map that claim finding uses."""

    entities: tuple[Entity, ...]
    actors: tuple[Actor, ...]
    token_actor: dict[int, str]


# ---------------------------------------------------------------------------------------------
# Names


# The endings of foreign surnames that read as a Hungarian case ending on a stem no one is named
# (`Hans|en`, `Frederiks|en`, `Kristerss|on`: -en/-on after a consonant and an s; `Sánc|hez`),
# in a person's name (the recogniser's, or one that opens with a given name; `Marson` is Mars).
# Hungarian names end in the letters -cs or -zs there (`Kovácson`, `Balázson`), or have a vowel
# before the s (`Tamáson`); a stem the text or the lexicon names still wins, and so does a given
# name before -hez (`Ferenchez`).
# postpositions after the superessive (`Sandersen kívül`, `Kissen keresztül`, `Trumpon túl`):
# before them -en/-on is the case ending, whatever the name
SUPERESSIVE_POSTPOSITIONS = frozenset({"kívül", "keresztül", "túl", "át", "belül"})
_FOREIGN_PATRONYMIC = re.compile(r"(?:[bdfghklmnprtvwø]s|ss)(?:en|on)$|chez$")


def _patronymic_cut(word: str) -> str | None:
    """`sánchez` -> `sánc`, `frederiksen` -> `frederiks`: the stem a foreign surname kept whole
    (_FOREIGN_PATRONYMIC) loses where it is read as a case ending; None for any other word, and
    for a stem that is a given name (`Hans`, `Niels`: another person's name alone)."""
    match = _FOREIGN_PATRONYMIC.search(word)
    if match is None:
        return None
    stem = word[: -3] if word.endswith("hez") else word[: -2]
    return None if stem.capitalize() in lexicon.given_names() else stem


def _case_of(token: Token) -> str:
    return token.feat("Case")


def head_name(
    token: Token,
    form: str,
    has_lemmas: bool,
    known: Callable[[str], int] = lambda _s: 0,
    whole: Callable[[str], bool] = lambda _s: False,
    person: bool = False,
    name_word: Callable[[str], bool] = lambda _s: False,
    inflected: Callable[[str], bool] = lambda _s: False,
) -> str:
    """Nominative form of a name's head token: the lemma if it fits the form, else a stripped stem.

    ``known(stem)`` says how well a name is attested (2: lexicon, 1: elsewhere in the text, 0: not
    at all); it breaks ties where the morphology is missing or wrong. ``whole(form)`` says the text
    writes the form as the last word of a longer name in the nominative ("Fabien Mandon"), so an
    ending the tagger reads in it ("Mand" + -on) is none. ``person`` says the name is a person's,
    so the ending of a foreign surname is no case ending (``_FOREIGN_PATRONYMIC``), unless
    ``name_word(stem)``: the text names the stem alone or as a word of a longer name ("Kissen"
    after "Kiss Péter", "Hopkinson" after "Anthony Hopkins"); name_of reads no ending as a
    surname's before a postposition of the superessive (`Sandersen kívül`). ``inflected(form)``
    says the text writes the form with a case ending of its own after it (`Prevostot`,
    `Prevostba` for `Prevost`): the form is a name's base, whatever ending the tagger reads in it.
    """
    base = hyphen_base(form)
    if base is not None:
        return base
    if form[-1:] == "i" and form[:1].islower() and form[:-1].casefold() in lexicon.PLACE_NOUNS:
        return form[:-1]  # `Hársfa utcai`: the street is the Hársfa utca
    if form[:1].islower():
        for stem in [form] + [stem for stem, _ in strip_candidates(form)]:
            if boundaries.unlengthened(stem) in lexicon.POSSESSED_PLACE_NOUNS:
                return boundaries.unlengthened(stem)  # `a Hősök terére`: the Hősök tere
    if form.endswith("né") and form[:1].isupper() and len(form) > 4:
        return form  # `Rogánné`, `Sulyokné`: Mrs Rogán, another person than Rogán (never -vé)
    case = _case_of(token)
    oblique = case not in ("", "Nom")
    lemma = token.lemma or form
    all_cands = strip_candidates(form)
    if oblique and whole(form) and not any(known(stem) for stem, _ in all_cands):
        return form  # `Mandon` after `Fabien Mandon`: the text names it whole, never `Mand`
    if oblique and inflected(form) and not any(known(stem) for stem, _ in all_cands):
        return form  # `Prevost` beside `Prevostot`: never `Prevos` + -t
    if oblique and person and _FOREIGN_PATRONYMIC.search(form) and not any(
        known(stem) or name_word(stem) or (form.endswith("hez") and stem in lexicon.given_names())
        for stem, _ in all_cands
    ):
        return form  # `Hansen`, `Kristersson`, `Sánchez`: a surname, never `Hans` + -en
    given = [stem for stem, _ in all_cands if stem in lexicon.given_names()]
    if oblique and person and given and not known(form) and not any(
        stem in lexicon.given_names() for stem, _ in strip_candidates(form, case)
    ):
        return given[0]  # `Szűcs Olivért` tagged causal (Oliv + -ért): Olivér + -t
    if has_lemmas and lemma.lower() != form.lower():
        for stem, ending in all_cands:
            if stem.lower() == lemma.lower():
                if case == "Nom" and len(ending) < 3:
                    break  # tagged nominative: a short "ending" is part of the name (Leyen)
                return stem  # the lemmatiser and the suffix rules agree
    cands = strip_candidates(form, case) if oblique else all_cands
    form_level = known(form)
    for stem, _ in cands:
        # a stem the text names on its own wins over the inflected form (Abergilt -> Abergil),
        # even when that inflected form recurs; only the lexicon's own names stay whole
        if known(stem) > form_level or (known(stem) and form_level < 2):
            return stem
    if oblique and form_level < 2:  # a lexicon's name under another case's ending than the
        for stem, _ in all_cands:  # tagger's (`Budajenőn` tagged Acc): the tag was wrong
            if known(stem) >= 2:
                return stem
    lemma_says_base = has_lemmas and lemma.lower() == form.lower()
    if oblique and person and cands and cands[0][0] in lexicon.given_names():
        return cands[0][0]  # `Kásler Miklóst`: a given name under the tagged case's ending
    if oblique and cands:
        stem, ending = cands[0]
        if len(ending) >= 3 or not lemma_says_base:
            return stem
        return form
    if not case and not has_lemmas:
        for stem, ending in cands:
            if len(ending) >= 3:
                return stem
    return form


def _normalise_space(s: str) -> str:
    return " ".join(s.split())


def name_of(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    end: int,
    has_lemmas: bool,
    known: Callable[[str], int],
    whole: Callable[[str], bool] = lambda _s: False,
) -> str:
    """Canonical name of tokens[first:last]: all but the head as written, the head nominative."""
    head = tokens[last - 1]
    form = text[head.start : end]
    if form.lower() in lexicon.NAME_ABBREVIATIONS:
        return _normalise_space(text[tokens[first].start : end])
    prefix = text[tokens[first].start : head.start]
    person = (any(t.ent_type == "PER" for t in tokens[first:last]) or (
        last - first > 1 and tokens[first].text in lexicon.given_names()
    )) and not (last < len(tokens) and (
        tokens[last].text.lower() in SUPERESSIVE_POSTPOSITIONS
        or tokens[last].lemma.lower() == "múlik"  # `Eric Adamson múlik`: 'depends on Adams'
    ))
    name_word = known.name_word if isinstance(known, _Names) else lambda _s: False
    inflected = known.inflected if isinstance(known, _Names) else lambda _s: False
    stem = head_name(head, form, has_lemmas, lambda s: known(_normalise_space(prefix + s)),
                     lambda s: not prefix.strip() and whole(s), person, name_word, inflected)
    return _normalise_space(prefix + stem)


# ---------------------------------------------------------------------------------------------
# Mentions


def _token_range(starts: list[int], tokens: Sequence[Token], start: int, end: int) -> Range:
    """Token indices [first, last) of the tokens overlapping the character span."""
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if first < len(tokens) and tokens[first].end <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return first, max(first, last)


def _droppable_edge(token: Token, trailing: bool) -> bool:
    word = token.text
    if not word.strip(TRIM_CHARS):
        return True
    if HANDLE.fullmatch(word):
        return False  # "@alaa" is a name however it is written
    lower = word.lower()
    if lower in lexicon.TIME_WORDS:
        return True
    if not trailing and latin1_repaired(lower) in lexicon.PRONOUN_FORMS | lexicon.SALUTATIONS:
        # `pronoun_before_name` rule: `Õt Deutsch Tamás` ('him, Deutsch Tamás'), `Drága Ádám`
        return True
    if trailing and (
        lower.rstrip(".") in lexicon.PLACE_NOUNS or boundaries.is_place_noun(token)
        or boundaries.is_possessed_place_noun(token)  # `Hősök terére`, checked in clean_span
    ):
        return False
    if token.pos in ("DET", "ADP", "CCONJ", "SCONJ", "PUNCT"):
        return True
    if token.pos in FUNCTION_POS and not is_capitalised(word):
        return True
    word = word.lstrip(TRIM_CHARS)
    return not (is_capitalised(word) or (trailing and is_name_part(word) and "-" in word))


_ROMAN_ORDINAL = re.compile(r"[IVXL]+\.")
_INITIAL = re.compile(r"(?:[A-ZÁÉÍÓÖŐÚÜŰ]|Cs|Dzs|Dz|Gy|Ly|Ny|Sz|Ty|Zs)\.")


def clean_span(
    text: str, tokens: Sequence[Token], first: int, last: int
) -> tuple[int, int, int, int] | None:
    """Trim an entity span to the name: (start, end, first, last), None if nothing is left."""
    while first < last and _droppable_edge(tokens[first], trailing=False):
        if boundaries.particle_opens_name(tokens, first, last):
            break  # "von der Leyen": the particles are the name's
        first += 1
    while last > first and _droppable_edge(tokens[last - 1], trailing=True) and (
        # a medium's name with a lower-case word, `Kossuth rádió`, keeps it
        " ".join(t.text for t in tokens[first:last]).casefold() not in lexicon.MEDIA
    ):
        last -= 1
    if (
        last - first >= 2 and boundaries.is_possessed_place_noun(tokens[last - 1])
        and not boundaries.street_end(tokens, last - 1)
    ):
        last -= 1  # `Orbánék útja`: a family's way, no square's or street's name
    if first >= last:
        return None
    start, end = tokens[first].start, tokens[last - 1].end
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    tail = text[tokens[last - 1].start : end]
    # an initial keeps its period (`Gál J.`, `S. J.`, `Kovács Zs.`), as a legal form does
    if tail.lower() not in lexicon.NAME_ABBREVIATIONS and not _INITIAL.fullmatch(tail):
        while end > start and text[end - 1] in TRIM_CHARS:
            end -= 1
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end, first, last


class _Names:
    """Which nominative names the document and the gazetteer attest (for suffix tie-breaks)."""

    def __init__(
        self, attested: Iterable[str], last_words: Iterable[str] = (),
        name_words: Iterable[str] = (), stems: Iterable[str] = (),
    ) -> None:
        self.attested = Counter(a.casefold() for a in attested)
        self.last_words = {w.casefold() for w in last_words}
        self.name_words = {w.casefold() for w in name_words}
        self.stems = {w.casefold() for w in stems}
        self.own = ""  # the text of the mention being named: it does not attest itself

    def name_word(self, form: str) -> bool:
        """Whether the text names ``form`` alone or as a word of a longer name ("Kiss" of "Kiss
        Péter")."""
        return form.casefold() in self.name_words or self.attested[form.casefold()] > 0

    def inflected(self, form: str) -> bool:
        """Whether the text writes ``form`` with a case ending after it ("Prevostot")."""
        return form.casefold() in self.stems

    def whole(self, form: str) -> bool:
        """Whether the text writes ``form`` as the last word of a longer name in the nominative
        ("Fabien Mandon" for "Mandon")."""
        return form.casefold() in self.last_words

    def __call__(self, name: str) -> int:
        key = name.casefold()
        if (key in _PLACE_KEYS or key in _ALIAS_OF or key in lexicon.MEDIA
                or key in lexicon.KNOWN_NAMES or name in lexicon.gazetteer()):
            # Halimbán -> Halimba, Telexnek -> Telex, Facebookján -> Facebook: the lexicon
            # attests its names
            return 2
        return 1 if self.attested[key] - (key == self.own) > 0 else 0


def _attested_forms(
    text: str, tokens: Sequence[Token], spans: list[tuple[int, int, int, int]], has_lemmas: bool
) -> list[str]:
    out = []
    for start, end, _first, last in spans:
        head = tokens[last - 1]
        if _case_of(head) in ("", "Nom") and (
            not has_lemmas or head.lemma.lower() == head.text.lower()
        ):
            out.append(_normalise_space(text[start:end]))
    return out


def _last_words(
    text: str, tokens: Sequence[Token], spans: list[tuple[int, int, int, int]]
) -> list[str]:
    """The last word of each name of several words whose last word the tagger reads nominative
    (whatever lemma it gives: 'Fabien Mandon' with the lemma 'Mand'), or that is a foreign
    surname after a given name whatever case the tagger reads ('Mette Frederiksen')."""
    return [
        tokens[last - 1].text for _start, _end, first, last in spans
        if last - first > 1 and tokens[last - 1].text[:1].isupper() and (
            _case_of(tokens[last - 1]) in ("", "Nom") or (
                _FOREIGN_PATRONYMIC.search(tokens[last - 1].text) is not None
                and boundaries.opens_foreign_name(tokens[first])
            )
        )
    ]


MIN_STEM_ENDING = 2  # letters of a case ending that shows the word before it is a stem ("-ot")


def _inflected_stems(tokens: Sequence[Token]) -> set[str]:
    """What every capitalised word of the text is, less a case ending of two letters or more:
    'Prevost' for 'Prevostot' and 'Prevostba' (a word with such an ending is a base's form)."""
    return {
        stem for tok in tokens if tok.text[:1].isupper()
        for stem, ending in strip_candidates(tok.text) if len(ending) >= MIN_STEM_ENDING
    }


def _name_words(tokens: Sequence[Token], spans: list[tuple[int, int, int, int]]) -> list[str]:
    """The words of each name of several words, but a last word in another case than the
    nominative ('Kiss' and 'Péter' of 'Kiss Péter')."""
    return [
        tokens[k].text for _start, _end, first, last in spans if last - first > 1
        for k in range(first, last)
        if k < last - 1 or _case_of(tokens[k]) in ("", "Nom")
    ]


def find_mentions(
    text: str,
    tokens: Sequence[Token],
    entities: Sequence[tuple[int, int, str]],
    has_lemmas: bool,
    common_words: Container[str] = frozenset(),
    glued_words: Mapping[str, tuple[int, ...]] | None = None,
) -> list[Mention]:
    """Clean, name and split the recogniser's entities, then add the mentions it missed."""
    starts = [t.start for t in tokens]
    ranges = [(*_token_range(starts, tokens, s, e), lab) for s, e, lab in entities]
    works = boundaries.work_titles(tokens, ranges)
    inflectable = [  # a title the sentence inflects (`A kőszívű ember fiainak`): named nominative
        (first, last, label)
        for first, last, label in boundaries.capital_article_titles(text, tokens)
        if not any(first < t_last and t_first < last for t_first, t_last, _ in works)
    ]
    titles = works + inflectable
    cleaned = _cleaned_spans(text, tokens, _outside_titles(ranges, titles), common_words)
    spans = [c[:4] for c in cleaned]
    known = _Names(
        _attested_forms(text, tokens, spans, has_lemmas), _last_words(text, tokens, spans),
        _name_words(tokens, spans), _inflected_stems(tokens),
    )
    mentions: list[Mention] = []
    for start, end, first, last, label in cleaned:
        known.own = _normalise_space(text[start:end]).casefold()
        if start > tokens[first].start or end < tokens[last - 1].end - 1:
            name = _normalise_space(text[start:end])  # a part of a slashed token: as written
        else:
            name = name_of(text, tokens, first, last, end, has_lemmas, known, known.whole)
        mentions.append(Mention(start, end, label, first, last, name))
    known.own = ""
    mentions = [replace(m, label="PER") if _appositive_person(text, tokens, m) else m
                for m in mentions]
    mentions = _rejoined(text, tokens, mentions, has_lemmas, known)
    mentions = _not_names_dropped(text, tokens, mentions, common_words)
    singles = {m.name.casefold() for m in mentions} | set(_PLACE_KEYS)
    surname_of: dict[str, set[str]] = {}  # a person's surname -> the full names it stands for
    for m in mentions:
        if m.label == "PER" and 2 <= len(m.name.split()) <= 4:
            for word in boundaries.surnames(m.name.split()):
                surname_of.setdefault(word.casefold(), set()).add(m.name.casefold())
    mentions = [
        part for m in mentions
        for piece in _split(text, tokens, m, singles, has_lemmas, known, surname_of)
        for part in _recleaned(text, tokens, m, piece, has_lemmas, known)
    ]
    mentions += [
        Mention(tokens[first].start, tokens[last - 1].end, label, first, last,
                _normalise_space(text[tokens[first].start : tokens[last - 1].end]), "title")
        for first, last, label in works
    ]
    mentions += [
        Mention(tokens[first].start, tokens[last - 1].end, label, first, last,
                name_of(text, tokens, first, last, tokens[last - 1].end, has_lemmas, known),
                "title")
        for first, last, label in inflectable
    ]
    mentions = _titles_completed(text, tokens, mentions)
    # a line that is a person's name alone before the occurrences of known names: `Mizsur
    # András` is not the András of another name
    mentions += _name_lines(text, tokens, mentions, has_lemmas, known)
    mentions = _known_media(text, tokens, mentions, has_lemmas, known)
    mentions = _tails_completed(text, tokens, mentions)
    mentions = _heads_completed(text, tokens, mentions)
    mentions = _initials_completed(text, tokens, mentions, has_lemmas, known)
    mentions += [
        Mention(tokens[k].start, tokens[k].end, label, k, k + 1, name, "name_compound")
        for k, name, label in boundaries.name_compounds(tokens, _covered(len(tokens), mentions))
    ]
    compounds = _compounds_of_names(text, tokens, mentions)
    if compounds:  # a compound the recogniser took whole (`Fidesz-elnökség`) gives way
        taken = {m.first for m in compounds}
        mentions = [m for m in mentions if not (m.last - m.first == 1 and m.first in taken)]
    mentions += compounds
    mentions += [
        Mention(tokens[first].start, tokens[last - 1].end, "PER", first, last,
                name_of(text, tokens, first, last, tokens[last - 1].end, has_lemmas, known),
                "given_name_person")
        for first, last in boundaries.unrecognised_persons(
            tokens, _covered(len(tokens), mentions), common_words)
    ]
    mentions += _missed(text, tokens, mentions, has_lemmas, known, common_words)
    mentions += [
        Mention(tokens[k].start, tokens[k + 1].end, "LOC", k, k + 2, name, "untagged_street")
        for k, name in boundaries.untagged_streets(tokens, _covered(len(tokens), mentions))
    ]
    covered = _covered(len(tokens), mentions)
    recognised = _covered(len(tokens), [Mention(0, 0, "", a, b, "") for a, b, _ in ranges])
    mentions += [
        Mention(t.start, t.end, "ORG", k, k + 1, site, "web_address")
        for k, t in enumerate(tokens)
        if not covered[k] and (site := boundaries.web_address(t.text)) is not None
        and (site != t.text or recognised[k])  # bare, only where the recogniser saw a name
    ]
    covered = _covered(len(tokens), mentions)
    for k in range(len(tokens) - 1):
        # `numbered_district`: `a II. kerület`, `XIV. kerületi`: a district named by its Roman
        # numeral, in any case or as its -i adjective
        t, noun = tokens[k], tokens[k + 1]
        stem = next((n for n in lexicon.DISTRICT_NOUNS if noun.text.casefold().startswith(n)),
                    None)
        if (
            stem is not None and not covered[k] and not covered[k + 1]
            and _ROMAN_ORDINAL.fullmatch(t.text)
        ):
            mentions.append(Mention(t.start, noun.end, "LOC", k, k + 2, f"{t.text} {stem}",
                                    "numbered_district"))
    mentions.sort(key=lambda m: m.start)
    # a known name's words found apart, one by the recogniser, one as a known name (`Tamás |
    # Gáspár Miklós`, the first word also a given name the article knows): joined again
    mentions = _rejoined(text, tokens, mentions, has_lemmas, known)
    mentions = _maiden_names_joined(text, tokens, mentions)
    mentions = _second_given_names_joined(text, tokens, mentions)
    mentions = _foreign_order_joined(text, tokens, mentions)
    mentions = _given_names_before_names(text, tokens, mentions)
    mentions = _place_named_joined(text, tokens, mentions)
    mentions = _glued_words_cut(text, tokens, mentions, glued_words or {}, has_lemmas, known)
    return _handles_to_names(mentions)


def _joined_runs(
    mentions: list[Mention], width: int, join: Callable[[list[Mention]], Mention | None]
) -> list[Mention]:
    """The mentions with each run of ``width`` neighbours that ``join`` makes one name replaced
    by that name, left to right."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        run = mentions[k : k + width]
        one = join(run) if len(run) == width else None
        if one is not None:
            out.append(one)
            k += width
        else:
            out.append(mentions[k])
            k += 1
    return out


def _maiden_names_joined(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`maiden_name`: `Rogán (Obrusánszki) Barbara`, a married name, the maiden name in brackets
    and a given name, is one person's name, Rogán Barbara (the maiden name is no third name)."""

    def join(run: list[Mention]) -> Mention | None:
        a, b, c = run
        if (
            text[a.end : b.start] == " (" and text[b.end : c.start] == ") "
            and all(m.last - m.first == 1 for m in (a, b, c))
            and boundaries.is_given_name(tokens[c.first]) and not boundaries.is_given_name(
                tokens[a.first])
        ):
            return Mention(a.start, c.end, "PER", a.first, c.last, f"{a.name} {c.name}",
                           a.origin)
        return None

    return _joined_runs(mentions, 3, join)


def _second_given_names_joined(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`second_given_name`: `Sulyok János | Ignác ciszterci szerzetes`, a person's full name
    and, one space after it, a given name alone as the tagger wrote it (no case ending) with no
    capitalised word after it, is one name of three words (a second given name)."""
    given = lexicon.given_names()

    def join(run: list[Mention]) -> Mention | None:
        a, b = run
        if (
            a.label == "PER" and b.label == "PER"
            and 2 <= len(a.name.split()) <= 3 and a.name.split()[-1] in given
            and text[a.end : b.start] == " "
            and b.last - b.first == 1 and a.last == b.first
            and text[b.start : b.end] == b.name and b.name in given
            and a.end == tokens[a.last - 1].end and text[a.start : a.end] == a.name
            and not (b.last < len(tokens) and is_capitalised(tokens[b.last].text))
        ):
            return Mention(a.start, b.end, "PER", a.first, b.last, f"{a.name} {b.name}",
                           a.origin)
        return None

    return _joined_runs(mentions, 2, join)


def _person_name_words(mentions: Iterable[Mention]) -> set[str]:
    """The words of the persons' names of several words (`Magyar`, `Péter` of Magyar Péter)."""
    return {w for m in mentions if m.label == "PER" and " " in m.name for w in m.name.split()}


MAX_GIVEN_NAMES = 3  # words of a person's given names before the surnames (`César Cuauhtémoc`)


def _foreign_order_joined(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`foreign_order`: `Claudio | Neves Valente`, one word taken for a person's name, as
    written (or up to three that open with a given name: `César Cuauhtémoc | García
    Hernández`), one space before a person's name with no given name in it, is one name in the
    foreign order (given name first): no two persons stand side by side without a comma or a
    word between them; not `Anna | Kiss Péter`, a given name then a name in the Hungarian
    order. The word is no place and no word of another person's name (`Magyar | Tiborcz
    vagyonosodására`), and the name after it ends in no case ending (`Orbán | Temesvárt`)."""
    places = lexicon.gazetteer()
    name_words = _person_name_words(mentions)
    # a name the article also writes alone, not before another name, is a person of its own
    # (`a Messi Ronaldo rivalizálás … Messi szerint`); `Claudio Neves Valente`, written so
    # twice, is not alone, but a pair written side by side more than once is one name only where
    # the first is a given name (`a Messi Ronaldo párharc` twice: two players)
    written = Counter(m.name for m in mentions if m.last - m.first == 1)
    alone = Counter(
        m.name for m, nxt in zip(mentions, [*mentions[1:], None], strict=False)
        if m.last - m.first == 1
        and not (nxt is not None and nxt.label == "PER" and text[m.end : nxt.start] == " ")
    )

    def join(run: list[Mention]) -> Mention | None:
        a, b = run
        if (
            a.label == "PER" and b.label == "PER"
            and a.last - a.first <= MAX_GIVEN_NAMES  # `César Cuauhtémoc | García Hernández`
            and text[a.start : a.end] == a.name
            and a.name.replace(" ", "").isalpha()
            and b.name[:1].isalpha()  # no handles: `@arzugeybulla @Vusal`
            and text[a.end : b.start] == " " and a.last == b.first
            and a.name not in places and a.name not in name_words and alone[a.name] == 0
            and (written[a.name] == 1 or boundaries.opens_foreign_name(tokens[a.first]))
            and not boundaries.is_inflected(tokens[b.last - 1])
            and not any(  # `Ági | Budajenőn`: a place the recogniser took for a person
                stem in places for stem, _ in strip_candidates(text[b.start : b.end])
            )
            and not any(boundaries.is_given_name(t) for t in tokens[b.first : b.last])
        ):
            return Mention(a.start, b.end, "PER", a.first, b.last, f"{a.name} {b.name}",
                           a.origin)
        return None

    return _joined_runs(mentions, 2, join)


def _place_named_joined(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`place_named`: `a Budapest | Pride elnöke`, `a Pécs | Pride-on`: a place of the
    gazetteer in the nominative, one space before a one-word name that is no place, no person's
    name (no given name, no word of a person's name of the article), no acronym and no medium,
    is one name with it where the article writes the two side by side twice or more (the word
    in the nominative or with a hyphenated ending): an organisation or an event named after the
    town, whatever the recogniser called the word. A person's name after it is left alone
    (`Budapest | Kovács Péter`), and so is a pair met once (`Brüsszel | Orbánt hibáztatja`)."""
    places = lexicon.gazetteer()
    name_words = _person_name_words(mentions)

    def pair(a: Mention, b: Mention) -> tuple[str, str] | None:
        if a.last - a.first != 1 or b.last - b.first != 1 or a.last != b.first:
            return None
        word = text[b.start : b.end]
        return text[a.start : a.end], hyphen_base(word) or word

    # the same town and word side by side twice or more (`Budapest Pride`, `a Budapest
    # Pride-nál`): a name the article uses as one; once is a subject beside an object
    # (`Brüsszel Orbánt hibáztatja`, `Debrecen Dzsudzsák góljával nyert`)
    pairs = Counter(p for a, b in zip(mentions, mentions[1:], strict=False)
                    if (p := pair(a, b)) is not None)

    def join(run: list[Mention]) -> Mention | None:
        a, b = run
        word = text[b.start : b.end]
        base = hyphen_base(word) or word
        if (
            pairs[pair(a, b) or ("", "")] >= 2
            and not (base == word and boundaries.is_inflected(tokens[b.first]))
            and text[a.start : a.end] in places and text[a.end : b.start] == " "
            and b.name not in name_words
            and base.isalpha() and not base.isupper() and base not in places
            and b.name not in places and base.casefold() not in lexicon.MEDIA
            and not boundaries.is_given_name(tokens[b.first])
            and not boundaries.inflected_place(tokens[b.first])
        ):
            label = b.label if b.label in ("ORG", "MISC") else "ORG"
            return Mention(a.start, b.end, label, a.first, b.last,
                           f"{text[a.start : a.end]} {b.name}", a.origin)
        return None

    return _joined_runs(mentions, 2, join)


MIN_GLUED_PREFIX = 3  # letters of a name, and of a role or a month, glued together


def _glued_words_cut(
    text: str,
    tokens: Sequence[Token],
    mentions: list[Mention],
    glued: Mapping[str, tuple[int, ...]],
    has_lemmas: bool,
    known_name: Callable[[str], int],
) -> list[Mention]:
    """`glued_word`: `Ukrajnakapcsán`, `Magyarelsétált Nagyváradig`, `Volodimir Zelenszkijukrán`:
    where a web page lost the space between a name and the lower-case word after it, the name
    ends before that word. A point counts (reader.nlp.glued_words offers them: a word the lemma
    table knows ends the token; in a person's name a word of three letters, a person's role or a
    month does too: `Zelenszkijúgy`, `Vitalij Klicskopolgármester`, `Magyar Péterdecember`) only
    where the letters before it are a word of one of the article's names, as written or with a
    case ending, and the word after it is no case ending (`Orbánhoz`, nor -val/-vel after a
    consonant it doubles: `Gyürkkel`); the longest such name wins. A town of the gazetteer
    (`Magyaralmás`) is never cut. A mention's words after the glued one are a mention of their
    own."""
    places = lexicon.gazetteer()
    name_words = {w for m in mentions for w in m.name.split()} | {
        w for m in mentions for w in text[m.start : m.end].split()
    }

    def known(prefix: str) -> bool:
        return prefix in name_words or any(
            len(stem) >= 3 and stem in name_words for stem, _ in strip_candidates(prefix)
        )

    out: list[Mention] = []
    for m in mentions:
        for k in range(m.first, m.last):
            word = tokens[k].text
            if word in places or boundaries.inflected_place(tokens[k]):
                continue  # `Magyaralmás`, `Balatonvilágos`: a town's one word
            offered = {
                i for i in glued.get(word, ())
                if len(word) - i > MIN_GLUED_PREFIX or m.label == "PER"  # `Zelenszkijúgy`
            }
            if m.label == "PER" and k > m.first:  # `Klicskopolgármester`, not `Kisherceg`
                offered |= {
                    i for i in range(MIN_GLUED_PREFIX, len(word) - MIN_GLUED_PREFIX)
                    if word[i:] in lexicon.PERSON_ROLES or word[i:] in lexicon.MONTHS
                }
            cut = next(
                (i for i in sorted(offered, reverse=True)
                 if word[i:] not in ALL_CASE_ENDINGS and known(word[:i])
                 and not (word[i] == word[i - 1] and word[i + 1 :] in ("al", "el"))),
                None,
            )
            if cut is None:
                continue
            end = tokens[k].start + cut
            out.append(replace(m, end=end, last=k + 1,
                               name=_normalise_space(text[m.start : end]), origin="glued_word"))
            if k + 1 < m.last:
                rest = tokens[k + 1]
                out.append(replace(m, start=rest.start, first=k + 1, name=name_of(
                    text, tokens, k + 1, m.last, m.end, has_lemmas, known_name)))
            break
        else:
            out.append(m)
    return out


def _given_names_before_names(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`given_before_name`: `Brett | Smiley, a város polgármestere`: a given name used abroad
    (lexicon.foreign_given_names, no Hungarian word) that the recogniser left out, one space
    before a one-word name that is no place, no given name and no acronym, is that person's
    given name in the foreign order: one person, whatever label the name had."""
    covered = _covered(len(tokens), mentions)
    places = lexicon.gazetteer()
    foreign = lexicon.foreign_given_names()
    out = []
    for m in mentions:
        k = m.first - 1
        word = tokens[m.first].text
        if (
            m.last - m.first == 1 and k >= 0 and not covered[k]
            and tokens[k].text in foreign and text[tokens[k].end : m.start] == " "
            and word[:1].isupper() and word.isalpha() and not _is_acronym(word)
            and m.name not in places and not boundaries.inflected_place(tokens[m.first])
            and not boundaries.is_given_name(tokens[m.first])
        ):
            m = Mention(tokens[k].start, m.end, "PER", k, m.last,
                        f"{tokens[k].text} {m.name}", m.origin)
        out.append(m)
    return out


COMPOUND_ORIGIN = "compound_of_name"  # a mention inside a compound: not the actor in person


def _recleaned(
    text: str, tokens: Sequence[Token], whole: Mention, piece: Mention, has_lemmas: bool,
    known: Callable[[str], int],
) -> list[Mention]:
    """A piece of a split mention trimmed to its name as the recogniser's spans are (`Spar-
    hipermarketek pedig átlagosan | 4051` -> `Spar-hipermarketek`), and dropped where nothing of
    a name is left (`4051`: a number is no name)."""
    if piece is whole:
        return [piece]
    span = clean_span(text, tokens, piece.first, piece.last)
    if span is None or not any(ch.isalpha() for ch in text[span[0] : span[1]]):
        return []
    start, end, first, last = span
    if (first, last) == (piece.first, piece.last):
        return [piece]
    name = name_of(text, tokens, first, last, end, has_lemmas, known)
    return [Mention(start, end, piece.label, first, last, name, piece.origin)]


def _rejoined(
    text: str,
    tokens: Sequence[Token],
    mentions: list[Mention],
    has_lemmas: bool,
    known: Callable[[str], int],
) -> list[Mention]:
    """`rejoined` rule: `Tamás | Gáspár Miklósra`, where the recogniser cut a name after a word
    that is a given name too: mentions only a space apart whose words together are a name it
    found whole elsewhere in the article are that one name, with that name's label."""
    whole: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.last - m.first >= 2:
            whole.setdefault(m.name.casefold(), Counter())[m.label] += 1
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.last == m.first and text[prev.end : m.start] == " ":
            name = name_of(text, tokens, prev.first, m.last, m.end, has_lemmas, known)
            labels = whole.get(name.casefold())
            if labels is not None:
                out[-1] = Mention(prev.start, m.end, labels.most_common(1)[0][0], prev.first,
                                  m.last, name, prev.origin)
                continue
            if (
                m.last - m.first >= 2 and _INITIAL.fullmatch(tokens[m.first].text)
                and prev.last - prev.first == 1 and tokens[prev.first].text.isalpha()
                and (prev.label == "PER" or m.label == "PER")
            ):
                # `middle_initial`: `Timothy | P. Carney`: a name whose first word is an
                # initial continues the given name right before it (`Timothy P. Carney`)
                out[-1] = Mention(prev.start, m.end, "PER", prev.first, m.last, name,
                                  prev.origin)
                continue
            if m.last - m.first == 1 and _named_after_head(m.name) and (
                prev.label == "PER" or boundaries.person_name(tokens[prev.first : prev.last])
            ):
                # `head_after_person`: `Széll Kálmán | Terv`, `Kovács Anna | Alapítvány`: a
                # capitalised head noun of a plan, an award or a body right after a person's
                # name makes one name of both, named after the person, typed by the head
                out[-1] = Mention(prev.start, m.end, m.label, prev.first, m.last, name,
                                  prev.origin)
                continue
        out.append(m)
    return out


def _named_after_head(word: str) -> bool:
    """`Terv`, `Díj`, `Alapítvány`, `Egyetem`: a capitalised noun that ends a name given after a
    person (lexicon.NAMED_AFTER_HEADS, THING_HEADS, AWARD_HEADS), no place noun."""
    key = word.casefold()
    return word[:1].isupper() and key not in lexicon.PLACE_NOUNS and key in (
        lexicon.NAMED_AFTER_HEADS | lexicon.THING_HEADS | lexicon.AWARD_HEADS
    )


def _tails_completed(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`tail_completed` rule: `Orvosi Kamara` where the recogniser found `Kamara` alone: an
    organisation's name stands for it by its last words (`a Kamara`, `Orvosi Kamara` for the
    Magyar Orvosi Kamara), so the capitalised words right before a mention that continue,
    backwards, a longer name of the article are that name's words too (never all of them: the
    whole name is found whole)."""
    longer: dict[str, list[tuple[list[str], str]]] = {}  # last word -> (words, name) it ends
    for m in mentions:
        words = [tokens[k].text for k in range(m.first, m.last)]
        if m.label != "PER" and len(words) >= 2:
            longer.setdefault(words[-1], []).append((words, m.name))
    if not longer:
        return mentions
    covered = _covered(len(tokens), mentions)
    out = []
    for m in mentions:
        best, owner = m.first, m.name
        for words, name in longer.get(tokens[m.first].text, []) if m.last - m.first == 1 else []:
            first = m.first
            while (
                first > 0
                and m.last - first + 1 < len(words)
                and not covered[first - 1]
                and tokens[first - 1].text == words[-(m.last - first + 1)]
                and is_capitalised(tokens[first - 1].text)
            ):
                first -= 1
            if first < best:
                best, owner = first, name
        if best < m.first:  # the same organisation's shorter name: one actor with it
            m = replace(m, start=tokens[best].start, first=best, name=owner)
        out.append(m)
    return out


def _heads_completed(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`head_completed` rule: `a Tisza | Párt elnöke` where the recogniser found `Tisza` alone
    (a river): a mention whose words begin a longer name of the article that is no person's,
    and that the words right after it complete (the last one in any case: `Pártnak`), is that
    name."""
    longer: dict[str, list[tuple[list[str], Mention]]] = {}  # first word -> (words, mention)
    labels: dict[str, Counter[str]] = {}  # the name's labels, all its mentions voting
    for m in mentions:
        labels.setdefault(m.name, Counter())[m.label] += 1
        words = [tokens[k].text for k in range(m.first, m.last)]
        if m.label != "PER" and len(words) >= 2 and all(is_capitalised(w) for w in words):
            longer.setdefault(words[0], []).append((words, m))
    if not longer:
        return mentions
    covered = _covered(len(tokens), mentions)
    out = []
    for m in mentions:
        n = m.last - m.first
        for words, whole in longer.get(tokens[m.first].text, []):
            last = m.first + len(words)
            if (
                len(words) <= n or last > len(tokens) or any(covered[m.last : last])
                or [tokens[k].text for k in range(m.first, m.last)] != words[:n]
                or [tokens[k].text for k in range(m.last, last - 1)] != words[n:-1]
                or "\n" in text[m.start : tokens[last - 1].end]
            ):
                continue
            end_word = tokens[last - 1].text
            if end_word == words[-1] or any(
                stem == words[-1] for stem, _ in strip_candidates(end_word)
            ):
                label = labels[whole.name].most_common(1)[0][0]
                m = replace(m, end=tokens[last - 1].end, last=last, name=whole.name,
                            label=label, origin="head_completed")
                break
        out.append(m)
    return out


_INITIAL = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]?\.")


def _initials_completed(
    text: str, tokens: Sequence[Token], mentions: list[Mention], has_lemmas: bool,
    known: Callable[[str], int],
) -> list[Mention]:
    """`initial_completed` rule: `Sz. | Bíró` where the recogniser found a person's name up to
    an initial (`Sz.`, `K.`): the capitalised word right after it, in the same line, is the
    name's too where the article names the person so elsewhere (`mondta Sz. Bíró.` after `Sz.
    Bíró Zoltán`); not a word of the next sentence (`mondta Szabó K. Kedden a rendőrség …`)."""
    named = [m.name.split() for m in mentions if m.label == "PER" and " " in m.name]
    covered = _covered(len(tokens), mentions)
    out = []
    for m in mentions:
        k = m.last
        if (
            m.label == "PER" and _INITIAL.fullmatch(tokens[k - 1].text) and k < len(tokens)
            and not covered[k] and is_capitalised(tokens[k].text) and tokens[k].text.isalpha()
            and "\n" not in text[m.start : tokens[k].end]
        ):
            name = name_of(text, tokens, m.first, k + 1, tokens[k].end, has_lemmas, known)
            words = name.split()
            if any(w[: len(words)] == words and w != words for w in named) or (
                words in named and m.name.split() != words
            ):
                m = replace(m, end=tokens[k].end, last=k + 1, origin="initial_completed",
                            name=name)
        out.append(m)
    return out


def _known_media(
    text: str,
    tokens: Sequence[Token],
    mentions: list[Mention],
    has_lemmas: bool,
    known: Callable[[str], int],
) -> list[Mention]:
    """`known_medium` rule: a medium of the lexicon named in several words (`Élet és Irodalom`,
    `Élet és Irodalomban`: only the last word inflected) or by its web address (`rtl.hu` for RTL)
    is a mention wherever it stands; it takes the place of a mention inside it (`Irodalomban`)."""
    by_first: dict[str, list[list[str]]] = {}
    for medium in lexicon.MEDIA:
        words = medium.split()
        if len(words) >= 2:
            by_first.setdefault(words[0], []).append(words)
    covered = _covered(len(tokens), mentions)
    found: list[Mention] = []
    for i, tok in enumerate(tokens):
        lower_case = (hyphen_base(tok.text) or tok.text) in lexicon.LOWER_CASE_MEDIA
        if not covered[i] and lower_case:  # `a dpa német hírügynökség`
            found.append(Mention(tok.start, tok.end, "ORG", i, i + 1, tok.text.split("-")[0],
                                 "known_medium"))
            continue
        if covered[i] or not is_capitalised(tok.text) and "." not in tok.text:
            continue
        key = tok.text.casefold()
        if _WEB_SUFFIX.search(key) and _WEB_SUFFIX.sub("", key) in lexicon.MEDIA:
            found.append(Mention(tok.start, tok.end, "ORG", i, i + 1, tok.text, "known_medium"))
            continue
        for words in sorted(by_first.get(key, []), key=len, reverse=True):
            last = i + len(words)
            if last > len(tokens) or [t.text.casefold() for t in tokens[i:last - 1]] != words[:-1]:
                continue
            if any(m.first < last and i < m.last and not (i <= m.first and m.last <= last)
                   for m in mentions):
                continue  # a mention runs out of it: another name
            end = tokens[last - 1].end
            name = name_of(text, tokens, i, last, end, has_lemmas, known)
            if name.casefold() == " ".join(words) and is_capitalised(tokens[last - 1].text):
                found.append(Mention(tok.start, end, "ORG", i, last, name, "known_medium"))
                break
    if not found:
        return mentions
    inside = [(f.first, f.last) for f in found]
    kept = [m for m in mentions if not any(a <= m.first and m.last <= b for a, b in inside)]
    return sorted(kept + found, key=lambda m: m.start)


def _lexicon_name(base: str) -> str | None:
    """The label of a name the lexicon knows wherever it stands: a place, an alias (`EP`,
    `NATO`), a medium (`hvg.hu`, `[origo]`), a party, a web platform or a disease (`Covid`);
    None for any other word."""
    key = base.strip("[]").casefold()
    if key in _PLACE_KEYS:
        return "LOC"
    if key in _ALIAS_OF or key in lexicon.MEDIA or key in lexicon.PARTIES:
        return "ORG"
    return lexicon.KNOWN_NAMES.get(key)


def _compounds_of_names(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> list[Mention]:
    """`compound_of_name` rule: `MÁV-dolgozó`, `Isten-kapcsolatáról`, `EU-s`, `Hvg.hu-n`: a word
    made of a name, a hyphen and a lower-case word or ending is a mention of that name's actor
    (docs/annotation.md, section 2), where the name is one the article names (a mention's name,
    a person's surname, an acronym of exactly one of its names of several words: `EB-tag` for
    the Európai Bizottság) or one the lexicon knows wherever it stands, also where the recogniser
    took the compound for a name of its own (`Fidesz-elnökség`). A capitalised word the
    article does not use as a name (`Internet-kormányzás`, `Facebook-oldal` where Facebook is
    no actor) makes no mention."""
    # a compound the recogniser found as a name of its own (`Fidesz-elnökség` LOC,
    # `Oroszország-szakértő` PER) is a compound of a name all the same, unless its head makes
    # it an organisation's, a building's or a thing's own name (`Nobel-bizottság`)
    whole = {
        m.first for m in mentions
        if m.last - m.first == 1 and m.origin == "ner"
        and hyphen_base(tokens[m.first].text.strip(TRIM_CHARS)) is None
        and boundaries.compound_of_name(tokens[m.first].text.strip(TRIM_CHARS)) is not None
        and evidence.compound_head([m.name]) is None
    }
    covered = _covered(len(tokens), [m for m in mentions if m.first not in whole])
    known: dict[str, tuple[str, str]] = {}  # casefolded name -> (name, label)
    for m in mentions:
        if m.first not in whole:
            known.setdefault(m.name.casefold(), (m.name, m.label))
    for m in mentions:
        words = m.name.split()
        if m.label == "PER" and 2 <= len(words) <= 4:
            for word in boundaries.surnames(words):
                known.setdefault(word.casefold(), (word, "PER"))
    by_initials: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.label != "PER" and len(m.name.split()) >= 2:
            by_initials.setdefault(_initials(m.name), set()).add((m.name, m.label))
    out = []
    for k, tok in enumerate(tokens):
        parts = None if covered[k] else boundaries.compound_of_name(tok.text)
        if parts is None:
            continue
        base = parts[0]
        if not base[:1].isupper() and base.strip("[]").casefold() not in lexicon.MEDIA:
            continue  # `covid-szabályok`: a lower-case word is a common word (`hvg.hu` aside)
        found = known.get(base.casefold())
        if found is not None:
            name, label = found[0], found[1]
        elif (label_ := _lexicon_name(base)) is not None:
            name, label = base, label_
        elif _is_acronym(base) and len(by_initials.get(base.casefold(), ())) == 1:
            name, label = base, next(iter(by_initials[base.casefold()]))[1]
        else:
            continue
        end = tok.end
        while end > tok.start and text[end - 1] in TRIM_CHARS:
            end -= 1
        # a case ending keeps the name (`Hvg.hu-n`); a compound names another thing, a
        # `MÁV-dolgozó`, that is no speaker for the name's actor (group_actors)
        origin = "hyphen_ending" if hyphen_base(text[tok.start : end]) else COMPOUND_ORIGIN
        out.append(Mention(tok.start, end, label, k, k + 1, name, origin))
    return out


def _titles_completed(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> list[Mention]:
    """`title_completed` rule: `a Házon kívül.` where the recogniser found `Házon` alone: a
    mention whose words begin a title the article names, and run on into that title's other
    words, is that title (the words after it belong to no other mention)."""
    titles: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.origin == "title" and m.last - m.first >= 2:
            titles.setdefault(tokens[m.first].text.casefold(), []).append(m)
    if not titles:
        return mentions
    covered = _covered(len(tokens), mentions)
    out = []
    for m in mentions:
        if m.origin != "title":
            for t in titles.get(tokens[m.first].text.casefold(), []):
                n = t.last - t.first
                last = m.first + n
                if (
                    m.last < last <= len(tokens)
                    and not any(covered[m.last : last])
                    and [x.text for x in tokens[m.first : last]]
                    == [x.text for x in tokens[t.first : t.last]]
                ):
                    m = replace(m, end=tokens[last - 1].end, last=last, name=t.name,
                                label=t.label, origin="title")
                    break
        out.append(m)
    return out


def _outside_titles(
    ranges: Sequence[tuple[int, int, str]], titles: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The recogniser's token ranges less the works' titles: a range inside a title goes
    (`Házon` of `Házon kívül`), one that runs into a title ends where it starts (`ATV Start`)."""
    if not titles:
        return list(ranges)
    out = []
    for first, last, label in ranges:
        for t_first, t_last, _ in titles:
            if first < t_last and t_first < last:
                last = t_first if first < t_first else first
        if first < last:
            out.append((first, last, label))
    return out


def _inflected_lexicon_name(word: str) -> bool:
    """`TikTokon`, `Telexnek`: a name the lexicon knows wherever it stands, with a case ending."""
    return _lexicon_name(word) is None and any(
        _lexicon_name(stem) is not None for stem, _ending in strip_candidates(word)[:3]
    )


def _cleaned_spans(
    text: str, tokens: Sequence[Token], ranges: Sequence[tuple[int, int, str]],
    common: Container[str] = frozenset(),
) -> list[tuple[int, int, int, int, str]]:
    """Each entity trimmed to its name, cut where the Hungarian says another name begins, and
    run on to a street's place noun (reader.analysis.boundaries names each rule)."""
    taken = bytearray(len(tokens) + 1)
    for first, last, _label in ranges:
        taken[first:last] = b"\x01" * (last - first)
    out: list[tuple[int, int, int, int, str]] = []
    words: boundaries.WordIndex | None = None
    alone = {tokens[f].text for f, la, _label in ranges if la - f == 1}  # names found alone
    for first, last, label in boundaries.join_elided(text, tokens, ranges):
        first += boundaries.leading_label(tokens, first, last)
        if boundaries.only_a_label(tokens, first, last):
            continue  # `… lép. Nyitókép: 4iG Csoport`: the label alone is no name
        if label == "PER" and last - first >= 3 and tokens[first].text.casefold() in (
            lexicon.HONORIFICS
        ):
            first += 1  # `honorific_before_name`: `Dr. Sulyok László`, as `dr. Sulyok László`
        if label == "PER" and last - first >= 2:
            words = words or boundaries.WordIndex(tokens)
            if boundaries.common_word_opens_person(tokens, first, last, words, common, alone):
                first += 1
        if boundaries.surname_before_given(tokens, first, last) and not taken[first - 1]:
            first -= 1
            taken[first] = 1
        whole = clean_span(text, tokens, first, last)
        if (
            whole is not None
            and whole[3] < len(tokens)
            and (not taken[whole[3]] or whole[3] < last)  # its own place noun, trimmed off
            and (
                boundaries.person_street_end(tokens, whole[2], whole[3])
                if label == "PER"  # `Cely utcai árusként`: a street vendor, no street
                else boundaries.street_end(tokens, whole[3])
            )
            # only a name's last word takes a case ending: `a TikTokon sorra` is no street
            and not _inflected_lexicon_name(tokens[whole[3] - 1].text)
        ):
            taken[whole[3]] = 1
            last = whole[3] + 1
            label = "LOC" if label == "PER" else label  # `Kós Károly sétány` is no person
        elif (
            whole is not None
            and label == "PER"
            and whole[3] - whole[2] == 1
            and whole[3] < len(tokens)
            and not taken[whole[3]]
            and boundaries.surname_after_given(tokens, whole[2])
        ):
            taken[whole[3]] = 1
            last = whole[3] + 1
        pieces, at, piece_label = [], first, label
        for k, rule in boundaries.cut_points(tokens, first, last):
            if rule != "role_compound_before_name":
                # `a Fradi-edző | Robbie Keane`: the compound is a compound of a name (found as
                # such by _compounds_of_names), no name of its own
                pieces.append((at, k, piece_label))
            at = k
            # `Reutersnek | Alvin Tillery`, `Fradi-edző | Robbie Keane`: what an inflected word
            # or a role's compound leaves is a person's name, whatever the recogniser called
            # the whole
            piece_label = "PER" if rule in PERSON_AFTER_CUTS else label
        pieces.append((at, last, piece_label))
        for a, b, piece_label in pieces:
            span = clean_span(text, tokens, a, b)
            if span is None:
                continue
            for a_start, a_end in boundaries.slash_parts(text, span[0], span[1]):
                out.append((a_start, a_end, span[2], span[3], piece_label))
    return out


def _not_names_dropped(
    text: str, tokens: Sequence[Token], mentions: list[Mention], common: Container[str]
) -> list[Mention]:
    """Entities that are no names: words of an all-capital line, numbers, lone sentence-start
    words."""
    lines = boundaries.CapitalLines(text)
    outside_caps = {m.name for m in mentions if not lines.at(m.start)}
    known = {a.casefold() for group in lexicon.ALIASES for a in group} | lexicon.MEDIA

    def known_elsewhere(name: str) -> bool:
        return name in outside_caps or name.casefold() in known

    # the words of the other names: a lone word at a sentence start repeated at other sentence
    # starts (`Napi új fertőzöttek ...` opening three lines) is no name the more for it
    name_words = Counter(
        w.casefold() for m in mentions
        if not (m.last - m.first == 1 and boundaries.at_sentence_start(tokens, m.first))
        for w in m.name.split()
    )
    words = boundaries.WordIndex(tokens)
    kept = []
    for m in mentions:
        if boundaries.in_capital_line(lines, m.start, m.name, known_elsewhere):
            continue
        if not any(ch.isalpha() for ch in m.name.split("-")[0]) and m.name.casefold() not in known:
            continue  # `4051`, `0,8-at`: a number is no name (the lexicon's `444` is)
        if m.last - m.first == 1 and boundaries.lone_sentence_start(
            tokens, m.first, name_words, words, common
        ):
            continue
        kept.append(m)
    return kept


def _covered(n: int, mentions: Iterable[Mention]) -> bytearray:
    """1 for each of the n tokens that a mention covers."""
    covered = bytearray(n)
    for m in mentions:
        covered[m.first : m.last] = b"\x01" * (m.last - m.first)
    return covered


def _name_lines(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    has_lemmas: bool,
    known: Callable[[str], int],
) -> list[Mention]:
    """Lines that are a person's name alone (boundaries.name_lines), where no mention is."""
    covered = _covered(len(tokens), mentions)
    out = []
    for first, last in boundaries.name_lines(text, tokens):
        if any(covered[first:last]):
            continue
        end = tokens[last - 1].end
        name = name_of(text, tokens, first, last, end, has_lemmas, known)
        out.append(Mention(tokens[first].start, end, "PER", first, last, name, "name_line"))
    return out


def _handles_to_names(mentions: list[Mention]) -> list[Mention]:
    """"@MazenMahdi" is Mazen Mahdi when the text names him: a handle spelling a name's words
    run together (case and accents aside) joins that name's actor."""
    spelled = {
        fold(m.name.replace(" ", "").replace("-", "")): m.name
        for m in mentions
        if not m.name.startswith("@") and " " in m.name
    }
    return [
        replace(m, name=spelled[fold(m.name[1:])])
        if m.name.startswith("@") and fold(m.name[1:]) in spelled else m
        for m in mentions
    ]


def _split(
    text: str,
    tokens: Sequence[Token],
    m: Mention,
    names: set[str],
    has_lemmas: bool,
    known: Callable[[str], int],
    surname_of: dict[str, set[str]] | None = None,
) -> list[Mention]:
    """Cut a mention the recogniser fused from two names ("Moszkva Észak-Koreához") in two; a
    surname of another person of the article counts as a name (``surname_of``: `Magyar |
    Tiborcz vagyonosodására`, beside Magyar Péter and Tiborcz István, is no third person)."""
    if (
        m.last - m.first == 2 and m.last < len(tokens)
        and tokens[m.last].text in lexicon.REGNAL_TITLES
        and boundaries.is_given_name(tokens[m.first + 1])
        and (surname_of or {}).get(text[m.start : tokens[m.first].end].casefold())
        and tokens[m.first].text.casefold() not in lexicon.REGNAL_EPITHETS  # `Nagy Lajos király`
        and not _ROMAN_ORDINAL.fullmatch(tokens[m.first].text)  # `I. Leó pápa`: his number
    ):
        # `ruler_after_surname`: `Novák | Ferenc pápa`: a given name before a ruler's title is
        # the ruler's whole name, so the surname of a person of the article before it is hers
        first_end = tokens[m.first].end
        return [
            Mention(m.start, first_end, m.label, m.first, m.first + 1,
                    name_of(text, tokens, m.first, m.first + 1, first_end, has_lemmas, known),
                    m.origin),
            Mention(tokens[m.first + 1].start, m.end, "PER", m.first + 1, m.last,
                    name_of(text, tokens, m.first + 1, m.last, m.end, has_lemmas, known),
                    m.origin),
        ]
    # (only between words no given name: `Endre Zsigmondot` ends in one, a person's full name)
    if surname_of and any(boundaries.is_given_name(t) for t in tokens[m.first : m.last]):
        surname_of = {}
    surname_of = surname_of or {}
    if m.last - m.first < 2:
        return [m]
    attested = getattr(known, "attested", {})
    if attested.get(_normalise_space(text[m.start : m.end]).casefold(), 0) >= 2:
        return [m]  # the whole recurs as one name ("Sina Weibo"): not two fused names
    for k in range(m.first + 1, m.last - 1):
        # `joined_names` rule: `Bayer és Sulyok felmenői`: two names the article knows (as
        # names of their own or as persons' surnames) joined by `és` are two names
        if tokens[k].text.casefold() not in lexicon.NAME_JOINERS:
            continue
        left = name_of(text, tokens, m.first, k, tokens[k - 1].end, has_lemmas, known)
        right = name_of(text, tokens, k + 1, m.last, m.end, has_lemmas, known)
        # `Tagle és Pizzaballa bíborosok` ('cardinals Tagle and Pizzaballa'): one word each
        # side before a plural noun that counts them
        counted = (
            k - m.first == 1 and m.last - k == 2 and m.last < len(tokens)
            and tokens[m.last].pos == "NOUN" and tokens[m.last].text[:1].islower()
            and tokens[m.last].feat("Number") == "Plur" and tokens[m.last].feat("Case") == "Nom"
            and not tokens[m.last].feat("Number[psor]")
        )
        if counted or all(
            (side.casefold() in names or side.casefold() in surname_of)
            and side.casefold() != m.name.casefold()
            for side in (left, right)
        ):
            # persons where the noun that counts them is a person's role (`bíborosok`)
            label = "PER" if counted and tokens[m.last].lemma.casefold() in (
                lexicon.PERSON_ROLES) else m.label
            return [
                Mention(m.start, tokens[k - 1].end, label, m.first, k, left, m.origin),
                *_split(text, tokens,
                        Mention(tokens[k + 1].start, m.end, label, k + 1, m.last, right,
                                m.origin),
                        names, has_lemmas, known, surname_of),
            ]
    for k in range(m.first + 1, m.last):
        left_end = tokens[k - 1].end
        left = name_of(text, tokens, m.first, k, left_end, has_lemmas, known)
        right = name_of(text, tokens, k, m.last, m.end, has_lemmas, known)
        inner_case = _case_of(tokens[k - 1])
        inflected_inside = (
            inner_case not in ("", "Nom")
            and tokens[k - 1].lemma.lower() != tokens[k - 1].text.lower()
        )
        # `Telexnek | Rózsa András`: a long case ending the tagger missed, before a name the
        # article names alone (only a name's last word takes a case ending, so the inflected
        # word is no surname either)
        ended = boundaries.is_inflected(tokens[k - 1]) and right.casefold() in names
        left_known = left.casefold() in names and left.casefold() != m.name.casefold()
        right_known = right.casefold() in names and right.casefold() != m.name.casefold()
        own = {m.name.casefold(), _normalise_space(text[m.start : m.end]).casefold()}
        lefts = surname_of.get(left.casefold(), set()) - own
        rights = surname_of.get(right.casefold(), set()) - own
        if left.replace("-", "").isalpha() and not any(  # `I. | Leó`: a numeral is no surname
            {left.casefold(), right.casefold()} <= set(f.split()) for f in lefts | rights
        ):
            # surnames of two other persons, no name of the article holds both
            left_known = left_known or bool(lefts)
            right_known = right_known or bool(rights)
        # a full name the article names alone, after two other words: `Krisztina Than |
        # Krasznahorkai László`, each of several words, is two names however unknown the first
        several = k - m.first >= 2 and m.last - k >= 2
        right_known_whole = several and right_known
        # "Hussein | Ghrer", "Pavel | Durov" are one person, however known each half (and
        # whatever case ending -vel looks like)
        given_surname = (
            k - 1 == m.first and boundaries.surname_after_given(tokens, k - 1)
            # `Harris | Trumpot` beside Donald Trump: another person's surname
            and not (surname_of.get(right.casefold(), set()) - own)
        )
        surname_given = (  # "Szabó | Istvánnak" is one person too
            boundaries.is_given_name(tokens[k]) and not boundaries.is_given_name(tokens[k - 1])
        ) or given_surname
        # `Literary Hub | Krasznahorkait`: an organisation's or a work's name does not end in
        # the surname of a person the article names, in a case ending
        person_tail = (
            m.label != "PER" and k == m.last - 1 and k - m.first >= 2
            and right.casefold() in surname_of and right != text[tokens[k].start : m.end]
        )
        if ((
            (left_known and right_known) or inflected_inside or right_known_whole
        ) and not surname_given) or (ended and not given_surname) or person_tail:
            return [
                Mention(m.start, left_end, m.label, m.first, k, left, m.origin),
                *_split(
                    text,
                    tokens,
                    Mention(tokens[k].start, m.end, m.label, k, m.last, right, m.origin),
                    names,
                    has_lemmas,
                    known,
                    surname_of,
                ),
            ]
    return [m]


def _same_street(tokens: Sequence[Token], first: int, last: int, words: Sequence[str]) -> bool:
    """`Szőlő utcai`, `Szőlő utcából` are the Szőlő utca: a street's name with its place noun in
    another case or as an -i adjective."""
    if len(words) < 2 or not boundaries.is_place_noun(tokens[last - 1]):
        return False
    if [t.text.casefold() for t in tokens[first : last - 1]] != list(words[:-1]):
        return False
    noun = tokens[last - 1]
    forms = {noun.lemma.casefold(), noun.text.casefold()[:-1]}
    forms.update(stem.casefold() for stem, _ in strip_candidates(noun.text))
    return words[-1] in forms


_X_PLATFORM = re.compile(r"X-(?:en|re|ről|on|ra|ról)")
_MOTORWAY = re.compile(r"(M\d{1,2})(?:-(?:a|e|ö)?s[a-záéíóöőúüű]*)?")


def _motorway(tokens: Sequence[Token], i: int) -> str | None:
    """A Hungarian motorway's name (`M3`), where its adjective (`M3-as`, `M0-s`, `M0-sra`) or a
    road's noun after it (`M3 bevezető`, `M1 autópálya`) says it is the road; a bare `M1` may be
    the television channel."""
    match = _MOTORWAY.fullmatch(tokens[i].text)
    if match is None:
        return None
    road_noun = i + 1 < len(tokens) and tokens[i + 1].lemma.casefold() in lexicon.ROAD_NOUNS
    return match.group(1) if road_noun or match.group(0) != match.group(1) else None


def _missed(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    has_lemmas: bool,
    known: Callable[[str], int],
    common_words: Container[str] = frozenset(),
) -> list[Mention]:
    """Capitalised occurrences of names already found, and gazetteer places, outside any entity.

    `surname_form`: a person's surname alone with a case ending, or where the tagger took it for
    a verb at a sentence start (`Törleyt a szakszervezet …`, `Körömiről kiderült`, `Berta azt is
    kiemelte`), is that person's, unless the pipeline knows the word as a common one
    (`Vonat` is never Vona's)."""
    covered = _covered(len(tokens), mentions)
    by_first: dict[str, list[tuple[list[str], str, str]]] = {}
    label_of: dict[str, str] = {}
    surname_as_written: dict[str, str] = {}  # casefolded surname -> as the full name writes it
    given_of: dict[str, set[str]] = {}  # casefolded given name -> the full names that have it
    given_names = lexicon.given_names()
    seen_names: set[str] = set()
    short_org: dict[str, str] = {}  # an organisation's last word: "vízművek" -> Dunamenti Vízművek
    pets_of: dict[str, list[str]] = {}  # a given name -> the lexicon's pet names of it
    for pet, formal in lexicon.PET_NAMES.items():
        for given in formal:
            pets_of.setdefault(given, []).append(pet)
    for m in mentions:
        words = m.name.split()
        if (len(words) >= 2 or m.origin == "ner") and m.name.casefold() not in seen_names:
            seen_names.add(m.name.casefold())
            by_first.setdefault(words[0].casefold(), []).append(
                ([w.casefold() for w in words], m.name, m.label)
            )
        label_of.setdefault(m.name.casefold(), m.label)
        if m.label == "PER" and 2 <= len(words) <= 4:
            for word in boundaries.surnames(words):  # a surname alone: "Szalai", "Guterres"
                label_of.setdefault(word.casefold(), "PER")
                if len(word) > 2:
                    surname_as_written.setdefault(word.casefold(), word)
            for word in words:
                if word in given_names and word not in boundaries.surnames(words):
                    given_of.setdefault(word.casefold(), set()).add(m.name)
            for word in words:  # a pet name of its given name: "Kata" for Novák Katalin
                for pet in pets_of.get(word, ()):
                    label_of.setdefault(pet.casefold(), "PER")
        if m.label == "ORG" and 2 <= len(words) <= 4 and len(words[-1]) > 3:
            short_org.setdefault(words[-1].casefold(), m.name)
    acronyms = {m.name for m in mentions if _is_acronym(m.name)}
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # an article opens only a known title of several words (`A kőszívű ember fiai`)
        article = tok.pos in ("DET", "PUNCT")
        if (
            not covered[i] and not tok.sent_start and tok.text.isdigit()
            and tok.text in lexicon.MEDIA
        ):
            # `lexicon_medium`: a medium whose name is a numeral (`a 444 is megírta`), found
            # where the recogniser missed it (a capitalised one is left to the other rules)
            found.append(Mention(tok.start, tok.end, "ORG", i, i + 1, tok.text, "propagated"))
            i += 1
            continue
        medium = tok.text.split("-")[0]
        if (
            not covered[i] and 2 <= len(medium) <= 5 and medium.isalpha() and medium.isupper()
            and medium.casefold() in lexicon.MEDIA
        ):
            # `lexicon_medium` too: a medium's acronym the recogniser missed (`Az AP szerint`,
            # `(MTI)`, `az MTI-nek`), wherever it stands
            end = tok.start + len(medium) if tok.text == medium else tok.end
            found.append(Mention(tok.start, end, "ORG", i, i + 1, medium, "propagated"))
            i += 1
            continue
        if not covered[i] and _X_PLATFORM.fullmatch(tok.text):
            # `x_platform`: `az X-en`, `az X-re`: the platform once called Twitter
            found.append(Mention(tok.start, tok.end, "ORG", i, i + 1, "X", "propagated"))
            i += 1
            continue
        if not covered[i] and (road := _motorway(tokens, i)):
            # `motorway`: `az M3-as autópálya`, `felmentek az M0-sra`, `az M3 bevezető`
            found.append(Mention(tok.start, tok.end, "LOC", i, i + 1, road, "motorway"))
            i += 1
            continue
        if covered[i] or not is_capitalised(tok.text) or (
            article and tok.text.casefold() not in by_first
        ):
            i += 1
            continue
        match: Mention | None = None
        for words, name, label in sorted(
            by_first.get(tok.text.casefold(), []), key=lambda w: -len(w[0])
        ):
            last = i + len(words)
            if last > len(tokens) or any(covered[i:last]):
                continue
            end = tokens[last - 1].end
            while end > tokens[last - 1].start and text[end - 1] in TRIM_CHARS:
                end -= 1
            if name_of(
                text, tokens, i, last, end, has_lemmas, known
            ).casefold() == name.casefold() or _same_street(tokens, i, last, words):
                match = Mention(tok.start, end, label, i, last, name, "propagated")
                break
        # a two-letter word only as an acronym the article names (`EU`, `ÉS`), never `Ez`
        if match is None and (len(tok.text) > 2 or tok.text in acronyms) and not article:
            end = tok.end
            while end > tok.start and text[end - 1] in TRIM_CHARS:
                end -= 1
            name = name_of(text, tokens, i, i + 1, end, has_lemmas, known)
            if name.casefold() in _PLACE_KEYS and end > tok.start:
                match = Mention(tok.start, end, "LOC", i, i + 1, name, "gazetteer")
            elif (
                name.casefold() in label_of
                and end > tok.start
                and (tok.pos in ("PROPN", "NOUN", "ADJ", "X", "") or not tok.sent_start
                     or _verb_follows(tokens, i))
            ):
                match = Mention(
                    tok.start, end, label_of[name.casefold()], i, i + 1, name, "propagated"
                )
            elif end > tok.start and _family_of_person(name, label_of):
                # a known person's family: "Vidnyánszkyékat" (-ék: he and those with him)
                match = Mention(tok.start, end, "PER", i, i + 1, name, "propagated")
            elif (
                end > tok.start
                and text[tok.start : end] not in common_words
                and (surname := _surname_form(text[tok.start : end], surname_as_written))
            ):
                match = Mention(tok.start, end, "PER", i, i + 1, surname, "surname_form")
            elif (
                end > tok.start
                and text[tok.start : end] not in common_words
                and (first_name := _given_name_of_one(text[tok.start : end], given_of,
                                                       surname_as_written))
                and not (i + 1 < len(tokens) and is_capitalised(tokens[i + 1].text))
                and not (i > 0 and not tokens[i].sent_start
                         and is_capitalised(tokens[i - 1].text))
            ):
                match = Mention(tok.start, end, "PER", i, i + 1, first_name, "given_name_form")
            elif (
                # an organisation by its capitalised last word after the article, the way
                # Hungarian shortens it ("Dunamenti Vízművek" -> "a Vízművek"); a city or a
                # person takes no article ("Dortmundban" stays Dortmund's)
                name.casefold() in short_org
                and end > tok.start
                and i > 0
                and tokens[i - 1].text.casefold() in ("a", "az")
            ):
                match = Mention(tok.start, end, "ORG", i, i + 1, name, "propagated")
        if match is not None:
            found.append(match)
            i = match.last
        else:
            i += 1
    return found


def _verb_follows(tokens: Sequence[Token], i: int) -> bool:
    """Whether a sentence's first word, read as a verb, is followed by a finite verb or
    `szerint` (`Kéri úgy fogalmazott`, `Kéri szerint`): then it is no verb but a name."""
    nxt = list(tokens[i + 1 : i + 3])
    return bool(nxt) and (
        nxt[0].text.casefold() == "szerint"
        or nxt[0].pos in ("VERB", "AUX") and "Fin" in (nxt[0].feat("VerbForm") or "")
        or (nxt[0].text.casefold() in ("úgy", "azt", "is") and len(nxt) > 1
            and nxt[1].pos == "VERB" and "Fin" in (nxt[1].feat("VerbForm") or ""))
    )


def _surname_form(form: str, surnames: dict[str, str]) -> str | None:
    """`Törleyt`, `Körömiről`, `Berta` -> the surname of a person the article names, as its
    full name writes it, where the form is that surname alone or with a case ending."""
    if form.casefold() in surnames:
        return surnames[form.casefold()]
    for stem, _ending in strip_candidates(form):
        if stem.casefold() in surnames:
            return surnames[stem.casefold()]
    return None


def _given_name_of_one(
    form: str, given_of: dict[str, set[str]], surnames: dict[str, str]
) -> str | None:
    """`Ákos nagyon komoly kockázatot vállalt`: a given name alone, bare or with a case ending,
    where exactly one person the article names has it (and nobody has it as a surname), as the
    full name writes it."""
    for key in [form.casefold()] + [stem.casefold() for stem, _e in strip_candidates(form)]:
        if key in given_of and key not in surnames:
            owners = given_of[key]
            if len(owners) != 1:
                return None
            owner = next(iter(owners))
            return next(w for w in owner.split() if w.casefold() == key)
    return None


def _family_of_person(name: str, label_of: dict[str, str]) -> bool:
    """`Vidnyánszkyékat`, `Vargáék`: a person's name the article knows with the family ending
    -ék, in any case (the grouping then joins it to the person)."""
    forms = [name.casefold()] + [stem.casefold() for stem, _ in strip_candidates(name)]
    return " " not in name and any(
        form.endswith("ék") and label_of.get(next(iter(plural_bases(form)), "")) == "PER"
        for form in forms
    )


# ---------------------------------------------------------------------------------------------
# Grouping


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _is_acronym(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters) and " " not in name


def _acronym_fits(acronym: str, expansion: str) -> bool:
    """ENSZ fits Egyesült Nemzetek Szervezete: the initials appear in order in the acronym."""
    words = [w for w in expansion.replace("-", " ").split() if w[:1].isupper()]
    if len(words) < 2 or acronym[0].casefold() != words[0][0].casefold():
        return False
    pos = 0
    ac = acronym.casefold()
    for w in words:
        found = ac.find(w[0].casefold(), pos)
        if found < 0:
            return False
        pos = found + 1
    return True


_KNOWN_AS_BETWEEN = re.compile(r"\s*(?:,\s*(?:aki|ami|amely)\s+(?:a\s+|az\s+)?|\()")
_KNOWN_AS_AFTER = re.compile(r"\s+(?:néven|nevet)\b")  # 'under the name', 'the name' (taken)


def _text_pairs(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> list[tuple[str, str]]:
    """Name pairs the text itself makes: 'Egyesült Nemzetek Szervezete (ENSZ)' and the reverse,
    and a name taken on: 'Robert Francis Prevost, aki XIV. Leó néven', 'X (Y néven)'."""
    pairs = []
    for a, b in zip(mentions, mentions[1:], strict=False):
        if _KNOWN_AS_BETWEEN.fullmatch(text[a.end : b.start]) and _KNOWN_AS_AFTER.match(
            text, b.end
        ):
            # `known_as`: 'Robert Francis Prevost, aki XIV. Leó néven lép trónra': the name he
            # takes ('under the name') is the same person's
            pairs.append((a.name, b.name))
            continue
        between = text[a.end : b.start].strip()
        if between != "(" or text[b.end : b.end + 1] != ")":
            continue
        if _is_acronym(b.name) and _acronym_fits(b.name, a.name):
            pairs.append((a.name, b.name))
        elif _is_acronym(a.name) and _acronym_fits(a.name, b.name):
            pairs.append((a.name, b.name))
    return pairs


def _bracket_acronyms(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """An all-capitals word in brackets right after a name is a mention of it too."""
    starts = [t.start for t in tokens]
    extra = []
    covered = {m.first for m in mentions}
    for m in mentions:
        j = m.last
        if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
            tok = tokens[j + 1]
            if j + 1 not in covered and _is_acronym(tok.text) and _acronym_fits(tok.text, m.name):
                first, last = _token_range(starts, tokens, tok.start, tok.end)
                extra.append(
                    Mention(tok.start, tok.end, m.label, first, last, tok.text, "propagated")
                )
    return extra


def group_mentions(
    text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> tuple[list[str], list[list[Mention]]]:
    """Partition mentions into actors: (actor names, mentions per actor), in order of appearance."""
    uf = _UnionFind()
    for m in mentions:
        key = m.name.casefold()
        uf.find(key)
        if key in _ALIAS_OF:
            uf.union(_ALIAS_OF[key], key)
    for a, b in _text_pairs(text, tokens, mentions):
        uf.union(a.casefold(), b.casefold())
    # shorter forms: a surname alone, the trailing words of a longer organisation name, or the
    # name without its legal form (Kronwerk for Kronwerk Kft.)
    multi: dict[str, list[Mention]] = {}
    names = {m.name.casefold() for m in mentions}
    for m in mentions:
        words = m.name.casefold().split()
        if len(words) >= 2:
            multi.setdefault(m.name.casefold(), []).append(m)
    by_word: dict[str, set[str]] = {}
    by_tail: dict[str, set[str]] = {}
    by_lead: dict[str, set[str]] = {}  # an organisation's first word -> its names (org_lead)
    legal_bases: set[tuple[str, str]] = set()  # (name without its legal form, full name)
    # where each name is first named, the headline aside (a title shortens what the article
    # then names in full: `Telekom`, `Republikon`)
    title_end = max(text.find("\n"), 0)
    first_at: dict[str, int] = {}
    tags: dict[str, Counter[str]] = {}  # the recogniser's labels per name
    for m in mentions:
        first_at.setdefault(m.name.casefold(), m.start if m.start >= title_end else len(text))
        if m.start >= title_end:
            first_at[m.name.casefold()] = min(first_at[m.name.casefold()], m.start)
        tags.setdefault(m.name.casefold(), Counter())[m.label] += 1

    def typed_alike(a: str, b: str) -> bool:
        return tags[a].most_common(1)[0][0] == tags[b].most_common(1)[0][0]
    initialled: dict[str, set[str]] = {}  # `sz. bíró` -> the whole names it shortens
    for full, ms in multi.items():
        words = full.split()
        if any(x.label == "PER" for x in ms) and len(words) <= 5:
            by_word.setdefault(words[0], set()).add(full)
            by_word.setdefault(words[-1], set()).add(full)
            # "al-Bagdadi" -> "Bagdadi"; "von der Leyen", "van Gogh": a tail that opens with a
            # particle is the surname too
            by_word.setdefault(particle_stripped(words[-1]), set()).add(full)
            if len(words) >= 3:  # `Neves Valente` for Claudio Neves Valente (foreign order)
                by_word.setdefault(" ".join(words[1:]), set()).add(full)
                written = ms[0].name.split()
                if written[-1] in lexicon.given_names() and any(
                    _INITIAL.fullmatch(w) for w in written[:-1]
                ):  # `Sz. Bíró` for Sz. Bíró Zoltán, `L. Simon` for L. Simon László: the
                    # surnames with their initial, without the given name (Hungarian order);
                    # not `Tamás Gáspár`, a name of its own, for Tamás Gáspár Miklós
                    initialled.setdefault(" ".join(words[:-1]), set()).add(full)
                if len(words) >= 4 and boundaries.opens_foreign_name(tokens[ms[0].first]) and any(
                    _case_of(tokens[x.last - 1]) in ("", "Nom") for x in ms
                ):  # (not `Jan Peter Balkenende Ruttéval`: two people, the last inflected)
                    # `López Obrador` for Andrés Manuel López Obrador: any tail of two words or
                    # more (one word inside it may be another person's: `Anna Maria Rossi
                    # Meloni tanácsadója`)
                    for k in range(2, len(words) - 1):
                        by_word.setdefault(" ".join(words[k:]), set()).add(full)
            for k in range(1, len(words) - 1):
                if words[k] in NAME_PARTICLES:
                    by_word.setdefault(" ".join(words[k:]), set()).add(full)
            cut = _patronymic_cut(words[-1])
            if cut is not None:
                # `Sánc`, `Ramirez Sánc` for Ilich Ramirez Sánchez: the same surname where the
                # recogniser called it no person's, so it lost its ending (_FOREIGN_PATRONYMIC)
                by_word.setdefault(cut, set()).add(full)
                if len(words) >= 3:
                    by_word.setdefault(" ".join([*words[1:-1], cut]), set()).add(full)
        for k in range(1, len(words)):
            by_tail.setdefault(" ".join(words[k:]), set()).add(full)
        if words[-1] in lexicon.LEGAL_FORMS:
            by_tail.setdefault(" ".join(words[:-1]), set()).add(full)
            legal_bases.add((" ".join(words[:-1]), full))
        if _organisation(ms[0].name) and not any(x.label == "PER" for x in ms):
            by_lead.setdefault(words[0], set()).add(full)
    for short, fulls_of_short in initialled.items():
        if len(fulls_of_short) == 1:  # `Szabó T.` of Szabó T. Anna and Szabó T. Ádám: neither
            by_word.setdefault(short, set()).update(fulls_of_short)
    facts = _Facts(text, mentions, names, multi)
    for _rule, join in JOIN_RULES:
        join(uf, facts)
    by_word_folded: dict[str, set[str]] = {}
    for word, fulls_of in by_word.items():
        by_word_folded.setdefault(fold(word), set()).update(fulls_of)
    owner: dict[int, str] = {}  # mention index -> key it joins, when that depends on position
    last_seen: dict[str, int] = {}
    for n, m in enumerate(mentions):
        key = m.name.casefold()
        last_seen[key] = m.start
        if key in _PLACE_KEYS or (key in multi and key not in by_word):
            continue
        fulls = by_word.get(key, set()) if " " not in key or key in by_word else set()
        if not fulls and " " not in key and fold(key) in by_word_folded:
            fulls = by_word_folded[fold(key)]  # "Sefcovic" for Maroš Sefčovič
        if not fulls and " " not in key and key not in by_word:
            # "Szájerékre", "Vargáék", "Gömböcöket": the family or plural form of a name
            forms = [key] + [stem.casefold() for stem, _ in strip_candidates(key)]
            bases = [bare for form in forms for bare in plural_bases(form)]
            for bare in bases:
                if bare in by_word:
                    fulls = by_word[bare]
                    break
                if bare in names:
                    uf.union(bare, key)
                    break
        if not fulls and key not in _ALIAS_OF:
            # Hungarian shortens a name it has named (`a Kamara` after the Magyar Orvosi
            # Kamara): a word named before the longer name it ends, typed otherwise and no
            # organisation's (`Pegasus`, spyware, PER, before a shoe, `Nike Air Pegasus`), is
            # another thing
            fulls = {
                f for f in by_tail.get(key, set())
                if not any(x.label == "PER" for x in multi[f])
                and (first_at[f] < first_at[key] or (key, f) in legal_bases
                     or typed_alike(key, f) or evidence.actor_label([multi[f][0].name], [])[1]
                     in ("media", "party", "org_head"))
            }
        if not fulls and " " not in key and key not in _ALIAS_OF:
            fulls = {  # `org_lead`: `Puli` for the Puli Space Kft. named before it, or named
                # after it where the short name is never tagged a person's nor a person's
                # surname (`a Republikon` before the Republikon Intézet)
                f for f in by_lead.get(key, set())
                if first_at[f] < first_at[key] or (
                    not tags[key].get("PER") and key not in by_word
                    and evidence.org_head([multi[f][0].name]))
            } if key.capitalize() not in lexicon.given_names() else set()
        fulls = {f for f in fulls if f != key and f in names}
        if len(fulls) == 1:
            uf.union(next(iter(fulls)), key)
        elif len(fulls) > 1:
            nearest = max(sorted(fulls), key=lambda f: last_seen.get(f, -1))  # same every run
            owner[n] = nearest
    groups: dict[str, list[Mention]] = {}
    order: list[str] = []
    for n, m in enumerate(mentions):
        root = uf.find(owner.get(n, m.name.casefold()))
        if root not in groups:
            groups[root] = []
            order.append(root)
        groups[root].append(m)
    members = [groups[r] for r in order]
    names_out = [_actor_name(ms, names) for ms in members]
    return names_out, members


def _organisation(name: str) -> bool:
    """`Puli Space Kft.`, `Republikon Intézet`, `Bayer Construct Zrt.`: a name of several words
    that ends in a legal form or an organisation's head noun (evidence.org_head)."""
    words = name.split()
    return len(words) >= 2 and (
        words[-1].casefold() in lexicon.LEGAL_FORMS or evidence.org_head([name])
    )


@dataclass(frozen=True)
class _Facts:
    """What the joining rules read: the text, its mentions, their names (casefolded) and the
    mentions of each name of several words."""

    text: str
    mentions: Sequence[Mention]
    names: set[str]
    multi: dict[str, list[Mention]]


JoinRule = Callable[["_UnionFind", _Facts], None]

# The rules that make one actor of names that differ, in the order they run (each names a
# function below); the surname, tail and alias steps of group_mentions follow them.
JOIN_RULES: tuple[tuple[str, JoinRule], ...] = (
    ("variants", lambda uf, f: _join_variants(uf, f.names)),
    ("misspelling", lambda uf, f: _join_misspellings(uf, f.names)),
    ("legal_form", lambda uf, f: _join_legal_forms(uf, f.names)),
    ("same_body", lambda uf, f: _join_bodies(uf, f.names)),
    ("family", lambda uf, f: _join_families(uf, f.names, f.multi)),
    ("award_base", lambda uf, f: _join_award_bases(uf, f.mentions)),
    ("initials", lambda uf, f: _join_initials(
        uf, _speaker_labels(f.text, f.mentions) | _three_capitals(f.mentions, f.multi)
        | _dotted_labels(f.text, f.mentions), f.multi, _first_named(f.mentions))),
    ("acronym", lambda uf, f: _join_acronyms(
        uf, {m.name.casefold() for m in f.mentions if _is_acronym(m.name)}, f.multi)),
    ("diminutive", lambda uf, f: _join_diminutives(uf, f.names, f.multi)),
)


_WEB_SUFFIX = re.compile(r"\.(?:hu|com|org|net|eu|info)$")


def _join_variants(uf: _UnionFind, names: set[str]) -> None:
    """`variants` rule: the same name written with and without accents or a hyphen
    (`Kis-Benedek` / `Kis Benedek`, `Sefcovic` / `Sefčovič`), or as its web address
    (`Medicalxpress.com` / `MedicalXpress`), is one actor."""
    by_form: dict[str, str] = {}
    for key in sorted(names):
        if sum(ch.isalpha() for ch in key) < 4:
            continue
        form = fold(_WEB_SUFFIX.sub("", key).replace("-", " "))
        if form in by_form:
            uf.union(by_form[form], key)
        else:
            by_form[form] = key


MISSPELT_MIN = 5  # letters of the word that differs: shorter names differ by a letter (Irak, Irán)


def _one_letter_apart(a: str, b: str) -> bool:
    """The words differ by one letter dropped, added or changed."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _join_misspellings(uf: _UnionFind, names: set[str]) -> None:
    """`misspelling` rule: `Krasznahokai László` / `Krasznahorkai László`, `Latinovics Zoltán` /
    `Latinovits Zoltán`: two names that differ in one word of five letters or more by one letter
    are one actor, unless both words are given names (`Andrea` / `Andreas`) or places, or two
one-word names are words of two full names of the article (`Hansen` / `Jansen` beside
`Anne Hansen` and `Peter Jansen`). Found
    through one-letter deletions, so a long text costs its names' length, not their pairs."""
    given, places = lexicon.given_names(), lexicon.gazetteer()
    in_names: dict[str, set[str]] = {}  # a word -> the names of several words it is one of
    for key in names:
        if " " in key:
            for word in key.split():
                in_names.setdefault(word, set()).add(key)
    buckets: dict[str, list[str]] = {}
    for key in sorted(names):
        if sum(ch.isalpha() for ch in key) < MISSPELT_MIN:
            continue
        for variant in {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}:
            buckets.setdefault(variant, []).append(key)
    for keys in buckets.values():
        for a, b in zip(keys, keys[1:], strict=False):
            words_a, words_b = a.split(), b.split()
            if len(words_a) != len(words_b):
                continue
            diff = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
            if len(diff) != 1:
                continue
            x, y = diff[0]
            if min(len(x), len(y)) < MISSPELT_MIN or not _one_letter_apart(x, y):
                continue
            if {x.title(), y.title()} <= given or {x.title(), y.title()} <= places:
                continue
            if x.endswith("né") != y.endswith("né"):
                continue  # `Sulyokné` (Mrs Sulyok) is not `Sulyoké` ('Sulyok's') misspelt
            if len(words_a) == 1 and _words_of_two_names(in_names, a, b):
                continue  # `Hansen` of `Anne Hansen`, `Jansen` of `Peter Jansen`: two people
            uf.union(a, b)


def _words_of_two_names(in_names: Mapping[str, set[str]], a: str, b: str) -> bool:
    """Both words are written in full names of the article, and in none that has them both."""
    of_a, of_b = in_names.get(a, set()), in_names.get(b, set())
    return bool(of_a) and bool(of_b) and not (of_a & of_b)


def _join_award_bases(uf: _UnionFind, mentions: Sequence[Mention]) -> None:
    """`award_base` rule: `a Nobelt`, `a Nobelre` for the `Nobel-díj` of the same article: the
    name an award is named after, alone and mostly tagged neither a person nor a place, is the
    award (`Kossuth` beside a `Kossuth-díj`, a person, stays apart)."""
    labels: dict[str, Counter[str]] = {}
    for m in mentions:
        labels.setdefault(m.name.casefold(), Counter())[m.label] += 1
    for key in labels:
        base, dash, noun = key.rpartition("-")
        votes = labels.get(base)
        if dash and noun == "díj" and votes and (
            2 * (votes["PER"] + votes["LOC"]) < sum(votes.values())
        ):
            uf.union(key, base)


def _join_families(uf: _UnionFind, names: set[str], multi: dict[str, list[Mention]]) -> None:
    """`family` rule for names of several words: `von der Leyenék` (-ék: she and those with her)
    is von der Leyen (one-word names take the same ending in group_mentions); a person's full
    name in the plural (`a Rogán Antalok`: 'the likes of Rogán Antal') points at that person."""
    for key in names:
        head, space, last = key.rpartition(" ")
        if not space:
            continue
        for bare in plural_bases(last)[:1]:
            full = f"{head} {bare}"
            if full in names and (
                last.endswith("ék") or any(m.label == "PER" for m in multi.get(full, ()))
            ):
                uf.union(full, key)


def _join_bodies(uf: _UnionFind, names: set[str]) -> None:
    """`same_body` rule: `Orbán-kormány`, `Orbán-kabinet` and `Orbán-rezsim` name one body, the
    government of the one person (lexicon.BODY_NOUNS are its synonyms)."""
    by_base: dict[str, str] = {}
    for key in sorted(names):
        base, dash, noun = key.rpartition("-")
        if dash and base and noun in lexicon.BODY_NOUNS:
            if base in by_base:
                uf.union(by_base[base], key)
            else:
                by_base[base] = key


def _speaker_labels(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Names written in capitals that open a line and are followed by a colon (`DG: ...`):
    the speaker labels of an interview."""
    out = set()
    for m in mentions:
        surface = text[m.start : m.end]
        if (
            surface.isupper()
            and (m.start == 0 or text[m.start - 1] == "\n")
            and text[m.end : m.end + 1] == ":"
        ):
            out.add(m.name.casefold())
    return out


def _three_capitals(mentions: Sequence[Mention], multi: dict[str, list[Mention]]) -> set[str]:
    """`TGM`, `OVB`: three capitals that are the initials of no organisation's name of the
    article (the `initials` rule then joins them to the one person whose initials they are:
    Hungarian press shortens a well-known person so, Tamás Gáspár Miklós to TGM)."""
    of_orgs = {_initials(ms[0].name) for ms in multi.values()
               if not any(m.label == "PER" for m in ms)}
    return {
        m.name.casefold() for m in mentions
        if len(m.name) == 3 and m.name.isalpha() and m.name.isupper()
        and m.name.casefold() not in of_orgs
    }


def _join_legal_forms(uf: _UnionFind, names: set[str]) -> None:
    """`legal_form` rule: `Magyar Posta Zrt.` is `Magyar Posta`, `Index Zrt.` is `Index`."""
    for key in names:
        words = key.split()
        if len(words) >= 2 and words[-1] in lexicon.LEGAL_FORMS:
            base = " ".join(words[:-1])
            if base in names:
                uf.union(key, base)


_DIGRAPH_INITIALS = ("cs", "dzs", "dz", "gy", "ly", "ny", "sz", "ty", "zs")


def _initials(name: str) -> str:
    """`Magyar Orvosi Kamara` -> 'mok', `Színház- és Filmművészeti Egyetem` -> 'szfe': the
    first letter (a Hungarian digraph whole) of each capitalised word."""
    out = []
    for word in name.replace("-", " ").split():
        if not word[:1].isupper():
            continue
        lower = word.casefold()
        out.append(next((d for d in _DIGRAPH_INITIALS if lower.startswith(d)), lower[:1]))
    return "".join(out)


def _join_acronyms(
    uf: _UnionFind, acronyms: set[str], multi: dict[str, list[Mention]]
) -> None:
    """`acronym` rule: `MOK` is the `Magyar Orvosi Kamara` of the same article when its letters
    are exactly the initials of that one name of several words, and of no person's name
    (`MRE`, `SZFE`; a looser fit, `BME` for four initials, is left to the brackets rule)."""
    by_initials: dict[str, list[str]] = {}
    for full, ms in multi.items():
        by_initials.setdefault(_initials(ms[0].name), []).append(full)
    for key in acronyms:
        fulls = by_initials.get(key, [])
        if len(fulls) == 1 and not any(m.label == "PER" for m in multi[fulls[0]]):
            uf.union(fulls[0], key)


def _pet_name_of(pet: str, given: str) -> bool:
    """`Kriszti` shortens Krisztina and `Feri` Ferenc (the stem before -i begins the given name,
    accents aside); `Gyuri` György, `Jóska` József, `Kata` Katalin (lexicon.PET_NAMES)."""
    if fold(pet) == fold(given):
        return False
    if given in lexicon.PET_NAMES.get(pet, ()):
        return True
    return len(pet) >= 4 and pet.endswith("i") and pet.isalpha() and (
        fold(given).startswith(fold(pet[:-1]))
    )


def _join_diminutives(uf: _UnionFind, names: set[str], multi: dict[str, list[Mention]]) -> None:
    """`diminutive` rule: `Kriszti` is Regős Krisztina, `Feri` Nagy Ferenc, `Jóska` Szájer József:
    a lone pet name (``_pet_name_of``) of the given name of exactly one person of the article is
    that person (`Andi` beside an Andrea and an András is left alone); and a person's name with a
    pet name in the place of a given name (`Huth Geri`, `Bretter Gyuri`, `Szilágyi Julika`) is
    the one person named so with the given name (`Huth Gergely`)."""
    # the pet names' given names are given names too (`Gazsi`: Gáspár)
    given = lexicon.given_names() | {g for gs in lexicon.PET_NAMES.values() for g in gs}
    persons: list[tuple[str, str]] = []  # (full name key, one of its given names)
    by_rest: dict[str, list[tuple[str, str, bool]]] = {}  # the other words -> (word, key, PER)
    for full, ms in multi.items():
        words = ms[0].name.split()
        person = any(m.label == "PER" for m in ms)
        if 2 <= len(words) <= 3 and person:
            persons += [(full, w) for w in words if w in given]
        if 2 <= len(words) <= 3:
            for i, w in enumerate(words):
                rest = " ".join([*words[:i], "_", *words[i + 1 :]]).casefold()
                by_rest.setdefault(rest, []).append((w, full, person))
    name_words = {w for full in multi for w in full.split()}  # "Tamási" of a "Tamási Áron"
    for key in names:
        if " " in key or len(key) < 3 or not key.isalpha() or key in name_words:
            continue
        pet = key.capitalize()
        owners = {full for full, name in persons if _pet_name_of(pet, name)}
        if len(owners) == 1:
            uf.union(next(iter(owners)), key)
        elif len(owners) > 1:
            # `Gazsi` beside Tamás Gáspár Miklós, named a dozen times, and his father Tamás
            # Gáspár, named once: the person the article is about, named three times or more
            # and at least twice as often as any other with that given name
            (most, principal), (second, _) = sorted(
                ((len(multi[f]), f) for f in owners), key=lambda c: (-c[0], c[1])
            )[:2]
            if most >= max(3, 2 * second):
                uf.union(principal, key)
    for same in by_rest.values():
        for word, key, person in same:
            formal = {k for w, k, p in same if (p or person) and w in given
                      and _pet_name_of(word, w)}
            if len(formal) == 1:
                uf.union(next(iter(formal)), key)


def _dotted_labels(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Initials written with dots that only ever open a line as a speaker's label (`K. P.: …`,
    an interview's turns), never a name in running text: a crime report's `K. P. betört`
    keeps a suspect's name short on purpose, and is nobody else the article names."""
    labels: set[str] = set()
    running: set[str] = set()
    for m in mentions:
        key = m.name.casefold()
        if _dotted_initials(key) is None:
            continue
        at_line_start = m.start == 0 or text[m.start - 1] == "\n"
        label = text[m.end : m.end + 2].lstrip(".")[:1] == ":"
        (labels if at_line_start and label else running).add(key)
    return labels - running


def _first_named(mentions: Sequence[Mention]) -> dict[str, int]:
    """Where each name (casefolded) is first mentioned."""
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m.name.casefold(), m.start)
    return first


def _join_initials(
    uf: _UnionFind, names: set[str], multi: dict[str, list[Mention]], first: dict[str, int]
) -> None:
    """`initials` rule: the speaker label `DG:` of an interview, three capitals (`TGM`), four
    with a digraph (`SZGY`), or initials written with dots that label turns (`K. P.:`, `Sz.
    Gy.:`) are Domokos Gábor, Tamás Gáspár Miklós, Szabó Gyula, Krekó Péter, when exactly one
    person of the article has those initials (a known acronym, ENSZ or MÁV, is never a
    person's); the dotted labels only where that person is named before the first of them (an
    interview introduces its guest; a court transcript's `K. P.:` is not the prosecutor named
    after it)."""
    persons: dict[str, list[str]] = {}
    for full, ms in multi.items():
        words = full.split()
        if 2 <= len(words) <= 3 and _dotted_initials(full) is None and (
            any(m.label == "PER" for m in ms)
            or evidence.actor_label([m.name for m in ms], [])[1] == "given_name"
        ):
            for initials in {"".join(w[0] for w in words), _initials(ms[0].name)}:
                persons.setdefault(initials, []).append(full)
    for key in names:
        dotted = _dotted_initials(key)
        if dotted is not None:
            owners = persons.get(dotted, [])
            if len(owners) == 1 and first[owners[0]] < first[key]:
                uf.union(owners[0], key)  # "K. P.:" of Krekó Péter, "Sz. Gy.:" of Szabó Gyula
        elif (
            2 <= len(key) <= lexicon.MAX_INITIALS
            and key.isalpha()
            and key not in _ALIAS_OF
            and key not in lexicon.MEDIA
            and key not in lexicon.PARTIES
            and len(persons.get(key, [])) == 1
        ):
            uf.union(persons[key][0], key)


def _dotted_initials(key: str) -> str | None:
    """'k. p', 'k.p.', 'sz. gy.' -> 'kp', 'szgy': a person's initials written with dots, as an
    interview labels its turns; None for any other name."""
    parts = [part for part in re.split(r"[.\s]+", key) if part]
    if "." in key and 2 <= len(parts) <= 3 and all(
        len(part) == 1 and part.isalpha() or part in _DIGRAPH_INITIALS for part in parts
    ):
        return "".join(parts)
    return None


def run_on(name: str, known: Container[str]) -> bool:
    """A name made of two names: its words split into two parts, one of them of several words,
    that the article names on their own (casefolded in ``known``: `Láyer József Szili Katalin`;
    `Kovács Péter` with `Péter` alone is no run-on), or into two persons' names that each end in
    a given name."""
    words = name.split()
    given = lexicon.given_names()
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        several = k >= 2 or len(words) - k >= 2
        if several and left.casefold() in known and right.casefold() in known:
            return True
        if k >= 2 and len(words) - k >= 2 and words[k - 1] in given and words[-1] in given:
            return True
    return False


def _actor_name(ms: Sequence[Mention], known: Container[str] = ()) -> str:
    """The most complete well-formed name among the mentions: the longest that is no run-on
    across two names (``run_on``, unless found so twice) nor an inflected form of another
    (``Gömböcöket``); ties go to the most frequent, then the first."""
    counts = Counter(m.name for m in ms)
    first_at: dict[str, int] = {}
    for m in ms:
        first_at.setdefault(m.name, m.start)
    # a name found whole twice is a name, whatever its halves name alone (`Tamás Gáspár
    # Miklós`, with a `Tamás` and a `Gáspár Miklós` of the recogniser's cuts)
    candidates = [
        n for n in counts if " " not in n or counts[n] >= 2 or not run_on(n, known)
    ] or list(counts)
    keys = {n.casefold() for n in candidates}
    candidates = [n for n in candidates if not _inflected_form_of(n, keys)] or candidates
    return max(candidates, key=lambda n: (len(n.split()), len(n), counts[n], -first_at[n]))


def _inflected_form_of(name: str, keys: set[str]) -> bool:
    """`Gömböcöket` beside `Gömböc`, `von der Leyenék` beside `von der Leyen`: a name whose last
    word is an inflected, plural or family form of another name of the same actor is no
    display name."""
    key = name.casefold()
    head, _, last = key.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms = [prefix + stem.casefold() for stem, _ in strip_candidates(last)]
    bases = [prefix + b for form in [last, *(f[len(prefix):] for f in forms)]
             for b in plural_bases(form)]
    return any(f != key and f in keys for f in forms + bases)


_ARTICLE_BEFORE = re.compile(r"(?:^|[\s„(])(?:a|az)\s+$", re.IGNORECASE)


def _no_person_with_article(text: str, ms: Sequence[Mention], label: str) -> str:
    """`article_not_person` rule: written Hungarian gives a person's name no article, so a name
    of one word that takes `a`/`az` every time the article names it (`a Partizánnak`, `a
    Gestapóval`) is an organisation's, whatever the recogniser's PER votes say; a pet name in
    -i is left alone."""
    if label != "PER" or len(ms) < 2 or any(m.last - m.first != 1 for m in ms):
        return label
    if any(m.name.endswith("i") for m in ms):
        return label  # a pet name takes the article in speech (`a Papi`, `a Feri`): a person
    if all(_ARTICLE_BEFORE.search(text[max(0, m.start - 5) : m.start]) for m in ms):
        return "ORG"
    return label


def _titled_person(
    text: str, tokens: Sequence[Token], ms: Sequence[Mention], label: str
) -> str:
    """`titled_person` rule: `Sami Nurmi vezérőrnagy`, `Kiss Anna államtitkár`: a name of two or
    more words that the recogniser called a thing, followed by a person's title it does not own
    (a role noun in lower case, no possessive ending), is a person's; not with an article
    before it (`a Ryder Kupa kapitány`: a thing's) nor a name after the title (`Égi Bárány
    rendező Jancsó Miklós filmje`: the title is the next name's)."""
    if label != "MISC":
        return label
    for m in ms:
        if m.last + 1 >= len(tokens) or " " not in m.name:
            continue
        if _ARTICLE_BEFORE.search(text[max(0, m.start - 5) : m.start]):
            continue
        title = tokens[m.last]
        if (
            not tokens[m.last + 1].text[:1].isupper()
            and title.text[:1].islower() and title.pos == "NOUN"
            and not (title.feat("Person[psor]") or title.feat("Number[psor]"))
            and role_of(title.lemma) not in (None, *lexicon.MEMBER_ROLES)
        ):
            return "PER"
    return label


PERSON_AFTER_CUTS = ("inflected_before_person", "role_compound_before_name")
APPOSITION_REACH = 6  # tokens after `, a` where the role of an apposition may stand


def _appositive_person(text: str, tokens: Sequence[Token], m: Mention) -> bool:
    """`appositive_person` rule: `Fatih Birol, a Nemzetközi Energiaügynökség ügyvezető
    igazgatója`: a name of two or more words that opens with a given name, which the recogniser
    called a place, a thing or a body (no institution's word in it), followed by an apposition
    whose head is a person's role, is a
    person's (its surname alone then is too); not a name of the gazetteer nor one with an
    article before it."""
    words, k = m.name.split(), m.last
    if (
        m.label not in ("MISC", "LOC", "ORG") or len(words) < 2 or m.name in lexicon.gazetteer()
        or any(boundaries.institution_word(w) for w in words)  # `Ernst Múzeum, a …`
        or not (words[0] in lexicon.given_names() or words[0] in lexicon.foreign_given_names())
        or _ARTICLE_BEFORE.search(text[max(0, m.start - 5) : m.start])
        or k + 2 >= len(tokens) or tokens[k].text != ","
        or tokens[k + 1].text.lower() not in lexicon.DEFINITE_ARTICLES
    ):
        return False
    for t in tokens[k + 2 : k + 2 + APPOSITION_REACH]:
        if t.pos in ("PUNCT", "VERB", "AUX"):
            return False
        if t.text[:1].islower() and t.pos == "NOUN" and role_of(t.lemma) is not None:
            return True
    return False


def _body_of_a_role(tokens: Sequence[Token], ms: Sequence[Mention], label: str) -> str:
    """`role_owner` rule: `a GKI vezérigazgató-helyettese` ('the GKI's deputy CEO'): a name that
    owns the role of an organisation's officer (lexicon.BODY_ROLES, possessed, in any case) is
    an organisation's where the recogniser called it a thing (a project's founder leaves it a
    thing); a one-word name, no given name, that owns a mayor or a bishop (lexicon.PLACE_ROLES,
    `Chiclayo püspöke`) is a place's, where the recogniser called it a person or a thing; a
    name with no given name in it, before an organisation's noun (`organisation_noun_after`:
    `a Három Királylány civil szervezet`, `a Nyitott Kapu alapítvány`), is an
    organisation's."""
    if label not in ("MISC", "PER"):
        return label
    given = lexicon.given_names()
    one_word = all(" " not in m.name for m in ms) and not any(m.name in given for m in ms)
    personal = any(word in given for m in ms for word in m.name.split())  # `Magyar Levente`
    for m in ms:
        if m.last >= len(tokens):
            continue
        k = m.last + (m.last + 1 < len(tokens) and tokens[m.last].pos == "ADJ")
        body = tokens[k]
        if (
            "-" not in tokens[m.last - 1].text  # `NER-es cégek`: an adjective of the name
            and body.text[:1].islower() and not body.feat("Person[psor]")
            and body.lemma.casefold() in lexicon.ORG_NOUNS_AFTER_NAMES and not personal
        ):
            return "ORG"  # `organisation_noun_after`: `a Három Királylány civil szervezet`
        nxt = tokens[m.last]
        if not nxt.text[:1].islower() or not (nxt.feat("Person[psor]") or nxt.feat("Number[psor]")):
            continue
        heads = {nxt.lemma.casefold(), nxt.lemma.casefold().split("-")[0]}
        if label == "MISC" and heads & lexicon.BODY_ROLES:
            return "ORG"
        if one_word and heads & lexicon.PLACE_ROLES:
            return "LOC"  # `Chiclayo püspökeként` ('as the bishop of Chiclayo'): a town
    return label


def majority_label(ms: Sequence[Mention], name: str) -> str:
    """The actor's label from evidence about all its names (reader.analysis.evidence: a medium,
    an organisation's head noun, a given name, a gazetteer place ...), else its mentions' most
    common label, the first one on a tie."""
    own = {name, *(m.name for m in ms)}
    # `alias_names`: a name of the lexicon's alias groups stands for the group's every name
    # (`EU-ban` alone is the Európai Unió's, an organisation by its head noun)
    own |= {alias for n in own for alias in _ALIAS_GROUP.get(n.casefold(), ())}
    names = sorted(own, key=lambda n: (-len(n.split()), -len(n), n))
    # a work's title says what it is (a film, a periodical) more surely than the recogniser
    votes = [m.label for m in ms if m.origin == "title"] or [m.label for m in ms]
    if all(m.origin == "title" for m in ms):
        # named only as a work's title (`az Üdvözlégy, Mária kezdetű imával`): a work, whatever
        # names its words hold (a given name last makes no person of a prayer)
        return votes[0]
    return evidence.actor_label(names, votes, [(m.name, m.label) for m in ms])[0]


# ---------------------------------------------------------------------------------------------
# Related (demonym) mentions


def adjective_forms(name: str) -> set[str]:
    """Lower-case adjectives that point at a place: the -i derivative and the lexicon's demonym."""
    lower = name.casefold()
    forms = set()
    if " " not in lower:
        forms.add(lower if lower.endswith("i") else lower + "i")
    if name in lexicon.PLACES:
        forms.add(lexicon.PLACES[name])
    for adj, place in lexicon.DEMONYMS.items():
        if place.casefold() == lower:
            forms.add(adj)
    return forms


def find_related(
    text: str,
    tokens: Sequence[Token],
    covered: bytearray,
    actor_names: dict[str, list[str]],
) -> dict[str, list[Range]]:
    """Demonym and -i adjective tokens outside mentions, per actor id."""
    adj_to_actor: dict[str, str] = {}
    for actor_id, names in actor_names.items():
        for name in names:
            for adj in adjective_forms(name):
                adj_to_actor.setdefault(adj, actor_id)
            if name.casefold() in _ALIAS_OF:
                for group in lexicon.ALIASES:
                    if group[0].casefold() == _ALIAS_OF[name.casefold()]:
                        for alias in group:
                            for adj in adjective_forms(alias):
                                adj_to_actor.setdefault(adj, actor_id)
    related: dict[str, list[Range]] = {}
    if not adj_to_actor:
        return related
    for tok in tokens:
        if covered[tok.i] if tok.i < len(covered) else False:
            continue
        word = tok.text
        if not word or (word[0].isupper() and not tok.sent_start):
            continue
        candidates = [(tok.start, word)]
        if "-" in word and word.casefold() not in adj_to_actor:
            offset = tok.start
            for part in word.split("-"):
                candidates.append((offset, part))
                offset += len(part) + 1
        for start, part in candidates:
            key = part.casefold()
            owner = adj_to_actor.get(key)
            if owner is None and tok.pos in ("ADJ", "NOUN") and part == word:
                lemma = tok.lemma.casefold()
                if lemma[:3] == key[:3]:
                    owner = adj_to_actor.get(lemma)
            if owner is not None:
                related.setdefault(owner, []).append((start, start + len(part)))
                break
    return related


# ---------------------------------------------------------------------------------------------
# Entry point


def handles(
    tokens: Sequence[Token], entities: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Social-media handles ("@RazanSpeaks") the recogniser left out: each names an account
    holder, so it is a person's mention (its own actor unless the text pairs it with a name)."""
    taken = sorted((s, e) for s, e, _ in entities)
    out = []
    for tok in tokens:
        if HANDLE.fullmatch(tok.text) and not any(s < tok.end and tok.start < e for s, e in taken):
            out.append((tok.start, tok.end, "PER"))
    return out


def group_actors(
    text: str,
    tokens: Sequence[Token],
    entities: Sequence[tuple[int, int, str]],
    has_lemmas: bool = True,
    common_words: Container[str] = frozenset(),
    glued_words: Mapping[str, tuple[int, ...]] | None = None,
) -> Grouping:
    """Entities, actors and the token -> actor map for one parsed text; ``common_words``: the
    capitalised words the pipeline knows only as common words (reader.nlp.common_words);
    ``glued_words``: where a lower-case word may end an unknown capitalised one
    (reader.nlp.glued_words)."""
    entities = list(entities) + handles(tokens, entities)
    mentions = find_mentions(text, tokens, entities, has_lemmas, common_words, glued_words)
    mentions = sorted(mentions + _bracket_acronyms(text, tokens, mentions), key=lambda m: m.start)
    names, members = group_mentions(text, tokens, mentions)
    actors: list[Actor] = []
    entity_rows: list[Entity] = []
    token_actor: dict[int, str] = {}
    covered = bytearray(len(tokens))
    actor_names: dict[str, list[str]] = {}
    for n, (name, ms) in enumerate(zip(names, members, strict=True)):
        actor_id = f"a{n + 1}"
        actor_names[actor_id] = [name] + sorted({m.name for m in ms} - {name})
        for m in ms:
            entity_rows.append(Entity(m.start, m.end, m.label, text[m.start : m.end], actor_id))
            for i in range(m.first, m.last):
                if m.origin != COMPOUND_ORIGIN:  # `egy MÁV-dolgozó szerint`: not MÁV speaking
                    token_actor[i] = actor_id
                if i < len(covered):
                    covered[i] = 1
        label = _titled_person(text, tokens, ms, _no_person_with_article(
            text, ms, majority_label(ms, name)))
        actors.append(
            Actor(actor_id, name, _body_of_a_role(tokens, ms, label),
                  tuple((m.start, m.end) for m in ms))
        )
    related = find_related(text, tokens, covered, actor_names)
    actors = [replace(a, related=tuple(related.get(a.id, ()))) for a in actors]
    entity_rows.sort(key=lambda e: (e.start, e.end))
    return Grouping(tuple(entity_rows), tuple(actors), token_actor)
