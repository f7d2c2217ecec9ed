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


def test_window_without_a_display_says_so(tmp_path):
    """With no display, `reader FILE` exits 2 with a one-line hint, not a Qt abort."""
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    article = tmp_path / "a.txt"
    article.write_text("Moszkva hallgat.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "reader", str(article)], capture_output=True,
                            text=True, timeout=60, env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "no display" in result.stderr and "reader export" in result.stderr
    assert "Traceback" not in result.stderr
