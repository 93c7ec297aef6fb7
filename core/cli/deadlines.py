"""`deadlines --shop S | --all-shops [--format ics|json|text] [-o FILE]`: the deadline board, for a
calendar (.ics: the open items, each with a reminder), a script (json: every item with its state) or a
reader (text)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from .. import board
from ..packs.active import active_pack
from ..ics import calendar
from ..deadlines import SOURCES
from ..values import BEIJING, iso, parse_as_of
from .report import add_shop_arguments, open_store, write_out


def add(sub: Any) -> None:
    cmd = sub.add_parser("deadlines", help="时限看板：导出到日历（.ics）、JSON 或文字",
                         description="列出店铺的时限（与程序的时限看板相同，含已完成、已延后的标记）。"
                                     "--format ics 输出待办事项的日历文件（每项带提前 1 小时的提醒），"
                                     "可导入手机或电脑日历；再次导出导入会更新而不是重复。退出码：0 完成；2 找不到店铺或数据文件、参数有误（一行说明原因）；3 程序自身出错。")
    add_shop_arguments(cmd)
    cmd.add_argument("--as-of", help="按此日期/时间计算：YYYY-MM-DD 或 YYYY-MM-DDTHH:MM（默认现在）")
    cmd.add_argument("--format", choices=("ics", "json", "text"), default="text", help="输出格式（默认 text）")
    cmd.add_argument("-o", "--output", metavar="FILE", help="写入这个文件（默认输出到标准输出）")
    cmd.set_defaults(run=run)


def as_dict(item: board.BoardItem, now: datetime) -> dict[str, Any]:
    return {
        "key": item.key, "shop": item.shop.name, "shop_id": item.shop.id, "source": item.source,
        "source_zh": SOURCES.get(item.source, item.source), "what": item.what, "due": iso(item.due),
        "is_deadline": item.is_deadline, "overdue": item.overdue, "state": item.state,
        "state_zh": board.STATE_ZH[item.state], "rule": item.rule, "rule_title": item.rule_title,
        "where": item.where_text(), "plan_id": item.deadline.plan_id,
        "done_at": iso(item.done_at) if item.done_at else None,
        "snoozed_until": iso(item.snoozed_until) if item.snoozed_until else None,
    }


def _text(found: board.Board) -> str:
    now = found.now
    lines = [f"时限看板  {now.astimezone(BEIJING):%Y-%m-%d %H:%M}（北京时间）：{len(found.items)} 项待办，"
             f"{found.overdue()} 项已超时，{found.soon()} 项 24 小时内到期"]
    for item in found.items + found.folded:
        if item.state == board.SNOOZED and item.snoozed_until:
            state = f"已延后至 {item.snoozed_until.astimezone(BEIJING):%m-%d %H:%M}"
        elif item.state == board.OPEN and item.is_deadline and item.overdue:
            state = "已超时"
        else:
            state = board.STATE_ZH[item.state]
        lines.append(f"- {item.due.astimezone(BEIJING):%Y-%m-%d %H:%M}  [{state}]  {item.shop.name} · "
                     f"{SOURCES.get(item.source, item.source)} · {item.where_text()}：{item.what}"
                     f"（规则：{item.rule_title}，{item.rule}）")
    for problem in found.problems:
        lines.append(f"! 未计入：{problem}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    now = parse_as_of(args.as_of)
    store, shop = open_store(args)
    try:
        found = board.load(store, active_pack(store.path.parent if store.path else None), now, shop)
    finally:
        store.close()
    if args.format == "ics":
        name = f"小店时限 · {shop.name}" if shop is not None else "小店时限 · 全部店铺"
        data = calendar(found.open_items, now, name)
    elif args.format == "json":
        data = json.dumps({"as_of": iso(now), "items": [as_dict(i, now) for i in found.items + found.folded],
                           "problems": found.problems}, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    else:
        data = _text(found).encode("utf-8")
    write_out(args.output, data)
    return 0
