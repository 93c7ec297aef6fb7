"""python -m core pack …: keygen, build, verify, install, list, diff, rollback, test and lint, as a
maintainer and a seller run them (subprocesses, real files), with the second pack of tests/packs.py."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.store import DB_NAME, Shop, Store
from tests.packs import NEW_CAP, NEXT_VERSION, rules_copy

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", "pack", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    base = tmp_path_factory.mktemp("pack")
    keygen = run_cli("keygen", "--out", base / "keys")
    assert keygen.returncode == 0, keygen.stderr
    folder = rules_copy(base / "rules")
    out = base / f"shop-rules-{NEXT_VERSION}.rulepack"
    built = run_cli("build", folder, "--key", base / "keys" / "shop-rules.key", "-o", out)
    assert built.returncode == 0, built.stdout + built.stderr
    assert out.exists() and NEXT_VERSION in built.stdout
    return base, out


def test_verify_names_the_signer_or_refuses_an_unknown_key(made):
    base, out = made
    unknown = run_cli("verify", out, "--data-dir", base / "nowhere")
    assert unknown.returncode == 2 and "签名无效" in unknown.stderr and "Traceback" not in unknown.stderr
    trusted = run_cli("verify", out, "--trust-key", base / "keys" / "shop-rules.pub", "--data-dir", base / "nowhere")
    assert trusted.returncode == 0 and NEXT_VERSION in trusted.stdout and "--trust-key" in trusted.stdout


def test_install_diff_list_and_rollback_from_the_command_line(made):
    base, out = made
    data = base / "data"
    data.mkdir()
    store = Store(data / DB_NAME)
    shop = store.save_shop(Shop(name="小林服饰", experience_score=4.52))
    plan = json.loads((ROOT / "resources" / "examples" / "lottery.json").read_text(encoding="utf-8"))
    plan["prizes"][0]["unit_value"] = "40000.00"
    store.save_plan(shop.id, "lottery", "6月10日晚场直播", plan)
    store.close()
    trust = ("--trust-key", base / "keys" / "shop-rules.pub")

    shown = run_cli("diff", "active", out, "--data-dir", data, "--shop", "小林服饰", "--as-of", "2026-06-10", *trust)
    assert shown.returncode == 0, shown.stderr
    assert "50000.00" in shown.stdout and NEW_CAP in shown.stdout and "6月10日晚场直播" in shown.stdout
    as_json = json.loads(run_cli("diff", "builtin", out, "--format", "json", "--data-dir", data, *trust).stdout)
    assert as_json["rules"]["values"][0]["param"] == "per_user_cap"

    installed = run_cli("install", out, "--data-dir", data, *trust)
    assert installed.returncode == 0 and NEXT_VERSION in installed.stdout, installed.stderr
    again = run_cli("install", out, "--data-dir", data, *trust)
    assert again.returncode == 2 and "不比正在使用的" in again.stderr
    listed = run_cli("list", "--data-dir", data)
    assert "正在使用" in listed.stdout and NEXT_VERSION in listed.stdout and "内置" in listed.stdout
    back = run_cli("rollback", "--data-dir", data)
    assert back.returncode == 0 and "内置规则包" in back.stdout
    none_left = run_cli("rollback", "--data-dir", data)
    assert none_left.returncode == 2 and "没有可以回退" in none_left.stderr


def test_a_file_that_is_not_a_pack_and_a_missing_signature(made, tmp_path):
    base, out = made
    junk = tmp_path / "junk.rulepack"
    junk.write_text("hello", encoding="utf-8")
    result = run_cli("install", junk, "--data-dir", tmp_path / "d")
    assert result.returncode == 2 and "不是规则包文件" in result.stderr


def test_lint_and_test_of_the_shipped_rules():
    tested = run_cli("test", ROOT / "resources" / "rules")
    assert "规则测试" in tested.stdout and "Traceback" not in tested.stderr
    linted = run_cli("lint", ROOT / "resources" / "rules")
    assert "在原文中找不到 0 条" in linted.stdout


def test_lint_names_a_malformed_pattern_of_a_text_rule(tmp_path):
    # a maintainer's typo in a pattern (no class after the gap, no "$") is a problem named in plain words, not a crash
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "resources" / "rules", rules)
    pack = rules / "ks_lottery.toml"
    text = pack.read_text(encoding="utf-8")
    assert 'seq = "^ best advice ~7!de $"' in text
    pack.write_text(text.replace('seq = "^ best advice ~7!de $"', 'seq = "^ best advice ~7!de"'), encoding="utf-8")
    linted = run_cli("lint", rules)
    assert linted.returncode == 1 and "Traceback" not in linted.stderr
    assert "ks.lottery.absolute_terms" in linted.stdout and "'^ best advice ~7!de'" in linted.stdout
