"""Input validated at the edge (core/validate.py, issue #19): every rule, and the inputs that once crashed
`python -m core check` (the six causes the fuzzing found), kept as regression tests, one per kind where
the cause applies."""

import json
import os
import subprocess
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

import core.checks
import core.engine
import core.validate
from core import jsontext, limits
from core.cli import main
from core.engine import check
from core.errors import InputError
from core.validate import validate
from core.values import day, fmt_money, instant, integer
from tests.conftest import bj

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
KINDS = ["lottery", "listing", "trial", "coupon", "challenge", "bot", "aftersale"]
AS_OF = {"lottery": "2023-06-10", "listing": "2023-05-20", "trial": "2023-04-05", "coupon": "2023-06-10",
         "challenge": "2022-12-06", "bot": "2023-06-10", "aftersale": "2022-02-01"}
SHOP_KINDS = ["lottery", "listing", "trial", "coupon", "challenge", "aftersale"]  # the bot's plan has no shop


def example(kind):
    return json.loads((EXAMPLES / f"{kind}.json").read_text(encoding="utf-8"))


def refused(kind, data, as_of=None):
    """The InputError check(kind, data) raises (failing the test when it raises nothing else)."""
    with pytest.raises(InputError) as err:
        check(kind, data, as_of or bj(AS_OF[kind] + "T00:00"))
    return err.value


def cli(tmp_path, capsys, kind, text, *extra):
    """(exit code, stdout, stderr) of `check KIND FILE` run in-process on a file holding `text`."""
    path = tmp_path / f"{kind}.json"
    path.write_text(text, encoding="utf-8")
    code = main(["check", kind, str(path), "--as-of", AS_OF[kind], *extra])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err):
    return err.count("\n") == 1 and "Traceback" not in err and err.startswith("错误：")


# The contract examples: unchanged ------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_every_contract_example_passes_validation_and_checks_as_without_it(kind, monkeypatch):
    data = example(kind)
    validate(kind, data)
    assert data == example(kind)  # validation reads, never changes
    with_it = check(kind, data, bj(AS_OF[kind] + "T12:00")).as_dict()
    monkeypatch.setattr(core.validate, "validate", lambda kind, data: None)  # engine imports it per check
    assert check(kind, data, bj(AS_OF[kind] + "T12:00")).as_dict() == with_it


@pytest.mark.parametrize("kind, data", [
    ("lottery", {"shop": {}, "session": {"title": "", "start": "2023-06-10T19:30:00", "end": "2023-06-10T22:30:00"},
                 "prizes": [], "terms": ""}),  # the lottery tab's blank plan, no shop picked
    ("aftersale", {}),  # a shop without after-sales
    ("aftersale", {"claims": [{"id": "C1", "platform": "douyin", "type": "counterfeit", "price": "99"}]}),
    ("listing", {"shop": {"shop_type": "individual"}, "products": []}),  # the platform may be left out
    ("trial", {**example("trial"), "shop": {"shop_type": "personal"}}),
    ("challenge", {"challenge": example("challenge")["challenge"]}),
    ("coupon", {**example("coupon"), "coupon": None, "coupons": [{**example("coupon")["coupon"], "id": 7}]}),
])
def test_shapes_the_app_writes_stay_valid(kind, data):
    check(kind, data, bj(AS_OF[kind] + "T00:00"))


# Required fields: the first one missing is named ---------------------------------------------------
def test_an_empty_lottery_plan_names_the_missing_shop_not_a_score():
    err = refused("lottery", {})
    assert err.field == "shop" and "缺少店铺信息" in err.message


