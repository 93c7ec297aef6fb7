"""`pack lint`: what makes a pack provably faithful to its announcements, checked.

- every rule's quote occurs in its announcement's source text (sources/INDEX.toml says which file
  holds which announcement), after whitespace and punctuation are normalised; a quote that joins two
  passages marks the join with "……" and each part must occur;
- a parameter's dated values start no later than the rule does (no stretch without a value), and
  effective dates are in order;
- every parameter of a checked rule is read by some check (its name occurs in the Python of core/;
  a reference rule's parameters are shown in the rule browser), and every
  parameter a check reads (`.param("name", …)`) exists in some rule;
- every parameter has a Chinese label (and its unit): the rule browser and `rules` show no English name;
- every model a rule's second opinion names is in the pack with the SHA-256 the rule gives;
- every rule that a check can report has at least one rule test (tests/*.toml) naming it;
- the rule tests pass.

Problems are errors (the pack must not ship) or notes (said, not fatal: a quote whose source is
declared absent in INDEX.toml, with the reason written there).
"""

from __future__ import annotations

import ast
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RulePackError
from ..rulepack import RulePack, load_pack
from ..text.rules import WORDS_SUFFIX
from .cases import TESTS, load_cases, rules_covered, run_cases

SOURCES = "sources"
JOIN = re.compile(r"……|\.\.\.|…")
# A list's numbering at the start of a line ("(2)", "1)", "3、", "A."): a quote across two items leaves it out.
ENUMERATOR = re.compile(r"(?m)^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[)）、]|\d{1,2}\.(?!\d)|[A-Za-z][.、])")
CODE = Path(__file__).resolve().parents[1]  # core/


