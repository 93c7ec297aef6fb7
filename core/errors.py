"""Errors the seller or the environment causes; each says what is wrong in plain words."""

from __future__ import annotations


class InputError(ValueError):
    """A plan field is missing, of the wrong type or impossible. `field` is its path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class RulePackError(ValueError):
    """The rule pack is malformed; the message names the file, the rule and the field."""


class StoreError(RuntimeError):
    """The database cannot be used (newer version, corrupted, unwritable)."""
