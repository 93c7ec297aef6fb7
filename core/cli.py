"""python -m core: check a plan file, or list the rule pack. Exit 0 ok, 1 errors found, 2 bad input."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from .engine import KindNotAvailable, check, default_pack
from .errors import InputError, RulePackError
from .planfile import read_plan
from .checks import ALL_KINDS
from .report import Report
from .values import iso, parse_as_of

SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m core", description="小店合规助手：按平台规则检查方案文件")
    sub = parser.add_subparsers(dest="command", required=True)
    chk = sub.add_parser("check", help="检查一个方案文件（JSON）")
    chk.add_argument("kind", choices=ALL_KINDS)
    chk.add_argument("file")
    chk.add_argument("--as-of", help="按此日期/时间生效的规则检查：YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
    chk.add_argument("--format", choices=("json", "text"), default="json")
    rules = sub.add_parser("rules", help="列出规则包")
    rules.add_argument("--platform", choices=("kuaishou", "douyin"))
    rules.add_argument("--as-of")
    rules.add_argument("--format", choices=("json", "text"), default="text")
    return parser


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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        as_of = parse_as_of(args.as_of)
        if args.command == "rules":
            print(_rules(args.platform, as_of, args.format))
            return 0
        report = check(args.kind, read_plan(args.file), as_of)
    except InputError as exc:
        print(f"错误：{exc.field}：{exc.message}", file=sys.stderr)
        return 2
    except (KindNotAvailable, RulePackError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(_text_report(report))
    return 0 if report.ok else 1
