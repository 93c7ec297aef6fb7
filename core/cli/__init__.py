"""python -m core: the app's capabilities from the command line.

Exit codes, the same for every command: 0 done and no error finding; 1 an error finding (or, for
`data check`, a damaged database); 2 bad input or an environment the command cannot work in (one
line on stderr naming the field, file or folder); 3 a fault of the program (one line saying so and
where the log is; the traceback goes to the log, and to stderr with --debug).

Output never fails on a character the terminal cannot show (a lone surrogate, an emoji on a GBK
console): stdout and stderr write it as a backslash escape instead.
"""

from __future__ import annotations

import argparse
import io
import sys
import traceback
from collections.abc import Callable
from datetime import datetime

from ..errors import InputError, RulePackError, StoreError
from ..paths import data_dir
from . import check, data, imports, pack
from . import deadlines, report

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_FAULT = 0, 1, 2, 3
LOG_NAME = "shop-assistant.log"  # the app's log in the data folder (gui/app.py writes to the same file)
COMMANDS: list[tuple[str, Callable[[argparse._SubParsersAction], None]]] = [  # type: ignore[type-arg]
    ("check", check.add_check), ("rules", check.add_rules), ("import", imports.add), ("data", data.add),
    ("pack", pack.add),
    ("report", report.add),
    ("deadlines", deadlines.add),
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_INPUT, f"{self.prog}: {message}\n")


def parser() -> argparse.ArgumentParser:
    top = _Parser(prog="python -m core", description="小店合规助手：按平台规则检查方案文件、管理本机数据",
                  epilog="退出码：0 完成且没有错误级结果；1 有错误级结果（data check：数据文件已损坏）；"
                         "2 输入有误或环境不允许（一行说明原因）；3 程序自身出错（详情见日志）。",
                  formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--debug", action="store_true",
                     help="程序自身出错时，在这里显示详细信息（traceback）；也可以写在命令的最后")
    sub = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for _name, add in COMMANDS:
        add(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    if debug:  # accepted anywhere on the line, as sellers type it: `check lottery plan.json --debug`
        argv = ["--debug", *(a for a in argv if a != "--debug")]
    changed = _forgiving_output()
    try:
        args = parser().parse_args(argv)
        try:
            return int(args.run(args))
        except InputError as exc:
            _say(f"错误：{exc.field}：{exc.message}")
            return EXIT_INPUT
        except (RulePackError, StoreError, check.KindNotAvailable) as exc:
            _say(f"错误：{exc}")
            return EXIT_INPUT
        except BrokenPipeError:
            raise  # the reader went away (`| head`): core/__main__.py handles it
        except Exception as exc:  # noqa: BLE001  (a fault of the program: logged, one line, exit 3)
            return _fault(exc, argv, getattr(args, "data_dir", None), debug)
    finally:
        _restore_output(changed)


def _say(line: str) -> None:
    """One line on stderr: a line break or other control character a message repeats (from a field
    name or a value) is written as its escape."""
    if not line.isprintable():
        line = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in line)
    print(line, file=sys.stderr)


def _fault(exc: BaseException, argv: list[str], folder: str | None, debug: bool) -> int:
    """A fault of the program: one line on stderr, the traceback in the log (and on stderr with --debug)."""
    where = _log(exc, argv, folder)
    _say(f"错误：程序自身出了问题，这一步没有完成（不是输入的问题）。{where}")
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    return EXIT_FAULT


def _log(exc: BaseException, argv: list[str], folder: str | None) -> str:
    """Append the traceback to the app's log; what to tell the seller about it."""
    try:
        path = data_dir(folder) / LOG_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]  # as gui/app.py's log lines
        trace = "".join(traceback.format_exception(exc))
        with path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"{stamp} ERROR python -m core {' '.join(argv)}\n{trace}")
    except Exception as problem:  # noqa: BLE001  (the log is a help, never a second fault)
        reason = getattr(problem, "strerror", None) or problem
        return f"日志也无法写入（{reason}）；加 --debug 重新运行可看到详细信息。"
    return f"详细信息已记入日志 {path}；加 --debug 重新运行可直接看到。"


def _forgiving_output() -> list[io.TextIOWrapper]:
    """Make stdout and stderr write what they cannot encode as backslash escapes; the streams changed."""
    changed = []
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")
            changed.append(stream)
    return changed


def _restore_output(changed: list[io.TextIOWrapper]) -> None:
    for stream in changed:
        try:
            stream.flush()
            stream.reconfigure(errors="strict")
        except (OSError, ValueError):  # closed, or its reader went away: nothing left to restore
            pass
