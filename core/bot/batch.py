"""Batch test: run a column of real buyer questions through the matcher and see what the bot would do.

Without expectations the figure is the answer rate (how many questions the bot answers instead of
handing them to a human). With an expected column (an entry id per question, or "转人工" for a
question the bot should leave to a human) it also gives the accuracy and lists the questions that hit
a different entry than expected.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..exports import write_table
from ..tables import read_bytes
from .knowledge import Entry
from .matcher import Match, Matcher
from .tables import TableError, cell, column_index, decode_text, read_rows

HANDOVER = "转人工"
ASK_HEADERS = ("ask", "question", "问题", "买家问题", "咨询问题", "咨询内容", "提问")
EXPECTED_HEADERS = ("expected", "期望", "预期", "期望知识", "期望编号", "期望答案编号", "应命中")
_HANDOVER_WORDS = {HANDOVER, "无", "none", "null", "-", "人工"}

OUTCOME_ZH = {
    "hit": "命中期望",
    "answered": "已回答",
    "wrong": "答错（命中其他知识）",
    "miss": "未回答（转人工）",
    "handover_ok": "正确转人工",
    "handover_missed": "应转人工却回答了",
}


@dataclass(frozen=True)
class BatchCase:
    """One buyer question; `expected` is an entry id, HANDOVER, or None (no expectation)."""

    ask: str
    expected: str | None = None
    row: int = 0


@dataclass(frozen=True)
class BatchRow:
    case: BatchCase
    match: Match

    @property
    def outcome(self) -> str:
        """hit | answered | wrong | miss | handover_ok | handover_missed (see OUTCOME_ZH)."""
        expected, got = self.case.expected, self.match.entry_id
        if expected == HANDOVER:
            return "handover_ok" if got is None else "handover_missed"
        if got is None:
            return "miss"
        if expected is None:
            return "answered"
        return "hit" if got == expected else "wrong"


@dataclass
class BatchResult:
    rows: list[BatchRow] = field(default_factory=list)
    cancelled: bool = False

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def answered(self) -> int:
        return sum(1 for r in self.rows if r.match.answered)

    @property
    def hit_rate(self) -> float:
        """Share of questions the bot answers (0..1)."""
        return self.answered / self.total if self.total else 0.0

    @property
    def labelled(self) -> list[BatchRow]:
        return [r for r in self.rows if r.case.expected is not None]

    @property
    def accuracy(self) -> float | None:
        """Share of questions with an expectation where the bot did what was expected; None without any."""
        labelled = self.labelled
        if not labelled:
            return None
        return sum(1 for r in labelled if r.outcome in ("hit", "handover_ok")) / len(labelled)

    @property
    def misses(self) -> list[BatchRow]:
        """Questions the bot does not answer (转人工) though it should or might."""
        return [r for r in self.rows if r.outcome == "miss"]

    @property
    def wrong_hits(self) -> list[BatchRow]:
        """Questions answered with another entry than expected (or answered when 转人工 was expected)."""
        return [r for r in self.rows if r.outcome in ("wrong", "handover_missed")]


def load_batch(path: Path | str) -> list[BatchCase]:
    """Questions from .xlsx / .csv (a column headed 问题/买家问题/ask, optional 期望/expected column; a
    sheet without a known header is one question per row in its first column) or .txt (one per line).
    Raises TableError when the file cannot be read."""
    path = Path(path)
    if path.suffix.lower() == ".txt":
        lines = decode_text(read_bytes(path, TableError)).splitlines()
        return [BatchCase(line.strip(), None, n) for n, line in enumerate(lines, start=1) if line.strip()]
    rows = read_rows(path)
    if not rows:
        return []
    ask_col = column_index(rows[0], ASK_HEADERS)
    expected_col = column_index(rows[0], EXPECTED_HEADERS)
    start = 2
    if ask_col is None:
        if expected_col is not None:
            raise TableError("表头中有“期望”列，但没有“问题”列：请把买家问题所在列的表头改为“问题”。")
        ask_col, start = 0, 1
    else:
        rows = rows[1:]
    cases = []
    for number, row in enumerate(rows, start=start):
        ask = cell(row, ask_col).strip()
        if not ask:
            continue
        expected = cell(row, expected_col).strip() or None
        if expected is not None and expected.lower() in _HANDOVER_WORDS:
            expected = HANDOVER
        cases.append(BatchCase(ask, expected, number))
    return cases


def run_batch(matcher: Matcher, cases: Sequence[BatchCase],
              progress: Callable[[int, int], bool | None] | None = None) -> BatchResult:
    """Match every case. `progress(done, total)` is called every 50 questions and at the end; when it
    returns False the run stops and the result so far comes back with `cancelled` set."""
    result = BatchResult()
    for i, case in enumerate(cases, start=1):
        result.rows.append(BatchRow(case, matcher.match(case.ask)))
        if progress and (i % 50 == 0 or i == len(cases)) and progress(i, len(cases)) is False:
            result.cancelled = i < len(cases)
            break
    return result


def summary_rows(result: BatchResult) -> list[list[Any]]:
    """The figures as a two-column sheet."""
    rows: list[list[Any]] = [["项目", "数值"], ["问题数", result.total], ["机器人回答", result.answered],
                             ["回答率", f"{result.hit_rate:.1%}"], ["转人工", len(result.misses)]]
    if result.accuracy is not None:
        rows += [["有期望的问题", len(result.labelled)], ["符合期望", f"{result.accuracy:.1%}"],
                 ["答错", len(result.wrong_hits)]]
    if result.cancelled:
        rows.append(["说明", "测试被中途取消，只含已完成的问题"])
    return rows


def detail_rows(result: BatchResult) -> list[list[Any]]:
    """One row per question: what the bot answered with, the score and the matched words."""
    rows: list[list[Any]] = [["行号", "买家问题", "期望", "命中知识", "命中的问题", "相似度", "匹配词", "结果",
                              "答案"]]
    for r in result.rows:
        m = r.match
        rows.append([r.case.row, r.case.ask, r.case.expected or "", m.entry_id or HANDOVER, m.question,
                     f"{m.score:.2f}", "、".join(m.words), OUTCOME_ZH[r.outcome],
                     m.entry.answer if m.entry else ""])
    return rows


def export_batch(result: BatchResult, path: Path | str) -> Path:
    """The report as .xlsx (sheets 汇总 and 明细) or .csv (the details only)."""
    return write_table(path, {"汇总": summary_rows(result), "明细": detail_rows(result)}, csv_sheet="明细")


# ---- Results kept per knowledge version: did an edit make the bot better or worse? ----
HISTORY_KEY = "bot.batch_history."
# How many knowledge versions are kept per question file (the oldest is dropped).
HISTORY_VERSIONS = 20


class Settings(Protocol):
    """The key/value part of core.store.Store."""

    def setting(self, key: str, default: str | None = None) -> str | None: ...

    def set_setting(self, key: str, value: str | None) -> None: ...


def knowledge_version(entries: Sequence[Entry], platform: str | None = None) -> str:
    """A short hash of what the bot can answer with: the enabled entries for the platform, their
    questions and answers. Any edit that can change a batch result changes it."""
    rows = sorted((e.id, e.questions, e.answer) for e in entries if e.enabled and e.serves(platform))
    return hashlib.sha256(json.dumps([platform, rows], ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def questions_key(cases: Sequence[BatchCase]) -> str:
    """A short hash of a question file's questions and expectations: results compare only on the same set."""
    rows = [(c.ask, c.expected) for c in cases]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class BatchScore:
    """What a batch run comes to: questions done as expected (or answered, without expectations)."""

    good: int
    total: int
    labelled: bool

    @staticmethod
    def of(result: BatchResult) -> BatchScore:
        if result.labelled:
            good = sum(1 for r in result.labelled if r.outcome in ("hit", "handover_ok"))
            return BatchScore(good, len(result.labelled), True)
        return BatchScore(result.answered, result.total, False)


