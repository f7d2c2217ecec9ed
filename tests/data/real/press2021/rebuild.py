#!/usr/bin/env python3
"""Rebuild the private press texts 176-230 from two public repositories.

The texts are NOT part of the repository (see .gitignore); this script rebuilds them from local
git mirrors of two public projects at fixed commits and checks each against its recorded
SHA-256. Standard library only.

    python3 rebuild.py --vaccine /path/to/NLP_hungarian_vaccine_media_communication.git \
        --classification /path/to/Text_classification.git [--write DIR]

- 176-196 and 201-227: ``utassydv/NLP_hungarian_vaccine_media_communication``,
  ``data/raw/*.rds`` (R data frames of Index, Telex, 24.hu and 444 articles of 2020-2021 found
  by the word "vakcina", one row per article: title, url, date_time, content = the page's
  paragraphs), found by address.
- 197-200 and 228-230: ``geakos/Text_classification``, ``texts.csv`` (Index articles of about
  2019 in the columns ``,Topic,Text``, paragraphs one a line, no title), found by the row's
  first column.

Normalisation: "title\n\nbody\n" in UTF-8 (the body alone for 197-200 and 228-230), the
paragraphs joined by a blank line. Inside a paragraph runs of white space (non-breaking spaces
too) become one space, and a sentence's final mark after a word of two or more letters
followed at once by a capital letter or an opening quote ("hetekben.Újra", a paragraph break
the scrape lost) gets a blank line. Empty paragraphs are dropped; so are 444's newsletter line
before an article and its appeal for support after it ("A független magyar sajtónak soha nem
volt olyan nehéz dolga").
"""
import argparse
import csv
import gzip
import hashlib
import io
import os
import re
import struct
import subprocess
import sys

VACCINE_COMMIT = "6e64fd72563791386d41f92227d72f650d41f5bf"
CLASSIFICATION_COMMIT = "341b951af33042e3059e271aa3b6ca26371aa154"

