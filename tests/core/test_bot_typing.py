"""The bot against real typing: pinyin, initials, homophones, Traditional characters; the batch
results kept per knowledge version; the answer lint through the rule-text engine."""

import json
from dataclasses import replace

import pytest

from core.bot import (
    HANDOVER,
    BatchCase,
    Entry,
    Matcher,
    batch_history,
    builtin_knowledge,
    knowledge_version,
    lint,
    record_batch,
    run_batch,
)
from core.bot.pinyin import PinyinIndex, split_latin
from tests.conftest import bj

AS_OF = bj("2024-03-01T12:00:00")


@pytest.fixture(scope="module")
def matcher():
    m = Matcher(builtin_knowledge())
    yield m
    m.close()


@pytest.mark.parametrize("ask, expected", [
    ("什么时候fahuo", "logistics.ship_time"),      # pinyin for 发货
    ("kd到哪了", "logistics.tracking"),            # initials of 快递
    ("能发顺风吗", "logistics.sf"),                 # homophone of 顺丰
    ("包油吗", "logistics.shipping_fee"),           # homophone of 包邮
    ("能開發票嗎", "presale.invoice"),              # Traditional characters
    ("付完款多长时间能发出", "logistics.ship_time"),  # 付完款 = 付款
])
def test_questions_as_buyers_type_them(matcher, ask, expected):
    match = matcher.match(ask)
    assert match.entry_id == expected, match.reason()


@pytest.mark.parametrize("ask", ["主播结婚了没", "快手怎么开通直播", "推荐一部电影", "好的谢谢"])
def test_questions_about_something_else_go_to_a_human(matcher, ask):
    assert matcher.match(ask).entry_id is None


def test_pinyin_is_split_into_syllables_or_refused():
    assert split_latin("youhuo") == ["you", "huo"]
    assert split_latin("huodaofukuan") == ["huo", "dao", "fu", "kuan"]
    assert split_latin("kd") is None


def test_sound_words_name_what_the_buyer_typed():
    index = PinyinIndex(["发货", "快递"])
    found = {w.surface: w.term for w in index.words("还没发或 fahuo", have=[])}
    assert found == {"发或": "发货"}  # fahuo says 发货 again: a word is added once
    assert [w.term for w in index.words("kd到了吗", have=[])] == ["快递"]
    assert index.words("kd到了吗", have=["快递"]) == []
    # initials shared by two words say nothing, unless one is much the more common in the knowledge
    assert PinyinIndex(["快递", "口袋"]).words("kd", have=[]) == []
    assert [w.term for w in PinyinIndex({"快递": 9, "口袋": 1}).words("kd", have=[])] == ["快递"]


def test_knowledge_version_follows_what_can_answer():
    entries = [Entry("a", "有货吗", answer="有"), Entry("b", "发什么快递", answer="中通")]
    version = knowledge_version(entries, "kuaishou")
    assert version == knowledge_version(list(reversed(entries)), "kuaishou")
    assert version != knowledge_version([replace(entries[0], answer="没有"), entries[1]], "kuaishou")
    assert version != knowledge_version([replace(entries[0], enabled=False), entries[1]], "kuaishou")
    assert version != knowledge_version(entries, "douyin")


def test_batch_results_are_kept_per_knowledge_version(store):
    entries = builtin_knowledge()
    cases = [BatchCase("什么时候发货", "logistics.ship_time"), BatchCase("主播结婚了没", HANDOVER),
             BatchCase("能开发票吗", "presale.invoice")]
    first = Matcher(entries)
    before = knowledge_version(entries)
    compared = record_batch(store, cases, before, run_batch(first, cases))
    assert compared.previous is None and compared.text() == "" and compared.score.good == 3
    # An edit that breaks one answer: the invoice entry switched off.
    edited = [replace(e, enabled=False) if e.id == "presale.invoice" else e for e in entries]
    worse = record_batch(store, cases, knowledge_version(edited), run_batch(Matcher(edited), cases))
    assert worse.change == -1 and worse.text() == "比上次差 1 条"
    # Back to the first version: compared with the edit, better by one.
    again = record_batch(store, cases, before, run_batch(first, cases))
    assert again.change == 1 and again.text() == "比上次好 1 条"
    assert [score.good for _, score in batch_history(store, cases)] == [2, 3]
    # Other questions have their own history.
    assert batch_history(store, cases[:1]) == []


def test_a_cancelled_batch_is_compared_but_not_kept(store):
    entries = builtin_knowledge()
    cases = [BatchCase("什么时候发货", "logistics.ship_time")] * 60
    result = run_batch(Matcher(entries), cases, lambda done, total: False)
    assert result.cancelled
    record_batch(store, cases, knowledge_version(entries), result)
    assert batch_history(store, cases) == []


