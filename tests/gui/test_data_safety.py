"""The seller's file at start and in the settings menu: damage opens recovery instead of the app,
a restore keeps the old file, one window per data folder, backups on demand."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core import backup
from core.engine import default_pack
from core.health import inspect
from core.store import DB_NAME, Shop, Store
from gui import app as app_module
from gui.recovery import RecoveryDialog

ROOT = Path(__file__).resolve().parents[2]


def data_folder(tmp_path, shops=("小林服饰",)) -> Path:
    folder = tmp_path / "数据 文件夹"
    folder.mkdir()
    store = Store(folder / DB_NAME)
    for name in shops:
        store.save_shop(Shop(name=name))
    store.close()
    return folder


def clicking(monkeypatch, button_key, seen=None):
    """Make the recovery dialog, when shown, be answered by a click on one of its buttons."""
    def exec_(dialog):
        if seen is not None:
            seen.append(dialog)
        dialog.show()
        dialog.buttons[button_key].click()
        return dialog.result()
    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_a_damaged_file_opens_recovery_and_a_restore_keeps_the_damaged_one(tmp_path, qapp, monkeypatch):
    folder = data_folder(tmp_path)
    db = folder / DB_NAME
    backup.make_backup(db, reason="start")
    db.write_bytes(db.read_bytes()[:6000])
    damaged = db.read_bytes()
    seen = []
    clicking(monkeypatch, "restore", seen)
    opened = app_module.open_data(folder, default_pack)
    store, lock, _pack = opened
    try:
        [dialog] = seen
        assert dialog.health.kind == "truncated" and dialog.table.rowCount() == 1
        assert dialog.table.item(0, 2).text() == "1"  # the backup's shops, for the seller to choose by
        assert [s.name for s in store.shops()] == ["小林服饰"]
        [kept] = [p for p in folder.glob(DB_NAME + ".damaged-*") if not p.name.endswith(("-wal", "-shm"))]
        assert kept.read_bytes() == damaged
    finally:
        store.close()
        lock.release()


def test_start_empty_keeps_the_damaged_file_aside(tmp_path, qapp, monkeypatch):
    folder = data_folder(tmp_path)
    db = folder / DB_NAME
    db.write_bytes(b"")  # zero length: never silently replaced by an empty database
    seen = []
    clicking(monkeypatch, "empty", seen)
    store, lock, _ = app_module.open_data(folder, default_pack)
    try:
        assert seen[0].health.kind == "empty" and "restore" not in seen[0].buttons  # no backup yet
        assert store.shops() == [] and inspect(db).ok
        assert [p.stat().st_size for p in folder.glob(DB_NAME + ".damaged-*")] == [0]
    finally:
        store.close()
        lock.release()


def test_quitting_from_recovery_touches_nothing(tmp_path, qapp, monkeypatch):
    folder = data_folder(tmp_path)
    db = folder / DB_NAME
    db.write_bytes(b"garbage" * 1000)
    clicking(monkeypatch, "quit")
    assert app_module.open_data(folder, default_pack) == 0
    assert db.read_bytes() == b"garbage" * 1000 and not list(folder.glob("*.damaged-*"))


def test_a_read_only_file_says_so_and_offers_retry(tmp_path, qapp, monkeypatch):
    folder = data_folder(tmp_path)
    db = folder / DB_NAME
    os.chmod(db, 0o444)
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        if len(seen) == 1:
            os.chmod(db, 0o644)  # the seller fixed the file's properties
            dialog.buttons["retry"].click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    store, lock, _ = app_module.open_data(folder, default_pack)
    try:
        assert len(seen) == 1 and seen[0].health.kind == "readonly_file"
        assert "只读" in seen[0].health.message and "empty" not in seen[0].buttons
        assert [s.name for s in store.shops()] == ["小林服饰"]
    finally:
        store.close()
        lock.release()


def test_backup_now_and_restore_from_the_settings_menu(app, qtbot, tmp_path, monkeypatch):
    app.store.save_shop(Shop(name="小林服饰"))
    target = tmp_path / "备份 文件.db"
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    app.window.data_menu.backup_to_file(str(target))
    qtbot.waitUntil(lambda: target.exists(), timeout=5_000)
    app.store.save_shop(Shop(name="备份之后加的"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert app.window.data_menu.restore_from_file(str(target))
    assert [s.name for s in app.store.shops()] == ["小林服饰"]
    assert app.window.shop_box.count() == 1
    assert list(app.store.path.parent.glob(app.store.path.name + ".replaced-*"))


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(app, tmp_path, monkeypatch):
    app.store.save_shop(Shop(name="小林服饰"))
    junk = tmp_path / "not-a-backup.db"
    junk.write_text("hello", encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    assert not app.window.data_menu.restore_from_file(str(junk))
    assert said and "不是" in said[0]
    assert [s.name for s in app.store.shops()] == ["小林服饰"]


def _start(folder: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "gui", "--data-dir", str(folder), *extra], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _log(folder: Path) -> str:
    path = folder / "shop-assistant.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_a_second_start_brings_the_first_window_up_and_a_crash_leaves_no_stale_lock(tmp_path):
    folder = tmp_path / "店铺 数据"
    first = _start(folder)
    try:
        assert _wait_for(lambda: "listening for later starts" in _log(folder), 30), _log(folder)
        second = _start(folder)
        assert second.wait(30) == 0
        assert "asked it to show its window" in _log(folder)
        assert _wait_for(lambda: "bringing the window to the front" in _log(folder), 10)
        assert first.poll() is None  # the first window is still the one running
    finally:
        first.send_signal(signal.SIGKILL)  # a crash: the lock must not outlive it
        first.wait()
    third = _start(folder, "--exit-after-paint")
    assert third.wait(60) == 0
    assert _log(folder).count("opened ") == 2  # the third start took the folder over and opened it


def test_the_cli_reads_while_the_app_runs(tmp_path):
    folder = tmp_path / "data"
    running = _start(folder)
    try:
        assert _wait_for(lambda: "listening for later starts" in _log(folder), 30)
        check = subprocess.run([sys.executable, "-m", "core", "data", "check", "--data-dir", str(folder)],
                               cwd=ROOT, capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        rules = subprocess.run([sys.executable, "-m", "core", "rules"], cwd=ROOT, capture_output=True, text=True)
        assert rules.returncode == 0
    finally:
        running.terminate()
        running.wait()


@pytest.fixture
def qapp():
    return QApplication.instance() or QApplication([])


def test_the_recovery_dialog_lists_backups_newest_first(tmp_path, qtbot):
    folder = data_folder(tmp_path, shops=("a", "b"))
    db = folder / DB_NAME
    from tests.conftest import bj
    backup.make_backup(db, now=bj("2026-12-01T09:00:00"))
    backup.make_backup(db, now=bj("2026-12-03T09:00:00"))
    db.write_bytes(b"x" * 4096)
    dialog = RecoveryDialog(inspect(db), folder)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["2026-12-03 09:00", "2026-12-01 09:00"]
    assert dialog.table.item(0, 2).text() == "2" and dialog.buttons["restore"].isEnabled()
    assert dialog.buttons["empty"].text().startswith("新建空数据") and dialog.buttons["folder"].isEnabled()
    qtbot.mouseClick(dialog.buttons["quit"], Qt.MouseButton.LeftButton)
    assert dialog.outcome.action == "quit"
