"""`data check | backup | backups | restore`: the seller's database file, the same code as the app's."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from .. import backup, health
from ..errors import InputError, StoreError
from ..locks import INSTANCE_LOCK, held_elsewhere
from ..paths import data_dir
from ..store import DB_NAME

REASON_ZH = backup.REASONS


def add(sub: Any) -> None:
    data = sub.add_parser("data", help="本机数据文件：检查、备份、列出备份、恢复",
                          description="本机数据文件：检查、备份、列出备份、从备份恢复。退出码：0 完成（data check：数据完好）；1 数据文件已损坏（data check）；2 无法打开或参数有误（一行说明原因）。")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    folder_help = "数据文件夹（默认：$SHOP_ASSISTANT_DATA，或系统的用户数据目录）"

    chk = data_sub.add_parser("check", help="检查数据文件是否完好",
                              description="检查数据文件。退出码：0 完好；1 已损坏（每个问题一行）；"
                                          "2 无法打开（不存在、无权限，给出路径）。")
    chk.add_argument("--data-dir", help=folder_help)
    chk.add_argument("--full", action="store_true", help="完整检查（integrity_check，较慢），默认为快速检查")
    chk.set_defaults(run=run_check)

    make = data_sub.add_parser("backup", help="立即做一份经过校验的备份，输出备份文件路径",
                               description="用 SQLite 在线备份接口做一份备份并校验完整性，输出其路径。"
                                           "默认放在数据文件夹的 backups/ 中（压缩，并按保留规则清理旧备份）。")
    make.add_argument("--data-dir", help=folder_help)
    make.add_argument("--to", metavar="FILE", help="备份到这个文件（.db；以 .gz 结尾则压缩）")
    make.set_defaults(run=run_backup)

    listing = data_sub.add_parser("backups", help="列出备份（最新的在前）")
    listing.add_argument("--data-dir", help=folder_help)
    listing.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    listing.set_defaults(run=run_backups)

    back = data_sub.add_parser("restore", help="从备份文件恢复（程序须已关闭）",
                               description="先校验 FILE 是本程序完好的备份（否则退出码 2，当前数据不动），"
                                           "再把当前数据文件另存为 .replaced-…（已损坏的为 .damaged-…），然后恢复。")
    back.add_argument("file", metavar="FILE", help="备份文件（.db 或 .db.gz）")
    back.add_argument("--data-dir", help=folder_help)
    back.set_defaults(run=run_restore)


def _db(args: argparse.Namespace) -> Path:
    return data_dir(args.data_dir) / DB_NAME


def run_check(args: argparse.Namespace) -> int:
    path = _db(args)
    found = health.inspect(path, full=args.full)
    if found.ok:
        print(f"数据文件完好：{path}")
        return 0
    if found.damaged:
        print(found.message)
        for detail in found.details:
            print(f"  {detail}")
        return 1
    raise InputError(str(path), found.message)


def run_backup(args: argparse.Namespace) -> int:
    path = _db(args)
    found = health.inspect(path)
    if found.kind == "missing":
        raise InputError(str(path), "数据文件不存在，没有可备份的内容")
    made = backup.make_backup(path, reason="manual", to=Path(args.to) if args.to else None)
    print(made.path)
    return 0


def run_backups(args: argparse.Namespace) -> int:
    folder = backup.folder_of(_db(args))
    found = backup.list_backups(folder)
    if args.format == "json":
        print(json.dumps([b.as_dict() for b in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"{folder} 中还没有备份。")
        return 0
    for b in found:
        state = "完好" if b.ok else f"有问题：{b.problem}"
        print(f"{b.created_at:%Y-%m-%d %H:%M}  {REASON_ZH.get(b.reason, b.reason)}  {b.shops} 个店铺  "
              f"{b.plans} 个方案  {b.products} 件商品  {b.size / 1e6:.1f} MB  {state}\n    {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = _db(args)
    if held_elsewhere(path.parent / INSTANCE_LOCK):
        raise StoreError(f"小店合规助手正在使用 {path.parent} 中的数据：请先关闭程序再恢复。")
    current = health.inspect(path)
    label = "damaged" if current.damaged else "replaced"
    done = backup.restore(path, Path(args.file), label=label)
    kept = "、".join(str(p) for p in done.kept_as) or "（原来没有数据文件）"
    print(f"已从 {done.source} 恢复到 {path}；原数据文件另存为：{kept}")
    return 0
