import shutil
from pathlib import Path

import pytest

from core.errors import RulePackError
from core.rulepack import load_pack
from core.paths import resource
from tests.conftest import bj

ISSUE_RULE_IDS = [
    # every rule id the tab issues name is a contract
    "ks.lottery.eligibility", "ks.lottery.prize_category", "ks.lottery.prize_license",
    "ks.lottery.value_cap", "ks.lottery.usage_right", "ks.lottery.title",
    "ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms",
    "ks.lottery.ship_48h", "ks.category.closed", "ks.category.seafood", "ks.listing.cap",
    "dy.trial.withdraw_frequency", "dy.trial.withdraw_amount", "dy.trial.deposit_topup",
    "dy.trial.settlement", "dy.trial.deposit_negative", "dy.trial.listing_cap",
    "dy.trial.marketing", "dy.trial.ended", "dy.trial.after_end", "ks.coupon.anchor_only",
    "ks.coupon.values", "ks.coupon.applicable", "ks.coupon.client_version",
    "ks.challenge.attempts", "ks.challenge.red_packet", "ks.challenge.rebate",
    "ks.bot.switches", "ks.bot.smart_assist", "ks.bot.push_to_pay_conflict",
    "dy.followup.delay", "dy.followup.window", "dy.followup.daily_limit", "dy.cs_eval",
    "ks.aftersale.refund_before_shipment", "ks.aftersale.refund_after_shipment",
    "ks.aftersale.return_info", "ks.aftersale.return_auto_confirm",
    "dy.guarantee.fake_one_pay_four",
]

GOOD_RULE = """
[announcement]
platform = "kuaishou"
kind = "lottery"
[announcement.source]
title = "测试公告"
date = 2023-05-19

[[rule]]
id = "ks.test.cap"
title = "测试上限"
severity = "error"
effective_from = 2023-05-19
source.quote = "不得超过5万元。"
params.cap = [{ since = 2023-05-19, value = "50000.00" }, { since = 2024-01-01, value = "60000.00" }]
"""


def write_pack(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text('version = "t1"\n', encoding="utf-8")
    (folder / "test.toml").write_text(body, encoding="utf-8")
    return folder


def test_builtin_pack_has_every_rule_the_issues_name(pack):
    missing = [rule_id for rule_id in ISSUE_RULE_IDS if rule_id not in pack.rules]
    assert missing == []


def test_every_rule_quotes_its_source_with_a_date(pack):
    for rule in pack:
        assert rule.source.title and rule.source.quote and rule.source.date, rule.id


def test_quotes_are_simplified_chinese(pack):
    traditional = set("與為們來個國說時發規則東車門開關會們處續條獎達鋪實價")
    for rule in pack:
        assert not traditional & set(rule.source.quote + rule.title), rule.id


def test_dated_parameter_resolves_on_both_sides_of_its_date(tmp_path):
    test_pack = load_pack(write_pack(tmp_path / "p", GOOD_RULE))
    rule = test_pack["ks.test.cap"]
    assert rule.param("cap", bj("2023-12-31T23:59:59")) == "50000.00"
    assert rule.param("cap", bj("2024-01-01T00:00:00")) == "60000.00"


def test_rule_in_force_from_its_effective_date(tmp_path):
    rule = load_pack(write_pack(tmp_path / "p", GOOD_RULE))["ks.test.cap"]
    assert not rule.in_force(bj("2023-05-18T23:59:59"))
    assert rule.in_force(bj("2023-05-19T00:00:00"))


def test_rule_with_effective_to_stops_that_day(pack):
    # "公示期为2023年2月16日-2023年2月23日，公示期结束该规则正式废止": in force through 2023-02-23
    old = pack["dy.guarantee.genuine_refund_three"]
    assert old.in_force(bj("2023-02-23T23:59:59"))
    assert not old.in_force(bj("2023-02-24T00:00:00"))
    assert not pack["dy.guarantee.fake_one_pay_four"].in_force(bj("2023-02-23T23:59:59"))
    assert pack["dy.guarantee.fake_one_pay_four"].in_force(bj("2023-02-24T00:00:00"))


def test_good_pack_loads_with_its_version(tmp_path):
    loaded = load_pack(write_pack(tmp_path / "p", GOOD_RULE))
    assert len(loaded) == 1 and loaded.version == "t1"


@pytest.mark.parametrize("old, new, field", [
    ('severity = "error"', 'severity = "fatal"', "severity"),
    ('id = "ks.test.cap"', 'id = "Bad Id"', "id"),
    ('source.quote = "不得超过5万元。"', 'source.quote = ""', "quote"),
    ('effective_from = 2023-05-19', 'effective_from = "yesterday"', "effective_from"),
    ('{ since = 2024-01-01, value = "60000.00" }', '{ since = 2022-01-01, value = "1" }', "params.cap"),
    ('{ since = 2024-01-01, value = "60000.00" }', '{ value = "1" }', "params.cap[1]"),
    ('platform = "kuaishou"', 'platform = "taobao"', "platform"),
])
def test_malformed_pack_is_refused_naming_file_rule_and_field(tmp_path, old, new, field):
    assert old in GOOD_RULE
    folder = write_pack(tmp_path / "p", GOOD_RULE.replace(old, new))
    with pytest.raises(RulePackError) as err:
        load_pack(folder)
    message = str(err.value)
    assert "test.toml" in message and field in message
    if "id = " not in old:
        assert "ks.test.cap" in message


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_rule_files_saved_with_windows_or_old_mac_line_ends_load(tmp_path, newline):
    folder = write_pack(tmp_path / "p", GOOD_RULE)
    (folder / "test.toml").write_bytes(GOOD_RULE.replace("\n", newline).encode("utf-8"))
    assert load_pack(folder)["ks.test.cap"].title == "测试上限"


def test_unparseable_toml_is_refused_with_file_name(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD_RULE + "\n[[rule]\n")
    with pytest.raises(RulePackError, match="test.toml"):
        load_pack(folder)


def test_duplicate_rule_id_across_files_is_refused(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD_RULE)
    (folder / "again.toml").write_text(GOOD_RULE, encoding="utf-8")
    with pytest.raises(RulePackError, match="重复"):
        load_pack(folder)


def test_copy_of_builtin_pack_loads_identically(tmp_path):
    shutil.copytree(resource("rules"), tmp_path / "rules")
    assert set(load_pack(tmp_path / "rules").rules) == set(load_pack().rules)
