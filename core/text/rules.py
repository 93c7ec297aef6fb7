"""The rule-text engine: which clauses of a free text break a rule, and the words that show it.

A rule's text spec is data in the rule pack (the rule's dated parameters, resolved as of the plan's
moment):

- `<name>_words`: a word class. An entry is a word or phrase ("邮费", "由商家承担"), "X*" for any
  word starting with X, "*X" for any word ending in X, "re:…" for a word matching a regular
  expression, and "!X" for a word or phrase that is not in the class even though another entry
  would take it ("!免费" against "*费", "!最多" against "最*"). Words are jieba's words, after
  folding (full-width, case, Traditional characters): "运费" is not found inside "运费险".
- `patterns`: further classes made of sequences, [{tag, seq}]: seq names classes separated by
  spaces, "~" allowing any words between ("seller ~ pay": 由我们来出), a leading "^" holding the
  sequence to the first word of the clause and a trailing "$" to its last ("^ this dare_not $":
  这个不敢说, not 哪天到这个不敢说 nor 这个不敢说是第一); a gap right before the "$" lets that many words follow the
  span to the clause's end, none of them of its "!" class, and the span ends where its last class does ("best advice
  ~7!de $": 最好一周内用完, not 最好在家用的冲牙器).
  Patterns are applied in order, so a later one may use an earlier one's tag.
- `concept`: the classes that make the concept (a fee, a condition, an absolute claim).
- `role`: the classes that give the concept its role in the clause (the winner pays, a winner must
  do something); empty when the concept alone is the finding.
- `cancel`: negations and exemptions (无需、不收、包邮、由商家承担): a clause part that has one is not
  a finding…
- `flip`: …unless it also has one of these (不付邮费不发货: the negation imposes, it does not free).
- `breaks`: words that end the scope of a negation inside a clause (但、但是、不过).
- `scope_end`: words that close a negation in a description of people ("没买过的宝宝要补邮费": the
  没 is about who, 的宝宝 ends it): a negation covers the concepts of its own stretch only…
- `govern`: …except these, which govern a demand and reach to the end of their part, past who they
  name ("不需要中奖的宝宝下单", "我们不会要求中奖的宝宝好评").
- `open`: demands that are a finding without a concept word (才能领、不…的不发、中奖后还得…): a
  clause part with one is a finding when it also has a content word that no `neutral` class
  covers (the allowed steps, people, times, the prize), and its sentence has a `context` word (中奖、
  领奖、奖品…) or the demand itself. This reads the conditions no word list foresaw ("把昵称改成…",
  "答对了才能领") by what the rule allows instead of by what it forbids.
- `elsewhere`: classes that belong to another rule (a fee, a postage link, a promise of when the
  shop sends): a part with one makes no open demand, and a concept inside one is not this rule's
  ("拍下1元邮费链接", "转到客服微信", "下单后48小时内发货").
- `thing`: spans of a thing or the seller and a demand on it ("奖品要走冷链", "生鲜奖品需冷链配送",
  "发出前我们会拍照留底"): an open demand inside one, or after one (…才寄出), is asked of the thing,
  not of the winner, unless a `person` is named with it ("奖品需中奖者到店自取"); a named concept
  still counts ("奖品需好评后才发").
- `topic`: role classes that complete a topic, a part that names a concept and says nothing of it,
  just before them ("邮费？中奖的宝宝自己出", "运费还得自己出", "按重量计费，由中奖人补"): the part
  reads the topic's concept as its own.
- `suffice`: demands that say what comes before them is enough (即可、就行): a clause with one is
  whole, not the second half of the clause before it ("史上最大力度抽奖，中奖者填写地址即可"), unless
  the two read together name a condition ("收到货后五星好评带三张图，就行").
- `overrule`: reassurances that answer a threat in their part ("不给也没关系", "不好评也照样发"): the
  flip does not hold, and the cancels do.
- `disclaim`: words that make a clause a warning against what it describes ("有人私信说要交保证金
  才能领奖", "有人冒充主播说要交手续费"): no finding in that clause.
- `turn`: classes (patterns) that open another party's turn: a clause whose first words are one, with a
  colon right after it ("买家：你们家是我用过最好的", "买家评论：…"), is no finding; not one that opens
  later in its clause ("各位买家：…"), nor one with a later colon in it ("买家：是最低价吗主播：是全网最低",
  and a time, 20:00, as well). With `affirm`, when the turn's clause asks (a question mark after it, or
  吗, 吧, 呢, 么 or 嘛 last in it), a yes as the whole of the next clause makes the turn's words said ("买家：是全网
  最低吗？主播：那当然", "买家：是全网最低吗，是的宝宝"; not the buyer's own "…最好的水龙头，没错").
- `asking`, `asking_void`, `answer_no` and `answer_no_void`: classes (patterns) by which a clause asks whether its
  claim holds ("有人问是不是全网最低", "弹幕：主播这个是全网最低吗"), every concept word of the clause inside one: no finding
  when the question ends the text, or when the clause right after it (after a mark or a space, no other words) is a
  bare no or hedge (an `answer_no` pattern over the whole clause: 不是哈, 这个我不敢保证哈) that asks nothing and the
  clause after that does not open with an `answer_no_void` word (但, 其实: "不敢说，但别家肯定没这个价"); not when the
  question has an `asking_void` word (难道, 不是, 当然: a question that asserts, or its yes in it), nor an answer in
  other words ("…？我只能说，全网你找不到第二家", "…？不，这是亏本价").
- `report` and `reporting`: a clause that opens with a `reporting` word (说, 让你, 要你) right after
  a comma that ends a clause with a `report` word (an impostor: 有人冒充店铺客服) goes on with what the
  impostor says, a warning as that clause is ("有人冒充店铺客服，让中奖的交10元工本费，大家别信"; not
  "骗子太多了，让中奖的宝宝都来拍1元补邮链接"), unless that clause has a `guard` word: the shop's own
  precaution ("防止有人冒充客服，让中奖的宝宝统一拍5元邮费链接").
- `frees_after`, `frees_after_void`, `frees_after_undo` and `frees_after_not`: exemptions that follow
  what they free in a clause ("运费15块我们出", "邮费0元", "运费都免费"; a negation comes before), words
  that void such an exemption when they stand before it ("不是我们出", "拍1元链接后包邮", "自理…奖品0元"),
  words that undo it when they follow it ("我们出一半", "我们出10块", "包邮不了"), and words that make
  it none ("我们统一收": the shop collects): read by the second opinion (opinion.py), which flags no
  sentence whose weightiest runs are each freed so. `frees_next` and `frees_next_void`: the
  exemptions by which the scan drops a finding whose next clause, after a comma, frees it so
  ("费用8元，这个我们店里出"; the second opinion then does not warn of it either), and the words that,
  in that clause or after it in the sentence, keep it from freeing ("包装费8元，运费我们来出": another
  fee; "以前是我们出": the past; "我们来出，偏远地区除外").
- `prices` and `priced`: classes (patterns) by which a clause that only prices something, after a
  comma, completes the clause before it that asks the winner for that thing: "奖品发货需开通店铺会员，
  会员19.9一个月" is read as one (a `prices` tag in the second, a `priced` tag in the first, no
  cancel in the second, "会员9.9元/月由店铺代付", and the first no question, "…开通店铺会员吗，…"), as a
  clause that only threatens or completes a topic is.
- `upgrade`, `free_default` and `upgrade_void`: classes (patterns) by which a clause charges for
  something better the winner may choose (想要顺丰的, 想加急的, 可以自费升级), by which a sentence says
  what is sent when the winner chooses nothing (默认…免费, 不补就发…, 都包邮), and by which it voids
  that (小样: the default is a sample and the prize is what is paid for; 只限老粉, 不补不发, 默认到付): a
  clause with an `upgrade` in a sentence with a `free_default` and no `upgrade_void` is a paid
  upgrade, no finding ("默认中通免费，想要顺丰的自己补差价就行"; not "奖品免费，想要的宝宝补5元运费",
  which says nothing of a default); so is a clause that names an `upgrade_option` (what may be
  chosen: 顺丰, 加急, 换…) and no `upgrade_payer` (the winner, a person, the prize) in a sentence with an
  `upgrade` ("可选加急发货，加急费5元，不选照样免费发", "加急要另付20元，默认免费发，想加急的自己选"; not
  "想换颜色的可以备注，另外中奖的统一补3元包装费，默认包邮").
- `loser`: words for who did not win (没中奖, 未中奖): read by the second opinion (opinion.py), which
  flags no sentence whose weightiest runs each follow one in their clause ("没中奖的宝宝拍下9.9元链接就
  包邮"); the engine reads them as any other words.
- `anaphor`: words that point back ("拍了", "拍一下"): after an `antecedent` earlier in the
  sentence (a named fee, a paid link), such a concept is that rule's ("拍下1元邮费链接，拍了才发货").
- `near`: a demand that asks before what it wants (需、请、要, not 才能领 or 不…不发) is an open
  demand only when its clause names one of these: the winner, a person, the claim or the sending
  ("中奖者需在直播间停留20分钟"; not "含小零件请家长看护", "记得准时来").
- `whole`: classes that make a threat or demand clause whole, about its own step, so that it is not
  read with the clause before ("不需要粉丝团，72小时内未填地址视为放弃").
- `typed`: words after which a quoted text is a literal to type (扣“要”, 口令是「快手好物」): the
  quote's demands and negations are not the seller's; an emphasis (中奖的宝宝“无需”付邮费) is.
- `optional`: words that make a list item an offer, not a step ("②分享直播间给好友可以增加人气").
- `antecedent`: what a pointing word (`anaphor`) may point back to: a named fee, a postage link.
- `carry`: words that open a clause adding to the demand of the clause before ("…，并且给个好评",
  "…，然后给我们晒个图"): a clause that opens with one and names a concept is read with the one before,
  unless that one has an `unshared` word (a negation that governs a demand: "中奖不需要下单，再加个粉丝团
  就能领" asks for the fan group).
- `affirm`: classes that take a whole clause answering a question put just before it with yes
  ("中奖要付邮费吗？要的，统一8块", "Q：要进群吗？A：需要的"), or after a comma when no question mark
  ended it ("有人问中奖要不要自己出运费，答案是要的"): the question and its yes are read as said, a
  finding when the question said would name what it asks (not an open demand alone: "是不是中奖了就能
  领？是的"; not when it tells what someone else said, but for `affirm_told`)…
- `affirm_void`: …and when neither the question nor the yes and the two clauses after it in its
  sentence has a word of these: one that asks the shop (运费你们出吗？对), an exemption, a but or a
  let-go after the yes ("要的，我们商家来付", "要的，不过不加也照样发").
- `affirm_told` and `affirm_told_void`: …also when the question is told (`disclaim` classes of the
  first: "听说要付运费？对的，12块"; a told demand with a question mark asks), unless the question, the
  yes or the two clauses after it has a word of the second (a warning, another shop, a withdrawal:
  "听说要付运费？是的，谨防上当").
- `deny`: words that answer a question put just before them with no ("快递到付？不存在的", "要先
  下单？没有的事"): the question is no finding.
- `deny_alone` and `deny_void`: classes that take a whole clause answering a question put just
  before it with a bare no ("中奖需支付邮费？不需要！", "要付服务费？不用的，全部免费"): the question is no
  finding, unless the rest of the answer's sentence has a word of `deny_void` that no cancel frees
  ("要拍5元补邮链接？不用哦，拍3元的就行": the answer asks for another sum; "？不需要，邮费我们出" denies).
- `sale`: words that make a sentence about a sale or a return (买东西、卖的、退货、尾款): with no
  `context` word (中奖、奖品…) in it, its fees and orders are the buyer's, not the winner's.
- `mention`: words that make a clause talk about words (这类词, 这种话, 别说, 喊, 口误): a quote in
  it only mentions what it quotes ("别家天天喊「全网最低」"), nothing in the quote counts.
- `reply`: words that open the shop's answer to what someone said (那就、那得): a clause with one
  is not a warning, whatever it reports ("有宝宝说要发顺丰那就自己补10元差价").
- `received`: words that place a part after the prize is received (收到后, 签收时, 破损): an open demand
  there is care or after-sales ("收到后请先充满电再配对使用", "破损请拍照联系客服"), not a condition,
  unless the part waits on it (才算领奖, a threat); a named condition still counts ("收到后给个好评").
- `answer`: words that open an answer (答, A, 回复) before a colon: the clause is not read with the
  question before it ("问：我是新号能参加吗？答：可以，关注+扣口令就行").
- `choice`: words by which a part asks the winner to choose or tell what suits them (还是, 是否, 想要,
  口味, 尺码): an open demand there asks a preference, not a condition ("备注一下要大果还是小果",
  "发客服机型就行"); a named condition still counts ("想要的话先加粉丝团").
- `unrelated`: words by which a clause says what it describes has nothing to do with claiming the
  prize ("跟领奖无关"): no finding in it or in the two clauses before it in its sentence.
- `unrelated_next`: classes (patterns) by which a clause takes back the one right before it, after a
  comma or a space, and no other ("全网最低价，这个我们不敢说哈"; not "全网最低价，能不能今天到，这个不敢说"),
  unless it asks ("全网最低价，这个我们不敢说？").
- `retract`, `retract_void`, `retract_said` and `retract_bridge`: a quote right after a word of saying or
  writing (a `retract_said` word: 说, 说的, 写成; 了, 的 or 过 between) and right before a take-back (a `retract`
  word: 口误, 说错, 收回, 已撤回; at most two `retract_bridge` words between: 是, 已经, 说) only mentions what it quotes
  ("字幕写“全网最低”是误写", "主播口播说的“全网第一”已撤回"); not a quote with a figure in it (the figure was wrong:
  "字幕写的“全网最低价99元”写错了"), nor when the clause has a `retract_void` word out of quotes (a negation, doubt or
  guarantee: "说的“全网最低”没说错", "说的“第一”说错了包赔") or asks. A take-back of something else in the clause or
  in another clause, or a claim out of quotes, does not reach it ("字幕写“全网第一”那一行把日期打错了").
- `unrelated_told`, `teller` and `told_caveat`: classes (patterns) by which a clause takes back the one right before it, as
  `unrelated_next`, only when that one opens with what someone else says (a `teller` class: 有人说, 隔壁直播间说, 听说),
  and not
  when the clause after it opens with a `told_caveat` (但, 不过): "有人说我们是“唯一授权店”，我们没这么说过"; not "这个价真的是全网
  最低，我从来没这么说过", "…，我们没这么说过，但确实是".
- `caveat`: classes (patterns) that open a clause taking back the one before it with a threat (就是不发货,
  但是排在最后): an `unrelated` clause followed by one does not clear the finding ("中奖后加粉丝团，不加也没事，
  就是不发货"; not "不加也没关系，就是这么宠粉").
- `withdrawn` and `past`: words by which a clause says a demand was withdrawn or said by mistake
  (已取消, 已作废, 笔误), and words that put a demand in the past or in what was said (以前, 原, 刚才说):
  no finding in a clause with a `past` word when it, or one of the two clauses after it in its
  sentence, has a `withdrawn` word ("以前要求粉丝等级3级以上，被吐槽了，现在已经取消"); a demand made
  now stays, whatever else was withdrawn ("中奖的记得拍5元补邮链接，之前的免邮福利已取消"). A clause
  with a `withdrawn` word is not read with the clause after it.
- `contrast`: concept classes (patterns) that open with a negation describing who, then say what
  those people get or pay ("没加团的邮费到付", "没下过单的中奖宝宝排到下周发"): that negation is part of
  the concept, not a cancel of it; any other negation in its stretch still cancels it.
- `step_tags`: jieba parts of speech (v) that start a step: in a list of two or more items ("1. 关注主播
  2. 加入粉丝团", "①…②…"), an item that starts with one, or with a concept, asks for its concept
  with no demand word (a warning, as an open demand is).
- `how` and `doing`: classes by which a question asks how to claim the prize (怎么领, 要做什么), and
  what the winner does (拍一件, 点亮灯牌): a clause of the sentence that answers it, after who answers
  ("答：", "客服：") and a carry word (然后), is a step when it reads as a list item does (`step_tags`)
  or opens with a concept of a `doing` class ("问：中奖了怎么领？答：拍一件9.9的袜子"; "中奖了怎么领？
  填个地址就行" asks nothing, "答：会员中心直接领" names a place).
- `story`, `ours` and `speaker`: classes (patterns) that tell a tale of another shop (what was won
  there, or when: "在别家中了童装", "之前在别的直播间"), words that name ours or now (我们, 咱家, 这边,
  今晚), and who opens a turn (客服, 答 before a colon): after a `story` clause, the clauses of its
  sentence tell what that shop did, not what is asked here ("之前在别的直播间中了个奖，结果要补20块
  邮费"), until one names ours ("…，我们只收5块" charges) or another speaker answers ("客服：押金30元");
  an aside tells no tale of the clause around it, and a comparison tells none ("别家收十块，中奖的补五块").
- `question`: question words: a clause with one, followed by a question mark or ending with it,
  asks and does not demand ("要给好评才发吗？", "Q：退货运费谁出？", "有宝宝问到付吗，不是到付"); it
  may still be the first half of a threat after it, but nothing before it is read past it. A question
  told (a `question` pattern over two words or more: "有人问中奖要不要补运费") asks wherever it ends.

The text is cut into clauses at punctuation, emoji, circled numbers, line breaks and a space between
two words of which one is Chinese (、 and ： do not cut: "邮费、税费均由本店承担", "运费：商家承担"; nor
does a space inside spaced-out characters, "邮 费 全 免"). A bracketed aside is a clause of its own and
the clause around it is read without it ("中奖的宝宝（别家都收10块）只需补5块运费"), unless the rule's
`inline_aside` expressions match the whole aside: then it is read in its clause without its brackets
(a price: "开通店铺会员（9.9元/月）才能领", "加入粉丝团（1快币）"); a bracket never closed is only a cut.
Clauses are cut into parts at the `breaks` words, parts into words by jieba. A
part is a finding when it has a concept and a role (or a flip), and no cancel that is not flipped. A
clause that only threatens (a flip and no concept: "中了也不发"), or only completes a topic, after a
comma, a space or a question mark is read together with the clause before it ("亲密度不够10的，中了也
不发", "没当够一个月粉丝就想领奖？那可不行"). A finding quotes its clause as written and names the
words that triggered it ("付…邮费10元" where an aside stands between them).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import RulePackError
from .caches import CLAUSE_CHARS, TEXT_CHARS, WORD_CHARS, SizedCache
from .fold import Folded, simplified
from .fold import fold as _fold_uncached
from .segment import Segmenter, tagged

WORDS_SUFFIX = "_words"
ROLES = ("concept", "role", "cancel", "flip", "breaks", "scope_end", "open", "open_before", "neutral", "context",
         "elsewhere", "thing", "person", "suffice", "topic", "disclaim",
         "overrule", "question", "govern", "deny", "sale", "carry", "whole", "near", "anaphor", "antecedent", "typed", "optional", "contrast", "mention", "reply", "absorb", "frees", "received", "unrelated", "withdrawn", "past", "choice", "answer", "caveat", "affirm", "affirm_void", "affirm_told", "affirm_told_void", "report", "reporting", "guard", "frees_after", "frees_after_void", "frees_after_undo", "frees_after_not", "frees_next", "frees_next_void", "prices", "priced", "upgrade", "free_default", "upgrade_void", "upgrade_option", "upgrade_payer", "unshared", "deny_alone", "deny_void", "loser", "how", "doing", "describes", "story", "ours", "speaker", "turn", "asking", "asking_void", "answer_no", "answer_no_void", "unrelated_next",
         "retract", "retract_void", "retract_said", "retract_bridge", "unrelated_told", "teller", "told_caveat")
# A content word for an open demand: two or more letters of any script, not only digits.
_CONTENT = re.compile(r"^(?=.*[^\W\d_])\w{2,}$")
GAP = "~"
ANCHOR = "^"  # a pattern's first step: the sequence opens the clause
END = "$"  # a pattern's last step: the sequence closes the clause
# Frequency given to the spec's words so that jieba keeps them whole, even against a common word
# across them ("30天下单" is 天 + 下单, not 天下 + 单; jieba's own: 天下 ~ 6,000, 的 ~ 300,000).
KEEP_WHOLE_FREQ = 20000
# Longest phrase, in characters, that is looked up across jieba's words ("由中奖者自行承担").
_MAX_PHRASE_CHARS = 12
# Clause marks: sentence and clause punctuation and line breaks (brackets make asides, see _pieces).
# Quotation marks do not cut: 评论区打出“已下单”才算数 is one clause.
_CLAUSE_MARKS = frozenset("。，,.！!？?；;\n\r…|~～")
# Emoji and pictographs (So), circled and other enumerating numbers (No: ①②③) cut too, except the
# few that stand for a word ("交5💰登记费"); so does a space next to a Chinese word, as fast typists
# use it for a comma ("顺丰到付 不接受的放弃").
_CUT_CATEGORIES = frozenset({"So", "No"})
_KEEP = frozenset("💰💴💵")
_SPACES = frozenset(" \u3000")
_OPEN_BRACKETS = frozenset("（(【[")
_OPEN_BRACKET = re.compile("[（(【\\[]")
_CLOSE_BRACKETS = frozenset("）)】]")
_INLINE_CHARS = 16  # the longest bracketed aside that may be read in its clause (see _pieces, Spec.inline_aside)
_POINTS = frozenset(".,")  # between two digits: 9.9元, 1,000
# What may stand between a clause and a threat that completes it (see Scanner._scan): a comma, a
# space or a question mark ("没当够一个月粉丝就想领奖？那可不行", "邮费？中奖的宝宝自己出").
_JOINING = "，, \u3000？?"
_COLONS = frozenset("：:")
# An A-not-A question on a modal or existential verb (能不能领奖, 要不要下单, 有没有门槛), with words after
# it: not a tag after a demand ("补5元邮费好不好？", "要加粉丝团才能领懂不懂？", "…是不是？").
_A_NOT_A = re.compile(r"([能要可需用有是会])[不没]\1(?=[\u4e00-\u9fffA-Za-z0-9])")  # (可不可以, 需不需要 too)
# "中奖的话要不要拍个运费链接啊": whether one must, ending on a particle that asks, asks without a question
# mark too; not "要不要都得补5元" (whether or not: 都/也 after it), "要不要补邮费，要的" (no particle), nor
# 能不能 or 是不是, which also say "whether or not" ("能不能领看粉丝等级")
_MUST_OR_NOT = re.compile(r"([要需用])不\1(?=[\u4e00-\u9fffA-Za-z0-9])(?!.*[都也]).*[啊呀呢嘛]$")
_COMMAS = frozenset("，,")
_QUESTION_MARKS = frozenset("？?")
_MAX_MARKS = 3  # "？？？": more between a question and its answer is no mark of one
_ASKING_ENDS = ("吗", "吧", "呢", "么", "嘛")  # a turn that asks without a question mark ("买家：是全网最低吗，是的宝宝")
# a quoted span in a clause, marks and all (a take-back's negation is looked for outside it)
_QUOTED_SPAN = re.compile("[「“‘『\"][^「“‘『」”’』\"]*[」”’』\"]")
_QUOTE_OPEN = frozenset("「“‘『\"")
_QUOTE_CLOSE = frozenset("」”’』\"")
# A two-character word made of a negation and a spec word is taken apart when jieba's frequency for
# it is below this (没填 3, 没下 3; the words 不单 217, 没收 892 and 别的 4354 stay whole).
GLUED_MAX_FREQ = 100
# How many clauses before a threat or demand may be read with it (see Scanner._scan).
MAX_JOINED = 3
# A clause is folded once, however many times a scan asks for it (a keystroke re-reads every clause).
fold = SizedCache(_fold_uncached, 8192, CLAUSE_CHARS)
# An item mark of a list ("1.", "2、", "三、", "①"), not a decimal point (9.9元).
_ITEM_MARK = re.compile(r"(?<![0-9.])[0-9]{1,2}[.、．)）](?![0-9])|(?:^|(?<=[\s。；;，,：:]))[一二三四五六七八九十][、.．)）]"
                        r"|[\u2460-\u2473\u2776-\u277f]")
_NEXT_ITEM = re.compile(r"\s*[0-9]{1,2}$")
# What ends a sentence, for an open demand's context (see Spec.context).
_SENTENCE_MARKS = "。！!？?；;\n"


class SpecError(RulePackError):
    """A text spec in the rule pack is malformed; the message names the rule and the parameter (a rule pack error,
    so that `pack lint` and the app say it in plain words)."""


@dataclass(frozen=True)
class WordClass:
    name: str
    phrases: frozenset[str]
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    regexes: tuple[re.Pattern[str], ...] = ()
    excluded: frozenset[str] = frozenset()

    def takes_word(self, word: str) -> bool:
        """Whether one jieba word is in the class by a prefix, suffix or regular expression entry."""
        if word in self.excluded:
            return False
        return (any(word.startswith(p) and len(word) > len(p) for p in self.prefixes)
                or any(word.endswith(s) and len(word) > len(s) for s in self.suffixes)
                or any(r.search(word) for r in self.regexes))


@dataclass(frozen=True)
class Pattern:
    tag: str
    seq: tuple[str, ...]

    @property
    def anchored(self) -> bool:
        """Whether the sequence must open the clause (a leading "^")."""
        return self.seq[0] == ANCHOR

    @property
    def closed(self) -> bool:
        """Whether the sequence must close the clause (a trailing "$"; with a gap before it, within that gap)."""
        return self.seq[-1] == END

    @property
    def first(self) -> str:
        return self.seq[1] if self.anchored else self.seq[0]

    @property
    def tail(self) -> tuple[int, str] | None:
        """A gap right before the trailing "$": how many words may follow the span to the clause's end, and the
        class none of them may start; None without one."""
        return _gap(self.seq[-2]) if self.closed and len(self.seq) > 2 else None

    @property
    def steps(self) -> tuple[tuple[str, int, str], ...]:
        """The classes after the first, each with how many words may stand before it and the class
        none of those words may start ("" for any)."""
        out: list[tuple[str, int, str]] = []
        gap, without = 0, ""
        for step in self.seq[2 if self.anchored else 1:len(self.seq) - self.closed]:
            parsed = _gap(step)
            if parsed:
                gap, without = parsed
            else:
                out.append((step, gap, without))
                gap, without = 0, ""
        return tuple(out)


@dataclass(frozen=True)
class Spec:
    """One rule's text spec (see the module doc)."""

    rule: str
    classes: Mapping[str, WordClass]
    patterns: tuple[Pattern, ...]
    concept: tuple[str, ...]
    role: tuple[str, ...] = ()
    cancel: tuple[str, ...] = ()
    flip: tuple[str, ...] = ()
    breaks: tuple[str, ...] = ()
    scope_end: tuple[str, ...] = ()
    open: tuple[str, ...] = ()
    open_before: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    elsewhere: tuple[str, ...] = ()
    thing: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    suffice: tuple[str, ...] = ()
    overrule: tuple[str, ...] = ()
    question: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    disclaim: tuple[str, ...] = ()
    govern: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    sale: tuple[str, ...] = ()
    carry: tuple[str, ...] = ()
    whole: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    anaphor: tuple[str, ...] = ()
    antecedent: tuple[str, ...] = ()
    typed: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    contrast: tuple[str, ...] = ()
    mention: tuple[str, ...] = ()
    reply: tuple[str, ...] = ()
    absorb: tuple[str, ...] = ()
    frees: tuple[str, ...] = ()
    received: tuple[str, ...] = ()
    unrelated: tuple[str, ...] = ()
    unrelated_next: tuple[str, ...] = ()
    retract: tuple[str, ...] = ()
    retract_void: tuple[str, ...] = ()
    retract_said: tuple[str, ...] = ()
    retract_bridge: tuple[str, ...] = ()
    unrelated_told: tuple[str, ...] = ()
    teller: tuple[str, ...] = ()
    told_caveat: tuple[str, ...] = ()
    withdrawn: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    choice: tuple[str, ...] = ()
    answer: tuple[str, ...] = ()
    caveat: tuple[str, ...] = ()
    affirm: tuple[str, ...] = ()
    affirm_void: tuple[str, ...] = ()
    affirm_told: tuple[str, ...] = ()
    affirm_told_void: tuple[str, ...] = ()
    report: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    guard: tuple[str, ...] = ()
    frees_after: tuple[str, ...] = ()
    frees_after_void: tuple[str, ...] = ()
    frees_after_undo: tuple[str, ...] = ()
    frees_after_not: tuple[str, ...] = ()
    frees_next: tuple[str, ...] = ()
    frees_next_void: tuple[str, ...] = ()
    prices: tuple[str, ...] = ()
    priced: tuple[str, ...] = ()
    upgrade: tuple[str, ...] = ()
    free_default: tuple[str, ...] = ()
    upgrade_void: tuple[str, ...] = ()
    upgrade_option: tuple[str, ...] = ()
    upgrade_payer: tuple[str, ...] = ()
    unshared: tuple[str, ...] = ()
    deny_alone: tuple[str, ...] = ()
    deny_void: tuple[str, ...] = ()
    loser: tuple[str, ...] = ()
    how: tuple[str, ...] = ()
    doing: tuple[str, ...] = ()
    describes: tuple[str, ...] = ()
    story: tuple[str, ...] = ()
    ours: tuple[str, ...] = ()
    speaker: tuple[str, ...] = ()
    turn: tuple[str, ...] = ()
    asking: tuple[str, ...] = ()
    asking_void: tuple[str, ...] = ()
    answer_no: tuple[str, ...] = ()
    answer_no_void: tuple[str, ...] = ()
    function_tags: frozenset[str] = frozenset()
    step_tags: frozenset[str] = frozenset()
    phrase_index: Mapping[str, tuple[tuple[str, bool], ...]] = field(default_factory=dict)
    inline_aside: tuple[re.Pattern[str], ...] = ()

    @property
    def words(self) -> list[str]:
        """Every literal word of the spec (for the segmenter)."""
        return sorted({p for c in self.classes.values() for p in (*c.phrases, *c.excluded)})


