"""The rule-text engine (core/text) and the free-text lottery checks on the labelled corpora.

Only the tuning part ("dev") of each corpus runs here; the held-out part is measured by
bench/text_rules.py and never tuned on.
"""

import json
import tomllib
from pathlib import Path

import pytest

from core.engine import check
from core.text import SpecError, clauses, fold, scanner, spec_from_params
from core.text.rules import Scanner
from core.text.rules import segmenter_for
from tests.conftest import CONTRACT, bj

DATA = Path(__file__).resolve().parent.parent / "data"
AS_OF = bj("2024-06-01T12:00:00")
TERM_RULES = ("ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms")


def _cases(name):
    return [c for c in tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"] if c["split"] == "dev"]


TERM_FILES = ("lottery_terms.toml", "lottery_terms_more.toml", "lottery_terms_third.toml", "lottery_terms_fourth.toml",
              "lottery_terms_fifth.toml", "lottery_terms_sixth.toml", "lottery_terms_seventh.toml",
              "lottery_terms_eighth.toml", "lottery_terms_ninth.toml")
TERMS = [case for name in TERM_FILES for case in _cases(name)]
# Dev clauses the engine still gets wrong, each with why; strict, so a fix shows up as a failure
# that asks for the entry to go. Kept few: bench/text_rules.py prints precision and recall.
KNOWN_MISSES = {
    "中奖要先参加我们的预售，交了定金的才发": "labelled a condition only; the check also names the deposit (定金) as a fee",
    "奖品要走冷链，冷链费用由中奖者承担": "a demand on the prize (要走冷链) is read as one on the winner",
    "生鲜奖品需冷链配送，冷链费用由中奖人承担。": "a demand on the prize (需冷链配送) is read as one on the winner",
    "奖品要走保税仓，税费中奖人自己出哦。": "a demand on the prize (要走保税仓) is read as one on the winner",
    "汽车脚垫需要按车型定制，中奖者需付定制工本费。": "a demand on the prize (需要按车型定制) is read as one on the winner",
    "需拍下0.01元奖品链接并点亮灯牌，才能发货。": "buying a 0.01元 link is not read as a fee",
    "没当够一个月粉丝就想领奖？那可不行。": "the question mark cuts the condition from its refusal",
    "快递费我们出一半，另一半中奖宝子出。": "另 cuts the fee from who pays the other half",
    "开通店铺付费会员（9.9元/月）的中奖者才能领。": "the bracket cuts the membership from 才能领",
    "有人私信说要交保证金才能领奖，那都是骗子，我们从不收钱。": "a warning against scams is read as a demand",
    "进福利群后交5元运费，统一发货": "joining a group (进福利群后…) with no demand word is not read as a condition",
    "中奖后要帮我们拉三个新粉，运费还得自己出哈": "还得 cuts the fee (运费) from who pays (自己出)",
    "邮费？当然是中奖的宝宝自己出啦": "the question mark cuts the fee from who pays",
}


def _term_param(case):
    reason = KNOWN_MISSES.get(case["text"])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, marks=marks, id=case["text"])
TITLES = _cases("prize_titles.toml")


@pytest.fixture(scope="module")
def plan():
    data = json.loads((CONTRACT / "lottery.json").read_text(encoding="utf-8"))
    data["prizes"][0]["image_confirmed"] = True
    return data


