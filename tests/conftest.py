"""Hypothesis profiles for the whole suite: randomised locally, derandomised in CI.

Locally each run draws new examples (and replays past failures from the example database), so
the properties keep looking for bugs. In CI (the environment variable CI is set, as every CI
service does) the examples are the same on every run, so a red build means a change broke
something, never bad luck; a failure prints the blob that reproduces it. Neither profile has a
deadline: a test never fails on how long it took, only on what it found.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, database=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
