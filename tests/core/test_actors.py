"""Mention -> actor grouping on hand-built Docs: nominative names, aliases, surnames, demonyms."""

from __future__ import annotations

from handdoc import actor_of, analyse, names

from reader.analysis.actors import head_name
from reader.analysis.morphology import acronym_base, strip_candidates
from reader.types import Token


def tok(text: str, lemma: str = "", case: str = "") -> Token:
    return Token(0, 0, len(text), text, lemma or text, "PROPN", f"Case={case}" if case else "")


def test_inflected_place_names_join_their_nominative_by_lemma() -> None:
    """Észak-Koreától/Észak-Koreához -> Észak-Korea, Oroszországgal -> Oroszország (lemma head)."""
    a = analyse(
        "[Oroszország]LOC [Észak-Koreától|Észak-Korea|PROPN|Case=Abl]LOC vásárol|vásárol|VERB .",
        "[Moszkva]LOC [Észak-Koreához|Észak-Korea|PROPN|Case=All]LOC fordult|fordul|VERB .",
        "[Irán]LOC [Oroszországgal|Oroszország|PROPN|Case=Ins]LOC tárgyal|tárgyal|VERB .",
    )
    assert names(a) == {"Oroszország": 2, "Észak-Korea": 2, "Moszkva": 1, "Irán": 1}


def test_multiword_name_keeps_other_tokens_as_written() -> None:
    """New Yorkban -> New York: only the head token is lemmatised."""
    a = analyse("A [New Yorkban|York|PROPN|Case=Ine]LOC esik .")
    assert actor_of(a, "New Yorkban") == "New York"


def test_suffix_fallback_without_lemmatiser() -> None:
    """With no lemmatiser the case ending is stripped and a->á restored (Moszkvával -> Moszkva)."""
    a = analyse(
        "[Moszkva]LOC és [Moszkvával|Moszkvával|PROPN|Case=Ins]LOC tárgyal .",
        "[Ukrajnában|Ukrajnában|PROPN|Case=Ine]LOC harc|harc|NOUN van|van|VERB .",
        lemmas=False,
    )
    assert names(a) == {"Moszkva": 2, "Ukrajna": 1}


def test_wrong_lemma_is_replaced_by_the_case_ending_rule() -> None:
    """A lemma like 'Észak-Koreá' (not a dictionary form) does not become the name."""
    assert head_name(tok("Észak-Koreától", "Észak-Koreá", "Abl"), "Észak-Koreától", True) == (
        "Észak-Korea"
    )
    assert head_name(tok("Vízművek", "Vízműv", "Nom"), "Vízművek", True) == "Vízművek"


def test_nominative_names_keep_a_short_ending_the_lemmatiser_cut() -> None:
    """Leyen/Jensen tagged nominative stay whole though the lemma says 'Ley'; -gal still goes."""
    assert head_name(tok("Leyen", "Ley", "Nom"), "Leyen", True) == "Leyen"
    assert head_name(tok("Jensen", "Jens", "Nom"), "Jensen", True) == "Jensen"
    assert head_name(tok("Oroszországgal", "Oroszország", "Nom"), "Oroszországgal", True) == (
        "Oroszország"
    )


def test_a_given_name_the_lemmatiser_kept_inflected_loses_its_ending() -> None:
    """'Kásler Miklóst' tagged accusative with the lemma 'Miklóst': a person's given name under
    the case's ending is the given name (the person would read as a nominative 'Miklóst' and a
    subject); a surname or another word the lemma keeps stays as it was."""
    assert head_name(tok("Miklóst", "Miklóst", "Acc"), "Miklóst", True, person=True) == "Miklós"
    assert head_name(tok("Miklóst", "Miklóst", "Acc"), "Miklóst", True) == "Miklóst"
    assert head_name(tok("Kovácsot", "Kovácsot", "Acc"), "Kovácsot", True, person=True) == (
        "Kovácsot")


def test_nominative_names_ending_like_a_suffix_are_left_alone() -> None:
    """Irán, Teherán and Budapest are not stripped to 'Ira', 'Teherá', 'Budapes'."""
    for form in ("Irán", "Teherán", "Budapest", "Kuba"):
        assert head_name(tok(form, form, "Nom"), form, True) == form
        assert head_name(tok(form), form, False) == form


