"""`check KIND FILE` and `rules`: a plan against the rules in force, and the pack itself."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import jsontext
from ..checks import ALL_KINDS
from .. import rule_view
from ..engine import KindNotAvailable, check
from ..errors import InputError
from ..limits import MAX_CHECK_FILE_MB
from ..packs.active import active_pack
from ..paths import data_dir
from ..report import Report
from ..rulepack import RulePack
from ..values import iso, parse_as_of

__all__ = ["KindNotAvailable", "add_check", "add_rules"]
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}


EXITS = "退出码：0 没有错误级结果；1 有错误级结果；2 输入有误（一行说明哪个字段）；3 程序自身出错（详情见日志，加 --debug 显示）。"
KIND_ZH = {"lottery": "0元抽奖", "listing": "类目迁移", "trial": "0元入驻试运营", "coupon": "定时优惠",
           "challenge": "主播挑战赛", "bot": "客服机器人", "aftersale": "售后时效"}
# How the text format names the facts a seller reads (the JSON format keeps the stable keys).
FACT_ZH = {
    "eligible": "可以使用0元抽奖", "per_user_max_value": "每人最多可中奖品价值（元）", "per_user_cap": "每人中奖价值上限（元）",
    "total_prize_value": "奖品总价值（元）", "image_checklist": "主图自查", "prizes": "奖品发货",
    "migrations": "需迁移的商品", "migration_deadline": "迁移截止", "seafood": "海鲜制品新类目", "listing": "在架商品数",
    "category_counts": "各一级类目在架数", "status": "试运营状态", "end_reasons": "结束原因", "gauges": "结束条件进度",
    "withdrawals_per_month": "每月可提现次数", "next_withdraw_date": "下次可提现日期", "withdraw_min": "最低提现额（元）",
    "withdraw_max": "最高提现额（元）", "max_share_percent": "提现上限占货款余额（%）", "can_withdraw_now": "现在可以提现",
    "deposit_after": "提现后保证金（元）", "deposit_shortfall": "保证金缺口（元）", "deposit_shortfall_now": "当前保证金缺口（元）",
    "settle_after_days": "确认收货后结算天数", "settlements": "待结算货款", "online_cap": "在线商品上限",
    "restrictions": "限制", "applicable": "适用商品", "excluded": "不适用商品", "setup": "后台设置",
    "date": "日期", "in_campaign": "在活动期内", "red_packet": "红包", "packets": "红包数量", "rebate_eligible": "可获返现",
    "rebate_min": "最低返现（元）", "rebate_max": "最高返现（元）", "answers": "机器人回答", "knowledge_entries": "知识条目数",
    "followup_limits": "催拍催付限制", "rules_checked": "检查的规则", "deadlines": "售后时限", "claims": "假货赔付",
}
LONG_PAST_DAYS = 180  # a plan whose dates lie this far before the check: say so, and how to check it as of then
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}.*)?$")


def add_check(sub: Any) -> None:
    chk = sub.add_parser("check", help="检查一个方案文件（JSON）",
                         description="按规则包检查一个方案文件（格式见 resources/examples/）。" + EXITS)
    chk.add_argument("kind", choices=ALL_KINDS, help="检查类型：" + "，".join(f"{k} {v}" for k, v in KIND_ZH.items()))
    chk.add_argument("file", help="方案文件（UTF-8 的 JSON）")
    chk.add_argument("--as-of", help="按此日期/时间生效的规则检查：YYYY-MM-DD 或 YYYY-MM-DDTHH:MM（北京时间；默认现在）")
    chk.add_argument("--format", choices=("text", "json"), default="text",
                     help="text（默认）给人看的中文；json 给脚本用，键名稳定")
    chk.add_argument("--debug", action="store_true", help="程序出错时在屏幕上显示详细信息")
    chk.set_defaults(run=run_check)


def add_rules(sub: Any) -> None:
    rules = sub.add_parser("rules", help="列出规则包中的规则",
                           description="列出正在使用的规则包中的规则，以及各参数在某一时间的取值。" + EXITS)
    rules.add_argument("--platform", choices=("kuaishou", "douyin"), help="只列这个平台（kuaishou 快手 / douyin 抖店）")
    rules.add_argument("--as-of", help="按此日期/时间显示（默认现在）")
    rules.add_argument("--format", choices=("text", "json"), default="text",
                       help="text（默认）给人看的中文；json 给脚本用")
    rules.add_argument("--debug", action="store_true", help="程序出错时在屏幕上显示详细信息")
    rules.set_defaults(run=run_rules)


def run_check(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of)
    data = read_checked(args.file)
    report = check(args.kind, data, as_of, _pack())
    if args.format == "json":
        print(json_text(report.as_dict()))
    else:
        print(_text_report(report))
        if args.as_of is None:
            hint = long_past(data, as_of)
            if hint:
                print(hint)
    return 0 if report.ok else 1


def _pack() -> RulePack:
    """The pack in use for the default data folder: an installed one (core.packs), else the built-in."""
    return active_pack(data_dir())


def long_past(data: Any, as_of: datetime) -> str | None:
    """A hint when every date in the plan lies long before the check's moment (an old plan checked
    today reports deadlines years overdue): how to check it as of its own time."""
    days: list[date] = []

    def walk(node: Any, depth: int = 0) -> None:
        if depth > 20:
            return
        if isinstance(node, dict):
            for value in node.values():
                walk(value, depth + 1)
        elif isinstance(node, list):
            for value in node[:2000]:
                walk(value, depth + 1)
        elif isinstance(node, str) and len(node) <= 40 and (match := _DAY.match(node)):
            try:
                days.append(date.fromisoformat(match.group(1)))
            except ValueError:
                pass

    walk(data)
    if not days:
        return None
    latest = max(days)
    gap = (as_of.date() - latest).days
    if gap < LONG_PAST_DAYS:
        return None
    return (f"提示：方案中最晚的日期是 {latest.isoformat()}，比检查时间早 {gap} 天，上面的时限因此都已过期。"
            f"要按当时的规则和时间检查，请加 --as-of {latest.isoformat()}。")


def json_text(data: Any) -> str:
    """Pretty JSON for stdout: Chinese as it is, or all \\u escapes where the console cannot show a
    character (a backslash escape in place of one character would no longer be JSON)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding:
        try:
            text.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            return json.dumps(data, ensure_ascii=True, indent=2)
    return text


