"""What an import asks the seller when the file cannot tell: which column is which (a header the export
profiles do not fully name), and questions about the whole file (were its 仅退款 before or after
shipment?). Core raises ColumnsUnknown / NeedsAnswer; the flow asks here and imports again with the
answer, which core remembers for the shop and that export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from core.importers.base import ColumnsUnknown, NeedsAnswer
from gui.text import fill

Again = Callable[[dict[str, str] | None, dict[str, str] | None], object]


class ColumnsDialog(QDialog):
    """One drop-down per field: which header cell holds it (or none)."""

    def __init__(self, parent: QWidget | None, unknown: ColumnsUnknown) -> None:
        super().__init__(parent)
        self.unknown = unknown
        self.setWindowTitle(self.tr("确认各列"))
        intro = QLabel(fill(self.tr("没有认全第 %1 行的表头。请指定每一列对应什么（* 为必填），"
                                    "选过一次后，这个店铺再导入同样的表格时会自动使用。"), str(unknown.line)))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        required = {f for group in unknown.required for f in group}
        headers = [h for h in unknown.header if h]
        for fieldname, name in unknown.fields.items():
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), "")
            for header in headers:
                combo.addItem(header, header)
            chosen = unknown.chosen.get(fieldname)
            if chosen:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self._changed)
            form.addRow(name + (" *" if fieldname in required else ""), combo)
            self.combos[fieldname] = combo
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self._changed()

    def choice(self) -> dict[str, str]:
        return {f: str(combo.currentData() or "") for f, combo in self.combos.items()}

    def _changed(self, *_args: object) -> None:
        chosen = {f for f, h in self.choice().items() if h}
        missing = [group for group in self.unknown.required if not chosen.intersection(group)]
        names = ["/".join(self.unknown.fields.get(f, f) for f in group) for group in missing]
        self.missing.setText(fill(self.tr("还需要指定：%1"), "、".join(names)) if names else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)


def ask_again(parent: QWidget | None, exc: BaseException, again: Again) -> bool:
    """When `exc` is a question core asks (a column choice, a question about the whole file), ask it
    and call `again(choice, answers)` with the answer; True when it was such a question (answered or
    cancelled by the seller, who then knows nothing was imported)."""
    if isinstance(exc, ColumnsUnknown):
        dialog = ColumnsDialog(parent, exc)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            again(dialog.choice(), None)
        return True
    if isinstance(exc, NeedsAnswer):
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ImportQuestions", "导入前需要确认"), exc.message,
                          QMessageBox.StandardButton.Cancel, parent)
        buttons = {box.addButton(text, QMessageBox.ButtonRole.AcceptRole): option
                   for option, text in exc.options.items()}
        box.exec()
        option = buttons.get(box.clickedButton())  # type: ignore[call-overload]
        if option is not None:
            again(None, {exc.question: option})
        return True
    return False
