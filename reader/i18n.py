"""Every interface word, in Hungarian and English, for the window and the saved page alike.

Qt-free. The window uses ``tr`` (its current language, Hungarian by default under a Hungarian
locale); the page and other callers name the language: ``text(key, "hu")``.
"""

from __future__ import annotations

LANGUAGES = {"hu": "Magyar", "en": "English"}

# key: (English, Hungarian)
_STRINGS: dict[str, tuple[str, str]] = {
    "app_name": ("Hungarian News Reader", "Hírolvasó"),
    "menu_file": ("&File", "&Fájl"),
    "menu_edit": ("&Edit", "S&zerkesztés"),
    "menu_view": ("&View", "&Nézet"),
    "menu_go": ("&Go", "&Ugrás"),
    "menu_model": ("&Model", "&Modell"),
    "menu_help": ("&Help", "Sú&gó"),
    "menu_recent": ("Open &Recent", "&Legutóbbi fájlok"),
    "menu_language": ("&Language", "&Nyelv"),
    "recent_empty": ("(no recent files)", "(nincs legutóbbi fájl)"),
    "recent_clear": ("Clear list", "Lista törlése"),
    "open": ("&Open…", "&Megnyitás…"),
    "save_html": ("&Save Annotated HTML…", "Jelölt HTML &mentése…"),
    "quit": ("&Quit", "&Kilépés"),
    "find": ("&Find…", "&Keresés…"),
    "find_next": ("Find Next", "Következő találat"),
    "find_previous": ("Find Previous", "Előző találat"),
    "find_placeholder": ("Find in the article", "Keresés a cikkben"),
    "find_not_found": ("“{text}” not found", "„{text}” nem található"),
    "find_wrapped": ("Search wrapped around", "A keresés körbeért"),
    "find_none": ("no match", "nincs találat"),
    "find_exact": ("Exact", "Pontos egyezés"),
    "find_exact_tip": ("Match case and accents exactly "
                       "(otherwise “eszak-korea” finds “Észak-Korea”)",
                       "Kis- és nagybetű, ékezet pontosan (különben az „eszak-korea” megtalálja "
                       "az „Észak-Korea” szót)"),
    "close": ("Close", "Bezárás"),
    "analysing": ("Analysing…", "Elemzés folyamatban…"),
    "undo": ("&Undo", "&Visszavonás"),
    "redo": ("&Redo", "&Mégis"),
    "undo_edit": ("&Undo: {edit}", "&Visszavonás: {edit}"),
    "redo_edit": ("&Redo: {edit}", "&Mégis: {edit}"),
    "corrections_reapplied": (
        "Analysed again: corrections kept: {kept}, could not be kept: {dropped}.",
        "Újraelemezve: {kept} javítás megmaradt, {dropped} nem volt megtartható."),
    "status_edited": ("Corrections in this analysis: {edits}.", "{edits} javítás az elemzésben."),
    "unsaved_title": ("Unsaved corrections", "Mentetlen javítások"),
    "unsaved_text": ("{name} has corrections that are not saved yet. Save them as a page or "
                     "JSON before going on?",
                     "A(z) {name} javításai még nincsenek mentve. Menti őket oldalként vagy "
                     "JSON-ként, mielőtt továbblép?"),
    "edit_failed": ("Cannot make this correction", "Ez a javítás nem végezhető el"),
    "correct_mention_type": ("Type of This Mention", "Az említés típusa"),
    "correct_remove_entity": ("Remove This Entity", "Az entitás törlése"),
    "correct_move_mention": ("Move Mention to Actor", "Említés áthelyezése szereplőhöz"),
    "correct_split_off": ("A New Actor of Its Own", "Önálló, új szereplő"),
    "correct_rename_actor": ("Rename Actor…", "Szereplő átnevezése…"),
    "correct_rename_actor_title": ("Rename actor", "Szereplő átnevezése"),
    "correct_rename_actor_prompt": ("Name shown for this actor:",
                                    "A szereplő megjelenített neve:"),
    "correct_actor_type": ("Actor's Type", "A szereplő típusa"),
    "correct_merge_into": ("Merge Actor Into", "Szereplő összevonása ezzel"),
    "correct_mark_entity": ("Mark as Entity (New Actor)", "Megjelölés entitásként (új szereplő)"),
    "correct_add_to_actor": ("Mark as Mention of", "Megjelölés említésként"),
    "correct_new_claim": ("New Claim with This Content…", "Új állítás ezzel a tartalommal…"),
    "correct_new_claim_title": ("New claim", "Új állítás"),
    "correct_cue_hint": ("the word that attributes it, e.g. mondta, szerint",
                         "a forrásra utaló szó, pl. mondta, szerint"),
    "correct_cue_not_found": ("“{cue}” is not in the content's paragraph (outside the content).",
                              "„{cue}” nem szerepel a tartalom bekezdésében (a tartalmon kívül)."),
    "correct_set_content": ("Use Selection as Claim's Content",
                            "A kijelölés legyen az állítás tartalma"),
    "correct_set_source": ("Use Selection as Claim's Source",
                           "A kijelölés legyen az állítás forrása"),
    "correct_claim_source": ("Claim's Source", "Az állítás forrása"),
    "correct_claim_kind": ("Claim's Kind", "Az állítás fajtája"),
    "correct_remove_claim": ("Delete Claim", "Állítás törlése"),
    "welcome_intro": (
        "Open a news article (a text file, a saved web page, a Word, OpenDocument, RTF or PDF "
        "document, or an address): the reader highlights the people, organisations "
        "and places in it, groups every mention into actors and lists who claims what.",
        "Nyisson meg egy hírcikket (szövegfájlt, mentett weboldalt, Word-, OpenDocument-, RTF- "
        "vagy PDF-dokumentumot, vagy webcímet): az olvasó kiemeli a benne szereplő "
        "személyeket, szervezeteket és helyeket, szereplőkbe csoportosítja az említéseiket, "
        "és felsorolja, ki mit állít."),
    "welcome_open": ("Open an Article…  (Ctrl+O)", "Cikk megnyitása…  (Ctrl+O)"),
    "welcome_recent": ("Recent articles", "Legutóbbi cikkek"),
    "welcome_drop": ("…or drop a file anywhere on this window.",
                     "…vagy húzzon ide egy fájlt az ablak bármely részére."),
    "wrapped_first": ("Back at the first mention.", "Újra az első említésnél."),
    "wrapped_last": ("Back at the last mention.", "Újra az utolsó említésnél."),
    "zoom_in": ("Zoom &In", "&Nagyítás"),
    "zoom_out": ("Zoom &Out", "&Kicsinyítés"),
    "zoom_reset": ("&Actual Size", "&Eredeti méret"),
    "side_panel": ("Side Panel", "Oldalpanel"),
    "toolbar": ("Toolbar", "Eszköztár"),
    "next_mention": ("&Next Mention", "&Következő említés"),
    "previous_mention": ("&Previous Mention", "&Előző említés"),
    "next_short": ("Next", "Következő"),
    "previous_short": ("Previous", "Előző"),
    "clear_selection": ("&Clear Selection", "Kijelölés &törlése"),
    "about": ("&About", "&Névjegy"),
    "about_title": ("About {app}", "{app} névjegye"),
    "tab_actors": ("Actors", "Szereplők"),
    "tab_claims": ("Claims", "Állítások"),
    "legend": ("Show:", "Mutat:"),
    "filter_actors": ("Filter actors", "Szereplők szűrése"),
    "sort_count": ("By mentions", "Említések szerint"),
    "sort_first": ("By first appearance", "Megjelenés szerint"),
    "sort_name": ("By name", "Név szerint"),
    "col_actor": ("Actor", "Szereplő"),
    "col_mentions": ("Mentions", "Említés"),
    "col_claims": ("Claims", "Állítás"),
    "col_source": ("Source", "Forrás"),
    "col_cue": ("Cue", "Jelölő"),  # the page's "page_cue" is the same word
    "col_content": ("Content", "Tartalom"),
    "col_kind": ("Kind", "Típus"),
    "col_type": ("Type", "Típus"),
    "claims_of": ("Claims of {name}: {n}", "{name} állításai: {n}"),
    "show_all_claims": ("Show all", "Összes mutatása"),
    "actor_no_claims": ("{name} is not the source of any claim in this article.",
                        "A cikkben {name} egyetlen állításnak sem forrása."),
    "actor_forms": ("Word forms grouped here:", "Ide sorolt szóalakok:"),
    "actor_roles": ("In the article: {roles}", "A cikk szerint: {roles}"),
    "more_forms": ("… and {n} more", "… és még {n}"),
    "actor_claims_hint": ("Claims as source: {n} — see the Claims tab",
                          "{n} állítás forrásként — lásd az Állítások lapot"),
    "claims_text_order": ("In text order", "Szövegbeli sorrendben"),
    "claims_by_source": ("Grouped by source", "Forrás szerint"),
    "claims_none": (
        "No attributed claims were found in this article.",
        "A cikkben nem található forrásmegjelöléssel közölt állítás.",
    ),
    "claim_hint": ("Click a claim to see it in the text.", "Kattintson egy állításra a szövegben."),
    "unknown_source": ("(unnamed source)", "(meg nem nevezett forrás)"),
    "speaker_unsure": ("{name} ?", "{name} ?"),
    "speaker_unsure_tip": (
        "{words} — the speaker was inferred from the context, not read at the cue: check it",
        "{words} — a beszélőt a szövegkörnyezetből következtette ki, nem az idézésnél áll: "
        "ellenőrizze",
    ),
    "mention_of": ("mention {n} of {total}", "{n}. említés / {total}"),
    "related_to": ("related to {name}", "kapcsolódik: {name}"),
    "legend_related": ("related form", "kapcsolódó alak"),
    "legend_related_tip": (
        "An adjective or demonym of an actor (orosz, phenjani): tinted letters and a dash-dot "
        "line in the actor's colour, no fill. Point at it to see the actor.",
        "Egy szereplő mellékneve vagy lakosneve (orosz, phenjani): a szereplő színével "
        "színezett betűk, pont-vonal aláhúzás, kitöltés nélkül. Mutasson rá a szereplőért."),
    "status_ready": ("Ready. Open an article with Ctrl+O or drop it here.",
                     "Kész. Nyisson meg egy cikket (Ctrl+O), vagy húzza ide."),
    "status_loading_model": ("Loading the model {model}…", "A(z) {model} modell betöltése…"),
    "status_loading_bundled": ("Loading the bundled model…", "A beépített modell betöltése…"),
    "status_finding": ("Finding actors and claims in {name}…",
                       "Szereplők és állítások keresése: {name}…"),
    "status_analysing": ("Analysing {name}…", "{name} elemzése…"),
    "status_done": ("Actors: {actors} · claims: {claims} · mentions: {entities}",
                    "{actors} szereplő, {claims} állítás, {entities} említés"),
    "status_no_actor": ("Select an actor first (click a highlighted name).",
                        "Előbb válasszon szereplőt (kattintson egy kiemelt névre)."),
    "status_saved": ("Saved {path}", "Mentve: {path}"),
    "open_title": ("Open Article", "Cikk megnyitása"),
    "open_filter": ("Articles, web pages, documents and saved analyses (*.txt *.html *.htm "
                    "*.xhtml *.mhtml *.mht *.docx *.odt *.rtf *.pdf *.json);;All files (*)",
                    "Cikkek, weboldalak, dokumentumok és mentett elemzések (*.txt *.html *.htm "
                    "*.xhtml *.mhtml *.mht *.docx *.odt *.rtf *.pdf *.json);;Minden fájl (*)"),
    "save_title": ("Save Annotated HTML", "Jelölt HTML mentése"),
    "save_filter": ("HTML files (*.html)", "HTML-fájlok (*.html)"),
    "save_json": ("Save Analysis as &JSON…", "Elemzés mentése &JSON-ként…"),
    "save_json_title": ("Save Analysis as JSON", "Elemzés mentése JSON-ként"),
    "save_json_filter": ("JSON files (*.json)", "JSON-fájlok (*.json)"),
    "export_claims": ("&Export Claims (CSV)…", "Állítások &exportálása (CSV)…"),
    "export_claims_title": ("Export Claims as a Table", "Állítások exportálása táblázatba"),
    "export_claims_filter": ("CSV tables (*.csv)", "CSV-táblázatok (*.csv)"),
    "copy_suffix": ("copy", "másolat"),
    "error_open": ("Cannot open the file", "A fájl nem nyitható meg"),
    "error_analysis": ("The analysis failed", "Az elemzés nem sikerült"),
    "error_save": ("Cannot save", "A mentés nem sikerült"),
    "error_unexpected": ("Unexpected error", "Váratlan hiba"),
    "score_ner_f1": ("NER F1", "NER F1"),
    "score_lemma": ("lemma accuracy", "szótőpontosság"),
    "score_upos": ("UPOS accuracy", "szófaji pontosság (UPOS)"),
    "score_sents": ("sentence F1", "mondathatár F1"),
    "score_speed": ("words/s", "szó/s"),
    "error_unexpected_text": (
        "Something went wrong: {error}\nThe open article is unchanged; the details are on the "
        "terminal.",
        "Hiba történt: {error}\nA megnyitott cikk nem változott; a részletek a terminálon.",
    ),
    "error_not_ours": (
        "{name} is an HTML file, but not one written by this reader, so it cannot be opened.",
        "{name} HTML-fájl, de nem ez a program készítette, ezért nem nyitható meg.",
    ),
    "error_html_unavailable": (
        "Reopening saved HTML is not available in this version.",
        "A mentett HTML újranyitása ebben a változatban nem érhető el.",
    ),
    "nothing_to_save": ("There is no analysed article to save yet.",
                        "Még nincs elmentható, elemzett cikk."),
    "drop_one_file": ("Drop one article file.", "Egyetlen cikkfájlt húzzon ide."),
    "about_text": (
        "<p>A reader for Hungarian news: it highlights people, organisations and places, "
        "groups their mentions into actors and lists who claims what.</p>",
        "<p>Olvasóprogram magyar hírekhez: kiemeli a személyeket, szervezeteket és helyeket, "
        "szereplőkbe csoportosítja említéseiket, és felsorolja, ki mit állít.</p>",
    ),
    "about_version": ("Version", "Változat"),
    "about_model": ("Model", "Modell"),
    "about_scores": ("Scores", "Pontosság"),
    "about_no_scores": ("no scores recorded", "nincsenek mért értékek"),
    "about_licences": ("Licences", "Licencek"),
    "about_licence_text": (
        "Code: MIT. Bundled model: CC BY-SA 4.0, trained on NYTK-NerKor "
        "(Simon Eszter, Vadász Noémi).",
        "Program: MIT. Beépített modell: CC BY-SA 4.0, az NYTK-NerKor korpuszon tanítva "
        "(Simon Eszter, Vadász Noémi).",
    ),
    "model_bundled": ("Bundled (hu_newsreader)", "Beépített (hu_newsreader)"),
    "model_folder": ("Folder: {path}", "Mappa: {path}"),
    "model_no_huspacy": ("No HuSpaCy model installed (see the README: pip install huspacy, "
                         "then huspacy.download('hu_core_news_lg'))",
                         "Nincs telepített HuSpaCy-modell (lásd a README-t: pip install "
                         "huspacy, majd huspacy.download('hu_core_news_lg'))"),
    "choose_model": ("Choose Pipeline &Folder…", "&Folyamat mappájának kiválasztása…"),
    "choose_model_title": ("Choose a spaCy pipeline folder",
                           "spaCy-folyamat mappájának kiválasztása"),
    "choose_model_trust": ("A folder's configuration and weights are loaded; no code in it is run",
                           "A mappából csak a beállítások és a súlyok töltődnek be, kód nem fut"),
    "status_model_missing": ("The model {model} of the preferences is not there any more; the "
                             "bundled model is used instead.",
                             "A beállított {model} modell már nincs meg; helyette a beépített "
                             "modell elemez."),
    "status_pipeline_process_lost": ("The model's own process stopped ({why}); the model is "
                                  "loaded in the window instead…",
                                  "A modell külön folyamata leállt ({why}); a modell most "
                                  "az ablakban töltődik be…"),
    "process_closed": ("it was closed", "bezárták"),
    "process_broke": ("its connection broke: {error}", "megszakadt a kapcsolat vele: {error}"),
    "process_signal": ("it was ended by {signal}", "a(z) {signal} jel állította le"),
    "process_exit": ("it ended with exit code {code}", "{code} kilépési kóddal ért véget"),
    "shortcuts": ("&Keyboard Shortcuts", "&Billentyűparancsok"),
    "shortcuts_title": ("Keyboard shortcuts", "Billentyűparancsok"),
    "shortcut_lists": ("Move in the actor and claim lists",
                       "Mozgás a szereplők és állítások listájában"),
    "not_loaded": ("not loaded yet", "még nincs betöltve"),
    # entity labels (the palette's keys) and claim kinds (reader.types.CLAIM_KINDS)
    "label_PER": ("Person", "Személy"),
    "label_ORG": ("Organisation", "Szervezet"),
    "label_LOC": ("Place", "Hely"),
    "label_MISC": ("Other", "Egyéb"),
    "label_other": ("Other", "Egyéb"),
    "kind_statement": ("statement", "kijelentés"),
    "kind_announcement": ("announcement", "bejelentés"),
    "kind_opinion": ("opinion", "vélemény"),
    "kind_denial": ("denial", "cáfolat"),
    "kind_accusation": ("accusation", "vád"),
    "kind_allegation": ("allegation", "feltételezés"),
    # corrections (reader.analysis.edits): undo-menu texts and why an edit cannot be made;
    # {kind} and {label} are words of this module, the other values quote the article
    "edit_relabel_entity": ("Change the type of “{text}” to {label}",
                            "„{text}” típusa legyen: {label}"),
    "edit_remove_entity": ("Remove the entity “{text}”", "„{text}” törlése az entitások közül"),
    "edit_add_entity": ("Mark “{text}” as a new actor ({label})",
                        "„{text}” új szereplőként ({label})"),
    "edit_add_entity_to": ("Mark “{text}” as a mention of “{actor}”",
                           "„{text}” legyen „{actor}” említése"),
    "edit_merge_actors": ("Merge “{actor}” into “{into}”", "„{actor}” összevonása ezzel: „{into}”"),
    "edit_move_mention": ("Move “{text}” to “{actor}”", "„{text}” áthelyezése ide: „{actor}”"),
    "edit_split_mention": ("Split “{text}” off as a new actor",
                           "„{text}” leválasztása új szereplőként"),
    "edit_rename_actor": ("Rename “{actor}” to “{name}”", "„{actor}” új neve: „{name}”"),
    "edit_relabel_actor": ("Change the type of the actor “{actor}” to {label}",
                           "„{actor}” szereplő típusa legyen: {label}"),
    "edit_set_claim_source": ("Set the source of the claim “{claim}” to “{source}”",
                              "„{claim}” állítás forrása legyen: „{source}”"),
    "edit_clear_claim_source": ("Remove the source of the claim “{claim}”",
                                "„{claim}” állítás forrásának törlése"),
    "edit_set_claim_kind": ("Change the kind of the claim “{claim}” to {kind}",
                            "„{claim}” állítás típusa legyen: {kind}"),
    "edit_set_claim_content": ("Change the content of the claim “{claim}” to “{content}”",
                               "„{claim}” állítás tartalma legyen: „{content}”"),
    "edit_remove_claim": ("Remove the claim “{claim}”", "„{claim}” állítás törlése"),
    "edit_add_claim": ("Add the claim “{claim}”", "Új állítás: „{claim}”"),
    "edit_set_meta": ("Article details: {field} “{value}”", "A cikk adatai: {field} „{value}”"),
    "edit_error_meta": ("“{field}” is not a field of the article's record.",
                        "„{field}” nem a cikk adatai közé tartozik."),
    "edit_error_outside": ("The range {start}–{end} is outside the text (length: {length}).",
                           "A(z) {start}–{end} tartomány kívül esik a szövegen "
                           "({length} karakter)."),
    "edit_error_empty": ("Select some text first: the range {start}–{end} holds no text.",
                         "Előbb jelöljön ki szöveget: a(z) {start}–{end} tartomány üres."),
    "edit_error_no_entity": ("There is no entity at “{text}”.", "Itt nincs entitás: „{text}”."),
    "edit_error_entity_exists": ("“{text}” is an entity already.",
                                 "„{text}” már entitás."),
    "edit_error_spaces": ("“{text}” begins or ends with a space: select the name only.",
                          "„{text}” szóközzel kezdődik vagy végződik: csak a nevet jelölje ki."),
    "edit_error_overlap": ("“{text}” overlaps the entity “{other}”.",
                           "„{text}” átfedi ezt az entitást: „{other}”."),
    "edit_error_same_actor": ("“{text}” belongs to that actor already.",
                              "„{text}” már ennek a szereplőnek az említése."),
    "edit_error_no_claim": ("There is no claim with the cue “{text}”.",
                            "Nincs állítás ezzel a jelölővel: „{text}”."),
    "edit_error_claim_exists": ("There is a claim with the cue “{text}” and that content "
                                "already.",
                                "Már van állítás ezzel a jelölővel és tartalommal: „{text}”."),
    "edit_error_kind": ("“{kind}” is not a kind of claim.", "„{kind}” nem állítástípus."),
    "edit_error_no_name": ("The name cannot be empty.", "A név nem lehet üres."),
    "edit_error_no_label": ("The type cannot be empty.", "A típus nem lehet üres."),
    "edit_set_claim_verdict": ("Verdict on the claim “{claim}”: {verdict}",
                               "„{claim}” állítás minősítése: {verdict}"),
    "edit_set_claim_note": ("Note on the claim “{claim}”: “{note}”",
                            "Jegyzet a(z) „{claim}” állításhoz: „{note}”"),
    "edit_set_claim_tags": ("Tags of the claim “{claim}”: {tags}",
                            "„{claim}” állítás címkéi: {tags}"),
    "edit_group": ("{edit} and {more} more", "{edit} és még {more} javítás"),
    "edit_restore": ("Restore the corrections saved automatically ({n})",
                     "{n} automatikusan mentett javítás visszaállítása"),
    "edit_error_verdict": ("“{verdict}” is not a verdict.", "„{verdict}” nem minősítés."),
    # a fact-checker's coding of a claim (reader.types.VERDICTS)
    "verdict_": ("no verdict", "nincs minősítés"),
    "verdict_true": ("true", "igaz"),
    "verdict_mostly_true": ("mostly true", "többnyire igaz"),
    "verdict_misleading": ("misleading", "félrevezető"),
    "verdict_false": ("false", "hamis"),
    "verdict_unverifiable": ("unverifiable", "nem ellenőrizhető"),
    "verdict_not_checked": ("not checked", "nem ellenőrzött"),
    "coding_verdict": ("Verdict", "Minősítés"),
    "coding_note": ("Note", "Jegyzet"),
    "coding_tags": ("Tags", "Címkék"),
    "coding_tags_hint": ("tags, separated by commas", "címkék, vesszővel elválasztva"),
    "coding_note_hint": ("your note on this claim (saved when you leave the field)",
                         "jegyzet az állításhoz (a mezőből kilépve mentődik)"),
    "correct_same_words": ("Every Claim with the Source “{words}” ({n})",
                           "Minden állítás „{words}” forrással ({n})"),
    "relink_offer": ("“{text}” may be the speaker of claims in its sentence that have none "
                     "({n}).",
                     "„{text}” lehet a mondatában álló, forrás nélküli állítások forrása ({n})."),
    "relink_action": ("Link Them", "Összekapcsolás"),
    "correct_bulk_title": ("These claims: {n}", "Ezek az állítások: {n}"),
    "correct_remove_claims": ("Delete These Claims", "Ezen állítások törlése"),
    "claims_filter_all": ("All claims", "Minden állítás"),
    "claims_filter_uncoded": ("Not coded yet", "Még nincs kódolva"),
    "claims_filter_verdict": ("Verdict: {verdict}", "Minősítés: {verdict}"),
    "claims_filter_tag": ("Tag: {tag}", "Címke: {tag}"),
    "claims_filter_corrected": ("Corrected by a person", "Kézzel javított"),
    # never lost: the per-user store of corrections saved automatically (reader.autosave)
    "autosave_restored": ("Restored the corrections of this text saved automatically on {when} "
                          "({n}).",
                          "Visszaállítva a szöveg {n} javítása, amelyet a program {when} "
                          "automatikusan mentett."),
    "autosave_machine": ("Start from the Machine's Output", "Kezdés a gép eredményéből"),
    "autosave_machine_done": ("Showing the machine's output; the corrections saved automatically "
                              "are kept aside in {path}.",
                              "A gép eredménye látható; az automatikusan mentett javítások "
                              "félretéve: {path}."),
    "autosave_damaged": ("The corrections saved automatically for this text could not be read "
                         "({why}). The file was set aside as {path}; nothing was deleted.",
                         "A szöveg automatikusan mentett javításai nem olvashatók ({why}). A "
                         "fájl félretéve ezen a néven: {path}; semmi sem törlődött."),
    "autosave_diverged": ("This file's corrections differ from those saved automatically for "
                          "the same text; those were set aside as {path}.",
                          "A fájl javításai eltérnek az ugyanehhez a szöveghez automatikusan "
                          "mentettektől; azok félretéve ezen a néven: {path}."),
    "autosave_failed": ("Corrections could not be saved automatically: {why}",
                        "A javítások automatikus mentése nem sikerült: {why}"),
    "autosave_title": ("Corrections saved automatically", "Automatikusan mentett javítások"),
    # two windows on one text: one keeps its corrections (reader.autosave's lock)
    "autosave_held": ("This article is open in another window too. Its corrections saved "
                      "there are shown here, but corrections made here are not saved "
                      "automatically: save them in a file from the File menu, or save "
                      "automatically here instead.",
                      "Ez a cikk egy másik ablakban is nyitva van. Az ott mentett javítások itt "
                      "is látszanak, de az itt végzett javításokat a program nem menti "
                      "automatikusan: mentse őket fájlba a Fájl menüből, vagy inkább itt "
                      "mentsen automatikusan."),
    "autosave_lost": ("Another window now saves this article's corrections automatically; "
                      "corrections made here are no longer saved automatically: save them in "
                      "a file from the File menu, or save automatically here again.",
                      "Mostantól egy másik ablak menti automatikusan a cikk javításait; az itt "
                      "végzetteket a program már nem menti automatikusan: mentse őket fájlba "
                      "a Fájl menüből, vagy mentsen automatikusan újra itt."),
    "autosave_take_over": ("Save Here Instead", "Inkább itt mentsen"),
    "autosave_taken_over": ("Corrections of this article are saved automatically in this "
                            "window from now on.",
                            "A cikk javításait mostantól ez az ablak menti automatikusan."),
    "autosave_taken_over_aside": ("Corrections of this article are saved automatically in "
                                  "this window from now on; those the other window had saved "
                                  "are kept aside in {path}.",
                                  "A cikk javításait mostantól ez az ablak menti "
                                  "automatikusan; amit a másik ablak mentett, félretéve: "
                                  "{path}."),
    "autosave_off": ("Not saved automatically", "Nincs automatikus mentés"),
    # the saved page
    "page_legend": ("Legend", "Jelmagyarázat"),
    "page_actors": ("Actors", "Szereplők"),
    "page_claims": ("Claims", "Állítások"),
    "page_source": ("Source", "Forrás"),
    "page_cue": ("Cue", "Jelölő"),
    "page_content": ("Content", "Tartalom"),
    "page_no_source": ("no source", "forrás nélkül"),
    "page_mentions": ("mentions", "említés"),
    "page_mention": ("mention", "említés"),  # Hungarian counts take the singular: 3 említés
    "page_related": ("related", "kapcsolódó"),
    "page_roles": ("in the article", "a cikk szerint"),
    "page_none": ("none", "nincs"),
    "page_model": ("model", "modell"),
    "page_help": (
        "Click a name to highlight every mention of that actor; n and p step through them, "
        "Esc clears.",
        "Kattintson egy névre: kiemeli a szereplő összes említését; az n és p billentyű lép "
        "közöttük, az Esc törli a kiemelést.",
    ),
    "page_prev": ("previous (p)", "előző (p)"),
    "page_next": ("next (n)", "következő (n)"),
    "page_close": ("clear highlight (Esc)", "kiemelés törlése (Esc)"),
    "page_claim": ("claim", "állítás"),
    "page_untitled": ("Analysis", "Elemzés"),
    "page_verdict": ("Verdict", "Minősítés"),
    "page_note": ("Note", "Jegyzet"),
    "page_tags": ("Tags", "Címkék"),
    "page_corrected": ("corrected", "javítva"),
    # the article's record (reader.types.ArticleMeta): window, page and claims table
    "meta_title": ("Title", "Cím"),
    "meta_outlet": ("Outlet", "Lap"),
    "meta_author": ("Author", "Szerző"),
    "meta_date": ("Date", "Dátum"),
    "meta_url": ("Address", "Webcím"),
    "meta_file": ("File", "Fájl"),
    "edit_meta": ("Article &Details…", "A cikk &adatai…"),
    "edit_meta_title": ("Article Details", "A cikk adatai"),
    # other inputs: the clipboard and an address
    "open_clipboard": ("New from &Clipboard", "Új a &vágólapról"),
    "open_address": ("Open &Address…", "&Webcím megnyitása…"),
    "open_address_title": ("Open Address", "Webcím megnyitása"),
    "open_address_prompt": ("Address of the article (http:// or https://):",
                            "A cikk webcíme (http:// vagy https://):"),
    "clipboard_empty": ("The clipboard holds no text to open.",
                        "A vágólapon nincs megnyitható szöveg."),
    "status_fetching": ("Fetching {url}…", "Letöltés: {url}…"),
    "welcome_paste": ("…or paste copied text with Ctrl+V.",
                      "…vagy illesszen be másolt szöveget a Ctrl+V billentyűvel."),
    # the corpus: many articles in one panel (reader.ui.corpus_panel, corpus_controller)
    "open_corpus_folder": ("Open &Folder as Corpus…", "&Mappa megnyitása korpuszként…"),
    "open_corpus_files": ("Open Files as &Corpus…", "Fájlok megnyitása &korpuszként…"),
    "export_corpus": ("E&xport Corpus…", "Korpusz e&xportálása…"),
    "corpus_stop": ("S&top Corpus Analysis", "Korpuszelemzés &leállítása"),
    "corpus_stop_tip": ("Stop analysing the corpus; what is finished is kept",
                        "A korpusz elemzésének leállítása; ami kész, megmarad"),
    "corpus_panel": ("Corpus", "Korpusz"),
    "corpus_folder_title": ("Open a folder as a corpus", "Mappa megnyitása korpuszként"),
    "corpus_files_title": ("Open article files as a corpus",
                           "Cikkfájlok megnyitása korpuszként"),
    "corpus_export_title": ("Folder for the corpus tables", "Mappa a korpusz táblázatainak"),
    "corpus_export_replace": ("{folder} already has corpus tables ({names}). Replace them?",
                              "A(z) {folder} mappában már vannak korpusztáblázatok ({names}). "
                              "Lecseréli őket?"),
    "corpus_none": ("Open a folder as a corpus first (File ▸ Open Folder as Corpus…).",
                    "Előbb nyisson meg egy mappát korpuszként (Fájl ▸ Mappa megnyitása "
                    "korpuszként…)."),
    "corpus_progress": ("{done} / {total}", "{done} / {total}"),
    "status_corpus_syncing": ("Analysing the corpus {name}…", "A(z) {name} korpusz elemzése…"),
    "status_corpus_done": ("Corpus {name} — articles: {articles}, actors: {actors}, not read: "
                           "{errors}; analysed now: {analysed}, kept: {kept}.",
                           "{name} korpusz: {articles} cikk, {actors} szereplő, {errors} "
                           "olvashatatlan fájl; most elemezve {analysed}, megtartva {kept}."),
    "status_corpus_stopped": ("Corpus analysis stopped; articles ready: {articles}.",
                              "A korpusz elemzése leállítva; {articles} cikk kész."),
    "status_corpus_exporting": ("Writing the corpus tables to {folder}…",
                                "A korpusz táblázatainak írása ide: {folder}…"),
    "status_corpus_exported": ("Corpus tables written to {folder} — articles: {articles}, "
                               "actors: {actors}, claims: {claims}.",
                               "A korpusz táblázatai elkészültek itt: {folder}: {articles} cikk, "
                               "{actors} szereplő, {claims} állítás."),
    "status_corpus_changed": ("The corpus folder changed; analysing what is new…",
                              "A korpusz mappája megváltozott; az új fájlok elemzése…"),
    "error_corpus": ("Cannot open the corpus", "A korpusz nem nyitható meg"),
    "error_corpus_export": ("Cannot export the corpus", "A korpusz nem exportálható"),
    "corpus_tab_articles": ("Articles ({n})", "Cikkek ({n})"),
    "corpus_tab_actors": ("Actors ({n})", "Szereplők ({n})"),
    "corpus_tab_errors": ("Not read ({n})", "Nem olvasható ({n})"),
    "corpus_filter_articles": ("Filter articles by title, outlet or date",
                               "Cikkek szűrése cím, lap vagy dátum szerint"),
    "corpus_filter_actors": ("Filter actors by name or type",
                             "Szereplők szűrése név vagy típus szerint"),
    "corpus_claims_of": ("Claims of {name} in the corpus: {n}. Double-click one to open its "
                         "article there.",
                         "{name} állításai a korpuszban: {n}. Dupla kattintással a cikkben "
                         "ott nyílik meg."),
    "corpus_claims_none": ("Choose an actor to see their claims in every article.",
                           "Válasszon szereplőt, hogy lássa minden cikkbeli állítását."),
    "corpus_claim_missing": ("That claim is not in the article as it is analysed now.",
                             "Ez az állítás nincs meg a cikk mostani elemzésében."),
    "col_title": ("Title", "Cím"),
    "col_outlet": ("Outlet", "Lap"),
    "col_date": ("Date", "Dátum"),
    "col_actors": ("Actors", "Szereplő"),
    "col_name": ("Name", "Név"),
    "col_articles": ("Articles", "Cikk"),
    "col_article": ("Article", "Cikk"),
    "col_sentence": ("Sentence", "Mondat"),
    "col_file": ("File", "Fájl"),
    "col_reason": ("Why it was not read", "Miért nem olvasható"),
    "corpus_merge": ("Merge the Selected Actors into “{name}”",
                     "A kijelölt szereplők összevonása ebbe: „{name}”"),
    "corpus_split": ("Split “{name}” into Its Parts Again", "„{name}” szétválasztása részeire"),
    "corpus_parts": ("Merged in the corpus from: {names}",
                     "A korpuszban összevonva ezekből: {names}"),
    "corpus_merge_what": ("merge into “{name}”", "összevonás ebbe: „{name}”"),
    "corpus_split_what": ("split “{name}”", "„{name}” szétválasztása"),
    "corpus_split_articles": ("Split Off the Selected Claims' Articles as Another “{name}”",
                              "A kijelölt állítások cikkei külön „{name}” szereplőként"),
    "corpus_split_articles_what": ("split off “{name}”", "„{name}” leválasztása"),
    "status_corpus_corrected": ("Corpus correction: {edit}.", "Korpuszjavítás: {edit}."),
}