@pytest.mark.parametrize("kind, change, field", [
    ("lottery", lambda d: d.pop("prizes"), "prizes"),
    ("lottery", lambda d: d["prizes"][0].pop("unit_value"), "prizes[0].unit_value"),
    ("listing", lambda d: d.pop("shop"), "shop"),
    ("listing", lambda d: d["shop"].update(shop_type=None), "shop.shop_type"),
    ("listing", lambda d: d.pop("products"), "products"),
    ("trial", lambda d: d.pop("trial"), "trial"),
    ("trial", lambda d: d["trial"].pop("paid_orders"), "trial.paid_orders"),
    ("trial", lambda d: d["trial"].pop("deposit_balance"), "trial.deposit_balance"),
    ("trial", lambda d: d["trial"]["withdrawals"][0].pop("date"), "trial.withdrawals[0].date"),
    ("trial", lambda d: d["withdrawal_request"].pop("amount"), "withdrawal_request.amount"),
    ("coupon", lambda d: d.pop("shop"), "shop"),
    ("coupon", lambda d: d.pop("coupon"), "coupon"),
    ("coupon", lambda d: d["coupon"].pop("issue_at"), "coupon.issue_at"),
    ("coupon", lambda d: d["coupon"].update(type=" "), "coupon.type"),
    ("coupon", lambda d: d["products"][1].pop("source"), "products[1].source"),
    ("challenge", lambda d: d.pop("challenge"), "challenge"),
    ("challenge", lambda d: d["challenge"].pop("peak_gmv_180d"), "challenge.peak_gmv_180d"),
    ("bot", lambda d: d.pop("platform"), "platform"),
])
def test_a_missing_required_field_is_named(kind, change, field):
    data = example(kind)
    change(data)
    err = refused(kind, data)
    assert err.field == field and "缺少" in err.message


def test_missing_fields_are_named_by_the_cli_in_one_line(tmp_path, capsys):
    code, out, err = cli(tmp_path, capsys, "lottery", "{}")
    assert code == 2 and out == "" and one_line(err) and err.startswith("错误：shop：缺少店铺信息")


# Platform and shop type: the contract's vocabulary -------------------------------------------------
@pytest.mark.parametrize("kind, other, says", [
    ("lottery", "douyin", "0元抽奖规则只适用于快手小店（kuaishou），这是抖店（douyin）店铺"),
    ("listing", "douyin", "类目迁移与在架数量规则只适用于快手小店（kuaishou），这是抖店（douyin）店铺"),
    ("coupon", "douyin", "定时优惠规则只适用于快手小店（kuaishou），这是抖店（douyin）店铺"),
    ("challenge", "douyin", "1212主播挑战赛规则只适用于快手小店（kuaishou），这是抖店（douyin）店铺"),
    ("trial", "kuaishou", "“0元入驻”试运营规则只适用于抖店（douyin），这是快手小店（kuaishou）店铺"),
])
def test_a_shop_of_the_other_platform_is_told_plainly(tmp_path, capsys, kind, other, says):
    data = example(kind)
    data["shop"]["platform"] = other
    err = refused(kind, data)
    assert err.field == "shop.platform" and err.message == says
    code, _, stderr = cli(tmp_path, capsys, kind, json.dumps(data, ensure_ascii=False))
    assert code == 2 and one_line(stderr) and stderr == f"错误：shop.platform：{says}\n"


def test_after_sales_serve_a_shop_of_either_platform():
    data = example("aftersale")
    data["shop"]["platform"] = "douyin"  # the after-sales tab shows a 抖店 shop the 快手 clocks, with a note
    assert len(check("aftersale", data, bj("2022-02-01T00:00")).facts["deadlines"]) == 4


@pytest.mark.parametrize("kind", SHOP_KINDS)
@pytest.mark.parametrize("platform", ["taobao", [], {"a": 1}, 1, True, ""])
def test_a_platform_outside_the_vocabulary_is_refused(kind, platform):
    data = example(kind)
    data["shop"]["platform"] = platform
    err = refused(kind, data)
    assert err.field == "shop.platform" and "kuaishou（快手小店）或 douyin（抖店）" in err.message


