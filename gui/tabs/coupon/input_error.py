"""Showing an input error on a FindingsPanel so that the next report can replace it."""

from __future__ import annotations

from gui.findings_panel import FindingsPanel


def show_input_error(panel: FindingsPanel, field: str, message: str) -> None:
    """FindingsPanel.show_input_error, plus registering its card by key: show_findings drops cards
    through that index and raised KeyError for the unregistered input-error card (the first valid
    report after a typing mistake). Harmless once the panel registers the card itself."""
    panel.show_input_error(field, message)
    for card in panel.cards:
        panel._by_key.setdefault(card.key, card)
