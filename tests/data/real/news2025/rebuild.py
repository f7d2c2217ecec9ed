#!/usr/bin/env python3
"""Rebuild the private press texts 70-79 from 4mbrus/Hungarian-News-Scrape.

The texts are NOT part of the repository (see .gitignore); this script rebuilds them from a
local git mirror of that public scrape (Telex and Mandiner articles of 21-24 December 2025, one
CSV row each) at a fixed commit and checks each against its recorded SHA-256. Standard library
only.

    python3 rebuild.py --scrape /path/to/Hungarian-News-Scrape.git [--write DIR]

Normalisation: "title\\n\\nbody\\n" in UTF-8, the row's `title` and `body`. The scrape lost the
paragraph breaks of the page and glued the paragraphs together ("volt.Az erről"): a break is
put back where a sentence's final mark after a word of two or more letters is followed at once
by a capital letter or an opening quote; non-breaking spaces become spaces; nothing else is
changed.
"""
import argparse
import csv
import hashlib
import io
import os
import re
import subprocess
import sys

COMMIT = "63c9735700621d3baec7bc57f80ee4c29a9124ff"

# (file name, CSV in the scrape, article address, sha256)
FILES = [
    ("70_telex_rutte_szijjarto.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/24/arte-mark-rutte-nato-fotitkar-interju-brusszel",
     "24cabff3375f8ca8829c9f87c00b7c3ca4eceb638746b20d30f524295bff7446"),
    ("71_telex_szabo_andrea_fidesz.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/22/szabo-andrea-telex-tema-evertekelo-fidesz-tisza-"
     "magyar-peter-orban-viktor",
     "7cfd314533ca6781332b01ad4f120f81b1d5a6b951d8f462b5dffd005983c18e"),
    ("72_telex_magyar_peter_kormanyvaltas.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/22/magyar-peter-tisza-part-elnok-fidesz-orban-viktor-"
     "valasztas-kormanyvaltas-kontroll-keri-laszlo",
     "73699b2c7d6d5658d477e8ef38aef31af109517594458e9b80f337aa81f5b790"),
    ("73_telex_foti_gyermekotthon.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/21/foti-gyermekotthon-nevelo-intezet-partizan",
     "e131e27d4b5e0492058c5651d42e46d35409d8179820112f9e089781058e42f9"),
    ("74_telex_lazar_interju.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/21/lazar-janos-hotel-lentulai-interju-valasztas-"
     "luxizas-magyar-peter-kegyelmi-ugy",
     "86c7cb492679096b656b592f92cb7b016688051d439ac22e74ab4e1cee573641"),
    ("75_telex_orban_temesvar.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/21/orban-viktor-temesvar-roman-nagyvaros",
     "dbb169a075afc72d26ce2cab1269c6ac2320c1e841951abb868800a9e47645ef"),
    ("76_telex_sulyok_gyermekvedelem.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/21/sulyok-tamas-gyermekvedelem-nyilatkozat-szolo-utca",
     "3e45013263b006ebd34a300bf43166a47fe25fac69855c154ad3c2c7856d04f7"),
    ("77_mandiner_haboru_keszultseg.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/haboru-europa-ukrajna-oroszorszag-keszultseg",
     "6f6d7dd3d8cdfb2437cf939f2a09167f75a04e4e4a6cc89541bbf055aea8d0a3"),
    ("78_mandiner_trump_cenzura.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/kokemeny-allasfoglalas-a-trump-kormanytol-hadat-"
     "uzentek-a-cenzuranak-europai-vezetok-is-kitiltasi-listara-kerultek",
     "e12f30e73dab4eb89c00ffe9ac5059b312070c90c2fbbd46dae4edede3c14b76"),
    ("79_mandiner_orban_hanyatlo_unio.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/orban-viktor-magyarorszag-egy-hanyatlo-unio-resze-a-"
     "feladatunk-az-hogy-mikozben-az-unio-hanyatlik-magyarorszag-fejlodjon",
     "5ce776ed8ef3bd67d6c2f0815d5e111531ea6e5cce23bc32413955cff655171b"),
]

GLUED = re.compile(
    r"(?<=[^\W\d_]{2}[.!?])(?=[A-ZÁÉÍÓÖŐÚÜŰ„])|(?<=[^\W\d_][.!?]”)(?=[A-ZÁÉÍÓÖŐÚÜŰ„])"
)


def normalise(title: str, body: str) -> str:
    body = body.replace("\u00a0", " ")
    body = GLUED.sub("\n\n", body)
    body = "\n".join(line.strip() for line in body.splitlines())
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return f"{title.strip()}\n\n{body}\n"


def rows(scrape: str, path: str) -> dict[str, dict[str, str]]:
    raw = subprocess.run(["git", "--git-dir", scrape, "show", f"{COMMIT}:{path}"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return {row["link"]: row for row in csv.DictReader(io.StringIO(raw))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scrape", required=True, help="git dir of Hungarian-News-Scrape")
    parser.add_argument("--write", help="folder to write the texts into")
    args = parser.parse_args()
    tables: dict[str, dict[str, dict[str, str]]] = {}
    bad = 0
    for name, csv_path, link, digest in FILES:
        if csv_path not in tables:
            tables[csv_path] = rows(args.scrape, csv_path)
        row = tables[csv_path].get(link)
        if row is None:
            print(f"missing {name}")
            bad += 1
            continue
        text = normalise(row["title"], row["body"])
        got = hashlib.sha256(text.encode("utf-8")).hexdigest()
        state = "ok" if got == digest else f"differs {got}"
        bad += state != "ok"
        print(f"{state} {name}")
        if args.write:
            with open(os.path.join(args.write, name), "w", encoding="utf-8") as out:
                out.write(text)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
