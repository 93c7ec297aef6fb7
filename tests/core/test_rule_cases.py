"""The rule tests kept as data beside the rules (resources/rules/tests/*.toml), one pytest test each,
run against the built-in pack (corrections.toml holds the audit's corrections: 正品保障 through
2023-02-23, 假一赔四 without the old floor, 催付 limits at most a warning)."""

from __future__ import annotations

import pytest

from core.engine import default_pack
from core.packs.cases import TESTS, Case, load_cases, run_case
from core.paths import resource

FOLDER = resource("rules") / TESTS
CASES = [pytest.param(case, id=case.name) for case in load_cases(FOLDER)]


def test_every_kind_has_cases():
    kinds = {param.values[0].kind for param in CASES}
    assert {"lottery", "listing", "trial", "coupon", "challenge", "bot", "aftersale"} <= kinds


@pytest.mark.parametrize("case", CASES)
def test_rule_case(case: Case):
    outcome = run_case(case, default_pack())
    assert outcome.ok, f"{case.file}「{case.name}」：" + "；".join(outcome.problems)
