"""Showing an input error on a FindingsPanel so that the next report can replace it."""

from __future__ import annotations

from gui.findings_panel import FindingsPanel


def show_input_error(panel: FindingsPanel, field: str, message: str) -> None:
    """FindingsPanel.show_input_error (the panel keeps the card with the others: the next report
    replaces it)."""
    panel.show_input_error(field, message)