def _lettered(word: str) -> bool:
    """A word with a letter of any script in it, not a mark, a space or a number (a list item's first word)."""
    return any(ch.isalpha() for ch in word) and not word.isdigit()


def _fold_word(word: str) -> str:
    return "".join(simplified(word).split())


def _word_class(name: str, entries: Any, rule: str) -> WordClass:
    if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
        raise SpecError(f"{rule}: 参数 {name}{WORDS_SUFFIX} 应为非空字符串的列表")
    phrases, prefixes, suffixes, regexes, excluded = set(), [], [], [], set()
    for raw in entries:
        entry = raw.strip()
        if entry.startswith("re:"):
            try:
                regexes.append(re.compile(entry[3:]))
            except re.error as err:
                raise SpecError(f"{rule}: {name}{WORDS_SUFFIX} 中的正则 {entry!r} 有误：{err}") from None
        elif entry.startswith("!"):
            excluded.add(_fold_word(entry[1:]))
        elif entry.endswith("*") and len(entry) > 1:
            prefixes.append(_fold_word(entry[:-1]))
        elif entry.startswith("*") and len(entry) > 1:
            suffixes.append(_fold_word(entry[1:]))
        else:
            phrases.add(_fold_word(entry))
    return WordClass(name, frozenset(phrases), tuple(prefixes), tuple(suffixes), tuple(regexes),
                     frozenset(excluded))


