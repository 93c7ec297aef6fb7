"""The second opinion on the lottery terms (core/text/model.py, core/text/opinion.py): what the model
computes, which findings it leaves and which it adds, what the seller reads, and that the pack
carries the very model it names, trained on the dev cases alone."""

import gzip
import hashlib
import json
import math
import shutil
import tomllib
from pathlib import Path

import pytest

from core.checks.lottery import terms_marks
from core.engine import check
from core.errors import RulePackError
from core.packs.bundle import collect
from core.packs.lint import lint
from core.paths import resource
from core.rule_view import _opinion_words as view_words
from core.rule_view import view
from core.rulepack import load_pack
from core.text import model as model_module
from core.text.model import ModelError, TermsModel, corpus_digest, load_model, said
from core.text.opinion import PARAM, SecondOpinion, Settings, reconsider, second_opinion, without_second_opinion
from core.text.rules import Hit
from tests.conftest import CONTRACT, bj

DATA = Path(__file__).resolve().parent.parent / "data"
AS_OF = bj("2024-06-01T12:00:00")
FEES, CONDITIONS = "ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions"


@pytest.fixture(scope="module")
def plan():
    data = json.loads((CONTRACT / "lottery.json").read_text(encoding="utf-8"))
    data["prizes"][0]["image_confirmed"] = True
    return data


def _terms(plan, text, pack=None):
    report = check("lottery", dict(plan, terms=text), AS_OF, pack)
    return [f for f in report.findings if f.path == "terms"]


# ---- the model: scikit-learn's char tf-idf and logistic regression, computed by hand ----

TOY = {"format": 1, "rules": ["r"], "intercepts": [-1.0], "ngram": [1, 2],
       "grams": ["运", "费", "运费", "免"], "idf": [1.0, 1.0, 2.0, 1.5], "weights": [[0.5, 0.5, 2.0, -3.0]]}


def test_the_model_reads_characters_as_the_trainer_counted_them():
    model = TermsModel(TOY)
    # 运 and 费 twice each, 运费 twice: sublinear tf 1 + ln 2, times idf, l2-normalised; the space is no feature
    expected = 1 / (1 + math.exp(-(-1.0 + (0.5 + 0.5 + 2.0 * 2.0) / math.sqrt(1 + 1 + 4))))
    assert model.probability("r", "运费 运费") == pytest.approx(expected)
    # folded as the trainer folded (Traditional, full width), whitespace runs read as one space
    assert model.probability("r", "運費\n\n  運費") == pytest.approx(expected)
    assert model.probability("r", "免运费") < model.probability("r", "运费")
    assert model.probability("r", "") == pytest.approx(1 / (1 + math.e))  # no feature: the intercept


def test_a_repeated_run_counts_less_than_twice():
    model = TermsModel(TOY)
    # 运 three times, 费 once, 运费 once: tf 1 + ln 3, 1, 1
    a, b, c = (1 + math.log(3)) * 1.0, 1.0, 2.0
    expected = 1 / (1 + math.exp(-(-1.0 + (0.5 * a + 0.5 * b + 2.0 * c) / math.sqrt(a * a + b * b + c * c))))
    assert model.probability("r", "运运运费") == pytest.approx(expected)


def test_the_model_names_the_runs_that_weighed_most_as_written():
    said = TermsModel(TOY).opinion("r", "免收運費哦")
    assert said.words == ("運費",)  # as written, not folded; 免 weighs against


@pytest.mark.parametrize("broken", [
    dict(TOY, format=2), dict(TOY, idf=[1.0]), dict(TOY, weights=[[1.0]]), dict(TOY, intercepts=[]),
])
def test_a_model_that_does_not_add_up_is_refused(broken):
    with pytest.raises(ModelError):
        TermsModel(broken)


def test_a_model_file_is_used_only_with_the_digest_the_rule_names(tmp_path):
    path = tmp_path / "m.json.gz"
    path.write_bytes(gzip.compress(json.dumps(TOY).encode("utf-8")))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert load_model(path, digest).rules == ("r",)
    with pytest.raises(ModelError, match="校验值"):
        load_model(path, "0" * 64)
    with pytest.raises(ModelError, match="文件缺失"):
        load_model(tmp_path / "missing.json.gz", digest)
    path.write_bytes(b"not gzip")
    with pytest.raises(ModelError, match="无法读取"):
        load_model(path, hashlib.sha256(b"not gzip").hexdigest())


# ---- reconsider: which findings stand, which sentences are added ----

