"""售后时效 and 假货赔付 at their boundaries.

Durations and the holiday window come from 《快手小店2022年春节交易流程调整通知》 (2022-01-17): requests
made/changed from 2022-01-25 00:00:00 to 2022-02-08 23:59:59 get 48 h instead of 24 h (before
shipment), 5 days instead of 48 h (after shipment), 15 instead of 10 days (buyer's return info) and
15 instead of 7 days (automatic receipt). Payouts: 退一赔三 (500 yuan floor) through 2023-02-23, 假一赔四 (four times, no floor stated) from 2023-02-24.
"""

import json
import shutil
from datetime import timedelta
from decimal import Decimal

import pytest

from core.engine import check
from core.errors import InputError, RulePackError
from core.paths import resource
from core.rulepack import load_pack
from tests.conftest import CONTRACT, bj

AS_OF = bj("2022-02-01T00:00:00")
RULE_OF = {
    "refund_before_shipment": "ks.aftersale.refund_before_shipment",
    "refund_after_shipment": "ks.aftersale.refund_after_shipment",
    "return_agreed": "ks.aftersale.return_info",
    "return_shipped": "ks.aftersale.return_auto_confirm",
}


@pytest.fixture
def plan():
    return json.loads((CONTRACT / "aftersale.json").read_text(encoding="utf-8"))


def single(kind, at, **extra):
    return {"shop": {"platform": "kuaishou"}, "events": [{"id": "A1", "type": kind, "at": at, **extra}]}


def claim_plan(price, **extra):
    return {"claims": [{"id": "C1", "platform": "douyin", "type": "counterfeit", "price": price, **extra}]}


def test_contract_example(plan):
    report = check("aftersale", plan, AS_OF)
    assert [(d["id"], d["rule"], d["deadline"]) for d in report.facts["deadlines"]] == [
        ("R1", "ks.aftersale.refund_before_shipment", "2022-01-28T09:15:00+08:00"),
        ("R2", "ks.aftersale.refund_after_shipment", "2022-02-12T12:00:00+08:00"),
        ("R3", "ks.aftersale.return_info", "2022-02-16T08:00:00+08:00"),
        ("R4", "ks.aftersale.return_auto_confirm", "2022-02-14T18:00:00+08:00"),
    ]
    assert [d["overdue"] for d in report.facts["deadlines"]] == [True, False, False, False]
    assert not report.ok
    overdue = [f for f in report.findings if f.rule.startswith("ks.")]
    assert [(f.rule, f.severity, f.path) for f in overdue] == [
        ("ks.aftersale.refund_before_shipment", "error", "events[0].at")]
    assert "2022-01-28 09:15" in overdue[0].message and "超时" in overdue[0].message
    assert report.facts["claims"][0] == {
        "id": "C1", "rule": "dy.guarantee.genuine_refund_three", "scheme": "退一赔三（正品保障）",
        "at": "2022-02-01T00:00:00+08:00", "price": "99.00", "refund": "99.00",
        "compensation": "500.00", "total": "599.00"}


def test_pack_states_the_announcement(pack):
    window = {"name": "2022年春节", "start": "2022-01-25T00:00:00", "end": "2022-02-08T23:59:59"}
    expected = {"ks.aftersale.refund_before_shipment": (24, 48), "ks.aftersale.refund_after_shipment": (48, 120),
                "ks.aftersale.return_info": (240, 360), "ks.aftersale.return_auto_confirm": (168, 360)}
    for rule_id, (normal, holiday) in expected.items():
        rule = pack[rule_id]
        assert rule.param("normal_hours", AS_OF) == normal
        assert rule.param("holidays", AS_OF) == [{**window, "hours": holiday}]
        assert rule.effective_from.isoformat() == "2022-01-17" and rule.effective_to is None


