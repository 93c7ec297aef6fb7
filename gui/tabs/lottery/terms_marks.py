"""The lottery terms box's marks: every clause a finding quotes is underlined where the seller wrote it
(red for an error, amber for a warning), and activating a terms finding moves the cursor to the next
one. In a notice of a few thousand characters, the quote in a finding's message says what; the mark
says where.

The marks are the editor's extra selections: their cursors move with the text as the seller types, so
a mark stays on its clause until the next check replaces them all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from core.checks.lottery import Mark
from gui import palette

COLORS = {"error": (palette.ERROR, palette.ERROR_BG), "warning": (palette.WARNING, palette.WARNING_BG)}


def _utf16(text: str) -> list[int] | None:
    """For each offset into `text`, the offset Qt counts (UTF-16 units: an emoji is two); None when
    they are the same (no character beyond the BMP)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    out, at = [], 0
    for char in text:
        out.append(at)
        at += 2 if ord(char) > 0xFFFF else 1
    out.append(at)
    return out


def show_marks(edit: QPlainTextEdit, marks: Sequence[Mark]) -> None:
    """Underline the clauses `marks` name in the text the editor holds (the text they were found in)."""
    units = _utf16(edit.toPlainText())
    selections = []
    for mark in marks:
        line, back = COLORS.get(mark.severity, COLORS["warning"])
        shape = QTextCharFormat()
        shape.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        shape.setUnderlineColor(QColor(line))
        shape.setBackground(QColor(back))
        cursor = QTextCursor(edit.document())
        cursor.setPosition(units[mark.start] if units else mark.start)
        cursor.setPosition(units[mark.end] if units else mark.end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.format = shape
        selection.cursor = cursor
        selections.append(selection)
    edit.setExtraSelections(selections)


def go_to_next_mark(edit: QPlainTextEdit) -> bool:
    """Put the cursor at the start of the next marked clause after it (the first after the last),
    nothing selected: typing goes in front of the clause and replaces nothing. False without marks."""
    starts = sorted(s.cursor.selectionStart() for s in edit.extraSelections() if s.cursor.hasSelection())
    if not starts:
        return False
    here = edit.textCursor().position()
    target = next((start for start in starts if start > here), starts[0])
    cursor = edit.textCursor()
    cursor.setPosition(target)
    edit.setTextCursor(cursor)
    edit.centerCursor()
    return True