SHARP = {"format": 1, "rules": ["r"], "intercepts": [0.0], "ngram": [1, 1],
         "grams": ["收", "免", "哦"], "idf": [1.0, 1.0, 1.0], "weights": [[12.0, -12.0, 0.0]]}


def _opinion(**kw):
    values = dict(drop_below=0.2, drop_named_below=0.1, warn_above=0.95, longest=300)
    values.update(kw)
    values.setdefault("keep_above", values["warn_above"])
    return SecondOpinion(TermsModel(SHARP), Settings(model="", sha256="", keep=(), **values))


def _hit(text, clause, inferred=False):
    return Hit(clause, (clause[:1],), text.index(clause), inferred)


def test_a_finding_the_model_finds_very_unlikely_is_dropped_and_a_likely_one_stands():
    text = "免运费哦。要收运费。"
    kept = reconsider(_opinion(), "r", text, [_hit(text, "免运费哦"), _hit(text, "要收运费")])
    assert [h.clause for h in kept] == ["要收运费"]


def test_a_named_finding_is_dropped_only_when_the_model_is_surest():
    text = "运费自理哦"  # no feature but 哦: p = 0.5
    sure = _opinion(drop_below=0.6, drop_named_below=0.4)
    assert reconsider(sure, "r", text, [_hit(text, "运费自理哦")]) != []
    assert reconsider(sure, "r", text, [_hit(text, "运费自理哦", inferred=True)]) == []


def test_a_sentence_the_model_finds_likely_is_a_guess_that_names_its_words():
    text = "奖品包邮。中奖的收一下，再发。"
    (guess,) = reconsider(_opinion(), "r", text, [])
    assert guess.guessed and guess.inferred
    assert guess.clause == "中奖的收一下，再发。" and text[guess.start:].startswith(guess.clause)
    assert guess.words == ("收",)


def test_a_guess_starts_where_its_sentence_does_after_blanks():
    text = "奖品包邮。\n   要收钱。"
    (guess,) = reconsider(_opinion(), "r", text, [])
    assert guess.clause == "要收钱。" and text[guess.start:guess.start + len(guess.clause)] == guess.clause


def test_a_named_finding_after_a_disclaimer_in_its_sentence_stands():
    # "免费包邮，无需支付任何费用，需关注满30天": the sentence reads compliant, the clause does not
    text = "免免免免，要收"
    hit = _hit(text, "要收")
    assert reconsider(_opinion(), "r", text, [hit]) == [hit]
    # a clause that does not read as very likely breaking it goes with its sentence
    assert reconsider(_opinion(), "r", "免免免免，哦", [_hit("免免免免，哦", "哦")]) == []
    assert reconsider(_opinion(keep_above=0.9999999), "r", text, [hit]) == []


def test_the_bar_that_keeps_a_finding_and_the_bar_that_adds_a_warning_act_apart():
    # "要收" reads p ≈ 0.99999: above both bars it is kept in a compliant sentence and warned alone
    text, lone = "免免免免，要收", "要收。"
    hit = _hit(text, "要收")
    assert reconsider(_opinion(keep_above=0.9999999, warn_above=0.95), "r", text, [hit]) == []
    assert [h.clause for h in reconsider(_opinion(keep_above=0.9999999, warn_above=0.95), "r", lone, [])] == [lone]
    assert reconsider(_opinion(keep_above=0.95, warn_above=0.9999999), "r", text, [hit]) == [hit]
    assert reconsider(_opinion(keep_above=0.95, warn_above=0.9999999), "r", lone, []) == []


def test_a_value_of_before_the_split_reads_as_it_did_and_a_wrong_key_is_named():
    old = dict(model="m", sha256="s", drop_below=0.6, drop_named_below=0.4, warn_above=0.998, longest=300, keep=[])
    settings = Settings.read(old)
    assert settings.keep_above == settings.warn_above == 0.998 and settings.shortest == 1
    assert "高于 99.8% 的照报" in view_words(old) and "不足" not in view_words(old)
    with pytest.raises(ValueError, match="不认识 keep_abve"):
        Settings.read(dict(old, keep_abve=0.999))
    with pytest.raises(ValueError, match="缺少 longest"):
        Settings.read({k: v for k, v in old.items() if k != "longest"})
    with pytest.raises(ValueError, match="shortest"):
        Settings.read(dict(old, longest=3, shortest=4))


