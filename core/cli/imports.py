"""`import products|aftersale|receipts|knowledge FILE --shop S`: the same import the app runs.

Prints what was recognised and taken (and what was skipped, by reason) on stdout; progress on stderr
when it is a terminal; one line per refused row on stderr, then exit 2 with nothing imported.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError, StoreError
from ..health import inspect
from ..importers.aftersale import import_aftersale
from ..importers.base import ColumnsUnknown, ImportRefused, ImportResult, NeedsAnswer
from ..importers.knowledge import import_knowledge
from ..importers.products import import_products
from ..importers.receipts import import_receipts
from ..paths import data_dir
from ..progress import Progress
from ..store import DB_NAME, Shop, Store

KINDS = ("products", "aftersale", "receipts", "knowledge")
KIND_ZH = {"products": "商品表", "aftersale": "售后单", "receipts": "收货记录", "knowledge": "客服知识"}
PHASE_ZH = {"read": "读取", "backup": "备份", "save": "保存", "check": "检查"}


def add(sub: Any) -> None:
    cmd = sub.add_parser(
        "import", help="导入平台导出的表格（商品、售后、收货记录、客服知识）",
        description="导入一个表格到本机数据（与程序里的“导入”相同：要么全部导入，要么一条也不导入）。"
                    "退出码：0 已导入；2 文件或某一行有误（逐行说明，什么也没导入）、找不到店铺或数据文件不可用。")
    cmd.add_argument("kind", choices=KINDS, help="products 商品表 | aftersale 售后单 | receipts 收货记录 | "
                                                 "knowledge 客服知识")
    cmd.add_argument("file", help="表格文件（.xlsx 或 .csv；knowledge 也可以是 .json）")
    cmd.add_argument("--shop", required=True, help="店铺名称或编号")
    cmd.add_argument("--data-dir", help="数据文件夹（默认：$SHOP_ASSISTANT_DATA，或系统的用户数据目录）")
    cmd.add_argument("--mapping", help="各列对应（JSON，字段 → 表头文字），表头认不全时用，例如商品表 "
                                       "'{\"id\": \"商品编码\", \"status\": \"状态\", \"price_unit\": \"fen\"}'，"
                                       "售后单 '{\"at\": \"申请日期\"}'；售后单与收货记录用过一次后会为该店铺记住")
    cmd.add_argument("--refund-only", choices=("before", "after"),
                     help="售后单：文件里的“仅退款”看不出是发货前还是发货后时，全部按 before 发货前 / after 发货后 计算")
    cmd.set_defaults(run=run)


class _Printed(Progress):
    """Progress on stderr, at most five times a second, when stderr is a terminal."""

    def __init__(self) -> None:
        super().__init__()
        self._last = 0.0
        self._show = sys.stderr.isatty()

    def step(self, done: int, total: int | None = None, phase: str | None = None) -> None:
        super().step(done, total, phase)
        now = time.monotonic()
        if self._show and now - self._last > 0.2:
            self._last = now
            snap = self.snapshot()
            of = f" / {snap.total:,}" if snap.total else ""
            print(f"\r{PHASE_ZH.get(snap.phase, snap.phase)} {snap.done:,}{of} 行…   ", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._show:
            print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)


def find_shop(store: Store, wanted: str) -> Shop:
    """A shop by id or by its exact name; InputError naming the choices otherwise."""
    shops = store.shops()
    if wanted.isdigit():
        match = [s for s in shops if s.id == int(wanted)]
    else:
        match = [s for s in shops if s.name == wanted.strip()]
    if len(match) == 1:
        return match[0]
    names = "、".join(f"{s.id}:{s.name}" for s in shops) or "（还没有店铺）"
    if match:
        raise InputError("--shop", f"有 {len(match)} 个店铺叫“{wanted}”，请改用编号：{names}")
    raise InputError("--shop", f"没有找到店铺“{wanted}”。已有的店铺：{names}")


def _mapping(text: str | None) -> tuple[dict[str, str | int] | None, str | None]:
    if not text:
        return None, None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("--mapping", f"不是有效的 JSON：{exc.msg}") from None
    if not isinstance(raw, dict):
        raise InputError("--mapping", "应为 JSON 对象，例如 {\"id\": \"商品编码\"}")
    unit = raw.pop("price_unit", None)
    if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in raw.values()):
        raise InputError("--mapping", "每个字段应对应表头文字或列号（从 0 开始）")
    return raw, (str(unit) if unit is not None else None)


def _choice(mapping: dict[str, str | int] | None) -> dict[str, str] | None:
    return {f: str(h) for f, h in mapping.items()} if mapping else None


def _answers(refund_only: str | None) -> dict[str, str] | None:
    if refund_only is None:
        return None
    return {"refund_only": {"before": "refund_before_shipment", "after": "refund_after_shipment"}[refund_only]}


def healthy_db(folder: str | None) -> Path:
    """The data folder's database, checked before it is opened: InputError when there is none yet,
    StoreError (in words) when it cannot be used. What every command that reads the seller's data
    opens (import, report, deadlines, pack diff)."""
    db = data_dir(folder) / DB_NAME
    health = inspect(db)
    if health.kind == "missing":
        raise InputError(str(db), "还没有数据文件：请先在程序里添加店铺")
    if not health.ok:
        raise StoreError(health.message)
    return db


def run(args: argparse.Namespace) -> int:
    db = healthy_db(args.data_dir)
    if not Path(args.file).exists():
        raise InputError(args.file, "找不到文件")
    store = Store(db)
    progress = _Printed()
    try:
        shop = find_shop(store, args.shop)
        mapping, unit = _mapping(args.mapping)
        runner: dict[str, Callable[[], ImportResult]] = {
            "products": lambda: import_products(store, shop, args.file, mapping, price_unit=unit, progress=progress),
            "aftersale": lambda: import_aftersale(store, shop, args.file, progress=progress, choice=_choice(mapping),
                                                  answers=_answers(args.refund_only)),
            "receipts": lambda: import_receipts(store, shop, args.file, progress=progress, choice=_choice(mapping)),
            "knowledge": lambda: import_knowledge(store, shop, args.file, progress=progress),
        }
        try:
            result = runner[args.kind]()
        except ColumnsUnknown as unknown:
            progress.close()
            print(f"没有导入：{unknown.message}", file=sys.stderr)
            shown = "、".join(h for h in unknown.header if h)
            example = json.dumps({f: "表头文字" for f in unknown.missing[:1]}, ensure_ascii=False)
            print(f"第 {unknown.line} 行的表头：{shown}。请用 --mapping 指定各列，例如 --mapping '{example}'"
                  f"（可指定：{'、'.join(f'{f} {name}' for f, name in unknown.fields.items())}）。", file=sys.stderr)
            return 2
        except NeedsAnswer as question:
            progress.close()
            print(f"没有导入：{question.message}", file=sys.stderr)
            print("请加上 --refund-only before（发货前）或 --refund-only after（发货后）后重新导入。", file=sys.stderr)
            return 2
        except ImportRefused as refused:
            progress.close()
            lines = len({p.line for p in refused.problems})
            print(f"没有导入：{Path(args.file).name} 有 {lines} 行有误，请改正后重新导入。", file=sys.stderr)
            for problem in refused.problems:
                print(str(problem), file=sys.stderr)
            return 2
        progress.close()
    finally:
        store.close()
    print(f"{KIND_ZH[args.kind]}“{Path(args.file).name}”→ 店铺“{shop.name}”：{result.summary()}")
    counts = result.details.get("counts")
    merge = result.details.get("merge")
    if counts is not None:
        print(f"合并到已有售后单：新增 {len(counts.added):,} 条，更新 {len(counts.updated):,} 条，"
              f"{len(counts.unchanged):,} 条未改动。")
    elif merge is not None:
        print(f"合并到已有收货记录：新增 {merge.added:,} 条，更新 {merge.updated:,} 条，{merge.unchanged:,} 条未改动。")
    return 0
