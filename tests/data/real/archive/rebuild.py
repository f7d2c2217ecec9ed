#!/usr/bin/env python3
"""Rebuild the private archive texts 26-68 and 148-169 from cogitoergoread/cikk_archivum.

The texts are NOT part of the repository (see .gitignore); this script rebuilds
them from a local git mirror of the archive at a fixed commit and checks each
against its recorded SHA-256.  Standard library only.

    python3 rebuild.py --archive /path/to/cikk_archivum.git [--write DIR]

Normalisation (same as press-dev files 01-22): title = front-matter `title`
(archive "Name:" prefix removed where marked); body = everything after the
front matter and the leading `> ...` block quote; Markdown markup removed
(`**`, leading `#`, setext underlines, `[text](url)` -> `text`, image lines
dropped); trailing spaces trimmed; runs of blank lines collapsed; output is
"title\\n\\nbody\\n" in UTF-8.  No words are changed.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys

COMMIT = "66a5b31a64d79dd13514f80f4c37bcdee2e23111"

# (file name, archive path, strip archive "Name:" title prefix, sha256)
FILES = [
    ("26_telex_nadasdy_bucsu.txt", "markdown/telex/2026_03_31_RIP_Nadasdy.md",
     False, "0a039e56ec74a56ed8c61644d223161810dedf1d3e7a36d44e4e6a94da9b405b"),
    ("27_telex_jarvany_napi_adatok.txt", "markdown/telex/2021_04_21_covid.md",
     False, "bb6a5373b41a4ee4743494351c135c342c8d3d9f93568131b727dc871229e28a"),
    ("28_telex_sulyok_allamfo_velemeny.txt", "markdown/telex/2024_03_09_Sulyok.md",
     False, "e7e595d7278a92e55cddcd9814b170558e9766328417266cd389158a9e74bf37"),
    ("29_hvg_der_standard_index.txt", "markdown/hvg/2020_07_27_index.md",
     False, "c6fe2f3025c6ff49cc3383b5e9b61e739090d4fc601f0bb88ea63e7002966895"),
    ("30_hvg_elte_diaktuntetes.txt", "markdown/hvg/DiakTuntetes_20121220.md",
     True, "4d816600decb58c3e4600b915fe7a8e618b79b5f53e63efe857906c548eae0ad"),
    ("31_hvg_telekom_ai_halozat.txt", "markdown/hvg/2026_05_04_IFMS.md",
     False, "419e197cf0c26194e16d962611e3540dbc42fae2ce07fcaed220340868a9fce1"),
    ("32_hvg_karsai_gazdasagpolitika.txt", "markdown/hvg/GazdPol_20110323.md",
     True, "d4ed5e60a95daf16fda8690dac024c6a1b838515825b292a39be19ba72b62805"),
    ("33_litera_krasznahorkai_nobel.txt", "markdown/litera/2025_10_10_Krasznahorkai.md",
     False, "a4cd85f7782626eabd5d34d4946a49092d170433ce96ad971c9df85ae2f257ea"),
    ("34_es_reformatus_onkirekesztes.txt", "markdown/es/2026_02_19.Onkirekesztes.md",
     False, "15bae604485737dd6bc39daff34822e32ae4ef6e0deda9728943966207d8b926"),
    ("35_magyarnarancs_gyulai_interju.txt", "markdown/mancs/2002_11_28_gyulai_ivan.md",
     False, "1d0d35c510a7850a1a9481016c3fd2aa269c48bdf3a70f10c5b4ef1b47ffaa63"),
    ("36_telex_fidesz_kampany_belso.txt", "markdown/telex/2026_06_05_Fidesz.md",
     False, "60fc61b32102d2bdff4ef32ca3b7af296a7dd1b2537d9e5c70b13129b33a685e"),
    ("37_telex_zuglo_rozsa_andras.txt", "markdown/telex/2024_06_24-RozsaAndras.md",
     False, "a62e5fea50606d895fb3181009656cb968a6886d23d5d23e368890e388cd2778"),
    ("38_telex_puli_vizszimatolo.txt", "markdown/telex/2025-01-15_Puli.md",
     False, "8400f1e5023ffbb8b2db67e447bc2c48498f116c63ad39c0ea1e530b4d8c7bfe"),
    ("39_telex_xiv_leo_papa.txt", "markdown/telex/2025_05_08_LeoPapa.md",
     False, "a05598a5c385a15e371477cd78a09c1b1b9074ad6b27be0f750b3b47fb0f38a7"),
    ("40_telex_balog_kiloves.txt", "markdown/telex/2024_02_16_Balog.md",
     False, "cfe881a0e46b7d54217c9425d7531115d820726f38ba3cb78a232889944ca5b8"),
    ("41_telex_balog_lemondott.txt", "markdown/telex/2024_02_16_balog.md",
     False, "da1b1bd4470f057df46cccb48ee13d2da8856a98b5e45631fc0a670a03f46a28"),
    ("42_telex_novak_lemondott.txt", "markdown/telex/2024_02_10_NovakLemond.md",
     False, "3ace2be940656736f5be73d862e6c85fc9c93a051e4e65548c16984ac67b5028"),
    ("43_telex_ungvary_sulyok_apja.txt", "markdown/telex/2024_03_04_Ungvary_Sulyok.md",
     False, "9905de6ebc0173521804f6b057e83a46ea086f58aef0b0aebae229e807f9155a"),
    ("44_magyarnarancs_orban_balazs.txt", "markdown/mancs/2024_11_21_orbanphd.md",
     False, "f02b3613dba14e9515fa07796bbde91c9ac05c0ea7deaf8237a287caae8ecf2a"),
    ("45_hvg_magyar_peter_partizan.txt", "markdown/hvg/2024_02_11_MagyarPeter.md",
     False, "838c527bc102ca93ed31c3bde4a6984ecb44973ea22bce37201f0ef824486f34"),
    ("46_hvg_pesti_uti_otthon.txt", "markdown/hvg/2020_04_24_pesti_idosek.md",
     False, "2fd2652e9a0a3bbf1bb3483a35e02a9865617b933654c655cb64861d6f9d9173"),
    ("47_telex_fidesz_neppart.txt", "markdown/telex/2021_03_03_fidesz.md",
     False, "6e068391ad30b0cf5394fc24d710225d73bb64d0f0d17c4f8a3cbc09e8c05a9d"),
    ("48_telex_novak_balog_kegyelmi.txt", "markdown/telex/2024_02_12_NovakBalog.md",
     False, "ab29263ab5963b6dbaca64b1abb8e52477b6c844e14925296ed1f6c9b0933ccc"),
    ("49_bbc_szuletes.txt", "markdown/bbc/2026_06_16-szuletes.md",
     False, "f376da0d2ae10d071dab49dc0694de615608abb0c23bd1fdfae1303126fff764"),
    ("50_telex_jarvany_marcius31.txt", "markdown/telex/2021_03_31_covid.md",
     False, "8b960a518e7e8e4b017be138a0b7656c22231506a75a95cad924899f76e918cd"),
    ("51_444_orban_jarvanykezeles.txt", "markdown/wegyes/2021_0122_444_orban_covid.md",
     False, "d0eb4bd39cd2f78f6296c4353ac81c7e4887bb2ad7d405966cc127311d0bbc4d"),
    ("52_hvg_felhatalmazasi_torveny.txt", "markdown/hvg/2020_04_03_korona_felhat.md",
     False, "34c9be7142319de9c6feb18a6f82929bb09fa97bef5b9e9bd2637e425f5fd747"),
    ("53_telex_tgm_bucsu.txt", "markdown/telex/2023_01_21_RIP_TGM.md",
     False, "b195fe4f598da680378217a5392e11bec5baccd1183c15496d34e5141d754407"),
    ("54_telex_patakfalvy_bayer.txt", "markdown/telex/2024_02_02_patakfalvy.md",
     False, "c67e7b968b1194027db1a1c7024bd3e23c5c32e18992fae9da6520b01e19d880"),
    ("55_telex_rogan_foldvasarlas.txt", "markdown/telex/2021_02_19_rogan.md",
     False, "e06bc1dc26d8bcbdd0c5d491ffe168cbd6f68fae7cab88ddbfd19a32294f0810"),
    ("56_hvg_simor_mnb.txt", "markdown/hvg/2022-10-17-Simor-MNB.md",
     False, "36bee930dbf8fec3dd3aa318b2f095d51335426c6b66b09d84edd76602594be9"),
    ("57_hvg_szajer_karrier.txt", "markdown/hvg/2020_12_02_szajer.md",
     False, "17647d2f4617440089e05dc4e31d0a7b9651186ad763688f11e0e330538cc56b"),
    ("58_telex_illes_torok_orsolya.txt", "markdown/telex/2024_03_18_IllesTorokOrsolya.md",
     False, "dd41221062cfb4434659cd79102bee6e950cce4682da7a56eebb34465773a071"),
    ("59_magyarnarancs_ai_doki.txt", "markdown/mancs/2026_06_03_AI-doki.md",
     False, "354a74eded88f4280006ce23ef50cd591cc7c7afb9170736ffb6e48038f4f40a"),
    ("60_telex_tanartuntetes_klebelsberg.txt", "markdown/telex/20221203_tuntetes.md",
     False, "a14af73fc9c318748824b4e6fe3bcca8d41b5f983e690dd5c86a830ff283f670"),
    ("61_telex_ejg_diakok.txt", "markdown/telex/20221202_ejg.md",
     False, "c03842db8dd178b9a5c9b41c5bb99837d4e54666e25998d85185f2edac5ad127"),
    ("62_magyarnarancs_rogan_helikopter.txt", "markdown/mancs/2021_02_16_rogan.md",
     False, "581b69c63323fb1677bf436557ba8e234e63fab22f0149d77fa9c99bdaf05198"),
    ("63_hvg_ellenzek_kaosz.txt", "markdown/hvg/2020_06_19_hont.md",
     False, "1117b56858187f7f232acab3adc50a01e1e01c57cfc9f9f51d44f39dcd6262f9"),
    ("64_hvg_jakab_vakcina.txt", "markdown/mancs/2020_11_27_vakcina.md",
     False, "74e84f9edccf03670cef75a3a7bb3ffd153ebae019b9f66d921a9feec1067e9e"),
    ("65_hvg_szajer_kreko_interju.txt", "markdown/hvg/2020_12_04_szajer.md",
     False, "b92ffc63b8c48b3042116d17a0f4f2bf0b7c0c1f75e575d8708a0a1814cbab3f"),
    ("66_hvg_szigoritas_kesve.txt", "markdown/hvg/2020_11_09_covid.md",
     False, "0109e7d02d491e982e77418877d23a696a7b80b289f1deac80740e541a906d4d"),
    ("67_magyarnarancs_foci_jarvany.txt", "markdown/mancs/2020_10_30_covid.md",
     False, "8ba95ea2dffb3e3da1ebc02f2f75702ef6ce684f54a1cf81f6fad80d24723faf"),
    ("68_hvg_orban_brusszel.txt", "markdown/hvg/2020_07_21_orbanue.md",
     False, "aaba673f2dd44f6f1c9db5f698eda36f84a7cef1bceface0f7681348e2c55a05"),
    # held out, added in the fifteenth session (gold in tests/data/real/heldout/archive_*)
    ("148_telex_auschwitz_balerina.txt", "markdown/telex/2021_03_22_eger.md",
     False, "e3f1c2a0b5b3894c7b377d27960e837776dc6a41c51ecf53be373c00f3d5d3c7"),
    ("149_hvg_orban_ujrainditas.txt", "markdown/hvg/2020_0424_orban_maj3.md",
     False, "904061e29216d08a6d5d42223c200f59fd73ef89e7f36396493002c6d09f6c67"),
    ("150_nepszabadsag_ballonkabatos.txt", "markdown/szabo/nsz_2006_01_28.md",
     False, "d082c5c5d84ae3818aafe064cc0f6e8e36a88733f29801da7ba9dc3c806aa720"),
    ("151_hvg_usa_zavargasok.txt", "markdown/hvg/2020_06_02_usa.md",
     False, "e5fd6c6375f93af114142e90f7647b310b9317d507a105279fe1a917b133b798"),
    ("152_telex_mav_daru_siklas.txt", "markdown/telex/2025_09_13_siklas.md",
     False, "cd9a29dfff7654e7f6d76783a48e155a7e7ed54f07a053f7dea15b581e88b5d2"),
    ("153_hvg_ungvary_wass_albert.txt", "markdown/hvg/2024-05-22-Ungvary.md",
     False, "b54dcb3297885a9f7ed488b1f2aa43311c866bfc158ef5d67a3635194ac28d68"),
    ("154_telex_sulyok_rokonsag.txt", "markdown/telex/2024_03_22_Sulyok.md",
     False, "17b70996c7c9ce393179f8439996875a31b2603adc94b4a26b61b9cc9b560dce"),
    ("155_telex_k_endre_rejtett_kamera.txt", "markdown/telex/2024_03_10_kendre.md",
     False, "8d701a7142c1b7cdb059413cf1af8cbcbba6924d4e906313220c6229b1d3ecea"),
    ("156_telex_fico_merenylo_iro.txt", "markdown/telex/2024-05-16_Fico.md",
     False, "873402452ff1543c9fe8813e2e775468cb874ff3c5879befc18f71251ec482c0"),
    ("158_magyarnarancs_jarvany_kommunikacio.txt", "markdown/hvg/2020_11_10_covid.md",
     False, "333e8c1578b31ed7b6a2564d9c0533ec1bf8e7e389929c038e644f4dd788729e"),
    ("159_hvg_autogyar.txt", "markdown/hvg/2020_05_19_autogyar.md",
     False, "990a56506760f5ad642e7f9e198a126cc67aff55757cdb3083b15514a89e1d09"),
    ("160_figyelo_sarkozy_interju.txt", "markdown/wegyes/2013_09_20_Figyelo_Sarkozy.md",
     False, "955bbadf26d4c390d7a978c804feb98da9e40f9d69aa21341d76cadc312fac3a"),
    ("161_telex_jarvany_rekord.txt", "markdown/telex/2021_03_30_covid.md",
     False, "934b26dbb5f0732f19ecc3e0f00cf281735a12f2d96a526e5010115f17680a01"),
    ("162_telex_szajer_kerdesek.txt", "markdown/telex/2020_12_03_szajer.md",
     False, "c6904cace24d595667bc0ae1074d914077e467a3f2ed1e7c4e80c57d34bd7376"),
    ("163_telex_grandpierre_interju.txt", "markdown/telex/2023_01_21_VCsSz.md",
     False, "1330bac886bab2c1694fdbc918d182fd17982d89a4639815a879e78e8324498f"),
    ("164_telex_covid_agykutatas.txt", "markdown/telex/2024_03_18_SzegedAgykutatas.md",
     False, "9d794c29b6e16d711251edb82aff5b45060181576e9309786933ee7ee0ec311c"),
    ("165_nepszava_perintfalvi.txt", "markdown/wegyes/2024_04_01_Nepszsabadsag_Perintfalvi.md",
     False, "5c1746b323219239f146ffcc66e00c2c202aceb2d005aa8ddafb3940c76b9f6f"),
    ("166_nepszabadsag_tanarok_oecd.txt", "markdown/wegyes/nsz_20090624_tanarokmegbecsulese.md",
     True, "7b4459ac3e0124832aa35346d438f92a29de2edd1795c6b30d3e1c783e258dd7"),
    ("167_nol_jancso_paros_interju.txt", "markdown/other/Nol_Jancso_20110731.md",
     True, "5c487c26e7568b5595e502da55d1d0ddd456523908bce648634eef57870201e0"),
    ("168_telex_jarvany_aprilis.txt", "markdown/telex/2021_04_29_covid.md",
     False, "6840bfa419f00517ef64a6590e343a2c54e8a6b872c249c9c36d4474e34810ec"),
    ("169_24hu_foto_haber.txt", "markdown/wegyes/2023_05_04_FotoHaber.md",
     False, "10240b0d568fc74765291cc846345574707a87fc2ebcae1a7aa25833f622a959"),
]


def git_show(gitdir, commit, path):
    r = subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                       capture_output=True)
    if r.returncode != 0:
        return None
    return r.stdout.decode("utf-8")


def split_archive(md):
    lines = md.split("\n")
    title, i = None, 0
    if lines and lines[0].strip() == "---":
        j = 1
        while lines[j].strip() != "---":
            m = re.match(r'^title:\s*"?(.*?)"?\s*$', lines[j])
            if m:
                title = m.group(1)
            j += 1
        i = j + 1
    while i < len(lines) and lines[i].strip() == "":
        i += 1
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    return title, lines[i:]


def clean_line(line):
    line = line.rstrip()
    if re.match(r'^\s*!\[[^\]]*\]\([^)]*\)\s*$', line):
        return None                                   # image line
    if re.match(r'^\s*(=+|-{3,})\s*$', line):
        return None                                   # setext heading underline
    line = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', line)
    line = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', line)
    line = line.replace("**", "")
    line = re.sub(r'^\s*#+\s*', '', line)
    return line.strip()


def normalise(md, strip_prefix=False):
    title, body = split_archive(md)
    if strip_prefix:
        title = re.sub(r'^[^:]{1,40}:', '', title, count=1)
    out = [c for c in (clean_line(line) for line in body) if c is not None]
    text = re.sub(r'\n{3,}', '\n\n', "\n".join(out)).strip("\n")
    return f"{title}\n\n{text}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", required=True, help="git dir of cikk_archivum")
    ap.add_argument("--write", metavar="DIR", help="also write the texts to DIR")
    ap.add_argument("--print-hashes", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    bad = 0
    for name, path, strip, sha in FILES:
        md = git_show(a.archive, COMMIT, path)
        if md is None:
            print(f"missing  {name}  ({path}@{COMMIT[:12]})")
            bad += 1
            continue
        text = normalise(md, strip)
        data = text.encode("utf-8")
        h = hashlib.sha256(data).hexdigest()
        if a.write:
            os.makedirs(a.write, exist_ok=True)
            with open(os.path.join(a.write, name), "wb") as f:
                f.write(data)
        if a.print_hashes:
            print(name, h, len(text.split("\n\n", 1)[1].split()))
            continue
        if h == sha:
            print(f"ok       {name}  {h}")
        else:
            print(f"differs  {name}  got {h}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
