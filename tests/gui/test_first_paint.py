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


def test_a_real_start_paints_with_the_collector_back_on_and_keeps_the_parsed_rules(tmp_path):
    """`python -m gui` turns the collector off while it starts and back on once the window is up."""
    code = ("import gc, sys\n"
            "from gui.__main__ import run\n"
            "code = run()\n"
            "print('collector', gc.isenabled(), code)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):  # the second start reads the rules from the cache the first one left
        result = subprocess.run([sys.executable, "-c", code, "--exit-after-paint", "--data-dir", str(tmp_path)],
                                cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                                timeout=120)
        assert result.stdout.split() == ["first-paint", "collector", "True", "0"], result.stderr
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
