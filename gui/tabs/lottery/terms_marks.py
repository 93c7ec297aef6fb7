"""The lottery terms box's marks: every clause a finding quotes is underlined where the seller wrote it
(red for an error, amber for a warning), and activating a terms finding moves the cursor to the next
one. In a notice of a few thousand characters, the quote in a finding's message says what; the mark
says where.

The marks are the editor's extra selections: their cursors move with the text as the seller types, so
a mark stays on its clause until the next check replaces them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from core.checks.lottery import Mark
from gui import palette

RULE = QTextFormat.Property.UserProperty  # the format property that holds a mark's rule id
COLORS = {"error": (palette.ERROR, palette.ERROR_BG), "warning": (palette.WARNING, palette.WARNING_BG)}


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each (emoji)


@dataclass(frozen=True)
class Span:
    """A mark in the editor's own positions (UTF-16 units), worked out with the check, off the UI thread."""

    start: int
    end: int
    severity: str
    rule: str


def spans(text: str, marks: Sequence[Mark]) -> list[Span]:
    """The marks of `text` in the positions Qt counts: a character beyond the BMP (an emoji) is two."""
    if not _ASTRAL.search(text):
        return [Span(m.start, m.end, m.severity, m.rule) for m in marks]
    shift: dict[int, int] = {}
    at = extra = 0
    for offset in sorted({o for m in marks for o in (m.start, m.end)}):
        extra += len(_ASTRAL.findall(text, at, offset))
        shift[offset], at = offset + extra, offset
    return [Span(shift[m.start], shift[m.end], m.severity, m.rule) for m in marks]


def show_marks(edit: QPlainTextEdit, marked: Sequence[Span]) -> None:
    """Underline the clauses in the text the editor holds (the text they were found in); each
    underline's format carries its rule (RULE), for go_to_next_mark."""
    shapes: dict[tuple[str, str], QTextCharFormat] = {}
    selections = []
    document = edit.document()
    for span in sorted(marked, key=lambda s: s.severity == "error"):  # an error drawn over a warning
        shape = shapes.get((span.severity, span.rule))
        if shape is None:
            line, back = COLORS.get(span.severity, COLORS["warning"])
            shape = shapes[span.severity, span.rule] = QTextCharFormat()
            shape.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            shape.setUnderlineColor(QColor(line))
            shape.setBackground(QColor(back))
            shape.setProperty(RULE, span.rule)
        cursor = QTextCursor(document)
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.format = shape
        selection.cursor = cursor
        selections.append(selection)
    edit.setExtraSelections(selections)


def go_to_next_mark(edit: QPlainTextEdit, rule: str = "") -> bool:
    """Put the cursor at the start of the next marked clause (the first after the last), nothing
    selected: typing goes in front of the clause and replaces nothing. With `rule`, the next of that
    rule's marks when it has any. A mark the cursor stands at is the next one unless the cursor was
    put there by the last call. False without marks."""
    shown = [s for s in edit.extraSelections() if s.cursor.hasSelection()]
    own = [s for s in shown if s.format.property(RULE) == rule]
    starts = sorted({s.cursor.selectionStart() for s in (own or shown)})
    if not starts:
        return False
    here = edit.textCursor().position()
    visited = edit.property("visitedMark") == here
    target = next((start for start in starts if start > here or (start == here and not visited)), starts[0])
    cursor = edit.textCursor()
    cursor.setPosition(target)
    edit.setTextCursor(cursor)
    edit.setProperty("visitedMark", target)
    edit.centerCursor()
    return True
