"""What every import shares: the result, the problems, the refusal, and how cells are read.

An import reads a table (core.tables, within core.limits) row by row through a profile
(core.importers.profiles: which export it is, which column is which field, how its values map, which
rows are not records), and either takes every record or refuses the file: all or nothing. A row that
is not a record (a title, a summary, an order not yet finished, an exchange the clocks do not cover)
is skipped and counted by reason; a row that is a record but broken refuses the file, naming its line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import InputError
from ..tables import TableFileError, cell_text
from ..values import BEIJING

SHOWN_PROBLEMS = 20  # in the one-paragraph message; every one is in `problems`
_PARENS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "[": "(", "]": ")", "：": ":", "　": ""})
_UNIT = re.compile(r"\((?:单位:?)?(元|分|¥|￥|rmb|件|个)\)$")
# An id Excel turned into a number: 2.34964E+15, 2.35E+18, 1.2e19 (a real order number is all digits)
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")
_TIME_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                 "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y.%m.%d %H:%M:%S", "%Y.%m.%d %H:%M")
_DATE_FORMATS = ("%Y/%m/%d", "%Y-%m-%d", "%Y年%m月%d日", "%Y.%m.%d")
_EXCEL_EPOCH = datetime(1899, 12, 30)


class ImportFileError(TableFileError):
    """The file cannot be imported at all: unreadable, unknown encoding, no header, a column missing."""


class ColumnsUnknown(ImportFileError):
    """The header row was found, but it does not name every column the import needs: the seller says
    which column is which (`fields`: field -> its Chinese name, the ones still to choose first;
    `header`: the header row's cells; `key`: what the choice is remembered under for the shop)."""

    def __init__(self, message: str, *, line: int, header: list[str], fields: dict[str, str],
                 missing: list[str], chosen: dict[str, str], key: str, profile: str,
                 required: tuple[tuple[str, ...], ...] = ()) -> None:
        super().__init__(message)
        self.line, self.header, self.fields, self.missing = line, header, fields, missing
        self.required = required  # each group: one of these fields must be chosen
        self.chosen, self.key, self.profile = chosen, key, profile


class NeedsAnswer(ImportFileError):
    """The file can be read, but one thing about all its rows cannot be told from the file (e.g. whether
    its 仅退款 were before or after shipment): ask the seller once, then import again with
    `answers={question: option}`. `options`: option -> what the seller reads."""

    def __init__(self, question: str, message: str, options: dict[str, str], rows: int) -> None:
        super().__init__(message)
        self.question, self.options, self.rows = question, options, rows


@dataclass(frozen=True)
class Problem:
    """One bad row (line as the seller sees it in Excel; 0 for the file), the field it is about
    (a record field, "" for the row) and what to do, in Chinese."""

    line: int
    field: str
    message: str
    kind: str = ""

    def __str__(self) -> str:
        return f"第 {self.line} 行：{self.message}" if self.line else self.message


class ImportRefused(InputError):
    """The file has rows that are records but broken: nothing was imported. `problems` lists them."""

    def __init__(self, problems: list[Problem], rows: int = 0) -> None:
        self.problems = problems
        lines = len({p.line for p in problems})
        listed = "\n".join(str(p) for p in problems[:SHOWN_PROBLEMS])
        more = f"\n……另有 {len(problems) - SHOWN_PROBLEMS} 处" if len(problems) > SHOWN_PROBLEMS else ""
        first = problems[0] if problems else Problem(0, "", "")
        super().__init__(f"line {first.line}" if first.line else "file",
                         f"文件中有 {lines} 行有误，没有导入任何数据。请改正后重新导入：\n{listed}{more}")


@dataclass
class ImportResult:
    """What an import took and what it left out. `details` holds what the kind adds (the merge
    counts, the follow-up check's report)."""

    kind: str
    profile: str = ""          # the export recognised, e.g. "抖店 售后单导出"
    rows: int = 0              # non-empty data rows read
    imported: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows
    problems: list[Problem] = field(default_factory=list)
    encoding: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def summary(self) -> str:
        """One line for the seller: what was recognised, taken and left out."""
        parts = [f"识别为：{self.profile}"] if self.profile else []
        parts.append(f"导入 {self.imported:,} 条")
        if self.skipped:
            parts.append("已跳过 " + "，".join(f"{n:,} 条{why}" for why, n in self.skipped.items()))
        return "；".join(parts) + "。"


# Cells ------------------------------------------------------------------------------------------------
def header_key(value: Any) -> str:
    """A header as compared: no spaces or a leading ' or tab, one kind of bracket, lower case."""
    return _key(cell_text(value))


@lru_cache(maxsize=4096)  # an export repeats a few words (售后状态, 订单状态) on every row
def _key(text: str) -> str:
    return re.sub(r"\s+", "", text.lstrip("'\t")).translate(_PARENS).lower()


def header_base(value: Any) -> tuple[str, str | None]:
    """A header without its unit: "价格(分)" -> ("价格", "分"), "实付款(¥)" -> ("实付款", "¥")."""
    key = header_key(value)
    match = _UNIT.search(key)
    return (key[: match.start()], match.group(1)) if match else (key, None)


def clean(value: Any) -> str:
    """A cell as text, without what exporters add to keep Excel from reading it as a number or a
    formula: a leading tab, a leading apostrophe (also before = + - @), surrounding spaces."""
    text = cell_text(value)
    while text[:1] in ("\t", "'"):
        text = text[1:].strip()
    return text


def mangled_id(value: Any) -> bool:
    """True for an id Excel has already turned into a number (2.34964E+15, or a float): its last
    digits are lost for ever."""
    if isinstance(value, float):
        return not value.is_integer() or abs(value) >= 1e15
    return bool(_SCIENTIFIC.match(clean(value)))


MANGLED_ID = ("是被 Excel 改过的科学计数法（原来的数字已经丢失）：请直接导入平台导出的原始文件，"
              "不要用 Excel 打开后再保存。")


def amount(value: Any) -> Decimal | None:
    """Yuan from a cell ("1,299.00", "¥59.90", "59.9元", 59.9); None when empty; ValueError when it is
    not an amount."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        result = Decimal(str(value))
    else:
        text = clean(value)
        for mark in (",", "，", "¥", "￥", "元", " "):
            text = text.replace(mark, "")
        if text in ("", "-", "--", "—"):
            return None
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(value) from None
    if not result.is_finite() or result.adjusted() >= 12:
        raise ValueError(value)
    return result


def moment(value: Any, *, date_only_ok: bool = False) -> datetime | None:
    """A Beijing time from a cell: an Excel date, an Excel serial number, ISO 8601, 2023/06/08 13:00:00,
    2023年6月8日 13:00; a naive time is Beijing time. A date without a time only with `date_only_ok`
    (then its midnight). None when empty or unreadable."""
    if isinstance(value, datetime):
        found = value
    elif isinstance(value, date):
        if not date_only_ok:
            return None
        found = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 20000 <= value <= 80000:  # Excel serial days: 1954..2119
            return None
        found = (_EXCEL_EPOCH + timedelta(days=float(value))).replace(microsecond=0)
    else:
        text = clean(value)
        if "  " in text or not text.isprintable():  # tabs, newlines, full-width or no-break spaces
            text = re.sub(r"\s+", " ", text)
        if not text or text in ("-", "--", "—"):
            return None
        parsed = _parse_text_time(text, date_only_ok)
        if parsed is None:
            return None
        found = parsed
    if found.tzinfo is None:
        return found.replace(tzinfo=BEIJING)
    return found.astimezone(BEIJING)


_ZH_TIME = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T ]?\s*"
    r"(\d{1,2})\s*[:时點点]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2})\s*秒?)?\s*分?$")


def _parse_text_time(text: str, date_only_ok: bool) -> datetime | None:
    match = _ZH_TIME.match(text)
    try:
        if match:
            y, mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
            return datetime(y, mo, d, h, mi, s)
        if "T" in text or ":" in text:
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                pass
            for fmt in _TIME_FORMATS:
                try:
                    return datetime.strptime(text, fmt)
                except ValueError:
                    continue
            return None
    except ValueError:
        return None
    if date_only_ok:
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                continue
    return None


def date_only(value: Any) -> bool:
    """True for a cell that holds a date with no time of day."""
    if isinstance(value, datetime):
        return False
    if isinstance(value, date):
        return True
    return moment(value) is None and moment(value, date_only_ok=True) is not None


def remember(store: Any, shop: Any, kind: str, result: ImportResult) -> None:
    """Keep the columns the seller chose for this export, so the next file of it goes in without asking."""
    key, used = result.details.get("choice") or ("", {})
    if key and used:
        store.remember_import_choice(shop.id, kind, key, used)
