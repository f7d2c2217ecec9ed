"""The window on a real X server (Xvfb + Qt's xcb plugin), not only offscreen."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "seeds" / "orosz_fegyverek.txt"


@pytest.mark.model
def test_window_renders_on_xvfb(tmp_path):
    """Under xvfb-run the real window opens the seed and grabs three non-empty screenshots."""
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("xvfb-run is missing: .ci/run must install xvfb")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, "-m",
         "reader.ui.screenshots", str(tmp_path), "--article", str(SEED)],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("plain", "actor-selected", "claim-selected"):
        png = tmp_path / f"{name}.png"
        assert png.is_file() and png.stat().st_size > 20_000, name


def test_a_drag_that_starts_on_a_selected_name_selects_what_it_covers(tmp_path):
    """Real mouse events (xdotool) on a real X server: a drag that starts on a highlighted
    name, double-clicked before, selects from there to where it ends (Qt's drag of the selected
    words left that one word selected); a plain click on a name still goes to its actor."""
    missing = [tool for tool in ("xvfb-run", "xdotool") if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{', '.join(missing)} missing: .ci/run must install them")
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install xvfb xdotool)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable,
         str(Path(__file__).with_name("real_mouse.py"))],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    text, name = report["text"], report["name"]
    assert report["double_clicked"] == name
    dragged = report["dragged"]
    assert len(dragged) > len(name) + 10 and text.startswith(name[:2] + dragged), report
    assert report["missed"] == []
    assert report["clicked_selection"] == ""
    assert report["clicked_label"].endswith("— 2 / 10")  # Moszkva: Oroszország's 2nd mention
