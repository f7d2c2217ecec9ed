"""The one service that the window, the command line and the benchmark share.

Open a file (an article, or a page or JSON this reader saved), load a pipeline, analyse, save a
page, JSON or a claims table (CSV), and describe the bundled model. Every failure a user can
cause is a ``ReadError``, ``SaveError`` or ``ModelError`` with a message meant for them. Writes
are atomic (a temporary file in the same folder, fsync, rename) and never replace a protected
(input) file.
"""

from __future__ import annotations

import errno
import gc
import json
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reader import inputs
from reader.analysis import jsonio
from reader.analysis.edits import reapply
from reader.export import table
from reader.export.html import is_reader_page, read_embedded_analysis, render_html
from reader.locator import BUNDLED_MODEL_NAME, bundled_model_path
from reader.nlp import BUNDLED, HUSPACY_MODELS, ModelError, installed_models
from reader.textfile import (
    MAX_BYTES,
    ReadError,
    display_name,
    display_path,
    read_regular_file,
)
from reader.types import Analysis, ArticleMeta, Edit

if TYPE_CHECKING:
    from reader.nlp import Language  # spaCy's, named through the one module that knows spaCy

__all__ = [
    "BUNDLED",
    "ModelError",
    "ReadError",
    "SaveError",
    "display_name",
    "display_path",
    "installed_models",
]

ARTICLE_MAX_BYTES = MAX_BYTES  # 20 MB of text is ~3 million words
# A page or JSON this reader writes is at most about 5x its article's UTF-8 size (measured on a
# claim-dense article: reader.bench); 10x leaves room for a legacy-encoded article, whose
# accents take more bytes in UTF-8, so whatever the reader writes it opens again.
PAGE_MAX_BYTES = 10 * MAX_BYTES
# output suffix -> format: an annotated page, the analysis as JSON, the claims table
PAGE_FORMATS = {".html": "html", ".htm": "html"}
JSON_FORMATS = {".json": "json"}
TABLE_FORMATS = {".csv": "csv"}
FORMATS = {**PAGE_FORMATS, **JSON_FORMATS, **TABLE_FORMATS}
# the outputs that hold the whole analysis, corrections included, and open again with it
ANALYSIS_FORMATS = {**PAGE_FORMATS, **JSON_FORMATS}


class SaveError(Exception):
    """An output cannot be written; the message is meant for the user."""


class Protected:
    """Files no output may replace (the inputs), each looked up once: then asking whether an
    output is one of them costs one lookup, however many there are (a folder of 20,000
    articles was checked output by output against every input)."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]] = ()) -> None:
        self._by_id: dict[tuple[int, int], Path] = {}
        self._by_path: dict[Path, Path] = {}
        self._folders: dict[Path, Path] = {}  # each folder resolved once, not once a file
        for raw in paths:
            path = Path(raw)
            with suppress(OSError):
                info = path.stat()
                self._by_id.setdefault((info.st_dev, info.st_ino), path)
            with suppress(OSError, RuntimeError):
                self._by_path.setdefault(self._real(path), path)

    def holding(self, output: Path) -> Path | None:
        """The protected file ``output`` names (links and relative paths included), or None."""
        if not self._by_id and not self._by_path:
            return None
        with suppress(OSError):
            info = output.stat()
            found = self._by_id.get((info.st_dev, info.st_ino))
            if found is not None:
                return found
        with suppress(OSError, RuntimeError):
            return self._by_path.get(self._real(output))
        return None

    def _real(self, path: Path) -> Path:
        return real_path(path, self._folders)


def real_path(path: Path, folders: dict[Path, Path]) -> Path:
    """``path.resolve()``, its folder resolved once for all the files in it (``folders`` keeps
    them): a folder of 20,000 files is not walked up 20,000 times."""
    if path.name in ("", "..") or path.is_symlink():
        return path.resolve()
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = path.parent.resolve()
    return folder / path.name


Protect = Sequence[str | os.PathLike[str]] | Protected  # what a save must not replace


def protected(protect: Protect) -> Protected:
    """``protect`` as a Protected set (made once, then reused for every output)."""
    return protect if isinstance(protect, Protected) else Protected(protect)


@dataclass(frozen=True)
class OpenedFile:
    """What a file holds: its text and, for a page or JSON this reader saved, its analysis.

    Pasted text and a fetched address are "files" too, with ``on_disk`` False: their ``path``
    is only a name (made from the title) to suggest when saving, never listed as recent.
    """

    path: Path
    text: str
    encoding: str
    analysis: Analysis | None = None
    meta: ArticleMeta = ArticleMeta()  # title, outlet, author, date, address, file
    kind: str = "text"  # the format read: reader.inputs.KINDS, or "analysis" (page or JSON)
    on_disk: bool = True


# ---------------------------------------------------------------------------------------------
# Opening


def open_file(path: str | os.PathLike[str]) -> OpenedFile:
    """Open an article in any format reader.inputs reads (text, web page, Word, OpenDocument,
    RTF, PDF), or a page (.html/.htm) or analysis (.json) this reader saved."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in JSON_FORMATS:
        return _opened_analysis(path, _saved_analysis(path))
    if suffix in PAGE_FORMATS:  # the reader's own page, or a web page saved from a browser
        name = display_name(path)
        data = read_regular_file(path, PAGE_MAX_BYTES, too_large=(
            "{name} is too large ({size} MB) for a web page or a page this reader wrote."))
        if is_reader_page(data):
            return _opened_analysis(path, _page_analysis(data, name))
        if len(data) > inputs.DOCUMENT_MAX_BYTES:
            raise ReadError(f"{name} is {len(data) // 1024 // 1024} MB; the reader opens web "
                            f"pages up to {inputs.DOCUMENT_MAX_BYTES // 1024 // 1024} MB.")
        document = inputs.read_bytes(data, "html", name)
        meta = replace(document.meta, file=name)
        return OpenedFile(path, document.text, "", meta=meta, kind="html")
    document = inputs.read_document(path)
    return OpenedFile(path, document.text, document.encoding, meta=document.meta,
                      kind=document.kind)


