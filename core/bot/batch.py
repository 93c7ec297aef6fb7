"""Batch test: run a column of real buyer questions through the matcher and see what the bot would do.

Without expectations the figure is the answer rate (how many questions the bot answers instead of
handing them to a human). With an expected column (an entry id per question, or "转人工" for a
question the bot should leave to a human) it also gives the accuracy and lists the questions that hit
a different entry than expected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..exports import write_table
from ..tables import read_bytes
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
