"""The findings list every tab shows: one card per finding, the most urgent first. A card shows its
severity, the rule's title, the message, and the rule's own words with the announcement and its date
(long quotes folded after three lines, "展开" shows the rest): the quote is why a seller can trust
the finding, so it is never behind a click. The rule's id is only in the card's tooltip. Clicking a
card, or Enter on it, emits the input path it names so the tab can focus it."""

from __future__ import annotations

import html
from functools import partial
from itertools import chain, islice

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPixmap, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QStyle, QVBoxLayout, QWidget,
)

from gui import palette
from gui.ops import start_after_repaint
from gui.text import fill, money_in_text
from core.report import SEVERITY_ORDER, Finding

COLORS = {"error": palette.ERROR, "warning": palette.WARNING, "info": palette.INFO}
# Cards built at first; the rest wait behind a "show all" button. A long list stays readable, and a
# keystroke that adds a finding lays out this many word-wrapped cards, not a hundred (one frame). Ten
# fill the panel twice at 1366x700; laying out twenty took ~50 ms after a 60,000-row import.
FIRST_CARDS = 10
MORE_CARDS = 100  # each click on "more" adds this many (60,000 cards at once would freeze the window)
# New cards among the first FIRST_CARDS are made at once but shown this many per turn of the event
# loop: a card's first show (its style, its word-wrapped text laid out) costs ~3 ms, and the ten an
# after-sales import brings, shown in one go, held the window ~35 ms on top of the table's own
# repaint. The hundred a click on "more" adds are shown at once: each turn lays the whole list out
# again (~50 ms with a hundred cards in it), and a few at a time they took two seconds to come.
SHOWN_PER_TURN = 2
BACKGROUNDS = {"error": palette.ERROR_BG, "warning": palette.WARNING_BG, "info": palette.INFO_BG}
ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
QUOTE_LINES = 3  # a longer quote is folded after this many lines
# A longer message (a long notice quoted clause by clause: 13,000 characters for a pasted 20,000) shows
# its beginning until the seller asks for the rest: laid out whole, each keystroke that changed it
# held the window ~90 ms. Cut by characters, not lines: finding the lines lays the whole text out.
MESSAGE_CHARS = 400


SEVERITIES = sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__)


def _key(finding: Finding) -> tuple[str, str, str, str]:
    """What tells one card from another."""
    return (finding.rule, finding.severity, finding.path, finding.message)


def by_severity(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The findings by severity, each group in the report's order (plain Python: may run off the UI
    thread)."""
    return {s: [f for f in findings if f.severity == s] for s in SEVERITIES}


def fold(text: str, font: QFont, width: int, lines: int = QUOTE_LINES) -> tuple[str, bool]:
    """`text` cut to `lines` lines of `width` pixels, the last ending in "…"; and whether it was cut."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
        if len(starts) > lines:
            break
    layout.endLayout()
    if len(starts) <= lines:
        return text, False
    last = starts[lines - 1]
    tail = QFontMetrics(font).elidedText(text[last:].replace("\n", " "), Qt.TextElideMode.ElideRight, width)
    return text[:last] + tail, True


class QuoteLabel(QLabel):
    """The rule's own words, folded to QUOTE_LINES lines until the seller asks for the rest."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = text
        self.folded = True
        self.cut = False
        self.setObjectName("quote")
        self.setContentsMargins(8, 3, 6, 3)  # margins, not style-sheet padding: contentsRect() counts them
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)
        self.toggle = QPushButton()
        self.toggle.setObjectName("fold")
        self.toggle.setFlat(True)
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.clicked.connect(self.flip)
        self.toggle.hide()

    def flip(self) -> None:
        self.folded = not self.folded
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width() - 4  # a few pixels short of the label: never a fourth line
        if width <= 20:
            return
        shown, self.cut = fold(self.full, self.font(), width)
        text = shown if self.folded else self.full
        if text != self.text():
            self.setText(text)
        self.toggle.setText(self.tr("展开全文") if self.folded else self.tr("收起"))
        self.toggle.setVisible(self.cut)


_ICONS: dict[tuple[int, str], QPixmap] = {}


def _icon(style: QStyle, severity: str) -> QPixmap:
    """The severity's icon at 18 px, drawn once per style (every card shows one)."""
    key = (id(style), severity)
    if key not in _ICONS:
        _ICONS[key] = style.standardIcon(ICONS[severity]).pixmap(18, 18)
    return _ICONS[key]


