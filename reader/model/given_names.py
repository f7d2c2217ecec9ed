"""Build resources/lexicon/foreign_given_names.txt from the person providers of the PyPI package
Faker (MIT licence): ``python -m reader.model.given_names PATH/TO/faker``.

The list says that a word is a given name abroad, so that `Pavel Durov`, `Claudio Neves
Valente` and `Brett Smiley` read as one person each in the foreign order (given name first).
It takes the given names that two locales or more share, of those written in the Latin
alphabet and the Russian, Ukrainian and Bulgarian ones transcribed the Hungarian way
(`Владимир` -> `Vlagyimir`, `Сергей` -> `Szergej`). It leaves out:
- the words NerKor's persons use more often as a surname (`Clinton`, `Erdogan`) and a short
  hand-kept list of names Hungarian news uses for other things (NOT_GIVEN_HERE: `Chelsea`);
- the names of the Hungarian list (resources/lexicon/given_names.txt) and of the gazetteer
  (places.txt);
- names that are a Hungarian word in lower case for the bundled pipeline's lemma table
  (`Hope`, `Mars`, `Kis`), or shorter than three letters;
- names with anything but letters in them.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections import Counter
from pathlib import Path

from reader.locator import resource_path

CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG")
HEADER = """\
# Given names used abroad, one a line, for the foreign name order (given name first).
# Built by `python -m reader.model.given_names` from the person providers of the PyPI package
# Faker (MIT licence, copyright Daniele Faraglia); Cyrillic names transcribed the Hungarian way.
# See NOTICE.md beside this file.
"""

_SOFT = {"д": "gy", "т": "ty", "н": "ny"}  # before a front vowel or the soft sign
_FRONT = set("иеьяюёєі")
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "je", "ё": "jo",
    "ж": "zs", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "sz", "т": "t", "у": "u", "ф": "f", "х": "h",
    "ц": "c", "ч": "cs", "ш": "s", "щ": "scs", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "ju",
    "я": "ja",
}


def transcribe(name: str) -> str:
    """A Cyrillic given name the Hungarian way: `Владимир` -> `Vlagyimir`, `Евгений` ->
    `Jevgenyij`, `Сергей` -> `Szergej`."""
    low = name.lower()
    out = []
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch in _SOFT and nxt in _FRONT:
            out.append(_SOFT[ch])
        elif ch in "яюё" and i > 0 and low[i - 1] in _SOFT:
            out.append({"я": "a", "ю": "u", "ё": "o"}[ch])  # `Таня` -> `Tanya`, not `Tanyja`
        elif ch == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяьъ"):
            out.append("je")
        else:
            out.append(_LETTERS.get(ch, ch))
    word = "".join(out)
    return word[:1].upper() + word[1:]


def _latin(name: str) -> bool:
    return name.isalpha() and all(ord(ch) < 0x250 for ch in name)


def faker_given_names(faker_dir: Path) -> set[str]:
    """The given names two locales or more share (not counting Faker's catch-all `en`, whose
    names from a census hold surnames, `Vance`, `Harris`, and words, `Will`, `Sky`; nor
    `hu_HU`: the Hungarian list is ours)."""
    sys.path.insert(0, str(faker_dir.parent))
    person = importlib.import_module("faker.providers.person")
    locales: Counter[str] = Counter()
    for info in pkgutil.iter_modules(person.__path__):
        if info.name in ("en", "hu_HU"):
            continue
        provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        found: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr)
            if value is None:
                value = next((getattr(c, attr) for c in provider.__mro__ if attr in c.__dict__),
                             None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                found |= set(value)
        if info.name in CYRILLIC_LOCALES:
            found = {transcribe(n) for n in found}
        locales.update(n for n in found if _latin(n))
    return {n for n, count in locales.items() if count >= 2}


def nerkor_surnames(nerkor: Path) -> set[str]:
    """Words NerKor's gold persons use more often as a surname than as a given name: the last
    word of a name of several words, or the first before a Hungarian given name (`Clinton`,
    `Erdogan`, `Nixon`), against the first before anything else (`Pavel`, `Hillary`)."""
    from reader.analysis import lexicon

    hungarian = lexicon.given_names()
    given: Counter[str] = Counter()
    surname: Counter[str] = Counter()

    def count(words: list[str]) -> None:
        if len(words) >= 2:
            first_is_surname = words[-1] in hungarian and words[0] not in hungarian
            (surname if first_is_surname else given)[words[0]] += 1
            surname[words[-1]] += 1

    for path in sorted(nerkor.glob("**/*.conllup")):
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")
            tag = columns[5] if len(columns) > 5 and not line.startswith("#") else "O"
            if tag.endswith("PER") and tag[:1] in "IE":
                words.append(columns[0])
                continue
            count(words)
            words = [columns[0]] if tag.endswith("PER") and tag[:1] in "BS" else []
        count(words)
    return {w for w in surname if surname[w] > given[w]}


# Given names abroad that Hungarian news mostly uses for something else: a politician's
# surname, a club, a place, a brand, a month (`Clinton`, `Chelsea`, `Paris`, `Mercedes`, `May`).
NOT_GIVEN_HERE = frozenset({
    "Cameron", "Chelsea", "Clinton", "Israel", "Jordan", "Mercedes", "Paris", "June", "May",
    "Milan", "Nixon", "Erdogan", "Kennedy", "Johnson", "Lincoln", "Washington", "Madison",
    "Sydney", "Florence", "Victoria", "Lima", "Kim", "Lada",
})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("faker", type=Path, help="the faker package folder (faker/)")
    parser.add_argument("--nerkor", type=Path, default=Path("../shared/data/nerkor"),
                        help="NerKor's folder, for the words its persons use as surnames")
    args = parser.parse_args(argv)
    from reader.analysis import lexicon
    from reader.nlp import _lemma_lookup, load_pipeline

    lookup = _lemma_lookup(load_pipeline(None))
    hungarian = lexicon.given_names() | lexicon.gazetteer()
    surnames = nerkor_surnames(args.nerkor) if args.nerkor.is_dir() else set()
    keep = sorted(
        n for n in faker_given_names(args.faker)
        if len(n) >= 3 and n[0].isupper() and n[1:].islower() and n not in hungarian
        and n not in surnames and n not in NOT_GIVEN_HERE
        and (lookup is None or lookup(n.lower()) is None)
    )
    out = resource_path("lexicon", "foreign_given_names.txt")
    out.write_text(HEADER + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} names -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
