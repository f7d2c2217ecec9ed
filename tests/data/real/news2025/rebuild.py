#!/usr/bin/env python3
"""Rebuild the private press texts 70-147 and 170-175 from 4mbrus/Hungarian-News-Scrape.

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
    ("80_magyarnemzet_biro_bors.txt", "data_raw/mn_db.csv",
     "https://magyarnemzet.hu/belfold/2025/12/magyar-peter-koran-orult-torvenyt-serthetett-a-"
     "borsot-betilto-birono",
     "739ecfd8ed79fcda40675b573ab3d07d979ad67ad44e16ee92892e9347964e78"),
    ("81_magyarnemzet_bakondi_kozbiztonsag.txt", "data_raw/mn_db.csv",
     "https://magyarnemzet.hu/kulfold/2025/12/bakondi-gyorgy-jelentosen-romlott-europa-"
     "kozbiztonsagi-helyzete-azzal-hogy-az-eu-humanitarius-kerdeskent-tekintett-az-illegalis-"
     "bevandorlasra",
     "69e420afb5eead08a890c0e7c8ce92c46e6643bdd8e86ca83cafd0f5362be228"),
    ("82_hvg_tanarok_beremeles.txt", "data_raw/hvg_db.csv",
     "https://hvg.hu/gazdasag/20251224_rendelet-tanarok-kulturalis-szocialis-dolgozok-beremeles",
     "6c05578171de15fc21a9c8cc72190b13c0c3e82e4004168b2c4743ba5eaf7cff"),
    ("83_hvg_toth_balazs_serules.txt", "data_raw/hvg_db.csv",
     "https://hvg.hu/sport/20251224_toth-balazs-serules-valogatott-kapus-karacsonyi-bajnoki",
     "723829cd41d102446e68ea8a540ed072c6f0ed33aac2022e5ac5ca7b01083bbb"),
    ("84_telex_kulugy_tisztogatas.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/22/tisztogatas-amerikai-kulugyminiszterium-"
     "karrierdiplomatak-visszahivasa-nagykovet-30-orszag-marco-rubio-donald-trump-america-first",
     "296d61e2c0436b7b0a88be365b66f71ec5bec9836114aaba13df25c307f2c65f"),
    ("85_telex_kamionos_tuntetes.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/22/tuntetes-kamionosok-fuvarozok-m3-as-autopalya-"
     "hosok-tere-budapest-torlodas-rendorseg",
     "d5374cb7d27611fa81fa1994401d412ac5b461c94e6a469f3733e8ae46d463da"),
    ("86_telex_bondi_beach.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/21/egyperces-nema-csend-kifutyult-miniszterelnok-ezrek-"
     "emlekeztek-bondi-beachen-az-aldozatokra",
     "b63799e40fd8223b135f9488f552164e0aeb1ecfbba7ea6ebd34485caa3862c2"),
    ("87_telex_biroi_egyesulet.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/21/magyar-biroi-egyesulet-bors-terjesztes-tisza-part-"
     "megszoritasok-kulonszam",
     "4689348b29d5ad0b6b09d8363a16a5981a3ecde14f30b044e4040a3a7411e18c"),
    ("88_telex_nagy_marton_interju.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/23/nagy-marton-ngm-interju-novekedes-repulorajt-siker",
     "528170a5246c710ead305d8a5cd84289986a2f171a2a3e6801544959c71b0d69"),
    ("89_mandiner_tanacs_zoltan.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/ez-a-kommunistatempo-tanacs-zoltan-is-atvette-a-"
     "fonoke-stilusat-megfenyegette-a-magyar-jelen-munkatarsait",
     "d51818b6af41f9f21063627509e82281ef2afde92c3fcfc08e39a22a913bdba5"),
    ("90_mandiner_dzsudzsak_interju.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/sport/2025/12/dzsudzsak-balazs-dvsc-interju-podcast",
     "30932ab2cdf5a9f4f745753574d2276180c96778aa6e69bfdee7e73758d0ee0a"),
    ("91_telex_pecs_onkormanyzat.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/23/pecsi-hirek-onkormanyzat-fidesz-ellenzek-peterffy-"
     "media-pecs",
     "ec660b78e1508fb55391f1ae06d6ea1120ff888f4f9698b3b03c499edd0863d2"),
    ("92_telex_lazar_bors_birok.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/22/lazar-janos-bors-tisza-part-adotervek-birok",
     "ee65801a87122d22550d7314a079a709f3b13c4fe1c41ebc67349fd77c8b424b"),
    ("93_telex_benes_dekretum.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/23/szlovakia-benes-dekretum-bunteto-torvenykonyv",
     "c6ed85225ba7ba72794b966664d5de125c46ba7b87079f4964e6c2f2ee079e39"),
    ("94_telex_magyar_peter_csaszar_attila.txt", "data_raw/telex_db.csv",
     "https://telex.hu/zacc/2025/12/21/magyar-peter-csaszar-attila-forralt-bor",
     "2f191efe4c27af9138e16930cf122b655c7e4c38c5c7984668fb0b2594ec8505"),
    ("95_telex_szolidaritasi_hozzajarulas.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/24/szolidaritasi-hozzajarulas-engedely-kistelepulesek-budapest-98-milliard",
     "19af3d16dd3ffbcfa3039404ac37ed53922a093f6385e057090cd308d8a95a71"),
    ("96_telex_szibiha_orban.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/20/andrij-szibiha-orban-viktor-beszede-nem-vilagos-ki-rohant-le-kit",
     "4336e6bec23e48c7c55c9cf06171daca0b31e2d9b940662190e5262b241e42f4"),
    ("97_telex_szolo_utca_vezetok.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/20/szolo-utca-javitointezet-vezetok-bemutatasa-rendesz-nevelo-ugyintezo",
     "fdd69aa373d1198f2852f88901d829230ca61e37fd60710fa5aaa3a06061c724"),
    ("98_telex_vance_americafest.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/22/jd-vance-donald-trump-americafest-rendezveny-toresvonalak-osszefogas",
     "e523ac92bb1c2ebcac18ac2c366c3272437232246a272fbb1d96bbb0df3ae224"),
    ("99_mandiner_rutte_ukrajna.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/a-nato-fotitkara-szinte-retteg-oroszorszag-elnoketol-rutte-szerint-a-legfontosabb-feladat-ukrajna-penzelese",
     "3c278fb0d6345cf3b7f51fc7de17aa0db3f88bb1018eae2214760e4f8a48c910"),
    ("100_mandiner_orban_zelenszkij.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/orban-viktor-kiosztotta-zelenszkijt-az-europai-bizottsag-megemelte-a-kalapjat-magyarorszag-elott-lekapcsoltak-gyurcsany-ferencet",
     "ec685ecb914f7e7c33f1dcdef6a90b5c5cbd18af03d51303c1fbd4057b7859a3"),
    ("101_mandiner_urallomas_befektetes.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/magyar-ceg-ir-urtortenelmet-amerikaban-100-millio-dollaros-befektetes-az-urallomas-jovojebe",
     "851c7e94cbaf1fd14240df00298c86040588cced50cdbcd88ae88b72f887077a"),
    ("102_mandiner_toth_alex.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/sport/2025/12/toth-alex-szokni-kell-ami-tortent-uzent-a-fradistaknak",
     "961fc11f6602267516354bb52a038e20f83529912e691ceb65d117879c3776bd"),
    ("103_hvg_szivarvanycsalad.txt", "data_raw/hvg_db.csv",
     "https://hvg.hu/360/20251224_karacsony-szivarvanycsalad-pride-hatas-lmbtq-elfogadas-kozosseg-tagja-elleni-eroszak-adatok-hvg-tavol-es-megis-kozel",
     "ffc3038c43d64269ae436f9e7e4f0d09e0a671fa28d01c799ad4d8416de1dff6"),
    ("104_telex_orban_interju.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/24/orban-viktor-interju-karacsony-haboru-valasztas-gazdasag",
     "05e58eebed98dcab16f37ebe5c82af6802c29a9ec3ef0e9a62b844bf32b15cf1"),
    ("105_telex_brown_egyetem.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/23/brown-university-egyetem-lovoldozes-egyesult-allamok-reddit",
     "aef93fed81d0e3d6ec088ee18f001361c454de8dcef744368aecabb47a3734b3"),
    ("106_telex_durov_telegram.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/23/pavel-durov-telegram-lombik-spermadonor",
     "587d891f2767dd3cc40fd82b542199f00eb34624e075536eb1ab99e219c6d841"),
    ("107_telex_szajkarate_bm.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/23/szajkarate-belugyminiszterium-meszaros-lorinc",
     "a913309eaead9741cac673e09fee6a2bd936276e8b863c379430b0aca633388b"),
    ("108_telex_fidesz_gyor_jeloltek.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/23/fidesz-kdnp-orszaggyulesi-valasztas-2026-tisza-part-gorbicz-anita-szeles-szabolcs-fekete-david-gyor",
     "dcf27b41bd0eb0a048517171ff10729bbb23bbac72ba592edd8c793a973788b3"),
    ("109_telex_palocz_eva.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/22/palocz-eva-makroelemzo-kopint-tarki-vezerigazgato-penzugyi-vedopajzs",
     "7486a127271bb45cb4318f71efb00258cafbfb2bddc8a03b129503afc8ccd0a6"),
    ("110_mandiner_atya.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/az-atya-is-igy-hajolt-le-hozzank-hogy-atoleljen-bennunket",
     "c956070449acd397e1f333248945305809d7c83c1978fa4db095400a8356be00"),
    ("111_mandiner_karacsony_idegosszeomlas.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/karacsony-idegosszeomlas-nelkul-ezen-mulik",
     "3531f0c3d746aa61f79d4d796bfdf857244b5c9c2ff470734cb8c60b0d1159d0"),
    ("112_mandiner_kormany_bejelentesek.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/fontos-bejelenteseket-tesz-a-kormany-karacsony-elott-kovesse-nalunk-eloben",
     "fb47b4245b747b61b58e2b416dea9d4321eec36f4e0312a795ab52b81dbc0d7d"),
    ("113_mandiner_grofno_karacsonyfa.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/feszitsetek-keresztre-a-magyar-grofno-olyat-tett-ami-mindent-megvaltoztatott-o-allitotta-az-elso-karacsonyfat-is",
     "ecb81774bb8f891a3f757c872782e07688e4a3baab92066954005c5ab77b6a56"),
    ("114_telex_rizs_lobbi_trump.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/21/4sisters-rice-meryl-kennedy-lobbi-trump-rizs-vam",
     "8f16a7cef28eb2722d7d1b6c57d7749033f7d30c52481e49279564e7f01a54b7"),
    ("115_telex_orban_tv2_tisza.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/22/orban-karacsony-elott-meg-gyorsan-a-tv2-ben-is-felmondta-milyen-vilag-jon-szerinte-ha-a-tisza-nyer",
     "1248ee7382e94c470d42f382a97c6780bdfa73d270908bbedec667269c718e02"),
    ("116_telex_zsiday_2026.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/22/zsiday-viktor-2026-musor-legfontosabb-allitasok-gazdasagpolitika-fidesz-tisza-ner",
     "ef92a508e183a00488976eba58b07559f360da31baaa5b42a6909187233a891d"),
    ("117_telex_szolo_utca_kilencedik.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/21/szolo-utcai-ugy-bantalmazas-rendesz-kilencedik-gyanusitott",
     "08a2516dd0c418a60ab5ebc545a252fec098c947d3e8e509a50b19f9b7fd241b"),
    ("118_telex_odessza_tamadasok.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/23/orosz-ukran-haboru-odessza-elleni-tamadasok-fokozasa-fekete-tenger",
     "bea1a52e2df377d8d29724954a54362911ff9b1c7fe7e7ab0b2989ae1f7273d7"),
    ("119_telex_kutatokozpont_szolo_utca.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/22/21-kutatokozpont-kutatas-szolo-utcai-ugy-megitelese",
     "f7ace9159419b934a3ff712ec5ef28e9a2453ba9038e2a8bedc61355fd8ec6af"),
    ("120_telex_gronland_dania.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/22/gronland-dania-egyesult-allamok-lars-lokke-rasmussen",
     "29d5e9a949ba2bb336e2190ab73a52b544e2f0c879e1cf6583cbaed115f2ed96"),
    ("121_mandiner_tisza_hallgatok.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/a-tisza-part-a-magyar-hallgatok-erdekei-ellen-lep-fel",
     "6cf8ec76e28d08b2bee4be380974f207e79bf42c8a6529da0cb56d0dabeb68db"),
    ("122_mandiner_ensz_nagykovet.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/nem-normalis-idoket-elunk-hosszu-es-nehez-tel-var-ukrajnara-borusan-latja-a-jovot-az-ensz-egykori-amerikai-nagykovete",
     "024262fcda680abb7f1c69d23bcc0c936a820fb28c82e09c43276e0ebec248e3"),
    ("123_mandiner_gyurcsany_bajnai_szakertok.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/belfold/2025/12/a-gyurcsany-bajnai-kormanyok-szakertoi-most-magyar-peter-segitoi-am-errol-most-meg-nem-beszelhetnek",
     "bb45b7a2b5e8a1ee42d39e2312d0cdf2942fa121c7beb75be1fa23d2787321fe"),
    ("124_telex_trump_szomaliai_bevandorlok.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/22/donald-trump-szomaliai-bevandorlok-egyesult-allamok",
     "fbb139ee809166cb0f5e124251d9ad1a5eeb09ba931642ed17d925d8a11d72d0"),
    ("125_telex_biro_zoltan_2026.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/23/sz-biro-zoltan-2026-musor-legfontosabb-allitasok-orosz-ukran-haboru",
     "77de57effc89fbe4c320127bd5ce8daeaae6784d548d8faf97cca92b8155dc79"),
    ("126_telex_paks_futoelemek.txt", "data_raw/telex_db.csv",
     "https://telex.hu/techtud/2025/12/22/paks-atomenergia-atomeromu-futoelemek-framatome-westinghouse-nuklearis-vilagkiallitas-parizs-szijjarto-peter",
     "f14551a55ba7b34ce90be62f6c3aa6d42b35df5fb1b742931aa66cbd994e4846"),
    ("127_telex_kamionos_demonstracio.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/23/orosz-tibor-kamionos-demonstracio-utdij-reakcio",
     "db6bfdfa8e18ceaec70842382bc1b49f6e9960326573d7ec757b84dce543fb0d"),
    ("128_telex_lazar_kamionosok.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/22/lazar-janos-kamionos-demonstracio-reakcio",
     "b64d470d6977ef528bc58dd407624f989d75de15fba40421b6642315a76435ba"),
    ("129_hvg_veszprem_bantalmazas.txt", "data_raw/hvg_db.csv",
     "https://hvg.hu/itthon/20251223_veszprem-bantalmazas-otthon-fogyatekossaggal-elo-emberek-nevelo-rtl-rendorseg-nyomozas-gyermekvedelem",
     "8101f8b8737a36f50917714273f426b8a66de22d0e21c5c7aad8ea0602513306"),
    ("130_magyarnemzet_ujsagirok_fenyegetes.txt", "data_raw/mn_db.csv",
     "https://magyarnemzet.hu/belfold/2025/12/ujsagirok-fenyegetes-tisza-part-magyar-peter-botrany-video",
     "cded476cd8146f9e76a016db3ba03bef6b9af0b289ca6ab8909b103424fc8a17"),
    ("131_magyarnemzet_keri_migracio.txt", "data_raw/mn_db.csv",
     "https://magyarnemzet.hu/belfold/2025/12/tisza-part-magyar-peter-keri-laszlo-migracio-ukran",
     "35be78b341e878a5ef37ebb8a301bf7176b0f263aa4bf7c3876746fca1fd5999"),
    ("132_mandiner_ejjeli_tamadasok.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/nem-pihennek-a-fegyverek-az-oroszok-egesz-ejjel-lottek-az-ukranokat",
     "f9fdb73bf4bbfc7aa4cb488f73e2a735fdbcae18b4065c47a8ba23afcc89e0c1"),
    ("133_magyarnemzet_mediaszovetseg_bors.txt", "data_raw/mn_db.csv",
     "https://magyarnemzet.hu/belfold/2025/12/mediaszovetseg-bors-kulonszam-tisza-ado",
     "4aeff6c3e135e01b1142bef8fa134a62e3df23a659cce9cab28f4a637d1ae2a7"),
    ("134_telex_beketerv_moszkva.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/24/ukrajna-egyesult-allamok-beketerv-varja-moszkva-valaszat-orosz-ukran-haboru-zelenszkij-putyin",
     "4934a5612fda6df2c52fde23566c272b6bf863b1ea9ce5e33ce182a5d7369f39"),
    ("135_telex_amnesty_onazonossagi.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/22/amnesty-international-magyarorszag-panasz-europai-bizottsag-onazonossagi-torveny-kirekeszto-rendeletek",
     "d4c76d094b28b76e059575bc7039b0cab7b5081f369c5c403649cb518f5d1e39"),
    ("136_telex_carlos_opec_tuszdrama.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/21/becs-ausztria-opec-csucs-tuszdrama-carlos-a-sakal-50-evfordulo",
     "bf0a4839e65db14994c75653124b4ebd1eb9ea5afdad22caaa1d3c0583e31450"),
    ("137_telex_peter_moore_sorozatgyilkos.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/23/peter-moore-brit-sorozatgyilkos-evfordulo-gyilkossag-bunugy",
     "df8e884723372cb7951fbc79e1a2d1870f12acd9a1e6c9bbbc1c06d58bf9f958"),
    ("138_telex_karacsonyi_divat.txt", "data_raw/telex_db.csv",
     "https://telex.hu/eletmod/2025/12/23/karacsonyi-divat-kioltozes-kenyelem-unnep",
     "4214974a9bb04d25adf8e358ef18d6a1c9afab7430a263b5dff11129c34ed6bf"),
    ("139_telex_folgazarak_lng.txt", "data_raw/telex_db.csv",
     "https://telex.hu/g7/penz/2025/12/23/folgazarak-lng-orosz-levalas-boseg-olcso-gaz",
     "1a40f278703a89039eb936e955ec0edb777642a976b1920ac5150f81b7b638de"),
    ("140_telex_karacsony_gergely.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/23/karacsony-gergely-egyenes-beszed-1",
     "a6ec957f125ca2cc11456261c1af1092f9dad4f7caa4a5e7be63b40f031db035"),
    ("141_telex_mnb_alapitvany.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/23/mnb-alapitvany-mnb-ugy-kozpenz-vagyonvesztes-optima-padme",
     "4e8e29b370ec6a8c390832538a86d2f89abd6fd2a710843a078908b733aeb3d0"),
    ("142_telex_trump_epstein_foto.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/22/donald-trump-jeffrey-epstein-visszaallitott-foto",
     "938b537f6870595c638c7e209af71df0650e8cfbc1fa669072bb0bd5dfbe12d9"),
    ("143_telex_mav_repteri_vasut.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/24/mav-repteri-gyorsvasut-koncesszio-ngm-ekm",
     "4aaf97bfbba79e2f6788498fa1c4581c1d918cffdf50345f5eae6ae94ab96b79"),
    ("144_mandiner_zelenszkij_800_milliard.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/800-milliard-dollar-zelenszkij-bemondta-a-horrorisztikus-vegosszeget-aztan-jott-a-feketeleves-europanak",
     "1125a98d99a5c8595fe7846ed86070290a3d5f71d2f8363dfacc0390234e5508"),
    ("145_telex_ekm_fuvarozok.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/21/ekm-reakcio-fuvarozok-megallapodas-utdij",
     "b8e565549f52ccc9d776f828e5167fca8df4dc7f12a4cd697f3ea7c90bef3c24"),
    ("146_telex_szeged_dpk_gyules.txt", "data_raw/telex_db.csv",
     "https://telex.hu/belfold/2025/12/22/szeged-dpk-gyules-lazarinfo-kerdesek-felkerdezes-gyerekvedelem",
     "d88177484951fa7857638beda6910b4256cb50b77ea43255765425d7d0a45e55"),
    ("147_telex_nicki_minaj_trump.txt", "data_raw/telex_db.csv",
     "https://telex.hu/after/2025/12/22/nicki-minaj-donald-trump-dicseret-turning-point-usa-vendeg-erika-kirk",
     "e0fb7b943cadddcc047597b9671ec0336f95aac8028248dacaa749cb1979a144"),
    ("170_telex_usa_kitiltas_breton.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/24/egyesult-allamok-kitiltas-techcegek-thierry-breton-eu-biztos",
     "05ec43bb6cb2e6adec77452f81404bffa735073e60e4a996e6d357a5db0211ba"),
    ("171_telex_vucic_nis_eladas.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/23/aleksandar-vucic-szerbia-nis-mol-gazprom-eladas",
     "b8fb46f977280cc72470401bd6d697c081e27eb8b745187bcf856d8a0ac58891"),
    ("172_telex_kolumbia_kokain.txt", "data_raw/telex_db.csv",
     "https://telex.hu/kulfold/2025/12/21/kolumbia-elnok-drogfogas-kokain-27-tonna",
     "1283434b9369cdedb0613d00e400ee995dede3839e01d981277affbf3d71322e"),
    ("173_mandiner_macron_jobboldal.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/belso-ellenseg-tiporta-porba-macron-haborus-elkepzeleseit-a-francia-jobboldal-szavaiban-orban-viktor-gondolatai-visszhangzanak",
     "cbba6f81a328b4f9f36e4272fad79cca645a807660b3c2ae0237429c9fd7280c"),
    ("174_mandiner_iszlamistak_eliteles.txt", "data_raw/mandiner_db.csv",
     "https://mandiner.hu/kulfold/2025/12/eliteltek-ket-iszlam-radikalist-akik-a-brit-tortenelem-leghalalosabb-terrortamadasat-terveztek",
     "871c65533d3cc3893a657c173271e56ba1ecea2e8125a9f9bb8523dab73afd58"),
    ("175_telex_gazdak_utdij.txt", "data_raw/telex_db.csv",
     "https://telex.hu/gazdasag/2025/12/20/mezogazdasagi-dolgozok-gazdak-fuvarozok-utdij",
     "81570cf174395e87ec6e3e4c958a3c3bea6b7321049acafbb25341c76915e77e"),
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