class FindingCard(QFrame):
    activated = Signal(str)

    def __init__(self, severity: str, label: str, message: str, path: str, rule: str = "", title: str = "",
                 source: dict[str, str] | None = None, parent: QWidget | None = None,
                 shown: str | None = None) -> None:
        """`shown` is the text on the card when it differs from `message` (an input error's message
        starts with the field path, which a seller never reads)."""
        super().__init__(parent)
        shown = message if shown is None else shown
        self.path, self.severity, self.message, self.rule, self.title = path, severity, message, rule, title
        self.key: tuple[str, str, str, str] = ("", severity, path, message)
        self.setProperty("severity", severity)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{label}：{title + '。' if title else ''}{shown}")
        if rule:
            self.setToolTip(rule)  # the rule's id: for whoever asks support about it, never in the text
        icon = QLabel()
        icon.setPixmap(_icon(self.style(), severity))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        tag = f"<b style='color:{COLORS[severity]}'>{html.escape(label)}</b>"
        body = QVBoxLayout()
        body.setSpacing(3)
        self.heading: QLabel | None = None
        self._shown, self._tag = shown, "" if title else tag
        if title:
            self.heading = QLabel(f"{tag}　<b>{html.escape(title)}</b>")
            self.heading.setTextFormat(Qt.TextFormat.RichText)
            self.heading.setObjectName("title")
            self.heading.setWordWrap(True)
            body.addWidget(self.heading)
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)  # as written ("二手 > 二手车"), never read as markup
        else:
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.RichText)  # the escaped message after the coloured tag
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text = text
        body.addWidget(text)
        self.whole: QPushButton | None = None  # "展开全文" under a message cut at MESSAGE_CHARS
        if len(shown) > MESSAGE_CHARS:
            self.whole = QPushButton()
            self.whole.setObjectName("fold")
            self.whole.setFlat(True)
            self.whole.setCursor(Qt.CursorShape.PointingHandCursor)
            self.whole.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.whole.clicked.connect(lambda: self._say_message(not self.whole_shown))
            body.addWidget(self.whole, 0, Qt.AlignmentFlag.AlignLeft)
        self._say_message(False)
        self.quote: QuoteLabel | None = None
        self.source_line: QLabel | None = None
        src = source or {}
        if src.get("quote"):
            self.quote = QuoteLabel(f"“{src['quote']}”")
            body.addWidget(self.quote)
            body.addWidget(self.quote.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        if src.get("title"):
            name = src["title"] if src["title"].startswith("《") else f"《{src['title']}》"
            where = fill(self.tr("依据 %1（%2）"), name, src["date"]) if src.get("date") else fill(self.tr("依据 %1"), name)
            self.source_line = QLabel(where)
            self.source_line.setObjectName("source")
            self.source_line.setTextFormat(Qt.TextFormat.PlainText)
            self.source_line.setWordWrap(True)
            body.addWidget(self.source_line)
        self.body = body
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 6, 6)
        row.addWidget(icon)
        row.addLayout(body, 1)

    def _say_message(self, whole: bool) -> None:
        """The message on the card: whole, or its first MESSAGE_CHARS characters and "…"."""
        self.whole_shown = whole
        part = self._shown if whole or self.whole is None else self._shown[:MESSAGE_CHARS] + "…"
        self.text.setText(f"{self._tag}　{html.escape(part)}" if self._tag else part)
        if self.whole is not None:
            self.whole.setText(self.tr("收起") if whole else fill(
                self.tr("展开全文（共 %1 字）"), f"{len(self._shown):,}"))

    def heading_html(self) -> str:
        """The line with the severity on it (its colour says how urgent the finding is)."""
        return (self.heading or self.text).text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.path)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.path)
            return
        super().keyPressEvent(event)