def test_corpora_are_big_enough_and_hold_a_fifth_out():
    every = [c for name in TERM_FILES
             for c in tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"]]
    titles = tomllib.loads((DATA / "prize_titles.toml").read_text(encoding="utf-8"))["case"]
    assert len(every) >= 400 and len(titles) >= 100
    for cases in (every, titles):
        held = sum(c["split"] == "heldout" for c in cases) / len(cases)
        assert 0.18 <= held <= 0.22


@pytest.mark.parametrize("case", [_term_param(c) for c in TERMS])
def test_lottery_term_clause(plan, case):
    report = check("lottery", dict(plan, terms=case["text"]), AS_OF)
    got = {f.rule for f in report.findings if f.rule in TERM_RULES and f.path == "terms"}
    assert got == set(case["expect"])


@pytest.mark.parametrize("case", TITLES, ids=[c["title"] for c in TITLES])
def test_prize_title(plan, case):
    prize = dict(plan["prizes"][0], title=case["title"], brand=case["brand"], material=case["material"],
                 category=case["category"])
    report = check("lottery", dict(plan, prizes=[prize], terms=""), AS_OF)
    title = [f for f in report.findings if f.rule == "ks.lottery.title"]
    missing = {part for part, zh in (("brand", "品牌"), ("material", "材质"), ("category", "品类"))
               if title and zh in title[0].message.split("没有写明", 1)[1]}
    assert missing == set(case["missing"])
    absolute = any(f.rule == "ks.lottery.absolute_terms" and f.path == "prizes[0].title" for f in report.findings)
    assert absolute == case["absolute"]


def test_finding_quotes_each_clause_as_written_and_names_its_words(plan):
    report = check("lottery", dict(plan, terms="包邮到家！中獎者需自付運費10元，粉丝团3级以上才能领"), AS_OF)
    fee = next(f for f in report.findings if f.rule == "ks.lottery.no_extra_fees")
    assert fee.path == "terms" and fee.severity == "error"
    assert "“中獎者需自付運費10元”" in fee.message and "触发词：自付、運費、10元" in fee.message
    assert "包邮" not in fee.message
    condition = next(f for f in report.findings if f.rule == "ks.lottery.no_extra_conditions")
    assert "“粉丝团3级以上才能领”" in condition.message and "粉丝团" in condition.message
    assert condition.severity == "error"  # a condition the pack names is an error


def test_a_negation_covers_only_its_own_clause_part(pack):
    fees = scanner(pack, "ks.lottery.no_extra_fees", AS_OF)
    assert fees.scan("不用付邮费") == ()
    assert fees.scan("邮费不用你们出") == ()
    [hit] = fees.scan("不用付邮费，但需另付包装费")
    assert hit.clause == "但需另付包装费"
    [hit] = fees.scan("免邮费但包装费自理")
    assert "包装费" in hit.words and "自理" in hit.words


def test_a_negation_that_threatens_imposes(pack):
    fees = scanner(pack, "ks.lottery.no_extra_fees", AS_OF)
    conditions = scanner(pack, "ks.lottery.no_extra_conditions", AS_OF)
    assert fees.scan("不付邮费不发货")
    assert conditions.scan("没加粉丝团的一律不发货")
    assert not conditions.scan("粉丝团等级不影响发货")


def test_who_pays_decides(pack):
    fees = scanner(pack, "ks.lottery.no_extra_fees", AS_OF)
    assert fees.scan("运费由中奖用户承担")
    assert not fees.scan("运费由商家承担")
    assert not fees.scan("快递费由我们来出")


def test_words_are_jieba_words_not_substrings(pack):
    fees = scanner(pack, "ks.lottery.no_extra_fees", AS_OF)
    absolute = scanner(pack, "ks.lottery.absolute_terms", AS_OF)
    assert not fees.scan("运费险我们也买好了")
    assert not absolute.scan("每人最多中1次，最晚48小时内发货")
    assert not absolute.scan("小米 铝合金 充电宝 第一代")
    assert absolute.scan("全网最低价")


def test_clauses_cut_at_punctuation_and_emoji_but_not_at_enumerations():
    assert [c for _, c in clauses("包邮🎁中奖后需付邮费，邮费、税费均由本店承担")] == [
        "包邮", "中奖后需付邮费", "邮费、税费均由本店承担"]


def test_a_number_with_a_point_stays_in_its_clause(pack):
    assert [c for _, c in clauses("拍一款9.9就送出，满1,000元包邮。再见.")] == ["拍一款9.9就送出", "满1,000元包邮", "再见"]
    fees = scanner(pack, "ks.lottery.no_extra_fees", AS_OF)
    conditions = scanner(pack, "ks.lottery.no_extra_conditions", AS_OF)
    assert fees.scan("中奖用户需额外支付0.01元验证费")  # 0.01 is one number, not the 0 of 0元
    assert not fees.scan("中奖用户0元领取")
    assert conditions.scan("中奖的铁子们拍任意一款9.9就包邮送出")


def test_folding_keeps_the_way_back_to_the_original():
    folded = fold("郵 費 全免")
    assert folded.text == "邮费全免"
    assert folded.quote(0, 2) == "郵 費"


def _spec(**params):
    base = {"fee_words": ["邮费"], "pay_words": ["付"], "no_words": ["不", "不用"], "concept": ["fee"], "role": ["pay"],
            "cancel": ["no"]}
    base.update(params)
    return spec_from_params("ks.test.rule", base)


def test_a_new_paraphrase_is_a_data_change(pack):
    seg = segmenter_for([])
    plain = Scanner(_spec(), seg)
    assert plain.scan("需付邮费") and not plain.scan("邮费要掏")
    wider = Scanner(_spec(pay_words=["付", "掏"]), seg)
    assert wider.scan("邮费要掏") and not wider.scan("邮费不用掏")


def test_patterns_with_bounded_gaps(pack):
    seg = segmenter_for(["商家"])
    spec = _spec(seller_words=["商家"], patterns=[{"tag": "exempt", "seq": "seller ~1 pay"}],
                 cancel=["no", "exempt"])
    found = Scanner(spec, seg)
    assert not found.scan("邮费商家付")
    assert not found.scan("邮费商家来付")
    assert found.scan("商家发货后邮费你们来付")


def test_a_condition_no_word_list_names_is_read_from_the_demand(plan):
    # None of 备注, 答对 or 问卷 is a condition word: the demand and what it asks for decide.
    report = check("lottery", dict(plan, terms="中奖宝宝请先把备注改成店名。答对竞猜题才能领奖！"
                                               "奖品会暂扣，直到您填完问卷"), AS_OF)
    [found] = [f for f in report.findings if f.rule == "ks.lottery.no_extra_conditions"]
    assert found.severity == "warning" and "可能附加了领奖条件" in found.message  # read, not named: less sure
    for clause, word in (("中奖宝宝请先把备注改成店名", "备注"), ("答对竞猜题才能领奖", "答对"),
                         ("直到您填完问卷", "问卷")):
        assert f"“{clause}”" in found.message and word in found.message


def test_the_steps_the_rule_allows_are_no_condition(pack):
    conditions = scanner(pack, "ks.lottery.no_extra_conditions", AS_OF)
    for allowed in ("中奖后请在24小时内私信客服填写收货地址", "中奖的宝宝记得保持手机畅通",
                    "超时未确认地址的视为自动放弃", "只有填了地址才能给你发货哦",
                    "请大家文明发言"):  # a request, but not about claiming the prize
        assert conditions.scan(allowed) == (), allowed


def test_what_a_demand_asks_for_lies_on_its_side(pack):
    # 需… asks for what follows; …才能领 and …的不发 for what comes before.
    conditions = scanner(pack, "ks.lottery.no_extra_conditions", AS_OF)
    assert conditions.scan("中奖后需下载我们的APP领奖")
    assert conditions.scan("连麦过的宝宝才能领奖")
    assert not conditions.scan("私信客服才能领奖")


def test_a_negation_about_who_does_not_hide_the_demand(pack):
    conditions = scanner(pack, "ks.lottery.no_extra_conditions", AS_OF)
    for text in ("没中过奖的宝宝需要答对竞猜题才能领奖", "不是粉丝的宝宝需要答对竞猜题才能领奖"):
        [hit] = conditions.scan(text)
        assert "答对" in hit.words, text


def test_the_lottery_words_leave_the_bot_lints_own_words_whole(pack):
    # 才给发 is kept whole for the lottery rules (one segmenter per pack): the bot lint still sees 发.
    from core.bot.linter import lint
    from core.bot.knowledge import Entry

    for answer in ("抽奖奖品开奖后7天才给发", "中奖的宝宝15天内才给寄哦"):
        found = lint([Entry("x", "中奖了什么时候发", answer=answer)], pack, AS_OF)
        assert any(r.rule_id == "ks.bot.lint.lottery_shipping" for r in found), answer


def test_a_demand_for_money_is_the_fee_rules(pack):
    conditions = scanner(pack, "ks.lottery.no_extra_conditions", AS_OF)
    fees = scanner(pack, "ks.lottery.no_extra_fees", AS_OF)
    assert fees.scan("中奖后需缴纳5元保价费") and not conditions.scan("中奖后需缴纳5元保价费")


def test_a_negation_about_who_does_not_cover_the_rest(pack):
    fees = scanner(pack, "ks.lottery.no_extra_fees", AS_OF)
    [hit] = fees.scan("没在我家消费过的宝宝要补15元邮费")
    assert "邮费" in hit.words
    assert not fees.scan("没买过的宝宝也不用付邮费")


def test_open_demands_need_their_context_and_skip_function_words():
    seg = segmenter_for(["务必"])
    spec = _spec(ask_words=["务必"], win_words=["中奖"], open=["ask"], context=["win"], neutral=["win"],
                 function_tags=["d", "r"])
    found = Scanner(spec, seg)
    assert not found.scan("务必下载APP")  # a request, nothing about winning
    assert found.scan("中奖务必下载APP")
    assert not found.scan("中奖务必马上")  # 马上 is an adverb: nothing is asked for


@pytest.mark.parametrize("params, words", [
    ({"function_tags": "d"}, "function_tags"),
    ({"open": ["ghost"]}, "open"),
    ({"concept": []}, "concept"),
    ({"concept": ["nothing"]}, "concept"),
    ({"patterns": [{"tag": "x", "seq": "fee ~ ghost"}]}, "ghost"),
    ({"fee_words": ["re:("]}, "正则"),
    ({"fee_words": "邮费"}, "fee_words"),
])
def test_malformed_specs_are_refused_with_the_parameter_named(params, words):
    with pytest.raises(SpecError) as err:
        _spec(**params)
    assert words in str(err.value)


def test_every_text_spec_in_the_pack_loads(pack):
    specs = [r for r in pack if "concept" in r.params]
    assert {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms",
            "ks.bot.lint.absolute_words", "ks.bot.lint.lottery_shipping", "dy.bot.lint.guarantee_claim"} <= {
        r.id for r in specs}
    for rule in specs:
        for values in rule.params.values():
            assert all(v.since for v in values)
        assert scanner(pack, rule, AS_OF).spec.concept