@dataclass(frozen=True)
class BatchComparison:
    """This run against the last run of the same questions on another knowledge version."""

    score: BatchScore
    previous: BatchScore | None

    @property
    def change(self) -> int | None:
        """More (positive) or fewer (negative) questions done well than last time; None without a last time."""
        return None if self.previous is None else self.score.good - self.previous.good

    def text(self) -> str:
        """“比上次好 3 条”, “比上次差 2 条”, “与上次相同”, or "" the first time."""
        change = self.change
        if change is None:
            return ""
        if change > 0:
            return f"比上次好 {change} 条"
        if change < 0:
            return f"比上次差 {-change} 条"
        return "与上次相同"


def record_batch(store: Settings, cases: Sequence[BatchCase], version: str, result: BatchResult) -> BatchComparison:
    """Keep this run's score for the knowledge version and compare it with the latest run of the same
    questions on a different version. A cancelled run is compared but not kept."""
    key = HISTORY_KEY + questions_key(cases)
    try:
        history = json.loads(store.setting(key) or "[]")
    except ValueError:
        history = []
    if not isinstance(history, list):
        history = []
    runs = [h for h in history if isinstance(h, dict) and isinstance(h.get("version"), str)
            and isinstance(h.get("good"), int) and isinstance(h.get("total"), int)]
    score = BatchScore.of(result)
    earlier = next((h for h in reversed(runs) if h["version"] != version), None)
    previous = (BatchScore(earlier["good"], earlier["total"], bool(earlier.get("labelled")))
                if earlier is not None else None)
    if not result.cancelled:
        runs = [h for h in runs if h["version"] != version]
        runs.append({"version": version, "good": score.good, "total": score.total, "labelled": score.labelled})
        store.set_setting(key, json.dumps(runs[-HISTORY_VERSIONS:], ensure_ascii=False))
    return BatchComparison(score, previous)


def batch_history(store: Settings, cases: Sequence[BatchCase]) -> list[tuple[str, BatchScore]]:
    """The kept runs of these questions, oldest first: (knowledge version, score)."""
    try:
        runs = json.loads(store.setting(HISTORY_KEY + questions_key(cases)) or "[]")
    except ValueError:
        return []
    return [(h["version"], BatchScore(h["good"], h["total"], bool(h.get("labelled"))))
            for h in runs if isinstance(h, dict) and isinstance(h.get("version"), str)
            and isinstance(h.get("good"), int) and isinstance(h.get("total"), int)]
