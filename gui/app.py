"""Entry point: `shop-assistant` / `python -m gui`."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from core.errors import RulePackError, StoreError
from core.locks import INSTANCE_LOCK, FileLock
from core.packs.pending import PendingPack, resolved
from core.paths import data_dir, resource
from core.store import DB_NAME, Store
from gui.text import fill
from gui.i18n import DEFAULT_LANGUAGE, Translations
from gui.main_window import MainWindow

if TYPE_CHECKING:
    import argparse

    from core.rulepack import RulePack

    from gui.notifier import DueNotifier

log = logging.getLogger("shop_assistant")
UI_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
               "Source Han Sans SC", "WenQuanYi Micro Hei"]


class Application:
    """Owns the store, the pack, the translators and the (re-creatable) main window."""

    def __init__(self, qapp: QApplication, store: Store, pack: RulePack | PendingPack, *,
                 lock: FileLock | None = None) -> None:
        from gui.memory import Collector
        from gui.ops import share_the_gil

        share_the_gil()
        self.collector = Collector.for_app(qapp)
        self.qapp = qapp
        self.store = store
        self._pack = pack  # a real start: read after the first frame (core.packs.pending)
        self.lock = lock  # the data folder's instance lock, held while the app runs
        self.translations = Translations(qapp)
        self.language = self.translations.use(store.setting("language", DEFAULT_LANGUAGE) or "")
        self.window = self._new_window()
        self.window.after_paint.add(self._pack_read)  # first: the steps after it may use the rules
        self._notifier: DueNotifier | None = None
        self.server: object | None = None
        self.window.after_paint.add(lambda: self.notifier)  # the tray icon, once the window is up
        if lock is not None:  # a real start (not a test's Application): answer later starts
            self.window.after_paint.add(self._listen)
        self.window.after_paint.add(self._maintenance)
        self.window.after_paint.add(self.collector.watch)
        qapp.aboutToQuit.connect(self._quitting)

    @property
    def pack(self) -> RulePack:
        """The rule pack in use (read now if the first frame has not read it yet)."""
        return resolved(self._pack)

    def _pack_read(self) -> None:
        """Right after the first frame: the rules are read (unless the board's worker already did) and
        the status bar says which pack is in use. A pack that cannot be read ends the app, as before
        the window existed."""
        try:
            pack = self.pack
        except RulePackError as exc:
            self.window.after_paint.cancel()  # the tray and the rest would only ask for the pack again
            _fatal(f"规则包有误，程序无法检查方案：\n{exc}\n\n请重新安装小店合规助手。")
            self.qapp.exit(1)
            return
        self.window.show_pack(pack)

    @property
    def notifier(self) -> DueNotifier:
        """The tray reminders; owned here, not by the window: a language switch rebuilds the
        window, not the reminders."""
        if self._notifier is None:
            from gui.notifier import DueNotifier
            self._notifier = DueNotifier(self.store, self.pack, self.qapp.windowIcon(), self.qapp)
            self._notifier.showRequested.connect(self.bring_to_front)
            self._notifier.quitRequested.connect(self.quit)
        return self._notifier

    def quit(self) -> None:
        """Quit from the tray: the window closes as the seller closes it (pending edits are saved
        or kept in a file first, or the seller stays), then the app ends."""
        if self.window.close():
            self.qapp.quit()

    def _new_window(self) -> MainWindow:
        return MainWindow(self.store, self._pack, self.language, self.set_language, self.restore,
                          self.use_pack)

    def use_pack(self, pack: RulePack) -> None:
        """Every check from now on uses this rule pack (just installed, or rolled back to): pending edits
        are saved first, then the window is rebuilt on it, as for a new language."""
        from core.packs.in_use import use_pack

        self.window.settle_edits()
        self._pack = pack
        use_pack(pack)
        if self._notifier is not None:
            self._notifier.pack = pack
        self._rebuild_window()

    def _rebuild_window(self) -> None:
        """A new window in place of the old one (new language, restored data), same size and tab."""
        old = self.window
        geometry, tab = old.geometry(), old.tabs.currentIndex()
        self.window = self._new_window()
        self.window.setGeometry(geometry)
        self.window.tabs.setCurrentIndex(tab)
        if old.isVisible():
            self.window.show()
        old.close()
        old.deleteLater()

    def restore(self, source: Path) -> bool:
        """Replace the data with a backup while the app runs: pending edits saved first, the backup
        checked before anything changes, the current file kept as .replaced-…, the window rebuilt."""
        from PySide6.QtWidgets import QMessageBox

        from core import backup
        from gui.errors import describe
        from gui.ops import stop_all

        path = self.store.path
        if path is None or not self.window.settle_edits():
            return False
        stop_all()
        try:
            backup.restore(path, source, label="replaced", before_swap=self.store.close)
        except (backup.BackupError, OSError) as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("Application", "没有恢复"), describe(exc))
            if not _is_open(self.store):
                self.store = Store(path)
                self._rebuild_window()
            return False
        self.store = Store(path)
        if self._notifier is not None:
            self._notifier.store = self.store
        self._rebuild_window()
        QMessageBox.information(self.window, QCoreApplication.translate("Application", "已恢复"),
                                fill(QCoreApplication.translate("Application", "已从 %1 恢复。原来的数据文件已另存在数据文件夹中。"), str(source)))
        return True

    def _listen(self) -> None:
        from gui.single_instance import InstanceServer

        assert self.store.path is not None
        server = InstanceServer(self.store.path.parent, self.qapp)
        server.activated.connect(self.bring_to_front)
        self.server = server
        log.info("listening for later starts on %s", self.store.path.parent)

    def bring_to_front(self) -> None:
        """Another start on the same data folder: show this window instead."""
        log.info("bringing the window to the front")
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _maintenance(self) -> None:
        """After the first paint, off the UI thread: the day's backup when it is due, and rows an
        interrupted import left behind."""
        from gui.maintenance import start_of_day

        start_of_day(self.window, self.store)

    def _quitting(self) -> None:
        """The last chance (logout, tray quit): pending edits go to the database."""
        from gui.autosave import flush_all
        from gui.ops import stop_all

        flush_all(self.window)
        stop_all()

    def set_language(self, language: str) -> None:
        """Switch language and rebuild the window in place, keeping size and tab."""
        if not self.window.settle_edits():
            self.window.language_actions[self.language].setChecked(True)
            return
        self.language = self.translations.use(language)
        self.store.set_setting("language", self.language)
        self._rebuild_window()


def _is_open(store: Store) -> bool:
    try:
        store.conn.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - a closed connection raises ProgrammingError
        return False
    return True


def _setup_logging(folder_override: str | None) -> None:
    try:
        folder = data_dir(folder_override)
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "shop-assistant.log", encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug: log the traceback, tell the seller in plain words (never that nothing was lost: the
    step that failed may not have been saved), keep running."""
    from PySide6.QtWidgets import QMessageBox

    from gui.errors import unexpected

    QMessageBox.critical(QApplication.activeWindow(), "小店合规助手", unexpected(kind, value, tb))


def _warn(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # with the first message, not at start (~3 ms)

    QMessageBox.warning(parent, title, text)


def _fatal(message: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    log.error(message)
    QMessageBox.critical(QWidget(), "小店合规助手", message)
    return 1


def open_data(folder: Path, load: Callable[[], RulePack]) -> tuple[Store, FileLock, PendingPack] | int:
    """Take the data folder (one app per folder), check its database before anything opens it, and
    open it; a damaged or unusable file goes through the recovery dialog first. Returns the store,
    the held lock and the rule pack, still to be read (`load`, when first asked for: see
    core.packs.pending), or an exit status (0: another window was brought to the front, or the seller
    chose to quit)."""
    from core.health import Health, inspect

    while True:
        db = folder / DB_NAME
        lock = FileLock(folder / INSTANCE_LOCK)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            taken = lock.acquire()
        except OSError:
            taken = True  # cannot even lock: the check below says why (an unwritable folder)
        if not taken:
            from gui.single_instance import activate_running

            if activate_running(folder):
                log.info("already running on %s: asked it to show its window", folder)
            else:
                log.warning("another instance holds %s but did not answer", folder)
            return 0
        health = inspect(db, trust_seal=True)
        if health.ok or health.kind == "missing":
            try:
                store = Store(db)
                log.info("opened %s", db)
                return store, lock, PendingPack(load)
            except StoreError as exc:
                health = Health(db, "damaged", str(exc))
        from gui.recovery import recover

        outcome = recover(health, folder)
        lock.release()  # taken again at the top of the loop, for whichever folder
        if outcome.action == "quit":
            return 0
        if outcome.folder is not None:
            folder = outcome.folder


EXIT_AFTER_PAINT_ENV = "SHOP_ASSISTANT_EXIT_AFTER_PAINT"  # bench/startup.py: the seller's start, without arguments


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line. A start without arguments (the seller's double-click) is answered without
    argparse, whose import is ~2 ms of the start; `_parser()` gives the same defaults (tested)."""
    if not argv:
        return _defaults(exit_after_paint=bool(os.environ.get(EXIT_AFTER_PAINT_ENV)))
    return _parser().parse_args(argv)


def _defaults(exit_after_paint: bool) -> argparse.Namespace:
    from types import SimpleNamespace

    return SimpleNamespace(data_dir=None, tab=None, exit_after_paint=exit_after_paint,  # type: ignore[return-value]
                           self_test=False)


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="shop-assistant")
    parser.add_argument("--data-dir", help="数据文件夹（默认为系统的用户数据目录）")
    parser.add_argument("--tab", help="启动时打开的标签页序号（从 0 开始）", type=int)
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help="自检：加载规则包、数据库、各类检查与主窗口，输出一行结果后退出")
    return parser


def self_test() -> int:
    """Check the installed app end to end without showing anything; one line, exit 0 or 1."""
    import tempfile
    import time

    from core import selftest
    from core.packs.in_use import default_pack
    from core.rulepack import load_pack

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    try:
        parts = selftest.run()
        qapp = QApplication.instance() or QApplication(sys.argv[:1])
        with tempfile.TemporaryDirectory() as folder:
            cache = os.path.join(folder, "cache")
            load_pack(cache=Path(cache))  # writes the parsed-rules cache, as a first start does
            if load_pack(cache=Path(cache)) != default_pack():  # and reads it, as every later one
                raise RuntimeError("规则缓存读出的规则与规则文件不一致")
            parts.append("规则缓存可读写")
            store = Store(data_dir_override=folder)
            app = Application(qapp, store, default_pack())  # type: ignore[arg-type]
            tabs = app.window.tabs.count()
            for index in range(tabs):
                app.window.tabs.setCurrentIndex(index)
                app.window.current_tab()
            app.window.close()
            store.close()
        parts.append(f"主窗口与 {tabs} 个标签页可建立")
    except Exception as exc:  # noqa: BLE001 - the self-test reports any failure as one line
        _say(f"self-test FAILED: {type(exc).__name__}: {exc}")
        return 1
    _say(f"self-test ok ({time.perf_counter() - started:.2f} s): " + "；".join(parts))
    return 0


def _say(line: str) -> None:
    """Print the self-test line; a windowed Windows build has no stdout, so show it instead."""
    if sys.stdout is None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, "小店合规助手", line)
        return
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        gc.enable()
        return self_test()
    _setup_logging(args.data_dir)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("小店合规助手")
    qapp.setWindowIcon(QIcon(str(resource("icons", "app.png"))))
    font = QFont(qapp.font())
    font.setFamilies(UI_FAMILIES + font.families())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    qapp.setFont(font)
    folder = data_dir(args.data_dir)
    loaded: list[str | None] = []

    def load() -> RulePack:  # the installed pack in use, else the built-in one (its problem said once up)
        from core.packs.active import load_active
        from core.packs.in_use import use_pack

        pack, problem = load_active(folder, cache=folder / "cache")
        loaded.append(problem)
        use_pack(pack)  # the checks that are not handed a pack use the data folder's active one
        return pack

    opened = open_data(folder, load)
    if isinstance(opened, int):
        return opened
    store, lock, pack = opened
    sys.excepthook = _excepthook
    app = Application(qapp, store, pack, lock=lock)

    def say_problem() -> None:  # an installed pack that no longer verifies: the built-in one is in use
        problem = next((p for p in loaded if p), None)
        if problem:
            _warn(app.window, QCoreApplication.translate("Application", "规则包"), problem)

    app.window.after_paint.add(say_problem)  # after the app's own step that reads the pack
    # the collector, off since gui.__main__, stays off: gui.memory.Collector collects on the UI thread
    if args.tab is not None:
        app.window.tabs.setCurrentIndex(args.tab)
    else:
        app.window.restore_layout()  # the size, place and tab the seller left the window with
    if args.exit_after_paint:
        from gui.first_paint import FirstPaint
        FirstPaint(app.window)
    screen = qapp.primaryScreen()
    if screen is not None and screen.availableGeometry().width() < 1500:
        app.window.setGeometry(screen.availableGeometry())  # a laptop screen: use all of it
        app.window.showMaximized()
    else:
        app.window.show()
    return qapp.exec()
