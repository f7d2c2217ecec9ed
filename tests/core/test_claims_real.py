"""Claim patterns found in real news (the development set, docs/annotation.md), on hand-built
Docs: one general rule per test, never a sentence copied from the set."""

from __future__ import annotations

from handdoc import analyse

from reader.types import Analysis, Claim

V = "VERB"
PAST = "VerbForm=Fin|Mood=Ind|Person=3"


def claims(a: Analysis) -> list[tuple[str, str | None, str]]:
    return [(c.cue.text, c.source.text if c.source else None, c.content.text) for c in a.claims]


def actor(a: Analysis, claim: Claim) -> str | None:
    if claim.source is None or claim.source.actor is None:
        return None
    return next(x.name for x in a.actors if x.id == claim.source.actor)


def test_a_name_and_a_colon_open_a_line_of_speech() -> None:
    """'Kovács Anna: ...' at the start of a line: Kovács Anna claims the rest of the line."""
    a = analyse("A hozzászólások :", "¶ [Kovács Anna]PER : Ez nagy hiba volt|van|VERB .",
                "¶ Vége|vég|NOUN .")
    assert claims(a) == [(":", "Kovács Anna", "Ez nagy hiba volt")]
    assert actor(a, a.claims[0]) == "Kovács Anna"


def test_a_place_before_a_colon_is_a_heading_and_a_question_is_no_claim() -> None:
    """'Kína: ...' is a heading; 'Riporter Béla: Mit tervez?' asks, it claims nothing."""
    a = analyse("¶ [Kína]LOC : Üres stadionok|stadion|NOUN .",
                "¶ [Nagy Béla]PER : Mit|mi|PRON tervez|tervez|VERB ?")
    assert a.claims == ()


def test_a_handle_is_an_actor_and_a_speaker() -> None:
    """'@kovacs_anna: ...': the handle is a person's mention and the source of the line."""
    a = analyse("¶ @kovacs_anna : Szégyen|szégyen|NOUN , ami történt|történik|VERB .")
    assert [(x.name, x.label) for x in a.actors] == [("@kovacs_anna", "PER")]
    assert actor(a, a.claims[0]) == "@kovacs_anna"


def test_a_dash_attribution_claims_the_whole_paragraph_of_speech() -> None:
    """'Speech. More speech. – mondta X.' in one paragraph: all of it is X's."""
    a = analyse("¶ Az infláció|infláció|NOUN csökken|csökken|VERB .",
                "A bank|bank|NOUN óvatos|óvatos|ADJ marad|marad|VERB .",
                f"– mondta|mond|{V}|{PAST} [Varga Mihály]PER .")
    (c,) = a.claims
    assert c.content.text == "Az infláció csökken. A bank óvatos marad"
    assert actor(a, c) == "Varga Mihály"


def test_a_dash_attribution_on_its_own_line_closes_the_paragraph_before() -> None:
    """'Quote paragraph' then '– mondta a lapnak.' on the next line."""
    a = analyse("¶ [Varga Mihály]PER beszélt|beszél|VERB .",
                "¶ A kamatok|kamat|NOUN maradnak|marad|VERB .",
                f"¶ – mondta|mond|{V}|{PAST} a lapnak|lap|NOUN|Case=Dat .")
    (c,) = a.claims
    assert c.content.text == "A kamatok maradnak"
    assert c.source is None  # the paragraph before names Varga; across a break no one is sure


def test_first_person_verbs_and_szerintem_start_no_claim() -> None:
    """'mondtam', 'szerintem' belong to whoever is quoted; they start no claim of their own."""
    a = analyse("„ Én mondtam|mond|VERB|VerbForm=Fin|Person=1 , hogy ez hiba|hiba|NOUN .",
                "Szerintem rossz|rossz|ADJ .")
    assert a.claims == ()


def test_a_point_in_time_or_an_adverb_is_no_source() -> None:
    """'Április azt mondta' has no speaker; 'Elvégre' neither: the cue finds no source in it."""
    a = analyse(f"Április|április|NOUN azt mondta|mond|{V}|{PAST} , hogy vége|vég|NOUN .")
    assert [c.source for c in a.claims] == [None]


def test_a_things_subject_is_not_the_speaker() -> None:
    """'a várakozások hangsúlyozta' cannot be: the subject search gives up rather than guess."""
    a = analyse(f"A várakozások|várakozás|NOUN hangsúlyozta|hangsúlyoz|{V}|{PAST} , "
                "hogy baj|baj|NOUN van|van|VERB .")
    assert [c.source for c in a.claims] == [None]


