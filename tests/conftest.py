"""Hypothesis profiles for the whole suite: randomised locally, derandomised in CI.

Locally each run draws new examples (and replays past failures from the example database), so
the properties keep looking for bugs. In CI (the environment variable CI is set, as every CI
service does) the examples are the same on every run, so a red build means a change broke
something, never bad luck; a failure prints the blob that reproduces it. Neither profile has a
deadline or the too-slow health check (both measure seconds): a test fails on what it found,
never on how long it took.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Both from Hypothesis's own defaults: it loads its built-in "ci" profile by itself wherever a
# CI variable exists (even empty), and "dev" must not inherit that.
UNTIMED = settings(settings.get_profile("default"), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", UNTIMED)
settings.register_profile("ci", UNTIMED, derandomize=True, database=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