# (file name, file in its repository, article address or row, sha256)
FILES = [
    ("176_index_olaszorszag_elrontott_oltasi.txt", "data/raw/articles_index.rds",
     "https://index.hu/kulfold/2021/04/12/olaszorszag-elrontott-oltasi-terv/",
     "0787f3c95862889f855ee94a6d3c967e6f2519698d593300f46517b500234d88"),
    ("177_index_a_kreml_a.txt", "data/raw/articles_index.rds",
     "https://index.hu/kulfold/2021/03/12/a-kreml-a-szputnyik-v-ellen-keszulo-nyugati-provokaciora-figyelmeztet/",
     "065cc5c6f5e6f00599b68369d8dc7094739cd94475eac82f85e629dd7ed0c015"),
    ("178_index_meg_honapok_telhetnek.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2021/04/17/meg-honapok-telhetnek-el-a-talalkozasig/",
     "4b4e7de8caff44cd337804e763fe838753caa2045aa55c2d28be5143809ea61b"),
    ("179_index_izrael_vakcinaigazolvany_magya.txt", "data/raw/articles_index.rds",
     "https://index.hu/kulfold/2021/03/13/izrael-vakcinaigazolvany-magyarorszag-eu/",
     "df8394b909e868251270f360d9a6205c56cf87ff0e9e2d6cc964d0a74f8f8cd1"),
    ("180_index_panaszokaregisztraciokapcsan.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2021/01/13/panaszok_a_regisztracio_kapcsan/",
     "dca26c4b987687b435f7d05ed6d9059dd3ec1d0849924dc3b4ffb304ef67e797"),
    ("181_index_pedagogus_oltas_szakkepzes.txt", "data/raw/articles_index.rds",
     "https://index.hu/gazdasag/2021/04/07/pedagogus-oltas-szakkepzes/",
     "f4b95798726906a582eb1bdcfe6e8bf61b2c83aea7bb201da0220d6b5fd82047"),
    ("182_telex_orban_viktor_kossuth.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/belfold/2021/02/05/orban-viktor-kossuth-radio-koronavirus",
     "5ecf0413adb80968dc24b9707608b135fcb8442f0c55fca61676939ccbaafe2f"),
    ("183_telex_szinhaz_nyitas_vedettsegi.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/04/23/szinhaz-nyitas-vedettsegi-igazolas-magyarorszag",
     "96281604875119bbc6516d2a23d0cb1640d6b0f5ad62012d2c5b66fa8afeb9ae"),
    ("184_telex_orban_interju_kozteve.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/03/31/orban-interju-kozteve-oltas-husvet-korlatozas",
     "0cd52c1ade8adb50a153255372e6a5d0b802f816e385f7433d3629164a0e7d58"),
    ("185_telex_koronavirus_magyarorszag_ferto.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2020/10/02/koronavirus-magyarorszag-fertozottsegi-csucs",
     "acd5c46bda4296f090f96d8dadaf6cf4b426bd2da78c93585f499c309d7b1b67"),
    ("186_telex_oltasi_hajlandosag_fidesz.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/belfold/2021/01/20/oltasi-hajlandosag-fidesz-ellenzek-europai-unio",
     "33d518c187d9e8bad2a75e4f5d5353180de0dd41ffd67fea04cd796ab9044acf"),
    ("187_telex_koronavirus_harmadik_hullam.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/01/03/koronavirus-harmadik-hullam-oltas-orban-viktor-vakcina",
     "b26031dba926b147fdc1efbf7bfe4e140f1f635dfdfc5d1000897ed80bdd929a"),
    ("188_24hu_hpv_vedooltas_vakcina.txt", "data/raw/articles_24hu_new.rds",
     "https://24.hu/tudomany/2020/09/11/hpv-vedooltas-vakcina-magyar-oltasi-program-mehnyakrak-szemolcs-fertozes-hetedikes-lanyok/",
     "b43860f9f307be1f04218e816a4d26f4f576c6685404980c6beffa9b59683d49"),
    ("189_24hu_koronavirus_gyogyszer_avigan.txt", "data/raw/articles_24hu.rds",
     "https://24.hu/tudomany/2020/05/24/koronavirus-gyogyszer-avigan/",
     "5ba18dfb6c4c82128c9b592f542debf1e59ddc17fad8137d87c29cd750ceecc5"),
    ("190_24hu_kariko_katalin_pfizer.txt", "data/raw/articles_24hu_new.rds",
     "https://24.hu/tudomany/2021/05/13/kariko-katalin-pfizer-vakcina-hatasossag/",
     "c6ebde5b2ead37b4b5c16186f6be791991ab26a63963fabe1aae092dc97451d5"),
    ("191_24hu_koronavirus_vakcina_orban.txt", "data/raw/articles_24hu_new.rds",
     "https://24.hu/kulfold/2021/02/17/koronavirus-vakcina-orban-viktor-visegradi-negyek-krakko/",
     "1656fe90a1d24d3d12fd1a64f8ded1adb82812aa57d1e83b65f2997eef2b9953"),
    ("192_24hu_koronavirus_operativ_torzs.txt", "data/raw/articles_24hu_new.rds",
     "https://24.hu/kozelet/2021/02/15/koronavirus-operativ-torzs-muller-cecilia-vakcina-oltas-gyorgy-istvan/",
     "bd8be2e594a18e716e2fc118f985a11e194b460287506e926d7fa7d9dd841965"),
    ("193_444_a_miniszterium_jarvanyszakerto.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2021/03/24/a-miniszterium-jarvanyszakertoje-szerint-nincs-okunk-ketelkedni-nyerhetunk-a-virussal-szemben",
     "cf09d7e26fca241d523b4a2074f2f3a4a41594b3480622dd36534ed1a5825e8c"),
    ("194_444_harom_honapja_nem.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2020/08/12/harom-honapja-nem-volt-ilyen-sok-uj-fertozott-nemetorszagban",
     "5c39223c6686323a16d5524ff096d3e24eb4a3814e7caa4a8c694590563794c5"),
    ("195_444_nyarra_mar_vakcinaboseg.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2021/03/16/nyarra-mar-vakcinaboseg-lehet-magyarorszagon",
     "8a0ed810508cef6b82f246f1517ca636a7745fdc9c89b231fb66cf83ea8d8028"),
    ("196_444_a_biontech_es.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2020/12/01/a-biontech-es-a-pfizer-is-engedelyeztetesi-kerelmet-nyujtott-be-europaban",
     "baeaefd581124eba9f7bbc5954c1238d34a00cd64570b4c117af81025a143b80"),
    ("197_index2019_techtud_115.txt", "texts.csv",
     "115",
     "911f843a4e50a90221c1139c6c0a06321fae03b7a4ecc9e148450607cb1aaf0d"),
    ("198_index2019_sport_1245.txt", "texts.csv",
     "1245",
     "f9637f1367c19679d991a7c4b2e32ab334ffa950c19e30326b7deb9b899ea151"),
    ("199_index2019_techtud_189.txt", "texts.csv",
     "189",
     "4ef0fe7d50d473e346749234f7fc0c2fd63024c2e29c11cf9112e72027f4960e"),
    ("200_index2019_techtud_99.txt", "texts.csv",
     "99",
     "bb1d4d32982a00f745646bd9328e472adc97012559aac9ef78d2a09fc05e8dd0"),
    ("201_index_orban_viktor_kossuth.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2021/02/12/orban-viktor-kossuth-radio-interju-2021_02_12/",
     "f0b5efd9f7f230692fef7f06bf3149a1ef43cc8c657b6942269b4efaa1374fa2"),
    ("202_index_koronavirusjarvanyvakcinaoltas.txt", "data/raw/articles_index.rds",
     "https://index.hu/techtud/2020/08/07/koronavirus_jarvany_vakcina_oltas_vedooltas_orban_viktor_europai_unio_versenyfutas/",
     "46766836d1a8bf2309873bb19e3fb04eaff557d9e75a5f359a0a8f5421eddd65"),
    ("203_index_orban_viktor_kossuth.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2021/04/09/orban-viktor-kossuth-radio-koronavirus-nyitas/",
     "ec3af2c66284c3e6829a3d84a8fd4cdc53290c1e4398d00771ff5104492b8fb7"),
    ("204_telex_ket_egyszeru_adat.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/03/27/ket-egyszeru-adat-es-barkirol-kiderulhet-regisztralt-e-oltasra",
     "bdfa5dbc7c43e9cd225ca49b30e1cbe6ed266eb85bbb720387ab80c57d1f181e"),
    ("205_telex_operativ_torzs_muller.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/03/17/operativ-torzs-muller-cecilia-marcius-17",
     "9ba5c4b66800ea9df36ce9144d6d94cf1f6a9c7b698d542ce7adc73445140611"),
    ("206_telex_jarvanyugyi_adatok_magyarorsza.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/03/10/jarvanyugyi-adatok-magyarorszag-korhaz-fertozottek-2",
     "298ac95cfa88c28b6d926d198232543811fe32946dc3e72e61385316b108c724"),
    ("207_24hu_koronavirus_szijjarto_peter.txt", "data/raw/articles_24hu_new.rds",
     "https://24.hu/kulfold/2021/03/01/koronavirus-szijjarto-peter-orosz-kinai-vakcina-becsi-otok/",
     "1c1e15ef26016898e4f9f9244a1712152f947d5d732f6be86a22da3ef947f928"),
    ("208_24hu_koronavirus_magyarorszag_vakci.txt", "data/raw/articles_24hu.rds",
     "https://24.hu/tudomany/2020/03/20/koronavirus-magyarorszag-vakcina-kutatas-oltas-jarvany/",
     "b813e445761a77a243d4bedcb01a4e526a41495035fe2fc52c9d366318558d6b"),
    ("209_444_tavasszal_erkezhet_csak.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2020/12/14/tavasszal-erkezhet-csak-nagy-mennyisegu-oltoanyag-magyarorszagra",
     "2a1b663cadf74f85f5125cbb3ecb96e6a3e2ac93939d6e09fb9bca230dd6d901"),
    ("210_444_kosa_lajos_tokeletesen.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2021/05/04/kosa-lajos-tokeletesen-elmagyarazta-miert-felrevezeto-es-tudomanytalan-a-kormany-vakcinatablazata",
     "876868dc8ce25084bfe365c48dc05e9f23a30e5a0b44422f2036029a62a052e0"),
    ("211_index_korabban_semmilyen_komoly.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2017/06/08/korabban_semmilyen_komoly_baja_nem_volt_az_agyhartyagyulladasban_meghalt_kisbabanak/",
     "c5d0961e43034d22f0352f7ec8e2e069e8f7c6cc20504c589746aa5d22b5d6fb"),
    ("212_index_oltasellenes_hazaspar_l.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2018/06/08/oltasellenes_hazaspar_l.csaba_targyalas/",
     "e4ea55ad34f0ab342d8e27dc5bcd51c8e7a7b537ec87ec37f3ed2dc7d27ae03b"),
    ("213_index_eum.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2009/10/19/eum/",
     "16f1dc6f0c6133407774db4c374883168159e7e4f3b9d5125ce50ab728d76314"),
    ("214_telex_szallodaszovetseg_elnoke_flesch.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/02/19/szallodaszovetseg-elnoke-flesch-tamas-nyitas-oltott-vendegeknek",
     "774fdbbf3ed6b444a70dfba3b07962e75d7f4c04764b0e263c7908945cccfc34"),
    ("215_telex_uj_koronavirustorzs_nagy.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2020/12/20/uj-koronavirustorzs-nagy-britannia-vakcina-hatasos-jens-spahn-nemet-egeszsegugyi-miniszter",
     "f323eb1eb0dfc8c640c54a191242a67ea4477637ae3a26cfe7f47f098754bbc0"),
    ("216_telex_orban_viktor_koronavirus.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2020/11/09/orban-viktor-koronavirus-egeszsegugy-bejelentes-intezkedes",
     "d739eeeb2e819d98896d25f544bc44b45e955f3f74202bddace98631fd05701e"),
    ("217_24hu_koronavirus_vakcina_oltoanyag.txt", "data/raw/articles_24hu_new.rds",
     "https://24.hu/kulfold/2021/01/28/koronavirus-vakcina-oltoanyag-oltas-astrazeneca-europai-bizottsag-egyeztetes/",
     "e8750209d850518f16b8abcc5b15a968f9eac37e47e6b6c4f2c3e9a44f5de438"),
    ("218_24hu_kasler_egeszseges_eletmod.txt", "data/raw/articles_24hu.rds",
     "https://24.hu/belfold/2019/04/29/kasler-egeszseges-eletmod/",
     "6db7917c922b506e8aedacfc825735920ffaae01bc6f9deb6be3f5a8a0e643ee"),
    ("219_444_muller_cecilia_meg.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2021/04/19/muller-cecilia-meg-nem-tudjuk-kell-e-harmadik-oltas",
     "ee35b015747ebaf1be328615e8215e612dc69ff257805ffb5e02c82dbd727dae"),
    ("220_444_oktoberben_rosszabb_lesz.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2020/09/14/oktoberben-rosszabb-lesz",
     "560ec9b3b193b5aab76086a0a28d11b38045d73076cd3689b244ff6429c8e6aa"),
    ("221_index_zacher_gabor_oltoanyag.txt", "data/raw/articles_index.rds",
     "https://index.hu/belfold/2021/02/24/zacher-gabor-oltoanyag-vakcina-oltas-koronavirus-jarvany-covid-19-eloadas/",
     "88fb9a001b2424cdc68d788ce3f235b4f693fab6df0f9026268ed2e3b7d297e6"),
    ("222_index_astrazeneca_europai_unio.txt", "data/raw/articles_index.rds",
     "https://index.hu/kulfold/2021/01/31/astrazeneca-europai-unio-szallitas-ursula-von-der-leyen/",
     "26079ef566827cc204afd34bcc072d25d8fa3eee9719888917156ec5b0bd9476"),
    ("223_telex_muller_cecilia_a.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/05/11/muller-cecilia-a-korokozo-nem-ismer-hatarokat-de-egyelore-meg-nincs-itt-az-indiai-mutans",
     "260ddcde347e49ebe2cff0d0c5f62a0869380585f57e6b4ec541ea6a6c352f97"),
    ("224_telex_operativ_torzs_tajekoztato.txt", "data/raw/articles_telex.rds",
     "https://telex.hu/koronavirus/2021/01/07/operativ-torzs-tajekoztato-01-07",
     "fd95427eaa1478a866808c2fef23e1556f84a87efe278b9c71ebdde8e4f7c92e"),
    ("225_24hu_videk_vakcina_korhaz.txt", "data/raw/articles_24hu_new.rds",
     "https://24.hu/belfold/2020/12/30/videk-vakcina-korhaz/",
     "4576295a47f31dcc9a400184a43e1d8d7360225ee50bd3f2d38e87fd50dfcf8c"),
    ("226_24hu_ujinfluenza_mindenkit_be.txt", "data/raw/articles_24hu.rds",
     "https://24.hu/belfold/2009/08/13/ujinfluenza_mindenkit_be_kene_oltani/",
     "417fd6379f1ec8662aca980a69031db016ed3ac018b01d503eb0876997681fac"),
    ("227_444_gulyas_gergely_szerint.txt", "data/raw/articles_444hu.rds",
     "https://444.hu/2021/03/25/gulyas-gergely-szerint-teljesen-rendben-van-hogy-az-oroszok-kesve-szallitjak-a-vakcinakat",
     "4fb362d2ba8e5b61e1431d353383cff666e6050f8164de48455669103d7322ad"),
    ("228_index2019_kultur_519.txt", "texts.csv",
     "519",
     "e4c6c8af2564f5f57c5ee96d7e55270ff28a8428a54570f50bee2cf00b1beb37"),
    ("229_index2019_kultur_397.txt", "texts.csv",
     "397",
     "d975c775b201ab4ed49aae22e7beed8092b3cae77a7a773f4cfb8a145b6cc2f1"),
    ("230_index2019_sport_1038.txt", "texts.csv",
     "1038",
     "51d6024834c6cb70d49babde164e16a3fa390be4ffaf5a830ef408ac94411217"),
]

