"""The rule pack every check uses when it is not handed one. Kept apart from core.engine so the app
can set it at start without importing every check before its first frame."""

from __future__ import annotations

from functools import lru_cache

from ..rulepack import RulePack, load_pack


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
