"""Score the analysis against hand-written gold files: mentions, actor grouping, claims, sources.

Gold file (JSON)::

    {"text": "path/relative/to/the/repository.txt",
     "actors": [{"name": str, "label": str | null, "mentions": {surface: count},
                 "related": {surface: count}}],
     "claims": [{"kind": str, "cue": str, "content": str, "source": str | null,
                 "actor": str | null}]}

Mention surfaces are found in the text as whole words, longest first, and must occur exactly
``count`` times. A predicted claim matches a gold claim when their contents overlap by at least
half of each; its source is right when the actor's name matches the gold actor, or (gold actor
null) when both sources are null or their texts overlap.

Run: ``python -m reader.analysis.score [gold.json ...] [--model NAME]`` (default: the articles in
tests/data/articles with the bundled model); ``-r`` breaks the claims' errors down by the rule
that made each claim (reader.analysis.claims.RULE_NAMES).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from reader.glue import glue_at
from reader.types import CLAIM_KINDS, Analysis, Range

DEFAULT_GOLD = Path("tests") / "data" / "articles"  # run from the repository's folder
WORD = r"[\w\-.]"


class GoldError(ValueError):
    """A gold file does not fit its text (a surface missing or counted wrong)."""


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def find_all(text: str, surface: str) -> list[Range]:
    """Whole-word occurrences of ``surface`` (a hyphen or letter may not touch either end),
    also where a page glued it to the word before or after it (`hogyOrbán`, `aMagyar`,
    `Cabrera MartinSzerinte`), at the points where the reader's tokenizer cuts such words
    (reader.glue; not inside a name in camel case, `McDonald's`)."""
    out: list[Range] = []
    at = text.find(surface)
    while at != -1 and surface:
        end = at + len(surface)
        starts = at == 0 or not _word_char(text[at - 1]) or glue_at(text, at)
        ends = end == len(text) or not _word_char(text[end]) or glue_at(text, end)
        if starts and ends:
            out.append((at, end))
            at = text.find(surface, end)
        else:
            at = text.find(surface, at + 1)
    return out


def resolve_mentions(text: str, table: dict[str, dict[str, int]]) -> dict[Range, str]:
    """{span: owner} for {owner: {surface: count}}; longer surfaces claim their text first."""
    items = [
        (owner, surface, count)
        for owner, surfaces in table.items()
        for surface, count in surfaces.items()
    ]
    taken: dict[Range, str] = {}
    for owner, surface, count in sorted(items, key=lambda x: -len(x[1])):
        spans = [
            s for s in find_all(text, surface) if not any(a < s[1] and s[0] < b for a, b in taken)
        ]
        if len(spans) != count:
            raise GoldError(f"{surface!r}: {len(spans)} free occurrences, gold says {count}")
        for span in spans:
            taken[span] = owner
    return taken


def locate(text: str, piece: str) -> Range:
    """The unique occurrence of a gold claim's content."""
    at = text.find(piece)
    if at < 0:
        raise GoldError(f"content not in text: {piece[:60]!r}")
    if text.find(piece, at + 1) >= 0:
        raise GoldError(f"content not unique: {piece[:60]!r}")
    return at, at + len(piece)


