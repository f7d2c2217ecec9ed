"""The issue-24 probe script (python -m reader.probes) runs and its cheap probes pass."""

from __future__ import annotations

from reader import probes


def test_cheap_probes_pass_and_say_what_they_measured() -> None:
    """The CSV guard, the long output names and a small crossing-claims page: each row PASS,
    with a figure and a target to print."""
    rows = [*probes.csv_guard(), *probes.output_names(), *probes.crossing_claims(20)]
    assert len(rows) == 3
    for name, passed, measured, target in rows:
        assert passed, (name, measured)
        assert name and measured and target


def test_the_same_words_on_lines_keep_every_word() -> None:
    """The long-line probe's counterpart text: the line's words, a line break every 100."""
    line = " ".join(f"szó{k}" for k in range(250))
    lined = probes._with_line_breaks(line)
    assert lined.count("\n") == 2 and lined.replace("\n", " ") == line
