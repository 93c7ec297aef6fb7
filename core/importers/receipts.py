"""Importing receipts (confirmed orders) for the trial tab's settlement calendar: the platforms' order,
settlement and fund-flow exports, or this app's sheet (订单号 / 确认收货时间 / 金额), into the
shop's trial document.

    result = import_receipts(store, shop, path, progress=p)    # what the app and the CLI run

A row that is not a finished order (unfinished or closed orders, summary rows, outgoing money) is
skipped and counted, as its export profile says; a row that is one but broken refuses the file,
naming its line. Several rows of one order confirmed at the same time (an export lists each item of
an order) become one receipt with their amounts added up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..progress import Progress
from ..store import Shop, Store
from ..tables import blank, cell_text, open_table
from ..values import fmt_money, iso
from .base import (
    MANGLED_ID,
    ImportFileError,
    ImportRefused,
    ImportResult,
    Problem,
    amount,
    clean,
    mangled_id,
    moment,
    remember,
)
from .profiles import Matched, confirm_columns, find_header

KIND = "receipts"
DOCUMENT_KIND = "trial"
DOCUMENT_NAME = "试运营数据"
COLUMN_NAMES_ZH = {"order": "订单号", "confirmed_at": "确认收货时间", "amount": "金额"}
EVERY = 1000


@dataclass
class MergeResult:
    receipts: list[dict[str, Any]]
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orders: list[str] = field(default_factory=list)  # the imported orders, in file order


@dataclass
class Read:
    receipts: list[dict[str, Any]]
    result: ImportResult


def _skipped(matched: Matched, get: Any, result: ImportResult, cells: list[Any]) -> bool:
    for rule in matched.profile.skip:
        if rule.applies(get, cells, matched.columns):
            result.skip(rule.reason)
            return True
    return False


def read_receipts(path: Path | str, progress: Progress | None = None, *, choice: dict[str, str] | None = None,
                  remembered: Callable[[str], dict[str, str] | None] | None = None) -> Read:
    """Every receipt of the file (or the problems: then none). Raises ImportFileError when the file
    cannot be read, ColumnsUnknown when a column must be chosen (`choice`: field -> header text;
    `remembered(key)`: the shop's earlier choice)."""
    table = open_table(path, ImportFileError, KIND)
    matched, pending = find_header(table.rows, KIND)
    filled = [(line, cells) for line, cells in pending if not blank(cells)]
    if matched is None and not filled:
        raise ImportFileError("文件是空的，没有表头，也没有订单。")
    first = filled[0] if filled else None
    matched, pending, key, used = confirm_columns(matched, pending, KIND, COLUMN_NAMES_ZH, choice, remembered,
                                                  lambda m: _missing_columns(m, first))
    result = ImportResult(kind=KIND, profile=matched.profile.name, encoding=table.encoding)
    result.details["choice"] = (key, used)
    receipts: list[dict[str, Any]] = []
    seen: dict[str, tuple[int, Any, int]] = {}  # order -> (line, confirmed_at, index)
    for line, cells in _chain(pending, table.rows):
        if blank(cells):
            continue
        result.rows += 1
        if progress is not None and result.rows % EVERY == 0:
            progress.step(result.rows, table.lines)

        def get(name: str, cells: list[Any] = cells) -> Any:
            index = matched.columns.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        if _skipped(matched, get, result, cells):
            continue
        bad = len(result.problems)
        raw_order = get("order")
        order = clean(raw_order)
        if not order:
            result.problems.append(Problem(line, "order", "订单号是空的，请填写订单号。", "empty_id"))
        elif mangled_id(raw_order):
            result.problems.append(Problem(line, "order", f"订单号“{order}”{MANGLED_ID}", "mangled_id"))
        raw_time = get("confirmed_at")
        when = moment(raw_time, date_only_ok=True)
        if when is None:
            shown = cell_text(raw_time)
            result.problems.append(Problem(line, "confirmed_at", f"确认收货时间“{shown}”无法识别，请写成 2023-04-01 10:00 "
                                                                 "这样的格式。" if shown else "确认收货时间是空的，请填写。",
                                           "bad_time"))
        value: Decimal | None = None
        try:
            value = amount(get("amount"))
            if value is not None and value < 0:
                raise ValueError(value)
        except ValueError:
            shown = cell_text(get("amount"))
            result.problems.append(Problem(line, "amount", f"金额“{shown}”不是有效金额（应为不小于 0 的数字，例如 59.90）。",
                                           "bad_amount"))
        if len(result.problems) > bad or when is None:
            continue
        if order in seen:
            earlier_line, earlier_time, index = seen[order]
            if earlier_time != when:
                result.problems.append(Problem(line, "order", f"订单号 {order} 与第 {earlier_line} 行重复，"
                                                              "但确认收货时间不同：请核对。", "duplicate_id"))
                continue
            kept = receipts[index]
            if value is not None:
                kept["amount"] = fmt_money(Decimal(kept["amount"] or 0) + value)
            continue
        seen[order] = (line, when, len(receipts))
        receipts.append({"order": order, "confirmed_at": iso(when),
                         "amount": fmt_money(value) if value is not None else None})
    if progress is not None:
        progress.step(result.rows, result.rows)
    if result.problems:
        return Read([], result)
    if not receipts and not result.skipped:
        result.problems.append(Problem(0, "", "文件里只有表头，没有订单。", "empty"))
        return Read([], result)
    result.imported = len(receipts)
    return Read(receipts, result)


def _chain(first: list[tuple[int, list[Any]]], rest: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    yield from first
    yield from rest


def _missing_columns(matched: Matched | None, first: tuple[int, list[Any]] | None) -> str:
    if matched is None:
        missing, line = ["订单号", "确认收货时间"], first[0] if first else 1
        shown = "、".join(clean(c) for c in first[1] if clean(c)) if first else "（空）"
    else:
        missing = ["或".join(COLUMN_NAMES_ZH.get(f, f) for f in group) for group in matched.missing]
        line, shown = matched.line, "、".join(h for h in matched.header if h) or "（空）"
    named = "”和“".join(missing) if len(missing) == 2 else "”“".join(missing)
    return (f"找不到“{named}”{'两' if len(missing) == 2 else ''}列（第 {line} 行是：{shown}）。请导入平台导出的原始"
            "文件，或让表头包含 订单号、确认收货时间、金额 三列后再导入。")


def merge_receipts(existing: list[dict[str, Any]], imported: list[dict[str, Any]]) -> MergeResult:
    """The seller's receipts with the imported ones: a known order is updated in place, a new one added."""
    merged = [dict(r) for r in existing]
    where = {str(r.get("order")): i for i, r in enumerate(merged) if r.get("order")}
    result = MergeResult(merged, orders=[r["order"] for r in imported])
    for receipt in imported:
        index = where.get(receipt["order"])
        if index is None:
            where[receipt["order"]] = len(merged)
            merged.append(dict(receipt))
            result.added += 1
        elif {**merged[index], **receipt} != merged[index]:
            merged[index] = {**merged[index], **receipt}
            result.updated += 1
        else:
            result.unchanged += 1
    return result


def import_receipts(store: Store, shop: Shop, path: Path | str, *, progress: Progress | None = None,
                    choice: dict[str, str] | None = None) -> ImportResult:
    """Read the file and merge its receipts into the shop's trial document, saved in one write (all or
    nothing). Raises ImportFileError or ImportRefused (nothing changed); `details`: merge (MergeResult)."""
    progress = progress or Progress()
    progress.phase("read")
    read = read_receipts(path, progress, choice=choice,
                         remembered=lambda key: store.import_choice(shop.id, KIND, key))
    if read.result.problems:
        raise ImportRefused(read.result.problems, read.result.rows)
    progress.phase("save")
    remember(store, shop, KIND, read.result)
    plans = store.plans(shop.id, DOCUMENT_KIND)
    plan_id = plans[0]["id"] if plans else None
    data = store.plan(plan_id)["data"] if plan_id is not None else {}
    data = data if isinstance(data, dict) else {}
    trial = dict(data.get("trial") or {}) if isinstance(data.get("trial"), dict) else {}
    existing = [r for r in trial.get("receipts") or [] if isinstance(r, dict)]
    merged = merge_receipts(existing, read.receipts)
    trial["receipts"] = merged.receipts
    store.save_plan(shop.id, DOCUMENT_KIND, DOCUMENT_NAME, {**data, "shop": shop.as_contract(), "trial": trial},
                    plan_id)
    read.result.details["merge"] = merged
    return read.result