def spec_from_params(rule: str, params: Mapping[str, Any]) -> Spec:
    """The text spec in a rule's parameters as of a moment (Rule.params_as_of)."""
    classes = {name[:-len(WORDS_SUFFIX)]: _word_class(name[:-len(WORDS_SUFFIX)], value, rule)
               for name, value in params.items() if name.endswith(WORDS_SUFFIX)}
    reserved = [name for name in classes if name in (ANCHOR, END) or name.startswith(GAP)]
    if reserved:
        raise SpecError(f"{rule}: 词类名 {'、'.join(reserved)} 不能是 ^、$ 或以 ~ 开头")
    known = set(classes)
    patterns = []
    for i, raw in enumerate(params.get("patterns", [])):
        if not isinstance(raw, dict) or not isinstance(raw.get("tag"), str) or not isinstance(raw.get("seq"), str):
            raise SpecError(f"{rule}: patterns[{i}] 应为 {{tag = \"类名\", seq = \"类 ~ 类\"}}")
        seq = tuple(raw["seq"].split())
        body = seq[1 if seq[:1] == (ANCHOR,) else 0:len(seq) - (seq[-1:] == (END,))]
        # a bounded gap may stand right before "$" ("best advice ~7!de $"); "fee ~ $" says nothing
        last = _gap(body[-1]) if body else None
        trailing = seq[-1:] == (END,) and len(body) > 1 and last is not None and last[0] < 1 << 30
        doubled = any(_is_gap(a) and _is_gap(b) for a, b in zip(body, body[1:]))
        if not body or _is_gap(body[0]) or (_is_gap(body[-1]) and not trailing) or ANCHOR in body or END in body \
                or doubled:
            raise SpecError(f"{rule}: patterns[{i}] 的 seq {raw['seq']!r} 应以词类开头和结尾（^ 只能在最前、$ 只能在最后，"
                            "$ 前可有一个带数目的 ~N），其间至少一个词类，两个 ~ 不能相连")
        unknown = [s for s in body if not _is_gap(s) and s not in known]
        unknown += [w for s in body if (g := _gap(s)) and (w := g[1]) and w not in known]
        if unknown:
            raise SpecError(f"{rule}: patterns[{i}] 的 seq {raw['seq']!r} 含未定义的词类：{'、'.join(unknown)}")
        if raw["tag"] in (ANCHOR, END) or raw["tag"].startswith(GAP):
            raise SpecError(f"{rule}: patterns[{i}] 的 tag {raw['tag']!r} 不能是 ^、$ 或以 ~ 开头")
        patterns.append(Pattern(raw["tag"], seq))
        known.add(raw["tag"])
    roles: dict[str, tuple[str, ...]] = {}
    for role in ROLES:
        names = params.get(role, [])
        if not isinstance(names, list) or any(n not in known for n in names):
            raise SpecError(f"{rule}: 参数 {role} 应为已定义词类的列表：{names!r}")
        roles[role] = tuple(names)
    if not roles["concept"]:
        raise SpecError(f"{rule}: 缺少参数 concept")
    index: dict[str, list[tuple[str, bool]]] = {}
    for c in classes.values():
        for p in c.phrases:
            index.setdefault(p, []).append((c.name, True))
        for p in c.excluded:
            index.setdefault(p, []).append((c.name, False))
    return Spec(rule=rule, classes=classes, patterns=tuple(patterns), **roles,
                function_tags=_function_tags(rule, params.get("function_tags", [])),
                step_tags=_function_tags(rule, params.get("step_tags", []), "step_tags"),
                phrase_index={k: tuple(v) for k, v in index.items()},
                inline_aside=_inline_aside(rule, params.get("inline_aside")))


def _inline_aside(rule: str, raw: Any) -> tuple[re.Pattern[str], ...]:
    """The rule's `inline_aside`: a list of "re:" expressions; an aside one of them matches whole is read in its clause."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(r, str) and r.startswith("re:") for r in raw):
        raise SpecError(f"{rule}: 参数 inline_aside 应为 \"re:正则\" 的列表（整段括注与其一相符才并入所在分句）：{raw!r}")
    try:
        return tuple(re.compile(r[3:]) for r in raw)
    except re.error as error:
        raise SpecError(f"{rule}: 参数 inline_aside 中的正则有误：{raw!r}（{error}）") from None


def _function_tags(rule: str, tags: Any, name: str = "function_tags") -> frozenset[str]:
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.isascii() and t.isalpha() for t in tags):
        raise SpecError(f"{rule}: 参数 {name} 应为 jieba 词性标记的列表（如 \"d\"、\"r\"）：{tags!r}")
    return frozenset(tags)


@dataclass(frozen=True)
class Hit:
    """One clause that breaks the rule: the clause as written, the words that show it (as written,
    in order) and the classes they belong to, and where the clause starts in the text."""

    clause: str
    words: tuple[str, ...]
    start: int
    inferred: bool = False  # found by an open demand alone: no concept word (a check may say it less surely)
    guessed: bool = False  # found by the second opinion alone (opinion.py): the words are what weighed most

    @property
    def end(self) -> int:
        """Where the clause ends in the text."""
        return self.start + len(self.clause)


@dataclass(frozen=True)
class _Tag:
    name: str
    start: int  # word index
    end: int  # exclusive


class _Things:
    """Where a part's demands are asked of a thing or the shop, not of the winner (see Spec.thing)."""

    def __init__(self, spec: Spec, inside: Sequence[_Tag], lo: int) -> None:
        self.lo = lo
        self.cover: dict[int, int] = {}  # word index → the furthest end of a `thing` span over it
        self.first_end: int | None = None  # the end of a `thing` span that starts the part
        for t in inside:
            if t.name in spec.thing:
                for i in range(t.start, t.end):
                    self.cover[i] = max(self.cover.get(i, 0), t.end)
                if t.start == lo:
                    self.first_end = t.end if self.first_end is None else min(self.first_end, t.end)
        self.persons = sorted(t.start for t in inside if t.name in spec.person)

    def _person(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.persons, lo)
        return i < len(self.persons) and self.persons[i] < hi

    def on(self, demand: _Tag, hi: int) -> bool:
        """The demand stands in a `thing` span ("奖品要走冷链", "发出前我们会拍照") and no person is
        named after it ("奖品需中奖者到店自取" asks the winner)."""
        return self.cover.get(demand.start, -1) >= demand.end and not self._person(demand.end, hi)

    def before(self, at: int) -> bool:
        """What a demand at `at` asks before it is asked of a thing: the part starts with a `thing`
        span and names no person before the demand ("奖品需经质检合格后才寄出", "我们不会以任何理由
        不发货")."""
        return self.first_end is not None and self.first_end <= at and not self._person(self.lo, at)


