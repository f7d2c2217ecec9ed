"""The corpus in the window: a folder opened through the menus, its lists, an actor's claims
across articles, a claim opened in its article, the folder watched, the tables exported.

The corpus worker is synchronous and analyses with the hand-made analysis the window's fake
worker makes too (conftest.make_analysis), so a claim's id is the same in both."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from reader.analysis import jsonio
from reader.corpus.folder import store_path
from reader.corpus.work import ArticleResult, ArticleTask, Failure
from reader.i18n import set_language, tr
from reader.ui.corpus_worker import CorpusWorker
from reader.ui.main_window import MainWindow

from .conftest import SEED, make_analysis

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


class Analyst:
    """The corpus's stand-in pipeline: the hand-made analysis, counting the texts it gets."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.on_call = lambda: None

    def __call__(self, task: ArticleTask) -> ArticleResult | Failure:
        self.calls.append(Path(task.path).name)
        self.on_call()
        analysis = dataclasses.replace(make_analysis(task.text, task.name), meta=task.meta)
        return ArticleResult(task.text_hash, jsonio.dumps(analysis), len(task.text.split()))


def article(folder: Path, n: int) -> Path:
    """A copy of the seed article, made a text of its own by its last line."""
    path = folder / f"cikk{n}.txt"
    path.write_text(SEED.read_text(encoding="utf-8").rstrip() + f"\n\n(Példány: {n}.)\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles, a binary file named as an article, and a picture (not an article)."""
    folder = tmp_path / "hirek"
    folder.mkdir()
    for n in range(3):
        article(folder, n)
    (folder / "kep.txt").write_bytes(BINARY)
    (folder / "kep.png").write_bytes(BINARY)
    return folder


@pytest.fixture
def analyst() -> Analyst:
    return Analyst()


@pytest.fixture
def corpus_window(qtbot, settings, worker, messages, analyst, data_home):
    """The window with a synchronous corpus worker and the stand-in pipeline."""
    set_language("en")
    corpus = CorpusWorker(data_home, analyse=analyst, key="stub 0", synchronous=True)
    win = MainWindow(settings, worker=worker, corpus=corpus)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_folder(window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File ▸ Open Folder as Corpus…, the dialog answered with ``folder``."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))
    action = next(a for a in window.file_menu.actions()
                  if a.text() == tr("open_corpus_folder"))
    action.trigger()


def names(model) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_open_folder_lists_articles_and_unreadable_files(corpus_window, folder, monkeypatch,
                                                         analyst, data_home) -> None:
    """Three articles and one error (its one-line reason); the picture is not an article;
    the store is in the data folder, nothing is written into the corpus folder."""
    before = sorted(p.name for p in folder.iterdir())
    open_folder(corpus_window, folder, monkeypatch)
    panel = corpus_window.corpus.panel
    assert corpus_window.corpus.dock.isVisible()
    assert names(panel.articles) == ["cikk0.txt", "cikk1.txt", "cikk2.txt"]
    assert panel.errors.rowCount() == 1
    reason = panel.errors.row(panel.errors.index(0, 0)).reason
    assert "kep.txt is not a text file" in reason and "\n" not in reason
    assert panel.tabs.tabText(2) == tr("corpus_tab_errors", n=1)
    assert sorted(analyst.calls) == ["cikk0.txt", "cikk1.txt", "cikk2.txt"]
    assert sorted(p.name for p in folder.iterdir()) == before
    assert store_path(folder, data_home).exists()
    assert "articles: 3" in corpus_window.status_message.text()


def test_reopening_the_folder_analyses_nothing(corpus_window, folder, monkeypatch,
                                               analyst) -> None:
    """The second open finds every article in the store; an edited file alone is analysed."""
    open_folder(corpus_window, folder, monkeypatch)
    analyst.calls.clear()
    open_folder(corpus_window, folder, monkeypatch)
    assert analyst.calls == []
    assert corpus_window.corpus.snapshot.report.kept == 3
    article(folder, 1).write_text("Orbán Viktor új cikke.\n", encoding="utf-8")
    open_folder(corpus_window, folder, monkeypatch)
    assert analyst.calls == ["cikk1.txt"]


def test_actor_filter_ignores_case_and_accents(corpus_window, folder, monkeypatch) -> None:
    """The actors' filter finds "Észak-Korea" from "eszak"; clearing it shows all again."""
    open_folder(corpus_window, folder, monkeypatch)
    panel = corpus_window.corpus.panel
    everyone = panel.actors.rowCount()
    assert everyone == 6
    panel.actor_filter.setText("eszak")
    assert names(panel.actors) == ["Észak-Korea"]
    assert panel.actors.row(panel.actors.index(0, 0)).n_articles == 3
    panel.actor_filter.clear()
    assert panel.actors.rowCount() == everyone
    panel.article_filter.setText("CIKK2")
    assert names(panel.articles) == ["cikk2.txt"]


def test_a_claim_double_clicked_opens_its_article_at_the_claim(corpus_window, folder,
                                                                 monkeypatch, qtbot) -> None:
    """Choosing the BBC lists its claim in each article with the sentence; a double click
    opens that article (the normal open path) with the claim selected."""
    open_folder(corpus_window, folder, monkeypatch)
    panel = corpus_window.corpus.panel
    assert panel.choose_actor(("Senki", "PER")) is False
    bbc = next(a.key for a in panel.actors.shown() if a.key[0] == "BBC")
    assert panel.choose_actor(bbc)
    claims = panel.claims.shown()
    assert [Path(c.path).name for c in claims] == ["cikk0.txt", "cikk1.txt", "cikk2.txt"]
    assert all("írja a BBC" in c.sentence for c in claims)
    index = panel.claims.index(1, 2)
    panel.claim_view.scrollTo(index)
    rect = panel.claim_view.visualRect(index)
    qtbot.mouseClick(panel.claim_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.claim_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert corpus_window.session.document.path == folder / "cikk1.txt"
    assert corpus_window._claim == claims[1].claim_id
    assert corpus_window.claim_panel.selected_claim_ids() == [claims[1].claim_id]
    assert corpus_window.tabs.currentWidget() is corpus_window.claim_panel


def test_enter_on_an_article_or_a_claim_opens_it(corpus_window, folder) -> None:
    """The keyboard does what the double click does: Enter on an article opens it, Enter on a
    claim opens its article at the claim."""
    corpus_window.corpus.open_corpus([folder])
    panel = corpus_window.corpus.panel
    panel.tabs.setCurrentIndex(0)
    panel.article_view.setFocus()
    panel.article_view.setCurrentIndex(panel.articles.index(2, 0))
    QTest.keyClick(panel.article_view, Qt.Key.Key_Return)
    assert corpus_window.session.document.path == folder / "cikk2.txt"
    panel.choose_actor(("BBC", "ORG"))
    panel.claim_view.setFocus()
    panel.claim_view.setCurrentIndex(panel.claims.index(0, 0))
    QTest.keyClick(panel.claim_view, Qt.Key.Key_Return)
    assert corpus_window.session.document.path == folder / "cikk0.txt"
    assert corpus_window._claim == panel.claims.shown()[0].claim_id


def test_a_file_added_edited_or_removed_is_noticed(corpus_window, folder, monkeypatch, qtbot,
                                                   analyst) -> None:
    """The watcher sees a new file, an edit and a removal; each is synced once it settles."""
    open_folder(corpus_window, folder, monkeypatch)
    corpus_window.corpus.settle.setInterval(20)
    panel = corpus_window.corpus.panel
    article(folder, 7)
    qtbot.waitUntil(lambda: panel.articles.rowCount() == 4, timeout=10_000)
    assert "cikk7.txt" in names(panel.articles)
    analyst.calls.clear()
    (folder / "cikk0.txt").write_text("Putyin beszélt.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "cikk0.txt" in analyst.calls, timeout=10_000)
    assert set(analyst.calls) == {"cikk0.txt"}
    (folder / "cikk2.txt").unlink()
    qtbot.waitUntil(lambda: panel.articles.rowCount() == 3, timeout=10_000)
    assert "cikk2.txt" not in names(panel.articles)


def test_export_writes_the_tables_and_asks_before_replacing(corpus_window, folder, monkeypatch,
                                                            tmp_path, messages) -> None:
    """File ▸ Export Corpus… writes the CSV, Parquet and GraphML tables (the same code as
    reader export --tables), the unread file in errors; a second export asks first."""
    open_folder(corpus_window, folder, monkeypatch)
    out = tmp_path / "tablak"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(out)))
    corpus_window.corpus.export_action.trigger()
    for name in ("articles", "actors", "mentions", "claims", "errors"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()
    assert (out / "network.graphml").exists()
    assert "kep.txt" in (out / "errors.csv").read_text(encoding="utf-8-sig")
    assert len((out / "articles.csv").read_text(encoding="utf-8-sig").splitlines()) == 4
    assert "articles: 3" in corpus_window.status_message.text()
    written = (out / "articles.csv").stat().st_mtime_ns
    corpus_window.corpus.export_action.trigger()  # the test's dialogs answer "no"
    assert messages[-1][0] == "question"
    assert (out / "articles.csv").stat().st_mtime_ns == written


def test_export_somewhere_impossible_is_one_line(corpus_window, folder, messages) -> None:
    """Tables asked into a file, or into a folder that cannot be written: one line, and the
    file stays as it was."""
    corpus_window.corpus.open_corpus([folder])
    before = (folder / "cikk0.txt").read_bytes()
    assert corpus_window.corpus.export(folder / "cikk0.txt", ask=False)
    kind, title, text = messages[-1]
    assert kind == "critical" and title == tr("error_corpus_export")
    assert "is not a folder" in text and "\n" not in text
    assert (folder / "cikk0.txt").read_bytes() == before


def test_stopping_keeps_what_finished(corpus_window, folder, analyst) -> None:
    """Stopped after the second article, the corpus lists what finished and says so."""
    analyst.on_call = lambda: len(analyst.calls) == 2 and corpus_window.corpus.stop()
    corpus_window.corpus.open_corpus([folder])
    assert corpus_window.corpus.snapshot.complete is False
    assert corpus_window.corpus.panel.articles.rowCount() == 2
    assert corpus_window.status_message.text() == tr("status_corpus_stopped", articles=2)


def test_bad_paths_get_one_line(corpus_window, tmp_path, messages) -> None:
    """A missing folder, or files that are no articles, change nothing and say why."""
    assert not corpus_window.corpus.open_corpus([tmp_path / "nincs"])
    (tmp_path / "ures").mkdir()
    assert not corpus_window.corpus.open_corpus([tmp_path / "ures", tmp_path / "ures"])
    assert [m[0] for m in messages] == ["warning", "warning"]
    assert all("\n" not in m[2] for m in messages)
    assert corpus_window.corpus.source is None and not corpus_window.corpus.dock.isVisible()


def test_dropping_a_folder_or_several_files_opens_a_corpus(corpus_window, folder,
                                                           qtbot) -> None:
    """A folder dropped on the window is a corpus; so are several files; opening another
    corpus clears the lists until its own arrive."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder / "cikk0.txt")),
                  QUrl.fromLocalFile(str(folder / "cikk1.txt"))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    corpus_window.dropEvent(drop)
    panel = corpus_window.corpus.panel
    qtbot.waitUntil(lambda: panel.articles.rowCount() == 2)
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    corpus_window.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.articles.rowCount() == 3)
    other = folder.parent / "masik"
    other.mkdir()
    article(other, 9)
    corpus_window.corpus.settle.stop()
    corpus_window.corpus.worker.sync = lambda *args: 0  # stays "in progress"
    corpus_window.corpus.open_corpus([other])
    assert panel.articles.rowCount() == 0  # not the other corpus's lists meanwhile
    assert not corpus_window.corpus.export_action.isEnabled()


def test_the_panel_speaks_hungarian(corpus_window, folder) -> None:
    """A language switch renames the tabs, the columns and the menu entries."""
    corpus_window.corpus.open_corpus([folder])
    corpus_window.language_actions["hu"].trigger()
    panel = corpus_window.corpus.panel
    assert panel.tabs.tabText(0) == "Cikkek (3)"
    assert panel.articles.headerData(0, Qt.Orientation.Horizontal) == "Cím"
    assert corpus_window.corpus.export_action.text() == "Korpusz e&xportálása…"
    corpus_window.language_actions["en"].trigger()


def test_the_store_is_kept_per_folder(tmp_path) -> None:
    """Two folders, two stores; one folder however it is named, one store."""
    a, b = tmp_path / "a", tmp_path / "b"
    (tmp_path / "x").mkdir()
    assert store_path(a, tmp_path) != store_path(b, tmp_path)
    assert store_path(a, tmp_path) == store_path(tmp_path / "x" / ".." / "a", tmp_path)


def test_the_sync_runs_off_the_gui_thread(qtbot, settings, worker, messages, folder,
                                          data_home) -> None:
    """With a real thread pool the window answers while the corpus is analysed: the analysis
    runs on another thread, the progress and the lists arrive by signal."""
    import threading

    threads: set[int] = set()
    analyst = Analyst()
    analyst.on_call = lambda: threads.add(threading.get_ident())
    corpus = CorpusWorker(data_home, analyse=analyst, key="stub 0")
    window = MainWindow(settings, worker=worker, corpus=corpus)
    qtbot.addWidget(window)
    progress: list[tuple[int, int]] = []
    corpus.sync_progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(corpus.sync_finished, timeout=20_000):
        window.corpus.open_corpus([folder])
    assert threads and threading.get_ident() not in threads
    assert progress[-1] == (4, 4)
    assert window.corpus.panel.articles.rowCount() == 3
    with qtbot.waitSignal(corpus.claims_found, timeout=20_000):
        window.corpus.panel.choose_actor(("BBC", "ORG"))
    assert window.corpus.panel.claims.rowCount() == 3
    window.close()
    assert corpus.wait(10_000)


def test_an_unusable_data_folder_is_one_line(corpus_window, folder, data_home, messages) -> None:
    """The stores' folder cannot be made (a file is in its place): one line, no crash."""
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "corpus").write_text("not a folder", encoding="utf-8")
    assert corpus_window.corpus.open_corpus([folder])
    kind, title, text = messages[-1]
    assert kind == "warning" and title == tr("error_corpus") and "\n" not in text
    assert not corpus_window.corpus.stop_action.isEnabled()


def analysed_elsewhere(task: ArticleTask) -> ArticleResult | Failure:
    """The stand-in pipeline for a worker process: refuses to run in the window's process."""
    import os

    if str(os.getpid()) == os.environ.get("READER_TEST_WINDOW_PID"):
        return "file", f"{task.name}: analysed in the window's process"
    return Analyst()(task)


def test_the_analyses_run_in_worker_processes(qtbot, settings, worker, messages, folder,
                                              data_home, monkeypatch) -> None:
    """With ``processes`` the articles are analysed in a spawned worker process (the model's
    parsing holds the GIL), the binary file still an error of its own."""
    import os

    monkeypatch.setenv("READER_TEST_WINDOW_PID", str(os.getpid()))
    corpus = CorpusWorker(data_home, analyse=analysed_elsewhere, key="stub 0", processes=1)
    window = MainWindow(settings, worker=worker, corpus=corpus)
    qtbot.addWidget(window)
    with qtbot.waitSignal(corpus.sync_finished, timeout=120_000):
        window.corpus.open_corpus([folder])
    panel = window.corpus.panel
    assert panel.articles.rowCount() == 3
    assert [e.reason for e in panel.errors.shown()] == [
        "kep.txt is not a text file (it contains binary data)."]
    window.close()
    assert corpus.wait(30_000)


def correction(panel, name: str, words: str):
    """The corpus-correction menu of the actor ``name``'s row, and its action ``words``."""
    from PySide6.QtWidgets import QMenu

    at = panel.actors.index_of(lambda a: a.key[0] == name)
    menu = QMenu(panel)
    panel.correction_actions(at, menu)
    return next(a for a in menu.actions() if a.text() == words)


def test_actors_merged_across_the_corpus_split_undone_and_kept(corpus_window, folder,
                                                              monkeypatch) -> None:
    """Two actors selected and merged from the actors' menu are one, in every article and in
    the exported tables; undo, redo and split work from the same menu; opened again, the
    corpus keeps the correction."""
    corpus_window.corpus.open_corpus([folder])
    panel = corpus_window.corpus.panel
    from PySide6.QtCore import QItemSelectionModel

    for name in ("Vlagyimir Putyin", "Kim Dzsongun"):
        panel.actor_view.selectionModel().select(
            panel.actors.index_of(lambda a, n=name: a.key[0] == n),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    correction(panel, "Vlagyimir Putyin",
               tr("corpus_merge", name="Vlagyimir Putyin")).trigger()
    assert panel.actors.rowCount() == 5
    merged = next(a for a in panel.actors.shown() if a.key[0] == "Vlagyimir Putyin")
    assert merged.parts == (("Kim Dzsongun", "PER"),) and merged.n_articles == 3
    what = tr("corpus_merge_what", name="Vlagyimir Putyin")
    assert corpus_window.status_message.text() == tr("status_corpus_corrected", edit=what)
    correction(panel, "BBC", tr("undo_edit", edit=what)).trigger()
    assert panel.actors.rowCount() == 6
    correction(panel, "BBC", tr("redo_edit", edit=what)).trigger()
    assert panel.actors.rowCount() == 5
    corpus_window.corpus.open_corpus([folder])  # opened again: the correction is kept
    assert panel.actors.rowCount() == 5
    out = folder.parent / "tablak"
    out.mkdir()
    corpus_window.corpus.export(out)
    actors = (out / "actors.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(actors) == 1 + 5 and not any("Kim Dzsongun" in line for line in actors)
    correction(panel, "Vlagyimir Putyin",
               tr("corpus_split", name="Vlagyimir Putyin")).trigger()
    assert panel.actors.rowCount() == 6


def test_an_actor_split_off_by_article_from_the_actors_menu(corpus_window, folder) -> None:
    """The claims of one article selected, the actor's menu splits that article off as
    another actor, "NAME (2)", with those claims; undo makes them one again."""
    corpus_window.corpus.open_corpus([folder])
    panel = corpus_window.corpus.panel
    actor = max(panel.actors.shown(), key=lambda a: a.n_claims)
    name, n_claims = actor.key[0], actor.n_claims
    assert panel.choose_actor(actor.key) and panel.claims.rowCount() == n_claims
    first = panel.claims.shown()[0].path
    from PySide6.QtCore import QItemSelectionModel

    for row in range(panel.claims.rowCount()):
        index = panel.claims.index(row, 0)
        if panel.claims.row(index).path == first:
            panel.claim_view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)
    correction(panel, name, tr("corpus_split_articles", name=name)).trigger()
    counts = {a.key[0]: (a.n_articles, a.n_claims) for a in panel.actors.shown()}
    assert counts[name] == (2, n_claims * 2 // 3)
    assert counts[f"{name} (2)"] == (1, n_claims // 3)
    what = tr("corpus_split_articles_what", name=f"{name} (2)")
    assert corpus_window.status_message.text() == tr("status_corpus_corrected", edit=what)
    assert panel.choose_actor((f"{name} (2)", actor.key[1]))
    assert {c.path for c in panel.claims.shown()} == {first}
    correction(panel, name, tr("undo_edit", edit=what)).trigger()
    assert not any(a.key[0] == f"{name} (2)" for a in panel.actors.shown())
