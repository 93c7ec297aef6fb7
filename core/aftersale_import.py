"""Reading after-sale events from a seller's spreadsheet (.xlsx or .csv) into the contract shape.

Columns (header row, any order, extra columns ignored): 售后单号 and/or 订单号 (the event's id; the
售后单号 wins when a row has both), 类型, 时间, and optionally 备注 and 已处理 (是/否). The flow the tab
follows:

    result = read_events(path)                    # off the UI thread; progress may cancel
    if result.problems: ...                       # refuse the whole file, list the lines
    else: events, counts = merge(current, result.events)

All or nothing: a row with a problem (no id, unknown type, unreadable or date-only time, an id that
appears twice in the file) is listed with its line number as the seller sees it in Excel (the header
is line 1 when it is the first row) and no event is returned. Fully empty rows are skipped.

Encodings: UTF-8 (with or without BOM), else GB18030, a superset of GBK (what Chinese Excel writes
for "CSV"). A file that is really .xlsx is read as .xlsx whatever its name; an old .xls is refused.
Times: a naive time means Beijing time; every event's `at` is written ISO 8601 with +08:00.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .tables import TableFileError, blank, cell_text, open_table
from .values import BEIJING, iso

# Event type -> how a seller names it (the first name is the one the app shows and offers).
TYPE_NAMES: dict[str, tuple[str, ...]] = {
    "refund_before_shipment": ("发货前仅退款", "仅退款（发货前）", "发货前退款", "未发货仅退款", "未发货退款",
                               "仅退款(未发货)", "仅退款（未发货）"),
    "refund_after_shipment": ("发货后退款·退货退款", "发货后退款/退货退款", "发货后退款", "退货退款",
                              "发货后仅退款", "已发货仅退款", "仅退款（已发货）", "仅退款(已发货)"),
    "return_agreed": ("同意退货", "已同意退货", "商家同意退货", "同意退货退款"),
    "return_shipped": ("买家已寄回", "买家寄回", "已寄回", "寄回退货", "买家已退货", "买家退货",
                       "退货已寄出", "买家已发货（退货）"),
}
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "aftersale_id": ("售后单号", "售后编号", "售后单id", "售后id", "售后单编号", "退款单号", "退款编号"),
    "order_id": ("订单号", "订单编号", "订单id", "单号", "id"),
    "type": ("类型", "售后类型", "事件", "事件类型", "type"),
    "at": ("时间", "发生时间", "申请时间", "售后时间", "时间（北京时间）", "时间(北京时间)", "at"),
    "note": ("备注", "说明", "note"),
    "done": ("已处理", "是否已处理", "处理状态", "done"),
}
YES = {"是", "已处理", "已完成", "完成", "√", "✓", "y", "yes", "true", "1"}
NO = {"", "否", "未处理", "待处理", "n", "no", "false", "0"}
TEMPLATE_HEADER = ["售后单号", "订单号", "类型", "时间", "备注"]
_SEPARATORS = str.maketrans({"／": "/", "、": "/", "・": "·", "•": "·", "（": "(", "）": ")", "：": ":"})
_ZH_TIME = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T ]?\s*"
    r"(\d{1,2})\s*[:时點点]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2})\s*秒?)?\s*分?$")
_DATE_ONLY = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
_HEADER_SCAN = 10
Progress = Callable[[int], Any]


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(_SEPARATORS).lower()


TYPE_WORDS = {_key(name): kind for kind, names in TYPE_NAMES.items() for name in (kind, *names)}
_HEADERS = {_key(word): name for name, words in HEADER_WORDS.items() for word in words}


class AftersaleImportError(TableFileError):
    """The file cannot be imported at all (unreadable, unknown encoding, missing columns)."""


class ImportCancelled(Exception):
    """The progress callback returned False."""


@dataclass
class ImportResult:
    events: list[dict[str, Any]]
    problems: list[str]
    rows: int  # non-empty data rows read
    encoding: str | None = None  # None for .xlsx

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class MergeCounts:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def type_name(kind: str) -> str:
    """The name the app shows for an event type (发货前仅退款 …)."""
    return TYPE_NAMES[kind][0]


def parse_type(value: Any) -> str | None:
    """An event type from what a seller wrote, or None."""
    return TYPE_WORDS.get(_key(cell_text(value))) if cell_text(value) else None


def parse_time(value: Any) -> str | None:
    """A time as ISO 8601 with +08:00 (a naive time is Beijing time), or None when unreadable.

    Accepts Excel times, ISO 8601, 2022/1/26 9:15, 2022-01-26 09:15:30 and 2022年1月26日 9:15.
    A date without a time is refused: the clock of an after-sale runs to the minute.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date) or value is None:
        return None
    else:
        text = cell_text(value)
        match = _ZH_TIME.match(text)
        try:
            if match:
                y, mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
                moment = datetime(y, mo, d, h, mi, s)
            elif "T" in text or ":" in text:
                moment = datetime.fromisoformat(text)
            else:
                return None
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BEIJING)
    return iso(moment)


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return cell_text(value)


