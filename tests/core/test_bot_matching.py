"""The bot's knowledge: matching reworded questions, import/export, the linter, batch tests."""

import json
import threading
from collections import Counter
from dataclasses import replace

import pytest

from core.bot import (
    HANDOVER,
    SCENARIOS,
    BatchCase,
    Entry,
    Matcher,
    apply_edits,
    builtin_knowledge,
    edited_fields,
    export_batch,
    lint,
    load_batch,
    restore_default,
    run_batch,
)
from core.exports import write_csv
from core.exports.knowledge import export_knowledge, knowledge_rows
from core.importers.base import ImportFileError, ImportRefused
from core.importers.knowledge import read_knowledge as import_knowledge
from tests.conftest import bj

KnowledgeImportError = (ImportRefused, ImportFileError)

AS_OF = bj("2024-03-01T12:00:00")


@pytest.fixture(scope="module")
def builtin():
    return builtin_knowledge()


@pytest.fixture(scope="module")
def matcher(builtin):
    m = Matcher(builtin)
    yield m
    m.close()


def entry(id, question, answer="好的", **kw):
    return Entry(id=id, question=question, answer=answer, **kw)


# --- matching ----------------------------------------------------------------------------------

@pytest.mark.parametrize("ask, expected", [
    ("你们家默认用哪个快递", "logistics.carrier"),      # reworded: 哪个 ≈ 哪家, particles dropped
    ("付完款多长时间能发出", "logistics.ship_time"),     # 多长时间 ≈ 多久, 发出 ≈ 发货
    ("7天无理由退货支持吗", "aftersale.seven_day"),      # reordered, 7天 ≈ 七天
    ("寄回去的邮费谁来付", "aftersale.return_shipping"),  # 寄回 ≈ 退货, 邮费 ≈ 运费
    ("衣服洗过一次还能退吗", "aftersale.used_return"),
    ("收货地址写错了可以改吗", "logistics.change_address"),
])
def test_reworded_question_hits_its_entry(matcher, ask, expected):
    match = matcher.match(ask)
    assert match.entry_id == expected, match.reason()
    assert matcher.threshold <= match.score <= 1


def test_verbatim_question_scores_one(matcher, builtin):
    first = builtin[0]
    match = matcher.match(first.question)
    assert match.entry_id == first.id and match.score == pytest.approx(1.0)


def test_matched_words_are_reported(matcher):
    match = matcher.match("你们发啥快递呀")
    assert match.entry_id == "logistics.carrier"
    assert set(match.words) == {"发", "啥", "快递"}  # as the buyer wrote them; 呀 is a particle
    assert "发什么快递" in match.question
    said = match.reason()  # in words: how sure, and the words in common; no id, no score
    assert "啥" in said and "把握" in said and "logistics.carrier" not in said and "1.00" not in said


@pytest.mark.parametrize("ask", ["asdkjh", "？？？", "", "我想问下你们老板贵姓", "嗯嗯"])
def test_nonsense_gets_no_answer(matcher, ask):
    match = matcher.match(ask)
    assert match.entry is None and not match.answered
    assert "转人工" in match.reason()
    assert match.as_fact() == {"ask": ask, "match": None, "score": round(match.score, 2), "words": []}


def test_a_long_message_is_answered_by_the_part_that_asks(matcher):
    ask = "我前天晚上在你们直播间拍了一件羽绒服，到现在都没有动静，下周要出差急着穿，能帮我催一下发货吗"
    assert matcher.candidates(ask, limit=1)[0].score < matcher.threshold  # as a whole: not sure enough
    match = matcher.match(ask)
    assert match.answered and match.entry_id == "logistics.urge"


def test_a_long_message_is_answered_when_a_part_and_the_rest_agree(matcher):
    ask = "昨天拍的那件外套今天还没发货，我周末要出门旅游，麻烦帮我催一下仓库早点发，谢谢"
    assert matcher.candidates(ask, limit=1)[0].score < matcher.threshold  # as a whole: not sure enough
    # the part "麻烦帮我催一下仓库早点发" alone is not sure enough either; with the whole message it is
    assert matcher.match(ask).entry_id == "logistics.urge"


def test_one_word_found_in_a_part_and_so_in_the_whole_is_not_two_witnesses(matcher):
    assert matcher.match("我想问一下你们公司还招人吗，我想来做客服，工资多少").entry is None


