"""A second, real rule pack for the tests (test data, never shipped): the built-in rules with one
threshold changed from a later date and one rule added, signed with a test key made for the run."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

from core.packs import bundle, signing
from core.paths import resource

NEXT_VERSION = "2099.1.1.1"
# 0元抽奖: the per-user cap falls from 50,000 to 30,000 yuan on 2026-01-01 (a made-up announcement,
# later than every shipped rule test's moment, so those still hold; the pack adds a test of its own).
NEW_CAP_SINCE, NEW_CAP = "2026-01-01", "30000.00"
ADDED_RULE = "ks.lottery.test_notice"


def rules_copy(target: Path, version: str = NEXT_VERSION, *, change: bool = True) -> Path:
    """The built-in rules folder copied to `target`, as the next pack version (with its changes)."""
    shutil.copytree(resource("rules"), target)
    meta = (target / "pack.toml").read_text(encoding="utf-8")
    meta = re.sub(r'^version = ".*"$', f'version = "{version}"', meta, flags=re.M)
    if change:
        meta += (f'\n[[changelog]]\nversion = "{version}"\ndate = 2099-01-01\nrules = ["ks.lottery.value_cap", '
                 f'"{ADDED_RULE}"]\ntext = "测试用：每人中奖上限改为3万元；新增一条说明。"\n')
        lottery = target / "ks_lottery.toml"
        text = lottery.read_text(encoding="utf-8")
        text = text.replace('params.per_user_cap = [{ since = 2023-05-19, value = "50000.00" }]',
                            'params.per_user_cap = [{ since = 2023-05-19, value = "50000.00" }, '
                            f'{{ since = {NEW_CAP_SINCE}, value = "{NEW_CAP}" }}]')
        quote = tomllib.loads(text)["rule"][0]["source"]["quote"]
        text += (f'\n[[rule]]\nid = "{ADDED_RULE}"\nkind = "reference"\ntitle = "测试用说明规则"\nseverity = "info"\n'
                 f'effective_from = {NEW_CAP_SINCE}\nsource.quote = "{quote}"\n')
        lottery.write_text(text, encoding="utf-8")
        (target / "tests" / "test_pack.toml").write_text(f"""
[[case]]
name = "测试包：{NEW_CAP_SINCE} 起每人中奖上限 {NEW_CAP} 元，超出一分钱即报错"
kind = "lottery"
as_of = {NEW_CAP_SINCE}T12:00:00+08:00
input_file = "base/lottery.json"
set = {{ "prizes[0].unit_value" = "30000.01" }}
[case.expect]
includes = ["ks.lottery.value_cap"]
facts = {{ per_user_cap = "{NEW_CAP}" }}
""", encoding="utf-8")
    (target / "pack.toml").write_text(meta, encoding="utf-8")
    return target


def make_key(folder: Path, name: str = "test-pack") -> signing.KeyPair:
    return signing.generate(folder, name)


def build_pack(folder: Path, key: signing.KeyPair, out: Path) -> Path:
    meta = tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))
    out.write_bytes(bundle.build(bundle.collect(folder), meta, key.secret))
    return out
