"""The longest the window stalls while each long job runs with real-sized data (issue #15: ≤ 50 ms).

    python bench/ui_stall.py [--products 200000] [--aftersale 60000] [--knowledge 10000] [--questions 1000]
                             [--only products,aftersale,bot] [--events] [--why MS]

The app runs offscreen with its real tabs; each job is started the way the seller starts it (a tab's
own import, export, batch test, board refresh). A timer on the UI thread ticks every 5 ms and the
longest gap between two ticks while the job runs is its stall. The baseline is the longest gap while
the window sits idle for as long, in the same run (the machine's own noise).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from bench.listing_import import write_export  # noqa: E402
from core.engine import default_pack  # noqa: E402
from core.store import Shop, Store  # noqa: E402
from gui.app import Application  # noqa: E402
from gui.ops import running  # noqa: E402

TICK_MS = 5


class Watch:
    """The longest gap between the UI thread's timer ticks. With `why`, each tick re-arms
    faulthandler's watchdog (a C thread, so it fires even while a worker holds the GIL): when the UI
    thread has not ticked for `why` ms, every thread's stack is written down, which names the worker
    call that kept the window waiting as well as what the window itself was doing."""

    def __init__(self, why: float | None = None) -> None:
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.worst = self.worst_cpu = 0.0
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.why = why
        self.dumps = tempfile.TemporaryFile("w+") if why is not None else None
        self.gc_pauses: list[float] = []
        self.gc_began = 0.0
        if why is not None:
            import gc

            gc.callbacks.append(self._gc)

    def report(self) -> None:
        if self.gc_pauses:
            print(f"  longest garbage collection: {max(self.gc_pauses) * 1000:.0f} ms "
                  f"({len(self.gc_pauses)} full collections)")
            self.gc_pauses.clear()
            import gc
            from collections import Counter

            census = Counter(type(o).__name__ for o in gc.get_objects())
            print(f"  objects the collector looks at: {sum(census.values()):,} — "
                  + ", ".join(f"{name} {count:,}" for name, count in census.most_common(6)))
        self.report_stacks()

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                self.gc_began = time.perf_counter()
            else:
                self.gc_pauses.append(time.perf_counter() - self.gc_began)

    def report_stacks(self) -> None:
        """The stacks seen in stalls, most frequent first (each thread's innermost frames)."""
        import faulthandler

        if self.dumps is None:
            return
        faulthandler.cancel_dump_traceback_later()
        self.dumps.seek(0)
        text = self.dumps.read()
        self.dumps.seek(0)
        self.dumps.truncate()
        seen: dict[str, int] = {}
        for dump in text.split("Timeout (")[1:]:
            for thread in dump.split("\nThread ")[1:]:
                frames = [line.strip() for line in thread.splitlines()[1:] if line.strip().startswith("File")]
                where = "\n    ".join(frames[:5])
                seen[where] = seen.get(where, 0) + 1
        for where, count in sorted(seen.items(), key=lambda kv: -kv[1])[:8]:
            print(f"  --- in {count} stall(s):\n    {where}")

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.worst:
            self.worst, self.worst_cpu = now - self.last, cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu
        if self.dumps is not None and self.why is not None:
            import faulthandler

            faulthandler.dump_traceback_later(self.why / 1000, file=self.dumps)

    def run(self, start: Callable[[], object], done: Callable[[], bool], timeout: float = 600) -> tuple[float, float]:
        """(longest stall in ms, seconds the job took)."""
        loop = QEventLoop()
        self.worst = self.worst_cpu = 0.0
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        began = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, start)

        def poll() -> None:
            if done() or time.perf_counter() - began > timeout:
                loop.quit()
        checker = QTimer(interval=10)
        checker.timeout.connect(poll)
        QTimer.singleShot(50, checker.start)  # let the job start first
        loop.exec()
        checker.stop()
        self.timer.stop()
        if self.dumps is not None:
            import faulthandler

            faulthandler.cancel_dump_traceback_later()
        return self.worst * 1000, time.perf_counter() - began