@pytest.mark.parametrize("ask, expected", [
    ("物流两个礼拜都没动", "logistics.stalled"),    # a count of weeks (礼拜 = 星期) like a count of days
    ("给个五星有返现吗", "aftersale.review"),        # 五星 = 好评
    ("vivo能用吗", "product.compatibility"),         # a phone brand is a phone
    ("客服态度好差啊", "aftersale.complaint"),       # 好差 = 太差
    ("自己过去拿行不行", "logistics.pickup"),         # 过去拿 = 过来拿
    ("新人有啥福利", "promo.new_buyer"),              # 福利 = 优惠
    ("有没有安装教程", "product.usage"),              # 教程 = 使用方法
])
def test_everyday_shop_words_are_understood(matcher, ask, expected):
    match = matcher.match(ask)
    assert match.entry_id == expected, match.reason()


def test_a_closed_matcher_refuses_to_answer(builtin):
    # answering 转人工 to everything after close would hide the bug (and store a batch of hand-overs)
    m = Matcher(builtin)
    assert m.match("能开发票吗").entry_id == "presale.invoice"
    m.close()
    with pytest.raises(RuntimeError):
        m.match("能开发票吗")


def test_a_long_message_about_nothing_the_shop_knows_still_goes_to_a_human(matcher):
    match = matcher.match("我昨天刷到一个视频，里面有人在讲怎么做红烧肉，看起来挺好吃的，你会做饭吗")
    assert not match.answered


def test_disabled_entry_never_answers(builtin):
    carrier = next(e for e in builtin if e.id == "logistics.carrier")
    m = Matcher(apply_edits(builtin, [replace(carrier, enabled=False)]))
    for ask in carrier.questions:  # not even its own questions, verbatim
        assert m.match(ask).entry_id != "logistics.carrier"
    assert len(m) == len(builtin) - 1


def test_below_threshold_hands_over_and_says_what_was_closest():
    m = Matcher([entry("a", "能发顺丰吗"), entry("b", "包邮吗")], threshold=0.9)
    match = m.match("能发顺丰快递到新疆吗")
    assert match.entry is None and match.best is not None and match.best.entry.id == "a"
    assert "把握不够" in match.reason() and "转人工" in match.reason() and "能发顺丰吗" in match.reason()


def test_entries_of_the_other_platform_do_not_answer():
    ks_only = entry("ks", "怎么加粉丝团", platform="kuaishou")
    assert Matcher([ks_only], platform="kuaishou").match("怎么加粉丝团").entry_id == "ks"
    assert Matcher([ks_only], platform="douyin").match("怎么加粉丝团").entry is None
    assert Matcher([ks_only]).match("怎么加粉丝团").entry_id == "ks"  # no platform: every entry


