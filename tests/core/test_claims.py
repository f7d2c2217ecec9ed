"""Claim finding on hand-built Docs, one table: sentences -> every claim's rule, kind, source,
cue, content and speaker (the actor's name). A row that fails names its construction."""

from __future__ import annotations

import pytest
from handdoc import analyse

from reader.analysis.claims import RULE_NAMES
from reader.types import Analysis, Claim

VARGA = "[Varga]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy drága|drága|ADJ ."
KOVACS = "[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy drága|drága|ADJ ."
ELA_PSOR = "Case=Ela|Number=Sing|Number[psor]=Sing|Person[psor]=3"
SUP_PSOR = "Case=Sup|Number=Sing|Number[psor]=Sing|Person[psor]=3"
INE_PSOR = "Case=Ine|Number=Sing|Number[psor]=Sing|Person[psor]=3"
FILLER = "Az idő|idő|NOUN szép|szép|ADJ volt|van|VERB ."
PSOR = "Case=Nom|Number=Sing|Number[psor]=Sing|Person[psor]=3"
ST, AN, DE, OP = "statement", "announcement", "denial", "opinion"
AC, AL = "accusation", "allegation"
PARSE = [(1, "obj"), (1, "ROOT"), (1, "nsubj"), (5, "punct"), (5, "mark"), (1, "ccomp"),
         (1, "punct")]  # "Azt mondta Péter, hogy esik.": mondta root, Péter nsubj, esik ccomp

