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
    """Importing the core, the document session included, does not load spaCy, so the window
    can appear before the model."""
    code = (
        "import sys, reader.nlp, reader.analysis, reader.cli, reader.session;"
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.stdout.strip() == "False", result.stderr


def test_no_import_cycles():
    """No two modules of the package import each other, directly or through others."""
    import itertools

    grimp = __import__("grimp")  # installed with import-linter, a test dependency
    graph = grimp.build_graph("reader")
    modules = sorted(graph.modules)
    cycles = [
        (a, b)
        for a, b in itertools.combinations(modules, 2)
        if graph.chain_exists(importer=a, imported=b) and graph.chain_exists(importer=b, imported=a)
    ]
    assert len(modules) > 30
    assert cycles == []


def test_the_training_recipe_is_not_imported_at_run_time(tmp_path):
    """Loading and running the reader's core never imports the training package."""
    code = (
        "import sys, reader.service, reader.batch, reader.cli, reader.analysis.score;"
        "print(sorted(m for m in sys.modules if m.startswith('reader.model')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.stdout.strip() == "[]", result.stderr
