"""设置 → 规则包: which pack the checks use, install a signed pack file (or one dropped on the window),
see what it changes for the shop before it is used, roll back. The work is core.packs; the checks of
a file, its rule tests and the re-check of every saved plan run off the UI thread (gui.ops)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.packs.bundle import SUFFIX, PackRefused
from core.progress import Progress
from core.rulepack import RulePack
from core.store import Store
from core.values import BEIJING
from gui.dialogs import confirm
from gui.errors import describe
from gui.ops import Op
from gui.text import fill


@dataclass
class Preview:
    prepared: object  # core.packs.installed.Prepared
    text: str


class RulePacksDialog(QDialog):
    def __init__(self, parent: QWidget, store: Store, pack: RulePack, use_pack: Callable[[RulePack], None]) -> None:
        super().__init__(parent)
        self.store, self.pack, self._use = store, pack, use_pack
        self.data_dir = store.path.parent if store.path is not None else None
        self.setWindowTitle(self.tr("规则包"))
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.listing = QListWidget()
        self.install_button = QPushButton(self.tr("安装规则包…"))
        self.install_button.clicked.connect(lambda: self.install())
        self.rollback_button = QPushButton(self.tr("回退到上一个"))
        self.rollback_button.clicked.connect(self.roll_back)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.rollback_button, QDialogButtonBox.ButtonRole.ActionRole)
        hint = QLabel(self.tr("规则包由发布方签名。安装前会核对签名与每个文件、运行规则包自带的规则测试，"
                              "并列出新规则对您已保存方案的影响；内置规则包始终保留，可随时回退。"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.current, self.listing, hint, buttons):
            layout.addWidget(widget)
        self.resize(620, 420)
        self.busy = False
        self.refresh()

    def refresh(self) -> None:
        from core.packs import installed

        self.current.setText(fill(self.tr("正在使用：规则包 %1，共 %2 条规则。"), self.pack.label, str(len(self.pack))))
        self.listing.clear()
        packs = installed.installed(self.data_dir) if self.data_dir is not None else []
        for item in packs:
            when = item.installed_at[:16].replace("T", " ")
            self.listing.addItem(fill(self.tr("%1 %2（%3） · 安装于 %4"), "●" if item.active else "○", item.version,
                                      item.date, when))
        from core.engine import default_pack

        self.listing.addItem(fill(self.tr("%1 内置规则包 %2 · 始终保留"), "○" if packs else "●",
                                  default_pack().label))
        self.rollback_button.setEnabled(bool(packs) and not self.busy)
        self.install_button.setEnabled(self.data_dir is not None and not self.busy)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.refresh()

    def install(self, path: str | None = None) -> bool:
        """Check the file, its tests and what it changes (off the UI thread), show that, then install."""
        if self.data_dir is None or self.busy:
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("安装规则包"), "",
                                                  fill(self.tr("规则包 (*%1);;所有文件 (*)"), SUFFIX))
        if not path:
            return False
        data_dir, old = self.data_dir, self.pack
        now = datetime.now(BEIJING)

        def work(store: Store, _progress: Progress) -> Preview:
            from core.packs import diff, installed

            prepared = installed.prepare(Path(path), data_dir)
            try:
                rules = diff.rule_changes(old, prepared.pack)
                shops = diff.shop_changes(store, old, prepared.pack, now)
            except BaseException:
                prepared.discard()
                raise
            return Preview(prepared, diff.text(rules, shops))

        self._busy(True)
        Op(self, work, store=self.store, title=self.tr("安装规则包")).with_progress(
            self.tr("正在核对规则包并重新检查已保存的方案…"), cancellable=False).success(
            lambda preview: self._confirm(preview, Path(path))).failure(self._failed).run()
        return True

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        message = exc.message if isinstance(exc, PackRefused) else describe(exc)
        QMessageBox.warning(self, self.tr("没有安装"), fill(self.tr("没有安装这个规则包，正在使用的规则不变：\n%1"), message))

    def _confirm(self, preview: Preview, path: Path) -> None:
        from core.packs import installed

        prepared = preview.prepared
        assert isinstance(prepared, installed.Prepared)
        shown = ChangesDialog(self, preview.text, prepared.pack)
        if shown.exec() != QDialog.DialogCode.Accepted:
            prepared.discard()
            self._busy(False)
            return
        try:
            installed.commit(prepared, path)
        except OSError as exc:
            prepared.discard()
            self._failed(exc)
            return
        self.pack = prepared.pack
        self._busy(False)
        self._use(prepared.pack)

    def roll_back(self) -> bool:
        from core.packs import installed

        if self.data_dir is None or not confirm(self, self.tr("回退规则包"), self.tr(
                "停用最近安装的规则包，换回上一个（没有则换回内置规则包）？已安装的文件会保留。")):
            return False
        try:
            installed.rollback(self.data_dir)
        except PackRefused as exc:
            QMessageBox.information(self, self.tr("回退规则包"), exc.message)
            return False
        pack, problem = installed.load_active(self.data_dir)
        if problem:
            QMessageBox.warning(self, self.tr("回退规则包"), problem)
        self.pack = pack
        self.refresh()
        self._use(pack)
        return True


class ChangesDialog(QDialog):
    """What the new pack changes, read before it is used."""

    def __init__(self, parent: QWidget, text: str, pack: RulePack) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("安装规则包 %1"), pack.label))
        intro = QLabel(self.tr("签名与文件核对无误，规则测试全部通过。安装后，所有检查都按新规则进行："))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("安装并启用"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(680, 480)
        self.setWindowModality(Qt.WindowModality.WindowModal)