def test_candidates_rank_best_first(matcher):
    found = matcher.candidates("退货运费谁出", limit=3)
    assert found[0].entry.id == "aftersale.return_shipping"
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_matcher_built_in_a_worker_answers_in_another_thread(builtin):
    built = {}
    worker = threading.Thread(target=lambda: built.setdefault("m", Matcher(builtin)))
    worker.start()
    worker.join()
    results = []
    threads = [threading.Thread(target=lambda: results.append(built["m"].match("能开发票吗").entry_id))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["presale.invoice"] * 4


def test_threshold_must_be_a_share():
    with pytest.raises(ValueError):
        Matcher([], threshold=1.5)


# --- built-in knowledge and edits --------------------------------------------------------------

def test_builtin_set_is_big_enough_and_covers_the_scenarios(builtin):
    assert len(builtin) >= 80
    per_scenario = Counter(e.scenario for e in builtin)
    assert set(per_scenario) == set(SCENARIOS) and min(per_scenario.values()) >= 10
    assert all(e.enabled and e.answer and 2 <= len(e.similar) <= 10 for e in builtin)
    assert len({e.id for e in builtin}) == len(builtin)
    topics = ["快递", "发货", "退货", "换货", "尺码", "优惠券", "运费险", "七天无理由", "发票", "开箱", "质量", "催", "改地址", "拒收", "赠品"]
    text = " ".join(q for e in builtin for q in e.questions)
    assert [t for t in topics if t not in text] == []


def test_builtin_set_passes_the_linter(builtin, pack):
    assert lint(builtin, pack, AS_OF) == []
    for platform in ("kuaishou", "douyin"):
        assert lint(builtin, pack, AS_OF, platform) == []


def test_edits_are_kept_apart_from_defaults_and_can_be_restored(builtin):
    edited = replace(builtin[0], answer="现货，当天发")
    own = entry("mine", "能刻字吗", "可以刻字")
    merged = apply_edits(builtin, [edited, own])
    assert merged[0] == edited and merged[-1] == own and len(merged) == len(builtin) + 1
    assert edited_fields(edited, builtin[0]) == ["answer"]
    assert edited_fields(own, None)[0] == "id"
    edits = restore_default([edited, own], builtin[0].id)
    assert apply_edits(builtin, edits)[0] == builtin[0]


# --- import / export ---------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_export_then_import_gives_the_same_entries(tmp_path, builtin, suffix):
    path = tmp_path / f"knowledge{suffix}"
    export_knowledge(builtin, path)
    assert import_knowledge(path) == builtin


def test_gbk_csv_import(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("标准问题,相似问题,答案,启用,平台\n发什么快递,默认快递|能发顺丰吗,默认中通,是,快手\n"
                     "多久发货,,48小时内发货,否,\n".encode("gbk"))
    first, second = import_knowledge(path)
    assert (first.question, first.similar, first.platform) == ("发什么快递", ("默认快递", "能发顺丰吗"), "kuaishou")
    assert not second.enabled and second.platform == "all"
    assert first.id.startswith("q-") and first.id != second.id  # ids made up from the question


def test_utf8_bom_csv_import_with_english_headers(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("id,question,answer\nk1,包邮吗,包邮\n".encode("utf-8-sig"))
    assert import_knowledge(path) == [Entry("k1", "包邮吗", (), "包邮")]


def test_import_with_bad_rows_names_every_line_and_imports_nothing(tmp_path):
    path = tmp_path / "bad.csv"
    write_csv(path, [["编号", "标准问题", "答案", "启用", "平台"],
                     ["a", "发什么快递", "中通", "是", "快手"],
                     ["b", "", "没有问题", "也许", "火星"],
                     [],
                     ["a", "多久发货", "48小时", "否", "抖音"]])
    with pytest.raises(KnowledgeImportError) as err:
        import_knowledge(path)
    where = [(p.line, p.field) for p in err.value.problems]
    assert where == [(3, "启用"), (3, "平台"), (3, "标准问题"), (5, "编号")]
    assert "第 3 行" in str(err.value) and "第 5 行" in str(err.value)


def test_import_needs_question_and_answer_columns(tmp_path):
    path = tmp_path / "cols.csv"
    path.write_bytes("问题,备注\n包邮吗,x\n".encode())
    with pytest.raises(KnowledgeImportError) as err:
        import_knowledge(path)
    assert err.value.problems[0].line == 1 and "答案" in err.value.problems[0].message


def test_bad_json_import_lists_items(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"knowledge": [{"id": "a", "question": "x"}, {"id": "a", "question": "y"},
                                              {"id": "c", "question": "z", "enabled": "yes"}]}),
                    encoding="utf-8")
    with pytest.raises(KnowledgeImportError) as err:
        import_knowledge(path)
    assert sorted((p.line, p.field) for p in err.value.problems) == [(2, "id"), (3, "enabled")]


@pytest.mark.parametrize("name, content", [("old.xls", b"\xd0\xcf\x11\xe0"), ("broken.xlsx", b"not a zip"),
                                           ("notes.txt", b"hello")])
def test_unreadable_files_are_refused_in_plain_words(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as err:
        import_knowledge(path)
    assert any(word in err.value.message for word in ("另存为", "无法打开", "不支持"))


def test_exported_sheet_neutralises_formulas_and_reimports_them(tmp_path):
    risky = [Entry("f", "=1+1 是什么", ("+86 能发吗",), "-5 元", True, "售前", "douyin")]
    assert knowledge_rows(risky)[1][6] == "抖音"
    path = tmp_path / "risky.csv"
    export_knowledge(risky, path)
    assert "'=1+1" in path.read_text(encoding="utf-8-sig")
    assert import_knowledge(path) == risky


# --- linter ------------------------------------------------------------------------------------

def test_linter_finds_duplicates_across_entries(pack):
    entries = [entry("a", "发什么快递？"), entry("b", "多久发货", similar=("发什么快递",)),
               entry("c", "发啥快递呀"), entry("d", "能发顺丰吗", similar=("能发顺丰吗？",))]
    results = {(r.entry_id, r.path): r for r in lint(entries, pack, AS_OF)}
    assert set(results) == {("b", "knowledge[1].similar[0]"), ("c", "knowledge[2].question"),
                            ("d", "knowledge[3].similar[0]")}
    assert "相同" in results[("b", "knowledge[1].similar[0]")].message
    assert "分不出" in results[("c", "knowledge[2].question")].message  # same words, reworded
    assert all(r.rule_id == "ks.bot.lint.duplicate_question" and r.source["quote"] for r in results.values())


def test_linter_ignores_duplicates_that_never_meet(pack):
    entries = [entry("a", "怎么加粉丝团", platform="kuaishou"), entry("b", "怎么加粉丝团", platform="douyin"),
               entry("c", "包邮吗"), entry("d", "包邮吗", enabled=False)]
    assert lint(entries, pack, AS_OF) == []


def test_linter_finds_empty_answers_and_absolute_words(pack):
    entries = [entry("a", "包邮吗", ""), entry("b", "是正品吗", "全网最低价，顶级品质"),
               entry("c", "多久发货", "最晚48小时内发货"), entry("d", "有货吗", "", enabled=False)]
    results = {(r.entry_id, r.rule_id): r for r in lint(entries, pack, AS_OF)}
    assert set(results) == {("a", "ks.bot.lint.empty_answer"), ("b", "ks.bot.lint.absolute_words")}
    assert results[("a", "ks.bot.lint.empty_answer")].path == "knowledge[0].answer"
    assert "顶级" in results[("b", "ks.bot.lint.absolute_words")].message


@pytest.mark.parametrize("platform, entry_platform, as_of, flagged", [
    ("douyin", "all", "2023-02-24T00:00:00", True),
    ("douyin", "all", "2023-02-23T23:59:59", False),  # the notice period's last day: 退一赔三 still holds
    (None, "douyin", "2024-01-01T00:00:00", True),
    (None, "kuaishou", "2024-01-01T00:00:00", False),
    ("kuaishou", "all", "2024-01-01T00:00:00", False),
])
def test_linter_flags_refund_three_on_douyin_after_the_upgrade(pack, platform, entry_platform, as_of, flagged):
    assert pack["dy.bot.lint.guarantee_claim"].effective_from == \
        pack["dy.guarantee.genuine_refund_three"].effective_to
    entries = [entry("a", "买到假货怎么办", "正品保障，退一赔三", platform=entry_platform)]
    results = [r for r in lint(entries, pack, bj(as_of), platform) if r.rule_id == "dy.bot.lint.guarantee_claim"]
    assert bool(results) == flagged
    if flagged:
        assert "退一赔三" in results[0].message and "假一赔四" in results[0].message


@pytest.mark.parametrize("answer, flagged", [
    ("开奖后48小时内发货", False), ("中奖后两天内发货", False), ("中奖后3天内发货", True),
    ("奖品会在7个工作日内寄出", True), ("中奖后一周内安排发货", True),
    ("奖品签收后7天内可申请退货", False),  # a return window, not a shipping promise
    ("付款后3天内发货", False),            # not about a lottery prize
])
def test_linter_flags_lottery_prizes_shipped_later_than_48_hours(pack, answer, flagged):
    assert pack["ks.lottery.ship_48h"].param("ship_within_hours", AS_OF) == 48
    results = lint([entry("a", "中奖了什么时候发", answer)], pack, AS_OF, "kuaishou")
    assert any(r.rule_id == "ks.bot.lint.lottery_shipping" for r in results) == flagged


# --- batch test --------------------------------------------------------------------------------

def test_batch_from_csv_with_expectations(tmp_path, matcher):
    path = tmp_path / "asks.csv"
    write_csv(path, [["买家问题", "期望"], ["你们发啥快递", "logistics.carrier"], ["能开发票吗", "logistics.sf"],
                     ["asdkjh", ""], ["我想问下你们老板贵姓", "转人工"], ["", ""], ["包邮吗", ""]])
    cases = load_batch(path)
    assert [c.row for c in cases] == [2, 3, 4, 5, 7] and cases[3].expected == HANDOVER
    result = run_batch(matcher, cases)
    assert result.total == 5 and result.answered == 3 and result.hit_rate == pytest.approx(0.6)
    assert [r.case.ask for r in result.misses] == ["asdkjh"]
    assert [r.match.entry_id for r in result.wrong_hits] == ["presale.invoice"]
    assert result.accuracy == pytest.approx(2 / 3)
    out = tmp_path / "report.xlsx"
    export_batch(result, out)
    from openpyxl import load_workbook
    book = load_workbook(out)
    assert book.sheetnames == ["汇总", "明细"] and book["明细"].max_row == 6


def test_batch_of_a_bare_column_and_cancel(tmp_path, matcher):
    path = tmp_path / "asks.txt"
    path.write_text("\n".join(["包邮吗"] * 120), encoding="utf-8")
    cases = load_batch(path)
    assert len(cases) == 120 and cases[0] == BatchCase("包邮吗", None, 1)
    seen = []
    result = run_batch(matcher, cases, progress=lambda done, total: seen.append(done) or done < 50)
    assert result.cancelled and result.total == 50 and seen == [50]


def test_building_the_index_reports_steps_and_stops_when_cancelled(builtin):
    """A worker building a big index waits at its steps while the window paints, and a cancel stops it."""
    from core.errors import Cancelled
    from core.progress import Progress

    pauses: list[int] = []
    Matcher(builtin, progress=Progress(pause=lambda: pauses.append(1)))
    assert len(pauses) >= len(builtin) // 100
    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        Matcher(builtin, progress=stopped)