def read_checked(path: str) -> dict[str, Any]:
    """The JSON object of the file to check, as core.planfile.read_plan reads it but within the limits:
    at most MAX_CHECK_FILE_MB, numbers and nesting as core.jsontext.parse allows. InputError naming the
    file (and the line) when it cannot be used."""
    file = Path(path)
    cap = MAX_CHECK_FILE_MB << 20
    try:
        too_big = file.is_file() and file.stat().st_size > cap
        if not too_big:
            with file.open("rb") as handle:
                raw = handle.read(cap + 1)  # never more: the "file" may be a device that never ends
    except OSError as exc:
        raise InputError(str(file), f"无法读取文件：{exc.strerror or exc}") from None
    if too_big or len(raw) > cap:
        raise InputError(str(file), f"文件超过 {MAX_CHECK_FILE_MB} MB 的上限：这不像一个方案文件，请确认选对了文件")
    try:
        data = jsontext.parse(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(str(file), "文件不是 UTF-8 编码的 JSON") from None
    except jsontext.JSONLimitError as exc:
        raise InputError(str(file), f"JSON 内容超出上限，第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(file), f"JSON 格式错误，第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}") from None
    if not isinstance(data, dict):
        raise InputError(str(file), "计划文件的顶层应为 JSON 对象 {…}")
    return data


def run_rules(args: argparse.Namespace) -> int:
    print(_rules(args.platform, parse_as_of(args.as_of), args.format))
    return 0


def _text_report(report: Report) -> str:
    data = report.as_dict()
    kind = KIND_ZH.get(data["kind"], data["kind"])
    lines = [f"{kind}检查  按 {data['as_of'][:16].replace('T', ' ')}（北京时间）  结果：{'没有错误' if data['ok'] else '有错误'}"]
    titles = {f.rule: f.title for f in report.findings}
    for f in data["findings"]:
        title = titles.get(f["rule"]) or f["rule"]
        where = f"（{f['path']}）" if f["path"] else ""
        lines.append(f"- {SEVERITY_ZH[f['severity']]}：{title}{where}")
        lines.append(f"    {f['message']}")
        lines.append(f"    依据：《{f['source']['title']}》（{f['source']['date']}）“{f['source']['quote']}”")
        if f["source"].get("note"):
            lines.append(f"    说明：{f['source']['note']}")
        lines.append(f"    规则编号 {f['rule']}")
    if data["facts"]:
        lines.append("数据：")
        for key, value in data["facts"].items():
            lines.append(f"  {FACT_ZH.get(key, key)}：{_fact(value)}")
    return "\n".join(lines)


def _fact(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "、".join(str(v) for v in value) or "（无）"
    if isinstance(value, str | int | float):
        return str(value)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 300 else f"{text[:300]}…（共 {len(text)} 字，完整内容见 --format json）"


def _rules(platform: str | None, as_of: datetime, fmt: str) -> str:
    pack = _pack()
    chosen = [rule for rule in pack if not platform or rule.platform == platform]
    if fmt == "json":
        listed = [{
            "id": rule.id, "platform": rule.platform, "title": rule.title,
            "severity": rule.severity, "in_force": rule.in_force(as_of), "state": rule_view.state(rule, as_of),
            "effective_from": rule.effective_from.isoformat() if rule.effective_from else None,
            "effective_to": rule.effective_to.isoformat() if rule.effective_to else None,
            "params": rule.params_as_of(as_of), "source": rule.source.as_dict(),
        } for rule in chosen]
        return json_text({"version": pack.version, "date": pack.date.isoformat() if pack.date else None,
                          "as_of": iso(as_of), "rules": listed})
    lines = [f"规则包 {pack.label}，按 {iso(as_of)[:16].replace('T', ' ')} 计，共 {len(chosen)} 条"]
    for rule in chosen:
        shown = rule_view.view(rule, as_of)
        lines.append(f"{shown.title}  [{shown.state_text}]  {shown.platform} · {shown.severity}")
        for param in shown.params:
            if param.internal:
                continue
            lines.append(f"    {param.label}：{param.text}")
        lines.append(f"    依据：《{shown.source_title}》（{shown.source_date}）")
        lines.append(f"    规则编号 {shown.id}")
    return "\n".join(lines)