@dataclass(frozen=True)
class _Piece:
    start: int  # offset of the clause's first character in the text
    end: int  # offset just after its last one
    reading: str  # the clause as read: a bracketed aside inside it taken out
    gaps: tuple[int, ...] = ()  # offsets in `reading` where an aside was taken out


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """The offsets of the sentence marks in `text`, in order (asked once per clause of a long text)."""
    return tuple(i for i, char in enumerate(text) if char in _SENTENCE_MARKS)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence that offset `at` stands in ends: its mark, or the end of the text."""
    marks = _sentence_ends(text)
    after = bisect.bisect_left(marks, at)
    return marks[after] if after < len(marks) else len(text)


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of `text` that are not blank, as (start, end) with the end after the sentence's
    mark (asked once per rule of a text)."""
    spans = []
    begin = 0
    for end in (*(mark + 1 for mark in _sentence_ends(text)), len(text)):
        if text[begin:end].strip():
            spans.append((begin, end))
        begin = end
    return tuple(spans)


def _pieces(text: str, inline: tuple[re.Pattern[str], ...] = ()) -> tuple[_Piece, ...]:
    """The clauses of a text (see `clauses`), each with where it ends in the text. A bracketed aside
    that one of `inline` matches whole is read in its clause without its brackets ("开通店铺会员（9.9元/月）
    才能领": 开通店铺会员9.9元/月才能领). Cached by the brackets so kept: a text with none is cut once
    for every rule."""
    return _cut(text, _kept_brackets(text, inline) if inline else frozenset())


@lru_cache(maxsize=8)
def _kept_brackets(text: str, inline: tuple[re.Pattern[str], ...]) -> frozenset[int]:
    """Where the brackets of the asides that one of `inline` matches whole stand."""
    kept: set[int] = set()
    for opened in _OPEN_BRACKET.finditer(text):
        i = opened.start()
        close = next((j for j in range(i + 1, min(len(text), i + _INLINE_CHARS + 2)) if text[j] in _CLOSE_BRACKETS), -1)
        if close > 0 and any(p.fullmatch(text[i + 1:close]) for p in inline):
            kept.update((i, close))
    return frozenset(kept)


@lru_cache(maxsize=8)
def _cut(text: str, kept: frozenset[int]) -> tuple[_Piece, ...]:
    out: list[_Piece] = []
    outer: list[tuple[int, list[tuple[int, int]]]] = []  # clauses a bracket interrupted: start, spans so far
    first = seg = 0
    spans: list[tuple[int, int]] = []
    spaced = _spaced_cuts(text) if any(c in _SPACES for c in text) else frozenset()

    def closed(end: int) -> int:
        # the bracket that closes an aside read in the clause is the clause's
        while end in kept:
            end += 1
        return end

    def emit(start: int, parts: list[tuple[int, int]]) -> None:
        if len(parts) == 1:  # the common case, a clause in one piece: no gaps
            a, b = parts[0]
            if b > a and not text[a:b].isspace():
                out.append(_Piece(start, closed(b), text[a:b], ()))
            return
        parts = [(a, b) for a, b in parts if b > a]
        reading = "".join(text[a:b] for a, b in parts)
        if reading.strip():
            lengths = [b - a for a, b in parts]
            # where an aside was taken out (not a bracket of one read in its clause)
            gaps = tuple(sum(lengths[:k]) for k in range(1, len(parts))
                         if parts[k][0] != parts[k - 1][1] and not set(range(parts[k - 1][1], parts[k][0])) <= kept)
            out.append(_Piece(start, closed(parts[-1][1]), reading, gaps))

    def close_outer() -> None:
        # a bracket never closed: the clause it interrupted is written out as it stood
        while outer:
            start, parts = outer.pop()
            emit(start, parts)

    for i, char in enumerate(text):
        if "\u4e00" <= char <= "\u9fff":
            continue  # a Chinese character never cuts (most of a long paste: the checks below cost more)
        if char in _POINTS and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue  # a decimal point ("拍一款9.9就送出") or a thousands separator, not the end of a clause
        if char == "." and text[max(0, i - 2):i].lower() == "no" and text[i + 1:i + 2].isdigit():
            continue  # "No.1"
        if i in kept:  # a bracket of an aside read in its clause: the clause is read without it, and it does not cut
            spans.append((seg, i))
            seg = i + 1
            continue
        if char in _OPEN_BRACKETS:
            outer.append((first, [*spans, (seg, i)]))
            first = seg = i + 1
            spans = []
        elif char in _CLOSE_BRACKETS and outer:
            emit(first, [*spans, (seg, i)])
            first, spans = outer.pop()
            seg = i + 1
        elif (char in _CLAUSE_MARKS or char in _CLOSE_BRACKETS or i in spaced
              or (unicodedata.category(char) in _CUT_CATEGORIES and char not in _KEEP)):
            emit(first, [*spans, (seg, i)])
            first = seg = i + 1
            spans = []
            if char in _SENTENCE_MARKS:
                close_outer()  # a bracket left open does not reach into the next sentence
    emit(first, [*spans, (seg, len(text))])
    close_outer()
    return tuple(out)


def _quote(folded: Folded, start: int, end: int, gaps: tuple[int, ...]) -> str:
    """Folded characters start..end as written; where an aside was taken out between them, the two
    sides joined by "…" (中奖需付（偏远地区）邮费10元: "付…邮费10元")."""
    cuts = [k for k in range(start + 1, end)
            if any(folded.origin[k - 1] < g <= folded.origin[k] for g in gaps)] if gaps else []
    bounds = [start, *cuts, end]
    return "…".join(folded.quote(a, b) for a, b in zip(bounds, bounds[1:]))


def _asked(mark: str) -> bool:
    """Whether what stands between a clause and the next is a question mark ("？", or "？？" as buyers
    type it; more is no mark of a question and its answer)."""
    return bool(mark) and len(mark) <= _MAX_MARKS and set(mark) <= _QUESTION_MARKS


def _joined(parts: Sequence[_Piece], text: str) -> _Piece:
    """Clauses read as one, with what stands between them (a comma, a question mark)."""
    reading, gaps = "", []
    for k, part in enumerate(parts):
        gaps += [len(reading) + g for g in part.gaps]
        reading += part.reading + (text[part.end:parts[k + 1].start] if k + 1 < len(parts) else "")
    return _Piece(parts[0].start, parts[-1].end, reading, tuple(gaps))


def _spaced_cuts(text: str) -> frozenset[int]:
    """The spaces that cut a clause: between two runs of two or more letters, at least one of them
    Chinese, neither ending or starting with a digit ("顺丰到付 不接受的放弃", "奖品by 包装费"; not
    "邮 费 全 免", "VIP link" or "支付 5 元"). One pass over the text."""
    cuts: set[int] = set()
    n = len(text)
    i = 0
    while i < n:
        if text[i] not in _SPACES:
            i += 1
            continue
        j = i
        while j < n and text[j] in _SPACES:
            j += 1
        if 0 < i and j < n and _word_run(text, i - 1, -1) >= 2 and _word_run(text, j, 1) >= 2:
            a, b = text[i - 1], text[j]
            if (_is_han(a) or _is_latin(a)) and (_is_han(b) or _is_latin(b)) and (_is_han(a) or _is_han(b)):
                cuts.add(i)
        i = j
    return frozenset(cuts)


def _word_run(text: str, at: int, step: int) -> int:
    """How many letters (Chinese or Latin) run from `at` in direction `step`, at most 2 counted."""
    count = 0
    while 0 <= at < len(text) and count < 2 and (_is_han(text[at]) or _is_latin(text[at])):
        count += 1
        at += step
    return count


def clause_spans(text: str, inline: tuple[re.Pattern[str], ...] = ()) -> list[tuple[int, int]]:
    """Where each clause of a text starts and ends (see `clauses`; a clause with an aside spans it)."""
    return [(p.start, p.end) for p in _pieces(text, inline)]


def clauses(text: str, inline: tuple[re.Pattern[str], ...] = ()) -> list[tuple[int, str]]:
    """The clauses of a text with their start offsets, in the order they end: cut at punctuation
    (not a point or comma between digits), line breaks and emoji; a bracketed aside is a clause of
    its own, and the clause around it is read without it (unless one of `inline` matches it whole);
    empty ones dropped."""
    return [(p.start, p.reading) for p in _pieces(text, inline)]


