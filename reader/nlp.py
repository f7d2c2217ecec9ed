"""The one module that knows spaCy: load a pipeline and turn its output into plain tokens.

spaCy is imported inside the functions, so importing this module is cheap and the window can
appear before any model is loaded.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import multiprocessing
import os
import re
import sys
import types
import weakref
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from reader.locator import BUNDLED_MODEL_NAME, bundled_model_path
from reader.types import ModelInfo, Range, Token

if TYPE_CHECKING:
    from spacy.language import Language

HUSPACY_MODELS = ("hu_core_news_md", "hu_core_news_lg", "hu_core_news_trf")
BUNDLED = "bundled"  # what the Model menu and --model call the embedded pipeline
MAX_CHUNK = 20_000  # characters per nlp.pipe item; long paragraphs are cut at sentence ends
STOP_WAIT_S = 5  # seconds a stopped parse worker gets to end before it is killed
# items a worker process holds at once (Workers.in_order): with one, it waited for this
# process to finish its own batch before it got the next, 15-20% of its time on a busy machine
IN_FLIGHT = 2
# characters in the pipeline at once: 64 pieces of a line without sentence ends were 1.3 M
# characters and gigabytes of the model's arrays; paragraphs of news still go 64 at a time
BATCH_CHARS = 50_000
BATCH_PIECES = 64
# a shorter text is parsed in this process alone: a worker process starts in about two seconds
# (spaCy's import and the pipeline's load), more than it would save
PARALLEL_CHARS = 200_000

R = TypeVar("R")  # what a worker process makes of one item

# each pipeline this process loaded, and the name it was loaded by: what a worker loads
_SOURCES: weakref.WeakKeyDictionary[Any, str | None] = weakref.WeakKeyDictionary()


class ModelError(Exception):
    """A pipeline cannot be loaded or used; the message is meant for the user."""


@dataclass(frozen=True)
class Parsed:
    """A pipeline's output over a whole text, as plain data with offsets into that text."""

    tokens: Sequence[Token]  # a TokenTable: records made as they are read
    entities: tuple[tuple[int, int, str], ...]  # (start, end, label)
    sentences: tuple[Range, ...]
    has_parser: bool
    has_lemmas: bool
    # capitalised words of the text that the pipeline's lemma table knows only as common words
    # (`Vihart`, `Kövesse`), never as names (`Nagy`, `Kovács` are both): see common_words
    common_words: frozenset[str] = frozenset()
    # capitalised words the lemma table does not know, with the points where a lower-case word
    # it knows ends them (`Ukrajnakapcsán`: 7, a page's lost space): see glued_words
    glued_words: dict[str, tuple[int, ...]] = field(default_factory=dict)


def installed_models() -> list[str]:
    """Names that load_pipeline accepts on this machine: the bundled one and installed HuSpaCy's."""
    names = [BUNDLED]
    names += [name for name in HUSPACY_MODELS if importlib.util.find_spec(name) is not None]
    return names


def locate_model(name: str | None) -> tuple[str, Path | str]:
    """Where a model name points, found without importing anything: ("folder", path) or
    ("package", name). ModelError, in one line, for a name that is neither.

    ``importlib.util.find_spec`` imports the parent packages of a dotted name (``this.x``
    imports ``this``), so only plain identifiers are looked up as packages, and a package
    counts only if it carries a spaCy pipeline's ``meta.json``.
    """
    if name is None or name == BUNDLED or name == BUNDLED_MODEL_NAME:
        path = bundled_model_path()
        if not (path / "config.cfg").is_file():
            raise ModelError(
                f"The bundled Hungarian model is missing from {path}. Reinstall the reader "
                "(pip install .) or train it again: python -m reader.model train"
            )
        return "folder", path
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.cfg").is_file():
            raise ModelError(f"{path} is a folder but not a spaCy pipeline (it has no config.cfg).")
        return "folder", path
    if name.isidentifier():
        spec = importlib.util.find_spec(name)
        if spec is not None:
            folders = list(spec.submodule_search_locations or [])
            if any((Path(folder) / "meta.json").is_file() for folder in folders):
                return "package", name
            raise ModelError(f"{name!r} is an installed Python module, not a spaCy pipeline "
                             f"(installed pipelines: {', '.join(installed_models())}).")
    if name in HUSPACY_MODELS:
        hint = f'Install it with: python -c "import huspacy; huspacy.download(\'{name}\')"'
    elif name.isidentifier():
        hint = f"Install it with: pip install {name}"
    else:
        hint = "Give an installed pipeline's name or a pipeline folder."
    raise ModelError(f"The model {name!r} is not installed. {hint}   "
                     f"(installed: {', '.join(installed_models())})")


