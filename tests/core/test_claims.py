"""Claim finding on hand-built Docs: each attribution pattern, its source, cue and content."""

from __future__ import annotations

from handdoc import analyse

from reader.types import Analysis, Claim

V = "VERB"


def only(a: Analysis) -> Claim:
    assert len(a.claims) == 1, [(c.kind, c.cue.text, c.content.text) for c in a.claims]
    return a.claims[0]


def actor_name(a: Analysis, claim: Claim) -> str | None:
    if claim.source is None or claim.source.actor is None:
        return None
    return next(x.name for x in a.actors if x.id == claim.source.actor)


def test_szerint_with_named_source() -> None:
    """'Tóth Gábor vezérigazgató szerint X' -> source 'Tóth Gábor vezérigazgató', content X."""
    a = analyse("[Tóth Gábor]PER vezérigazgató szerint az emelésre szükség|szükség van|van|VERB .")
    c = only(a)
    assert (c.kind, c.source and c.source.text, c.cue.text) == (
        "statement",
        "Tóth Gábor vezérigazgató",
        "szerint",
    )
    assert c.content.text == "az emelésre szükség van"
    assert actor_name(a, c) == "Tóth Gábor"


def test_szerint_after_a_plan_or_rule_is_not_a_source() -> None:
    """'menetrend szerint' (on schedule) is no claim and does not cut the reported content."""
    a = analyse(
        "A [MÁV]ORG közölte|közöl|VERB , hogy a vonatok|vonat|NOUN menetrend|menetrend|NOUN "
        "szerint közlekednek|közlekedik|VERB ."
    )
    c = only(a)
    assert (c.cue.text, c.content.text) == ("közölte", "a vonatok menetrend szerint közlekednek")


def test_szerint_with_data_and_media_sources() -> None:
    """'... adatok szerint' and 'a phenjani állami média szerint' are noun-phrase sources."""
    a = analyse(
        "A hírszerzési|hírszerzési|ADJ adatok|adat|NOUN szerint [Oroszország]LOC "
        "lövedékeket|lövedék|NOUN|Case=Acc vásárolt|vásárol|VERB .",
        "A phenjani|phenjani|ADJ állami|állami|ADJ média szerint a tárgyalás|tárgyalás "
        "sikeres|sikeres|ADJ volt|van|VERB .",
    )
    assert [c.source.text for c in a.claims if c.source] == [
        "A hírszerzési adatok",
        "A phenjani állami média",
    ]
    assert a.claims[0].content.text == "Oroszország lövedékeket vásárolt"


def test_szerint_at_clause_end_takes_the_content_before() -> None:
    """'A díj emelkedik, a tárca szerint.' -> content 'A díj emelkedik'."""
    c = only(analyse("A díj emelkedik|emelkedik|VERB , a tárca szerint ."))
    assert (c.content.text, c.source and c.source.text) == ("A díj emelkedik", "a tárca")


def test_two_szerint_claims_in_one_sentence_split_at_the_second_source() -> None:
    """The first content stops before ', és egy amerikai tisztviselő szerint'."""
    a = analyse(
        "Az adatok|adat szerint [Oroszország]LOC vásárolt|vásárol|VERB , és egy "
        "amerikai|amerikai|ADJ tisztviselő szerint további üzletek várhatók|várható|ADJ ."
    )
    assert [c.content.text for c in a.claims] == [
        "Oroszország vásárolt",
        "további üzletek várhatók",
    ]
    assert a.claims[1].source and a.claims[1].source.text == "egy amerikai tisztviselő"


def test_verb_cue_with_hogy_clause() -> None:
    """'Varga azt mondta a lapnak, hogy X' -> statement by Varga, content X only."""
    a = analyse(
        "[Varga Zsófia]PER a [Népszavának|Népszava|PROPN|Case=Dat]ORG azt|az|PRON|Case=Acc "
        "mondta|mond|VERB , hogy a háztartások nehezen fizetnek|fizet|VERB ."
    )
    c = only(a)
    assert (c.kind, c.cue.text, c.content.text) == (
        "statement",
        "mondta",
        "a háztartások nehezen fizetnek",
    )
    assert actor_name(a, c) == "Varga Zsófia"