@dataclass
class LintResult:
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    quotes_checked: int = 0
    quotes_missing: int = 0
    quotes_without_source: int = 0
    cases: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def normalise(text: str) -> str:
    """Text as quotes are compared: NFKC, no whitespace, no punctuation or symbols."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ"))


def _index(folder: Path) -> tuple[dict[str, list[str] | str], dict[str, list[str]]]:
    """title -> source files (or the note saying there is none); rule file -> source files."""
    path = folder / SOURCES / "INDEX.toml"
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulePackError(f"{SOURCES}/INDEX.toml: 无法读取: {exc}") from None
    titles: dict[str, list[str] | str] = {}
    for entry in doc.get("source", []):
        files = ([entry["file"]] if "file" in entry else []) + list(entry.get("also", []))
        titles[entry["title"]] = files if files else str(entry.get("note", "没有来源文本"))
    by_file = {entry["name"]: list(entry.get("files", [])) for entry in doc.get("rule_file", [])}
    return titles, by_file


def _literals() -> tuple[set[str], set[str]]:
    """String constants in core's Python, and the names passed literally to `.param(…)`."""
    strings: set[str] = set()
    read: set[str] = set()
    for path in CODE.rglob("*.py"):
        if "packs" in path.relative_to(CODE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "param"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                read.add(node.args[0].value)
    return strings, read


def lint(folder: Path, pack: RulePack | None = None) -> LintResult:
    result = LintResult()
    try:
        pack = pack or load_pack(folder)
    except RulePackError as exc:
        result.errors.append(f"规则无法加载：{exc}")
        return result
    _quotes(folder, pack, result)
    _dates(pack, result)
    _params(pack, result)
    _models(folder, pack, result)
    _tests(folder, pack, result)
    return result


def _models(folder: Path, pack: RulePack, result: LintResult) -> None:
    """Every rule's second opinion reads (its keys and thresholds), and the model it names is a file
    that goes into a pack file, with the SHA-256 the rule gives, and has the rule: a pack otherwise
    refuses every check of the rule, or is built and signed and then refused when installed."""
    from ..text.model import ModelError, load_model
    from ..text.opinion import PARAM, Settings
    from ..text.rules import spec_from_params
    from ..values import start_of
    from .bundle import collect

    packed = set(collect(folder))
    for rule in pack:
        for dated in rule.params.get(PARAM, []):
            where = f"{rule.file} {rule.id}: params.{PARAM}（{dated.since}）"
            if not dated.value:
                continue  # an empty table turns the second opinion off from that day
            try:
                chosen = Settings.read(dated.value)
                pack.file(chosen.model)
            except (ValueError, RulePackError) as exc:
                result.errors.append(f"{where}: {exc}")
                continue
            spec = spec_from_params(rule.id, rule.params_as_of(start_of(dated.since)))
            unknown = [k for k in chosen.keep if k not in spec.classes and k not in {p.tag for p in spec.patterns}]
            if unknown:
                result.errors.append(f"{where}: keep 中的词类不存在：{'、'.join(unknown)}")
            if chosen.model not in packed:
                result.errors.append(f"{where}: 模型 {chosen.model} 不会打进规则包文件（应在 models/ 下，以 .json.gz 结尾）")
                continue
            try:
                model = load_model(pack.file(chosen.model), chosen.sha256)
            except ModelError as exc:
                result.errors.append(f"{where}: {exc}")
                continue
            if rule.id not in model.rules:
                result.errors.append(f"{where}: 模型 {chosen.model} 没有这条规则")


def _quotes(folder: Path, pack: RulePack, result: LintResult) -> None:
    try:
        titles, by_file = _index(folder)
    except RulePackError as exc:
        result.errors.append(str(exc))
        return
    texts: dict[str, str] = {}
    for rule in pack:
        where = f"{rule.file} {rule.id}"
        declared = titles.get(rule.source.title)
        if declared is None:
            result.errors.append(f"{where}: 来源《{rule.source.title}》不在 {SOURCES}/INDEX.toml 中")
            continue
        result.quotes_checked += 1
        if isinstance(declared, str):
            result.quotes_without_source += 1
            result.notes.append(f"{where}: 来源《{rule.source.title}》没有原文可核对：{declared}")
            continue
        names = [*declared, *by_file.get(rule.file, [])]
        hay = ""
        for name in names:
            if name not in texts:
                try:
                    raw = (folder / SOURCES / name).read_text(encoding="utf-8")
                    texts[name] = normalise(ENUMERATOR.sub("", raw))
                except OSError as exc:
                    result.errors.append(f"{SOURCES}/{name}: 无法读取: {exc}")
                    texts[name] = ""
            hay += "\n" + texts[name]
        parts = [normalise(p) for p in JOIN.split(rule.source.quote)]
        missing = [p for p in parts if p and p not in hay]
        if missing:
            result.quotes_missing += 1
            result.errors.append(f"{where}: 引文在原文（{'、'.join(names)}）中找不到：“{missing[0][:40]}…”")


def _dates(pack: RulePack, result: LintResult) -> None:
    for rule in pack:
        start = rule.effective_from
        for name, values in rule.params.items():
            if start is not None and values[0].since > start:
                result.errors.append(f"{rule.file} {rule.id}: params.{name} 从 {values[0].since} 才有值，"
                                     f"但规则 {start} 起生效：中间没有值")
            if rule.effective_to is not None and values[-1].since >= rule.effective_to:
                result.errors.append(f"{rule.file} {rule.id}: params.{name} 的 {values[-1].since} 晚于规则失效日 "
                                     f"{rule.effective_to}")


def _params(pack: RulePack, result: LintResult) -> None:
    strings, read = _literals()
    declared = {name for rule in pack for name in rule.params}
    for rule in pack:
        if rule.kind == "reference":  # shown in the rule browser, not checked: nothing reads them by name
            continue
        text_spec = "concept" in rule.params or "patterns" in rule.params
        for name in rule.params:
            if text_spec and name.endswith(WORDS_SUFFIX):
                continue  # a word class of a text spec: core.text reads every `<class>_words` by its suffix
            if name not in strings:
                result.errors.append(f"{rule.file} {rule.id}: 参数 {name} 没有被任何检查读取")
    for name in sorted(read - declared):
        result.errors.append(f"检查读取的参数 {name} 在规则包中不存在")
    for rule in pack:
        for name in rule.params:
            if name not in rule.labels:
                result.errors.append(f"{rule.file} {rule.id}: 参数 {name} 没有中文名称（labels.{name}）：卖家会看到英文名")


def _tests(folder: Path, pack: RulePack, result: LintResult) -> None:
    tests = folder / TESTS
    if not tests.is_dir():
        result.errors.append(f"没有规则测试（{TESTS}/*.toml）")
        return
    try:
        cases = load_cases(tests)
        outcomes = run_cases(tests, pack)
    except RulePackError as exc:
        result.errors.append(str(exc))
        return
    result.cases = len(cases)
    for outcome in outcomes:
        if not outcome.ok:
            result.errors.append(f"规则测试“{outcome.case.name}”没有通过：{outcome.problems[0]}")
    covered = rules_covered(cases)
    for rule in pack:
        if rule.kind != "reference" and rule.id not in covered:
            result.errors.append(f"{rule.file} {rule.id}: 没有规则测试提到这条规则")