@pytest.mark.parametrize("kind, at, deadline, holiday", [
    ("refund_before_shipment", "2022-01-24T23:59:59", "2022-01-25T23:59:59+08:00", False),
    ("refund_before_shipment", "2022-01-25T00:00:00", "2022-01-27T00:00:00+08:00", True),
    ("refund_before_shipment", "2022-02-08T23:59:59", "2022-02-10T23:59:59+08:00", True),
    ("refund_before_shipment", "2022-02-09T00:00:00", "2022-02-10T00:00:00+08:00", False),
    ("refund_after_shipment", "2022-01-24T23:59:59", "2022-01-26T23:59:59+08:00", False),
    ("refund_after_shipment", "2022-01-25T00:00:00", "2022-01-30T00:00:00+08:00", True),
    ("refund_after_shipment", "2022-02-08T23:59:59", "2022-02-13T23:59:59+08:00", True),
    ("refund_after_shipment", "2022-02-09T00:00:00", "2022-02-11T00:00:00+08:00", False),
    ("return_agreed", "2022-01-24T23:59:59", "2022-02-03T23:59:59+08:00", False),
    ("return_agreed", "2022-01-25T00:00:00", "2022-02-09T00:00:00+08:00", True),
    ("return_agreed", "2022-02-08T23:59:59", "2022-02-23T23:59:59+08:00", True),
    ("return_agreed", "2022-02-09T00:00:00", "2022-02-19T00:00:00+08:00", False),
    ("return_shipped", "2022-01-24T23:59:59", "2022-01-31T23:59:59+08:00", False),
    ("return_shipped", "2022-01-25T00:00:00", "2022-02-09T00:00:00+08:00", True),
    ("return_shipped", "2022-02-08T23:59:59", "2022-02-23T23:59:59+08:00", True),
    ("return_shipped", "2022-02-09T00:00:00", "2022-02-16T00:00:00+08:00", False),
])
def test_holiday_window_boundaries(kind, at, deadline, holiday):
    fact = check("aftersale", single(kind, at), AS_OF).facts["deadlines"][0]
    assert fact["rule"] == RULE_OF[kind] and fact["deadline"] == deadline
    assert (fact["holiday"] == "2022年春节") == holiday


@pytest.mark.parametrize("at, deadline, hours", [
    ("2022-01-24T16:00:00Z", "2022-01-27T00:00:00+08:00", 48),  # 00:00 Beijing: inside
    ("2022-01-24T15:59:59+00:00", "2022-01-25T23:59:59+08:00", 24),  # 23:59:59 Beijing: before
    ("2022-02-08T23:59:59.999", "2022-02-10T23:59:59+08:00", 48),  # still the window's last second
])
def test_window_is_judged_in_beijing_time_to_the_second(at, deadline, hours):
    fact = check("aftersale", single("refund_before_shipment", at), AS_OF).facts["deadlines"][0]
    assert (fact["deadline"], fact["hours"]) == (deadline, hours)


@pytest.mark.parametrize("kind, at, deadline, severity, says", [
    ("refund_before_shipment", "2022-01-20T10:00:00", "2022-01-21T10:00:00", "error", "请立即"),
    ("refund_after_shipment", "2022-01-26T10:00:00", "2022-01-31T10:00:00", "error", "请立即"),
    ("return_agreed", "2022-02-20T10:00:00", "2022-03-02T10:00:00", "info", "买家逾期未填写退货信息"),
    ("return_shipped", "2022-02-01T10:00:00", "2022-02-16T10:00:00", "warning", "自动确认收货并把货款退给买家"),
])
def test_overdue_only_one_second_after_the_deadline(kind, at, deadline, severity, says):
    data = single(kind, at)
    on_time = check("aftersale", data, bj(deadline))
    assert on_time.findings == [] and on_time.facts["deadlines"][0]["overdue"] is False
    late = check("aftersale", data, bj(deadline) + timedelta(seconds=1))
    assert late.facts["deadlines"][0]["overdue"] is True
    [finding] = late.findings
    assert (finding.rule, finding.severity, finding.path) == (RULE_OF[kind], severity, "events[0].at")
    assert says in finding.message and deadline.replace("T", " ")[:16] in finding.message
    assert "1秒" in finding.message
    assert late.ok == (severity != "error")


def test_buyer_deadline_says_the_seller_is_not_in_breach():
    report = check("aftersale", single("return_agreed", "2022-02-01T08:00:00"), bj("2022-03-01T00:00:00"))
    [finding] = report.findings
    assert report.ok and "不算商家超时" in finding.message
    assert report.facts["deadlines"][0]["owner"] == "buyer"


