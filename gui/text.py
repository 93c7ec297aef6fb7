"""Filling a translated message: "%1", "%2" … replaced in one pass, so a shop name that itself holds
"%2" stays as the seller typed it (chained str.replace calls would replace inside it)."""

from __future__ import annotations

import re

_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """`template` with %1 … %9 replaced by `values` (a missing value leaves its marker as it is)."""
    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)
    return _PLACE.sub(one, template)
