"""check(kind, data, as_of) -> Report: the one entry point the CLI, the GUI and the tests share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from . import limits
from .checks import ALL_KINDS, registry
from .errors import InputError
from .packs.in_use import current_pack as current_pack  # the engine's API, kept in a light module
from .packs.in_use import default_pack as default_pack
from .packs.in_use import use_pack as use_pack
from .report import Report
from .rulepack import RulePack
from .values import BEIJING


class KindNotAvailable(LookupError):
    """A check kind whose tab has not landed yet, or that does not exist."""


def available_kinds() -> list[str]:
    landed = registry()
    return [k for k in ALL_KINDS if k in landed]


def check(kind: str, data: Any, as_of: datetime | None = None,
          pack: RulePack | None = None) -> Report:
    """Check a plan (a contract JSON shape) against the rules in force at `as_of` (default now).

    The plan is validated first (core.validate: required fields, vocabulary, the limits), then checked.
    Raises InputError naming the field for invalid input, KindNotAvailable for an unknown kind.
    """
    checks = registry()
    if kind not in checks:
        if kind in ALL_KINDS:
            raise KindNotAvailable(f"“{kind}”检查尚未上线（对应的标签页还没有完成）")
        raise KindNotAvailable(f"未知的检查类型“{kind}”，可选：{', '.join(ALL_KINDS)}")
    from .validate import validate  # here: a start that checks nothing does not load it

    validate(kind, data)
    moment = as_of or datetime.now(BEIJING)
    if not limits.MIN_YEAR <= moment.year <= limits.MAX_YEAR:
        raise InputError("as_of", f"检查时间的年份应在 {limits.MIN_YEAR} 到 {limits.MAX_YEAR} 之间：{moment.year}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BEIJING)
    return checks[kind](data, moment.astimezone(BEIJING), pack or current_pack())
