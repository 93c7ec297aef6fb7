"""Imports every check module in this package so each registers itself with @check_kind."""

import importlib
import pkgutil

from core import checks

for _info in pkgutil.iter_modules(checks.__path__):
    if not _info.name.startswith("_"):
        importlib.import_module(f"core.checks.{_info.name}")
