"""Importing after-sales (the platforms' 售后 exports, or this app's sheet) into the shop's
after-sales document.

    result = import_aftersale(store, shop, path, progress=p)   # what the app and the CLI run

The file is matched to an export profile by its header (识别为：…). Each row becomes an event, or
is skipped and counted (the profile says which rows are not the after-sales the clocks cover:
exchanges, re-shipments; a closed or finished after-sale is imported as done); a row that is an
after-sale but broken refuses the whole file, naming its line. The events are then merged into the
shop's document (a known after-sale at a later step takes its new type and time) and saved in one
write; the follow-up check's report comes back in `details`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..engine import check
from ..errors import InputError
from ..progress import Progress
from ..store import Shop, Store
from ..tables import blank, cell_text, open_table
from ..values import iso
from .base import (
    MANGLED_ID,
    ImportFileError,
    NeedsAnswer,
    ImportRefused,
    ImportResult,
    Problem,
    clean,
    date_only,
    header_key,
    mangled_id,
    moment,
    remember,
)
from .profiles import Matched, confirm_columns, find_header

KIND = "aftersale"
DOCUMENT_NAME = "售后时效"
EVERY = 500
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
YES = {"是", "已处理", "已完成", "完成", "√", "✓", "y", "yes", "true", "1"}
NO = {"", "否", "未处理", "待处理", "n", "no", "false", "0"}
TEMPLATE_HEADER = ["售后单号", "订单号", "类型", "时间", "备注"]
# What each field is called when the seller is asked which column holds it.
FIELD_NAMES = {"aftersale_id": "售后单号", "order_id": "订单号", "type": "售后类型", "at": "申请时间",
               "status": "售后状态", "shipped_at": "发货时间", "note": "备注", "done": "已处理"}
# Questions asked once for a whole file: the answers each one allows (see _decided).
QUESTIONS = {"refund_only": ("refund_before_shipment", "refund_after_shipment")}
_SEPARATORS = str.maketrans({"／": "/", "、": "/", "・": "·", "•": "·"})
TYPE_WORDS = {header_key(name).translate(_SEPARATORS): kind for kind, names in TYPE_NAMES.items()
              for name in (kind, *names)}


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
    text = clean(value)
    return TYPE_WORDS.get(header_key(text).translate(_SEPARATORS)) if text else None


def parse_time(value: Any) -> str | None:
    """A time as ISO 8601 with +08:00 (a naive time is Beijing time), or None when unreadable.

    Accepts Excel times, ISO 8601, 2022/1/26 9:15, 2022-01-26 09:15:30 and 2022年1月26日 9:15.
    A date without a time is refused: the clock of an after-sale runs to the minute.
    """
    found = moment(value)
    return iso(found) if found is not None else None


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return cell_text(value)


# Reading --------------------------------------------------------------------------------------------
@dataclass
class Read:
    """The events of a file (or its problems: then no event at all) and what was skipped."""

    events: list[dict[str, Any]]
    result: ImportResult


def _decided(question: str, get: Any, matched: Matched, answers: dict[str, str]) -> str:
    """A plain 仅退款: before or after shipment, from the row (its 发货时间, or its 货物状态), else the
    seller's answer for the whole file (NeedsAnswer when there is none yet)."""
    if "shipped_at" in matched.columns:
        shipped = clean(get("shipped_at"))
        return "refund_after_shipment" if shipped not in ("", "-", "--", "—") else "refund_before_shipment"
    by_goods = matched.profile.value("goods_status", get("goods_status"))
    if by_goods in TYPE_NAMES:
        return by_goods
    answer = answers.get(question)
    if answer in QUESTIONS[question]:
        return answer
    raise NeedsAnswer(question, "文件里有“仅退款”的售后单，但表里没有发货时间，看不出是发货前还是发货后退款。"
                                "请选择这个文件里的“仅退款”都按哪一种计算时限：",
                      {k: type_name(k) for k in QUESTIONS[question]}, 0)


