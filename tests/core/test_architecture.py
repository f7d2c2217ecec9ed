"""The core stays free of Qt, so it runs headless and in worker processes."""

import pkgutil
import subprocess
import sys

import reader

CHECK = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('core module imported Qt: ' + name)
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(reader.__path__, "reader."):
        if info.name.startswith("reader.ui") or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def test_core_modules_import_without_qt(tmp_path):
    """Every module outside reader.ui imports with Qt made unimportable."""
    modules = core_modules()
    assert "reader.nlp" in modules and "reader.analysis" in modules
    result = subprocess.run(
        [sys.executable, "-c", CHECK, *modules],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,  # the package pytest imports
    )
    assert result.returncode == 0, result.stderr


def test_spacy_is_not_imported_by_the_core_at_import_time(tmp_path):
    """Importing the core does not load spaCy, so the window can appear before the model."""
    code = (
        "import sys, reader.nlp, reader.analysis, reader.cli; print('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.stdout.strip() == "False", result.stderr
