"""`check KIND FILE` and `rules`: a plan against the rules in force, and the pack itself."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from ..checks import ALL_KINDS
from ..engine import KindNotAvailable, check, default_pack
from ..planfile import read_plan
from ..report import Report
from ..values import iso, parse_as_of

__all__ = ["KindNotAvailable", "add_check", "add_rules"]
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}


def add_check(sub: Any) -> None:
    chk = sub.add_parser("check", help="检查一个方案文件（JSON）")
    chk.add_argument("kind", choices=ALL_KINDS)
    chk.add_argument("file")
    chk.add_argument("--as-of", help="按此日期/时间生效的规则检查：YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
    chk.add_argument("--format", choices=("json", "text"), default="json")
    chk.set_defaults(run=run_check)


def add_rules(sub: Any) -> None:
    rules = sub.add_parser("rules", help="列出规则包")
    rules.add_argument("--platform", choices=("kuaishou", "douyin"))
    rules.add_argument("--as-of")
    rules.add_argument("--format", choices=("json", "text"), default="text")
    rules.set_defaults(run=run_rules)


def run_check(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of)
    report = check(args.kind, read_plan(args.file), as_of)
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(_text_report(report))
    return 0 if report.ok else 1


def run_rules(args: argparse.Namespace) -> int:
    print(_rules(args.platform, parse_as_of(args.as_of), args.format))
    return 0


def _text_report(report: Report) -> str:
    data = report.as_dict()
    lines = [f"检查：{data['kind']}  时间：{data['as_of']}  结果：{'通过' if data['ok'] else '有错误'}"]
    for f in data["findings"]:
        where = f"  [{f['path']}]" if f["path"] else ""
        lines.append(f"- {SEVERITY_ZH[f['severity']]} {f['rule']}{where}: {f['message']}")
        lines.append(f"    依据：《{f['source']['title']}》（{f['source']['date']}）“{f['source']['quote']}”")
    if data["facts"]:
        lines.append("数据：")
        lines.extend(f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in data["facts"].items())
    return "\n".join(lines)


def _rules(platform: str | None, as_of: datetime, fmt: str) -> str:
    pack = default_pack()
    listed = []
    for rule in pack:
        if platform and rule.platform != platform:
            continue
        listed.append({
            "id": rule.id, "platform": rule.platform, "title": rule.title,
            "severity": rule.severity, "in_force": rule.in_force(as_of),
            "effective_from": rule.effective_from.isoformat() if rule.effective_from else None,
            "effective_to": rule.effective_to.isoformat() if rule.effective_to else None,
            "params": rule.params_as_of(as_of), "source": rule.source.as_dict(),
        })
    if fmt == "json":
        return json.dumps({"version": pack.version, "as_of": iso(as_of), "rules": listed},
                          ensure_ascii=False, indent=2)
    lines = [f"规则包 {pack.version}，按 {iso(as_of)} 计，共 {len(listed)} 条"]
    for r in listed:
        state = "生效中" if r["in_force"] else "未生效/已失效"
        lines.append(f"{r['id']}  [{state}]  {r['title']}")
        for name, value in r["params"].items():
            lines.append(f"    {name} = {json.dumps(value, ensure_ascii=False)}")
        lines.append(f"    依据：《{r['source']['title']}》（{r['source']['date']}）")
    return "\n".join(lines)
