"""Plain, frozen data that the core hands to the window and the exporters (no spaCy, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

Range = tuple[int, int]  # [start, end) as Python string indices into the analysed text


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a pipeline's output, as plain data (built by reader.nlp).

    A parsed text keeps its tokens as columns (reader.nlp.TokenTable) and makes these records
    as they are read; slots keep each one small, and its strings are shared with the table.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # UPOS
    morph: str  # UD features, e.g. "Case=Nom|Number=Sing"
    dep: str = ""  # dependency label, "" when the pipeline has no parser
    head: int = -1  # index of the head token, -1 when unknown
    sent_start: bool = False
    ent_iob: str = "O"  # "B", "I" or "O"
    ent_type: str = ""

    def feat(self, name: str) -> str:
        """Value of one morphological feature, "" if absent."""
        return _features(self.morph).get(name, "")


@lru_cache(maxsize=8192)
def _features(morph: str) -> dict[str, str]:
    """A morphology string's features; cached, so every token with it shares the same strings."""
    features: dict[str, str] = {}
    for part in morph.split("|"):
        key, _, value = part.partition("=")
        features.setdefault(key, value)
    return features


@dataclass(frozen=True)
class Entity:
    """One mention of an actor in the text."""

    start: int
    end: int
    label: str  # the recogniser's own label for this mention (the actor has one label of its own)
    text: str
    actor: str  # id of the actor this mention belongs to
    form: str = "name"  # "name": a name in the text; "reference": "a szóvivő", "a lap" ...
    origin: str = "machine"  # "machine" or "corrected" (set by a person: reader.analysis.edits)


# Who made an entity, actor or claim: the pipeline, or a person's correction.
ORIGINS = ("machine", "corrected")


@dataclass(frozen=True)
class ActorRole:
    """One thing the article says a person is (reader.analysis.roles): "alelnök" of the actor
    ``affiliation`` (a body's actor id, or None), said by the words at each of ``spans``, each
    right next to one of the person's names (reader.analysis.edits keeps it so)."""

    role: str  # the role noun's lemma, lower case: "alelnök", "államtitkár"
    affiliation: str | None
    spans: tuple[Range, ...]  # where the article says it, in text order


@dataclass(frozen=True)
class Actor:
    id: str
    name: str  # canonical, dictionary (nominative) form
    label: str
    mentions: tuple[Range, ...]
    related: tuple[Range, ...] = ()  # adjectival / demonym forms, e.g. "orosz" for Oroszország
    origin: str = "machine"  # "corrected" once a person changed its name, label or mentions
    roles: tuple[ActorRole, ...] = ()  # a person's roles in the article, in text order


@dataclass(frozen=True)
class TextSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Source:
    start: int
    end: int
    text: str
    actor: str | None  # id of the actor the source is or contains
    # who decided who the speaker is: the pipeline, or a person (a source set or linked by hand)
    origin: str = "machine"


# Claim kinds; reader.analysis.claims says when each is used, reader.i18n names them.
CLAIM_KINDS = ("statement", "announcement", "opinion", "denial", "accusation", "allegation")
# How a claim's speaker was decided (docs/speakers.md): read at the cue ("named"), a role the
# article gives a person ("role"), an interview turn labelled with a person's initials
# ("interview"), inferred from the context ("description", "continuation"), or left open
# ("unresolved").
# A claim's verdict as a fact-checker codes it (reader.i18n names each); "" is not coded yet.
VERDICTS = ("true", "mostly_true", "misleading", "false", "unverifiable", "not_checked")
SPEAKER_BASES = ("named", "role", "description", "continuation", "interview", "unresolved")
UNSURE_BASES = frozenset({"description", "continuation"})


@dataclass(frozen=True)
class Claim:
    id: str
    kind: str  # statement, denial, accusation, allegation, ...
    sentence: Range
    source: Source | None
    cue: TextSpan
    content: TextSpan
    origin: str = "machine"  # "corrected" once a person changed or added it
    # provenance: the claim rule that found it (reader.analysis.claims.RULE_NAMES); "" for a
    # claim a person added or one read from a file without it. Not part of a claim's identity.
    rule: str = field(default="", compare=False)
    # how its speaker was decided (SPEAKER_BASES); "" for a claim a person added or changed, or
    # one read from a file without it. Not part of a claim's identity either.
    speaker_basis: str = field(default="", compare=False)
    # a person's coding of the claim: a verdict (VERDICTS, "" when none), a note, own tags
    verdict: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()

    @property
    def coded(self) -> bool:
        """Whether a person gave the claim a verdict, a note or a tag."""
        return bool(self.verdict or self.note or self.tags)

    @property
    def speaker_unsure(self) -> bool:
        """Whether the reader inferred the speaker from the context rather than read it at the
        cue: the window, the page and the tables mark such a speaker as unsure. A claim a person
        corrected never is: they have seen it."""
        return self.speaker_basis in UNSURE_BASES and self.origin != "corrected"

    @property
    def extent(self) -> Range:
        """The whole claim in the text: from its first part (source, cue or content) to its last."""
        parts = [self.cue, self.content] + ([self.source] if self.source is not None else [])
        return min(p.start for p in parts), max(p.end for p in parts)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str


# Corrections: what a person changed, as data (reader.analysis.edits applies them). Items are
# named by character offsets, never by ids, so that an edit can be replayed on a new analysis
# of the same text: an entity by its span, an actor by the span of one of its mentions, a claim
# by its cue and content.
ClaimRef = tuple[Range, Range]  # (cue, content)


