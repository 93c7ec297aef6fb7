"""python -m core: the app's capabilities from the command line.

Exit codes, the same for every command: 0 done and no error finding; 1 an error finding (or, for
`data check`, a damaged database); 2 bad input or an environment the command cannot work in (one
line on stderr naming the field, file or folder); 3 a fault of the program (one line saying so and
where the log is; the traceback goes to the log, and to stderr with --debug).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..errors import InputError, RulePackError, StoreError
from . import check, data, imports

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_FAULT = 0, 1, 2, 3
COMMANDS: list[tuple[str, Callable[[argparse._SubParsersAction], None]]] = [  # type: ignore[type-arg]
    ("check", check.add_check), ("rules", check.add_rules), ("import", imports.add), ("data", data.add),
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_INPUT, f"{self.prog}: {message}\n")


def parser() -> argparse.ArgumentParser:
    top = _Parser(prog="python -m core", description="小店合规助手：按平台规则检查方案文件、管理本机数据",
                  epilog="退出码：0 完成且没有错误级结果；1 有错误级结果（data check：数据文件已损坏）；"
                         "2 输入有误或环境不允许（一行说明原因）；3 程序自身出错（详情见日志）。",
                  formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for _name, add in COMMANDS:
        add(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except InputError as exc:
        _say(f"错误：{exc.field}：{exc.message}")
        return EXIT_INPUT
    except (RulePackError, StoreError, check.KindNotAvailable) as exc:
        _say(f"错误：{exc}")
        return EXIT_INPUT


def _say(line: str) -> None:
    print(line, file=sys.stderr)