# (id, sentences, parse, [(rule, kind, source, cue, content, speaker), ...])
TABLE: list[tuple[str, tuple[str, ...], list[tuple[int, str]] | None, list[tuple]]] = [
    # "Tóth Gábor vezérigazgató szerint X": a noun-phrase source, linked to its name
    ("szerint_named_source",
     ("[Tóth Gábor]PER vezérigazgató szerint az emelésre szükség|szükség van|van|VERB .",), None,
     [("szerint", ST, "Tóth Gábor vezérigazgató", "szerint", "az emelésre szükség van",
       "Tóth Gábor")]),
    # "menetrend szerint" (on schedule) is no claim and does not cut the reported content
    ("szerint_after_a_plan_is_no_source",
     ("A [MÁV]ORG közölte|közöl|VERB , hogy a vonatok|vonat|NOUN menetrend|menetrend|NOUN "
      "szerint közlekednek|közlekedik|VERB .",), None,
     [("verb_clause", ST, "A MÁV", "közölte", "a vonatok menetrend szerint közlekednek", "MÁV")]),
    # "állampolgárság szerint" (by citizenship), "a magyar jog szerint" (under the law): what
    # things are sorted by or a rule followed, no source
    ("szerint_after_a_sorting_or_a_rule_is_no_source",
     ("A túszokat|túsz|NOUN|Case=Acc állampolgárság|állampolgárság|NOUN szerint "
      "választották|választ|VERB szét|szét|ADV .",
      "A magyar|magyar|ADJ jog|jog|NOUN szerint ez|ez|PRON tilos|tilos|ADJ ."), None, []),
    # "... adatok szerint" and "a phenjani állami média szerint" are noun-phrase sources
    ("szerint_data_and_media_sources",
     ("A hírszerzési|hírszerzési|ADJ adatok|adat|NOUN szerint [Oroszország]LOC "
      "lövedékeket|lövedék|NOUN|Case=Acc vásárolt|vásárol|VERB .",
      "A phenjani|phenjani|ADJ állami|állami|ADJ média szerint a tárgyalás|tárgyalás "
      "sikeres|sikeres|ADJ volt|van|VERB ."), None,
     [("szerint", ST, "A hírszerzési adatok", "szerint", "Oroszország lövedékeket vásárolt",
       None),
      ("szerint", ST, "A phenjani állami média", "szerint", "a tárgyalás sikeres volt", None)]),
    # "A díj emelkedik, a tárca szerint.": the content is the clause before
    ("szerint_at_clause_end", ("A díj emelkedik|emelkedik|VERB , a tárca szerint .",), None,
     [("szerint_closing", ST, "a tárca", "szerint", "A díj emelkedik", None)]),
    # the first content stops before ", és egy amerikai tisztviselő szerint"
    ("two_szerint_split_at_the_second_source",
     ("Az adatok|adat szerint [Oroszország]LOC vásárolt|vásárol|VERB , és egy "
      "amerikai|amerikai|ADJ tisztviselő szerint további üzletek várhatók|várható|ADJ .",), None,
     [("szerint", ST, "Az adatok", "szerint", "Oroszország vásárolt", None),
      ("szerint", ST, "egy amerikai tisztviselő", "szerint", "további üzletek várhatók", None)]),
    # "Varga azt mondta a lapnak, hogy X": the content is X only
    ("verb_cue_with_hogy",
     ("[Varga Zsófia]PER a [Népszavának|Népszava|PROPN|Case=Dat]ORG azt|az|PRON|Case=Acc "
      "mondta|mond|VERB , hogy a háztartások nehezen fizetnek|fizet|VERB .",), None,
     [("verb_clause", ST, "Varga Zsófia", "mondta", "a háztartások nehezen fizetnek",
       "Varga Zsófia")]),
    # "Putyin azt mondta, a két ország ..." (no hogy) still finds the content
    ("verb_cue_comma_clause_after_azt",
     ("[Putyin]PER azt|az|PRON|Case=Acc mondta|mond|VERB , a két ország bővít|bővít|VERB .",),
     None, [("verb_clause", ST, "Putyin", "mondta", "a két ország bővít", "Putyin")]),
    # "Putyin államfő a média szerint azt mondta, ...": one claim, by Putyin
    ("szerint_inside_a_verb_claim_is_no_second_claim",
     ("[Vlagyimir Putyin]PER orosz|orosz|ADJ államfő a phenjani|phenjani|ADJ média szerint "
      "azt|az|PRON|Case=Acc mondta|mond|VERB , a két ország bővít|bővít|VERB .",), None,
     [("verb_clause", ST, "Vlagyimir Putyin orosz államfő", "mondta", "a két ország bővít",
       "Vlagyimir Putyin")]),
    # bejelentette -> announcement, cáfolta -> denial, úgy vélte -> opinion
    ("announcement_denial_and_opinion_kinds",
     ("A [Vízművek]ORG bejelentette|bejelent|VERB , hogy emel|emel|VERB .",
      "A minisztérium cáfolta|cáfol|VERB , hogy tudott|tud|VERB volna|van|AUX .",
      "Egy korábbi|korábbi|ADJ vezető úgy|úgy|ADV vélte|vél|VERB , az emelés "
      "elkerülhetetlen|elkerülhetetlen|ADJ volt|van|VERB ."), None,
     [("verb_clause", AN, "A Vízművek", "bejelentette", "emel", "Vízművek"),
      ("verb_clause", DE, "A minisztérium", "cáfolta", "tudott volna", "Vízművek"),
      ("verb_clause", OP, "Egy korábbi vezető", "vélte", "az emelés elkerülhetetlen volt",
       None)]),
    # "jelentette be" is one cue with the lemma bejelent
    ("separated_preverb_is_part_of_the_cue",
     ("A cég|cég ma|ma|ADV jelentette|jelent|VERB be|be|ADV , hogy bezár|bezár|VERB .",), None,
     [("verb_clause", AN, "A cég", "jelentette be", "bezár", None)]),
    # "Kim rezsimje ... tette felelőssé, és azzal vádolta ..., hogy Y": the verbs share Kim
    ("coordinated_verb_shares_the_subject",
     ("[Kim Dzsongun]PER rezsimje|rezsim|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3 az "
      "[Egyesült Államokat|Államok|PROPN|Case=Acc]LOC tette|tesz|VERB felelőssé|felelős|ADV , "
      "és azzal|az|PRON|Case=Ins vádolta|vádol|VERB a [Nyugatot|Nyugat|PROPN|Case=Acc]ORG , "
      "hogy az ő politikájuk a hiba|hiba .",), None,
     [("verb_clause", AC, "Kim Dzsongun rezsimje", "vádolta", "az ő politikájuk a hiba",
       "Kim Dzsongun")]),
    # "X – írja a BBC.": content X without the dash
    ("inverted_attribution_after_a_dash",
     ("[Oroszország]LOC fegyvert vásárol|vásárol|VERB – írja|ír|VERB a [BBC]ORG .",), None,
     [("inverted", ST, "a BBC", "írja", "Oroszország fegyvert vásárol", "BBC")]),
    # "X, mondja Magyar, de Y.": the cue set off inside the sentence reports the clause after it
    # too, a second claim of the same speaker; a relative clause or the story going on is not
    ("a_cue_inside_its_sentence_reports_the_clause_after_it",
     ("Az egy hiba|hiba|NOUN volt|van|VERB , mondja|mond|VERB [Magyar]PER , de szakemberek "
      "tudtak|tud|VERB róla .",), None,
     [("inverted", ST, "Magyar", "mondja", "Az egy hiba volt", "Magyar"),
      ("inverted_tail", ST, "Magyar", "mondja", "szakemberek tudtak róla", "Magyar")]),
    # after a closed quote, or where the clause after has a subject or a turn of its own, the
    # writer goes on with the story: no second claim
    ("the_story_after_a_quote_or_with_its_own_subject_is_no_claim",
     ("„ Ez|ez|PRON rossz|rossz|ADJ ” – mondta|mond|VERB [Kovács]PER , a kormány|kormány|NOUN "
      "hallgatott|hallgat|VERB .",
      "Az egy hiba|hiba|NOUN volt|van|VERB , írja|ír|VERB a [Reuters]ORG , a "
      "minisztérium|minisztérium|NOUN hallgatott|hallgat|VERB .",
      "Az egy hiba|hiba|NOUN volt|van|VERB , mondja|mond|VERB [Tóth]PER , ők|ő|PRON "
      "pedig|pedig|CCONJ hallgattak|hallgat|VERB .",
      "Az egy hiba|hiba|NOUN volt|van|VERB , mondja|mond|VERB [Szabó]PER , és|és|CCONJ "
      "kiment|kimegy|VERB .",
      "„ Ez|ez|PRON jó|jó|ADJ ” – mondta|mond|VERB [Kiss]PER , sokan|sok|ADV "
      "tapsoltak|tapsol|VERB ."), None,
     [("inverted", ST, "Kovács", "mondta", "Ez rossz", "Kovács"),
      ("inverted", ST, "a Reuters", "írja", "Az egy hiba volt", "Reuters"),
      ("inverted", ST, "Tóth", "mondja", "Az egy hiba volt", "Tóth"),
      ("inverted", ST, "Szabó", "mondja", "Az egy hiba volt", "Szabó"),
      ("inverted", ST, "Kiss", "mondta", "Ez jó", "Kiss")]),
    ("a_relative_clause_after_the_speaker_is_no_claim",
     ("Ez rossz|rossz|ADJ volt|van|VERB – mondta|mond|VERB [Kovács]PER , aki tegnap "
      "érkezett|érkezik|VERB .",), None,
     [("inverted", ST, "Kovács", "mondta", "Ez rossz volt", "Kovács")]),
    ("the_story_going_on_after_the_cue_is_no_claim",
     ("Ez jó|jó|ADJ volt|van|VERB – mondta|mond|VERB a [BBC]ORG , mire|mi|PRON|Case=Sub "
      "a terem|terem|NOUN hallgatott|hallgat|VERB .",), None,
     [("inverted", ST, "a BBC", "mondta", "Ez jó volt", "BBC")]),
    # "„Q.” – tette hozzá Varga." split by the sentencizer is still one claim
    ("quote_then_dash_attribution_in_the_next_sentence",
     ("„ Ez az emelés a nyugdíjasokat sújtja|sújt|VERB ”",
      "– tette|tesz|VERB hozzá|hozzá|ADV [Varga]PER ."), None,
     [("inverted", ST, "Varga", "tette hozzá", "Ez az emelés a nyugdíjasokat sújtja",
       "Varga")]),
    # a quote of two sentences before "– mondta Németh." is the whole content
    ("two_sentence_quote_before_the_attribution",
     ("„ Nem emelünk|emel|VERB .", "Ez biztos|biztos|ADJ . ” – mondta|mond|VERB [Németh]PER ."),
     None, [("inverted", ST, "Németh", "mondta", "Nem emelünk. Ez biztos", "Németh")]),
    # "Németh így fogalmazott: „Q”": the content is Q without its marks
    ("quote_after_a_colon",
     ("[Németh]PER így|így|ADV fogalmazott|fogalmaz|VERB : „ Nem emelünk|emel|VERB . ”",), None,
     [("verb_clause", ST, "Németh", "fogalmazott", "Nem emelünk", "Németh")]),
    # "a kamara szóvivője" and "a Biden-kormányzat tisztviselői" are whole sources
    ("noun_phrase_sources",
     ("A kamara szóvivője|szóvivő|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3 "
      "közölte|közöl|VERB , hogy vizsgálnak|vizsgál|VERB .",
      "A múlt|múlt|ADJ héten|hét|NOUN|Case=Sup a Biden-kormányzat|Biden-kormányzat|PROPN "
      "tisztviselői|tisztviselő|NOUN|Case=Nom|Number=Plur|Person[psor]=3 azt|az|PRON|Case=Acc "
      "közölték|közöl|VERB , hogy a drónok megérkeztek|megérkezik|VERB ."), None,
     [("verb_clause", ST, "A kamara szóvivője", "közölte", "vizsgálnak", None),
      ("verb_clause", ST, "a Biden-kormányzat tisztviselői", "közölték", "a drónok megérkeztek",
       None)]),
    # "A Vízművek egy korábbi vezetője, aki ..., úgy vélte, ...": the whole phrase
    ("subject_skips_a_relative_clause",
     ("A [Vízművek]ORG egy korábbi|korábbi|ADJ "
      "vezetője|vezető|NOUN|Case=Nom|Person[psor]=3 , aki|aki|PRON nem|nem|ADV "
      "nyilatkozott|nyilatkozik|VERB , úgy|úgy|ADV vélte|vél|VERB , az emelés jó|jó|ADJ .",),
     None, [("verb_clause", OP, "A Vízművek egy korábbi vezetője", "vélte", "az emelés jó",
             None)]),  # a former head of the body, not the body (docs/annotation.md)
    # "Az egyesület elnöke, Varga Zsófia azt mondta": the apposition speaks
    ("apposition_source",
     ("Az egyesület elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 , [Varga Zsófia]PER "
      "azt|az|PRON|Case=Acc mondta|mond|VERB , hogy drága|drága|ADJ .",), None,
     [("verb_clause", ST, "Az egyesület elnöke, Varga Zsófia", "mondta", "drága",
       "Varga Zsófia")]),
    # "a tárca szerint" after "A Belügyminisztérium ..." links to the ministry
    ("definite_noun_links_to_the_organisation_named_before",
     ("A [Belügyminisztérium]ORG közleményt|közlemény|NOUN|Case=Acc adott|ad|VERB ki|ki|ADV .",
      "A tárca szerint a hatóság dönt|dönt|VERB ."), None,
     [("szerint", ST, "A tárca", "szerint", "a hatóság dönt", "Belügyminisztérium")]),
    # "X reagált: a tárca szerint Y": one claim (the inner one), linked to X
    ("reaction_with_a_colon_and_inner_szerint_is_one_claim",
     ("A [Belügyminisztérium]ORG közleményben|közlemény|NOUN|Case=Ine reagált|reagál|VERB : "
      "a tárca szerint a hatóság dönt|dönt|VERB .",), None,
     [("szerint", ST, "a tárca", "szerint", "a hatóság dönt", "Belügyminisztérium")]),
    # "Moszkva állítólag megkapta ...": an allegation without source, its clause the content
    ("hedge_is_an_allegation_without_source",
     ("Múlt|múlt|ADJ héten|hét|NOUN|Case=Sup [Moszkva]LOC állítólag|állítólag|ADV "
      "megkapta|megkap|VERB a drónokat|drón|NOUN|Case=Acc .",), None,
     [("hedge", AL, None, "állítólag", "Múlt héten Moszkva állítólag megkapta a drónokat",
       None)]),
    # "X szerint Moszkva állítólag ..." stays a single claim by X
    ("hedge_inside_an_attributed_claim_adds_nothing",
     ("Egy tisztviselő szerint [Moszkva]LOC állítólag|állítólag|ADV fizetett|fizet|VERB .",),
     None, [("szerint", ST, "Egy tisztviselő", "szerint", "Moszkva állítólag fizetett", None)]),
    # "Sajtóértesülések szerint ...": an allegation, a rumour without a source
    ("rumour_source_makes_an_allegation",
     ("Sajtóértesülések|sajtóértesülés|NOUN szerint a cég eladó|eladó|ADJ .",), None,
     [("szerint", AL, None, "szerint", "a cég eladó", None)]),
    # "Észak-Korea elismerte a függetlenségüket.": it recognises, it does not say
    ("reporting_verb_without_content_is_no_claim",
     ("[Észak-Korea]LOC elismerte|elismer|VERB a függetlenségüket|függetlenség|NOUN|Case=Acc .",),
     None, []),
    # "Hozzátette, hogy ..." after Varga's claim is Varga's too
    ("zero_subject_takes_the_previous_claims_source",
     (VARGA, "Hozzátette|hozzátesz|VERB , hogy igazságtalan|igazságtalan|ADJ ."), None,
     [("verb_clause", ST, "Varga", "mondta", "drága", "Varga"),
      ("verb_clause", ST, "Varga", "Hozzátette", "igazságtalan", "Varga")]),
    # with a parse, the nsubj subtree is the source even after the verb
    ("dependency_parse_subject_is_used_when_present",
     ("Azt|az|PRON|Case=Acc mondta|mond|VERB [Péter]PER , hogy esik|esik|VERB .",), PARSE,
     [("verb_clause", ST, "Péter", "mondta", "esik", "Péter")]),
    ("szerint_and_quote_in_two_sentences",
     ("[Tóth]PER szerint drága|drága|ADJ .", "„ Nem|nem|ADV ” – mondta|mond|VERB [Tóth]PER ."),
     None, [("szerint", ST, "Tóth", "szerint", "drága", "Tóth"),
            ("inverted", ST, "Tóth", "mondta", "Nem", "Tóth")]),
    # "Szerinte ..." after Varga's claim: Varga speaks on; alone, nobody is named
    ("szerinte_takes_the_previous_source",
     (VARGA, "Szerinte|szerinte|ADP a díj magas|magas|ADJ ."), None,
     [("verb_clause", ST, "Varga", "mondta", "drága", "Varga"),
      ("szerinte", ST, "Varga", "Szerinte", "a díj magas", "Varga")]),
    ("szerinte_without_a_claim_before_has_no_source",
     ("Szerinte|szerinte|ADP a díj magas|magas|ADJ .",), None,
     [("szerinte", ST, None, "Szerinte", "a díj magas", None)]),
    # "szerintem" is the quoted writer's own view, inside someone's quote
    ("szerintem_starts_nothing", ("Szerintem|szerintem|ADP a díj magas|magas|ADJ .",), None, []),
    # "Gulyás Gergely, aki szerint ...": the antecedent speaks
    ("aki_szerint_takes_the_antecedent",
     ("[Gulyás Gergely]PER , aki|aki|PRON szerint a díj magas|magas|ADJ , nem beszélt|beszél|VERB"
      " .",), None,
     [("aki_szerint", ST, "Gulyás Gergely", "szerint", "a díj magas, nem beszélt",
       "Gulyás Gergely")]),
    # "Állítása szerint ...": the possessor, named before, speaks
    ("possessor_szerint_takes_the_previous_source",
     (VARGA, "Állítása|állítás|NOUN|Case=Nom|Person[psor]=3 szerint a díj magas|magas|ADJ ."),
     None, [("verb_clause", ST, "Varga", "mondta", "drága", "Varga"),
            ("possessor_szerint", ST, "Varga", "Állítása szerint", "a díj magas", "Varga")]),
    # "A Forbes becslése szerint ... Elmondása szerint ...": an estimate tells nothing, so whose
    # account it is stays open
    ("possessor_szerint_does_not_go_on_from_a_thing",
     ("A|a|DET [Forbes]ORG becslése|becslés|NOUN|Case=Nom|Person[psor]=3 szerint "
      "gazdag|gazdag|ADJ .",
      "Elmondása|elmondás|NOUN|Case=Nom|Person[psor]=3 szerint sok|sok|NUM gyereke|gyerek|NOUN "
      "van|van|VERB ."),
     None, [("szerint", ST, "A Forbes becslése", "szerint", "gazdag", "Forbes"),
            ("possessor_szerint", ST, None, "Elmondása szerint", "sok gyereke van", None)]),
    # ... but a person's opinion does: "Kovács Péter véleménye szerint ... Elmondása szerint"
    ("possessor_szerint_goes_on_from_a_persons_opinion",
     ("[Kovács Péter]PER véleménye|vélemény|NOUN|Case=Nom|Person[psor]=3 szerint "
      "jó|jó|ADJ .",
      "Elmondása|elmondás|NOUN|Case=Nom|Person[psor]=3 szerint sok|sok|NUM gyereke|gyerek|NOUN "
      "van|van|VERB ."),
     None, [("szerint", ST, "Kovács Péter véleménye", "szerint", "jó", "Kovács Péter"),
            ("possessor_szerint", ST, "Kovács Péter véleménye", "Elmondása szerint",
             "sok gyereke van", "Kovács Péter")]),
    # "A Hősök terén tartott beszédében Orbán Viktor azt mondta": a square is no subject
    ("a_square_with_a_case_ending_is_no_subject",
     ("A|a|DET [Hősök terén|terén|ADP]LOC tartott|tart|ADJ beszédében|beszéd|NOUN|Case=Ine "
      "[Orbán Viktor]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy jó|jó|ADJ .",), None,
     [("verb_clause", ST, "Orbán Viktor", "mondta", "jó", "Orbán Viktor")]),
    # "A Fidesz elítélte az orosz kormány terveit.": the object is the content
    ("object_of_an_accusation_is_its_content",
     ("A [Fidesz]ORG elítélte|elítél|VERB az orosz|orosz|ADJ kormány terveit|terv|NOUN|Case=Acc"
      " .",), None,
     [("verb_object", AC, "A Fidesz", "elítélte", "az orosz kormány terveit", "Fidesz")]),
    # "Ezt a Fidesz cáfolta.": what the claim before said is denied
    ("denial_of_what_was_said_before",
     (VARGA, "Ezt|ez|PRON|Case=Acc a [Fidesz]ORG cáfolta|cáfol|VERB ."), None,
     [("verb_clause", ST, "Varga", "mondta", "drága", "Varga"),
      ("denied_before", DE, "a Fidesz", "cáfolta", "drága", "Fidesz")]),
    # "„…” Ezt mondta Kovács Péter.": the quote before, which no claim holds, is the claim
    ("a_sentence_pointing_back_to_a_quote",
     ("„ A|a|DET kormány|kormány|NOUN hibázott|hibázik|VERB . ”",
      "Ezt|ez|PRON|Case=Acc mondta|mond|VERB|VerbForm=Fin|Mood=Ind|Person=3 [Kovács Péter]PER ."),
     None, [("said_before", ST, "Kovács Péter", "mondta", "A kormány hibázott", "Kovács Péter")]),
    # "Kovács Péter: ..." at the start of a line is a turn; a question is none
    ("name_and_colon_at_a_line_start",
     ("[Kovács Péter]PER : Ez nagyon|nagyon|ADV jó|jó|ADJ .",), None,
     [("line_turn", ST, "Kovács Péter", ":", "Ez nagyon jó", "Kovács Péter")]),
    # "U.i.: …" (a postscript) is the writer's own line, though the recogniser took it for a name
    ("a_postscript_is_no_turn", ("[U.i]ORG . : Ez jó|jó|ADJ .",), None, []),
    ("a_question_turn_is_no_claim", ("[Kovács Péter]PER : Ez jó|jó|ADJ ?",), None, []),
    # ... but an answer of several sentences that ends in a question is a claim
    ("an_answer_turn_ending_in_a_question",
     ("[Kovács Péter]PER : Ez jó|jó|ADJ . Mi|mi|PRON lesz|van|VERB most|most|ADV ?",), None,
     [("line_turn", ST, "Kovács Péter", ":", "Ez jó. Mi lesz most", "Kovács Péter")]),
    # a comment of eight lines in a thread is one claim
    ("a_long_comment_in_a_thread",
     ("[Kovács Péter]PER : Egy|egy|NUM . ¶", *["Ez jó|jó|ADJ . ¶"] * 8,
      "[Szabó Anna]PER : Kettő|kettő|NUM ."), None,
     [("line_turn", ST, "Kovács Péter", ":", "Egy." + "\nEz jó." * 7 + "\nEz jó",
       "Kovács Péter"),
      ("line_turn", ST, "Szabó Anna", ":", "Kettő", "Szabó Anna")]),
    # a turn runs on over the lines after it, but not over an emphasised question or a
    # subheading before the next turn
    ("a_turn_stops_at_a_question_in_emphasis_or_a_subheading",
     ("[Kovács Péter]PER : Ez jó|jó|ADJ . ¶", "Az is jó|jó|ADJ . ¶",
      "*Mi|mi|PRON lesz|van|VERB ?* ¶", "[Kovács Péter]PER : Semmi|semmi|PRON . ¶",
      "Egy kis|kis|ADJ cím|cím|NOUN ¶", "[Kovács Péter]PER : Vége|vég|NOUN ."), None,
     [("line_turn", ST, "Kovács Péter", ":", "Ez jó.\nAz is jó", "Kovács Péter"),
      ("line_turn", ST, "Kovács Péter", ":", "Semmi", "Kovács Péter"),
      ("line_turn", ST, "Kovács Péter", ":", "Vége", "Kovács Péter")]),
    # "Mint Váczi Viktor közölte, X.": the clause after the comma is the content
    ("as_x_said_leads_the_content",
     ("Mint|mint|SCONJ [Váczi Viktor]PER közölte|közöl|VERB , a vonat kisiklott|kisiklik|VERB"
      " .",), None,
     [("verb_clause", ST, "Váczi Viktor", "közölte", "a vonat kisiklott", "Váczi Viktor")]),
    # "Miután Kovács elmondta, ...", "Ahogy a rendőrség közölte a hírt, ...": a time clause,
    # no report; a negated speech verb reports nothing either
    ("a_speech_verb_in_a_time_clause_reports_nothing",
     ("Miután|miután|SCONJ [Kovács Péter]PER elmondta|elmond|VERB , a bizottság|bizottság|NOUN "
      "szavazott|szavaz|VERB .",
      "Ahogy|ahogy|SCONJ a rendőrség|rendőrség|NOUN közölte|közöl|VERB a hírt|hír|NOUN|Case=Acc"
      " , a tömeg|tömeg|NOUN szétoszlott|szétoszlik|VERB .",
      "[Szabó]PER nem közölte|közöl|VERB , a vonat késett|késik|VERB .",
      "A tanács , amikor|amikor|SCONJ [Kiss Ede]PER közölte|közöl|VERB , "
      "szavazott|szavaz|VERB ."), None, []),
    # "Kolláth elmondta, X.": a speech verb takes a clause after a bare comma ...
    ("bare_comma_clause_after_a_speech_verb",
     ("[Kolláth]PER elmondta|elmond|VERB , a döntést nem lehet|lehet|VERB megtámadni|megtámad"
      " .",), None,
     [("verb_clause", ST, "Kolláth", "elmondta", "a döntést nem lehet megtámadni", "Kolláth")]),
    # ... also 'elismerte', 'figyelmeztetett' ("Balog elismerte, valóban támogatta")
    ("bare_comma_clause_after_an_admission",
     ("[Balog]PER elismerte|elismer|VERB , valóban|valóban|ADV támogatta|támogat|VERB "
      "a kérést|kérés|NOUN|Case=Acc .",), None,
     [("verb_clause", ST, "Balog", "elismerte", "valóban támogatta a kérést", "Balog")]),
    # ... but not when negated, when the clause is relative or when another cue follows
    ("bare_comma_needs_a_plain_clause",
     ("[Kovács]PER nem|nem|ADV nyilatkozott|nyilatkozik|VERB , aki|aki|PRON|PronType=Rel "
      "ott volt|van|VERB .",
      "[Szabó]PER közölte|közöl|VERB , amelyet|amely|PRON|Case=Acc|PronType=Rel kértek|kér|VERB"
      " ."), None, []),
    # "..., mondta a Telexnek.": the addressee is no speaker; who spoke is known from before
    ("inverted_cue_said_to_a_medium",
     (VARGA, "A vonat dőlni kezdett|kezd|VERB , mondta|mond|VERB "
      "a [Telexnek|Telex|PROPN|Case=Dat]ORG ."), None,
     [("verb_clause", ST, "Varga", "mondta", "drága", "Varga"),
      ("inverted", ST, "Varga", "mondta", "A vonat dőlni kezdett", "Varga")]),
    # "A rendzavarás a tanárok 70 százaléka szerint akadályozza a tanítást; ...": the fronted
    # subject belongs to the content, which ends at the semicolon
    ("szerint_inside_its_clause_keeps_the_fronted_subject",
     ("A diákok|diák|NOUN rendzavarása|rendzavarás|NOUN|Case=Nom a tanárok|tanár|NOUN "
      "többsége|többség|NOUN|Case=Nom szerint akadályozza|akadályoz|VERB a tanítást|tanítás ; "
      "máshol ez ritka|ritka|ADJ .",), None,
     [("szerint", ST, "a tanárok többsége", "szerint",
       "A diákok rendzavarása a tanárok többsége szerint akadályozza a tanítást", None)]),
    # "Alföldi Róbert is megemlékezett, a rendező úgy fogalmazott": the description re-names
    # the subject just before it, not an earlier person the article called a director
    ("a_description_renames_the_subject_of_its_passage",
     ("[Turi Tímea]PER ott volt|van|VERB .", "Esett|esik|VERB .",
      "[Alföldi Róbert]PER is megemlékezett|megemlékezik|VERB , a rendező|rendező|NOUN "
      "úgy|úgy|ADV fogalmazott|fogalmaz|VERB : „ Szomorú|szomorú|ADJ vagyok|van|VERB . ”"),
     None,
     [("verb_clause", ST, "a rendező", "fogalmazott", "Szomorú vagyok", "Alföldi Róbert")]),
    # ... but where the article gives that role to someone else, the speaker is left open
    ("a_description_between_the_role_holder_and_the_subject_is_open",
     ("[Tarr Béla]PER rendező|rendező|NOUN filmjét bemutatták|bemutat|VERB .",
      "[Kovács Anna]PER is megnézte|megnéz|VERB a filmet|film|NOUN|Case=Acc .",
      "A rendező|rendező|NOUN azt|az|PRON|Case=Acc mondta|mond|VERB , hogy jó|jó|ADJ ."),
     None, [("verb_clause", ST, "A rendező", "mondta", "jó", None)]),
    # "Hozzáteszi: …": a reporting verb at a sentence start the tagger took for a name is a cue
    ("a_reporting_verb_tagged_a_name_at_a_sentence_start_is_a_cue",
     (VARGA, "Hozzáteszi|Hozzáteszi|PROPN : a vonat|vonat|NOUN késik|késik|VERB ."), None,
     [("verb_clause", ST, "Varga", "mondta", "drága", "Varga"),
      ("verb_clause", ST, "Varga", "Hozzáteszi", "a vonat késik", "Varga")]),
    # "a klinika Pavel Durov ... – mondta a klinika": an organisation's noun before a name is
    # no title of that person, so the clinic's words are no one's named
    ("an_organisations_noun_before_a_name_is_no_title",
     ("A|a|DET klinika|klinika|NOUN [Pavel Durov]PER génjeit|gén|NOUN|Case=Acc "
      "kínálta|kínál|VERB .",
      "„ Jók|jó|ADJ voltak|van|VERB ” – mondta|mond|VERB a klinika|klinika|NOUN ."), None,
     [("inverted", ST, "a klinika", "mondta", "Jók voltak", None)]),
    # "Anders Olsson" tagged superessive from its letters is still the nominative subject
    ("a_name_in_its_dictionary_form_is_nominative",
     ("[Anders|Anders|PROPN Olsson|Olsson|PROPN|Case=Sup]PER azt|az|PRON|Case=Acc "
      "mondta|mond|VERB , hogy jó|jó|ADJ .",), None,
     [("verb_clause", ST, "Anders Olsson", "mondta", "jó", "Anders Olsson")]),
    # "Karácsony ... Nádasdy Ádámot ... nevezte": a name in the accusative is never the speaker
    ("a_name_in_the_accusative_is_no_speaker",
     ("[Nádasdy|Nádasdy|PROPN|Case=Nom Ádámot|Ádám|PROPN|Case=Acc]PER egy "
      "szabad|szabad|ADJ embernek|ember|NOUN|Case=Dat nevezte|nevez|VERB .",), None,
     [("verb_object", ST, None, "nevezte", "egy szabad embernek", None)]),
    # "... Tony Fry-t, aki azt mondja: ...": the antecedent of 'aki' speaks, in any case
    ("the_antecedent_of_aki_speaks",
     ("[Palazón]PER idézi|idéz|VERB [Tony|Tony|PROPN|Case=Nom Fry-t|Fry|PROPN|Case=Acc]PER , "
      "aki|aki|PRON|PronType=Rel azt|az|PRON|Case=Acc mondja|mond|VERB : „ Timor|Timor|PROPN "
      "gazdag|gazdag|ADJ . ”",), None,
     [("verb_clause", ST, "Tony Fry-t", "mondja", "Timor gazdag", "Tony Fry")]),
    # "Wass Albert egy modern kori Háry János volt. Az író azt állította, ...": a name after
    # 'egy' is a likeness, not the person the description re-names
    ("a_name_after_egy_is_no_antecedent",
     ("[Wass Albert]PER egy modern|modern|ADJ [Háry János]PER volt|van|VERB .",
      "Az író|író|NOUN azt|az|PRON|Case=Acc állította|állít|VERB , hogy lovas|lovas|NOUN "
      "volt|van|VERB ."), None,
     [("verb_clause", ST, "Az író", "állította", "lovas volt", "Wass Albert")]),
    # "Az Oktatói Hálózat egy jelenlévő képviselője kifejtette": one of the body's people, not
    # the body; no one holds that role by name, so the speaker is open
    ("a_role_after_a_determiner_is_still_someone_else",
     ("Az [Oktatói Hálózat]ORG egy jelenlévő|jelenlévő|ADJ "
      "képviselője|képviselő|NOUN|Person[psor]=3 azt|az|PRON|Case=Acc mondta|mond|VERB , "
      "hogy baj|baj|NOUN van|van|VERB .",), None,
     [("verb_clause", ST, "Az Oktatói Hálózat egy jelenlévő képviselője", "mondta", "baj van",
       None)]),
    # "A LogBox fejlesztője azt állítja, ...": the developer speaks, not the product
    ("an_agent_noun_possessed_by_a_name_is_someone_else",
     ("A [LogBox]ORG fejlesztője|fejlesztő|NOUN|Person[psor]=3 azt|az|PRON|Case=Acc "
      "állítja|állít|VERB , hogy biztonságos|biztonságos|ADJ .",), None,
     [("verb_clause", ST, "A LogBox fejlesztője", "állítja", "biztonságos", None)]),
    # "X arról tájékoztatta őket, hogy A érkezik, továbbá kérte, hogy ...": the second speech
    # verb shares the first one's speaker, not the subject inside its content
    ("a_coordinated_cue_shares_the_first_speaker",
     ("[György István]PER arról|az|PRON|Case=Del tájékoztatta|tájékoztat|VERB őket|ő|PRON , "
      "hogy [Sinopharm]ORG érkezik|érkezik|VERB , továbbá|továbbá|CCONJ kérte|kér|VERB , hogy "
      "oltsanak|olt|VERB .",), None,
     [("verb_clause", ST, "György István", "tájékoztatta", "Sinopharm érkezik", "György István"),
      ("verb_clause", ST, "György István", "kérte", "oltsanak", "György István")]),
    # "Az osztrák lap szerint ...": only a bare "a lap" is the last organisation named; with an
    # adjective it may be another (a German paper after a party's statement): left open
    ("an_organisation_noun_with_adjectives",
     ("A [Der Standard]ORG cikket közölt|közöl|VERB .",
      "Az osztrák|osztrák|ADJ lap|lap|NOUN szerint a kilátások|kilátás|NOUN "
      "rosszak|rossz|ADJ ."), None,
     [("szerint", ST, "Az osztrák lap", "szerint", "a kilátások rosszak", None)]),
    # "Az IHME kutatói szerint ...": a body's people, in the plural, speak for the body
    ("a_bodys_people_speak_for_it",
     ("Az [IHME]ORG kutatói|kutató|NOUN|Number[psed]=Plur|Person[psor]=3 szerint a "
      "járvány|járvány|NOUN nő|nő|VERB .",), None,
     [("szerint", ST, "Az IHME kutatói", "szerint", "a járvány nő", "IHME")]),
    # "A jelek szerint" (apparently), "sejtésünk szerint" (the writer's): no one is cited
    ("signs_and_the_writers_own_view_cite_no_one",
     ("A jelek|jel|NOUN szerint a járvány|járvány|NOUN nő|nő|VERB .",
      "Sejtésünk|sejtés|NOUN|Person[psor]=1 szerint a cella|cella|NOUN kicsi|kicsi|ADJ ."),
     None, []),
    # "Csütörtök ... közölte", "Nagyon ... mondta": a day or an adverb is no subject
    ("a_day_or_an_adverb_is_no_subject",
     ("Csütörtök|csütörtök|NOUN közölte|közöl|VERB , hogy nő|nő|VERB az ár|ár|NOUN .",
      "Nagyon|nagyon|ADV határozottan|határozott|ADV közölte|közöl|VERB , hogy "
      "csökken|csökken|VERB ."), None,
     [("verb_clause", ST, None, "közölte", "nő az ár", None),
      ("verb_clause", ST, None, "közölte", "csökken", None)]),
    # "Tegnap állította az államfő, hogy ...": the subject after the verb speaks
    ("a_subject_after_the_verb",
     ("[Sulyok Tamás]PER államfő|államfő|NOUN ott volt|van|VERB .",
      "Tegnap|tegnap|ADV azt|az|PRON|Case=Acc állította|állít|VERB az államfő|államfő|NOUN , "
      "hogy rokona|rokon|NOUN .",), None,
     [("verb_clause", ST, "az államfő", "állította", "rokona", "Sulyok Tamás")]),
    # "nemtelen támadásnak nevezte", "„egy ... embernek” nevezte", "nagyszerű alkotónak és
    # csodálatos embernek nevezte": what someone is called is the content
    ("predicates_of_nevez",
     ("[Sulyok Tamás]PER nemtelen|nemtelen|ADJ támadásnak|támadás|NOUN|Case=Dat "
      "nevezte|nevez|VERB az írást|írás|NOUN|Case=Acc .",
      "[Fabiny Tamás]PER „ egy érzékeny|érzékeny|ADJ embernek|ember|NOUN|Case=Dat ” "
      "nevezte|nevez|VERB .",
      "[Karácsony Gergely]PER nagyszerű|nagyszerű|ADJ alkotónak|alkotó|NOUN|Case=Dat és "
      "csodálatos|csodálatos|ADJ embernek|ember|NOUN|Case=Dat nevezte|nevez|VERB ."), None,
     [("verb_object", ST, "Sulyok Tamás", "nevezte", "nemtelen támadásnak", "Sulyok Tamás"),
      ("verb_object", ST, "Fabiny Tamás", "nevezte", "egy érzékeny embernek", "Fabiny Tamás"),
      ("verb_object", ST, "Karácsony Gergely", "nevezte",
       "nagyszerű alkotónak és csodálatos embernek", "Karácsony Gergely")]),
    # "„...” Ezt idézte fel Veiszer, és azt írta:": after a closed quote, 'és' shares the
    # subject of its own clause, not the quote's speaker
    ("and_after_a_closed_quote_shares_its_own_subject",
     ("[Nádasdy Ádám]PER azt|az|PRON|Case=Acc mondta|mond|VERB : „ Hazafi|hazafi|NOUN "
      "vagyok|van|VERB . ” Ezt|ez|PRON|Case=Acc idézte|idéz|VERB fel|fel|ADV [Veiszer Alinda]PER , "
      "és azt|az|PRON|Case=Acc írta|ír|VERB : „ Polgár|polgár|NOUN volt|van|VERB . ”",), None,
     [("verb_clause", ST, "Nádasdy Ádám", "mondta", "Hazafi vagyok", "Nádasdy Ádám"),
      ("verb_clause", ST, "Veiszer Alinda", "írta", "Polgár volt", "Veiszer Alinda")]),
    # "A hírek szerint ...": a rumour is an allegation without a source
    ("a_rumour_has_no_source",
     ("A hírek|hír|NOUN szerint a miniszter|miniszter|NOUN lemond|lemond|VERB .",), None,
     [("szerint", AL, None, "szerint", "a miniszter lemond", None)]),
    # "A szervezet által hangsúlyozott fenntartások szerint": the noun of 'által' is not the
    # organisation noun the phrase stands for
    ("an_agent_of_allal_is_no_anaphor",
     ("A [Szövetségi Ifjúsági Szervezet]ORG ülésezett|ülésezik|VERB .",
      "A szervezet|szervezet|NOUN által|által|ADP hangsúlyozott|hangsúlyoz|ADJ|VerbForm=PartPast "
      "fenntartások|fenntartás|NOUN szerint a definíció|definíció|NOUN tág|tág|ADJ ."), None,
     [("szerint", ST, "A szervezet által hangsúlyozott fenntartások", "szerint",
       "a definíció tág", None)]),
    # a description does not fall back on a person named four sentences before
    ("a_description_does_not_reach_far_back",
     ("[Katie Ledecky]PER úszott|úszik|VERB .", "Esett|esik|VERB .", "Fújt|fúj|VERB .",
      "Hűvös|hűvös|ADJ volt|van|VERB .",
      "A vezető|vezető|NOUN azt|az|PRON|Case=Acc mondta|mond|VERB , hogy jó|jó|ADJ ."), None,
     [("verb_clause", ST, "A vezető", "mondta", "jó", None)]),
    # "Az Acer oroszországi vállalatának a vezérigazgatója mondta": the body only possesses
    # the head through a dative; no one holds that role by name, so the speaker is open
    ("a_role_possessed_through_a_dative_is_not_the_body",
     ("Az [Acer]ORG oroszországi|oroszországi|ADJ vállalatának|vállalat|NOUN|Case=Dat|"
      "Person[psor]=3 a vezérigazgatója|vezérigazgató|NOUN|Person[psor]=3 azt|az|PRON|Case=Acc "
      "mondta|mond|VERB , hogy nő|nő|VERB .",), None,
     [("verb_clause", ST, "Az Acer oroszországi vállalatának a vezérigazgatója", "mondta", "nő",
       None)]),
    # "a köztársasági elnök" is not the last speaker when the article made that one a historian;
    # nor the person named before, whom the article never calls head of state (an office one
    # person holds in the country, lexicon.UNIQUE_OFFICES), where no listed holder of it is
    # named (lexicon.OFFICE_HOLDERS; test_speakers_offices.py): open
    ("the_last_speaker_with_another_role_is_no_description",
     ("[Szabó Tímea]PER beszédet mondott|mond|VERB .",
      "[Karsai László]PER történész|történész|NOUN azt|az|PRON|Case=Acc írta|ír|VERB , hogy "
      "hibás|hibás|ADJ .",
      "„ Igaz|igaz|ADJ ” – mondta|mond|VERB a köztársasági|köztársasági|ADJ elnök|elnök|NOUN ."),
     None,
     [("verb_clause", ST, "Karsai László történész", "írta", "hibás", "Karsai László"),
      ("inverted", ST, "a köztársasági elnök", "mondta", "Igaz", None)]),
    # "Sulyok Tamás reagált Karsai László cikkeire. „...” – mondta a rendező.": a name that
    # belongs to a noun after it ("cikkeire") is no subject the description re-names
    ("a_name_owned_by_a_noun_is_no_passage_subject",
     ("[Sulyok Tamás]PER reagált|reagál|VERB [Karsai László]PER cikkeire|cikk|NOUN|Case=Sub .",
      "„ Igaz|igaz|ADJ ” – mondta|mond|VERB a rendező|rendező|NOUN ."), None,
     [("inverted", ST, "a rendező", "mondta", "Igaz", "Sulyok Tamás")]),
    # "Ebben az ügyben kerestük az ügyészséget, de azt mondták, ...": a plural verb does not
    # continue one person's speech
    ("a_plural_verb_continues_no_person",
     ("[Varga Zsófia]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy drága|drága|ADJ .",
      "Azt|az|PRON|Case=Acc mondták|mond|VERB|Number=Plur , semmit|semmi|PRON|Case=Acc "
      "nem tudnak|tud|VERB ."), None,
     [("verb_clause", ST, "Varga Zsófia", "mondta", "drága", "Varga Zsófia"),
      ("verb_clause", ST, None, "mondták", "semmit nem tudnak", None)]),
    # "Gulyás arra reagált, hogy Nagy szerint ... Mint mondta: ...": the next sentence goes on
    # with who reacted, not with whom he reported
    ("a_continuation_skips_a_claim_reported_inside_another",
     ("[Gulyás Gergely]PER arra|az|PRON reagált|reagál|VERB , hogy [Nagy Ervin]PER szerint "
      "ki|ki|ADV kell|kell|VERB halniuk|hal|VERB .",
      "Mint|mint|SCONJ mondta|mond|VERB : ez|ez|PRON elfogadhatatlan|elfogadhatatlan|ADJ ."),
     None,
     [("szerint", ST, "Nagy Ervin", "szerint", "ki kell halniuk", "Nagy Ervin"),
      ("verb_clause", ST, "Gulyás Gergely", "mondta", "ez elfogadhatatlan", "Gulyás Gergely")]),
    # "Miután a KSH közölte, hogy ..., Orbán Viktor is megszólalt.": the claim in the opening
    # subordinate clause ends where the main clause begins
    ("a_subordinate_opening_clause_ends_its_claim",
     ("Miután|miután|SCONJ a [KSH]ORG közölte|közöl|VERB , hogy nőtt|nő|VERB az infláció|infláció"
      "|NOUN , [Orbán Viktor]PER is megszólalt|megszólal|VERB .",),
     None,
     [("verb_clause", ST, "a KSH", "közölte", "nőtt az infláció", "KSH")]),
    # "Az új pápát még Chiclayo püspökeként azzal vádolták, hogy ...": a plural verb has no
    # one person's or place's name for subject; "– írják a reformatus.hu-n": where they write,
    # the site speaks; "az Index azt állították": a body speaks as its people
    ("a_plural_verb_has_no_singular_name_for_subject",
     ("Az|az|DET új|új|ADJ pápát|pápa|NOUN|Case=Acc még|még|ADV [Chiclayo]LOC "
      "püspökeként|püspök|NOUN|Case=Ess azzal|az|PRON vádolták|vádol|VERB|Number=Plur , hogy "
      "hallgatott|hallgat|VERB .",
      "Lemondott|lemond|VERB a püspök|püspök|NOUN – írják|ír|VERB|Number=Plur a "
      "[reformatus.hu-n]ORG .",
      "Az|az|DET [Index]ORG azt|az|PRON|Case=Acc állították|állít|VERB|Number=Plur , hogy "
      "emelnek|emel|VERB ."),
     None,
     [("verb_clause", AC, None, "vádolták", "hallgatott", None),
      ("inverted", ST, "a reformatus.hu-n", "írják", "Lemondott a püspök", "reformatus.hu"),
      ("verb_clause", ST, "Az Index", "állították", "emelnek", "Index")]),
    # "„...” – szögezte le a harmadik.": an unnamed speaker, not the one before
    ("an_ordinal_speaker_is_unnamed",
     (VARGA, "„ A film kiváló|kiváló|ADJ volt|van|VERB ” – szögezte|szögez|VERB le a "
      "harmadik|harmadik|ADJ ."), None,
     [("verb_clause", ST, "Varga", "mondta", "drága", "Varga"),
      ("inverted", ST, "a harmadik", "szögezte le", "A film kiváló volt", None)]),
    # "– írta a Fotó Háber című filmről az Élet és Irodalom": a title is no subject
    ("a_title_before_cimu_is_no_subject",
     ("„ Fotó Várkonyi|Várkonyi|PROPN ” – írta|ír|VERB a [Fotó Háber]MISC című|című|ADJ "
      "filmről|film|NOUN|Case=Del az [Élet és Irodalom]ORG .",), None,
     [("inverted", ST, "az Élet és Irodalom", "írta", "Fotó Várkonyi", "Élet és Irodalom")]),
    # "fontosnak tartja, hogy ...": a judgement is an opinion with its clause
    ("a_judgement_with_tart",
     ("A [Kamara]ORG fontosnak|fontos|ADJ|Case=Tra tartja|tart|VERB , hogy "
      "mindenki otthon maradjon|marad|VERB .",), None,
     [("verb_clause", OP, "A Kamara", "tartja", "mindenki otthon maradjon", "Kamara")]),
    # "azt javasolják, hogy" at a line's end introduces the list on the lines after it
    ("a_list_after_hogy_at_a_line_end",
     ("A [Kamara]ORG azt|az|PRON|Case=Acc javasolja|javasol|VERB , hogy ¶",
      "- maradjanak|marad|VERB otthon , ¶", "- ne utazzanak|utazik|VERB . ¶",
      "Az idő|idő|NOUN szép|szép|ADJ ."), None,
     [("verb_clause", ST, "A Kamara", "javasolja",
       "maradjanak otthon,\n- ne utazzanak", "Kamara")]),
    # a paragraph that opens a quote of its own, attributed to another, is not the first one's
    ("a_new_quote_in_the_next_paragraph_is_its_own",
     ("[Kovács]PER hozzátette|hozzátesz|VERB : „ Ez nem elég|elég|ADJ . ¶",
      "„ Mást gondolunk|gondol|VERB ” – mondta|mond|VERB [Szabó Anna]PER ."), None,
     [("verb_clause", ST, "Kovács", "hozzátette", "„Ez nem elég", "Kovács"),
      ("inverted", ST, "Szabó Anna", "mondta", "Mást gondolunk", "Szabó Anna")]),
    # dialogue lines after a colon are not a list: the answer is not the question
    ("dialogue_lines_are_no_list",
     ("[Kovács Péter]PER így|így|ADV fogalmazott|fogalmaz|VERB : ¶",
      "– Nem emeljük|emel|VERB az adókat|adó|NOUN|Case=Acc . ¶",
      "– És mi lesz|van|VERB a nyugdíjakkal|nyugdíj|NOUN ?"), None,
     [("verb_clause", ST, "Kovács Péter", "fogalmazott", "Nem emeljük az adókat",
       "Kovács Péter")]),
    # "nem tartja valószínűnek", "fontos beszédet tartott, hogy": no judgement of a content
    ("no_judgement_when_negated_or_without_the_predicate",
     ("[Szabó Anna]PER nem tartja|tart|VERB valószínűnek|valószínű|ADJ , hogy a kormány "
      "lemond|lemond|VERB .",
      "[Kovács Péter]PER fontos|fontos|ADJ beszédet|beszéd|NOUN|Case=Acc tartott|tart|VERB , "
      "hogy figyelmeztessen|figyelmeztet|VERB ."), None, []),
    # a paragraph in the first person between a quote's opening and closing marks is the
    # quote's too; a third-person one is the writer's
    ("a_first_person_paragraph_inside_a_quote",
     ("[Kocsis]PER hozzátette|hozzátesz|VERB : „ Ez nem elég|elég|ADJ . ¶",
      "Később mást találtunk|talál|VERB|Person=1 . ¶", "Ez új|új|ADJ . ”"), None,
     [("verb_clause", ST, "Kocsis", "hozzátette",
       "Ez nem elég.\nKésőbb mást találtunk.\nEz új", "Kocsis")]),
    # a quote that opens in one paragraph runs on to its closing mark paragraphs later
    ("a_quote_runs_over_paragraphs",
     ("[Kocsis]PER hozzátette|hozzátesz|VERB : „ Ez nem elég|elég|ADJ . ¶",
      "„ Korábban mást találtunk|talál|VERB . ”"), None,
     [("verb_clause", ST, "Kocsis", "hozzátette",
       "Ez nem elég.\n„Korábban mást találtunk", "Kocsis")]),
    # a verb whose stem vowel drops ("összegez" / "összegzett") is found by its short stem
    ("a_dropped_stem_vowel_is_put_back",
     ("[Kovács Péter]PER azt|az|PRON|Case=Acc összegzett|összegz|VERB , hogy a film|film|NOUN "
      "naiv|naiv|ADJ .",),
     None, [("verb_clause", ST, "Kovács Péter", "összegzett", "a film naiv", "Kovács Péter")]),
    # after a dash and before a name, a past form the tagger read as a participle is the verb
    ("a_participle_between_a_dash_and_a_name_is_a_cue",
     ("Bekövetkezett|bekövetkezik|VERB a csatavesztés|csatavesztés|NOUN – "
      "értékelt|értékelt|ADJ|VerbForm=PartPast [Karsai Gábor]PER .",), None,
     [("inverted", OP, "Karsai Gábor", "értékelt", "Bekövetkezett a csatavesztés",
       "Karsai Gábor")]),
    # any verb after the dash that closes a clause is a cue when a speaker follows it ...
    ("an_unlisted_verb_after_a_dash_with_a_speaker",
     ("A kormány|kormány|NOUN hibázott|hibázik|VERB – elmélkedett|elmélkedik|VERB "
      "[Kovács Péter]PER .",), None,
     [("inverted", ST, "Kovács Péter", "elmélkedett", "A kormány hibázott", "Kovács Péter")]),
    # ... not when what follows is no one ("– érkezett a hír", "– látszott a téren")
    ("an_unlisted_verb_after_a_dash_without_a_speaker",
     ("A kormány|kormány|NOUN hibázott|hibázik|VERB – érkezett|érkezik|VERB a hír|hír|NOUN .",
      "A tömeg|tömeg|NOUN nagy|nagy|ADJ volt|van|VERB – látszott|látszik|VERB a "
      "téren|tér|NOUN|Case=Sup ."), None, []),
    # two verbs with nothing between them: the first is a participle the tagger took for a
    # verb ("a két hete történt találkozón"), and the subject stands before it
    ("a_participle_read_as_a_verb_does_not_hide_the_subject",
     ("[Kovács Péter]PER a két hete történt|történik|VERB találkozón|találkozó|NOUN|Case=Sup "
      "azt|az|PRON|Case=Acc kérte|kér|VERB , hogy maradjon|marad|VERB .",), None,
     [("verb_clause", ST, "Kovács Péter", "kérte", "maradjon", "Kovács Péter")]),
    # ... but a verb past a relative clause is the previous clause's, not a participle
    ("a_verb_before_a_relative_clause_ends_the_subject_search",
     ("[Fang]PER még [Teng]PER elvét|elv|NOUN|Case=Acc is kritizálta|kritizál|VERB , amikor "
      "interjút|interjú|NOUN|Case=Acc adott|ad|VERB , majd|majd|ADV levélben|levél|NOUN|Case=Ine "
      "sürgette|sürget|VERB [Tenget|Teng|PROPN|Case=Acc]PER , hogy engedjen|enged|VERB .",),
     None, [("verb_clause", ST, None, "sürgette", "engedjen", None)]),
    # "X ..., majd elmesélt: ...": the verbs after ", majd" share X
    ("a_verb_after_comma_majd_shares_the_subject",
     ("„ Szerettem|szeret|VERB|Person=1 ” – kezdte|kezd|VERB [Závada Péter]PER , majd|majd|ADV "
      "elmesélt|elmesél|VERB egy történetet|történet|NOUN|Case=Acc : „ Szép|szép|ADJ "
      "volt|van|VERB . ”",), None,
     [("inverted", ST, "Závada Péter", "kezdte", "Szerettem", "Závada Péter"),
      ("verb_clause", ST, "Závada Péter", "elmesélt", "Szép volt", "Závada Péter")]),
    # "X nem adott választ, azt közölte, hogy": two main clauses, one subject
    ("a_verb_after_a_main_clause_and_a_comma_shares_the_subject",
     ("[Váczi Viktor]PER nem|nem|ADV adott|ad|VERB választ|válasz|NOUN|Case=Acc , "
      "azt|az|PRON|Case=Acc közölte|közöl|VERB , hogy árkokat|árok|NOUN|Case=Acc "
      "ástak|ás|VERB .",), None,
     [("verb_clause", ST, "Váczi Viktor", "közölte", "árkokat ástak", "Váczi Viktor")]),
    # ... not after a subordinate clause: "Amikor X megérkezett, azt közölte" is someone else
    ("a_verb_after_a_subordinate_clause_shares_no_subject",
     ("Amikor|amikor|SCONJ [Váczi Viktor]PER megérkezett|megérkezik|VERB , azt|az|PRON|Case=Acc "
      "közölték|közöl|VERB|Number=Plur , hogy árkokat|árok|NOUN|Case=Acc ástak|ás|VERB .",), None,
     [("verb_clause", ST, None, "közölték", "árkokat ástak", None)]),
    # what a named author's document says: its author is the source
    ("a_document_of_a_body_reveals",
     (f"A [MÁV]ORG tájékoztatásából|tájékoztatás|NOUN|{ELA_PSOR} kiderült|kiderül|VERB , "
      "hogy a vonat|vonat|NOUN késett|késik|VERB .",), None,
     [("in_document", ST, "MÁV", "kiderült", "a vonat késett", "MÁV")]),
    ("a_document_after_a_dash",
     ("„ Nem|nem|ADV igaz|igaz|ADJ ” – derült|derül|VERB ki|ki|ADV a [MÁV]ORG "
      f"sajtótájékoztatóján|sajtótájékoztató|NOUN|{SUP_PSOR} .",), None,
     [("in_document", ST, "MÁV", "derült ki", "Nem igaz", "MÁV")]),
    # the possessor in the dative, another name in another case between: "Qubiten" is no author
    ("a_document_of_a_dative_possessor",
     ("„ Hamis|hamis|ADJ ” – olvasható|olvasható|ADJ [Ungváry Krisztiánnak|Krisztián|PROPN|"
      "Case=Dat]PER a [Qubiten|Qubit|PROPN]ORG megjelent|megjelenik|ADJ "
      f"írásában|írás|NOUN|{INE_PSOR} .", "A [Qubit]ORG hírportál|hírportál|NOUN ."), None,
     [("in_document", ST, "Ungváry Krisztiánnak", "olvasható", "Hamis", "Ungváry Krisztián")]),
    # no named author, or a named subject in the clause after it: no document claim
    ("a_document_without_an_author_or_with_a_named_subject_after_it",
     ("„ Hamis|hamis|ADJ ” – áll|áll|VERB a közleményben|közlemény|NOUN|Case=Ine .",
      f"A [ZDNet]ORG cikkéből|cikk|NOUN|{ELA_PSOR} kiderül|kiderül|VERB , a [Google]ORG "
      "rájött|rájön|VERB a hibára|hiba|NOUN|Case=Sub ."), None, []),
    # reporting phrases: "arra jutottak, hogy", "helyre tette", "kiposztolta", "említi"
    ("more_reporting_verbs_and_phrases",
     ("[Kovács Péter]PER arra|az|DET|Case=Sbl jutott|jut|VERB , hogy drága|drága|ADJ .",
      "A [MÁV]ORG helyre|helyre|ADV tette|tesz|VERB , hogy a daru|daru|NOUN "
      "állt|áll|VERB .",
      "[Mellár Tamás]PER kiposztolta|kiposztol|VERB , hogy kilép|kilép|VERB .",
      "[Szabó Anna]PER azt|az|PRON|Case=Acc említi|említ|VERB , hogy nő|nő|VERB ."), None,
     [("verb_clause", ST, "Kovács Péter", "jutott", "drága", "Kovács Péter"),
      ("verb_clause", DE, "A MÁV", "tette", "a daru állt", "MÁV"),
      ("verb_clause", ST, "Mellár Tamás", "kiposztolta", "kilép", "Mellár Tamás"),
      ("verb_clause", ST, "Szabó Anna", "említi", "nő", "Szabó Anna")]),
    # "A lap Karsai László segítségével jutott arra, hogy": a person after a thing's noun is
    # no apposition of it, and the thing speaks
    ("a_person_after_a_thing_is_no_apposition",
     ("A [Népszava]ORG cikket|cikk|NOUN|Case=Acc írt|ír|VERB .",
      "A lap|lap|NOUN [Karsai László]PER segítségével|segítség|NOUN|Case=Ins|Person[psor]=3 "
      "arra|az|DET|Case=Sbl jutott|jut|VERB , hogy hamis|hamis|ADJ ."), None,
     [("verb_clause", ST, "A lap", "jutott", "hamis", "Népszava")]),
    # "elmesélte, hogyan történt": an indirect question is what was said; a bare "miért" is not
    ("an_indirect_question_is_the_content",
     ("[Kovács Péter]PER elmesélte|elmesél|VERB , hogyan|hogyan|ADV történt|történik|VERB .",
      "[Szabó Anna]PER nem|nem|ADV árulta|árul|VERB el|el|ADV , miért|miért|ADV ."), None,
     [("verb_clause", ST, "Kovács Péter", "elmesélte", "hogyan történt", "Kovács Péter")]),
    # "a gyerekotthon volt lakója": 'volt' between two nouns is "former", inside the phrase
    ("volt_between_nouns_is_former",
     ("[K. Endre]PER , a gyerekotthon|gyerekotthon|NOUN volt|van|VERB "
      "igazgatója|igazgató|NOUN|Person[psor]=3 tagadott|tagad|VERB .",
      "A gyerekotthon|gyerekotthon|NOUN volt|van|VERB lakója|lakó|NOUN|Person[psor]=3 "
      "azt|az|PRON|Case=Acc mondta|mond|VERB , hogy igaz|igaz|ADJ ."), None,
     [("verb_clause", ST, "A gyerekotthon volt lakója", "mondta", "igaz", None)]),
    # "Gerő András történész hiányosnak nevezte": the title is the subject's, not the predicate's
    # (the one adjective is the judgement)
    ("a_title_is_no_part_of_a_predicate",
     ("[Gerő András]PER történész|történész|NOUN hiányosnak|hiányos|ADJ|Case=Dat "
      "nevezte|nevez|VERB a riportot|riport|NOUN|Case=Acc .",), None,
     [("verb_object", ST, "Gerő András történész", "nevezte", "hiányosnak", "Gerő András")]),
    # "Így búcsúzik a laptól Csekő Balázs. Úgy fogalmaz, hogy": the subject after the verb of
    # the sentence before is who goes on speaking
    ("a_subject_after_the_verb_before_continues",
     ("Így|így|ADV búcsúzik|búcsúzik|VERB a laptól|lap|NOUN|Case=Abl [Csekő Balázs]PER .",
      "Úgy|úgy|ADV fogalmaz|fogalmaz|VERB , hogy a lap|lap|NOUN intézmény|intézmény|NOUN "
      "volt|van|VERB ."), None,
     [("verb_clause", ST, "Csekő Balázs", "fogalmaz", "a lap intézmény volt", "Csekő Balázs")]),
    # ... a place after the verb is no one
    ("a_place_after_the_verb_before_does_not_continue",
     ("Így|így|ADV búcsúzik|búcsúzik|VERB [Budapest]LOC .",
      "Úgy|úgy|ADV fogalmaz|fogalmaz|VERB , hogy a lap|lap|NOUN intézmény|intézmény|NOUN "
      "volt|van|VERB ."), None,
     [("verb_clause", ST, None, "fogalmaz", "a lap intézmény volt", None)]),
    # "X azzal reagált, hogy „...” írta meg az ATV": X's quote, reported by a medium
    ("a_medium_retelling_a_quote_is_no_second_claim",
     ("[Kovács Péter]PER azzal|az|PRON|Case=Ins reagált|reagál|VERB , hogy „ Ez nem "
      "igaz|igaz|ADJ ” – írta|ír|VERB meg|meg|ADV az [ATV]ORG .",), None,
     [("verb_clause", ST, "Kovács Péter", "reagált", "Ez nem igaz", "Kovács Péter")]),
    # "– hangzott el az RTL Házon kívül című műsorában": the programme's title is no author
    ("a_title_is_no_document_author",
     ("„ Igaz|igaz|ADJ ” – hangzott|hangzik|VERB el|el|ADV az [RTL]ORG [Házon kívül]MISC "
      f"című|című|ADJ műsorában|műsor|NOUN|{INE_PSOR} .",), None,
     [("in_document", ST, "RTL", "hangzott el", "Igaz", "RTL")]),
    # "X, az egyik diák az ATV műsorában azt mondta": the channel owns the programme, X speaks
    ("a_name_owning_the_next_noun_is_no_speaker",
     ("Szurdi|Szurdi|PROPN Panni|Panni|PROPN , az egyik|egyik|ADJ diák|diák|NOUN az "
      "[ATV Start]ORG című|című|ADJ "
      f"műsorában|műsor|NOUN|{INE_PSOR} azt|az|PRON|Case=Acc mondta|mond|VERB , hogy "
      "szép|szép|ADJ .",), None,
     # (the ATV is never the speaker; since the given-name rule of the names work, Szurdi Panni
     # is a person the recogniser missed, and she is)
     [("verb_clause", ST, "Szurdi Panni, az egyik diák az ATV Start", "mondta", "szép",
       "Szurdi Panni")]),
    # "1999. december 31-én, amikor ..., Borisz Jelcin elnök beszédet mondott és bejelentette":
    # a date is never the subject the verbs share
    ("a_date_is_no_shared_subject",
     ("1999.|1999|ADJ december|december|NOUN 31-én|31|NOUN|Case=Sup , amikor|amikor|ADV "
      "ünnepeltek|ünnepel|VERB , [Borisz Jelcin]PER beszédet|beszéd|NOUN|Case=Acc "
      "mondott|mond|VERB és bejelentette|bejelent|VERB , hogy lemond|lemond|VERB .",), None,
     [("verb_clause", AN, "Borisz Jelcin", "bejelentette", "lemond", "Borisz Jelcin")]),
    # "A 2012-es azt mondta": a year's adjective is no one
    ("a_year_adjective_is_no_speaker",
     ("A 2012-es|2012-es|ADJ azt|az|PRON|Case=Acc mondta|mond|VERB , hogy jó|jó|ADJ .",), None,
     [("verb_clause", ST, None, "mondta", "jó", None)]),
    # a claim inside a quote ends with the quote; a verb right after "„...” –" is no clause cue
    ("a_claim_inside_a_quote_ends_with_it",
     ("„ Mindig|mindig|ADV azt|az|PRON|Case=Acc "
      "mondta|mond|VERB , itt|itt|ADV van|van|VERB apuci|apuci|NOUN ” – "
      "emlékezett|emlékezik|VERB vissza|vissza|ADV a fiú|fiú|NOUN arra|az|PRON|Case=Sbl , "
      "hogyan|hogyan|ADV nyugtatta|nyugtat|VERB .",), None,
     [("verb_clause", ST, None, "mondta", "itt van apuci", None),
      ("inverted", ST, "a fiú", "emlékezett vissza", "Mindig azt mondta, itt van apuci", None)]),
    # -- guards an independent review asked for: each would give a wrong named speaker --
    # "Kovács Pétert kizárta a Fidesz, azt állítja": the person is the object, not the subject
    ("no_shared_subject_after_a_clause_with_the_person_as_object",
     ("[Kovács Pétert|Péter|PROPN|Case=Acc]PER kizárta|kizár|VERB a [Fidesz]ORG , "
      "azt|az|PRON|Case=Acc állítja|állít|VERB , hogy ártatlan|ártatlan|ADJ .",), None,
     [("verb_clause", ST, None, "állítja", "ártatlan", None)]),
    # "– áll a Fidesz Kovács Péter levelére adott válaszában": not Kovács's document;
    # "– olvasható a tárca a Telexnek küldött válaszában": the Telex is the addressee
    ("no_document_author_past_another_noun_or_an_addressee",
     ("„ Nem|nem|ADV ” – áll|áll|VERB a [Fidesz]ORG [Kovács Péter]PER "
      "levelére|levél|NOUN|Case=Sub|Person[psor]=3 adott|ad|ADJ|VerbForm=PartPast "
      f"válaszában|válasz|NOUN|{INE_PSOR} .",
      "„ Igen|igen|ADV ” – olvasható|olvasható|ADJ a tárca|tárca|NOUN "
      "a [Telexnek|Telex|PROPN|Case=Dat]ORG küldött|küld|ADJ|VerbForm=PartPast "
      f"válaszában|válasz|NOUN|{INE_PSOR} ."), None, []),
    # an unlisted verb after a dash with a place between it and the name is no report
    ("no_dash_cue_over_a_place_or_for_a_body",
     ("A tárgyalás|tárgyalás|NOUN folytatódik|folytatódik|VERB – érkezett|érkezik|VERB "
      "meg|meg|ADV [Brüsszelbe|Brüsszel|PROPN|Case=Ill]LOC [Orbán Viktor]PER .",
      "A hazaiak|hazai|NOUN fordítottak|fordít|VERB – győzött|győz|VERB a [Ferencváros]ORG .",
      "Nem|nem|ADV beszéltek|beszél|VERB – hunyt|hunyik|VERB el|el|ADV tavaly|tavaly|ADV "
      "[Kovács Péter]PER ."),
     None, []),
    # "Kovács Péter volt polgármester, idén Nagy Anna azt mondta": 'volt' is the clause's verb
    ("volt_as_the_only_verb_is_was",
     ("[Kovács Péter]PER volt|van|VERB polgármester|polgármester|NOUN , idén|idén|ADV "
      "[Nagy Anna]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy nem|nem|ADV "
      "indul|indul|VERB .",), None,
     [("verb_clause", ST, "Nagy Anna", "mondta", "nem indul", "Nagy Anna")]),
    # a verb before an article is a verb, even without the comma the writer left out
    ("a_verb_before_an_article_is_no_participle",
     ("[Kovács Péter]PER elmenekült|elmenekül|VERB a helyszínről|helyszín|NOUN|Case=Del "
      "a rendőrség|rendőrség|NOUN szóvivője|szóvivő|NOUN|Person[psor]=3 azt|az|PRON|Case=Acc "
      "mondta|mond|VERB , hogy elfogták|elfog|VERB .",), None,
     [("verb_clause", ST, "a rendőrség szóvivője", "mondta", "elfogták", None)]),
    # the reporter's "we" between a quote's paragraphs, before another quote opens: not the quote
    ("the_reporters_we_ends_a_quote",
     ("[Kovács Péter]PER azt|az|PRON|Case=Acc mondta|mond|VERB : „ Bíróságra "
      "megyünk|megy|VERB|Person=1 . ¶",
      "Megkerestük|megkeres|VERB|Person=1 a tárcát|tárca|NOUN|Case=Acc . ¶",
      "„ Jogszerű|jogszerű|ADJ volt|van|VERB . ”"), None,
     [("verb_clause", ST, "Kovács Péter", "mondta", "„Bíróságra megyünk", "Kovács Péter")]),
    # a comment does not run on over a line that reports someone else's words
    ("a_turn_stops_at_a_reported_claim",
     ("[Kovács Péter]PER : Ez jó|jó|ADJ . ¶",
      "A [Fidesz]ORG azt|az|PRON|Case=Acc közölte|közöl|VERB , hogy rossz|rossz|ADJ . ¶",
      "[Szabó Anna]PER : Nem|nem|ADV ."), None,
     [("line_turn", ST, "Kovács Péter", ":", "Ez jó", "Kovács Péter"),
      ("verb_clause", ST, "A Fidesz", "közölte", "rossz", "Fidesz"),
      ("line_turn", ST, "Szabó Anna", ":", "Nem", "Szabó Anna")]),
    # "kérdezte, miért": a question is asked, not claimed
    ("an_asked_question_is_no_claim",
     ("[Kovács Péter]PER kérdezte|kérdez|VERB , miért|miért|ADV nem|nem|ADV lép|lép|VERB "
      "a kormány|kormány|NOUN .",), None, []),
    # a description nothing in its passage explains is the person last quoted, two paragraphs on
    ("a_description_names_the_last_person_quoted",
     (KOVACS + " ¶", FILLER, FILLER, FILLER + " ¶",
      "„ Igaz|igaz|ADJ ” – mondta|mond|VERB a közgazdász|közgazdász|NOUN ."), None,
     [("verb_clause", ST, "Kovács Péter", "mondta", "drága", "Kovács Péter"),
      ("inverted", ST, "a közgazdász", "mondta", "Igaz", "Kovács Péter")]),
    # ... but not a role in some body: "a Fidesz szóvivője" after Gyurcsány is someone else
    ("a_possessed_role_is_not_the_last_person_quoted",
     (KOVACS + " ¶", FILLER, FILLER, FILLER + " ¶",
      "„ Igaz|igaz|ADJ ” – mondta|mond|VERB a [GKI]ORG "
      f"vezérigazgatója|vezérigazgató|NOUN|{PSOR} ."),
     None,
     [("verb_clause", ST, "Kovács Péter", "mondta", "drága", "Kovács Péter"),
      ("inverted", ST, "a GKI vezérigazgatója", "mondta", "Igaz", None)]),
    # ... but not three paragraphs on, nor one the article gave another role
    ("a_description_far_from_the_last_person_quoted_stays_open",
     (KOVACS + " ¶", FILLER + " ¶", FILLER + " ¶", FILLER + " ¶",
      "„ Igaz|igaz|ADJ ” – mondta|mond|VERB a közgazdász|közgazdász|NOUN ."), None,
     [("verb_clause", ST, "Kovács Péter", "mondta", "drága", "Kovács Péter"),
      ("inverted", ST, "a közgazdász", "mondta", "Igaz", None)]),
    ("a_description_of_another_role_than_the_last_person_quoted_stays_open",
     ("[Kovács Péter]PER polgármester|polgármester|NOUN azt|az|PRON|Case=Acc "
      "mondta|mond|VERB , hogy "
      "drága|drága|ADJ . ¶", FILLER, FILLER, FILLER + " ¶",
      "„ Igaz|igaz|ADJ ” – mondta|mond|VERB a közgazdász|közgazdász|NOUN ."), None,
     [("verb_clause", ST, "Kovács Péter polgármester", "mondta", "drága", "Kovács Péter"),
      ("inverted", ST, "a közgazdász", "mondta", "Igaz", None)]),
]


