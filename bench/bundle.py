"""Installer figures: bundle folder size, frozen cold start against the same from source (one run,
alternating), idle memory after start (RSS). Needs `pyinstaller build.spec` first (dist/).

    python bench/bundle.py [--runs 8] [--dist dist/shop-assistant] [--largest 20]

Targets: folder <= 130 MB (was 150, issue 9), frozen start <= 1.2 x source, idle RSS <= 200 MB.
--largest N also lists the N largest files, to see what is worth leaving out (build.spec says what
is left out and why).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from startup import compile_app, timed  # noqa: E402


def folder_mb(path: Path) -> float:
    """Bytes on disk as the seller downloads them: PyInstaller links some Qt libraries, count once."""
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1048576


def idle_rss_mb(cmd: list[str], env: dict[str, str], settle: float) -> float:
    """Start the app normally, let it settle, read its resident memory (Linux /proc)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        time.sleep(settle)
        status = Path(f"/proc/{proc.pid}/status").read_text(encoding="utf-8")
        kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
        return kb / 1024
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--dist", default=str(ROOT / "dist" / "shop-assistant"))
    parser.add_argument("--largest", type=int, default=0, metavar="N", help="list the N largest files")
    args = parser.parse_args()
    dist = Path(args.dist)
    frozen_exe = dist / ("shop-assistant.exe" if os.name == "nt" else "shop-assistant")
    if not frozen_exe.exists():
        sys.exit(f"{frozen_exe} not found: run `pyinstaller build.spec` first")
    compile_app(str(ROOT))  # the source run as installed: compiled once, not at every start
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as data:
        frozen = [str(frozen_exe), "--exit-after-paint", "--data-dir", data]
        source = [sys.executable, "-m", "gui", "--exit-after-paint", "--data-dir", data]
        timed(frozen, env)
        timed(source, env)
        frozen_t, source_t = [], []
        for _ in range(args.runs):
            source_t.append(timed(source, env))
            frozen_t.append(timed(frozen, env))
        rss = idle_rss_mb([str(frozen_exe), "--data-dir", data], env, settle=3.0)
    f_med, s_med = statistics.median(frozen_t), statistics.median(source_t)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, cpus: {os.cpu_count()}")
    print(f"bundle folder             {folder_mb(dist):7.1f} MB   (target <= 130)")
    print(f"source cold start median  {s_med * 1000:7.1f} ms")
    print(f"frozen cold start median  {f_med * 1000:7.1f} ms")
    print(f"ratio frozen / source     {f_med / s_med:7.2f}      (target <= 1.2)")
    print(f"idle RSS after start      {rss:7.1f} MB   (target <= 200)")
    if args.largest:
        files = [f for f in dist.rglob("*") if f.is_file() and not f.is_symlink()]
        for f in sorted(files, key=lambda f: f.lstat().st_size, reverse=True)[:args.largest]:
            print(f"  {f.lstat().st_size / 1048576:6.1f} MB  {f.relative_to(dist)}")


if __name__ == "__main__":
    main()
