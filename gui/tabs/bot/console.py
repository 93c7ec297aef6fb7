"""The test console: type a buyer's question, see what the bot would answer and why.

Matching a question takes about a millisecond, so it runs on the UI thread as the seller types; the
matcher itself is built off the UI thread by the tab and handed in with `set_matcher`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget,
)

from gui import palette
from gui.text import fill
from core.bot import Match, Matcher
from core.bot.matcher import certainty

RECENT_MAX = 20
GREEN, AMBER, GREY = palette.OK, palette.WARNING, palette.MUTED


def _label(style: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class ConsolePanel(QWidget):
    """Emits asked(question) when the seller presses Enter (the question joins the recent list),
    showEntry(entry id) to see the answering entry in the list, batchRequested() for a batch test."""

    asked = Signal(str)
    showEntry = Signal(str)
    batchRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matcher: Matcher | None = None
        self.match: Match | None = None
        self.status = _label(f"color: {GREY};")
        self.ask = QLineEdit()
        self.ask.setPlaceholderText(self.tr("输入买家的问题，例如：你们发啥快递"))
        self.ask.setAccessibleName(self.tr("输入买家的问题"))
        self.ask.setClearButtonEnabled(True)
        self.ask.textChanged.connect(self.answer_now)
        self.ask.returnPressed.connect(self._record)
        test = QPushButton(self.tr("测试"))
        test.clicked.connect(self._record)
        row = QHBoxLayout()
        row.addWidget(self.ask, 1)
        row.addWidget(test)

        self.verdict = _label("font-size: 12pt; font-weight: bold;")
        self.hit = _label()
        self.open_entry = QPushButton(self.tr("在知识列表中查看"))
        self.open_entry.clicked.connect(lambda: self.match and self.match.entry and
                                        self.showEntry.emit(self.match.entry.id))
        hit_row = QHBoxLayout()
        hit_row.addWidget(self.hit, 1)
        hit_row.addWidget(self.open_entry, 0, Qt.AlignmentFlag.AlignTop)
        self.answer = _label(f"background: {palette.WHITE}; border: 1px solid {palette.BORDER}; border-radius: 4px; padding: 6px;")
        self.answer.setAccessibleName(self.tr("机器人的回答"))
        self.why = _label(f"color: {GREY};")
        self.others = _label(f"color: {GREY};")
        result = QFrame()
        result.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QVBoxLayout(result)
        for widget in (self.verdict, self.answer, self.why, self.others):
            result_layout.addWidget(widget)
        result_layout.insertLayout(1, hit_row)
        result_layout.addStretch(1)

        recent_label = QLabel(self.tr("最近测试过的问题（双击再测一次）"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("最近测试过的问题"))
        self.recent.itemActivated.connect(lambda item: self.ask.setText(item.text()))
        recent_label.setBuddy(self.recent)
        batch = QPushButton(self.tr("批量测试…"))
        batch.setToolTip(self.tr("从 Excel/CSV 读取一列真实的买家问题，看机器人能回答多少、哪些答错了"))
        batch.clicked.connect(self.batchRequested)
        batch_hint = _label(f"color: {GREY};")
        batch_hint.setText(self.tr("批量测试：从表格（.xlsx / .csv）读取一列买家问题，算出回答率，列出转人工和答错的问题。"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(result, 3)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(batch_hint, 1)
        bottom.addWidget(batch, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self.set_matcher(None)

    # The matcher ------------------------------------------------------------------------------
    def set_matcher(self, matcher: Matcher | None, platform_name: str = "") -> None:
        """Use a new matcher (None: one is being prepared); the question on screen is answered again."""
        old, self.matcher = self.matcher, matcher
        if old is not None and old is not matcher:
            old.close()
        if matcher is None:
            self.status.setText(self.tr("正在准备匹配…（第一次打开需要几秒）"))
        else:
            self.status.setText(fill(self.tr("%1机器人能用 %2 条知识回答（停用的知识不会回答）。"), platform_name, str(len(matcher))))
        self.answer_now()

    def ready(self) -> bool:
        return self.matcher is not None

    # Answering ----------------------------------------------------------------------------------
    def answer_now(self, *_args: object) -> None:
        question = self.ask.text().strip()
        self.match = None
        if not question:
            self._show(self.tr("在上方输入买家可能会问的话，这里显示机器人的回答。"), GREY)
            return
        if self.matcher is None:
            self._show(self.tr("正在准备匹配…"), GREY)
            return
        self.match = match = self.matcher.match(question)
        if match.entry is None:
            self._show(self.tr("转人工（机器人不回答）"), AMBER, why=match.reason())
        else:
            self._show(self.tr("机器人会这样回答："), GREEN, why=match.reason())
            self.hit.setText(fill(self.tr("命中知识：%1"), match.entry.question))
            self.answer.setText(match.entry.answer or self.tr("（这条知识的答案是空的）"))
            for widget in (self.hit, self.answer, self.open_entry):
                widget.show()
        others = [c for c in self.matcher.candidates(question, limit=4) if c.entry.id != match.entry_id][:3]
        if others:
            self.others.setText(self.tr("其他相近的知识：") + "；".join(
                f"“{c.entry.question}”（{certainty(c.score, self.matcher.threshold)}）" for c in others))
            self.others.show()

    def _show(self, verdict: str, color: str, why: str = "") -> None:
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {color};")
        self.why.setText(why)
        self.why.setVisible(bool(why))
        for widget in (self.hit, self.answer, self.open_entry, self.others):
            widget.hide()
        self.hit.setText("")
        self.answer.setText("")

    # Recent questions ------------------------------------------------------------------------------
    def _record(self) -> None:
        question = self.ask.text().strip()
        if not question:
            return
        self.answer_now()
        self.set_recent([question, *(q for q in self.recent_questions() if q != question)])
        self.asked.emit(question)

    def recent_questions(self) -> list[str]:
        return [self.recent.item(i).text() for i in range(self.recent.count())]

    def set_recent(self, questions: list[str]) -> None:
        self.recent.clear()
        self.recent.addItems([q for q in questions if isinstance(q, str) and q.strip()][:RECENT_MAX])