GLUED = re.compile(
    r"(?<=[^\W\d_]{2}[.!?])(?=[A-ZÁÉÍÓÖŐÚÜŰ„])|(?<=[^\W\d_][.!?]”)(?=[A-ZÁÉÍÓÖŐÚÜŰ„])"
)
NEWSLETTER = "Minden hétköznap elküldjük"
APPEAL = "A független magyar sajtónak soha nem volt"


def paragraph(text: str) -> str:
    return GLUED.sub("\n\n", re.sub(r"\s+", " ", text).strip())


def normalise(title: str, paragraphs: list[str]) -> str:
    kept = []
    for par in paragraphs:
        if par.strip().startswith(NEWSLETTER):
            continue
        if par.strip().startswith(APPEAL):
            break
        if par.strip():
            kept.append(paragraph(par))
    body = "\n\n".join(kept)
    return f"{paragraph(title)}\n\n{body}\n" if title.strip() else f"{body}\n"


# -- R's serialisation format ---------------------------------------------------------------


class _Rds:
    """A reader of R's XDR serialisation (saveRDS), only what these data frames hold."""

    NIL = (254, 242, 241, 253, 252, 251, 247)  # NULL, the environments, missing arguments
    PAIRS = (2, 6, 17, 239, 240)  # pairlists, calls, dots, pairlists with attributes

    def __init__(self, data: bytes) -> None:
        self.data = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
        if self.data[:2] != b"X\n":
            raise ValueError("not an R serialisation in XDR form")
        self.pos = 2
        self.refs: list[object] = []

    def int(self) -> int:
        value: int = struct.unpack(">i", self.data[self.pos : self.pos + 4])[0]
        self.pos += 4
        return value

    def length(self) -> int:
        n = self.int()
        return (self.int() << 32) + self.int() if n == -1 else n

    def numbers(self, code: str, size: int) -> list:
        n = self.length()
        values = list(struct.unpack(f">{n}{code}", self.data[self.pos : self.pos + size * n]))
        self.pos += size * n
        return values

    def read(self) -> object:
        version = self.int()
        self.int()
        self.int()
        if version == 3:
            skip = self.int()  # the native encoding's name
            self.pos += skip
        return self.item()

    def item(self) -> object:  # one branch per type
        flags = self.int()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind in self.NIL:
            return None
        if kind == 255:  # a reference to an object read before
            return self.refs[(flags >> 8 or self.int()) - 1]
        if kind in (249, 250):  # a namespace or package: its names
            self.int()
            value: object = [self.item() for _ in range(self.int())]
            self.refs.append(value)
            return value
        if kind == 1:  # a symbol
            value = self.item()
            self.refs.append(value)
            return value
        if kind in self.PAIRS:
            return self.pairs(has_attr, has_tag)
        if kind == 238:  # an ALTREP object: its class, state and attributes
            return ("altrep", self.item(), self.item(), self.item())
        if kind in (4, 22, 23):  # an environment, an external or a weak pointer
            value = ("opaque", kind)
            self.refs.append(value)
            if kind == 4:
                self.int()
                for _ in range(4):
                    self.item()
            elif kind == 22:
                self.item()
                self.item()
            if kind != 4 and has_attr:
                self.item()
            return value
        if kind == 9:  # a string
            n = self.int()
            if n == -1:
                return None
            text = self.data[self.pos : self.pos + n].decode("utf-8", "replace")
            self.pos += n
            return text
        if kind in (10, 13):
            vector: object = self.numbers("i", 4)
        elif kind == 14:
            vector = self.numbers("d", 8)
        elif kind == 15:
            vector = self.numbers("d", 8)
            self.pos += 8 * len(vector)  # type: ignore[arg-type]
        elif kind == 24:
            n = self.length()
            vector = self.data[self.pos : self.pos + n]
            self.pos += n
        elif kind in (16, 19, 20):
            vector = [self.item() for _ in range(self.length())]
        else:
            raise ValueError(f"R type {kind} is not read here")
        attributes = self.item() if has_attr else None
        names = dict(attributes[1]).get("names") if isinstance(attributes, tuple) else None
        if kind == 19 and isinstance(vector, list) and names and len(names) == len(vector):
            return dict(zip(names, vector, strict=True))  # a data frame, or any named list
        return vector

    def pairs(self, has_attr: int, has_tag: int) -> tuple:
        items = []
        while True:
            if has_attr:
                self.item()
            tag = self.item() if has_tag else None
            items.append((tag, self.item()))
            flags = self.int()
            if flags & 0xFF not in (2, 239):
                self.pos -= 4
                self.item()  # the list's end
                return ("pairlist", items)
            has_attr, has_tag = flags & (1 << 9), flags & (1 << 10)


