"""快手1212主播挑战赛 rules at their boundaries; values from the pack (campaign encoded as 2022-11-26..12-12)."""

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from core.engine import check
from core.errors import InputError
from tests.conftest import CONTRACT, bj

AS_OF = bj("2022-12-06T00:00:00")
CAMPAIGN_RULES = ["ks.challenge.attempts", "ks.challenge.red_packet", "ks.challenge.rebate",
                  "ks.challenge.framework"]


@pytest.fixture
def plan():
    return json.loads((CONTRACT / "challenge.json").read_text(encoding="utf-8"))


def report_of(plan, as_of=AS_OF):
    return check("challenge", plan, as_of)


def rules_hit(plan, as_of=AS_OF):
    return {f.rule: f for f in report_of(plan, as_of).findings}


def test_contract_example_on_a_burst_day(plan):
    report = report_of(plan)
    assert report.ok
    assert report.facts == {
        "date": "2022-12-06", "in_campaign": True,
        "red_packet": {"threshold": "99.00", "discount": "12.60"}, "packets": 150000,
        "rebate_eligible": True, "rebate_min": "10500.00", "rebate_max": "42000.00",
    }
    assert {f.rule: f.severity for f in report.findings} == {
        "ks.challenge.red_packet": "info", "ks.challenge.rebate": "info"}


def test_campaign_dates_agree_with_the_rules_effective_dates(pack):
    campaign = pack["ks.challenge.campaign"]
    start, end = campaign.param("start", AS_OF), campaign.param("end", AS_OF)
    assert (start, end) == ("2022-11-26", "2022-12-12")   # 活动时间：11月26日-12月12日
    for rule_id in CAMPAIGN_RULES:
        rule = pack[rule_id]
        assert rule.effective_from.isoformat() == start
        assert (rule.effective_to - timedelta(days=1)).isoformat() == end


@pytest.mark.parametrize("date, inside", [
    ("2022-11-25", False), ("2022-11-26", True), ("2022-12-12", True), ("2022-12-13", False),
    ("2023-12-06", False),
])
def test_sessions_outside_the_campaign_get_a_warning_and_no_rewards(plan, date, inside):
    plan["challenge"].update(date=date, attempts_succeeded=4)
    report = report_of(plan, bj("2023-06-10T00:00"))
    assert report.facts["in_campaign"] == inside
    hit = {f.rule: f for f in report.findings}
    if inside:
        assert "ks.challenge.campaign" not in hit and "ks.challenge.attempts" in hit
        assert report.facts["packets"] == 150000
    else:
        assert set(hit) == {"ks.challenge.campaign"}
        finding = hit["ks.challenge.campaign"]
        assert finding.severity == "warning" and finding.path == "challenge.date"
        assert date in finding.message and "2022-11-26 至 2022-12-12" in finding.message
        assert report.facts["red_packet"] is None and report.facts["packets"] == 0
        assert (report.facts["rebate_eligible"], report.facts["rebate_min"]) == (False, "0.00")


def test_session_is_judged_on_its_own_date_not_the_day_of_the_check(plan):
    before, after = report_of(plan, bj("2022-11-01T00:00")), report_of(plan, bj("2023-06-10T00:00"))
    assert before.facts == after.facts == report_of(plan).facts
    assert [f.rule for f in after.findings] == [f.rule for f in report_of(plan).findings]


def test_missing_date_means_the_day_of_the_check(plan):
    del plan["challenge"]["date"]
    report = report_of(plan, bj("2022-12-01T21:30"))
    assert report.facts["date"] == "2022-12-01" and report.facts["in_campaign"]


@pytest.mark.parametrize("succeeded, ok", [(3, True), (4, False)])
def test_at_most_three_attempts(plan, pack, succeeded, ok):
    assert pack["ks.challenge.attempts"].param("max_attempts", AS_OF) == 3
    plan["challenge"]["attempts_succeeded"] = succeeded
    report = report_of(plan)
    assert report.ok == ok
    if not ok:
        finding = next(f for f in report.findings if f.rule == "ks.challenge.attempts")
        assert finding.severity == "error" and finding.path == "challenge.attempts_succeeded"
        assert "4 次" in finding.message and "最多只能挑战 3 次" in finding.message