def speaker_name(a: Analysis, claim: Claim) -> str | None:
    if claim.source is None or claim.source.actor is None:
        return None
    return next(x.name for x in a.actors if x.id == claim.source.actor)


def row(a: Analysis, c: Claim) -> tuple:
    return (c.rule, c.kind, c.source and c.source.text, c.cue.text, c.content.text,
            speaker_name(a, c))


@pytest.mark.parametrize(("sentences", "parse", "expected"),
                         [pytest.param(s, p, e, id=name) for name, s, p, e in TABLE])
def test_claims_table(sentences: tuple[str, ...], parse: list[tuple[int, str]] | None,
                      expected: list[tuple]) -> None:
    """Each construction gives exactly the claims of its row, made by the rule named there."""
    a = analyse(*sentences, deps=parse)
    assert [row(a, c) for c in a.claims] == expected


@pytest.mark.parametrize(("sentences", "parse"),
                         [pytest.param(s, p, id=name) for name, s, p, _ in TABLE])
def test_every_span_is_its_text(sentences: tuple[str, ...],
                                parse: list[tuple[int, str]] | None) -> None:
    """source, cue and content texts are exactly text[start:end]; the sentence holds the cue
    and the content (an inherited source may stand in an earlier one)."""
    a = analyse(*sentences, deps=parse)
    for c in a.claims:
        for span in (c.cue, c.content, c.source):
            if span is not None:
                assert a.text[span.start : span.end] == span.text
        for span in (c.cue, c.content):
            assert c.sentence[0] <= span.start and span.end <= c.sentence[1]


