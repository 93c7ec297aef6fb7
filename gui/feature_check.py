"""PySide6 asks of every module imported after it whether its source mentions "PySide6" (PYSIDE-2029,
for its `from __feature__ import …` switches), and reads that source with inspect.getsource: the
window's ~100 modules cost ~12 ms of the start that way. `install()` answers the same question from the
file's bytes; a module without a plain .py file (built in, extension, frozen) still goes to PySide's
own check, and a PySide6 without that check is left alone."""

from __future__ import annotations

import sys
from types import ModuleType


def install() -> bool:
    """Put the cheaper check in place; False if this PySide6 has no such check to replace."""
    import PySide6.QtCore  # noqa: F401 - brings in shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private hook of PySide
    return True
