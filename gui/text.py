"""Filling a translated message: "%1", "%2" … replaced in one pass, so a shop name that itself holds
"%2" stays as the seller typed it (chained str.replace calls would replace inside it)."""

from __future__ import annotations

import re
from decimal import Decimal

from core.values import fmt_money

_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """`template` with %1 … %9 replaced by `values` (a missing value leaves its marker as it is)."""
    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)
    return _PLACE.sub(one, template)


_AMOUNT = re.compile(r"^([+-]?)(\d+)(\.\d+)?$")


def money(amount: object) -> str:
    """An amount of yuan as a seller reads it: thousands separated, two decimals kept as given
    ("12345.00" -> "12,345.00", "-1500" -> "-1,500"; a Decimal with two decimals, rounded half up).
    Text that is not a plain number (a value the seller is still typing, "—") is returned as it is."""
    if isinstance(amount, Decimal) and amount.is_finite():
        amount = fmt_money(amount)
    text = str(amount).strip()
    match = _AMOUNT.match(text)
    if match is None:
        return text
    sign, whole, cents = match.groups()
    return f"{sign}{int(whole):,}{cents or ''}"


def money_in_text(text: str) -> str:
    """Every plain amount of four or more digits in a sentence written by core, with separators
    (years and dates, which have no decimals and sit next to - or 年, are left alone)."""
    return _IN_TEXT.sub(lambda m: money(m.group(0)), text)


_IN_TEXT = re.compile(r"(?<![\d.,\-/:A-Za-z])\d{4,}\.\d{1,2}(?![\d.\-/:])")