@pytest.mark.parametrize("kind", SHOP_KINDS)
@pytest.mark.parametrize("shop_type", [[1], {"a": 1}, 1e308, "taobao", True])
def test_a_shop_type_outside_the_vocabulary_is_refused(kind, shop_type):
    data = example(kind)
    data["shop"]["shop_type"] = shop_type
    err = refused(kind, data)
    assert err.field == "shop.shop_type" and "personal（个人店）" in err.message


@pytest.mark.parametrize("kind", KINDS)
def test_the_issues_garbage_shop_exits_2_for_every_kind(tmp_path, capsys, kind):
    code, out, err = cli(tmp_path, capsys, kind, '{"shop": {"platform": [], "shop_type": 1e308}}')
    assert code == 2 and out == "" and one_line(err)
    if kind != "bot":
        assert err.startswith("错误：shop.platform：")


def test_the_bot_names_its_platform_field():
    data = example("bot")
    data["platform"] = "taobao"
    assert refused("bot", data).field == "platform"


# Times, numbers, texts, lists, nesting -------------------------------------------------------------
@pytest.mark.parametrize("moment, beijing", [
    ("1999-12-31T23:59:59+08:00", None), ("2000-01-01T00:00:00+08:00", "2000-01-01T00:00:00+08:00"),
    ("2100-12-31T23:59:59-12:00", "2101-01-01T19:59:59+08:00"),  # its year as written counts
    ("2101-01-01T00:00:00+08:00", None), ("9999-12-31T23:59:59-12:00", None), ("0001-01-01T00:00:00+14:00", None),
])
def test_times_lie_in_2000_to_2100(moment, beijing):
    if beijing:
        assert instant(moment, "x").isoformat() == beijing
    else:
        with pytest.raises(InputError, match="年份应在 2000 到 2100 之间"):
            instant(moment, "x")


@pytest.mark.parametrize("text, ok", [("2000-01-01", True), ("2100-12-31", True), ("1999-12-31", False),
                                      ("0001-01-01", False), ("9999-12-31", False)])
def test_dates_lie_in_2000_to_2100(text, ok):
    if ok:
        assert day(text, "x").isoformat() == text
    else:
        with pytest.raises(InputError, match="年份"):
            day(text, "x")


def test_the_moment_of_a_check_lies_in_2000_to_2100():
    with pytest.raises(InputError) as err:
        check("lottery", example("lottery"), datetime(9999, 12, 31, 23, 59))
    assert err.value.field == "as_of"


@pytest.mark.parametrize("kind, path, value, ok", [
    ("challenge", ("challenge", "online_viewers"), limits.MAX_NUMBER - 1, True),
    ("challenge", ("challenge", "online_viewers"), limits.MAX_NUMBER, False),
    ("challenge", ("challenge", "online_viewers"), 10**400, False),
    ("lottery", ("prizes", 0, "quantity"), limits.MAX_QUANTITY, True),
    ("lottery", ("prizes", 0, "quantity"), limits.MAX_QUANTITY + 1, False),
    ("coupon", ("coupon", "per_user_limit"), limits.MAX_QUANTITY + 1, False),
    ("trial", ("trial", "paid_orders"), 10**12, False),
    ("lottery", ("prizes", 0, "unit_value"), "999999999999.99", True),
    ("lottery", ("prizes", 0, "unit_value"), 1e308, False),
    ("bot", ("settings", "followup", "daily_limit_per_user"), 2**63, False),
])
def test_counts_and_amounts_have_sane_bounds(kind, path, value, ok):
    data = example(kind)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    if ok:
        check(kind, data, bj(AS_OF[kind] + "T00:00"))
    else:
        assert refused(kind, data).field == ".".join(str(p) for p in path).replace(".0.", "[0].")


def test_a_huge_quantity_is_refused_before_it_reaches_decimal():
    data = example("lottery")
    data["prizes"][0].update(quantity=10**400 - 1, max_wins_per_user=None)
    err = refused("lottery", data)
    assert err.field == "prizes[0].quantity" and "40 位" in err.message