@pytest.mark.parametrize("kind", list(RULE_OF))
def test_done_event_is_never_overdue(kind):
    data = single(kind, "2022-01-26T09:00:00", done=True, note="已在后台处理")
    report = check("aftersale", data, bj("2022-06-01T00:00:00"))
    assert report.findings == [] and report.ok
    assert report.facts["deadlines"][0]["done"] is True and report.facts["deadlines"][0]["overdue"] is False


def test_events_after_the_window_keep_the_normal_deadline_and_are_checked():
    report = check("aftersale", single("refund_before_shipment", "2023-06-01T10:00:00"), bj("2023-06-03T00:00:00"))
    assert report.facts["deadlines"][0]["deadline"] == "2023-06-02T10:00:00+08:00"
    assert [f.rule for f in report.findings] == ["ks.aftersale.refund_before_shipment"]


def test_before_the_announcement_deadline_is_shown_but_no_finding_is_raised():
    """The pack has these rules from 2022-01-17: earlier, the normal deadline is a fact only."""
    data = single("refund_before_shipment", "2022-01-10T10:00:00")
    report = check("aftersale", data, bj("2022-01-16T23:59:59"))
    fact = report.facts["deadlines"][0]
    assert fact["deadline"] == "2022-01-11T10:00:00+08:00" and fact["overdue"] is True
    assert report.findings == []
    assert [f.rule for f in check("aftersale", data, bj("2022-01-17T00:00:00")).findings] == [
        "ks.aftersale.refund_before_shipment"]