@dataclass
class RuleCounts:
    """One claim rule's tally: the claims it made and how many of them went wrong."""

    found: int = 0  # claims the rule made (found optional ones aside)
    false: int = 0  # of them, matching no gold claim
    wrong_source: int = 0  # matched, but the source is not right
    wrong_speaker: int = 0  # matched, and given a named actor that is not the speaker

    def add(self, other: RuleCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Counts:
    """Tallies summed over articles."""

    gold_mentions: int = 0
    found_mentions: int = 0
    pairs_gold: int = 0
    pairs_pred: int = 0
    pairs_both: int = 0
    gold_claims: int = 0
    pred_claims: int = 0
    matched_claims: int = 0
    right_sources: int = 0  # the actor where gold names one, else the source span
    right_source_actors: int = 0
    right_source_spans: int = 0
    wrong_actors: int = 0  # found claims given a named actor that is not the speaker
    right_labels: int = 0  # found gold mentions whose actor has the gold actor's label
    pred_names: int = 0  # predicted name mentions (not "reference" sources)
    right_names: int = 0  # of them, exactly a gold mention's span
    run_on_names: int = 0  # predicted mentions that run across two gold mentions
    label_names: int = 0  # actors named with a credit label word ("Nyitókép", "Fotó:")
    right_kinds: int = 0
    gold_related: int = 0
    found_related: int = 0
    named_gold: int = 0  # required gold claims whose speaker is a named actor
    right_named: int = 0  # of them, found and given that actor
    misses: list[str] = field(default_factory=list)
    by_rule: dict[str, RuleCounts] = field(default_factory=dict)  # claim rule -> its errors
    by_basis: dict[str, RuleCounts] = field(default_factory=dict)  # speaker basis -> errors

    def rule(self, name: str) -> RuleCounts:
        """The tally of one claim rule ("" for claims without one)."""
        return self.by_rule.setdefault(name, RuleCounts())

    def basis(self, name: str) -> RuleCounts:
        """The tally of one way of deciding a speaker (reader.types.SPEAKER_BASES)."""
        return self.by_basis.setdefault(name, RuleCounts())

    @property
    def named_speaker_accuracy(self) -> float:
        """Right speaker over required gold claims with a named speaker (missed ones count)."""
        return _ratio(self.right_named, self.named_gold)

    @property
    def wrong_named_share(self) -> float:
        """Found claims given a named speaker that is not theirs, over all found claims."""
        return _ratio(self.wrong_actors, self.pred_claims) if self.pred_claims else 0.0

    @property
    def mention_recall(self) -> float:
        return _ratio(self.found_mentions, self.gold_mentions)

    @property
    def grouping_f1(self) -> float:
        precision = _ratio(self.pairs_both, self.pairs_pred)
        recall = _ratio(self.pairs_both, self.pairs_gold)
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def claim_precision(self) -> float:
        return _ratio(self.matched_claims, self.pred_claims)

    @property
    def claim_recall(self) -> float:
        return _ratio(self.matched_claims, self.gold_claims)

    @property
    def source_accuracy(self) -> float:
        return _ratio(self.right_sources, self.matched_claims)

    @property
    def source_actor_accuracy(self) -> float:
        return _ratio(self.right_source_actors, self.matched_claims)

    @property
    def source_span_accuracy(self) -> float:
        return _ratio(self.right_source_spans, self.matched_claims)

    @property
    def entity_precision(self) -> float:
        """Predicted name mentions whose span is exactly a gold mention's."""
        return _ratio(self.right_names, self.pred_names)

    @property
    def label_accuracy(self) -> float:
        return _ratio(self.right_labels, self.found_mentions)

    @property
    def kind_accuracy(self) -> float:
        return _ratio(self.right_kinds, self.matched_claims)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            if name not in ("misses", "by_rule", "by_basis"):
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        for rule, counts in other.by_rule.items():
            self.rule(rule).add(counts)
        for basis, counts in other.by_basis.items():
            self.basis(basis).add(counts)


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(analysis: Analysis, gold: dict[str, Any]) -> Counts:
    """Compare one analysis with its gold file."""
    text = analysis.text
    c = Counts()
    gold_actors = gold["actors"]
    gold_label = {a["name"]: a.get("label") for a in gold_actors}
    gold_of = resolve_mentions(text, {a["name"]: a["mentions"] for a in gold_actors})
    pred_of = {m: actor.id for actor in analysis.actors for m in actor.mentions}
    pred_label = {actor.id: actor.label for actor in analysis.actors}
    c.gold_mentions = len(gold_of)
    matched = [span for span in gold_of if span in pred_of]
    c.found_mentions = len(matched)
    c.right_labels = sum(1 for m in matched if pred_label[pred_of[m]] == gold_label[gold_of[m]])
    c.misses += [f"mention {text[s:e]!r}" for s, e in gold_of if (s, e) not in pred_of]
    c.misses += [
        f"label {text[slice(*m)]!r}: {pred_label[pred_of[m]]}, want {gold_label[gold_of[m]]}"
        for m in matched
        if pred_label[pred_of[m]] != gold_label[gold_of[m]]
    ]
    _score_names(analysis, gold_of, c)
    for a, b in combinations(matched, 2):
        same_gold = gold_of[a] == gold_of[b]
        same_pred = pred_of[a] == pred_of[b]
        c.pairs_gold += same_gold
        c.pairs_pred += same_pred
        c.pairs_both += same_gold and same_pred
        if same_gold != same_pred:
            c.misses.append(f"grouping {text[slice(*a)]!r} / {text[slice(*b)]!r}")
    related_gold = resolve_mentions(
        text, {a["name"]: a.get("related", {}) for a in gold_actors if a.get("related")}
    )
    pred_related = {m: actor.id for actor in analysis.actors for m in actor.related}
    identity = actor_identity(analysis, gold_of)
    c.gold_related = len(related_gold)
    c.found_related = sum(
        1 for span, owner in related_gold.items()
        if span in pred_related and identity.get(pred_related[span]) == owner
    )
    _score_claims(analysis, gold, identity, c)
    return c


CREDIT_LABEL = re.compile(r"\b(?:Fotó|Nyitókép|Borítókép|Címlapkép|Kép|Forrás|Illusztráció):",
                          re.IGNORECASE)


def _score_names(analysis: Analysis, gold_of: dict[Range, str], c: Counts) -> None:
    """Entity precision, and the actor names a reader sees as wrong at a glance: a mention run on
    across two gold names (``Láyer József Szili Katalin``), a name holding a credit label."""
    text = analysis.text
    gold_spans = sorted(gold_of)
    for e in analysis.entities:
        if e.form == "reference":
            continue
        c.pred_names += 1
        c.right_names += (e.start, e.end) in gold_of
        if (e.start, e.end) not in gold_of:
            c.misses.append(f"false name {text[e.start:e.end]!r} ({e.label})")
        inside = [s for s in gold_spans if e.start <= s[0] and s[1] <= e.end]
        if len(inside) >= 2:
            c.run_on_names += 1
            c.misses.append(f"run-on name {text[e.start:e.end]!r}")
    for actor in analysis.actors:
        if CREDIT_LABEL.search(actor.name) or any(
            CREDIT_LABEL.search(text[start:end]) for start, end in actor.mentions
        ):
            c.label_names += 1
            c.misses.append(f"label-word name {actor.name!r}")


def actor_identity(analysis: Analysis, gold_of: dict[Range, str]) -> dict[str, str]:
    """Which gold actor each predicted actor is: the one most of its gold-matched mentions name."""
    out: dict[str, str] = {}
    for actor in analysis.actors:
        votes: dict[str, int] = {}
        for m in actor.mentions:
            if m in gold_of:
                votes[gold_of[m]] = votes.get(gold_of[m], 0) + 1
        if votes:
            out[actor.id] = max(votes, key=lambda name: votes[name])
    return out


def _score_claims(
    analysis: Analysis, gold: dict[str, Any], identity: dict[str, str], c: Counts
) -> None:
    text = analysis.text
    required = [g for g in gold["claims"] if not g.get("optional")]
    optional = [g for g in gold["claims"] if g.get("optional")]
    c.gold_claims = len(required)
    c.named_gold = sum(1 for g in required if g.get("actor"))
    used: set[str] = set()
    for g in required:
        g_span = locate(text, g["content"])
        best, best_overlap = None, 0
        for p in analysis.claims:
            if p.id in used:
                continue
            p_span = (p.content.start, p.content.end)
            ov = _overlap(g_span, p_span)
            if _matches(g_span, p_span) and ov > best_overlap:
                best, best_overlap = p, ov
        if best is None:
            c.misses.append(f"claim {g['cue']}: {g['content'][:50]!r}")
            continue
        used.add(best.id)
        c.matched_claims += 1
        c.right_kinds += best.kind == g["kind"]
        got_text = best.source.text if best.source else None
        got_actor = identity.get(best.source.actor or "") if best.source else None
        named = best.source is not None and best.source.actor is not None
        actor_right = (got_actor == g["actor"]) if g.get("actor") else not named
        span_right = _span_right(got_text, g.get("source"))
        c.right_source_actors += actor_right
        c.right_source_spans += span_right
        c.wrong_actors += named and not actor_right
        c.right_named += bool(g.get("actor")) and actor_right
        c.rule(best.rule).wrong_speaker += named and not actor_right
        c.basis(best.speaker_basis).wrong_speaker += named and not actor_right
        if actor_right if g.get("actor") else (span_right and actor_right):
            c.right_sources += 1
        else:
            c.rule(best.rule).wrong_source += 1
            c.basis(best.speaker_basis).wrong_source += 1
            own = next((a.name for a in analysis.actors if best.source and a.id ==
                        best.source.actor), None)
            shown = got_actor if got_actor is not None or own is None else f"not gold: {own}"
            c.misses.append(
                f"source of {g['cue']} [{best.rule}, {best.speaker_basis}]: got {got_text!r} "
                f"({shown}), "
                f"want {g.get('source')!r} ({g.get('actor')})"
            )
    # a found optional claim is neither a hit nor a false alarm; the required ones choose first,
    # so an optional claim with the same words as a required one does not take its match
    optional_found: set[str] = set()
    for g in optional:
        g_span = locate(text, g["content"])
        for p in analysis.claims:
            if p.id not in used and _matches(g_span, (p.content.start, p.content.end)):
                used.add(p.id)
                optional_found.add(p.id)
                break
    c.pred_claims = len(analysis.claims) - len(optional_found)
    c.misses += [
        f"extra claim {p.cue.text}: {p.content.text[:50]!r}"
        for p in analysis.claims
        if p.id not in used
    ]
    for p in analysis.claims:
        if p.id not in optional_found:
            c.rule(p.rule).found += 1
            c.rule(p.rule).false += p.id not in used
            c.basis(p.speaker_basis).found += 1
            c.basis(p.speaker_basis).false += p.id not in used


def _span_right(got: str | None, want: str | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    a, b = got.casefold(), want.casefold()
    return a in b or b in a


def _matches(gold: Range, pred: Range) -> bool:
    """Contents match when they overlap by at least half of each."""
    ov = _overlap(gold, pred)
    return ov * 2 >= gold[1] - gold[0] and ov * 2 >= pred[1] - pred[0]


def check(path: Path) -> list[str]:
    """Problems with one gold file's strings against its text (no model needed)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    try:
        text = gold_text(path, gold)
    except GoldError as exc:
        return [str(exc)]
    problems: list[str] = []
    for actor in gold["actors"]:
        for key in ("mentions", "related"):
            for surface in actor.get(key, {}):
                if not find_all(text, surface):
                    problems.append(f"{actor['name']}: {key} {surface!r} is not in the text")
    for field_ in ("mentions", "related"):
        try:
            resolve_mentions(text, {a["name"]: a.get(field_, {}) for a in gold["actors"]})
        except GoldError as exc:
            problems.append(f"{field_}: {exc}")
    names = {a["name"] for a in gold["actors"]}
    for claim in gold["claims"]:
        try:
            locate(text, claim["content"])
        except GoldError as exc:
            problems.append(f"claim {claim.get('cue')!r}: {exc}")
        for key in ("cue", "source"):
            if claim.get(key) and claim[key] not in text:
                problems.append(f"claim {claim.get('cue')!r}: {key} {claim[key]!r} not in text")
        if claim.get("actor") and claim["actor"] not in names:
            problems.append(f"claim {claim.get('cue')!r}: actor {claim['actor']!r} not in actors")
        if claim.get("kind") not in CLAIM_KINDS:
            problems.append(f"claim {claim.get('cue')!r}: unknown kind {claim.get('kind')!r}")
    return problems


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(c: Counts) -> str:
    """The numbers, one per line."""
    claim_f1 = (
        2 * c.claim_precision * c.claim_recall / (c.claim_precision + c.claim_recall)
        if c.claim_precision + c.claim_recall else 0.0
    )
    lines = [
        f"mention recall          {c.mention_recall:.3f}  ({c.found_mentions}/{c.gold_mentions})",
        f"entity precision        {c.entity_precision:.3f}  ({c.right_names}/{c.pred_names}"
        " predicted name mentions that are exactly a gold mention)",
        f"names run on / labelled {c.run_on_names} / {c.label_names}  (mentions across two gold "
        "names / actors named with a credit label)",
        f"label accuracy          {c.label_accuracy:.3f}  ({c.right_labels}/{c.found_mentions}"
        " found mentions, the actor's label)",
        f"actor grouping F1       {c.grouping_f1:.3f}  (pairwise P "
        f"{_ratio(c.pairs_both, c.pairs_pred):.3f}, R {_ratio(c.pairs_both, c.pairs_gold):.3f})",
        f"related mention recall  {_ratio(c.found_related, c.gold_related):.3f}"
        f"  ({c.found_related}/{c.gold_related})",
        f"claim precision         {c.claim_precision:.3f}  ({c.matched_claims}/{c.pred_claims})",
        f"claim recall            {c.claim_recall:.3f}  ({c.matched_claims}/{c.gold_claims})",
        f"claim F1                {claim_f1:.3f}",
        f"source right (actor)    {c.source_actor_accuracy:.3f}"
        f"  ({c.right_source_actors}/{c.matched_claims} found claims; "
        f"{c.wrong_actors} given a wrong named actor)",
        f"source right (span)     {c.source_span_accuracy:.3f}"
        f"  ({c.right_source_spans}/{c.matched_claims})",
        f"source right (either)   {c.source_accuracy:.3f}"
        f"  ({c.right_sources}/{c.matched_claims}: the actor where gold names one, else the span)",
        f"kind right              {c.kind_accuracy:.3f}",
        f"named speaker right     {c.named_speaker_accuracy:.3f}  ({c.right_named}/{c.named_gold}"
        " required claims whose gold speaker is a named actor)",
        f"wrong named speaker     {c.wrong_named_share:.3f}  ({c.wrong_actors}/{c.pred_claims}"
        " found claims)",
    ]
    return "\n".join(lines)


def rule_report(c: Counts) -> str:
    """The claims' errors by rule and by speaker basis, a line each, the most claims first;
    ``share`` is the part of all found claims that the rule made or the basis decided."""
    lines: list[str] = []
    for title, table in (("rule", c.by_rule), ("speaker basis", c.by_basis)):
        lines.append(f"{title:<18} {'claims':>6} {'share':>6} {'false':>6} {'wrong source':>13} "
                     f"{'wrong speaker':>14}")
        for name, r in sorted(table.items(), key=lambda item: (-item[1].found, item[0])):
            lines.append(f"{name or '(none)':<18} {r.found:>6} "
                         f"{_ratio(r.found, c.pred_claims):>6.2f} {r.false:>6} "
                         f"{r.wrong_source:>13} {r.wrong_speaker:>14}")
    return "\n".join(lines)


def outlet_report(per_file: dict[Path, Counts]) -> str:
    """Names, claims and speakers per outlet (the gold file's "outlet"; Global Voices has none):
    mention recall, entity precision, label accuracy, grouping F1, then the claims' figures."""
    outlets: dict[str, tuple[int, Counts]] = {}
    for path, counts in per_file.items():
        gold = json.loads(path.read_text(encoding="utf-8"))
        name = str(gold.get("outlet") or "(none)")
        n, total = outlets.setdefault(name, (0, Counts()))
        total.add(counts)
        outlets[name] = (n + 1, total)
    lines = [f"{'outlet':<22} {'articles':>8} {'claim P':>8} {'claim R':>8} "
             f"{'named speaker':>14} {'wrong named':>12} {'mentions':>8} {'names P':>8} "
             f"{'labels':>7} {'grouping':>8}"]
    for name, (n, c) in sorted(outlets.items(), key=lambda item: (-item[1][0], item[0])):
        lines.append(f"{name:<22} {n:>8} {c.claim_precision:>8.3f} {c.claim_recall:>8.3f} "
                     f"{c.right_named:>6}/{c.named_gold:<7} {c.wrong_actors:>5}/{c.pred_claims:<6} "
                     f"{c.mention_recall:>8.3f} {c.entity_precision:>8.3f} "
                     f"{c.label_accuracy:>7.3f} {c.grouping_f1:>8.3f}")
    return "\n".join(lines)


class TextMissing(GoldError):
    """A gold file's text is not here (a press article kept out of the repository) or differs."""


def gold_text(path: Path, gold: dict[str, Any]) -> str:
    """The article a gold file describes: its "text" path, relative to a folder above the file."""
    for folder in path.resolve().parents:
        candidate = folder / gold["text"]
        if candidate.is_file():
            data = candidate.read_bytes()
            if gold.get("sha256") and hashlib.sha256(data).hexdigest() != gold["sha256"]:
                raise TextMissing(f"{path}: its text {gold['text']!r} differs from the one "
                                  "the gold was written on (sha256)")
            return data.decode("utf-8")
    raise TextMissing(f"{path}: its text {gold['text']!r} is in no folder above it"
                      + (f" (read it from {gold['source_url']})" if gold.get("source_url") else ""))


def gold_files(paths: Sequence[str]) -> list[Path]:
    """Gold JSON files: those named, every *.json in the folders named, else the team's set."""
    out: list[Path] = []
    for raw in paths or [str(DEFAULT_GOLD)]:
        path = Path(raw)
        out += sorted(path.glob("*.json")) if path.is_dir() else [path]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Analyse every gold article with a model and print the scores (and, with -v, the misses)."""
    parser = argparse.ArgumentParser(
        prog="python -m reader.analysis.score",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", nargs="*",
                        help="gold JSON files or folders (default: tests/data/articles); "
                        "the development set of real news: tests/data/real/gv "
                        "tests/data/real/press (held out: tests/data/real/heldout)")
    parser.add_argument("--model", default=None, help="pipeline name or folder (default: bundled)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("-a", "--per-article", action="store_true", help="a line per article")
    parser.add_argument("-r", "--by-rule", action="store_true",
                        help="claims found, false claims, wrong sources and wrong named speakers "
                        "per claim rule")
    parser.add_argument("-o", "--per-outlet", action="store_true",
                        help="claims and speakers per outlet (the gold files' \"outlet\")")
    parser.add_argument("--check", action="store_true",
                        help="only check that the gold files' strings fit their texts")
    args = parser.parse_args(argv)
    if args.check:
        bad = 0
        for path in gold_files(args.gold):
            problems = check(path)
            bad += bool(problems)
            for problem in problems:
                print(f"{path}: {problem}")
        print(f"{len(gold_files(args.gold)) - bad} of {len(gold_files(args.gold))} files fit")
        return 1 if bad else 0
    from reader.nlp import load_pipeline, model_info

    nlp = load_pipeline(args.model)
    started = time.perf_counter()
    paths = gold_files(args.gold)
    per_file = score_files(paths, nlp)
    total = Counts()
    for path, counts in per_file.items():
        total.add(counts)
        if args.per_article:
            print(f"{path.parent.name}/{path.stem:<20} mentions {counts.mention_recall:.2f} "
                  f"labels {counts.label_accuracy:.2f} grouping {counts.grouping_f1:.2f} "
                  f"claims P {counts.claim_precision:.2f} R {counts.claim_recall:.2f} "
                  f"({counts.matched_claims}/{counts.gold_claims}) "
                  f"source {counts.source_actor_accuracy:.2f}")
        if args.verbose:
            for miss in counts.misses:
                print(f"{path.stem}: {miss}")
    info = model_info(nlp)
    print(f"model {info.name} {info.version}, {len(per_file)} articles, "
          f"{time.perf_counter() - started:.1f} s")
    print(report(total))
    if args.by_rule:
        print()
        print(rule_report(total))
    if args.per_outlet:
        print()
        print(outlet_report(per_file))
    return 0


def score_files(
    paths: Sequence[Path], nlp: Any, skip_missing: bool = True
) -> dict[Path, Counts]:
    """Analyse each gold file's article with ``nlp`` and score it."""
    from reader.analysis import analyze

    out: dict[Path, Counts] = {}
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        try:
            text = gold_text(path, gold)
        except TextMissing as exc:
            if not skip_missing:
                raise
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        out[path] = score(analyze(text, nlp, source=str(path)), gold)
    return out


if __name__ == "__main__":
    sys.exit(main())
