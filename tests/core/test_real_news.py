"""The development set of real news (tests/data/real, docs/annotation.md), scored with the
bundled model: floors just under the figures reached, so that a change that loses claims,
speakers, mentions or grouping on real text fails here.

The Global Voices articles are in the repository; the press articles' texts are not (their
licence), so they are scored where the texts are present and skipped elsewhere: those of
``press/`` were read from the web, those of ``pressdev/`` are ../shared/data/press-dev, which CI
has too, those of ``archive/`` are rebuilt from a public archive (CI skips them). The twelve
held-out articles (tests/data/real/heldout) are not scored here: they measure, they do not guard.
Run ``python -m reader.analysis.score -a tests/data/real/gv tests/data/real/press`` for the
figures, per article with -a and every miss with -v.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.score import Counts, score_files

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def pooled(paths: list[Path], nlp) -> Counts:
    counts = Counts()
    for one in score_files(paths, nlp).values():
        counts.add(one)
    return counts


@pytest.fixture(scope="module")
def gv(bundled_nlp) -> Counts:
    return pooled(sorted((REAL / "gv").glob("*.json")), bundled_nlp)


@pytest.mark.model
def test_the_development_set_is_whole() -> None:
    """35 Global Voices and 10 + 20 + 34 + 33 press articles, 91 held out (news2025 114-123, added
    in the twelfth session, 124-135, added in the thirteenth, 136-147, added in the fourteenth,
    archive 148-159, added in the fifteenth, archive 160-169 and news2025 170-175, added in the
    sixteenth, press2021 176-200 less seven, added in the nineteenth, each batch scored only at
    its session's end; press2021 201-210 were added for development at that session's end, and
    211-220 at the twentieth's and 221-230 at the twenty-first's);
    339 required claims in the first two, 190 in the 20 press-dev articles, 880 in the 34 archive
    articles (19 of them added in the third session and 7 in the fourth), 514 in the 33 news2025
    articles (7 in the fifth session, 9 in the sixth, 17 in the seventh), 145 in held-out
    114-123, 206 in 124-135, 154 in 136-147, 162 in archive 148-159 (eleven: 157 was
    dropped), 117 in archive 160-169, 58 in news2025 170-175, 437 in the 37 press2021 articles
    and 203 in the 18 held out, all annotated by helpers who had not seen the rules."""
    import json

    folders = ("gv", "press", "pressdev", "archive", "news2025", "press2021", "heldout")
    files = {d: sorted((REAL / d).glob("*.json")) for d in folders}
    assert [len(files[d]) for d in folders] == [35, 10, 20, 34, 33, 37, 109]

    def required_in(folder: str) -> int:
        return sum(
            1 for f in files[folder]
            for c in json.loads(f.read_text(encoding="utf-8"))["claims"] if not c.get("optional")
        )

    assert required_in("pressdev") == 190
    assert required_in("archive") == 880
    assert required_in("news2025") == 514
    assert required_in("press2021") == 437
    for folder, first, last, count, required in (
        ("news2025", 114, 123, 10, 145), ("news2025", 124, 135, 12, 206),
        ("news2025", 136, 147, 12, 154), ("archive", 148, 159, 11, 162),
        ("archive", 160, 169, 10, 117), ("news2025", 170, 175, 6, 58),
        ("press2021", 176, 200, 18, 203),
    ):
        batch = [f for f in files["heldout"] if f.name.startswith(
            tuple(f"{folder}_{n}_" for n in range(first, last + 1)))]
        assert len(batch) == count
        assert sum(
            1 for f in batch
            for c in json.loads(f.read_text(encoding="utf-8"))["claims"] if not c.get("optional")
        ) == required
    required = sum(
        1
        for d in ("gv", "press")
        for f in files[d]
        for c in json.loads(f.read_text(encoding="utf-8"))["claims"]
        if not c.get("optional")
    )
    assert required == 339


@pytest.mark.model
@pytest.mark.parametrize(
    "measure, floor",
    [
        # measured 2026-11-26, hu_newsreader 0.1.0, the 35 Global Voices articles: form-only
        # NER 0.935, 0.924, 0.962, 0.777, 0.640, 0.793; NER reading lemmas and UPOS (shipped)
        # 0.948, 0.914, 0.962, 0.779, 0.647, 0.807; 2026-12-05 (names and speakers work):
        # 0.951, 0.936, 0.963, 0.768, 0.669, 0.802; second session (and the scorer that lets
        # required claims match first): 0.958, 0.942, 0.968, 0.780, 0.702, 0.806
        ("mention_recall", 0.95),
        ("label_accuracy", 0.94),
        ("grouping_f1", 0.96),
        ("claim_precision", 0.77),
        ("claim_recall", 0.69),
        ("source_actor_accuracy", 0.80),
    ],
)
def test_real_news_holds_its_floor(gv: Counts, measure: str, floor: float) -> None:
    """Each measure on the Global Voices articles stays at or above its floor."""
    assert getattr(gv, measure) >= floor, f"{measure} = {getattr(gv, measure):.3f}"


@pytest.mark.model
def test_press_articles_hold_their_floor_where_their_texts_are(bundled_nlp) -> None:
    """The press articles (texts kept out of the repository) when they are present here."""
    paths = sorted((REAL / "press").glob("*.json"))
    counts = pooled(paths, bundled_nlp)
    if counts.gold_claims == 0:
        pytest.skip("the press articles' texts are not here (see tests/data/real/NOTICE.md)")
    # measured 2026-11-26 (final): claims P 0.883, R 0.791, source right (actor) 0.755
    assert counts.claim_recall >= 0.77 and counts.claim_precision >= 0.86
    assert counts.source_actor_accuracy >= 0.73


# Speaker floors of the press articles whose texts are kept out of the repository: press-dev
# (../shared/data/press-dev, which CI has) and the archive (rebuilt by
# tests/data/real/archive/rebuild.py, which CI has not). Measured 2026-12-05, third session,
# after the 19 new archive articles (37-57, gold by helpers who had not seen the rules) joined
# the set: press-dev claims P 0.792, R 0.763, source right (actor) 0.897, named speaker right
# 0.650 (91/140), 1 wrong named speaker; archive (27 articles) 0.779, 0.671, 0.724, 0.466
# (301/646), 33 wrong named (5.0% of found claims: far from the 2%); at the end of the
# session (the review's fixes, names4): archive 0.781, 0.679, 0.737, 0.483 (312/646), 31.
PRESS_SPEAKER_FLOORS = {
    # folder: (claim precision, claim recall, source actor, named speaker, wrong named at most)
    # tenth session (2026-12-06: carrying a speaker on, its guards after two reviews, a lost
    # dash, glued 'szerint', new cues): press-dev 0.801, 0.784, 0.899, 0.671 (94/140), 0;
    # archive 0.810, 0.747, 0.819, 0.590 (428/725), 19 (18 before: a description the
    # article's subject shares, 'az esszéíró', on a claim the lost dash found); news2025
    # 0.856, 0.739, 0.826, 0.610 (281/461), 9. Eleventh session (2026-12-06: a cue the
    # lemmatiser left as its form, credits, 'ő' in another case, a joined clause's subject,
    # descriptions never quoted or listed people, after three reviews): press-dev 0.801,
    # 0.784, 0.906, 0.679 (95/140), 0; archive 0.811, 0.750, 0.824, 0.599 (434/725), 18;
    # news2025 0.851, 0.743, 0.835, 0.620 (286/461), 8. Twelfth session (2026-12-06: relative
    # pronouns by stem, plural nouns of saying, a quote before a bare-comma cue, after four
    # reviews): press-dev 0.801, 0.784, 0.906, 0.679 (95/140), 0; archive 0.812, 0.753, 0.828,
    # 0.606 (439/725), 18; news2025 0.851, 0.747, 0.849, 0.636 (293/461), 8. Thirteenth session
    # ('former' volt, one of several, people around a person, one-word judgements with 'nevez',
    # after four reviews): press-dev 0.797, 0.784, 0.906, 0.679 (95/140), 0; archive 0.810,
    # 0.753, 0.828, 0.606 (439/725), 18; news2025 0.851, 0.747, 0.849, 0.636 (293/461), 8.
    # Fourteenth session (foreign surnames, glued and appositive names, plural possessors,
    # after two reviews): every figure unchanged. Fifteenth session (a body's statement by its
    # acronym, relative clauses after an inverted cue, two roles in one apposition, a quote's
    # inner claims, contrasted descriptions, main clauses, after two reviews): press-dev
    # unchanged; archive 0.810, 0.753, 0.831, 0.608 (441/725), 17; news2025 0.854, 0.749,
    # 0.852, 0.640 (295/461), 8. Sixteenth session ('aki' in any case, 'amely szerint', a
    # content's inner clauses, a person after an owner of an oblique phrase, lost dashes,
    # after a review): press-dev unchanged; archive 0.810, 0.752, 0.832, 0.607 (440/725), 16;
    # news2025 0.858, 0.755, 0.851, 0.644 (297/461), 8
    # Seventeenth session: a description after a person named in a subordinate clause is left
    # open (2 wrong named speakers on held-out press fewer, 1 right one on press-dev lost):
    # press-dev 0.806, 0.789, 0.893, 0.671 (94/140), 0
    # Twentieth session (fewer things that are no claim, more subjects, after two reviews):
    # press-dev 0.852, 0.789, 0.893, 0.671 (94/140), 0; archive 0.840, 0.762, 0.841, 0.622
    # (451/725), 12; news2025 0.872, 0.759, 0.854, 0.651 (300/461), 8
    # Twenty-second session (a quoted predicate with commas inside is found, one more claim
    # with its speaker left open; a calling told inside another's claim is part of it):
    # press-dev 0.848, 0.795, 0.887, 0.671 (94/140), 0; archive 0.844, 0.765, 0.841, 0.622,
    # 12; news2025 0.872, 0.759, 0.854, 0.651, 8; press2021 0.833, 0.776, 0.826, 0.630
    # (238/378), 5 (the last of names joined by 'és' left open)
    # Twenty-third session (a noun of saying's owner, the sentence's subject or in the dative;
    # 'Szerinte' after a sentence that tells someone spoke; interview initials in capitals;
    # the head of state never the nearest person; after three reviews): press-dev 0.848, 0.795,
    # 0.901, 0.686 (96/140), 0; archive 0.845, 0.766, 0.838, 0.621 (450/725), 11; news2025
    # 0.872, 0.759, 0.856, 0.653 (301/461), 7; press2021 0.833, 0.776, 0.838, 0.640 (242/378), 5
    # Twenty-fourth session (a paragraph-opening cue and the subject it ended on, conditionals,
    # four more verbs, 'aki szerint' after a verb, the main speaker from 3 claims and half,
    # after three reviews): press-dev 0.849, 0.800, 0.908, 0.700 (98/140), 0; archive 0.848,
    # 0.767, 0.846, 0.628 (455/725), 11; news2025 0.873, 0.761, 0.864, 0.662 (305/461), 7;
    # press2021 0.837, 0.787, 0.849, 0.661 (250/378), 5. Twenty-fifth session (a description
    # names no one first named far after it, carried infinitive cues, brackets, after three
    # reviews): press-dev unchanged; archive 0.847, 0.769, 0.846, 0.630 (457/725), 8; news2025
    # and press2021 unchanged. Twenty-sixth session (a name inflected further keeps its -t,
    # subjects in a cue's own sentence and in quotes, converbs, plural cues, guards from two
    # rounds of made-up probes, after two reviews): press-dev unchanged; archive 0.847, 0.769,
    # 0.851, 0.634 (460/725), 8; news2025 0.875, 0.763, 0.867, 0.664 (306/461), 7; press2021
    # unchanged. Twenty-seventh session ('Ezt mondta X' after a quote, 'idéz' and the one
    # quoted, 'X (ABBR) szerint', a colon's content before another cue, after two reviews):
    # press-dev 0.850, 0.805, 0.908, 0.707 (99/140), 0; archive 0.850, 0.776, 0.851, 0.637
    # (462/725), 8; news2025 0.881, 0.765, 0.868, 0.666 (307/461), 7; press2021 0.842, 0.792,
    # 0.847, 0.664 (251/378), 5. Twenty-eighth session (offices the press names without their
    # holder, a body's own text, quotes closed without a dash, words glued at links, after two
    # reviews): press-dev and press2021 unchanged; archive 0.850, 0.778, 0.853, 0.640
    # (464/725), 8; news2025 0.882, 0.768, 0.868, 0.670 (309/461), 7. Twenty-ninth session
    # (descriptions that name someone else, a text that says something 'amely szerint', after
    # three reviews): press-dev and press2021 unchanged; archive 0.850, 0.780, 0.853, 0.641
    # (465/725), 6; news2025 0.880 (one more claim cut short at a claim inside it), 0.769,
    # 0.871, 0.673 (310/461), 7
    "pressdev": (0.84, 0.80, 0.90, 0.70, 0),
    "archive": (0.84, 0.77, 0.85, 0.64, 6),  # 34 articles: 0.790, 0.700, 0.752, 0.492, 28;
    # fifth session (kezdte/zárta, plural roles, a new holder, kormányfő): 0.791, 0.705, 0.779,
    # 0.520 (377/725), 27; then (köztársasági elnök, oblique relatives, …) 0.792, 0.530, 26;
    # then (names joined by 'és', hyphen case endings) 0.798, 0.534 (387/725), 23
    # news2025 (7 development articles of December 2025, Telex and Mandiner; texts rebuilt by
    # tests/data/real/news2025/rebuild.py): first measured before any rule was written against
    # them 0.814, 0.664, 0.578, 0.397 (48/121), 11 wrong; after 0.819, 0.688, 0.640, 0.446
    # (54/121), 7 (a dash glued to a quote, "egyet”– válaszolta", is a token of its own);
    # with a sentence glued to a quote's full stop ("vagyunk”.Rutte") cut too: 0.858, 0.728,
    # 0.714, 0.529 (64/121), 7. Sixth session, 9 more (80-90 less the 3 held out: Magyar
    # Nemzet, HVG, Telex, Mandiner): first measured on them before any rule 0.842, 0.686, 0.635,
    # 0.423 (55/130), 13 wrong; all 16 after that session's rules (a name read as a verb, photo
    # credits, two possessors, "a lap" is a medium, a possessed noun of saying): 0.850, 0.706,
    # 0.722, 0.514 (129/251), 12; then (a 'szerinte' opening its clause is a claim of its own,
    # 'elismerte, …', a name's case read off its ending): 0.857, 0.721, 0.733, 0.530
    # (133/251), 12. Seventh session, 9 more (93-103 less the 3 held out: Telex, Mandiner, HVG):
    # first measured on them with the code at the start of that session 0.774, 0.605, -, 0.372
    # (35/94), 7 wrong; all 25 after that session's rules (and its review): 0.842, 0.708,
    # 0.743, 0.522 (180/345), 16; with 8 more at its end (104-113 less 108, 109), first
    # measured on them with the code of the session's start 0.897, 0.669, -, 0.526 (61/116), 6
    # wrong, and with its end's 0.889, 0.677, -, 0.517 (60/116), 6: all 33 0.853, 0.700, 0.742,
    # 0.521 (240/461), 22. Eighth session (words glued at links cut apart, the gold revised
    # at the glue places; a subordinate opening clause, a plural verb, nested claims): 0.853,
    # 0.720, 0.759, 0.542 (250/461), 16; archive then 0.797, 0.727, 0.803, 0.559 (405/725), 21;
    # at the session's end (after its review: credits, adjectives made of names, glued
    # articles): 0.851, 0.722, 0.779, 0.557 (257/461), 11; archive 0.797, 0.727, 0.805, 0.560
    # (406/725), 18
    "news2025": (0.87, 0.76, 0.86, 0.67, 7),
    # press2021 (7 development articles: Index, Telex, 24.hu and 444 of 2020-2021 on vaccines,
    # an Index science article of about 2019; texts rebuilt by tests/data/real/press2021/
    # rebuild.py), first measured in the nineteenth session before any rule was written against
    # them: 0.826, 0.763, 0.756, 0.548 (57/104), 3; after that session's rules (the one asked
    # answers, a szerint claim's first verb, 'húzta alá', relative clauses in a bare content,
    # after a review): 0.829, 0.780, 0.848, 0.644 (67/104), 1; with 10 more (201-210, scored
    # first with the code of that session's start, 0.838, 0.766, 0.776, 0.577 (60/104), 7, and
    # its end, the same and 5): all 17 0.833, 0.772, 0.811, 0.611 (127/208), 6. Twentieth
    # session (more subjects, fewer things that are no claim, after two reviews): the 17
    # 0.841, 0.772, -, 0.611 (127/208), 5; with 10 more (211-220, scored first with the code
    # of that session's start, 0.800, 0.724, -, 0.552 (48/87), 4, and its end, 0.798, 0.714,
    # 0.552, 4): all 27 0.828, 0.755, 0.808, 0.593 (175/295), 9. Twenty-first session: with 10
    # more (221-230, scored first with the code of that session's start: 0.826, 0.755, 0.676,
    # 0.522 (47/90), 1), all 37 with that start's code 0.830, 0.760, -, 0.577 (218/378), 10;
    # after a thing cited inside a named speaker's words stayed theirs: 0.830, 0.760, 0.786,
    # 0.585 (221/378), 9; at the session's end (after two reviews): 0.833, 0.776, 0.820, 0.624
    # (236/378), 6
    "press2021": (0.84, 0.79, 0.84, 0.66, 5),
}


@pytest.mark.model
@pytest.mark.parametrize("folder", sorted(PRESS_SPEAKER_FLOORS))
def test_press_articles_hold_their_speaker_floors_where_their_texts_are(
    bundled_nlp, folder: str
) -> None:
    """Claims, and above all speakers, on the press articles whose texts are here."""
    counts = pooled(sorted((REAL / folder).glob("*.json")), bundled_nlp)
    if counts.gold_claims == 0:
        pytest.skip(f"the {folder} articles' texts are not here (see tests/data/real/NOTICE.md)")
    precision, recall, source, named, wrong = PRESS_SPEAKER_FLOORS[folder]
    assert counts.claim_precision >= precision and counts.claim_recall >= recall
    assert counts.source_actor_accuracy >= source
    assert counts.named_speaker_accuracy >= named
    assert counts.wrong_actors <= wrong


# Name floors (issue 23): mention recall, entity precision, label accuracy, grouping F1 and the
# names run on across two gold names, just under the figures at the end of the names3 work
# (2026-12-05, on the gold with the compound convention of docs/annotation.md §2): press-dev
# 0.970, 0.993, 0.959, 0.982, 0 (before it, on the same gold, 0.935, 0.989, 0.961, 0.982, 0);
# archive 0.921, 0.945, 0.927, 0.991, 2 (0.899, 0.944, 0.925, 0.979, 2); Global Voices 0.955,
# 0.968, 0.943, 0.969, 0 (0.931, 0.967, 0.942, 0.968, 0). The archive row since names4
# (2026-12-05): with the 19 articles 37-57 (gold edited to the compound convention where it
# plainly broke it), 0.940, 0.951, 0.939, 0.944, 10 (before the names4 rules, on the same gold,
# 0.934, 0.945, 0.916, 0.925, 14); press-dev then 0.970, 0.993, 0.963, 0.987, 0 and Global
# Voices 0.955, 0.968, 0.948, 0.969, 0. After the second names3 session (2026-12-05, one gold
# edit in the archive: a name broken by the text's line wrap is one mention): archive 0.970,
# 0.977, 0.950, 0.978, 0; press-dev 0.970, 0.993, 0.963, 0.987, 0 (unchanged); Global Voices
# 0.958, 0.975, 0.948, 0.968, 0.
NAME_FLOORS = {
    # folder: (mention recall, entity precision, label accuracy, grouping F1, run-on names at most)
    "gv": (0.95, 0.97, 0.94, 0.96, 0),
    "pressdev": (0.97, 0.99, 0.96, 0.98, 0),
    "archive": (0.97, 0.97, 0.95, 0.97, 0),  # after the second names3 session, on the 27
    # articles: 0.970 (2210/2279), 0.977, 0.950, 0.978, 0; with the fourth session's 7 more
    # (34): 0.966, 0.975, 0.947, 0.976, 0; fifth session (surname and given-name forms, the
    # name-day calendar's given names, credit lines): 0.970 (2525/2602), 0.976, 0.947, 0.976, 0;
    # ninth session (given names used abroad, compounds of their own, streets, a town's
    # event): 0.973 (2535/2606), 0.975, 0.955, 0.976, 0
    "news2025": (0.96, 0.945, 0.93, 0.97, 0),  # 7 articles: 0.933, 0.924, 0.949, 0.986, 0;
    # with the glued sentences cut: 0.946, 0.928, 0.949, 0.986, 0; with the sixth session's 9
    # (more words glued at links: "Facebook-oldalána Magyar Bírói Egyesület" runs on): 0.915,
    # 0.910, 0.938, 0.975, 1; with the seventh session's 9 (more glue: "hangoztattaRutte",
    # "aCNN beszámolója szerintJ. D. Vance"): 0.905, 0.897, 0.925, 0.967, 2; after the
    # seventh session's name rules (platforms, digit-first companies, compound things, credit
    # labels): 0.904, 0.902, 0.943, 0.971, 2; with 8 more (104-113): 0.916, 0.901, 0.935,
    # 0.968, 2. Eighth session, on the gold revised at the glue places (before its rules
    # 0.877, 0.893, 0.936, 0.968, 8): glued words cut apart, streets, motorways, media acronyms,
    # the foreign order: 0.948, 0.928, 0.936, 0.972, 2; archive then 0.971, 0.976, 0.955, 0.976;
    # at the session's end 0.949, 0.933, 0.937, 0.973, 2. Ninth session (given names used
    # abroad, a longer name's head completed, inflected compounds ending a name, a town's
    # event, streets the recogniser missed): 0.967 (1241/1284), 0.951, 0.936, 0.972, 0
    "press2021": (0.88, 0.89, 0.89, 0.96, 3),  # 7 articles of 2019-2021, first measured in the
    # nineteenth session: 0.947 (161/170), 0.970, 0.907, 0.965, 0; with 10 more (201-210):
    # 0.908 (374/412), 0.944, 0.874, 0.967, 1; with 10 more (211-220, the twentieth session):
    # 0.905 (507/560), 0.927, 0.897, 0.970, 1; with 10 more (221-230, the twenty-first session:
    # hospitals named in full with a case ending, product names joined to a maker's): 0.880
    # (719/817), 0.893, 0.897, 0.969, 3; with 'FN.hu-nak' one word again: 0.885 (723/817),
    # 0.898, 0.898, 0.969, 3
}


@pytest.mark.model
@pytest.mark.parametrize("folder", sorted(NAME_FLOORS))
def test_names_hold_their_floors_where_their_texts_are(bundled_nlp, gv: Counts, folder) -> None:
    """Names found, cut, typed and grouped on each set of real news whose texts are here."""
    counts = gv if folder == "gv" else pooled(sorted((REAL / folder).glob("*.json")), bundled_nlp)
    if counts.gold_mentions == 0:
        pytest.skip(f"the {folder} articles' texts are not here (see tests/data/real/NOTICE.md)")
    recall, precision, labels, grouping, run_on = NAME_FLOORS[folder]
    assert counts.mention_recall >= recall and counts.entity_precision >= precision
    assert counts.label_accuracy >= labels and counts.grouping_f1 >= grouping
    assert counts.run_on_names <= run_on