@dataclass(frozen=True)
class RelabelEntity:
    """Give one mention another type (its own label; its actor keeps the actor's label)."""

    op: ClassVar[str] = "relabel_entity"
    entity: Range
    label: str


@dataclass(frozen=True)
class RemoveEntity:
    """Remove a false entity; an actor left without mentions goes with it."""

    op: ClassVar[str] = "remove_entity"
    entity: Range


@dataclass(frozen=True)
class AddEntity:
    """Mark a missed entity: it joins the actor of the mention ``actor``, or starts a new one."""

    op: ClassVar[str] = "add_entity"
    span: Range
    label: str
    actor: Range | None = None


@dataclass(frozen=True)
class MergeActors:
    """Merge the actor of the mention ``actor`` into the actor of the mention ``into``."""

    op: ClassVar[str] = "merge_actors"
    actor: Range
    into: Range


@dataclass(frozen=True)
class MoveMention:
    """Move a mention to the actor of the mention ``to``, or (None) split it off as a new actor."""

    op: ClassVar[str] = "move_mention"
    entity: Range
    to: Range | None = None


@dataclass(frozen=True)
class RenameActor:
    """Give the actor of the mention ``actor`` another display name."""

    op: ClassVar[str] = "rename_actor"
    actor: Range
    name: str


@dataclass(frozen=True)
class RelabelActor:
    """Give the actor of the mention ``actor`` another type (label)."""

    op: ClassVar[str] = "relabel_actor"
    actor: Range
    label: str


@dataclass(frozen=True)
class SetClaimSource:
    """Give a claim another source: a text range, the mention ``actor``, both, or none."""

    op: ClassVar[str] = "set_claim_source"
    claim: ClaimRef
    source: Range | None
    actor: Range | None = None


@dataclass(frozen=True)
class SetClaimKind:
    op: ClassVar[str] = "set_claim_kind"
    claim: ClaimRef
    kind: str


@dataclass(frozen=True)
class SetClaimContent:
    op: ClassVar[str] = "set_claim_content"
    claim: ClaimRef
    content: Range


@dataclass(frozen=True)
class RemoveClaim:
    op: ClassVar[str] = "remove_claim"
    claim: ClaimRef


@dataclass(frozen=True)
class AddClaim:
    """Add a missed claim; its source as for SetClaimSource."""

    op: ClassVar[str] = "add_claim"
    cue: Range
    content: Range
    kind: str = "statement"
    source: Range | None = None
    actor: Range | None = None


@dataclass(frozen=True)
class SetClaimVerdict:
    """Code a claim with a verdict (reader.types.VERDICTS; "" takes it back)."""

    op: ClassVar[str] = "set_claim_verdict"
    claim: ClaimRef
    verdict: str


@dataclass(frozen=True)
class SetClaimNote:
    """Write a note on a claim ("" takes it back)."""

    op: ClassVar[str] = "set_claim_note"
    claim: ClaimRef
    note: str


@dataclass(frozen=True)
class SetClaimTags:
    """Give a claim a person's own tags, written as one string, separated by commas."""

    op: ClassVar[str] = "set_claim_tags"
    claim: ClaimRef
    tags: str


@dataclass(frozen=True)
class SetMeta:
    """Correct one field of the article's record (ArticleMeta: "title", "outlet", ...)."""

    op: ClassVar[str] = "set_meta"
    key: str
    value: str


Edit = (
    RelabelEntity | RemoveEntity | AddEntity | MergeActors | MoveMention | RenameActor
    | RelabelActor | SetClaimSource | SetClaimKind | SetClaimContent | RemoveClaim | AddClaim
    | SetMeta | SetClaimVerdict | SetClaimNote | SetClaimTags
)
EDIT_TYPES: tuple[type[Edit], ...] = (
    RelabelEntity, RemoveEntity, AddEntity, MergeActors, MoveMention, RenameActor,
    RelabelActor, SetClaimSource, SetClaimKind, SetClaimContent, RemoveClaim, AddClaim,
    SetMeta, SetClaimVerdict, SetClaimNote, SetClaimTags,
)


def split_tags(tags: str) -> tuple[str, ...]:
    """A person's tags from the words they typed: split at commas, each trimmed to one line,
    empty ones and repeats (ignoring case) left out, in the order typed."""
    out: list[str] = []
    for tag in tags.split(","):
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)
    return tuple(out)


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about where an article came from; "" where nothing is known.

    Read from a saved web page, a document's properties or a fetched address (reader.inputs),
    shown above the text, kept in the JSON and the page, and columns of the claims table.
    """

    title: str = ""
    outlet: str = ""  # the site or paper ("Telex", "hvg.hu")
    author: str = ""
    date: str = ""  # as the source gives it, ISO 8601 (YYYY-MM-DD) where it can be read
    url: str = ""  # the article's address
    file: str = ""  # the name of the file it was read from

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in META_FIELDS)


META_FIELDS = ("title", "outlet", "author", "date", "url", "file")


@dataclass(frozen=True)
class Analysis:
    """Everything the reader shows about one article."""

    source: str  # where the text came from (a path or a label)
    model: ModelInfo
    text: str
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
    edits: tuple[Edit, ...] = ()  # the corrections made to the machine's analysis, in order
    meta: ArticleMeta = ArticleMeta()  # title, outlet, author, date, address, file