# Reading ------------------------------------------------------------------------------------------
def _columns(header: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = _HEADERS.get(_key(cell_text(cell)))
        if name is not None and name not in found:
            found[name] = index
    return found


def _find_header(rows: Iterator[tuple[int, list[Any]]]) -> dict[str, int]:
    """The columns of the header row: the first of the first rows naming the id, type and time
    columns (an export may put a title above it). The rows after it are left in `rows`."""
    seen: list[tuple[int, list[Any]]] = []
    for line, cells in rows:
        seen.append((line, cells))
        columns = _columns(cells)
        if {"type", "at"} <= columns.keys() and columns.keys() & {"aftersale_id", "order_id"}:
            return columns
        if len(seen) >= _HEADER_SCAN:
            break
    filled = [cells for _, cells in seen if not blank(cells)]
    if not filled:
        raise AftersaleImportError("文件是空的，没有表头和售后记录。")
    columns = _columns(filled[0])
    missing = [] if columns.keys() & {"aftersale_id", "order_id"} else ["订单号或售后单号"]
    missing += [name for key, name in (("type", "类型"), ("at", "时间")) if key not in columns]
    raise AftersaleImportError(f"表头缺少“{'”“'.join(missing)}”列。第一行应为表头："
                               f"{'、'.join(TEMPLATE_HEADER)}（订单号与售后单号填一个即可，备注可不填）。")


def read_events(path: Path | str, progress: Progress | None = None, every: int = 500) -> ImportResult:
    """Every event of the file, or the problems with their line numbers (then no event at all).

    `progress(rows_read)` is called every `every` rows and at the end; returning False cancels
    (ImportCancelled is raised). Raises AftersaleImportError when the file cannot be read.
    """
    table = open_table(path, AftersaleImportError)
    source, encoding = table.rows, table.encoding
    columns = _find_header(source)
    events: list[dict[str, Any]] = []
    problems: list[str] = []
    first_line: dict[str, int] = {}
    rows = 0
    for line, cells in source:
        if blank(cells):
            continue
        rows += 1
        if progress is not None and rows % every == 0 and progress(rows) is False:
            raise ImportCancelled()
        event, said = _event(line, cells, columns)
        if event is not None and event["id"] in first_line:
            said.append(f"单号 {event['id']} 重复（第 {first_line[event['id']]} 行已有）")
            event = None
        if said:
            problems.append(f"第 {line} 行：" + "；".join(said))
        elif event is not None:
            first_line[event["id"]] = line
            events.append(event)
    if progress is not None and progress(rows) is False:
        raise ImportCancelled()
    if not rows and not problems:
        problems.append("表头下面没有售后记录。")
    return ImportResult(events=[] if problems else events, problems=problems, rows=rows, encoding=encoding)


def _event(line: int, cells: list[Any], columns: dict[str, int]) -> tuple[dict[str, Any] | None, list[str]]:
    def get(name: str) -> Any:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    said: list[str] = []
    ident = cell_text(get("aftersale_id")) or cell_text(get("order_id"))
    if not ident:
        said.append("订单号/售后单号为空")
    raw_type = get("type")
    kind = parse_type(raw_type)
    if kind is None:
        shown = f"“{cell_text(raw_type)}”" if cell_text(raw_type) else "为空"
        said.append(f"类型{shown}无法识别（应为 {' / '.join(type_name(k) for k in TYPE_NAMES)}）")
    raw_at = get("at")
    at = parse_time(raw_at)
    if at is None:
        text = _shown(raw_at)
        if not text:
            said.append("时间为空")
        elif isinstance(raw_at, date) or _DATE_ONLY.match(text):
            said.append(f"时间“{text}”只有日期，请写到分钟，例如 2022-01-26 09:15")
        else:
            said.append(f"时间“{text}”无法识别，例如应写作 2022-01-26 09:15")
    raw_done = _key(cell_text(get("done")))
    done = raw_done in YES
    if raw_done not in YES and raw_done not in NO:
        said.append(f"已处理“{cell_text(get('done'))}”应为 是 或 否")
    if said:
        return None, said
    return {"id": ident, "type": kind, "at": at, "done": done, "note": cell_text(get("note"))}, []


# Merging --------------------------------------------------------------------------------------------
def merge(current: list[dict[str, Any]], imported: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], MergeCounts]:
    """The events after an import, and what changed.

    An imported id that is new is added. An id already kept with the same type and time is left as
    it is (re-importing yesterday's export changes nothing, and keeps what was ticked off). An id
    kept with another type or time is the same after-sale at a later step (the buyer changed the
    request, the seller agreed to a return, the buyer shipped it): its row takes the file's type and
    time, a new clock that is not yet handled; its note is kept unless the file has one.
    """
    merged = [dict(e) for e in current]
    at_index = {str(e.get("id")): i for i, e in enumerate(merged)}
    counts = MergeCounts()
    for event in imported:
        i = at_index.get(event["id"])
        if i is None:
            at_index[event["id"]] = len(merged)
            merged.append(dict(event))
            counts.added.append(event["id"])
            continue
        old = merged[i]
        if old.get("type") == event["type"] and _same_time(old.get("at"), event["at"]):
            if event["note"] and not old.get("note"):
                old["note"] = event["note"]
            counts.unchanged.append(event["id"])
            continue
        merged[i] = {**event, "note": event["note"] or old.get("note") or ""}
        counts.updated.append(event["id"])
    return merged, counts


def _same_time(a: Any, b: str) -> bool:
    try:
        return parse_time(a) == b
    except (TypeError, ValueError):
        return False


def template_rows() -> list[list[Any]]:
    """A sheet to start from: the header and one example row per event type."""
    return [
        TEMPLATE_HEADER,
        ["SH20220126001", "2201261234567", type_name("refund_before_shipment"), "2022-01-26 09:15", "买家拍错了"],
        ["", "2202101234567", type_name("refund_after_shipment"), "2022-02-10 12:00", ""],
        ["SH20220201003", "", type_name("return_agreed"), "2022-02-01 08:00", "尺码不合适"],
        ["SH20220130004", "", type_name("return_shipped"), "2022-01-30 18:00", "顺丰 SF123"],
    ]
