"""Check kinds. Each module registers one function `data, as_of, pack -> Report` with @check_kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..report import Report
from ..rulepack import RulePack

CheckFn = Callable[[dict[str, Any], datetime, RulePack], Report]

ALL_KINDS = ("lottery", "listing", "trial", "coupon", "challenge", "bot", "aftersale")
_REGISTRY: dict[str, CheckFn] = {}


def check_kind(kind: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        if kind not in ALL_KINDS:
            raise ValueError(f"unknown check kind {kind}")
        _REGISTRY[kind] = fn
        return fn
    return register


def registry() -> dict[str, CheckFn]:
    """The kinds whose check has landed, importing their modules on first use."""
    from . import _modules  # noqa: F401  (imports register the checks)
    return dict(_REGISTRY)