def _opened_analysis(path: Path, analysis: Analysis) -> OpenedFile:
    return OpenedFile(path, analysis.text, "utf-8", analysis, meta=analysis.meta,
                      kind="analysis")


def open_pasted(text: str, html: str = "") -> OpenedFile:
    """Open copied text (and its HTML, if the clipboard has some) as an untitled article."""
    return _unsaved(inputs.from_clipboard(text, html))


def open_address(url: str) -> OpenedFile:
    """Fetch the article at an http(s) address (slow: run it off a window's thread)."""
    from reader.inputs.fetch import fetch

    return _unsaved(fetch(url))


def is_address(value: str) -> bool:
    """Whether ``value`` is an http(s) address rather than a file name."""
    from reader.inputs.fetch import is_address as address

    return address(value)


def _unsaved(document: inputs.Document) -> OpenedFile:
    """A document with no file of its own, named for saving after its title or first words."""
    return OpenedFile(Path(suggested_name(document.meta, document.text)), document.text, "",
                      meta=document.meta, kind=document.kind, on_disk=False)


def suggested_name(meta: ArticleMeta, text: str) -> str:
    """A file name (without folder, ending in .txt) for an article that has none: its title's
    or first words, letters and digits only."""
    words = (meta.title or text[:200]).split()[:8]
    stem = "-".join("".join(c for c in word if c.isalnum()) for word in words)
    stem = "-".join(part for part in stem.split("-") if part)[:60].rstrip("-")
    return f"{stem or 'article'}.txt"


def _page_analysis(data: bytes, name: str) -> Analysis:
    """The analysis inside a page this reader wrote (already read as bytes)."""
    try:
        page = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ReadError(f"{name} is not a UTF-8 file written by this reader.") from None
    try:
        analysis = read_embedded_analysis(page)
    except ValueError as exc:
        raise ReadError(f"{name}: {exc}") from None
    if analysis is None:
        raise ReadError(f"{name} is a page written by this reader without its analysis "
                        "(or it is damaged); open or export the original article instead.")
    return analysis


def keeps_corrections(path: str | os.PathLike[str]) -> bool:
    """Whether a file of this name holds a whole analysis, its corrections included, and opens
    again with them: a page or JSON this reader saved (a claims table holds the claims only)."""
    return Path(path).suffix.lower() in ANALYSIS_FORMATS