# Claim kinds drawn distinctly, with a symbol as well as a colour (palette.KIND_COLOURS);
# plain statements have no mark.
KIND_MARKS = {"denial": "✗", "accusation": "⚠", "allegation": "?"}

_language = "en"


def default_language(locale_name: str) -> str:
    """Interface language for a locale name such as "hu_HU": Hungarian for Hungarian locales."""
    return "hu" if locale_name.lower().startswith("hu") else "en"


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "en"


def language() -> str:
    return _language


def text(key: str, lang: str, **values: object) -> str:
    """The interface text ``key`` in ``lang`` ("hu" or "en"), with ``{names}`` filled in."""
    english, hungarian = _STRINGS[key]
    words = hungarian if lang == "hu" else english
    return words.format(**values) if values else words


def keys() -> list[str]:
    """Every interface text's key."""
    return list(_STRINGS)


def tr(key: str, **values: object) -> str:
    """The interface text ``key`` in the window's current language."""
    return text(key, _language, **values)


def label_name(label: str, lang: str) -> str:
    """An entity label in words; labels from other pipelines are "Other"."""
    key = f"label_{label}"
    return text(key if key in _STRINGS else "label_other", lang)


def claim_kind_name(kind: str, lang: str) -> str:
    """A claim kind in words; an unknown kind (from a newer file) as it is."""
    key = f"kind_{kind}"
    return text(key, lang) if key in _STRINGS else kind


def verdict_name(verdict: str, lang: str) -> str:
    """A claim's verdict in words ("" is no verdict); an unknown one as it is."""
    key = f"verdict_{verdict}"
    return text(key, lang) if key in _STRINGS else verdict


def isolate(name: str) -> str:
    """A name from an article inside Unicode bidi isolates (FSI ... PDI): an RLO or a Hebrew
    name cannot reorder the words and numbers around it ("Name — 1 / 3" stays in order)."""
    return f"\u2068{name}\u2069"


def kind_text(kind: str, lang: str) -> str:
    """The kind with its mark: "✗ denial"; plain statements have no mark."""
    name = claim_kind_name(kind, lang)
    mark = KIND_MARKS.get(kind)
    return f"{mark} {name}" if mark else name
