"""合规体检报告 of a big shop (target: 20 plans and 200,000 products ≤ 1 s to HTML).

    python bench/report.py [--products 200000] [--plans 20] [--repeat 3] [--keep DIR]

Builds a data folder the way a seller fills it: a 快手 shop whose 200,000-row product export is imported
as the app imports it (core.importers.products: the snapshot, the listing check, its kept result), and
20 saved plans (0元抽奖 sessions, 定时优惠券 plans, 1212 challenge plans, a 客服机器人 knowledge base and
the 售后 document with 2,000 after-sales). Then times core.health_report.build + render for that shop,
as the app's "打印体检报告…" runs it off the UI thread (and `python -m core report` runs it): the median of
--repeat runs, with the kept listing result valid (the usual case) and once after a product was marked
moved (the kept result is stale, so the listing check runs again: the worst case).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.listing_import import write_export
from core import health_report
from core.engine import default_pack
from core.importers.products import import_products
from core.products import products, set_moved
from core.store import DB_NAME, Shop, Store
from core.values import BEIJING

EXAMPLES = ROOT / "resources" / "examples"


def example(kind: str) -> dict:
    return json.loads((EXAMPLES / f"{kind}.json").read_text(encoding="utf-8"))


def plans(now: datetime, count: int) -> list[tuple[str, str, dict]]:
    """`count` plans of the kinds a live-selling shop keeps (the 售后 document always among them)."""
    out: list[tuple[str, str, dict]] = []
    kinds = ["lottery"] * 10 + ["coupon"] * 4 + ["challenge"] * 3 + ["bot"] * 2
    for i, kind in enumerate(kinds[:max(0, count - 1)]):
        plan = example(kind)
        if kind == "lottery":
            draw = now - timedelta(hours=6 * i)
            plan["session"].update(title=f"{draw:%m月%d日}晚场直播", start=(draw - timedelta(hours=1)).isoformat(),
                                   end=(draw + timedelta(hours=2)).isoformat())
            for prize in plan["prizes"]:
                prize["draw_at"] = draw.isoformat()
        if kind == "bot":
            base = plan.get("knowledge") or []
            plan["knowledge"] = [dict(base[j % len(base)], question=f"{base[j % len(base)].get('question', '')}{j}")
                                 for j in range(300)] if base else base
        out.append((kind, f"{kind} {i + 1}", plan))
    types = ["refund_before_shipment", "refund_after_shipment", "return_agreed", "return_shipped"]
    events = [{"id": f"SH{2412000000 + i}", "type": types[i % 4], "at": (now - timedelta(minutes=37 * i)).isoformat(),
               "done": i % 3 == 0} for i in range(2_000)]
    out.append(("aftersale", "售后时效", {"events": events, "claims": []}))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=200_000)
    parser.add_argument("--plans", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", help="build the data folder here and keep it")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="report-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(DB_NAME + "*"):
        leftover.unlink()
    pack = default_pack()
    now = datetime.now(BEIJING).replace(microsecond=0)
    try:
        store = Store(folder / DB_NAME)
        shop = store.save_shop(Shop(name="老周车行", shop_type="individual", experience_score="4.60",
                                    professional_anchor=True))
        export = folder / "products.csv"
        write_export(export, args.products)
        started = time.perf_counter()
        import_products(store, shop, export, now=now)
        print(f"data folder: {folder}  ({args.products:,} products imported in {time.perf_counter() - started:.1f} s)")
        for kind, name, plan in plans(now, args.plans):
            store.save_plan(shop.id, kind, name, plan)

        started = time.perf_counter()
        health_report.render(health_report.build(store, pack, datetime.now(BEIJING), shop))
        cold = time.perf_counter() - started
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            report = health_report.build(store, pack, datetime.now(BEIJING), shop)
            page = health_report.render(report)
            times.append(time.perf_counter() - started)
        result = report.shops[0]
        findings = sum(len(p.findings) for p in result.plans)
        print(f"report, {len(result.plans)} plans, {args.products:,} products (kept listing result): "
              f"median {statistics.median(times):.3f} s of {args.repeat} (min {min(times):.3f}, max {max(times):.3f}); "
              f"{findings} findings, {len(result.open_items)} open items, {len(page) / 1024:.0f} KB of HTML")
        print(f"  the first report of this process: {cold:.3f} s (it also loads the check modules and the word "
              "lists the checks use, which the app has loaded once any tab checked a plan)")

        first = products(store, shop.id)[0]["id"]
        set_moved(store, shop.id, first, True)  # the kept listing result is now stale
        started = time.perf_counter()
        health_report.render(health_report.build(store, pack, datetime.now(BEIJING), shop))
        print(f"report, the kept listing result stale (the listing check runs again): "
              f"{time.perf_counter() - started:.3f} s")
        (folder / "report.html").write_text(page, encoding="utf-8")
        store.close()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
