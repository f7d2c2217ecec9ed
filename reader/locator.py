"""The one place that locates files under resources/ (shipped inside the package)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

BUNDLED_MODEL_NAME = "hu_newsreader"


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under resources/, installed or editable.

    In a source checkout (pyproject.toml beside the package) its own resources/ come first: an
    editable install made from another checkout (a git worktree) would otherwise give that
    checkout's page files to this one's code.
    """
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources/__init__.py").is_file():
        return checkout.joinpath("resources", *parts)
    try:
        root = Path(str(resources.files("reader.resources")))
    except ModuleNotFoundError:
        # run from a source checkout without installing (python -m reader in the clone):
        # resources/ sits beside the package there
        root = checkout / "resources"
    return root.joinpath(*parts)


def resource_text(*parts: str) -> str:
    """A text file under resources/ (UTF-8, line ends read as "\\n")."""
    return resource_path(*parts).read_text(encoding="utf-8")


def bundled_model_path() -> Path:
    """Folder of the bundled spaCy pipeline."""
    return resource_path("model", BUNDLED_MODEL_NAME)