def _row(line: int, cells: list[Any], matched: Matched, result: ImportResult,
         answers: dict[str, str]) -> tuple[dict[str, Any] | None, list[Problem]]:
    profile = matched.profile

    def get(name: str) -> Any:
        index = matched.columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    for rule in profile.skip:
        if rule.applies(get, cells, matched.columns):
            result.skip(rule.reason)
            return None, []
    said: list[Problem] = []
    ids = [(raw, clean(raw)) for raw in (get("aftersale_id"), get("order_id"))]
    ident = next((text for _raw, text in ids if text), "")
    mangled = next((text for raw, text in ids if text and mangled_id(raw)), None)
    if not ident:
        said.append(Problem(line, "id", "订单号/售后单号为空", "empty_id"))
    elif mangled is not None:
        said.append(Problem(line, "id", f"单号“{mangled}”{MANGLED_ID}", "mangled_id"))
    raw_type = get("type")
    mapped = profile.value("type", raw_type)
    if mapped is not None and mapped.startswith("skip:"):
        result.skip(mapped[5:])
        return None, []
    if mapped is not None and mapped.startswith("ask:"):
        mapped = _decided(mapped[4:], get, matched, answers)
    kind = mapped or parse_type(raw_type)
    if kind not in TYPE_NAMES:
        shown = f"“{cell_text(raw_type)}”" if cell_text(raw_type) else "为空"
        said.append(Problem(line, "type", f"类型{shown}无法识别（应为 {' / '.join(type_name(k) for k in TYPE_NAMES)}）",
                            "bad_type"))
    raw_at = get("at")
    at = parse_time(raw_at)
    if at is None:
        text = _shown(raw_at)
        if not text:
            said.append(Problem(line, "at", "时间为空", "bad_time"))
        elif date_only(raw_at):
            said.append(Problem(line, "at", f"时间“{text}”只有日期，请写到分钟，例如 2022-01-26 09:15", "bad_time"))
        else:
            said.append(Problem(line, "at", f"时间“{text}”无法识别，例如应写作 2022-01-26 09:15", "bad_time"))
    done = profile.value("status", get("status")) == "done"
    raw_done = header_key(clean(get("done"))) if "done" in matched.columns else ""
    if raw_done in YES:
        done = True
    elif raw_done not in NO:
        said.append(Problem(line, "done", f"已处理“{cell_text(get('done'))}”应为 是 或 否", "bad_done"))
    if said:
        return None, said
    return {"id": ident, "type": kind, "at": at, "done": done, "note": clean(get("note"))}, []


def read_events(path: Path | str, progress: Progress | None = None, *, choice: dict[str, str] | None = None,
                remembered: Callable[[str], dict[str, str] | None] | None = None,
                answers: dict[str, str] | None = None) -> Read:
    """Every event of the file, or the problems with their line numbers (then no event at all).
    Raises ImportFileError when the file cannot be read, ColumnsUnknown when a column must be chosen
    (`choice`: field -> header text; `remembered(key)`: the shop's earlier choice), NeedsAnswer when a
    question about the whole file must be answered (`answers`)."""
    table = open_table(path, ImportFileError, KIND)
    matched, pending = find_header(table.rows, KIND)
    if matched is None and all(blank(cells) for _, cells in pending):
        raise ImportFileError("文件是空的，没有表头和售后记录。")
    matched, pending, key, used = confirm_columns(matched, pending, KIND, FIELD_NAMES, choice, remembered,
                                                  _missing_columns)
    answers = answers or {}
    result = ImportResult(kind=KIND, profile=matched.profile.name, encoding=table.encoding)
    result.details["choice"] = (key, used)
    events: list[dict[str, Any]] = []
    first_line: dict[str, int] = {}
    for line, cells in _chain(pending, table.rows):
        if blank(cells):
            continue
        result.rows += 1
        if progress is not None and result.rows % EVERY == 0:
            progress.step(result.rows, table.lines)
        event, said = _row(line, cells, matched, result, answers)
        if event is not None and event["id"] in first_line:
            said.append(Problem(line, "id", f"单号 {event['id']} 重复（第 {first_line[event['id']]} 行已有）",
                                "duplicate_id"))
            event = None
        if said:
            result.problems += said
        elif event is not None:
            first_line[event["id"]] = line
            events.append(event)
    if progress is not None:
        progress.step(result.rows, result.rows)
    if not result.rows and not result.problems:
        result.problems.append(Problem(0, "", "表头下面没有售后记录。", "empty"))
    if result.problems:
        return Read([], result)
    result.imported = len(events)
    return Read(events, result)


