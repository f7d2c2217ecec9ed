"""Words a web page glued together, where its link, bold text or caption lost the space around
it (`hogyOrbán`, `TelexSinka István`, `aMagyar Nemzetnek`, `Mészáros LőrincAhogy`): one pattern
of the points where a new word begins, which the tokenizer cuts at (reader.components) and the
real-news scorer reads as word boundaries (reader.analysis.score). Pure Python, no spaCy.

A small letter then a capital opens a new word where the evidence says Hungarian glue, not a
name written in camel case (`YouTube`, `LogBox`, `iPad`, `McCarthy`, `KlubRádió`, `@MazenMahdi`
stay whole):
- a word of two or more small letters from the token's start, then a capital and two small
  letters, an initial or an acronym (`hogyOrbán`, `szerintJ. D. Vance`, `tartottDPK-gyűlésén`);
- the article, then any capital (`aMagyar`, `azRTL`);
- a Hungarian accented letter near the glue on either side (`MáthéZoltán`, `BudapestBelgrád`),
  or a sentence's usual first word after it (`MartinSzerinte`);
- a photo credit's source before it, as a word of its own (`ReutersDavid`, `TelexA`; not
  `NAPI`);
- the article glued after an acronym, after a word that ends in `a` (`a HVGa legfrissebb`,
  `Rólaa 444`) or after a connective that opens a sentence (`Mindeközbenaz RTL Híradó`);
- `szerint` glued to the word before or after it (`közleményeszerint`, `szerintmég`), and
  to the article inside a sentence (`amely szerinta kormány`; a `Szerinta` opening one is
  more likely `Szerinte a` mistyped), not
  `miszerint`, `eszerint`, `aszerint`, `rendszerint` nor its own endings (`szerinte`,
  `szerintük`, `szerinti`).
- a common form of a verb of saying glued to a word ending in a case's or a converb's ending
  (`Timesnakkijelentette`, `nyilatkozvaközölte`) or to `is`, `azt`, `ezt`, and the article
  glued after one (`mondtaaz AP-nek`).
"""

from __future__ import annotations

import re

# Names written in camel case that the rules above would cut: Hungarian media and brands with
# an accent in them, and foreign ones that open with small letters.
CAMEL_CASE_NAMES = (
    "PestiSrácok", "InfoRádió", "KlubRádió", "VálaszOnline", "PetőfiRádió", "RádióCafé",
    "SzigetFesztivál", "ÁrGép", "ÉlményFürdő", "BorsOnline",
    "easyJet", "airBaltic", "pcWorld", "dotNet", "iPhone", "eBay", "macOS", "iOS",
)

_LOWER = "a-záéíóöőúüű"
_UPPER = "A-ZÁÉÍÓÖŐÚÜŰ"
_ACCENT = "áéíóöőúüűÁÉÍÓÖŐÚÜŰ"
_OPENERS = ("A", "Az", "Azt", "Ahogy", "Amikor", "Ez", "Ezt", "Egy", "De", "Hogy", "Ha",
            "Szerinte", "Mint", "Most", "Majd", "Pedig", "Ugyanakkor", "Emellett", "Azonban")
_CONNECTIVES = ("Mindeközben", "Eközben", "Közben", "Emellett", "Ezután", "Végül")
_CREDITS = ("Telex", "Reuters", "Images", "MTI", "AFP", "EPA", "AP", "Facebook", "Instagram")
_NEXT_WORD = rf"(?=[{_UPPER}][{_LOWER}]{{2}})"
_SZERINT_ENDINGS = ("(?:e|em|ed|ünk|etek|ük|i(?:ek|eket|t|vé|ként|nek|vel|ben|re|ről|hez|től"
                    "|ig)?)")


def _exceptions() -> str:
    """`(?!(?<=Klub)Rádió)`: no cut inside a listed name."""
    out = []
    for name in CAMEL_CASE_NAMES:
        for k in range(1, len(name)):
            if name[k - 1].islower() and name[k].isupper():
                out.append(f"(?!(?<={re.escape(name[:k])}){re.escape(name[k:])})")
    return "".join(out)


# zero-width: the point where the glued word begins
# a connective that opens a sentence, then the article a link began with
_AFTER_CONNECTIVE = "(?:" + "|".join(rf"(?<=\b{c})" for c in _CONNECTIVES) + r")(?=az?\b)"
_ARTICLE_AFTER = (rf"(?<=[{_UPPER}]{{2}})(?=az?\b)|(?<=[{_LOWER}]{{2}}a)(?=a\b)"
                  rf"|{_AFTER_CONNECTIVE}")
