"""Hungarian word shapes: case endings and how to strip them, name-like tokens, folding.

The one place for suffix rules (what a case ending looks like, how a stem changes before it);
word lists live in reader.analysis.lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Case feature -> endings, longest first within a case.
CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "Ins": ("val", "vel"),
    "Tra": ("vá", "vé"),
    "Dat": ("nak", "nek"),
    "Gen": ("nak", "nek"),
    "Ine": ("ban", "ben"),
    "Ill": ("ba", "be"),
    "Ela": ("ból", "ből"),
    "Abl": ("tól", "től"),
    "All": ("hoz", "hez", "höz"),
    "Ade": ("nál", "nél"),
    "Sbl": ("ra", "re"),
    "Sub": ("ra", "re"),
    "Del": ("ról", "ről"),
    "Sup": ("on", "en", "ön", "n"),
    "Acc": ("ot", "et", "öt", "at", "t"),
    "Ter": ("ig",),
    "Ess": ("ként",),
    "EssFor": ("ként",),
    "Cau": ("ért",),
    "Tem": ("kor",),
}
ALL_CASE_ENDINGS = frozenset(e for endings in CASE_ENDINGS.values() for e in endings)
ALL_ENDINGS: tuple[str, ...] = tuple(
    sorted({e for endings in CASE_ENDINGS.values() for e in endings}, key=len, reverse=True)
)
ASSIMILATED = {"Ins": ("al", "el"), "Tra": ("á", "é")}  # -val/-vel, -vá/-vé after a consonant
DIGRAPHS = ("cs", "dz", "gy", "ly", "ny", "sz", "ty", "zs")
VOWELS = set("aáeéiíoóöőuúüű")
BARE_T_AFTER = set("jlnrsz")
LENGTHENED = {"á": "a", "é": "e"}
LENGTHENED_FOREIGN = {"ó": "o", "ő": "ö"}  # only where the text attests the short form
FOREIGN_VOWELS = {"y"}

# Name particles: "van Gogh", "von der Leyen", "al-Bagdadi", "bin Laden", "asz-Szabáh".
NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
     "ben", "abu", "al", "el"}
)
_PARTICLE_PREFIX = re.compile(
    r"^(?:al|el|an|ar|as|asz|at|ad|az|ud|ul|ibn|bin|abu|abd)-(?=[^\W\d_])", re.IGNORECASE
)


def particle_stripped(word: str) -> str:
    """'al-Bagdadi' -> 'Bagdadi', 'asz-Szabáh' -> 'Szabáh'; other words as they are."""
    return _PARTICLE_PREFIX.sub("", word)


def is_name_part(word: str) -> bool:
    """A word that can stand in a name: capitalised, a particle, or a particle-prefixed name."""
    if is_capitalised(word) or word.lower() in NAME_PARTICLES:
        return True
    rest = particle_stripped(word)
    return rest != word and is_capitalised(rest)


def is_capitalised(word: str) -> bool:
    """True when a word starts with an upper-case letter or a digit (a name-like token)."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _restore(stem: str) -> str:
    """Undo the a->á / e->é lengthening a suffix causes at the end of a stem."""
    if len(stem) >= 2 and stem[-1] in LENGTHENED:
        return stem[:-1] + LENGTHENED[stem[-1]]
    return stem


def _plausible_stem(stem: str) -> bool:
    return len(stem) >= 2 and any(ch.lower() in VOWELS for ch in stem)


def _stem_variants(stem: str) -> list[str]:
    """Less likely stems, for names the text attests: a foreign final -o lengthened before the
    ending (Weibóval -> Weibo, Maót -> Mao) and a possessive -é (Twitterének -> Twitter)."""
    out = []
    if len(stem) >= 3 and stem[-1] in LENGTHENED_FOREIGN:
        out.append(stem[:-1] + LENGTHENED_FOREIGN[stem[-1]])
    if len(stem) >= 4 and stem[-1] == "é":
        out.append(stem[:-1])
    if len(stem) >= 6 and stem[-2:] in ("ja", "je", "já", "jé"):
        out.append(_restore(stem[:-2]))  # a possessive: Európájában -> Európa ('its Europe')
    return out


def strip_candidates(form: str, case: str | None = None) -> list[tuple[str, str]]:
    """Stems a form may have after removing a case ending, as (stem, ending), best first."""
    return list(_strip_candidates(form, case))


