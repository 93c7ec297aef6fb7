"""Whether a product or prize title states a name: the name itself or one of its other forms.

The other forms are data in the rule pack: groups of names, the first of each group being the name
and the rest the words that state it too ([["纯棉", "全棉", "100%棉"], …]); for brands every name
of a group states every other (耐克 = Nike). Titles and names are folded (case, full-width,
Traditional characters). A Latin name must stand alone in the title ("Keep" is not found in
"Keeper"); a Chinese name may stand anywhere ("304不锈钢" states 不锈钢).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .fold import simplified

_LATIN = re.compile(r"[a-z0-9]")


@lru_cache(maxsize=4096)
def _folded(title: str) -> tuple[str, str]:
    spaced = " ".join(simplified(title).split())
    return spaced, spaced.replace(" ", "")


def _key(name: str) -> str:
    return "".join(simplified(name).split())


def _found(name: str, spaced: str, flat: str) -> bool:
    name = " ".join(simplified(name).split())
    if not name:
        return False
    if _LATIN.match(name[0]) or _LATIN.match(name[-1]):
        words = r"\s*".join(re.escape(part) for part in name.split())
        head = r"(?<![a-z0-9])" if _LATIN.match(name[0]) else ""
        tail = r"(?![a-z0-9])" if _LATIN.match(name[-1]) else ""
        return re.search(head + words + tail, spaced) is not None
    return name.replace(" ", "") in flat


class _Forms:
    """The groups of one parameter value, folded once: name → the forms (as written) that state it."""

    def __init__(self, groups: Sequence[Sequence[str]], symmetric: bool) -> None:
        self.forms: dict[str, set[str]] = {}
        for group in groups:
            written = [g for g in group if isinstance(g, str) and g.strip()]
            if not written:
                continue
            named = written if symmetric else written[:1]
            for name in named:
                self.forms.setdefault(_key(name), set()).update(written)

    def of(self, name: str) -> set[str]:
        return {name, *self.forms.get(_key(name), ())}


_LOCK = threading.Lock()
_PREPARED: dict[tuple[int, bool], tuple[Sequence[Sequence[str]], _Forms]] = {}


def _prepared(groups: Sequence[Sequence[str]], symmetric: bool) -> _Forms:
    key = (id(groups), symmetric)
    with _LOCK:
        held = _PREPARED.get(key)
        if held is not None and held[0] is groups:
            return held[1]
    forms = _Forms(groups, symmetric)
    with _LOCK:
        if len(_PREPARED) >= 32:
            _PREPARED.pop(next(iter(_PREPARED)))
        _PREPARED[key] = (groups, forms)
    return forms


@lru_cache(maxsize=16384)
def _states_form(title: str, form: str) -> bool:
    spaced, flat = _folded(title)
    return _found(form, spaced, flat)


def states(title: str, names: Iterable[str], groups: Sequence[Sequence[str]], *, symmetric: bool = False) -> bool:
    """Whether the title states any of `names` or a form of one in `groups` (first of a group: the
    name; the rest: its forms; with `symmetric`, any member of a group stands for all of them)."""
    forms = _prepared(groups, symmetric)
    return any(_states_form(title, form) for name in names if name.strip() for form in forms.of(name))