STYLE = "".join(
    f"FindingCard[severity=\"{k}\"] {{ background: {BACKGROUNDS[k]}; border: none;"
    f" border-left: 4px solid {COLORS[k]}; border-radius: 3px; }}" for k in SEVERITIES
) + (f" QLabel#quote {{ color: {palette.QUOTE}; background: rgba(255,255,255,160); border-radius: 2px; }}"
     f" QLabel#source {{ color: {palette.MUTED}; font-size: 9pt; }}"
     f" QPushButton#fold {{ color: {palette.LINK}; border: none; padding: 0 2px; text-decoration: underline; }}")


class FindingsPanel(QWidget):
    """Shows a report's findings; activating one emits the input path it names."""

    pathActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.activated_rule = ""  # the rule of the finding activated last
        self.cards: list[FindingCard] = []
        self._by_key: dict[tuple[str, str, str, str], FindingCard] = {}
        self.list = QWidget()
        self.list.setStyleSheet(STYLE)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(2, 2, 2, 2)
        self.list_layout.setSpacing(6)
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.clicked.connect(self.show_more)
        self.more.hide()
        self.list_layout.addWidget(self.more)
        self.list_layout.addStretch(1)
        self.limit = FIRST_CARDS
        self._unshown: list[FindingCard] = []  # made, in the list, waiting for their turn to show
        self._soon: list[Finding] | None = None  # the findings whose cards show_findings_soon left for later
        self._turn = QTimer(self, singleShot=True, interval=0)  # a timer, not a posted call: see _next_turn
        self._turn.timeout.connect(self._next_turn)
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

    def _activated(self, rule: str, path: str) -> None:
        # which finding it was, for a field several findings are about (the lottery terms' marks)
        self.activated_rule = rule
        self.pathActivated.emit(path)

    def severity_label(self, severity: str) -> str:
        return {"error": self.tr("错误"), "warning": self.tr("提醒"), "info": self.tr("说明")}[severity]

    def _drop(self, card: FindingCard) -> None:
        if card in self._unshown:
            self._unshown.remove(card)
        self.list_layout.removeWidget(card)
        card.hide()
        card.setParent(None)
        card.deleteLater()

    def _clear(self) -> None:
        for card in self.cards:
            self._drop(card)
        self.cards = []
        self._by_key = {}

    def _next_turn(self) -> None:
        """The cards show_findings_soon left for later, or else the next few new cards, top first.
        Run by a timer, not a 0-ms single shot: Qt runs every call posted before it gets to them in one
        go, with no turn for the window's timers in between, and the window would wait for all the cards."""
        if self._soon is not None:
            ordered, self._soon = self._soon, None
            self._update_cards(ordered)
            return
        shown, self._unshown = self._unshown[:SHOWN_PER_TURN], self._unshown[SHOWN_PER_TURN:]
        for card in shown:
            card.show()
        if self._unshown:
            self._turn.start()

    def showing(self) -> bool:
        """Cards are still to be made, or new cards waiting for their turn to show."""
        return self._soon is not None or bool(self._unshown)

    def show_more(self) -> None:
        self.limit += MORE_CARDS
        self.show_findings(self._findings, self._grouped)

    def _say(self, text: str, color: str | None) -> None:
        """Set the summary line; unchanged text or style is not set again (each keystroke says it)."""
        sheet = f"color: {color}; font-weight: bold;" if color else ""
        if self.summary.text() != text:
            self.summary.setText(text)
        if self.summary.styleSheet() != sheet:
            self.summary.setStyleSheet(sheet)

    def show_findings(self, findings: list[Finding], grouped: dict[str, list[Finding]] | None = None) -> None:
        """Show a report's findings; `grouped` is `by_severity(findings)` when the caller worked it
        out off the UI thread (a report of 60,000 findings takes 40 ms to go through)."""
        ordered = self._take(findings, grouped)
        self._soon = None
        if ordered is not None:
            self._update_cards(ordered)

    def show_findings_soon(self, findings: list[Finding], grouped: dict[str, list[Finding]] | None = None) -> None:
        """show_findings with the cards made once the window has repainted, for a tab that has just
        changed a big table: making ten cards (~10 ms) on top of measuring its columns and repainting
        its rows held the window ~45 ms after a 60,000-row after-sales check. The summary is said at
        once, with the rest of the tab (a new text there lays out, and repaints, the whole window)."""
        ordered = self._take(findings, grouped)
        if ordered is not None:
            self._soon = ordered
            start_after_repaint(self._turn)

    def _take(self, findings: list[Finding], grouped: dict[str, list[Finding]] | None) -> list[Finding] | None:
        """Keep the findings, say how many there are; the findings to show on cards, or None when
        they are the cards already shown (typing that changes nothing shown costs nothing)."""
        self._findings, self._grouped = findings, grouped
        groups = grouped if grouped is not None else by_severity(findings)
        ordered = list(islice(chain.from_iterable(groups.get(s, ()) for s in SEVERITIES), self.limit))
        hidden = len(findings) - len(ordered)
        if hidden:
            self.more.setText(fill(self.tr("还有 %1 条，点此再显示 %2 条"), f"{hidden:,}", str(min(hidden, MORE_CARDS)))
                              if hidden > MORE_CARDS else self.tr("还有 %Ln 条，点此全部显示", "", hidden))
        self.more.setVisible(bool(hidden))
        errors, warnings = len(groups.get("error", ())), len(groups.get("warning", ()))
        if not findings:
            self._say(self.tr("✔ 没有发现问题。"), palette.OK)
        elif errors:
            self._say(fill(self.tr("✖ %1，%2：请先处理错误。"), self.tr("%Ln 个错误", "", errors),
                           self.tr("%Ln 个提醒", "", warnings)), palette.ERROR)
        elif warnings:
            self._say(fill(self.tr("没有错误，%1。"), self.tr("%Ln 个提醒", "", warnings)), palette.WARNING)
        else:
            self._say(fill(self.tr("没有错误，%1。"), self.tr("%Ln 个提醒", "", 0)), None)
        # said even when the cards stay: 15 warnings becoming 12 past the first ten changes only the count
        if self._soon is None and [_key(f) for f in ordered] == [c.key for c in self.cards]:
            return None
        return ordered

    def _update_cards(self, ordered: list[Finding]) -> None:
        """Keep the cards that are still true, make only the new ones: a keystroke that adds one
        finding builds one card, not all of them."""
        keys = [_key(f) for f in ordered]
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
                card.activated.connect(partial(self._activated, card.rule))
                if position < FIRST_CARDS:  # shown by _next_turn: the layout would show it with all the others
                    card.hide()
                    self._unshown.append(card)
                self._by_key[key] = card
            elif self.list_layout.indexOf(found) == position:
                self.cards.append(found)
                continue
            else:
                card = found
                self.list_layout.removeWidget(card)
            self.list_layout.insertWidget(position, card)
            self.cards.append(card)
        self._unshown.sort(key=self.cards.index)
        if self._unshown:
            self._turn.start()

    def _card(self, finding: Finding) -> FindingCard:
        return FindingCard(finding.severity, self.severity_label(finding.severity), finding.message,
                           finding.path, finding.rule, finding.title, finding.source,
                           shown=money_in_text(finding.message))

    def show_input_error(self, field: str, message: str) -> None:
        """The plan cannot be checked yet: say which field and why (`message` names the field as a
        seller calls it; `field`, its path, is what activating the card focuses)."""
        self._clear()
        self.more.hide()
        self._soon, self._findings, self._grouped = None, [], None
        self._say(self.tr("✖ 有一处填写无法识别，改正后才能检查："), palette.ERROR)
        card = FindingCard("error", self.severity_label("error"), f"{field}：{message}", field, shown=message)
        card.key = ("input", "error", field, message)
        card.activated.connect(partial(self._activated, ""))
        self.list_layout.insertWidget(0, card)
        self.cards.append(card)
        self._by_key[card.key] = card  # the next report drops it like any other card

    def messages(self) -> list[str]:
        """The findings' messages as core wrote them, in the order shown (a card shows amounts with
        thousands separators; an input error's message starts with the path of the field it names,
        which its card leaves out)."""
        return [card.message for card in self.cards]