def read_rds(data: bytes) -> object:
    """The object in an .rds file: a data frame is a dict of its columns, a vector a list."""
    return _Rds(data).read()


def show(git_dir: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          capture_output=True, check=True).stdout


def articles(args: argparse.Namespace, path: str) -> dict[str, str]:
    """Each article's normalised text in one file, by address or row."""
    if path.endswith(".rds"):
        frame = read_rds(show(args.vaccine, VACCINE_COMMIT, path))
        out = {}
        for url, title, content in zip(
            frame["url"], frame["title"], frame["content"], strict=True
        ):
            if isinstance(url, str) and isinstance(content, list):
                pars = [p for p in content if isinstance(p, str)]
                out.setdefault(url, normalise(title if isinstance(title, str) else "", pars))
        return out
    raw = show(args.classification, CLASSIFICATION_COMMIT, path).decode("utf-8")
    csv.field_size_limit(10**8)
    return {row[0]: normalise("", row[2].split("\n")) for row in csv.reader(io.StringIO(raw))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vaccine", required=True,
                        help="git dir of NLP_hungarian_vaccine_media_communication")
    parser.add_argument("--classification", required=True, help="git dir of Text_classification")
    parser.add_argument("--write", help="folder to write the texts into")
    args = parser.parse_args()
    tables: dict[str, dict[str, str]] = {}
    bad = 0
    for name, path, key, digest in FILES:
        if path not in tables:
            tables[path] = articles(args, path)
        text = tables[path].get(key)
        if text is None:
            print(f"missing {name}")
            bad += 1
            continue
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
