import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from tests.conftest import CONTRACT

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8")


def test_unreadable_file_exits_2_with_one_line(tmp_path, capsys):
    assert main(["check", "lottery", str(tmp_path / "missing.json")]) == 2
    err = capsys.readouterr().err
    assert "missing.json" in err and "Traceback" not in err and err.count("\n") == 1


def test_invalid_json_exits_2_naming_the_line(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"shop": {,}}', encoding="utf-8")
    assert main(["check", "lottery", str(bad)]) == 2
    assert "第 1 行" in capsys.readouterr().err


def test_unknown_kind_exits_2_listing_the_kinds():
    result = run_cli("check", "taobao", "x.json")
    assert result.returncode == 2 and "lottery" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_as_of_exits_2_naming_it(capsys):
    assert main(["check", "lottery", str(CONTRACT / "lottery.json"), "--as-of", "tomorrow"]) == 2
    assert "--as-of" in capsys.readouterr().err


def test_rules_lists_pack_as_json_with_params_as_of_date():
    result = run_cli("rules", "--platform", "douyin", "--as-of", "2023-02-22", "--format", "json")
    assert result.returncode == 0, result.stderr
    listed = {r["id"]: r for r in json.loads(result.stdout)["rules"]}
    assert all(r["platform"] == "douyin" for r in listed.values())
    assert listed["dy.guarantee.genuine_refund_three"]["in_force"] is True
    assert listed["dy.guarantee.fake_one_pay_four"]["in_force"] is False
    assert listed["dy.trial.withdraw_amount"]["params"]["min_amount"] == "100.00"
    assert listed["dy.trial.withdraw_amount"]["source"]["date"] == "2023-02-28"


@pytest.mark.parametrize("kind", ["lottery", "listing", "trial", "coupon", "challenge", "bot",
                                  "aftersale"])
def test_every_contract_example_runs_or_says_not_landed(kind):
    result = run_cli("check", kind, str(CONTRACT / f"{kind}.json"), "--as-of", "2023-06-10", "--format", "json")
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert "尚未上线" in result.stderr
    else:
        report = json.loads(result.stdout)
        assert report["kind"] == kind and report["ok"] == (result.returncode == 0)


def test_check_lottery_contract_example_exits_0_with_report():
    result = run_cli("check", "lottery", str(CONTRACT / "lottery.json"), "--as-of", "2023-06-10", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"kind", "as_of", "ok", "findings", "facts"}
    assert report["as_of"] == "2023-06-10T00:00:00+08:00"
    assert report["facts"]["per_user_max_value"] == "129.00"


def test_check_exits_1_when_a_finding_is_an_error(tmp_path):
    plan = json.loads((CONTRACT / "lottery.json").read_text(encoding="utf-8"))
    plan["prizes"][0]["unit_value"] = "50000.01"
    path = tmp_path / "big.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    result = run_cli("check", "lottery", str(path), "--as-of", "2023-06-10T20:00", "--format", "text")
    assert result.returncode == 1
    assert "ks.lottery.value_cap" in result.stdout and "依据" in result.stdout


def test_invalid_field_exits_2_naming_it(tmp_path):
    plan = json.loads((CONTRACT / "lottery.json").read_text(encoding="utf-8"))
    plan["prizes"][0]["quantity"] = 0
    path = tmp_path / "zero.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    result = run_cli("check", "lottery", str(path))
    assert result.returncode == 2 and "prizes[0].quantity" in result.stderr
    assert "Traceback" not in result.stderr


def test_text_is_the_default_and_speaks_chinese_with_a_hint_for_old_plans():
    result = run_cli("check", "lottery", str(CONTRACT / "lottery.json"))
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr
    out = result.stdout
    assert out.startswith("0元抽奖检查") and "依据：《快手小店0元抽奖管理规则》" in out
    assert "per_user_max_value" not in out and "每人最多可中奖品价值（元）：129.00" in out
    assert "--as-of 2023-06-10" in out  # the plan is from 2023: how to check it as of then
    dated = run_cli("check", "lottery", str(CONTRACT / "lottery.json"), "--as-of", "2023-06-10")
    assert "--as-of" not in dated.stdout


def test_rules_text_names_states_and_labels_not_ids():
    result = run_cli("rules", "--platform", "kuaishou", "--as-of", "2023-06-01")
    assert result.returncode == 0
    assert "[生效中]" in result.stdout and "[已失效]" in result.stdout or "[未生效]" in result.stdout
    assert "每人可中奖品总价值上限：50000.00 元" in result.stdout
    assert "allowed_phrases" not in result.stdout and " = [" not in result.stdout


def test_every_command_says_its_exit_codes_in_help():
    for command in (["check"], ["rules"], ["import"], ["data"], ["pack"], ["report"], ["deadlines"]):
        shown = run_cli(*command, "--help")
        assert shown.returncode == 0 and "退出码" in shown.stdout, command
