"""Install a rule pack into a real-sized data folder (issue #16's figure: <= 2 s with 20 saved plans and
200,000 products, diff and re-check included, off the UI thread).

    python bench/pack_install.py [--products 200000] [--plans 20] [--repeat 3]

Builds a data folder (one 快手 shop with the products and the plans: lottery, coupon, challenge,
after-sales and bot plans from the contract examples), a signed test pack (tests/packs.py: one
threshold changed from a later date, one rule added) and a key the folder trusts, then times what the
app runs when the seller installs it: every check of the file and its rule tests (prepare), the rule
diff, every saved plan and the product snapshot checked under both packs with the board's deadlines
(shop_changes), and the switch (commit). Baseline, same run: one listing check of the 200,000
products under the built-in pack (the single biggest check the install repeats twice).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.engine import check, default_pack  # noqa: E402
from core.packs import diff, installed  # noqa: E402
from core.paths import resource  # noqa: E402
from core.products import listing_input, replace_snapshot  # noqa: E402
from core.store import DB_NAME, Shop, Store  # noqa: E402
from core.values import BEIJING  # noqa: E402
from tests.packs import build_pack, make_key, rules_copy  # noqa: E402

KINDS = ("lottery", "coupon", "challenge", "aftersale", "bot")
CATEGORIES = (["二手", "二手车", "二手车"], ["汽车用品", "汽车内饰", "脚垫"], ["服饰/鞋靴", "男装", "T恤"],
              ["生鲜", "海鲜水产", "海鲜制品", "调味小龙虾"])


def data_folder(base: Path, products: int, plans: int) -> tuple[Path, Shop]:
    folder = base / "data"
    folder.mkdir()
    store = Store(folder / DB_NAME)
    shop = store.save_shop(Shop(name="老周车行", shop_type="individual", experience_score=4.6))
    replace_snapshot(store, shop.id or 0, ({"id": f"KS{i:07d}", "title": f"商品 {i}", "category": CATEGORIES[i % 4],
                                            "status": "on_sale" if i % 3 else "off_sale", "price": "99.00"}
                                           for i in range(products)), source="bench.csv")
    for i in range(plans):
        kind = KINDS[i % len(KINDS)]
        data = json.loads((resource("examples") / f"{kind}.json").read_text(encoding="utf-8"))
        store.save_plan(shop.id, kind, f"{kind} 方案 {i + 1}", data)
    store.close()
    return folder, shop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=200_000)
    parser.add_argument("--plans", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    now = datetime.now(BEIJING)
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        started = time.perf_counter()
        folder, shop = data_folder(base, args.products, args.plans)
        key = make_key(base / "keys")
        (folder / "keys").mkdir()
        shutil.copy(key.public, folder / "keys")
        pack_file = build_pack(rules_copy(base / "rules"), key, base / "next.rulepack")
        print(f"data: {args.products:,} products, {args.plans} plans; pack file {pack_file.stat().st_size / 1e3:.0f} kB "
              f"(made in {time.perf_counter() - started:.1f} s)")
        store = Store(folder / DB_NAME)
        shop = store.shops()[0]
        baseline = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            check("listing", listing_input(store, shop), now, default_pack())
            baseline.append(time.perf_counter() - began)
        phases: dict[str, list[float]] = {"prepare": [], "diff": [], "plans": [], "commit": [], "total": []}
        changed = 0
        for _ in range(args.repeat):
            installed.rollback(folder) if installed.active_version(folder) else None
            began = time.perf_counter()
            prepared = installed.prepare(pack_file, folder)
            t1 = time.perf_counter()
            rules = diff.rule_changes(default_pack(), prepared.pack)
            t2 = time.perf_counter()
            shops = diff.shop_changes(store, default_pack(), prepared.pack, now)
            t3 = time.perf_counter()
            installed.commit(prepared, pack_file)
            t4 = time.perf_counter()
            for name, value in zip(phases, (t1 - began, t2 - t1, t3 - t2, t4 - t3, t4 - began)):
                phases[name].append(value)
            changed = sum(len(s.plans) for s in shops) + len(rules.values)
        store.close()
    base_s = statistics.median(baseline)
    total = statistics.median(phases["total"])
    print(f"baseline: one listing check of {args.products:,} products {base_s:.2f} s")
    print("install: " + ", ".join(f"{k} {statistics.median(v):.2f} s" for k, v in phases.items())
          + f"  (target total <= 2 s; ratio to baseline {total / base_s:.1f}; {changed} changes listed)")
    print("each install: " + ", ".join(f"{t:.2f} s" for t in phases["total"])
          + " (the first also checks the products once, for the board's kept result)")


if __name__ == "__main__":
    main()
