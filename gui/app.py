"""Entry point: `shop-assistant` / `python -m gui`."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.engine import default_pack
from core.errors import RulePackError, StoreError
from core.paths import data_dir, resource
from core.rulepack import RulePack, load_pack
from core.store import Store
from gui.i18n import DEFAULT_LANGUAGE, Translations
from gui.main_window import MainWindow

if TYPE_CHECKING:
    from gui.notifier import DueNotifier

log = logging.getLogger("shop_assistant")
UI_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
               "Source Han Sans SC", "WenQuanYi Micro Hei"]


class Application:
    """Owns the store, the pack, the translators and the (re-creatable) main window."""

    def __init__(self, qapp: QApplication, store: Store, pack: RulePack) -> None:
        self.qapp = qapp
        self.store = store
        self.pack = pack
        self.translations = Translations(qapp)
        self.language = self.translations.use(store.setting("language", DEFAULT_LANGUAGE) or "")
        self.window = self._new_window()
        self._notifier: DueNotifier | None = None
        self.window.after_paint.add(lambda: self.notifier)  # the tray icon, once the window is up

    @property
    def notifier(self) -> DueNotifier:
        """The tray reminders; owned here, not by the window: a language switch rebuilds the
        window, not the reminders."""
        if self._notifier is None:
            from gui.notifier import DueNotifier
            self._notifier = DueNotifier(self.store, self.pack, self.qapp.windowIcon(), self.qapp)
        return self._notifier

    def _new_window(self) -> MainWindow:
        return MainWindow(self.store, self.pack, self.language, self.set_language)

    def set_language(self, language: str) -> None:
        """Switch language and rebuild the window in place, keeping size and tab."""
        self.language = self.translations.use(language)
        self.store.set_setting("language", self.language)
        old = self.window
        geometry, tab = old.geometry(), old.tabs.currentIndex()
        self.window = self._new_window()
        self.window.setGeometry(geometry)
        self.window.tabs.setCurrentIndex(tab)
        if old.isVisible():
            self.window.show()
        old.close()
        old.deleteLater()


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
    """A bug: log the traceback, tell the seller in plain words, keep running."""
    log.error("unhandled error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    parent = QApplication.activeWindow()
    QMessageBox.critical(parent, "小店合规助手",
                         "程序出现了一个意外问题，已记录到日志文件。您的数据没有丢失，可以继续使用。\n\n"
                         f"{kind.__name__}: {value}")


def _fatal(message: str) -> int:
    log.error(message)
    QMessageBox.critical(QWidget(), "小店合规助手", message)
    return 1


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="shop-assistant")
    parser.add_argument("--data-dir", help="数据文件夹（默认为系统的用户数据目录）")
    parser.add_argument("--tab", help="启动时打开的标签页序号（从 0 开始）", type=int)
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help="自检：加载规则包、数据库、各类检查与主窗口，输出一行结果后退出")
    return parser.parse_args(argv)


def self_test() -> int:
    """Check the installed app end to end without showing anything; one line, exit 0 or 1."""
    import os
    import tempfile
    import time

    from core import selftest

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
    try:
        pack = load_pack(cache=data_dir(args.data_dir) / "cache")
    except RulePackError as exc:
        return _fatal(f"规则包有误，程序无法检查方案：\n{exc}\n\n请重新安装小店合规助手。")
    try:
        store = Store(data_dir_override=args.data_dir)
    except StoreError as exc:
        return _fatal(str(exc))
    sys.excepthook = _excepthook
    app = Application(qapp, store, pack)
    # the collector, off since gui.__main__, back on once the window is up (or after 2 s at most,
    # should the window start minimised and not paint)
    app.window.after_paint.add(gc.enable)
    if args.tab is not None:
        app.window.tabs.setCurrentIndex(args.tab)
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
