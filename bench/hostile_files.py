"""Hostile files at the sizes of issue #15, each imported in a fresh process: time to the refusal (or
the import) and the process's peak memory (targets: a 2-million-row CSV in <= 400 MB peak RSS; the
1.1 GB row-bomb .xlsx refused in <= 2 s).

    python bench/hostile_files.py [--rows 2000000] [--bomb-mb 1100] [--cell-mb 1100] [--line-mb 200]

Baseline, same run: the peak RSS of a process that only imports the app's core and opens the store.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import endless_line_csv, huge_cell_xlsx, many_rows_csv, row_bomb_xlsx  # noqa: E402

CHILD = r"""
import resource, sys, time
sys.path.insert(0, {root!r})
from core.store import Shop, Store
from core.importers.products import import_products
store = Store({db!r})
shop = store.save_shop(Shop(name="bench"))
began = time.perf_counter()
outcome = "opened only"
if {path!r}:
    try:
        result = import_products(store, shop, {path!r})
        outcome = f"imported {{result.imported:,}} products"
    except Exception as exc:
        outcome = "refused: " + str(getattr(exc, "message", exc)).splitlines()[0][:90]
took = time.perf_counter() - began
print(f"{{took:.2f}}|{{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}}|{{outcome}}")
"""


def run(path: Path | None, folder: Path) -> tuple[float, float, str]:
    db = folder / f"{time.perf_counter_ns()}.db"
    code = CHILD.format(root=str(ROOT), db=str(db), path=str(path) if path else "")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        return 0.0, 0.0, "crashed: " + out.stderr.strip().splitlines()[-1][:120]
    took, rss, outcome = out.stdout.strip().split("|", 2)
    return float(took), float(rss), outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--bomb-mb", type=int, default=1100)
    parser.add_argument("--cell-mb", type=int, default=1100)
    parser.add_argument("--line-mb", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _, base_rss, _ = run(None, folder)
        print(f"baseline: a process that opens the store, peak RSS {base_rss:.0f} MB")
        cases = [
            (f"CSV with {args.rows:,} rows", lambda: many_rows_csv(folder / "rows.csv", args.rows)),
            (f"row-bomb .xlsx ({args.bomb_mb:,} MB unpacked)", lambda: row_bomb_xlsx(folder / "bomb.xlsx", args.bomb_mb)),
            (f".xlsx with one {args.cell_mb:,} MB cell", lambda: huge_cell_xlsx(folder / "cell.xlsx", args.cell_mb)),
            (f"CSV with one {args.line_mb} MB line", lambda: endless_line_csv(folder / "line.csv", args.line_mb)),
        ]
        for name, make in cases:
            path = make()
            size = path.stat().st_size / 2**20
            took, rss, outcome = run(path, folder)
            print(f"{name} ({size:,.0f} MB on disk): {took:.2f} s, peak RSS {rss:.0f} MB "
                  f"({rss / base_rss:.1f}x baseline) — {outcome}")
            path.unlink()


if __name__ == "__main__":
    main()
