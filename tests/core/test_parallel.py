"""A long article parsed by several processes gives exactly the one-pass result."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import nlp, service

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture
def long_text(monkeypatch: pytest.MonkeyPatch) -> str:
    """Both seeds repeated to about 150,000 characters: three batches, parsed in parallel."""
    monkeypatch.setattr(nlp, "PARALLEL_CHARS", 10_000)
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return (seeds.strip() + "\n\n") * (150_000 // len(seeds) + 1)


def test_two_processes_give_the_one_pass_analysis(bundled_nlp, long_text) -> None:
    """Sections parsed in a worker process and here: the same tokens, entities and claims."""
    one = service.analyse(long_text, bundled_nlp, jobs=1)
    two = service.analyse(long_text, bundled_nlp, jobs=2)
    assert len(one.entities) > 1_000 and one.claims
    assert two == one


@pytest.fixture
def short_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Claim sections of a few thousand tokens: the long text is cut into about ten."""
    import reader.analysis as analysis_module

    monkeypatch.setattr(analysis_module, "CLAIM_SECTION", 2_000)
    monkeypatch.setattr(analysis_module, "CLAIM_CONTEXT", 300)


def test_claims_found_in_a_worker_are_those_of_one_pass(
        bundled_nlp, long_text, short_sections, monkeypatch: pytest.MonkeyPatch) -> None:
    """Claim sections sent to a worker process and found here: the one-pass analysis."""
    sent: list[str] = []
    in_order = nlp.Workers.in_order

    def spied(self, n, here, away):
        def counted(k):
            function, argument = away(k)
            sent.append(function.__name__)
            return function, argument

        return in_order(self, n, here, counted)

    monkeypatch.setattr(nlp.Workers, "in_order", spied)
    one = service.analyse(long_text, bundled_nlp, jobs=1)
    two = service.analyse(long_text, bundled_nlp, jobs=2)
    assert "_parse_batch" in sent and "section_claims" in sent
    assert len(one.claims) > 100
    assert two == one


def test_progress_reaches_the_end_in_order(bundled_nlp, long_text) -> None:
    """Progress from a parallel parse only grows and ends at the text's length."""
    seen: list[int] = []
    nlp.parse(long_text, bundled_nlp, progress=lambda done, total: seen.append(done), jobs=2)
    assert seen == sorted(seen) and seen[-1] == len(long_text)


def test_workers_that_cannot_start_leave_the_work_to_this_process(
        bundled_nlp, long_text, monkeypatch: pytest.MonkeyPatch) -> None:
    """No processes at all, or workers that cannot load the pipeline: the same result, here."""
    one = nlp.parse(long_text, bundled_nlp)

    def no_processes(*args, **kwargs):
        raise OSError("no processes here")

    with monkeypatch.context() as patch:
        patch.setattr(nlp, "ProcessPoolExecutor", no_processes)
        assert nlp.parse(long_text, bundled_nlp, jobs=2) == one
    with monkeypatch.context() as patch:  # the worker's load fails: a broken pool
        patch.setitem(nlp._SOURCES, bundled_nlp, "/no/such/pipeline")
        assert nlp.parse(long_text, bundled_nlp, jobs=2) == one


def test_claims_are_found_here_when_workers_cannot_start(
        bundled_nlp, long_text, short_sections, monkeypatch: pytest.MonkeyPatch) -> None:
    """No processes, or workers that cannot load the pipeline: every claim section is done
    here, with the one-pass result."""
    one = service.analyse(long_text, bundled_nlp, jobs=1)

    def no_processes(*args, **kwargs):
        raise OSError("no processes here")

    with monkeypatch.context() as patch:
        patch.setattr(nlp, "ProcessPoolExecutor", no_processes)
        assert service.analyse(long_text, bundled_nlp, jobs=2) == one
    with monkeypatch.context() as patch:
        patch.setitem(nlp._SOURCES, bundled_nlp, "/no/such/pipeline")
        assert service.analyse(long_text, bundled_nlp, jobs=2) == one


def test_a_stopped_parse_stops_its_workers(bundled_nlp, long_text) -> None:
    """Progress that raises (a newer request) ends the parse and leaves no worker behind."""
    import multiprocessing

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        raise Stop

    before = {child.pid for child in multiprocessing.active_children()}  # other tests' pools
    with pytest.raises(Stop):
        nlp.parse(long_text, bundled_nlp, progress=progress, jobs=2)
    assert not [child for child in multiprocessing.active_children() if child.pid not in before]


def test_a_stopped_analysis_stops_its_workers(bundled_nlp, long_text) -> None:
    """An analysis stopped during its parse leaves no worker behind (they would have found
    its claims)."""
    import multiprocessing

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    before = {child.pid for child in multiprocessing.active_children()}
    with pytest.raises(Stop):
        service.analyse(long_text, bundled_nlp, progress=progress, jobs=2)
    assert not [child for child in multiprocessing.active_children() if child.pid not in before]


def test_one_long_input_exported_with_jobs_is_the_one_pass_page(
        bundled_nlp, long_text, tmp_path, capsys) -> None:
    """``reader export long.txt -o long.json --jobs 2`` parses its sections in two processes
    and writes what ``--jobs 1`` writes."""
    from reader.cli import main

    article = tmp_path / "long.txt"
    article.write_text(long_text, encoding="utf-8")
    for jobs in ("1", "2"):
        assert main(["export", str(article), "-o", str(tmp_path / f"{jobs}.json"), "--jobs",
                     jobs, "--quiet"]) == 0
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()