def test_a_damaged_history_is_started_again(store):
    cases = [BatchCase("什么时候发货", "logistics.ship_time")]
    from core.bot.batch import HISTORY_KEY, questions_key
    store.set_setting(HISTORY_KEY + questions_key(cases), "{not json")
    result = run_batch(Matcher(builtin_knowledge()), cases)
    assert record_batch(store, cases, "v1", result).previous is None
    assert json.loads(store.setting(HISTORY_KEY + questions_key(cases)))[0]["version"] == "v1"


@pytest.mark.parametrize("answer, flagged", [
    ("我们是全网最低价", True),
    ("最多可以买5件，最晚48小时内发货", False),
    ("100%纯棉面料，第一次洗请单独洗", False),
    ("品质絕對放心", True),
])
def test_answer_lint_finds_absolute_words_by_their_words(pack, answer, flagged):
    results = lint([Entry("x", "问题", answer=answer)], pack, AS_OF)
    hits = [r for r in results if r.rule_id == "ks.bot.lint.absolute_words"]
    assert bool(hits) == flagged
    if flagged:
        assert "触发词" in hits[0].message and f"“{answer}”" in hits[0].message


def test_answer_that_says_the_old_guarantee_is_gone_is_not_flagged(pack):
    old = lint([Entry("x", "问题", answer="支持退一赔三", platform="douyin")], pack, AS_OF, "douyin")
    gone = lint([Entry("x", "问题", answer="原来的退一赔三已升级为假一赔四", platform="douyin")], pack, AS_OF,
                "douyin")
    assert any(r.rule_id == "dy.bot.lint.guarantee_claim" for r in old)
    assert not any(r.rule_id == "dy.bot.lint.guarantee_claim" for r in gone)


def test_lottery_shipping_promise_is_read_clause_by_clause(pack):
    late = lint([Entry("x", "中奖了什么时候发", answer="中奖者的奖品开奖后7天内寄出")], pack, AS_OF)
    fine = lint([Entry("x", "中奖了什么时候发", answer="奖品开奖后48小时内发货，7天无理由退货")], pack, AS_OF)
    assert any(r.rule_id == "ks.bot.lint.lottery_shipping" and "7天" in r.message for r in late)
    assert not any(r.rule_id == "ks.bot.lint.lottery_shipping" for r in fine)


@pytest.mark.parametrize("ask, expected", [
    ("有没有baoxiu", "aftersale.warranty"),   # pinyin of 保修, a synonym the knowledge stores as 质保
    ("还有youhuo吗", "presale.in_stock"),      # pinyin of 有货 (stored as 现货)
    ("能pianyi一点不", "promo.bargain"),        # 便宜 typed with its other reading of 便 (bian)
    ("chandi在哪里", "product.origin"),         # pinyin of 产地, a synonym
    ("有增品送吗", "promo.gift"),               # the typo 增品 is read as 赠品 and not also held against it
    ("过了7tian能退吗", "aftersale.after_seven_days"),  # a count's unit typed in pinyin (7tian = 7天)
    ("过了7天ok能退吗", "aftersale.after_seven_days"),  # Latin letters after a count in characters
])
def test_pinyin_and_typos_of_synonyms_are_answered(matcher, ask, expected):
    match = matcher.match(ask)
    assert match.entry_id == expected, match.reason()


def test_a_sound_read_across_words_does_not_take_the_question_elsewhere(matcher):
    # "微信支付" also sounds like 有味 / 新货 across its words: those readings explain nothing typed
    assert matcher.match("可以微信支付吗").entry_id == "presale.payment"


def test_pinyin_typed_may_use_any_reading_and_synonyms():
    index = PinyinIndex(["便宜", "现货"], aliases={"有货": "现货"})
    assert {w.term for w in index.words("pianyi youhuo", have=[])} == {"便宜", "现货"}
    # characters typed are read one way only: 便 is bian, so 片一 is not 便宜
    assert index.words("片一", have=[]) == []


@pytest.mark.parametrize("ask, expected", [
    ("可以机冼不", "product.washing"),   # 冼 typed for its look-alike 洗
    ("便宣一点行不", "promo.bargain"),   # 宣 for 宜
])
def test_look_alike_typos_are_answered(matcher, ask, expected):
    match = matcher.match(ask)
    assert match.entry_id == expected, match.reason()


def test_look_alikes_make_knowledge_words_only_from_what_is_no_word():
    index = PinyinIndex(["洗涤", "人口"], aliases={"机洗": "洗涤"}, lookalikes={"冼": "洗", "洗": "冼", "入": "人"})
    assert [(w.surface, w.term) for w in index.words("机冼", have=[])] == [("机冼", "洗涤")]
    assert index.words("入口", have=[]) == []  # 入口 is a word of its own, not a typo of 人口
