"""Every import the app makes, on one pipeline: a table read within the limits (core.tables), its
header matched to an export profile (profiles.py, the profiles being data in
resources/import_profiles/), rows made into records or skipped with a reason, problems that refuse
the file by line, and an all-or-nothing write to the store followed by the check of what was written.

One function per kind does the whole import, the same for the app (gui.ops runs it off the UI
thread) and for `python -m core import KIND FILE --shop S`:

    products.import_products   aftersale.import_aftersale   receipts.import_receipts
    knowledge.import_knowledge
"""

from __future__ import annotations

from .base import ImportFileError, ImportRefused, ImportResult, Problem

__all__ = ["ImportFileError", "ImportRefused", "ImportResult", "Problem"]