def test_a_cue_stem_must_be_followed_by_a_verb_ending() -> None:
    """'figyelmeztetés' (a noun) and 'jelenti' (it means) are no cues."""
    a = analyse("A figyelmeztetés|figyelmeztetés|NOUN , hogy baj|baj|NOUN van|van|VERB .",
                "Ez azt jelenti|jelent|VERB , hogy baj|baj|NOUN van|van|VERB .")
    assert a.claims == ()


def test_a_separated_preverb_makes_another_verb() -> None:
    """'mondott le' is 'resigned', not 'said'."""
    a = analyse(f"[Kiss Péter]PER mondott|mond|{V}|{PAST} le , mert hibázott|hibázik|VERB .")
    assert a.claims == ()


def test_a_role_noun_names_the_person_given_that_role_before() -> None:
    """'Varga Mihály, az MNB elnöke ... Az elnök szerint ...' -> Varga Mihály, a reference
    mention of his in the actor list and the entities."""
    a = analyse("[Varga Mihály]PER , az [MNB]ORG elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 "
                "beszélt|beszél|VERB .",
                "Az elnök|elnök|NOUN szerint a kamat|kamat|NOUN marad|marad|VERB .")
    (c,) = a.claims
    assert c.source is not None and c.source.text == "Az elnök"
    assert actor(a, c) == "Varga Mihály"
    reference = [e for e in a.entities if e.form == "reference"]
    assert [(e.text, e.label) for e in reference] == [("Az elnök", "PER")]
    varga = next(x for x in a.actors if x.name == "Varga Mihály")
    assert (reference[0].start, reference[0].end) in varga.mentions


def test_a_group_role_is_not_one_person() -> None:
    """'A szervezők szerint' names no single person: no actor."""
    a = analyse("[Kiss Anna]PER beszélt|beszél|VERB .",
                "A szervezők|szervező|NOUN|Case=Nom|Number=Plur szerint sokan|sok|ADV "
                "voltak|van|VERB .")
    assert [actor(a, c) for c in a.claims] == [None]


def test_a_subjectless_cue_does_not_take_the_last_speaker_over_another_person() -> None:
    """'X szerint ... . Y-t is meghallgatták. Azt mondta, ...': Y stands between, so the speaker
    is left open; the subject of the sentence before would have been taken."""
    a = analyse("[Kiss Anna]PER szerint nagy baj|baj|NOUN van|van|VERB .",
                "A bizottság|bizottság|NOUN [Nagy Bélát|Béla|PROPN|Case=Acc]PER is "
                "meghallgatta|meghallgat|VERB .",
                f"Azt mondta|mond|{V}|{PAST} , hogy jó|jó|ADJ .")
    assert [actor(a, c) for c in a.claims] == ["Kiss Anna", None]
    b = analyse("[Kiss Anna]PER szerint nagy baj|baj|NOUN van|van|VERB .",
                "[Nagy Béla]PER is ott volt|van|VERB .",
                f"Azt mondta|mond|{V}|{PAST} , hogy jó|jó|ADJ .")
    assert [actor(b, c) for c in b.claims] == ["Kiss Anna", "Nagy Béla"]


def test_a_possessed_speech_noun_takes_the_previous_speaker() -> None:
    """'Elmondása szerint ...' right after X's claim: X speaks, with no source words."""
    a = analyse(f"[Kiss Anna]PER azt mondta|mond|{V}|{PAST} , hogy nyer|nyer|VERB .",
                "Elmondása|elmondás|NOUN|Case=Nom|Person[psor]=3 szerint sokat|sok|ADV "
                "dolgozott|dolgozik|VERB .")
    second = a.claims[1]
    assert (second.cue.text, actor(a, second)) == ("Elmondása szerint", "Kiss Anna")
    assert second.source is not None and second.source.text == "Kiss Anna"  # where he is named


def test_an_accusation_may_claim_its_object() -> None:
    """'X bírálta a kormány új tervét' claims the object; 'bírálta a tervet' is too thin."""
    a = analyse(f"[Kiss Anna]PER bírálta|bírál|{V}|{PAST} a kormány|kormány|NOUN "
                "új|új|ADJ tervét|terv|NOUN|Case=Acc .",
                f"[Nagy Béla]PER bírálta|bírál|{V}|{PAST} a tervet|terv|NOUN|Case=Acc .")
    assert claims(a) == [("bírálta", "Kiss Anna", "a kormány új tervét")]