def test_assimilated_instrumental_and_digraphs() -> None:
    """Oroszországgal -> Oroszország, Kováccsal -> Kovács, Putyinnal -> Putyin."""
    stems = {s for s, _ in strip_candidates("Kováccsal", "Ins")}
    assert "Kovács" in stems
    assert strip_candidates("Oroszországgal", "Ins")[0][0] == "Oroszország"
    assert head_name(tok("Putyinnal", "", "Ins"), "Putyinnal", False) == "Putyin"


def test_acronym_with_hyphenated_ending() -> None:
    """ENSZ-nek, NATO-val, ENSZ-szel -> the bare acronym; Biden-kormányzat stays whole."""
    assert acronym_base("ENSZ-nek") == "ENSZ"
    assert acronym_base("NATO-val") == "NATO"
    assert acronym_base("ENSZ-szel") == "ENSZ"
    assert acronym_base("Biden-kormányzat") is None


def test_trailing_glued_punctuation_is_trimmed_but_abbreviations_kept() -> None:
    """'BBC.' loses its period; 'Kft.' keeps it, as a code of law's abbreviation does ('Btk.')."""
    a = analyse("Ezt írja a [BBC.]ORG", "A [Alfa Kft.]ORG nyert .",
                "A [Btk.]MISC módosítása|módosítás|NOUN elkészült|elkészül|VERB .")
    assert names(a) == {"BBC": 1, "Alfa Kft.": 1, "Btk.": 1}


def test_time_words_and_articles_are_trimmed_from_entities() -> None:
    """'Dunamenti Vízművek hétfőn' -> 'Dunamenti Vízművek'; a leading article is dropped."""
    a = analyse("[A|a|DET Dunamenti Vízművek hétfőn|hétfő|NOUN|Case=Sup]ORG döntött|dönt|VERB .")
    assert [e.text for e in a.entities] == ["Dunamenti Vízművek"]


def test_surname_alone_joins_full_name() -> None:
    """Putyinnak -> Vlagyimir Putyin; Varga -> Varga Zsófia (Hungarian order)."""
    a = analyse(
        "[Vlagyimir Putyin]PER beszélt|beszél|VERB .",
        "[Kim Dzsongun]PER segít|segít|VERB [Putyinnak|Putyin|PROPN|Case=Dat]PER .",
        "[Varga Zsófia]PER szólt|szól|VERB , majd [Varga]PER folytatta|folytat|VERB .",
    )
    assert names(a) == {"Vlagyimir Putyin": 2, "Kim Dzsongun": 1, "Varga Zsófia": 2}


def test_ambiguous_surname_goes_to_the_nearest_preceding_full_name() -> None:
    """Two Kovácses: 'Kovács' joins the one named last before it."""
    a = analyse(
        "[Kovács Péter]PER és [Kovács Anna]PER vitatkozott|vitatkozik|VERB .",
        "[Kovács]PER nevetett|nevet|VERB .",
    )
    assert names(a)["Kovács Anna"] == 2


def test_acronym_paired_in_text_and_well_known() -> None:
    """'Nemzetközi Valutaalap (IMF)' pairs in text; ENSZ joins its expansion from the table."""
    a = analyse(
        "A [Nemzetközi Valutaalap]ORG ( [IMF]ORG ) és az "
        "[Egyesült Nemzetek Szervezete]ORG ülésezett .",
        "Az [ENSZ]ORG és az [IMF]ORG szerint|szerint|ADP baj|baj|NOUN van|van|VERB .",
    )
    assert names(a) == {"Nemzetközi Valutaalap": 3, "Egyesült Nemzetek Szervezete": 2}


def test_acronym_pair_from_brackets_in_text_only() -> None:
    """An unknown acronym in brackets after a name is grouped with it."""
    a = analyse(
        "A [Dunamenti Vízügyi Társulás]ORG ( DVT ) közölte|közöl|VERB .",
        "A [DVT]ORG tagadta|tagad|VERB .",
    )
    assert names(a) == {"Dunamenti Vízügyi Társulás": 3}


def test_city_and_newspaper_that_share_words_stay_apart() -> None:
    """New York (the city) and New York Times (the paper) are two actors."""
    a = analyse(
        "A [New York Times]ORG írt|ír|VERB [New Yorkról|York|PROPN|Case=Del]LOC .",
        "[New York]LOC nagy|nagy|ADJ .",
    )
    assert names(a) == {"New York Times": 1, "New York": 2}


def test_short_trailing_form_of_organisation_joins_full_name() -> None:
    """'a Vízművek' is the 'Dunamenti Vízművek' named before."""
    a = analyse("A [Dunamenti Vízművek]ORG emel|emel|VERB .", "A [Vízművek]ORG vezetője|vezető .")
    assert names(a) == {"Dunamenti Vízművek": 2}


