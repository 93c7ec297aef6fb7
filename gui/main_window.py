"""The main window: shop selector, the registered tabs, menus for language and About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QTabWidget,
    QToolBar, QVBoxLayout, QWidget,
)

import core
from core.errors import InputError, StoreError
from core.packs.pending import PendingPack, resolved
from core.store import DeletedShop, Shop, Store
from gui.dialogs import confirm
from gui.text import fill
from gui.actions import menu_action
from gui.autosave import Autosaver, save_all_soon, settle
from gui.errors import write_failed
from gui.shop_context import ShopContext, platform_names, shop_type_names
from gui.first_paint import AfterFirstPaint
from gui.lazy_page import LazyPage
from gui.ops import painting
from gui.tabs import TABS
from gui.undo_bar import UndoBar

if TYPE_CHECKING:
    from core.rulepack import RulePack
    from gui.rule_packs import RulePacksDialog

PACK_SUFFIX = ".rulepack"  # core.packs.bundle.SUFFIX (not imported at start: the window opens without it)

SAMPLE_SHOP = Shop(name="示例店铺（小林服饰）", platform="kuaishou", shop_type="personal",
                   experience_score="4.52", professional_anchor=True)


def _set_shortcut(action: QAction, keys: str) -> None:
    from PySide6.QtGui import QKeySequence  # with the shortcut, after the first frame

    action.setShortcut(QKeySequence(keys))


class MainWindow(QMainWindow):
    def __init__(self, store: Store, pack: RulePack | PendingPack, language: str,
                 set_language: Callable[[str], None],
                 restore: Callable[[Path], bool] | None = None,
                 use_pack: Callable[[RulePack], None] | None = None) -> None:
        super().__init__()
        self._restore = restore
        self._use_pack = use_pack
        self.store = store
        self._pack = pack  # a real start: still to be read, after the first frame (Application)
        self.shops = ShopContext(store, self)
        self.shops.edit_requested.connect(self.edit_shop)
        self._set_language = set_language
        self.after_paint = AfterFirstPaint(self, at_most_ms=2_000)
        self.setWindowTitle(self.tr("小店合规助手"))
        self.resize(1280, 720)

        self.shop_box = QComboBox()
        self.shop_box.setMinimumWidth(260)
        self.shop_box.setAccessibleName(self.tr("当前店铺"))
        self.shop_box.currentIndexChanged.connect(self._shop_chosen)
        toolbar = QToolBar(self.tr("店铺"))
        toolbar.setMovable(False)
        label = QLabel(self.tr("当前店铺："))
        label.setBuddy(self.shop_box)
        toolbar.addWidget(label)
        toolbar.addWidget(self.shop_box)
        self.add_action = menu_action(toolbar, self.tr("添加店铺"), self.add_shop)
        self.edit_action = menu_action(toolbar, self.tr("编辑店铺"), self.edit_shop)
        self.delete_action = menu_action(toolbar, self.tr("删除店铺"), self.delete_shop)
        self.shop_info = QLabel()
        toolbar.addSeparator()
        toolbar.addWidget(self.shop_info)
        self.addToolBar(toolbar)

        self.welcome = self._welcome_banner()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for entry in TABS:
            page = LazyPage(entry, lambda cls, parent: cls(store, self._pack_for(cls), self.shops, parent))
            page.built.connect(self._tab_built)
            self.tabs.addTab(page, entry.title())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.undo_bar = UndoBar(self.tr("把刚删除的店铺连同它的方案、商品和设置恢复回来"))
        self.undo_bar.undoRequested.connect(self.undo_delete_shop)
        self.undo_bar.expired.connect(self._forget_deleted_shop)
        self._deleted_shop: DeletedShop | None = None
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.welcome)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.tabs.currentChanged.connect(lambda _index: save_all_soon(self))  # leaving a tab saves it
        self._menus(language)
        if isinstance(pack, PendingPack) and not pack.ready():
            self.statusBar().showMessage(self.tr("数据只保存在本机"))  # the pack's name once it is read
        else:
            self.show_pack(resolved(pack))
        self.setAcceptDrops(True)  # a rule pack, or a file for the current tab to import
        self.reload_shops()

    @property
    def pack(self) -> RulePack:
        """The rule pack in use (read now if it was still pending)."""
        return resolved(self._pack)

    def _pack_for(self, tab_class: type) -> RulePack | PendingPack:
        """What a tab is built with: the pack, or, for a tab that reads it only in its own worker (the
        board, the first tab of most starts), the pack still to be read."""
        return self._pack if getattr(tab_class, "READS_PACK_LATER", False) else self.pack

    def show_pack(self, pack: RulePack) -> None:
        self.statusBar().showMessage(
            fill(self.tr("规则包 %1 · 共 %2 条规则 · 数据只保存在本机"), pack.label, str(len(pack))))

    def tab(self, tab_class: type | str) -> QWidget:
        """The tab of that class (or class name), built if it was not yet."""
        name = tab_class if isinstance(tab_class, str) else tab_class.__name__
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if isinstance(page, LazyPage) and page.entry.class_name == name:
                return page.tab()
        raise LookupError(name)

    def _tab_built(self, tab: QWidget) -> None:
        """A tab that asks for an item to be shown in its own tab (the deadline board) is answered here;
        every tab takes back the pane sizes the seller left it with."""
        from gui.remembered import restore_panes

        restore_panes(tab, self.store)
        asked = getattr(tab, "openRequested", None)
        if asked is not None:
            from gui.tabs.board_tab import open_item

            asked.connect(lambda item: open_item(self, item))

    def show_tab(self, tab_class: type | str) -> QWidget:
        tab = self.tab(tab_class)
        page = tab.parentWidget()
        assert page is not None  # every tab sits in its LazyPage
        self.tabs.setCurrentWidget(page)
        return tab

    def current_tab(self) -> QWidget:
        """The tab on show, built now if it was not yet."""
        page = self.tabs.currentWidget()
        assert isinstance(page, LazyPage)
        return page.tab()

    # Leaving what was edited ----------------------------------------------------------------------
    def rescue_dir(self) -> Path | None:
        return self.store.path.parent / "unsaved" if self.store.path is not None else None

    def settle_edits(self) -> bool:
        """Every pending edit saved (or, if the seller chose, kept in a file): True to go on."""
        from gui.autosave import Autosaver

        return settle(self, self.findChildren(Autosaver), self.rescue_dir())

    def event(self, event: QEvent) -> bool:
        """A repaint of the window (Qt paints every widget that changed in one UpdateRequest) holds
        background work at its next progress step while it runs: see gui.ops.painting."""
        if event.type() != QEvent.Type.UpdateRequest:
            return super().event(event)
        with painting():
            return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle_edits():
            event.ignore()
            return
        from gui.remembered import save

        built = [page.tab() for page in (self.tabs.widget(i) for i in range(self.tabs.count()))
                 if isinstance(page, LazyPage) and page.is_built()]
        save(self, self.store, self.tabs.currentIndex(), built)
        super().closeEvent(event)

    def restore_layout(self) -> None:
        """The size, place and tab the seller left the window with (at start, before it shows)."""
        from gui.remembered import restore_window

        tab = restore_window(self, self.store)
        if tab is not None and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    # Menus ------------------------------------------------------------------------------------
    def _menus(self, language: str) -> None:
        settings = self.menuBar().addMenu(self.tr("设置(&S)"))
        lang_menu = settings.addMenu(self.tr("界面语言"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[code] = action
        from gui.data_menu import DataMenu

        self.data_menu = DataMenu(self, settings, self.store, self._restore)
        self.packs_action = menu_action(settings, self.tr("规则包…"), self.show_rule_packs)
        self.packs_action.setEnabled(self._use_pack is not None and self.store.path is not None)
        quit_action = menu_action(settings, self.tr("退出"), self.close)
        # The first key sequence makes PySide6 build Python enums for the whole Qt namespace (~13 ms):
        # set once the window is on screen instead of before.
        self.after_paint.add(lambda: _set_shortcut(quit_action, "Ctrl+Q"))
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        import_action = menu_action(file_menu, self.tr("导入文件…"), self.choose_file)
        save_action = menu_action(file_menu, self.tr("方案另存为文件…"), self.save_plan_as)
        find_action = menu_action(file_menu, self.tr("查找"), self.find_in_tab)
        self.menuBar().insertMenu(settings.menuAction(), file_menu)
        report_menu = self.menuBar().addMenu(self.tr("报告(&R)"))
        report_action = menu_action(report_menu, self.tr("打印体检报告…"), self.print_report)
        self.after_paint.add(lambda: _set_shortcut(report_action, "Ctrl+P"))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_action = menu_action(help_menu, self.tr("关于小店合规助手"), self.show_about)
        shortcuts = ((import_action, "Ctrl+O"), (save_action, "Ctrl+Shift+S"), (find_action, "Ctrl+F"),
                     (help_action, "F1"))
        def set_shortcuts() -> None:
            for action, keys in shortcuts:
                _set_shortcut(action, keys)

        self.after_paint.add(set_shortcuts)

    def show_rule_packs(self, path: str | None = None) -> RulePacksDialog | None:
        """设置 → 规则包 (with `path`: that file offered for installing at once)."""
        from PySide6.QtCore import Qt  # here: the Qt namespace's enums cost ~13 ms at start

        from gui.rule_packs import RulePacksDialog

        if self._use_pack is None or self.store.path is None:
            return None
        dialog = RulePacksDialog(self, self.store, self.pack, self._use_pack)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if path:
            dialog.install(path)
        return dialog

    # Files dropped on the window ----------------------------------------------------------------
    def _dropped(self, event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        path = self._dropped(event)
        if path and (path.endswith(PACK_SUFFIX) or self._importer() is not None):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped(event)
        if not path:
            return
        event.acceptProposedAction()
        self.open_file(path)

    def open_file(self, path: str) -> bool:
        """A file the seller handed the window: a rule pack goes to 设置 → 规则包, a table to the
        current tab's import (as its own 导入 button would take it)."""
        if path.endswith(PACK_SUFFIX):
            return self.show_rule_packs(path) is not None
        importer = self._importer()
        if importer is None:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.information(self, self.tr("导入"), self.tr(
                "当前标签页不导入文件。请切换到要导入的标签页（类目迁移、售后时效、保证金与试运营、客服机器人）再拖入。"))
            return False
        importer(path)
        return True

    def _importer(self) -> Callable[[str], object] | None:
        page = self.tabs.currentWidget()
        tab = page.tab() if isinstance(page, LazyPage) else page
        for name in ("import_file", "import_receipts"):
            found = getattr(tab, name, None)
            if callable(found):
                return cast(Callable[[str], object], found)
        knowledge = getattr(tab, "knowledge", None)
        found = getattr(knowledge, "import_file", None)
        return cast(Callable[[str], object], found) if callable(found) else None

    def choose_file(self) -> bool:
        """文件 → 导入文件… (Ctrl+O): a table for the current tab, or a rule pack."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入文件"), "", self.tr(
            "表格或规则包 (*.xlsx *.csv *.json *.rulepack);;所有文件 (*)"))
        return self.open_file(path) if path else False

    def save_plan_as(self) -> bool:
        """文件 → 方案另存为文件… (Ctrl+Shift+S): the current tab's plan, as its own button does."""
        from gui.plan_bar import PlanBar

        bars = self.current_tab().findChildren(PlanBar)
        if not bars:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.information(self, self.tr("另存为"), self.tr("当前标签页没有可以另存的方案。"))
            return False
        bars[0].save_file()
        return True

    def find_in_tab(self) -> bool:
        """文件 → 查找 (Ctrl+F): the current tab's search box, focused."""
        from PySide6.QtWidgets import QLineEdit

        boxes = [box for box in self.current_tab().findChildren(QLineEdit)
                 if box.isVisible() and "搜索" in (box.placeholderText() + box.accessibleName())
                 or box.isVisible() and "search" in box.placeholderText().lower()]
        if not boxes:
            return False
        boxes[0].setFocus()
        boxes[0].selectAll()
        return True

    def print_report(self) -> None:
        """合规体检报告 of the current shop (or every shop): built off the UI thread, then previewed, printed
        or saved as PDF."""
        from gui.report_preview import ReportPreview

        ReportPreview(self.store, self.pack, self.shops, self).start()

    def about_text(self) -> str:
        return (fill(self.tr("小店合规助手 %1\n规则包 %2（%3 条规则）\n数据文件：%4\n\n"
                        "按快手小店、抖店公布的规则，在您操作之前检查方案。"
                        "每条结果都引用规则原文与日期，请以平台后台为准。"), core.__version__, self.pack.label, str(len(self.pack)), str(self.store.path or "内存")))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, self.tr("关于小店合规助手"), self.about_text())

    # Shops ------------------------------------------------------------------------------------
    def _welcome_banner(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(self.tr("欢迎！还没有店铺。添加您的店铺，或先用示例店铺看看各项检查。"))
        text.setWordWrap(True)
        add = QPushButton(self.tr("添加我的店铺"))
        add.clicked.connect(self.add_shop)
        sample = QPushButton(self.tr("使用示例店铺"))
        sample.clicked.connect(self.add_sample_shop)
        row = QHBoxLayout(frame)
        row.addWidget(text, 1)
        row.addWidget(add)
        row.addWidget(sample)
        return frame

    def reload_shops(self) -> None:
        current = self.shops.shop()
        self.shop_box.blockSignals(True)
        self.shop_box.clear()
        for shop in self.store.shops():
            self.shop_box.addItem(f"{shop.name}（{platform_names()[shop.platform]}）", shop.id)
        if current is not None:
            self.shop_box.setCurrentIndex(self.shop_box.findData(current.id))
        self.shop_box.blockSignals(False)
        has_shops = self.shop_box.count() > 0
        self.welcome.setVisible(not has_shops)
        self.edit_action.setEnabled(has_shops)
        self.delete_action.setEnabled(has_shops)
        self._describe_shop(current)

    def _describe_shop(self, shop: Shop | None) -> None:
        if shop is None:
            self.shop_info.setText("")
            return
        parts = [shop_type_names()[shop.shop_type]]
        if shop.experience_score:
            parts.append(fill(self.tr("体验分 %1"), shop.experience_score))
        if shop.reputation_score:
            parts.append(fill(self.tr("口碑分 %1"), shop.reputation_score))
        if shop.in_assessment_period:
            parts.append(self.tr("考核期内"))
        if shop.professional_anchor:
            parts.append(self.tr("专业电商主播"))
        self.shop_info.setText("  ·  ".join(parts))

    def _shop_chosen(self, index: int) -> None:
        shop_id = self.shop_box.itemData(index)
        current = self.shops.shop()
        if not self.settle_edits():  # stay on the shop whose edits are not saved yet
            self.shop_box.blockSignals(True)
            self.shop_box.setCurrentIndex(self.shop_box.findData(current.id) if current else -1)
            self.shop_box.blockSignals(False)
            return
        shop = self.store.shop(shop_id) if shop_id is not None else None
        self._set_shop(shop)
        self._describe_shop(shop)

    def _set_shop(self, shop: Shop | None) -> None:
        try:
            self.shops.set_shop(shop)
        except StoreError as exc:  # the choice is shown all the same; only remembering it failed
            write_failed(self, self.tr("当前店铺的选择"), exc)

    def _save(self, shop: Shop) -> Shop | None:
        try:
            return self.store.save_shop(shop)
        except InputError as exc:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(self, self.tr("无法保存店铺"), exc.message)
            return None
        except StoreError as exc:
            write_failed(self, fill(self.tr("店铺“%1”"), shop.name), exc)
            return None

    def add_shop(self) -> None:
        from gui.shop_dialog import ShopDialog  # imported when first needed: not at start-up
        dialog = ShopDialog(parent=self)
        if dialog.exec() and self.settle_edits() and (saved := self._save(dialog.shop)):
            self._set_shop(saved)
            self.reload_shops()

    def add_sample_shop(self) -> None:
        if not self.settle_edits():
            return
        saved = self._save(Shop(**{**SAMPLE_SHOP.__dict__, "id": None}))
        if saved:
            self._set_shop(saved)
            self.reload_shops()

    def edit_shop(self) -> None:
        shop = self.shops.shop()
        if shop is None:
            return
        from gui.shop_dialog import ShopDialog
        dialog = ShopDialog(shop, parent=self)
        if dialog.exec() and self.settle_edits() and (saved := self._save(dialog.shop)):
            self._set_shop(saved)
            self.reload_shops()

    def delete_shop(self) -> None:
        shop = self.shops.shop()
        if shop is None or shop.id is None:
            return
        if not confirm(self, self.tr("删除店铺"), fill(self.tr(
                "确定删除店铺“%1”及其保存的全部方案吗？删除后 10 秒内可以点“撤销”恢复。"), shop.name)):
            return
        for saver in self.findChildren(Autosaver):
            saver.discard()  # the shop's pending edits go with it (a write under way finishes first)
        try:
            deleted = self.store.delete_shop(shop.id)
        except StoreError as exc:
            write_failed(self, fill(self.tr("删除店铺“%1”"), shop.name), exc)
            return
        remaining = self.store.shops()
        self._set_shop(remaining[0] if remaining else None)
        self.reload_shops()
        self._deleted_shop = deleted
        self.undo_bar.offer(fill(self.tr("已删除店铺“%1”"), shop.name))

    def _forget_deleted_shop(self) -> None:
        self._deleted_shop = None

    def undo_delete_shop(self) -> bool:
        """Bring the shop deleted last back with everything kept for it (same id, plans, products,
        marks, board state) and make it the current shop. False when too late, when the seller
        stays on edits not saved yet, or when the write failed."""
        deleted, self._deleted_shop = self._deleted_shop, None
        self.undo_bar.withdraw()
        if deleted is None:
            return False
        if not self.settle_edits():  # the shop shown now keeps its edits first; the offer stays
            self._deleted_shop = deleted
            self.undo_bar.offer(self.undo_bar.label.text())
            return False
        try:
            shop_id = self.store.restore_shop(deleted)
            shop = self.store.shop(shop_id)
        except StoreError as exc:
            write_failed(self, fill(self.tr("恢复店铺“%1”"), deleted.name), exc)
            return False
        self._set_shop(shop)
        self.reload_shops()
        return True