class Scanner:
    """A spec with the segmenter that cuts its texts; `scan` is cached per text."""

    def __init__(self, spec: Spec, segmenter: Segmenter) -> None:
        self.spec = spec
        self.segmenter = segmenter
        self.scan = SizedCache(self._scan, 1024, TEXT_CHARS, large=4)
        # A clause is read (cut into words and tagged) once, however many times the scan asks.
        self._read = SizedCache(self._read_uncached, 8192, CLAUSE_CHARS)
        self._sentence_has = SizedCache(self._sentence_has, 4096, TEXT_CHARS)  # type: ignore[method-assign,assignment]
        self._names_unfreed = SizedCache(self._names_unfreed, 4096, TEXT_CHARS)  # type: ignore[method-assign,assignment]
        # what a clause asks depends on the clause and where it stands (after a fee, in a list, in the
        # answer to how to claim), not on the rest of the text: a keystroke in a long text reads again
        # only the clause it changed
        self._clause_words = SizedCache(self._clause_words, 8192, CLAUSE_CHARS)  # type: ignore[method-assign,assignment]
        self._function = tagged(spec.function_tags) if spec.function_tags else frozenset()
        self._patterns = tuple((p, p.steps, p.tail) for p in spec.patterns)
        self._step = tagged(spec.step_tags) if spec.step_tags else frozenset()
        # what voids a yes in the question it answers: not what only tells it ("听说要付运费？对的")
        self._question_void = tuple(name for name in spec.affirm_void if name not in spec.affirm_told)
        self._told_void = tuple(name for name in spec.affirm_told_void if name not in spec.affirm_told)
        # what keeps a question from being answered: a warning, a tale (not hearsay the shop may confirm)
        self._put_void = tuple(name for name in spec.disclaim if name not in spec.affirm_told)
        wild = [c for c in spec.classes.values() if c.prefixes or c.suffixes or c.regexes]
        # The classes that take a word by a prefix, suffix or regular expression: asked once per word.
        self._wild = SizedCache(lambda word: tuple(c.name for c in wild if c.takes_word(word)), 8192, WORD_CHARS)

    def _scan(self, text: str) -> tuple[Hit, ...]:
        hits: list[Hit] = []
        run: list[_Piece] = []  # the clauses just before, joined by commas, that were no finding
        marks = [m.end() for m in _ITEM_MARK.finditer(text)] if self._step else []
        items = marks if len(marks) >= 2 else []  # a list of steps: "1. 关注主播 2. 加入粉丝团"
        item_ends = set(items)
        fee_before, last_end = False, 0
        # a question that would be a finding said: the clause, its words, whether inferred, whether told
        put: tuple[_Piece, tuple[str, ...], bool, bool] | None = None
        befores: dict[int, bool] = {}
        how_asked = answering = False  # a question just before asked how to claim: its answer lists steps
        other_shop = False  # a clause before, in this sentence, told of another shop, and none since named ours
        pieces = list(_pieces(text, self.spec.inline_aside))
        for index, piece in enumerate(pieces):
            folded = fold(piece.reading)
            if not folded.text:
                continue
            in_context = self._in_context(text, piece.start)
            near_mark = bisect.bisect_left(items, piece.start - 2)
            listed = near_mark < len(items) and items[near_mark] <= piece.start + 3
            if hits and self._denies(text, hits[-1], piece, folded):
                hits.pop()  # "快递到付？不存在的，我们全部寄付": the question was put to be denied
            elif hits and self.freed_next(text, hits[-1].start, hits[-1].end, piece.start, piece.end):
                hits.pop()  # "费用8元，这个我们店里出": the fee named, then paid by the shop
            new_sentence = any(mark in text[last_end:piece.start] for mark in _SENTENCE_MARKS)
            if new_sentence:
                fee_before = other_shop = False
            # the sentence after a question how to claim answers it, to its end
            answering, how_asked = how_asked or (answering and not new_sentence), False
            after = befores[piece.start] = fee_before  # another rule's word earlier in the sentence (Spec.anaphor)
            fee_before = fee_before or (bool(self.spec.anaphor) and self._has(folded, self.spec.antecedent))
            last_end = piece.end
            words, inferred = self._clause_words(folded, in_context, piece.gaps, listed, after, answering)
            marked = text[piece.end:piece.end + 1] in _QUESTION_MARKS
            # a told demand with a question mark asks whether it holds ("听说要付运费？"), to be answered
            asked = self._asks(folded, marked) or (marked and self._has(folded, self.spec.affirm_told))
            how_asked = asked and bool(self.spec.how) and self._has(folded, self.spec.how)
            affirmed = False
            told = put is not None and put[3]  # a told question: its own voids too
            if put is not None and not asked and self._affirms(text, put[0], piece, folded) \
                    and not self._has(fold(put[0].reading), self._question_void + (self._told_void if told else ())) \
                    and not self._said(text, pieces[index:index + 3],
                                       self.spec.affirm_void + (self.spec.affirm_told_void if told else ())):
                # "中奖要付邮费吗？要的，统一8块": the question answered yes is said (not "运费你们出吗？
                # 对，我们出", "要加粉丝团吗？要的，不过不加也照样发")
                words, inferred, affirmed = put[1], put[2], True
                piece = _joined([put[0], piece], text)
            put = None
            if asked:
                if words and not inferred and self.spec.affirm and not self._has(folded, self._put_void):
                    put = (piece, words, inferred, self._has(folded, self.spec.affirm_told))
                words = ()  # a question asks, it does not demand ("要给好评才发吗？", "Q：退货运费谁出？")
            if run and (run[-1].end > piece.start or text[run[-1].end:piece.start].strip(_JOINING)):
                run = []  # not next to it: an aside before the clause around it, or a full stop between
            if run and self._answers(folded):
                run = []  # "问：我是新号能参加吗？答：可以，关注就行": an answer is not read with its question
            carried = bool(run) and not asked and self._continues(folded)
            if carried and words:
                # "我们负责换回，并承担来回运费": a clause opening with 并 is read with the one before,
                # whose subject it shares, whatever it says alone; an `unshared` word there (a negation
                # that governs a demand) does not reach what it adds ("中奖不需要下单，再加个粉丝团就能领")
                joined = _joined([run[-1], piece], text)
                found = self._clause_words(fold(joined.reading), in_context, joined.gaps,
                                           after=befores.get(joined.start, False), answering=answering)
                if found[0]:
                    (words, inferred), piece = found, joined
                elif not self._has(fold(run[-1].reading), self.spec.unshared):
                    words = ()
            elif not words and run and not asked and (self._completes(fold(run[-1].reading), folded) or carried):
                enough = self._has(folded, self.spec.suffice)
                # "亲密度不够10的，中了也不发", "好评返图之后，才能安排发货", "邮费？中奖的自己出": a clause
                # that only threatens, demands or completes a topic is the second half of what comes
                # before it, across commas or a question mark: read them as one, from the nearest
                # clause back (at most MAX_JOINED): "邀请3位好友助力，再付5元邮费，就能领奖品".
                for back in range(1, min(len(run), MAX_JOINED) + 1):
                    if self._has(fold(run[-back].reading), self.spec.withdrawn):
                        break  # "…才能领，这个做法已经取消了，现在中奖就能直接领": a withdrawal ends what came before
                    joined = _joined([*run[-back:], piece], text)
                    words, inferred = self._clause_words(fold(joined.reading), in_context, joined.gaps,
                                                         after=befores.get(joined.start, False), answering=answering)
                    if words and inferred and (enough or back > 1):
                        # 即可 closes its own clause ("史上最大力度抽奖，中奖者填写地址即可"), and only a
                        # named condition reaches back over a clause ("因生鲜易腐，请…，逾期未确认的不再发出")
                        words = ()
                    if words:
                        piece = joined
                        break
            if words and not affirmed and (self._has(fold(piece.reading), self.spec.disclaim) or self._reports(text, pieces, index, piece)) \
                    and not self._has(fold(piece.reading), self.spec.reply):
                # (unless the shop answers in the clause: "有宝宝说要发顺丰那就自己补10元差价")
                words = ()  # a warning describes what it warns against ("有人私信说要交保证金才能领奖")
            if words and not affirmed and self._turned(fold(piece.reading)):
                if self.spec.affirm and (marked or folded.text.endswith(_ASKING_ENDS)):
                    put = (piece, words, inferred, False)  # "买家：是全网最低吗？主播：那当然": a yes makes it said
                words = ()  # "买家：你们家水龙头是我用过最好的！": a buyer's words, not the shop's
            if words and not affirmed and self._asked_not_claimed(text, pieces, index, piece):
                words = ()  # "有人问是不是国家级工艺，不是", "弹幕：主播这个是全网最低吗？": asked, not claimed
            if words and self._taken_back_next(text, pieces, index):
                words = ()  # "有人说我们是全网最低价，这个我们不敢说哈": the clause after takes it back
            if words and self._said(text, pieces[index:index + 4], self.spec.unrelated, self.spec.caveat):
                words = ()  # "…要下载官方APP才能同步运动数据，这是产品本身的用法，跟领奖无关"
            if words and self._upgrade(text, piece):
                words = ()  # "默认中通免费，想要顺丰的自己补差价就行": a paid upgrade, the default free
            if words and self._has(fold(piece.reading), self.spec.past) \
                    and self._said(text, pieces[index:index + 3], self.spec.withdrawn):
                words = ()  # "原第3条“中奖者承担运费”已作废", "刚说的「中奖要补邮费」是我念错稿子了"
            if words and self.spec.retract and self._retracted(text, piece):
                # "字幕写“全网最低”是误写": a quote said, then taken back in its clause, is mentioned
                words, inferred = self._clause_words(fold(piece.reading), in_context, piece.gaps, listed, after,
                                                     answering, mentioned=True)
            if words and self.about_sale(text, piece.start, piece.end):
                words = ()  # "下单满99包邮，不满的运费6元，这是买东西的规矩": the buyer's order, not the prize
            if self.spec.story:
                # a clause that names ours, or opens another speaker's turn ("客服：…"), ends the tale
                ours = self._has(folded, self.spec.ours) or self._speaks(folded)
                if words and other_shop and not ours:
                    words = ()  # "之前在别的直播间中了个奖，结果要补20块邮费": what that shop asked
                aside = index + 1 < len(pieces) and piece.end > pieces[index + 1].start
                if not aside:  # "中奖的宝宝（别家都收10块）只需补5块运费": an aside tells no tale of its host
                    other_shop = not ours and (other_shop or self._has(folded, self.spec.story))
            if words:
                quoted = text[piece.start:piece.end]
                if piece.end + 1 in item_ends:
                    quoted = _NEXT_ITEM.sub("", quoted)  # "加入粉丝团 3." quotes 加入粉丝团
                hits.append(Hit(quoted.strip(), words, piece.start + len(quoted) - len(quoted.lstrip()), inferred))
                run = []
            else:
                # a question may open what follows it, but nothing before it reaches past it
                run = [piece] if asked else [*run, piece]
        return tuple(hits)

    def _denies(self, text: str, hit: Hit, piece: _Piece, folded: Folded) -> bool:
        """Whether `piece` denies the question that `hit` was: a `deny` word in the clause after its
        "？", or the whole of that clause a `deny_alone` no with no `deny_void` word after it in its
        sentence unless a cancel frees it ("？不需要，邮费我们出"; not "？不用哦，拍3元的就行"), or a `deny`
        word opening the clause after its comma when the hit opens with a question word
        ("什么中奖还要交押金的，咱家没有"; not "补多少邮费看地区，我们没有包邮")."""
        spec = self.spec
        if not spec.deny:
            return False
        mark = text[hit.end:piece.start].strip()
        asked = _asked(mark)
        if not (asked or mark in _COMMAS):
            return False
        tags = self._read(folded.text)[1]
        if asked:
            if any(t.name in spec.deny for t in tags):
                return True
            if not self._whole(folded, spec.deny_alone):
                return False
            rest = fold(text[piece.end:_sentence_end(text, piece.end)])
            return not self._has(rest, spec.deny_void) or self._has(rest, spec.cancel)
        opening = self._read(fold(hit.clause).text)[1]
        return (any(t.start == 0 and t.name in spec.question for t in opening)
                and any(t.start == 0 and t.name in spec.deny for t in tags))

    def _reports(self, text: str, pieces: Sequence[_Piece], index: int, piece: _Piece) -> bool:
        """Whether `piece` (clause `index`, or it read with those before) opens with a `reporting` word
        right after a comma that ends a `report` clause ("有人冒充店铺客服，让中奖的交10元工本费")."""
        if not self.spec.report or index == 0 or piece.start != pieces[index].start:
            return False
        before = pieces[index - 1]
        if text[before.end:piece.start].strip() not in _COMMAS:
            return False
        said = fold(before.reading)
        return (self._opens_with(text, before, piece, self.spec.reporting)
                and self._has(said, self.spec.report) and not self._has(said, self.spec.guard))

    def _affirms(self, text: str, question: _Piece, piece: _Piece, folded: Folded) -> bool:
        """Whether `piece`, right after the question mark that ends `question` (or the comma after a
        question put in words alone: "有人问中奖要不要自己出运费，答案是要的"), is only a yes (要的, 需要的,
        A：是的), as the `affirm` classes take the whole clause."""
        between = text[question.end:piece.start].strip().strip("—-")
        if not (_asked(between) or between in ("，", ",")):
            return False
        return self._whole(folded, self.spec.affirm)

    def _whole(self, folded: Folded, names: tuple[str, ...]) -> bool:
        """Whether a class of `names` takes the whole clause as one of its entries ("要的", "re:…")."""
        classes = [self.spec.classes[name] for name in names if name in self.spec.classes]
        return any(folded.text in c.phrases or c.takes_word(folded.text) for c in classes)

    def _clauses(self, text: str) -> list[tuple[int, str]]:
        """The clauses of `text` as this rule cuts them (with its `inline_aside`), as its scan reads them."""
        return clauses(text, self.spec.inline_aside)

    def asks(self, sentence: str) -> bool:
        """Whether a clause of the sentence is a question as the scan reads one ("中奖的宝宝要补运费吗",
        "问：需要加粉丝团才能领吗", "到付？")."""
        found = self._clauses(sentence)
        last_mark = sentence.rstrip()[-1:] in _QUESTION_MARKS
        for i, (offset, clause) in enumerate(found):
            end = offset + len(clause)
            mark = sentence[end:end + 1] in _QUESTION_MARKS or (i == len(found) - 1 and last_mark)
            if self._asks(fold(clause), mark):
                return True
        return False

    def _asks(self, folded: Folded, question_mark: bool) -> bool:
        """Whether the clause is a question: a `question` word, and a question mark after the clause
        or the question word last in it ("有宝宝问到付吗，不是到付"), or a question told ("有人问中奖
        要不要补运费": a question pattern over two words or more), or whether one must, ending on a
        particle that asks (_MUST_OR_NOT: "中奖的话要不要拍个运费链接啊")."""
        if not self.spec.question:
            return False
        if question_mark and _A_NOT_A.search(folded.text):
            return True  # "我是新号能不能领奖？": 能不能 asks, however jieba cut it (能 / 不能领奖)
        if _MUST_OR_NOT.search(folded.text):
            return True
        words, tags = self._read(folded.text)
        found = [t for t in tags if t.name in self.spec.question]
        # a question told ("有人问中奖要不要补运费", a pattern over two words or more) asks anywhere
        return any(question_mark or t.end == len(words) or t.end - t.start > 1 for t in found)

    def _speaks(self, folded: Folded) -> bool:
        """The clause opens with a `speaker` (staff, an answer word) and a colon within its first
        three words ("客服：", "店铺客服：", "答："; not "结果：")."""
        words, tags = self._read(folded.text)
        return self._after_speaker(words, tags, 0, len(words)) > 0

    def _turned(self, folded: Folded) -> bool:
        """The clause opens with a `turn` class and a colon right after it ("买家：…", "买家评论：…"), and no
        later colon is in it ("买家：是最低价吗主播：是全网最低": a colon does not cut a clause)."""
        if not self.spec.turn:
            return False
        words, tags = self._read(folded.text)
        return any(t.start == 0 and t.end < len(words) and words[t.end] in _COLONS and t.name in self.spec.turn
                   and not any(w in _COLONS for w in words[t.end + 1:]) for t in tags)

    def _after_speaker(self, words: Sequence[str], tags: Sequence[_Tag], lo: int, hi: int) -> int:
        """Where words[lo:hi] go on after who speaks and a colon within their first three words
        ("店铺客服：…"), or lo."""
        colon = next((i for i in range(lo, min(lo + 4, hi)) if words[i] in _COLONS), None)
        if colon is not None and any(lo <= t.start and t.end <= colon and t.name in self.spec.speaker for t in tags):
            return colon + 1
        return lo

    def _answers(self, folded: Folded) -> bool:
        """The clause opens with an `answer` word and a colon ("答：", "A：", "回复：")."""
        if not self.spec.answer:
            return False
        words, tags = self._read(folded.text)
        return any(t.start == 0 and t.name in self.spec.answer and t.end < len(words) and words[t.end] in _COLONS
                   for t in tags)

    def _continues(self, folded: Folded) -> bool:
        """The clause opens with a `carry` word and names a concept: it adds to the demand before it
        ("中奖的需要交押金50，并且给个好评", "…，然后给我们晒个图")."""
        tags = self._read(folded.text)[1]
        return (any(t.start == 0 and t.name in self.spec.carry for t in tags)
                and any(t.name in self.spec.concept for t in tags))

    def _completes(self, before: Folded, folded: Folded) -> bool:
        """The clause has a flip (不发, 无效, 不算) or an open demand (才能) and no concept, or it has
        a `topic` role and no concept while the clause before is a topic, or it prices (`prices`)
        what the clause before asks for (`priced`: "…需开通店铺会员，会员19.9一个月")."""
        spec = self.spec
        names = {t.name for t in self._read(folded.text)[1]}
        if spec.prices and names & set(spec.prices) and not names & set(spec.cancel) \
                and self._has(before, spec.priced) and not self._asks(before, False):
            # (not a price the shop pays or that is not asked, "会员9.9元/月由店铺代付", "…的那种不用开", nor one after
            # a question, "中奖需要开通店铺会员吗，会员19.9一个月")
            return True
        if names & set(spec.concept):
            return False
        if names & (set(spec.flip) | set(spec.open)):
            # a threat about an allowed step is whole ("…，72小时内未填地址视为放弃")
            return not names & set(spec.whole)
        if not names & set(spec.topic):
            return False
        words, tags = self._read(before.text)
        return bool(self._topic(tags, 0, len(words)))

    def _heading(self, words: Sequence[str], tags: Sequence[_Tag]) -> int:
        """How many words a heading takes ("领奖须知：", "母婴粉丝群："): those before the first colon
        when they make no demand (领奖条件：… does). A heading names what the text is about; it asks
        nothing of the winner."""
        colon = next((i for i, w in enumerate(words) if w in _COLONS
                      and not (0 < i < len(words) - 1 and words[i - 1].isdigit() and words[i + 1].isdigit())), None)
        if colon is None:  # (a time, 20:00, is no heading)
            return 0
        spec = self.spec
        marks = {*spec.role, *spec.open, *spec.flip}
        if any(t.name in marks and t.start < colon for t in tags):
            return 0
        return colon + 1

    def _has(self, folded: Folded, classes: tuple[str, ...]) -> bool:
        return any(t.name in classes for t in self._read(folded.text)[1])

    def _topic(self, tags: Sequence[_Tag], lo: int, hi: int) -> list[_Tag]:
        """The concept words of a part that names a concept and says nothing of it: no role, cancel
        or flip ("邮费？", "超过1公斤的部分按重量计费")."""
        spec = self.spec
        tags = [t for t in tags if lo <= t.start and t.end <= hi]
        if any(t.name in spec.role or t.name in spec.cancel or t.name in spec.flip for t in tags):
            return []
        return [t for t in tags if t.name in spec.concept]

    @staticmethod
    def _sentence(text: str, start: int, end: int | None = None) -> str:
        """The sentence (or sentences) over text[start:end], or around offset `start`."""
        marks = _sentence_ends(text)
        before = bisect.bisect_left(marks, start)
        begin = marks[before - 1] + 1 if before else 0
        return text[begin:_sentence_end(text, start if end is None else max(end - 1, start))]

    def _in_context(self, text: str, at: int) -> bool:
        """Whether the sentence around offset `at` has a `context` word (always, without a context spec)."""
        if not self.spec.context or not self.spec.open:
            return True
        return self._sentence_has(self._sentence(text, at), self.spec.context)

    def about_sale(self, text: str, start: int, end: int) -> bool:
        """Whether the sentences over text[start:end] are about a sale or a return (`sale`) and name
        no winner or prize (`context`): "购物车里的运费？中奖的宝宝自己出" names the winner."""
        if not self.spec.sale:
            return False
        sentence = self._sentence(text, start, end)
        if not self._sentence_has(sentence, self.spec.sale):
            return False
        # a winner named only to be freed does not make the sentence theirs ("自己买的要补8块差价，
        # 中奖的统一包邮", "买了的家人记得给个好评哈，中奖的不用")
        return not self._names_unfreed(sentence)

    def _upgrade(self, text: str, piece: _Piece) -> bool:
        """Whether the clause charges for an upgrade the winner may choose (`upgrade`), or names an
        `upgrade_option` that its sentence offers and no `upgrade_payer` ("可选加急发货，加急费5元",
        "加急要另付20元，…想加急的自己选"), in a sentence that says what is sent free by default
        (`free_default`) and voids it nowhere (`upgrade_void`: a sample by default, a default for some
        only, a threat, a default that charges)."""
        spec = self.spec
        if not (spec.upgrade and spec.free_default):
            return False
        reading = fold(piece.reading)
        chosen = self._has(reading, spec.upgrade)
        # the price of an option offered elsewhere names the option and not who pays or the prize
        # (`upgrade_payer`): "加急费5元"; not "另外中奖的统一补3元包装费", "升级粉丝团的宝宝要补3元手续费"
        priced = not chosen and bool(spec.upgrade_option) and self._has(reading, spec.upgrade_option) \
            and not self._has(reading, spec.upgrade_payer)
        if not (chosen or priced):
            return False  # (the sentence is looked for only now: a long paste with no full stop is one)
        sentence = self._sentence(text, piece.start, piece.end)
        if priced and not self._sentence_has(sentence, spec.upgrade):
            return False
        return self._sentence_has(sentence, spec.free_default) and not self._sentence_has(sentence, spec.upgrade_void)

    def _retracted(self, text: str, piece: _Piece) -> bool:
        """Whether the clause takes back what it says was said or written (a `retract` word), with no
        `retract_void` word in it out of quotes (not the 不 of "刚才说“绝对不漏气”说过头了") and no question mark after it."""
        folded = fold(piece.reading)
        unquoted = fold(_QUOTED_SPAN.sub("", piece.reading))
        return self._has(folded, self.spec.retract) and not self._has(unquoted, self.spec.retract_void) \
            and text[piece.end:piece.end + 1] not in _QUESTION_MARKS

    def _said_before(self, words: Sequence[str], tags: Sequence[_Tag], opened: int) -> bool:
        """Whether a `retract_said` word (说, 写成) stands right before the quotation mark at `opened`, 了, 的 or 过
        aside."""
        at = opened - 1 if opened and words[opened - 1] in ("了", "的", "过") else opened
        return any(t.end == at and t.name in self.spec.retract_said for t in tags)

    def _taken_back_after(self, tags: Sequence[_Tag], closed: int) -> bool:
        """Whether a `retract` word starts right after the quotation mark at `closed`, at most two
        `retract_bridge` words (是, 已经) between."""
        at = closed + 1
        for _ in range(3):
            if any(t.start == at and t.name in self.spec.retract for t in tags):
                return True
            bridge = next((t for t in tags if t.start == at and t.name in self.spec.retract_bridge), None)
            if bridge is None:
                return False
            at = bridge.end
        return False

    def _asked_not_claimed(self, text: str, pieces: Sequence[_Piece], index: int, piece: _Piece) -> bool:
        """Whether `piece` (clause `index`) asks whether its claim holds (an `asking` span over every concept word,
        no `asking_void` word), and the question ends the text or the clause right after it is a bare no
        (`answer_no`) that asks nothing, the clause after that opening with no `answer_no_void` word."""
        spec = self.spec
        if not spec.asking or piece.start != pieces[index].start:
            return False
        folded = fold(piece.reading)
        tags = self._read(folded.text)[1]
        spans = [t for t in tags if t.name in spec.asking]
        if not spans or any(t.name in spec.asking_void for t in tags) or not all(
                any(s.start <= t.start and t.end <= s.end for s in spans) for t in tags if t.name in spec.concept):
            return False
        if index + 1 >= len(pieces):
            return not _says_something(text[piece.end:])  # (an emoji after it answers: "？👍")
        after = pieces[index + 1]
        if _says_something(text[piece.end:after.start]) or text[after.end:after.end + 1] in _QUESTION_MARKS:
            return False
        answer = fold(after.reading)
        words, tags = self._read(answer.text)
        if answer.text.endswith(_ASKING_ENDS) or not any(
                t.name in spec.answer_no and t.start == 0 and t.end == len(words) for t in tags):
            return False  # "不是嘛" asks back; the no must be the whole clause
        if index + 2 >= len(pieces):
            return True
        # "不敢说，但别家肯定没这个价", "没有。但别家肯定没这个价": what follows the no takes it back, across a full stop too
        return not self._opens_with(text, after, pieces[index + 2], spec.answer_no_void, sentence=False)

    def _taken_back_next(self, text: str, pieces: Sequence[_Piece], index: int) -> bool:
        """Whether the clause right after clause `index`, after a comma or a space, has a word of
        `unrelated_next` (it takes back that clause and no other), or of `unrelated_told` when clause `index`
        opens with what someone else says (a `teller` class) and the clause after the disowning opens with no
        `told_caveat` (但, 其实); and asks nothing (no question mark after it)."""
        spec = self.spec
        if not (spec.unrelated_next or spec.unrelated_told) or index + 1 >= len(pieces):
            return False
        between = text[pieces[index].end:pieces[index + 1].start].strip()
        after = pieces[index + 1]
        if (between and between not in _COMMAS) or text[after.end:after.end + 1] in _QUESTION_MARKS:
            return False
        folded = fold(after.reading)
        if self._has(folded, spec.unrelated_next):
            return True
        if not (self._has(folded, spec.unrelated_told) and self._has(fold(pieces[index].reading), spec.teller)):
            return False
        # "有人说我们是全网第一，我们没这么说过，但确实是": a `told_caveat` after the disowning takes it back
        return index + 2 >= len(pieces) or not self._opens_with(text, after, pieces[index + 2], spec.told_caveat)

    def _said(self, text: str, pieces: Sequence[_Piece], classes: tuple[str, ...],
              caveat: tuple[str, ...] = ()) -> bool:
        """Whether the clause, or one of the (at most two) clauses after it in its sentence, has a word
        of `classes` (`unrelated`: it has nothing to do with claiming the prize; `withdrawn`), and the
        clause after that one (`pieces` may hold it), if in the sentence, opens with no `caveat`."""
        if not classes:
            return False
        for i, piece in enumerate(pieces[:3]):
            if i and any(mark in text[pieces[0].start:piece.start] for mark in _SENTENCE_MARKS):
                break
            if self._has(fold(piece.reading), classes):
                after = pieces[i + 1] if i + 1 < len(pieces) else None
                return not (caveat and after is not None and self._opens_with(text, piece, after, caveat))
        return False

    def _opens_with(self, text: str, piece: _Piece, after: _Piece, classes: tuple[str, ...],
                    sentence: bool = True) -> bool:
        """Whether `after`, in the sentence of `piece` (anywhere after it when not `sentence`), opens with a word
        (or pattern) of `classes`."""
        if sentence and any(mark in text[piece.start:after.start] for mark in _SENTENCE_MARKS):
            return False
        return any(t.start == 0 and t.name in classes for t in self._read(fold(after.reading.lstrip()).text)[1])

    def _names_unfreed(self, sentence: str) -> bool:
        """Whether a clause of the sentence names the winner or the prize (`context`) other than to
        free them (`frees`: 包邮, 不用付, 我们出), or with a threat (cached per sentence: a long paste with
        no full stop is one sentence, asked once per finding)."""
        spec = self.spec
        for _, clause in self._clauses(sentence):
            tags = self._read(fold(clause).text)[1]
            if any(t.name in spec.context for t in tags) and (
                    not any(t.name in spec.frees for t in tags) or any(t.name in spec.flip for t in tags)):
                return True
        return False

    def _sentence_has(self, sentence: str, classes: tuple[str, ...]) -> bool:
        return any(self._has(fold(clause), classes) for _, clause in self._clauses(sentence))

    def freed_after(self, rest: str, within: int = 0, by: Sequence[str] = ()) -> bool:
        """Whether the run that opens `rest` (its clause from the run on) is freed by a `frees_after`
        word after it, or is one ("运费15块我们出", "邮费0元"): not when a `frees_after_void` word
        stands before an exemption, the run included ("运费10块不是我们出", "补6块运费我们包了",
        "中奖宝宝运费我们出偏远地区自付10元其他免费"), nor when a `frees_after_undo` word follows the
        last one ("运费20块我们出一半", "我们出10块", "包邮不了"), nor by one with a `frees_after_not`
        word ("运费10块我们统一收"); given `within`, only by an exemption that ends past that offset,
        and given `by`, only by one of those classes."""
        spec = self.spec
        classes = by or spec.frees_after
        found = self.spans_in(rest, classes) if classes else []
        # the exemption itself, not what a longer pattern reads into it ("我们出一半" holds "我们出"), nor
        # one with a `frees_after_not` word in it ("我们统一收": the shop collects)
        freeing = [s for s in found if not any(o != s and s[0] <= o[0] and o[1] <= s[1] for o in found)
                   and not self.words_in(rest[s[0]:s[1]], spec.frees_after_not, whole=True)]
        if not freeing or freeing[-1][1] <= within:
            return False
        # what stands before each exemption, each stretch read as a clause of its own
        before = "，".join(rest[b:a] for (_, b), (a, _) in zip([(0, 0), *freeing], freeing, strict=False))
        return not self.words_in(before, spec.frees_after_void) \
            and not self.words_in(rest[freeing[-1][1]:], spec.frees_after_undo, whole=True)

    def freed_next(self, text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
        """Whether the clause text[next_start:next_end], right after the comma that ends
        text[start:end], frees what that says ("费用8元，这个我们店里出", "运费15块，我们来出"): the two
        read as one are freed after (freed_after) by a `frees_next` exemption in the second (the shop
        paying; not "偏远地区8块，其他地区包邮": free postage there is for others); not "中奖的补5元运费，
        我们出" (a pay word before the exemption), "运费20块，我们出一半" (a share after it), nor when the
        second asks ("我们来出吗？") or it or the rest of its sentence has a `frees_next_void` word."""
        spec = self.spec
        if not spec.frees_next or end > next_start or text[end:next_start].strip() not in _COMMAS:
            return False
        # the clause by itself first (read once, kept): most have no exemption to read the two for
        following = fold(text[next_start:next_end])
        if not self._has(following, spec.frees_next):
            return False
        if text[next_end:next_end + 1] in _QUESTION_MARKS or self._asks(following, False):
            return False
        if self.words_in(text[next_start:_sentence_end(text, next_end)], spec.frees_next_void):
            return False
        return self.freed_after(text[start:next_end], within=next_start - start, by=spec.frees_next)

    def spans_in(self, text: str, classes: Sequence[str]) -> list[tuple[int, int]]:
        """Where each word of `classes` stands in `text`, read as one clause, in order, each time it
        stands there (not only the first): offsets into `text`."""
        folded = fold(text)
        words, tags = self._read(folded.text)
        offsets = _offsets(words)
        return sorted({(folded.origin[offsets[t.start]], folded.origin[offsets[t.end] - 1] + 1)
                       for t in tags if t.name in classes and offsets[t.end] > offsets[t.start]})

    def words_in(self, text: str, classes: Sequence[str], whole: bool = False) -> list[str]:
        """The words of `text` (as written) in any of `classes`, in order, each once; read clause by
        clause, or `whole`, as one (a finding read across a comma: "中奖的半小时内私信报地址，过时作废")."""
        found: list[str] = []
        for _, clause in ([(0, text)] if whole else self._clauses(text)):
            folded = fold(clause)
            words, tags = self._read(folded.text)
            offsets = _offsets(words)
            for tag in tags:
                if tag.name in classes:
                    found.append(folded.quote(offsets[tag.start], offsets[tag.end]))
        return list(dict.fromkeys(found))

    def _clause_words(self, folded: Folded, in_context: bool = True, gaps: tuple[int, ...] = (),
                      listed: bool = False, after: bool = False, answering: bool = False,
                      mentioned: bool = False) -> tuple[tuple[str, ...], bool]:
        """The trigger words of a clause (none: no finding), and whether only an open demand or a
        list of steps found it (`listed`: an item of a list; `answering`: a clause of the answer to how
        the prize is claimed; `mentioned`: it takes back what it says was said, so a quote right after a word
        of saying only mentions)."""
        spec = self.spec
        words, all_tags = self._read(folded.text)
        offsets = _offsets(words)
        tags: Sequence[_Tag] = all_tags
        heading = self._heading(words, tags)
        if heading and spec.role and not spec.topic:
            # A heading's concept is what the text is about: a finding alone where the concept needs no
            # role ("全网最低价：9.9元"), a topic where the spec has topics ("手续费：每位2元"), and
            # no demand where it needs one ("母婴粉丝群：…填写地址即可").
            tags = [t for t in tags if t.start >= heading]
        quoted = _quoted(words)
        # a title in 《》 is a name ("《我的第一本认知书》"): nothing in it is claimed or asked
        titled = _titled(words)
        if titled:
            tags = [t for t in tags if not (t.start in titled and t.end - 1 in titled)]
        literal = self._literals(words, tags)
        # a literal to type names a concept but asks nothing: 扣“要”, 口令“不发货” (an emphasis,
        # 中奖的宝宝“无需”付邮费, still says what it says)
        tags = [t for t in tags if t.name in spec.concept or t.name in spec.elsewhere or t.start not in literal]
        if any(t.name in spec.mention for t in tags):
            # a quote in a clause that talks about words only mentions them ("别家天天喊「全网最低」",
            # "别说「中了必须下单」这种话", "「最」「第一」这类词不能用")
            tags = [t for t in tags if t.start not in quoted]
        elif mentioned:
            # a quote said (说“…”) and taken back right after it (“…”是口误) is mentioned; not one with a figure in
            # it, whose figure was what was wrong ("字幕写的“全网最低价99元”写错了，应该是89元")
            said = {i for opened, closed in _quotes(words)
                    if self._said_before(words, all_tags, opened) and self._taken_back_after(all_tags, closed)
                    and not any(any(ch.isdigit() for ch in w) for w in words[opened + 1:closed])
                    for i in range(opened + 1, closed)}
            tags = [t for t in tags if t.start not in said]
        near = not spec.near or any(t.name in spec.near for t in tags)
        cuts = sorted({t.start for t in tags if t.name in spec.breaks})
        ends = sorted({t.start for t in tags if t.name in spec.scope_end})
        bounds = list(zip([0, *cuts], [*cuts, len(words)], strict=True))
        aside = quoted | set(range(heading))
        trigger: list[_Tag] = []
        sure = False
        topic: list[_Tag] = []  # the concept of a bare topic just before (邮费？… / 运费还得…)
        for lo, hi in bounds:
            inside = [t for t in tags if lo <= t.start and t.end <= hi]
            # a concept inside another rule's span is that rule's (拍下1元邮费链接: a fee, not an order)
            theirs = [t for t in inside if t.name in spec.elsewhere]
            # "拍下1元邮费链接，拍了才发货": the 拍了 is that link, in a clause before or earlier in this one
            first = min((t.start for t in tags if t.name in spec.antecedent), default=None) if spec.anaphor else None
            pointing = [t for t in inside if t.name in spec.anaphor and (after or (first is not None and first < t.start))]
            theirs += pointing
            concept = [t for t in inside if t.name in spec.concept and not _inside_any(t, theirs)]
            if not concept and topic and any(t.name in spec.topic for t in inside):
                concept = topic
                inside = [*inside, *topic]
            topic = self._topic(tags, lo, hi) if spec.topic else []
            # a role word inside a span that absorbs it is not this rule's (满99包邮: a buyer's offer)
            absorbing = [t for t in inside if t.name in spec.absorb]
            role = [t for t in inside if t.name in spec.role and not _inside_any(t, absorbing)]
            flip = [t for t in inside if t.name in spec.flip]
            if any(t.name in spec.overrule for t in inside):
                flip = []  # "不给也没关系": the reassurance answers the threat
            negations = [t for t in inside if t.name in spec.cancel] if not flip else []
            cancels = {_stretch(ends, t.start) for t in negations}
            # a negation that governs a demand reaches past who it names ("不需要中奖的宝宝下单")
            reach = min((t.start for t in inside if t.name in spec.govern), default=hi) if not flip else hi
            free = [t for t in concept if t.start < reach and not self._cancelled(t, negations, ends)]
            if free and (role or flip or not spec.role):
                trigger += free + role + flip
                sure = True
            elif free and (listed and self._steps(words, tags, lo, hi) or answering and self._leads(words, all_tags, lo, hi)):
                trigger += free  # a step of a list, or of an answer to how to claim, is asked ("1. 关注主播 2. 加入粉丝团")
            elif not free and spec.open:
                # what a negation covers is not asked for ("没中过奖的宝宝需要…": only 的宝宝需要… is),
                # nor a quoted literal (口令是「快手好物」), a heading (领奖须知：…) or a bare 拍完/拍了
                # after a paid link (that payment)
                covered = {i for i in range(lo, hi) if _stretch(ends, i) in cancels or i >= reach} | aside
                paid = {i for t in pointing for i in range(t.start, t.end)}
                trigger += self._open_demand(words, [t for t in inside if t.start not in covered], lo, hi,
                                             in_context, covered | paid, near)
        if not trigger:
            return (), False
        # A word inside a longer trigger is not named twice (到付 inside 货到付款), and triggers that
        # overlap are named as one (運費10 and 10元: 運費10元).
        kept: list[tuple[int, int]] = []
        for a, b in sorted({(t.start, t.end) for t in trigger}):
            if kept and a < kept[-1][1]:
                kept[-1] = (kept[-1][0], max(b, kept[-1][1]))
            else:
                kept.append((a, b))
        return tuple(dict.fromkeys(_quote(folded, offsets[a], offsets[b], gaps) for a, b in kept)), not sure

    def _cancelled(self, concept: _Tag, negations: Sequence[_Tag], ends: Sequence[int]) -> bool:
        """Whether a negation or exemption covers the concept: one in its stretch; for a contrast,
        which opens with the negation that says who, any other one in its part ("没加团的宝宝邮费也
        不用付")."""
        if concept.name in self.spec.contrast:
            return any(not _opens(c, concept) for c in negations)
        return any(_stretch(ends, c.start) == _stretch(ends, concept.start) for c in negations)

    def _literals(self, words: Sequence[str], tags: Sequence[_Tag]) -> set[int]:
        """The word indices inside quotation marks that open one or two words after a `typed` word
        (扣“要”, 口令是「快手好物」, 评论“已下单”): a text to type, not a demand."""
        ends = {t.end for t in tags if t.name in self.spec.typed}
        return {i for opened, closed in _quotes(words) if opened in ends or opened - 1 in ends
                for i in range(opened + 1, closed)}

    def _steps(self, words: Sequence[str], tags: Sequence[_Tag], lo: int, hi: int) -> bool:
        """Whether a list item reads as a step: its first word (after marks and numbers) is a verb
        (`step_tags`) or a concept ("加入粉丝团", "点亮灯牌"; not "粉丝团专属价")."""
        first = next((i for i in range(lo, hi) if _lettered(words[i])), None)
        if first is None or any(lo <= t.start < hi and t.name in self.spec.optional for t in tags):
            return False  # "2.分享直播间给好友可以增加人气": an offer, not a step
        if words[first] in self._step:
            return True
        # an item that is only a condition ("2、点亮灯牌"), not one that names a thing ("粉丝团专属价")
        rest = [i for i in range(first, hi) if _lettered(words[i])]
        return any(t.start == first and t.end > rest[-1] and t.name in self.spec.concept for t in tags)

    def _leads(self, words: Sequence[str], tags: Sequence[_Tag], lo: int, hi: int) -> bool:
        """Whether words[lo:hi], after who answers ("答：", "客服：") and a carry word (然后), reads as
        a step, as a list item does (`_steps`), or opens with what the winner is to do (`doing`):
        a step in the answer to how the prize is claimed ("答：拍一件9.9的袜子", "——点亮灯牌"; not
        "会员中心直接领", "分享直播间可以多一次机会")."""
        start = self._after_speaker(words, tags, lo, hi)
        carry = [t.end for t in tags if t.start == start and t.name in self.spec.carry]
        start = max(carry, default=start)
        first = next((i for i in range(start, hi) if _lettered(words[i])), None)
        if first is None or any(t.start == first + 1 and t.name in self.spec.describes for t in tags):
            return False  # "下单的宝宝48小时内发货": who is meant, not a step
        if self._steps(words, tags, start, hi):
            return True
        return not any(start <= t.start < hi and t.name in self.spec.optional for t in tags) \
            and any(t.start == first and t.name in self.spec.concept for t in tags) \
            and any(t.start == first and t.name in self.spec.doing for t in tags)

    def _open_demand(self, words: Sequence[str], inside: Sequence[_Tag], lo: int, hi: int,
                     in_context: bool, covered: set[int], near: bool) -> list[_Tag]:
        """An open demand in words[lo:hi] and the content words it asks for (see the module doc);
        empty when the part has no demand, no content word or no context."""
        spec = self.spec
        demand = [t for t in inside if t.name in spec.open]
        if not demand or not (in_context or any(t.name in spec.context for t in demand)) \
                or any(t.name in spec.elsewhere for t in inside):
            return []
        if any(t.name in spec.received for t in inside) and all(t.name not in spec.open_before for t in inside):
            return []  # care after receipt ("收到后请先充满电"), not "收到后…才算领奖成功"
        if any(t.name in spec.choice for t in inside) and all(t.name not in spec.flip for t in inside):
            # a preference asked ("备注要大果还是小果就行"), unless the prize waits on it ("晒出尺码才能领",
            # a 才 that is no 就行) or a threat follows ("不选的不发")
            enough = {(t.start, t.end) for t in inside if t.name in spec.suffice}
            if not any(d.name in spec.open_before and (d.start, d.end) not in enough for d in demand):
                return []
        if not near and all(d.name not in spec.open_before for d in demand):
            return []  # "请家长看护", "记得准时来": a request to no one about the prize is no condition
        known = {i for t in inside if t.name in spec.neutral or t.name in spec.open
                 for i in range(t.start, t.end)}
        things = _Things(spec, inside, lo)
        # What each demand asks for: before it (…才能领) or after it (需…); the union of those ranges
        # is one range on each side.
        before = max((d.start for d in demand if d.name in spec.open_before and not things.before(d.start)),
                     default=lo)
        after = min((d.end for d in demand if d.name not in spec.open_before and not things.on(d, hi)),
                    default=hi)
        asked = set(range(lo, before)) | set(range(after, hi))
        content = self._content(words, sorted(i for i in asked - covered
                                              if i not in known and words[i] not in self._function))
        return demand + content if content else []

    @staticmethod
    def _content(words: Sequence[str], candidates: Sequence[int]) -> list[_Tag]:
        """The content words among `candidates` (word indices, in order): a word of two or more
        letters, or a run of single characters that jieba did not know as one word (到店自提 is
        到 / 店 / 自 / 提 to it)."""
        def single(i: int) -> bool:
            return i >= 0 and len(words[i]) == 1 and words[i].isalpha()

        found: list[_Tag] = []
        run: list[int] = []
        for i in [*candidates, -1]:
            if single(i) and (not run or run[-1] == i - 1):
                run.append(i)
                continue
            if len(run) >= 2:
                found.append(_Tag("content", run[0], run[-1] + 1))
            run = [i] if single(i) else []
            if i >= 0 and _CONTENT.match(words[i]):
                found.append(_Tag("content", i, i + 1))
        return found

    def _read_uncached(self, text: str) -> tuple[tuple[str, ...], tuple[_Tag, ...]]:
        words = self._words(text)
        return tuple(words), tuple(self._tags(words))

    def _words(self, text: str) -> list[str]:
        """jieba's words, a word that jieba's dictionary glued to one of the spec's words taken
        apart again ("需承担" → 需 / 承担) unless the spec knows the whole word."""
        out: list[str] = []
        for word in self.segmenter.cut(text):
            if word.isdigit() and len(out) >= 2 and out[-1] in _POINTS and out[-2].isdigit():
                out[-2:] = [out[-2] + out[-1] + word]  # jieba cuts 0.01 into 0 / . / 01: one number
                continue
            out.extend(self._split(word))
        return out

    def _split(self, word: str) -> tuple[str, ...]:
        index = self.spec.phrase_index
        if len(word) < 2 or word in index or self._wild(word):
            return (word,)

        def member(part: str) -> bool:
            return any(is_member for _, is_member in index.get(part, ()))

        if len(word) == 2:
            # "没填" → 没 / 填: a negation glued to a word the spec knows, where jieba hardly knows
            # the pair as a word (没填 3; 别的 4354, 不得 6248, 无限 1697 are words and stay whole)
            cancel = self.spec.cancel
            negated = any(name in cancel and is_member for name, is_member in index.get(word[0], ()))
            glued = negated and member(word[1]) and self.segmenter.freq(word) < GLUED_MAX_FREQ
            return (word[0], word[1]) if glued else (word,)

        for k in range(1, len(word)):
            left, right = word[:k], word[k:]
            if ((len(left) >= 2 and member(left) and (len(right) == 1 or member(right)))
                    or (len(right) >= 2 and member(right) and (len(left) == 1 or member(left)))):
                return (left, right)
        return (word,)

    def _tags(self, words: Sequence[str]) -> list[_Tag]:
        spec = self.spec
        tags: set[_Tag] = set()
        blocked: dict[str, list[tuple[int, int]]] = {}
        n = len(words)
        for i in range(n):
            phrase = ""
            for j in range(i, n):
                phrase += words[j]
                if len(phrase) > _MAX_PHRASE_CHARS:
                    break
                for name, member in spec.phrase_index.get(phrase, ()):
                    if member:
                        tags.add(_Tag(name, i, j + 1))
                    else:
                        blocked.setdefault(name, []).append((i, j + 1))
            for name in self._wild(words[i]):
                tags.add(_Tag(name, i, i + 1))
        if blocked:
            tags = {t for t in tags if not any(a <= t.start and t.end <= b for a, b in blocked.get(t.name, ()))}
        by_name: dict[str, list[_Tag]] = {}
        for t in tags:
            by_name.setdefault(t.name, []).append(t)
        for pattern, steps, tail in self._patterns:
            for t in _apply(pattern, steps, by_name, len(words), tail) - tags:
                tags.add(t)
                by_name.setdefault(t.name, []).append(t)
        return sorted(tags, key=lambda t: (t.start, t.end, t.name))


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def _quotes(words: Sequence[str]) -> list[tuple[int, int]]:
    """The (opening, closing) word indices of each pair of quotation marks."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for i, word in enumerate(words):
        if word in _QUOTE_OPEN and opened is None:
            opened = i
        elif word in _QUOTE_CLOSE and opened is not None:
            pairs.append((opened, i))
            opened = None
    return pairs


def _quoted(words: Sequence[str]) -> set[int]:
    """The word indices inside quotation marks (口令是「快手好物」, 点击“去领奖”)."""
    return {i for opened, closed in _quotes(words) for i in range(opened + 1, closed)}


def _titled(words: Sequence[str]) -> set[int]:
    """The word indices inside a title's marks 《…》."""
    inside: set[int] = set()
    opened: int | None = None
    for i, word in enumerate(words):
        if word == "《":
            opened = i
        elif word == "》" and opened is not None:
            inside.update(range(opened + 1, i))
            opened = None
    return inside


def _stretch(ends: Sequence[int], at: int) -> int:
    """Which stretch between `scope_end` words the word at `at` lies in."""
    return bisect.bisect_right(ends, at)


def _gap(step: str) -> tuple[int, str] | None:
    """A gap step's most words between and the class none of them may start: "~" (any number),
    "~3" (at most three), "~3!negation" (at most three, no negation among them); None if not a gap."""
    if not step.startswith(GAP):
        return None
    count, _, without = step[1:].partition("!")
    if count and not count.isdigit():
        return None
    return (int(count) if count else 1 << 30), without


def _is_gap(step: str) -> bool:
    return _gap(step) is not None


def _apply(pattern: Pattern, steps: tuple[tuple[str, int, str], ...], by_name: Mapping[str, Sequence[_Tag]],
           length: int, tail: tuple[int, str] | None = None) -> set[_Tag]:
    """Spans where the pattern's classes follow each other: adjacent, with any words between at "~",
    with at most N words between at "~N", none of them starting a word of a class at "~N!class"; from
    the clause's first word after "^", to its last before "$" (or within N words of it, none of that class,
    after a "~N!class" right before the "$": `tail`, Pattern.tail worked out once). `by_name`: the tags so far, by class;
    `length`: the clause's words."""
    first = by_name.get(pattern.first)
    if not first or not all(name in by_name for name, _, _ in steps):
        return set()
    partial: list[tuple[int, int]] = [(t.start, t.end) for t in first if t.start == 0 or not pattern.anchored]
    for name, gap, without in steps:
        nxt = by_name.get(name)
        if not nxt:
            return set()
        barred = {t.start for t in by_name.get(without, ())} if without else set()
        partial = [(s, t.end) for s, e in partial for t in nxt if e <= t.start <= e + gap
                   and not any(i in barred for i in range(e, t.start))]
        if not partial:
            return set()
    if tail is not None:
        most, without = tail
        barred = {t.start for t in by_name.get(without, ())} if without else set()
        return {_Tag(pattern.tag, s, e) for s, e in partial
                if length - e <= most and not any(i in barred for i in range(e, length))}
    return {_Tag(pattern.tag, s, e) for s, e in partial if e == length or not pattern.closed}


def _says_something(between: str) -> bool:
    """Whether text between clauses has more than marks and spaces (a word, a figure, an emoji: "？👍")."""
    return any(not (ch.isspace() or unicodedata.category(ch)[0] in "PZ") for ch in between)


def _inside_any(tag: _Tag, spans: Sequence[_Tag]) -> bool:
    return any(o.start <= tag.start and tag.end <= o.end for o in spans)


def _opens(inner: _Tag, outer: _Tag) -> bool:
    """Whether `inner` opens `outer`, a longer span (a negation that opens a pattern's concept)."""
    return inner.start == outer.start and inner.end < outer.end


def _offsets(words: Sequence[str]) -> list[int]:
    out = [0]
    for w in words:
        out.append(out[-1] + len(w))
    return out


_LOCK = threading.Lock()
_SEGMENTERS: dict[frozenset[str], Segmenter] = {}


def segmenter_for(words: Iterable[str]) -> Segmenter:
    """One segmenter per set of spec words, kept for the process (a rule pack has one set; a new
    pack version with other words gets its own)."""
    # Words with digits are not added: "0元" kept whole would cut "10元" as 1 / 0元.
    key = frozenset(w for w in words if 1 < len(w) <= 6 and not any(c.isdigit() for c in w))
    with _LOCK:
        seg = _SEGMENTERS.get(key)
        if seg is None:
            seg = Segmenter((w, KEEP_WHOLE_FREQ) for w in sorted(key))
            if len(_SEGMENTERS) >= 4:
                _SEGMENTERS.pop(next(iter(_SEGMENTERS)))
            _SEGMENTERS[key] = seg
    return seg
