"""The window on a real X server (Xvfb + Qt's xcb plugin), not only offscreen."""

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