def test_company_name_without_its_legal_form_joins_full_name() -> None:
    """'a Kronwerk' is the 'Kronwerk Kft.' named before; 'Kronwerk Bank' stays apart."""
    a = analyse("A [Kronwerk Kft.]ORG bezár|bezár|VERB .", "A [Kronwerk]ORG tagadta|tagad|VERB .")
    assert names(a) == {"Kronwerk Kft.": 2}
    b = analyse("A [Kronwerk Kft.]ORG bezár|bezár|VERB .", "A [Kronwerk Bank]ORG hallgat|hallgat .")
    assert names(b) == {"Kronwerk Kft.": 1, "Kronwerk Bank": 1}


def test_majority_label_wins() -> None:
    """Two LOC votes beat one PER vote for the same name."""
    a = analyse("[Phenjan]LOC és [Phenjan]PER és [Phenjan]LOC .")
    assert [(x.name, x.label) for x in a.actors] == [("Phenjan", "LOC")]


def test_missed_mentions_of_known_names_and_gazetteer_places_are_added() -> None:
    """An untagged 'Kim Dzsongun' and 'Teherán' still count as mentions."""
    a = analyse(
        "Kim Dzsongun rezsimje|rezsim|NOUN hallgat|hallgat|VERB .",
        "Teherán|teherán|ADV tagadta|tagad|VERB .",
        "[Kim Dzsongun]PER beszélt|beszél|VERB .",
    )
    assert names(a) == {"Kim Dzsongun": 2, "Teherán": 1}


def test_fused_entity_is_split_into_two_known_names() -> None:
    """'Moszkva Észak-Koreához' recognised as one entity becomes Moszkva + Észak-Korea."""
    a = analyse(
        "[Moszkva]LOC és [Észak-Korea]LOC tárgyal|tárgyal|VERB .",
        "[Moszkva Észak-Koreához|Észak-Korea|PROPN|Case=All]PER fordult|fordul|VERB .",
    )
    assert names(a) == {"Moszkva": 2, "Észak-Korea": 2}


def test_demonyms_and_i_adjectives_are_related_mentions() -> None:
    """orosz, phenjani, észak-koreai, ukrajnai, iráni, amerikai attach to their place actors."""
    a = analyse(
        "[Oroszország]LOC , [Phenjan]LOC , [Észak-Korea]LOC , [Ukrajna]LOC , [Irán]LOC és az "
        "[Egyesült Államok|Államok|PROPN]LOC .",
        "Az orosz|orosz|ADJ , phenjani|phenjani|ADJ , észak-koreai|észak-koreai|ADJ , "
        "ukrajnai|ukrajnai|ADJ , iráni|iráni|ADJ és amerikai|amerikai|ADJ tisztviselők .",
    )
    related = {x.name: [a.text[s:e] for s, e in x.related] for x in a.actors}
    assert related == {
        "Oroszország": ["orosz"],
        "Phenjan": ["phenjani"],
        "Észak-Korea": ["észak-koreai"],
        "Ukrajna": ["ukrajnai"],
        "Irán": ["iráni"],
        "Egyesült Államok": ["amerikai"],
    }


def test_demonym_without_its_actor_is_not_invented() -> None:
    """'német' is not a related mention when Németország is never named."""
    a = analyse("A [Budapest]LOC és a német|német|ADJ kormány|kormány .")
    assert [(x.name, x.related) for x in a.actors] == [("Budapest", ())]


def test_every_entity_has_one_actor_and_offsets_match() -> None:
    """Entities and actor mentions are the same spans, each in exactly one actor."""
    a = analyse("[Vlagyimir Putyin]PER és [Putyinnak|Putyin|PROPN|Case=Dat]PER .")
    spans = sorted(m for x in a.actors for m in x.mentions)
    assert len(a.entities) == 2 and spans == sorted((e.start, e.end) for e in a.entities)
    assert all(a.text[e.start : e.end] == e.text for e in a.entities)


def test_hyphenated_endings_keep_their_base() -> None:
    """'Google-nél', 'TikTok-on', 'iPhone-t' are Google, TikTok, iPhone; 'Biden-kormányzat' not."""
    from reader.analysis.morphology import hyphen_base

    assert [hyphen_base(f) for f in ("Google-nél", "TikTok-on", "iPhone-t", "ENSZ-nek")] == [
        "Google", "TikTok", "iPhone", "ENSZ"]
    assert hyphen_base("Biden-kormányzat") is None
    assert hyphen_base("Észak-Korea") is None


