"""The editor of one knowledge entry: question, similar questions, answer, scenario, platform, enabled.

Every keystroke becomes a new Entry (`changed`), so what the seller types is in the plan at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from gui import palette
from core.bot import PLATFORMS, SCENARIOS, Entry

def similar_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class EntryEditor(QWidget):
    """Shows one entry; emits changed(Entry) as the seller edits it."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: Entry | None = None
        self.title = QLabel(self.tr("知识内容"))
        self.title.setStyleSheet("font-weight: bold;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("买家最常见的问法，例如：发什么快递？"))
        self.question.setAccessibleName(self.tr("标准问题"))
        self.similar = QPlainTextEdit()
        self.similar.setPlaceholderText(self.tr("同一个意思的其他问法，每行一个，例如：\n默认快递是哪家\n能发顺丰吗"))
        self.similar.setAccessibleName(self.tr("相似问题（每行一个）"))
        self.similar.setTabChangesFocus(True)
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(self.tr("机器人回复买家的话"))
        self.answer.setAccessibleName(self.tr("答案"))
        self.answer.setTabChangesFocus(True)
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("场景"))
        for name in SCENARIOS:
            self.scenario.addItem(name, name)
        self.scenario.addItem(self.tr("（未分类）"), "")
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("适用平台"))
        for code, label in zip(PLATFORMS, (self.tr("通用"), self.tr("快手"), self.tr("抖音"))):
            self.platform.addItem(label, code)
        self.enabled = QCheckBox(self.tr("启用（停用后机器人不会用这条回答）"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {palette.WARNING}; background: {palette.WARNING_BG}; padding: 4px; border-radius: 4px;")
        self.problems.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("标准问题"), self.question)
        form.addRow(self.tr("相似问题（每行一个）"), self.similar)
        form.addRow(self.tr("答案"), self.answer)
        row = QHBoxLayout()
        for caption, widget in ((self.tr("场景"), self.scenario), (self.tr("平台"), self.platform)):
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            row.addWidget(buddy)
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(form, 1)
        layout.addLayout(row)
        layout.addWidget(self.enabled)
        layout.addWidget(self.problems)
        for label_widget in (form.labelForField(w) for w in (self.question, self.similar, self.answer)):
            if isinstance(label_widget, QLabel):
                label_widget.setStyleSheet("font-weight: bold;")
        self.question.textChanged.connect(self._edited)
        self.similar.textChanged.connect(self._edited)
        self.answer.textChanged.connect(self._edited)
        self.scenario.activated.connect(self._edited)
        self.platform.activated.connect(self._edited)
        self.enabled.toggled.connect(self._edited)
        self.show_entry(None, "")

    @property
    def entry_id(self) -> str | None:
        return self.entry.id if self.entry else None

    def _inputs(self) -> list[QWidget]:
        return [self.question, self.similar, self.answer, self.scenario, self.platform, self.enabled]

    def show_entry(self, entry: Entry | None, status: str) -> None:
        """Show an entry (None: nothing selected); `status` says where it comes from."""
        self.entry = None  # no changed() while filling in
        for widget in self._inputs():
            widget.setEnabled(entry is not None)
        if entry is None:
            for edit in (self.question, self.similar, self.answer):
                edit.clear()
            self.status.setText(self.tr("在左侧选择一条知识，或点“新建”添加您自己的问答。"))
            self.show_problems([])
            return
        self.sync(entry, status, force=True)

    def sync(self, entry: Entry, status: str, *, force: bool = False) -> None:
        """Bring the widgets in line with `entry` where they differ (the cursor stays where the seller is)."""
        if not force and entry.id != self.entry_id:
            return
        self.entry = None
        if self.question.text().strip() != entry.question:
            self.question.setText(entry.question)
        if similar_lines(self.similar.toPlainText()) != entry.similar:
            self.similar.setPlainText("\n".join(entry.similar))
        if self.answer.toPlainText().strip() != entry.answer.strip():
            self.answer.setPlainText(entry.answer)
        for combo, value in ((self.scenario, entry.scenario), (self.platform, entry.platform)):
            if combo.findData(value) < 0:
                combo.addItem(value, value)
            combo.setCurrentIndex(combo.findData(value))
        self.enabled.setChecked(entry.enabled)
        self.status.setText(status)
        self.entry = entry

    def field_label(self, field: str) -> str:
        """A field of an entry in the seller's words."""
        return {"question": self.tr("标准问题"), "similar": self.tr("相似问题"), "answer": self.tr("答案"),
                "enabled": self.tr("启用"), "scenario": self.tr("场景"), "platform": self.tr("适用平台")}.get(field, field)

    def show_problems(self, messages: list[str]) -> None:
        self.problems.setText("\n".join(f"⚠ {m}" for m in messages))
        self.problems.setVisible(bool(messages))

    def focus_field(self, field: str) -> None:
        widget = {"question": self.question, "answer": self.answer, "similar": self.similar,
                  "enabled": self.enabled, "scenario": self.scenario}.get(field, self.question)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, *_args: object) -> None:
        if self.entry is None:
            return
        self.entry = replace(self.entry, question=self.question.text().strip(),
                             similar=similar_lines(self.similar.toPlainText()),
                             answer=self.answer.toPlainText().strip(),
                             scenario=str(self.scenario.currentData() or ""),
                             platform=str(self.platform.currentData() or "all"),
                             enabled=self.enabled.isChecked())
        self.changed.emit(self.entry)
