"""The command line's first slice: version and help, without a window or a model."""

import subprocess
import sys

import reader
from reader.cli import main


def test_version_is_printed(capsys):
    """`reader --version` prints the package version and exits 0."""
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"reader {reader.__version__}"


def test_help_names_the_export_command():
    """`python -m reader --help` works in a fresh process and mentions the headless export."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "reader export" in result.stdout and "--model" in result.stdout