def test_verb_cue_with_comma_clause_after_azt() -> None:
    """'Putyin azt mondta, a két ország ...' (no hogy) still finds the content."""
    c = only(
        analyse(
            "[Putyin]PER azt|az|PRON|Case=Acc mondta|mond|VERB , a két ország bővít|bővít|VERB ."
        )
    )
    assert c.content.text == "a két ország bővít"


def test_szerint_inside_a_verb_claim_is_not_a_second_claim() -> None:
    """'Putyin államfő a média szerint azt mondta, ...' -> one claim, by Putyin."""
    a = analyse(
        "[Vlagyimir Putyin]PER orosz|orosz|ADJ államfő a phenjani|phenjani|ADJ média szerint "
        "azt|az|PRON|Case=Acc mondta|mond|VERB , a két ország bővít|bővít|VERB ."
    )
    c = only(a)
    assert c.source and c.source.text == "Vlagyimir Putyin orosz államfő"


def test_announcement_denial_and_opinion_kinds() -> None:
    """bejelentette -> announcement, cáfolta -> denial, úgy vélte -> opinion."""
    a = analyse(
        "A [Vízművek]ORG bejelentette|bejelent|VERB , hogy emel|emel|VERB .",
        "A minisztérium cáfolta|cáfol|VERB , hogy tudott|tud|VERB volna|van|AUX .",
        "Egy korábbi|korábbi|ADJ vezető úgy|úgy|ADV vélte|vél|VERB , az emelés "
        "elkerülhetetlen|elkerülhetetlen|ADJ volt|van|VERB .",
    )
    assert [(c.kind, c.source and c.source.text) for c in a.claims] == [
        ("announcement", "A Vízművek"),
        ("denial", "A minisztérium"),
        ("opinion", "Egy korábbi vezető"),
    ]


def test_separated_preverb_is_part_of_the_cue() -> None:
    """'jelentette be' is one cue with the lemma bejelent (announcement)."""
    c = only(
        analyse("A cég|cég ma|ma|ADV jelentette|jelent|VERB be|be|ADV , hogy bezár|bezár|VERB .")
    )
    assert (c.kind, c.cue.text) == ("announcement", "jelentette be")


def test_accusation_with_coordinated_verb_shares_the_subject() -> None:
    """'Kim rezsimje ... tette felelőssé, és azzal vádolta ..., hogy Y' -> Kim's accusation."""
    a = analyse(
        "[Kim Dzsongun]PER rezsimje|rezsim|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3 az "
        "[Egyesült Államokat|Államok|PROPN|Case=Acc]LOC tette|tesz|VERB felelőssé|felelős|ADV , "
        "és azzal|az|PRON|Case=Ins vádolta|vádol|VERB a [Nyugatot|Nyugat|PROPN|Case=Acc]ORG , "
        "hogy az ő politikájuk a hiba|hiba ."
    )
    c = only(a)
    assert (c.kind, c.source and c.source.text) == ("accusation", "Kim Dzsongun rezsimje")
    assert c.content.text == "az ő politikájuk a hiba"
    assert actor_name(a, c) == "Kim Dzsongun"


def test_inverted_attribution_after_dash() -> None:
    """'X – írja a BBC.' -> statement by the BBC, content X without the dash."""
    a = analyse("[Oroszország]LOC fegyvert vásárol|vásárol|VERB – írja|ír|VERB a [BBC]ORG .")
    c = only(a)
    assert (c.content.text, c.source and c.source.text, actor_name(a, c)) == (
        "Oroszország fegyvert vásárol",
        "a BBC",
        "BBC",
    )