def _saved_analysis(path: Path) -> Analysis:
    """The analysis in a JSON file this reader wrote."""
    name = display_name(path)
    data = read_regular_file(path, PAGE_MAX_BYTES, too_large=(
        "{name} is too large ({size} MB) for a file this reader wrote."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ReadError(f"{name} is not a UTF-8 file written by this reader.") from None
    del data
    try:
        return jsonio.loads(text)
    except ValueError as exc:
        raise ReadError(f"{name} is not an analysis saved by this reader "
                        f"(or it is damaged): {exc}") from None


# ---------------------------------------------------------------------------------------------
# Pipelines and analysis

_pipelines: dict[str | None, Language] = {}  # one loaded pipeline per model, per process


def pipeline(model: str | None) -> Language:
    """The pipeline for ``model`` (None: the bundled one), loaded on first use in this process."""
    if model not in _pipelines:
        from reader.nlp import load_pipeline

        _pipelines[model] = load_pipeline(model)
        # A pipeline is a few hundred thousand objects that live as long as the process; hidden
        # from the cyclic collector, they are not walked again at every collection, which cut
        # the window's pauses while a long analysis is shown from ~125 to ~45 ms (ui.bench).
        gc.freeze()
    return _pipelines[model]


def analyse(
    text: str,
    nlp: Language,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
    meta: ArticleMeta | None = None,
    jobs: int = 1,
) -> Analysis:
    """Analyse a text with a loaded pipeline (see reader.analysis.analyze); ``meta`` is what is
    known about the article (title, outlet, ...), carried by the analysis. With ``jobs`` > 1
    a long text is parsed by that many processes (``cores()``: all), with the same result.

    The cycle collector waits meanwhile: a long article makes millions of objects, each full
    collection walks all of them (minutes over a 20 MB article), and reference counting frees
    them anyway.
    """
    from reader.analysis import analyze

    collecting = gc.isenabled()
    gc.disable()
    try:
        analysis = analyze(text, nlp, source=source, progress=progress, jobs=jobs)
        return replace(analysis, meta=meta) if meta else analysis
    finally:
        if collecting:
            gc.enable()


def cores() -> int:
    """The processor cores this process may use: how many processes parse a long article."""
    from reader.nlp import cores as nlp_cores

    return nlp_cores()


def check_model(model: str | None) -> None:
    """ModelError (one line) for a model name that names no pipeline; imports nothing."""
    from reader.nlp import locate_model

    locate_model(model)


@dataclass(frozen=True)
class ModelChoice:
    """A pipeline a face may offer: its name (for --model and check_model) and what it is,
    "bundled", "huspacy" (an installed HuSpaCy model) or "folder" (a pipeline folder)."""

    name: str
    kind: str


def model_choices(current: str) -> list[ModelChoice]:
    """The pipelines one may choose: the bundled one, every installed HuSpaCy model, and
    ``current`` where it is another (a folder given with --model or chosen); imports nothing."""
    names = installed_models()
    if current not in names:
        names.append(current)
    return [ModelChoice(name, "bundled" if name == BUNDLED
                        else "huspacy" if name in HUSPACY_MODELS else "folder")
            for name in names]


def analysis_for(
    path: Path | str, model: str | None, progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> Analysis:
    """The analysis of a file (or of an http(s) address, given as a string): a saved one is
    reused when the same model made it; else the text is analysed again and the saved
    corrections are made again where their items still are."""
    from reader.nlp import model_info

    opened = open_address(str(path)) if isinstance(path, str) and is_address(path) \
        else open_file(path)
    nlp = pipeline(model)
    if opened.analysis is not None and opened.analysis.model == model_info(nlp):
        return opened.analysis
    source = (opened.analysis.source if opened.analysis is not None
              else display_name(path) if opened.on_disk else str(path))
    corrections = opened.analysis.edits if opened.analysis is not None else ()
    text, meta = opened.text, opened.meta
    del opened  # a long article's page: its analysis goes before the new one is built
    return keep_corrections(corrections, analyse(text, nlp, source=source, progress=progress,
                                                 meta=meta, jobs=jobs))


def keep_corrections(corrections: Sequence[Edit], fresh: Analysis) -> Analysis:
    """A new analysis of a corrected text with the corrections made again (edits.reapply); a
    warning says how many could not be, their items being gone from the new analysis."""
    if not corrections:
        return fresh
    corrected, kept, _dropped = reapply(corrections, fresh)
    if kept == len(corrections):
        return corrected
    warning = (f"{len(corrections) - kept} of {len(corrections)} corrections could not be made "
               "again on the new analysis: what they refer to is missing or changed")
    return replace(corrected, warnings=(*corrected.warnings, warning))


# ---------------------------------------------------------------------------------------------
# Saving


def save(
    analysis: Analysis,
    output: str | os.PathLike[str],
    protect: Protect = (),
    lang: str = "hu",
) -> None:
    """Write the analysis as a page (.html), JSON (.json) or its claims table (.csv, the article
    column being its source), by suffix, atomically, never over a protected file; ``lang`` is
    the page's (and the table's kind names') language, "hu" or "en"."""
    protect = protected(protect)
    fmt = _checked_output(Path(output), FORMATS, protect)
    if fmt == "csv":
        save_claims_table([(analysis.source, analysis)], output, protect, lang)
    elif fmt == "html":
        save_page(analysis, output, protect, lang)
    else:
        save_json(analysis, output, protect)


def save_page(
    analysis: Analysis,
    output: str | os.PathLike[str],
    protect: Protect = (),
    lang: str = "hu",
) -> None:
    """Write the annotated page (.html or .htm) with its interface in ``lang`` ("hu" or "en")."""
    output = Path(output)
    _checked_output(output, PAGE_FORMATS, protect)
    _write_text(output, render_html(analysis, lang), "utf-8")


def save_json(
    analysis: Analysis, output: str | os.PathLike[str], protect: Protect = ()
) -> None:
    """Write the analysis as JSON (.json) in the schema README.md documents."""
    output = Path(output)
    _checked_output(output, JSON_FORMATS, protect)
    _write_text(output, jsonio.dump_parts(analysis), "utf-8")  # a piece at a time


def save_claims_table(
    analyses: Sequence[tuple[str, Analysis]],
    output: str | os.PathLike[str],
    protect: Protect = (),
    lang: str = "hu",
) -> int:
    """Write one claims table (.csv, UTF-8 with BOM) for (article name, analysis) pairs, one row
    per claim, the article column being the name given; returns the number of claims written.
    ``lang`` names the claim kinds. See reader.export.table for the columns."""
    return save_table_rows([table.article_rows(name, a, lang) for name, a in analyses], output,
                           protect)


def save_table_rows(
    parts: Sequence[table.Rows], output: str | os.PathLike[str], protect: Protect = ()
) -> int:
    """Write a claims table from articles' rows made beforehand (reader.export.table
    .article_rows: what ``reader export --jobs`` workers hand back); returns the claim count."""
    output = Path(output)
    _checked_output(output, TABLE_FORMATS, protect)
    _write_text(output, table.join(parts), table.ENCODING)
    return sum(part.count for part in parts)


def _checked_output(output: Path, formats: dict[str, str], protect: Protect) -> str:
    """The format of ``output`` by its suffix; SaveError for another suffix, a protected (input)
    file, a folder or a read-only file, before anything is rendered."""
    fmt = formats.get(output.suffix.lower())
    if fmt is None:
        kinds = [f".{kind}" for kind in dict.fromkeys(formats.values())]
        named = " or ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds)
        raise SaveError(f"{output.name}: the output must end in {named}.")
    size = len(os.fsencode(output.name))
    if size > NAME_MAX:
        raise SaveError(_too_long(output, size))
    held = protected(protect).holding(output)
    if held is not None:
        raise SaveError(f"refusing to overwrite the input file {held}.")
    if output.is_dir():
        raise SaveError(f"{output} is a folder; give a file name ending in .{fmt}.")
    check_replaceable(output)
    return fmt


def _write_text(output: Path, text: str | Iterable[str], encoding: str) -> None:
    """Write ``text``, or its parts one after another (never joined), encoded."""

    def encoded(part: str) -> bytes:
        try:
            return part.encode(encoding)
        except UnicodeEncodeError:  # raised before the file replaces anything
            raise SaveError(f"{output.name}: the text contains characters that cannot be "
                            "written as UTF-8.") from None

    write_atomic(output, encoded(text) if isinstance(text, str) else map(encoded, text))


def check_replaceable(path: Path) -> None:
    """SaveError if ``path`` is an existing file the user may not write (read-only), as ``cp``
    refuses; also for root, who could replace it, since the mode says it is not to be changed.
    """
    try:
        info = path.stat()
    except OSError:
        return  # nothing there yet (or nothing we can tell): the write itself will say
    if stat.S_ISREG(info.st_mode) and (not info.st_mode & 0o222 or not os.access(path, os.W_OK)):
        raise SaveError(f"cannot write {path}: the file is read-only (permission denied); "
                        "nothing was written.")


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace ``path`` with ``data`` (or its parts, written one after another) all at once;
    on any failure, a part that cannot be made included, no partial file is left."""
    with open_atomic(path) as handle:
        for part in [data] if isinstance(data, bytes) else data:
            handle.write(part)


@contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` through, piece by piece; it replaces ``path`` all at once when
    the block ends, and on any failure or interruption no partial file is left."""
    check_replaceable(path)
    folder = path.parent
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        raise SaveError(f"cannot write {path}: {folder} {problem}.")
    temp: Path | None = None
    try:
        fd, temp = _create_temp(path)
        with os.fdopen(fd, "wb") as handle:
            if path.exists():  # keep an existing output's permissions
                os.fchmod(handle.fileno(), path.stat().st_mode & 0o7777)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        temp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise SaveError(_write_message(exc, path)) from None
    finally:
        if temp is not None:
            with suppress(OSError):
                temp.unlink()


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new hidden file next to ``path``; created with 0o666 so the umask applies as usual."""
    prefix = _temp_prefix(path.name)
    while True:
        temp = path.with_name(f"{prefix}{secrets.token_hex(4)}{_TEMP_SUFFIX}")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue


_TEMP_SUFFIX = ".tmp"
_TEMP_EXTRA = 1 + 8 + len(_TEMP_SUFFIX)  # ".", 8 hex digits, ".tmp" after the prefix
NAME_MAX = 255  # bytes in one file name on Linux, macOS and Windows file systems


def _temp_prefix(name: str) -> str:
    """".{name}." for the temporary file of an output, the name cut short enough that the whole
    temporary name fits in NAME_MAX bytes: an output name that fits is never refused because
    of the temporary one."""
    room = NAME_MAX - _TEMP_EXTRA - 1  # the leading "."
    cut = name[:room]  # a character is at least a byte
    while len(os.fsencode(cut)) > room:
        cut = cut[:-1]
    return f".{cut}."


def _is_temporary(name: str, prefixes: set[str] | frozenset[str]) -> bool:
    """Whether ``name`` is ``{prefix}{8 hex digits}.tmp`` for one of the prefixes."""
    if not name.endswith(_TEMP_SUFFIX) or len(name) < _TEMP_EXTRA:
        return False
    middle = name[-len(_TEMP_SUFFIX) - 8 : -len(_TEMP_SUFFIX)]
    return (all(c in "0123456789abcdef" for c in middle)
            and name[: -len(_TEMP_SUFFIX) - 8] in prefixes)


def remove_temporaries(*paths: Path) -> None:
    """Remove the temporary files of unfinished writes of ``paths`` (a killed worker's): each
    folder is read once, however many outputs it holds."""
    folders: dict[Path, set[str]] = {}
    for path in paths:
        folders.setdefault(path.parent, set()).add(_temp_prefix(path.name))
    for folder, prefixes in folders.items():
        with suppress(OSError):
            for entry in os.scandir(folder):
                if _is_temporary(entry.name, prefixes):
                    with suppress(OSError):
                        os.unlink(entry.path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (best effort)."""
    with suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_message(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {path}: the disk is full (nothing was written)."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"cannot write {path}: permission denied."
    if exc.errno == errno.EROFS:
        return f"cannot write {path}: the disk is read-only."
    if exc.errno == errno.ENAMETOOLONG:
        size = len(os.fsencode(path.name))
        return (_too_long(path, size) if size > NAME_MAX
                else f"cannot write {path}: the path is too long for this system.")
    return f"cannot write {path}: {exc.strerror or exc}."


def _too_long(path: Path, size: int) -> str:
    return (f"cannot write {path}: the file name is {size} bytes long, more than the "
            f"{NAME_MAX} a file name may have; choose a shorter name.")


# ---------------------------------------------------------------------------------------------
# The bundled model's card


@dataclass(frozen=True)
class ModelCard:
    """The bundled model's name, version and measured scores (from its meta.json, scores.json)."""

    name: str
    version: str
    scores: dict[str, Any] = field(default_factory=dict)
    found: bool = True


def bundled_model_card() -> ModelCard:
    """Read the bundled model's card without loading the model (for the About box)."""
    from reader.nlp import model_name

    folder = bundled_model_path()
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ModelCard(BUNDLED_MODEL_NAME, "", {}, found=False)
    try:
        scores = json.loads((folder / "scores.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        scores = {}
    return ModelCard(model_name(meta), str(meta.get("version", "")),
                     scores if isinstance(scores, dict) else {})
