"""The one place that locates files under resources/ (shipped inside the package)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

BUNDLED_MODEL_NAME = "hu_newsreader"


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under resources/, installed or editable."""
    beside = Path(__file__).resolve().parent.parent / "resources"
    if (beside / "__init__.py").is_file():
        # a source checkout (python -m reader in the clone, or a second work tree of it while
        # another one is installed editable): its own resources/ sits beside the package
        root = beside
    else:
        root = Path(str(resources.files("reader.resources")))
    return root.joinpath(*parts)


def resource_text(*parts: str) -> str:
    """A text file under resources/ (UTF-8, line ends read as "\\n")."""
    return resource_path(*parts).read_text(encoding="utf-8")


def bundled_model_path() -> Path:
    """Folder of the bundled spaCy pipeline."""
    return resource_path("model", BUNDLED_MODEL_NAME)
