"""check(kind, data, as_of) -> Report: the one entry point the CLI, the GUI and the tests share."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

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


def available_kinds() -> list[str]:
    landed = registry()
    return [k for k in ALL_KINDS if k in landed]


def check(kind: str, data: Any, as_of: datetime | None = None,
          pack: RulePack | None = None) -> Report:
    """Check a plan (a contract JSON shape) against the rules in force at `as_of` (default now).

    Raises InputError naming the field for invalid input, KindNotAvailable for an unknown kind.
    """
    checks = registry()
    if kind not in checks:
        if kind in ALL_KINDS:
            raise KindNotAvailable(f"“{kind}”检查尚未上线（对应的标签页还没有完成）")
        raise KindNotAvailable(f"未知的检查类型“{kind}”，可选：{', '.join(ALL_KINDS)}")
    if not isinstance(data, dict):
        raise InputError("$", "计划文件的顶层应为 JSON 对象 {…}")
    moment = as_of or datetime.now(BEIJING)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BEIJING)
    return checks[kind](data, moment.astimezone(BEIJING), pack or default_pack())