class Timed(QApplication):
    """With --events: every event the UI thread handles is timed; the slowest ones are named with their
    receiver, so work done inside Qt (layout, painting, size hints) shows where it comes from."""

    slow: dict[str, list[float]] = {}
    profile = False  # --profile: each outermost event runs under cProfile; the slowest are printed
    profiles: list[tuple[float, str, str]] = []
    _depth = 0

    def notify(self, receiver: object, event: object) -> bool:  # type: ignore[override]
        profiler = None
        if self.profile and Timed._depth == 0:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        Timed._depth += 1
        began = time.perf_counter()
        try:
            return super().notify(receiver, event)  # type: ignore[arg-type]
        finally:
            took = (time.perf_counter() - began) * 1000
            Timed._depth -= 1
            if profiler is not None:
                profiler.disable()
                if took > 30:
                    self._keep_profile(took, receiver, event, profiler)
            if took > 20:
                chain, at = [], receiver
                while at is not None and len(chain) < 4:
                    chain.append(type(at).__name__)
                    at = at.parent() if hasattr(at, "parent") else None  # type: ignore[attr-defined]
                key = f"{' < '.join(chain)} {event.type().name}"  # type: ignore[attr-defined]
                self.slow.setdefault(key, []).append(took)

    @classmethod
    def _keep_profile(cls, took: float, receiver: object, event: object, profiler: Any) -> None:
        import io
        import pstats

        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(14)
        text = out.getvalue()
        text = text[text.find("ncalls"):]
        cls.profiles.append((took, f"{type(receiver).__name__} {event.type().name}", text))  # type: ignore[attr-defined]

    @classmethod
    def report(cls) -> None:
        for key, took in sorted(cls.slow.items(), key=lambda kv: -max(kv[1]))[:8]:
            print(f"    slow event {key}: {len(took)}×, longest {max(took):.0f} ms")
        cls.slow.clear()
        for took, what, text in sorted(cls.profiles, key=lambda p: -p[0])[:6]:
            print(f"    --- profile of {what} ({took:.0f} ms, under the profiler):\n{text}")
        cls.profiles.clear()


def idle(seconds: float) -> Callable[[], bool]:
    until = time.perf_counter() + seconds
    return lambda: time.perf_counter() >= until