def test_the_table_tries_every_rule() -> None:
    """Each named rule has a row in the table above."""
    assert {r[0] for _, _, _, rows in TABLE for r in rows} == set(RULE_NAMES)


def test_a_quote_from_an_earlier_sentence_widens_the_claims_sentence() -> None:
    """'„Nem emelünk. Ez biztos.” – mondta Németh.': the claim's sentence starts at the quote."""
    a = analyse("„ Nem emelünk|emel|VERB .",
                "Ez biztos|biztos|ADJ . ” – mondta|mond|VERB [Németh]PER .")
    assert a.claims[0].sentence == (0, len(a.text))


def test_a_headline_holds_no_claims() -> None:
    """A short first line before a blank line, with no full stop, is the headline: what it says
    someone said the article tells again below (docs/annotation.md: titles are not claims)."""
    a = analyse("[Nagy Márton]PER : Nem|nem|ADV biztos|biztos|ADJ a|a|DET stop|stop|NOUN ¶ ¶",
                "[Nagy Márton]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy|hogy|SCONJ "
                "nem|nem|ADV biztos|biztos|ADJ a|a|DET stop|stop|NOUN .")
    assert [c.cue.text for c in a.claims] == ["mondta"]


@pytest.mark.parametrize(
    "text, is_headline",
    [
        ("Nagy Márton: Nem biztos, hogy kell\n\nA miniszter azt mondta, hogy ...", True),
        ("Ki a ballonkabátos férfi?\n\nA történész szerint nem ő.", True),
        ("Kovács azt mondta, hogy baj van.\n\nA kormány hallgat.", False),  # a sentence
        ("A Kamara azt javasolja, hogy\n- maradjanak otthon", False),  # no blank line after
        ("Egyetlen sor, cím nélkül", False),  # no body
        ("Varga Mihály így fogalmazott:\n\n„Az infláció csökken.”", False),  # a lead-in
        ("Orbán Viktor szerint a háború tarthat. (MTI)\n\nA kormány hallgat.", False),
        ("„Nem mondok le” – jelentette ki Novák Katalin.”\n\nA botrány nő.", False),
    ],
)
def test_the_headline_is_a_short_first_line_before_a_blank_line(text, is_headline) -> None:
    from reader.analysis.claims.extent import headline_end

    assert (headline_end(text) > 0) == is_headline
