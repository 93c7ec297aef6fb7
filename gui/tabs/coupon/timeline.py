"""The live session on a time axis: the session itself as a green band (开播 to 下播), one row per
coupon, a block from issue time to end of validity, midnight as a dashed line. Blocks whose issue
windows overlap are drawn in amber, the shared stretch hatched, and marked ⚠. A coupon issued outside
the session, valid past its end or past midnight is said in words (`warnings()`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui import palette
from gui.text import fill

AXIS_H, ROW_H, PAD, BAND_H = 22, 24, 6, 18
STEPS_MIN = (5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080)
BLUE, BLUE_EDGE = QColor(palette.BAR), QColor(palette.BAR_EDGE)
AMBER, AMBER_EDGE = QColor(palette.AMBER_BAR), QColor(palette.ERROR)
CURRENT_BG, GRID = QColor(palette.CURRENT_BG), QColor(palette.GRID)
SESSION_BG, SESSION_EDGE, MIDNIGHT = QColor(palette.SESSION_BG), QColor(palette.OK), QColor(palette.ERROR)


@dataclass(frozen=True)
class Block:
    label: str
    start: datetime | None
    end: datetime | None
    terms: str = ""

    @property
    def timed(self) -> bool:
        return self.start is not None and self.end is not None and self.start < self.end


def past_midnight(block: Block) -> bool:
    """True when the coupon is still valid after the midnight that follows its issue time."""
    assert block.start is not None and block.end is not None
    return block.end > datetime.combine(block.start.date() + timedelta(days=1), datetime.min.time())


def overlaps(blocks: list[Block]) -> list[tuple[int, int]]:
    """Pairs (earlier row, later row) whose windows share time (touching ends do not overlap)."""
    pairs = []
    for j, later in enumerate(blocks):
        for i, earlier in enumerate(blocks[:j]):
            if earlier.timed and later.timed:
                assert earlier.start and earlier.end and later.start and later.end
                if earlier.start < later.end and later.start < earlier.end:
                    pairs.append((i, j))
    return pairs


class SessionTimeline(QWidget):
    """Emits `activated(row)` when the seller clicks a coupon's row (or moves with ↑/↓)."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[Block] = []
        self.session: tuple[datetime, datetime] | None = None  # 开播, 下播
        self.pairs: list[tuple[int, int]] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("直播时间轴"))

    @property
    def marked(self) -> set[int]:
        """Rows drawn as overlapping."""
        return {row for pair in self.pairs for row in pair}

    def set_blocks(self, blocks: list[Block], current: int,
                   session: tuple[datetime | None, datetime | None] | None = None) -> None:
        """The coupons (one row each), the selected one, and the live session (开播, 下播) when its
        times are readable and in order."""
        self.blocks, self.current = blocks, current
        start, end = session or (None, None)
        self.session = (start, end) if start is not None and end is not None and start < end else None
        self.pairs = overlaps(blocks)
        self.setAccessibleDescription(self.description())
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.setMaximumHeight(self.sizeHint().height())
        self.update()

    def set_current(self, row: int) -> None:
        if row != self.current:
            self.current = row
            self.update()

    def warnings(self) -> list[str]:
        """What a seller should know about the coupons' times against the session, in words."""
        out = []
        for block in self.blocks:
            if not block.timed:
                continue
            assert block.start and block.end
            if self.session is not None:
                start, end = self.session
                if block.start >= end:
                    out.append(fill(self.tr("“%1”在下播（%2）之后才发放：观众已离开直播间，领不到这张券。请把发放时间改到直播中，或把下播时间延后。"),
                                    block.label, f"{end:%m-%d %H:%M}"))
                    continue
                if block.start < start:
                    out.append(fill(self.tr("“%1”在开播（%2）之前就发放：开播前直播间里还没有观众。"), block.label,
                                    f"{start:%m-%d %H:%M}"))
                if block.end > end:
                    out.append(fill(self.tr("“%1”的有效期到 %2，晚于下播时间 %3：下播后这张券仍可使用。如果只想在直播中用，请把有效期改到下播前。"),
                                    block.label, f"{block.end:%m-%d %H:%M}", f"{end:%H:%M}"))
            if past_midnight(block):
                out.append(fill(self.tr("“%1”的有效期跨过午夜，到 %2 才结束：请确认这是有意的（后台按北京时间计算）。"),
                                block.label, f"{block.end:%m-%d %H:%M}"))
        return out

    def description(self) -> str:
        """What the axis shows, in words (for screen readers and tooltips)."""
        parts = []
        if self.session is not None:
            parts.append(fill(self.tr("直播 %1–%2"), f"{self.session[0]:%H:%M}", f"{self.session[1]:%H:%M}"))
        for row, block in enumerate(self.blocks):
            if not block.timed:
                parts.append(fill(self.tr("%1：时间有误"), block.label))
                continue
            assert block.start and block.end
            text = f"{block.label} {block.start:%H:%M}–{block.end:%H:%M}"
            partners = [self.blocks[b if a == row else a].label for a, b in self.pairs if row in (a, b)]
            if partners:
                text += fill(self.tr("（与%1重叠）"), "、".join(partners))
            parts.append(text)
        return "；".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(400, AXIS_H + max(1, len(self.blocks)) * ROW_H + BAND_H + PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, AXIS_H + ROW_H + PAD)

    # Geometry ---------------------------------------------------------------------------------
    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(f"⚠ {b.label}") for b in self.blocks), default=40)
        return min(140, widest + 14)

    def _span(self) -> tuple[datetime, datetime] | None:
        timed = [b for b in self.blocks if b.timed]
        if not timed:
            return None
        first = min(b.start for b in timed if b.start)
        last = max(b.end for b in timed if b.end)
        if self.session is not None:
            first, last = min(first, self.session[0]), max(last, self.session[1])
        margin = max((last - first) / 20, timedelta(minutes=5))
        return first - margin, last + margin

    def _x(self, moment: datetime, span: tuple[datetime, datetime], left: float, width: float) -> float:
        total = (span[1] - span[0]).total_seconds()
        return left + width * (moment - span[0]).total_seconds() / total

    def _row_at(self, y: float) -> int:
        row = int((y - AXIS_H) // ROW_H)
        return row if y >= AXIS_H and 0 <= row < len(self.blocks) else -1

    # Painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        label_w = self._label_width()
        left, width = float(label_w), float(max(10, self.width() - label_w - PAD))
        span = self._span()
        metrics = QFontMetrics(self.font())
        if span is not None:
            self._paint_session(painter, span, left, width, metrics)
        if 0 <= self.current < len(self.blocks):
            selected = QColor(CURRENT_BG)
            selected.setAlpha(170)  # the session band shows through
            painter.fillRect(QRectF(0, AXIS_H + self.current * ROW_H, self.width(), ROW_H), selected)
        if span is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRectF(left, 0, width, AXIS_H), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("填好发放时间和有效期后，这里按时间先后显示本场的各张券"))
        else:
            self._paint_axis(painter, span, left, width, metrics)
        marked = self.marked
        for row, block in enumerate(self.blocks):
            top = AXIS_H + row * ROW_H
            painter.setPen(AMBER_EDGE if row in marked else self.palette().text().color())
            label = f"⚠ {block.label}" if row in marked else block.label
            painter.drawText(QRectF(4, top, label_w - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8))
            if span is None or not block.timed:
                if not block.timed:
                    painter.setPen(AMBER_EDGE)
                    painter.drawText(QRectF(left + 4, top, width, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                                     self.tr("时间有误：有效期须晚于发放时间"))
                continue
            assert block.start and block.end
            x0, x1 = self._x(block.start, span, left, width), self._x(block.end, span, left, width)
            rect = QRectF(x0, top + 3, max(3.0, x1 - x0), ROW_H - 6)
            overlapping = row in marked
            painter.setPen(QPen(AMBER_EDGE if overlapping else BLUE_EDGE, 2 if overlapping else 1))
            painter.setBrush(AMBER if overlapping else BLUE)
            painter.drawRoundedRect(rect, 3, 3)
            text = block.terms
            if text and metrics.horizontalAdvance(text) < rect.width() - 8:
                painter.setPen(QColor(palette.TEXT) if overlapping else QColor("white"))
                painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
        self._paint_overlaps(painter, span, left, width)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_session(self, painter: QPainter, span: tuple[datetime, datetime], left: float, width: float,
                       metrics: QFontMetrics) -> None:
        """The session as a band behind the rows, named in the strip under them; midnight dashed."""
        bottom = AXIS_H + max(1, len(self.blocks)) * ROW_H
        if self.session is not None:
            start, end = self.session
            x0, x1 = self._x(start, span, left, width), self._x(end, span, left, width)
            painter.fillRect(QRectF(x0, AXIS_H - 2, x1 - x0, bottom - AXIS_H + BAND_H), SESSION_BG)
            painter.setPen(QPen(SESSION_EDGE, 1))
            for x in (x0, x1):
                painter.drawLine(QPointF(x, AXIS_H - 2), QPointF(x, bottom + BAND_H - 2))
            text = fill(self.tr("直播 %1–%2"), f"{start:%H:%M}", f"{end:%H:%M}")
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(max(0.0, x1 - x0 - 8)))
            painter.drawText(QRectF(x0 + 4, bottom, max(0.0, x1 - x0 - 8), BAND_H - 2),
                             Qt.AlignmentFlag.AlignVCenter, shown)
        day = span[0].date() + timedelta(days=1)
        while (midnight := datetime.combine(day, datetime.min.time())) < span[1]:
            x = self._x(midnight, span, left, width)
            painter.setPen(QPen(MIDNIGHT, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, AXIS_H - 2), QPointF(x, bottom + BAND_H - 2))
            label = self.tr("午夜")
            painter.drawText(QPointF(x + 3, bottom + BAND_H - 5), label)
            day += timedelta(days=1)

    def _paint_axis(self, painter: QPainter, span: tuple[datetime, datetime], left: float, width: float,
                    metrics: QFontMetrics) -> None:
        minutes = (span[1] - span[0]).total_seconds() / 60
        fits = max(1, int(width // (metrics.horizontalAdvance("00-00 00:00") + 16)))
        step = next((s for s in STEPS_MIN if minutes / s <= fits), STEPS_MIN[-1])
        start = span[0].replace(second=0, microsecond=0)
        tick = start - timedelta(minutes=(start.hour * 60 + start.minute) % step)
        days = span[0].date() != span[1].date()
        bottom = AXIS_H + max(1, len(self.blocks)) * ROW_H
        dated = not days
        while tick <= span[1]:
            if tick >= span[0]:
                x = self._x(tick, span, left, width)
                painter.setPen(GRID)
                painter.drawLine(QPointF(x, AXIS_H - 4), QPointF(x, bottom))
                painter.setPen(self.palette().text().color())
                with_day = not dated or (tick.hour == 0 == tick.minute)
                text = tick.strftime("%m-%d %H:%M" if with_day else "%H:%M")
                if x + 2 + metrics.horizontalAdvance(text) <= self.width():  # never a cut-off label
                    dated = True
                    painter.drawText(QPointF(x + 2, AXIS_H - 7), text)
            tick += timedelta(minutes=step)

    def _paint_overlaps(self, painter: QPainter, span: tuple[datetime, datetime] | None, left: float,
                        width: float) -> None:
        if span is None:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(AMBER_EDGE, Qt.BrushStyle.BDiagPattern))
        for a, b in self.pairs:
            first, second = self.blocks[a], self.blocks[b]
            assert first.start and first.end and second.start and second.end
            x0 = self._x(max(first.start, second.start), span, left, width)
            x1 = self._x(min(first.end, second.end), span, left, width)
            for row in (a, b):
                painter.drawRect(QRectF(x0, AXIS_H + row * ROW_H + 3, max(2.0, x1 - x0), ROW_H - 6))

    # Interaction ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row >= 0:
            self.set_current(row)
            self.activated.emit(row)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row < 0:
            QToolTip.hideText()
            return
        block = self.blocks[row]
        if block.timed:
            assert block.start and block.end
            tip = f"{block.label}  {block.terms}\n{block.start:%Y-%m-%d %H:%M} – {block.end:%Y-%m-%d %H:%M}"
        else:
            tip = fill(self.tr("%1：时间有误"), block.label)
        if row in self.marked:
            tip += "\n" + self.tr("⚠ 与本场另一张券的发放时段重叠")
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and self.blocks:
            row = min(max(self.current + step, 0), len(self.blocks) - 1)
            self.set_current(row)
            self.activated.emit(row)
            return
        super().keyPressEvent(event)