def test_money_of_any_size_formats_without_decimal_errors():
    assert fmt_money(Decimal(10**30) * Decimal("1.005")) == "1005000000000000000000000000000.00"


@pytest.mark.parametrize("kind, field, at", [("lottery", "terms", ("terms",)),
                                            ("coupon", "products[0].title", ("products", 0, "title"))])
def test_texts_within_their_limits(kind, field, at):
    limit = limits.MAX_TEXT_CHARS if kind == "lottery" else limits.MAX_STRING_CHARS  # coupon products: cells
    data = example(kind)
    target = data
    for key in at[:-1]:
        target = target[key]
    target[at[-1]] = "包" * limit
    check(kind, data, bj(AS_OF[kind] + "T00:00"))
    target[at[-1]] = "包" * (limit + 1)
    err = refused(kind, data)
    assert err.field == field and f"{limit:,} 字的上限" in err.message


def test_lists_within_their_limits_rows_as_long_as_an_import(monkeypatch):
    monkeypatch.setattr(limits, "MAX_LIST_ITEMS", 4)  # the example's longest category has 4 levels
    lottery = example("lottery")
    lottery["prizes"] *= 5
    err = refused("lottery", lottery)
    assert err.field == "prizes" and "超过 4 项的上限" in err.message
    listing = example("listing")
    listing["products"] += [dict(listing["products"][1], id=f"X{i}") for i in range(3)]
    check("listing", listing, bj("2023-05-20T00:00"))  # products may be as many as MAX_ROWS["products"]


def test_nesting_is_bounded_and_named():
    data = example("lottery")
    deep = "x"
    for _ in range(limits.MAX_JSON_DEPTH - 2):
        deep = [deep]
    data["extra"] = deep  # an unknown field: ignored, within the limits
    check("lottery", data, bj("2023-06-10T00:00"))
    data["extra"] = [[deep]]
    err = refused("lottery", data)
    assert err.field.startswith("extra[0][0]") and f"嵌套超过 {limits.MAX_JSON_DEPTH} 层" in err.message


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf"), 10**40, -(10**5000)],
                         ids=["nan", "inf", "-inf", "41-digits", "5001-digits"])
def test_numbers_that_are_no_numbers_are_refused_anywhere(value):
    data = example("coupon")
    data["products"][2]["extra"] = value
    err = refused("coupon", data)
    assert err.field == "products[2].extra"


def test_a_lone_surrogate_in_a_field_name_is_refused():
    data = example("challenge")
    data["challenge"]["\ud800"] = 1
    err = refused("challenge", data)
    assert err.field == "challenge" and "\\ud800" in err.message


# The six causes of the fuzzing's crashes, kept as regression tests ----------------------------------
OVERFLOWS = [  # OverflowError in values.instant's astimezone
    ("lottery", ("session", "end"), "9999-12-31T23:59:59-12:00", "session.end"),
    ("coupon", ("coupon", "valid_until"), "9999-12-31T23:59:59-12:00", "coupon.valid_until"),
    ("aftersale", ("events", 0, "at"), "0001-01-01T00:00:00+14:00", "events[0].at"),
    ("trial", ("trial", "withdrawals", 0, "date"), "0001-01-01T00:00:00+14:00", "trial.withdrawals[0].date"),
    ("trial", ("trial", "receipts", 0, "confirmed_at"), "9999-12-31T23:59:59-12:00", "trial.receipts[0].confirmed_at"),
    ("lottery", ("prizes", 0, "draw_at"), "0001-01-01T00:00:00+14:00", "prizes[0].draw_at"),
    ("challenge", ("challenge", "date"), "9999-12-31", "challenge.date"),
]
SURROGATES = [  # UnicodeEncodeError printing a report that repeats "\ud800"
    ("lottery", ("prizes", 0, "title"), "prizes[0].title"),
    ("listing", ("products", 0, "title"), "products[0].title"),
    ("trial", ("trial", "receipts", 0, "order"), "trial.receipts[0].order"),
    ("coupon", ("products", 0, "id"), "products[0].id"),
    ("challenge", ("shop", "name"), "shop.name"),
    ("bot", ("ask", 0), "ask[0]"),
    ("aftersale", ("events", 0, "id"), "events[0].id"),
]