def test_a_stem_the_text_names_wins_over_a_recurring_inflected_form() -> None:
    """'Abergil ... Abergilt ... Abergilt': one actor, however often the accusative recurs."""
    a = analyse("[Abergil]PER beszélt|beszél|VERB .",
                "[Abergilt|Abergilt|PROPN|Case=Nom]PER látták|lát|VERB .",
                "[Abergilt|Abergilt|PROPN|Case=Nom]PER hívták|hív|VERB .")
    assert names(a) == {"Abergil": 3}


def test_foreign_final_o_and_possessive_e_join_the_name() -> None:
    """'Weibóval' is Weibo and 'Twitterének' is Twitter when the text names them."""
    a = analyse("A [Weibo]MISC népszerű|népszerű|ADJ .",
                "A [Weibóval|Weibóval|PROPN|Case=Ins]MISC sokan|sok|ADV írnak|ír|VERB .",
                "A [Twitter]MISC is .",
                "A [Twitterének|Twitterének|PROPN|Case=Dat]MISC sok|sok|DET "
                "baja|baj|NOUN van|van|VERB .")
    assert names(a) == {"Weibo": 2, "Twitter": 2}


def test_a_handle_spelling_a_name_joins_it() -> None:
    """'@MazenMahdi' is Mazen Mahdi when the text names him."""
    a = analyse("[Mazen Mahdi]PER újságíró|újságíró|NOUN .",
                "¶ @MazenMahdi : Szabadon|szabad|ADJ !")
    assert names(a) == {"Mazen Mahdi": 2}


def test_names_with_particles_are_one_actor() -> None:
    """'Ursula von der Leyen' = 'Von der Leyen'; 'Omar al-Bagdadi' = 'Bagdadi', and the
    particle-prefixed part is not trimmed off the name it ends."""
    a = analyse("[Ursula von der Leyen]PER beszélt|beszél|VERB .",
                "[Von der Leyen]PER szerint jó|jó|ADJ .",
                "[Omar al-Bagdadi|al-Bagdadi|PROPN]PER meghalt|meghal|VERB .",
                "[Bagdadi]PER halála|halál|NOUN után vége|vég|NOUN .")
    assert names(a) == {"Ursula von der Leyen": 2, "Omar al-Bagdadi": 2}


def test_a_whole_name_that_recurs_is_not_cut_into_two() -> None:
    """'Sina Weibo' twice is one name even where 'Sina' and 'Weibo' are names on their own."""
    a = analyse("A [Sina]ORG és a [Weibo]MISC .", "A [Sina Weibo]MISC népszerű|népszerű|ADJ .",
                "A [Sina Weibo]MISC nagy|nagy|ADJ .")
    whole = [a.text[s:e] for x in a.actors for s, e in x.mentions if x.name == "Sina Weibo"]
    assert whole.count("Sina Weibo") == 2


def test_organisation_named_by_its_last_word_alone_joins_it() -> None:
    """The recogniser missed "Telekom" alone; a known organisation's capitalised last word is
    its short form: a Telekom -> Magyar Telekom. A lower-case word is not a name."""
    a = analyse(
        "A [Magyar Telekom]ORG emelt|emel|VERB .",
        "A Telekom|Telekom|PROPN szerint|szerint|ADP nem|nem|ADV drága|drága|ADJ .",
        "A telekom|telekom|NOUN piaca|piac|NOUN nő|nő|VERB .",
    )
    assert names(a) == {"Magyar Telekom": 2}
    assert actor_of(a, "Telekom") == "Magyar Telekom"


def test_a_city_in_a_club_name_is_not_the_club() -> None:
    """Without the article a capitalised last word is not the organisation's short form:
    Dortmundban is the city, not Borussia Dortmund; Kormányt at a sentence start is a noun."""
    a = analyse(
        "A [Borussia Dortmund]ORG nyert|nyer|VERB .",
        "Dortmundban|Dortmund|PROPN|Case=Ine esik|esik|VERB .",
        "A [Magyar Kormány]ORG ülésezett|ülésezik|VERB .",
        "Kormányt|kormány|NOUN|Case=Acc alakított|alakít|VERB a|a|DET párt|párt|NOUN .",
    )
    assert names(a) == {"Borussia Dortmund": 1, "Magyar Kormány": 1}
