"""check(kind, data, as_of) -> Report: the one entry point the CLI, the GUI and the tests share."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from . import limits
from .checks import ALL_KINDS, registry
from .errors import InputError
from .report import Report
from .rulepack import RulePack, load_pack
from .values import BEIJING


class KindNotAvailable(LookupError):
    """A check kind whose tab has not landed yet, or that does not exist."""


@lru_cache(maxsize=1)
def default_pack() -> RulePack:
    """The built-in rule pack, loaded once."""
    return load_pack()


_IN_USE: list[RulePack] = []  # the pack set by use_pack (the app: its data folder's active pack)


def use_pack(pack: RulePack | None) -> None:
    """Make `pack` the one every check uses when it is not handed one (the app sets its data folder's
    active pack at start and after an install or a rollback); None: the built-in pack again."""
    _IN_USE[:] = [pack] if pack is not None else []


def current_pack() -> RulePack:
    """The pack checks use when not handed one: the one set by use_pack, else the built-in pack."""
    return _IN_USE[0] if _IN_USE else default_pack()


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