def test_the_model_alone_flags_no_sentence_shorter_than_the_shortest():
    # "要收" is what a seller has typed so far: a fragment, not a sentence like those the model learned from
    assert reconsider(_opinion(shortest=3), "r", "要收", []) == []
    assert [h.clause for h in reconsider(_opinion(shortest=3), "r", "要收收", [])] == ["要收收"]
    assert [h.clause for h in reconsider(_opinion(shortest=3), "r", "要收！！", [])] == []  # marks are no letters


def test_the_model_alone_flags_no_question():
    assert [h.clause for h in reconsider(_opinion(), "r", "要收钱。", [])] == ["要收钱。"]
    assert reconsider(_opinion(), "r", "要收钱吗？", []) == []
    assert reconsider(_opinion(), "r", "要收钱吗？好的。", []) == []


def test_each_sentence_is_judged_by_itself_not_by_its_neighbours():
    # a scam warning after a sentence that charges: "…拍完就发。如有人说要交保证金，别信，免。"
    text = "收收收。说收，免免。"
    kept = reconsider(_opinion(), "r", text, [_hit(text, "说收，免免。")])
    assert [(h.clause, h.guessed) for h in kept] == [("收收收。", True)]
    # the clause alone reads as very likely breaking it (p > 0.95): it stays with its sentence
    assert len(reconsider(_opinion(), "r", "说收，免免。", [_hit("说收，免免。", "说收")])) == 1


def test_a_stretch_longer_than_the_model_knows_is_left_to_the_engine():
    text = "免" * 50 + "，要收运费"
    hit = _hit(text, "要收运费")
    assert reconsider(_opinion(longest=20), "r", text, [hit]) == [hit]
    assert reconsider(_opinion(longest=20), "r", "收" * 30, []) == []


# ---- what the seller reads, with the pack as shipped ----

def test_a_fee_the_words_missed_is_a_warning_that_says_why(plan, pack):
    # ("中奖的宝宝 客服发你链接 邮费那个拍一下 拍完就寄" until stop 43: p 0.997, under the warning bar of 0.998)
    text = "中奖的宝宝pay 8块邮费给客服就行"
    assert _terms(plan, text, without_second_opinion(pack)) == []  # the engine alone reads nothing
    (finding,) = _terms(plan, text)
    assert finding.rule == FEES and finding.severity == "warning"
    assert "读起来像要中奖用户付钱" in finding.message and "判断依据" in finding.message
    words = finding.message.split("判断依据：", 1)[1].split("）", 1)[0].split("、")
    assert words and all(w in text for w in words)
    assert "邮费" in words  # widened to the word it touches (the model weighed 费)
    (mark,) = terms_marks(text, pack, AS_OF)
    assert (mark.rule, mark.severity, text[mark.start:mark.end]) == (FEES, "warning", text)


def test_an_error_on_a_compliant_promise_is_dropped(plan, pack):
    text = "运费险我们给中奖的家人都买了，不用你们出"
    assert [f.severity for f in _terms(plan, text, without_second_opinion(pack))] == ["error"]
    assert _terms(plan, text) == []


@pytest.mark.parametrize("text, rules", [
    ("中奖的宝宝运费自理，拍下运费链接后发货", {FEES}),
    ("中奖需加入粉丝团满5级才能领奖", {CONDITIONS}),
    ("中奖后需在店铺任意下单一件商品，奖品随单发出", {CONDITIONS}),
    ("中奖包邮到家，不收任何费用，也不用加粉丝团", set()),
    # (a loss of stop 49's keep bar: the clause 需关注满30天 reads p 0.996, under 0.999; a finding kept for its clause alone
    # is one the sentence reads as compliant, and the blind pool found such findings more often wrong than right)
    ("免费包邮，无需支付任何费用，需关注满30天", set()),
    # what the model alone would flag, and the engine reads as a negation or a question
    ("不补运费。", set()),
    ("中奖包邮！不补运费！不用下单！", set()),
    ("免费送，不要到付，不要运费，真的0元", set()),
    ("中奖的宝宝要补运费吗\n不用", set()),
    ("问：需要加粉丝团才能领吗\n答：不需要", set()),
    ("问：中奖了要拍运费链接吗\n答：不用", set()),
    # ...but a negation elsewhere in the sentence does not silence it
    ("中奖的不要走啊，奖品我们送，但是快递你们得自己出一下。", {FEES}),
    # what the model cannot read is never dropped (keep): 不包邮 charges, 未下单的 names who
    ("本场奖品不包邮。", {FEES}),
    ("未下单需自付运费", {FEES, CONDITIONS}),
])
def test_plain_writing_reads_the_same_with_the_second_opinion(plan, text, rules):
    assert {f.rule for f in _terms(plan, text) if f.rule in (FEES, CONDITIONS)} == rules


