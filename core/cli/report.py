"""`report --shop S | --all-shops [-o FILE.html]`: the 合规体检报告 the app prints, as an HTML file."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import health_report
from ..packs.active import active_pack
from ..errors import InputError
from ..store import Shop, Store
from ..values import BEIJING, parse_as_of
from .imports import find_shop, healthy_db

FOLDER_HELP = "数据文件夹（默认：$SHOP_ASSISTANT_DATA，或系统的用户数据目录）"


def add(sub: Any) -> None:
    cmd = sub.add_parser("report", help="合规体检报告（HTML，可打印）",
                         description="为一个店铺（或全部店铺）生成合规体检报告：每个已保存方案的检查结果及所引规则原文、"
                                     "待办时限、规则包版本与日期。输出为自带样式的 HTML，可在浏览器中打印或另存为 PDF。退出码：0 完成；2 找不到店铺或数据文件、参数有误（一行说明原因）；3 程序自身出错。")
    add_shop_arguments(cmd)
    cmd.add_argument("--as-of", help="按此日期/时间检查：YYYY-MM-DD 或 YYYY-MM-DDTHH:MM（默认现在）")
    cmd.add_argument("-o", "--output", metavar="FILE.html", help="写入这个文件（默认输出到标准输出）")
    cmd.set_defaults(run=run)


def add_shop_arguments(cmd: argparse.ArgumentParser) -> None:
    which = cmd.add_mutually_exclusive_group(required=True)
    which.add_argument("--shop", help="店铺名称或编号")
    which.add_argument("--all-shops", action="store_true", help="全部店铺")
    cmd.add_argument("--data-dir", help=FOLDER_HELP)


def open_store(args: argparse.Namespace) -> tuple[Store, Shop | None]:
    """The data folder's store and the shop asked for (None: every shop); InputError when either is
    missing."""
    store = Store(healthy_db(args.data_dir))
    try:
        return store, (None if args.all_shops else find_shop(store, args.shop))
    except BaseException:
        store.close()
        raise


def write_out(path: str | None, data: bytes) -> None:
    """To the file (written whole, then moved in place), or to stdout."""
    if not path or path == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    temp = target.with_name(target.name + ".part")
    try:
        temp.write_bytes(data)
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise InputError(path, f"无法写入文件：{exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of)
    store, shop = open_store(args)
    try:
        report = health_report.build(store, active_pack(store.path.parent if store.path else None), as_of, shop, made_at=datetime.now(BEIJING))
    finally:
        store.close()
    write_out(args.output, health_report.render(report).encode("utf-8"))
    if args.output and args.output != "-":
        errors = sum(s.count("error") for s in report.shops)
        print(f"体检报告已写入 {args.output}：{len(report.shops)} 个店铺，"
              f"{sum(len(s.plans) for s in report.shops)} 个方案，{errors} 条错误，"
              f"{sum(len(s.open_items) for s in report.shops)} 项待办时限", file=sys.stderr)
    return 0