def write_aftersale(path: Path, rows: int) -> None:
    rng = random.Random(3)
    kinds = ["发货前仅退款", "发货后退款/退货退款", "同意退货", "买家已寄回"]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["售后单号", "订单号", "类型", "时间", "备注"])
        for i in range(rows):
            writer.writerow([f"SH{2023000000 + i}", f"{2306000000000 + i}", rng.choice(kinds),
                             f"2023-06-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                             ""])


def knowledge(entries: int) -> list[dict[str, object]]:
    rng = random.Random(5)
    nouns = ["快递", "退货", "尺码", "发票", "赠品", "优惠券", "颜色", "材质", "保修", "安装"]
    verbs = ["怎么", "能不能", "多久", "在哪", "可以"]
    return [{"id": f"e{i}", "question": f"{rng.choice(nouns)}{rng.choice(verbs)}{i}号问题",
             "similar": [f"请问{rng.choice(nouns)}{i}"], "answer": f"答案{i}", "enabled": True}
            for i in range(entries)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=200_000)
    parser.add_argument("--aftersale", type=int, default=60_000)
    parser.add_argument("--knowledge", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--why", type=float, help="name what every thread was doing when the window stalled longer "
                        "than this (ms); a diagnosis aid: faulthandler reads the other threads' stacks without "
                        "stopping them, which now and then crashes the run")
    parser.add_argument("--events", action="store_true", help="time every event the window handles and name the "
                        "slowest (adds overhead to every event)")
    parser.add_argument("--only", default="products,aftersale,bot,lottery",
                        help="the groups of jobs to run, comma-separated: products (preview, import, export, board), "
                        "aftersale, bot (load, batch), lottery (a long paste, typing on it); default all")
    parser.add_argument("--terms", type=int, default=19_990, help="characters of the pasted lottery terms")
    parser.add_argument("--profile", action="store_true", help="with --events: profile each event and print "
                        "what Python ran in the three slowest")
    args = parser.parse_args()
    Timed.profile = args.profile
    only = set(args.only.split(","))
    qapp = (Timed if args.events else QApplication)([])
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    folder = Path(tempfile.mkdtemp(prefix="ui-stall-"))
    store = Store(folder / "shop-assistant.db")
    shop = store.save_shop(Shop(name="老周车行", shop_type="individual"))
    app = Application(qapp, store, default_pack())
    window = app.window
    window.resize(1366, 700)
    window.show()
    window.shops.set_shop(shop)
    window.reload_shops()
    watch = Watch(args.why)
    rows: list[tuple[str, float, float]] = []

    def measure(name: str, start: Callable[[], object], done: Callable[[], bool]) -> None:
        stall, took = watch.run(start, done)
        rows.append((name, stall, took))
        print(f"{name:<44} longest stall {stall:7.1f} ms   ({took:5.1f} s; "
              f"the window's own work {watch.worst_cpu * 1000:.0f} ms of it)", flush=True)
        if args.events:
            Timed.report()
        watch.report()

    measure("baseline: idle window, 3 s", lambda: None, idle(3))

    if "products" in only:
        products_jobs(args, window, folder, measure)
    if "aftersale" in only:
        aftersale_jobs(args, window, folder, measure)
    if "bot" in only:
        bot_jobs(args, window, folder, measure, store, shop)
    if "lottery" in only:
        lottery_jobs(args, window, measure)

    worst = max((stall for name, stall, _ in rows[1:] if not name.startswith("(")), default=0.0)
    print(f"\nworst stall of any job: {worst:.1f} ms (target ≤ 50 ms; idle baseline {rows[0][1]:.1f} ms)")
    print(json.dumps({name: round(stall, 1) for name, stall, _ in rows}, ensure_ascii=False))
    window.close()
    store.close()


Measure = Callable[[str, Callable[[], object], Callable[[], bool]], None]


def products_jobs(args: argparse.Namespace, window: Any, folder: Path, measure: Measure) -> None:
    from gui.tabs.listing import ListingTab
    products_csv = folder / "products.csv"
    write_export(products_csv, args.products)
    listing = window.show_tab(ListingTab)
    measure("(open the 类目迁移 tab)", lambda: None, idle(1))
    opened: list[object] = []
    painted: list[bool] = []

    def start_import() -> None:
        listing.import_file(products_csv)

    def dialog_ready() -> bool:  # the column dialog made, shown and painted: the seller can choose
        from gui.first_paint import AfterFirstPaint

        if listing.import_dialog is not None and listing.idle() and not opened:
            opened.append(listing.import_dialog)
            AfterFirstPaint(listing.import_dialog).add(lambda: painted.append(True))
        return bool(painted)

    measure(f"product file preview ({args.products:,} rows)", start_import, dialog_ready)
    dialog = opened[0]
    measure(f"product import ({args.products:,} rows)", dialog.start,  # type: ignore[attr-defined]
            lambda: listing.idle() and len(listing.model.products) == args.products)  # all, whatever the filter
    export_to = folder / "worksheet.xlsx"
    measure(f"worksheet export (.xlsx, {listing.worksheet.rowCount():,} rows)",
            lambda: listing.export("xlsx", str(export_to)), lambda: export_to.exists() and not running())

    from gui.tabs.board_tab import BoardTab
    board = window.show_tab(BoardTab)
    measure("(open the 时限看板 tab)", lambda: None, idle(1))
    measure(f"board refresh, {args.products:,} products (kept result)", board.refresh, board.idle)
    listing.mark([p["id"] for p in listing.model.products[:10]], True)  # the kept result is now stale
    measure(f"board refresh, {args.products:,} products (re-checked)", board.refresh, board.idle)


def aftersale_jobs(args: argparse.Namespace, window: Any, folder: Path, measure: Measure) -> None:
    from gui.tabs.aftersale import AftersaleTab
    aftersale_csv = folder / "aftersale.csv"
    write_aftersale(aftersale_csv, args.aftersale)
    after = window.show_tab(AftersaleTab)
    measure("(open the 售后时效 tab)", lambda: None, idle(1))
    finished: list[bool] = []
    after.import_finished.connect(finished.append)
    measure(f"after-sales import ({args.aftersale:,} rows)", lambda: after.import_file(str(aftersale_csv)),
            lambda: bool(finished) and not running() and after.idle())  # read, checked and shown


def bot_jobs(args: argparse.Namespace, window: Any, folder: Path, measure: Measure, store: Store,
             shop: Shop) -> None:
    from gui.tabs.bot import BotTab
    plan = {"platform": "kuaishou", "use_builtin": False, "settings": {}, "knowledge": knowledge(args.knowledge),
            "ask": []}
    store.save_plan(shop.id, "bot", "大知识库", plan)
    bot = window.show_tab(BotTab)
    measure("(open the 客服机器人 tab)", lambda: None, idle(1))
    measure(f"bot: load the plan, build the index ({args.knowledge:,} entries)", bot.plans.load_latest, bot.idle)
    questions = folder / "questions.txt"
    questions.write_text("\n".join(f"快递多久到{i}" for i in range(args.questions)), encoding="utf-8")
    dialogs: list[object] = []
    measure(f"bot batch test ({args.questions:,} questions)",
            lambda: dialogs.append(bot.batch_test(str(questions))),
            lambda: bool(dialogs) and not dialogs[0].running())  # type: ignore[attr-defined]


def lottery_jobs(args: argparse.Namespace, window: Any, measure: Measure) -> None:
    """A long notice pasted into the lottery terms, then typed on at 10 keystrokes a second."""
    import tomllib

    from gui.tabs.lottery import LotteryTab
    data = ROOT / "tests" / "data"
    sets = [line for line in (data / "lottery_terms_sets.txt").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    clauses = [c["text"] for name in sets for c in tomllib.loads((data / name).read_text(encoding="utf-8"))["case"]]
    notice = "".join(clauses)[:args.terms]
    tab = window.show_tab(LotteryTab)
    measure("(open the 0元抽奖 tab)", lambda: None, idle(1))
    measure(f"lottery: paste terms of {len(notice):,} characters", lambda: tab.terms.setPlainText(notice),
            tab.idle)
    typed = iter("中奖后需自付邮费十元")
    keys = QTimer(interval=100)

    def key() -> None:
        char = next(typed, None)
        if char is None:
            keys.stop()
            return
        tab.terms.moveCursor(tab.terms.textCursor().MoveOperation.End)
        tab.terms.insertPlainText(char)
    keys.timeout.connect(key)
    measure("lottery: type 10 characters at its end", keys.start, lambda: not keys.isActive() and tab.idle())
    assert any("收费" in m for m in tab.findings.messages()), "the typed fee must be found"


if __name__ == "__main__":
    main()
