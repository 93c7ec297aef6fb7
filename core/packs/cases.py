"""Rule tests as data, like OpenFisca's YAML tests: each case is an input plan, a moment and what the
rules must say about it. They live beside the rules (`resources/rules/tests/*.toml`), travel in every
pack, and run in pytest (one test per case), in `python -m core pack test DIR`, and before a pack is
built or installed (a pack whose own tests fail is refused).

    [[case]]
    name = "0元抽奖：奖品价值正好是上限，不报错"     # unique; the test's name
    kind = "lottery"
    as_of = 2023-06-10T12:00:00+08:00
    input_file = "base/lottery.json"                 # relative to the tests folder; or `input = {…}`
    set = { "prizes[0].unit_value" = "50000.00" }    # paths into the input, each given a value
    unset = ["shop.mouth_score"]                      # paths removed from the input
    [case.expect]
    errors = ["ks.lottery.value_cap"]                 # exactly these error rule ids (warnings, infos alike)
    includes = ["ks.lottery.value_cap"]               # these rule ids are among the findings
    excludes = ["ks.lottery.eligibility"]             # and these are not
    facts = { eligible = true }                        # these facts have these values
    input_error = "prizes[0].quantity"                 # or: the input is refused, naming this field
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..engine import check
from ..errors import InputError, RulePackError
from ..rulepack import RulePack
from ..values import BEIJING

TESTS = "tests"
SEVERITY_KEYS = {"errors": "error", "warnings": "warning", "infos": "info"}
EXPECT_KEYS = {*SEVERITY_KEYS, "includes", "excludes", "facts", "input_error"}
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    kind: str
    as_of: datetime
    data: Any
    expect: dict[str, Any]


@dataclass
class Outcome:
    case: Case
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for name, index in _STEP.findall(path):
        steps.append(int(index) if index else name)
    if not steps or "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps).lstrip(".") != path:
        raise ValueError(path)
    return steps


def _apply(data: Any, path: str, value: Any, remove: bool = False) -> None:
    steps = _steps(path)
    node = data
    for step in steps[:-1]:
        node = node[step]
    last = steps[-1]
    if remove:
        del node[last]
    else:
        node[last] = value


def _plain(value: Any) -> Any:
    """A TOML value as JSON has it (dates and times as ISO text)."""
    return json.loads(json.dumps(value, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v)))


def load_cases(folder: Path) -> list[Case]:
    """Every case under `folder` (a tests folder), validated; RulePackError naming file and case."""
    cases: list[Case] = []
    names: set[str] = set()
    bases: dict[Path, str] = {}  # an input file read once, parsed afresh for each case that starts from it
    for path in sorted(folder.glob("*.toml")):
        where = f"{TESTS}/{path.name}"
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise RulePackError(f"{where}: 无法读取: {exc}") from None
        for i, raw in enumerate(doc.get("case") or []):
            cases.append(_case(raw, folder, where, i, names, bases))
    return cases


def _case(raw: Any, folder: Path, where: str, i: int, names: set[str], bases: dict[Path, str]) -> Case:
    def bad(problem: str) -> RulePackError:
        return RulePackError(f"{where}: case #{i + 1}（{raw.get('name', '') if isinstance(raw, dict) else ''}）: {problem}")

    if not isinstance(raw, dict):
        raise bad("应为表")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise bad("缺少 name")
    if name in names:
        raise bad("name 与另一条用例重复")
    names.add(name)
    kind, as_of, expect = raw.get("kind"), raw.get("as_of"), raw.get("expect")
    if not isinstance(kind, str):
        raise bad("缺少 kind")
    if not isinstance(as_of, datetime):
        raise bad("as_of 应为带时区的时间，例如 2023-06-10T12:00:00+08:00")
    if not isinstance(expect, dict) or not expect or set(expect) - EXPECT_KEYS:
        raise bad(f"expect 应为表，可用的键：{'、'.join(sorted(EXPECT_KEYS))}")
    if "input_file" in raw:
        source = (folder / str(raw["input_file"])).resolve()
        if folder.resolve() not in source.parents:
            raise bad("input_file 须在测试文件夹之内")
        try:
            if source not in bases:
                bases[source] = source.read_text(encoding="utf-8")
            data = json.loads(bases[source])
        except (OSError, ValueError) as exc:
            raise bad(f"input_file 无法读取：{exc}") from None
    elif isinstance(raw.get("input"), dict):
        data = _plain(raw["input"])
    else:
        raise bad("需要 input 或 input_file")
    try:
        for path in raw.get("unset") or []:
            _apply(data, path, None, remove=True)
        for path, value in (raw.get("set") or {}).items():
            _apply(data, path, _plain(value))
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise bad(f"set/unset 的路径在输入中不存在：{exc}") from None
    moment = as_of if as_of.tzinfo else as_of.replace(tzinfo=BEIJING)
    return Case(name=name, file=where, kind=kind, as_of=moment, data=data, expect=_plain(expect))


def run_case(case: Case, pack: RulePack) -> Outcome:
    outcome = Outcome(case)
    said = outcome.problems
    expect = case.expect
    try:
        report = check(case.kind, case.data, case.as_of, pack)
    except InputError as exc:
        if "input_error" not in expect:
            said.append(f"输入被拒绝：{exc}")
        elif exc.field != expect["input_error"]:
            said.append(f"输入被拒绝，但指出的字段是 {exc.field}，应为 {expect['input_error']}")
        return outcome
    if "input_error" in expect:
        said.append(f"应拒绝输入（{expect['input_error']}），却检查通过了")
        return outcome
    found: dict[str, set[str]] = {s: set() for s in SEVERITY_KEYS.values()}
    for finding in report.findings:
        found[finding.severity].add(finding.rule)
    every = set().union(*found.values())
    for key, severity in SEVERITY_KEYS.items():
        if key in expect and set(expect[key]) != found[severity]:
            said.append(f"{key}: 应为 {sorted(expect[key])}，实为 {sorted(found[severity])}")
    missing = [r for r in expect.get("includes", []) if r not in every]
    if missing:
        said.append(f"缺少结果：{missing}（实有 {sorted(every)}）")
    unwanted = [r for r in expect.get("excludes", []) if r in every]
    if unwanted:
        said.append(f"不应出现：{unwanted}")
    facts = _plain(report.facts)
    for name, value in (expect.get("facts") or {}).items():
        if name not in facts:
            said.append(f"facts.{name}: 报告中没有这一项")
        elif facts[name] != value:
            said.append(f"facts.{name}: 应为 {value!r}，实为 {facts[name]!r}")
    return outcome


def run_cases(folder: Path, pack: RulePack) -> list[Outcome]:
    """Every case of the tests folder, run against `pack`."""
    return [run_case(case, pack) for case in load_cases(folder)]


def rules_covered(cases: list[Case]) -> set[str]:
    """The rule ids some case names in its expectation (lint: every rule has a case)."""
    covered: set[str] = set()
    for case in cases:
        for key in (*SEVERITY_KEYS, "includes", "excludes"):
            covered.update(case.expect.get(key, []))
    return covered
