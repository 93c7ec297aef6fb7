"""Cold start to the first painted main window: shop-assistant against a bare PySide6 window with a
QTabWidget, started the same way (a fresh Python process), run alternately in one loop.

    python bench/startup.py [--runs 31]

Prints both medians, their ratio, and the median of the paired ratios (each app start over the bare
start run just before it: the two see the same moment of a shared machine, so a slow spell moves both
and cancels out; the ratio of the two medians does not, and swings by ±0.15 here). Target ≤ 1.5.
Uses QT_QPA_PLATFORM (offscreen by default).
Both are started with `python -c`; the app through gui.__main__.run, as its installed launcher does.

core/ and gui/ are compiled to bytecode first, as an installed copy is (pip compiles on install,
PyInstaller bundles .pyc): with PYTHONDONTWRITEBYTECODE set, as on the dev box, every start would
otherwise compile the app's modules again (~20 ms) and measure that instead of the start.
The first start, which creates the database and the parsed-rules cache, is not counted.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
from gui.first_paint import FirstPaint
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QWidget(), "tab")
window.setCentralWidget(tabs)
FirstPaint(window)
window.show()
app.exec()
"""


def compile_app(root: str) -> None:
    """Bytecode for core/ and gui/, as an installed copy has it (see the module's note)."""
    for package in ("core", "gui"):
        compileall.compile_dir(os.path.join(root, package), quiet=1)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed
    raise RuntimeError(f"{cmd} exited without painting (status {proc.wait()})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    compile_app(root)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as data:
        # started as the installed `shop-assistant` launcher starts it (pip's console script: import
        # gui.__main__ and call run()), and as the bare window is started (-c): `python -m gui`
        # would add runpy's ~6 ms, which neither the seller's launcher nor the frozen app pays
        # without arguments, as the seller's double-click starts it: the first-paint hook comes from
        # the environment (gui.app.EXIT_AFTER_PAINT_ENV), not from --exit-after-paint
        app_cmd = [sys.executable, "-c", "import sys; from gui.__main__ import run; sys.exit(run())"]
        env["SHOP_ASSISTANT_EXIT_AFTER_PAINT"] = "1"
        if sys.platform.startswith("linux"):
            # the seller's default folder, found the way a real start finds it (platformdirs),
            # only moved into the temporary folder
            env["XDG_DATA_HOME"] = data
            env.pop("SHOP_ASSISTANT_DATA", None)
        else:
            env["SHOP_ASSISTANT_DATA"] = data
        bare_cmd = [sys.executable, "-c", BARE]
        timed(app_cmd, env)  # first start creates the database and the rules cache: not counted
        app_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare_cmd, env))
            app_times.append(timed(app_cmd, env))
    app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, cpus: {os.cpu_count()}")
    print(f"bare PySide6 window  median {bare_med * 1000:7.1f} ms  (min {min(bare_times) * 1000:.1f})")
    print(f"shop-assistant       median {app_med * 1000:7.1f} ms  (min {min(app_times) * 1000:.1f})")
    paired = sorted(a / b for a, b in zip(app_times, bare_times))
    quart = len(paired) // 4
    print(f"ratio of the medians {app_med / bare_med:.2f}")
    print(f"paired ratio         median {statistics.median(paired):.2f}  (middle half {paired[quart]:.2f}-"
          f"{paired[-quart - 1]:.2f})  (target <= 1.5)")


if __name__ == "__main__":
    main()