def mutated(kind, path, value):
    data = example(kind)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize("kind, path, value, field", OVERFLOWS)
def test_overflowing_times_are_field_errors(tmp_path, capsys, kind, path, value, field):
    data = mutated(kind, path, value)
    assert refused(kind, data).field == field
    code, _, err = cli(tmp_path, capsys, kind, json.dumps(data))
    assert code == 2 and one_line(err) and f"：{field}：" in err and "年份" in err


@pytest.mark.parametrize("kind, path, field", SURROGATES)
def test_lone_surrogates_are_field_errors(tmp_path, capsys, kind, path, field):
    data = mutated(kind, path, "a\ud800b")
    err = refused(kind, data)
    assert err.field == field and "U+D800" in err.message
    code, _, stderr = cli(tmp_path, capsys, kind, json.dumps(data))  # json.dumps escapes it: \ud800
    assert code == 2 and one_line(stderr) and f"：{field}：" in stderr


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_surrogate_never_crashes_real_output(tmp_path, fmt):
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(mutated("lottery", ("prizes", 0, "title"), "\ud800")), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "core", "check", "lottery", str(path), "--format", fmt], cwd=ROOT,
                            capture_output=True, check=False)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and err.startswith("错误：prizes[0].title：") and "Traceback" not in err


def test_what_a_console_cannot_show_is_escaped_not_fatal(tmp_path):
    plan = mutated("lottery", ("prizes", 0, "title"), "李宁 纯棉 短袖T恤 😀")
    path = tmp_path / "emoji.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "core", "check", "lottery", str(path), "--as-of", "2023-06-10",
                             "--format", "text"], cwd=ROOT, capture_output=True, check=False,
                            env={**os.environ, "PYTHONIOENCODING": "gbk"})  # a Chinese Windows console
    out = result.stdout.decode("gbk")
    assert result.returncode in (0, 1) and "\\U0001f600" in out and "李宁" in out, result.stderr


@pytest.mark.parametrize("kind, shop_type", [("listing", ["二手"]), ("trial", {"a": 1}), ("lottery", [1]),
                                             ("aftersale", ["x"])])
def test_an_unhashable_shop_type_is_a_field_error(tmp_path, capsys, kind, shop_type):
    data = mutated(kind, ("shop", "shop_type"), shop_type)
    assert refused(kind, data).field == "shop.shop_type"
    code, _, err = cli(tmp_path, capsys, kind, json.dumps(data))
    assert code == 2 and one_line(err)


def test_a_quantity_of_400_digits_is_refused_where_the_file_is_read(tmp_path, capsys):
    data = example("lottery")
    data["prizes"][0].update(quantity=10**400 - 1, max_wins_per_user=None)  # InvalidOperation in the sum
    code, _, err = cli(tmp_path, capsys, "lottery", json.dumps(data))
    assert code == 2 and one_line(err) and "lottery.json" in err and "数字有 400 位" in err


@pytest.mark.parametrize("kind", ["lottery", "bot", "listing"])
def test_json_nested_100000_deep_is_refused_not_a_recursion_error(tmp_path, capsys, kind):
    text = json.dumps(example(kind)).replace('"shop"' if kind != "bot" else '"ask"', '"deep": '
                                            + "[" * 100_000 + "]" * 100_000 + ', "x"', 1)
    code, _, err = cli(tmp_path, capsys, kind, text)
    assert code == 2 and one_line(err) and "嵌套超过 50 层的上限" in err and "第 1 行" in err