def test_quote_then_dash_attribution_in_a_separate_sentence() -> None:
    """'„Q.” – tette hozzá Varga.' split by the sentencizer is still one claim with content Q."""
    a = analyse(
        "„ Ez az emelés a nyugdíjasokat sújtja|sújt|VERB ”",
        "– tette|tesz|VERB hozzá|hozzá|ADV [Varga]PER .",
    )
    c = only(a)
    assert (c.cue.text, c.content.text, c.source and c.source.text) == (
        "tette hozzá",
        "Ez az emelés a nyugdíjasokat sújtja",
        "Varga",
    )


def test_multi_sentence_quote_before_attribution() -> None:
    """A quote of two sentences before '– mondta Németh.' is the whole content."""
    a = analyse(
        "„ Nem emelünk|emel|VERB .",
        "Ez biztos|biztos|ADJ . ” – mondta|mond|VERB [Németh]PER .",
    )
    c = only(a)
    assert c.content.text == "Nem emelünk. Ez biztos"
    assert c.sentence[0] == 0


def test_quote_after_colon() -> None:
    """'Németh így fogalmazott: „Q”' -> content Q."""
    c = only(
        analyse("[Németh]PER így|így|ADV fogalmazott|fogalmaz|VERB : „ Nem emelünk|emel|VERB . ”")
    )
    assert c.content.text == "Nem emelünk"
    assert c.source and c.source.text == "Németh"


def test_noun_phrase_sources() -> None:
    """'a kamara szóvivője' and 'a Biden-kormányzat tisztviselői' are whole sources."""
    a = analyse(
        "A kamara szóvivője|szóvivő|NOUN|Case=Nom|Number[psor]=Sing|Person[psor]=3 "
        "közölte|közöl|VERB , hogy vizsgálnak|vizsgál|VERB .",
        "A múlt|múlt|ADJ héten|hét|NOUN|Case=Sup a Biden-kormányzat|Biden-kormányzat|PROPN "
        "tisztviselői|tisztviselő|NOUN|Case=Nom|Number=Plur|Person[psor]=3 azt|az|PRON|Case=Acc "
        "közölték|közöl|VERB , hogy a drónok megérkeztek|megérkezik|VERB .",
    )
    assert [c.source and c.source.text for c in a.claims] == [
        "A kamara szóvivője",
        "a Biden-kormányzat tisztviselői",
    ]


def test_subject_skips_a_relative_clause() -> None:
    """'A Vízművek egy korábbi vezetője, aki ..., úgy vélte, ...' -> the whole NP, linked."""
    a = analyse(
        "A [Vízművek]ORG egy korábbi|korábbi|ADJ "
        "vezetője|vezető|NOUN|Case=Nom|Person[psor]=3 , aki|aki|PRON nem|nem|ADV "
        "nyilatkozott|nyilatkozik|VERB , úgy|úgy|ADV vélte|vél|VERB , az emelés jó|jó|ADJ ."
    )
    c = only(a)
    assert c.source and c.source.text == "A Vízművek egy korábbi vezetője"
    assert actor_name(a, c) == "Vízművek"


def test_apposition_source() -> None:
    """'Az egyesület elnöke, Varga Zsófia azt mondta' -> source with apposition, actor Varga."""
    a = analyse(
        "Az egyesület elnöke|elnök|NOUN|Case=Nom|Person[psor]=3 , [Varga Zsófia]PER "
        "azt|az|PRON|Case=Acc mondta|mond|VERB , hogy drága|drága|ADJ ."
    )
    c = only(a)
    assert c.source and c.source.text == "Az egyesület elnöke, Varga Zsófia"
    assert actor_name(a, c) == "Varga Zsófia"


def test_definite_noun_source_links_to_the_organisation_named_before() -> None:
    """'a tárca szerint' after 'A Belügyminisztérium ...' links to the ministry."""
    a = analyse(
        "A [Belügyminisztérium]ORG közleményt|közlemény|NOUN|Case=Acc adott|ad|VERB ki|ki|ADV .",
        "A tárca szerint a hatóság dönt|dönt|VERB .",
    )
    c = only(a)
    assert actor_name(a, c) == "Belügyminisztérium"


