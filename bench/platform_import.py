"""Import a platform's own export unedited (issue #20's figure: a 50,000-row export in <= 2 s).

    python bench/platform_import.py [--rows 50000] [--repeat 3]

Writes, for each export, a file laid out as the back office writes it (the column names of
tests/core/test_platform_exports.py, cells prefixed with a tab, UTF-8 with BOM for 抖店 and GB18030
for 快手, a mix of record types and rows to skip), then times the whole import as the app and
`python -m core import aftersale|receipts` run it (read, match the profile, map and skip, merge, one
store write, the follow-up check) into a fresh shop. Baseline, same file, same run: the standard
library's csv.reader reading every row (what no import can beat). Prints the median of --repeat runs
and the ratio.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.importers.aftersale import import_aftersale  # noqa: E402
from core.importers.receipts import import_receipts  # noqa: E402
from core.store import DB_NAME, Shop, Store  # noqa: E402

START = datetime(2023, 6, 1, 8, 0)


def dy_aftersale(n: int) -> list[list[str]]:
    rows = [["售后单号", "订单号", "商品单号", "商品ID", "售后类型", "售后状态", "退款方式", "退商品金额（元）",
             "售后申请时间", "售后原因", "发货时间", "售后完结时间"]]
    kinds = ("未发货仅退款", "退货退款", "仅退款", "已发货仅退款", "换货", "补寄")
    states = ("待商家处理", "待买家退货", "退款成功", "售后关闭")
    for i in range(n):
        at = START + timedelta(minutes=7 * i)
        kind = kinds[i % len(kinds)]
        shipped = "" if kind == "未发货仅退款" or i % 5 == 0 else (at - timedelta(days=2)).strftime("%Y/%m/%d %H:%M:%S")
        rows.append([f"7123{i:015d}", f"4987{i:015d}", f"4988{i:015d}", f"36012345{i % 997:05d}", kind,
                     states[i % len(states)], "原路退回", f"{(i % 300) + 9.9:,.2f}", at.strftime("%Y/%m/%d %H:%M:%S"),
                     "拍错了/不想要了", shipped, ""])
    return rows


def dy_orders(n: int) -> list[list[str]]:
    rows = [["主订单编号", "子订单编号", "选购商品", "商品ID", "商品数量", "商品单价", "订单应付金额", "订单提交时间",
             "支付完成时间", "订单完成时间", "订单状态", "售后状态"]]
    for i in range(n):
        at = START + timedelta(minutes=5 * (i // 2))
        state = ("已完成", "已完成", "已完成", "待发货", "已关闭")[(i // 2) % 5]
        done = (at + timedelta(days=5)).strftime("%Y/%m/%d %H:%M:%S") if state == "已完成" else ""
        rows.append([f"6912{i // 2:015d}", f"6913{i:015d}", "手工皂", "3601234567890", "1", "1,029.90", "1,029.90",
                     at.strftime("%Y/%m/%d %H:%M:%S"), at.strftime("%Y/%m/%d %H:%M:%S"), done, state, "-"])
    return rows


def write(path: Path, rows: list[list[str]], encoding: str) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for i, row in enumerate(rows):
        writer.writerow([f"\t{c}" if i and c else c for c in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def timed(work: Callable[[], object], repeat: int, setup: Callable[[], Callable[[], object]] | None = None
          ) -> tuple[float, object]:
    """Median seconds of `work()` (or of what `setup()` returns, made before the clock starts)."""
    times, result = [], None
    for _ in range(repeat):
        job = setup() if setup is not None else work
        began = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def baseline(path: Path, encoding: str) -> int:
    with open(path, encoding=encoding, newline="") as f:
        return sum(1 for _ in csv.reader(f))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        cases = [("抖店 售后单导出", write(base / "售后单.csv", dy_aftersale(args.rows), "utf-8-sig"), "utf-8-sig",
                  import_aftersale, {"answers": {"refund_only": "refund_before_shipment"}}),
                 ("抖店 订单导出", write(base / "订单.csv", dy_orders(args.rows), "gb18030"), "gb18030",
                  import_receipts, {})]
        print(f"{args.rows:,} rows per export, median of {args.repeat}")
        for name, path, encoding, run, options in cases:
            def fresh_shop(path: Path = path, run: Callable[..., object] = run,
                           options: dict = options) -> Callable[[], object]:
                db = base / f"{time.perf_counter_ns()}" / DB_NAME
                db.parent.mkdir()
                store = Store(db)
                shop = store.save_shop(Shop(name="bench", platform="douyin"))
                return lambda: run(store, shop, path, **options)

            took, result = timed(lambda: None, args.repeat, fresh_shop)
            read, _ = timed(lambda path=path, encoding=encoding: baseline(path, encoding), args.repeat)
            summary = getattr(result, "summary", lambda: "")()
            print(f"{name}: import {took:.2f} s (target <= 2 s); csv.reader alone {read:.3f} s; "
                  f"ratio {took / read:.1f}\n    {summary}")


if __name__ == "__main__":
    main()