@lru_cache(maxsize=65536)
def _strip_candidates(form: str, case: str | None) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    lower = form.lower()
    cases = [case] if case in CASE_ENDINGS else list(CASE_ENDINGS)
    endings: list[str] = []
    for c in cases:
        endings.extend(CASE_ENDINGS[c])
    for ending in sorted(set(endings), key=len, reverse=True):
        if lower.endswith(ending):
            stem = form[: -len(ending)]
            if ending == "n" and stem and stem[-1].lower() not in VOWELS | FOREIGN_VOWELS:
                continue  # bare -n only follows a vowel (Advocacyn: a foreign y sounds as one)
            if ending == "t" and stem and stem[-1].lower() not in (
                VOWELS | FOREIGN_VOWELS | BARE_T_AFTER
            ):
                continue  # bare -t follows a vowel, a sonorant or a sibilant (Molnárt, Pált)
            if _plausible_stem(stem):
                out.append((_restore(stem), ending))
                out.extend((variant, ending) for variant in _stem_variants(stem))
    for c in cases:
        for ending in ASSIMILATED.get(c, ()):
            if not lower.endswith(ending):
                continue
            pre = form[: -len(ending)]
            if (
                len(pre) >= 4
                and pre[-3].lower() == pre[-2].lower()
                and pre[-2:].lower() in DIGRAPHS
            ):
                out.append((pre[:-3] + pre[-2:], form[len(pre) - 1 :]))
            elif (
                len(pre) >= 3
                and pre[-1].lower() == pre[-2].lower()
                and pre[-1].lower() not in VOWELS
            ):
                out.append((pre[:-1], form[len(pre) - 1 :]))
    seen: set[str] = set()
    unique = []
    for stem, ending in out:
        if stem not in seen and _plausible_stem(stem):
            seen.add(stem)
            unique.append((stem, ending))
    return tuple(unique)


_PLURAL = ("ék", "ok", "ek", "ök", "ak", "k")  # -ék: "the X family / X and those with him"


def plural_bases(word: str) -> list[str]:
    """'szájerék' -> ['szájer'], 'vargáék' -> ['varga'], 'gömböcök' -> ['gömböc']: the name under
    an associative (-ék) or plural (-k) ending, with a->á, e->é undone; most likely first."""
    out = []
    for ending in _PLURAL:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if ending in ("ék", "k"):
                stem = _restore(stem)
            if _plausible_stem(stem) and stem not in out:
                out.append(stem)
    return out


def acronym_base(form: str) -> str | None:
    """'ENSZ-nek' -> 'ENSZ', 'NATO-val' -> 'NATO': an all-capitals name with a hyphenated ending."""
    base = hyphen_base(form)
    if base is None or not all(ch.isupper() for ch in base if ch.isalpha()):
        return None
    return base


def hyphen_base(form: str) -> str | None:
    """'Google-nél' -> 'Google', 'TikTok-on' -> 'TikTok', 'iPhone-t' -> 'iPhone': a name whose
    case ending follows a hyphen (foreign and abbreviated names take their endings so)."""
    base, dash, rest = form.rpartition("-")
    if not dash or not base or not rest or not rest.islower():
        return None
    letters = [ch for ch in base if ch.isalpha()]
    if not letters or not any(ch.isupper() for ch in letters):
        return None
    if (
        rest in ALL_ENDINGS
        or rest in ("i", "es", "os", "as", "ös", "féle")  # "von der Leyen-féle": Leyen's kind
        or (len(rest) >= 3 and rest[-2:] in ("al", "el") and rest[0] == rest[1])
        or (len(rest) >= 3 and rest[:-2] in DIGRAPHS and rest[-2:] in ("al", "el"))
        or (len(rest) >= 4 and rest[:2] in DIGRAPHS and rest[2:] in ("al", "el"))
    ):
        return base
    return None


_LATIN1_ACCENTS = str.maketrans("õûÕÛ", "őűŐŰ")


def latin1_repaired(word: str) -> str:
    """`Õt` -> `Őt`: old Hungarian pages written in Latin-1 put õ and û for ő and ű."""
    return word.translate(_LATIN1_ACCENTS)


def fold(s: str) -> str:
    """Case- and accent-insensitive key (for scoring and lookups that forgive accents)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFD", s.casefold()) if not unicodedata.combining(ch)
    )
