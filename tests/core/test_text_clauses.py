"""Clauses with a price aside read in them (a rule's `inline_aside`), as properties over generated texts: the
aside reads as if it had no brackets, the clause around it spans its closing bracket, and a text with no such
aside is cut exactly as the rules without the parameter cut it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.text import scanner
from core.text.rules import _kept_brackets, clause_spans, clauses
from tests.conftest import bj

AS_OF = bj("2024-06-01T12:00")
# Chinese words, clause and sentence marks, emoji, digits and an aside that is not a price: no space, whose
# cutting depends on its neighbours, and no bracket but the asides placed below
PLAIN = st.text(alphabet=list("中奖的宝子开通会员才能领取运费邮包粉丝团，。！？、：🎉👍0123456789元块"), max_size=40)
PRICES = st.sampled_from(["9.9元/月", "9.9/月", "19.9元一个月", "１９.９元／月", "1快币", "10个快币", "约6元/年"])
OTHER = st.sampled_from(["别家都收10块", "偏远地区", "9.9元", "限粉丝"])


def fee_asides(pack):
    return scanner(pack, "ks.lottery.no_extra_fees", AS_OF).spec.inline_aside


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=PLAIN, price=PRICES, after=PLAIN, bracket=st.sampled_from(["（）", "()", "【】"]))
def test_a_price_aside_reads_as_if_it_had_no_brackets(pack, before, price, after, bracket):
    inline = fee_asides(pack)
    text = f"{before}{bracket[0]}{price}{bracket[1]}{after}"
    assert _kept_brackets(text, inline) == {len(before), len(before) + len(price) + 1}
    unbracketed = before + price + after
    assert [c for _, c in clauses(text, inline)] == [c for _, c in clauses(unbracketed)]
    # the clause that holds the aside runs to its closing bracket, as written
    close = len(before) + len(price) + 1
    holding = [text[a:b] for a, b in clause_spans(text, inline) if a <= close < b]
    assert len(holding) == 1 and f"{bracket[0]}{price}{bracket[1]}" in holding[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=PLAIN, aside=OTHER, after=PLAIN)
def test_a_text_with_no_price_aside_is_cut_as_without_the_parameter(pack, before, aside, after):
    inline = fee_asides(pack)
    text = f"{before}（{aside}）{after}"
    assert not _kept_brackets(text, inline)
    assert clauses(text, inline) == clauses(text)
    assert clause_spans(text, inline) == clause_spans(text)
    # the aside is a clause of its own, and the clause around it is read without it
    assert aside in [c for _, c in clauses(text, inline)]
