"""The small dialogs every tab asks: a yes/no question, with No as the safe default."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question (No is the default, Esc says No); True for Yes."""
    from PySide6.QtWidgets import QMessageBox  # with the message, not at start
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