def import_spacy() -> None:
    """Import spaCy and what every pipeline here needs (half a second, the same whatever the
    model): the pipeline process does it before it knows which model to load."""
    with _without_spacy_cli():
        import huspacy.components  # noqa: F401 - registers HuSpaCy's lemmatiser factories
        import spacy  # noqa: F401

    import reader.components  # noqa: F401 - registers the bundled pipeline's own components


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` where import_spacy imported spaCy: the real one, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextlib.contextmanager
def _without_spacy_cli() -> Iterator[None]:
    """Import spaCy without its command line: ``spacy/__init__`` imports ``spacy.cli.info``
    only to offer ``spacy.info``, and that imports every spaCy command with typer, weasel,
    requests and httpx, 0.14 s of the 0.6 s import that delays the first highlight. While
    spaCy is imported, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins whose ``info`` imports
    the real one when called; afterwards they are gone, so ``import spacy.cli`` (``python -m
    spacy``, a pipeline package that uses it) imports the real command line as usual."""
    if "spacy" in sys.modules:  # imported already: nothing to save
        yield
        return
    cli = types.ModuleType("spacy.cli")
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        spacy = sys.modules.get("spacy")
        if spacy is not None and getattr(spacy, "cli", None) is cli:
            delattr(spacy, "cli")  # so that ``spacy.cli`` is the real one once imported


def load_pipeline(name: str | None = None) -> Language:
    """Load the bundled pipeline (None or "bundled"), an installed package, or a pipeline folder."""
    kind, where = locate_model(name)  # before importing spaCy: a bad name costs nothing
    import_spacy()
    import spacy

    from reader.components import make_lookup_lemmatizers_safe, split_glued_text

    if kind == "package" and str(where).startswith("hu_core_news"):
        import huspacy

        nlp = _load(huspacy.load, where)
    elif kind == "folder" and _tokenizer_saved(Path(where)):
        from reader.components import SAVED_TOKENIZER

        overrides = {"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}}
        nlp = _load(lambda path: spacy.load(path, config=overrides), where)
    else:
        nlp = _load(spacy.load, where)
    make_lookup_lemmatizers_safe(nlp)  # HuSpaCy's raises IndexError on "8:30-9:30"
    split_glued_text(nlp)  # "egyet”– válaszolta": the dash is a token of its own
    check_pipeline(nlp)
    _SOURCES[nlp] = name
    return nlp


def _tokenizer_saved(folder: Path) -> bool:
    """Whether a pipeline folder holds its tokenizer, made by spaCy's standard factory: then
    an empty one is built and the saved rules fill it (reader.components.SAVED_TOKENIZER)."""
    try:
        config = (folder / "config.cfg").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return (folder / "tokenizer").is_file() and re.search(
        r'^@tokenizers\s*=\s*"spacy\.Tokenizer\.v1"\s*$', config, re.MULTILINE) is not None


def cores() -> int:
    """The processor cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _load(loader: Callable[..., Language], what: Any) -> Language:
    try:
        return loader(what)
    except ModelError:
        raise
    except Exception as exc:  # a broken or incompatible package: say which, keep the cause
        raise ModelError(f"The model {what} could not be loaded: {exc}") from exc


def assigns(nlp: Language, attribute: str) -> bool:
    """Whether a component of the pipeline sets ``attribute`` (e.g. "doc.ents", "token.lemma")."""
    return any(attribute in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)


def check_pipeline(nlp: Language) -> None:
    """Refuse pipelines the reader cannot use (no named-entity recogniser)."""
    if not assigns(nlp, "doc.ents"):
        raise ModelError(
            f"The pipeline {model_info(nlp).name} has no named-entity recogniser (components: "
            f"{', '.join(nlp.pipe_names) or 'none'}); the reader needs one to find actors."
        )


def pipeline_warnings(nlp: Language) -> list[str]:
    """What a usable but incomplete pipeline cannot do (its degraded mode)."""
    warnings = []
    if not assigns(nlp, "token.lemma"):
        warnings.append(
            "This model has no lemmatiser: inflected names (Oroszországgal) are grouped by a "
            "simple suffix rule instead of by their lemma."
        )
    if not assigns(nlp, "token.dep"):
        warnings.append("This model has no dependency parser: claims are found by patterns only.")
    return warnings


def model_name(meta: dict[str, Any]) -> str:
    """A pipeline's full name from its meta, as spaCy packages it: "hu" + "newsreader"."""
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"


def model_info(nlp: Language) -> ModelInfo:
    return ModelInfo(name=model_name(nlp.meta), version=str(nlp.meta.get("version", "0.0.0")))


def chunks(text: str, limit: int = MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """Cut a text into (offset, piece) at paragraph breaks, long paragraphs at sentence ends,
    else at a space, else at ``limit``: no piece is longer, whatever the punctuation. A long
    line is cut where it lies in the text (the rest of it was copied at every cut)."""
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while end - start > limit:
            stop = start + limit
            cut = max(text.rfind(". ", start, stop), text.rfind("! ", start, stop),
                      text.rfind("? ", start, stop))
            cut = cut + 2 if cut > start else text.rfind(" ", start, stop) + 1
            if cut <= start:
                cut = stop
            yield start, text[start:cut]
            start = cut
        if not text[start:end].isspace():
            yield start, text[start:end]


def batches(pieces: Iterable[tuple[int, str]], max_chars: int = BATCH_CHARS,
            max_pieces: int = BATCH_PIECES) -> Iterator[list[tuple[str, int]]]:
    """The pieces as (piece, offset) in batches of at most ``max_pieces`` pieces and, beyond
    the first piece, ``max_chars`` characters: what the pipeline holds at once is bounded by
    the batch, not by the length of a line."""
    batch: list[tuple[str, int]] = []
    size = 0
    for offset, piece in pieces:
        if batch and (len(batch) == max_pieces or size + len(piece) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append((piece, offset))
        size += len(piece)
    if batch:
        yield batch


def parse(
    text: str,
    nlp: Language,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = BATCH_PIECES,
    jobs: int = 1,
    workers: Workers | None = None,
) -> Parsed:
    """Run the pipeline over the text piece by piece; progress(done_chars, total_chars).

    The pieces stream through the pipeline: only a batch of Docs (``batches``: at most
    ``batch_size`` pieces and BATCH_CHARS characters) exists at a time, and each becomes rows
    of a TokenTable (about 60 bytes a token), not a Doc's worth.

    With ``jobs`` > 1, a text of PARALLEL_CHARS or more is parsed by this process and
    ``jobs - 1`` worker processes together (``Workers``), stopped when the parse ends: the same
    batches, so the same result as one pass. ``workers`` given: those help, and are left
    running for the caller's next use of them.
    """
    has_parser = assigns(nlp, "token.dep")
    has_lemmas = assigns(nlp, "token.lemma")
    work = batches(chunks(text), max_pieces=batch_size)
    own = workers is None
    if own:
        workers = workers_for(text, nlp, jobs)
    if workers is not None:
        batch_list = list(work)
        parts = workers.in_order(len(batch_list),
                                 lambda k: _parse_batch_with(nlp, batch_list[k]),
                                 lambda k: (_parse_batch, batch_list[k]))
    else:
        parts = (_parse_batch_with(nlp, batch) for batch in work)
    tokens = TokenTable()
    entities: list[tuple[int, int, str]] = []
    sentences: list[Range] = []
    reached = 0
    try:
        for part in parts:
            tokens.extend(part.tokens)
            entities.extend(part.entities)
            sentences.extend(part.sentences)
            for reached in part.ends:  # a report a piece; may raise to stop (the workers too)
                if progress is not None:
                    progress(reached, len(text))
    finally:
        parts.close()
        if own and workers is not None:
            workers.close()
    if progress is not None and reached < len(text):
        progress(len(text), len(text))  # trailing line breaks: still end at the total
    words = tokens.strings()
    common = common_words(nlp, words)
    return Parsed(tokens, tuple(entities), tuple(sentences), has_parser, has_lemmas, common,
                  glued_words(nlp, words))


def _lemma_lookup(nlp: Language) -> Callable[[str], Any] | None:
    """form -> its entry in the lookup lemmatiser's table ({"POS|morphology": lemma}, or None),
    if the pipeline has such a table. The bundled lemmatiser's table is the dict it loaded,
    read by the form's hash as spaCy's ``Table`` reads it: building that ``Table`` (its
    ``_lookups``) took 0.1 s of the first analysis after a launch."""
    from spacy.strings import get_string_id

    for _name, pipe in nlp.pipeline:
        entries = getattr(pipe, "lemma_entries", None)  # reader.components.SafeLookupLemmatizer
        if entries is not None:
            return lambda form: entries.get(get_string_id(form))
        lookups = getattr(pipe, "_lookups", None)
        if lookups is not None and lookups.has_table("lemma_lookups"):
            return lookups.get_table("lemma_lookups").get  # type: ignore[no-any-return]
    return None


def common_words(nlp: Language, words: Iterable[str]) -> frozenset[str]:
    """The capitalised words among ``words`` that the pipeline's lemma table knows in lower case
    and never as a proper noun: `Vihart`, `Kövesse`, capitalised only at a sentence start (also
    a noun with the possessive -ja/-je the table lacks: `Tippje`), but not `Nagy`, `Kovács` or
    `Fekete`, which the table also knows as names. Empty without a table.
    """
    lookup = _lemma_lookup(nlp)
    if lookup is None:
        return frozenset()
    out = set()
    for word in words:
        if not word[:1].isupper() or not word.isalpha():
            continue
        lower = word.lower()
        if lookup(lower) is None and not (
            # `Tippje szerint`: a noun the table knows with the possessive -ja/-je, which the
            # table does not list
            lower.endswith(("ja", "je")) and len(lower) > 4
            and any(a.startswith("NOUN") for a in (lookup(lower[:-2]) or {}))
        ):
            continue
        own = lookup(word) or {}
        if not any(analysis.startswith("PROPN") for analysis in own):
            out.add(word)
    return frozenset(out)


_GLUE_POS = frozenset({"ADP", "DET", "PRON", "ADV", "VERB", "AUX", "CCONJ", "SCONJ"})
MIN_GLUED_WORD = 4  # letters of a glued word of any kind; a function word or a verb may have 3
_VERB_PREFIXES = ("el", "meg", "ki", "be", "fel", "le", "át", "össze", "vissza", "szét", "rá",
                  "oda", "haza", "újra", "hozzá")


def glued_words(nlp: Language, words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The capitalised words among ``words`` that the pipeline's lemma table does not know, each
    with the points after its third letter where a lower-case word the table knows, of a kind
    that ends no compound, ends it: of four letters or more (`Ukrajnakapcsán`: 7,
    `Magyarelsétált`: 6), or of three that is no adjective or noun (`Zelenszkijúgy`: 10), where
    a web page lost the space at a link's edge (not the article: `Putyina` is a name of its
    own). The analysis decides which point, if any, is one (reader.analysis.actors). Empty
    without a table."""
    lookup = _lemma_lookup(nlp)
    if lookup is None:
        return {}

    def common(form: str) -> bool:
        # a word that ends no compound: a postposition, an article, a pronoun, an adverb, a
        # verb, an adjective not in -i (`Egyházkerület`, `Fejérmegyei`, `Lázárinfót` are words
        # of their own: a noun and an -i adjective end Hungarian compounds); of three letters,
        # no adjective and no noun either (`úgy`, `már`, `azt`)
        entry = lookup(form) or {}
        if len(form) < MIN_GLUED_WORD and any(a.startswith(("NOUN", "PROPN")) for a in entry):
            return False  # `vár`, `hát` also end place names (`Budavár`, `Tiszahát`)
        if any(a.split("|")[0] in _GLUE_POS or (
            a.startswith("ADJ") and form[-1] != "i" and len(form) >= MIN_GLUED_WORD
        ) for a in entry):
            return True
        # a verb with its prefix the table lacks as one form (`elsétált`: el + sétált)
        return any(
            form.startswith(prefix) and len(form) - len(prefix) >= 4
            and bool(entry := lookup(form[len(prefix) :]))
            and any(a.startswith("VERB") for a in entry)
            for prefix in _VERB_PREFIXES
        )

    out: dict[str, tuple[int, ...]] = {}
    for word in set(words):
        if len(word) < 5 or not word[:1].isupper() or not word.isalpha():
            continue
        if lookup(word) is not None or lookup(word.lower()) is not None:
            continue
        cuts = tuple(
            i for i in range(3, len(word))
            if word[i:].islower()
            and len(word) - i >= MIN_GLUED_WORD - 1 and common(word[i:])
        )
        if cuts:
            out[word] = cuts
    return out


@dataclass(frozen=True)
class _Part:
    """One batch's pipeline output, as parse keeps it (sent back by a worker process)."""

    tokens: TokenTable
    entities: list[tuple[int, int, str]]
    sentences: list[Range]
    ends: list[int]  # where each of its pieces ends in the text


def _parse_batch_with(nlp: Language, batch: list[tuple[str, int]]) -> _Part:
    tokens = TokenTable()
    entities: list[tuple[int, int, str]] = []
    sentences: list[Range] = []
    ends: list[int] = []
    for doc, offset in nlp.pipe(batch, batch_size=len(batch), as_tuples=True):
        tokens.add(doc, offset)
        entities.extend((offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
        sentences.extend(_sentences(doc, offset))
        ends.append(offset + len(doc.text))
    return _Part(tokens, entities, sentences, ends)


_worker_nlp: Any = None  # a worker process's pipeline


def _load_in_worker(name: str | None) -> None:
    global _worker_nlp
    _worker_nlp = load_pipeline(name)
    gc.freeze()  # it lives as long as the worker: the collector need not walk it


def _parse_batch(batch: list[tuple[str, int]]) -> _Part:
    return _parse_batch_with(_worker_nlp, batch)


class Workers:
    """``count`` worker processes that help this one with a long text: they parse its batches,
    then find its claims a section at a time (reader.analysis.claims_in_sections). Started with
    spawn, which every platform has; each loads the pipeline ``nlp`` was loaded by.

    ``in_order`` hands them work and does some itself, so this process never waits for a
    worker's two-second start. A worker that cannot start or fails leaves its work to this
    process, and to it alone from then on. ``close`` stops them (one may be in the middle of
    a batch): call it when the text is done, or when the caller stops early.
    """

    def __init__(self, nlp: Language, count: int) -> None:
        self.count = count
        self._pool: ProcessPoolExecutor | None
        try:
            self._pool = ProcessPoolExecutor(
                count, mp_context=multiprocessing.get_context("spawn"),
                initializer=_load_in_worker, initargs=(_SOURCES[nlp],))
        except Exception:  # no processes here (a sandbox, a frozen build): one process does all
            self._pool = None

    def in_order(self, n: int, here: Callable[[int], R],
                 away: Callable[[int], tuple[Callable[[Any], R], Any]]) -> Generator[R, None, None]:
        """The results of items 0 .. n-1, in that order. ``here(k)`` makes item k's result in
        this process; ``away(k)`` gives a module-level function and its one argument that make
        the same result in a worker (what is sent must pickle, and should be cheap to).

        Each worker holds IN_FLIGHT items: the one it works on and its next, so it need not
        wait for this process to finish an item of its own before it gets another. This
        process takes the next item itself whenever every worker holds its share.
        """
        results: dict[int, R] = {}
        pending: dict[Future[R], int] = {}
        queued = 0  # items given out so far, to a worker or taken here
        given = 0  # results handed on, in order
        while given < n:
            while self._pool is not None and queued < n and len(pending) < self.count * IN_FLIGHT:
                try:
                    function, argument = away(queued)
                    pending[self._pool.submit(function, argument)] = queued
                except Exception:  # the pool broke: the rest is done here
                    self.close()
                    break
                queued += 1
            if queued < n:
                results[queued] = here(queued)
                queued += 1
            elif pending:
                wait(pending, return_when=FIRST_COMPLETED)
            for future in [f for f in pending if f.done()]:
                k = pending.pop(future)
                try:
                    results[k] = future.result()
                except Exception:  # a worker could not load the pipeline, or died
                    self.close()
                    results[k] = here(k)
            if self._pool is None:  # what the workers held is done here now
                for future, k in pending.items():
                    future.cancel()
                    results[k] = here(k)
                pending.clear()
            while given in results:  # in order
                result = results.pop(given)
                given += 1
                yield result

    def close(self) -> None:
        """Stop the workers now; what is left is done by this process."""
        _stop(self._pool)
        self._pool = None


def workers_for(text: str, nlp: Language, jobs: int) -> Workers | None:
    """``jobs - 1`` workers for a text of PARALLEL_CHARS or more when ``jobs`` > 1 and the
    pipeline was loaded by load_pipeline (a worker loads it by the same name); else None:
    this process alone."""
    if jobs > 1 and len(text) >= PARALLEL_CHARS and nlp in _SOURCES:
        return Workers(nlp, jobs - 1)
    return None


def _stop(pool: ProcessPoolExecutor | None) -> None:
    """Stop a pool's workers now (one may be parsing, or still loading the pipeline): end them,
    then shut the pool down waiting for its manager and every worker it started, so none is
    left behind; one that a polite stop does not reach is killed."""
    if pool is None:
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
    for process in processes:
        process.join(timeout=STOP_WAIT_S)
        if process.is_alive():
            process.kill()
            process.join(timeout=STOP_WAIT_S)


def doc_tokens(doc: Any, offset: int = 0) -> list[Token]:
    """A spaCy Doc's tokens as plain Token records, offsets shifted by ``offset``."""
    tokens = TokenTable()
    tokens.add(doc, offset)
    return list(tokens)


_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def _after_closed_quote(kept: list[Any], n: int) -> bool:
    """Whether token ``n`` opens a sentence after a quote closed on its own sentence's end
    ('… az egyház erejében.” Politikai igazgatója …'): the parser often runs the two together.
    Only the closing mark ” (a straight '"' may open the next quote)."""
    return (
        n >= 2 and kept[n - 1].text == "”" and kept[n - 2].text in _SENTENCE_ENDS
        and kept[n].text[:1].isupper()
    )


class TokenTable(Sequence[Token]):
    """A text's tokens as columns, about 60 bytes each; a Token record is made when one is read.

    A 20 MB article has three million tokens: as records they would take 250 bytes each. The
    analysis reads them by index and in passes, and the claim finder takes a section at a time
    as records (reader.analysis), so the records of the whole text never exist at once.
    spaCy hands out a new ``str`` for every attribute it is asked for; here each distinct
    string is kept once and the columns hold its number.
    """

    _WIDTH = 7  # strings per token: text, lemma, pos, morph, dep, ent_iob, ent_type

    def __init__(self) -> None:
        self._starts = array("q")
        self._ends = array("q")
        self._heads = array("q")
        self._sent_starts = bytearray()
        self._codes = array("I")
        self._strings: list[str] = []
        self._numbers: dict[str, int] = {}

    def add(self, doc: Any, offset: int) -> None:
        """Append a Doc's tokens (spaces dropped), offsets shifted by ``offset``."""
        has_dep = doc.has_annotation("DEP")
        has_sents = has_dep or doc.has_annotation("SENT_START")
        first = len(self._starts)
        kept = [tok for tok in doc if not tok.is_space]
        index = {tok.i: first + n for n, tok in enumerate(kept)}
        # a space token the sentencizer opened a sentence with ("Baj van.  Ezt …") hands the
        # start on to the word after it
        spaced = {tok.i + 1 for tok in doc if tok.is_space and tok.is_sent_start} if (
            has_sents) else set()
        for n, tok in enumerate(kept):
            text = tok.text
            self._starts.append(offset + tok.idx)
            self._ends.append(offset + tok.idx + len(text))
            self._heads.append(index.get(tok.head.i, -1) if has_dep else -1)
            self._sent_starts.append(
                bool(tok.is_sent_start or tok.i in spaced or _after_closed_quote(kept, n))
                if has_sents else n == 0)
            for value in (text, tok.lemma_ or text, tok.pos_, str(tok.morph),
                          tok.dep_ if has_dep else "", tok.ent_iob_ or "O", tok.ent_type_):
                number = self._numbers.get(value)
                if number is None:
                    number = self._numbers[value] = len(self._strings)
                    self._strings.append(value)
                self._codes.append(number)

    def extend(self, other: TokenTable) -> None:
        """Append another table's tokens (their offsets are already the text's)."""
        shift = len(self._starts)
        self._starts.extend(other._starts)
        self._ends.extend(other._ends)
        self._heads.extend(array("q", (h + shift if h >= 0 else -1 for h in other._heads)))
        self._sent_starts.extend(other._sent_starts)
        numbers = [self._number(value) for value in other._strings]
        self._codes.extend(array("I", (numbers[c] for c in other._codes)))

    def strings(self) -> list[str]:
        """Every distinct string of the table (texts, lemmas, tags), each once."""
        return list(self._strings)

    def _number(self, value: str) -> int:
        number = self._numbers.get(value)
        if number is None:
            number = self._numbers[value] = len(self._strings)
            self._strings.append(value)
        return number

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self._token(k) for k in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("token index out of range")
        return self._token(index)

    def __iter__(self) -> Iterator[Token]:
        return (self._token(k) for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return NotImplemented if not isinstance(other, Sequence) else False
        return all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<TokenTable of {len(self)} tokens>"

    def _token(self, k: int) -> Token:
        s, c, w = self._strings, self._codes, self._WIDTH * k
        return Token(i=k, start=self._starts[k], end=self._ends[k], text=s[c[w]],
                     lemma=s[c[w + 1]], pos=s[c[w + 2]], morph=s[c[w + 3]], dep=s[c[w + 4]],
                     head=self._heads[k], sent_start=bool(self._sent_starts[k]),
                     ent_iob=s[c[w + 5]], ent_type=s[c[w + 6]])


def _sentences(doc: Any, offset: int) -> list[Range]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(offset + s.start_char, offset + s.end_char) for s in doc.sents]
    return [(offset, offset + len(doc.text))]