@pytest.mark.parametrize("made, ok", [(3, True), (4, False)])
def test_attempts_made_also_at_most_three(plan, made, ok):
    plan["challenge"]["attempts_made"] = made
    hit = rules_hit(plan)
    assert ("ks.challenge.attempts" not in hit) == ok
    if not ok:
        assert hit["ks.challenge.attempts"].path == "challenge.attempts_made"


def test_more_successes_than_attempts_is_refused(plan):
    plan["challenge"].update(attempts_made=1, attempts_succeeded=2)
    with pytest.raises(InputError) as err:
        report_of(plan)
    assert err.value.field == "challenge.attempts_succeeded"


def test_burst_days_come_from_the_pack(pack):
    # 爆发日期：11月28日、12月1日、12月6日、12月12日
    assert pack["ks.challenge.red_packet"].param("burst_days", AS_OF) == [
        "2022-11-28", "2022-12-01", "2022-12-06", "2022-12-12"]


@pytest.mark.parametrize("date, category_day, first", [
    ("2022-11-28", False, ("99.00", "12.60")), ("2022-12-12", False, ("99.00", "12.60")),
    ("2022-12-05", False, ("200.00", "10.00")), ("2022-12-07", False, ("200.00", "10.00")),
    ("2022-12-05", True, ("99.00", "12.60")),
])
def test_first_round_red_packet_on_burst_and_category_days(plan, pack, date, category_day, first):
    rule = pack["ks.challenge.red_packet"]
    assert rule.param("regular", AS_OF) == {"threshold": "200.00", "discount": "10.00"}
    assert rule.param("burst", AS_OF) == {"threshold": "99.00", "discount": "12.60"}
    plan["challenge"].update(date=date, category_day=category_day)
    report = report_of(plan)
    packet = report.facts["red_packet"]
    assert (packet["threshold"], packet["discount"]) == first
    finding = next(f for f in report.findings if f.rule == "ks.challenge.red_packet")
    assert finding.severity == "info" and "满 200.00 减 10.00" in finding.message
    assert ("首轮红包为满 99.00 减 12.60" in finding.message) == (first[0] == "99.00")


@pytest.mark.parametrize("viewers, packets", [(199999, 199999), (200000, 200000), (200001, 200000), (0, 0)])
def test_packets_follow_viewers_up_to_the_session_cap(plan, pack, viewers, packets):
    assert pack["ks.challenge.red_packet"].param("max_packets", AS_OF) == 200000
    plan["challenge"]["online_viewers"] = viewers
    report = report_of(plan)
    assert report.facts["packets"] == packets
    finding = next(f for f in report.findings if f.rule == "ks.challenge.red_packet")
    assert ("超过单场上限" in finding.message) == (viewers > 200000)


def test_no_success_yet_says_packets_come_after_a_success(plan):
    plan["challenge"]["attempts_succeeded"] = 0
    assert "成功后才发放红包" in rules_hit(plan)["ks.challenge.red_packet"].message


def test_rebate_thresholds_come_from_the_pack(pack):
    rule = pack["ks.challenge.rebate"]
    assert Decimal(rule.param("min_session_gmv", AS_OF)) == Decimal(2000000)
    assert Decimal(rule.param("min_share_of_peak", AS_OF)) == Decimal("0.8")
    assert (Decimal(rule.param("rate_min", AS_OF)), Decimal(rule.param("rate_max", AS_OF))) == (
        Decimal("0.005"), Decimal("0.02"))