def _chain(first: list[tuple[int, list[Any]]], rest: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    yield from first
    yield from rest


def _missing_columns(matched: Matched | None) -> str:
    names = {"aftersale_id": "售后单号", "order_id": "订单号", "type": "类型", "at": "时间"}
    if matched is None or not matched.columns:
        missing = ["订单号或售后单号", "类型", "时间"]
    else:
        missing = ["或".join(names.get(f, f) for f in group) for group in matched.missing]
    where = f"（第 {matched.line} 行被当作表头）" if matched is not None else ""
    return (f"表头缺少“{'”“'.join(missing)}”列{where}。第一行应为表头：{'、'.join(TEMPLATE_HEADER)}"
            "（订单号与售后单号填一个即可，备注可不填）；平台导出的售后单请直接导入原始文件。")


# Merging --------------------------------------------------------------------------------------------
def merge(current: list[dict[str, Any]], imported: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], MergeCounts]:
    """The events after an import, and what changed.

    An imported id that is new is added. An id already kept with the same type and time is left as
    it is (re-importing yesterday's export changes nothing, and keeps what was ticked off), except
    that an after-sale the file says is finished is marked done. An id kept with another type or time
    is the same after-sale at a later step (the buyer changed the request, the seller agreed to a
    return, the buyer shipped it): its row takes the file's type and time, a new clock that is not yet
    handled unless the file says so; its note is kept unless the file has one.
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
            changed = False
            if event["note"] and not old.get("note"):
                old["note"] = event["note"]  # a note filled in is not a new step
            if event["done"] and not old.get("done"):
                old["done"] = True
                changed = True
            (counts.updated if changed else counts.unchanged).append(event["id"])
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


# The whole import -----------------------------------------------------------------------------------
def document(store: Store, shop: Shop) -> tuple[int | None, dict[str, Any]]:
    """The shop's after-sales document (id and data; none yet: None and {})."""
    plans = store.plans(shop.id, KIND)
    if not plans:
        return None, {}
    stored = store.plan(plans[0]["id"])
    return stored["id"], stored["data"] if isinstance(stored["data"], dict) else {}


def import_aftersale(store: Store, shop: Shop, path: Path | str, *, progress: Progress | None = None,
                     now: datetime | None = None, choice: dict[str, str] | None = None,
                     answers: dict[str, str] | None = None) -> ImportResult:
    """Read the file and merge its after-sales into the shop's document, saved in one write (all or
    nothing). Raises ImportFileError or ImportRefused (nothing changed); `details`: counts
    (MergeCounts), report (the check of the merged document, or None when it has an entry to correct)
    and input_error."""
    progress = progress or Progress()
    progress.phase("read")
    read = read_events(path, progress, choice=choice, answers=answers,
                       remembered=lambda key: store.import_choice(shop.id, KIND, key))
    if read.result.problems:
        raise ImportRefused(read.result.problems, read.result.rows)
    progress.phase("save")
    remember(store, shop, KIND, read.result)
    plan_id, data = document(store, shop)
    current = [e for e in data.get("events") or [] if isinstance(e, dict)]
    merged, counts = merge(current, read.events)
    doc = {**data, "shop": shop.as_contract(), "events": merged}
    store.save_plan(shop.id, KIND, DOCUMENT_NAME, doc, plan_id)
    result = read.result
    result.details["counts"] = counts
    try:
        result.details["report"] = check(KIND, doc, now) if now is not None else check(KIND, doc)
    except InputError as exc:
        result.details["report"] = None
        result.details["input_error"] = exc
    return result
