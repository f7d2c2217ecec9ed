"""Whether a window can open here at all, asked before Qt or the pipeline process start."""

from __future__ import annotations

import os
import sys


def no_display() -> bool:
    """True on Linux with no X or Wayland display and no Qt platform chosen (Qt would abort)."""
    env = os.environ
    return (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"))