@pytest.mark.parametrize("session_gmv, eligible", [("2000000.00", True), ("1999999.99", False)])
def test_rebate_needs_a_two_million_session(plan, session_gmv, eligible):
    plan["challenge"].update(session_gmv=session_gmv, paid_gmv_after_risk="1999999.99",
                             peak_gmv_180d="2000000.00")
    report = report_of(plan)
    assert report.facts["rebate_eligible"] == eligible
    finding = next(f for f in report.findings if f.rule == "ks.challenge.rebate")
    assert finding.severity == "info"
    if eligible:
        assert (report.facts["rebate_min"], report.facts["rebate_max"]) == ("10000.00", "40000.00")
        assert "有效期 30 天" in finding.message
    else:
        assert (report.facts["rebate_min"], report.facts["rebate_max"]) == ("0.00", "0.00")
        assert finding.path == "challenge.session_gmv"
        assert "1999999.99" in finding.message and "差 0.01 元" in finding.message


@pytest.mark.parametrize("paid, eligible", [("2000000.00", True), ("1999999.99", False)])
def test_rebate_needs_eighty_percent_of_the_180_day_peak(plan, paid, eligible):
    plan["challenge"].update(session_gmv="2300000.00", paid_gmv_after_risk=paid, peak_gmv_180d="2500000.00")
    report = report_of(plan)
    assert report.facts["rebate_eligible"] == eligible
    finding = next(f for f in report.findings if f.rule == "ks.challenge.rebate")
    assert finding.severity == "info"
    if not eligible:
        assert finding.path == "challenge.paid_gmv_after_risk"
        assert "80%" in finding.message and "2000000.00" in finding.message


def test_restricted_streamer_gets_no_rebate_but_still_red_packets(plan):
    plan["challenge"]["restricted"] = True
    report = report_of(plan)
    assert report.facts["rebate_eligible"] is False and report.facts["rebate_max"] == "0.00"
    assert report.facts["packets"] == 150000
    finding = next(f for f in report.findings if f.rule == "ks.challenge.rebate")
    assert finding.path == "challenge.restricted" and "被限制" in finding.message


def test_framework_agreement_streamers_get_no_challenge_rewards(plan):
    plan["challenge"]["framework_agreement"] = True
    report = report_of(plan)
    hit = {f.rule: f for f in report.findings}
    assert hit["ks.challenge.framework"].severity == "info"
    assert hit["ks.challenge.framework"].path == "challenge.framework_agreement"
    assert "ks.challenge.red_packet" not in hit
    assert hit["ks.challenge.rebate"].path == "challenge.framework_agreement"
    assert report.facts["red_packet"] is None and report.facts["packets"] == 0
    assert report.facts["rebate_eligible"] is False


@pytest.mark.parametrize("field, value, path", [
    ("date", "12月6日", "challenge.date"),
    ("online_viewers", -1, "challenge.online_viewers"),
    ("online_viewers", None, "challenge.online_viewers"),
    ("attempts_succeeded", "两次", "challenge.attempts_succeeded"),
    ("session_gmv", "abc", "challenge.session_gmv"),
    ("peak_gmv_180d", "-1", "challenge.peak_gmv_180d"),
    ("paid_gmv_after_risk", "2300000.01", "challenge.paid_gmv_after_risk"),
    ("restricted", "否", "challenge.restricted"),
    ("category_day", 1, "challenge.category_day"),
])
def test_bad_input_names_the_field(plan, field, value, path):
    plan["challenge"][field] = value
    with pytest.raises(InputError) as err:
        report_of(plan)
    assert err.value.field == path


def test_every_finding_quotes_its_rule_and_names_a_field(plan):
    plan["challenge"].update(attempts_succeeded=4, framework_agreement=True)
    report = report_of(plan)
    assert {f.rule for f in report.findings} == {
        "ks.challenge.attempts", "ks.challenge.framework", "ks.challenge.rebate"}
    for finding in report.findings:
        assert finding.path.startswith("challenge.") and finding.source["quote"]
        assert finding.source["title"] == "快手1212主播挑战赛"
