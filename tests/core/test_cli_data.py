"""python -m core data …: the same checks, backups and restore as the app, with the documented exits."""

import json
import subprocess
import sys
from pathlib import Path

from core.cli import main
from core.locks import INSTANCE_LOCK, FileLock
from core.store import DB_NAME, Shop, Store

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8")


def make_data(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    store = Store(folder / DB_NAME)
    store.save_shop(Shop(name="小林服饰"))
    store.close()
    return folder / DB_NAME


def test_check_says_healthy_damaged_or_cannot_open(tmp_path, capsys):
    folder = tmp_path / "数据 文件夹"
    assert main(["data", "check", "--data-dir", str(folder)]) == 2
    assert str(folder / DB_NAME) in capsys.readouterr().err
    db = make_data(folder)
    assert main(["data", "check", "--data-dir", str(folder)]) == 0
    assert main(["data", "check", "--data-dir", str(folder), "--full"]) == 0
    capsys.readouterr()
    db.write_bytes(db.read_bytes()[:3000])
    assert main(["data", "check", "--data-dir", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "不完整" in out and str(db) in out


def test_backup_lists_and_restores_with_the_app_closed(tmp_path):
    folder = tmp_path / "data"
    db = make_data(folder)
    made = run_cli("data", "backup", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    path = Path(made.stdout.strip())
    assert path.exists() and path.parent == folder / "backups"
    listed = run_cli("data", "backups", "--data-dir", str(folder), "--format", "json")
    [entry] = json.loads(listed.stdout)
    assert {"path", "created_at", "size", "ok", "shops", "plans", "products"} <= entry.keys()
    assert entry["ok"] is True and entry["shops"] == 1
    text = run_cli("data", "backups", "--data-dir", str(folder))
    assert "1 个店铺" in text.stdout

    store = Store(db)
    store.save_shop(Shop(name="后来加的"))
    store.close()
    lock = FileLock(folder / INSTANCE_LOCK)
    assert lock.acquire()  # the app is running on this folder
    refused = run_cli("data", "restore", str(path), "--data-dir", str(folder))
    assert refused.returncode == 2 and "关闭" in refused.stderr
    lock.release()
    done = run_cli("data", "restore", str(path), "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert [s.name for s in Store(db).shops()] == ["小林服饰"]
    assert list(folder.glob(DB_NAME + ".replaced-*"))


def test_restore_of_a_bad_file_exits_2_and_changes_nothing(tmp_path):
    folder = tmp_path / "data"
    db = make_data(folder)
    before = db.read_bytes()
    junk = tmp_path / "backup.db"
    junk.write_text("not a backup", encoding="utf-8")
    result = run_cli("data", "restore", str(junk), "--data-dir", str(folder))
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_backup_to_a_chosen_file(tmp_path):
    folder = tmp_path / "data"
    make_data(folder)
    target = tmp_path / "拷到U盘" / "备份.db"
    target.parent.mkdir()
    result = run_cli("data", "backup", "--data-dir", str(folder), "--to", str(target))
    assert result.returncode == 0 and Path(result.stdout.strip()) == target
    assert target.read_bytes().startswith(b"SQLite format 3")