# ---- the pack carries the model it names ----

def test_the_model_was_trained_on_the_dev_cases_as_they_are_and_on_no_held_out_case(pack):
    names = [line for line in (DATA / "lottery_terms_sets.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    cases = [c for name in names for c in tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"]]
    held_out = {c["text"] for c in cases if c["split"] != "dev"}
    # a dev case written word for word as a held-out case of another set is not trained on
    dev = [(c["text"], c["expect"]) for c in cases if c["split"] == "dev" and c["text"] not in held_out]
    # thirty-two dev cases are written as held-out ones of other sets (sets 79, 80, 89, 96, 97 and 133 as 74 and 94,
    # 30 as 49, 83 as 79, 92 as 75, 75 and 78 as 104, 120 as 95, 76 as 128, 123 as 76, 125 as 134, 141, 145 and 147
    # as 1, 139, 152 and 171 as 153, 146 and 173 as 154, 155 as 146, 160 as 99, 158, 161, 163 and 174 as 160, 143 and
    # 149 as 165, 159 as 172)
    assert sum(c["split"] == "dev" for c in cases) - len(dev) == 32
    for rule in (FEES, CONDITIONS):
        model = second_opinion(pack, pack[rule], AS_OF).model
        trained = model.meta["trained_on"]
        assert trained["split"] == "dev" and trained["cases"] == len(dev)
        # a changed corpus, or a held-out case among the training cases, changes the digest: train again
        # (pip install -e .[train]; python tools/train_terms_model.py) and put the new SHA-256 in the pack
        assert trained["digest"] == corpus_digest(dev)


def test_the_model_goes_into_a_pack_file_and_the_seller_never_reads_its_name(pack):
    assert "models/lottery_terms.json.gz" in collect(resource("rules"))
    shown = [p for p in view(pack[FEES], AS_OF).params if p.name == PARAM]
    assert shown and not shown[0].internal
    assert "models/" not in shown[0].text and "json" not in shown[0].text and "60%" in shown[0].text
    # each bar as written: 0.998 is not rounded up to a bar no sentence can pass
    assert "100%" not in shown[0].text
    settings = Settings.read(tomllib.loads("v = " + _shipped_value())["v"][0]["value"])
    for bar in (settings.warn_above, settings.keep_above):
        assert f"{bar * 100:.2f}".rstrip("0").rstrip(".") + "%" in shown[0].text