def test_a_number_of_5000_digits_is_refused_not_a_value_error(tmp_path, capsys):
    text = '{"shop": {"experience_score": ' + "9" * 5000 + '}, "prizes": []}'
    code, _, err = cli(tmp_path, capsys, "lottery", text)
    assert code == 2 and one_line(err) and "数字有 5,000 位，超过 40 位的上限" in err


@pytest.mark.parametrize("text, says", [('{"a": NaN}', "NaN"), ('{"a": -Infinity}', "-Infinity"),
                                        ('{"a": 1e400}', "超出可用范围"), ('{"a": ' + "1" * 41 + "}", "41 位")])
def test_json_numbers_past_the_limits(text, says):
    with pytest.raises(jsontext.JSONLimitError, match=says):
        jsontext.parse(text)
    assert jsontext.parse('{"a": ' + "1" * 40 + ", \"b\": 1e308}") == {"a": int("1" * 40), "b": 1e308}


def test_a_5_mb_question_or_knowledge_entry_is_refused_at_once(tmp_path, capsys):
    data = example("bot")
    data["ask"] = ["发货" * 2_500_000]
    code, _, err = cli(tmp_path, capsys, "bot", json.dumps(data, ensure_ascii=False))
    assert code == 2 and one_line(err) and err.startswith("错误：ask[0]：文字有 5,000,000 个字")
    data = example("bot")
    data["knowledge"][0]["question"] = "发货" * 2_500_000
    code, _, err = cli(tmp_path, capsys, "bot", json.dumps(data, ensure_ascii=False))
    assert code == 2 and one_line(err) and "knowledge[0].question" in err


def test_values_refuse_what_they_cannot_hold():
    with pytest.raises(InputError, match="不能大于"):
        integer(10**12, "x")
    assert integer(10**12 - 1, "x") == 10**12 - 1
    with pytest.raises(InputError, match="位左右的数字"):
        integer(-(10**5000), "x", minimum=0)


# A fault of the program: exit 3, one Chinese line, the traceback in the log --------------------------
def test_a_fault_exits_3_with_one_chinese_line_and_the_traceback_in_the_log(monkeypatch, capsys, tmp_path):
    def broken(data, as_of, pack):
        raise RuntimeError("injected fault")

    core.checks.registry()
    monkeypatch.setitem(core.checks._REGISTRY, "lottery", broken)
    monkeypatch.setenv("SHOP_ASSISTANT_DATA", str(tmp_path / "data"))
    assert main(["check", "lottery", str(EXAMPLES / "lottery.json")]) == 3
    out, err = capsys.readouterr()
    assert out == "" and one_line(err) and "程序自身出了问题" in err and "injected" not in err
    log = tmp_path / "data" / "shop-assistant.log"
    assert str(log) in err
    assert "RuntimeError: injected fault" in log.read_text(encoding="utf-8")
    assert main(["check", "lottery", str(EXAMPLES / "lottery.json"), "--debug"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("错误：程序自身出了问题") and "Traceback" in err and "RuntimeError: injected fault" in err


def test_a_fault_with_an_unwritable_log_still_says_one_line(monkeypatch, capsys, tmp_path):
    def broken(data, as_of, pack):
        raise MemoryError

    core.checks.registry()
    monkeypatch.setitem(core.checks._REGISTRY, "coupon", broken)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SHOP_ASSISTANT_DATA", str(blocker / "data"))
    assert main(["check", "coupon", str(EXAMPLES / "coupon.json")]) == 3
    err = capsys.readouterr().err
    assert one_line(err) and "日志也无法写入" in err


def test_output_streams_are_left_as_they_were(capsys):
    before = (sys.stdout.errors, sys.stderr.errors)
    main(["check", "bot", str(EXAMPLES / "bot.json"), "--as-of", "2023-06-10", "--format", "json"])
    assert (sys.stdout.errors, sys.stderr.errors) == before
    assert json.loads(capsys.readouterr().out)["kind"] == "bot"