def test_reaction_with_colon_and_inner_szerint_is_one_claim() -> None:
    """'X reagált: a tárca szerint Y' -> one claim (the inner one), linked to X."""
    a = analyse(
        "A [Belügyminisztérium]ORG közleményben|közlemény|NOUN|Case=Ine reagált|reagál|VERB : "
        "a tárca szerint a hatóság dönt|dönt|VERB ."
    )
    c = only(a)
    assert (c.cue.text, c.content.text, actor_name(a, c)) == (
        "szerint",
        "a hatóság dönt",
        "Belügyminisztérium",
    )


def test_hedge_is_an_allegation_without_source() -> None:
    """'Moszkva állítólag megkapta ...' -> allegation, source None."""
    c = only(
        analyse(
            "Múlt|múlt|ADJ héten|hét|NOUN|Case=Sup [Moszkva]LOC állítólag|állítólag|ADV "
            "megkapta|megkap|VERB a drónokat|drón|NOUN|Case=Acc ."
        )
    )
    assert (c.kind, c.source, c.cue.text) == ("allegation", None, "állítólag")
    assert c.content.text == "Múlt héten Moszkva állítólag megkapta a drónokat"


def test_hedge_inside_an_attributed_claim_adds_nothing() -> None:
    """'X szerint Moszkva állítólag ...' stays a single claim by X."""
    a = analyse(
        "Egy tisztviselő szerint [Moszkva]LOC állítólag|állítólag|ADV fizetett|fizet|VERB ."
    )
    assert only(a).source is not None


def test_rumour_source_makes_an_allegation() -> None:
    """'Sajtóértesülések szerint ...' is an allegation with that source."""
    c = only(analyse("Sajtóértesülések|sajtóértesülés|NOUN szerint a cég eladó|eladó|ADJ ."))
    assert c.kind == "allegation"


def test_reporting_verb_without_content_clause_is_not_a_claim() -> None:
    """'Észak-Korea elismerte a függetlenségüket.' recognises, it does not say."""
    a = analyse(
        "[Észak-Korea]LOC elismerte|elismer|VERB a függetlenségüket|függetlenség|NOUN|Case=Acc ."
    )
    assert a.claims == ()


def test_zero_subject_takes_the_previous_claims_source() -> None:
    """'Hozzátette, hogy ...' after Varga's claim is Varga's too."""
    a = analyse(
        "[Varga]PER azt|az|PRON|Case=Acc mondta|mond|VERB , hogy drága|drága|ADJ .",
        "Hozzátette|hozzátesz|VERB , hogy igazságtalan|igazságtalan|ADJ .",
    )
    assert [actor_name(a, c) for c in a.claims] == ["Varga", "Varga"]


def test_dependency_parse_subject_is_used_when_present() -> None:
    """With a parse, the nsubj subtree is the source even after the verb."""
    # "Azt mondta Péter , hogy esik ." : mondta is root, Péter nsubj, esik ccomp
    a = analyse(
        "Azt|az|PRON|Case=Acc mondta|mond|VERB [Péter]PER , hogy esik|esik|VERB .",
        deps=[
            (1, "obj"),
            (1, "ROOT"),
            (1, "nsubj"),
            (5, "punct"),
            (5, "mark"),
            (1, "ccomp"),
            (1, "punct"),
        ],
    )
    c = only(a)
    assert c.source and c.source.text == "Péter"
    assert c.content.text == "esik"


def test_offsets_of_every_claim_span_match_the_text() -> None:
    """source, cue and content texts are exactly text[start:end]."""
    a = analyse(
        "[Tóth]PER szerint drága|drága|ADJ .",
        "„ Nem|nem|ADV ” – mondta|mond|VERB [Tóth]PER .",
    )
    for c in a.claims:
        for span in (c.cue, c.content, c.source):
            if span is not None:
                assert a.text[span.start : span.end] == span.text
        assert a.text[c.sentence[0] : c.sentence[1]]