def test_next_years_holiday_is_a_data_change(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(resource("rules"), folder)
    path = folder / "ks_aftersale.toml"
    text = path.read_text(encoding="utf-8")
    spring_2022 = '{ name = "2022年春节", start = "2022-01-25T00:00:00", end = "2022-02-08T23:59:59", hours = 48 }'
    spring_2023 = '{ name = "2023年春节", start = "2023-01-14T00:00:00", end = "2023-01-29T23:59:59", hours = 72 }'
    old = f"params.holidays = [{{ since = 2022-01-17, value = [\n  {spring_2022},\n] }}]"
    assert old in text
    new = old[:-1] + f", {{ since = 2023-01-05, value = [{spring_2022}, {spring_2023}] }}]"
    path.write_text(text.replace(old, new), encoding="utf-8")
    pack = load_pack(folder)
    facts = [check("aftersale", single("refund_before_shipment", at), bj("2023-02-01T00:00:00"), pack)
             .facts["deadlines"][0] for at in ("2022-01-25T00:00:00", "2023-01-14T00:00:00", "2023-01-30T00:00:00")]
    assert [(f["holiday"], f["hours"]) for f in facts] == [("2022年春节", 48), ("2023年春节", 72), (None, 24)]


def test_malformed_holiday_window_is_a_rule_pack_error(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(resource("rules"), folder)
    path = folder / "ks_aftersale.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('end = "2022-02-08T23:59:59", hours = 48', 'end = "soon", hours = 48'),
                    encoding="utf-8")
    with pytest.raises(RulePackError, match="ks.aftersale.refund_before_shipment.*holidays"):
        check("aftersale", single("refund_before_shipment", "2022-01-26T00:00:00"), AS_OF, load_pack(folder))


@pytest.mark.parametrize("price, compensation, total, noted", [
    ("99", "396.00", "495.00", True),  # under the old 500 floor: the note says it is not stated for 假一赔四
    ("124.99", "499.96", "624.95", True),
    ("125.00", "500.00", "625.00", False),
    ("200", "800.00", "1000.00", False),
])
def test_fake_one_pay_four_pays_four_times_the_price(pack, price, compensation, total, noted):
    at = bj("2023-02-24T00:00:00")  # the first moment after the notice period (2023-02-16 to 2023-02-23)
    rule = pack["dy.guarantee.fake_one_pay_four"]
    assert rule.param("multiple", at) == 4 and "min_compensation" not in rule.params
    report = check("aftersale", claim_plan(price, at="2023-02-24T00:00:00"), bj("2023-06-10T00:00:00"))
    fact = report.facts["claims"][0]
    assert (fact["compensation"], fact["total"]) == (compensation, total)
    assert fact["rule"] == "dy.guarantee.fake_one_pay_four" and fact["scheme"] == "假一赔四"
    [finding] = report.findings
    assert finding.severity == "info" and finding.path == "claims[0].price"
    assert "假一赔四" in finding.message and f"合计 {total} 元" in finding.message
    assert ("没有说明是否仍有五百元下限" in finding.message) == noted
    assert "开发" not in finding.message + finding.source.get("note", "") and "一致" not in finding.source.get("note", "")


@pytest.mark.parametrize("price, compensation, total", [("99.00", "500.00", "599.00"), ("200", "600.00", "800.00")])
def test_claim_through_2023_02_23_uses_refund_three(pack, price, compensation, total):
    at = bj("2023-02-23T23:59:59")  # the last second of the notice period: the old rule still holds
    old = pack["dy.guarantee.genuine_refund_three"]
    assert old.param("multiple", at) == 3 and Decimal(old.param("min_compensation", at)) == 500
    report = check("aftersale", claim_plan(price, at="2023-02-23T23:59:59"), bj("2023-06-10T00:00:00"))
    fact = report.facts["claims"][0]
    assert (fact["rule"], fact["compensation"], fact["total"]) == (
        "dy.guarantee.genuine_refund_three", compensation, total)
    [finding] = report.findings  # shown though the old rule is no longer in force at as_of
    assert finding.rule == "dy.guarantee.genuine_refund_three" and "退一赔三" in finding.message
    assert "适用至 2023-02-23" in finding.message and f"合计 {total} 元" in finding.message


def test_claim_without_date_uses_the_rule_in_force_at_as_of():
    before = check("aftersale", claim_plan("200"), bj("2023-02-23T23:59:59")).facts["claims"][0]
    after = check("aftersale", claim_plan("200"), bj("2023-02-24T00:00:00")).facts["claims"][0]
    assert (before["rule"], before["total"]) == ("dy.guarantee.genuine_refund_three", "800.00")
    assert (after["rule"], after["total"]) == ("dy.guarantee.fake_one_pay_four", "1000.00")


@pytest.mark.parametrize("event, path", [
    ({"type": "refund_later"}, "events[1].type"),
    ({"type": None}, "events[1].type"),
    ({"at": "昨天下午"}, "events[1].at"),
    ({"at": None}, "events[1].at"),
    ({"id": ""}, "events[1].id"),
    ({"id": None}, "events[1].id"),
    ({"id": "R1"}, "events[1].id"),
    ({"done": "yes"}, "events[1].done"),
    ({"note": 3}, "events[1].note"),
])
def test_bad_event_input_names_the_field(plan, event, path):
    plan["events"][1].update(event)
    with pytest.raises(InputError) as err:
        check("aftersale", plan, AS_OF)
    assert err.value.field == path


@pytest.mark.parametrize("claim, path", [
    ({"price": "-1.00"}, "claims[0].price"),
    ({"price": "九十九"}, "claims[0].price"),
    ({"price": "99.005"}, "claims[0].price"),
    ({"price": None}, "claims[0].price"),
    ({"id": " "}, "claims[0].id"),
    ({"type": "late_delivery"}, "claims[0].type"),
    ({"platform": "kuaishou"}, "claims[0].platform"),
    ({"at": "2023-02-30T10:00:00"}, "claims[0].at"),
])
def test_bad_claim_input_names_the_field(plan, claim, path):
    plan["claims"][0].update(claim)
    with pytest.raises(InputError) as err:
        check("aftersale", plan, AS_OF)
    assert err.value.field == path


@pytest.mark.parametrize("data, path", [
    ({"events": {"id": "R1"}}, "events"), ({"events": ["R1"]}, "events[0]"), ({"claims": "C1"}, "claims"),
    ({"claims": [{"id": "C1", "platform": "douyin", "type": "counterfeit", "price": "1"}] * 2}, "claims[1].id"),
])
def test_bad_lists_name_the_field(data, path):
    with pytest.raises(InputError) as err:
        check("aftersale", data, AS_OF)
    assert err.value.field == path


def test_empty_plan_is_fine():
    report = check("aftersale", {}, AS_OF)
    assert report.ok and report.facts == {"deadlines": [], "claims": []}


def test_every_finding_quotes_its_rule(plan):
    report = check("aftersale", plan, bj("2022-03-01T00:00:00"))
    assert {f.rule for f in report.findings} == set(RULE_OF.values()) | {"dy.guarantee.genuine_refund_three"}
    for finding in report.findings:
        assert finding.source["quote"] and finding.source["date"] in ("2022-01-17", "2023-02-16")
