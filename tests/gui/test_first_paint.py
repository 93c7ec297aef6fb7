"""Set-up deferred to the first frame still happens, in order, and only once the window painted."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.rulepack_cache import FILE_NAME
from gui.first_paint import AfterFirstPaint

ROOT = Path(__file__).resolve().parents[2]


def test_callbacks_wait_for_the_first_paint_and_run_once_in_order(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    after = AfterFirstPaint(window)
    after.add(lambda: ran.append("first"))
    after.add(lambda: ran.append("second"))
    qtbot.wait(20)
    assert ran == []  # not shown, not painted: nothing yet
    window.show()
    qtbot.waitUntil(lambda: ran == ["first", "second"])
    window.update()
    qtbot.wait(20)
    assert ran == ["first", "second"]  # later paints do not run them again
    after.add(lambda: ran.append("late"))  # added after the first frame: runs soon
    qtbot.waitUntil(lambda: ran[-1:] == ["late"])


def test_a_window_that_never_paints_still_gets_its_set_up_after_the_time_limit(qtbot):
    window = QWidget()  # never shown, like a window started minimised
    qtbot.addWidget(window)
    ran: list[str] = []
    AfterFirstPaint(window, at_most_ms=50).add(lambda: ran.append("tray"))
    qtbot.wait(20)
    assert ran == []
    qtbot.waitUntil(lambda: ran == ["tray"], timeout=2_000)
    window.show()  # a paint later does not run it twice
    qtbot.wait(50)
    assert ran == ["tray"]


def test_one_failing_step_is_reported_and_the_rest_still_run(qtbot, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(kind))
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    after = AfterFirstPaint(window)
    after.add(lambda: 1 / 0)
    after.add(lambda: ran.append("collector on"))
    window.show()
    qtbot.waitUntil(lambda: ran == ["collector on"])
    assert reported == [ZeroDivisionError]


def test_main_window_quit_shortcut_and_tray_come_after_the_first_frame(app, qtbot):
    quit_action = next(a for a in app.window.findChildren(type(app.window.add_action)) if a.text() == "退出")
    qtbot.waitUntil(lambda: not quit_action.shortcut().isEmpty())
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    assert app._notifier is not None


def test_a_real_start_paints_with_collections_left_to_the_ui_thread_and_keeps_the_parsed_rules(tmp_path):
    """`python -m gui` turns automatic collection off while it starts, and it stays off: from the window
    on, gui.memory.Collector collects on the UI thread (a worker must never collect: see gui.memory)."""
    code = ("import gc, sys\n"
            "from gui.__main__ import run\n"
            "code = run()\n"
            "print('collector', gc.isenabled(), code)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):  # the second start reads the rules from the cache the first one left
        result = subprocess.run([sys.executable, "-c", code, "--exit-after-paint", "--data-dir", str(tmp_path)],
                                cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                                timeout=120)
        assert result.stdout.split() == ["first-paint", "collector", "False", "0"], result.stderr
        assert (tmp_path / "cache" / FILE_NAME).is_file()
        log = (tmp_path / "shop-assistant.log").read_text(encoding="utf-8")
        assert " ERROR " not in log, log  # e.g. a signal whose Qt enum argument had not been built yet


def test_start_up_runs_with_the_collector_off(monkeypatch):
    import gc

    import gui.__main__

    seen = []
    monkeypatch.setattr("gui.app.main", lambda: seen.append(gc.isenabled()) or 0)
    try:
        assert gui.__main__.run() == 0
    finally:
        gc.enable()
    assert seen == [False]


def test_a_start_without_arguments_paints_too(tmp_path):
    """The seller's double-click passes no arguments: the window starts without building the argparse
    parser (~2 ms of gettext look-ups), and the bench's first-paint hook comes from the environment."""
    code = ("import sys\n"
            "import gui.app\n"
            "def no_parser():\n"
            "    raise AssertionError('the parser was built')\n"
            "gui.app._parser = no_parser\n"
            "from gui.__main__ import run\n"
            "print('status', run())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOP_ASSISTANT_DATA": str(tmp_path),
           "SHOP_ASSISTANT_EXIT_AFTER_PAINT": "1"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert result.stdout.split() == ["first-paint", "status", "0"], result.stderr


def test_no_arguments_means_the_parsers_own_defaults(monkeypatch):
    from gui.app import EXIT_AFTER_PAINT_ENV, _parser, parse_args

    monkeypatch.delenv(EXIT_AFTER_PAINT_ENV, raising=False)
    assert vars(parse_args([])) == vars(_parser().parse_args([]))
    assert parse_args(["--tab", "2"]).tab == 2
    monkeypatch.setenv(EXIT_AFTER_PAINT_ENV, "1")
    assert parse_args([]).exit_after_paint is True


def test_the_cheaper_pyside_feature_check_answers_as_pyside_does():
    """gui.feature_check replaces PySide's "does this module mention PySide6" (read with
    inspect.getsource) by a read of the file: the answers must be the same."""
    import inspect
    import json
    import math

    import core.store
    import gui.app
    from gui import feature_check

    assert feature_check.install()
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    for module in (gui.app, core.store, json, math, sys, feature_check):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (OSError, TypeError):
            expected = False
        assert check(module) is expected, module.__name__


def test_the_window_opens_before_the_rules_are_read_and_reads_them_once(qtbot, tmp_path):
    """A real start hands the window the pack still to be read: the first frame does not wait for it;
    the board's worker and the step after the first frame both need it, and it is read once."""
    from PySide6.QtWidgets import QApplication

    from core.packs.in_use import default_pack
    from core.packs.pending import PendingPack
    from core.store import Store
    from gui.app import Application
    from gui.ops import stop_all

    reads = []

    def load():
        reads.append(1)
        return default_pack()

    store = Store(tmp_path / "gui.db")
    app = Application(QApplication.instance(), store, PendingPack(load))
    qtbot.addWidget(app.window)
    assert reads == [] and "规则包" not in app.window.statusBar().currentMessage()
    board = app.window.current_tab()  # the first tab, built for the first frame with the pack unread
    assert reads == []
    app.window.show()
    qtbot.waitUntil(lambda: default_pack().label in app.window.statusBar().currentMessage())
    qtbot.waitUntil(board.idle)
    assert reads == [1] and app.pack is default_pack()
    app.window.close()
    stop_all()
    store.close()


def test_rules_that_cannot_be_read_end_the_app_after_saying_so(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from core.errors import RulePackError
    from core.packs.pending import PendingPack
    from core.store import Store
    from gui.app import Application
    from gui.ops import stop_all

    said, ended = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))

    def broken():
        raise RulePackError("lottery.toml: ks.lottery.value_cap 缺少 source")

    store = Store(tmp_path / "gui.db")
    qapp = QApplication.instance()
    monkeypatch.setattr(qapp, "exit", lambda code=0: ended.append(code))
    app = Application(qapp, store, PendingPack(broken))
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitUntil(lambda: ended == [1])
    assert len(said) == 1 and "规则包有误" in said[0] and "缺少 source" in said[0]
    app.window.close()
    stop_all()
    store.close()