# `szerint` glued to the word before or after it (`közleményeszerint`, `Police.huszerint`,
# `szerintmég`); not `miszerint`, `eszerint`, `rendszerint` ("usually"), nor its own endings
# (`szerinte`, `szerinti`)
_SZERINT_GLUE = (rf"(?<=[{_LOWER}.]{{2}}[{_LOWER}])(?<!\b[Rr]end)(?=szerint\b)"
                 rf"|(?<=\b[Ss]zerint)(?!{_SZERINT_ENDINGS}\b)(?=[{_LOWER}]{{3}})"
                 rf"|(?<=\bszerint)(?=az?\b)")
# a verb of saying glued to the word before it, where that word ends in a case or a converb's
# ending no verb's preverb has (`Timesnakkijelentette`, `elfogásárólszámolt`,
# `nyilatkozvaközölte`) or is `is`, `azt`, `ezt` (`isletagadta`); and the article glued after
# such a verb where it ends in a vowel (`mondtaaz AP-nek`, `közöltea kapitány`; `reagálta`,
# `számolta` are verbs)
_CUE_FORMS = ("mondta", "elmondta", "mondja", "közölte", "közli", "kijelentette",
              "bejelentette", "jelentette", "jellemezte", "nyilatkozta", "hangsúlyozta",
              "jelezte", "tagadta", "letagadta", "cáfolta", "beszélt", "számolt", "értékelte",
              "emlékeztet", "emlékeztetett", "írta", "írja", "fogalmazott", "reagált",
              "hozzátette", "elárulta", "kifejtette", "megjegyezte", "bírálta", "nevezte")
# (`ír` glued to a word before it is a compound's as often: `különírta`, `egybeírja`)
_CUE = "(?:" + "|".join(f for f in _CUE_FORMS if not f.startswith("ír")) + r")\b"
_CUE_ENDINGS = ("nak", "nek", "ról", "ről", "ból", "ből", "ban", "ben", "ján", "jén", "on", "en",
                "va", "ve")
_CUE_GLUE = "|".join(
    [rf"(?<=[{_LOWER}]{{2}}{e})(?={_CUE})" for e in _CUE_ENDINGS]
    + [rf"(?<=\b{w})(?={_CUE})" for w in ("is", "azt", "ezt")]
    + [rf"(?<=\b{f})(?=az?\b)" for f in _CUE_FORMS if f[-1] in "aei"]  # (not `reagálta`)
)
_GLUE_OPENERS = rf"(?:{_ARTICLE_AFTER}|{_SZERINT_GLUE}|{_CUE_GLUE}|(?=[{_UPPER}])"
GLUE_POINT = _GLUE_OPENERS + _exceptions() + "(?:" + "|".join(
    [
        "(?:" + "|".join(rf"(?<=\b[{_LOWER}]{{{n}}})" for n in range(2, 21)) + ")"
        + rf"(?:{_NEXT_WORD}|(?=[{_UPPER}]\.)|(?=[{_UPPER}]{{2,}}(?:\b|-)))",
        rf"(?<=\ba)(?=[{_UPPER}])|(?<=\baz)(?=[{_UPPER}])|(?<=\bA)(?=[{_UPPER}][{_LOWER}]{{2}})",
        "(?:" + "|".join(rf"(?<=[{_ACCENT}][{_LOWER}]{{{n}}})" for n in range(0, 7)) + ")"
        + _NEXT_WORD,
        rf"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}]*[{_ACCENT}])",
        rf"(?<=[{_LOWER}])(?=(?:{'|'.join(_OPENERS)})\b)",
        "(?:" + "|".join(rf"(?<=\b{c})" for c in _CREDITS if c[-1].islower())
        + rf")(?=[{_UPPER}](?:[{_LOWER}]|\b))",
        "(?:" + "|".join(rf"(?<=\b{c})" for c in _CREDITS if c[-1].isupper())
        + rf")(?=[{_UPPER}][{_LOWER}])",
    ]
) + "))"

_POINT = re.compile(GLUE_POINT)


def glue_at(text: str, i: int) -> bool:
    """Whether a glued word begins at ``text[i]`` (the letter before it is no space)."""
    return 0 < i < len(text) and text[i - 1].isalpha() and _POINT.match(text, i) is not None
