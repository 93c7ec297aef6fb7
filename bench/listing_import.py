"""Import and classify a product export (targets: 20,000 rows < 1 s, 200,000 rows < 6 s).

    python bench/listing_import.py [--sizes 20000 200000] [--repeat 3] [--keep DIR]

For each size, writes a realistic UTF-8 CSV export (Chinese titles, level-1..3 categories as one
"a>b>c" column, some in 二手>二手车>二手车, prices in 元, 在售/已下架 statuses), then times, in this
process, "import and classify" as the app and `python -m core import products` run it
(core.importers.products.import_products: parse, write the new batch in short transactions, swap the
snapshot, the listing check, keep its result). The baseline, measured in the same run on the
same file: `sqlite-utils insert DB products FILE --csv` (wall time of the CLI, which includes its
own interpreter start-up, printed separately). Prints the median of --repeat runs and the ratio.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.engine import default_pack
from core.importers.products import import_products
from core.store import Shop, Store
from core.values import BEIJING

CATEGORIES = [
    ("二手>二手车>二手车", ["大众朗逸", "丰田卡罗拉", "本田雅阁", "别克英朗", "日产轩逸"], (30000, 150000)),
    ("汽车/摩托车服务>二手车/摩托车售卖>二手车/摩托车售卖", ["本田摩托", "雅马哈踏板", "长安CS75"], (3000, 90000)),
    ("汽车用品>汽车内饰>脚垫", ["全包围脚垫", "丝圈脚垫", "TPE脚垫"], (59, 699)),
    ("服饰/鞋靴>男装>T恤", ["纯棉短袖T恤", "冰丝速干T恤", "宽松印花T恤"], (19, 199)),
    ("服饰/鞋靴>女装>连衣裙", ["碎花雪纺连衣裙", "法式收腰连衣裙", "针织长裙"], (49, 399)),
    ("生鲜>海鲜水产>海鲜制品", ["即食海参", "蒜蓉粉丝扇贝", "麻辣小龙虾 750g"], (39, 299)),
    ("食品饮料>休闲零食>坚果炒货", ["每日坚果", "五香瓜子", "碧根果"], (9, 129)),
    ("家居日用>收纳整理>收纳箱", ["折叠收纳箱", "透明鞋盒", "桌面收纳盒"], (9, 89)),
    ("美妆护肤>面部护理>面霜", ["玻尿酸保湿面霜", "烟酰胺面霜", "修护霜"], (29, 399)),
    ("数码配件>手机配件>数据线", ["快充数据线", "编织数据线", "磁吸数据线"], (9, 59)),
]
ADJECTIVES = ["2023新款", "爆款", "加厚", "正品", "包邮", "大码", "简约", "韩版", "家用", "便携"]
HEADER = ["商品ID", "商品名称", "类目", "价格(元)", "库存", "商品状态"]


def write_export(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            category, nouns, (low, high) = CATEGORIES[0 if i % 40 == 0 else rng.randrange(1, len(CATEGORIES))]
            title = f"{rng.choice(ADJECTIVES)} {rng.choice(nouns)} {rng.choice(ADJECTIVES)} {i % 97}号"
            price = f"{rng.randint(low, high)}.{rng.choice(('00', '90', '99', '50'))}"
            status = "在售" if rng.random() < 0.8 else "已下架"
            writer.writerow([f"KS{20230000000 + i}", title, category, price, rng.randint(0, 500), status])


def ours(path: Path, folder: Path) -> tuple[float, dict]:
    db = folder / "ours.db"
    for leftover in folder.glob("ours.db*"):
        leftover.unlink()
    store = Store(db)
    shop = store.save_shop(Shop(name="老周车行", shop_type="individual"))
    start = time.perf_counter()
    result = import_products(store, shop, path, now=datetime(2023, 6, 10, 10, tzinfo=BEIJING))
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, result.details["report"].facts


def baseline(path: Path, folder: Path, cli: str) -> float:
    db = folder / "baseline.db"
    for leftover in folder.glob("baseline.db*"):
        leftover.unlink()
    start = time.perf_counter()
    subprocess.run([cli, "insert", str(db), "products", str(path), "--csv"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[20000, 200000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", help="write the CSV files here and keep them")
    args = parser.parse_args()
    cli = shutil.which("sqlite-utils")
    if cli is None:
        sys.exit("sqlite-utils CLI not found on PATH")
    default_pack()  # loaded once at app start, not per import
    targets = {20000: 1.0, 200000: 6.0}
    folder = Path(args.keep or tempfile.mkdtemp(prefix="listing-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run([cli, "--version"], check=True, stdout=subprocess.DEVNULL)
    startup = time.perf_counter() - start
    print(f"sqlite-utils CLI start-up alone: {startup:.3f} s (included in its figures below)")
    try:
        for size in args.sizes:
            path = folder / f"export_{size}.csv"
            write_export(path, size)
            mine, theirs, facts = [], [], {}
            for _ in range(args.repeat):
                elapsed, facts = ours(path, folder)
                mine.append(elapsed)
                theirs.append(baseline(path, folder, cli))
            m, b = statistics.median(mine), statistics.median(theirs)
            target = targets.get(size)
            verdict = "" if target is None else f"  target < {target:.0f} s: {'ok' if m < target else 'MISSED'}"
            print(f"{size:>7} rows ({path.stat().st_size / 1e6:5.1f} MB)  import+classify {m:6.3f} s"
                  f"   sqlite-utils insert --csv {b:6.3f} s   ratio {m / b:4.2f}"
                  f" (target <= 1.5: {'ok' if m / b <= 1.5 else 'MISSED'}){verdict}")
            print(f"         listing {facts['listing']}, to move {len(facts['migrations'])}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