def test_a_demand_or_a_naming_may_claim_a_phrase_before_the_verb() -> None:
    """'a miniszterelnök lemondását követelték' claims the object; 'X-et a nép ellenségének nevezte'
    claims the predicate; a lone object before the verb ('fellebbezést jelentett be') does not."""
    a = analyse(f"A tüntetők|tüntető|NOUN|Case=Nom|Number=Plur a maláj|maláj|ADJ "
                f"miniszterelnök|miniszterelnök|NOUN lemondását|lemondás|NOUN|Case=Acc "
                f"követelték|követel|{V}|{PAST} .",
                f"[Kiss Anna]PER a vezetőt|vezető|NOUN|Case=Acc "
                f"a nép|nép|NOUN ellenségének|ellenség|NOUN|Case=Dat|Person[psor]=3 "
                f"nevezte|nevez|{V}|{PAST} .",
                f"[Nagy Béla]PER fellebbezést|fellebbezés|NOUN|Case=Acc "
                f"jelentett|jelent|{V}|{PAST} be .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("követelték", "a maláj miniszterelnök lemondását"),
        ("nevezte", "a nép ellenségének"),
    ]


def test_szerinte_inside_the_speakers_own_content_starts_nothing() -> None:
    """'X azt mondta, más szerinte nem tenne ilyet': one claim by X, its content run on."""
    a = analyse(f"[Kiss Anna]PER azt mondta|mond|{V}|{PAST} , más|más|PRON szerinte "
                "nem|nem|ADV tenne|tesz|VERB ilyet|ilyen|PRON .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("mondta", "más szerinte nem tenne ilyet")]


def test_a_denial_of_what_was_just_said() -> None:
    """'X szerint A. Ezt Y cáfolta.': Y denies A (the claim before), with no 'hogy'."""
    a = analyse("[Kiss Anna]PER szerint a híd|híd|NOUN rossz|rossz|ADJ .",
                f"Ezt|ez|PRON [Nagy Béla]PER cáfolta|cáfol|{V}|{PAST} .")
    assert [(c.kind, c.cue.text, c.content.text) for c in a.claims] == [
        ("statement", "szerint", "a híd rossz"), ("denial", "cáfolta", "a híd rossz")]


def test_a_quote_closed_right_before_the_cue() -> None:
    """'„A híd rossz” mondta X.' (no dash) reports the quote; '„gádzsóknak” nevezik' does not."""
    a = analyse(f"„ A híd|híd|NOUN rossz|rossz|ADJ volt|van|VERB ” mondta|mond|{V}|{PAST} "
                "[Kiss Anna]PER .",
                f"A nőket „ asszonyoknak|asszony|NOUN|Case=Dat ” nevezik|nevez|{V}|{PAST} .")
    assert [(c.cue.text, c.content.text) for c in a.claims] == [("mondta", "A híd rossz volt")]


# Found by an independent review: each a misattribution or a wrong span on ordinary text.

def test_a_persons_lawyer_is_not_the_person() -> None:
    """'Kovács Péter ügyvédje szerint ...': the lawyer speaks, Kovács is no speaker."""
    a = analyse("[Kovács Péter]PER ügyvédje|ügyvéd|NOUN|Case=Nom|Person[psor]=3 szerint "
                "ügyfele|ügyfél|NOUN ártatlan|ártatlan|ADJ .")
    assert [c.source.actor if c.source else None for c in a.claims] == [None]


def test_a_role_is_matched_as_a_whole_word() -> None:
    """'Az elnök' is not the 'alelnök' named last: it is the 'elnöke' named before."""
    a = analyse("[Szabó Anna]PER , a párt elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 és "
                "[Kovács Péter]PER alelnök|alelnök|NOUN is ott volt|van|VERB .",
                "Az elnök|elnök|NOUN szerint jó|jó|ADJ .")
    assert [actor(a, c) for c in a.claims] == ["Szabó Anna"]


def test_a_role_never_names_someone_mentioned_as_an_object() -> None:
    """'... őrizetbe vette Kiss Józsefet. A miniszter szerint ...': not Kiss József."""
    a = analyse("A rendőrség|rendőrség|NOUN őrizetbe|őrizet|NOUN vette|vesz|VERB "
                "[Kiss Józsefet|József|PROPN|Case=Acc]PER .",
                "A miniszter|miniszter|NOUN szerint jó|jó|ADJ .")
    assert [actor(a, c) for c in a.claims] == [None]


def test_szerinte_does_not_reach_over_another_person() -> None:
    """'X szerint A. Y viszont nem ért egyet, szerinte B.': B is never X's; it is Y's, the
    subject of its own sentence."""
    a = analyse("[Kovács Péter]PER szerint a terv|terv|NOUN jó|jó|ADJ .",
                "[Szabó Anna]PER viszont nem ért|ért|VERB egyet|egy|NUM , szerinte "
                "a terv|terv|NOUN rossz|rossz|ADJ .")
    assert [actor(a, c) for c in a.claims] == ["Kovács Péter", "Szabó Anna"]


def test_a_comma_before_the_verb_is_not_an_inverted_attribution() -> None:
    """'Kovács Péter, a párt elnöke, tagadta a vádakat.' has no content before the comma (it
    reports nothing); after a clause the same comma does invert: 'A híd rossz volt, tagadta X.'"""
    a = analyse("[Kovács Péter]PER , a párt|párt|NOUN elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 "
                f", tagadta|tagad|{V}|{PAST} a vádakat|vád|NOUN|Case=Acc .")
    assert claims(a) == []
    a = analyse(f"A híd|híd|NOUN rossz|rossz|ADJ volt|van|VERB , tagadta|tagad|{V}|{PAST} "
                "[Kovács Péter]PER .")
    assert claims(a) == [("tagadta", "Kovács Péter", "A híd rossz volt")]


def test_a_photo_credit_is_no_speaker() -> None:
    """'Fotó: MTI/Kovács Attila' on its own line claims nothing."""
    a = analyse("¶ Fotó|fotó|NOUN : [MTI]ORG / [Kovács Attila]PER", "¶ Vége|vég|NOUN .")
    assert a.claims == ()


def test_a_photo_credit_ends_with_its_line() -> None:
    """'Fotó: Huszti István / Telex ¶ Orosz Tibor azt mondta': the credit's names are nobody
    speaking, but the next paragraph's first name speaks."""
    a = analyse("¶ Fotó|fotó|NOUN : [Huszti István]PER / [Telex]ORG",
                f"¶ [Orosz Tibor]PER azt|az|PRON|Case=Acc mondta|mond|{V}|{PAST} , hogy "
                "jó|jó|ADJ .")
    assert [actor(a, c) for c in a.claims] == ["Orosz Tibor"]


def test_ezt_kovetoen_denies_nothing() -> None:
    """'Ezt követően elutasította a kérdéseket' is not a denial of the sentence before."""
    a = analyse("[Kiss Anna]PER szerint a javaslat|javaslat|NOUN jó|jó|ADJ .",
                f"[Nagy Béla]PER ezt|ez|PRON követően|követően|ADV "
                f"visszautasította|visszautasít|{V}|{PAST} a meghívást|meghívás|NOUN|Case=Acc .")
    assert [c.kind for c in a.claims] == ["statement"]


def test_szerint_opening_the_text_takes_no_content_from_elsewhere() -> None:
    """'Kovács Péter szerint.' as the first sentence: no claim, nothing from the text's end;
    with a clause before it in the sentence, that clause is the content."""
    a = analyse("[Kovács Péter]PER szerint .", "A kormány|kormány|NOUN ülésezett|ülésezik|VERB .")
    assert claims(a) == []
    a = analyse("A kormány|kormány|NOUN ülésezett|ülésezik|VERB , [Kovács Péter]PER szerint .")
    assert claims(a) == [("szerint", "Kovács Péter", "A kormány ülésezett")]


def test_an_interrupted_quote_does_not_swallow_its_attribution() -> None:
    """'„A gazdaság nő – mondta X –, de a bérek nem követik.”': content without the attribution."""
    a = analyse(f"„ A gazdaság|gazdaság|NOUN nő|nő|VERB – mondta|mond|{V}|{PAST} "
                "[Varga Mihály]PER – , de a bérek|bér|NOUN nem követik|követ|VERB . ”")
    assert a.claims and all("mondta" not in c.content.text for c in a.claims)


def test_a_subjectless_cue_after_a_sentence_with_its_own_unnamed_subject() -> None:
    """'X szerint A. A rendőrség vizsgálatot indított. Közölték, hogy B.': not X's."""
    a = analyse("[Kovács Péter]PER szerint a helyzet|helyzet|NOUN súlyos|súlyos|ADJ .",
                "A rendőrség|rendőrség|NOUN vizsgálatot|vizsgálat|NOUN|Case=Acc "
                "indított|indít|VERB .",
                f"Közölték|közöl|{V}|{PAST} , hogy nincs|nincs|VERB baj|baj|NOUN .")
    assert [actor(a, c) for c in a.claims] == ["Kovács Péter", None]


def test_a_one_word_person_is_never_the_role_fallback() -> None:
    """A place the recogniser took for a person ('[Békásmegyeren]PER') is not 'a szóvivő'."""
    a = analyse("Bejelentés|bejelentés|NOUN érkezett|érkezik|VERB [Békásmegyerről]PER .",
                f"– folytatta|folytat|{V}|{PAST} a szóvivő|szóvivő|NOUN .")
    assert [actor(a, c) for c in a.claims if c.source] in ([], [None])


def test_kezdte_and_zarta_report_only_a_quote_before_a_dash() -> None:
    """'„…” – kezdte beszédét X', '„…” – zárta X': how X began or ended a speech, the quote is
    X's; 'kezdte' with a clause after it ('Azzal kezdte, hogy …', 'el kezdte …') reports
    nothing."""
    a = analyse(f"„ Béke|béke|NOUN mindannyiótokkal|mindannyiótok|NOUN ! ” – "
                f"kezdte|kezd|{V}|{PAST} beszédét|beszéd|NOUN|Case=Acc [Kovács Péter]PER .",
                f"„ Köszönöm|köszön|{V} . ” – zárta|zár|{V}|{PAST} [Kovács]PER .",
                f"[Szabó Anna]PER azzal|az|PRON kezdte|kezd|{V}|{PAST} , hogy "
                "kitakarított|kitakarít|VERB .")
    assert [(c.cue.text, actor(a, c)) for c in a.claims] == [
        ("kezdte", "Kovács Péter"), ("zárta", "Kovács Péter")]


def test_a_pronoun_after_a_parenthetical_cue_is_the_next_clauses_subject() -> None:
    """'B, mondja, ő ezzel leszámolt.': 'mondja' set off by commas reports B (its speaker carried
    on from the claim before); 'ő' after the second comma is the subject of what follows, not
    the speaker. A converb ('…, mondván, X …') reports what comes after it, not before."""
    a = analyse("[Magyar Péter]PER szerint a rendszer|rendszer|NOUN erős|erős|ADJ .",
                f"Nincs|nincs|{V}|{PAST} visszaút|visszaút|NOUN , mondja|mond|{V}|{PAST} , "
                f"ő|ő|PRON ezzel|ez|PRON leszámolt|leszámol|{V}|{PAST} .")
    assert [(c.cue.text, c.content.text, actor(a, c)) for c in a.claims] == [
        ("szerint", "a rendszer erős", "Magyar Péter"),
        ("mondja", "Nincs visszaút", "Magyar Péter"),
        ("mondja", "ő ezzel leszámolt", "Magyar Péter")]  # the clause after: rule inverted_tail


def test_mondvan_is_a_converb_whatever_the_tagger_says() -> None:
    """'X … nagyváros teljesítették. Temesvárra hivatkozott, mondván „…”': 'mondván' (tagged an
    adverb) shares its clause's subject, never a subject of the sentence before."""
    a = analyse("A küldetést|küldetés|NOUN|Case=Acc [Debrecen]LOC és|és|CCONJ [Győr]LOC "
                "teljesítette|teljesít|VERB .",
                "[Temesvárra|Temesvár|PROPN|Case=Sub]LOC hivatkozott|hivatkozik|VERB , "
                "mondván|mondván|ADV „ lehet|lehet|VERB , hogy|hogy|SCONJ jó|jó|ADJ ”")
    assert [actor(a, c) for c in a.claims] == [None]


def test_a_dash_lost_in_copying_still_attributes_the_words_before_it() -> None:
    """'Ebben kellett alkotni  mondta X.': the two spaces a lost dash left make an inverted
    attribution, as the dash would; a cue inside a run of words, or after a gap that closes
    an insertion another gap opened, stays what it was."""
    a = analyse("Ebben|ez|PRON|Case=Ine kellett|kell|VERB alkotni|alkot|VERB ␣ "
                "mondta|mond|VERB|VerbForm=Fin|Person=3 [Szilágyi Júlia]PER .")
    assert a.text == "Ebben kellett alkotni  mondta Szilágyi Júlia."
    assert claims(a) == [("mondta", "Szilágyi Júlia", "Ebben kellett alkotni")]
    assert actor(a, a.claims[0]) == "Szilágyi Júlia"
    inside = analyse("Ott|ott|ADV ␣ mondta|mond|VERB|VerbForm=Fin|Person=3 el|el|ADV "
                     "a beszédét|beszéd|NOUN|Case=Acc|Person[psor]=3 .")
    assert inside.claims == ()
    insertion = analyse("A levél|levél|NOUN ␣ napokkal|nap|NOUN|Case=Ins később|később|ADV ␣ "
                        "értesítette|értesít|VERB|VerbForm=Fin|Person=3 a [NNK]ORG "
                        "igazgatóját|igazgató|NOUN|Case=Acc|Person[psor]=3 .")
    assert [c.rule for c in insertion.claims] != ["inverted"]


def test_a_straight_quote_before_a_lost_dash_closes_the_words_said() -> None:
    """'"Egyetlen beteget sem hagyunk"  mondta X.': a straight mark before the two spaces of a
    lost dash closes the quote, which is the claim (a straight mark alone is no close: it
    may as well open)."""
    a = analyse('" Egyetlen|egyetlen|DET beteget|beteg|NOUN|Case=Acc sem|sem|ADV '
                'hagyunk|hagy|VERB|VerbForm=Fin|Person=1 " ␣ '
                "mondta|mond|VERB|VerbForm=Fin|Person=3 [Kiss Péter]PER .")
    assert claims(a) == [("mondta", "Kiss Péter", "Egyetlen beteget sem hagyunk")]


def test_azzal_kezdte_and_azzal_zarta_report_the_clause_they_point_to() -> None:
    """'X a beszélgetést azzal kezdte, hogy …', 'X azzal zárta a beszélgetést, hogy …': the first
    or last words said; without a talk or a text as the object, or without 'azzal', the verbs
    report only after a dash ('– kezdte X.'); 'azzal kezdte az interjút, hogy megkérdezte …',
    '… a beszédét, hogy köszönetet mondott …' (a verb in the past) tell what was done."""
    a = analyse("[Kiss Péter]PER a beszélgetést|beszélgetés|NOUN|Case=Acc azzal|az|PRON|Case=Ins "
                "kezdte|kezd|VERB|VerbForm=Fin|Person=3 , hogy nincs|nincs|VERB baj|baj|NOUN .",
                "[Tóth Anna]PER azzal|az|PRON|Case=Ins zárta|zár|VERB|VerbForm=Fin|Person=3 "
                "a beszélgetést|beszélgetés|NOUN|Case=Acc , hogy van|van|VERB remény|remény|NOUN .",
                "[Nagy Béla]PER kezdte|kezd|VERB|VerbForm=Fin|Person=3 "
                "a munkát|munka|NOUN|Case=Acc , hogy|hogy|SCONJ meglegyen|megvan|VERB .",
                "A riporter|riporter|NOUN azzal|az|PRON|Case=Ins "
                "kezdte|kezd|VERB|VerbForm=Fin|Person=3 az interjút|interjú|NOUN|Case=Acc , "
                "hogy|hogy|SCONJ megkérdezte|megkérdez|VERB|VerbForm=Fin|Person=3|Tense=Past "
                "a minisztert|miniszter|NOUN|Case=Acc .",
                "[Kiss Anna]PER azzal|az|PRON|Case=Ins kezdte|kezd|VERB|VerbForm=Fin|Person=3 "
                "a beszédét|beszéd|NOUN|Case=Acc|Person[psor]=3 , hogy|hogy|SCONJ "
                "köszönetet|köszönet|NOUN|Case=Acc "
                "mondott|mond|VERB|VerbForm=Fin|Person=3|Tense=Past "
                "a mentőknek|mentő|NOUN|Case=Dat .")
    assert claims(a) == [
        ("kezdte", "Kiss Péter", "nincs baj"), ("zárta", "Tóth Anna", "van remény")]


def test_a_quote_after_a_colons_words_is_a_claim_of_its_own() -> None:
    """'X azt ígéri: A. „B.”': A is the promise, the quote after it X's next claim."""
    a = analyse("[Rózsa András]PER azt|az|PRON|Case=Acc ígéri|ígér|VERB|VerbForm=Fin|Person=3 : "
                "új|új|ADJ pályázatot|pályázat|NOUN|Case=Acc írnak|ír|VERB ki|ki|ADV .",
                "„ Húzni|húz|VERB kell|kell|VERB egy vonalat|vonal|NOUN|Case=Acc . ”")
    assert [c.content.text for c in a.claims] == [
        "új pályázatot írnak ki", "Húzni kell egy vonalat"]
    assert [actor(a, c) for c in a.claims] == ["Rózsa András", "Rózsa András"]


def test_a_quote_closing_its_sentence_ends_the_claim_whatever_the_sentencizer_said() -> None:
    """'X felszólította őket, hogy „álljanak mellénk.” Kollégája …' in one sentence as the
    sentencizer left it: the claim ends with the quote."""
    a = analyse("[Pintér Tünde]PER felszólította|felszólít|VERB|VerbForm=Fin|Person=3 "
                "őket|ő|PRON|Case=Acc , hogy „ álljanak|áll|VERB mellénk|mellé|ADV . ” "
                "Kollégája|kolléga|NOUN|Person[psor]=3 megköszönte|megköszön|VERB "
                "a munkát|munka|NOUN|Case=Acc .")
    assert [c.content.text for c in a.claims] == ["álljanak mellénk"]


def test_two_spaces_after_a_piece_of_the_cues_own_clause_are_no_lost_dash() -> None:
    """'Ezt a beszédet tavaly  mondta el X.': an object and a time, no words said."""
    a = analyse("Ezt|ez|PRON|Case=Acc a beszédet|beszéd|NOUN|Case=Acc tavaly|tavaly|ADV ␣ "
                "mondta|mond|VERB|VerbForm=Fin|Person=3 el|el|ADV [Orbán Viktor]PER .")
    assert [c.rule for c in a.claims if c.rule == "inverted"] == []


def test_it_points_to_is_no_one_holding_a_view() -> None:
    """'Minden jel arra vall, hogy …': the writer's inference, not a claim ('azt vallja' is)."""
    a = analyse("Minden|minden|DET jel|jel|NOUN arra|az|PRON|Case=Sub "
                "vall|vall|VERB|VerbForm=Fin|Person=3 , hogy a költség|költség|NOUN "
                "nő|nő|VERB .")
    assert a.claims == ()


def test_a_sequence_the_speaker_told_is_not_cut_at_majd() -> None:
    """'azt mondta, hogy először A, majd B': one reported sequence."""
    a = analyse("[Kiss Anna]PER azt|az|PRON|Case=Acc mondta|mond|VERB|VerbForm=Fin|Person=3 , "
                "hogy először|először|ADV felújítják|felújít|VERB az iskolát|iskola|NOUN|Case=Acc "
                ", majd|majd|ADV a kórházat|kórház|NOUN|Case=Acc .")
    assert [c.content.text for c in a.claims] == [
        "először felújítják az iskolát, majd a kórházat"]


def test_a_first_step_before_the_cue_does_not_hold_the_writers_majd() -> None:
    """'X először azt mondta, hogy A, majd visszavonta': 'először' is the writer's, before the
    reported words; 'majd' still ends them."""
    a = analyse("[Kiss Anna]PER először|először|ADV azt|az|PRON|Case=Acc "
                "mondta|mond|VERB|VerbForm=Fin|Person=3 , hogy nincs|nincs|VERB baj|baj|NOUN , "
                "majd|majd|ADV visszavonta|visszavon|VERB .")
    assert [c.content.text for c in a.claims] == ["nincs baj"]


def test_testifying_to_it_is_a_claim() -> None:
    """'X arra vallott, hogy …' (testified) is X's claim; only the present 'arra vall' is not."""
    a = analyse("[Kiss Anna]PER arra|az|PRON|Case=Sub vallott|vall|VERB|VerbForm=Fin|Person=3 , "
                "hogy nem|nem|ADV tudott|tud|VERB róla|ő|PRON .")
    assert [c.cue.text for c in a.claims] == ["vallott"]


def test_a_cue_verb_the_lemmatiser_left_as_its_form_is_still_a_cue() -> None:
    """'X azt üzente, hogy …' with the lemma left as "üzente": a known short stem and a finite
    ending; a noun of that form is no cue ("üzenet")."""
    a = analyse(f"[Orosz Tibor]PER azt|az|PRON|Case=Acc üzente|üzente|{V}|{PAST} , hogy "
                "jönnek|jön|VERB .")
    assert claims(a) == [("üzente", "Orosz Tibor", "jönnek")]
    a = analyse("[Orosz Tibor]PER üzenete|üzenete|NOUN|Case=Nom , hogy jönnek|jön|VERB .")
    assert a.claims == ()


def test_a_relative_clause_on_the_speaker_keeps_a_dash_attribution() -> None:
    """'„…” – dörmögte X, aki úgy fogalmazott, hogy …' (a verb no list holds): both claims are
    X's."""
    a = analyse(f"„ Várjuk|vár|{V}|{PAST} a minisztert|miniszter|NOUN|Case=Acc ” – "
                f"dörmögte|dörmög|{V}|{PAST} [Orosz Tibor]PER , aki|aki|PRON "
                f"úgy|úgy|ADV fogalmazott|fogalmaz|{V}|{PAST} , hogy dolgoznak|dolgozik|VERB .")
    assert [(cue, actor(a, c)) for (cue, _, _), c in zip(claims(a), a.claims, strict=True)] == [
        ("dörmögte", "Orosz Tibor"), ("fogalmazott", "Orosz Tibor")]
    # a quoted title, or a clause with no quote, before the dash: a deed, nothing said
    for before in ("„ Az ember|ember|NOUN tragédiája|tragédia|NOUN ” –",
                   f"A verseny|verseny|NOUN izgalmas|izgalmas|ADJ volt|van|{V}|{PAST} –"):
        a = analyse(f"{before} dörmögte|dörmög|{V}|{PAST} [Orosz Tibor]PER , aki|aki|PRON "
                    f"boldog|boldog|ADJ volt|van|{V}|{PAST} .")
        assert a.claims == ()


def test_hogyha_opens_what_was_said_and_stays_in_it() -> None:
    """'X arról beszélt, hogyha …': the content is the condition and what follows it."""
    a = analyse(f"[Orosz Tibor]PER arról|az|PRON|Case=Del beszélt|beszél|{V}|{PAST} , "
                "hogyha|hogyha|SCONJ lett|van|VERB volna|van|AUX megállapodás|megállapodás|NOUN , "
                "nem|nem|ADV lenne|van|VERB baj|baj|NOUN .")
    assert claims(a) == [("beszélt", "Orosz Tibor",
                          "hogyha lett volna megállapodás, nem lenne baj")]
    a = analyse(f"[Orosz Tibor]PER azt|az|PRON|Case=Acc mondta|mond|{V}|{PAST} "
                "hogyha|hogyha|SCONJ jön|jön|VERB , baj|baj|NOUN lesz|van|VERB .")
    assert claims(a) == [("mondta", "Orosz Tibor", "hogyha jön, baj lesz")]
    a = analyse("[Orosz Tibor]PER csak|csak|ADV akkor|akkor|ADV arról|az|PRON|Case=Del "
                f"beszél|beszél|{V}|{PAST} , hogyha|hogyha|SCONJ kérdezik|kérdez|VERB .")
    assert a.claims == ()  # "only talks about it if asked": a condition, nothing said
    a = analyse(f"[Orosz Tibor]PER reagál|reagál|{V}|{PAST} , hogyha|hogyha|SCONJ "
                "támadják|támad|VERB .")
    assert a.claims == ()  # no pointer to a content ('azt', 'arról'): a condition
    a = analyse(f"[Orosz Tibor]PER kijelentette|kijelent|{V}|{PAST} , hogyha|hogyha|SCONJ "
                "támadják|támad|VERB , bezárnak|bezár|VERB .")
    assert claims(a) == [("kijelentette", "Orosz Tibor", "hogyha támadják, bezárnak")]
    a = analyse(f"[Orosz Tibor]PER csak|csak|ADV akkor|akkor|ADV jelez|jelez|{V}|{PAST} , "
                "hogyha|hogyha|SCONJ támadják|támad|VERB .")
    assert a.claims == ()  # "csak akkor … hogyha": only if, a condition
    a = analyse(f"[Orosz Tibor]PER akkor|akkor|ADV jelzi|jelez|{V}|{PAST} a döntését|döntés|NOUN|"
                "Case=Acc , hogyha|hogyha|SCONJ kérdezik|kérdez|VERB .")
    assert a.claims == ()  # "akkor … hogyha": a condition
    a = analyse(f"[Orosz Tibor]PER megerősíti|megerősít|{V}|{PAST} a gátat|gát|NOUN|Case=Acc , "
                "hogyha|hogyha|SCONJ árad|árad|VERB .")
    assert a.claims == ()  # an object between: "reinforces the dam if …", nothing said


def test_szerinte_closing_its_sentence_claims_the_clause_before() -> None:
    """'X beszélt. Ami történt, az nem mehet tovább szerinte.': the clause before the closing
    'szerinte' is the claim, and the speaker goes on."""
    a = analyse(f"[Magyar Péter]PER beszélt|beszél|{V}|{PAST} .",
                f"Ami|ami|PRON történt|történik|{V}|{PAST} , az|az|PRON nem|nem|ADV "
                f"mehet|megy|{V}|{PAST} tovább|tovább|ADV szerinte|szerinte|ADP .")
    assert claims(a) == [("szerinte", "Magyar Péter", "Ami történt, az nem mehet tovább")]