def _rules_copy(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(resource("rules"), folder)
    return folder


@pytest.mark.parametrize("damage", ["altered", "missing"])
def test_a_model_altered_or_missing_is_refused_by_lint_and_the_check_says_it_reads_words_alone(
        tmp_path, plan, damage):
    folder = _rules_copy(tmp_path)
    model = folder / "models" / "lottery_terms.json.gz"
    if damage == "altered":
        data = json.loads(gzip.decompress(model.read_bytes()))
        data["intercepts"][0] += 1  # a model that would read every sentence otherwise
        model.write_bytes(gzip.compress(json.dumps(data).encode("utf-8")))
    else:
        model.unlink()
    damaged = load_pack(folder)
    problems = lint(folder, damaged).errors
    assert any(PARAM in p and "lottery_terms.json.gz" in p for p in problems)
    findings = _terms(plan, "中奖需付邮费10元", damaged)  # no traceback, no dialog: the engine's findings
    assert [(f.rule, f.severity) for f in findings if "触发词" in f.message] == [(FEES, "error")]
    (said,) = [f for f in findings if "文案模型" in f.message]  # said once, for both rules
    assert said.severity == "warning" and "lottery_terms.json.gz" in said.message and "重新安装" in said.message
    assert "Errno" not in said.message and str(tmp_path) not in said.message and "ks.lottery" not in said.message
    assert _terms(plan, "。", damaged) == [] and _terms(plan, "   ", damaged) == []  # nothing to read


def _set_opinion(folder, rule_line, value):
    """Rewrite the second_opinion of the fee rule (the first in ks_lottery.toml)."""
    path = folder / "ks_lottery.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("params.second_opinion = ")
    end = text.index("\n", start)
    path.write_text(text[:start] + f"params.second_opinion = {value}" + text[end:], encoding="utf-8")


def _shipped_value():
    text = (resource("rules") / "ks_lottery.toml").read_text(encoding="utf-8")
    start = text.index("params.second_opinion = ") + len("params.second_opinion = ")
    return text[start:text.index("\n", start)]


@pytest.mark.parametrize("change, says", [
    (lambda v: v.replace("models/lottery_terms.json.gz", "models/lottery_terms.json"), "不会打进规则包"),
    (lambda v: v.replace("models/lottery_terms.json.gz", "../rules/models/lottery_terms.json.gz"), "相对路径"),
    (lambda v: v.replace("drop_below = 0.6", "drop_below = 2"), "drop_below"),
    (lambda v: v.replace(", longest = 300", ""), "longest"),
    (lambda v: v.replace("longest = 300", "longest = true"), "longest"),
    (lambda v: v.replace("warn_above = 0.94", "warn_above = 0.15"), "warn_above"),
    (lambda v: v.replace("keep_above = 0.9998", "keep_above = 0.15"), "keep_above"),
    (lambda v: v.replace("keep_above = 0.9998", "keep_above = true"), "keep_above"),
    (lambda v: v.replace("keep_above = 0.9998", "keep_above = 1.5"), "keep_above"),
    (lambda v: v.replace("shortest = 4", "shortest = 0"), "shortest"),
    (lambda v: v.replace("shortest = 4", "shortest = 4.5"), "shortest"),
    (lambda v: v.replace('keep = ["unfree", "wont_pay"]', 'keep = ["nonesuch"]'), "nonesuch"),
    (lambda v: v.replace('keep = ["unfree", "wont_pay"]', 'keep = ["unfree", "wont_pay"], extra = 1'), "这几项"),
])
def test_lint_refuses_a_second_opinion_a_pack_could_not_use(tmp_path, change, says):
    folder = _rules_copy(tmp_path)
    if "json\"" in change('"models/lottery_terms.json.gz"'):
        shutil.copy(folder / "models" / "lottery_terms.json.gz", folder / "models" / "lottery_terms.json")
    _set_opinion(folder, "", change(_shipped_value()))
    problems = lint(folder).errors
    assert any(PARAM in p and says in p for p in problems), problems


def test_lint_refuses_a_model_without_the_rule(tmp_path):
    folder = _rules_copy(tmp_path)
    other = folder / "models" / "other.json.gz"
    other.write_bytes(gzip.compress(json.dumps(TOY).encode("utf-8")))
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    value = _shipped_value()
    value = value.replace("models/lottery_terms.json.gz", "models/other.json.gz")
    value = value[:value.index('sha256 = "') + 10] + digest + value[value.index('sha256 = "') + 74:]
    _set_opinion(folder, "", value)
    assert any("没有这条规则" in p for p in lint(folder).errors)


def test_an_empty_second_opinion_turns_it_off_and_the_browser_says_so(tmp_path, plan):
    folder = _rules_copy(tmp_path)
    _set_opinion(folder, "", "[{ since = 2023-05-19, value = {} }]")
    assert not any(PARAM in p for p in lint(folder).errors)
    off = load_pack(folder)
    shown = [p for p in view(off[FEES], AS_OF).params if p.name == PARAM]
    assert shown[0].text == "不用"
    assert _terms(plan, "中奖了客服会发你一个链接 拍一下 运费那个 拍完就发", off) == []


def test_the_words_named_are_each_said_once_without_punctuation():
    assert said(["运费", "，", "运费", "费"]) == ("运费",)
    assert said(["费", "！"]) == ("费",)  # one character when there is nothing longer
    assert said(["。", "，"]) == ()


def test_a_pack_names_files_inside_its_folder_only(pack):
    for name in ("../x.json.gz", "/etc/x", "models\\x.json.gz", "c:x", "models//x", ""):
        with pytest.raises(RulePackError, match="相对路径"):
            pack.file(name)
    assert pack.file("models/lottery_terms.json.gz").is_file()


def test_at_most_a_few_models_are_kept_the_newest_last(tmp_path, monkeypatch):
    monkeypatch.setattr(model_module, "_MODELS", {})
    paths = []
    for i in range(5):
        path = tmp_path / f"m{i}.json.gz"
        path.write_bytes(gzip.compress(json.dumps(dict(TOY, intercepts=[float(i)])).encode("utf-8")))
        paths.append((path, hashlib.sha256(path.read_bytes()).hexdigest()))
    first = load_model(*paths[0])
    for path in paths[1:3]:
        load_model(*path)
    assert load_model(*paths[0]) is first  # asked again: kept, and now the newest
    load_model(*paths[3])
    assert len(model_module._MODELS) == 3 and str(paths[1][0]) not in {k[0] for k in model_module._MODELS}
    assert load_model(*paths[0]) is first
