"""The customer-service bot's knowledge: entries, import/export, matching, linting and batch tests.

Pure Python (no Qt). Loading jieba takes about a second and building an index of many entries longer:
call `warm_up()` and build a `Matcher` off the UI thread.
"""

from .batch import (
    HANDOVER,
    BatchCase,
    BatchComparison,
    BatchResult,
    BatchRow,
    BatchScore,
    batch_history,
    detail_rows,
    export_batch,
    knowledge_version,
    load_batch,
    questions_key,
    record_batch,
    run_batch,
    summary_rows,
)
from .knowledge import (
    PLATFORMS,
    SCENARIOS,
    Entry,
    apply_edits,
    builtin_knowledge,
    edited_fields,
    parse_entry,
    parse_knowledge,
    restore_default,
)
from .linter import LintResult, lint
from .matcher import DEFAULT_THRESHOLD, Candidate, Match, Matcher
from .tables import TableError
from .text import warm_up

__all__ = [
    "DEFAULT_THRESHOLD", "HANDOVER", "PLATFORMS", "SCENARIOS", "BatchCase", "BatchComparison", "BatchResult",
    "BatchRow", "BatchScore", "batch_history", "knowledge_version", "questions_key", "record_batch",
    "Candidate", "Entry", "LintResult", "Match", "Matcher",
    "TableError", "apply_edits", "builtin_knowledge", "detail_rows", "edited_fields", "export_batch",
    "lint", "load_batch", "parse_entry",
    "parse_knowledge", "restore_default", "run_batch", "summary_rows", "warm_up",
]
