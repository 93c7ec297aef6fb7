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


class WriteFailed(StoreError):
    """A write did not land: the database is as it was before it. `reason` is one of
    busy | full | readonly | damaged | io; the message says it in plain words."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class Cancelled(Exception):
    """The seller cancelled a long job; whatever it was writing was rolled back."""


class LimitExceeded(InputError):
    """An input passes one of the limits in core.limits; the message names the limit."""
