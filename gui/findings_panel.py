"""The findings list every tab shows: one card per finding (severity, message, the rule's quote on
expand). Clicking a card, or Enter on it, emits the input path it names so the tab can focus it."""

from __future__ import annotations

import html
from itertools import chain, islice

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStyle, QToolButton, QVBoxLayout, QWidget,
)

from gui import palette
from gui.text import fill
from core.report import SEVERITY_ORDER, Finding

COLORS = {"error": palette.ERROR, "warning": palette.WARNING, "info": palette.INFO}
# Cards built at first; the rest wait behind a "show all" button. A long list stays readable, and a
# keystroke that adds a finding lays out this many word-wrapped cards, not a hundred (one frame).
FIRST_CARDS = 20
MORE_CARDS = 100  # each click on "more" adds this many (60,000 cards at once would freeze the window)
BACKGROUNDS = {"error": palette.ERROR_BG, "warning": palette.WARNING_BG, "info": palette.INFO_BG}
ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


SEVERITIES = sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__)


def by_severity(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The findings by severity, each group in the report's order (plain Python: may run off the UI
    thread)."""
    return {s: [f for f in findings if f.severity == s] for s in SEVERITIES}


class FindingCard(QFrame):
    activated = Signal(str)

    def __init__(self, severity: str, label: str, message: str, path: str,
                 quote_html: str | None, rule: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.severity, self.message = path, severity, message
        self.key: tuple[str, str, str, str] = ("", severity, path, message)
        self.setProperty("severity", severity)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{label}：{message}")
        self.setToolTip(rule)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(ICONS[severity]).pixmap(18, 18))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(f"<b style='color:{COLORS[severity]}'>{html.escape(label)}</b>　{html.escape(message)}")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text = text
        body = QVBoxLayout()
        body.setSpacing(2)
        body.addWidget(text)
        self.body = body
        self.quote_html = quote_html
        self.quote: QLabel | None = None
        if quote_html:
            self.toggle = QToolButton()
            self.toggle.setText(self.tr("规则原文 ▸"))
            self.toggle.setAutoRaise(True)
            self.toggle.clicked.connect(self.toggle_quote)
            body.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 6)
        row.addWidget(icon)
        row.addLayout(body, 1)

    def toggle_quote(self) -> None:
        if self.quote is None:  # built on first use: most quotes are never opened
            self.quote = QLabel(self.quote_html or "")
            self.quote.setObjectName("quote")
            self.quote.setWordWrap(True)
            self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.quote.hide()
            self.body.addWidget(self.quote)
        self.quote.setVisible(not self.quote.isVisible())
        self.toggle.setText(self.tr("规则原文 ▾") if self.quote.isVisible() else self.tr("规则原文 ▸"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.path)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.path)
            return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    """Shows a report's findings; activating one emits the input path it names."""

    pathActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cards: list[FindingCard] = []
        self._by_key: dict[tuple[str, str, str, str], FindingCard] = {}
        self.list = QWidget()
        self.list.setStyleSheet(
            "".join(f"FindingCard[severity=\"{k}\"] {{ background: {v}; border-radius: 4px; }}"
                    for k, v in BACKGROUNDS.items()) + " QLabel#quote { color: #444; }")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(2, 2, 2, 2)
        self.list_layout.setSpacing(4)
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.clicked.connect(self.show_more)
        self.more.hide()
        self.list_layout.addWidget(self.more)
        self.list_layout.addStretch(1)
        self.limit = FIRST_CARDS
        self._findings: list[Finding] = []
        self._grouped: dict[str, list[Finding]] | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        scroll.setAccessibleName(self.tr("检查结果"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.show_findings([])

    def severity_label(self, severity: str) -> str:
        return {"error": self.tr("错误"), "warning": self.tr("提醒"), "info": self.tr("说明")}[severity]

    def _drop(self, card: FindingCard) -> None:
        self.list_layout.removeWidget(card)
        card.hide()
        card.setParent(None)
        card.deleteLater()

    def _clear(self) -> None:
        for card in self.cards:
            self._drop(card)
        self.cards = []
        self._by_key = {}

    def _add(self, card: FindingCard) -> None:
        card.activated.connect(self.pathActivated)
        self.list_layout.insertWidget(len(self.cards), card)
        self.cards.append(card)

    def show_more(self) -> None:
        self.limit += MORE_CARDS
        self.show_findings(self._findings, self._grouped)

    def show_findings(self, findings: list[Finding], grouped: dict[str, list[Finding]] | None = None) -> None:
        """Show a report's findings; `grouped` is `by_severity(findings)` when the caller worked it
        out off the UI thread (a report of 60,000 findings takes 40 ms to go through)."""
        self._findings, self._grouped = findings, grouped
        groups = grouped if grouped is not None else by_severity(findings)
        ordered = list(islice(chain.from_iterable(groups.get(s, ()) for s in SEVERITIES), self.limit))
        hidden = len(findings) - len(ordered)
        if hidden:
            self.more.setText(fill(self.tr("还有 %1 条，点此再显示 %2 条"), f"{hidden:,}", str(min(hidden, MORE_CARDS)))
                              if hidden > MORE_CARDS else fill(self.tr("还有 %1 条，点此全部显示"), str(hidden)))
        self.more.setVisible(bool(hidden))
        keys = [(f.rule, f.severity, f.path, f.message) for f in ordered]
        if keys == [c.key for c in self.cards]:
            return  # typing that changes nothing shown costs nothing
        errors, warnings = len(groups.get("error", ())), len(groups.get("warning", ()))
        if not findings:
            self.summary.setText(self.tr("✔ 没有发现问题。"))
        elif errors:
            self.summary.setText(fill(self.tr("✖ %1 个错误，%2 个提醒：请先处理错误。"), f"{errors:,}", f"{warnings:,}"))
        else:
            self.summary.setText(fill(self.tr("没有错误，%1 个提醒。"), f"{warnings:,}"))
        # Keep the cards that are still true, make only the new ones: a keystroke that adds one
        # finding builds one card, not all of them.
        wanted = set(keys)
        for card in self.cards:
            if card.key not in wanted:
                self._drop(card)
                self._by_key.pop(card.key, None)
        self.cards = []
        for position, (key, finding) in enumerate(zip(keys, ordered, strict=True)):
            found = self._by_key.get(key)
            if found is None:
                card = self._card(finding)
                card.key = key
                card.activated.connect(self.pathActivated)
                self._by_key[key] = card
            elif self.list_layout.indexOf(found) == position:
                self.cards.append(found)
                continue
            else:
                card = found
                self.list_layout.removeWidget(card)
            self.list_layout.insertWidget(position, card)
            self.cards.append(card)

    def _card(self, finding: Finding) -> FindingCard:
        src = finding.source
        heading = (fill(self.tr("依据 %1：《%2》（%3）"), finding.rule, src["title"], src["date"]))
        quote = f"{html.escape(heading)}<br/>“{html.escape(src['quote'])}”"
        return FindingCard(finding.severity, self.severity_label(finding.severity),
                           finding.message, finding.path, quote, finding.rule)

    def show_input_error(self, field: str, message: str) -> None:
        """The plan cannot be checked yet: say which field and why."""
        self._clear()
        self.more.hide()
        self.summary.setText(self.tr("✖ 有一处填写无法识别，改正后才能检查："))
        card = FindingCard("error", self.severity_label("error"), f"{field}：{message}", field, None, "")
        card.key = ("input", "error", field, message)
        self._add(card)

    def messages(self) -> list[str]:
        """The messages shown, in order (what a seller reads)."""
        return [card.message for card in self.cards]
