"""The rule-text engine (core/text) and the free-text lottery checks on the labelled corpora.

Only the tuning part ("dev") of each corpus runs here; the held-out part is measured by
bench/text_rules.py and never tuned on. Each dev case runs twice: the engine alone (the pack's
words and patterns, held to every case but its known misses), and the check as shipped, with the
second opinion (core/text/opinion.py), which must get right every case the engine alone gets right,
and leave no engine miss worse than the engine left it, but its own listed misses. What it mends
among the engine's misses is not pinned here: the model was trained on these very cases, and the
held-out figures say what it is worth.
"""

import json
import tomllib
from pathlib import Path

import pytest

from core.engine import check, default_pack
from core.text import SpecError, clauses, fold, scanner, spec_from_params
from core.text.rules import Scanner
from core.text.opinion import without_second_opinion
from core.text.rules import segmenter_for
from tests.conftest import CONTRACT, bj

DATA = Path(__file__).resolve().parent.parent / "data"
AS_OF = bj("2024-06-01T12:00:00")
TERM_RULES = ("ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms")


def _cases(name):
    return [c for c in tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"] if c["split"] == "dev"]


# every corpus, in the order written (the bench reads the same list)
TERM_FILES = tuple(line for line in (DATA / "lottery_terms_sets.txt").read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#"))
TERMS = [case for name in TERM_FILES for case in _cases(name)]
# Dev clauses the engine still gets wrong, each with why; strict, so a fix shows up as a failure
# that asks for the entry to go (about one dev clause in 15, more than half from the blind sets 45-130,
# mended only where a change was general; bench/text_rules.py prints precision and recall).
KNOWN_MISSES = {
    "中奖要先参加我们的预售，交了定金的才发": "labelled a condition only; the check also names the deposit (定金) as a fee",
    "开通店铺付费会员（9.9元/月）的中奖者才能领。": "the membership's price in the bracket is not read as a fee to the winner",
    "进福利群后交5元运费，统一发货": "joining a group (进福利群后…) with no demand word is not read as a condition",
    "收货地址填好后，还要再拍下一单1分钱的链接才能发": "labelled a condition too; buying a paid link is the fee rule's",
    "③中奖后需补差价9.9元升级为正装，小样不单独发货。": "不单独发 about the sample is read as a threat",
    "宠物用品：中奖者需使用优惠券领取奖品，优惠券使用费3元由中奖者承担。": "using a coupon (需使用优惠券) is read as a condition as well as the fee",
    "中了的兄弟到我们店里来拿，来的时候顺便交个二十块押金，东西拿走了退你": "coming to the shop (到我们店里来拿) has no demand word",
    "中奖额宝宝，快递钞票要自家出的哦，十块洋钿，侬晓得伐": "Shanghainese money words (钞票, 洋钿) are not fee words",
    "中奖的宝宝得是一百个粉丝以上的号哈，那种小号啊就别来凑热闹了，中了我们也不认": "一百个粉丝以上 is cut so that no pattern reads a follower count",
    "晒单好评之后，奖品邮费到付寄出": "a condition followed by 之后 in its own clause is not read as one on the prize",
    "生鲜抽奖领奖流程：①填写收货地址②回答客服提出的商品卖点问题③答对后安排冷链发货。": "a numbered step with no demand word (回答…问题) is not read as a condition",
    "@小鱼儿 我中奖了怎么没收到？——您还没给上次的订单追评哦，追评后安排": "a reply that gives the reason the prize waits (还没给…追评) has no demand word",
    "有宝宝问要不要运费，要的，而且需在评论区晒单后才安排发货": "the buyer's question (要不要运费) and the shop's answer (要的) are not read together",
    "@阿花 要给好评才发吗？——不需要好评，收到觉得好再评价就行": "收到觉得好再评价就行 is an invitation, read as a demand",
    "问：定金退吗？答：奖品定金30元发货后不退，算作奖品运维费": "a deposit kept (不退) is not read as a charge",
    "Q：中奖资格怎么确认？A：需在公屏连续刷“666”十条才确认资格": "spamming a quoted comment (刷“666”十条) leaves no content word outside the quotes",
    "有宝宝问为什么没发货，因为您没在评论区晒中奖截图哦，晒了才发": "晒中奖截图 is an allowed word; here it is a demand to post it publicly",
    "中了私我截图你的fst等级": "an order with no demand word (私我截图…等级)",
    "中奖的给主播作品每个都点赞": "an order with no demand word (中奖的给…点赞)",
    "新疆西藏中奖的加20yf": "加 with an amount glued to yf is not read as a charge",
    "抽中的多肉需在门店自提，不方便来的可以付运费寄": "不方便来的 (a description, no person after 的) keeps its negation over 付运费",
    "中了的姐妹 关注我们另一个号并付6块快递费": "the space cuts the winner (中了的姐妹) from the order given to them",
    "口播：这个是全网最好的防晒衣啊家人们！中奖的去小黄车拍个2块钱的邮费链接，然后给我们晒个图": "然后给我们晒个图 continues the order before it with no demand word",
    "奖品：儿童益智拼图一盒，适合3岁以上，含小零件请家长看护": "an age on the goods (3岁以上) and a safety note to parents are read as demands",
    "来来来中奖的不要走啊，奖品我们送，但是这个快递啊你们得自己出一下，现在快递都涨价了没办法": "快递 alone (the courier) is not a fee word; as one it would name every shipping promise",
    "中了的宝宝啊，你去拍一下那个五号链接，一块钱的，就是个邮费嘛，拍了我就给你发": "the link, its price and 邮费 are three clauses: none says the winner pays",
    "特产抽奖的奖品走邮政，各地邮费不一样，中奖的到时候按实际给快递员就行": "paying the courier (给快递员) with the fee two clauses before is not read as a charge",
    "領獎須知：獎品免費，運費需自付，港澳台地區不寄送。": "a region left out (港澳台地区不寄送) is a place with a threat, not a named condition",
    "中奖的先在评论区发一句“阿强海鲜真新鲜”，发了才给寄": "a comment in the comment area is an allowed step; here a set praise is demanded",
    "先往店铺储值卡里充50元，再付6元快递费，就给你发": "the top-up (充50元) is two clauses before 就给你发, and a request names no winner in its clause",
    "奖品：真人发假发，全网最低价，粉丝团成员专享，邮费10元。": "专享 (members only) is not read as a demand: 粉丝团专属价 is a perk",
    "活动说明：转发直播间并邀请1位好友，中奖后快递到付。": "the steps under 活动说明 have no demand word; 说明 does not name a rule",
    "中奖的宝宝去小黄车拍一下1块钱的邮费链接，拍了就发": "labelled a condition too; 拍了 after a postage link is read as paying it (three other sets label it a fee only)",
    "中了福袋的宝宝需要拍一下我们三号链接,那个链接是一块九毛九,就当是个邮费,拍了我们统一发": "the link, its price and 邮费 are three clauses: the order is read as a condition",
    "今天我们家是那个不锈钢菜刀,就是说切肉切菜都可以,一把六十九,福袋抽两把,中奖的宝宝注意一下,刀具是要实名的,填地址的时候写真实姓名": "a real name the law requires for a knife (要实名) is read as a condition",
    "陶瓷马克杯，400ml，带盖带勺，今日25.9元。\n可刻字定制，刻字另加5元。\n今晚抽奖送马克杯10个，扣“杯子”参与，八点开奖。\n中奖的朋友填好地址，奖品包邮送到。": "a paid add-on for buyers (刻字另加5元) in a post about the prize is read as the winner's",
    "中奖的家人请在开奖后24小时内拍下小黄车99号“奖品邮费”链接（1元），拍下后客服会核对地址并安排发货。": "the link's name in quotes and its price in a bracket: the order is read, the fee is not",
    "奖品寄送统一使用顺丰，运费的一半由店铺承担，另一半（约6元）由中奖家人在客服发的链接里支付。": "the winner's half is paid seven words after 另一半, past an aside",
    "中奖的宝宝回去给之前的订单补个好评,补完截图私信,马上给你发。": "an order with no demand word (回去给…补个好评)",
    "默认中奖者同意成为我们的体验官,收到后一周内发一条使用视频@我们。": "the demand (默认…同意) and the video it asks for are two clauses",
    "粉丝团宝宝中奖是正装,路人中奖发的是旅行装,大家懂的😏": "a better prize for fan-club members, said as a contrast, has no demand word",
    "有人问:没加粉丝团中奖了能发吗?能发的,就是排在加团宝宝后面,晚一周左右哈。": "a later sending for those not in the fan club, told as an answer, is not read as a condition",
    "中奖的姐妹填地址时截一下自己的粉丝团等级,我们按等级从高到低依次发货。": "shipping ordered by fan level (按等级…发货) is not read as a condition",
    "这轮我会翻评论区,留言条数多的宝宝优先中奖,光发口令的就全靠运气啦。": "优先中奖 stands four words after 留言",
    "奖品是车载香薰,中奖后在小程序里充值1元激活,激活后免费兑换。": "labelled a fee only; 中奖后在小程序 reads the mini-program as a condition too",
    "中奖的宝宝填地址时顺便开一下我们家的店铺会员(免费的),开了才进发货流程。": "开 (open a membership) with 会员 after 我们家的 is not read; 进发货流程 is not a send word",
    "中奖宝宝恭喜啦,这套茶具是景德镇手艺的巅峰之作,运费我们出。": "巅峰之作 is not an absolute word in the pack",
    "今晚规则:关注+口令+看满一小时,满一小时的系统自动多给一次抽奖机会~": "an extra chance for watch time (多给一次抽奖机会) is not read as a condition",
    "中奖以后拍这个链接，2块钱，相当于运费险，收到货再说": "the link and its price are two clauses: no clause says the winner pays",
    "抽中的宝宝去小店拍一下0.01元的那个链接，备注中奖ID，拍了才能发": "the paid link is split from 拍一下 by 去小店; 拍了 then has no fee before it",
    "提醒：开奖前别退出直播间，不在线的话系统可能判定无效": "being in the stream at draw time (an allowed step) threatened with 无效 is read as a condition",
    "私信回复：恁好 没有啥额外条件 只要是恁本人账号中的 地址对了就发": "只要是恁本人账号 (one's own account) is read as a demand",
    "抽奖只给点了五十个赞的人 系统有记录": "点了五十个赞: 个 between the count and 赞 is one word too many for the like pattern",
    "中奖后拍一下“中奖专用链接”9.9元,我们会返一张等值优惠券给你~": "中奖后拍 is read as an order to the winner before the link's price after its quoted name",
    "中奖的宝子到我们线下店自提哈,地址在置顶,周末都开门": "the pickup (自提) stands three words after the winner, with no demand word",
    "抽中盲盒的宝子,领奖前需要加入粉丝团,一个快币就能加,超便宜": "the fan club's price (一个快币) is not read as a fee",
    "中奖宝子请在群里接龙,转5元手续费,统一安排发货🚚": "labelled a fee only; 在群里接龙 (a roll call in the group) is read as a condition",
    "观看直播满20分钟的宝子才能参与抽奖⏰ 刚进来的等一等": "观看直播满20分钟: the watch pattern does not know 观看 (as a word it would hide 看满)",
    "园艺铲奖品走德邦,上门送货费需要中奖人到时候给师傅": "paying the courier (给师傅) is not a payment word",
    "中奖后请购买运费险2元,保障您的权益": "labelled a fee only; 中奖后请购买 is read as an order to the winner",
    "修手机的同行看过来,这轮抽奖只限有维修店营业执照的,中奖后发照片核验": "a licence as eligibility (只限有…营业执照的) names no winner in its clause",
    "奖品缺货时将不再补发，也不另行通知。": "a refusal on the prize (奖品…不再补发) is read as about the prize's shipping",
    "中奖的老铁先拍个九块九的链接，不是奖品啊，是咱家袜子，然后邮费还得你出": "labelled a condition too (the link buys socks); a priced link is read as the fee rule's",
    "如发现使用外挂、刷号等作弊行为，平台有权取消其中奖资格。": "disqualifying cheats (外挂、刷号) is read as a threat about a condition",
    "此前有个别用户反映中奖后被要求付「保价费」，经核实系不法分子冒充，本店从未收取。": "a scam reported (反映…被要求付, 经核实…冒充) is told across two clauses: the first still reads as a charge",
    "关于税费：本次奖品单价低于800元，不涉及个人所得税；即便涉及，也由本店承担。": "a heading (关于税费：) with a price limit (800元) is read as a charge",
    "本店商品支持价保15天，降价可申请补差价。": "a price guarantee for buyers (降价可申请补差价) is read as a charge",
    "2. 中奖奖品涉及的个人所得税由本店代扣代缴并全额承担，中奖用户无需支付。": "the shop withholds and pays the tax (由本店代扣代缴并全额承担): three words stand between the shop and 承担",
    "各位老铁 今儿抽的是俺们海边晒的虾干 中了包邮 到付的件俺们一律不发 怕你们花钱": "the shop refusing cash-on-delivery parcels (到付的件…一律不发) is read as a threat about 到付",
    "中了奖的家人 刷个小心心礼物 一块钱的那种 俺就给你发": "set 31: a gift priced (刷个小心心礼物 一块钱的那种) to claim is a fee and a condition; the gift is read right as a condition, its price is missed as a fee",
    "中奖宝宝 拍 运费 链接 ，，，拍了 发货 ！！！": "an order of a postage link spelt out word by word (拍 运费 链接) with the pointing 拍了 after marks",
    "中奖宝宝 快递到了村口驿站 取件的时候要是跟你收钱 别给 打电话给俺 俺来处理": "a warning not to pay the courier (要是跟你收钱 别给) is read as a charge",
    "中奖的宝宝 随便拍一个九块九的东西 俺把奖品塞里面一起发 省得你再出油费": "a cheap item to buy (随便拍一个九块九的东西) with no demand word; 省得你再出油费 (so you need not pay) is read as a charge",
    "运费到付？那是买大件户外桌椅的，中奖的小件我们都包邮": "a question about 到付 answered as another product's terms, in the next sentence",
    "抽中的最好拍个1元链接，不然仓库没法单独出库": "最好 (had better) is read as an absolute claim, and the paid link as a fee only",
    "抽奖和秒杀是分开的，秒杀要拍要付款，抽奖中了就是白送": "a flash sale's own payment (秒杀要拍要付款) in a sentence that names the lottery",
    "中奖用户需要实名吗？快递需要收件人姓名和电话，其他不要": "a question, then what the courier needs (收件人姓名和电话), read together as a demand",
    "抽中耳机的要开发票可以找客服，不收钱": "an invoice on request (要开发票可以找客服) is read as a demand",
    "今晚满199包邮，注意是下单满199，福袋中奖的不算这个，福袋本身包邮": "a sale threshold restated (注意是下单满199) in a sentence that names the prize",
    "中奖的拍一单0.01的链接确认身份": "a one-cent link to confirm who won, with no demand word: neither the order nor the payment is read",
    "恭喜中奖！您抽中的是全网最低价的不粘锅，外面买要199，包邮给您寄": "a price elsewhere (外面买要199) is read as a demand to buy",
    "“要不要先关注才能领？”——参与抽奖时关注主播就可以了，中奖后直接填地址，不用再做别的": "a quoted question, then 参与抽奖时关注主播就可以了 (the lottery's own step) read as a demand",
    "亲，点亮粉丝灯牌后才能领奖哦，灯牌一块钱就能点": "the fan badge's price (灯牌一块钱就能点) is not read as a fee",
    "中奖宝宝注意：奖品订单不要申请退款哈，退款后系统会关闭订单就发不了了，有问题先找客服": "a warning not to refund the prize order is read as a threat about the order",
    "亲，中奖的奖品要保价，保价费我们出一半您出一半，4块钱，另外要加粉丝团方便通知": "a share of insurance with the amount a clause later, and 另外要加粉丝团 after a break word",
    "亲，邮费可以不付，但不付的话只能等下个月统一发，付了当天发": "邮费可以不付，但不付的话只能等: a later sending for not paying, told as a choice",
    "亲，中奖免单的意思是您先正常拍下付款，收到货后我们再返现给您": "免单 explained as pay first and get a refund later: no fee or demand word",
    "宝，奖品需要和店里任意一件商品一起发，您拍个9.9的袜子我们就把奖品放一起寄": "a sock to buy (您拍个9.9的袜子我们就…寄) after a need on the prize (thing)",
    "亲，抽奖的宝贝和店里卖的是同一批货，我们不会发次品给中奖的宝子": "the shop's promise about quality (我们不会发次品) is read as a threat",
    "亲，中奖的猫粮会跟试吃装一起发，试吃装收4.9元，必须一起拍才能发出": "a sample pack to buy (试吃装收4.9元), labelled a condition only, is read as a fee too",
    "您好，奖品为儿童滑板车一台，已安装好大部分零件，收到装个把手就能玩": "assembly on arrival (收到装个把手就能玩) is read as a demand",
    "亲，保价我们店里已经给您的奖品买了，费用我们出，您不用管": "insurance the shop bought (保价…已经给您的奖品买了) is read as an order",
    "Q：中奖后客服说要付1元？A：不可能，请截图发我们核实，我们不收任何钱。": "a reported demand in a Q&A, then a request to send a screenshot for checking (请截图发我们核实) read as a demand",
    "备注：店铺会员日满99减10（仅限购物），抽奖奖品不参与也不受影响，照常包邮。": "a coupon for purchases in an aside (仅限购物) in a sentence that also names the prize",
    "问：我中奖了为什么不发？答：你不是粉丝团成员，加团后补发。": "加团后补发: 补发 (send again) is not read as the sending the condition opens",
    "Q：为什么要付钱？A：这是快递公司收的，不是我们收的，一共4块。": "the courier's charge explained (这是快递公司收的…一共4块) has no payer or payment word near the fee",
    "领奖说明：下单任意商品+补2元差价，顶级小样随单发": "a heading, then an order and a fee joined by +: the fee makes the part another rule's",
    "车厘子奖品按JJ级发，单果直径28mm以上，收到可以量一下。": "a size grade (JJ级…28mm以上) read as a demand by 以上",
    "海鲜奖品走顺丰次日达，次日到不了的地区我们会联系你换成同价的干货礼盒，不收任何差价；不想换的也可以等冷链线路开通再发。": "an offer to wait (不想换的也可以等…再发) is read as a demand",
    "中奖宝宝收件地址如果在封控或停发区域，客服会联系你等恢复后再发，资格保留。": "a lockdown area (封控或停发区域) sent later is read as a demand",
    "中奖不需要额外实名认证，只要收货人姓名和电话；刀具除外，快递收刀需要实名，这个是快递的规定。": "the courier's real-name rule for knives (快递收刀需要实名) is read as a condition",
    "回复 @小杨：地址在海外的不好意思寄不了，只发大陆地区哈": "no sending abroad (地址在海外的…寄不了) is read as a condition; an earlier set labels excluded regions a condition",
    "@用户8765 奖品的包装盒要的话加3块，不要就裸发": "a paid option for the gift box (包装盒要的话加3块) is read as an offer, not a fee",
    "回复 @萌萌：茶叶中奖不用交税，这么点东西交啥税😂": "a rhetorical question with no question mark (这么点东西交啥税) is read as a charge",
    "中奖的宝宝记得点开小铃铛看私信，客服会找你要地址。没收到的可以主动私信我们。": "a request to read the shop's message (点开小铃铛看私信) is read as a demand",
    "中奖以后加客服微信，转5元快递费，客服登记后给你发货。": "adding the shop's WeChat after winning (中奖以后加客服微信) is read as where money goes, not a condition",
    "宝宝们下单的时候记得领一下店铺券，满100减10。抽奖的宝宝中了不用领券也不用下单。": "领 in 领一下店铺券 is read as the claim, so the sale sentence names the prize",
    "主播提醒一下，中奖以后请在快手APP里联系客服，不要相信任何让你转账的陌生人。我们中奖从来不收钱。": "contacting the shop in the Kuaishou app (请在快手APP里联系客服) is read as a demand",
    "亲，奖品跟订单一起发，您看看店里还需要点啥，拍了一起寄给您": "an order suggested as a question (您看看店里还需要点啥，拍了一起寄给您) has no demand word",
    "绝对正品！中奖宝宝加客服微信，微信转运费": "加客服微信 then 微信转运费: the WeChat is read as where the money goes, not as a condition",
    "中奖的宝宝记得说一下猫咪有没有肠胃敏感，我们可以换成低敏配方的～": "a health question about the pet (猫咪有没有肠胃敏感) is read as a demand",
    "Q：我中奖了但是不想要袜子，能折现吗？A：不好意思，奖品不支持折现哦。": "a question under Q: whose question mark ends the next clause (不想要袜子，能折现吗？)",
    "亲，奖品是我们家卖得最好的猫粮，需要您拍一下6元运费": "卖得最好的猫粮 (the best seller) is read as a demand by 得",
    "亲，奖品需要和订单一起发出，您拍个9.9的袜子，我们把奖品塞进去一起寄": "a sock to buy (您拍个9.9的袜子) after a need on the prize (thing)",
    "袜子链接拍两件以上包邮，一件的话要3块运费。抽奖的不用管，中了直接寄": "a sale by count (拍两件以上包邮，一件的话要3块运费) whose sentence is read as a demand",
    "粉丝团满10级的老粉我们每个月寄一张手写明信片，纯属感谢，不是抽奖。": "fan-club perks that are not the lottery (纯属感谢，不是抽奖) are read as a condition",
    "下单的宝宝如果想退货，记得把赠品一起退回；抽奖的奖品不用退也不会让你补钱。": "a return of a purchase's gift (退货…记得把赠品一起退回): 赠品 is read as the prize",
    "上期中奖的那位后来没收到，是因为她没补运费，补了我们就发。": "a past winner not sent for not paying (是因为她没补运费，补了我们就发) is told, not asked: no demand word",
    "有粉丝说我们家是她用过最好用的，谢谢认可，但这话我们自己不能说哈。": "what a fan said (有粉丝说…最好用的) is read as the shop's claim",
    "跟大家解释一下，中奖的宝宝拍那个1元链接不是收费，是为了走系统生成订单，方便发货。": "a one-yuan link explained as not a fee (不是收费) is labelled a fee",
    "今天中奖的宝宝们，花已经准备好了，因为是鲜花需要顺丰特快，大家到付一下就行，大概18块。花是今早刚剪的，新鲜得很。明天还有抽奖。": "到付一下就行 with the amount a clause later, in a whole post",
    "周五抽奖抽真空收纳袋，中奖的宝宝看一下：奖品免费，但需要支付2元包装费，拍小黄车里那个2元的「包装服务」就行。收纳袋能省一半空间。": "a link named in quotes (「包装服务」) after a fee in the sentence is read as an order",
    "本週家居抽獎安排：週二抽收納籃，週四抽廚房剪刀，週六抽折疊凳。關注主播、留言「收納」即可參加。中獎後請聯繫客服留地址，全部包郵。": "commenting a password to enter (留言「收纳」即可参加): the quote stands between 留言 and 参加",
    "跳绳抽奖的中奖名单出来了！大家记得在48小时内拍一下0.01元的「奖品发货链接」，拍了我们才知道给谁发。跳绳是钢丝轴承的，不打结。今晚八点还有下一轮。": "a one-cent link in quotes with 记得 before it is read as an order, and 拍了…才知道 as a threat",
    "我们家的玫瑰花是全网最香的，闻一次就忘不了。今天中奖的宝宝拍一下9.9的「运费+花泥」链接，花泥保鲜用。今晚抽5束。": "a link priced in a quote (9.9的「运费+花泥」链接) is read as an order as well as a fee",
    "关于抽奖被投诉的说明：上周有宝宝中奖后被要求付运费，经核查是一位新来的客服没搞清楚规则。已经把运费退还给这位宝宝，客服也重新培训了。我们再次说明：奖品全部包邮，不收任何费用。": "a complaint explained (被要求付运费，经核查…) is read as a charge",
    "最近收到投诉说抽奖中了绘本，客服让加微信才发货，我们在这里澄清：店铺客服只在快手后台沟通，不会让大家加微信。已经处理了相关人员。中奖的宝宝直接在后台留地址即可。": "a complaint quoted (投诉说…客服让加微信才发货) is read as a demand",
    "健身小店下播总结：今天抽了两个福袋，一个是瑜伽砖，一个是弹力带，都已经登记好了。中奖的练友三天内留地址就行。全部包邮，不收任何费用。明晚见。": "练友 (a fitness shop's word for its fans) is read as a content word",
    "zj的bz拍一单随便啥 再补2r yf 一起发": "zj的bz拍一单 then 再补2r yf: the order stands in the clause before the fee and is read as that fee's",
    "有人说yf不用给?要给的哈 5r不多": "hearsay answered yes (有人说yf不用给?要给的哈): the answer names no fee",
    "婴儿湿巾这款是加厚的，80抽一包，一箱12包69元。偏远地区不包邮哈，新疆西藏的宝妈下单要补运费。": "buyers in remote areas ordering (新疆西藏的宝妈下单要补运费) with no sale word: 宝妈 is also what sellers call a winner",
    "亲,您的奖品已经安排了,运费这边承担,您不需要给快递小哥任何钱哦。": "这边 (the shop's side) is not read as the shop: it names the winner's side as often (运费宝宝这边承担一下)",
    "按照法律规定，中奖奖品如需缴纳个人所得税，由本店代扣代缴，不从你这边收取。": "如需缴纳…由本店代扣代缴，不从你这边收取: the shop withholding and paying is three clauses from the tax",
    "奖品没有发票不影响保修，凭中奖订单截图就能享受售后。": "proof of winning for warranty (凭中奖订单截图就能享受售后) is read as a demand",
    "抽中老年护膝的家人，加客服微信登记领取": "adding the shop's WeChat to register (加客服微信登记领取) has no demand word",
    "中奖的宝子，奖品和你下次买的东西一起发，省运费": "the prize sent with a next purchase (和你下次买的东西一起发) has no demand word",
    "保证100%纯棉，抽中的被套假一赔十": "保证100%纯棉 is labelled an absolute claim; 100%棉 states a fibre content and is not one",
    "运费险我们给中奖的家人都买了，不用你们出": "insurance the shop bought (运费险我们…都买了，不用你们出) is read as a fee topic completed by 出",
    "问：中奖要付邮费吗？答：港澳台和海外要付，其他包邮": "an answer charging some regions (港澳台和海外要付) after a question: the fee is in the question",
    "新人进直播间先点关注，八点抽奖，抽冻干水果5份": "a newcomer following the host (新人进直播间先点关注) is read as a condition by 新人",
    "亲，恭喜抽中～请加一下客服微信xxxx，奖品统一在微信上登记发货": "adding the shop's WeChat (请加一下客服微信): 加一下 is one word, not 加 and a group",
    "亲，恭喜中奖，您要是近期搬家的话可以晚点再发，什么时候方便告诉我一声": "an offer to send later (要是近期搬家的话可以晚点再发) is read as a demand",
    "亲，非常抱歉，您抽中的养生壶厂家延迟发货，预计下周三之前发出，如果等不及可以换成同价位的电热水壶，您说一声就好": "an offer to swap a delayed prize (如果等不及可以换成…) is read as a demand",
    "亲，恭喜中奖！您的地址在海外，我们暂时寄不了，您可以给一个国内亲友的地址，我们包邮寄过去": "no sending abroad (您的地址在海外，我们暂时寄不了) is read as a condition",
    "培训：讲解“100%棉”这种成分标注要以吊牌为准，吊牌写了95%棉就不能说100%。": "a fibre content quoted in training (讲解“100%棉”…不能说100%) is read as a claim by the bare 100%",
    "发货说明：下单后默认中通，需要顺丰的可以补顺丰差价5元（仅限购物订单）。": "buyers' couriers (需要顺丰的可以补顺丰差价5元（仅限购物订单）): the aside that says so is read apart",
    "买家须知：海外地区暂不发货，港澳台运费另算，下单前请联系客服。": "buyers' notice (海外地区暂不发货，港澳台运费另算) is read as a condition",
    "网传“快手抽奖中了要交税”，咱家奖品价值都不高，不涉及任何费用，也不会让你转账，谁找你要钱都是骗子。": "a rumour quoted (网传“…要交税”) in a post whose later clauses name fees",
    "新人培训：平台规则说抽奖后不能以任何借口收费，包括“保价费”“包装费”“加急费”，都不行。": "the rule's own list of fees in quotes (包括“保价费”“包装费”…都不行) is read as a condition",
    "上次抽奖中奖的宝宝都很配合，拍了个9.9的袜子一起寄过去，这次也照这个来。": "a past order to ship with the prize told as a story (拍了个9.9的袜子一起寄过去，这次也照这个来)",
    "澄清：中奖不用额外花钱，只要你之前在店里买过任意一单就能领，没买过的随便拍个几块钱的小东西就行。": "an order asked (只要你之前在店里买过任意一单就能领) labelled a condition only: 花钱 and 拍个几块钱 read as a fee",
    "绿植奖品为防摔需要带土带盆发货，请补6元打包费，付完后统一安排寄出，到手先别浇水。": "a need on the prize four words after it (绿植奖品为防摔需要带土带盆发货): the thing reaches one word, as the review asked",
    "满99包邮哦，今晚下单的家人记得凑单~ 抽奖奖品另外单独寄": "the prize sent apart (抽奖奖品另外单独寄) does not free the winner: 另外寄 kept whole swallowed the break word 另外",
    "亲，恭喜中奖。如果您不想要这个奖品也可以告诉我们，我们帮您取消订单，不会有任何影响": "the shop offering to cancel an unwanted prize (我们帮您取消订单) is read as a threat",
    "亲，看到您在评论区问“中奖了还要买锅才发吗”，不用的，中奖就发，和有没有买东西没关系": "a buyer's question quoted (您在评论区问“…才发吗”) is read as a demand: 问 is no mention word",
    "竞品分析（内部）：对面直播间口播常用“全网第一”“绝对”，已被平台警告，我们继续用实测数据说话。": "words quoted in a competitor analysis (口播常用“全网第一”“绝对”) are read as claims",
    "话术整改：把“绝对正品”改成“品牌授权，支持验货”，把“史上最低”改成“今天直播间价格”。": "words replaced in training (把“绝对正品”改成…) are read as claims: 改成 also reports a real change",
    "某些直播间吹「史上最低价」，结果第二天更低，我们家价格就是正常价，不搞噱头。": "words another room brags (某些直播间吹「史上最低价」) are read as claims",
    "中奖的师傅们，工具箱走物流，物流费我们已经预付，到了网点不会再收你钱，如果有人收费请拍照联系我们。": "set 45: 如果有人收费 (a warning of what someone else may do) is read as a fee",
    "这次抽的菜刀是我们五金厂自己锻的，一百零八道工序，锋利耐用。中奖的师傅留地址，我们用加厚纸盒包好再寄，签收时请当面检查刀刃护套。": "set 45: a check on receipt (签收时请当面检查刀刃护套) is read as a condition",
    "大家好，以下是本周抽奖中奖名单（略）。请以上用户在3个工作日内联系客服登记信息，登记完成后按顺序发货。": "set 45: sending in order after registering (登记完成后按顺序发货) is read as a condition",
    "本场抽奖说明：奖品为有机草莓两盒，冷链包邮。因草莓易坏，仅限江浙沪地区用户参与，其他地区暂不参与本次抽奖，敬请谅解。": "set 45: who may join the draw (仅限江浙沪地区用户参与) is read as a condition to claim",
    "宝子们拍手机壳的记得看一下，单件不包邮运费3元，两件包邮。抽奖中奖的宝子不用拍链接，直接私信地址就好。": "set 45: the buyers' postage (单件不包邮运费3元) in a sentence apart from the winner's is read as the winner's",
    "各位书友，有人问为什么我们抽奖不让大家先下单，因为平台规定不能把额外下单作为领奖条件，我们一直照规矩办。宣纸中奖者留地址后三日内发出。": "set 45: the rule told (不能把额外下单作为领奖条件) is read as a condition",
    "【抽獎說明】本場抽送紅酒禮盒兩組，關注並留言「乾杯」即可參加。中獎者請於三日內提供收件地址，運費由本店全額負擔，無需支付任何費用。": "set 45: the address within three days (請於三日內提供收件地址) is read as a condition",
    "本场活动说明：抽奖奖品为瑜伽砖两块，开奖后由系统自动通知中奖者。请中奖者在7天内完善地址，逾期未填写视为自动放弃。如有地址变更请在发货前告知。": "set 45: an address change before sending (如有地址变更请在发货前告知) is read as a condition",
    "【0元抽奖说明】本场抽送婴儿推车3台，关注主播并在评论区打出「宝宝平安」即可参与。中奖宝子请在48小时内私信客服留下收货地址，奖品全国包邮，一分钱都不用出哦～签收时请当面检查外包装。": "set 45: a check on receipt (签收时请当面检查外包装) is read as a condition",
    "老铁们，抽中扳手套装的直接私信发地址就行，不用进粉丝团，不用买东西，也不用亮牌子，咱这是真送。发货最迟周五，别着急。": "set 45: 也不用亮牌子: the negation does not reach 亮牌子 after 也",
    "本店抽奖奖品（角磨机一台）包邮，但因为机器较重，需要中奖者额外付15块钱的打包加固费，拍下客服发的补款链接后发货。": "set 45: labelled a fee only; paying the link before sending (拍下…链接后发货) is also read as a condition",
    "本次奖品是两箱橙子，会分两次寄出，第一箱明天发，第二箱等下周新果摘了再发，两批都会把单号私信给你。": "set 45: 第一箱 read as an absolute claim, and the second box waiting on the harvest as a condition",
    "抽中鱼缸灯的鱼友，领奖时需支付5元优惠券使用费，客服发券后即可0元下单。": "set 45: labelled a fee only; ordering with the coupon (发券后即可0元下单) is also read as a condition",
    "宝妈们好，抽中奶瓶的宝妈请注意，领奖时需先交5元押金，收到奖品后给店铺五星好评并上传宝宝使用照片，完成后客服返还押金。": "set 45: a review after receipt tied to the deposit's return (收到奖品后给…好评…完成后返还押金) is not read as a condition",
    "亲爱的宝妈们，最近天气转凉，本场抽送婴儿睡袋20件。中奖后最多三天发出，收到记得检查一下有没有线头，有问题直接找客服换新。": "set 45: care on receipt (收到记得检查一下有没有线头) is read as a condition",
    "中奖名单已公布在置顶评论。请中奖用户7日内点击客服对话框填写收货信息，逾期视为放弃。工具类奖品出库前会通电测试，收到后如有问题可在7天内联系售后。": "set 45: the shop's test before sending (出库前会通电测试) or after-sales is read as a condition",
    "家人们，今晚抽5斤装淡晒虾干！中奖的家人需要在店里任意拍一单海货（最低9.9元那款也行），奖品跟着订单一起走，省得单独发件。": "set 45: the cheapest item (最低9.9元那款) is read as an absolute claim",
    "本店酒类商品下单满300元顺丰包邮，不满300运费12元。今晚还会抽3盒礼盒，奖品免运费。": "set 45: the buyers' postage rule (下单满300元…不满300运费12元) is read as a condition",
    "中奖的宝妈，奖品纸尿裤有S到XL四个码，请私信告知宝宝体重，客服帮您选码后发货。": "set 45: a size asked (告知宝宝体重…选码后发货) is read as a condition",
    "中了的宝宝拍一下三号链接 一块钱那个 那个是运费 拍了我们才好发": "set 46: a paid link named in spoken pieces (一块钱那个 那个是运费) is read as a condition, not a fee",
    "得是粉丝团的 哦不是不是 那是上一场的福袋 今天这个抽奖谁都能领": "set 46: a condition taken back (哦不是不是) is still read",
    "快手规则里写了不能用最好第一这种词 所以我不说 我就说这个蜂蜜我自己家也吃": "set 46: words the rule bans, told (不能用最好第一这种词), are read as claims",
    "化妆品这个套装 下单送化妆包 限前一百名": "set 46: a purchase gift (下单送化妆包 限前一百名) with no prize named is read as a condition",
    "中奖了客服会发你一个链接 拍一下 运费那个 拍完就发 好吧": "set 46: a paid link in spoken pieces (拍一下 运费那个 拍完就发) is not read",
    "到付啊 哎不对 是包邮 包邮包邮 刚才嘴瓢了 包邮": "set 46: a fee said and taken back (哎不对 是包邮) is still read",
    "我抽中的车载支架到现在没发，问了客服三次，最后客服叫我补八块邮费才给寄，0元抽奖还要钱？这合理吗？？ 有没有人也遇到了": "set 47: a buyer's complaint that staff demanded extra postage (补八块邮费才给寄) is not read as a fee",
    "大家注意，今天起抽奖的所有奖品都改成顺丰包邮，之前有客服说的补运费一律作废，已经补了的私信我，原路退": "set 47: a cancelled postage charge (补运费一律作废) is read as a fee despite 作废",
    "这次抽奖的复合营养素是国家级实验室出品，效果业内顶尖，中老年人吃了精神头都不一样。抽中的记得每天早饭后吃两粒": "set 47: advice on taking the prize (抽中的记得每天早饭后吃两粒) is read as a condition via 记得、早饭",
    "新人进群先看群公告，抽奖、优惠、售后都写在里面": "set 47: a general group notice (新人进群先看群公告) is read as a condition via 新人、进群、先",
    "中奖的宝贝需付款9.9元，我们会送你一个价值99元的蘑菇礼盒，相当于一折拿，这个福利只有中奖的才有，过了今晚链接就下架了": "set 47: a sales pitch (相当于一折拿，这个福利只有中奖的才有) is read as a condition via 只有、才有",
    "抽奖规则更新：取消粉丝团等级限制，所有人都能领": "set 47: removing a fan-level limit (取消粉丝团等级限制) is read as a condition despite 取消",
    "回复 @小可爱：是的，中奖的和下单的同一批发货，不会区别对待。": "set 48: winners and buyers shipped together (中奖的和下单的同一批发货) is read as a condition to order",
    "回复 @不吃香菜：中奖要交税？那是别人家的套路。一包牛肉干交哪门子税啊，咱这儿不收税不收邮费，啥也不收，你就把地址发客服，剩下的我们来。": "set 48: a denial of tax (交哪门子税) is read as a fee, and just sending the address (就把地址发客服) as a condition",
    "回复 @鞋迷：这双老爹鞋日常价199，今晚直播间159，运费险我们送。鞋码偏大半码，平时穿40的拍39.5就行，拿不准的先问客服再拍。": "set 48: sizing tips for a sale item (拍39.5就行, 先问客服再拍) are read as conditions",
    "回复 @甜心：小样中了，先拍个3元补邮链接，再把开箱照发到粉丝群，咱这香是顶级调香师调的，独一份。": "set 48: posting an unboxing photo to the fan group (再把开箱照发到粉丝群) is not read as a condition",
    "回复 @晓晓：奖品假发默认自然黑，想换棕色也免费，备注就行。短发款和锁骨发都有货，你私信说一声要哪款，我让仓库那边挑好了再发，不另外收钱。": "set 48: picking the style before shipping (我让仓库那边挑好了再发) is read as a condition via 好了、再发",
    "回复 @小美女：中奖需补交快递费5元，同时需要你三天内完成一笔满50的订单。": "set 48: a required order of 50 within three days (三天内完成一笔满50的订单) is not read as a condition",
    "回复 @大伟：送的菜刀要补个3块的实名登记费，刀具快递都这么收。": "set 48: a registration fee (补个3块的实名登记费) is also read as a condition via 要、实名",
    "回复 @辣妹子：耍嘛，中奖的多肉要补10块“检疫费”，植物跨省要检疫，莫得办法。": "set 48: a quarantine fee (补10块“检疫费”，植物跨省要检疫) is also read as a condition via 要、检疫",
    "回复 @阿杰：点卡奖品不用绑定啥，也不需要你再充值，寄到就能用。卡背面有个银色涂层，用硬币轻轻刮开，把卡号卡密输进游戏充值页面就行，有问题拍照发我们。": "set 48: how to redeem the card (把卡号卡密输进游戏充值页面就行) is read as a condition and, via 充值, as a fee",
    "回复 @河南妞妞：中中中，恁抽中那两罐辣条，俺今儿就给恁寄，运费俺出，不用恁掏一分。": "set 48: a dialect promise to ship today (俺今儿就给恁寄) is read as a condition via 就给恁寄",
    "回复 @琪琪：家人们别被吓着了！咱这儿中奖真不收钱，连个红包都不要，中了就躺平等收货。要是有谁加你微信说是我们客服，让你发红包“补运费”，那人跟我们没半毛钱关系。": "set 48: a scam warning (让你发红包“补运费”, 跟我们没半毛钱关系) is read as a fee",
    "回复 @小芸：系呀，恭喜晒！你抽中嘅系100面值嘅实体游戏卡，唔系卡密。要先转3蚊做登记费，登记完先至寄卡俾你，一般两日内出件。": "set 48: Cantonese 'will ship after registering' (登记完先至寄卡俾你) is read as a condition via 先",
    "户外头灯奖品由合作厂家代发，邮费由本店与厂家结算，中奖者无需自理任何费用。": "set 49: postage settled between shop and maker (邮费由本店与厂家结算) is read as a fee",
    "二、参与条件：年满18周岁的快手用户，关注本店账号即可参与（酒类奖品，未成年人不得参与）。": "set 49: an entry rule (关注本店账号即可参与) is read as a condition to claim the prize",
    "粉丝灯牌没亮能参加吗？怕抽中了领不了": "set 49: a viewer's question (粉丝灯牌没亮能参加吗？怕抽中了领不了) is read as a condition",
    "奖品为白酒礼盒，依照物流规定需购买易碎品保险，保费5元由中奖者支付。": "set 49: a paid insurance fee (需购买易碎品保险) is also read as a purchase condition via 需、购买",
    "奖品寄出前会由仓库进行质检，确认外观完好后再打包发出。": "set 49: a warehouse check before shipping (奖品寄出前会由仓库进行质检) is read as a condition",
    "中奖以后如果你愿意给我们拍个开箱视频，我们很感谢；不拍也完全没关系，奖品照发。": "set 50: an optional unboxing video (如果你愿意给我们拍个开箱视频) is read as a condition despite 不拍也完全没关系",
    "中奖的家人看一下，冷冻海鲜需要泡沫箱加冰袋，这个成本得你们出，一单十块，到时候直接到付给快递小哥就行。": "set 50: packing for frozen seafood (冷冻海鲜需要泡沫箱加冰袋) is read as a condition via 需要",
    "中奖了找客服领取，客服会发你一个“领奖专属链接”，四块九，拍下就等于确认了收货地址。": "set 50: a 4.9 paid claim link (领奖专属链接，四块九，拍下) is not read as a fee",
    "酒类发货需要实名，这是快递公司的规定，中奖的宝宝填地址时写真实姓名就可以，不收任何登记费。": "set 50: a courier real-name rule (需要实名, 写真实姓名就可以) is read as a condition though nothing is charged",
    "助播：中奖的几位先别急着填地址。中奖需要先在我们店里买一个商品，哪怕一块钱的小东西也行，证明你是真实买家，然后奖品跟那一单合并发出。": "set 50: buying any item first (先在我们店里买一个商品，哪怕一块钱) is not read as a fee",
    "中了羽绒服的宝宝，需要付十九块的洗护费，我们给你寄出之前会专业清洗一遍。": "set 50: cleaning before shipping (寄出之前会专业清洗一遍) is read as a condition via 寄出之前、清洗",
    "我们这一轮抽的是进口干红，有宝宝担心要交税，这里说明一下：税在我们进货的时候就已经交过了，中奖的家人不需要再付任何税，也不用付快递费，酒瓶我们用气泡柱包好发出。": "set 50: tax already paid by the shop (税在我们进货的时候就已经交过了) is read as a fee",
    "买家：我是中奖用户，你们客服让我先转9.9才给发货，这正常吗？": "set 51: a buyer's report of paying first (先转9.9才给发货) is read as a condition, not a fee",
    "客服：奖品要送出去，得先请您在直播间送一个价值1快币以上的礼物，礼物记录截图发我就安排。": "set 51: a required gift of 1 快币 (在直播间送一个价值1快币以上的礼物) is not read as a fee",
    "客服：亲，您抽中的充电线需要选快递方式：默认发邮政，免费；若想发顺丰需补8元，自愿选择哈。": "set 51: an optional paid upgrade (若想发顺丰需补8元，自愿选择) is read as a fee though the default is free",
    "客服：领奖流程：①截图中奖页面 ②发到客服 ③在直播间发一条“已中奖”评论，三步完成才算有效领奖。": "set 51: a required comment (在直播间发一条“已中奖”评论) in the claim steps is not read as a condition",
    "客服：亲，您中的充电器今天下午寄出，我们这边默认走中通到付，签收时给快递员12块就行，其他不用管。有问题随时找我哈～": "set 51: a pay-on-delivery sum (签收时给快递员12块就行) is read as a condition via 签收时、就行",
    "客服：您好，包包奖品是礼盒包装，我们会在盒子里附上中奖卡片，预计周五到。": "set 51: a card in the box (我们会在盒子里附上中奖卡片) is read as a condition via 附上、卡片",
    "客服：宝，中奖的防晒要补9.9元才能发，这个是仓储费，每个中奖用户都一样。": "set 51: a storage fee (要补9.9元才能发) is also read as a condition via 要、才能",
    "客服：亲，中奖后没有在48小时内给主播作品点赞评论的，奖品自动取消。": "set 51: liking and commenting in 48 hours or losing the prize (48小时内给主播作品点赞评论) is not read",
    "客服：为防止刷奖，中奖者需要先做一笔0.1元的小额打款验证，验证完才能发货。": "set 51: a 0.1 test payment (先做一笔0.1元的小额打款验证) is read as a condition, not a fee",
    "客服：茶叶奖品是今年的明前龙井，50克装，泡的时候水温80度左右就好。": "set 51: brewing advice (泡的时候水温80度左右就好) is read as a condition via 水温、就好",
    "客服：您的鞋子我们发了37码，您说要38码对吗？没问题，寄回的运费险我们出，换新码再寄给您，全程不花钱。": "set 51: a free size exchange (换新码再寄给您，全程不花钱) is read as a condition via 再寄",
    "买家：中奖的牙刷和我自己买的那支能一起发吗？ 客服：可以合并发货，如果合并不了就分开寄，奖品那件运费也是我们出。": "set 51: a free fallback (如果合并不了就分开寄) is read as a condition via 合并、就分开寄",
    "客服：中奖用户需要先缴纳3元实名认证费，认证成功后24小时内发货。": "set 51: a real-name fee (先缴纳3元实名认证费) is also read as a condition via 需要、先、实名认证",
    "买家：你们的运费链接我已经付了5块，截图也发给客服了，都三天了为什么还不发奖品？再不发我就去投诉了。": "set 51: a buyer's report of paying a postage link (运费链接我已经付了5块) is not read as a fee",
    "客服：快递到付是我们同事操作失误，已经联系快递改成寄付，运费店铺出，签收时不用付钱。": "set 51: a corrected mistake (快递到付是我们同事操作失误, 改成寄付) is read as a fee via 到付",
    "耳环抽奖包邮 港澳台暂时发不了 会改成等值红包补偿": "set 52: a region that cannot be served (港澳台暂时发不了) is read as a condition via 发不了",
    "零食礼包49元一份 48h发货 新疆西藏需补邮10元（仅限购买订单 抽奖的不收）": "set 52: a remote-area surcharge for orders (新疆西藏需补邮10元, 抽奖的不收) is read as a fee, 仅限购买订单 as a condition",
    "中奖截图发kf 没截图不认😤": "set 52: sending a screenshot to support (中奖截图发kf 没截图不认) is not read as a condition",
    "耳环抽奖第三轮🎊 名额8个 款式随机 都是925银针的 中了别急 等我下播统一登记 登记完每人拍一下2.5的运费差价链接 系统才能出单": "set 52: a paid postage link (拍一下2.5的运费差价链接 系统才能出单) is read as a condition via 下播、才能",
    "运费险2元 中奖者必买 不买出问题不管 也不发": "set 52: mandatory paid insurance (运费险2元 中奖者必买) is read as a condition via 买、不发",
    "🧦袜子专场🧦 5双装19.9 10双装35.9 满2件再减3元 拍下默认中通 48h发出 偏远地区付费订单补邮8元（抽奖奖品不补）有运费险 不合适7天无理由 福袋抽奖每10分钟一轮 关注就能参与": "set 52: sale terms for socks (满2件再减3元 拍下默认中通) are read as a condition via 满、拍下、默认",
    "手机膜中奖的宝子 去主页给3个作品点赞截图给我✔️": "set 52: liking 3 posts with a screenshot (去主页给3个作品点赞截图给我) is not read as a condition",
    "我家发夹质量第一 不服来比🤪 扣1抽奖": "set 52: a boast (质量第一 不服来比) is not read as an absolute claim",
    "河鱼活的不好寄，路上两三天就不行了，去年俺试过寄活鱼，到了一半都翻白肚。今年学乖了，中奖的兄弟俺给发真空包装的冻鱼，先杀好去鳞去内脏，走顺丰冷链，冰袋泡沫箱都备好了，这些钱都是俺出，恁一分不用掏，收到了鱼要是化了坏了拍个照片给俺，俺再给恁补一条，补的那条也是俺出运费。": "set 53: shipping facts (路上两三天就不行了) and fish prep (先杀好去鳞去内脏) are read as conditions",
    "玉米新鲜掰的 十根二十五块 下午五点前拍的当天发": "set 53: same-day shipping for sales (下午五点前拍的当天发) is read as a condition",
    "自家熬的辣椒酱 三瓶装四十五 微辣中辣特辣都有 运费五块": "set 53: postage on a paid product (辣椒酱…运费五块) is read as a prize fee",
    "上午直播我说偏远地区中奖的要补运费，这个是俺不懂规矩，说错了。后来问了平台小二，人家说0元抽奖不能以任何理由收中奖人的钱，邮费税费都不行，俺就赶紧改了。现在全国都包邮，新疆西藏海南的都一样。上午已经转我钱的那三位老铁，我都原路退回去了，你们查一下微信，没收到的私信我，俺再给你核对。以后俺直播前先把规则看明白再开口。": "set 53: a platform rule against charging (不能以任何理由收中奖人的钱) is read as a fee",
    "中奖后要不要给主播刷礼物啊？我怕不刷不发，上回在别家就是这样，等了半个月也没动静": "set 53: a viewer's worried question (中奖后要不要给主播刷礼物 我怕不刷不发) is read as a condition",
    "我姐说她在一个卖茶叶的号中了奖 被要求买一斤才发 我说你去举报": "set 53: a relative's story (被要求买一斤才发) is read as this draw's condition",
    "抽中玉米的家人 发货前跟你说清楚哈 收件时得付个保险费 四块钱 快递员会跟你要 万一路上丢了能赔 俺这也是为你好 不想付的话就只能算你放弃了": "set 53: a preface (发货前跟你说清楚哈) is read as a condition via 发货前、跟你说",
    "俺中奖了 主播能不能给发顺丰啊 俺愿意自己加钱": "set 53: a winner offering to pay extra for SF (俺愿意自己加钱) is read as a fee charged to the winner",
    "中奖的要拍一单九块九的面条 跟奖品一起发 运费一起算": "set 53: buying a 9.9 noodle order to ship with the prize (拍一单九块九的面条 运费一起算) is not read as a fee",
    "俺这边是山沟沟，快递不进村，发货得先拉到镇上，来回二十多里山路。中奖的老铁，这段路的十块钱跑腿费得你出，转过来俺就找人拉下去发，不转的俺也没办法给你送出去。": "set 53: a delivery step (发货得先拉到镇上) is read as a condition from 得/先/拉",
    "红薯怕冻，零下就坏了，去年就有一箱到了东北全冻成冰疙瘩。北方的家人中奖了先别急，等这波寒潮过去再发，大概十天后，到时候直播间说一声，南方的明天就发。": "set 53: waiting out a cold snap (北方的家人中奖了先别急, 等这波寒潮过去再发) is read as conditions",
    "邮费 到付 补差价 统统莫得 中奖就安心等快递": "set 53: fee words listed as denied (邮费 到付 补差价 统统莫得) are read as fees",
    "刚看了个新闻 说平台查处了一批抽奖收邮费的店 好事": "set 53: news of a crackdown on shops charging postage (平台查处了一批抽奖收邮费的店) is read as a fee",
    "中了嘅要唔要入粉丝团先得": "set 53: a Cantonese question, 'must I join the fan club first?' (要唔要入粉丝团先得), is read as a condition",
    "今日直播价 土豆十斤十九块九 偏远地区不包邮": "set 53: a plain sale's shipping note with no prize (偏远地区不包邮) is read as a fee",
    "俺家这个辣椒酱是俺娘的方子，做了三十多年，以前就在镇上摆摊卖，一罐十块钱，赶集的时候一上午能卖二三十罐。今年孩子教俺开了快手，才知道外头这么多人爱吃辣，广东的上海的都有人买，俺娘高兴得天天问今天卖了几瓶。": "set 53: a shop's back story is read as a condition (都有人买，俺娘高兴得) and a fee (一罐十块钱)",
    "是不是所有人都能参加抽奖啊 还是要粉丝团": "set 53: a viewer's question (还是要粉丝团) is read as a condition",
    "说一千道一万 中奖的不需要任何费用 包括运费税费 俺全出 你要是遇到谁以俺家名义找你要钱 截图发给平台 俺们直播间的规矩就一条 中了就寄": "set 53: advice to report impostors (截图发给平台 … 中了就寄) is read as a condition",
    "台灯店致歉：上期抽奖发货拖了一周，是仓库排单失误，给大家添麻烦了。目前6位中奖者的台灯已全部补发，并每人附送一块灯罩清洁布。以后抽奖奖品会单独排单，开奖后三天内出库，超时的我们主动联系说明。还没收到的朋友请把订单截图发给客服，我们一个个查。": "set 54: asking those not yet served to send an order screenshot (还没收到的朋友请把订单截图发给客服) is read as a condition",
    "化妆刷家的小提醒：最近有假冒客服私信中奖用户，要求先转“手续费”才发货，我们从来不会这样做，请直接举报。真正的中奖通知只会从店铺官方号发出，不会让你扫码或者转账。": "set 54: a warning about fake support (假冒客服 要求先转“手续费”才发货) is read as a condition and a fee",
    "咸菜铺子道歉信：上周有位客服私下让两位中奖粉丝各补了6元运费，这不是店铺的规定，是新来的客服没培训到位。钱已经原路退回，该客服已调岗。我们的抽奖奖品一直是包邮的，以后如果再有人找你要钱，请直接在直播间留言告诉我们。下周三的抽奖照常，奖品是两斤装的酱黄瓜。为了让大家放心，中奖通知里会写清楚“奖品包邮、无需付款”，客服的话术也重新统一过了，谢谢大家监督。": "set 54: an apology for a refunded fee (补了6元运费) is read as a fee; a request to report (请直接在直播间留言) as a condition",
    "泡菜抽奖奖品是玻璃坛装，为防碎需加购5元防震泡沫包装，不加购的不予发货。奖品是五斤装的老坛酸菜，一共抽4坛。": "set 54: a paid add-on packing (需加购5元防震泡沫包装 不加购的不予发货) is read as a condition, not as a fee",
    "问：中奖后客服让我关注另一个小号才能发货，正常吗？答：不正常，我们不会有这种要求，请把聊天截图发给官方客服号核实。": "set 54: a Q&A rejecting a rule (关注另一个小号才能发货 答：不正常) and a report request (请把聊天截图) are read as conditions",
    "婴儿帽中奖的，麻烦微信发个3.5元红包当邮废哈，小本生意理解一下。": "set 54: a red-packet postage request (麻烦微信发个3.5元红包当邮废) is also read as a condition (麻烦, 微信)",
    "化妆刷抽奖名单核对完毕，12位中奖者中有1位重复账号，已按规则取消，顺延给下一位，特此说明。中奖的朋友请留意私信，地址填好后48小时内发。": "set 54: removing a duplicate account (1位重复账号，已按规则取消) is read as a condition",
    "支架店直播回顾：今晚最后一轮抽奖因为网络卡顿重开了一次，以第二次结果为准，中奖者已私信。第一次的结果作废，没有人因此多付钱或者多做任务。": "set 54: voiding a redrawn result (第一次的结果作废) is read as a condition",
    "萝卜干抽奖这周开始不限地区了，之前说的新疆西藏不参与取消，偏远地区也包邮。本周抽的是酱香萝卜干，共10袋。": "set 54: lifting a region limit (新疆西藏不参与取消) is read as a condition",
    "狗粮抽奖规则没变，中奖后别去小黄车拍，客服会给你补一个0元订单，拍了反而要退款麻烦。0元订单在“我的订单”里能看到。": "set 54: advice not to order (拍了反而要退款麻烦) is read as a condition",
    "手机支架的中奖名单为什么有的人看不到？因为快手只对中奖本人显示结果，其他人可以在公告里查。如果你确认自己中了却没收到私信，截图找客服。": "set 54: an explanation of who sees results (快手只对中奖本人显示结果) is read as a condition",
    "问：狗粮中奖了，客服说要填一个问卷，不填是不是就不给了？答：问卷是选填，填不填奖品都发。问卷主要是想了解大家家里狗狗的体重和年龄。": "set 54: a questionnaire said to be optional (客服说要填一个问卷 … 问卷是选填) is read as a condition",
    "问：羊毛衫中奖后客服说要交2元验证费，这是你们店的规定吗？": "set 54: a buyer asking about another's fee (客服说要交2元验证费，这是你们店的规定吗？) is read as a fee",
    "化妆刷中奖了要不要写好评？随意哈，我们不因为评价内容决定发不发货。收到后有质量问题直接找客服换。": "set 54: a denial (我们不因为评价内容决定发不发货) is read as a condition",
    "台灯店复盘：上次抽奖结束后，有三位中奖者反映被一个叫“台灯官方福利”的账号私信，要求加微信、交28元“激活费”。那是冒充我们的号，已经举报。店铺从不加私人微信发奖，也不收任何费用，中奖通知只会通过小店订单和官方私信发出。大家看到类似私信，可以直接点举报。本周日的抽奖照常进行，奖品是两盏夹子灯，开奖后我们会在直播间把中奖昵称念一遍，方便大家对照。": "set 54: a report of an impostor account (冒充 要求加微信、交28元“激活费”) is read as a condition and a fee",
    "登山鞋抽奖中奖了先别急着高兴，需要先拍1元链接做发货登记，不拍不发。本周奖品是男款中帮登山鞋，共4双。": "set 54: a 'don't celebrate yet' opener (中奖了先别急着高兴) is read as a condition",
    "茶叶店更正说明：主播昨晚在直播里口误，说中奖的要“补个运费”，这是说错了。我们的抽奖奖品一直包邮，昨晚11位中奖的朋友都不需要付任何钱。已经有两位朋友主动转了运费，客服会在今天内退回。给大家带来困扰，抱歉。下次口播我们会提前把规则写在屏幕上，避免再说错。这周六的抽奖奖品是柠檬薏米茶，十盒，参与方式跟以前一样，关注后评论口令就行。": "set 54: fees paid by mistake and being refunded (已经有两位朋友主动转了运费) are read as a fee",
    "支架抽奖中奖用户需支付0.5元实名验证费 付完才发": "set 54: a 0.5 yuan verification fee (需支付0.5元实名验证费) is also read as a condition (需, 实名验证)",
    "刷子中奖的家人问怎么收不到物流信息，因为打包要1-2天，发出后系统才会更新，请耐心等。中奖的化妆刷都是同一批发出的。": "set 54: a packing-time explanation (因为打包要1-2天，发出后系统才会更新) is read as a condition",
    "牛仔裤今天第二条半价，拍两条以上包邮，偏远地区除外，单条的正常付运费": "set 55: a shopping offer on paid jeans (拍两条以上包邮) is read as a condition to claim a prize",
    "主播，中奖需要粉丝团几级啊？我才刚加": "set 55: a viewer's question (中奖需要粉丝团几级啊) is read as a condition",
    "中奖奖品需要通过9.9元链接下单领取，这9.9是运费和包装，不是卖你东西，我们送的裙子成本都六七十了，大家别觉得亏。": "set 55: paying through a 9.9元 link (需要通过9.9元链接下单领取) is read as an extra condition to claim",
    "中奖的家人们，最近有粉丝反映奖品丢件，所以由于系统限制，请在小店拍一下2.99元的“奖品保障服务”，拍完才能发货，丢了我们全额补发。": "set 55: a paid 2.99元 service link (拍一下2.99元的“奖品保障服务”，拍完才能发货) is read as a condition, not a fee",
    "中奖了别去拍什么链接，我们没有任何补邮费的链接，地址填好就行": "set 55: a denial (我们没有任何补邮费的链接) is read as a fee",
    "中奖宝宝们，请在小黄车拍下“中奖专属链接”，价格4.9元，含运费": "set 55: a 4.9元 prize link with shipping (拍下“中奖专属链接”，价格4.9元，含运费) is read as a condition, not a fee",
    "中奖的宝宝默认发中通，包邮；如果你着急用、想升级顺丰，可以自己补个差价，这个完全看个人，不升级的照常发，领奖不受任何影响。": "set 55: an optional paid upgrade (想升级顺丰，可以自己补个差价) is read as a fee charged to the winner",
    "主播纠正：刚刚助理说中奖要付运费，是她看错稿子了，没有运费，全部包邮": "set 55: a correction retracting a fee (刚刚助理说中奖要付运费…没有运费) is read as a fee",
    "我中了眼影盘，客服让我付运费，说是偏远地区要加钱，这正常吗？有没有懂的姐妹说一下，我在甘肃。": "set 55: a winner asking if a fee is normal (说是偏远地区要加钱) is read as a fee",
    "中奖眼影盘需要支付3元验证费，验证是本人才发": "set 55: the purpose of a 3元 fee (验证是本人才发) is read as an extra condition",
    "中奖宝宝需要回答三个关于我们品牌的问题，比如我们家第一款眼影盘叫什么、主播叫啥名字，三个都答对才发，答错一个就作废。": "set 55: a product name in a quiz (第一款眼影盘) is read as an absolute claim (第一)",
    "今晚的小龙虾福袋已经开完了，恭喜中奖的宝宝们！这边说一下发货：虾是活的，必须走顺丰冷运，泡沫箱加冰瓶我们都准备好了。中奖的宝宝注意，冷链运费要自己承担哈，顺丰到付，大概25左右，签收前看一眼虾还活没活。": "set 56: a shipping note (虾是活的，必须走顺丰冷运) is read as an extra condition",
    "家人们看过来，牛排今天抽了十份，都是原切西冷。抽中牛排的老铁，得先在小黄车拍一单9.9的冰袋保温箱，不拍没法发冷链哦，牛排化了就不能吃了，这个钱是给快递和箱子的，我们一分不赚。": "set 56: a paid 9.9 ice-box order (得先在小黄车拍一单9.9的冰袋保温箱) is read as a condition, not a fee",
    "🦞小龙虾福袋开奖啦！中奖的宝宝点小黄车里的【中奖专用】链接拍下，付3.9保温费就发！": "set 56: paying a 3.9 fee via a link (链接拍下，付3.9保温费就发) is read as an extra condition",
    "中獎的朋友請放心，冷鏈運費由我們負擔，不需要另外付款。": "set 56: a denial in traditional script (不需要另外付款) is read as a fee",
    "抽中月餅禮盒的粉絲，需先匯款12元運費，收到後才安排出貨。": "set 56: the order of payment and shipping (收到後才安排出貨) is read as an extra condition",
    "上次抽奖有个别粉丝说被要求加群，那是假冒我们的账号，官方从来不要求加群。": "set 56: a report about an impostor (有个别粉丝说被要求加群) is read as a condition",
    "荔枝鲜果容易坏，中奖的如果在偏远地区可以选择换成荔枝干，不想换也可以照常发鲜果，都不收钱。我们去年往乌鲁木齐发过鲜果，走了四天，到了有三成变色，所以才加了这个选项，怎么选你们自己拿主意。": "set 56: an explanation of an option (三成变色，所以才加了这个选项) is read as a condition",
    "中奖者是否需要晒单？——不需要，收货后您自行决定是否评价。": "set 56: an FAQ question answered no (是否需要晒单？——不需要) is read as a condition",
    "樱桃到偏远地区冷链要走三四天，怕坏，中奖的可以选延后到气温低点再发，或者照常发，你定。两种方式运费都是我们出，延后的话我们会在十月初统一发，照常发的话坏果超过两成拍照给客服，补发一份。": "set 56: an optional delay (可以选延后到气温低点再发) is read as a condition",
    "樱桃中奖后系统会生成一个0元订单，您在订单里确认一下收货地址，不用另外付款下单。": "set 56: a denial (不用另外付款下单) is read as a fee",
    "中奖后如果要升级成2斤装，补20就行，不补就发原来的1斤。": "set 56: an optional paid upgrade (如果要升级成2斤装) is read as a condition",
    "中奖了客服说要先加微信才能发货，这正常吗？": "set 56: a viewer's question (客服说要先加微信才能发货，这正常吗) is read as a condition",
    "我闺蜜说她在一家卖牛肉的直播间中了奖，被要求交10块税费，后来投诉了，平台也认定那家违规。所以大家以后碰到中奖还要你交钱的，别犹豫，直接点举报，快手的0元抽奖本来就是一分钱都不应该收的。": "set 56: a story about another studio (被要求交10块税费) is read as a fee",
    "抽中酸奶的家人，开奖时不在线也没关系，奖品会保留，上线后填地址即可。": "set 56: a reassurance (上线后填地址即可) is read as a condition",
    "抽奖中的奶茶，会在付费订单之后排队发货，不用下单也会发，只是晚两天。这几天仓库在赶双十二的单子，打包的人手不够，中奖的家人请多担待，奶茶粉和珍珠都是常温的，晚两天也不影响保质期。": "set 56: a polite request for patience (中奖的家人请多担待) is read as a condition",
    "抽中小龙虾要先加客服微信，然后发个88红包当“保证金”，收货后返还。之前有人中奖后填假地址，虾发出去被退回全死了，损失都是我们的，所以现在加了这一步，签收拍照发给客服就原路退回。": "set 56: a refundable deposit sent as a red packet (发个88红包当“保证金”) is not read as a fee",
    "客服：您好，您中奖的荔枝还没发是因为还没付邮费哦，付了立马安排": "set 56: a reply about unpaid postage (还没付邮费哦，付了立马安排) is not read as a fee",
    "中奖的朋友如果想要加急顺丰航空，需要自己补差价；普通冷链是免费的。": "set 56: an optional paid upgrade (如果想要加急顺丰航空，需要自己补差价) is read as a condition and a fee",
    "家人们，刚才抽中蓝牙耳机的一共12位，名单在评论区置顶了。中奖的私信客服，客服会发你一个9.9的补邮链接，拍下之后当天就从东莞仓发出，不拍的话系统发不了货哈。": "set 57: what happens without the 9.9 link (不拍的话系统发不了货) is read as an extra condition",
    "之前在别家抽中一个收纳箱，结果客服让我付12块邮费，还说不付就作废，太恶心了。后来在这家又中了一个，啥都没收，第二天就发货了，果断回购了两个大号的。": "set 57: a review of another shop (客服让我付12块邮费) is read as a fee, and 啥都没收 (没收) as a condition",
    "智能插座中奖用户需付1元注册费绑定账号，否则无法发货。": "set 57: the purpose of a 1元 fee (需付1元注册费绑定账号) is read as an extra condition",
    "中奖窗帘发货前，需要在店里拍一个上门安装服务（39元），拍了才发。": "set 57: a required paid install service (拍一个上门安装服务（39元），拍了才发) is not read as a fee",
    "抽中的電鍋免運費，地址私訊給小編就好，不會叫你補差價。": "set 57: where to send the address (地址私訊給小編就好) is read as a condition",
    "智能插座要在APP里绑定才能用，注册是免费的，客服可以远程帮你配网。": "set 57: a product usage note (智能插座要在APP里绑定才能用) is read as a condition to claim",
    "电饭煲算易碎件，中奖的朋友需要补个保价，5块钱，不补的话压坏了我们不负责也不发。": "set 57: a 5块 insurance top-up (需要补个保价, 不补的话…也不发) is read as conditions",
    "领奖前请先在直播间消费任意一单，金额不限，1分钱的也行。": "set 57: a purchase condition (消费任意一单…1分钱的也行) is read as a fee",
    "更正一下：我刚才嘴瓢了，说中奖要补邮费是口误！奖品全部包邮，不收任何费用，偏远地区也一样，已经拍了补邮链接的家人联系客服，全额退回。": "set 57: a refund notice in a correction (已经拍了补邮链接的家人联系客服) is read as a fee",
    "关注主播参与抽奖就可以了，中奖后不用额外做任何事。": "set 57: the plain entry step (参与抽奖就可以了) is read as an extra condition to claim, though the text says nothing more is needed",
    "中奖的小伙伴拍这个0.01元链接不行，要拍那个9.9的，差价是运费。": "set 57: buying the dearer link (要拍那个9.9的) is read as a condition, though the price gap is postage (差价是运费)",
    "窗帘中奖的家人，恭喜恭喜！我们这款是定制尺寸的，中奖后需要师傅上门量尺安装，安装费一百二需要自己付，付了才给你排单发货，不装的话没法按尺寸做。": "set 57: a paid install before shipping (中奖后需要师傅上门量尺安装) is read as a condition; the cost is the winner's (安装费一百二需要自己付)",
    "家人们听我说，抽奖送的扫地机跟直播间卖的是同一批货，同样是全国联保一年。到货之后打开APP扫机身上的码就能激活，激活不要钱，也不用填什么邀请码，搞不定的随时找客服，远程手把手教你。": "set 57: activating the product after delivery (打开APP扫机身上的码就能激活) is read as a condition to claim the prize",
    "中奖的老铁，麻烦给个运费红包，8.8就行，图个吉利。": "set 57: a red packet for postage (运费红包，8.8就行) is not read as a fee",
    "没有粉丝灯牌的中奖者，需付10元手续费才可以领取奖品。": "set 57: a fee only for winners without a fan badge (没有粉丝灯牌的中奖者，需付10元手续费) is not read as a condition",
    "领取奖品需进入我们的微信群，并在群里发红包🧧一个，金额随意。": "set 57: a red packet in the group to claim (在群里发红包🧧一个，金额随意) is not read as a fee",
    "店铺公告：近期发现有人冒充本店客服，以“奖品保价”“邮费补差”为由让中奖用户转账。本店0元抽奖所有奖品均由店铺承担运费，客服不会向您索要任何款项，也不会发收款码，请勿相信。": "set 57: a scam warning: the quoted scam (“邮费补差”为由让中奖用户转账) is read as a fee, the denial (客服不会向您索要任何款项) as a condition",
    "抽奖奖品包安装，师傅上门不收钱，安装完拍个照就行（不拍也不影响）。": "set 57: an optional photo (安装完拍个照就行, 不拍也不影响) is read as a condition",
    "说明一下流程：中奖的要先花2块钱做个实名认证，这是防刷奖的，系统要求的，不认证不发。认证完客服会发你确认短信，奖品三天内寄出。": "set 57: a 2-yuan paid check (要先花2块钱做个实名认证; 不认证不发) is read as a condition on 实名认证 and 不发",
    "想要奖品的话，先去小黄车把那个19.9的收纳袋带走，奖品跟着一起寄，单独寄的话我们这边不安排哈。": "set 57: buying a 19.9 item so the prize ships with it (先去小黄车把那个19.9的收纳袋带走) is not read as a fee",
    "中奖的宝宝们，客服发你的收款码扫一下，6块6的快递钱，扫完就寄。": "set 57: shipping after paying (扫完就寄) is read as a condition; the text is a fee by QR code (6块6的快递钱)",
    "跟中奖的家人商量个事，先压20块在客服那，奖品签收没问题了再退你，这是防止有人拿了奖品乱退。押金退回一般三到五个工作日。": "set 57: a refundable deposit (先压20块在客服那, 押金退回) is not read as a fee",
    "绘本0元抽奖中奖的宝妈看过来～奖品我们包邮寄出，一分钱不用出，私信客服填好地址就行，一般两三天就能收到。我自己也是俩娃的妈，知道大家等书的心情😊": "set 58: a delivery-time estimate (一般两三天就能收到) is read as a condition",
    "中奖了需要给好评吗？我怕不给好评不给发货😅": "set 58: a winner's worried question (我怕不给好评不给发货) is read as a condition",
    "听别的钓友说有的直播间中奖了还要发红包当运费，这不是坑人吗": "set 58: hearsay about other rooms (听别的钓友说…发红包当运费) is read as a fee",
    "亲，抽奖的奖品是包邮的哈，您不用另外付款，地址填好后三天内发出": "set 58: a denial of any charge (您不用另外付款) is read as a fee on 付款",
    "以前我们中奖要求晒单，被平台提醒过，后来一查规则确实不行，现在已经取消了。收到奖品晒不晒都没事，也不会因为这个影响下次抽奖。": "set 58: a past rule now dropped (以前我们中奖要求晒单, 现在已经取消了) is read as a condition",
    "中奖的朋友别着急，奖品跟着你下一个订单一起走，没有订单的话就只能先放仓库里了，啥时候下单啥时候一起发。": "set 58: shipping only with your next order (奖品跟着你下一个订单一起走) is not read as a condition",
    "我是开了十几年文具店的老板，不懂这些规矩，以前中奖都让补邮费，现在知道不行了，以后一律包邮": "set 58: a past practice now dropped (以前中奖都让补邮费) is read as a fee, and the admission (现在知道不行了) as a condition",
    "抽奖的狗绳布收邮费，也布用拍别的，放心等快递": "set 58: a typo 布 for 不 (狗绳布收邮费) leaves 收、邮费, read as a fee",
    "昨天有个宝妈问我为啥中奖还要交2块，我跟她解释了，我们这边中奖都要先实名认证，交个2元认证费，系统才放行发货。": "set 58: a paid 2-yuan check (先实名认证，交个2元认证费) is read as a condition on 先、实名认证",
    "我们是县城里的小渔具店，我跟我老伴俩人看店，第一次做直播抽奖，有做得不好的地方大家多包涵。奖品都包邮，中了的把地址发过来就行。": "set 58: a shop owner's friendly intro (第一次做直播抽奖，有做得不好的地方大家多包涵) is read as a condition",
    "中奖要付个2块钱的'开箱费'，我们要拍视频证明发出了完好的商品": "set 58: the reason given for a fee (我们要拍视频证明发出了完好的商品) is read as a condition on 要、证明",
    "Q：中奖了怎么领？A：24小时内在本店消费任意金额，奖品随单发出": "set 58: a purchase to claim (24小时内在本店消费任意金额，奖品随单发出) is not read as a condition",
    "中奖后给我们发5块钱微信红包当跑腿费，我帮你去快递站寄": "set 58: a 5-yuan red packet as errand fee (发5块钱微信红包当跑腿费) is read as a condition",
    "亲爱的粉丝们，这周抽中编织包的十位，快递费我们已经付过了，你们签收就行。快递员要是找你收钱，直接拒绝并联系我们。": "set 58: a warning about the courier (快递员要是找你收钱) is read as a fee",
    "老乡们，我们果园的桃子这周熟了，直播间每天晚上八点抽两箱。中奖的得在我们店买满两箱才能送——哦不对，说错了，中奖直接送，不用买，包邮！": "set 45: a condition taken back (——哦不对，说错了，中奖直接送) is still read: a correction is not read as replacing what it corrects",
    "中奖的宝子们记得在收到奖品之后发个视频到快手并@我们店铺，播放量过500的再额外送一份，没发的也不影响领奖哈。": "set 45: 没发的也不影响领奖 reads as who is meant (没…的), not as the video let go",
    "刚才那个说要关注三天才能领的是我口误 不用 今天关注今天就能领": "set 46: a condition said and taken back (…是我口误 不用) is still read",
    "我在另一个群看到中奖还要交税费，这边不会吧？": "set 47: what was seen in another group (我在另一个群看到…交税费) is read as a fee: 另一个群 can be the shop's own group",
    "回复 @阿花：你说那家让中奖的先付邮费的，我们不这样干，我们奖品邮费全免。": "set 48: another shop's demand told (你说那家让中奖的先付邮费的) is read as a fee: 那家 can be a shop of ours",
    "今晚直播间下单的跑鞋，前100名付款用户加赠运动袜一双，付款订单统一包邮。": "set 49: paying buyers (付款用户, 付款订单) in sales copy are read as a fee",
    "以前我们是要中奖的补邮费，现在按平台规则改了，所有奖品都包邮，一分不收。": "set 49: a past demand the shop dropped (以前…补邮费，现在…改了) is read as a fee",
    "刚刚助理口误了啊 说中奖要补邮费 那是不对的❌ 咱家0元抽奖一直是包邮 不收yf不收手续费 已经补过钱的宝子dd我 全部原路退回 抱歉抱歉🙏": "set 52: a fee said by mistake and disowned (助理口误了啊 说中奖要补邮费 那是不对的) is still read",
    "主播 我没在粉丝团 中了还算不算": "set 53: a buyer's question with no question mark (中了还算不算) is read as a condition",
    "之前那家店说中奖要先交20块才发，我问了平台客服说不用交，还好没上当": "set 55: another shop's demand told (之前那家店说…) is read as a fee and a condition: 那家 can be a shop of ours",
    "昨天有个老铁说在某家抽中了充电宝还要交10元运费，我们这边运费全免。": "set 57: another shop's fee told (在某家抽中了…还要交10元运费) is read as a fee: 某家 is cut from 某某家, a name",
    "0元抽奖摘要：羊毛拖鞋｜中奖付邮｜每晚8点开": "set 61: postage put as two characters (中奖付邮) is not read: 付邮 as a word would cut 付邮费 wrongly",
    "抽中嘅朋友记得喺后台留返地址，运费我哋包晒，唔使俾钱㗎！": "set 59: leaving an address in Cantonese (记得喺后台留返地址) is read as a condition",
    "中獎的朋友請私訊收件資料，超商取貨運費60元需自付喔～": "set 59: sending delivery details (請私訊收件資料) is read as a condition; only the fee (運費60元需自付) is right",
    "之前有一次福袋让大家补了运费，被平台提醒了，现在改过来了，所有中奖的全部包邮": "set 59: a past fee now dropped (之前有一次福袋让大家补了运费…现在改过来了) is read as a fee",
    "福袋抽中咗嘅靓仔靓女，唔使加粉丝团，唔使落单，留低地址就寄畀你": "set 59: leaving an address in Cantonese (留低地址就寄畀你) is read as a condition",
    "二手包寄出前都会走第三方鉴定，付费订单运费由买家承担，福袋奖品除外，照样包邮": "set 59: a shop-side check before shipping (寄出前都会走第三方鉴定) is read as a condition",
    "中獎嘅朋友要先入數一百蚊按金，收貨後退返": "set 59: a deposit (要先入數一百蚊按金) is read as a condition as well as a fee",
    "车品群友：有人知道中奖的税是谁出吗？我看别的平台有的要自己交个税": "set 60: a fan's question about other platforms (我看别的平台有的要自己交个税) is read as a fee",
    "上次那家卖鞋的说中奖要先拍1元链接才发，我没拍就一直没发。这家就不用，直接给我寄了": "set 60: a review of another shop (上次那家卖鞋的说中奖要先拍1元链接才发) is read as a fee",
    "车品群：@小米粒 你拍的是付费链接，那个要自己出运费的；福袋中奖那个是免费寄，不一样": "set 60: postage on a paid order (你拍的是付费链接，那个要自己出运费的) is read as a condition on 拍、要",
    "健身小助理：@阿亮 你中奖地址填错了，省份写成湖北了，改一下我再发": "set 60: fixing a wrong address (省份写成湖北了，改一下我再发) is read as a condition",
    "头盔店：中奖者请在群里发个大概位置，我们按离你最近的仓发货": "set 60: giving a rough location for shipping (请在群里发个大概位置) is read as a condition",
    "钓鱼：抽中的钓箱体积大，物流得用德邦，运费是店里付的，到了你签收就行": "set 60: the courier the shop pays for (物流得用德邦, 运费是店里付的) is read as a condition",
    "跑鞋：看到群里说要付10元保证金锁名额？那是隔壁直播间的规矩，我们这儿没有，中了直接发": "set 60: a rival studio's rule (要付10元保证金锁名额？那是隔壁直播间的规矩) is read as a fee",
    "茶具店：福袋中奖名单以后台为准，群里截图的不算": "set 60: which winner list counts (群里截图的不算) is read as a condition",
    "钓鱼群主：中奖者运费店铺承担，不会让大家另外掏钱，有疑问随时@我": "set 60: a denial of charges (不会让大家另外掏钱) is read as a fee on 掏钱",
    "车品：奖品价值800，按规定个税由中奖人承担，发货前先把160块转过来": "set 60: paying tax before shipping (发货前先把160块转过来) is read as a condition as well as a fee",
    "自行车：群友们，有个号一直私聊说中奖要交“激活费”，那是骗子，拉黑": "set 60: a scam warning (有个号一直私聊说中奖要交“激活费”，那是骗子) is read as a fee",
    "头盔：你们中奖地址要写到门牌号哈，别只写小区名": "set 60: how to write the address (地址要写到门牌号) is read as a condition",
    "健身：中奖了你不想要也可以转给朋友，地址改成朋友的就行": "set 60: an optional gift to a friend (地址改成朋友的就行) is read as a condition",
    "手机壳：本群红包只是福利，抢到的不算中奖，中奖以直播间福袋为准": "set 60: group red packets not counting as wins (抢到的不算中奖) is read as a condition",
    "健身：那个说要交保证金的我查了，是冒充我们的号，真客服不收钱": "set 60: a scam warning (那个说要交保证金的…是冒充我们的号) is read as a fee",
    "健身：中奖需要另外拍下运费链接，并且写好评，再加粉丝团": "set 60: conditions after the fee (并且写好评，再加粉丝团) are not read; only the fee (另外拍下运费链接) is",
    "温馨提示：本店从未通过电话或微信要求中奖用户缴纳“保证金”“激活费”，如有人以本店名义收钱，请立即举报，切勿转账。": "set 61: a denial (本店从未…要求中奖用户缴纳“保证金”“激活费”) is read as a fee and a condition",
    "参与条件：关注店铺＋在评论区扣“拖鞋”，满足即可参与抽奖，中奖后不再有其他要求。": "set 61: entry steps (满足即可参与抽奖) are read as a condition to claim, though 中奖后不再有其他要求",
    "免责条款：参与者应保证所填收货信息真实准确，因信息错误导致奖品无法送达的，本店不再补发。": "set 61: no resend after wrong details (因信息错误导致奖品无法送达的，本店不再补发) is read as a condition",
    "活动说明：中奖者请拍下“奖品专用链接”（标价0.01元），用于系统登记发货信息。": "set 61: a priced prize link (请拍下“奖品专用链接”（标价0.01元）) is read as a condition, not as a fee",
    "问答：问：中奖的菜刀能寄到村里吗？答：可以，村里能收快递就能寄，运费我们出。": "set 61: a delivery answer (村里能收快递就能寄) is read as a condition",
    "规则变更：自即日起取消“中奖需粉丝团3级”的限制，所有中奖用户无论有无粉丝牌均可正常领奖。": "set 61: a rule cancelled (取消“中奖需粉丝团3级”的限制) is read as a condition",
    "抽奖须知：中奖者请在3个工作日内回复收货地址，超时未回复视为自动放弃，奖品顺延至下期。": "set 61: a deadline to send an address (请在3个工作日内回复收货地址) is read as a condition",
    "付费购买须知：本店菜刀付款后48小时内发货，支持7天无理由退换，退货运费由买家承担（抽奖奖品不适用此条，奖品全程免费）。": "set 61: return postage on paid orders (退货运费由买家承担, 抽奖奖品不适用此条) is read as a fee",
    "公告：上周抽奖有部分中奖者被要求加粉丝团才发货，系新来的客服理解错误，奖品已全部补发，今后不会再有此类要求。": "set 61: a past mistake owned and fixed (被要求加粉丝团才发货，系新来的客服理解错误) is read as a condition",
    "说明：快递若无法送货上门，会放在驿站，请中奖者及时取件，驿站取件不收取任何费用。": "set 61: a pickup reminder (请中奖者及时取件) is read as a condition",
    "今天第一次开福袋有点紧张hhh，第一个扣口令的宝子我先给你点个赞": "set 62: the host liking a viewer (第一个扣口令的宝子我先给你点个赞) is read as a condition",
    "姐妹们，这款蜡烛点燃大概能烧40小时，香味不算浓，适合放卧室～": "set 62: a product note with no prize in it (香味不算浓) is read as a condition on 不算",
    "中了的宝子记得看看私信，客服会找你要地址～别被陌生号骗了，我们不会让你转账的": "set 62: a reminder to check messages (记得看看私信) is read as a condition",
    "我中了美甲贴！但我还没加粉丝团会不会不给发啊😭": "set 62: a winner's worried question (还没加粉丝团会不会不给发啊) is read as a condition",
    "弹幕：主播我中了！ 回：恭喜宝子🎉 截图私信客服，地址电话发过去就行，邮费不用你出": "set 62: sending a screenshot and address to support (截图私信客服，地址电话发过去就行) is read as a condition",
    "全场包邮，中奖的更不用说啦，一分钱都不收，也不会因为你没下单就不发哦": "set 62: a denial (一分钱都不收，也不会因为你没下单就不发) is read as a fee on 一分钱、不发",
    "你们这些宝子太可爱了吧，yyds！家人们的热情我收到了💗": "set 62: slang praise for viewers (yyds) is read as an absolute word",
    "之前有个新粉中了福袋，我们说等级不够不发，被平台警告了，现在新粉老粉一视同仁": "set 62: a past condition dropped after a warning (我们说等级不够不发，被平台警告了) is read as a condition",
    "中奖名单我截图了，中奖的宝子去店里拍个0元链接下单就行，不用付钱的，系统自动0元": "set 62: a 0元 claim link (去店里拍个0元链接下单就行, 不用付钱的) is read as a condition",
    "中奖宝子收到蜡烛点一下确认收货就行，评价写不写随你，不影响任何东西": "set 62: confirming receipt (收到蜡烛点一下确认收货就行) is read as a condition",
    "那个中了眉笔的宝宝啊就是你得在我们店里随便拍一单啊随便哪个链接都行然后我们把眉笔跟你那单一起发给你这样对吧省事": "set 63: a required order to ship with (你得在我们店里随便拍一单…把眉笔跟你那单一起发给你) is not read as a condition",
    "好的这一轮的福袋开了啊恭喜那个叫小鹿爱吃草的宝宝还有一个叫什么橙子的宝宝就是你们两个中了卸妆膏啊后台私信留个地址就可以了": "set 63: leaving an address (后台私信留个地址就可以了) is read as a condition on 卸妆、膏啊、就可以",
    "这个面膜是我们家最好卖的爆款啊福袋抽五个人然后中的宝宝补一下那个三块钱的运费就行了": "set 63: postage for the winner (中的宝宝补一下那个三块钱的运费就行了) is not read as a fee; only the absolute word (最好) is",
    "这个福袋抽中以后呢需要拍一下那个零点零一元的链接啊然后再补四块钱运费哈": "set 63: a 0.01元 link and postage (拍一下那个零点零一元的链接…再补四块钱运费) are not read as a fee; the link is read as a condition instead",
    "抽中的家人们啊就是我们这边要收一个一块钱的手续费哈然后剩下的都不用你们管了": "set 63: a 1元 handling fee (我们这边要收一个一块钱的手续费) is not read as a fee",
    "哦对那个刚刚打字的小助理打错了啊公屏上写的是补邮费那个是打错了应该是包邮费就是邮费我们包": "set 63: a typo corrected (公屏上写的是补邮费那个是打错了…邮费我们包) is still read as a fee on 补邮费",
    "然后那个就是抽到精华的宝宝要去买一个我们家的面霜啊不用多贵的那个就行拍完了两样一起寄": "set 63: a required purchase (抽到精华的宝宝要去买一个我们家的面霜…拍完了两样一起寄) is not read as a condition",
    "中奖的姐妹那个快递的话你们自己叫哈就是我们这边寄付不了你们到付一下": "set 63: postage paid by the winner on delivery (我们这边寄付不了你们到付一下) is not read as a fee",
    "买家：我中了但是不想要黑色的，能换吗？ 客服：可以哒亲，奖品有黑、灰、咖三色，备注想要的颜色我们给您换。": "set 64: a winner's colour question (我中了但是不想要黑色的) is read as a condition on 要、黑色",
    "买家：主播说中奖要拍邮费链接，是真的吗？ 客服：不是的亲，主播那句话说错了，已经更正，中奖奖品不需要拍任何链接，直接包邮。": "set 64: a buyer's question answered no (主播说中奖要拍邮费链接，是真的吗…不是的亲) is read as a fee on 邮费链接",
    "客服：亲，我们平时买的话满99包邮，不满的收6元运费，抽奖的奖品不受这个限制哈，直接包邮。": "set 64: the postage rule for normal orders (不满的收6元运费) is read as a fee though prizes are exempt (抽奖的奖品不受这个限制)",
    "客服：领奖的亲需补寄运险2元，防止丢件，理解一下哈～": "set 64: a 2元 shipping-insurance charge (领奖的亲需补寄运险2元) is not read as a fee; it is read as a condition on 需、运险",
    "客服：亲稍等，奖品那双鞋断码了，给您换成同款另一个颜色可以吗？不行的话就等补货，大概五天。": "set 64: a stock-out offer (给您换成同款另一个颜色可以吗？不行的话就等补货) is read as a condition on 换成、另一个、不行",
    "客服：亲，您抽中的皮带可以定制打孔位置，告诉我们腰围，我们免费帮您打好孔再寄。": "set 64: a free customisation (告诉我们腰围，我们免费帮您打好孔再寄) is read as a condition on 腰围、免费、好孔、再寄",
    "客服：福袋里的袜子已经寄出啦，之前说要粉丝团等级是主播记错了规则，实际不需要，抱歉给您造成困扰。": "set 64: a condition disowned (之前说要粉丝团等级是主播记错了规则，实际不需要) is still read as a condition",
    "客服：中奖的宝宝注意啦，有费得自理哈，我们这边走到付，签收时给快递小哥就好。": "set 64: paying the courier on delivery (签收时给快递小哥就好) is read as a condition as well as a fee",
    "客服：亲，要先交20元保证金，防止恶意领奖，收货后七天内退还。": "set 64: a deposit (要先交20元保证金) is read as a condition as well as a fee",
    "客服：亲亲抱歉，这批羽绒服奖品工厂延期了，可能要月底才能发，实在不好意思，给您多送一双袜子作为补偿。": "set 64: a shipping delay (工厂延期了，可能要月底才能发) is read as a condition on 要、才能",
    "客服：领奖需要拍下9.9元的“领奖专用链接”，付款后奖品才会发出。": "set 64: a paid 9.9元 claim link (拍下9.9元的“领奖专用链接”，付款后奖品才会发出) is not read as a fee; it is read as a condition",
    "买家：奖品什么时候发啊，等了十天了 客服：实在抱歉亲，您的奖品得跟您的付费订单一起发，您还没下单所以一直没发，下一单就走。": "set 64: shipping only with a paid order (得跟您的付费订单一起发…下一单就走) is not read as a condition",
    "客服：亲，奖品需要您收货后拍视频好评才算领取完成，不拍视频的要补差价39元。": "set 64: a 39元 charge for not filming (不拍视频的要补差价39元) is not read as a fee; only the condition (拍视频好评) is",
    "客服：亲～奖品100%纯棉，绝对亲肤，中奖睡衣的宝宝请留言尺码。": "set 64: giving a size (中奖睡衣的宝宝请留言尺码) is read as a condition on 请、留言",
    "客服：宝，这个奖品呢，本来是要收邮费的，但是老板说这次全免了，你直接等收货吧。": "set 64: a fee waived (本来是要收邮费的，但是老板说这次全免了) is still read as a fee",
    "客服：亲，中奖者需要提供支付宝账号做实名验证，验证需支付1元，随后退还。": "set 64: the purpose of a 1元 fee (需要提供支付宝账号做实名验证) is read as a condition as well as a fee",
    "买家：你们上次说补运费，结果我补了奖品也没到 客服：亲真的很抱歉，之前那个补运费的做法已经停了，您补的6元已经原路退回，奖品今天补发。": "set 64: a fee stopped and refunded (之前那个补运费的做法已经停了，您补的6元已经原路退回) is read as a fee",
    "客服：亲，之前主播说“不扣粉丝团不给发”是开玩笑的，大家不用当真，都给发。": "set 64: a condition said in jest (之前主播说“不扣粉丝团不给发”是开玩笑的) is read as a condition",
    "买家：客服，中奖了为啥还要我拍一元链接？ 客服：亲，那个一元链接是给正常购买的客户的，中奖的不用拍，您直接发地址就行。": "set 64: a link only for buyers (一元链接是给正常购买的客户的，中奖的不用拍) is read as a condition on 购买、就行",
    "客服：亲，奖品快递到了驿站，取件码已发您短信，记得去拿哦，不需要付任何费用。": "set 64: a pickup reminder (取件码已发您短信，记得去拿哦) is read as a condition on 记得、去拿",
    "老铁们，今晚福袋抽三床棉花被🎁，中了的把地址发给粉丝群管理就妥了。运费咱家全包，一分钱不用你掏嗷！": "set 65: sending the address (中了的把地址发给粉丝群管理就妥了) is read as a condition on 粉丝群",
    "中奖的你给我打赏个小心心❤️，打了就发，不打就算了哈。": "set 65: a gift to the host to claim (给我打赏个小心心❤️，打了就发) is not read as a condition",
    "口误哈，刚刚说中奖要付运费是我嘴瓢了，福袋都是包邮的。": "set 65: a fee taken back (刚刚说中奖要付运费是我嘴瓢了) is still read as a fee",
    "今天福袋奖品：塑料洗脸盆×10，中奖的把收货信息发给小助理就行。": "set 65: sending delivery details (中奖的把收货信息发给小助理就行) is read as a condition on 助理、就行",
    "福袋的泡菜，中奖的要额外加8块钱买个坛子，不然没法装。": "set 65: an extra 8块 for a jar (中奖的要额外加8块钱买个坛子) is not read as a fee; it is read as a condition on 要、买",
    "中奖的不用补运费，也不用给好评，收到觉得好吃再回来买就行。": "set 65: an invitation to buy again (收到觉得好吃再回来买就行) is read as a condition on 买、就行",
    "以前我们抽奖运费让中奖的出，平台提醒以后，现在全部我们自己出了。": "set 65: a past fee dropped (以前我们抽奖运费让中奖的出…现在全部我们自己出了) is read as a fee",
    "群里有人问中了福袋要交啥子钱，莫得，一分都不交。": "set 65: a question answered no (有人问中了福袋要交啥子钱，莫得) is read as a fee on 交、钱",
    "小心那种私信说你中奖让你扫码付邮费的，咱家都是后台直接发，不找你要钱。": "set 65: a scam warning (小心那种私信说你中奖让你扫码付邮费的) is read as a fee",
    "盆子中奖的宝子，以前顺丰是到付，现在改成寄付了，不用你给钱。": "set 65: a past 到付 now 寄付 (以前顺丰是到付，现在改成寄付了) is read as a fee on 到付",
    "主播刚才讲中奖的要加团，我问了客服，客服说不用加，中了就发。": "set 65: a condition denied by support (主播刚才讲中奖的要加团…客服说不用加) is read as a condition",
    "今天辣椒面打折，一斤十块，中奖的和买的一起发。": "set 65: prizes shipped with bought goods (中奖的和买的一起发) is read as a condition on 中奖的和买",
    "以前中奖要看到下播才发，有人反映不合理，现在开奖就登记。": "set 65: a past condition dropped (以前中奖要看到下播才发…现在开奖就登记) is read as a condition",
    "置頂：本場福袋凍頂烏龍茶包x20，開獎後48小時內私訊地址即可，運費我們出，不用另外付任何錢🍵": "set 66: a denial of any charge (不用另外付任何錢) is read as a fee on 付、錢",
    "回复 @嘟嘟：运费到付哈，中奖的宝宝签收时给快递小哥就行": "set 66: paying the courier on delivery (签收时给快递小哥就行) is read as a condition as well as a fee",
    "以前有个主播福袋要收10块运费，被平台处理了，我们家从来都是0元到手": "set 66: another host's past fee (以前有个主播福袋要收10块运费，被平台处理了) is read as a fee",
    "中奖要补运费的都是假福袋，大家擦亮眼睛，我们家这期免邮": "set 66: a warning about fake draws (中奖要补运费的都是假福袋) is read as a fee",
    "置頂福袋：台灣高山烏龍 150g，留言「好茶」即可參加，中獎免運費寄送到府🍃": "set 66: commenting to enter the draw (留言「好茶」即可參加) is read as a condition on claiming",
    "福袋開獎後請在三天內私訊收件資料，逾期名額順延，謝謝大家參與": "set 66: a deadline for sending details (請在三天內私訊收件資料，逾期名額順延) is read as a condition",
    "回覆 @Vivi：要順豐的話自己補差價，不補就用郵局寄，一樣免費": "set 66: an optional courier upgrade (要順豐的話自己補差價，不補就用郵局寄，一樣免費) is read as a fee",
    "中獎的朋友麻煩先到蝦皮賣場下一單1元商品，方便我們出貨": "set 66: a 1元 order (先到蝦皮賣場下一單1元商品) is read only as a condition; the 1元 fee is not read",
    "回覆 @芒果：中獎後要付20元押金，收到後拍開箱影片給我們就退": "set 66: a refund tied to an unboxing video (收到後拍開箱影片給我們就退) is not read as a condition; only the fee (要付20元押金) is",
    "回覆 @May：之前那則留言是假帳號，我們官方從未要求中獎者轉帳": "set 66: a denial (我們官方從未要求中獎者轉帳) is read as a condition on 留言、要求",
    "回覆 @阿明：不是啦，我剛剛說的補運費是說加購的商品，福袋是免費寄的": "set 66: a fee for add-on items only (補運費是說加購的商品，福袋是免費寄的) is read as a fee",
    "恭喜@小鹿不吃香菜 抽中青轴机械键盘🎉 私信客服报个地址，然后去小店拍一下3.9的“补邮专拍”，拍完就给你安排发货哈": "set 67: shipping once the 3.9 postage link is bought (拍完就给你安排发货) is read as a condition; it is only the fee",
    "有同学说中了奖要刷礼物才能领，这是谣言，我们从来没有这样的规定": "set 67: a rumour denied (有同学说中了奖要刷礼物才能领，这是谣言) is read as a condition",
    "评论：主播，我中奖了客服让我先下单一件才发？ 主播：是客服理解错了，已经沟通好，不用下单，直接给你发": "set 67: a buyer's report the host disowns (客服让我先下单一件才发…是客服理解错了) is read as a condition",
    "评论：客服让我拍一个1元链接，是不是骗子？ 回复：亲，我们从不收费的，麻烦把对话截图发我们查一下这个号": "set 67: asking for a chat screenshot to check a scam (麻烦把对话截图发我们查一下这个号) is read as a condition on 麻烦、截图",
    "宝子们，中了福袋不用刷礼物，主播不缺那个小心心，地址发来就行": "set 67: sending the address (地址发来就行) is read as a condition on 发来、就行",
    "抽中围兜的亲，直播结束后去店铺拍一下1元补邮链接，我们当天发出💕": "set 68: a 1元 postage link (去店铺拍一下1元补邮链接) is not read as a fee",
    "寶媽留言：請問中獎的嬰兒毯是包郵嗎？我在新疆，怕不給寄": "set 68: a winner's worried question (我在新疆，怕不給寄) is read as a condition on 新疆、不給",
    "这款折叠浴盆是我们家回购率很高的款，今晚直播抽3个，记得来": "set 68: a sales line with no claim step (回购率很高的款…记得来) is read as a condition on 回购、记得",
    "中奖的宝妈麻烦拍一下2元保价费，防止玻璃奶瓶路上碎了": "set 68: the ask to buy the 2元 insurance (中奖的宝妈麻烦拍一下2元保价费) is read as a condition as well as the fee",
    "婴儿湿巾下单满两箱送运费险，退换无忧（这是正常购买福利）": "set 68: a normal purchase perk (下单满两箱送运费险) is read as a condition on 下单、满",
    "领奖方式二选一：①默认快递寄出，免费；②着急用的可以自己选闪送，闪送费自理": "set 68: an optional paid courier (着急用的可以自己选闪送，闪送费自理) is read as a fee on 费、自理",
    "今天的福袋纸尿裤是品牌方独家授权，别处领不到": "set 68: exclusivity (品牌方独家授权，别处领不到) is read as a condition on 独家、授权、领不到, beside the right absolute word",
    "刚才助理说要补运费是看错了，福袋奖品全部包邮，不用补任何钱，抱歉～": "set 68: a fee said and taken back (刚才助理说要补运费是看错了…不用补任何钱) is still read as a fee",
    "福袋中奖宝妈需要先交50元保证金，防止恶意领奖，收货后退": "set 68: a 50元 deposit (需要先交50元保证金) is read as a condition on 需要、先交、保证金 as well as the fee",
    "今晚的湿巾福袋，中奖后请去拍下“福袋专享”链接并支付1.99元邮费": "set 68: buying the 1.99 postage link (中奖后请去拍下“福袋专享”链接) is read as a condition as well as the fee",
    "别家福袋要你补运费，咱家不要！别家要粉丝团，咱家也不要！": "set 68: what other shops demand (别家要粉丝团，咱家也不要) is read as a condition on 要、粉丝团",
    "麻烦中奖的宝妈发地址时备注宝宝月龄，我们按月龄选奶嘴孔型号": "set 68: a note for sizing (发地址时备注宝宝月龄) is read as a condition on 麻烦、月龄",
    "上周抽奖确实让大家补了5块运费，被平台提醒了，从这周起0元抽的全部包邮或者自提免费，给大家道个歉。": "set 69: a past fee apologised for (上周抽奖确实让大家补了5块运费…从这周起…全部包邮) is read as a fee",
    "本店大米百分百东北原产，抽奖送的也一样，中了请到驿站领。": "set 69: collecting at the station (中了请到驿站领) is read as a condition on 请、驿站",
    "隔壁小区那个群好像抽奖中了还要拉人头，咱们这没有这个规矩，中了直接领。": "set 69: hearsay about another group (隔壁小区那个群好像…还要拉人头) is read as a condition on 还要、拉人",
    "有个自称是我们团助理的人在群里私聊中奖的要收‘手续费’，那是骗子！已踢出群，请大家注意。": "set 69: a scammer warning (自称是我们团助理的人…要收‘手续费’，那是骗子) is read as a fee on 收、手续费",
    "中奖的邻居不用非得在群里待着，退群了也照样给你发，地址留好就行。": "set 69: leaving the address (地址留好就行) is read as a condition on 留好、就行",
    "以前抽奖中了要自己出运费，后台已经改过来了，现在奖品全部由店铺承担运费。": "set 69: a past fee since dropped (以前抽奖中了要自己出运费，后台已经改过来了) is read as a fee on 出、运费",
    "我上面说领奖得先下单，那个说错了哈，领奖跟下单没关系，中了就是你的。": "set 69: a condition said and taken back (我上面说领奖得先下单，那个说错了哈) is still read",
    "抽中食用油的家人，补10元邮费链接已经发群里，拍下再发。": "set 69: shipping after the 10元 postage link is bought (拍下再发) is read as a condition as well as the fee",
    "抽中一袋大米的放门卫那了，门卫大爷说不用给他保管费，大家谢谢他就行😄": "set 69: thanking the guard (大家谢谢他就行) is read as a condition on 谢谢、就行",
    "今晚抽奖的苹果是史上最甜的一批，中奖的还要另外下一单团购一起配送，单独不送。": "set 69: a required extra group order (中奖的还要另外下一单团购一起配送，单独不送) is not read as a condition; only the absolute word (最甜) is",
    "刚刚直播时说的'全网最低'是口误，我们不说这个，大米就是正常团购价，抽奖正常进行。": "set 69: a retracted phrase (刚刚直播时说的'全网最低'是口误) is still read as an absolute word on 全网最低",
    "抽中的家人去我们店铺主页给任意一件商品写个追评，追评完再联系我领奖。": "set 69: a follow-up review before claiming (给任意一件商品写个追评，追评完再联系我领奖) is not read as a condition",
    "中奖的朋友如果想多要一份，可以自己拍下付款，不想要的就只领奖品那份，免费的。": "set 69: buying an extra one by choice (如果想多要一份，可以自己拍下付款) is read as a fee on 付款",
    "各位中奖的，在群里@我报一下中奖的快手昵称就行，核对完就发，不需要任何费用。": "set 69: winners just reporting their Kuaishou nickname in the group, no fee at all (在群里@我报一下中奖的快手昵称就行…不需要任何费用) is read as a condition on 群里、就行",
    "中奖的床头柜是送货上门的，如果住6楼以上没电梯，每层加收10块搬运费，这个要中奖人自己承担哈。": "set 70: who pays the stair fee (这个要中奖人自己承担哈) is read as a condition on 要、承担 as well as the fee",
    "中了的书架是要安装的，安装师傅上门费80由中奖用户现场支付，架子本身是免费送的。": "set 70: a note that the shelf needs assembling (中了的书架是要安装的) is read as a condition on 要、安装",
    "那个，刚才口播说中奖要加粉丝团才能领，我说错了啊，不是的，不加团也照样给你发，口误口误🙏": "set 70: a condition said and taken back (刚才口播说中奖要加粉丝团才能领，我说错了啊) is still read",
    "以前我们家抽奖偏远地区要补运费，被投诉以后改了，现在西藏新疆中奖也是我们出物流费。": "set 70: a past fee since changed (以前我们家抽奖偏远地区要补运费，被投诉以后改了) is read as a fee on 补、运费",
    "中奖的落地灯需要再拍一个9.9的灯泡链接一起发，不拍的不单独发货，运费也得你出。": "set 70: a required bulb order (需要再拍一个9.9的灯泡链接一起发，不拍的不单独发货) is not read as a condition, only as a fee",
    "付费链接：落地灯单拍需要另付上楼费，中奖的不在此列，中奖的上楼费我们出。": "set 70: a paid-link note excluding winners (落地灯单拍需要另付上楼费，中奖的不在此列) is read as a condition on 拍、需要",
    "有个号在评论区让中奖的拍一块钱「登记链接」，那不是我们的号，我们中奖不需要拍任何链接。": "set 70: a fake account's ask (有个号在评论区让中奖的拍一块钱「登记链接」，那不是我们的号) is read as a fee",
    "想让师傅帮忙装窗帘杆的可以自己约，安装费自理；不装的话我们直接寄窗帘过去，这部分都不用你掏钱。": "set 70: an optional install (想让师傅帮忙装窗帘杆的可以自己约，安装费自理) is read as a fee on 安装费、自理",
    "亲亲，中了的挂钟包油的哦～～不用补油费，拍下0元订单就好😊": "set 70: placing the 0元 order (拍下0元订单就好) is read as a condition on 拍下0元订单、就好",
    "抽中的豆袋沙发拆开要自己充气？不是的，是压缩包装，拆开等两小时就回弹了，不用另外买东西。": "set 70: a usage question answered no (拆开要自己充气？不是的) is read as a condition on 要、充气",
    "买家差评说：'中奖还让我付上楼费'。回复：您好，已核实是物流师傅违规收取，我们已经跟物流投诉并把钱转给您，非常抱歉。": "set 70: a refund to the buyer (我们已经跟物流投诉并把钱转给您) is read as a fee on 钱、转给",
    "嗯，有的亲中奖以后主动说要给好评，谢谢大家，不过真不强制，你不评价也一样给发。": "set 70: winners offering praise unasked (有的亲中奖以后主动说要给好评…不强制) is read as a condition",
    "以前物流费一人一半那个规矩去年就废了，现在中奖的运费全部由我们出。": "set 70: a rule abolished last year (以前物流费一人一半那个规矩去年就废了) is read as a fee on 物流费一",
    "中奖的朋友，大件物流送货上门一般要提前预约，师傅打电话时说一下楼层，电梯房和步梯都不另收费。": "set 70: booking a delivery time (大件物流送货上门一般要提前预约) is read as a condition on 要、提前、预约",
    "有人私下找我说，某某家抽中的灯要付35运费，问我们是不是也这样。不是，我们家中奖零费用。": "set 70: what another shop charges (某某家抽中的灯要付35运费) is read as a fee on 要付、运费",
    "有的主播要求中奖的发作品推广，咱们没这个要求，你愿意发我们谢谢你，不发也一样寄。": "set 70: a voluntary post (你愿意发我们谢谢你，不发也一样寄) is read as a condition on 愿意、谢谢、不发",
    "中奖的亲，请在订单备注里写好楼层和有没有电梯，方便安排送货，不会因为楼层收钱。": "set 70: a delivery note (请在订单备注里写好楼层和有没有电梯) is read as a condition on 请、写好、楼层、电梯",
    "有人问能不能不要奖品换成现金？不行哈，只能发实物，实物包邮。": "set 70: a question about cash instead (有人问能不能不要奖品换成现金？不行哈) is read as a condition",
    "中奖的要补25块钱，因为镜子要用木箱发，木箱是另外算的，不补就不发。": "set 70: the reason for a 25块 fee (因为镜子要用木箱发) is read as a condition on 要、木箱",
    "呃…刚才那个小哥说中奖要付税，我澄清一下，个税我们代缴，你们不用出。": "set 70: a tax claim corrected (刚才那个小哥说中奖要付税…个税我们代缴) is read as a fee on 要付、税",
    "以前：中奖需加粉丝团。现在：取消这个要求，所有人中奖都能直接领。": "set 70: a demand withdrawn in the next sentence (以前：中奖需加粉丝团。现在：取消这个要求) is read as a condition: a withdrawal is read within its sentence only",
    "客服：您好亲，看到您中的是被套，因厂家断货，我们改发同价位的枕头两只，您看可以吗？不同意的话也可以等补货再发，大概要十天左右。两种都不收费，您选好了告诉我就行。": "set 51: an optional wait for restock (不同意的话也可以等补货再发) is read as a condition",
    "口误口误，刚才说的“补运费”是指付费下单的订单，福袋中奖的不用补": "set 63: a fee explained as the paid order's (刚才说的“补运费”是指付费下单的订单) is read as a fee",
    "中奖的宝子要是着急，可以自愿补10块走顺丰；不补的正常走中通，包邮，一样发": "set 58: an optional upgrade (可以自愿补10块走顺丰; 不补的…包邮) is read as a fee",
    "中奖的朋友要是想走德邦送货上楼，可以自愿补个差价，不补的话默认普通快递送到楼下，免费的。": "set 70: an optional upgrade (可以自愿补个差价) whose free default is in its own clause (…送到楼下，免费的) is read as a fee",
    "付费下单的顾客可以自己选择加购运费险3.9元；抽中的奖品我们已经默认帮你买好了运费险，不花你钱。": "set 70: paid orders' shipping insurance (付费下单的顾客…加购运费险3.9元) is read as a fee",
    "提醒：有人私信自称“中奖专员”，让你扫码付运费，千万别付！咱家福袋都包邮": "set 67: a scam told (有人私信自称“中奖专员”，让你扫码付运费，千万别付) is read as a fee",
    "福袋奖品狗绳，中奖后加微信支付3元快递费即可发出🐕": "set 71: a fee paid over WeChat (中奖后加微信支付3元快递费即可发出) is labelled a fee only; the check also reads 中奖后加微信 as a condition",
    "中奖宝子付个9.9的差价就能升级成大号狗窝哦～不升级就发原款，免费的": "set 71: an optional upgrade (付个9.9的差价就能升级成大号狗窝) whose free default is in its own clause (不升级就发原款，免费的) is read as a fee",
    "评论：中奖后要加微信吗？\n回复：不用加，直接在抖音私信里填地址就好啦": "set 71: a question answered no (中奖后要加微信吗？不用加) whose how-to (直接在抖音私信里填地址就好啦) is read as a condition on 抖音、就好",
    "中奖宝子请把奖品0元链接拍下，运费已经包含在内不用另付～": "set 71: buying the 0-yuan prize link (请把奖品0元链接拍下，运费已经包含在内不用另付) is read as a condition on 拍下",
    "姐妹们，中奖需要付1块钱补邮，真的只要1块！不拍不发哈": "set 71: a 1-yuan postage fee (中奖需要付1块钱补邮) is labelled a fee only; the check also reads its enforcement (不拍不发哈) as a condition",
    "我们客服昨天回复说中奖要补邮费，是新来的客服搞错了，已经处理，所有中奖宝子都包邮🙇": "set 71: a staff error corrected (客服昨天回复说中奖要补邮费，是新来的客服搞错了) is read as a fee",
    "中奖宝子快递默认发圆通，想发顺丰的可以自付差价，默认的不收钱～": "set 71: an optional upgrade (想发顺丰的可以自付差价) whose free default is in its own clause (默认的不收钱) is read as a fee",
    "灯排亮到五级的才能领奖品没到五级的下次再来": "set 72: a badge level typed 灯排 (灯排亮到五级的才能领奖品) is not read as a condition: nothing reads 亮到五级的才能领",
    "中奖的是会员才发不是会员的要先开会员": "set 72: a membership to claim (是会员才发不是会员的要先开会员) is not read as a condition: nothing reads 会员才发、要先开会员",
    "去年中奖还要大家出运费 今年合作社有补贴了 全免": "set 72: last year's fee now waived (去年中奖还要大家出运费 今年…全免) is read as a fee",
    "中奖的 运非十块 到了付": "set 72: postage on delivery typed 运非 (运非十块 到了付) is not read as a fee: nothing reads 运非 or 到了付",
    "中奖的宝宝 邮费合作社出了 你安心等": "set 72: postage the co-op pays (邮费合作社出了) is read as a fee on 邮费、出",
    "以前要连续签到三天才发 后来知道不合规矩 现在中了就发": "set 72: a past rule now dropped (以前要连续签到三天才发 后来知道不合规矩 现在中了就发) is read as a condition",
    "中奖以后可以加我们粉丝群 群里有优惠 不加不影响发奖": "set 72: an optional fan group (中奖以后可以加我们粉丝群…不加不影响发奖) is read as a condition",
    "中奖的精华需要补差价19.9升级成正装，小样不单独发。": "set 73: a paid upgrade (需要补差价19.9升级成正装) is labelled a fee only; the check also reads 小样不单独发 as a condition",
    "Pay 邮费 10 yuan first，then we ship your lipstick prize.": "set 73: a fee in mixed English (Pay 邮费 10 yuan first，then we ship) is not read as a fee: nothing reads Pay",
    "中奖宝宝请加客服微信，发6.6红包后登记地址。": "set 73: a red packet before the address (加客服微信，发6.6红包后登记地址) is labelled a fee only; the check also reads 请加客服微信 as a condition",
    "想给奖品加个防摔气泡柱的可以自费1元，不选默认普通包装，也不收钱。": "set 73: an optional add-on (可以自费1元) whose free default is in its own clause (不选默认普通包装，也不收钱) is read as a fee",
    "中奖后可以晒单，晒单的宝宝下次抽奖多一次机会；不晒也正常发奖。": "set 73: an optional post with a bonus (中奖后可以晒单…不晒也正常发奖) is read as a condition",
    "中奖的小仙女们，邮费我们出，你们负责美美的就好～": "set 73: a free-postage cheer (邮费我们出，你们负责美美的就好) is read as a condition on 负责、就好",
    "【自动回复】中奖未满1级粉丝团的宝宝请先点亮灯牌，点亮后发货。": "set 73: a fan badge to light before shipping (未满1级粉丝团的宝宝请先点亮灯牌，点亮后发货) is not read as a condition",
    "恭喜中奖，奖品包邮寄出，需要开发票的可以联系客服，不收费。": "set 73: an invoice on request (需要开发票的可以联系客服，不收费) is read as a condition on 需要、开发票",
    "客服说中奖要付10块钱运费，是真的吗？——不是，那个账号不是我们的，已经举报了。": "set 73: a question answered no (客服说中奖要付10块钱运费，是真的吗？——不是，那个账号不是我们的) is read as a fee",
    "中奖宝宝pay 邮费 at 签收时，快递员会收。": "set 73: postage in mixed English (pay 邮费 at 签收时，快递员会收) is not read as a fee: nothing reads pay or 快递员会收",
    "中奖宝宝可以自愿给好评，给不给都发货，谢谢大家～": "set 73: an optional review (可以自愿给好评，给不给都发货) is read as a condition on 好评、不给",
    "想给奖品手表加购延保的可以自费购买，不买也照常包邮发出。": "set 74: an optional paid extra (加购延保的可以自费购买) whose free default is in its own clause (不买也照常包邮发出) is read as a fee",
    "手表到手后下载官方App配对就能用，领奖本身不需要下载任何App。": "set 74: a usage note after delivery (手表到手后下载官方App配对就能用) is read as a condition, though 领奖本身不需要下载任何App",
    "这款三合一数据线拍两件打九折，下单备注型号即可。": "set 74: a sale with no prize in it (拍两件打九折，下单备注型号即可) is read as a condition",
    "奖品开发票要加收3%税点，不开票的不发货。": "set 74: a 3% tax on the invoice (开发票要加收3%税点) is labelled a fee only; the check also reads 不开票的不发货 as a condition",
    "最近有个假号模仿我们直播间，说中奖要交激活费，大家认准官方账号。": "set 74: a scam warning (有个假号模仿我们直播间，说中奖要交激活费) is read as a fee",
    "中奖的宝子想要礼盒包装的可以自费加5元，不要礼盒就用普通包装免费发。": "set 74: an optional upgrade (可以自费加5元) whose free default is in its own clause (不要礼盒就用普通包装免费发) is read as a fee",
    "奖品发出时会附带保修卡，凭保修卡可享一年免费保修。": "set 74: a warranty card note (凭保修卡可享一年免费保修) is read as a condition on 凭、卡可享",
    "奖品的保修和正价商品一样，可以凭订单号开具发票，全程不收钱。": "set 74: an invoice on request (可以凭订单号开具发票，全程不收钱) is read as a condition on 凭、订单号",
    "中奖后可以继续看直播，也可以直接离开，不影响发奖。": "set 74: a free choice after winning (可以继续看直播，也可以直接离开，不影响发奖) is read as a condition",
    "以前有商家中奖要加粉丝团才发 现在平台不让了👍": "set 52: a past practice now banned (以前有商家中奖要加粉丝团才发) is read as this draw's condition",
    "slime抽中的不用发开箱视频 想发也行 不发也照常寄": "set 52: an optional unboxing video (想发也行 不发也照常寄) is read as a condition via 也行、不发",
    "中了积木的小朋友，让爸爸妈妈给我们发个6.6的红包，图个吉利也当邮费": "set 58: a red packet taken as postage two clauses on (6.6的红包，图个吉利也当邮费) is not read",
    "以前我们让中奖的姐妹加粉丝团才发，后来知道违规了，现在不用加，直接发": "set 62: a past condition dropped (以前我们让…加粉丝团才发…现在不用加) is read as a condition",
    "就是以前我们是要大家亮灯牌才给发福袋的对吧后来平台说不行我们就改了现在不用亮了中了直接发": "set 63: a past condition dropped (以前我们是要大家亮灯牌才给发…现在不用亮了) is read as a condition, with 平台说不行 too",
    "以前我們福袋是要補運費沒錯，去年被檢舉後就改了，現在一律免運": "set 66: a past fee dropped (以前我們福袋是要補運費沒錯…現在一律免運) is read as a fee",
    "以前抽奖有要求加灯牌的，那都是去年的规则了，今年开始我们中奖不设任何门槛。": "set 70: last year's dropped rule (以前抽奖有要求加灯牌的，那都是去年的规则了) is read as a condition",
    "中奖的都要补一下快递费？？没有没有，那是付费款的补差链接，你们中奖的别拍，拍了也给你退。": "set 70: a denial that winners pay postage, the 补差链接 being for paid goods (没有没有，那是付费款的补差链接，你们中奖的别拍) is read as a fee on 付费、补差链接",
    "以前我们福袋确实收过5块邮费，被姐妹们说了之后已经改啦🙇‍♀️\n现在所有奖品全部包邮！\n#福袋 #宠物用品": "set 71: a past fee the shop dropped (以前我们福袋确实收过5块邮费，…已经改啦) is read as a fee on 收过5块、邮费",
    "宝子中了福袋记得私信发地址，顺便转我8.8作为包装费哈🎀": "set 71: money sent to the host (顺便转我8.8作为包装费) is not read as a fee: 转我 is no payment word (it forwards a screenshot as often)",
    "客服刚才说要加群领奖，那是旧规则，现在不用加群。": "set 74: an old rule the staff repeated (客服刚才说要加群领奖，那是旧规则) is read as a condition",
    "说明：以往有些中奖的叔叔阿姨被要求“补运费”，那是去年的旧规矩，今年起全部包邮，如遇客服要钱请直接投诉。": "set 61: last year's dropped rule (以往…被要求“补运费”，那是去年的旧规矩) is read as a fee",
    "宝子们注意‼️ 以前猫砂福袋偏远地区要补运费，现在全国包邮，包括新疆西藏～": "set 71: a past fee followed by what holds now (以前…偏远地区要补运费，现在全国包邮) is read as a fee (现在/今年包邮 frees those it names, not always the fee before it: “以前偏远补10元运费，目前包邮地区不含偏远”)",
    "中奖的姐妹pay 8块邮费给客服就行，偏远地区15。": "set 73: a fee in mixed English (pay 8块邮费给客服) is not read by the engine alone: pay is no payment word (Google Pay点卡)",
    "以前我们抽奖会让中奖者付包装费，收到平台提醒后已停止，现在统一免费。": "set 73: a past fee stopped (以前…让中奖者付包装费…已停止，现在统一免费) is read as a fee (现在/今年包邮 frees those it names, not always the fee before it: “以前偏远补10元运费，目前包邮地区不含偏远”)",
    "去年抽奖收过一次邮费被投诉，今年全部包邮，不再收取。": "set 74: last year's fee (去年抽奖收过一次邮费…今年全部包邮，不再收取) is read as a fee (现在/今年包邮 frees those it names, not always the fee before it: “以前偏远补10元运费，目前包邮地区不含偏远”)",
    "中奖的加运费险2块，不加不发。": "set 75: the threat behind a 2块 insurance fee (中奖的加运费险2块，不加不发) is read as an extra condition on 运费险、不发",
    "中奖的宝子不要求在线时长，开奖后就可以下播去训练。": "set 75: leave-after-the-draw permission (不要求在线时长，开奖后就可以下播去训练) is read as a condition on 就可以、下播",
    "帐篷抽奖去年确实收过包装费，被投诉后改了，现在全免。": "set 75: a past fee since dropped (去年确实收过包装费，被投诉后改了，现在全免) is read as a fee",
    "抽奖中奖的宝子，我们不会要求你好评，收到后觉得好用再随手评价就行。": "set 75: an optional review after a denial (不会要求你好评，收到后觉得好用再随手评价就行) is read as a condition on 评价、就行",
    "群公告：周末有线下徒步活动，自愿报名，AA制，跟直播抽奖无关。": "set 75: a group notice for an unrelated hike (自愿报名，AA制，跟直播抽奖无关) is read as a fee on AA",
    "今晚8点开奖，中奖名单截图发群里，宝子们记得看。": "set 75: a draw-time announcement (中奖名单截图发群里，宝子们记得看) is read as a condition on 截图、记得",
    "有宝子问能不能加钱换大一号的帐篷，可以拍补差链接，但这是你自愿换款，不换的话原款免费发。": "set 75: an optional paid size upgrade (可以拍补差链接，但这是你自愿换款，不换的话原款免费发) is read as a fee on 补差链接",
    "【致歉说明】昨晚直播间主播说中奖的朋友“拍1元补邮链接”，这是口误，0元抽奖奖品全部包邮，不需要拍任何链接，已拍的我们今天原路退回。": "set 76: an apology for a mis-said postage link (主播说中奖的朋友“拍1元补邮链接”，这是口误) is read as a fee",
    "平台已经给我们发了警告，之前说“中奖要晒单好评才发”是不对的，现在中奖直接填地址就发，不用晒单。": "set 76: a quoted condition retracted after a platform warning (之前说“中奖要晒单好评才发”是不对的) is read as a condition",
    "关于昨晚的争议：主播说“中奖的要邀请3个好友关注才能领”，这句话不符合平台规则，已经撤回，中奖者直接领取即可。": "set 76: a quoted condition withdrawn (主播说“中奖的要邀请3个好友关注才能领”…已经撤回) is read as a condition",
    "奖品默认是iPhone XR 64G，免费包邮；如果中奖者自己想换128G，可以自愿补差价200元，不换的照常发64G。": "set 76: an optional paid upgrade (如果中奖者自己想换128G，可以自愿补差价200元，不换的照常发64G) is read as a fee",
    "中奖者需要先转5块到店主微信，备注中奖ID，收到后安排发货。": "set 76: a 5块 transfer to the owner (中奖者需要先转5块到店主微信) is read as a condition too, on 需要、到店、微信 (到店 cut from 到店主)",
    "之前置顶写的“奖品免费，运费自理，到付”已经删除，现在改为包邮寄出，不走到付。": "set 76: an old pinned note deleted (之前置顶写的“奖品免费，运费自理，到付”已经删除) is read as a fee",
    "回复：要加的哦亲，粉丝团一块钱，加了才能领。": "set 76: a fee for a fan-group badge (粉丝团一块钱，加了才能领) is not read as a fee by the engine alone",
    "之前说“包邮到省会，地级市以下补差价3元”，平台提醒后已改，现在所有地区都包邮，不补差价。": "set 76: a remote-area surcharge quoted and dropped (之前说“…地级市以下补差价3元”，平台提醒后已改) is read as a fee",
    "回复@买家7788：不好意思，收纳篮是免费送，但快递费5元需要您这边出，我给您发个补邮链接。": "set 76: a reply asking the winner to pay shipping (快递费5元需要您这边出，我给您发个补邮链接) is not read as a fee by the engine alone",
    "这次事件我们反思了：主播说“中奖须下单满59元才发”是违规的，我们已经处罚主播，中奖者无需下单。": "set 76: a quoted purchase condition condemned (主播说“中奖须下单满59元才发”是违规的) is read as a condition",
    "店主道歉帖：那天直播我说中奖的“自己出个邮费”，是我没搞清楚平台规则，后来所有中奖者的邮费都退了，以后奖品一律包邮。": "set 76: an owner's apology for a quoted fee (我说中奖的“自己出个邮费”，是我没搞清楚平台规则) is read as a fee",
    "买家差评：说好的0元抽奖，结果要我先关注他们另一个小号才给发，服了。": "set 76: a buyer's bad review (买家差评：…结果要我先关注他们另一个小号才给发) is read as a condition",
    "店铺回复差评：关注小号的要求是运营擅自加的，已经删掉，您的奖品今天发出，包邮。": "set 76: the shop's reply dropping a condition (关注小号的要求是运营擅自加的，已经删掉) is read as a condition",
    "主播原话：“这个收纳盒全网独一无二，只有我们家有。”平台判定为夸大宣传，我们接受处罚，已删除回放。": "set 76: a quoted claim the shop was punished for (主播原话：“这个收纳盒全网独一无二…”平台判定为夸大宣传) is read as an absolute claim",
    "回复@小雨：偏远地区也包邮的，之前客服说要补7块是错的，已经跟她说了，给您道歉。": "set 76: a staff error corrected (之前客服说要补7块是错的) is read as a fee on 补7块",
    "上次说“中奖人承担一半运费”是店员自作主张，店主已经纠正，运费全由我们出。": "set 76: a quoted fee disowned (上次说“中奖人承担一半运费”是店员自作主张) is read as a fee",
    "奖品包邮寄出；如果收到后想换尺码，换货来回运费需自理，不换的不产生任何费用。": "set 76: return postage for an optional size exchange (如果收到后想换尺码，换货来回运费需自理) is read as a fee",
    "那天直播说的“中奖要在直播间待满1小时”是主播乱说的，不用待，中奖后直接去填地址。": "set 76: a quoted condition denied (“中奖要在直播间待满1小时”是主播乱说的，不用待) is read as a condition",
    "道歉声明：上周主播说“中奖后需要买一件衣服凑单才发”，这是错误说法，已对主播进行培训，中奖者无需凑单。当时被要求凑单的中奖者可以申请退款。": "set 76: an apology quoting a condition, with refunds (上周主播说“中奖后需要买一件衣服凑单才发”，这是错误说法) is read as a condition",
    "买家：你们主播说中奖要付快递费，到底付不付？\n店铺：不付，主播说错了，已经更正。": "set 76: a buyer's question answered no (你们主播说中奖要付快递费…不付，主播说错了) is read as a fee",
    "中奖的书友如果想要书套保护可以自己加购，不加购的我们用气泡袋包好，不收钱。": "set 76: an optional paid add-on (如果想要书套保护可以自己加购，不加购的…不收钱) is read as a condition",
    "【公告】因违规被平台警告：上一场中奖者被要求支付的“保价费”已全部退还，以后不再收取。": "set 76: a notice of refunded fees (中奖者被要求支付的“保价费”已全部退还，以后不再收取) is read as a fee",
    "客服回复过“我们只是代收邮费，不算我们收钱”——这句话是错的，我们已经批评了客服，抽奖不收任何费用。": "set 76: a staff line quoted as wrong (“我们只是代收邮费，不算我们收钱”——这句话是错的) is read as a fee on 不算、收钱",
    "中奖的宝贝要在直播间评论“感谢小店”并保持在线10分钟，主播确认后发货。": "set 76: a comment-and-stay-online task (评论“感谢小店”并保持在线10分钟，主播确认后发货) is not read as a condition by the engine alone",
    "回复@老王：您说的没错，是我们主播说了“中奖要付税”，这不对，奖品的税费由商家承担，您不需要付任何钱。": "set 76: a host's tax claim admitted wrong (是我们主播说了“中奖要付税”，这不对) is read as a fee",
    "中奖的家人们，奖品到付，签收时付8元，拒签的视为放弃。": "set 76: what refusing a COD fee means (签收时付8元，拒签的视为放弃) is read as an extra condition",
    "关于中奖者投诉：我们已经跟这位朋友沟通，退回了他之前付的6元运费，并补发了一本书作为道歉。": "set 76: a refund to a complaining winner (退回了他之前付的6元运费) is read as a fee",
    "中奖者需要支付关税……不对不对，是我说错了，二手书国内发货，没有任何税，也不收邮费。": "set 76: a fee said and taken back (中奖者需要支付关税……不对不对，是我说错了) is read as a fee",
    "澄清：视频里主播说的“记得拍补邮链接”是对付费购买的顾客说的，不是抽奖中奖者，抽奖奖品全部包邮。": "set 76: a clarification of whom a quote was for (“记得拍补邮链接”是对付费购买的顾客说的，不是抽奖中奖者) is read as a fee",
    "买家：太坑了，中奖还要交钱！\n店铺：亲，收的是您自己选的顺丰加急费，默认中通是免费的，您选了升级才收的。": "set 76: a chosen upgrade explained (收的是您自己选的顺丰加急费，默认中通是免费的) is read as a fee",
    "翻新机抽奖中奖者，要先交50元保证金，防止您转卖。": "set 76: a 50元 deposit (要先交50元保证金，防止您转卖) is read as a condition too, on 要、先交、保证金",
    "提醒一下各位家长：奖品蜡笔是可水洗的，宝宝画到墙上用湿布擦就行。": "set 77: a product care tip (宝宝画到墙上用湿布擦就行) is read as a condition",
    "抽奖奖品为幼儿安全剪刀，圆头设计，建议4岁以上使用。": "set 77: age advice for the prize (建议4岁以上使用) is read as a condition on 建议、以上",
    "中奖的学习机开机就能用，不需要交激活费，账号注册也是免费的。": "set 77: a product usage note (学习机开机就能用，不需要交激活费) is read as a condition on 开机、就能",
    "中奖了记得看下孩子年龄，这款拼图是6岁+，小宝宝的话可以换成同价位的布书，换款也不收钱。": "set 77: an age tip with a free swap (中奖了记得看下孩子年龄…换款也不收钱) is read as a condition",
    "中奖了要先给孩子报名我们的体验课（99元），奖品随课程资料寄出。": "set 77: a paid trial class to claim (要先给孩子报名我们的体验课（99元）) is read as a condition and not as a fee",
    "听群里宝妈说有些店中奖后要补运费，我们家不会，都是0元包邮到家。": "set 77: hearsay about other shops (听群里宝妈说有些店中奖后要补运费，我们家不会) is read as a fee",
    "宝妈们，孩子的书包记得按身高选，110-130cm选小号，130以上选大号，中奖也按这个填。": "set 77: a size guide (110-130cm选小号，130以上选大号) is read as a condition on 小号、以上",
    "群主提醒各位宝妈：抽中的绘本要先转2元给我，我统一帮大家领。": "set 77: a group owner's 2元 collection (抽中的绘本要先转2元给我) is read as a condition too, on 要、先转",
    "中奖的书包是小号的，适合幼儿园中大班，一年级以上的宝贝建议换大号，换号免费。": "set 77: size advice with a free swap (一年级以上的宝贝建议换大号，换号免费) is read as a condition",
    "今晚抽奖活动第一次做，有不周到的地方请家长们多包涵，奖品都是包邮的。": "set 77: a first-timer's apology (有不周到的地方请家长们多包涵) is read as a condition on 请、包涵",
    "中奖的回答三个问题，答对了发：这款轮胎是什么花纹？": "set 78: a quiz to claim (中奖的回答三个问题，答对了发) is not read as a condition by the engine alone",
    "这个千斤顶下单需要安装的，附近门店装一次20块，自己装就不用。": "set 78: a sales note on paid install, no prize in it (这个千斤顶下单需要安装的，附近门店装一次20块) is read as a condition",
    "奖品户外桌椅走德邦，送到物流点免费，要送货上门的加50。": "set 78: a surcharge for home delivery of the prize (要送货上门的加50) is not read as a fee by the engine alone",
    "拍两桶机油送机滤，顺丰到付，不想到付的拍中通。": "set 78: a sales note on shipping choices, no prize in it (拍两桶机油送机滤，顺丰到付) is read as a fee",
    "大件奖品物流费五五开，你出一半我出一半。": "set 78: a shared shipping cost (物流费五五开，你出一半我出一半) is not read as a fee by the engine alone",
    "上楼费谁出啊，我住六楼没电梯。": "set 78: a buyer's question (上楼费谁出啊，我住六楼没电梯) is read as a fee",
    "中了的报车型，不报车型不发，别问为什么。": "set 78: a car-model report required (中了的报车型，不报车型不发) is not read as a condition by the engine alone",
    "轮胎中奖的，默认发到你家，免费送货上门；想到附近门店直接装的也行，装胎费我们跟门店结。": "set 78: the shop settling an install fee itself (装胎费我们跟门店结) is read as a fee on 费、结",
    "中奖的不用留多久直播间，开完奖你就可以走了，地址后填也行。": "set 78: leave-after-the-draw permission (不用留多久直播间，开完奖你就可以走了) is read as a condition",
    "庭院桌椅五件套1299，德邦大件，送货上门另收50，需要上楼的按层加钱。": "set 78: sales copy for a paid product (庭院桌椅五件套1299…送货上门另收50，需要上楼的按层加钱) is read as a fee",
    "上一条说偏远加收是写的普通商品，奖品不加收，别误会。": "set 78: a correction on what a surcharge covered (上一条说偏远加收是写的普通商品，奖品不加收) is read as a fee",
    "以前抽奖偏远地区要补运费，被平台说了，现在全国都包，包括新疆西藏。": "set 78: a past remote-area fee now dropped (以前抽奖偏远地区要补运费，被平台说了，现在全国都包) is read as a fee",
    "德邦送到楼下后有上楼需求直接跟师傅说，上楼费已经预付了。": "set 78: a stair fee already prepaid (上楼费已经预付了) is read as a fee on 费、预付",
    "纠正一下，我刚说要下单过配件的才发，不对，中奖就发，跟买没买过无关。": "set 78: a condition said and taken back (我刚说要下单过配件的才发，不对，中奖就发) is read as a condition",
    "报车型，补10块邮费，两样都齐了才发货。": "set 78: a car-model report alongside a fee (报车型，补10块邮费，两样都齐了才发货) is not read as a condition by the engine alone",
    "上个月有几单让中奖的到付了，是仓库发错，钱已经全退了，现在都是寄付。": "set 78: a past COD error refunded (让中奖的到付了，是仓库发错，钱已经全退了) is read as a fee",
    "中奖的在评论区刷20条「感谢老板」，刷完截图领奖。": "set 78: a comment-spam task (在评论区刷20条「感谢老板」，刷完截图领奖) is not read as a condition by the engine alone",
    "俺村二嫂前几天被骗了，有人打电话说她中了个奖，让她先交二十块押金，交完电话就打不通了。大家长点心，正经的0元抽奖不会让你交押金。": "set 53: a scam story (让她先交二十块押金) is read as a fee",
    "问：抽奖中的保温杯是包邮还是要拍链接？答：需要拍个3元链接补运fei，谢谢理解。": "set 61: the question (是包邮还是要拍链接) is read as a condition; only the fee (拍个3元链接补运fei) is right",
    "中獎了～想問要怎麼領？要私訊還是留言？": "set 66: a winner's question (要私訊還是留言？) is read as a condition on 要、留言",
    "水族箱大件奖品发德邦物流，平时卖货大件不包邮，但抽奖的奖品运费我们出。": "set 79: a contrast with ordinary sales (平时卖货大件不包邮，但抽奖的奖品运费我们出) is read as a fee on 不包邮",
    "关注主播+评论区扣'汪汪'即可参与，开奖后中奖的宝子填好地址就能收到。": "set 79: the allowed follow-and-comment entry steps (关注主播+评论区扣'汪汪'即可参与) are read as a condition on 汪汪、即可",
    "乌龟中奖的亲们，冬眠期我们统一开春再发，运费我们出，请耐心等。": "set 79: a seller-side delay for hibernating turtles (冬眠期我们统一开春再发，运费我们出) is read as a condition on 统一、开春、再发",
    "打错字了，刚才公告写的'运费自理'是上一场卖货的，抽奖奖品全部包邮，抱歉！": "set 79: a corrected notice from an earlier sales stream (刚才公告写的'运费自理'是上一场卖货的，抽奖奖品全部包邮) is read as a fee on 运费、自理",
    "抽到鱼缸的宝子，以前大件奖品运费要自己付，这个月开始全部商家包了。": "set 79: a past freight charge since dropped (以前大件奖品运费要自己付，这个月开始全部商家包了) is read as a fee on 运费、付",
    "抽奖奖品包邮，包活，死亡包赔，到货2小时内拍视频联系客服就行。": "set 79: a claim step for the live-arrival guarantee, not for the prize (死亡包赔，到货2小时内拍视频联系客服就行) is read as a condition on 到货、就行",
    "夏天发活体加冰袋，平时卖货加冰袋收3元，中奖的宝子免费加。": "set 79: the ice-pack price in ordinary sales (平时卖货加冰袋收3元，中奖的宝子免费加) is read as a fee on 收3元",
    "抽中乌龟的宝子转5块就行，不转没法发。": "set 79: labelled a fee only; the engine also reads a condition on 乌龟、就行, arguable given the threat (转5块就行，不转没法发)",
    "以前我们抽奖活体是到付的，后来规则改了，现在活体也包邮了。": "set 79: a past cash-on-delivery rule since changed (以前我们抽奖活体是到付的，后来规则改了，现在活体也包邮了) is read as a fee on 到付",
    "中奖的宝子如果正好也下单了猫条，我们可以合并一起发；没下单的奖品单独包邮。": "set 79: an optional combined shipment for buyers (如果正好也下单了猫条，我们可以合并一起发；没下单的奖品单独包邮) is read as a condition on 中奖的宝子如果正好也下单",
    "抽奖鱼缸体积大，默认发物流自提点免费，想送货上门的可以自费加钱，自愿选择。": "set 79: free pickup with optional paid delivery (默认发物流自提点免费，想送货上门的可以自费加钱，自愿选择) is read as a fee on 自费、加钱 and a condition on 默认、自提",
    "想给中奖的乌龟走宠物专车托运的，托运费150要自己出，默认我们免费发顺丰。": "set 79: an optional pet-courier upgrade beside free default shipping (托运费150要自己出，默认我们免费发顺丰) is read as a fee on 托运费150、出",
    "中奖的宝宝请到店铺首页领取运费券后下单，需付1元。": "set 79: labelled a fee only; the engine also reads a condition on 请、下单, arguable since the winner must place an order (领取运费券后下单，需付1元)",
    "中奖的宝子把毛孩子照片发过来，我们给毛孩子做个专属名牌一起寄，不发照片就寄普通款。": "set 79: an optional photo for a custom nameplate (不发照片就寄普通款) is read as a condition on 不发、照片、就寄",
    "冬天活体发货有风险，中奖的宝子可以选择等开春免费寄，也可以现在自费加保温箱寄。": "set 79: a choice between free spring shipping and a paid box now (可以选择等开春免费寄，也可以现在自费加保温箱寄) is read as a fee on 自费",
    "中奖后先别急着付款给任何人，我们全程不收费，要钱的都是假的。": "set 80: an anti-scam warning (中奖后先别急着付款给任何人，我们全程不收费) is read as a fee on 付款",
    "按摩券到店出示核销码即可，前台扫码核销，全程0元。": "set 80: the ordinary in-store redemption step (到店出示核销码即可…全程0元) is read as a condition on 到店、即可",
    "中奖券需提前一天电话预约，避免到店排队。": "set 80: booking advice to avoid queues (需提前一天电话预约，避免到店排队) is read as a condition on 需、提前、预约",
    "这次抽的美甲券，到店店员会先帮你卸旧甲，卸甲免费。": "set 80: a free service step at the store (到店店员会先帮你卸旧甲，卸甲免费) is read as a condition on 到店、先",
    "核銷碼發到簡訊裡了，到店出示就能用，不用再付錢。": "set 80: traditional-script redemption with no payment (到店出示就能用，不用再付錢) is read as a condition on 到店、就能",
    "上一场主播说错了，说要加粉丝团才能领，其实不用，大家直接私信就行。": "set 80: a corrected earlier mistake (说要加粉丝团才能领，其实不用，大家直接私信就行) is read as a condition on 要、粉丝团、才能",
    "中奖券默认到店自提，想送到家的可以自费叫跑腿，不想花钱就到店拿。": "set 80: free in-store pickup with an optional paid runner (默认到店自提，想送到家的可以自费叫跑腿) is read as a fee on 自费 and a condition on 默认、到店自提",
    "有人冒充我们店私信中奖粉丝，说要先转20块激活核销码，大家别信，官方不会收任何钱。": "set 80: a warning about impersonators (有人冒充我们店…说要先转20块激活核销码，大家别信，官方不会收任何钱) is read as a fee on 先转20块",
    "小样默认发中通包邮，想发顺丰的可以自己补运费升级。": "set 80: an optional paid SF upgrade beside free default shipping (默认发中通包邮，想发顺丰的可以自己补运费升级) is read as a fee on 补、运费",
    "领奖前需要先办理店里的储值卡，充值满300元才给核销。": "set 80: labelled a condition only; the engine also reads a fee on 充值、300元, arguable since the winner must pay in (充值满300元才给核销)",
    "中奖后请在直播间评论区留言“已中奖”方便我们统计，不留也能领。": "set 80: an optional comment for counting (留言“已中奖”方便我们统计，不留也能领) is read as a condition on 中奖后请在直播间评论区留言",
    "按摩体验券中奖后预约一下时间就行，周末节假日都能用。": "set 80: a simple booking step for a massage voucher (中奖后预约一下时间就行) is read as a condition on 按摩、体验、预约、就行",
    "中奖了吗？恭喜！微信转我8.8运费，马上寄。": "set 80: a direct WeChat transfer for postage (微信转我8.8运费，马上寄) is not read as a fee",
    "看到有直播间中奖要收\"包装费\"，大家抽奖时注意辨别。": "set 80: a warning about other streams (看到有直播间中奖要收\"包装费\"，大家抽奖时注意辨别) is read as a fee on 收、包装费",
    "不好意思，刚才说“新客才能用”是我记错了，新老客都能用。": "set 80: a retracted new-customer restriction (刚才说“新客才能用”是我记错了，新老客都能用) is read as a condition on 新客、才能",
    "去年活动确实收过包装费，今年起小样全部免包装费免邮费。": "set 80: a past packaging fee since dropped (去年活动确实收过包装费，今年起小样全部免包装费免邮费) is read as a fee on 收、包装费",
    "中奖的姐妹拍一下这个1元补邮链接，小样就给你寄。": "set 80: labelled a fee only; the engine also reads a condition on 小样、就给你寄, arguable since shipping waits on payment (拍一下这个1元补邮链接，小样就给你寄)",
    "中奖券可以转赠朋友使用，核销时报手机号就行。": "set 80: a transferable voucher redeemed by phone number (可以转赠朋友使用，核销时报手机号就行) is read as a condition on 核销、时报、就行",
    "奶茶券中奖后到店报核销码，大杯中杯都可以，不补差价。": "set 80: ordinary in-store redemption with no top-up (到店报核销码，大杯中杯都可以，不补差价) is read as a condition on 中奖后到店",
    "中奖以后只需要提供手机号用于发券。": "set 80: a phone number needed only to deliver the voucher (只需要提供手机号用于发券) is read as a condition on 需要、用于",
    "想把中奖的美睫升级成浓密款的可以自费补差价，不升级的自然款免费做。": "set 80: an optional paid lash upgrade (可以自费补差价，不升级的自然款免费做) is read as a fee on 自费、补差价",
    "中奖者到店只需出示核销码，无须消费、无须办卡、无须充值。": "set 80: a no-strings redemption (到店只需出示核销码，无须消费、无须办卡、无须充值) is read as a condition on 到店、需",
    "抽中网课的宝子，激活码会私信发给你，不收任何激活费，直接登录就能学。": "set 81: a free activation code (不收任何激活费，直接登录就能学) is read as a condition on 登录、就能",
    "中奖的家长注意，题库会员卡需要交9.9元开通费，交完当天开通。": "set 81: labelled a fee only; the engine also reads a condition on 会员卡、需要 for the same paid activation (需要交9.9元开通费，交完当天开通)",
    "这门课是史无前例的提分神器，抽中的同学一定要好好学。": "set 81: an exhortation to study (抽中的同学一定要好好学) is read as a condition on 一定要、好好学, beside the correctly found absolute term 史无前例",
    "今天抽5位送考研题库会员，中奖后72小时内在后台填手机号就行。": "set 81: entering a phone number within 72 hours (中奖后72小时内在后台填手机号就行) is read as a condition on 会员、就行",
    "以前中奖的兑换码要收个工本费，这个月起全部免费了。": "set 81: a past material fee since dropped (以前中奖的兑换码要收个工本费，这个月起全部免费了) is read as a fee on 收、工本费",
    "主播口误了，刚才说中奖要付快递费是错的，奖品全部包邮。": "set 81: a retracted slip (主播口误了，刚才说中奖要付快递费是错的，奖品全部包邮) is read as a fee on 要付、快递费",
    "抽中的小伙伴，兑换码私信发，不用加群不用打卡，用起来就行。": "set 81: a denial of group and check-in tasks (不用加群不用打卡，用起来就行) is read as a condition on 起来、就行",
    "资料包是网盘链接，普通网盘账号就能下载，不用开会员。": "set 81: a denial that membership is needed (普通网盘账号就能下载，不用开会员) is read as a condition on 就能、下载",
    "中奖的孩子请家长协助填写收货信息，我们这周内包邮寄出。": "set 81: parents helping fill in the address (请家长协助填写收货信息，我们这周内包邮寄出) is read as a condition on 请、协助",
    "中奖发现要交运费，我找客服，客服说以前收，现在全部包邮了。": "set 81: an old fee the service says is gone (客服说以前收，现在全部包邮了) is read as a fee on 交、运费",
    "資料包中獎後需付5元下載費，付完立即發送。": "set 81: labelled a fee only; the engine also reads a condition on 中獎後需付5元下載 for the same traditional-script charge (需付5元下載費，付完立即發送)",
    "中奖后可以先试听，提交反馈表是自愿的，不影响领取。": "set 81: an optional trial with voluntary feedback (可以先试听，提交反馈表是自愿的，不影响领取) is read as a condition on 先、试听",
    "中奖名单：@小鱼 @花花妈妈 @考研人，请在后台填写邮寄信息。": "set 81: a winners list asking for a postal address (请在后台填写邮寄信息) is read as a condition on @考研人、请",
    "中奖了但要加粉丝团才能领？不是，粉丝团随意，领奖不受影响。": "set 81: a denied fan-club requirement (要加粉丝团才能领？不是，粉丝团随意) is read as a condition on 要、粉丝团、才能",
    "中奖的家长，绘本到手后麻烦拍个视频给个好评，领奖不需要但我们会很开心。": "set 81: an explicitly optional review (麻烦拍个视频给个好评，领奖不需要) is read as a condition on 麻烦、好评",
    "中奖了，老师要求我每天在群里打卡才给激活码，这违规吗？": "set 81: a winner's question about a teacher's demand (老师要求我每天在群里打卡才给激活码，这违规吗？) is read as a condition on 要求、打卡、才给",
    "中了课的同学需要用本人手机号注册，一个手机号只能兑换一次。": "set 81: a one-per-phone registration rule (需要用本人手机号注册，一个手机号只能兑换一次) is read as a condition on 需要、注册",
    "中奖的亲交下快递费哈，不多，就4块。": "set 81: a casual 4块 courier fee (交下快递费哈，不多，就4块) is not read as a fee",
    "中奖的绘本我们是邮政包邮的，有需要换快递的可以自费补差价，不换就免费邮政。": "set 81: an optional paid courier change (有需要换快递的可以自费补差价，不换就免费邮政) is read as a fee on 自费、补差价",
    "中奖了，激活码要付款的话请直接投诉我们，这是平台规定不允许的。": "set 81: an invitation to report payment demands (激活码要付款的话请直接投诉我们) is read as a fee on 付款",
    "中奖的小伙伴，领奖不需要付款哦，也不用拉好友，后台填个邮箱就行。": "set 81: an email address as the only step (领奖不需要付款哦，也不用拉好友，后台填个邮箱就行) is read as a condition on 邮箱、就行",
    "中奖的同学请在开奖后5分钟内私信，5分钟后私信的不予发放。": "set 81: a five-minute claim deadline (开奖后5分钟内私信，5分钟后私信的不予发放) is not read as a condition",
    "以前是中奖后要进粉丝群领奖，现在改成直接在小店填地址了。": "set 82: a dropped fan-group requirement (以前是中奖后要进粉丝群领奖，现在改成直接在小店填地址了) is read as a condition on 中奖后要进粉丝群领奖",
    "中奖后需要在小店订单里补充收件人身份证信息，这是海关清关要求，跟正常买跨境商品一样，不收任何费用。": "set 82: ID details for customs clearance (补充收件人身份证信息，这是海关清关要求…不收任何费用) are read as a condition on 需要、身份证",
    "这次抽奖的德国爱他美奶粉是保税仓发货，包税包邮，中奖只要填地址和实名信息。": "set 82: address and real-name details for bonded shipping (中奖只要填地址和实名信息) are read as a condition on 只要、实名",
    "中奖后请转账3元给客服作为身份证实名认证手续费。": "set 82: labelled a fee only; the engine also reads a condition on 请、身份证、实名认证 for the same charge (转账3元给客服作为身份证实名认证手续费)",
    "去年双十一那次抽奖有宝宝被要求补差价，我们已经道歉并退款，今年流程全改了。": "set 82: a past charge already refunded (去年双十一那次抽奖有宝宝被要求补差价，我们已经道歉并退款) is read as a fee on 补差价",
    "中奖的宝子私信我，发个18.8的保价费，红酒贵怕丢件。": "set 82: an insurance charge asked by private message (发个18.8的保价费) is not read as a fee",
    "姐妹问中奖要不要运费？要的，偏远地区加10块，其他地区5块。": "set 82: a shipping fee confirmed in a Q&A (要不要运费？要的，偏远地区加10块，其他地区5块) is not read as a fee",
    "中奖宝宝的包裹是从韩国仁川仓发出，转运费我们已经付过了。": "set 82: a transfer fee the shop has paid (转运费我们已经付过了) is read as a fee on 转、运费",
    "抽到的红酒要走酒类专线，中奖者需额外支付15元酒类附加费。": "set 82: labelled a fee only; the engine also reads a condition on 要、酒类 from the shipping route (抽到的红酒要走酒类专线) beside the real fee (需额外支付15元)",
    "中奖了要补缴综合税吗？要的亲，按奖品价值的9.1%补缴。": "set 82: a tax the winner must pay (要补缴综合税吗？要的亲，按奖品价值的9.1%补缴) is not read as a fee",
    "中奖宝宝私我，转个10块就给你发。": "set 82: labelled a fee only; the engine also reads a condition on 转个、就给你发, arguable since shipping waits on the transfer (转个10块就给你发)",
    "Only粉丝团成员中奖有效，非团员抽中的重新抽。": "set 82: a fan-club-only rule with a redraw (Only粉丝团成员中奖有效，非团员抽中的重新抽) is not read as a condition",
    "中奖的宝子如果想要礼盒包装，可以备注，免费帮你包。": "set 82: optional free gift wrapping (如果想要礼盒包装，可以备注，免费帮你包) is read as a condition on 要、礼盒",
    "这个眼霜用一次就能去掉所有细纹，效果100%，中了的宝宝包邮。": "set 82: a product claim (用一次就能去掉所有细纹) is read as a condition on 眼霜、就能, beside the correctly found absolute term 100%",
    "中奖名单公布后一周内发货，保税仓周末不发，最晚下周三发完。": "set 82: a shipping schedule (保税仓周末不发，最晚下周三发完) is read as a condition on 保税仓、不发",
    "中奖的宝宝，保健品我们会附上中文标签和报关单，放心吃。": "set 82: labels and customs papers the shop adds (我们会附上中文标签和报关单) are read as a condition on 附上、中文、标签、报关单",
    "中奖后需要实名吗？需要的，跨境商品海关要求收件人实名，但不收钱也不用做别的。": "set 82: a customs real-name rule with nothing else asked (海关要求收件人实名，但不收钱也不用做别的) is read as a condition on 要求、实名",
    "宝宝问能不能用别人的身份证清关，需要收件人本人的，不收费，填一下就行。": "set 82: a customs rule for the recipient's own ID (需要收件人本人的，不收费，填一下就行) is read as a condition on 身份证、需要",
    "冬天发货要加保温棉，中奖的宝宝保温费5元自理。": "set 83: a packing note (冬天发货要加保温棉) is read as a condition on 要、保温",
    "奖品发中通包邮，要发顺丰空运的补15元差价，不补就发中通，都可以。": "set 83: an optional paid courier upgrade (要发顺丰空运的补15元差价，不补就发中通) is read as a fee on 补15元、差价",
    "中奖宝宝注意：领奖需进「花友交流2群」，群里发放领奖链接。": "set 83: a required group join (领奖需进「花友交流2群」) is not read as a condition; the quoted group name splits 进 from 群",
    "主播口误了，刚才说领奖要进群是错的，直接在订单页填地址就行，不用进群。": "set 83: a retraction of the group rule (刚才说领奖要进群是错的…不用进群) is read as a condition on 要、进群",
    "抽中的宝子运费到付，偏远地区不发。": "set 83: labelled a fee only; the engine also reads a condition on 偏远地区、不发, arguable since remote winners get nothing (偏远地区不发)",
    "抽中的龟背竹太大了，要加个大箱子，箱子钱8块中奖的出一下。": "set 83: a packing note (要加个大箱子) is also read as a condition on 要、大箱子",
    "冬季中奖的宝宝我们统一加保温棉，不收保温费，极寒地区春天再发。": "set 83: a free cold-region shipping delay (极寒地区春天再发) is read as a condition on 地区、再发",
    "最后一轮抽奖了，抽完就下播，中奖的记得填地址。": "set 83: a reminder to fill the address (中奖的记得填地址) is read as a condition on 下播、记得",
    "花友群公告：本周抽奖中奖的群友，请在群内接龙，每人交2元打包费，周六统一发货。": "set 83: labelled a fee only; the engine also reads a condition on 请、接龙, arguable since winners must sign up in the group (请在群内接龙)",
    "抽中的宝宝，如果自己想要带盆发，盆钱自己出，不要盆就裸根免费发。": "set 83: an optional paid pot (盆钱自己出，不要盆就裸根免费发) is read as a fee on 钱、出",
    "以前有客服私自收过花盆费，那个客服已经开除了，钱也退了。": "set 83: a past overcharge, since refunded (以前有客服私自收过花盆费…钱也退了) is read as a fee on 收、费",
    "今晚抽3位宝宝送定制刻字钢笔，中奖后私信客服想刻的名字就行，免费刻字，包邮到家。": "set 84: sending the name to engrave (私信客服想刻的名字就行) is read as a condition on 想刻、就行",
    "奖品照片印刷10张，正常7天免费包邮发出；想加急的可自愿补加急费15元，不加急的不收钱。": "set 84: an optional paid rush (可自愿补加急费15元，不加急的不收钱) is read as a fee on 补、费15元",
    "中奖的宝宝请在48小时内把要印的照片发给客服，逾期默认印店铺图案发出。": "set 84: sending the photo to print, with a default if late (请在48小时内把要印的照片发给客服) is read as a condition on 请、要、照片",
    "问一下中奖的定制杯子是包邮的吗？还是要自己出邮费？": "set 84: a viewer's question about postage (还是要自己出邮费？) is read as a fee on 出、邮费 (还是 as a question word was taken back at stop 43: it made 中奖了还是得补个邮费吧？ a question)",
    "刻字的奖品要先付刻字费，打样出来确认满意再发，不满意可以退刻字费。": "set 84: a proof-approval step (打样出来确认满意再发) is also read as a condition on 打样、出来、再发",
    "这款刻字保温杯日常价89，刻字另加10元，直播间今天下单立减20。": "set 84: a shop price for buyers, not winners (刻字另加10元，直播间今天下单立减20) is read as a fee on 另加、10元",
    "抽到定制照片手机壳的宝宝，私信发照片就行，点赞评论都是自愿的。": "set 84: sending the photo for the prize (私信发照片就行) is read as a condition on 照片、就行",
    "定制照片印刷中奖名单已公布，请在3天内私信地址和照片，做好后包邮寄出。": "set 84: asking for the address and the print photo (请在3天内私信地址和照片) is read as a condition on 请、照片",
    "刻字吊坠奖品，字数不限，不按字收费，私信把内容发我们就行。": "set 84: sending the engraving text (私信把内容发我们就行) is read as a condition on 内容、就行",
    "打样免费，改稿免费，刻字免费，运费免费，中奖的宝宝什么都不用付。": "set 84: an all-free statement (运费免费，中奖的宝宝什么都不用付) is read as a fee on 运费、付",
    "中奖的宝宝，要的话把照片发来，不想提供照片的我们就印默认图案，都免费。": "set 84: an optional photo with a free default (要的话把照片发来，不想提供照片的我们就印默认图案) is read as a condition on 提供照片、默认 and on 要、照片、发来",
    "刚才说中奖要邀请两个新粉才能兑换，那是我记错了，不需要邀请，直接发。": "set 84: a retraction (刚才说中奖要邀请两个新粉才能兑换，那是我记错了) is read as a condition on 要、邀请、新粉、才能",
    "以前中奖的要补邮，现在我们改了，所有奖品都包邮。": "set 84: a past practice now dropped (以前中奖的要补邮，现在我们改了) is read as a fee on 补邮",
    "定制皂中奖了，发货前会给您看成品照，没问题就包邮发出。": "set 84: a preview photo sent by the shop (发货前会给您看成品照) is read as a condition on 发货前、成品",
    "中奖名单：@小鱼 @阿杰 @木木，请72小时内私信地址及刻字内容，逾期视为放弃。": "set 84: asking for the address and engraving text (请72小时内私信地址及刻字内容) is read as a condition on 请、刻字、内容、视为放弃",
    "中奖的元宵汤圆走冷链发货，冷链费15元到付，签收时给快递小哥就行。": "set 85: paying the courier on delivery (签收时给快递小哥就行) is the fee itself but is also read as a condition on 签收时、就行",
    "以前抽奖确实收过冷链费，被大家说了以后改了，现在中奖粽子冷链全包。": "set 85: a past charge now dropped (以前抽奖确实收过冷链费…现在中奖粽子冷链全包) is read as a fee on 收、冷链费",
    "中奖的宝宝私信客服，客服会发个1元补油链接，拍完就发。": "set 85: labelled a fee only; the engine also reads a condition on 拍完、就发, arguable since buying the 1-yuan link (拍完就发) is an extra order",
    "上一场的运费问题已经处理，多收的运费全部退回了，以后中奖都不收。": "set 85: a refund of past overcharges (多收的运费全部退回了，以后中奖都不收) is read as a fee on 收、运费",
    "主播说中奖要在直播间待满30分钟才算，这是真的吗？": "set 85: a viewer's question (主播说中奖要在直播间待满30分钟才算，这是真的吗？) is read as a condition on 要、待满、才算",
    "中奖喜盒仅限本市包邮，外地的运费自付。": "set 85: free post limited to the city (中奖喜盒仅限本市包邮) only restates the fee but is also read as a condition on 仅限、本市",
    "春节快递停运期间中奖的，我们先帮你保管，年后发，不收保管费也不收运费。": "set 85: free holiday storage (我们先帮你保管，年后发，不收保管费) is read as a condition on 先、保管",
    "提货券中奖的宝贝，凭券号在小程序兑换就行，邮费我们包了。": "set 85: redeeming the voucher as the claim step (凭券号在小程序兑换就行) is read as a condition on 小程序、就行",
    "可以寄酒店的，不加钱，备注酒店地址和新人名字就行。": "set 85: a free hotel delivery note, 新人 meaning the couple (备注酒店地址和新人名字就行) is read as a condition on 新人、就行",
    "有人私信说是我们店的，让中奖的交“礼品卡激活费”，我们没有这个费用，别上当。": "set 85: a scam warning (我们没有这个费用，别上当) is read as a fee on 交、费",
    "中奖的宝宝节后统一免费发，想节前收到的话，可以自己选补12元加急，不选就节后发。": "set 85: an optional paid rush (可以自己选补12元加急，不选就节后发) is read as a fee on 补12元",
    "中奖的宝子注意，保卡费5元需要自己补一下，拍下方1元链接拍5件就行。": "set 86: labelled a fee only; the engine also reads a condition on 拍、就行, arguable since buying five 1-yuan links (拍下方1元链接拍5件就行) is an extra order",
    "福袋中的球星卡要先寄回我们验卡，确认无误后再给你发评级版。": "set 86: a send-back-for-checking step (要先寄回我们验卡，确认无误后再给你发) is not read as a condition",
    "抽到的卡想换成指定款的，补差价就能换，不换的话原卡照发，运费都是我们出。": "set 86: an optional paid swap (补差价就能换，不换的话原卡照发) is read as a fee on 补差价",
    "卡牌拼团没满员，福袋中奖卡也先压着，等满员一起发。": "set 86: holding the prize until the group buy fills (福袋中奖卡也先压着，等满员一起发) is not read as a condition; no demand word",
    "以前福袋要加粉丝团才发，现在规则改了，中奖直接发。": "set 86: a past rule now dropped (以前福袋要加粉丝团才发，现在规则改了) is read as a condition on 要、粉丝团、才发",
    "手办福袋中奖后可以选择加入粉丝团领取限定贴纸，不加入手办照常发。": "set 86: an optional fan-club join for a bonus sticker (可以选择加入粉丝团领取限定贴纸，不加入手办照常发) is read as a condition on 中奖后可以选择加入粉丝团",
    "中奖的需要再拍一单代拆服务才能给你拆奖品卡包。": "set 86: a paid unpacking order (需要再拍一单代拆服务) is read as a condition but not as a fee; no fee word",
    "福袋奖品不指定款，随机发，想指定的可以补差价，随机的免费发。": "set 86: an optional paid pick (想指定的可以补差价，随机的免费发) is read as a fee on 补差价",
    "中奖卡需要保卡？保卡费我们出，你只管收。": "set 86: a question answered with free card protection (保卡费我们出，你只管收) is read as a condition on 需要、保卡",
    "昨天那位中奖的宝子私信说被要求补运费，是我们客服搞错了，已经退款。": "set 86: a refunded staff error (被要求补运费，是我们客服搞错了，已经退款) is read as a fee on 补、运费",
    "中奖宝子们，评级费每张60，付完统一送评，评完寄给你们。": "set 86: a grading fee per card (评级费每张60，付完统一送评) is not read as a fee; the amount has no 元",
    "中奖后请在小店下单0.01元的领奖链接填写地址。": "set 86: labelled a fee only, arguably also a condition as an extra order; the 0.01-yuan claim order (在小店下单0.01元的领奖链接) is not read as either",
    "抽中隐藏款的宝子，需要补10元换成原盒装，否则只发散件。": "set 86: the same 10-yuan demand (需要补10元换成原盒装) is also read as a condition on 需要、换成、盒装",
    "福袋奖品到店自提免费，邮寄的运费自理。": "set 86: free in-store pickup (到店自提免费) is read as a condition on 奖品到店自提",
    "中奖的需要先给客服转10元保证金，发货后退还。": "set 86: the deposit (需要先给客服转10元保证金) is also read as a condition on 需要、先、保证金",
    "中奖后付一元拍链接，系统才能生成订单，钱会退。": "set 86: labelled a fee only; the engine also reads a condition on 中奖后付一元拍, arguable since the 1-yuan link is an extra order (系统才能生成订单)",
    "有人问中奖的卡能不能换？能换，补差价换指定款，不换就发原卡，都包邮。": "set 86: an optional paid swap (补差价换指定款，不换就发原卡) is read as a fee on 补差价",
    "福袋奖品默认发邮政，包邮，着急的可以自己补差价换顺丰。": "set 86: an optional paid courier upgrade (着急的可以自己补差价换顺丰) is read as a fee on 补差价",
    "更正一下：刚刚主播说中奖要付运费是说错了，福袋奖品全部包邮，以置顶为准": "set 59: a correction of what the host just said (刚刚主播说…是说错了) is read as a fee on 付、运费: 刚刚 alone is no past word (刚刚中奖的 is who just won)",
    "中奖宝宝默认发申通，想改顺丰的自己补差价，不改的话免费发申通。": "set 73: a paid courier upgrade (想改顺丰的自己补差价) is read as a fee on 补差价: the free default after it (不改的话免费发) is no pattern",
    "中奖的妹子不好意思，刚才客服说要补运费是她搞错了，奖品是包邮的。": "set 84: a staff mistake corrected (刚才客服说要补运费是她搞错了) is read as a fee on 补、运费: 刚才 alone is no past word (刚才中奖的 is who just won)",
    "年货礼盒中奖的，默认普通快递包邮，要求指定送达时间的可以自费选择，不选就正常发。": "set 85: an optional paid delivery time (可以自费选择，不选就正常发) is read as a fee on 自费: 正常发 alone is no let-go (不会正常发 threatens)",
    "刚才我老伴说中奖要运费 她说错了 不要运费的": "set 72: a relative's mistake corrected (刚才我老伴说中奖要运费 她说错了) is read as a fee on 要运费",
    "主播你好我是七十三岁了我中奖了那个钙片怎么领要到哪里去拿": "set 87: a winner's question on where to collect (怎么领要到哪里去拿) is read as a possible condition on 要、去拿",
    "中将的补个由费3块，拍那个补由链接就行。": "set 87: the misspelt postage fee (补个由费3块) is found, but paying it by link (拍那个补由链接就行) is also read as a condition on 拍、就行: it is how the fee is paid, not a further step",
    "中奖的会员直接发，不是会员的要先花9.9开通会员才能领。": "set 87: paying to join first (不是会员的要先花9.9开通会员才能领) is read as a fee only; the membership demand is not read as a condition",
    "刚刚主播说“最后一轮要加灯牌”，更正：不用加灯牌，所有人都能领。": "set 87: a quoted remark corrected (刚刚主播说“最后一轮要加灯牌”，更正：不用加灯牌) is read as a condition on 要、灯牌",
    "不好意思，刚才弹幕助手自动回复了“请补邮费”，那是旧模板，已经删了，中奖不用补。": "set 87: an old auto-reply disowned (弹幕助手自动回复了“请补邮费”，那是旧模板) is read as a fee on 补邮费",
    "请问是这个号中奖了才能领，还是换个手机也能领？": "set 87: a viewer's question (请问是这个号中奖了才能领) is read as a possible condition on 请问、才能",
    "足浴盆有货到付款，想先看货再付钱的可以选货到付款下单。": "set 87: cash on delivery for ordinary orders (足浴盆有货到付款…可以选货到付款下单) is not about the prize but is read as a fee on 货到付款、付钱 and a condition on 先、下单",
    "中奖后想加入会员领积分的可以自愿加，不加入照样领奖。": "set 87: an optional membership (想加入会员领积分的可以自愿加，不加入照样领奖) is read as a condition on 中奖后想加入会员",
    "奖品卡需要实名认证才能激活，这是工信部实名制规定，认证免费，不收钱。": "set 88: labelled compliant as real-name activation is required by law (工信部实名制规定); the checker reads 需要实名认证才能激活 as a condition on 需要、实名认证、才能",
    "主播上次说中奖要交服务费，是我听错了吗？": "set 88: a viewer's question about a past remark (主播上次说中奖要交服务费，是我听错了吗) is read as a fee on 交、服务费",
    "主播：中奖的不用下单，也不用给好评，填个地址等收卡就行。": "set 88: filling an address and waiting for the card (填个地址等收卡就行) is read as a possible condition on 收卡、就行",
    "中奖的话费券要在我们店充值满100才能使用。": "set 88: a top-up needed before the voucher can be used (要在我们店充值满100才能使用) is not read as a condition",
    "有骗子冒充移动客服打电话说奖品卡要缴纳违约金才能激活，挂掉就行。": "set 88: a scam warning (有骗子冒充移动客服…要缴纳违约金…挂掉就行) is read as a possible condition on 挂掉、就行",
    "中奖的宝子给我们发个好评截图，客服核对后给你充话费。": "set 88: sending a good-review screenshot to get the prize (发个好评截图，客服核对后给你充话费) is not read as a condition",
    "评论区有人晒出「中奖需缴纳开卡费」的截图，那不是我们店的，我们只在快手订单里发奖。": "set 88: someone else's screenshot disowned (有人晒出「中奖需缴纳开卡费」的截图，那不是我们店的) is read as a fee on 出、缴纳、卡费 and a condition on 需、截图",
    "奖品会员码免费，但需要补3元平台服务费。": "set 88: the fee (补3元平台服务费) is found, but the prize name in 奖品会员码免费 is also read as a condition on 奖品会员",
    "中奖的家人记得把实名信息填准，身份证和收件人要一致，否则运营商没法开卡。": "set 88: labelled compliant as the carrier needs real-name details to open the card; the checker reads 实名信息填准、身份证和收件人要一致 as a condition on 实名、身份证、要",
    "中奖话费按号码归属地充值，携号转网的号也能充。": "set 88: how the prize credit is topped up (中奖话费按号码归属地充值) is read as a fee on 充值",
    "听别的粉丝说中奖要加群才发，有这回事吗？": "set 88: a viewer asking about a rumour (听别的粉丝说中奖要加群才发，有这回事吗) is read as a condition on 要、加群、才发",
    "话费充值下单满100减2，这是充值业务优惠，不是抽奖。": "set 88: an ordinary top-up discount, said not to be the lottery (话费充值下单满100减2…不是抽奖), is read as a fee on 充值",
    "粉丝团可加可不加，不过不加的中奖作废。": "set 89: voiding the win for non-members (不加的中奖作废) after 可加可不加 is not read as a condition",
    "老板的店在临沂，中奖的山东老乡可以直接来店里拿，不想跑的就寄，都包邮。": "set 89: an optional pick-up for local winners (山东老乡可以直接来店里拿，不想跑的就寄，都包邮) is read as a possible condition on 山东、老乡、店里、就寄",
    "姐妹问中了座套要付安装钱吗，不用，座套自己套上就行，也可以来店免费装。": "set 89: an answer that the seat cover fits itself (座套自己套上就行，也可以来店免费装) is read as a possible condition on 座套、就行",
    "中獎的輪胎到店安裝，工時費全免。": "set 89: labelled compliant; free in-store fitting of a tyre prize (中獎的輪胎到店安裝，工時費全免) is read as a condition on 中獎的輪胎到店",
    "中奖的保养券到店核销就行，工时费不收。": "set 89: redeeming a service voucher in store (保养券到店核销就行，工时费不收) is read as a condition on 到店、就行, though a voucher can only be used there",
    "中奖的要是想顺便贴个膜，店里另外收费，不贴不收钱，奖品照送。": "set 89: an optional paid extra (要是想顺便贴个膜，店里另外收费，不贴不收钱) is read as a fee on 收费",
    "中奖的保养券只限当天用，工时费另付。": "set 89: the labour fee (工时费另付) is found, but the same-day limit (只限当天用) is not read as a condition",
    "快递小哥说电动车送上门要加50块上楼费，店铺已经跟物流沟通好，这钱我们出。": "set 90: a courier surcharge the shop pays (要加50块上楼费…这钱我们出) is read as a fee on 50块、费",
    "中奖了还要交20%的税？那还叫0元抽奖吗？": "set 90: a viewer's indignant question (中奖了还要交20%的税？那还叫0元抽奖吗) is read as a fee on 交、税",
    "领奖前需完成实名认证并支付1元验证费，验证后原路退回。": "set 90: labelled a fee only (支付1元验证费); the checker also reads the real-name check (需完成实名认证) as a condition on 需、实名认证",
    "金条可邮寄也可到店自提，选择邮寄的需付20元保价邮费。": "set 90: the fee (需付20元保价邮费) is found, but the free pick-up option (可到店自提) is also read as a condition on 到店自提、需",
    "购物卡默认发电子卡免费，想要实体卡的可自费10元邮寄。": "set 90: a free default with an optional paid upgrade (默认发电子卡免费，想要实体卡的可自费10元邮寄) is read as a condition on 购物、默认",
    "中奖宝宝可以选择发货快递，选顺丰要补差价，选中通免费。": "set 90: an optional paid courier upgrade (选顺丰要补差价，选中通免费) is read as a fee on 补差价",
    "奖品包邮，保价费另算，每单6元。": "set 90: an insurance charge per order (保价费另算，每单6元) is not read as a fee",
    "金豆附带鉴定证书和小票，一并寄出，不另收费。": "set 90: papers sent with the prize (附带鉴定证书和小票，一并寄出，不另收费) are read as a condition on 附带、小票",
    "有宝宝想要加贴膜的可以补15元，不需要的直接发裸机，不收钱。": "set 90: an optional paid extra (想要加贴膜的可以补15元，不需要的直接发裸机) is read as a fee on 补15元",
    "电视中奖需要拍一个安装服务链接，安装费99元。": "set 90: the fee (安装费99元) is found, but buying the install link (需要拍一个安装服务链接) is also read as a possible condition on 需要、拍一个、安装、服务: it is how the fee is paid",
    "旅游名额出行前需提供身份证号用于订机票，不收任何费用。": "set 90: labelled compliant as an ID number is needed to book the flight (用于订机票); the checker reads 需提供身份证号 as a condition on 需、身份证",
    "中奖宝宝收货后必须晒单，否则要把奖品退回或者补付商品款。": "set 90: the demand (必须晒单) is found, but paying for the goods otherwise (补付商品款) is not read as a fee",
    "更正一下哈 昨天说中奖要粉丝团三级 平台不让 现在改了 不要求等级": "set 53: a condition corrected (更正一下哈 昨天说…现在改了 不要求等级) is still read",
    "车品店：以前中奖要看到直播结束才发，现在改了，中了就登记，不用守到下播": "set 60: a past condition dropped (以前中奖要看到直播结束才发，现在改了) is read as a condition",
    "以前中奖者需要再买一件才能合并发货，现在改了，奖品单独包邮发出～": "set 71: a past condition changed (以前…需要再买一件…现在改了) is read as a condition: 现在改了 does not say to what",
    "以前抽奖要加群领，现在改了，中奖后直接私信就发。": "set 81: a dropped group requirement (以前抽奖要加群领，现在改了，中奖后直接私信就发) is read as a condition on 要、加群",
    "以前抽奖花盆要自己出钱，现在改了，奖品连盆一起包邮送。": "set 83: a past practice now dropped (以前抽奖花盆要自己出钱，现在改了) is read as a fee on 出钱",
    "以前是到付的，被平台说了，现在改了，中奖全部包邮。": "set 89: a past practice changed (以前是到付的…现在改了) is read as a fee on 到付: 现在改了 does not say to what (现在改了，涨到8元了 charges)",
    "@小李 中了要啥？——点亮灯牌，再拍个2元的邮费链接": "set 14: a demand to light up the fan badge (点亮灯牌) is not read as a condition; only the fee on 再拍个2元的邮费链接 is found",
    "Q：中奖了奖品在哪领？A：在店铺小程序注册会员后，会员中心领取": "set 14: registering as a shop member to claim (在店铺小程序注册会员后，会员中心领取) in a Q&A is not read as a condition: no demand word like 要、须",
    "偏远地区(新疆、西藏、内蒙)本次不参与抽奖,中了也没办法发,见谅🙏": "set 23: labelled a condition, though excluding remote regions (偏远地区…本次不参与抽奖,中了也没办法发) limits who may join rather than what a winner must do; the checker finds nothing",
    "亲，加粉丝团不是必须的哈，不过没加团的我们这边看不到您的私信，地址发不过来就没法寄": "set 29: a fan group said to be optional (加粉丝团不是必须的) but needed in practice (没加团的…地址发不过来就没法寄) is not read as a condition",
    "刷到隔壁卖女装那家，抽奖中了还让人拍个5块的运费链接，这不就是违规吗，看着都替她着急。": "set 38: a rival's practice being criticised (刷到隔壁卖女装那家…这不就是违规吗) is read as a fee on 拍个5块的运费链接",
    "我跟你们说个事 隔壁村那个卖鸡蛋的 也搞0元抽奖 人家中了 他让人家掏二十块邮费 还说不掏就不发 结果人家把聊天记录发到网上 平台找他谈话了 村里人都笑话他 这事儿咱家不干 中了就是中了 俺给你寄到家 运费俺出 鸡蛋碎了俺补": "set 53: a story about a neighbour's fee (隔壁村那个卖鸡蛋的…他让人家掏二十块邮费) is read as a fee on 掏二十块、邮费, though this seller pays (运费俺出)",
    "我朋友在别的直播间中奖，人家让他先下单一件才给发，我们这边没有这种要求。": "set 57: another stream's rule (我朋友在别的直播间…我们这边没有这种要求) is read as a condition on 先下单、才给发",
    "现金红包中奖者须在中奖后10分钟内联系客服，超时作废。": "set 90: a cash prize (现金红包) with a claim deadline (超时作废) is read as a fee on 红包、作废; the condition is found",
    "注意：有骗子冒充安装师傅打电话，说中奖的灯具要先交上门费，我们不会这样要求。": "set 91: a scam warning (有骗子冒充安装师傅…我们不会这样要求) is read as a fee on 先交、费",
    "涂料买两桶以上同城免费配送，一桶的话配送费10块。": "set 91: the shop's paint delivery terms (涂料买两桶以上…一桶的话配送费10块), not about the prize, are read as a fee on 配送费10块 and a condition on 买、以上",
    "抱歉刚才说成了“到付”，是寄付，快递费我们已经付过了。": "set 91: a corrected slip (抱歉刚才说成了“到付”，是寄付) is read as a fee on 到付",
    "我中奖了，要不要在直播间一直待着啊？怕走了就不算了。": "set 91: a winner's question (要不要在直播间一直待着啊？怕走了就不算了) is read as a condition on 要不要、不算",
    "奖品是一只抽拉式水龙头，安装很简单，附带视频教程。": "set 91: a prize description (抽拉式水龙头…附带视频教程) is read as a condition on 拉、附带",
    "想要师傅当天上门的可以加钱约急单，正常排期上门是免费的。": "set 91: an optional paid rush service (可以加钱约急单，正常排期上门是免费的) is read as a fee on 加钱",
    "纠正一下，刚才助理说中奖要进粉丝群，不对，不用进群，客服会私信你。": "set 91: a corrected assistant mistake (纠正一下，刚才助理说中奖要进粉丝群，不对，不用进群) is read as a condition on 要、进粉丝群",
    "中奖的开会员，再补5块包装费，顶级品质保证。": "set 91: opening a membership (中奖的开会员) is not read as a condition; the fee on 5块、包装费 and the claim on 顶级 are found",
    "中奖的吸顶灯必须由我们师傅安装，安装费80元。": "set 91: labelled a fee only; the check also names mandatory installation by the shop (必须由我们师傅安装) as a condition on 必须、师傅、安装",
    "听说别家直播间中奖还要交安装费，我们家不会，装好才走。": "set 91: the installer staying till done (装好才走) is read as a condition on 装好、才; the rival's fee (别家直播间…安装费) is rightly not flagged",
    "灯具奖品同城配送，配送费到时候给司机就行。": "set 91: paying the delivery fee to the driver (配送费到时候给司机就行) is not read as a fee: no charge word like 收、交、补",
    "以前我们抽奖是运费到付，平台规定出来以后就改了，现在都是包邮。": "set 91: a past practice now dropped (以前我们抽奖是运费到付…现在都是包邮) is read as a fee on 运费、到付",
    "以前我们抽奖是到付，去年开始全部改包邮了，老乡们放心。": "set 92: a past practice now dropped (以前我们抽奖是到付，去年开始全部改包邮了) is read as a fee on 到付",
    "可以的，寄到镇上站点，到了站点给你打电话，你去拿就行，不收费。": "set 92: free pickup at the town station (你去拿就行，不收费) is read as a condition on 去拿、就行",
    "中奖的兄弟，物流费我们付过了，到了物流站报名字就能提。": "set 92: pickup at the logistics station by name (到了物流站报名字就能提) is read as a condition on 站报、就能",
    "有骗子打电话说是我们店的，让中奖的转手续费，我们从来不收手续费，直接挂掉。": "set 92: a scam warning (有骗子打电话说是我们店的…我们从来不收手续费) is read as a fee on 转、手续费",
    "奖品要通过物流站发，物流站收5块钱的卸货费，需要中奖的老乡自己出。": "set 92: labelled a fee only; the check also names the winner paying it (需要中奖的老乡自己出) as a condition on 需要、老乡, the same fee read twice",
    "运费险2块中奖的要自己买，防止奖品丢件。": "set 92: labelled a fee only; the check also names buying the insurance (中奖的要自己买) as a condition on 要、自己买",
    "以前中奖要大家到镇上站点自己拿，还收过一块钱保管费，现在改成送到家了，不收钱。": "set 92: a past practice now dropped (以前中奖要大家到镇上站点自己拿，还收过一块钱保管费，现在改成送到家了) is read as a fee on 收过一块钱、保管费 and a condition on 要、镇上、站点",
    "奖品走顺丰寄付，运费我们寄的时候就付了，到你手上不用再给钱。": "set 92: the shop's prepaid postage (运费我们寄的时候就付了) is read as a fee on 运费、付",
    "今天的种子全场满199包邮，不满的运费6块，抽奖的奖品不算这里面，全部免费寄。": "set 92: the shop's order shipping terms (满199包邮，不满的运费6块), with prizes excluded (抽奖的奖品不算这里面), are read as a fee on 运费6块",
    "主播刚才说“最好的化肥”，更正一下，是我们店里卖得多的一款，没有最好这种说法。": "set 92: a correction withdrawing 最好 (更正一下…没有最好这种说法) is read as an absolute claim on 最好",
    "去年我们奖品是货到付款，今年改成了包邮，大家不用再付。": "set 92: a past practice now dropped (去年我们奖品是货到付款，今年改成了包邮) is read as a fee on 货到付款",
    "我们说的免运费是真的免，没有其他隐藏收费，也不用下单。": "set 92: a denial (没有其他隐藏收费) is read as a fee on 收费",
    "中奖了，奖品先寄你，运费先不收，等你收到了再补给快递员就行。": "set 92: postage paid to the courier on delivery (运费先不收…再补给快递员就行) is not read as a fee but as a condition on 补给、就行",
    "之前有场抽奖收过邮费，被投诉后改了，现在中奖一律不收钱。": "set 93: a past practice now stopped (之前有场抽奖收过邮费，被投诉后改了) is read as a fee on 收、邮费",
    "一件代发每单加收2元代发费，批发客户看这里。": "set 93: a wholesale drop-ship fee (一件代发每单加收2元代发费，批发客户看这里), not about the prize, is read as a fee on 加收、费",
    "中奖的加一下我们批发群，群里发链接领奖。": "set 93: joining a wholesale group to claim (中奖的加一下我们批发群，群里发链接领奖) is not read as a condition: 加一下 is no demand word",
    "批发的物流费按件收，一件3元；抽奖奖品不算，包邮。": "set 93: a wholesale shipping fee (批发的物流费按件收) with the prize excluded (抽奖奖品不算，包邮) is read as a fee on 物流费、收",
    "之前有档口老板说中奖要收打包费，那是他们家的事，我们这里没有。": "set 93: another stall's practice (之前有档口老板说中奖要收打包费，那是他们家的事) is read as a fee on 收、费",
    "抽奖送的T恤，我们是全广州做得最好的工厂。": "set 93: the superlative 全广州做得最好的工厂 is not read as an absolute claim on 最好",
    "拿货的老板一件代发收1元代发费，零售粉丝不收。": "set 93: a wholesale drop-ship fee (拿货的老板一件代发收1元代发费，零售粉丝不收) is read as a fee on 收、费",
    "中奖的要补打包费吗？不要的，打包费只收批发客户的。": "set 93: a Q&A denying the fee for winners (中奖的要补打包费吗？不要的，打包费只收批发客户的) is read as a fee on 费、只收",
    "中奖的宝宝先付15元，收货后好评返现15元。": "set 93: a good-review-for-cashback demand (收货后好评返现15元) is not read as a condition; the fee on 先付15元 is found",
    "抽中的宝宝顺丰到付的可以选，默认免费中通。": "set 93: an optional paid courier (顺丰到付的可以选，默认免费中通) is read as a fee on 到付",
    "老板们拿货可以档口自提，也可以发物流，物流费自理。": "set 93: wholesale pickup terms (老板们拿货…物流费自理), not about the prize, are read as a fee on 物流费、自理",
    "以前抽奖奖品要自提，现在改成全国包邮了。": "set 93: a past practice now dropped (以前抽奖奖品要自提，现在改成全国包邮了) is read as a condition on 要、自提",
    "刚刚置顶写错了，写成'运费自理'，其实是'运费商家承担'，已改。": "set 93: a corrected pinned note (刚刚置顶写错了，写成'运费自理'，其实是'运费商家承担') is read as a fee on 运费、自理",
    "我们是批发档口，平时零售不包邮，但抽奖的奖品是包邮的。": "set 93: ordinary retail terms (平时零售不包邮) with the prize said free (抽奖的奖品是包邮的) are read as a fee on 不包邮",
    "家人们，今晚抽三套四件套，中奖的宝宝填好地址，运费我们厂里出，一分钱不用掏。": "set 94: the factory paying postage (运费我们厂里出，一分钱不用掏) is read as a fee on 运费、出",
    "前两场抽奖有运营收了补邮费，已经全部退回了，现在中奖一律包邮。": "set 94: a past charge refunded (前两场抽奖有运营收了补邮费，已经全部退回了) is read as a fee on 收、补邮费",
    "中奖的转5块给客服，拿到再发货。": "set 94: labelled a fee only; the check also names shipping after payment (拿到再发货) as a condition on 拿到、再发货, the same fee read twice",
    "中奖的四件套，运费咱们厂出，税也不用你交，安心等收货。": "set 94: the factory paying postage (运费咱们厂出，税也不用你交) is read as a fee on 运费、出",
    "刚才字幕写成了“运费自理”，是错的，中奖的运费都是厂里出。": "set 94: a corrected caption (刚才字幕写成了“运费自理”，是错的) and the factory paying (运费都是厂里出) are read as a fee on 运费、自理 and 运费、出",
    "有买家反映之前中奖被要求补差价，已核实是第三方冒充，我们已报警，奖品照常免费发。": "set 94: a reported scam (之前中奖被要求补差价，已核实是第三方冒充) is read as a fee on 补差价",
    "被子属于大件，下单的偏远地区加收运费，中奖的除外，照样包邮。": "set 94: order shipping terms (下单的偏远地区加收运费，中奖的除外) are read as a fee on 加收、运费",
    "中奖的宝子们拍一下专属链接，链接价格是0元，运费也是0，放心拍。": "set 94: a 0元 claim link (拍一下专属链接，链接价格是0元，运费也是0) is read as a condition on 中奖的宝子们拍, though it is an ordinary claim step",
    "以前偏远地区中奖要补运费，现在改了，全国都包。": "set 94: a past practice now dropped (以前偏远地区中奖要补运费，现在改了) is read as a fee on 补、运费",
    "抽中的宝宝需要在今晚12点前领取，过了就不给了。": "set 94: a claim deadline (需要在今晚12点前领取，过了就不给了) is not read as a condition",
    "中奖宝宝的被子是真空压缩发的，收到拆开就能用，不额外收压缩费。": "set 94: a usage note (收到拆开就能用) is read as a condition on 拆开、就能",
    "上个月有场抽奖收了补邮费，我们已经全部退给中奖的家人了，以后不会再收。": "set 94: a past charge refunded (上个月有场抽奖收了补邮费，我们已经全部退给中奖的家人了) is read as a fee on 收、补邮费",
    "中奖宝宝如果要开发票的话，发票是免费开的。": "set 94: an optional free invoice (如果要开发票的话，发票是免费开的) is read as a condition on 要、开发票",
    "中奖宝宝需加入粉丝团并且消费满50元才能领取四件套，运费另算。": "set 94: extra postage (运费另算) is not read as a fee; the condition is found",
    "之前镜片升级要补差，现在中奖的统一配1.60，不用补了。": "set 95: a past practice now dropped (之前镜片升级要补差，现在…不用补了) is read as a fee on 补差",
    "验光不方便到店的，拿医院验光单拍照发我就行，不强制到店。": "set 95: an optional alternative that saves a trip (拿医院验光单拍照发我就行，不强制到店) is read as a condition on 医院、验光、就行",
    "各位，中奖的家人请核对一下瞳距，双眼瞳距和单眼瞳距别填混了。": "set 95: a reminder to check data needed to make the glasses (核对一下瞳距) is read as a condition on 请、瞳距",
    "修正：抽奖说明里的'需粉丝团5级'已删除，任何人中奖都能领。": "set 95: a correction saying a condition was removed (修正：…'需粉丝团5级'已删除) is read as a condition on 需、粉丝团",
    "主播说错了，刚才的'中奖需分享直播间'作废，中奖直接领。": "set 95: a retraction (主播说错了，刚才的'中奖需分享直播间'作废) is read as a condition on 需、分享、作废",
    "需要做渐进多焦点的可自选加钱升级，奖品本身的单光片免费。": "set 95: an optional paid upgrade (可自选加钱升级, while 奖品本身的单光片免费) is read as a fee on 加钱",
    "更正一下公告，'中奖需下单任意镜片'是写错了，中奖不需要下单。": "set 95: a correction (更正…'中奖需下单任意镜片'是写错了，中奖不需要下单) is read as a condition on 需、下单",
    "隐形眼镜属于医疗器械，中奖的请如实填写度数和基弧。": "set 95: asking for the prescription needed to make contact lenses (如实填写度数和基弧) is read as a condition on 请、基弧",
    "宝子们问中奖要不要到店验光，我这边统一回复：不用，发验光单就行。": "set 95: a reply that no shop visit is needed (不用，发验光单就行) is read as a condition on 验光、就行",
    "中奖的镜框免费送，镜片需要另配，按你度数收个成本价60。": "set 95: the fee (按你度数收个成本价60) is rightly found, but the lead-in to the same charge (镜片需要另配) is also read as an extra condition on 需要、另配",
    "想加急的中奖宝子可以自费补加急费，不加急就按正常工期免费做，不影响领奖。": "set 96: an optional rush fee (可以自费补加急费，不加急就按正常工期免费做，不影响领奖) is read as a fee on 自费、补、费",
    "去年的抽奖确实收过邮费，今年规则改了，中奖全部不收钱。": "set 96: a past practice now ended (去年的抽奖确实收过邮费，今年规则改了) is read as a fee on 收、邮费",
    "这款cos服是现货，定制尺码需要补差价30，详情看尺码表。": "set 96: a shop price note with no prize in it (定制尺码需要补差价30) is read as a fee on 补差价",
    "中奖宝子如果想要定制刺绣名字，可以自费加30，不加就是原版免费发。": "set 96: an optional paid extra (想要定制刺绣名字，可以自费加30，不加就是原版免费发) is read as a fee on 自费 and a condition on 要、定制、刺绣",
    "汉服现货秒发，预售工期15天，加急费20元可缩短到7天（仅限购买订单）。": "set 96: a note on paid orders (加急费20元…仅限购买订单) with no prize in it is read as a condition on 仅限、购买",
    "看到有娘在小红书吐槽某店抽奖要补差价，我们家奖品都是全免的。": "set 96: another shop's practice being criticised (小红书吐槽某店抽奖要补差价, while 我们家奖品都是全免的) is read as a condition on 小红书、要",
    "刚才把“加急费”说成中奖要付的了，不是，加急费是给正价订单的，奖品不收钱。": "set 96: a correction (刚才把“加急费”说成中奖要付的了，不是…奖品不收钱) is read as a fee on 费、要付",
    "定制汉服奖品做好了，中奖的宝子补个20块尾款就发货～": "set 96: the fee (补个20块尾款就发货) is rightly found, but the same payment is also read as an extra condition on 补个、尾款、就发货",
    "群里传我们抽奖要先交定金，这是谣言，奖品全程免费，大家放心。": "set 96: a rumour being denied (群里传我们抽奖要先交定金，这是谣言) is read as a fee on 先交、定金",
    "中奖的宝子需要补10元才能做默认棉麻款，想换真丝的补50。": "set 96: the fee (需要补10元才能做默认棉麻款) is rightly found, but the same payment is also read as an extra condition on 需要、才能、棉麻",
    "中奖的太太需要支付一下优惠券使用费2元，才能0元拍下奖品。": "set 96: the fee (支付一下优惠券使用费2元) is rightly found, but 才能0元拍下奖品 is also read as an extra condition on 才能、拍下",
    "刚开播那会儿抽奖是要求加团才发的，后来知道不合规就改了，现在不用。": "set 96: an early rule since dropped (刚开播那会儿抽奖是要求加团才发的…现在不用) is read as a condition on 抽奖是要求、加团、才发",
    "cos服定制需要先付30%定金，尾款发货前补齐，定制款不退不换。": "set 96: a shop's terms for custom orders (定制需要先付30%定金，尾款发货前补齐) with no prize in it are read as a condition on 发货前、补齐",
    "以前奖品要到店自提，现在改成全部寄送，运费我们出。": "set 97: a past rule now replaced (以前奖品要到店自提，现在改成全部寄送，运费我们出) is read as a condition on 要、到店自提",
    "回收上门服务收20元上门费，成交后退。": "set 97: a recycling service price (回收上门服务收20元上门费) with no prize in it is read as a fee on 收20元、费",
    "租相机超期一天收50元，请按时归还。": "set 97: a camera rental late fee (租相机超期一天收50元) with no prize in it is read as a fee on 收50元",
    "中奖的宝子奖品是送的，就是贴膜和壳要收20。": "set 97: a charge on the winner for extras (奖品是送的，就是贴膜和壳要收20) is missed as a fee; the checker finds nothing",
    "相机租赁一天69，押金3000，信用免押需要芝麻分700。": "set 97: rental terms (相机租赁一天69，押金3000) with no prize in them are read as a fee on 押金3000",
    "刚才助理说要亲密度5级才能领，那是说错了，所有中奖者都能领。": "set 97: a correction (刚才助理说要亲密度5级才能领，那是说错了) is read as a condition on 要、亲密度、才能",
    "恭喜中奖！请在小黄车拍下0.01元+运费12元的领奖链接。": "set 97: the fee (0.01元+运费12元的领奖链接) is rightly found, but the same link is also read as an extra condition on 请、拍下",
    "奖品能换成别的颜色吗？补钱也行": "set 97: a viewer's question offering to pay (奖品能换成别的颜色吗？补钱也行) is read as a fee on 补、钱",
    "领奖要下单吗？我看别的直播间要下单": "set 97: a viewer's question about other rooms (领奖要下单吗？我看别的直播间要下单) is read as a condition on 要、下单",
    "我朋友说某回收店抽奖后让下单才发，被平台处罚了。": "set 97: another shop's punished practice (某回收店抽奖后让下单才发，被平台处罚了) is read as a condition on 下单、才发",
    "之前租赁体验奖品收过押金，现在已经改成免押了。": "set 97: a past deposit now dropped (之前…收过押金，现在已经改成免押了) is read as a fee on 收、押金",
    "中奖的平板不需要补差价，也不用付激活费，开机就能用。": "set 97: a statement that nothing is charged (不需要补差价，也不用付激活费，开机就能用) is read as a condition on 开机、就能",
    "有人在评论区发链接说是领奖补邮，不是我们发的，别点。": "set 97: a warning about fake links (有人…发链接说是领奖补邮，不是我们发的，别点) is read as a fee on 补邮",
    "店里租礼服押金800，芝麻信用650以上可免押，想租的点小黄车。": "set 97: a dress rental deposit (店里租礼服押金800) with no prize in it is read as a fee on 押金800",
    "领奖需要寄回旧手机，寄回运费自己出。": "set 97: the condition (领奖需要寄回旧手机) is found, but the charge 寄回运费自己出 is not read as a fee",
    "真的包邮，运费我们发货时就付了，您只管收。": "set 98: a promise of free shipping (运费我们发货时就付了，您只管收) is read as a fee on 运费、付",
    "以前我们村播刚起步不懂规矩，收过中奖的邮费，现在平台规则都学了，一分钱不收。": "set 98: a past practice now stopped (以前…收过中奖的邮费，现在…一分钱不收) is read as a fee on 收、邮费",
    "默认发邮政，邮政能到村里；想发京东的可以自己补差价，不补也照样免费发邮政。": "set 98: an optional paid courier upgrade (想发京东的可以自己补差价，不补也照样免费发邮政) is read as a fee on 补差价",
    "感谢各位老乡支持！今晚8点抽10位家人送合作社新米5斤，中奖的不用出一分钱，邮费我们村委出。": "set 98: the organiser paying postage (中奖的不用出一分钱，邮费我们村委出) is read as a fee on 邮费、出",
    "中奖的家人需在评论区发\"感谢县长\"刷屏10条，才能领奖。": "set 98: a demand to spam the comments (评论区发感谢县长刷屏10条，才能领奖) is missed as a condition; the checker finds nothing",
    "100%好评的核桃，中奖者需在72小时内付清邮费。": "set 98: the absolute claim (100%) and the fee (需在72小时内付清邮费) are rightly found, but 100%好评 and 需 are also read as an extra condition",
    "奖品包邮哦，只是港澳台地区暂时发不了，这几个地区的家人中奖我们换成等值的话费充值。": "set 98: a substitute prize for unreachable regions (换成等值的话费充值) is read as a fee on 充值, and 港澳台地区暂时发不了 as a condition",
    "去年有个主播中奖收运费被平台处罚了，我们引以为戒，中奖一律不收费。": "set 98: another streamer's punished practice (去年有个主播中奖收运费被平台处罚了…一律不收费) is read as a fee on 收、运费",
    "合作社公告：本次公益抽奖奖品为土鸡蛋30枚，由合作社承担全部运费，偏远地区同样包邮。": "set 98: the organiser paying postage (由合作社承担全部运费) is read as a fee on 承担、运费",
    "中奖的家人，收货时快递要收钱一律拒签并联系我们，我们不会让您付任何费用。": "set 98: advice to refuse any courier charge (快递要收钱一律拒签…不会让您付任何费用) is read as a fee on 收钱",
    "中奖家人请在小黄车拍下\"中奖专用\"链接9.9元，拍后备注即可发货。": "set 98: the fee (拍下\"中奖专用\"链接9.9元) is rightly found, but the same link and 拍后备注即可发货 are also read as an extra condition",
    "抽中二胡的老铁，转5块给客服就安排发货。": "set 99: the fee (转5块给客服就安排发货) is rightly found, but the same payment is also read as an extra condition on 二胡、就安排发货",
    "默认给中奖的宝子发中通免费寄，想要顺丰加急的可以自费补差价升级。": "set 99: an optional paid courier upgrade (默认…中通免费寄，想要顺丰加急的可以自费补差价) is read as a fee on 自费、补差价",
    "粉丝问：中了古筝要补运费差价吗？客服回：要的，偏远地区补30。": "set 99: a charge given in a Q&A (要补运费差价吗？客服回：要的，偏远地区补30) is missed as a fee; the checker finds nothing",
    "以前中奖的吉他要自己付物流费，那是去年的规则，今年开始统一商家承担。": "set 99: last year's rule now replaced (以前中奖的吉他要自己付物流费…今年开始统一商家承担) is read as a fee on 付、物流费",
    "中奖者如果要开发票的话可以找客服，免费开。": "set 99: an optional free service (如果要开发票的话可以找客服，免费开) is read as a condition on 要、开发票",
    "以前有个主播让中奖的补邮费被封了，我们一直是包邮的。": "set 99: another streamer's punished practice (以前有个主播让中奖的补邮费被封了) is read as a fee on 补邮费",
    "琴行通知：由于物流原因，本周中奖的电钢琴延迟到下周三发货，运费依旧由琴行承担。": "set 99: a delay notice in which the shop pays (运费依旧由琴行承担) is read as a fee on 运费、承担",
    "中奖的朋友请加一下我们客服企业微信，方便发货，不加的话在快手私信也一样。": "set 99: an optional contact channel (请加一下我们客服企业微信…不加的话在快手私信也一样) is read as a condition on 请加、微信",
    "中奖的二胡需要支付20元调音费，调好音再寄出。": "set 99: the fee (需要支付20元调音费) is rightly found, but 调好音再寄出 is also read as an extra condition",
    "抽中的奖品是4.5米台钓竿，竿子超长快递要加收15块，中奖的自己补一下哈。": "set 100: the fee (超长快递要加收15块，中奖的自己补一下) is rightly found, but the same charge is also read as an extra condition on 要、加收",
    "以前抽奖偏远地区要补邮费，现在改了，新疆西藏也一样包邮。": "set 100: a past rule now dropped (以前抽奖偏远地区要补邮费，现在改了) is read as a fee on 补邮费",
    "刚才嘴瓢说要补邮费，纠正一下，中奖的一分钱不用出，全国包邮。": "set 100: a correction (刚才嘴瓢说要补邮费，纠正一下…一分钱不用出) is read as a fee on 补邮费",
    "中奖钓友要在24小时内回复，不回复就作废，平时是7天，这次特殊。": "set 100: a shortened claim deadline (24小时内回复，不回复就作废) is missed as a condition; arguable, since sets 26 and 72 label similar 72-hour address deadlines clean",
    "竿子超长快递要加收，这个加收的钱我们店里出，钓友不用管。": "set 100: a surcharge the shop pays (这个加收的钱我们店里出，钓友不用管) is read as a fee on 加收",
    "刚说要加粉丝团才能领，错了错了，不用加，直接领。": "set 100: a correction (刚说要加粉丝团才能领，错了错了，不用加) is read as a condition on 要、粉丝团、才能",
    "以前抽奖要求加粉丝团，现在平台不让了，我们也取消了。": "set 100: a past rule now cancelled (以前抽奖要求加粉丝团…我们也取消了) is read as a condition on 抽奖要求、粉丝团",
    "中奖的钓友运费我们出，但是保价得你们自己出，竿子贵。": "set 100: a charge written as 保价得你们自己出 is not read as a fee; the checker finds nothing",
    "中奖的家人们，东西是免费的，运费是你们自己的，懂吧。": "set 100: a charge written as 运费是你们自己的 is not read as a fee; the checker finds nothing",
    "中奖的钓友包邮，到了驿站本人去签收一下就行。": "set 100: an ordinary delivery step (到了驿站本人去签收一下就行) is read as a condition on 驿站、就行",
    "中奖兄弟可以加急发顺丰，差价自己付；不加急的默认中通包邮。": "set 100: an optional paid courier upgrade (可以加急发顺丰，差价自己付；不加急的默认中通包邮) is read as a fee on 差价、付",
    "中奖的油烟机清洗券，师傅上门要另付50元上门费，现场结给师傅就行。": "set 101: the fee (师傅上门要另付50元上门费) is rightly found, but paying it (现场结给师傅就行) is also read as an extra condition",
    "买家：我中了空调清洗券，师傅说要收清洗剂的钱，这正常吗？客服：不正常，清洗剂我们承担，您不用付，已经跟师傅沟通了。": "set 101: a Q&A refusing a charge (师傅说要收清洗剂的钱…不正常，清洗剂我们承担) is read as a fee on 收、钱",
    "中奖的开荒保洁券不需要加粉丝团，也不需要额外下单，填写地址预约就行。": "set 101: a statement that nothing extra is needed (不需要加粉丝团…填写地址预约就行) is read as a condition on 预约、就行",
    "中奖的油烟机清洗券，师傅上门后如发现需要换零件，零件费用可以选择自费更换，不换也正常清洗。": "set 101: optional paid parts (零件费用可以选择自费更换，不换也正常清洗) are read as a fee on 费用、自费",
    "直播间下单空调清洗套餐，两台起包上门，单台加收上门费20元。": "set 101: a paid package price (直播间下单…单台加收上门费20元) with no prize in it is read as a fee on 加收、费20元",
    "中奖的空气炸锅，请先拍下店铺0.01元链接并支付运费差价8元。": "set 101: a charge (拍下店铺0.01元链接并支付运费差价8元) is missed as a fee; the checker finds nothing",
    "关于昨晚的抽奖：字幕写成了“需下单才发货”，实为误写，中奖无需下单，直接发货。": "set 101: a correction (字幕写成了“需下单才发货”，实为误写) is read as a condition on 需、下单、才发货",
    "抽中开荒保洁券的家人，不需要购买地板蜡等任何产品，直接预约即可。": "set 101: a statement that no purchase is needed (不需要购买地板蜡…直接预约即可) is read as a condition on 预约、即可",
    "师傅上门的时候会询问是否需要加氟，需要的话按市价收费，不需要就只清洗，清洗免费。": "set 101: an optional paid extra (需要的话按市价收费，不需要就只清洗，清洗免费) is read as a fee on 收费",
    "中奖的空调清洗需要先预约，预约成功后师傅上门，无需任何费用。": "set 101: booking a home service (需要先预约…无需任何费用) is read as a condition on 需要、先、预约",
    "中奖的家人请注意，如您所在小区需要物业登记，师傅会提前联系您，不收额外费用。": "set 101: a notice about estate registration (如您所在小区需要物业登记，师傅会提前联系您) is read as a condition on 需要、物业",
    "开荒保洁券中奖后半年内有效，提前预约就行。": "set 101: a validity note (半年内有效，提前预约就行) is read as a condition on 提前、预约、就行",
    "群友提醒：有个叫“团长客服”的号在加人收税费，是骗子，别理。": "set 102: a scam warning (有个叫“团长客服”的号在加人收税费，是骗子) is read as a fee on 收、税费",
    "抽奖奖品是一箱纯牛奶，运费团长出，大家不用掏一分钱。": "set 102: the organiser paying postage (运费团长出，大家不用掏一分钱) is read as a fee on 运费、出",
    "有人冒充自提点老板收“取件费”，自提点取奖品是免费的，遇到请截图发群里。": "set 102: a request to report impostors (遇到请截图发群里) is read as a condition on 请、截图",
    "以前有个别自提点收过“代收费”，现在全面禁止了，奖品一律免费领。": "set 102: a past charge now banned (以前有个别自提点收过“代收费”，现在全面禁止了) is read as a fee on 收、代收费 (since stop 39: 自提点 as a word cuts 收过 out of 点收; 全面禁止了 withdraws nothing)",
    "奖品到了我会@中奖的人，大家注意看群消息就行。": "set 102: a notice to watch the group (大家注意看群消息就行) is read as a condition on 看群、就行",
    "有邻居说中奖后被要求晒单才发货，那是别的群，咱们群领奖没有任何附加要求。": "set 102: another group's practice (有邻居说中奖后被要求晒单才发货，那是别的群) is read as a condition on 晒单、才发货",
    "奖品送是送，不过要交个5块的“手续费”才能出库。": "set 102: the fee (要交个5块的“手续费”才能出库) is rightly found, but the same payment is also read as an extra condition on 要、交个、才能、出库",
    "小区群抽奖今晚9点开，开奖后名单发群公告，奖品周六统一配送到家，配送费团长承担。": "set 102: the organiser paying delivery (配送费团长承担) is read as a fee on 配送费、承担",
    "上个月有个自提点私自收了奖品保管费，已经换掉了，现在所有点都不收。": "set 102: a past charge now stopped (上个月有个自提点私自收了奖品保管费，已经换掉了) is read as a fee on 收、保管费",
    "中奖后请在3天内私聊团长发地址，超时的话再联系我也可以补发。": "set 102: a soft address deadline (3天内私聊团长发地址，超时的话再联系我也可以补发) is read as a condition on 请、私聊、团长",
    "明天的丹东草莓29.9一盒，满39元起送，不满的话配送费3元。": "set 102: a shop's delivery terms (满39元起送，不满的话配送费3元) with no prize in them are read as a fee on 配送费3元",
    "之前有位邻居中奖后被要求先付款再退，已核实是骗子冒充，团长从不先收款。": "set 102: a scam warning (被要求先付款再退，已核实是骗子冒充) is read as a fee on 付款",
    "不用，灯牌粉丝团都不需要，关注主播参与抽奖就行，中了直接填地址。": "set 102: a statement that no fan club is needed (关注主播参与抽奖就行，中了直接填地址) is read as a condition on 参与抽奖、就行",
    "中奖的邻居来自提点领奖时带2块钱，算袋子和冷链费。": "set 102: a charge at pickup (带2块钱，算袋子和冷链费) is missed as a fee; the checker finds nothing",
    "中奖邻居报名字+楼号就能领，不用额外关注别的号，也不用拉人。": "set 102: a simple identity check (报名字+楼号就能领，不用额外关注…也不用拉人) is read as a condition on 邻居、就能",
    "奖品由供货商直接发货，运费供货商承担，收到有问题找我。": "set 102: the supplier paying postage (运费供货商承担) is read as a fee on 运费、承担",
    "之前有位团长在奖品里加收“包装费”，已被清退，咱们这边奖品包装费为零。": "set 102: another organiser's removed practice (之前有位团长在奖品里加收“包装费”，已被清退) is read as a fee on 加收、包装费",
    "奖品是团长请的，但团长佣金要按奖品价值的10%给一下。": "set 102: a charge written as 团长佣金要按奖品价值的10%给一下 is not read as a fee; the checker finds nothing",
    "问：中奖了还要另外买东西吗？答：要的，满29起送，不够的凑单，配送费2块。": "set 102: the fee (配送费2块) is found, but the purchase demand (还要另外买东西吗？…要的，满29起送，不够的凑单) is missed as a condition",
    "全網最低價的牛奶，今晚抽獎送10箱，中獎自提免費。": "set 102: the absolute claim (全網最低價) is rightly found, but free self-pickup (中獎自提免費) is also read as a condition on 中獎自提",
    "之前客服误说要关注店铺小号才发，已经更正，中奖直接发。": "set 74: a condition corrected (之前客服误说…已经更正) is read as a condition: 已经更正 does not say to what (之前说的邮费5元已经更正，实际是8元 charges)",
    "老人家问中将了要不要给钱 不要 一分都不要 您等着收快抵就行": "set 72: the typo 中将, read as 中奖 since stop 39, makes the question read as a demand, so the reply 您等着收快抵就行 is flagged as a condition on 收快抵、就行 although it says 不要 一分都不要",
    "抽中磨豆机的姐妹私我，补个10元邮费链接，拍下就安排发货。": "set 103: the fee 补个10元邮费链接 is right, but paying that link (拍下就安排发货) is also read as a condition, though it is only how the same fee is paid",
    "中奖的豆子我们现烘现发，烘完养豆两天再寄，大概下周三之前发出。": "set 103: the shop's own roasting schedule (烘完养豆两天再寄) is read as a condition on 烘完养豆、再寄, though the winner is asked to do nothing",
    "去年有一次抽奖让中奖的补了差价，后来我们全部退回了，现在规定一律不收。": "set 103: a past practice that was refunded (去年…让中奖的补了差价，后来我们全部退回了) and the promise 现在规定一律不收 are read as a condition on 全部退回了、一律不",
    "更正一下，刚才公告写成'运费自理'是错误的，中奖奖品全部包邮，已修改。": "set 103: a correction (刚才公告写成'运费自理'是错误的…全部包邮) is read as a fee on 运费、自理",
    "近期有骗子群发短信说'恭喜抽中快手咖啡机，请缴纳手续费'，我们没有这种活动，别点链接。": "set 103: a scam warning quoting a fake text ('…请缴纳手续费'，我们没有这种活动) is read as a fee on 缴纳、手续费",
    "中奖的朋友如果想要加急顺丰，可以自费升级，不需要的默认免费中通。": "set 103: an optional paid upgrade with a free default (想要加急顺丰，可以自费升级，不需要的默认免费中通) is read as a condition on 要、加急",
    "我中了但是要出差，能晚点填地址吗？会不会收我存放费？": "set 103: a winner's own question (我中了但是要出差，能晚点填地址吗) is read as a condition on 要、出差",
    "今天手冲用的是V60，中奖的宝子我们会附上一张冲煮参数卡，免费的。": "set 103: a free extra from the shop (我们会附上一张冲煮参数卡，免费的) is read as a condition on 附上、冲煮、参数",
    "有个宝子在评论里说中奖要补差价，那是他看错了别家的，我们这是包邮不补。": "set 103: a denial of a commenter's mistake (说中奖要补差价，那是他看错了别家的…包邮不补) is read as a fee on 补差价",
    "回复：要运费吗？——要的宝子，偏远地区8块，其他地区5块。": "set 103: a charge given as a reply (要运费吗？——要的宝子，偏远地区8块，其他地区5块) is not read as a fee, since the amounts carry no fee word",
    "上个月抽奖规则里写过'需粉丝等级3级'，已删掉，现在谁中都能领。": "set 103: a rule already removed (上个月…写过'需粉丝等级3级'，已删掉，现在谁中都能领) is read as a condition on 需、粉丝等级",
    "中奖的需要关注我们的二号店，并支付2元包装费，才能发货。": "set 103: the fee 支付2元包装费 is found, but the demand to follow another shop (需要关注我们的二号店…才能发货) is not read as a condition",
    "助理刚才在评论区回复'要付邮费'，是误回，中奖的不用付，已删除那条回复。": "set 103: a retracted reply (助理刚才在评论区回复'要付邮费'，是误回，中奖的不用付) is read as a fee on 要付、邮费",
    "中奖后请在店铺下单任意0.01元商品，作为领奖凭证。": "set 103: the condition 中奖后请在店铺下单 is found, but the order it demands (任意0.01元商品) is not read as a fee",
    "中奖的宝子把运费5元转到这个支付宝，截图给我就发货。": "set 103: the fee 运费5元转到这个支付宝 is right, but sending the payment proof (截图给我就发货) is also read as a condition, though it is only part of paying that fee",
    "中奖的磨豆机我们会拆机检测后再发，怕运输撞坏，多包两层气泡膜，不收钱。": "set 103: the shop's own care before shipping (拆机检测后再发…多包两层气泡膜，不收钱) is read as a condition on 拆机、检测、再发",
    "中奖的宝子记得私我付一下快递费，豆子明早烘好就寄。": "set 103: the fee 付一下快递费 is right, but the shipping note 豆子明早烘好就寄 is also read as a condition on 烘好、就寄",
    "中奖名单以后台为准，截图不作数，有疑问找客服核对，领奖不收任何费用。": "set 103: a note on whose winner list counts (中奖名单以后台为准，截图不作数) is read as a condition on 截图、不作数, though it also says 领奖不收任何费用",
    "以后中奖都包邮，上回那个让补邮费的助理已经说过她了。": "set 104: a past mistake that was reprimanded (上回那个让补邮费的助理已经说过她了) is read as a fee on 补邮费, though it says 以后中奖都包邮",
    "得嘞，这串橄榄核雕的奖今儿就给您寄出去，邮费咱担着。": "set 104: a shipping promise (今儿就给您寄出去，邮费咱担着) is read as a condition on 橄榄、核雕、就给您寄出",
    "您中的那串蜜蜡证书我们随货寄，不用另外掏钱买证书。": "set 104: a denial (不用另外掏钱买证书) is read as a fee on 掏钱, missing the negation 不用",
    "中奖的家人打磨费另算，一对10块。": "set 104: a charge written as 打磨费另算，一对10块 is not read as a fee",
    "中奖的核桃给您开好口再寄，开口手工费15。": "set 104: the fee 开口手工费15 is right, but the shop's own work (给您开好口再寄) is also read as a condition on 核桃、开好、再寄",
    "想让主播给刻字的中奖家人可以加钱定制，不刻字的直接发原样。": "set 104: an optional paid extra with a free default (想让主播给刻字的…可以加钱定制，不刻字的直接发原样) is read as a fee on 加钱",
    "中奖的小叶紫檀要送去鉴定，鉴定费15元中奖人承担。": "set 104: the fee 鉴定费15元中奖人承担 is right, but the shop's own step (要送去鉴定) is also read as a condition on 要、送去、鉴定",
    "中奖后需在当晚12点前私信确认，否则作废。": "set 104: a deadline to confirm (当晚12点前私信确认，否则作废) is not read as a condition; labelled a condition, though it is close to the 72小时内…逾期视为放弃 deadline in set 105 that is labelled clean",
    "中奖后在直播间停留十分钟不走才算有效。": "set 104: a demand to stay in the stream (在直播间停留十分钟不走才算有效) is not read as a condition",
    "抽到游船票的宝子，景区是实名制，需要提前一天在小程序预约，预约不收费。": "set 105: the venue's real-name booking (景区是实名制，需要提前一天在小程序预约，预约不收费) is read as a condition on 需要、小程序",
    "奖品是古镇夜游船票两张，自行前往码头，凭中奖截图和身份证换票即可。": "set 105: how to redeem the ticket (凭中奖截图和身份证换票即可) is read as a condition on 凭、身份证、即可",
    "中奖后72小时内在后台填写出行人姓名和手机号，逾期视为放弃，这是平台统一规则。": "set 105: the platform's own deadline to fill in traveller details (72小时内在后台填写…逾期视为放弃，这是平台统一规则) is read as a condition on 出行、视为放弃",
    "默认发电子票免费，想要纸质纪念票的可以自费邮寄，到付。": "set 105: an optional paid extra with a free default (默认发电子票免费，想要纸质纪念票的可以自费邮寄，到付) is read as a fee on 自费、到付",
    "抽中的景区门票是实名制的，必须本人身份证入园，不可转赠他人，请知悉。": "set 105: the venue's real-name rule (必须本人身份证入园，不可转赠他人) is read as a condition on 必须、身份证",
    "抽中的是单人门票，景区门口自行前往即可，我们不安排接送。": "set 105: a note that there is no shuttle (自行前往即可，我们不安排接送) is read as a condition on 景区、门口、即可",
    "我听说别家抽奖送温泉票，结果到了景区还要交什么清洁费，我们家不会，放心。": "set 105: a rival's practice (别家…到了景区还要交什么清洁费，我们家不会) is read as a fee on 交、清洁费",
    "奖品是酒店套餐，入住时前台收的押金是酒店规定的，退房全退，这部分由中奖人自己先垫付。": "set 105: the fee 由中奖人自己先垫付 is right, but the same clause is also read as a condition on 先、垫付; the fee label is itself arguable, since the deposit is 退房全退",
    "奖品門票已發送至您的帳號，憑身份證入園，無需支付任何費用。": "set 105: how to enter in traditional script (憑身份證入園) is read as a condition on 憑、身份證, though it says 無需支付任何費用",
    "重要通知：本次抽奖所有奖品均由商家承担全部费用，包括快递、保险、出票手续费。": "set 105: a promise that the shop pays all (商家承担全部费用，包括…出票手续费) is read as a fee on 出、手续费",
    "中奖后领取温泉券不用交预约定金，直接在小程序选日期就行。": "set 105: how to book (直接在小程序选日期就行) is read as a condition on 小程序、就行, though it says 不用交预约定金",
    "温泉券中奖者入园时手环押金由景区免除，凭中奖券码直接领手环。": "set 105: how to collect a wristband (凭中奖券码直接领手环) is read as a condition on 凭、券码、手环, though 押金由景区免除",
    "客服：奖品是免费的，出票系统的服务费我们店铺承担了，您这边不用转账。": "set 105: a promise that the shop pays (出票系统的服务费我们店铺承担了，您这边不用转账) is read as a fee on 出、服务费",
    "客服：中奖要先升级成我们的银卡会员才能预约，会员费一年39。": "set 105: the condition 要先升级成我们的银卡会员才能预约 is found, but the charge 会员费一年39 is not read as a fee",
    "中奖家人带上身份证，自驾的可以直接导航到景区南门，停车场免费。": "set 105: a travel tip (带上身份证…停车场免费) is read as a condition on 带上、身份证",
    "抽中民宿券的朋友，入住时押金由我们直播间承担，房东不会向你收取。": "set 105: a promise that the shop pays (押金由我们直播间承担，房东不会向你收取) is read as a fee on 押金、承担",
    "抽中的游船票是夜场的，中奖的宝子想改日场要补差价35元，不改就不用补。": "set 105: an optional paid change with a free default (想改日场要补差价35元，不改就不用补) is read as a fee on 补差价、35元",
    "温泉门票景区强制的保险费3元我们已经帮中奖者买好了，不用自己出。": "set 105: a cost the shop has paid (保险费3元我们已经帮中奖者买好了，不用自己出) is read as a fee on 保险费3元",
    "粉丝问：酒店套餐要补钱吗？主播：周末要的，补88。": "set 105: a charge given as a reply (要补钱吗？主播：周末要的，补88) is not read as a fee",
    "抽中温泉券的宝子，如果想升级成私汤包间可以自补差价，不升级的标准池免费泡。": "set 105: an optional paid upgrade with a free default (想升级成私汤包间可以自补差价，不升级的标准池免费泡) is read as a fee on 补差价",
    "说明：之前公告里写的\"中奖需补差价\"是工作人员写错了，以本条为准，全部免费。": "set 105: a correction (之前公告里写的\"中奖需补差价\"是工作人员写错了…全部免费) is read as a fee on 补差价",
    "客服：奖品已为您预约成功，到店出示手机号即可入住，如遇前台收费请拨打我们电话。": "set 105: a promise to help if charged (如遇前台收费请拨打我们电话) is read as a fee on 收费, and check-in (到店出示手机号即可入住) as a condition on 到店、即可",
    "客服：奖品不涉及个人所得税，您不需要缴纳任何税款，直接预约使用就行。": "set 105: how to use the prize (直接预约使用就行) is read as a condition on 预约、就行, though it says 不需要缴纳任何税款",
    "纠正一下，刚才说中奖要加灯牌，是我口误，不需要，中奖直接领。": "set 105: a correction (刚才说中奖要加灯牌，是我口误，不需要) is read as a condition on 要、灯牌",
    "中奖的宝子默认发电子票，想要实体纪念票可自费9元寄送，不要的不用管。": "set 105: an optional paid extra with a free default (想要实体纪念票可自费9元寄送，不要的不用管) is read as a fee on 自费9元",
    "奖品免费包邮，礼盒包装另付2元，不要礼盒的可以不付，直接用快递袋发。": "set 106: an optional paid extra with a free default (礼盒包装另付2元，不要礼盒的可以不付) is read as a fee on 另付、2元",
    "中奖的宝子如果想要带框成品，可以补差价升级，不升级的默认发材料包免费包邮。": "set 106: an optional paid upgrade with a free default (如果想要带框成品，可以补差价升级，不升级的默认…免费包邮) is read as a condition on 要、带框、成品",
    "刚才口误说要粉丝团，其实不用加粉丝团，关注了就能领。": "set 106: a correction (刚才口误说要粉丝团，其实不用加粉丝团) is read as a condition on 要、粉丝团",
    "买家：我中奖了，客服让我加微信再拍一个1元链接，这是正规的吗？": "set 106: a buyer asking if a request is legitimate (客服让我加微信再拍一个1元链接，这是正规的吗) is read as the shop's fee on 再拍一个1元链接",
    "买家：中了钻石画，说要补差价才能发大尺寸，我不想补可以吗？\n客服：可以的亲，默认发中号免费包邮。": "set 106: a buyer-and-service chat where the paid option is declined (我不想补可以吗？…默认发中号免费包邮) is read as a fee on 补差价",
    "奖品材料包免费，剪刀和胶水另付8元一起发，必须一起拍。": "set 106: the fee 另付8元 is right, but 必须一起拍 is also read as a condition; labelled only a fee, though a forced purchase is arguably a condition too",
    "宝子问：中奖了能不能发顺丰？可以的，顺丰要自己补差价，默认中通免费。": "set 106: an optional paid upgrade with a free default (顺丰要自己补差价，默认中通免费) is read as a fee on 补差价",
    "钻石画抽奖：关注+点赞+评论即可参与，中奖不用任何费用。": "set 106: the allowed entry steps (关注+点赞+评论即可参与) are read as a condition on 点赞、即可, though they concern joining, not claiming",
    "中奖宝子奖品我们垫付邮费，收到后再还我就行。": "set 106: a fee to be paid back later (我们垫付邮费，收到后再还我就行) is not read as a fee, and 收到后再还我就行 is read as a condition instead",
    "中奖的宝子要先报名我们的付费教学课才能领材料包。": "set 106: a demand to sign up for a paid course (要先报名我们的付费教学课才能领材料包) is read as neither a condition nor a fee",
    "运费咱出 包装咱出 恁就等着收苹果 中不中": "set 53: 咱 as the shop (运费咱出) is read as the winner: 咱 alone is the audience elsewhere (运费咱出一下哈)",
    "中奖的蛋糕如果约在中秋当天送，需要补20元节日加价，平常日子免费。": "set 107: the fee on 补20元节日加价 is found, but the same clause is also read as a condition on 需要、加价; labelled a fee, though the surcharge only applies if the winner picks 中秋当天 (平常日子免费)",
    "蛋糕券中奖者请在72小时内填写收货地址，过期视为自动放弃。": "set 107: the usual deadline for giving an address (72小时内填写收货地址…过期视为自动放弃) is read as a condition",
    "中奖的宝子蜡烛餐具包要另付3块钱，必须一起拍，不然蛋糕没法出库。": "set 107: the fee on 另付3块钱 is found, but the forced purchase 必须一起拍, which is the same charge, is also read as a condition; labelled fee only, though forcing a purchase is arguably a condition too",
    "中奖蛋糕默认不写字，想在巧克力牌上加字的另收5元，不加也一样免费配送。": "set 107: an optional paid extra (想在巧克力牌上加字的另收5元, 不加也一样免费配送) is read as a fee",
    "抽中的是6寸券，想换成8寸的补30元差价就行，不换的话6寸直接免费送。": "set 107: an optional upgrade (想换成8寸的补30元差价, 不换的话6寸直接免费送) is read as a fee",
    "店长说中奖送蛋糕要收配送费？我邻居说她中奖时一分没给。": "set 107: a hearsay question (店长说中奖送蛋糕要收配送费？) answered by 一分没给 is read as a fee",
    "中奖的宝子不用做任何事，不用转发不用好评，留好地址等蛋糕就行。": "set 107: a denial (不用做任何事，不用转发不用好评) ending with the plain address step 留好地址等蛋糕就行 is read as a condition",
    "网友评论：听说有人中了别家的券，结果被要了15块配送费，这还叫抽奖？": "set 107: a netizen's comment about another shop (听说有人中了别家的券…这还叫抽奖？) is read as a fee on 15块配送费",
    "中奖蛋糕需要提前一天预约配送时间，这是现做蛋糕需要的，不收任何费用。": "set 107: scheduling a free delivery (需要提前一天预约配送时间…不收任何费用) is read as a condition",
    "中奖要粉丝等级10级吗？我才2级。": "set 107: a viewer's question (中奖要粉丝等级10级吗？我才2级) is read as a condition on 粉丝等级",
    "中奖用户请添加客服领取，客服不会向你收取任何费用，如有收费请举报。": "set 107: contacting customer service (请添加客服领取), an allowed step, is read as a condition, though the text says 不会向你收取任何费用",
    "中奖蛋糕必须搭配蜡烛餐具包，餐具包9.9元由中奖者承担。": "set 107: the fee on 9.9元由中奖者承担 is found, but the matching 必须搭配蜡烛餐具包 is also read as a condition; labelled fee only, though a forced add-on is arguably a condition too",
    "中奖蛋糕仅限市区配送，郊区的宝子我们改寄冷链快递，同样不收钱。": "set 107: a delivery area note (仅限市区配送) with a free alternative (改寄冷链快递，同样不收钱) is read as a condition",
    "门店核销不收手续费，中奖宝子拿券来就行。": "set 107: the plain redemption step 拿券来就行, after 不收手续费, is read as a condition",
    "中奖蛋糕配送时间需提前一天预约，预约免费，送达时间可选。": "set 107: free scheduling (配送时间需提前一天预约，预约免费) is read as a condition",
    "中奖蛋糕配送费：3公里内免费，3公里以上每公里1元由中奖者承担。": "set 107: the fee on 每公里1元由中奖者承担 is found, but the same clause is also read as a condition on 免费、以上",
    "抽中的电动车免费送，需要你先在店里交1500买个保险，然后才能提车。": "set 108: a charge written as 先在店里交1500买个保险 is read only as a condition (需要、先、买), not as a fee",
    "以前我们抽奖是要补邮的，被平台说了之后改了，现在中奖包邮。": "set 108: a past practice now dropped (以前我们抽奖是要补邮的…现在中奖包邮) is read as a fee",
    "想让师傅上门装尾箱的可以自己付上门费，不装的话我们直接快递过去，免费。": "set 108: an optional paid service (想让师傅上门装尾箱的可以自己付上门费, 不装…免费) is read as a fee",
    "中奖的要是会员才能领，非会员先开个会员19.9。": "set 108: the membership demand is found as a condition, but its price 先开个会员19.9 is not read as a fee",
    "中奖头盔不用好评，也不用晒单，收到了喜欢的话再来支持就行。": "set 108: an optional invitation (收到了喜欢的话再来支持就行), after 不用好评，也不用晒单, is read as a condition",
    "中奖了加个微信，进群后发个红包才给发。": "set 108: the condition on 进群…才给发 is found, but the payment 发个红包 is not read as a fee",
    "更正：上一条说上牌费自理是写错了，中奖车辆上牌费由商家承担。": "set 108: a correction (更正：上一条说上牌费自理是写错了…由商家承担) is read as a fee on 自理",
    "中奖的电动车上牌需要身份证信息，客服会私信你，上牌费商家出。": "set 108: asking for ID to register the bike (上牌需要身份证信息), with 上牌费商家出, is read as a condition",
    "中奖的老铁我们不拉群，客服私信对接地址就行。": "set 108: a denial (我们不拉群) followed by the plain address step 客服私信对接地址就行 is read as a condition",
    "中奖的头盔默认发普通快递包邮，想当天到的同城闪送费用自理，可选。": "set 108: an optional faster delivery (想当天到的同城闪送费用自理，可选), with default 包邮, is read as a fee",
    "抽中电动车的请在72小时内提供收货地址，超时视为自动放弃。": "set 108: the usual deadline for giving an address (72小时内提供收货地址，超时视为自动放弃) is read as a condition",
    "抽中电动车的请在1小时内提供收货地址并支付运费，超时作废。": "set 108: the fee on 支付运费 is found, but the deadline 1小时内…超时作废 is not read as a condition; labelled a condition, though the similar 72小时 deadline is labelled clean elsewhere",
    "那天直播说错了，中奖不用补邮费，已经收过钱的兄弟我们全部退了。": "set 108: a retraction (那天直播说错了，中奖不用补邮费…全部退了) is read as a fee on 收过钱",
    "头盔免费送，运费免费，就是要你中奖后在直播间多待二十分钟等我们确认。": "set 108: the demand to stay in the stream (中奖后在直播间多待二十分钟) is not read as a condition; the checker finds nothing",
    "中奖的宝子，运费和上牌费加起来180，这笔钱全由车行出。": "set 108: costs paid by the seller (运费和上牌费…全由车行出) are read as a fee on 钱、出",
    "中奖的骑行服尺码不合适可以免费换，运费我们来回都出。": "set 108: the seller paying (运费我们来回都出) for a free exchange is read as a fee",
    "中奖了快递要你先付运费的话直接拒签，我们是寄付的。": "set 108: a warning to refuse cash-on-delivery (快递要你先付运费的话直接拒签，我们是寄付的) is read as a fee",
    "充电器是原厂配件，适配你们的车，中奖的不用另外出钱。": "set 108: a denial (中奖的不用另外出钱) is read as a fee on 出钱",
    "中奖的兄弟到店安装，工时费60，配件是免费送的。": "set 108: the fee on 工时费60 is found, but simply coming in (中奖的兄弟到店安装) is also read as a condition",
    "前两期说中奖要晒单才发货，这个已经取消了，大家放心。": "set 109: a past rule now dropped (前两期说中奖要晒单才发货，这个已经取消了) is read as a condition",
    "上期中奖的都补过邮费了，这期一样，每人8块。": "set 109: a charge written as 上期中奖的都补过邮费了，这期一样，每人8块 is not read as a fee; the checker finds nothing",
    "耳机抽奖中了的港澳台兄弟暂时寄不了，改成等价点卡给你，同样不收钱。": "set 109: a region note (港澳台兄弟暂时寄不了) with a free substitute (等价点卡…同样不收钱) is read as a condition",
    "中奖了拍这个“领奖专用”链接，9.9，含运费。": "set 109: the payment link (拍这个“领奖专用”链接，9.9) is read only as a condition, not as a fee",
    "中了的兄弟在直播间再待20分钟，然后转我3块邮费。": "set 109: the fee on 转我3块邮费 is found, but the demand 在直播间再待20分钟 is not read as a condition",
    "绝对正品的顶配耳机，中奖的兄弟补个差价10块升级成无线版，必须升级才发。": "set 109: the forced upgrade 必须升级才发 is read as a condition besides the fee on 补个差价10块; labelled fee only, though forcing the upgrade is arguably a condition too",
    "抽中电竞椅的兄弟，物流费到付，签收时给快递员就行。": "set 109: the fee on 物流费到付 is found, but paying it (签收时给快递员就行) is also read as a condition",
    "抽奖奖品由店铺统一寄付发货，我们不发到付，快递要钱一律拒收。": "set 109: a refusal of cash-on-delivery (我们不发到付…快递要钱一律拒收) is read as a fee on 到付",
    "中獎需補差價15元，升級成旗艦版才發。": "set 109: the fee on 補差價15元 is found, but the same demand (升級成旗艦版才發) is also read as a condition",
    "中奖的朋友到店拍摄，精修10张底片全送，不额外收费。": "set 110: the free in-store shoot (中奖的朋友到店拍摄…不额外收费) is read as a condition",
    "中奖的宝妈带宝宝来拍，服装道具免费用，选片不强制加片。": "set 110: a free shoot (中奖的宝妈带宝宝来拍，服装道具免费用) is read as a condition",
    "领奖名单已公布，中奖后72小时内私信填写预约信息即可。": "set 110: the plain booking step (72小时内私信填写预约信息即可) is read as a condition",
    "中奖的新人拍婚纱照，服装费、化妆费、加片费一律不收。": "set 110: describing the free prize (中奖的新人拍婚纱照…一律不收) is read as a condition",
    "我们的精修技术行业第一，中奖的到店免费体验。": "set 110: the absolute term is found, but the free visit (中奖的到店免费体验) is also read as a condition",
    "恭喜中奖，写真券已发到卡包，档期按先约先拍安排。": "set 110: scheduling (档期按先约先拍安排) is read as a condition on 先",
    "国家级摄影大师亲自拍！中奖的宝子到店还要补交199的大师费。": "set 110: the fee and the absolute term are found, but the same clause (到店还要补交199的大师费) is also read as a condition on 到店",
    "绝对是你拍过最美的写真，中奖了记得私信约时间。": "set 110: the absolute term is found, but the booking step (中奖了记得私信约时间) is also read as a condition",
    "中奖的姐妹到店选片，送的12张精修之外不强制消费，店员推销可以直接拒绝。": "set 110: the in-store step (中奖的姐妹到店选片), with 不强制消费, is read as a condition",
    "中奖的证件照，回执打印免费，排队到店报名字就行。": "set 110: the plain redemption step (排队到店报名字就行) is read as a condition",
    "恭喜中奖！婚纱照拍摄免费，新人需自付化妆师跟妆费500。": "set 110: the fee on 需自付化妆师跟妆费500 is found, but the same clause is also read as a condition on 新人、需",
    "中奖的宝子请在直播结束前私信主播，填写姓名电话，我们后续电话确认档期。": "set 110: the plain contact step (请在直播结束前私信主播，填写姓名电话) is read as a condition",
    "用户：我中了写真券，客服说要先交定金，这是正常的吗？": "set 110: a user's question (客服说要先交定金，这是正常的吗？) is read as a fee on 先交定金",
    "各位中奖的新人注意，婚纱照预约需提前7天，档期满了顺延，不额外收费。": "set 110: scheduling (预约需提前7天…不额外收费) is read as a condition",
    "中奖的宝宝家长到店报手机号核销就行，不需要其他证明。": "set 110: the plain redemption step (到店报手机号核销就行，不需要其他证明) is read as a condition",
    "中奖宝子到店后摄影师会推荐加片，想要可以按需选，不要直接说不要就行。": "set 110: an optional sales pitch (摄影师会推荐加片，想要可以按需选，不要直接说不要就行) is read as a condition",
    "中獎的寶子，寫真券需補交服裝費150元才能拍。": "set 110: the fee on 補交服裝費150元 is found, but the same clause (…才能拍) is also read as a condition",
    "中奖的人需先支付1元补邮链接，拍好的相册才能寄出。": "set 110: the fee on 支付1元补邮链接 is found, but the same demand (拍好的相册才能寄出) is also read as a condition",
    "一位粉丝私信说中奖后被要求交档期费，经核实是骗子账号，请大家认准官方客服。": "set 110: a scam warning (被要求交档期费，经核实是骗子账号) is read as a fee",
    "中奖者如需加拍第二套服装，可按门市价自愿加购。": "set 110: a voluntary extra (如需加拍第二套服装，可按门市价自愿加购) is read as a condition",
    "主播口误，刚才说“全城最低”的不算，我们就是普通价格。": "set 110: a retraction (主播口误，刚才说“全城最低”的不算) is read as an absolute term on 最低 and as a condition on 口误、不算",
    "中奖的宝子到店，拍完想买相册的另外算，不买也有电子版。": "set 110: the in-store visit (中奖的宝子到店), with an optional album (想买相册的另外算，不买也有电子版), is read as a condition",
    "中奖的宝子来拍婚纱照，化妆师、摄影师、修图师全程免费服务。": "set 110: a free shoot (中奖的宝子来拍婚纱照…全程免费服务) is read as a condition",
    "中奖到店拍完就能走，不用听任何讲座，也不会强制推销。": "set 110: a denial (拍完就能走，不用听任何讲座，也不会强制推销) is read as a condition on 中奖到店、就能",
    "我们店是本地口碑第一的影楼，中奖的免费拍，不用交押金。": "set 110: the absolute term is found, but the free shoot (中奖的免费拍，不用交押金) is also read as a condition",
    "中奖的宝子，拍照免费，但妆面需要升级成新娘妆的另收50，不升级就是普通妆。": "set 110: an optional upgrade (升级成新娘妆的另收50，不升级就是普通妆) is read as a fee",
    "主播：评论里说要交服装费的是谣言，我们奖品包含服装。": "set 110: a denial (评论里说要交服装费的是谣言) is read as a fee",
    "中奖后请按客服指引预约，工作人员不会以任何理由要求你转账。": "set 110: the plain booking step (请按客服指引预约), with 不会以任何理由要求你转账, is read as a condition",
    "中奖宝子拍摄当天如果想多拍一套衣服，可以现场自费加，不加也完整出片。": "set 110: an optional paid extra (想多拍一套衣服，可以现场自费加，不加也完整出片) is read as a fee",
    "宝妈们不想加灯牌也没关系，抽奖只要关注+评论就能参加，中了照发。": "set 111: A waived condition (不想加灯牌也没关系) and the normal entry steps (只要关注+评论就能参加) are read as an extra claim condition; the shop explicitly says 中了照发",
    "抽中的奶粉试用装是小罐的，正装要买的可以去小黄车，这个自愿。": "set 111: an optional purchase of the full-size product (正装要买的可以去小黄车，这个自愿) is read as a claim condition, on the generic words 要/买",
    "中奖的宝宝妈妈们72小时内在订单页填好收货地址就行，运费我们商家承担。": "set 111: the ordinary address step (72小时内在订单页填好收货地址就行) with free shipping (运费我们商家承担) is read as an extra condition, on irrelevant trigger words 妈妈/就行",
    "以前我们家抽奖要到付，后来改成店铺预付了，现在宝妈签收不用掏钱。": "set 111: A past practice already replaced (以前…要到付，后来改成店铺预付了，现在宝妈签收不用掏钱) is read as a current fee; 到付 is flagged",
    "麻麻们，中奖以后想加入会员的可以自愿注册，不注册也发奖。": "set 111: an optional membership sign-up (想加入会员的可以自愿注册，不注册也发奖) is read as a claim condition",
    "去年双十一那次抽奖收过邮费，被平台处罚后已改，现在都是免费寄。": "set 111: A past charge that has been dropped (去年…收过邮费，被平台处罚后已改，现在都是免费寄) is read as a current fee",
    "有宝妈担心抽中的奶粉是临期，放心，保质期一年以上，包邮送。": "set 111: A product reassurance (保质期一年以上, 包邮送) is read as a claim condition; nothing is asked of the winner",
    "抽中的T恤72小时内在订单页填地址就行，超时视为放弃。": "set 112: the ordinary address step (72小时内在订单页填地址就行) is read as a condition on irrelevant words T恤/就行; labelled clean, though 超时视为放弃 is close to the 1-hour 超时作废 labelled a condition elsewhere",
    "中奖鞋子需要走平台鉴定，鉴定费39元由中奖人承担。": "set 112: the fee (鉴定费39元由中奖人承担) is caught, but the authentication step itself (需要走平台鉴定), which asks nothing of the winner except that payment, is also flagged as a condition",
    "关注店铺就能参与，中奖后不需要签到打卡，直接发货。": "set 112: A negated requirement (不需要签到打卡，直接发货) and the normal entry step (关注店铺就能参与) are read as an extra claim condition",
    "中奖的宝子运费我们付，鞋子我们送，你负责穿就行。": "set 112: A joke (你负责穿就行), following free shipping and a free prize (运费我们付，鞋子我们送), is read as a claim condition",
    "福袋抽中的鞋子我们自己验货后再发，验货不收费。": "set 112: the shop's own free inspection (我们自己验货后再发，验货不收费) is read as a claim condition; the winner does nothing",
    "刚才助理说中奖要补邮，是她搞错了，所有中奖的都包邮。": "set 112: A retracted mistake (刚才助理说中奖要补邮，是她搞错了，所有中奖的都包邮) is read as a current fee; 补邮 is flagged",
    "有个号冒充我们店发消息，说中奖要交鉴定保证金，那个不是我们。": "set 112: A scam warning about an impersonator (有个号冒充我们店…说中奖要交鉴定保证金，那个不是我们) is read as the shop's own fee",
    "中奖的鞋子要先寄到鉴定中心，鉴定费和来回运费你出。": "set 112: the fee (鉴定费和来回运费你出) is caught, but shipping to the authentication centre (要先寄到鉴定中心) is also flagged as a separate condition; labelled fee only",
    "抽中手帐的宝子不用回答任何问题，客服核对账号就发。": "set 113: A negated requirement (不用回答任何问题) and the shop's own account check (客服核对账号就发) are read as a claim condition",
    "中奖后不需要关注其他账号，只要关注本直播间参与抽奖就行。": "set 113: A negated requirement (不需要关注其他账号) and the normal entry step (只要关注本直播间参与抽奖就行) are read as an extra claim condition",
    "中奖宝宝想刻名字的可以备注，刻字免费，不想刻的就发原款。": "set 113: free optional engraving (想刻名字的可以备注，刻字免费，不想刻的就发原款) is read as a claim condition",
    "想把奖品升级成36支礼盒的可以补差价，不补的就正常发10支装，免费包邮。": "set 113: an optional paid upgrade (想…升级成36支礼盒的可以补差价，不补的就正常发10支装，免费包邮) is read as a fee",
    "抽中笔袋的要补邮费吗？好多人问，我统一说下：要补的，3块钱。": "set 113: A fee given as an answer to a question (要补邮费吗？…要补的，3块钱) is missed: the affirmative 要补的 with the amount is not linked to the 补邮费 in the question",
    "奖品包邮，中奖的可以选择顺丰（自费补差价）或者默认中通（免费）。": "set 113: an optional paid courier choice (顺丰（自费补差价）或者默认中通（免费）) is read as a fee; 自费/补差价 are flagged",
    "奖品邮费我们出，但是要加3元包装，这个是必须的。": "set 113: A compulsory packaging charge (要加3元包装，这个是必须的) is missed; the preceding 邮费我们出 only covers postage, not this charge",
    "奖品需自提，快递的话运费自理。": "set 113: the fee (快递的话运费自理) is caught, but compulsory self-pickup (奖品需自提) is also flagged as a condition; labelled fee only, though forcing pickup arguably is a claim condition too",
    "奖品免邮，只是中奖的要先交10元保证金，确认收货后退。": "set 113: the deposit (要先交10元保证金) is correctly a fee but is double-counted as a claim condition on the same words 先交/保证金; labelled fee only",
    "不好意思刚才说成\"运费自理\"了，是运费我们出，大家不用掏钱。": "set 114: A corrected slip (不好意思刚才说成\"运费自理\"了，是运费我们出，大家不用掏钱) is read as a fee; the quoted 运费自理 is flagged",
    "中獎名單公布咯，三天內發貨，運費賣家出。": "set 114: the seller paying shipping (運費賣家出) is read as a fee; 運費+出 is flagged regardless of who pays",
    "中奖的洗衣液发物流，需要自提，提货费自付。": "set 114: the fee (提货费自付) is caught, but compulsory pickup (需要自提) is also flagged as a condition; labelled fee only, though forced self-pickup arguably is a condition",
    "洗洁精整箱12瓶，到手价99，偏远地区暂不发货。": "set 114: an ordinary sales clause unrelated to the lottery (到手价99，偏远地区暂不发货) is read as a prize claim condition",
    "有人问到付怎么回事，是快递搞错了，请拒收并联系客服，我们重新寄付。": "set 114: A courier error being fixed by the shop (是快递搞错了，请拒收…我们重新寄付) is read as a fee; 到付 in the viewer's question is flagged",
    "本场福袋关注主播并停留直播间即可参与。": "set 114: the normal entry step for a 福袋 (关注主播并停留直播间即可参与) is read as an extra claim condition",
    "运费险要中奖人自己买，不买不发。": "set 114: the fee (运费险要中奖人自己买) is caught, but the same demand is also flagged as a condition; labelled fee only, though 不买不发 does make it a condition on shipping",
    "想多要一瓶的可以自己拍链接加购，奖品本身照常免费发。": "set 114: an optional extra purchase (想多要一瓶的可以自己拍链接加购，奖品本身照常免费发) is read as a claim condition",
    "中奖的家人们注意，白酒属于易碎品，保价费10元需要自己补一下，拍店里的1元链接拍10件就行。": "set 115: the fee (保价费10元需要自己补) is caught, but the way of paying it (拍店里的1元链接拍10件就行) is also flagged as a separate condition; labelled fee only",
    "中奖了要填身份证吗？快递说要实名签收。": "set 115: A winner's question about courier real-name delivery (中奖了要填身份证吗？快递说要实名签收) is read as a shop-imposed claim condition",
    "抽中封坛酒的宝宝，开坛刻名字要收30元定制费，刻完才发。": "set 115: the fee (开坛刻名字要收30元定制费) is caught, but 刻完才发 is also flagged as a condition; labelled fee only, though it does make the paid engraving a precondition of shipping",
    "中了的老铁发个1元补邮链接给你，拍了就发货。": "set 115: the fee (1元补邮链接) is caught, but the payment step (拍了就发货) is also flagged as a separate condition; labelled fee only",
    "有个粉丝说中奖后被要求交保价费，那不是我们店，我们的奖品不收任何钱。": "set 115: A disowned third-party report (有个粉丝说…被要求交保价费，那不是我们店，我们的奖品不收任何钱) is read as the shop's own fee",
    "恭喜中奖！奖品酒将由酒厂仓库直发，签收时需出示身份证核验年龄，不另收费。": "set 115: A legally required age check at delivery (签收时需出示身份证核验年龄，不另收费) is read as an extra claim condition",
    "说明一下，刚才字幕打错了“运费自理”，正确是“运费商家承担”。": "set 115: A correction of a caption error (刚才字幕打错了\"运费自理\"，正确是\"运费商家承担\") is read as a fee; the quoted 运费自理 is flagged",
    "领奖的要先在我们小店买满39元凑单，运费才能免。": "set 115: the minimum purchase (要先…买满39元凑单) is caught as a condition, but its fee side is missed: winners must spend money before shipping is waived (运费才能免)",
    "中奖了还要我转发朋友圈集20个赞？": "set 115: A viewer's indignant question (中奖了还要我转发朋友圈集20个赞？) is read as the shop's own condition; labelled clean, though it may be echoing a real demand",
    "中奖的酒只发给成年人，收货时快递员会核对身份证，请提前准备。": "set 115: legally required age-restricted delivery (只发给成年人，收货时快递员会核对身份证) is read as an extra claim condition",
    "中奖的先别急，等我们核实是否成年人，核实后包邮寄出，不收钱。": "set 115: the shop's own age check with free shipping (等我们核实是否成年人，核实后包邮寄出，不收钱) is read as a condition, on the irrelevant words 先/别急",
    "中奖者需在收到酒后48小时内发布好评，否则需退还奖品或补付酒款。": "set 115: the review demand (需在收到酒后48小时内发布好评) is caught as a condition, but the penalty payment (否则需退还奖品或补付酒款) is not read as a fee",
    "中奖了？要运费吗？\n客服：要的，顺丰冷运20，您转一下就安排。": "set 116: A shipping charge given as a reply (要的，顺丰冷运20，您转一下就安排) is read only as a condition; the 20-yuan transfer is not recognised as a fee",
    "抽到的蟹卡不用交激活费，直接在小程序预约提货就行。": "set 116: A negated fee (不用交激活费) plus the normal voucher redemption (直接在小程序预约提货就行) is read as a claim condition",
    "有人私信说是我们店的，让中奖的加微信再交运费，那不是我们，请举报。": "set 116: A scam warning (有人私信说是我们店的…那不是我们，请举报) is read as the shop's own fee and condition (加微信再交运费)",
    "以前我们抽奖要求加团，后来平台规定不能这样，现在都不用加了。": "set 116: A past practice now dropped (以前我们抽奖要求加团…现在都不用加了) is read as a current claim condition",
    "中奖以后可以进粉丝群看发货进度，不进群也会短信通知你。": "set 116: an optional fan group (可以进粉丝群看发货进度，不进群也会短信通知你) is read as a claim condition",
    "中奖了要付快递费嘛？": "set 116: A viewer's question (中奖了要付快递费嘛？) is read as the shop stating a fee; 要付/快递费 is flagged",
    "“补运费专拍”链接是给普通订单用的，中奖的宝子不要拍，奖品包邮。": "set 116: an explicit exclusion (\"补运费专拍\"链接是给普通订单用的，中奖的宝子不要拍，奖品包邮) is read as a fee",
    "客服：亲，中奖的话先确认收货地址在冷链覆盖范围，覆盖不到的我们换成蟹卡，不会收您钱。": "set 116: the shop's own coverage check with free substitution (覆盖不到的我们换成蟹卡，不会收您钱) is read as a claim condition, on 先/覆盖范围",
    "送蟹不送运费，中奖的懂的都懂。": "set 116: A euphemistic fee (送蟹不送运费，中奖的懂的都懂), meaning the winner pays shipping, is missed because no explicit charging wording is used",
    "中奖后收到货随手给个评价就好，评不评都不影响，我们已经发了。": "set 116: an optional review (随手给个评价就好，评不评都不影响，我们已经发了) is read as a claim condition",
    "中奖的宝宝，加我微信好友，我微信上给你发，运费你微信转我就行。": "set 116: both problems are missed: the required WeChat friend-add (加我微信好友) as a condition and the shipping paid by WeChat transfer (运费你微信转我就行) as a fee",
    "蟹卡中奖后半年内都可以提货，提货时预约日期即可，全程包邮。": "set 116: the normal voucher redemption (提货时预约日期即可，全程包邮) is read as an extra claim condition",
    "客服：之前有位同事误说中奖需加团，已经纠正，不需要加团。": "set 116: A corrected misstatement (之前有位同事误说中奖需加团，已经纠正，不需要加团) is read as a current claim condition",
    "中奖粉丝的冰袋和保温箱都是免费的，偏远地区也不另加钱。": "set 116: A negated charge (冰袋和保温箱都是免费的，偏远地区也不另加钱) is read as a fee; 加钱 is flagged despite 不另",
    "中奖后要用积分兑换才能领，需要500积分。": "set 117: A points requirement for claiming (中奖后要用积分兑换才能领，需要500积分) is missed as a condition",
    "中奖的宝宝如果想把小样换成正装，可以补差价升级，不换就正常发小样，免费。": "set 117: an optional paid upgrade (可以补差价升级，不换就正常发小样，免费) is read as a fee",
    "中獎名單已公布，獎品順豐到付——哦不對，是順豐寄付，大家不用付錢。": "set 117: A self-corrected slip (順豐到付——哦不對，是順豐寄付，大家不用付錢) is read as a fee; 到付 is flagged",
    "中奖的小样默认不发，必须补差价20元升级成正装才能寄出。": "set 117: the fee (必须补差价20元升级成正装才能寄出) is caught, but 默认不发 is also flagged as a condition; labelled fee only, though 必须…才能寄出 arguably is a condition too",
    "中奖的姐妹请在24小时内拍下\"奖品专属链接\"，链接价19.9，付款后发货。": "set 117: the paid prize link (链接价19.9，付款后发货) is not read as a fee; only buying it is flagged as a condition; labelled fee only, though the 24小时内 deadline is arguably a condition",
    "我们会员积分商城的正装兑换需要800积分，抽奖奖品不用积分。": "set 117: an unrelated points mall (会员积分商城的正装兑换需要800积分，抽奖奖品不用积分) is read as a prize claim condition",
    "运费自理是针对积分兑换的，抽奖奖品包邮，不要搞混。": "set 117: A clarification (运费自理是针对积分兑换的，抽奖奖品包邮) is read as a prize fee; 运费自理 is flagged",
    "以前我们抽奖确实是到付，被投诉后改了，现在都是寄付。": "set 117: A past practice already changed (以前我们抽奖确实是到付，被投诉后改了，现在都是寄付) is read as a current fee",
    "这次抽奖的粉底液有三个色号，中奖后在留言里备注色号即可，免费。": "set 117: A free shade choice (中奖后在留言里备注色号即可，免费) is read as an extra claim condition",
    "可以加粉丝团，不加的话奖品就换成小样。": "set 117: A soft-worded condition (可以加粉丝团，不加的话奖品就换成小样) is missed; the downgrade penalty makes joining the fan club a real condition",
    "有宝宝问中奖后要不要给好评，不用的，觉得好用再评就行。": "set 117: A negated review demand (不用的，觉得好用再评就行) is read as a claim condition",
    "顶级大牌小样，中奖后请在10分钟内联系客服并支付3元包装费。": "set 117: the absolute term (顶级) and fee (支付3元包装费) are caught, but the 10-minute claim window (10分钟内联系客服) is not read as a condition",
    "刀具属于快递实名寄递物品，中奖后填地址时写真实收件人姓名就行，运费商家承担。": "set 118: A courier real-name requirement met by filling in the address (写真实收件人姓名就行，运费商家承担) is read as a claim condition",
    "刀具寄递需要实名加保价，保价费8元由中奖人承担。": "set 118: the fee (保价费8元由中奖人承担) is caught, but the courier's rule (寄递需要实名加保价) is also flagged as a separate condition; labelled fee only",
    "中奖的宝宝在下单页面补一个'奖品专用运费'链接，0.01元也要拍。": "set 118: the fee (补一个「奖品专用运费」链接) is caught, but the payment step (0.01元也要拍) is also flagged as a separate condition; labelled fee only",
    "中奖的刀要走管制刀具登记，登记费15元，中奖人承担。": "set 118: the fee (登记费15元，中奖人承担) is caught, but the registration itself (要走管制刀具登记) is also flagged as a condition; labelled fee only",
    "不是，会员非会员都发，中奖就发。": "set 118: an unconditional reply (会员非会员都发，中奖就发) is read as a membership condition; 会员 is flagged",
    "奖品寄出时会附带保养说明，铁锅用完擦干抹油。": "set 118: care instructions sent with the prize (奖品寄出时会附带保养说明) are read as a claim condition",
    "中奖宝宝的刀会在包装上贴'刀具'标识，快递需要实名登记寄件人，你这边什么都不用做。": "set 118: shop-side courier registration (快递需要实名登记寄件人，你这边什么都不用做) is read as a condition on the winner",
    "我们的磨刀服务是单独付费的，28元一次，跟抽奖没关系，中奖的刀出厂就已经开好刃了。": "set 118: A separately sold service (磨刀服务是单独付费的…跟抽奖没关系) is read as a prize fee",
    "抽中的是锅身，锅盖需要补19.9元才一起发。": "set 118: the fee (锅盖需要补19.9元) is caught, but the same demand is also flagged as a condition (才一起发); labelled fee only",
    "蒸锅奖品由厂家直发，运费厂家出，大家不用管。": "set 118: the manufacturer paying shipping (运费厂家出，大家不用管) is read as a fee; 运费+出 is flagged",
    "中奖的铁锅我们会帮你开好锅再寄，不加钱。": "set 118: the shop's own free pre-seasoning (帮你开好锅再寄，不加钱) is read as a claim condition",
    "更正：昨天公告里'中奖需好评返图'这句删掉，中奖不需要好评。": "set 118: A correction deleting a condition (\"中奖需好评返图\"这句删掉，中奖不需要好评) is read as a current condition",
    "问：中奖要啥条件？答：加灯牌，再付个包装费2块。": "set 119: the fee (再付个包装费2块) is caught, but the condition in the same answer (加灯牌) is missed",
    "四川的麻辣牛肉干常温保存就行，中奖的会发常温快递，不用冷链。": "set 119: storage advice (常温保存就行…不用冷链) is read as a claim condition, on irrelevant words 四川/麻辣/牛肉干",
    "上海的朋友问能不能自提，可以的，中奖了到门店报手机号就行，不收钱。": "set 119: optional free pickup (可以的，中奖了到门店报手机号就行，不收钱) is read as a claim condition",
    "中奖用户需在1小时内填写地址，超时作废。": "set 119: A tight claim deadline (需在1小时内填写地址，超时作废) is missed as a condition",
    "有人在评论区发链接说\"中奖补运费点这里\"，那不是我们的链接，别点。": "set 119: A scam-link warning (那不是我们的链接，别点) is read as the shop's fee; the quoted 中奖补运费 is flagged",
    "我朋友说在另一家中奖被要求拉人头，这种咱不干，中了就发。": "set 119: another shop's practice, rejected (另一家中奖被要求拉人头，这种咱不干，中了就发) is read as this shop's condition",
    "奖品默认发中通常温，想换顺丰冷链的可以自己补差价升级，不升级也免费发。": "set 119: an optional paid upgrade (想换顺丰冷链的可以自己补差价升级，不升级也免费发) is read as a fee",
    "有位中奖的宝宝说客服让他补运费，查了是冒充的号，官方客服不会找你收钱。": "set 119: an impersonator report (查了是冒充的号，官方客服不会找你收钱) is read as the shop's own fee",
    "去年抽奖让中奖的自付运费，被大家骂了，今年改了，全包。": "set 119: A past practice now dropped (去年抽奖让中奖的自付运费…今年改了，全包) is read as a current fee",
    "东北的老铁们，中了别忘填地址，快递钱咱出了，放心吧啊。": "set 119: the shop paying shipping (快递钱咱出了) is read as a fee; 快递钱+出 is flagged",
    "中奖的老铁先进粉丝群，群里扫码付8块快递费。": "set 119: the fee (扫码付8块快递费) is caught, but the required group join (中奖的老铁先进粉丝群) is missed as a condition",
    "上个月抽奖让中奖的加群领，被平台提醒了，现在改成直接发货，不用进群。": "set 119: A past practice now dropped (上个月…让中奖的加群领…现在改成直接发货，不用进群) is read as a current condition",
    "运费险是下单商品才有的，奖品包邮不需要运费险，也不用付钱。": "set 119: an explanation (运费险是下单商品才有的，奖品包邮…也不用付钱) is read as a claim condition, on 下单/才有",
    "抱歉刚才手滑把中奖订单设成了5元运费，已经改回0元了，没付的不用付，付了的已退款。": "set 119: A corrected mistake with refund (已经改回0元了，没付的不用付，付了的已退款) is read as a current fee; 5元运费 is flagged",
    "需要上门安装驱动的老板可以预约，收费50；不需要的我们远程免费装，奖品照常包邮发。": "set 120: an optional paid on-site service (需要上门安装…可以预约，收费50；不需要的我们远程免费装，奖品照常包邮发) is read as a fee",
    "中奖的老板要开发票的话告诉客服，奖品也能开电子普票，不收税点。": "set 120: an optional free invoice (要开发票的话告诉客服…不收税点) is read as a claim condition",
    "上一场抽奖有客服让中奖的补了邮费，已经处理退回了，以后都不会再收。": "set 120: A refunded past charge (已经处理退回了，以后都不会再收) is not read as withdrawn; 补了邮费 is flagged as a fee",
    "中奖名单公布后请点头像私信客服发地址，全国包邮（含新疆西藏）。": "set 120: the normal address step (请点头像私信客服发地址) is read as a condition, on 请/点头 (matched inside 点头像)",
    "以前中奖偏远地区要补运费，现在改了，全国包邮。": "set 120: A past practice now changed (以前中奖偏远地区要补运费，现在改了，全国包邮) is read as a current fee",
    "纠正一下，刚才说中奖要5块补邮是口误，奖品全部包邮。": "set 120: A retracted slip (刚才说中奖要5块补邮是口误，奖品全部包邮) is read as a current fee",
    "中奖的打印纸默认发韵达免费，要顺丰的可以自己补差价，不补就发韵达。": "set 120: an optional paid upgrade (要顺丰的可以自己补差价，不补就发韵达) is read as a fee",
    "中奖的老板点过关注就行，本来抽奖就要关注的，没别的条件。": "set 120: the normal entry step (点过关注就行…没别的条件) is read as an extra condition, on 老板/就行",
    "打印机出厂前我们免费调试好，中奖的收到插电就能用。": "set 120: the shop's own setup (出厂前我们免费调试好，中奖的收到插电就能用) is read as a claim condition",
    "上个月有中奖老板反映被收邮费，那是外包客服的问题，已经处理，现在一律不收。": "set 120: A resolved past charge (那是外包客服的问题，已经处理，现在一律不收) is read as a fee and, via 一律不, also as a condition",
    "奖品运费不需要您支付，快递员如果找您收钱请拒绝并联系客服。": "set 120: A warning to refuse courier charges (运费不需要您支付，快递员如果找您收钱请拒绝) is read as a fee",
    "中了那个硒鼓，客服先说要补邮费，后来又说搞错了不用补，直接发了。": "set 120: A retracted demand (先说要补邮费，后来又说搞错了不用补，直接发了) is read as a current fee",
    "有买家说中奖要交押金，那是别的店，我们不收押金。": "set 120: A disowned report about another shop (那是别的店，我们不收押金) is read as the shop's own fee",
    "婚礼请柬样品包邮寄送，下单定制前可以先看样。": "set 121: A sales clause unrelated to the lottery (样品包邮寄送，下单定制前可以先看样) is read as a prize claim condition",
    "直播间新人下单请柬立减5元，限今天。": "set 121: A sales promotion unrelated to the lottery (新人下单请柬立减5元，限今天) is read as a prize claim condition",
    "有买家在群里说中奖要补差价，是他看错了别家的活动，我们家不用。": "set 121: A buyer's mistake about another shop (是他看错了别家的活动，我们家不用) is read as the shop's own fee",
    "以前确实有让中奖的拍补邮链接，被平台提醒后已经改正，现在全免。": "set 121: A past practice already corrected (以前确实有让中奖的拍补邮链接，被平台提醒后已经改正，现在全免) is read as a current fee",
    "中奖后想追加购买的可以跟奖品合并发，不买也单独给你发。": "set 121: an optional extra purchase (想追加购买的可以跟奖品合并发，不买也单独给你发) is read as a claim condition",
    "奖品默认印\"百年好合\"通用款，想印新人名字的免费备注即可。": "set 121: free optional personalisation (想印新人名字的免费备注即可) is read as a condition; 新人 (the couple) is flagged",
    "以前部分地区要补运费，今年起全国包邮，中奖的也一样。": "set 121: A past practice now changed (以前部分地区要补运费，今年起全国包邮) is read as a current fee",
    "最近婚期集中，定制请柬要提前10天下单。": "set 121: an ordering lead time for normal sales (定制请柬要提前10天下单) is read as a prize claim condition",
    "之前公告写错成\"需加粉丝团领取\"，已经删掉了，中奖直接发。": "set 121: A corrected announcement (之前公告写错成\"需加粉丝团领取\"，已经删掉了，中奖直接发) is read as a current condition",
    "听群友说有人中奖后被要求转5块，那不是我们店，我们官方不收。": "set 121: A disowned hearsay report (那不是我们店，我们官方不收) is read as the shop's own fee",
    "以前抽奖是要补邮费的，现在改了，全部包邮。": "set 121: A past practice now changed (以前抽奖是要补邮费的，现在改了，全部包邮) is read as a current fee",
    "中奖的姐妹如需修改印刷名字，发货前免费改。": "set 121: A free optional name change (如需修改印刷名字，发货前免费改) is read as a claim condition",
    "之前有教练让中奖学员补了资料费，已经处理并退回了，现在奖品全程0费用。": "set 122: A refunded past charge (已经处理并退回了，现在奖品全程0费用) is read as a current fee; 补了资料费 is flagged",
    "抽中的学车券抵扣报名费500，要用就得报名，剩下的学费自己补上。": "set 122: the fee (剩下的学费自己补上) is caught, but the enrolment condition (要用就得报名) is missed; the prize value 抵扣报名费500 is also wrongly quoted as a fee",
    "中奖后实名核验走快手官方认证，不需要额外提交费用。": "set 122: platform real-name verification at no cost (实名核验走快手官方认证，不需要额外提交费用) is read as an extra claim condition",
    "中奖者到场时出示中奖截图即可，教练那边已经有名单。": "set 122: showing the win screenshot (到场时出示中奖截图即可) is read as a condition, though it is just proof of winning",
    "中将的宝子要在群里发红包才给安排教练哈": "set 122: both are missed: the red-envelope demand (要在群里发红包才给安排教练) is a fee and a condition, though 中将 is read as 中奖 (spelt 中奖 it is missed too)",
    "想要顺丰寄实体卡的可以自付运费，默认发电子券不收钱。": "set 122: an optional paid physical card (想要顺丰寄实体卡的可以自付运费，默认发电子券不收钱) is read as a fee",
    "奖品是科目三路考模拟课一节，油费驾校出，你人来就行。": "set 122: the school paying fuel (油费驾校出，你人来就行) is read as a fee; 油费+出 is flagged",
    "陪练券必须在开奖当天用掉，过了当天不认。": "set 122: A same-day use limit (必须在开奖当天用掉，过了当天不认) is missed as a condition",
    "全网最低，中奖后转10块给客服，并且晒单好评。": "set 122: the absolute term (全网最低) and fee (转10块给客服) are caught, but the review demand (并且晒单好评) is missed as a condition",
    "100%有效的提分课，抽中的必须当天来，不来作废。": "set 122: the absolute term (100%有效) is caught, but the same-day attendance rule (抽中的必须当天来，不来作废) is missed as a condition",
    "中奖了教练说要交押金，这是真的吗？": "set 122: A viewer's doubtful question (中奖了教练说要交押金，这是真的吗？) is read as the shop's fee; labelled clean, though it may report a real demand",
    "纠正一下字幕：中奖后\"三天内需下单\"应为\"三天内需登记\"，不用下单。": "set 122: A subtitle correction (\"三天内需下单\"应为\"三天内需登记\"，不用下单) is read as a purchase condition; the quoted wrong text is flagged",
    "本场抽奖关注主播+评论扣\"我要学车\"即可参与，开奖后私信领券。": "set 122: the normal entry and claim steps (关注主播+评论…即可参与，开奖后私信领券) are read as an extra condition, on 本场/即可",
    "客服：您好，中奖的陪练需要先交100元保证金哦。": "set 122: the deposit (需要先交100元保证金) is correctly a fee but is double-counted as a claim condition on the same words; labelled fee only",
    "奖品学车券电子码发到你快手私信，到店出示即可，不用邮寄。": "set 122: the normal voucher redemption (到店出示即可，不用邮寄) is read as an extra claim condition",
    "更正：上条通知\"中奖需缴资料费20元\"系工作人员编辑错误，奖品无任何收费。": "set 122: A corrected notice (\"中奖需缴资料费20元\"系工作人员编辑错误，奖品无任何收费) is read as a current fee",
    "问：中奖了能直接练吗？答：要先报名全包班，再交200押金。": "set 122: the fee (再交200押金) is caught, but the enrolment condition (要先报名全包班) is missed; a paid enrolment arguably adds a second fee too",
    "科目三补考费按车管所标准收取，这是考试费用，中奖的陪练课本身免费。": "set 122: A separate exam fee (补考费按车管所标准收取，这是考试费用，中奖的陪练课本身免费) is read as a prize fee",
    "陪练课使用时会登记身份证，这是安全需要，不收钱。": "set 122: ID registration for safety (使用时会登记身份证，这是安全需要，不收钱) is read as an extra claim condition",
    "猫砂今天买二送一，十斤装拍两袋更划算，拍完记得备注要不要猫砂铲": "set 58: sale talk whose note asks whether one wants a cat-litter scoop (备注要不要猫砂铲) is read as a condition; a must-or-not with no question mark and no particle after it is no question since stop 40's review",
    "有弹幕说要不要加群才能领，答案是不用！进不进群都给你发，群只是发新品预告的": "set 62: a question told with 说 (有弹幕说要不要加群才能领) is read as a condition; only 问 before a question word tells one",
    "中奖的可以选择升级加厚款，需补10元，不升级的照常免费发普通款。": "set 84: the price of an upgrade offered in the clause before (需补10元 after 可以选择升级加厚款) names no option, and is read as a fee",
    "中奖宝宝的古筝琴码如果想升级成红木的，可以自费补差价，不升级就发标准款，免费。": "set 99: an optional upgrade's price (可以自费补差价) in the clause after the offer is read as a fee",
    "中奖可以自选顺丰保价，保价费自理，不选保价照样免费发。": "set 112: optional insurance offered in the clause before (自选顺丰保价) and priced after it (保价费自理) is read as a fee: 保价 is no upgrade option",
    "更正：公告里写的\"运费到付\"是错的，奖品全部寄付，宝宝们不用出钱。": "set 114: a quote the correction calls wrong (\"运费到付\"是错的) is read as a fee; 是错的 as a mention dropped the corrected figure too (stop 40's review) and was taken back",
    "上周的奖品有几个宝宝被收了到付，已经联系退款了，抱歉。": "set 114: a past charge refunded (被收了到付，已经联系退款了) is read as a fee; refund words withdrew demands still made (多付的联系退款) and were taken back",
    "上个月有位大哥中奖被收了8块运费，已经退给他了，现在所有奖品一律包邮。": "set 115: a past charge refunded (被收了8块运费，已经退给他了) is read as a fee; see the refund words taken back at stop 40",
    "上一场抽奖因为系统问题收了大家运费，现在已全部原路退回。": "set 115: a past charge refunded (收了大家运费，现在已全部原路退回) is read as a fee; 上一场 is no past word (上一场中奖的 names who pays now)",
    "以前奖品要自己付运费，现在呢？": "set 115: a past demand asked about (以前…，现在呢？) is read as a fee; 现在呢 also restates or raises one (现在呢涨到8元了) and was taken back",
    "以前中奖需要补邮费，现在呢？还要补吗？": "set 116: a past demand asked about (以前…，现在呢？还要补吗？) is read as a fee",
    "更正：公告里\"中奖需支付8元邮费\"是排版错误，实际中奖包邮，不收任何费用。": "set 117: a quote the correction calls a typesetting error (是排版错误) is read as a fee; see 是错的",
    "更正：刚才公告里写的\"运费自理\"是错的，应为\"运费商家承担\"。": "set 121: a quote the correction calls wrong (\"运费自理\"是错的) is read as a fee; see 是错的",
    "到付还是包邮？抽奖奖品是包邮的哈，到付的是那种自己拍的大件。": "set 113: 到付 for what buyers bought themselves (自己拍的大件) is read as a fee; 自己拍的 as sale talk took the 的 of 的话 (自己拍的话，5块) and was taken back at stop 40",
    "这款请柬定制起订30张，印名字免费，加急另收20元（非奖品）。": "set 121: a charge marked as not the prize's (（非奖品）) is read as a fee; 非奖品 as sale talk took the 非 of 除非 and was taken back at stop 40",
    "本驾校体检在合作医院做，正常报名学员体检费45元自付（非抽奖内容）。": "set 122: a charge marked as not the lottery's (（非抽奖内容）) is read as a fee; see 非奖品",
    "新人主播必看：中奖用户问要不要出邮费，统一回答“不用，包邮到家”。": "set 43: a training line (中奖用户问要不要出邮费，统一回答“…”) is read as a fee: 问 after a person is no question told",
    "客服培训：中奖用户问“要不要先付钱”，回复“不需要支付任何费用，请提供收件信息”。": "set 43: a training reply quoted (回复“不需要支付任何费用…”) with the buyer's question before it",
    "关于抽奖邮费的说明：有部分老人家问中奖要不要付邮费，统一回复：不要！所有奖品由本店出运费寄出。": "set 61: a question answered no (问中奖要不要付邮费，统一回复：不要) is read as a fee",
    "弹幕问中了要不要付邮费的，不用不用！运费我们出，放心填地址💕": "set 62: a viewer's question answered no (弹幕问中了要不要付邮费的，不用不用) is read as a fee",
    "刚才有个兄弟在弹幕里问我中奖是不是要交押金，我说没有！哪来的押金，谁跟你说的？": "set 62: a viewer's question answered no (问我中奖是不是要交押金，我说没有) is read as a fee",
    "有买家问能不能到付，我们说一下：抽奖奖品不走到付，全部寄付，中奖人不花一分钱。": "set 76: a buyer's question answered no (有买家问能不能到付…抽奖奖品不走到付) is read as a fee on 到付",
    "中奖的家长问要不要交押金，不用的，课程卡直接寄给您。": "set 81: a question answered no (中奖的家长问要不要交押金，不用的) is read as a fee on 交、押金",
    "姐妹问中奖要不要交保价费，红酒贵重我们自己保价了，不用你们出。": "set 82: a question answered that the shop insures (问中奖要不要交保价费…我们自己保价了，不用你们出) is read as a fee on 交、费",
    "关于昨天的抽奖，有邻居问要不要补运费，统一回复：不用补，全部包邮。": "set 102: a reply that nothing is owed (有邻居问要不要补运费，统一回复：不用补) is read as a fee on 补、运费",
    "宝妈问运费谁出，客服回复：运费店铺出，您只需要填地址。": "set 111: a viewer's question (宝妈问运费谁出) answered with the shop paying (运费店铺出) is read as a fee; 运费+出 is flagged",
    "有学员问中奖了要不要先报名，不用，券单独可以用。": "set 122: a learner's question answered no (有学员问中奖了要不要先报名，不用) is read as a condition on 报名",
    "恭喜中奖的三位，茶饼包邮到家，不用另外付任何钱。": "set 123: a denial of any charge (不用另外付任何钱) is read as a fee on 付、钱",
    "之前有段时间抽奖奖品要补运费，被大家反馈后现在都改成全包邮了。": "set 123: a past postage top-up since dropped (之前有段时间…要补运费…现在都改成全包邮了) is read as a fee on 补、运费",
    "家人们问中奖要不要付运费，不要，一分钱都不要。": "set 123: a viewer's question (家人们问中奖要不要付运费) answered no (不要，一分钱都不要) is read as a fee on 付、运费",
    "以前我们中奖需要加粉丝团，平台规则出来以后就取消了，现在中了直接发。": "set 123: a past fan-club rule since dropped (以前…需要加粉丝团，…就取消了) is read as a condition on 出来、就取消了, the words of the cancellation",
    "快递员如果跟你收派送费，请拒绝并联系我们，奖品所有费用店铺承担。": "set 123: a warning to refuse a courier's charge (快递员如果跟你收派送费，请拒绝) with the shop paying all (费用店铺承担) is read as a fee on 收、费",
    "抽中的朋友奖品直接寄，连包装都是我们的，你们只管喝茶就行。": "set 123: a friendly closing with no demand (你们只管喝茶就行, just enjoy the tea) is read as a condition on 喝茶、就行",
    "恭喜中奖！请拍下专属奖品链接，支付0.1元即可包邮寄出。": "set 123: a 0.1元 charge (支付0.1元即可包邮寄出) is not read as a fee; instead the link it is paid through (请拍下专属奖品链接) is read as a condition on 请、拍下",
    "中奖的家人需补邮费5元——以上是之前的规则，现已取消，中奖一律包邮。": "set 123: an old 5元 postage rule quoted then cancelled (以上是之前的规则，现已取消，中奖一律包邮) is read as a fee on 补邮费5元",
    "中奖的家人只要开奖时是关注状态就行，关注多久都不影响。": "set 123: following the streamer at the draw (只要开奖时是关注状态就行), an allowed step, is read as a condition on 时是、状态、就行",
    "中奖的家人必须加入我们的品茶会员，年费免费，不加不发。": "set 123: labelled a condition only; the engine also reads a fee on 费、不发, though the fee is waived (年费免费)",
    "以前我们直播间中奖要补邮，粉丝反馈后改了，现在都不收。": "set 124: a past postage top-up since dropped (以前…要补邮，粉丝反馈后改了，现在都不收) is read as a fee on 补邮",
    "中奖后可以自费请师傅上门安装，不需要的话我们附说明书，自己搭也很简单。": "set 124: an optional paid installation (可以自费请师傅上门安装) the winner may skip (不需要的话…自己搭也很简单) is read as a fee on 自费",
    "主播说中奖要再下一单是开玩笑的，大家别当真，中奖直接发。": "set 124: a joke taken back (主播说中奖要再下一单是开玩笑的，大家别当真) is read as a condition on 要、再下一单",
    "帐篷太大了，中奖的宝子需要自己去物流点提货，提货费自理。": "set 124: labelled a fee only; the engine also reads a condition on 需要、提货, the self-pickup that goes with the fee",
    "奖品默认发普通快递免费，需要送货上楼的可以自费加钱，不加也照常送到楼下。": "set 124: an optional paid upstairs delivery (需要送货上楼的可以自费加钱，不加也照常送到楼下) is read as a fee on 自费、加钱",
    "奖品寄出时选的快递代收，中奖宝子签收时给快递员2块钱就行。": "set 125: a fee paid to the courier on delivery (签收时给快递员2块钱就行) is not read as a fee",
    "中奖后耳机保修卡随货寄出，凭订单号就能保修。": "set 125: warranty service by order number (凭订单号就能保修), not a prize demand, is read as a condition on 凭、订单号、就能",
    "上次有个宝子说被要求好评返现才给奖品，那是别家店，跟我们无关。": "set 125: a report about another shop (被要求好评返现才给奖品，那是别家店，跟我们无关) is read as a condition on 要求、好评、才给",
    "中奖后可自行选择是否加购配件，加不加都不影响奖品发货。": "set 125: an optional add-on (可自行选择是否加购配件，加不加都不影响奖品发货) is read as a condition on 中奖后可自行选择是否加购",
    "中奖的宝宝运费险要自己买，2块钱。": "set 125: labelled a fee only; the engine also reads a condition on 要、自己买, the purchase that is the fee itself",
    "上一场说中奖要点亮灯牌，那个说法不对，已经跟运营确认，不需要。": "set 125: a past claim corrected (上一场说中奖要点亮灯牌，那个说法不对…不需要) is read as a condition on 要、点亮灯牌",
    "奖品发货默认中通，港澳台地区暂时发不了，会联系中奖者换等值奖品，不收钱。": "set 125: a shipping limit with a free swap (港澳台地区暂时发不了，会…换等值奖品，不收钱) is read as a condition on 港澳台地区、发不了",
    "中奖的宝子要么补6元邮费，要么再下一单数据线合并发货。": "set 125: the second choice, another order (要么再下一单数据线合并发货), is not read as a condition",
    "不用再下单，也不用晒图好评，中奖名单出来后填地址就发。": "set 126: filling in an address (填地址就发), an allowed step after denials (不用再下单，也不用晒图好评), is read as a condition on 出来、就发",
    "这批积木是正版授权的，直播间拍两盒减10元，不参与福袋。": "set 126: a sales offer kept apart from the draw (直播间拍两盒减10元，不参与福袋) is read as a condition on 拍、不参与",
    "拆盒直播每盒代拆费2元，拆完按地址寄出；这个是代拆服务费，跟福袋抽奖没关系。": "set 126: a box-opening service fee unrelated to the prize (这个是代拆服务费，跟福袋抽奖没关系) is read as a fee on 费2元",
    "最近有骗子打电话说你抽中了隐藏款，要先交运费险才能发，我们不会这样收钱的。": "set 126: a scam warning (最近有骗子打电话…我们不会这样收钱的) is read as a fee on 先交、运费 and a condition on 先交、运费险、才能",
    "中奖的宝宝记得在“我的-奖品”里填地址，7天内有效，过期作废。": "set 126: a deadline for the allowed address step (填地址，7天内有效，过期作废) is read as a condition on 有效、作废",
    "奖品是易碎的手办，中奖的宝宝需要另拍5元保价，不拍出了问题不负责。": "set 126: a 5元 insurance charge (需要另拍5元保价) is not read as a fee; the engine reads only a condition on 中奖的宝宝需要另拍, the purchase that carries it",
    "问一下，中奖名单里有我，需要粉丝团几级才能领？": "set 126: a winner's question (问一下…需要粉丝团几级才能领？) is read as a condition on 需要、粉丝团、才能",
    "以前我们福袋要求加粉丝团才能领，后来看了平台规则就取消了，现在不用。": "set 126: a past fan-club rule since dropped (以前…要求加粉丝团才能领，后来…就取消了，现在不用) is read as a condition on 要求、粉丝团、才能",
    "中奖要补运费的话找客服……不对不对，不用补，说错了，包邮。": "set 126: a slip taken back at once (不对不对，不用补，说错了，包邮) is read as a fee on 补、运费",
    "孩子抽中了玩偶，客服让我们去点个好评才发，这样对吗？": "set 126: a parent's question about staff (客服让我们去点个好评才发，这样对吗？) is read as a condition on 好评、才发",
    "有中奖的宝宝说收到奖品时快递让付钱，这是快递那边搞错了，我们已经寄付，请拒绝付款。": "set 126: a warning to refuse a courier's wrong charge (我们已经寄付，请拒绝付款) is read as a fee on 付款",
    "今晚抽3把冲击钻，关注主播、评论区扣'电钻'就能参与，中奖包邮到家。": "set 127: the allowed entry steps (关注主播、评论区扣'电钻'就能参与) are read as a condition on 电钻、就能",
    "抽中的工具箱只能到我们五金城门店自提，不提供快递。": "set 127: a demand to collect in store (只能到我们五金城门店自提，不提供快递) is not read as a condition",
    "奖品电钻不含税，中奖者需补缴8%税费后发出。": "set 127: a fee said as a tax (需补缴8%税费后发出) is not read as a fee",
    "中奖的兄弟加我微信，微信里发个红包当邮费就发。": "set 127: labelled a fee only; the engine also reads a condition on 加我微信、就发, the WeChat route the fee is paid through",
    "中奖的扳手要过完年才发，运费不收。": "set 127: a shipping delay that asks nothing of the winner (中奖的扳手要过完年才发) is read as a condition on 扳手、要、才发",
    "中奖的想加急要另付钱吗？默认免费发，加急才自费，你自己定。": "set 127: an optional paid rush delivery (默认免费发，加急才自费，你自己定) is read as a fee on 自费",
    "工具箱奖品默认不带锁，想要带锁的自费10元升级，不升级也包邮发。": "set 127: an optional paid upgrade (想要带锁的自费10元升级，不升级也包邮发) is read as a fee on 自费10元",
    "之前客服说中奖要交保证金，是个人违规，已处理，平台规则不允许收任何费用。": "set 127: a past staff breach already dealt with (之前客服说中奖要交保证金，是个人违规，已处理) is read as a fee on 交、保证金",
    "奖品假发寄出前可以免费帮你修剪刘海，想剪的备注一下，不剪就原样发。": "set 128: a free optional trim (可以免费帮你修剪刘海…不剪就原样发) is read as a condition on 寄出前、免费、修剪、刘海",
    "买家：我中奖了，客服说要我先拍一单39的发膜才发奖品，这正常吗？": "set 128: a buyer's question about staff (买家：…客服说要我先拍一单…这正常吗？) is read as a condition on 要、先、拍一单、才发",
    "中奖了记得看一下订单，奖品订单是0元，不需要付款。": "set 128: a reminder that the prize order is free (奖品订单是0元，不需要付款) is read as a condition on 记得、订单",
    "接发需要到店做，抽中接发的姐妹到店免费接，不收手工费。": "set 128: an in-store service done free (抽中接发的姐妹到店免费接，不收手工费) is read as a condition on 需要、到店",
    "有买家问中奖的假发还要不要补运费，统一回复：不用补，全国包邮。": "set 128: a buyer's question (有买家问…还要不要补运费) answered no (不用补，全国包邮) is read as a fee on 补、运费",
    "1元补邮链接是给普通订单偏远地区用的，中奖的宝宝不用拍。": "set 128: a postage link for ordinary orders (给普通订单偏远地区用的), not winners (中奖的宝宝不用拍), is read as a fee on 1元、补邮链接",
    "中奖的宝宝想要修剪的话到店收30元，不修剪直接寄免费。": "set 128: an optional paid trim (想要修剪的话到店收30元) with the prize sent free (不修剪直接寄免费) is read as a fee on 收30元 and a condition on 到店",
    "抽中的接发片，颜色可以在中奖后七天内任选，过了就发默认自然黑。": "set 128: a free colour choice with a default (七天内任选，过了就发默认自然黑) is read as a condition on 任选、就发",
    "中奖宝宝的假发我们会先帮你梳理定型再寄，免费的。": "set 128: a free service the shop does itself (我们会先帮你梳理定型再寄，免费的) is read as a condition on 先、梳理、定型、再寄",
    "速冻水饺直播间价19.9一袋，三袋包邮，偏远地区补运费。": "set 129: postage for paid remote orders in a sales pitch (直播间价19.9一袋…偏远地区补运费), not for winners, is read as a fee on 补、运费",
    "我口误了，不是“中奖的补10块”，是“买两件的补10块冷链费”，中奖的不收钱。": "set 129: a correction moving the fee to buyers (是“买两件的补10块冷链费”，中奖的不收钱) is read as a fee on 补10块、冷链费",
    "小黄车里那个补邮链接是给偏远地区正价单用的，中奖的宝子不用拍。": "set 129: a postage link for paid orders (给偏远地区正价单用的), not winners (中奖的宝子不用拍), is read as a fee on 补邮链接",
    "中奖了？先拍一单正价水饺，运费12元自理。": "set 129: an order (先拍一单正价水饺) and a fee (运费12元自理) after a short question (中奖了？) are read as neither a condition nor a fee",
    "中奖的朋友，冰袋和泡沫箱一共7元，微信转给客服就行。": "set 129: a packing fee sent by WeChat (冰袋和泡沫箱一共7元，微信转给客服就行) is not read as a fee",
    "冷链加急费中奖人出，普通快递会化掉我们不发。": "set 129: labelled a fee only; the engine also reads a condition on 会化掉、不发, the refusal that goes with the fee",
    "冷链费是中奖的人出还是你们出？": "set 129: a viewer's unanswered question (冷链费是中奖的人出还是你们出？) is read as a fee on 冷链费、出",
    "新疆西藏青海的正价单暂不发冷链，中奖的我们单独安排发，不收钱。": "set 129: a limit on paid orders (正价单暂不发冷链) with winners sent free (中奖的我们单独安排发，不收钱) is read as a condition on 新疆、西藏、青海、正价、不发",
    "汤圆小黄车3号链接，拍三送一，冷链运费8元，新疆西藏暂不发。": "set 129: a sales pitch with no prize in it (小黄车3号链接，拍三送一) is read as a fee on 运费8元 and a condition on 新疆、西藏、不发",
    "中奖的如果要发顺丰冷运，需补12元；不补的话就不发了。": "set 129: labelled a fee only; the engine also reads a condition on 要、冷运, the shipping choice the fee is tied to",
    "以前是中奖的补运费，被大家吐槽了，现在改成全包邮。": "set 129: a past postage charge since dropped (以前是中奖的补运费…现在改成全包邮) is read as a fee on 补、运费",
    "中了的宝子记得去拍那个2元补差链接，不拍不发哦。": "set 129: labelled a fee only; the engine also reads a condition on 拍、不发, the threat that goes with the fee",
    "奖品收纳柜需要到物流点自提，提货费20元自理哈。": "set 130: labelled a fee only; the engine also reads a condition on 需要、自提, the pickup that goes with the fee",
    "顶级头层牛皮沙发，史无前例的价格，中奖的宝宝还得拍个99元的运费险。": "set 130: labelled absolute terms and a fee; the engine also reads a condition on 还得、拍个, the purchase that is the fee itself",
    "奖品床垫默认免费送到小区门口，想送上楼安装的可以自费加选。": "set 130: an optional paid upstairs delivery (想送上楼安装的可以自费加选) beside free delivery (默认免费送到小区门口) is read as a fee on 自费",
    "客服：您好，抽中的边几外面会加一层木架包装防磕碰，包装费用不用您出。": "set 130: a packing cost the winner does not pay (包装费用不用您出) is read as a fee on 包装费、出",
    "中奖名单公布后请在72小时内填写地址，关注主播的宝宝才有抽奖资格哦。": "set 130: the allowed steps, address and following (请在72小时内填写地址，关注主播的宝宝才有抽奖资格), are read as a condition on 公布、请、才有",
    "中奖收纳柜需自付木架费30元，不打木架不发。": "set 130: labelled a fee only; the engine also reads a condition on 木架、不发, the threat that goes with the fee",
    "客服：亲亲中奖的茶几走物流，物流点自提需要您付一下卸货费20元。": "set 130: labelled a fee only; the engine also reads a condition on 自提、需要, the pickup that carries the fee",
    "想参加明天抽奖的记得来直播间签到，今天中奖的奖品不受影响，照常发。": "set 130: an invitation to tomorrow's draw (想参加明天抽奖的记得来直播间签到) that leaves today's prizes alone is read as a condition on 记得、签到",
    "奖品沙发是整装的，到家就能用；想让师傅上门调试的可以自费80元预约，不预约不收钱。": "set 130: an optional paid setup (想让师傅上门调试的可以自费80元预约，不预约不收钱) is read as a fee on 自费80元",
    "奖品送货上楼免费，安装收50，这个是师傅收的不是我们收的。": "set 130: a fee passed to the fitter (安装收50，这个是师傅收的不是我们收的) is not read as a fee",
    "抽到的宝宝领奖前要在公屏回复三遍“我爱XX家居”。": "set 130: a demand to post a slogan three times (领奖前要在公屏回复三遍“我爱XX家居”) is not read as a condition",
    "以前中奖要自己去物流点提货，后来粉丝反映不方便，现在都送货上门了，费用我们出。": "set 130: a past pickup rule since dropped (以前中奖要自己去物流点提货…现在都送货上门了) is read as a condition on 要、提货",
    "中奖的家人请在3天内填地址，奖品由品牌方直发，运费品牌承担。": "set 130: postage paid by the brand (运费品牌承担) is read as a fee on 运费、承担",
    "有粉丝问是不是要加粉丝团才能领奖，不是的，关注主播参与抽奖就行，中了直接发。": "set 130: the allowed steps (关注主播参与抽奖就行), after denying a fan-club rule (不是的), are read as a condition on 参与抽奖、就行",
    "以前我们中奖要补运费，现在平台不允许了，全部包邮。": "set 130: a past postage charge since dropped (以前我们中奖要补运费，现在平台不允许了，全部包邮) is read as a fee on 补、运费",
    "中奖的沙发统一送到县城物流点，乡镇的可以加钱送到家，也可以免费自提。": "set 130: an optional paid home delivery (乡镇的可以加钱送到家) beside free pickup (也可以免费自提) is read as a fee on 加钱",
    "买家：上次中了餐椅客服让转20运费，这次还要吗？": "set 130: a buyer's question about a past charge (买家：上次…客服让转20运费，这次还要吗？) is read as a fee on 转、运费",
    "纠正：不是“中奖后需付安装费”，是“非中奖订单需要安装的另付安装费”，中奖的全免。": "set 130: a correction putting the fee on non-winners (是“非中奖订单需要安装的另付安装费”，中奖的全免) is read as a fee on 付、另付、安装费",
    "中了的朋友们，送货师傅会提前电话联系，不收任何费用，如有收费请投诉。": "set 130: a promise of no charge (不收任何费用，如有收费请投诉) is read as a fee on 收费",
    "以旧换新：旧耳机折价最高抵50元，新耳机直接发。": "set 125: the most a trade-in takes off (最高抵50元) is read as an absolute claim on 最高 (excluding 最高抵 as a word was taken back: kept whole by the shared segmenter, it cut 最高返利 and made 最高可抵扣 a payment)",
    "更正一下，刚才说中奖要拍补邮链接是我口误，不用拍，直接填地址就行。": "set 131: a retracted top-up link (刚才说中奖要拍补邮链接是我口误，不用拍) is read as a fee on 补邮链接",
    "不想要书皮的可以备注不包，默认都给包好书皮再寄，不收钱。": "set 131: free book-wrapping by default (默认都给包好书皮再寄，不收钱) is read as a condition on 好书、再寄, cut across 包好书皮",
    "回复@小书虫妈妈：要运费吗？要的，偏远地区5块，私信发你链接。": "set 131: a reply confirming remote postage (要运费吗？要的，偏远地区5块) is missed: the fee is only in a question and a short yes",
    "纠正：公告里的\"偏远加邮\"只针对正常购买订单，中奖奖品新疆西藏也不加邮。": "set 131: a correction that the quoted 偏远加邮 is for shop orders (中奖奖品…也不加邮) is read as a fee on 加邮 (the shipped check drops it)",
    "中奖后客服会发一个9.9元的\"奖品运费\"订单，拍下即可发货。": "set 131: a 9.9元 postage order (9.9元的\"奖品运费\"订单) is read right as a fee, and also as a condition on 拍下、即可",
    "中奖者需在10分钟内私信客服报名字，超时作废。": "set 131: a 10-minute claim deadline with forfeit (需在10分钟内私信客服报名字，超时作废) is missed",
    "新疆中奖的宝子，快递只能发邮政，邮政要加8块，你补一下。": "set 131: an 8元 postal top-up for Xinjiang (邮政要加8块，你补一下) is missed: 加8块 and 补一下 are not read as a fee",
    "以前奖品发到付，好多人投诉，现在全部改成寄付，大家不用付钱。": "set 131: past cash-on-delivery since dropped (以前奖品发到付…现在全部改成寄付，大家不用付钱) is read as a fee on 到付",
    "抽中的教辅可以寄到学校，填学校地址就行，运费照样是我们出。": "set 131: an option to ship to a school (填学校地址就行) with postage still paid (运费照样是我们出) is read as a condition on 学校、就行",
    "上周抽奖让大家拍了1元链接，已经全部退款了，以后不会再有。": "set 131: last week's 1元 link, refunded (上周…拍了1元链接，已经全部退款了) is read as a fee on 拍了1元链接",
    "中奖后想再买同系列其他几本的，可以顺便下单一起发，不买也单独发奖品。": "set 131: an optional extra purchase (想再买…可以顺便下单一起发，不买也单独发奖品) is read as a condition on 中奖后想再买",
    "中奖后可以加入会员群领取电子书单，不加不影响领奖。": "set 131: an optional member group (可以加入会员群领取电子书单，不加不影响领奖) is read as a condition on 中奖后可以加入会员群",
    "中奖的书运废我们出，大家收到书扫码确认收货就行。": "set 131: confirming receipt by scan (收到书扫码确认收货就行) after free postage (运废[sic]我们出) is read as a condition on 书扫码、就行",
    "中奖用户需要付个\"签名服务费\"10元，作者签名是要时间的。": "set 131: a 10元 signing fee (需要付个\"签名服务费\"10元) is read right as a fee, and also as a condition on 需要、签名 and 签名、要",
    "签名本是手写签名，每本签完要晾干才能打包，所以发货会晚两天。": "set 131: the seller's own drying delay (每本签完要晾干才能打包，所以发货会晚两天) is read as a condition on 签完、要、晾干、才能、打包",
    "之前抽奖说要粉丝团才能领，现在改了，所有中奖用户都能领。": "set 131: a past fan-club rule since dropped (之前抽奖说要粉丝团才能领，现在改了) is read as a condition on 要、粉丝团、才能",
    "福袋参与条件：关注主播、在直播间停留满3分钟、评论“黄金”。中奖后填好地址等发货。": "set 132: the draw's entry conditions (福袋参与条件：关注主播、在直播间停留满3分钟、评论“黄金”) are read as a prize condition on 参与条件、停留满",
    "主播刚才说的“补运费”是指直播间下单的商品不满99要补运费，和抽奖奖品无关，奖品都是包邮的。": "set 132: a note that 补运费 is for shop orders under 99 (和抽奖奖品无关，奖品都是包邮的) is read as a fee on 补、运费 and a condition on 下单、要",
    "中奖的要先转账3块钱“验证身份”，验证完才能填地址发货。": "set 132: a 3元 'ID check' transfer (先转账3块钱“验证身份”) is read right as a fee, and also as a condition on 验证、才能",
    "中奖的宝贝，发货用顺丰保价，费用公司出，你只管签收。": "set 132: insured shipping paid by the company (费用公司出，你只管签收) is read as a fee on 费用、出",
    "主播：中奖的先别急，邮费呢我们这边包，想刻字的话自己加十块，不刻字就直接发。": "set 132: free postage with optional paid engraving (想刻字的话自己加十块，不刻字就直接发) is read as a condition on 先、别急 in 中奖的先别急",
    "奖品发货说明：统一中通包邮，如需顺丰可自付差价升级，不升级不影响发货。": "set 132: an optional paid courier upgrade (如需顺丰可自付差价升级，不升级不影响发货) is read as a fee on 自付、差价",
    "骗子常用话术：“您中奖了，请先交税费才能发货”，我们官方从来没有这种要求。": "set 132: a scam line quoted and disowned (骗子常用话术：“…请先交税费才能发货”，我们官方从来没有) is read as a fee on 先交、税费",
    "中奖的宝宝，奖品手镯发货前都要调圈口，需补5元调圈费。": "set 132: a fee for resizing a bangle (补5元调圈费) is read right as a fee, and also as a condition on 发货前、都要",
    "宝宝们最近金价涨得厉害，直播间下单的工费今天每克减5元。": "set 132: a labour-fee discount on shop orders (直播间下单的工费今天每克减5元) is read as a fee on 费、5元",
    "中奖的宝宝们记得看私信，客服会找你们要地址，不会找你们要钱。": "set 132: a reminder to check DMs (客服会找你们要地址，不会找你们要钱) is read as a condition on 记得、找你、要",
    "上一场说中奖要补邮的那个是新来的助播讲错了，已经批评，所有奖品都是包邮的。": "set 132: a retracted postage top-up (说中奖要补邮的那个是新来的助播讲错了，…都是包邮的) is read as a fee on 补邮",
    "足金吊坠今天直播间克价585，工费10元一克，满3000送刻字。": "set 132: a shop price list for a pendant (克价585，工费10元一克), no prize, is read as a fee on 费10元",
    "抽中跑步机的家人注意，大件走物流，运费到付哈，签收时给师傅就行。": "set 133: freight on delivery (运费到付哈) is read right as a fee, and also as a condition on 签收时、师傅、就行",
    "抽中会员卡的宝宝，凭中奖截图到门店激活，无需任何消费。": "set 133: a won card activated by screenshot (凭中奖截图到门店激活，无需任何消费) is read as a condition on 会员卡、凭",
    "快递小哥送跑步机上门时如果说要收搬运费，那是物流那边的事，我们已经沟通过，奖品不收任何钱，有人收直接联系客服。": "set 133: a courier's handling charge disowned (如果说要收搬运费…奖品不收任何钱) is read as a fee on 收、搬运费",
    "抽中的体验课免费，上课自带瑜伽垫就行，不用另买。": "set 133: a free class with one's own mat (上课自带瑜伽垫就行，不用另买) is read as a condition on 上课、自带、瑜伽、就行",
    "中奖了，店家说要先转10元运费再发货，我是不是被坑了？": "set 133: a winner's complaint about a demand (店家说要先转10元运费再发货，我是不是被坑了？) is read as a fee on 先转10元、运费",
    "會員卡獎品免工本費，中獎寶寶到店報手機號即可開卡。": "set 133: a free card opened by phone number (中獎寶寶到店報手機號即可開卡), in traditional script, is read as a condition on 中獎寶寶到店、即可",
    "更正一下：上一条公告里写的“中奖需付运费”是编辑错误，正确为运费商家全包。": "set 133: a correction of an edit error (“中奖需付运费”是编辑错误，正确为运费商家全包) is read as a fee on 付、运费",
    "奖品哑铃重20kg，运费较高，需中奖者承担一半，也就是15元。": "set 133: half the freight, 15元 (需中奖者承担一半) is read right as a fee, and also as a condition on 需、承担",
    "中奖会员卡一周内来店激活即可，不用买私教课，教练推销可以直接拒绝。": "set 133: card activation with no purchase (一周内来店激活即可，不用买私教课) is read as a condition on 会员卡、即可",
    "中奖会员卡不收任何开卡费、激活费，拿着中奖截图到店就能用。": "set 133: a card with no fees (不收任何开卡费、激活费) used by showing a screenshot (拿着中奖截图到店就能用) is read as a condition on 到店、就能",
    "奖品哑铃，运费15元到付，请中奖者知悉。": "set 133: 15元 freight on delivery (运费15元到付) is read right as a fee, and also as a condition on 请、知悉",
    "抽中体验课的宝宝，上课穿自己的运动服就行，不需要在店里买。": "set 133: a class in one's own sportswear (穿自己的运动服就行，不需要在店里买) is read as a condition on 上课、运动服、就行",
    "跑步机中奖的宝子，物流费用按距离计算，平均80元左右，发货前结清。": "set 133: about 80元 freight due before dispatch (平均80元左右，发货前结清) is read right as a fee, and also as a condition on 发货前、结清",
    "中奖要下单吗？要的，拍1元补邮链接。": "set 133: a 1元 postage link (拍1元补邮链接) is read right as a fee, and also as a condition on 要、下单",
    "更正：刚才说中奖要在5分钟内联系客服，是口误，应为72小时内填地址即可。": "set 133: a correction to a 72-hour address window (是口误，应为72小时内填地址即可) is read as a condition on 应为、即可",
    "健身环是今晚抽奖的奖品，不参与售卖；同款在小黄车卖199。": "set 133: a prize kept off sale (健身环是今晚抽奖的奖品，不参与售卖) is read as a condition on 健身、环是、不参与",
    "中奖了需要交保证金吗？有个人加我微信说要交。": "set 133: a viewer asking about a stranger's deposit demand (有个人加我微信说要交) is read as a condition on 加我微信、要",
    "钱包礼盒单独买要15，中奖的免费送礼盒。": "set 134: a gift box free for winners (礼盒单独买要15，中奖的免费送礼盒) is read as a condition on 买、要",
    "刚才说“转5块”是说直播间优惠券减5块，不是让中奖的转钱，大家别误会。": "set 134: a clarification that 转5块 meant a coupon (不是让中奖的转钱) is read as a fee on 转5块、5块",
    "中奖后请在直播间再待10分钟，我们核对完在线名单才发。": "set 134: a demand to stay 10 more minutes (中奖后请在直播间再待10分钟，…才发) is missed",
    "抽中的宝贝请加群领奖，群里统一收邮费6元。": "set 134: 6元 postage collected in a group (群里统一收邮费6元) is read right as a fee, but joining the group to claim (请加群领奖) is missed as a condition",
    "钱包的刻字是中奖后免费给刻的，限两个字母以内。": "set 134: free engraving limited to two letters (中奖后免费给刻的，限两个字母以内) is read as a condition on 限、字母",
    "中奖的别急，等你下一单买满59，奖品一起发。": "set 134: a prize held until a 59元 order (等你下一单买满59，奖品一起发) is missed",
    "我们公司内部规定：谁在直播间说了「绝对」「最好」，当场罚款50，所以主播们说话都很小心。": "words fined in a company rule (谁在直播间说了「绝对」「最好」) are read as claims",
    "有宝宝问粉丝等级低能不能领——能！粉丝等级跟领奖一点关系都没有，中了就发。": "set 55: a viewer question answered yes (粉丝等级低能不能领——能, 跟领奖一点关系都没有) is read as conditions (能不能领 as a question word was taken back: it hid the 不能领 in 能不能领取决于…停留10分钟)",
    "今天直播间两件事说清楚：第一，牛仔裤正价链接满2件减20，下单送运费险；第二，福袋抽到的那三条是送的，跟你买不买没关系，运费也是我们出。别搞混了哈。": "set 55: a list numeral (两件事说清楚：第一) is read as an absolute claim (第一 after a colon as a numeral was taken back: 销量排名：第一 is a claim)",
    "主播说“这是全网品质最好的牛肉”，这种话合规吗？": "set 56: a viewer quoting a claim to ask if it is allowed (主播说“这是全网品质最好的牛肉”) is read as an absolute claim",
    "今天的卫衣福袋，我们不搞那种「限定唯一」的噱头，就是普通常规款，大家当个福利": "set 62: an absolute word quoted to disown it (不搞那种「限定唯一」的噱头) is read as an absolute claim: 噱头 as a mention word would also clear “全网最低价”绝不是噱头",
    "店主发帖：被平台警告了，原因是我在直播里说“国家级工艺”，其实就是普通手工，我认错，以后不乱说。": "set 76: an owner's confession of a quoted claim (我在直播里说“国家级工艺”…我认错) is read as an absolute claim (说 as a mention word was taken back: it silenced the shop's own 我们敢说“全网最低”)",
    "有人说我们的锅是“国内顶级品牌”，那是别人剪辑的，我们从没这么说过，就是普通二手锅，抽奖包邮。": "set 76: a quoted claim disowned (有人说我们的锅是“国内顶级品牌”…我们从没这么说过) is read as an absolute claim",
    "道歉：前天直播主播说“今天的书是全网最便宜的”，是夸大说法，已经删除视频并整改，抽到书的朋友书都已经包邮寄出。": "set 76: an apology for a quoted claim (主播说“今天的书是全网最便宜的”，是夸大说法) is read as an absolute claim",
    "之前有主播说抽奖奖品是“全网最低价”，那个说法不合规，已经删掉了。": "set 111: A reported, already-deleted past claim (之前有主播说…那个说法不合规，已经删掉了) is read as a live absolute claim; 全网最低 is flagged even though it is quoted and retracted",
    "有人问没粉丝团能不能领，能领，跟粉丝团没关系。": "set 129: a viewer's question (有人问没粉丝团能不能领) answered yes (能领，跟粉丝团没关系) is read as a condition on 粉丝团、不能领",
    "以旧换新抽奖：中奖者寄回旧电饭煲，寄回运费自己出。": "set 135: winners mailing back an old rice cooker at their own cost (中奖者寄回旧电饭煲，寄回运费自己出) is read right as a fee, but sending back the old cooker (寄回旧电饭煲) is missed as a condition",
    "破壁机不需要安装，插电就能用，奖品也不收任何安装费。": "set 135: a blender that works on plugging in, with no install fee (插电就能用，…不收任何安装费) is read as a condition on 插电、就能",
    "购买订单的上门安装服务按地区收费，抽奖奖品如需安装我们免费安排师傅。": "set 135: paid installation for purchase orders only, free for prizes (抽奖奖品如需安装我们免费安排师傅) is read as a fee on 收费",
    "奖品包邮！不过中奖的要给主播点亮灯牌，邮费偏远另算。": "set 135: lighting the streamer's fan badge to claim (中奖的要给主播点亮灯牌) is read right as a condition, but extra postage for remote areas (邮费偏远另算) is missed as a fee",
    "中奖者是否需要缴纳个人所得税？": "set 135: a question whether winners owe income tax (中奖者是否需要缴纳个人所得税？) is read as a fee on 缴纳、个人所得税",
    "以前的抽奖需要关注满7天才能领，规则改了，现在开奖即可领。": "set 135: an old 7-day follow rule now dropped (以前…关注满7天才能领，规则改了，现在开奖即可领) is read as a condition on 需要、关注满、才能",
    "奖品扫地机器人不需要安装，开箱充电即可使用，师傅也不用请。": "set 135: a robot vacuum that needs no installation (不需要安装，开箱充电即可使用) is read as a condition on 开箱、充电、即可",
    "注意：近期有人冒充“XX小家电旗舰店”发短信，让中奖用户交“激活费”，请勿理会。": "set 135: a warning against scammers asking for an activation fee (有人冒充…让中奖用户交“激活费”，请勿理会) is read as a fee on 交、费",
    "以旧换新：下单时勾选旧机回收，可抵扣50元，仅限购买订单，抽奖不参与。": "set 135: a trade-in discount for purchase orders only, not the lottery (仅限购买订单，抽奖不参与) is read as a condition on 仅限、购买",
    "我们不会，按快手规则中奖一律不收任何费用，遇到收费的可以直接投诉。": "set 135: a promise that winning never costs anything (中奖一律不收任何费用，遇到收费的可以直接投诉) is read as a fee on 收费",
    "亲，奖品已经到驿站了，取件免费的，如有驿站收费请拍照反馈。": "set 135: free parcel pickup with a request to report any station charge (取件免费的，如有驿站收费请拍照反馈) is read as a fee on 收费",
    "猕猴桃抽奖规则：关注主播+评论“猕猴桃好甜”即可参与，开奖后三天内填地址。": "set 136: entry by the standard follow-and-comment steps (关注主播+评论“猕猴桃好甜”即可参与，…填地址) is read as a condition on 猕猴桃、即可",
    "这款四川耙耙柑5斤装29.9，偏远地区普通订单不发货，介意勿拍。": "set 136: a shipping note for paid orders, not the prize (偏远地区普通订单不发货，介意勿拍) is read as a condition on 偏远地区、普通订单、不发货",
    "中奖的亲请转5块到客服，给你安排冰袋。": "set 136: 5块 asked for an ice pack (请转5块到客服，给你安排冰袋) is read right as a fee, and also as a condition on 请、块到",
    "客服回复：是的亲，9.9是冷链运费，拍了就发。": "set 136: a 9.9 cold-chain freight charge confirmed by support (9.9是冷链运费，拍了就发) is missed",
    "之前有别家要邀请好友才算领奖，我们家不用，中了就是你的。": "set 136: a contrast with other shops that required inviting friends (之前有别家要邀请好友才算领奖，我们家不用) is read as a condition on 要、邀请、才算",
    "中奖的需在收到货后拍视频好评，否则拉黑并追回奖品费用。": "set 136: a required video review (需在收到货后拍视频好评) is read right as a condition, but charging back the prize cost (追回奖品费用) is missed as a fee",
    "抽奖规则：关注+点赞+评论“我要榴莲”，开奖后自动发放中奖资格。": "set 136: entry by following, liking and commenting (关注+点赞+评论“我要榴莲”，开奖后自动发放) is read as a condition on 抽奖规则、点赞",
    "中奖的需要先付20元运费，到货后凭签收截图返还。": "set 136: 20元 freight paid up front (需要先付20元运费) is read right as a fee, and also as a condition on 凭、截图返还",
    "中奖的宝宝下周果园开采，先摘先发，运费全免。": "set 136: a shipping order of first picked, first sent, freight free (下周果园开采，先摘先发，运费全免) is read as a condition on 先、先发",
    "中奖的宝宝如果刚好也买了车厘子，我们可以合并一起冷链发，没买的单独发。": "set 136: optional combined shipping for winners who also bought (如果刚好也买了车厘子，…合并一起冷链发，没买的单独发) is read as a condition on 中奖的宝宝如果刚好也买",
    "榴莲奖品发货前会开箱验货拍视频，不收验货费。": "set 136: the shop's own video check before shipping, with no fee (发货前会开箱验货拍视频，不收验货费) is read as a condition on 发货前、开箱",
    "真的假的，中奖还要交冷链费？": "set 136: a viewer's doubting question about a cold-chain fee (真的假的，中奖还要交冷链费？) is read as a fee on 交、冷链费",
    "奖品包邮到家，唯一要求是中奖后下单一份同款。": "set 136: a required purchase of the same item (唯一要求是中奖后下单一份同款) is read right as a condition, and also as an absolute claim on 唯一",
    "主播口误，刚才说中奖要下单才能领是错的，不需要下单。": "set 136: a correction that no order is needed (刚才说中奖要下单才能领是错的，不需要下单) is read as a condition on 要、下单、才能",
    "中奖后30秒内不在评论区扣“已领”就作废。": "set 136: a 30-second deadline to comment or forfeit (中奖后30秒内不在评论区扣“已领”就作废) is missed",
    "香水奖品送到驿站后直接取件就行，不用付任何代收费。": "set 137: a simple pickup with no collection charge (直接取件就行，不用付任何代收费) is read as a condition on 香水、送到、驿站、取件、就行",
    "中奖的朋友先转我5块，不转的没法发。": "set 137: 5块 asked before shipping (先转我5块，不转的没法发) is read right as a fee, and also as a condition on 先转、不转的没法发",
    "中奖的宝宝如果想要刻字服务，刻字需要另加钱，不刻字免费发出。": "set 137: optional paid engraving, prize free without it (如果想要刻字服务，刻字需要另加钱，不刻字免费发出) is read as a fee on 加钱 and as a condition on 要、刻字、服务",
    "中奖小样邮费一块钱，意思一下就行。": "set 137: 1块 postage for a sample prize (中奖小样邮费一块钱) is read right as a fee, and also as a condition on 意思一下、就行",
    "智能手表中奖后需要支付激活费9.9元才能绑定使用。": "set 138: a 9.9元 activation fee to use the watch (需要支付激活费9.9元才能绑定使用) is read right as a fee, and also as a condition on 需要、才能、绑定",
    "抽中的智能手表不需要激活费，开机连手机APP就能用。": "set 138: a watch needing no activation fee, just pairing with the app (不需要激活费，开机连手机APP就能用) is read as a condition on APP、就能",
    "奖品挂钟到付，签收时给快递员12块就行。": "set 138: 12块 paid to the courier on delivery (到付，签收时给快递员12块) is read right as a fee, and also as a condition on 签收时、就行",
    "中奖的智能手表需要先付19.9元的服务费，开通后才能使用定位功能。": "set 138: a 19.9元 service fee to unlock tracking (先付19.9元的服务费，开通后才能使用定位功能) is read right as a fee, and also as a condition on 开通、才能",
    "挂钟中奖的家人，安装不收费，需要挂墙的配件我们一起寄。": "set 138: free installation with mounting parts sent along (安装不收费，需要挂墙的配件我们一起寄) is read as a condition on 需要、挂墙、配件",
    "抽中的表要入我们的会员，会员费一年9.9，入会后免费领。": "set 138: joining paid membership to claim (抽中的表要入我们的会员) is read right as a condition, but the 9.9 yearly fee (会员费一年9.9) is missed as a fee",
    "更正一下，刚才主播说的“第一好吃”不算，大家自己尝": "set 139: a correction that the host's \"best-tasting\" claim doesn't count (刚才主播说的“第一好吃”不算) is read as an absolute claim on 第一",
    "客服：奖品已安排顺丰，到付？不是的亲，已经寄付了": "set 139: customer service denying cash on delivery, postage already prepaid (到付？不是的亲，已经寄付了) is read as a fee on 到付",
    "中奖要进群吗 急": "set 139: a viewer asking whether winners must join a group (中奖要进群吗 急) is read as a condition on 要、进群",
    "有没有人知道中奖的那袋面要不要补差价": "set 139: a viewer asking whether the won bag of flour needs a price difference paid (有没有人知道…要不要补差价) is read as a fee on 补差价",
    "中奖的宝子不用一直挂在直播间，开完奖就可以走了，地址私信就行": "set 139: winners needn't stay in the stream and may leave after the draw (不用一直挂在直播间，开完奖就可以走了) is read as a condition on 开完、就可以",
    "花生油5L，直播间下单到付的不接哈，只接在线付款": "set 139: purchase orders of peanut oil accept online payment only, no cash on delivery (直播间下单到付的不接哈，只接在线付款) is read as a fee on 付款",
    "客服：您拍的面粉是普通快递，想要顺丰需要补8元差价哦": "set 139: customer service telling a buyer of flour that SF Express costs 8 yuan extra (您拍的面粉…想要顺丰需要补8元差价) is read as a fee on 补8元、差价 and as a condition on 拍、需要",
    "荞麦面两斤装12.8元，邮费6元，自提免邮": "set 139: a buckwheat noodle price list with 6 yuan postage (荞麦面两斤装12.8元，邮费6元) is read as a fee on 邮费6元",
    "买三袋小米送一袋，新疆西藏不发货": "set 139: a buy-three-get-one millet offer not shipped to Xinjiang/Tibet (买三袋小米送一袋，新疆西藏不发货) is read as a condition on 新疆、西藏、不发货",
    "中奖的宝宝帮个小忙，给我们上一单追评一下，追评了我们马上安排发货": "set 139: winners asked to leave a follow-up review on an earlier order before shipping (给我们上一单追评一下，追评了我们马上安排发货) is missed as a condition",
    "挂面5斤19.9元，不包邮，运费5元": "set 139: a noodle price list without free shipping, postage 5 yuan (挂面5斤19.9元，不包邮，运费5元) is read as a fee on 不包邮、运费5元",
    "買兩桶油包郵，一桶要補運費八元": "set 139: purchase shipping terms, free for two tubs of oil and 8 yuan for one (買兩桶油包郵，一桶要補運費八元) is read as a condition on 買、要",
    "中奖名单里的家人，灯牌没亮的先去亮一下，亮了再来找客服登记": "set 139: winners told to light up their fan badge before registering with customer service (灯牌没亮的先去亮一下，亮了再来找客服登记) is missed as a condition",
    "请问中奖要粉丝几级才能领啊": "set 139: a viewer asking what fan level is needed to claim (请问中奖要粉丝几级才能领啊) is read as a condition on 请问、要、才能",
    "跟大家道个歉，上个月那场抽奖有个新来的客服不懂规矩，让几位中奖的宝宝补了运费，我们已经一个个联系退回去了，没收到退款的私信我，以后咱家抽奖一分钱都不收，面粉直接寄到家": "set 139: an apology for last month's wrongly charged postage, now refunded, with nothing charged from now on (让几位中奖的宝宝补了运费，我们已经一个个联系退回去了…一分钱都不收) is read as a fee on 补、运费",
    "上回說要補郵費的，已經退款了，對不起大家": "set 139: a past postage demand since refunded (上回說要補郵費的，已經退款了) is read as a fee on 補郵費: 已经退款了 is no withdrawal word (\"发货之前补5块运费，多拍的已经退了\" charges; stop 44's second review)",
    "谁私信你说中奖要先转邮费，直接拉黑，官方从来不收": "set 139: a scam warning (谁私信你说中奖要先转邮费，直接拉黑) is read as a fee on 先转、邮费: 谁 is no someone (\"谁中奖了让客服拉个5块运费链接\" charges)",
    "中奖的宝子不用补邮费！运费我们织云阁全出🙌": "set 140: winners needn't pay postage, the shop covers it all (不用补邮费！运费我们织云阁全出) is read as a fee on 运费、出",
    "更正：刚才字幕上写的“运费自理”是打错了，所有奖品都包邮！": "set 140: a correction that the caption \"postage at own cost\" was a typo and all prizes ship free (“运费自理”是打错了，所有奖品都包邮) is read as a fee on 运费、自理",
    "第1名中奖者得整套明制袄裙，第2到5名各得一支发簪": "set 140: a prize list, a full Ming-style outfit for the first winner and hairpins for 2nd-5th (第1名中奖者得整套明制袄裙) is read as a condition on 得、整套、明制袄裙",
    "字幕打错了，不是“全网最低”，是“本店活动价”，抱歉": "set 140: a correction that the caption wasn't \"lowest online\" but the shop's event price (不是“全网最低”，是“本店活动价”) is read as an absolute claim on 全网最低",
    "包裝費保價費我們都承擔了，中獎的姐妹安心等著收": "set 140: the shop covering packing and insurance fees, winners just wait to receive (包裝費保價費我們都承擔了) is read as a fee on 包裝費、保價費、收",
    "抽中了需要粉丝团几级才能领？": "set 140: a viewer asking what fan-club level is needed to claim (抽中了需要粉丝团几级才能领？) is read as a condition on 需要、粉丝团、才能",
    "中奖后愿意的话可以给个买家秀，不发也照样寄": "set 140: an optional buyer photo after winning, shipped either way (愿意的话可以给个买家秀，不发也照样寄) is read as a condition on 中奖后愿意的话可以给个买家秀",
    "想加急的可以联系客服补加急费，不补按正常工期排，不影响领奖": "set 140: an optional rush fee that doesn't affect claiming (想加急的可以联系客服补加急费…不影响领奖) is read as a fee on 补、费",
    "有人问没灯牌中奖算不算？算！照样发": "set 140: confirming that winners without a fan badge still get the prize (没灯牌中奖算不算？算！照样发) is read as a condition on 灯牌、不算",
    "中奖补差价10元升级真丝款，不想升级的发原款，都可以": "set 140: an optional 10 yuan upgrade to silk, the original sent otherwise (补差价10元升级真丝款，不想升级的发原款) is read as a fee on 补差价、10元",
    "这家说中奖要补运费，我问了客服说不用，已经包邮发了": "set 140: a viewer reporting that customer service said no postage was due and it shipped free (这家说中奖要补运费，我问了客服说不用，已经包邮发了) is read as a fee on 补、运费",
    "奖品发簪需要补运费的说法是谣言，那张截图是P的": "set 140: a rumour denied (需要补运费的说法是谣言) is read as a fee on 补、运费: 是谣言 reaching back was taken back (\"中奖的宝宝补8块邮费，说我们不发货的都是谣言\" charges)",
    "中奖的家人加一下我们售后群，群里登记地址，24小时内没登记的视为放弃": "set 141: winners required to join an after-sales group and register within 24 hours or forfeit (加一下我们售后群…24小时内没登记的视为放弃) is missed as a condition",
    "奖品灯泡是E27螺口，220V通用，中奖了直接拧上就能用": "set 141: a prize bulb that works as soon as it is screwed in (中奖了直接拧上就能用) is read as a condition on 拧上、就能",
    "主播：公屏扣1的我看看有多少人在，等会儿开奖，人不在的不算": "set 141: the host counting viewers before the draw, absent ones not counted (公屏扣1的…人不在的不算) is read as a condition on 等会儿、不算",
    "客服：宝子中奖的灯是包邮的，你说的那个\"保险费\"我们这边没有，快递要收你直接拒付就好": "set 141: customer service saying the prize ships free and the winner should refuse any courier charge (快递要收你直接拒付就好) is read as a condition on 要、拒付、就好",
    "买灯泡的家人注意：单拍一个灯泡不包邮，邮费5元，两个起包邮（抽奖的奖品不算，奖品全包邮）": "set 141: purchase postage for single bulbs, with prizes shipped free (单拍一个灯泡不包邮，邮费5元…奖品全包邮) is read as a fee on 不包邮、邮费5元",
    "台灯是USB充电的，不带插头，需要插头的可以另拍充电头，不拍也能正常用电脑供电": "set 141: an optional charger plug for a USB lamp that works without it (需要插头的可以另拍充电头，不拍也能正常用) is read as a condition on 需要、拍",
    "中奖的宝宝，奖品吸顶灯我们包邮，电工安装费要你自己出哈，不装的话就不用": "set 141: a free-shipped ceiling lamp whose electrician install fee winners pay only if they want it installed (电工安装费要你自己出哈，不装的话就不用) is read as a fee on 安装费、出",
    "主播：这个灯我敢说是今年做得最好的一批，中奖的有福了": "set 141: the host's claim that this is the best batch of lamps this year (我敢说是今年做得最好的一批) is missed as an absolute claim",
    "抽獎規則已更新：不再要求粉絲等級，所有人中了都能領": "set 141: a rule update dropping the fan-level requirement (不再要求粉絲等級，所有人中了都能領) is read as a condition on 抽獎規則、要求、粉絲等級",
    "主播：有人问是不是国家级的灯厂，不是哈，我们就是个小厂，不吹牛": "set 141: the host denying being a national-level lamp factory (有人问是不是国家级的灯厂，不是哈) is read as an absolute claim on 国家级",
    "累计消费满200元可以升级VIP，这跟抽奖无关，中奖直接发吸顶灯": "set 141: a VIP upgrade after 200 yuan of spending, unrelated to the draw (累计消费满200元可以升级VIP，这跟抽奖无关) is read as a condition on 消费、满",
    "中獎免運費，但需補繳稅金20元": "set 141: winners made to pay 20 yuan tax (但需補繳稅金20元) is missed as a fee and read as a condition on 需、補繳、稅金",
    "上次字幕打错了，写成\"中奖需付邮费\"，实际是包邮，抱歉各位": "set 141: a caption corrected, postage was written by mistake and the prize ships free (字幕打错了，写成\"中奖需付邮费\"，实际是包邮) is read as a fee on 付、邮费: 写成 is no mention word (\"公告上写成“中奖需补邮费5元”，以这个为准\" charges)",
    "奖品免费包邮，唯一要求就是给主播刷个小礼物意思一下": "set 142: winners required to send the host a small gift (唯一要求就是给主播刷个小礼物意思一下) is missed as a condition and read as an absolute claim on 唯一",
    "甲油胶正常拍是29.9一瓶，运费自理，偏远不发": "set 142: purchase terms for gel polish, postage at own cost and no remote shipping (正常拍是29.9一瓶，运费自理，偏远不发) is read as a fee on 运费、自理 and as a condition on 运费自理、不发",
    "领奖先下单一瓶底胶，运费另付": "set 142: winners required to first order a bottle of base coat, postage extra (领奖先下单一瓶底胶，运费另付) is read right as a fee, but ordering the base coat (先下单一瓶底胶) is missed as a condition",
    "新疆西藏下单需补运费15元（仅限购买订单）": "set 142: extra postage for Xinjiang/Tibet purchase orders only (新疆西藏下单需补运费15元（仅限购买订单）) is read as a fee on 补运费15元 and as a condition on 仅限、购买、下单、需",
    "美甲灯今天直播价89，到付运费，介意的别拍": "set 142: a nail lamp's live price with postage paid on delivery (美甲灯今天直播价89，到付运费) is read as a fee on 到付、运费",
    "中奖宝子加一下店铺微信，发个5.2的红包过来确认一下是本人就给你安排": "set 142: winners asked to send a 5.2 yuan red envelope on WeChat to confirm identity (发个5.2的红包过来确认一下是本人) is missed as a fee and read as a condition on 中奖宝子加一下店铺微信",
    "家人们今天这个甲油胶十二色套装真的是宠粉了啊，0元抽五个人，中奖的宝宝记得后台找客服，客服会给你发个链接，就拍一下那个四块九的，那个是快递费啊不是奖品钱，拍完当天就给你发出去": "set 142: winners told to order a 4.9 yuan courier-fee link from customer service (就拍一下那个四块九的，那个是快递费) is missed as a fee",
    "刚才公告写成\"需要下单\"了，是错的，抽奖奖品不用下单": "set 142: a notice corrected, no order is needed (写成\"需要下单\"了，是错的…不用下单) is read as a condition on 需要、下单: 写成 and 是错的 are no mention words (\"“运费5元”是错的应该是“运费8元”\" charges)",
    "上周有宝宝补了3块运费，已经退了，请查收": "set 142: a past postage refunded (上周有宝宝补了3块运费，已经退了) is read as a fee on 补了3块、运费: see set 139's 已经退款了",
    "上週有一次收了包裝費，平台提醒後已經改正並退款了": "set 140: a packing fee charged once last week, since corrected and refunded (上週有一次收了包裝費…已經改正並退款了) is read as a fee on 收了、包裝費: 改正并退款了 is no withdrawal word (\"发货之前补5块运费，多拍的已经改正并退款了\" charges; stop 44's code review)",
    "昨晚字幕打错了，写成“中奖需付运费”，实际是中奖包邮，特此更正。": "set 138: a correction of a caption typo, prizes ship free (字幕打错了，写成“中奖需付运费”，实际是中奖包邮) is read as a fee on 付、运费",
    "以前我们是邮费到付，后来改了，现在中奖的都是寄付包邮。": "set 135: past cash-on-delivery postage now replaced by free shipping (以前我们是邮费到付，…现在中奖的都是寄付包邮) is read as a fee on 邮费、到付 (后来改了 as a withdrawal was taken back: it also cleared 以前中奖要关注满7天，后来改了，30天)",
    "昨天有位中奖家人被误收了5块邮费，已经原路退回了，抱歉🙏": "set 143: an apology for 5块 postage charged by mistake and refunded (被误收了5块邮费，已经原路退回了) is read as a fee on 5块、邮费",
    "中奖的宝子给店里发个8.8的红包，图个吉利，然后就安排发货": "set 143: an 8.8 red packet to the shop before shipping (给店里发个8.8的红包…就安排发货) is read right as a fee, and also as a condition on 吉利、就安排发货",
    "古筝走德邦物流，以前说过要中奖家人出一半运费，现在改成全部我们出了": "set 143: an old half-freight rule now dropped (以前说过要中奖家人出一半运费，现在改成全部我们出了) is read as a fee on 出一半、运费",
    "中奖的可以选择加钱升级成单板（自愿），不升级直接发原奖品": "set 143: an optional paid upgrade, prize sent anyway (可以选择加钱升级成单板（自愿），不升级直接发原奖品) is read as a fee on 加钱",
    "中奖的家人如果刚好也拍了琴弦，我们可以跟奖品一起打包发，没拍的奖品单独发": "set 143: an offer to pack the prize with strings already bought (如果刚好也拍了琴弦…没拍的奖品单独发) is read as a condition on 中奖的家人如果刚好也拍",
    "架子鼓下单的家人，偏远地区要补运费，中奖的不用补，放心": "set 143: remote freight for drum buyers only, winners exempt (架子鼓下单的家人，偏远地区要补运费，中奖的不用补) is read as a fee on 补、运费, and as a condition on 下单、要",
    "上次抽奖让中奖的补运费是我们不对，已经全部退了，以后都包邮": "set 143: an apology for past freight charges, now refunded (让中奖的补运费是我们不对，已经全部退了) is read as a fee on 补、运费",
    "纠正一下：置顶评论里的“中奖需进群”是旧规则，已经删了，现在不需要": "set 143: a correction removing an old group rule (“中奖需进群”是旧规则，已经删了，现在不需要) is read as a condition on 需、进群",
    "中奖的亲亲打个运fei过来就发，6块哈": "set 143: 6块 freight asked before shipping (打个运fei过来就发，6块哈) is read right as a fee, and also as a condition on 打个、运fei、就发",
    "有人假冒“李老师古筝课堂”发中奖通知，说要先交手续费，那不是我们": "set 143: a warning about impostors asking a fee (有人假冒…说要先交手续费，那不是我们) is read as a fee on 先交、手续费",
    "之前第一期抽奖收过3元包装费，后来全部退还了，现在都不收": "set 143: a past 3元 packing fee, since refunded (之前第一期抽奖收过3元包装费，后来全部退还了) is read as a fee on 收过3元、包装费",
    "中奖的先交10块押金，再去给店铺写个好评，押金好评后退": "set 143: a 10块 deposit (先交10块押金) is read right as a fee, but writing a good review to claim (再去给店铺写个好评) is missed as a condition",
    "上个月有粉丝投诉要签到才能领奖，那是我们小助理写错了，当天就改了": "set 143: a past check-in rule called a mistake and fixed (要签到才能领奖，那是我们小助理写错了) is read as a condition on 要、签到、才能",
    "抽中渐进多焦点镜片的宝子，加工费给你减半，只要68": "set 144: a 68 processing fee for the won lenses (加工费给你减半，只要68) is missed",
    "中奖的宝贝拍下店里的“奖品专用运费链接”（9.9），备注中奖ID": "set 144: a 9.9 freight link to buy (拍下店里的“奖品专用运费链接”（9.9）) is read right as a fee, and also as a condition on 中奖的宝贝拍下",
    "中了的加我V，转个邮fei 8块就发": "set 144: 8块 postage by transfer (转个邮fei 8块就发) is read right as a fee, and also as a condition on 中了的加我V、转个、邮fei、就发",
    "中将的亲 奖品是近视眼镜一副 要按你度数配所以收加工废25元": "set 144: a misspelt 25元 processing fee (要按你度数配所以收加工废25元) is missed",
    "中奖的加一下客服，发个8.8的小红包过来就给安排": "set 144: an 8.8 red packet to customer service (发个8.8的小红包过来就给安排) is missed",
    "税费我们这边承担了，中奖的美瞳海外直邮你只管收": "set 144: taxes borne by the shop (税费我们这边承担了…你只管收) is read as a fee on 税费、收",
    "我们不搞那种中奖了还要买东西的套路，中了就发": "set 144: a denial of buy-to-claim tricks (我们不搞那种中奖了还要买东西的套路，中了就发) is read as a condition on 还要、买东西的、套路",
    "近视的中奖宝宝把度数发给客服就行，镜片免费配好再寄，不另收钱": "set 144: sending the prescription for free lenses (把度数发给客服就行，镜片免费配好再寄，不另收钱) is read as a condition on 近视、就行、镜片、免费、配好、再寄",
    "镜框免费，想升级1.67超薄片的可以补差价，不升级就送标配1.56片，照样发": "set 144: an optional lens upgrade, standard lenses sent anyway (想升级1.67超薄片的可以补差价，不升级…照样发) is read as a fee on 补差价",
    "中奖的宝宝想加个镜盒可以拍一下，不拍也有眼镜布，眼镜照样发": "set 144: an optional case purchase, glasses sent anyway (想加个镜盒可以拍一下…眼镜照样发) is read as a condition on 中奖的宝宝想加、拍",
    "要加急的自费补顺丰，不加急正常3天内发出": "set 144: optional paid express, normal shipping free (要加急的自费补顺丰，不加急正常3天内发出) is read as a fee on 自费、补",
    "渐进多焦点片单独配要加工费80，店里买的才收，奖品不收": "set 144: an 80 processing fee for shop buyers only (店里买的才收，奖品不收) is read as a fee on 加工费80, and as a condition on 买、才",
    "问：领奖要粉丝团几级？ 答：不需要等级，关注就行": "set 144: a Q&A saying no fan level is needed (答：不需要等级，关注就行) is read as a condition on 要、粉丝团",
    "这个运费是中奖者出还是你们出？？": "set 144: a viewer question on who pays freight (这个运费是中奖者出还是你们出？？) is read as a fee on 运费、出",
    "近视的宝宝记得把验光单拍照发客服，没有验光单的报一下大概度数也行": "set 144: sending a prescription or rough power for the lenses (把验光单拍照发客服…报一下大概度数也行) is read as a condition on 记得、验光",
    "客服：您好，您抽中的是防蓝光平光镜一副，请确认收货地址：xx省xx市xx路，确认后今天发出，运费店铺承担，有问题随时找我": "set 144: an address check with freight paid by the shop (请确认收货地址…运费店铺承担) is read as a condition on 请、xx",
    "所有私信你说要补邮费的，都是假号，官方客服只在小店后台联系你": "set 144: a warning that postage requests are fakes (所有私信你说要补邮费的，都是假号) is read as a fee on 补邮费",
    "有个号叫“亮眸眼镜官方客服”让人拍1元链接，那不是我们，已举报": "set 144: a warning about an impostor's 1元 link (让人拍1元链接，那不是我们，已举报) is read as a fee on 拍1元链接",
    "之前的奖品要到付，现在统一寄付了": "set 144: a past collect-on-delivery rule, now prepaid (之前的奖品要到付，现在统一寄付了) is read as a fee on 到付",
    "以前收過保價費，已全部退款，今後不再收取": "set 144: a past insurance fee, refunded and dropped (以前收過保價費，已全部退款，今後不再收取) is read as a fee on 收、保價費",
    "字幕打错了，不是“全网最低”，是“本店直播间价”，以实际为准": "set 144: a subtitle correction withdrawing a lowest-price claim (不是“全网最低”，是“本店直播间价”) is read as an absolute claim on 全网最低",
    "主播刚才说“绝对不会近视”是不对的，更正一下，防蓝光镜片只能减少蓝光，不能预防近视": "set 144: a correction withdrawing a myopia claim (主播刚才说“绝对不会近视”是不对的，更正一下) is read as an absolute claim on 绝对",
    "更正：中獎需「加入粉絲群」為筆誤，無需入群，私信即可": "set 144: a correction that no fan group is needed (中獎需「加入粉絲群」為筆誤，無需入群) is read as a condition on 需、加入粉絲群",
    "网上传我们要粉丝团等级才能领，假的，那些截图都不是我们": "set 144: a denial of a fan-level rumour (网上传我们要粉丝团等级才能领，假的) is read as a condition on 要、粉丝团等级、才能",
    "奖品农膜走物流，运费我们跟物流公司月结，中奖的不用掏一分": "set 145: freight settled by the shop, winners pay nothing (运费我们跟物流公司月结，中奖的不用掏一分) is read as a fee on 运费、结",
    "农药类商品不包邮，运费10元；抽奖奖品除外，奖品包邮": "set 145: 10元 freight for pesticide buyers, prizes shipped free (农药类商品不包邮…奖品包邮) is read as a fee on 不包邮、运费10元",
    "需要开发票的家人税点自理，不要发票的奖品照常发，不影响": "set 145: tax only for those wanting an invoice, prizes sent anyway (需要开发票的家人税点自理，不要发票的奖品照常发) is read as a fee on 税、自理",
    "拍两件以上的老板走物流到付更划算，按镇上物流点价格结算": "set 145: freight advice for buyers of two or more items (拍两件以上的老板走物流到付更划算) is read as a fee on 到付, and as a condition on 拍、以上",
    "中奖的老铁补个差价9.9，小喷雾器升级成电动款再发，不补不发哦": "set 145: a 9.9 upgrade charge required to ship (补个差价9.9…不补不发) is read right as a fee, and also as a condition on 喷雾器、升级、电动、再发",
    "中奖兄弟帮我点个赞、转发到三个群，就当支持一下，完了再私信地址": "set 145: a demand to like and share to three groups (帮我点个赞、转发到三个群…完了再私信地址) is missed",
    "今天拍种子的家人，新疆西藏青海补运费15元，其他包邮": "set 145: remote freight for seed buyers, not winners (今天拍种子的家人，新疆西藏青海补运费15元) is read as a fee on 补运费15元",
    "中奖的补10块运费，再在店里下一单化肥一起发": "set 145: 10块 freight (中奖的补10块运费) is read right as a fee, but placing a fertiliser order to claim (再在店里下一单化肥一起发) is missed as a condition",
    "中奖的去小黄车拍那个1块钱的'奖品专用链接'，备注中奖ID，不拍没法发": "set 145: a 1块钱 prize link to buy before shipping (拍那个1块钱的'奖品专用链接'…不拍没法发) is missed",
    "中奖名单已出，请中奖者开通店铺会员（19.9元/月）后领取奖品": "set 145: a paid shop membership to claim (开通店铺会员（19.9元/月）后领取奖品) is read right as a condition (请、会员…后领取), and is missed as a fee: a membership priced before 后, not 才, is no fee, as 开通会员（9.9元/月）后领取5元无门槛券 is a perk for buyers",
    "上個月要求下單才能領獎是錯的，已改正，所有中獎者均已補發": "set 145: a past order rule called wrong and fixed (上個月要求下單才能領獎是錯的，已改正) is read as a condition on 要求、下單、才能",
    "奖品默认发到乡镇物流点，想送到家门口的可以自愿加5块送货费，不加也照常到站点": "set 145: an optional door-delivery fee, prize delivered anyway (可以自愿加5块送货费，不加也照常到站点) is read as a fee on 5块、费",
    "纠正一下，刚才说'全网最低'是口误，不这么说，大家以实际为准": "set 145: a correction withdrawing a lowest-price claim (刚才说'全网最低'是口误，不这么说) is read as an absolute claim on 全网最低",
    "领奖的时候报一下你的订单号，没订单号的我们不认": "set 145: a demand for an order number to claim (报一下你的订单号，没订单号的我们不认) is missed",
    "恭喜🎉奖品已经打包好了，发个🧧8.8给店铺就安排顺丰": "set 145: an 8.8 red packet to the shop before shipping (发个🧧8.8给店铺就安排顺丰) is read as a condition on 店铺、就安排, and is missed as a fee",
    "买家：抽奖中了要粉丝团几级啊": "set 145: a buyer's question about fan level (买家：抽奖中了要粉丝团几级啊) is read as a condition on 要、粉丝团",
    "去年抽奖收过打包费，平台提醒后已经退了，今年不会再有": "set 145: a past packing fee, refunded (去年抽奖收过打包费…已经退了，今年不会再有) is read as a fee on 收、费",
    "有老哥问中了化肥是不是要到付，没有的事，包邮到家": "set 145: a denial that prizes ship collect (是不是要到付，没有的事，包邮到家) is read as a fee on 到付",
    "中了的亲补个yf，5r就行，补完当天发": "set 146: 5r freight asked before shipping (补个yf，5r就行，补完当天发) is read right as a fee, and also as a condition on 5r、就行",
    "粉丝团3级以上买词典笔可以用专属券": "set 146: a coupon for fan-level buyers, not about prizes (粉丝团3级以上买词典笔可以用专属券) is read as a condition on 粉丝团、以上、买",
    "刚才助理说要交手续费是说错了，不用交，领奖全免费": "set 146: a correction that no fee is due (刚才助理说要交手续费是说错了，不用交，领奖全免费) is read as a fee on 交、手续费",
    "店铺会员才能领这张满减券，下单学习机可用": "set 146: a members-only shop coupon, not a prize (店铺会员才能领这张满减券) is read as a condition on 会员、才能",
    "学习机中奖的，客服会私信要手机号用于绑定账号": "set 146: a phone number to bind the won device (客服会私信要手机号用于绑定账号) is read as a condition on 要、绑定",
    "中奖的学习机自带激活，不收激活费，开机就能用": "set 146: a prize that works with no activation fee (不收激活费，开机就能用) is read as a condition on 开机、就能",
    "中了网课的家长，邀请两位家长进群后客服给开课时": "set 146: a demand to invite two parents into a group (邀请两位家长进群后客服给开课时) is missed",
    "课时包购买后不退不换，请家长确认孩子年级后下单": "set 146: a purchase note for course packs, not prizes (课时包购买后不退不换，请家长确认孩子年级后下单) is read as a condition on 请、下单",
    "隔壁直播间中奖要拉人进群？我们这不用哈": "set 146: a denial of another room's group rule (隔壁直播间中奖要拉人进群？我们这不用哈) is read as a condition on 要、拉人、进群",
    "有家长评论说\"最好用的词典笔\"，那是家长的感受，我们不做这种宣传": "set 146: a parent's review the shop disowns (有家长评论说\"最好用的词典笔\"…我们不做这种宣传) is read as an absolute claim on 最好",
    "纠正一下，刚口误说要加群才能领，其实不用加群": "set 146: a correction that no group is needed (刚口误说要加群才能领，其实不用加群) is read as a condition on 要、加群、才能",
    "买家：老师讲课很耐心，孩子说听得懂，这是我买过最好的网课": "set 146: a quoted buyer review (买家：…这是我买过最好的网课) is read as an absolute claim on 最好",
    "请问中奖需要粉丝团几级？": "set 146: a viewer question about fan level (请问中奖需要粉丝团几级？) is read as a condition on 需要、粉丝团",
    "拍下点读笔需要另外购买点读包的家长，看详情页说明": "set 146: a product note on buying reading packs, not prizes (拍下点读笔需要另外购买点读包的家长) is read as a condition on 拍下、需要",
    "之前让大家补的邮费已经退了，以后奖品都包邮": "set 146: past postage refunded, prizes now shipped free (之前让大家补的邮费已经退了，以后奖品都包邮) is read as a fee on 补、邮费",
    "置顶修改：原文\"最低价\"三个字删掉，价格以实际为准": "set 146: an edit deleting a lowest-price claim (原文\"最低价\"三个字删掉) is read as an absolute claim on 最低价",
    "【学霸树点读】网上传我们家学习机中奖要交押金，纯属谣言": "set 146: a denial of a deposit rumour (网上传我们家学习机中奖要交押金，纯属谣言) is read as a fee on 交、押金",
    "正价链接拍下的学习机，偏远地区运费到付，抽奖的不算": "set 146: collect freight for paid orders only, not prizes (正价链接拍下的学习机，偏远地区运费到付，抽奖的不算) is read as a condition on 拍下、不算",
    "中了的宝贝儿，明天还得来直播间报个到，不来就顺延给下一位咯": "set 146: a demand to check in tomorrow or lose the prize (明天还得来直播间报个到，不来就顺延给下一位咯) is missed",
    "之前的抽奖规则写了要粉丝等级5级，平台提醒后已经删掉了，现在谁都能中": "set 147: an old fan-level rule that has been removed (已经删掉了，现在谁都能中) is read as a condition on 抽奖规则、要、粉丝等级",
    "之前多收的5元\"包装费\"已经退给三位中奖粉丝了，以后不会再有": "set 147: a 5元 packing fee already refunded (已经退给…中奖粉丝了，以后不会再有) is read as a fee on 收的5元、包装费",
    "中奖者需支付无人机实名登记代办费30元": "set 147: a 30元 registration agent fee for winners (需支付…代办费30元) is read right as a fee, and also as a condition on 需、实名",
    "无人机抽中了不需要交激活费，到手自己用APP激活就行，完全免费": "set 147: no activation fee, the winner activates it free (不需要交激活费…完全免费) is read as a condition on APP、就行",
    "中奖的宝贝帮个小忙，给店铺一个五星好评再私信客服哈～": "set 147: a demand that winners give a five-star review (给店铺一个五星好评再私信客服) is missed",
    "想多要一块电池的可以单独拍，不拍不影响奖品发出": "set 147: an optional extra battery bought separately (可以单独拍，不拍不影响奖品发出) is read as a condition on 要、拍",
    "送的快门线是赠品不是奖品，下单相机才有，抽奖另外算": "set 147: a purchase gift kept apart from the lottery (下单相机才有，抽奖另外算) is read as a condition on 下单、才有",
    "想加急的可以自己补顺丰差价，不补我们也照常圆通包邮发出": "set 147: an optional SF upgrade, free shipping otherwise (不补我们也照常圆通包邮发出) is read as a fee on 补、差价",
    "客服：收到奖品拍个开箱给我们看看呗？不拍也完全没问题哈": "set 147: an optional unboxing photo (不拍也完全没问题) is read as a condition on 奖品拍个",
    "🎉恭喜中奖🎉 拍下0.1元\"奖品发货专用\"链接即可发货": "set 147: a 0.1元 link winners must buy to get shipping (拍下0.1元\"奖品发货专用\"链接) is read as a condition on 拍下、即可, and the fee is missed",
    "云台销量不是第一，但是性价比真的可以": "set 147: a denial of being the top seller (销量不是第一) is read as an absolute claim on 第一",
    "想加急补顺丰？不补的话我们不发，只走顺丰，差价12自己出": "set 147: a forced 12元 SF surcharge or no shipping (不补的话我们不发…差价12自己出) is read right as a fee, and also as a condition on 加急、不发",
    "无人机保价是我们自己出的，中奖的不用另外付保价费": "set 147: insurance paid by the shop (中奖的不用另外付保价费) is read as a fee on 付、保价费",
    "相机以旧换新最高抵3000，这个是购买活动，跟抽奖无关": "set 147: a trade-in cap on a sales offer (最高抵3000…跟抽奖无关) is read as an absolute claim on 最高",
    "上一场字幕写错了，写成“中奖需粉丝团3级”，实际没有这个要求，所有中奖的都发": "set 148: a corrected caption with no fan-club demand (实际没有这个要求，所有中奖的都发) is read as a condition on 需、粉丝团",
    "十字绣绣线100%纯棉，不掉色，今天抽10份": "set 148: an absolute material claim (100%纯棉，不掉色) is missed",
    "之前我们有一次抽奖让中奖的补了邮费，后来平台说不行，我们都退了，现在一律包邮": "set 148: past postage refunded, now free shipping (我们都退了，现在一律包邮) is read as a fee on 补、邮费",
    "主播口误啊，刚才说的“最顶级的面料”收回，就是普通的精梳棉，性价比还可以": "set 148: a retracted superlative (“最顶级的面料”收回) is read as a condition on 口误、收回",
    "毛线中奖的几位姐妹听我说一下哈，补个邮费啊就几块钱，不想补的话就等你下次在我们家买东西的时候跟订单一起发也行，反正两个选一个，不然我们这边一团线单独寄真的亏得很，大家理解一下嘛，谢谢家人们支持": "set 148: postage asked of winners (补个邮费啊就几块钱) is read right as a fee, but the alternative of waiting for a next order (等你下次在我们家买东西…一起发) is missed as a condition",
    "有人私信说中奖要交税？一块布而已交什么税，骗子别信": "set 148: a warning that tax demands are scams (交什么税，骗子别信) is read as a fee on 一块布而已交、税",
    "抽中缝纫机的，要加49元升级成电动款的可以私聊，不加就发手动的": "set 148: an optional 49元 upgrade, manual model free otherwise (不加就发手动的) is read as a condition on 要、升级、电动、私聊",
    "中奖的宝子们记得拍那个“福袋专属”链接，2块钱是运费": "set 148: a 2元 freight link for winners (拍那个“福袋专属”链接，2块钱是运费) is read right as a fee, and also as a condition on 中奖的宝子们记得拍",
    "主播：奖品缝纫机带一年保修，以后坏了寄回来修的话来回运费要自己出哈": "set 148: return freight for later warranty repairs (以后坏了寄回来修…运费要自己出) is read as a fee on 运费、出",
    "卖布的都说自己是全网最低，我们不说这种话，价格大家自己比": "set 148: a refusal to claim the lowest price (我们不说这种话) is read as an absolute claim on 全网最低",
    "抽中的宝子加急发顺丰的话自己补8块，不急的就正常发韵达，免费": "set 148: an optional 8元 SF upgrade, free otherwise (不急的就正常发韵达，免费) is read as a fee on 补8块",
    "中獎後請在評論區留言，客服會私信您確認地址": "set 148: a comment so staff can ask for the address (客服會私信您確認地址) is read as a condition on 中獎後請在評論區留言",
    "客服：亲，您中奖的毛线今天已寄出，运费是我们付的，显示到付是快递搞错了，您拒签就行我们重发": "set 148: a courier error, freight paid by the shop (运费是我们付的，显示到付是快递搞错了) is read as a fee on 到付 and as a condition on 拒签、就行",
    "上次直播说奖品“全网最低价”的字幕是运营打错了，已经删了": "set 148: a mistyped lowest-price caption removed (运营打错了，已经删了) is read as an absolute claim on 全网最低",
    "这个纽扣是我们自己工厂开模的，款式只有我们家有，别处买不到，抽20颗": "set 148: an exclusivity claim (只有我们家有，别处买不到) is missed",
    "抽到奖的宝贝加客服微信，进VIP群，群里领奖": "set 148: winners sent to a WeChat VIP group to claim (加客服微信，进VIP群，群里领奖) is missed",
    "中奖的亲需要购买一张9.9元的会员卡，会员卡能抵扣运费": "set 148: a 9.9元 membership card winners must buy (需要购买一张9.9元的会员卡) is read right as a condition, but the card's 9.9元 is missed as a fee",
    "别家搞抽奖要你买东西才发，我们不搞这一套": "set 148: a contrast with other shops' purchase rules (我们不搞这一套) is read as a condition on 买东西、才发",
    "上次抽奖让中奖的进群，群里人太多了，以后不用进群，客服直接私信你": "set 148: a dropped group requirement (以后不用进群，客服直接私信你) is read as a condition on 中奖的进群",
    "客服：恭喜您抽中角磨机一台~需要您先拍一下店里1元的补运费链接，我们这边才能安排发货哦": "set 149: a 1元 freight link before shipping (先拍一下店里1元的补运费链接…才能安排发货) is missed",
    "想加急的可以自己补顺丰差价，不补的话走普通快递一样包邮发": "set 149: an optional SF upgrade, free shipping otherwise (不补的话走普通快递一样包邮发) is read as a fee on 补、差价",
    "刚才字幕打错了，写成\"运费自付\"，正确是包邮，中奖的不用出运费": "set 149: a corrected caption, shipping is free (正确是包邮，中奖的不用出运费) is read as a fee on 运费、自付",
    "今晚福利：锂电电钻一台，两块电池一个充电器加一盒钻头，关注主播，评论区打'我要电钻'，十点整开奖，开奖时人在直播间就行，中奖的私信客服留地址电话，三天内顺丰包邮发出，保修一年，全程不收任何费用": "set 149: ordinary entry steps with nothing charged (全程不收任何费用) is read as a condition on 时人、就行",
    "這台電錘不敢說什麼全網最好，就是皮實耐用，今晚抽一台包郵": "set 149: a refusal to claim the best (不敢說什麼全網最好) is read as an absolute claim on 最好",
    "小黄车里工具箱运费10元，偏远地区20，介意勿拍": "set 149: freight on a sales listing (小黄车里工具箱运费10元) is read as a fee on 运费10元",
    "中奖的同时需要拍下本店任意一个钻头（最低5.9元），一起发货": "set 149: a required purchase of a drill bit with the prize (需要拍下本店任意一个钻头（最低5.9元）) is read right as a condition, but the 5.9元 cost is missed as a fee, and it is read as an absolute claim on 最低",
    "粉丝团要几级才能中？——不用加团，关注就能参与": "set 149: an answer that no fan club is needed (不用加团，关注就能参与) is read as a condition on 粉丝团、要、才能",
    "抽到工具箱的家人，留言地址就行，不用拍任何链接": "set 149: just leaving an address, no link to buy (留言地址就行，不用拍任何链接) is read as a condition on 留言、就行",
    "中奖后请先下单店内9.9元配件，奖品会随单一起寄出": "set 149: a 9.9元 accessory order before the prize ships (中奖后请先下单店内9.9元配件) is read right as a condition, but the 9.9元 cost is missed as a fee",
    "主播口误说成'行业第一'，更正一下，我们只是做了十年的小厂": "set 149: a retracted industry-first claim (口误说成'行业第一'，更正一下) is read as an absolute claim on 行业第一",
    "中奖的宝，加一下客服微信群报地址就行，不加群私信也一样": "set 149: an optional group, DM works too (不加群私信也一样) is read as a condition on 加一下客服微信群、就行",
    "有其他商家抽奖要求加粉丝团，我们这不用": "set 149: a contrast with other shops' fan-club rules (我们这不用) is read as a condition on 抽奖要求、粉丝团",
    "电镐卖货的链接满300包邮，不满的5元运费，抽奖的奖品不算这个": "set 149: freight on sales listings, not prizes (抽奖的奖品不算这个) is read as a fee on 5元、运费",
    "之前收的那5块运费，我们统一退给大家了，抱歉": "set 149: past freight refunded (统一退给大家了) is read as a fee on 收、5块、运费",
    "昨天那个\"需补运费\"的字幕是旧模板，今天已经换了，全程包邮": "set 149: an old caption replaced, free shipping (已经换了，全程包邮) is read as a fee on 补、运费",
    "之前收過運費的粉絲，我們已全數退款，以後不會再收": "set 149: past freight fully refunded (已全數退款，以後不會再收) is read as a fee on 收、運費",
    "请问奖品保修吗？——保修一年，凭中奖记录就行": "set 149: warranty by the win record (保修一年，凭中奖记录就行) is read as a condition on 凭、记录、就行",
    "中奖以后拍一单9块9的钻头，奖品就随单包邮": "set 149: a 9.9元 drill-bit order to get the prize (中奖以后拍一单9块9的钻头) is read right as a condition, but the 9.9元 cost is missed as a fee",
    "邮费自理那一行是卖货链接的说明，抽奖奖品不适用": "set 149: a postage note for sales listings only (抽奖奖品不适用) is read as a fee on 邮费、自理",
    "加急顺丰自愿补差价，不补走德邦物流照样包邮": "set 149: an optional SF upgrade, free otherwise (不补走德邦物流照样包邮) is read as a fee on 补差价",
    "电锯太重了，但运费我们咬牙出了，中奖兄弟放心": "set 149: freight paid by the shop (运费我们咬牙出了) is read as a fee on 运费、出",
    "中奖的宝贝记得回来给个好评哦，好不好评都不影响发货": "set 149: an optional review (好不好评都不影响发货) is read as a condition on 记得、好评",
    "今天抽三套工具箱，卖货链接里的工具箱运费15，奖品我们全包": "set 149: freight on sales listings, prizes fully covered (奖品我们全包) is read as a fee on 运费15",
    "别家说抽奖'全网最低价'，我们不吹这个，就实实在在送台电钻": "set 149: a refusal to claim the lowest price (我们不吹这个) is read as an absolute claim on 全网最低",
    "客服：亲，您下单的陈醋默认普通快递，需要顺丰的话补6元": "set 150: an optional SF upgrade for a bought order (您下单的陈醋…需要顺丰的话补6元) is read as a fee on 补6元 and as a condition on 下单、默认",
    "客服：奖品我们包邮的，但是您另外拍的那瓶醋需要付运费哦": "set 150: freight on a separately bought item, prize shipped free (奖品我们包邮的…另外拍的那瓶醋) is read as a fee on 要付、运费 and as a condition on 拍、需",
    "今天整箱酱油下单的，偏远地区补10元运费": "set 150: remote-area freight on a sales order (整箱酱油下单的，偏远地区补10元运费) is read as a fee on 补10元、运费",
    "想要木架包装的可以补2元，默认泡沫箱包装免费发": "set 150: optional wooden packing, foam free (默认泡沫箱包装免费发) is read as a fee on 补2元",
    "以前我们说过“全网最低”，这个说法不对，已经改了": "set 150: a withdrawn lowest-price claim (这个说法不对，已经改了) is read as an absolute claim on 全网最低",
    "买家：我是新粉能领吗？主播：能啊，关注了就能": "set 150: a new fan can claim by just following (能啊，关注了就能) is read as a condition on 新粉、就能",
    "中獎者運費自付，新疆西藏不發": "set 150: freight charged to winners (中獎者運費自付) is read right as a fee, and also as a condition on 新疆、西藏、不發",
    "1元试吃装链接每人限购一份，运费3元": "set 150: freight on a 1元 sample listing (1元试吃装链接…运费3元) is read as a fee on 运费3元",
    "置顶评论更正：中奖者无需支付任何费用，之前写的5元包装费作废": "set 150: a correction that winners pay nothing (无需支付任何费用…5元包装费作废) is read as a fee on 5元、包装费、作废",
    "中奖宝宝去小黄车拍3号链接（1.9元）备注“中奖”，我们和奖品一起发出": "set 150: a 1.9元 link winners must buy (拍3号链接（1.9元）备注“中奖”) is missed",
    "粉四团5级以上才能领奖哈": "set 150: a fan-club level to claim (粉四团5级以上才能领奖) is missed",
    "着急吃火锅的可以自愿补8块改顺丰，不补走普通快递一样包邮": "set 150: an optional 8元 SF upgrade, free otherwise (不补走普通快递一样包邮) is read as a fee on 补8块",
    "買兩箱醬油包郵，一箱要補運費": "set 150: a shipping rule for sales orders (買兩箱醬油包郵) is read as a condition on 買、要",
    "主播说的“最辣”是指我们家三个辣度里最辣的那款，不是说全网最辣": "set 150: a relative spice level, not a global claim (三个辣度里最辣的…不是说全网最辣) is read as an absolute claim on 最",
    "上周有几位中奖的补了运费，客服已经原路退款": "set 150: past freight refunded (客服已经原路退款) is read as a fee on 补、运费",
    "2号链接香料包19.9，拍下备注你要几人份": "set 150: a servings note on a sales listing (拍下备注你要几人份) is read as a condition on 拍下、要",
    "【置顶】中奖鱼友请拍5号链接（1元发货链接）备注\"抽奖\"，不拍的安排不了发货": "set 151: a 1元 shipping link winners must buy before dispatch (拍5号链接（1元发货链接）…不拍的安排不了发货) is read as a condition on 请、拍, and the 1元 link is missed as a fee",
    "刚才说水草泥\"绝对不浑水\"说太满了，收回哈，开缸前两天有点浑是正常的": "set 151: a retraction of an earlier claim about aquarium soil (“绝对不浑水”说太满了，收回哈) is read as an absolute claim on 绝对, and also as a condition on 水草、收回",
    "骗子常用话术：\"恭喜中奖，请先付运费\"，我们绝不会这么说，别上当": "set 151: a warning that quotes a scammer's line (骗子常用话术…我们绝不会这么说) is read as a fee on 先付、运费",
    "上次抽中的鱼友有人补了运费，已经全部退还，这次开始不会再有": "set 151: past freight payments already refunded (已经全部退还，这次开始不会再有) is read as a fee on 补、运费",
    "刚才嘴快说成全网最低价了，更正一下，是我们店近期的活动价，别误会": "set 151: a corrected slip of the tongue (说成全网最低价了，更正一下) is read as an absolute claim on 全网最低",
    "中奖名单会在粉丝群和置顶同步公布，不在群里的也照样发，客服会私信你要地址": "set 151: winners named in the group, prize sent even outside it (不在群里的也照样发) is read as a condition on 粉丝群、要",
    "中奖的想要指定颜色可以补点钱，不补就随机发": "set 151: an optional paid colour choice, prize sent anyway (不补就随机发) is read as a fee on 补、钱",
    "之前有客服说取关了就不发，那是她自己瞎说的，已经批评了，取关也照发": "set 151: a retracted staff rule, prize sent even after unfollowing (那是她自己瞎说的…取关也照发) is read as a condition on 说取关、不发",
    "刚才说的全网最便宜是口误，我们只是说活动价比较实惠": "set 151: a correction of a slip (全网最便宜是口误) is read as an absolute claim on 全网最便宜",
    "鱼粮一次别喂太多，三分钟吃完的量就行，抽中的宝子回家试试": "set 151: feeding advice for winners (鱼粮一次别喂太多，三分钟吃完的量就行) is read as a condition on 吃完、就行",
    "这款摄像头拍下39.9，邮费5元，偏远地区10元": "set 152: shop price and postage for buyers, not winners (拍下39.9，邮费5元) is read as a fee on 邮费5元",
    "纠正一下，屏幕上‘需点亮灯牌’是上一场的贴纸，忘撤了，这场不需要": "set 152: a correction of an old sticker (‘需点亮灯牌’是上一场的贴纸…这场不需要) is read as a condition on 需、点亮灯牌",
    "下单的宝宝记得备注门厚，超过10公分的要加配件20块": "set 152: a fitting note for buyers, not winners (下单的宝宝记得备注门厚) is read as a condition on 下单、记得",
    "宝子中了嘛？加一下售后微信，发个5块红包给小姐姐就安排发货": "set 152: a 5块 red packet to staff before shipping (发个5块红包给小姐姐就安排发货) is read right as a fee, and also as a condition on 加一下售后微信、就安排发货",
    "置顶评论有误：‘中奖需好评’已删掉，没有这个要求": "set 152: a wrong comment deleted, no such rule (‘中奖需好评’已删掉，没有这个要求) is read as a condition on 需、好评",
    "中獎者需支付包裝費15元，攝像頭才會寄出": "set 152: a 15元 packing fee before the camera ships (需支付包裝費15元) is read right as a fee, and also as a condition on 攝像頭、才會",
    "问一下中奖是不是要到付啊": "set 152: a viewer's question, not a rule (问一下中奖是不是要到付啊) is read as a fee on 到付",
    "中奖的朋友要开孔的门，开孔费50元自理哦，不需要开孔的不收": "set 152: a 50元 drilling fee for winners (开孔费50元自理) is read right as a fee, and also as a condition on 要、开孔",
    "去年我们家抽奖还收过安装费，今年全部免费上门": "set 152: a past fee now dropped (去年…还收过安装费，今年全部免费上门) is read as a fee on 收、安装费",
    "刚才说邮费到付是说的购买链接，不是奖品，奖品包邮": "set 152: freight on delivery meant the buy link, prize ships free (说的购买链接，不是奖品，奖品包邮) is read as a fee on 邮费、到付",
    "猫眼现在拍599，上门安装费另付80，自己装的不用拍安装链接": "set 152: an install fee on a shop purchase, not a prize (猫眼现在拍599，上门安装费另付80) is read as a fee on 安装费、另付",
    "邮费我们出，中奖的记得加群登记，不加群不发哦": "set 152: joining a group to claim, postage paid by the shop (邮费我们出…不加群不发) is read right as a condition, and also as a fee on 邮费、出、不发",
    "粉丝：奖品是全网最低价那款吗？主播：价格咱不比，只能说卖得还行": "set 152: a fan's question the host declines (全网最低价那款吗？…价格咱不比) is read as an absolute claim on 全网最低",
    "要开孔的门我们师傅免费开，想换个好看点的面板可以自选补差，不换也照样装": "set 152: an optional paid panel upgrade, install free anyway (可以自选补差，不换也照样装) is read as a fee on 补差",
    "主播：衣恋家居服今天直播间价格99，关注主播再领5元券": "set 153: a shop price and coupon for buyers, not winners (价格99，关注主播再领5元券) is read as a condition on 衣恋、家居服、价格、再领",
    "不敢打包票说绝对不起球，大家按洗标洗护就好，今天抽5双": "set 153: a refusal to promise (不敢打包票说绝对不起球) is read as an absolute claim on 绝对",
    "请问抽中的内裤是不是要到付啊": "set 153: a viewer's question, not a rule (请问抽中的内裤是不是要到付啊) is read as a fee on 到付",
    "抽中的宝子给我们刷个小礼物证明你是真爱粉🥰 刷了就发": "set 153: a paid gift demanded before the prize ships (刷个小礼物…刷了就发) is missed",
    "抽中的姐妹，奖品本身0元，快递费不在奖品范围内哈，你懂的": "set 153: a hinted freight charge on winners (快递费不在奖品范围内哈，你懂的) is missed",
    "更正：刚才字幕写错了，“中奖需付邮费”是错的，奖品包邮": "set 153: a correction of a wrong caption (“中奖需付邮费”是错的，奖品包邮) is read as a fee on 付、邮费",
    "置顶改一下：之前写的“需下单领奖”删掉了，中奖直接发": "set 153: a removed rule, prize sent directly (“需下单领奖”删掉了，中奖直接发) is read as a condition on 需、下单",
    "好了好了宝宝们别刷了，奖品是这款蕾丝文胸三件套，中了的宝宝听好啊，先私信客服报尺码，然后去小黄车拍那个3.9的邮费专拍，拍完把订单截图发过来，我们这边核对完了才统一发货": "set 153: a 3.9 postage link winners must buy (拍那个3.9的邮费专拍) is read right as a fee, and also as a condition on 先、拍、完了、才统一发货",
    "中奖了嘛？那你得是粉丝团成员哦，不是的话现在加也来得及，1快币": "set 153: fan club membership to claim, costing 1快币 (得是粉丝团成员…1快币) is read right as a condition, but the 1快币 to join is missed as a fee",
    "襪子十雙裝今天抽獎，關注主播並留言「要襪子」即可參加": "set 153: the normal entry by follow and comment (關注主播並留言「要襪子」即可參加) is read as a condition on 留言、要、即可",
    "更正：標題寫的「運費自理」有誤，獎品全部免運": "set 153: a correction of a wrong title (「運費自理」有誤，獎品全部免運) is read as a fee on 運費、自理",
    "中奖的宝宝备注一下，我们给你拉个0.99的小链接，走个流程就发": "set 153: a 0.99 link winners must pay before shipping (拉个0.99的小链接，走个流程就发) is read as a condition on 拉、就发, and the 0.99 payment is missed as a fee",
    "纠正：这款不是“第一”，是我们店里卖得比较多的一款": "set 153: a correction denying a ranking (这款不是“第一”，是我们店里卖得比较多的) is read as an absolute claim on 第一",
    "0元抽袜子！！中奖后youfei自理，新疆西藏不发": "set 153: postage left to the winner (中奖后youfei自理) is read right as a fee, and also as a condition on 新疆、西藏、不发",
    "网上传我们内衣厂抽奖要先买一件才发，假的，别信": "set 153: a denied rumour (网上传…要先买一件才发，假的，别信) is read as a condition on 要、先、买一件、才发",
    "邮费🈶 中奖的自己出哈 4块 不贵": "set 153: 4块 postage paid by the winner (邮费🈶 中奖的自己出哈 4块) is missed",
    "中奖的宝子收到车记得看安装视频哦，有问题随时找客服": "set 154: advice after delivery (收到车记得看安装视频哦) is read as a condition on 记得、安装、视频",
    "之前的奖品有到付的，已经全部给宝子们补偿退款了": "set 154: past freight charges already refunded (已经全部给宝子们补偿退款了) is read as a fee on 到付",
    "平衡车正价链接偏远地区加收运费20，抽奖的奖品不收": "set 154: remote freight on the shop link, not the prize (正价链接偏远地区加收运费20，抽奖的奖品不收) is read as a fee on 加收、运费20",
    "有陌生号加你说中奖要先交19.9激活费，千万别理，直接举报": "set 154: a scam warning (说中奖要先交19.9激活费，千万别理) is read as a fee on 先交19.9、费",
    "中奖请拍【奖品专用】链接9.9（含运费险+打包），备注快手昵称": "set 154: a 9.9 prize link winners must buy (拍【奖品专用】链接9.9（含运费险+打包）) is missed",
    "大件物流不派送到村的，中奖的宝子可以填镇上的地址，运费我们照出": "set 154: freight paid by the shop to a town address (运费我们照出) is read as a fee on 运费、出",
    "2号链接儿童自行车，新疆西藏地区运费到付，其他地区包邮": "set 154: freight on delivery for a shop link, not a prize (2号链接儿童自行车，新疆西藏地区运费到付) is read as a fee on 运费、到付",
    "刚才口误说了全网最低，收回，咱不说这个": "set 154: a retracted slip (口误说了全网最低，收回) is read as an absolute claim on 全网最低, and also as a condition on 全网最低、收回",
    "顶级品质平衡车0元带回家，运费险2元需中奖人承担": "set 154: a top-quality claim and a 2元 fee on winners (顶级品质…运费险2元需中奖人承担) is read right as an absolute claim and a fee, and also as a condition on 需、承担",
    "更正：標題裡的「最強童車」是同事亂寫的，已經改掉了": "set 154: a corrected title (「最強童車」是同事亂寫的，已經改掉了) is read as an absolute claim on 最強",
    "想要刻宝宝名字的可以另付定制费，不刻的奖品正常发": "set 154: optional paid engraving, prize sent anyway (不刻的奖品正常发) is read as a fee on 另付、费",
    "拍了车子的宝子想要上门安装，安装费30一次，自己装的看视频": "set 154: an install fee for buyers, not winners (拍了车子的宝子…安装费30一次) is read as a fee on 安装费30",
    "購買平衡車的寶貝，偏遠地區需補運費，抽獎獎品除外": "set 154: remote freight for buyers, prizes excepted (購買平衡車的寶貝…抽獎獎品除外) is read as a condition on 購買、需",
    "家人们听我说哈中奖的宝子呢我们这个平衡车是大件嘛单独寄物流成本太高了所以中奖的家人再随便下一单任意商品奖品就跟着订单一起发过去省得单独寄大家理解一下哈": "set 154: an order of any goods so the prize ships with it (中奖的家人再随便下一单任意商品…一起发过去) is missed",
    "宝宝骑车一定要戴头盔，护具也穿上，安全第一": "set 154: safety advice (安全第一) is read as an absolute claim on 第一",
    "粉丝团3级以上的宝子下单可以再减10块，限每人一台": "set 154: a fan-club discount for buyers, not winners (粉丝团3级以上的宝子下单可以再减10块) is read as a condition on 粉丝团、以上、下单",
    "中奖的宝子邮费➕包装一共12💰，付完截图给我": "set 154: 12 in postage and packing paid by winners (邮费➕包装一共12💰，付完截图给我) is missed",
    "中奖的宝子如果要改成发14寸的需要补差价，不改就按12寸正常发": "set 154: an optional paid size upgrade, prize sent anyway (不改就按12寸正常发) is read as a fee on 补差价",
    "上一場抽獎收過包裝費，已全額退還，這場全部免費": "set 154: a past packing fee fully refunded (收過包裝費，已全額退還) is read as a fee on 收、包裝費",
    "问：是不是全网最低价啊？答：不敢说最低，反正今天比平时便宜30": "set 154: a fan's question the host declines (是不是全网最低价啊？答：不敢说最低) is read as an absolute claim on 全网最低",
    "中奖后要在群里发个红包？不不不，只要在群里报个到就行，不报到不发": "set 154: a group check-in to claim, the red packet denied (不不不，只要在群里报个到…不报到不发) is read right as a condition, and also as a fee on 中奖后要在群里发个红包",
    "化妆刷套装12支，人造纤维毛，送刷包，今日39元。今晚抽奖送化妆刷套装5份，扣“化妆”参与。领奖需给主播送出一个价值1快币以上的礼物。开奖时间22:00。": "set 22: a gift of 1快币 or more to the host to claim (领奖需给主播送出一个价值1快币以上的礼物) is read right as a condition, but the paid gift is missed as a fee",
    "中奖要送一个棒棒糖礼物才作数哈，一毛钱的事": "set 154: a gift to make the win count (中奖要送一个棒棒糖礼物才作数哈，一毛钱的事) is read right as a condition, but the paid gift is missed as a fee",
    "中奖珍珠需要配鉴定证书才能出库，证书费9.9元中奖人自付": "set 155: a 9.9元 certificate fee paid by the winner (证书费9.9元中奖人自付) is read right as a fee, and also as a condition on 珍珠、需要、鉴定证书、才能、出库",
    "珍珠项链链接3号，79元含税含运费，抽奖的是另一条": "set 155: the price of another necklace sold in the shop, not the prize (79元含税含运费，抽奖的是另一条) is read as a fee on 79元、税、运费",
    "镶嵌费：银托15元，金托另询，拍下备注款式": "set 155: a setting price for bought pearls (镶嵌费：银托15元…拍下备注款式) is read as a fee on 费、15元",
    "中奖宝宝私信客服发个5.2的红包给店铺，我们马上安排寄出珍珠": "set 155: a 5.2 red packet to the shop before the pearl ships (私信客服发个5.2的红包给店铺，我们马上安排寄出) is missed",
    "以前我们抽奖要收打孔费，被大家提意见后已经全部免了": "set 155: a past piercing fee that is now dropped (以前我们抽奖要收打孔费，…已经全部免了) is read as a fee on 收、费",
    "上次中奖收的5元保价费已经退给大家了，以后都不收": "set 155: a past 5元 insurance fee now refunded (收的5元保价费已经退给大家了，以后都不收) is read as a fee on 收的5元、保价费",
    "偏远地区新疆西藏购买需补邮费15元": "set 155: extra postage for buyers in remote areas, not winners (偏远地区新疆西藏购买需补邮费15元) is read as a fee on 补邮费15元, and as a condition on 购买、需",
    "抽奖珍珠是AAAA级极光，整个诸暨最亮的就是这颗": "set 155: a superlative about the pearl (整个诸暨最亮的就是这颗) is read right as an absolute claim, and also as a fee on AA",
    "中奖的姐妹拍下9.9的“奖品专用链接”，这个不是买东西，是邮费加包装": "set 155: a 9.9 \"prize link\" that is really postage and packing (拍下9.9的“奖品专用链接”…是邮费加包装) is read right as a fee, and also as a condition on 中奖的姐妹拍下",
    "中奖了的送主播一个小礼物（1快币就行）再去领哈": "set 155: a 1快币 gift to the host before claiming (送主播一个小礼物（1快币就行）再去领) is read right as a condition, but the paid gift is missed as a fee",
    "中奖宝贝在直播间刷个啤酒🍺就给你寄珍珠": "set 155: a beer gift in the stream before the pearl ships (在直播间刷个啤酒🍺就给你寄珍珠) is missed",
    "之前收的证书费已退，家人们查看一下退款": "set 155: a past certificate fee now refunded (之前收的证书费已退) is read as a fee on 收、证书费",
    "中奖珠子默认裸珠发，打孔+配链子是必须的工序，费用15中奖人出": "set 155: 15 for compulsory piercing and chain paid by the winner (打孔+配链子是必须的工序，费用15中奖人出) is read right as a fee, and also as a condition on 必须、工序",
    "客服：恭喜您中奖～领取需要先成为我们的VIP会员，开通链接发您了，只要6块": "set 155: a 6块 VIP membership needed to claim (领取需要先成为我们的VIP会员，…只要6块) is read right as a condition, but the 6块 price is missed as a fee",
    "中奖的宝宝不用关注不用评论，拍一单1元的打孔链接就行": "set 155: a 1元 piercing link winners must buy (拍一单1元的打孔链接就行) is missed",
    "以前要粉丝团才能领，现在改了，新粉也能领": "set 155: a past fan-club rule now dropped (以前要粉丝团才能领，现在改了，新粉也能领) is read as a condition on 要、粉丝团、才能",
    "想要鑲成吊墜的可以自費加託，不加也照常寄裸珠": "set 155: an optional paid pendant mount, bare pearl sent anyway (可以自費加託，不加也照常寄裸珠) is read as a fee on 自費",
    "主播，抽奖的珍珠是最好的那批吗": "set 155: a viewer asking if the prize is the best batch (抽奖的珍珠是最好的那批吗) is read as an absolute claim on 最好",
    "开蚌福袋到付链接请看清楚再拍，这个是自购商品，不是抽奖": "set 155: a pay-on-delivery bag bought by viewers, not the prize (开蚌福袋到付链接…是自购商品，不是抽奖) is read as a fee on 到付",
    "奖品珍珠耳钉包邮，银针要换18K金的补20，这个必须换，不换不给发": "set 155: a 20 upgrade to 18K needles required or no shipping (银针要换18K金的补20，这个必须换，不换不给发) is missed",
    "直播间花胶正价链接满299包邮，不满的补8元运费，这个是买货的规矩哈，抽奖的奖品不在这个范围，中了的全部包邮到家，不用拍任何链接": "set 156: 8元 freight on small regular orders, prizes shipped free (不满的补8元运费，这个是买货的规矩哈…中了的全部包邮) is read as a fee on 补8元、运费",
    "中了燕窝的宝宝在粉丝群发个66快币的红包，我们就安排发货": "set 156: a 66快币 red packet in the fan group before shipping (在粉丝群发个66快币的红包，我们就安排发货) is read right as a condition, but the paid red packet is missed as a fee",
    "有宝宝说我们家阿胶是最好的，不敢这么说哈，我们只保证是正品有溯源码": "set 156: a refusal to call the product the best (我们家阿胶是最好的，不敢这么说哈) is read as an absolute claim on 最好",
    "中奖后如果再买正价燕窝可以合并一起发，不买也单独发出": "set 156: optional combined shipping with a purchase, prize sent anyway (如果再买正价燕窝可以合并一起发，不买也单独发出) is read as a condition on 中奖后如果再买",
    "冷链泡沫箱+冰袋费用6元，正价单件需买家承担，奖品不收": "set 156: a cold-chain fee on regular orders only (冷链泡沫箱+冰袋费用6元，正价单件需买家承担，奖品不收) is read as a fee on 费用6元",
    "阿胶糕正价39.9，满2件包邮，单件加6元运费，抽奖奖品另外算，全部包邮": "set 156: 6元 freight on single regular orders, prizes shipped free (单件加6元运费，抽奖奖品另外算，全部包邮) is read as a fee on 6元、运费",
    "宝宝们这一批红枣溯源码可查，不说最好，就说是真实产地": "set 156: a refusal to claim the best (不说最好，就说是真实产地) is read as an absolute claim on 最好",
    "前两天字幕写“中奖需付邮费”是运营打错字了，已经改了，包邮包邮包邮": "set 156: a correction of a mistyped postage caption (字幕写“中奖需付邮费”是运营打错字了…包邮包邮包邮) is read as a fee on 付、邮费",
    "这个燕窝不敢说市场上品质最高，但每盏都有溯源码": "set 156: a hedged quality remark (不敢说市场上品质最高) is read as an absolute claim on 最高",
    "我们说的“第一”是指今晚第一轮抽奖，不是说产品第一哈": "set 156: \"first\" meaning the first draw round, not a ranking (“第一”是指今晚第一轮抽奖，不是说产品第一) is read as an absolute claim on 第一",
    "上周中奖补了12块运费的宝宝，钱已经退了，注意查收哈": "set 156: a refund of freight paid last week (上周中奖补了12块运费的宝宝，钱已经退了) is read as a fee on 补了12块、运费",
    "中了奖的宝子加入我们的VIP群，群里发货，不进群没法发": "set 156: joining a VIP group to get the prize shipped (加入我们的VIP群，群里发货，不进群没法发) is missed",
    "刚才说中奖要补运费是我口误，是正价商品要补，奖品全包邮": "set 156: a correction that only regular goods pay freight (刚才说中奖要补运费是我口误…奖品全包邮) is read as a fee on 补、运费",
    "礼盒装需补包装费8元，中奖者可选择补或不补，不补发简装": "set 156: an optional 8元 gift box, plain pack otherwise (礼盒装需补包装费8元，中奖者可选择补或不补，不补发简装) is read as a fee on 补包装费8元",
    "花胶直播间买两斤以上包邮，一斤的补10元运费": "set 156: a free-shipping threshold for bought fish maw (花胶直播间买两斤以上包邮) is read as a condition on 买、以上",
    "运费险9.9元是正价链接的可选项，抽奖的奖品不需要买": "set 156: optional freight insurance on regular links (运费险9.9元是正价链接的可选项，抽奖的奖品不需要买) is read as a fee on 运费、9.9元",
    "中奖的宝宝需要是我们直播间的会员，会员每月6.6元": "set 156: a 6.6元 monthly membership required of winners (需要是我们直播间的会员，会员每月6.6元) is read right as a condition, but the membership price is missed as a fee",
    "中奖的宝贝要在群里发红包才能领燕窝": "set 156: a red packet in the group to claim (要在群里发红包才能领燕窝) is read right as a fee, but sending it in the group before claiming is missed as a condition",
    "中奖宝宝进群领取，群里发个88快币的红包给主播": "set 156: an 88快币 red packet to the host in the group (进群领取，群里发个88快币的红包给主播) is read right as a condition, but the paid red packet is missed as a fee",
    "买了清洗套餐的宝子，核销请提前2天预约哦": "set 157: booking ahead for a bought cleaning package (买了清洗套餐的宝子，核销请提前2天预约) is read as a condition on 买、请",
    "中奖名单已公示，请中奖的5位家人48小时内确认服务地址": "set 157: confirming the service address, an allowed claim step (请中奖的5位家人48小时内确认服务地址) is read as a condition on 请、服务",
    "空调清洗券中奖者需要拍下店内【上门补差】链接（3元）才能预约成功": "set 157: a 3元 top-up link to book the prize (拍下店内【上门补差】链接（3元）才能预约成功) is read right as a fee, and also as a condition on 需要、拍下、才能",
    "奖品涉及的税费由公司承担，中奖人不用出一分钱": "set 157: tax borne by the company, winners pay nothing (税费由公司承担，中奖人不用出一分钱) is read as a fee on 税费、承担",
    "材料fei10块 中奖的也要给 师傅带了清洗剂": "set 157: a 10块 material fee winners must pay too (材料fei10块 中奖的也要给) is missed",
    "空调清洗券买三送一，需在30天内核销，过期可退": "set 157: a time limit on bought vouchers (空调清洗券买三送一，需在30天内核销) is read as a condition on 买、需",
    "公告更正：昨天置顶写的\"需粉丝等级3级\"是错的，任何人都能领": "set 157: a correction of a wrong fan-level notice (昨天置顶写的\"需粉丝等级3级\"是错的，任何人都能领) is read as a condition on 需、粉丝等级",
    "保险费5元是必须的，师傅上门作业要买意外险，中奖的也得出": "set 157: a 5元 insurance fee winners must pay (保险费5元是必须的…中奖的也得出) is read right as a fee, and also as a condition on 要、买",
    "需要加急当天上门的可以自愿付加急费，不加急按排期三天内上门": "set 157: an optional paid rush visit, normal visit in three days (可以自愿付加急费，不加急按排期三天内上门) is read as a fee on 付、费",
    "粉丝等吉5级以上才能核消，宝子们冲": "set 157: fan level 5 needed to redeem (粉丝等吉5级以上才能核消) is missed",
    "【美家到家】家政券中了的宝宝，核销要先开通小程序会员卡，19.9一年，开了才能约": "set 157: a 19.9 yearly membership card to book the prize (核销要先开通小程序会员卡，19.9一年，开了才能约) is read right as a condition, but the 19.9 price is missed as a fee",
    "阿强空调清洗：上次抽奖有个师傅私自收了上门费，已全额退给用户，师傅也处理了": "set 157: a visit fee a worker took, now refunded (师傅私自收了上门费，已全额退给用户) is read as a fee on 收、费",
    "家人们问是不是要点灯牌才能中，不是哈，关注加评论就行": "set 157: a denial that a light badge is needed (是不是要点灯牌才能中，不是哈，关注加评论就行) is read as a condition on 要、点灯牌、才能",
    "置顶：中奖用户核销需先在小程序支付1分钱验证+19元保障金，完成后派单": "set 157: a 1分 check plus 19元 deposit before dispatch (需先在小程序支付1分钱验证+19元保障金) is read right as a fee, and also as a condition on 需、先、小程序支付1分钱验证",
    "通畅管道：普通下单的管道疏通需先付20元上门检测费，疏通成功后抵扣": "set 157: an inspection fee for ordinary paid orders (普通下单的管道疏通需先付20元上门检测费) is read as a fee on 先付20元、检测费, and as a condition on 下单、需",
    "前几天有位中奖宝子被多收了15远程费，今天已经退回，给您道歉": "set 157: an overcharged fee now refunded (被多收了15远程费，今天已经退回) is read as a fee on 收、费",
    "以前要粉丝等级才能领，现在改了，谁中都能领": "set 157: a past fan-level rule now dropped (以前要粉丝等级才能领，现在改了) is read as a condition on 要、粉丝等级、才能",
    "中奖的家人地址和电话发我一下，核对一下小区名字就能派单": "set 157: giving address and phone for dispatch, an allowed claim step (地址和电话发我一下，核对一下小区名字就能派单) is read as a condition on 小区、就能",
    "更正：中奖券核销不需要下单，之前的说法作废": "set 157: a correction that no order is needed (中奖券核销不需要下单，之前的说法作废) is read as a condition on 的说法、作废",
    "快修侠：家电维修上门检测费30，维修成功免检测费，这是日常订单价格": "set 157: repair prices for daily orders (上门检测费30…这是日常订单价格) is read as a fee on 检测费30",
    "中奖的如果想升级深度清洗可以补差价，不补就是标准清洗，一样免费": "set 157: an optional paid upgrade, standard cleaning free (想升级深度清洗可以补差价，不补就是标准清洗，一样免费) is read as a fee on 补差价",
    "全网zui低价的空调清洗，今天直接0元抽": "set 157: a lowest-price claim in pinyin (全网zui低价) is missed",
    "来来来新进来的宝子点个关注评论区打\"家里干净\"就能参与抽奖今晚抽五台空调清洗中了的宝子不用下单不用点灯牌上门费材料费远程费我们全包师傅带鞋套带工具洗完拍照给你看": "set 157: entry by follow and comment, with all fees paid by the shop (点个关注评论区打\"家里干净\"就能参与…上门费材料费远程费我们全包) is read as a condition on 进来、就能",
    "中奖的亲上门废要自己出哈 20块 师傅现场收": "set 157: a 20块 visit fee paid on site (上门废要自己出哈 20块 师傅现场收) is read right as a fee, and also as a condition on 要、师傅、现场",
    "给大家说清楚，奖品不用补差价，补差价是买同款大号的宝宝才要": "set 158: a top-up only for buying the larger size (奖品不用补差价，补差价是买同款大号的宝宝才要) is read as a fee on 补差价, and as a condition on 买、才、要",
    "客服：亲，中奖的壶需要您拍一下店里的“邮费专拍”9.9元哦": "set 158: a 9.9元 postage link (需要您拍一下店里的“邮费专拍”9.9元) is read right as a fee, and also as a condition on 需要、拍",
    "主播：中了的先别急，邮费一会儿拍个链接，小钱小钱": "set 158: postage to be paid through a link (邮费一会儿拍个链接，小钱小钱) is read as a condition on 先、别急, but is missed as a fee",
    "以前的抽奖要中奖的宝宝自己出保价费，被大家说了，这次开始全部我们承担": "set 158: a past insurance fee now borne by the shop (以前…自己出保价费…这次开始全部我们承担) is read as a fee on 出、保价费",
    "抽中的建盏要走海关，税费自理（港澳台宝宝看这里）": "set 158: customs tax paid by winners (税费自理) is read right as a fee, and also as a condition on 要、海关",
    "公告修正：领奖无需下单，原文“需下单一件”作废": "set 158: a correction that no order is needed (领奖无需下单，原文“需下单一件”作废) is read as a condition on 需、下单、作废",
    "加入粉斯团（1快币）才能领壶": "set 158: joining the fan club for 1快币 to claim (加入粉斯团（1快币）才能领壶) is read right as a condition, but the 1快币 price is missed as a fee",
    "中獎加群，群裡發個紅包才發貨": "set 158: joining a group and sending a red packet before shipping (中獎加群，群裡發個紅包才發貨) is read right as a condition, but the red packet is missed as a fee",
    "奖品发货前必须先买2元运费险，客服才给建单": "set 158: 2元 freight insurance bought before shipping (必须先买2元运费险，客服才给建单) is read right as a fee, and also as a condition on 必须、先买",
    "奖品会附上收藏证书和养壶说明书": "set 158: a certificate and care guide sent with the prize (奖品会附上收藏证书和养壶说明书) is read as a condition on 附上、收藏",
    "主播：这个建盏是我们自己窑口烧的，兔毫不算多，但是挺耐看，今晚抽一只，包邮的": "set 158: a product description, prize shipped free (兔毫不算多，但是挺耐看…包邮的) is read as a condition on 兔毫、不算",
    "🫖抽中的壶，保价+包装一共10元，私信客服付一下就安排": "set 158: 10元 for insurance and packing paid to service (保价+包装一共10元，私信客服付一下就安排) is missed",
    "開壺服務免費幫大家做好再寄": "set 158: free teapot seasoning before shipping (開壺服務免費幫大家做好再寄) is read as a condition on 服務、免費、再寄",
    "上周抽奖误让两位宝宝付了保价费，已全额退款，给大家道歉": "set 158: an insurance fee charged by mistake, now refunded (误让两位宝宝付了保价费，已全额退款) is read as a fee on 付、保价费",
    "需要纸质证书的可以拍5元证书链接，不要的直接发壶，奖品照样包邮": "set 158: an optional 5元 paper certificate, prize free anyway (可以拍5元证书链接，不要的直接发壶，奖品照样包邮) is read as a fee on 拍5元证书链接",
    "更正：置顶写成“奖品运费自理”是打错了，正确是“奖品包邮”": "set 158: a correction of a freight typo (置顶写成“奖品运费自理”是打错了，正确是“奖品包邮”) is read as a fee on 运费、自理",
    "之前说中奖要好评才发货，那个规则已经撤了": "set 158: a review rule that was dropped (之前说中奖要好评才发货，那个规则已经撤了) is read as a condition on 要、好评、才发货",
    "老周紫砂中奖的老铁记得四十八小时内填地址哦，过了时间就算自动放弃了噢": "set 158: an address deadline, an allowed claim step (四十八小时内填地址哦，过了时间就算自动放弃) is read as a condition on 紫砂、记得、自动放弃",
    "景德镇茶杯买二送一，邮费到付，介意慎拍": "set 158: freight on delivery for bought cups (景德镇茶杯买二送一，邮费到付) is read as a fee on 邮费、到付",
    "刻字的奖品要多等两天，刻好就发": "set 158: engraved prizes ship two days later (刻字的奖品要多等两天，刻好就发) is read as a condition on 刻好、就发",
    "中奖的宝宝拍下店里1元补运费链接，我们收到就给你发壶哈": "set 158: a 1元 freight link before the teapot ships (拍下店里1元补运费链接，我们收到就给你发壶) is missed",
    "奖品包邮，但木盒包装另收18元，不要木盒的不发": "set 158: an 18元 wooden box charged, no box no prize (木盒包装另收18元，不要木盒的不发) is read right as a fee, and also as a condition on 木盒、不发",
    "想拿到福袋里这只手镯的，中奖后给主播送个520的礼物就安排": "set 59: a gift of 520 to the host to claim (送个520的礼物就安排) is read right as a condition, but its price is missed as a fee (relabelled fee and condition at stop 48)",
    "中奖宝子需要在群里发红包6.66才能登记发货。": "set 86: a red packet sent in the group to claim (在群里发红包6.66才能登记发货) is read right as a fee, but missed as a condition (relabelled fee and condition at stop 48)",
    "中奖的家人们先进粉丝群，在群里发个红包给你登记，发完就安排": "set 159: joining the fan group and sending a red packet to register (先进粉丝群，在群里发个红包给你登记) is read right as a condition, but the red packet (发个红包) is missed as a fee",
    "奖品画芯要裱好才发，装裱费28元中奖者出": "set 159: a 28元 mounting fee paid by the winner (装裱费28元中奖者出) is read right as a fee, and also as a condition on 要、裱好、才发",
    "奖品走中通包邮，要顺丰的补8块差价，不补就中通，随你": "set 159: free ZTO shipping with an optional SF upgrade (奖品走中通包邮，要顺丰的补8块差价，不补就中通) is read as a fee on 补8块、差价",
    "以前中奖要补顺丰差价，现在改了，一律中通包邮，不补任何钱": "set 159: a past fee now dropped (以前中奖要补顺丰差价，现在改了，一律中通包邮) is read as a fee on 补、差价",
    "中奖的宝子要在群里发个5元红包才能领，群里人多热闹一下": "set 159: a 5元 red packet sent in the group to claim (要在群里发个5元红包才能领) is read right as a fee, but sending it in the group to claim is missed as a condition",
    "中奖的包邮哦，就是需要您拍个3.9的运费险，保障一下": "set 159: a 3.9元 shipping insurance the winner must buy (需要您拍个3.9的运费险) is read as a condition on 需要、拍个, but the insurance charge is missed as a fee",
    "中奖的开通会员，19.9一个月，开了立马发": "set 159: a 19.9-a-month membership required before shipping (中奖的开通会员，19.9一个月，开了立马发) is read right as a condition, but the 19.9 membership charge is missed as a fee",
    "刚才口误说了个全网最低，收回收回，就是正常价格哈": "set 159: a slip retracted at once (口误说了个全网最低，收回收回，就是正常价格) is read as an absolute claim on 全网最低, and as a condition on 全网最低、收回",
    "中奖的姐妹补个差价就能换大号材料包，不换就发原来的": "set 159: an optional paid upgrade, the prize ships anyway (补个差价就能换大号材料包，不换就发原来的) is read as a fee on 补个、差价",
    "收到奖品的宝宝要是喜欢可以给个好评，不强求哈，奖品早就发了": "set 159: an optional review after the prize has shipped (可以给个好评，不强求哈，奖品早就发了) is read as a condition on 不强求、就发",
    "中奖的先拍下9.9的会员卡链接，再私信地址": "set 159: buying a 9.9 membership card before claiming (先拍下9.9的会员卡链接，再私信地址) is read right as a fee, but the purchase required to claim is missed as a condition",
    "补8元邮费的是买家买的加急单，中奖的宝子不用管": "set 159: an 8元 postage for buyers' rush orders, not winners (补8元邮费的是买家买的加急单，中奖的宝子不用管) is read as a fee on 补8元、邮费",
    "抽中的宝宝，补个1.9的包装盒钱，不补用塑料袋装也照发": "set 159: an optional 1.9 gift box, the prize ships anyway (补个1.9的包装盒钱，不补用塑料袋装也照发) is read as a fee on 补个1.9、钱",
    "有人说我是全网钩针第一，真不是，我就是爱钩而已哈哈": "set 159: a compliment the host denies (有人说我是全网钩针第一，真不是) is read as an absolute claim on 第一",
    "中獎的寶子要加入會員（9.9元）才能領取": "set 159: a 9.9元 membership required to claim (要加入會員（9.9元）才能領取) is read right as a condition, but the 9.9元 charge is missed as a fee",
    "字幕更正：'中奖需要下单'是小助理打错了，中奖不需要下单": "set 160: a correction saying no order is needed ('中奖需要下单'是小助理打错了，中奖不需要下单) is read as a condition on 需要、下单",
    "跟大家道个歉啊，上周直播抽奖的时候小助理不懂规则，让中奖的几位宝子补了8块运费，是我们搞错了，平台也提醒了，钱已经全部原路退回，以后我们抽奖的墙纸灯具统统包邮，绝不会再让中奖的出钱了": "set 160: an apology for a past freight charge now refunded (补了8块运费，是我们搞错了…钱已经全部原路退回) is read as a fee on 补了8块、运费",
    "中奖的送个88快币的礼物，主播才安排发货": "set 160: an 88快币 gift required before shipping (送个88快币的礼物，主播才安排发货) is read right as a condition, but the 88快币 gift is missed as a fee",
    "中奖的加下粉丝团，1快币，加了才能领龙头": "set 160: a 1快币 fan club to join before claiming (加下粉丝团，1快币，加了才能领龙头) is read right as a condition, but the 1快币 charge is missed as a fee",
    "昨天收了中奖宝子的包装费，平台提醒后已原路退款，抱歉": "set 160: a past packing fee already refunded (收了中奖宝子的包装费，平台提醒后已原路退款) is read as a fee on 收、包装费",
    "客服：中奖的集成吊顶要从仓库调货，调货费20元您这边出一下哈": "set 160: a 20元 transfer fee paid by the winner (调货费20元您这边出一下) is read right as a fee, and also as a condition on 要、调货",
    "中奖的家人先开个9.9元的年度VIP，后台才能给你录奖品": "set 160: a 9.9元 annual VIP required before the prize is logged (先开个9.9元的年度VIP，后台才能给你录奖品) is read right as a condition, but the 9.9元 charge is missed as a fee",
    "抽奖的是样品小砖，大砖要买的话运费到付哦": "set 160: freight collect only for buying big tiles, not the prize (抽奖的是样品小砖，大砖要买的话运费到付) is read as a fee on 运费、到付",
    "中奖的家人拍一下小黄车里1元补运费链接，拍了才给你发地板": "set 160: a 1元 freight link the winner must buy (拍一下小黄车里1元补运费链接) is read right as a fee, and also as a condition on 中奖的家人拍",
    "上次中奖的几位的到付运费都已经给你们报销了，请查收": "set 160: collect freight already reimbursed to past winners (到付运费都已经给你们报销了) is read as a fee on 到付、运费、报销",
    "刚才口误，说成要加粉丝团才能领，其实不用，大家直接等发货": "set 160: a retracted slip, no fan club needed (口误，说成要加粉丝团才能领，其实不用) is read as a condition on 要、粉丝团、才能",
    "客服：亲您好，恭喜您抽中我们家的600×1200通体大理石瓷砖两片哈，奖品是包邮的，不用补运费也不用补差价，您把收货地址、电话和楼层发我就行，我们这边核对好色号批次之后48小时内安排物流，到了楼下司机会提前打电话给您": "set 160: free shipping asking only address, phone and floor (不用补运费也不用补差价，您把收货地址、电话和楼层发我就行) is read as a condition on 楼层、就行",
    "抽奖送的这个龙头是市面上质量最好的，中奖的包邮！但要先去给上次买的订单追评": "set 160: a best-quality claim (市面上质量最好的) is read right as an absolute claim, but a review of an old order to claim (但要先去给上次买的订单追评) is missed as a condition",
    "奖品瓷砖运输损耗险5元中奖者出，不出破了不管也不发": "set 160: a 5元 transit insurance paid by the winner (运输损耗险5元中奖者出) is read right as a fee, and also as a condition on 不出、不发",
    "地板下单需要先付200定金，量房后多退少补": "set 160: a deposit for ordering flooring, not the prize (地板下单需要先付200定金，量房后多退少补) is read as a fee on 先付、定金, and as a condition on 下单、需要",
    "中奖的办个19.9的会员卡才能领墙纸": "set 160: a 19.9 membership card required to claim (办个19.9的会员卡才能领墙纸) is read right as a condition, but the 19.9 card is missed as a fee",
    "灯具购买满299包安装，不满的安装费50一个": "set 160: installation terms for buyers, not winners (灯具购买满299包安装，不满的安装费50一个) is read as a fee on 安装费50, and as a condition on 购买、满",
    "抽中的灯具走德邦，运费到付，拒付的视为放弃": "set 160: collect freight on the prize (运费到付) is read right as a fee, and also as a condition on 拒付、视为放弃",
    "上個月錯收的郵費已全部退還，之後抽獎一律包郵": "set 160: wrongly charged postage already refunded (錯收的郵費已全部退還，之後抽獎一律包郵) is read as a fee on 收、郵費",
    "抽的岩板很重，物流费也是我们出，万一物流要你到付，拒签联系客服": "set 160: freight paid by the shop, with any collect charge to be refused (物流费也是我们出，万一物流要你到付，拒签联系客服) is read as a fee on 到付",
    "中奖的花洒要升级恒温款的可补差价，不升级就发原款": "set 160: an optional paid upgrade, the original ships anyway (要升级恒温款的可补差价，不升级就发原款) is read as a fee on 花、补差价",
    "獎品地板包郵送到樓下，要師傅搬上樓的可以自願付搬運費，自己搬也行": "set 160: free delivery with optional paid carrying (包郵送到樓下，…可以自願付搬運費，自己搬也行) is read as a fee on 付、搬運費",
    "乳胶漆今天拍两桶送滚筒，偏远地区补运费": "set 160: a sales offer to buyers, not winners (乳胶漆今天拍两桶送滚筒，偏远地区补运费) is read as a fee on 补、运费",
    "抽中的瓷砖想多要几片备损耗的可以按进货价加购，不加购正常发奖品": "set 160: an optional add-on purchase, the prize ships anyway (可以按进货价加购，不加购正常发奖品) is read as a condition on 要、加购",
    "之前说过\"全网最低\"，被提醒后已经改掉了，大家理解一下": "set 161: a past claim already withdrawn (之前说过\"全网最低\"，被提醒后已经改掉了) is read as an absolute claim on 全网最低",
    "抽奖的耳返要买延保才能发，延保15一年": "set 161: a 15元 extended warranty required before shipping (要买延保才能发，延保15一年) is read right as a condition, but the 15元 warranty is missed as a fee",
    "直播套装下单送支架，新疆西藏不包邮": "set 161: shipping terms for orders, not the prize (直播套装下单送支架，新疆西藏不包邮) is read as a fee on 不包邮",
    "订正：上一条公告里的\"调试费20元\"是针对购买用户的，抽奖奖品免费调试": "set 161: a correction that the fee is for buyers and prizes are free (\"调试费20元\"是针对购买用户的，抽奖奖品免费调试) is read as a fee on 费20元",
    "客服：您好，奖品已备好～麻烦您先在店里拍一件任意商品（最便宜的跳线才6.9），我们一起发": "set 161: a required purchase of any item before shipping (麻烦您先在店里拍一件任意商品…我们一起发) is read right as a condition, but the purchase cost is missed as a fee, and a price note (最便宜的跳线才6.9) is read as an absolute claim on 最",
    "中奖名单公布后48小时内提交地址，逾期视为放弃": "set 161: an ordinary address deadline (48小时内提交地址，逾期视为放弃) is read as a condition on 公布、视为放弃",
    "客服：亲，您抽中的补光灯需要先拍一下店铺里的1元邮费链接哦，拍完我们马上安排~": "set 161: a 1元 postage link the winner must buy (需要先拍一下店铺里的1元邮费链接) is read right as a fee, and also as a condition on 需要、先拍",
    "刚刚屏幕上\"需加粉丝团领奖\"是旧模板，作废作废": "set 161: an old template voided (\"需加粉丝团领奖\"是旧模板，作废作废) is read as a condition on 需加、粉丝团",
    "以旧换新：中奖者需寄回旧声卡并补差价99元方可领取新款": "set 161: a 99元 top-up plus returning the old card to claim (需寄回旧声卡并补差价99元方可领取) is read right as a fee, but returning the old card (需寄回旧声卡) is missed as a condition",
    "本店商品寄港澳台需付关税，请知悉": "set 161: customs duty on shop goods, not the prize (本店商品寄港澳台需付关税) is read as a fee on 付、关税",
    "刷个1快币的棒棒糖就发奖品，很便宜的": "set 161: a 1快币 gift required before shipping (刷个1快币的棒棒糖就发奖品) is read right as a condition, but the 1快币 gift is missed as a fee",
    "弹幕说\"这是最好的声卡\"，主播不认哈，各有各的好": "set 161: a viewer's praise the host disowns (弹幕说\"这是最好的声卡\"，主播不认) is read as an absolute claim on 最好",
    "中奖的不用晒单也不用好评，收到觉得好用就行": "set 161: a promise that no review is needed (不用晒单也不用好评，收到觉得好用就行) is read as a condition on 觉得、就行",
    "拍下的手机支架如果要发顺丰需补8元差价": "set 161: an SF surcharge on bought items, not the prize (拍下的手机支架如果要发顺丰需补8元差价) is read as a fee on 补8元、差价, and as a condition on 拍下、要、需",
    "上个月收过的包装费都退了，有没收到退款的私信客服": "set 161: past packing fees already refunded (上个月收过的包装费都退了) is read as a fee on 收、包装费",
    "中奖宝宝给客服发个5.2的小红包，我们立马安排发货💕": "set 161: a 5.2 red packet to customer service before shipping (给客服发个5.2的小红包，我们立马安排发货) is missed",
    "想要定制刻字的另付10元，不刻字免费发": "set 161: optional paid engraving, the prize ships free anyway (想要定制刻字的另付10元，不刻字免费发) is read as a fee on 另付、10元",
    "网上传我们抽奖要交押金？假的，从来没收过": "set 161: a rumoured deposit that is denied (网上传我们抽奖要交押金？假的，从来没收过) is read as a fee on 交、押金",
    "上次有宝子付了调试费，钱已经原路退了，给大家道个歉": "set 161: a past setup fee already refunded (有宝子付了调试费，钱已经原路退了) is read as a fee on 付、费",
    "更正置顶：奖品不是\"全网最低价\"，是店内活动价，口误抱歉": "set 161: a correction denying the claim (奖品不是\"全网最低价\"，是店内活动价，口误抱歉) is read as an absolute claim on 全网最低",
    "下单的宝子记得给个好评，抽奖的不用": "set 161: a review request for buyers, not winners (下单的宝子记得给个好评，抽奖的不用) is read as a condition on 下单、记得、好评",
    "耳返单拍不包邮，凑两件包邮": "set 161: shipping terms for purchases, not the prize (耳返单拍不包邮，凑两件包邮) is read as a fee on 不包邮",
    "0元抽的手机支架统一到付哈": "set 161: freight collect on the 0元 prize (0元抽的手机支架统一到付) is missed",
    "拍下声卡请备注是否需要调试，调试服务费20元": "set 161: an optional setup service for buyers (拍下声卡请备注是否需要调试，调试服务费20元) is read as a fee on 服务费20元, and as a condition on 拍下、请、需要",
    "中奖的给主播刷个小礼物，再来找客服登记领奖": "set 162: a gift to the host required before claiming (给主播刷个小礼物，再来找客服登记领奖) is missed",
    "之前说中奖要加粉丝团，是运营打错字了，不需要，已改": "set 162: a typo corrected, no fan club needed (之前说中奖要加粉丝团，是运营打错字了，不需要) is read as a condition on 要、粉丝团",
    "更正：刚才字幕写错了，“邮费自理”是卖货链接的，不是奖品，奖品包邮": "set 162: a correction that postage applies to sales and prizes ship free (“邮费自理”是卖货链接的，不是奖品，奖品包邮) is read as a fee on 邮费、自理",
    "加急费：正常7天出货，加急3天需加20元（仅限下单客户）": "set 162: a rush fee for paying customers only (加急3天需加20元（仅限下单客户）) is read as a condition on 仅限、下单",
    "客服：您好，中奖了请核对一下奖品是红色喜盒×10对吧？": "set 162: a routine prize check (请核对一下奖品是红色喜盒×10对吧) is read as a condition on 请、红色",
    "奖品送你，快递你出，公平吧😂": "set 162: shipping paid by the winner (奖品送你，快递你出) is missed",
    "定制喜盒奖品要印字才能发，印字费10元/款，中奖者付": "set 162: a 10元 printing fee paid by the winner (印字费10元/款，中奖者付) is read right as a fee, and also as a condition on 定制、要、印字、才能",
    "關注主播、留言口令「早生貴子」就能參加抽獎": "set 162: the allowed steps of following and a comment code (關注主播、留言口令「早生貴子」就能參加抽獎) is read as a condition on 留言、就能",
    "奖品请柬默认不烫金，想烫金的补10块，不补发普通款": "set 162: an optional paid upgrade, the plain prize ships anyway (想烫金的补10块，不补发普通款) is read as a fee on 补10块, and as a condition on 烫金、不补发",
    "下单请柬的亲，定制印字费每款15元，加急24小时出货加30": "set 162: printing fees for buyers, not winners (下单请柬的亲，定制印字费每款15元) is read as a fee on 费、15元",
    "中奖的宝宝进群，群里发个6.6红包，我们就按顺序发货": "set 162: joining a group and sending a 6.6 red packet before shipping (进群，群里发个6.6红包，我们就按顺序发货) is read right as a condition, but the 6.6 red packet is missed as a fee",
    "伴手礼小样9.9一份，运费自理，拍了48小时发": "set 162: shipping terms for a 9.9 sale item, not the prize (伴手礼小样9.9一份，运费自理) is read as a fee on 运费、自理",
    "买家：偏远地区中奖发不发？ 客服：发的亲，一样包邮": "set 162: a reply that remote winners ship free too (偏远地区中奖发不发？ 客服：发的亲，一样包邮) is read as a condition on 偏远地区、不发",
    "中奖的宝，婚房布置奖品到店自提，提货时交50块布置押金": "set 162: a 50块 deposit at pickup (提货时交50块布置押金) is read right as a fee, and also as a condition on 奖品到店自提",
    "以前我们抽奖是邮费自理，现在改了，全部包邮": "set 162: a past rule now dropped (以前我们抽奖是邮费自理，现在改了，全部包邮) is read as a fee on 邮费、自理",
    "奖品是定制红包封，起订量100个，中奖的只送20个，剩下80个的钱要中奖人补齐才能开机印": "set 162: the winner paying for 80 extra envelopes (剩下80个的钱要中奖人补齐才能开机印) is missed",
    "有人说我家喜盒“全国第一”，这话不是我们说的哈，我们不这么宣传": "set 162: others' praise the shop disowns (有人说我家喜盒“全国第一”，这话不是我们说的) is read as an absolute claim on 全国第一",
    "奖品免费送，但是只送买过本店商品的老客户": "set 162: a prize only for past buyers (只送买过本店商品的老客户) is missed",
    "中奖的马桶我们师傅免费装，想顺便把旧的拆走的拆旧费30自愿付，不拆也照常装。": "set 163: a voluntary 30元 fee to haul away the old toilet, installed free either way (拆旧费30自愿付，不拆也照常装) is read as a fee on 费30、付",
    "师傅费、辅料费、楼层费，中奖的家人一分都不用出，我们包了。": "set 163: installer, material and floor fees all covered for winners (师傅费、辅料费、楼层费，中奖的家人一分都不用出) is read as a fee on 费、出",
    "之前字幕寫錯成「中獎需下單」，已改正，中獎不需要任何購買。": "set 163: a correction of a wrong caption, no purchase needed (字幕寫錯成「中獎需下單」，已改正) is read as a condition on 需、下單",
    "中奖的家人帮忙续个会员就行（一个月6块）": "set 163: renewing a membership to claim (帮忙续个会员就行) is read right as a condition, but its 6元 monthly price (一个月6块) is missed as a fee",
    "要是自愿升级成恒温款，补个差价就行，不升级就发原奖品。": "set 163: an optional paid upgrade, the original prize sent anyway (自愿升级…补个差价就行，不升级就发原奖品) is read as a fee on 补个、差价",
    "客服：亲，您中的花洒要配套师傅上门，师傅费80先付一下，付完就安排发货哈～": "set 163: an 80元 installer fee before shipping (师傅费80先付一下) is read right as a fee, and also as a condition on 要、配套、师傅",
    "这款马桶盖月销第一？不不不，我可没这么说，那字幕是网友P的。": "set 163: a denial of a \"No. 1 in monthly sales\" caption (月销第一？不不不，我可没这么说) is read as an absolute claim on 第一",
    "中奖宝子家里是老式进水口的，想要我们配转换接头的，接头按成本价9块自己选，不要的不影响发奖品。": "set 163: an optional 9元 adapter at cost, the prize sent anyway (接头按成本价9块自己选，不要的不影响发奖品) is read as a fee on 成本价9块",
    "买家：中奖的马桶能帮忙装吗？客服：可以约本地合作师傅，安装费您跟师傅结，不装的话我们照样送到家。": "set 163: optional installation paid to a local fitter, delivery free anyway (安装费您跟师傅结，不装的话我们照样送到家) is read as a fee on 安装费、结",
    "更正：刚才字幕打错了，写成“中奖补邮费10元”，正确是中奖全包邮，不用补任何钱，抱歉大家。": "set 163: a correction of a wrong caption, all postage free (字幕打错了，写成“中奖补邮费10元”，正确是中奖全包邮) is read as a fee on 补邮费10元",
    "客服：亲，发个8.8的红包给我这边，马上给您安排奖品发货哈🧧": "set 163: an 8.8元 red packet to customer service before shipping (发个8.8的红包给我这边，马上给您安排奖品发货) is missed",
    "口误纠正：刚说“前三名中奖要补运费”，说错了，是下单的偏远地区要补运费，抽奖的全包邮。": "set 163: a slip corrected, postage only for paid orders to remote areas, prizes shipped free (是下单的偏远地区要补运费，抽奖的全包邮) is read as a fee on 补、运费, and as a condition on 下单、要",
    "好了好了开奖了恭喜这三位家人中了我们的智能马桶盖中奖的先别急着走去粉丝群里报一下名字然后在群里发个拼手气红包不用多五块就行我们客服看到了就给你登记发货大件物流送到楼下": "set 163: joining the fan group and sending a 5元 red packet there before shipping (去粉丝群里报一下名字然后在群里发个拼手气红包…五块就行) is missed as a condition and a fee",
    "國家級品質的馬桶蓋，中獎的續費一下粉絲團就能領。": "set 163: a \"national-level\" claim (國家級品質) and renewing the fan club to claim (續費一下粉絲團就能領) are read right as an absolute claim and a condition, but the paid renewal (續費) is missed as a fee",
    "给主播刷一个1快币的小心心，中奖的就给你发。": "set 163: a 1-Kuaibi gift to the streamer to get the prize (刷一个1快币的小心心，中奖的就给你发) is read right as a condition, but the paid gift (1快币) is missed as a fee",
    "中奖的花洒包邮，不过要先拍个0.1元的“发货专用链接”，不然系统发不了。": "set 163: a 0.1元 \"shipping link\" to buy first (要先拍个0.1元的“发货专用链接”) is read right as a fee, and also as a condition on 要、先拍",
    "直播间下单的马桶满1000包安装，没满的安装费60元，跟抽奖奖品无关。": "set 163: installation terms for paid orders, unrelated to the prize (直播间下单的马桶满1000包安装…跟抽奖奖品无关) is read as a condition on 下单、满",
    "字幕更正：“中奖需关注店铺副号”是上一场的旧字幕，忘删了，今天不需要。": "set 163: a correction of an old caption, not needed today (“中奖需关注店铺副号”是上一场的旧字幕…今天不需要) is read as a condition on 需、关注店铺副号",
    "邮费我们出，保价我们也出，中奖的画作放心等快递就行": "set 164: postage and insurance paid by the seller, winners just wait (邮费我们出，保价我们也出…放心等快递就行) is read as a condition on 画作、就行",
    "进粉丝群领奖，在群里发个8.8的红包就给你寄出": "set 164: joining the fan group to claim (进粉丝群领奖) is read right as a condition, but an 8.8元 red packet in the group (发个8.8的红包就给你寄出) is missed as a fee",
    "开通店铺会员（9.9元/月）才能领今天抽的马利颜料哦": "set 164: a shop membership needed to claim (开通店铺会员…才能领) is read right as a condition, but its 9.9元 monthly price (9.9元/月) is missed as a fee",
    "平时下单邮费自理，偏远地区加收；抽奖的宝子不用，统一包邮": "set 164: postage for ordinary orders only, prizes shipped free (平时下单邮费自理…抽奖的宝子不用，统一包邮) is read as a fee on 邮费、自理、加收",
    "想换成六尺的宝子可以自己补差价，不换的照样发四尺，不强制": "set 164: an optional paid size upgrade, the prize sent anyway (可以自己补差价，不换的照样发四尺，不强制) is read as a fee on 补差价",
    "这次的奖品全国包邮哈，港澳台和海外的宝子抱歉寄不了": "set 164: free shipping nationwide with an area limit, nothing asked of winners (全国包邮…港澳台和海外的宝子抱歉寄不了) is read as a condition on 海外、抱歉、寄不了",
    "亲密度不够也没关系，中了就发，没门槛": "set 164: no intimacy level needed (亲密度不够也没关系，中了就发，没门槛) is read as a condition on 亲密度、就发",
    "中奖的宝子私聊我发地址就行，快递费不用你管，几块钱的事我们出": "set 164: sending an address, a normal claim step, postage covered (私聊我发地址就行，快递费不用你管) is read as a condition on 私聊、就行",
    "中奖的亲把截图和地址发客服，截开奖页面就行": "set 164: a screenshot and address to customer service, a normal claim step (把截图和地址发客服) is read as a condition on 中奖的亲把、截图",
    "中奖的亲🧧发个红包给主播，多少随意，发了就寄": "set 164: a red packet to the streamer before shipping (发个红包给主播，多少随意，发了就寄) is missed",
    "中奖的宝子麻烦在群里发个1元红包报到，我们按红包顺序发货": "set 164: a 1元 red packet in the group (在群里发个1元红包报到) is read right as a fee, but checking in via the group to get shipped (按红包顺序发货) is missed as a condition",
    "客服：抽中的宣纸要您下单一个9.9的纸筒，不然路上会压坏": "set 164: a 9.9元 paper tube to buy for the prize (要您下单一个9.9的纸筒) is read as a condition on 要、下单, but the 9.9元 charge is missed as a fee",
    "中獎的寶子請私信客服提供地址，三天內沒回覆的視為放棄": "set 164: giving an address within a deadline, a normal claim step (請私信客服提供地址，三天內沒回覆的視為放棄) is read as a condition on 回覆、視為放棄",
    "中奖的宝子如果正好要买东西可以一起拍，合并发货，不买也单独发": "set 164: optional combined shipping with a purchase, the prize sent anyway (正好要买东西可以一起拍…不买也单独发) is read as a condition on 要、买东西、拍",
    "客服：亲，奖品链接价格改成0元了，直接拍就行，不花钱": "set 164: a 0元 prize link to check out, costing nothing (奖品链接价格改成0元了，直接拍就行，不花钱) is read as a condition on 拍、就行",
    "客服：亲，奖品链接是1.9的，拍下后我们给您发": "set 164: a 1.9元 prize link to pay before shipping (奖品链接是1.9的，拍下后我们给您发) is missed",
    "主播：抽中的宝子去粉丝群里领一下奖品券，群是免费进的": "set 164: joining the fan group to get the prize coupon (去粉丝群里领一下奖品券，群是免费进的) is missed",
    "奖品券领完后下单要用券，券后0元，一分不收": "set 164: checking out with the prize coupon at 0元 (下单要用券，券后0元，一分不收) is read as a condition on 下单、要",
    "买家：需要补运费吗？ 客服：要的亲，8元": "set 164: customer service confirming 8元 postage (需要补运费吗？ 客服：要的亲，8元) is missed",
    "中奖的亲把地址填一下，偏远地区也包邮，画框太大的走物流要去站点自提，物流费我们付": "set 164: pickup at a freight station for big frames, freight paid by the seller (走物流要去站点自提，物流费我们付) is read as a condition on 要、自提",
    "别家说全网最低我们不管，我们只说实价，中奖包邮": "set 164: quoting other shops' \"lowest online\" to reject it (别家说全网最低我们不管，我们只说实价) is read as an absolute claim on 全网最低",
    "中奖的亲续费一下粉丝团就能领了，才1快币": "set 164: renewing the fan club to claim (续费一下粉丝团就能领了) is read right as a condition, but its 1-Kuaibi price (才1快币) is missed as a fee",
    "收到奖品的宝子方便的话评论区晒个单，不方便就算了，奖品早就给你们发出去了，晒不晒都不影响，下次抽奖也照样能参加，纯自愿哈谢谢大家支持我们小店": "set 164: an optional review after the prize is already sent (奖品早就给你们发出去了，晒不晒都不影响…纯自愿) is read as a condition on 方便、就算了",
    "中奖的亲去小店拍一下“1元补邮”链接，拍完当天就发": "set 165: a 1元 postage link to buy before shipping (去小店拍一下“1元补邮”链接，拍完当天就发) is missed",
    "刷个1快币的棒棒糖才发奖品，很便宜的": "set 165: a 1-Kuaibi gift to get the prize (刷个1快币的棒棒糖才发奖品) is read right as a condition, but the paid gift (1快币) is missed as a fee",
    "中奖需续费年度会员（68元）才能领取限定亚克力立牌": "set 165: a yearly membership needed to claim (中奖需续费年度会员…才能领取) is read right as a condition, but its price (68元) is missed as a fee",
    "中奖的宝子如果想要换色，可以补10元差价换限定色，不换就发普通色": "set 165: an optional 10元 colour upgrade, the prize sent anyway (可以补10元差价换限定色，不换就发普通色) is read as a condition on 要、换色",
    "中奖的要拍一个19.9元的盲盒链接，奖品跟着一起发，单独不发": "set 165: a 19.9元 blind box to buy (要拍一个19.9元的盲盒链接) is read right as a fee, but shipping the prize only with it (奖品跟着一起发，单独不发) is missed as a condition",
    "其他家抽奖要交运费，我们家不用，一分钱不花": "set 165: a contrast with other shops, winners pay nothing (其他家抽奖要交运费，我们家不用，一分钱不花) is read as a fee on 交、运费",
    "中奖后请把抽奖截图发客服核对，没问题就发货": "set 165: a screenshot to customer service for checking, a normal claim step (把抽奖截图发客服核对) is read as a condition on 中奖后请把抽奖截图",
    "往期抽奖收过邮费的宝子请联系客服退款，以后全部包邮": "set 165: a refund of past postage, free shipping from now on (收过邮费的宝子请联系客服退款，以后全部包邮) is read as a fee on 收、邮费",
    "奖品需要付优惠券使用费2.9元，在链接领券拍下即可": "set 165: a 2.9元 coupon fee (需要付优惠券使用费2.9元) is read right as a fee, and also as a condition on 拍下、即可",
    "有宝子问是不是最低价，我们不保证最低，只保证正品": "set 165: a refusal to promise the lowest price (我们不保证最低，只保证正品) is read as an absolute claim on 最低价、最低",
    "昨天字幕写成“需加团领取”，是打错了，抽奖不需要加团": "set 165: a correction of a wrong caption, no group needed (字幕写成“需加团领取”，是打错了) is read as a condition on 需、加团",
    "中了的先别急，等尾款补齐的宝子发完货再发奖品，奖品不用补钱": "set 165: prizes shipped after balance-paid orders, nothing asked of winners (等尾款补齐的宝子发完货再发奖品，奖品不用补钱) is read as a condition on 先、别急、尾款、补齐、发完、再发",
    "奖品要保价，保价费2块必须拍，不拍不发": "set 165: a compulsory 2元 insurance fee (保价费2块必须拍，不拍不发) is read right as a fee, and also as a condition on 必须、拍",
    "抽到的宝儿，要在店铺拍个2元的补邮链接，我们才好填单发货": "set 165: a 2元 postage link to buy before shipping (要在店铺拍个2元的补邮链接) is missed",
    "中奖后如需开发票，税点自理（自愿，不开不影响发货）": "set 165: optional invoice tax, shipping unaffected (如需开发票，税点自理（自愿，不开不影响发货）) is read as a fee on 税、自理",
    "奖品海外发货，清关需要提供身份证号，不收钱": "set 165: an ID number for customs on overseas shipping, free (清关需要提供身份证号，不收钱) is read as a condition on 需要、身份证",
    "中奖要给主播打赏一个“小黄瓜”（1快币）才能领": "set 165: a tip to the streamer to claim (要给主播打赏一个“小黄瓜”…才能领) is read right as a condition, but its cost (1快币) is missed as a fee",
    "丰韵坊大码女装：本场抽奖奖品全部包邮，中奖不用加团不用下单，请在开奖后三天内私信地址，逾期视为放弃，谢谢姐妹们支持": "set 166: no group or order needed, only an address within three days (中奖不用加团不用下单，请在开奖后三天内私信地址) is read as a condition on 加团、下单、请、视为放弃",
    "中老年服饰专场0元抽奖，中奖后需添加客服微信进群，群里发个红包才发货": "set 166: adding a WeChat group to claim (中奖后需添加客服微信进群) is read right as a condition, but a red packet in the group (群里发个红包才发货) is missed as a fee",
    "中獎的換碼運費自己出，不換碼照常包郵寄出": "set 166: postage only for an optional size swap, the prize shipped free (換碼運費自己出，不換碼照常包郵寄出) is read as a fee on 運費、出",
    "奖品按尺码发，要定做加长的另加10元，不加长的不用管": "set 166: an optional 10元 lengthening, the standard prize sent anyway (要定做加长的另加10元，不加长的不用管) is read as a fee on 另加、10元",
    "中奖的姊妹要先拍一单9.9元的袜子才能一起发奖品": "set 166: a sock order needed before the prize ships (要先拍一单9.9元的袜子才能一起发奖品) is read right as a condition, but its price (9.9元) is missed as a fee",
    "中奖名单已公布，请中奖的宝宝关注店铺私信消息，我们会联系您确认地址": "set 166: watching shop messages to confirm an address, a normal claim step (关注店铺私信消息，我们会联系您确认地址) is read as a condition on 请、店铺",
    "客服：抽中的宝宝定做加长免费哈，把裤长发我就行": "set 166: free lengthening, just send the trouser length (定做加长免费哈，把裤长发我就行) is read as a condition on 长发、就行",
    "客服：您好亲，恭喜中奖～奖品是大码阔腿裤，默认发标准长度，如果您想定做加长也可以，加长费10元自愿，不加长的话明天就给您包邮发出，有问题随时找我": "set 166: an optional 10元 lengthening, the standard prize shipped free (加长费10元自愿，不加长的话明天就给您包邮发出) is read as a fee on 费10元",
    "中奖名单公布后24小时内私信报地址，过期视为放弃": "set 166: giving an address within 24 hours, a normal claim step (24小时内私信报地址，过期视为放弃) is read as a condition on 公布、视为放弃",
    "昨天字幕写错了，写成\"中奖需付邮费\"，实际是包邮的，大家别误会": "set 166: a correction of a wrong caption, shipping is free (字幕写错了，写成\"中奖需付邮费\"，实际是包邮的) is read as a fee on 付、邮费",
    "李阿姨服装：有人问中了奖是不是要交税，不用交，这点东西交啥税": "set 166: an answer that winners pay no tax (中了奖是不是要交税，不用交) is read as a fee on 交、税",
    "中獎者需補交運費險2元": "set 166: a 2元 shipping insurance charge (需補交運費險2元) is read right as a fee, and also as a condition on 需、補交、運費險",
    "中奖的婶子们得先交10块钱会员费才能领，会员还能打折": "set 166: a 10元 membership fee (先交10块钱会员费) is read right as a fee, but paying it to claim (才能领) is missed as a condition",
    "中奖的都给我点亮灯牌啊，没灯牌的我不认哈": "set 166: lighting up a fan badge to claim (点亮灯牌啊，没灯牌的我不认) is missed",
    "中獎者要先加入會員群，群裡發紅包才發貨": "set 166: joining a member group first (要先加入會員群) is read right as a condition, but a red packet in the group (群裡發紅包才發貨) is missed as a fee",
    "中奖的宝宝加入粉丝群，在群里发个1.88的红包才算领奖成功": "set 166: joining the fan group (加入粉丝群) is read right as a condition, but a 1.88元 red packet to claim (发个1.88的红包才算领奖成功) is missed as a fee",
    "婷姐大码直播间：抽中的奖品要改的话按厂里价收费，不改的照常免费寄": "set 166: paid alterations only on request, the prize shipped free (要改的话按厂里价收费，不改的照常免费寄) is read as a fee on 收费",
    "客服：不好意思亲，前面跟您说要补差价是我看错尺码了，5XL也是同价，不用补": "set 166: a retraction, no price difference for 5XL (说要补差价是我看错尺码了…不用补) is read as a fee on 补差价",
    "奖品大码卫衣可以换码，换码的来回运费自己承担，不换的直接发": "set 166: postage only for an optional size swap, the prize sent anyway (换码的来回运费自己承担，不换的直接发) is read as a fee on 运费、承担",
    "中奖的亲想要加急的可以自己补顺丰差价，不补的照常发中通": "set 166: an optional SF express upgrade, standard shipping free anyway (可以自己补顺丰差价，不补的照常发中通) is read as a fee on 补、差价",
    "直播间拍衣服加3元可以买运费险，中奖的奖品不用买": "set 166: shipping insurance for paid orders, not for prizes (拍衣服加3元可以买运费险，中奖的奖品不用买) is read as a fee on 3元、运费",
    "客服：抽中的奖品如需加急顺丰，差价自己补；不加急的正常中通包邮": "set 166: an optional SF express upgrade, standard shipping free (如需加急顺丰，差价自己补；不加急的正常中通包邮) is read as a fee on 差价、补",
    "提醒：谁私信你说“补9.9元运费才能领奖”，直接拉黑举报": "set 167: a warning to block scammers who ask 9.9元 freight (谁私信你说“补9.9元运费才能领奖”，直接拉黑举报) is read as a fee on 补9.9元、运费",
    "中奖直接发，不需要买东西，只要给客服转个10块保价就行": "set 167: a 10块 insurance transfer to customer service (给客服转个10块保价) is read right as a fee, and also as a condition on 转个、就行",
    "我们家沉香是“全网最好”？那是别人夸的，我们自己不这么说": "set 167: a denial that calls \"全网最好\" others' praise (那是别人夸的，我们自己不这么说) is read as an absolute claim on 最好",
    "客服：中奖的亲请核对一下奖品是108颗佛珠，确认无误我们就寄了": "set 167: a request to check the prize before shipping (请核对一下奖品是108颗佛珠) is read as a condition on 请、佛珠",
    "中奖宝子们，手串是免费的，但开光要另外随喜88元哦，不开光不发货": "set 167: an 88元 consecration charge for the free bracelet (开光要另外随喜88元哦，不开光不发货) is missed as a fee, and read as a condition on 开光、不发货",
    "中奖的亲，运废6元自付，拍完就给你发哈": "set 167: 6元 freight paid by the winner, misspelt (运废6元自付) is read right as a fee, and also as a condition on 拍完、就给你发",
    "主播：家人们别信那种说“100%开光灵验”的，我们实实在在卖香": "set 167: a warning not to trust \"100%开光灵验\" claims (别信那种说“100%开光灵验”的) is read as an absolute claim on 100%",
    "说明：字幕“需补邮费”为模板残留，本场抽奖包邮": "set 167: a note that the \"需补邮费\" caption is a leftover and the prize ships free (模板残留，本场抽奖包邮) is read as a fee on 补邮费",
    "奖品是香炉一个，运费到付——说错了说错了，是包邮！": "set 167: a misspoken 到付 corrected at once to free shipping (运费到付——说错了说错了，是包邮) is read as a fee on 运费、到付",
    "顺丰到付是卖货的规则，中奖的走包邮，别搞混了": "set 167: 到付 said to apply to sales only, winners ship free (顺丰到付是卖货的规则，中奖的走包邮) is read as a fee on 到付",
    "本次奖品沉香线香一盒，需开通店铺会员（19.9元/月）才能领取": "set 167: a paid store membership to claim (需开通店铺会员（19.9元/月）才能领取) is read right as a condition, but the 19.9元 monthly fee is missed as a fee",
    "说我们“全网最低价”的那条视频不是我们发的，我们没这么说过": "set 167: a denial of a video claiming \"全网最低价\" (那条视频不是我们发的，我们没这么说过) is read as an absolute claim on 全网最低",
    "奖品是五台山结缘手串，请中奖者随喜10元以上功德，随喜后由师父寄出": "set 167: a 10元 donation asked before the monk ships (请中奖者随喜10元以上功德，随喜后由师父寄出) is missed as a fee, and read as a condition on 请、以上、功德",
    "抽中的朋友：顺丰寄出，快递费15到付，不接受的视为放弃": "set 167: a 15元 courier fee on delivery (快递费15到付) is read right as a fee, and also as a condition on 接受、视为放弃",
    "盘香买三送一，拍下链接29.9元（非抽奖商品）": "set 167: a 29.9元 sales offer marked as not a lottery item (拍下链接29.9元（非抽奖商品）) is read as a fee on 拍下链接29.9元",
    "打赏满66快币的中奖者才可领取黄花梨手串": "set 167: tipping 66快币 to claim (打赏满66快币的中奖者才可领取) is read right as a condition, but the 66快币 tip is missed as a fee",
    "给主播刷个1快币的小心心，刷了我就发手串😘": "set 167: a 1快币 gift before the bracelet is sent (刷个1快币的小心心，刷了我就发手串) is read right as a condition, but the 1快币 gift is missed as a fee",
    "更正：刚才字幕打错了，不是“中奖需补运费”，是“中奖包邮”，给大家道歉🙏": "set 168: a correction that winners ship free, not 需补运费 (不是“中奖需补运费”，是“中奖包邮”) is read as a fee on 补、运费",
    "开通店铺会员（9.9元/月）才能领取中奖的剃须刀哦～": "set 168: a paid store membership to claim (开通店铺会员（9.9元/月）才能领取) is read right as a condition, but the 9.9元 monthly fee is missed as a fee",
    "中奖的拍下9.9元刀头链接，和奖品一起发，不拍不给发主机": "set 168: a 9.9元 blade-head order (拍下9.9元刀头链接) is read right as a fee, but withholding the shaver without it (不拍不给发主机) is missed as a condition",
    "之前有个主播说中奖要交保证金，那是骗子号，我们官方号从不收保证金": "set 168: a warning that deposit-asking accounts are scams (那是骗子号，我们官方号从不收保证金) is read as a fee on 交、保证金",
    "刷个1快币的棒棒糖才给中奖的发货，不刷不发哈": "set 168: a 1快币 gift before shipping (刷个1快币的棒棒糖才给中奖的发货) is read right as a condition, but the 1快币 gift is missed as a fee",
    "昨天字幕写成了“全网最低”，是运营手误，已经撤掉了，我们不做这种比较": "set 168: a retracted \"全网最低\" caption (是运营手误，已经撤掉了) is read as an absolute claim on 全网最低",
    "髮蠟抽獎說明：關注＋留言口令即可參加，獎品包郵，無需下單、無需好評。": "set 168: plain follow-and-comment entry with free shipping (關注＋留言口令即可參加，獎品包郵) is read as a condition on 留言、即可",
    "中奖了先别急, 拍个0.01元的链接走个流程, 系统才能发货": "set 168: a 0.01元 order to get shipped (拍个0.01元的链接走个流程) is read right as a fee, and also as a condition on 先、别急",
    "中奖要自付运费的话我们不会搞，以前有过一次已经整改了，全部退款": "set 168: a statement that winners are not charged freight and were refunded (我们不会搞…全部退款) is read as a fee on 自付、运费",
    "昨晚抽奖说要补运费是我口误，大家中奖都包邮，补了的我都退了": "set 168: an apology that 补运费 was a slip, all ship free and are refunded (是我口误，大家中奖都包邮) is read as a fee on 补、运费",
    "中奖的需要先买我们的运费险（1.5元），不然不给发": "set 168: a 1.5元 shipping insurance bought before shipping (需要先买我们的运费险（1.5元），不然不给发) is missed as a fee, and read as a condition on 中奖的需要先买",
    "中奖的兄弟补一下差价，奖品升级到旗舰款，不补的就是标准款，照发": "set 168: an optional paid upgrade, the standard prize ships anyway (补一下差价…不补的就是标准款，照发) is read as a fee on 补、差价",
    "中奖剃须刀附带充电底座和刀头保护盖，全部包邮，保修两年": "set 168: a list of included accessories with free shipping (附带充电底座和刀头保护盖，全部包邮) is read as a condition on 附带、充电、底座、刀头、保护",
    "中奖的宝宝送个1快币的小心心，就给你寄泳镜": "set 169: a 1快币 gift before the goggles ship (送个1快币的小心心，就给你寄泳镜) is read right as a condition, but the 1快币 gift is missed as a fee",
    "中奖浮板需要配收纳袋的自己拍个袋子链接，不需要的直接发浮板本体，免费": "set 169: an optional paid storage bag, the board itself free (需要配收纳袋的自己拍…不需要的直接发浮板本体，免费) is read as a condition on 需要、收纳袋、自己拍、袋子",
    "抽奖开始时在直播间的宝子才能参与哦，开奖后请在评论区扣1确认": "set 169: ordinary entry rules, being in the room and commenting 1 (在直播间的宝子才能参与…评论区扣1确认) is read as a condition on 开始、才能",
    "抽奖的泳衣默认发M码，要换码的私聊，不要钱滴": "set 169: a free size change by private message (要换码的私聊，不要钱滴) is read as a condition on 要、换码、私聊",
    "泳衣中奖的姐妹加客服微信发个5.2的红包，图个吉利，发完马上寄": "set 169: a 5.2 red packet sent to customer service before shipping (加客服微信发个5.2的红包…发完马上寄) is missed",
    "以前我们抽奖要求加粉丝团，平台规则出来以后就取消了，现在谁都能领": "set 169: a fan-club rule said to be dropped (以前…要求加粉丝团…就取消了，现在谁都能领) is read as a condition on 抽奖要求、粉丝团、出来、就取消了",
    "中奖宝宝续费一下年卡会员就可以领取浮板了，年卡会员还有其他福利哦": "set 169: renewing a paid annual membership to claim (续费一下年卡会员就可以领取浮板) is read right as a condition, but the renewal fee is missed as a fee",
    "中奖的桨板包邮，但是打气筒要另外拍39的链接才发桨板": "set 169: a 39元 pump order before the board ships (打气筒要另外拍39的链接才发桨板) is read right as a condition, but the 39元 order is missed as a fee",
    "中奖的家人去小黄车拍一下那个1元的补邮链接，凭订单给你寄泳镜，不拍没法发哈": "set 169: a 1元 postage link to be ordered (拍一下那个1元的补邮链接) is read right as a fee, and also as a condition on 凭、订单、泳镜",
    "领奖不用加分丝团，直接私xin客服就好": "set 169: a note that no fan club is needed, just message support (领奖不用加分丝团，直接私xin客服就好) is read as a condition on xin、就好",
    "想换其他颜色款的自愿补5元差价，不想补就发默认款，一样包邮": "set 169: an optional 5元 colour change, the default ships free (自愿补5元差价，不想补就发默认款，一样包邮) is read as a fee on 补5元、差价",
    "最多抽3个人,中奖的留言区回复我就行": "set 169: a winner replying in the comments, an allowed step (中奖的留言区回复我就行) is read as a condition on 留言、就行",
    "獎品運費請中獎者自行負擔，謝謝配合": "set 169: freight borne by the winner, in traditional characters (獎品運費請中獎者自行負擔) is missed",
    "买桨板送打气筒和防水袋，要保价的下单备注，保价费另付": "set 169: a sales offer with optional paid insurance, not the lottery (买桨板送打气筒…保价费另付) is read as a fee on 保价费、另付 and as a condition on 要、下单",
    "置顶更正：“邮费到付”为错误信息，奖品全部包邮": "set 169: a pinned correction that 邮费到付 was wrong (“邮费到付”为错误信息，奖品全部包邮) is read as a fee on 邮费、到付",
    "奖品泳镜要刻字的话另收5元，不刻字就直接免费寄": "set 169: optional 5元 engraving, plain goggles free (要刻字的话另收5元，不刻字就直接免费寄) is read as a fee on 另收、5元",
    "中奖了要交邮费伐？": "set 169: a viewer's question whether postage is charged (中奖了要交邮费伐？) is read as a fee on 交、邮费",
    "新疆西藏下单需补10元运费，直接拍补邮链接就行（只针对购买，抽奖的不用）": "set 169: a 10元 remote-area fee for purchases only (只针对购买，抽奖的不用) is read as a fee on 补10元、运费、补邮链接 and as a condition on 下单、需",
    "中奖的潜水面镜请告诉我们脸型大小，我们帮您挑合适的，尺寸不合适可以免费换一次": "set 169: asking face size to pick a fitting mask, with a free exchange (请告诉我们脸型大小…可以免费换一次) is read as a condition on 请、脸型",
    "中奖的去小店随便买一件，泳镜跟着订单一起发": "set 169: buying any item to get the goggles (去小店随便买一件，泳镜跟着订单一起发) is missed",
    "泳镜拍下满99包邮，不满的邮费6元，抽奖的不算哦，抽奖的本来就包邮": "set 169: shop shipping rules, lottery prizes ship free (抽奖的不算哦，抽奖的本来就包邮) is read as a condition on 拍下、不算",
    "宝子们问我抽奖要不要关注才能参加，要关注主播+评论口令，这是参与方式，中了不用再做别的": "set 169: an answer that follow + comment is just the entry method (这是参与方式，中了不用再做别的) is read as a condition on 问我、要不要、才能、要",
    "中奖的补50块上楼费就给你扛上去，不补的话司机送到楼下，奖品一样给你": "set 170: an optional 50块 carry-upstairs fee, the prize given anyway (补50块上楼费…不补的话司机送到楼下，奖品一样给你) is read as a fee on 补50块、费",
    "昨天中奖的那位大哥收了30运费，客服已经全额退回去了，给大家道个歉": "set 170: a refund of a wrongly taken 30 freight (收了30运费，客服已经全额退回去了) is read as a fee on 收、运费",
    "客服：您好，抽中的围棋需要您在48小时内提供地址，超时视为放弃哦": "set 170: an address deadline, an allowed step (48小时内提供地址，超时视为放弃) is read as a condition on 围棋、需要、视为放弃",
    "想要上门安装的可以加钱找师傅，不想装的视频教程手把手教，奖品都一样发": "set 170: optional paid installation, the prize sent anyway (想要上门安装的可以加钱…奖品都一样发) is read as a fee on 加钱",
    "安装师傅上门费用厂里结，您不用给，师傅要是问您要您拒绝就行": "set 170: a note that the factory pays the installer (上门费用厂里结，您不用给) is read as a fee on 费用、结",
    "上周中奖的收了安装费的那两位，钱已经退了，以后抽奖一律包安装": "set 170: a refund of installation fees, install free from now on (钱已经退了，以后抽奖一律包安装) is read as a fee on 收、安装费",
    "抽中桌游的宝宝先拍下店内9.9元的卡牌套，奖品跟着一起发": "set 170: buying a 9.9元 card sleeve first to get the prize (先拍下店内9.9元的卡牌套，奖品跟着一起发) is missed",
    "之前那批抽奖的围棋运费是中奖的自己付的，这次改了，全部包邮，上次付的也退了": "set 170: past winner-paid freight now changed and refunded (这次改了，全部包邮，上次付的也退了) is read as a fee on 运费、付",
    "中獎的寶寶麻將機運費到付，到了給司機就行": "set 170: freight on delivery paid to the driver (麻將機運費到付，到了給司機就行) is read right as a fee, and also as a condition on 司機、就行",
    "之前字幕打错了写成“中奖需补运费”，正确的是中奖包邮，不用补": "set 170: a caption correction that winners ship free (正确的是中奖包邮，不用补) is read as a fee on 补、运费",
    "抽中的扑克需要在店里消费满20元才可以领取": "set 170: spending 20元 in store to claim (需要在店里消费满20元才可以领取) is read right as a condition, but the 20元 spend is missed as a fee",
    "中奖的自提也行，不来自提我们就包邮寄，都不收钱": "set 170: free pickup or free shipping (自提也行…都不收钱) is read as a condition on 中奖的自提",
    "运费险我们给中奖的家人买好了，不用你们自己出": "set 170: shipping insurance bought by the shop (我们给中奖的家人买好了，不用你们自己出) is read as a fee on 运费、出",
    "客服：中奖的需要您先在本店下单一个0.01元的链接填写地址": "set 170: a 0.01元 order needed to give the address (先在本店下单一个0.01元的链接) is missed",
    "中奖的老铁听我说啊，麻将机是大件走的德邦物流，厂家这边包邮到你们市里网点，但是送货上楼加安装师傅上门这块要你们自己出，一共一百二，到了给师傅就行，还有就是要加我们粉丝团，没加的话后台登记不了，这个大家理解一下哈": "set 170: joining the fan club (要加我们粉丝团) is read right as a condition (also on 师傅、就行), but the 120 upstairs-and-install charge (送货上楼加安装师傅上门…要你们自己出，一共一百二) is missed as a fee",
    "中奖要在群里发个88.8红包才算领奖成功，不发视为放弃": "set 170: an 88.8 red packet in the group (在群里发个88.8红包) is read right as a fee, but forfeiting the prize without it (才算领奖成功，不发视为放弃) is missed as a condition",
    "客服：亲，运费不需要您补，之前系统自动弹的补差链接请忽略": "set 170: a note to ignore an auto pop-up top-up link (运费不需要您补…补差链接请忽略) is read as a fee on 补差链接",
    "前天那场说中奖要加粉丝团才能领，是场控说错了，不加也能领，已经全部发出": "set 170: a correction that no fan club is needed (是场控说错了，不加也能领) is read as a condition on 要、粉丝团、才能",
    "聽說別家抽獎要交手續費，我們家絕對不收，放心參加": "set 159: a promise of no fees (別家抽獎要交手續費，我們家絕對不收) is read as an absolute claim on 絕對",
    "之前收的3元打包费都退了，大家查收一下": "set 171: a refund of a 3元 packing fee already taken (之前收的3元打包费都退了) is read as a fee on 收的3元、费",
    "下单满2件的宝宝，第二件半价，刷头也参加": "set 171: a buy-2 half-price sales offer, not about the prize (下单满2件的宝宝，第二件半价) is read as a condition on 下单、满",
    "美白效果100%看得见，这款美牙仪无效全额退，抽奖走起": "set 171: a 100% whitening claim (美白效果100%看得见) is read right as an absolute claim, and also as a condition on 美牙仪、无效",
    "冲牙器是全网最低价吗？": "set 171: a viewer's question whether it is the lowest price (冲牙器是全网最低价吗？) is read as an absolute claim on 全网最低",
    "0元抽奖中的牙线，邮费自理，新疆西藏不发": "set 171: postage paid by the winner (邮费自理) is read right as a fee, and also as a condition on 新疆、西藏、不发",
    "中奖的亲亲，先添加客服微信，进VIP群发红包接龙后统一发货": "set 171: adding WeChat and joining a VIP group (先添加客服微信，进VIP群) is read right as a condition, but a red packet chain in the group (发红包接龙) is missed as a fee",
    "打赏满50快币的中奖者才发货，没打赏的顺延给下一位": "set 171: a 50快币 tip required before shipping (打赏满50快币的中奖者才发货) is read right as a condition, but the paid tip (打赏满50快币) is missed as a fee",
    "中奖的进粉丝群领取，群里发个1元红包就给登记": "set 171: a 1元 red packet in the group (群里发个1元红包) is read right as a fee, but joining the fan group to claim (中奖的进粉丝群领取) is missed as a condition",
    "上周有客服要求中奖者补运费，已处理，费用已原路退还，抱歉": "set 171: an apology that last week's freight charge was refunded (已处理，费用已原路退还，抱歉) is read as a fee on 补、运费",
    "想加急发货的自己补个顺丰差价，不补的按正常顺序发，都一样能收到": "set 171: an optional SF express upgrade, normal shipping still free (不补的按正常顺序发，都一样能收到) is read as a fee on 补个、差价",
    "中奖的家人们，奖品需要给主播送一个玫瑰（1快币）才可以领取": "set 171: a 1快币 rose gift to the host required to claim (给主播送一个玫瑰（1快币）才可以领取) is missed",
    "家人们听我说哈今天这个冲牙器是真的福利啊0元抽三台但是中奖的宝宝要满足几个条件哈第一要是咱们粉丝团成员第二近七天在咱们店里下过单第三收到货给个带图好评不然的话我们就顺延给下一位了大家理解一下哈": "set 171: winners must be fan-club members, have ordered and post a review (粉丝团成员…下过单…带图好评) is read right as a condition, and also as an absolute claim on 第一",
    "中奖的拍这个9.9的链接（内含奖品+运费），直接拍就行": "set 171: a 9.9元 link with prize and freight for winners (拍这个9.9的链接（内含奖品+运费）) is read right as a fee, and also as a condition on 拍、就行",
    "包邮哦～不过中奖的宝宝记得先下单一个19.9的刷头，奖品跟着一起发": "set 171: winners must first buy a 19.9元 brush head (先下单一个19.9的刷头) is read right as a condition, but the 19.9元 payment is missed as a fee",
    "领奖需要好评吗？客服：不需要的亲，收到后随心评价就好": "set 171: service saying no review is needed (不需要的亲，收到后随心评价就好) is read as a condition on 评价、就好",
    "买家：我中了牙刷，客服说要拍1元链接，是真的吗？ 客服：没有这回事，我们不需要您拍任何链接": "set 171: service denying any 1元 link (没有这回事，我们不需要您拍任何链接) is read as a fee on 拍1元链接",
    "主播主播，是不是要灯牌才能领啊": "set 171: a viewer asking whether a fan badge is needed (是不是要灯牌才能领啊) is read as a condition on 要、灯牌、才能",
    "这款冲牙器直播间价129，不包邮偏远地区补运费10元": "set 171: remote-area freight on a 129元 sale item, not the prize (直播间价129…补运费10元) is read as a fee on 不包邮、补运费10元",
    "买牙刷送牙线，下单的宝宝记得给个好评哈": "set 171: a review request to buyers of a sale item, not winners (买牙刷送牙线，下单的宝宝…好评) is read as a condition on 下单、记得、好评",
    "第1名中奖者得电动牙刷，第2-5名得冲牙器": "set 171: a list of prizes by rank (第1名中奖者得电动牙刷，第2-5名得冲牙器) is read as a condition on 得、电动牙刷",
    "上次误说要好评才发，主播口误，现在不需要，已全部发出": "set 171: a correction that the review demand was a slip (主播口误，现在不需要，已全部发出) is read as a condition on 要、好评、才发",
    "中奖了？先下一单满49元的任意商品，奖品随单发": "set 171: winners must first place a 49元 order (先下一单满49元的任意商品) is read right as a condition, but the 49元 spend is missed as a fee",
    "中奖的点个关注+去小黄车随便拍一件，我们一起发": "set 172: winners must buy any item from the cart (去小黄车随便拍一件，我们一起发) is missed",
    "客服：亲，发个1元红包给我验证一下是真人，验证完就安排发货": "set 172: a 1元 red packet to 'verify' the winner (发个1元红包给我验证一下是真人) is read right as a fee, and also as a condition on 验证、就安排发货",
    "刷个1快币的小心心才发奖，么么哒": "set 172: a 1快币 gift required before the prize ships (刷个1快币的小心心才发奖) is read right as a condition, but the 1快币 gift is missed as a fee",
    "家人们听我说啊这个羊绒围巾是我们内蒙那边工坊自己收的绒自己纺的，今天不卖先抽，关注主播评论'暖和'就能参与，中了的留地址，运费我们出，不用加团不用下单不用刷礼物，啥都不用，就等着收货吧": "set 172: entry by follow and comment, freight paid, nothing else needed (关注主播评论'暖和'就能参与…啥都不用) is read as a condition on 暖和、就能",
    "抽奖的手套偏远地区需补邮费10元，新疆西藏不补不发": "set 172: 10元 remote postage for winners (偏远地区需补邮费10元) is read right as a fee, and also as a condition on 新疆、西藏、不发",
    "想领的私信我，打赏满100快币的才发，其他的不发": "set 172: a 100快币 tip required to ship (打赏满100快币的才发) is read right as a condition, but the 100快币 tip is missed as a fee",
    "字幕更正：刚才写的\"需加粉丝团\"是上一场福袋的规则，本场抽奖无任何条件": "set 172: a caption correction that the fan-club rule was from the last draw (是上一场福袋的规则，本场抽奖无任何条件) is read as a condition on 需加、粉丝团",
    "之前字幕打错了，写成\"中奖需补邮费\"，其实是包邮，已改正": "set 172: a correction of a caption typo, the prize ships free (之前字幕打错了…其实是包邮) is read as a fee on 补邮费",
    "刚刚口误了，说成\"中奖要补邮费\"，是包邮包邮！": "set 172: a correction of a slip of the tongue, it ships free (刚刚口误了…是包邮包邮) is read as a fee on 补邮费",
    "中奖的姐妹私信客服发个1.88红包，就给你登记发货": "set 172: a 1.88 red packet to service before registration (私信客服发个1.88红包，就给你登记发货) is missed",
    "中獎者需補差價10元，升級成大號傘才寄": "set 172: a 10元 upgrade charge on winners (中獎者需補差價10元) is read right as a fee, and also as a condition on 升級、大號、才寄",
    "以前我们抽奖是要补邮费的，被说了以后早就改成全包邮了": "set 172: past practice, long since changed to free shipping (以前…早就改成全包邮了) is read as a fee on 补邮费",
    "关注+评论就能参与，中奖包邮，就是中了的得是粉丝团成员，不是的加一下，就1快币": "set 172: winners must be fan-club members (中了的得是粉丝团成员) is read right as a condition, but the 1快币 to join (不是的加一下，就1快币) is missed as a fee",
    "上个月多收的那2块包装费已经退给大家了，以后都不收": "set 172: a refund of a 2块 packing fee, none charged now (已经退给大家了，以后都不收) is read as a fee on 收、2块、包装费",
    "想要礼盒包装的可以补3元，不要的我们用自封袋包好照样发": "set 172: an optional 3元 gift box, the prize ships anyway (不要的我们用自封袋包好照样发) is read as a fee on 补3元",
    "防晒袖套链接9.9拍下，新疆西藏不包邮哦，介意勿拍": "set 172: a shipping note on a 9.9 sale item, not the prize (防晒袖套链接9.9拍下…不包邮) is read as a fee on 不包邮",
    "围巾直播价89，今天下单送手套，偏远补邮8元": "set 172: remote postage on an 89元 sale, not the prize (围巾直播价89…偏远补邮8元) is read as a fee on 补邮、8元",
    "防晒袖套今晚3条9.9，偏远地区补运费5元": "set 172: remote freight on a 3-for-9.9 sale, not the prize (今晚3条9.9，偏远地区补运费5元) is read as a fee on 补运费5元",
    "客服：领奖需开通会员卡，会员卡19.9元，开了就送伞": "set 172: a membership card needed to claim (领奖需开通会员卡) is read right as a condition, but its 19.9元 price (会员卡19.9元) is missed as a fee",
    "客服：亲，您抽中的裱花嘴套装需要先拍一下店铺里的1元补邮链接，拍完我们马上安排发货哦": "set 173: a 1元 postage link for the winner (先拍一下店铺里的1元补邮链接) is read right as a fee, and also as a condition on 需要、先拍",
    "今天抽的是家用小烤箱，中獎的寶寶不用補運費、不用付上樓費，德邦直接送到家，收到後有問題找客服就行": "set 173: a promise of free delivery with no fees (不用補運費、不用付上樓費…找客服就行) is read as a condition on 收到後、有問題、就行",
    "抽中的黄油要用优惠券领取，券使用费1元": "set 173: a 1元 coupon fee to claim (券使用费1元) is read right as a fee, and also as a condition on 要、优惠券",
    "烘焙课报名费199，送一份材料包（课程销售，不是抽奖）": "set 173: a paid baking course, not a draw (课程销售，不是抽奖) is read as a fee on 报名费199",
    "纠正一下，刚刚口误说要粉丝团，其实不需要，关注主播就能参与": "set 173: a correction that no fan club is needed (刚刚口误说要粉丝团，其实不需要) is read as a condition on 要、粉丝团",
    "群公告：上周抽奖有两位中奖宝宝被客服误收了6元邮费，已原路退回并致歉，以后所有奖品一律包邮，遇到收费请直接截图找店长": "set 173: a notice that wrongly taken postage was refunded and all prizes ship free (已原路退回并致歉，以后所有奖品一律包邮) is read as a fee on 收费 and as a condition on 请、截图",
    "给主播刷个1快币的小心心才发奖品哈": "set 173: a 1快币 gift to the host before shipping (给主播刷个1快币的小心心才发奖品) is read right as a condition, but the 1快币 gift is missed as a fee",
    "淡奶油偏远地区不发冷链，下单前请先问客服（抽奖奖品偏远地区换常温黄油，包邮）": "set 173: a cold-chain note on cream sales, the prize swapped and shipped free (抽奖奖品偏远地区换常温黄油，包邮) is read as a condition on 奶油、偏远地区、不发",
    "想升级成大号戚风模具的补20差价，不想换就发原款，照样包邮": "set 173: an optional 20元 upgrade, the original prize ships free (不想换就发原款，照样包邮) is read as a fee on 补、差价",
    "这款烤箱直播间到手价299，下单的宝子送烤盘和烤网，偏远地区需补运费20元，这个说的是购买的，不是抽奖的奖品": "set 173: remote freight on a 299元 oven sale, not the prize (这个说的是购买的，不是抽奖的奖品) is read as a fee on 补运费20元",
    "字幕里那个“全网最低价”是上一场留下的，已经删了，抱歉": "set 173: a note that a lowest-price caption was removed (是上一场留下的，已经删了) is read as an absolute claim on 全网最低",
    "打赏满50快币的中奖者才给发哦": "set 173: a 50快币 tip before shipping (打赏满50快币的中奖者才给发) is read right as a condition, but the 50快币 tip is missed as a fee",
    "黄油到付是下单的顾客自选顺丰到付，不是奖品哦，奖品我们付邮": "set 173: buyers' own cash-on-delivery choice, prize postage paid by the shop (不是奖品哦，奖品我们付邮) is read as a fee on 到付",
    "别人家说自己是全网第一我们不比，我们就老老实实做面粉": "set 173: a refusal to claim top rank (别人家说自己是全网第一我们不比) is read as an absolute claim on 第一",
    "我们的奶油全网唯一冷链直达，中奖的进群发个红包领奖": "set 173: a sole-cold-chain claim and joining a group to claim (全网唯一…中奖的进群) is read right as an absolute claim and a condition, but the red packet (发个红包领奖) is missed as a fee",
    "中了的打开小黄车点那个“领奖专用”，1块钱，备注快手号": "set 173: a 1块钱 prize-claim cart link (小黄车点那个“领奖专用”，1块钱) is missed",
    "这款黄油是不是全网最便宜？这个我们真不敢打包票，价格大家自己比": "set 173: a refusal to promise the cheapest price (这个我们真不敢打包票) is read as an absolute claim on 全网最便宜",
    "刚才说“我们家面粉全网第一”是开玩笑的，不算数，大家别当真": "set 173: a retraction of a top-rank joke (是开玩笑的，不算数，大家别当真) is read as an absolute claim on 第一 and as a condition on 开玩笑、不算数",
    "主播：我不说我家奶油是最好的，说了也违规，大家自己吃了评价": "set 173: a refusal to call the cream the best (我不说我家奶油是最好的，说了也违规) is read as an absolute claim on 最好",
    "补了运费的那两位宝子，钱已经原路退回了，以后奖品都是包邮": "set 173: a refund of freight to two winners, prizes free from now (钱已经原路退回了，以后奖品都是包邮) is read as a fee on 补、运费",
    "抽中的鹦鹉走空运，空运费店铺承担，你到机场接一下就行": "set 174: air freight paid by the shop, pickup at the airport (空运费店铺承担，你到机场接一下就行) is read as a condition on 机场、就行",
    "乌龟奖品发货前会拍视频给你看活体状态": "set 174: the shop filming the turtle before shipping (发货前会拍视频给你看活体状态) is read as a condition on 发货前、活体、状态",
    "更正：刚才字幕写错了，\"中奖需补运费\"是打错了，应为\"中奖无需补运费\"": "set 174: a caption correction that winners pay no freight (应为…中奖无需补运费) is read as a fee on 补、运费",
    "抽中鸟粮的宝子，优惠使用费1.9元，链接里拍下就行": "set 174: a 1.9元 'discount use fee' for winners (优惠使用费1.9元) is read right as a fee, and also as a condition on 拍下、就行",
    "爬宠箱在3号链接，邮费8元，偏远地区加10": "set 174: postage on a reptile box sale, not the prize (爬宠箱在3号链接，邮费8元) is read as a fee on 邮费8元",
    "0元抽的乌龟是免费的哈，但包活费要5块，不拍包活链接就不发": "set 174: a 5块 live-arrival fee (包活费要5块) is read right as a fee, and also as a condition on 拍、不发",
    "運費窩們出，中獎嘚寶子放心": "set 174: the shop paying freight (運費窩們出) is read as a fee on 運費、出",
    "去年我们抽奖是到付的，今年开始全部包邮，去年付过的私信客服退": "set 174: past cash-on-delivery, now all free with refunds (今年开始全部包邮，去年付过的私信客服退) is read as a fee on 到付",
    "打赏满50快币的中奖粉丝才给发活体，白嫖的不发": "set 174: a 50快币 tip before the pet ships (打赏满50快币的中奖粉丝才给发活体) is read right as a condition, but the 50快币 tip is missed as a fee",
    "客服：亲，您抽中的守宫需要加一个保温包，保温费8元，拍下3号链接即可发出～": "set 174: an 8元 heat-pack fee via link 3 (保温费8元，拍下3号链接) is read right as a fee, and also as a condition on 拍下、即可、需要、保温",
    "活体下单必须选顺丰特快，普通快递不收活体": "set 174: a shipping rule for live-pet orders, not the prize (活体下单必须选顺丰特快) is read as a condition on 活体下单、必须",
    "要加个笼子的可以小黄车下单，不买不影响奖品发货": "set 174: an optional cage purchase (不买不影响奖品发货) is read as a condition on 要、下单",
    "奖品发货后会把单号发给你，活体到了记得第一时间开箱": "set 174: tracking info and an unboxing tip (活体到了记得第一时间开箱) is read as a condition on 记得、开箱",
    "抽奖送的豹纹守宫需开通本店会员（19.9元/季）才可以领取哦": "set 174: a paid membership needed to claim (需开通本店会员…才可以领取) is read right as a condition, but its 19.9元 price (19.9元/季) is missed as a fee",
    "奖品需要开发票的话税点自己出，不要发票的直接发": "set 174: tax only on an optional invoice, the prize ships anyway (不要发票的直接发) is read as a fee on 税、出",
    "天太冷了，守宫奖品等回暖再发，暖宝宝我们免费加": "set 174: a weather delay with free heat packs (等回暖再发，暖宝宝我们免费加) is read as a condition on 守宫、回暖、再发",
    "0元抽中的守宫先交50押金，收到活体拍视频确认后退你": "set 174: a 50元 deposit before the prize ships (先交50押金) is missed",
    "空运要本人带身份证去机场货运站自提，提货不要钱": "set 174: a free airport pickup with ID (去机场货运站自提，提货不要钱) is read as a condition on 要、身份证、自提",
    "下单的宝子记得加购包活服务，2元一单": "set 174: a paid add-on for buyers, not winners (下单的宝子记得加购包活服务) is read as a condition on 下单、记得、加购",
    "中奖的家人进粉丝群领奖，群里发个6.6的红包才给登记地址": "set 174: joining the fan group to claim (进粉丝群领奖) is read right as a condition, but the 6.6 red packet (群里发个6.6的红包) is missed as a fee",
    "中奖的家人点小黄车3号链接(1元)备注中奖ID，这个是发活体的专用链接": "set 174: a 1元 cart link for winners (小黄车3号链接(1元)备注中奖ID) is missed",
}


# Dev cases the engine alone gets right and the check with its second opinion gets wrong, each with why.
SECOND_OPINION_MISSES = {
    "【粉丝群公告📢】上周福袋中奖的宝贝们注意啦：奖品已经到仓，请在群里接龙报名，报名后拍下店里1.9元的“领奖专拍”，同时在群内保持7天不退群，7天后统一发出。未接龙的视为放弃哦～": "set 55: the engine's condition (未接龙的视为放弃) is in a sentence the model of sets 1-162 reads at p 0.35 < 0.6 and drops; the one of 接龙报名 and 保持7天不退群 reads 0.91, under the warning bar of 0.95",
    "没买过咱家东西的中了奖？不好意思，那不算哈": "set 8: the engine reads a condition in the answer (不好意思、不算: the question's 没买过 makes it one); the model of sets 1-162 reads the answer's sentence (不好意思，那不算哈) at p 0.28 < 0.6 and drops it",
    "瓦楞纸猫抓板，45×22cm，送猫薄荷，今日12.9元。两个20元。\n今晚抽奖送猫抓板15个，评论“喵喵”参与，九点开奖。\n中奖铲屎官请3天内填写地址哦～": "set 22: a sale's price (两个20元) is a sentence of its own the engine does not read as a sale; the model of sets 1-162 reads it at p 0.989, above the fee warning bar of 0.96 chosen at stop 49",
    "yyds的手机壳抽奖!新号不参与,偏远地区补运费": "set 28: the engine's fee (偏远地区补运费) is in a sentence the model of sets 1-162 reads at p 0.5987, under the bar of 0.6 below which a named fee is dropped since stop 49; its clause reads 0.96, under the keep bar of 0.999",
    "看到有书友在评论里说，别的直播间中奖要先转发三个群才给发。我们这儿规矩跟平台一样，抽中紫毫笔的留个地址就完事。": "set 45: hearsay of another room's condition (别的直播间中奖要先转发三个群才给发) that the engine reads as told and lets go; the model of sets 1-162 reads its sentence at p 0.968, above the warning bar of 0.95 chosen at stop 49",
}


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


@pytest.fixture(scope="module")
def engine_alone():
    return without_second_opinion(default_pack())


@pytest.mark.parametrize("case", TERMS, ids=[c["text"] for c in TERMS])
def test_lottery_term_clause(plan, engine_alone, case):
    """Each dev clause, read by the engine alone and by the check as shipped (with its second opinion).

    A known miss must still be missed, so a fix asks for its entry to go. It is asserted, not marked
    xfail: pytest formats every expected failure as a traceback, which parsing this module made a
    tenth of a second each, over a thousand times a run."""
    text, expected = case["text"], set(case["expect"])
    engine, shipped = set(_rules(plan, text, engine_alone)), set(_rules(plan, text))
    miss, second_miss = KNOWN_MISSES.get(text), SECOND_OPINION_MISSES.get(text)
    assert not (miss and second_miss), "SECOND_OPINION_MISSES holds clauses the engine alone reads as labelled"
    if miss:
        assert engine != expected, f"the engine now reads this as labelled: take it out of KNOWN_MISSES ({miss})"
    else:
        assert engine == expected, f"engine alone: {sorted(engine)}, shipped: {sorted(shipped)}"
    if second_miss:
        assert shipped != expected, f"now read as labelled: take it out of SECOND_OPINION_MISSES ({second_miss})"
    elif not miss:
        assert shipped == expected, f"shipped: {sorted(shipped)}, the engine alone is right"
    else:  # the engine's own miss: the second opinion may mend it, never make it worse
        assert shipped == expected or len(shipped ^ expected) <= len(engine ^ expected) and shipped >= engine & expected, \
            f"shipped: {sorted(shipped)}, worse than the engine alone: {sorted(engine)}"


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
    assert "“中獎者需自付運費10元”" in fee.message and "触发词：自付、運費10元" in fee.message
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


def test_a_gap_may_bar_a_class_of_words(pack):
    seg = segmenter_for(["商家"])
    spec = _spec(seller_words=["商家"], patterns=[{"tag": "exempt", "seq": "seller ~3!no pay"}],
                 cancel=["exempt"])
    found = Scanner(spec, seg)
    assert not found.scan("邮费商家来付")  # the shop pays
    assert found.scan("邮费商家不用付")  # a negation between: not the shop paying, the fee stands
    with pytest.raises(SpecError) as err:
        _spec(patterns=[{"tag": "x", "seq": "fee ~2!ghost pay"}])
    assert "ghost" in str(err.value)


@pytest.mark.parametrize(("seq", "held", "free"), [
    ("^ seller ~1 pay", "商家来付邮费", "邮费商家来付"),  # the shop pays first in its clause; later, not the pattern
    ("seller ~1 pay $", "邮费商家来付", "商家来付邮费"),  # ...last in its clause; earlier, not the pattern
])
def test_a_pattern_may_be_held_to_the_start_or_the_end_of_the_clause(pack, seq, held, free):
    spec = _spec(seller_words=["商家"], patterns=[{"tag": "exempt", "seq": seq}], cancel=["exempt"])
    found = Scanner(spec, segmenter_for(["商家"]))
    assert not found.scan(held)
    assert found.scan(free)


def test_a_bounded_gap_before_the_end_lets_words_follow_but_not_a_barred_one(pack):
    # "best advice ~7!de $" (stop 52): 最好一周内用完 is advice, 最好在家用的冲牙器 a ranking; the span ends at its last class
    spec = _spec(seller_words=["商家"], patterns=[{"tag": "exempt", "seq": "seller ~1 pay ~2!no $"}], cancel=["exempt"])
    found = Scanner(spec, segmenter_for(["商家"]))
    assert not found.scan("邮费商家来付")  # nothing follows
    assert not found.scan("邮费商家来付就行")  # two words follow, no negation
    assert found.scan("邮费商家来付不用啦")  # a negation follows: not the pattern, the fee stands
    assert not found.scan("邮费商家来付，就这样吧我们说好了")  # another clause is not read...
    assert found.scan("邮费商家来付吧我们说好了就这样")  # ...but more than two words in the clause are too many
    for seq in ("fee ~ $", "fee ~2", "~2 $", "^ ~2 $", "fee ~1 ~2 $", "fee ~1 ~2 pay", "fee ~2!ghost $"):
        with pytest.raises(SpecError):
            _spec(patterns=[{"tag": "x", "seq": seq}])


def test_anchors_stand_only_at_the_ends_of_a_pattern(pack):
    for seq in ("^", "$", "^ $", "^ ~1 pay", "fee ^ pay", "fee $ pay", "$ fee", "fee ~ $"):
        with pytest.raises(SpecError) as err:
            _spec(patterns=[{"tag": "x", "seq": seq}])
        assert "^ 只能在最前" in str(err.value), seq
    for tag in ("^", "$", "~x"):
        with pytest.raises(SpecError):
            _spec(patterns=[{"tag": tag, "seq": "fee"}])
    for name in ("^", "$"):
        with pytest.raises(SpecError) as err:
            _spec(**{f"{name}_words": ["商家"]})
        assert "不能是 ^、$" in str(err.value), name


def test_a_condition_no_word_list_names_is_read_from_the_demand(plan, engine_alone):
    # None of 备注, 答对 or 心得 is a condition word: the demand and what it asks for decide. (The engine
    # alone: the second opinion finds the last sentence, read by itself, unlikely to be a condition
    # (p 0.12 < 0.2) and drops it; "…直到您写完心得才发" it keeps, p 0.76.)
    report = check("lottery", dict(plan, terms="中奖宝宝请先把备注改成店名。答对竞猜题才能领奖！"
                                               "奖品会暂扣，直到您写完心得"), AS_OF, engine_alone)
    [found] = [f for f in report.findings if f.rule == "ks.lottery.no_extra_conditions"]
    assert found.severity == "warning" and "可能附加了领奖条件" in found.message  # read, not named: less sure
    for clause, word in (("中奖宝宝请先把备注改成店名", "备注"), ("答对竞猜题才能领奖", "答对"),
                         ("奖品会暂扣，直到您写完心得", "心得")):
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
    ({"inline_aside": ["re:([0-9]"]}, "inline_aside"),
    ({"inline_aside": ["元"]}, "inline_aside"),
    ({"inline_aside": "re:[0-9]+元"}, "inline_aside"),
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


def _rules(plan, terms, pack=None):
    report = check("lottery", dict(plan, terms=terms), AS_OF, pack)
    return {f.rule: f for f in report.findings if f.rule in TERM_RULES and f.path == "terms"}


FEES, CONDITIONS, ABSOLUTE = "ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms"
# Pinned readings of earlier stops that stop 49's bars (chosen blind: a named fee dropped below 0.6, a finding kept for
# its clause only above 0.999, a warning of the model alone above 0.96 for fees and 0.95 for conditions) and the model of
# 162 sets moved: as the check as shipped reads them now, as the engine alone reads them (as before), and why.
MOVED_AT_STOP_49 = {
    "中奖后如果去隔壁店下单，奖品作废": (set(), {CONDITIONS}, "loss of the model of 162 sets: a condition (another shop's order voids the prize) in a sentence read at p 0.41 (the model of 158 sets: 0.60), under the named condition's drop bar of 0.5, unchanged"),
    "中奖了要在直播间拍一单1分钱的链接才能生成订单哈": (set(), {FEES}, "loss: a 1-fen link, a named fee in a sentence read at p 0.56, under the named fee's drop bar of 0.6 (was 0.4)"),
    "默认免费发，想要顺丰的补10元，不补不发": (set(), {CONDITIONS, FEES}, "loss: a fee with no free default after all (不补不发), read at p 0.52 < 0.6"),
    "之前说的邮费5元已经更正，实际是8元": (set(), {FEES}, "loss: a fee corrected to 8元, read at p 0.56 < 0.6"),
    "偏远地区要另付20元，中奖的宝子默认免费发，想加急的自己选。": (set(), {FEES}, "loss of the keep bar: remote winners pay 20元; the sentence reads p 0.32 (0.28 before) and its clause 0.9983, above the old bar of 0.998 but under 0.999"),
    "奖品不用付钱🧧拍下补邮链接才发货": (set(), {FEES}, "loss: a postage link to ship, read at p 0.52 < 0.6"),
    "中奖宝宝运费我们出偏远地区自付10元其他免费": ({FEES}, set(), "found: remote winners pay 10元; the engine frees it run on, the model warns at p 0.995 > 0.96"),
    "中奖的宝宝🎉拍3号链接（1.9元）": ({FEES}, set(), "found again: a link priced in brackets the engine does not read, warned at p 0.998 > 0.96"),
    "我们给中奖的宝宝发个8.8红包": ({FEES}, set(), "false warning: a red packet the shop gives, p 0.979 > 0.96"),
    "中奖后客服主动给我转了5块运费，好评": ({FEES}, set(), "false warning: money the shop sent, p 0.992"),
    "客服答应给我转5块补偿，中奖包邮": ({FEES}, set(), "false warning: money the shop sends, p 0.985"),
    "奖品是开通视频会员（9.9元/月），中奖直接送": ({FEES}, set(), "false warning: the membership is the prize, p 0.979"),
    "开通会员（9.9元/月）才能享受会员价": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning beside the engine's condition: a perk opened, p 0.997"),
    "开通会员（9.9元/月）才能领优惠券": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning beside the condition, p 0.998"),
    "开通会员（9.9元/月）才能发弹幕": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning beside the condition, p 0.993"),
    "开通会员（9.9元/月）才安排专属客服": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning beside the condition, p 0.998"),
    "开通会员（9.9元/月）才发专属福利": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning beside the condition, p 0.993"),
    "需要开通会员的宝宝9.9元一个月，中奖的宝宝免费送一个月": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning: the shop gives the month, p 0.975"),
    "中奖的宝宝需要开通店铺会员，会员价19.9元，非会员29.9元": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning: a members' price of goods, p 0.991"),
}


# What the bars of stop 50 (fees: kept for the clause above 0.9998, warned above 0.94; conditions: kept above 0.9995,
# warned above 0.94; chosen by stop 49's rule on a wider grid over 8,960 blind dev cases) and the model of 166 sets
# moved among the pinned texts of earlier stops, as at stop 49: the shipped reading, the engine's own, and why (p is the
# model's reading of the sentence, or of the finding's clause where the keep bar decides). The two texts of
# MOVED_AT_STOP_49 that the model of 166 sets reads as their old tests expect again left both dicts, so those tests pin them.
MOVED_AT_STOP_50 = {
    "买家：为什么要交押金？别的直播间都不用 店铺客服：这是公司规定，押金30元。": (set(), {FEES}, "loss of the keep bar: a 30元 deposit the staff ask after a buyer's question; its sentence reads p 0.01 and its clause (押金30元) 0.9992, under 0.9998"),
    "中奖要补运费吗？不用不用，拍5元链接就行": (set(), {FEES}, "loss of the keep bar: a 5元 link asked after a no; the sentence after the question reads p 0.29 and the clause 0.9997, under 0.9998"),
    "中奖宝宝统一顺丰到付，想要加急的私信，默认免费发": (set(), {FEES}, "loss of the keep bar: freight on delivery beside a free default; the sentence reads p 0.24 and the clause 0.9997, under 0.9998"),
    "中奖的家人免费升级到19.9元的会员款，不加钱。": ({FEES}, set(), "false warning: a free upgrade to a priced member item, p 0.960 > 0.94"),
    "拍2号链接（9.9元）送同款小样，抽奖的奖品免费发": ({FEES}, set(), "false warning: a sale's link beside a free prize, p 0.959 > 0.94"),
    "中奖的宝宝需要开通店铺会员，会员9.9元/月由店铺代付": ({CONDITIONS, FEES}, {CONDITIONS}, "false fee warning beside the condition: the shop pays the membership, p 0.967 > 0.94"),
}


# Stop 51: the model of 170 sets and the condition warning bar (0.92, by stop 50's rule over 9,600 blind dev cases) moved
# these texts of earlier tests; the changelog of 2026.12.07.17 names them (the two timed texts as 超时 deadlines).
MOVED_AT_STOP_51 = {
    "全网最低价：9.9元": ({ABSOLUTE, FEES}, {ABSOLUTE}, "false fee warning beside the claim: a price heading, p 0.941 > 0.94"),
    "开通店铺会员（9.9元/月）后领取5元无门槛券": ({FEES, CONDITIONS}, set(), "false warnings: a perk for members, fees p 0.987 (a warning since stop 49), conditions p 0.930 > 0.92"),
    "中奖的宝宝10分钟内私信客服，超时不作废的，放心": ({CONDITIONS}, set(), "false warning: a deadline that voids nothing, p 0.923 > 0.92"),
    "中奖后30分钟内系统自动生成订单，超时作废的订单会重新生成": ({CONDITIONS}, set(), "false warning: an order the system makes again, p 0.926 > 0.92"),
}
# Stop 51: the fee found in a question the shop answers yes, a warning only now (its severity moved, not its rule): the
# question's sentence reads p 0.596 under the model of 170 sets, under drop_named_below 0.6 (0.708 before).
MOVED_SEVERITY_AT_STOP_51 = {
    "中奖要付邮费？对的，10元": "warning",
}


# Stop 52: the model of 174 sets (bars kept, by the same rule over 10,240 blind dev cases) reads four texts of these dicts
# as their old tests expect again (a postage link of stop 49, money the staff send of stop 50, the quoted fee and the
# private message of stop 51); they left the dicts, so those tests pin them, and the changelog of 2026.12.07.19 names
# them. It also dropped the false condition warning the .17 changelog named on "作弊者永不发货", and moved no other
# pinned text.


def _moved(text, pack):
    """Whether the check as shipped (pack None) reads `text` as MOVED_AT_STOP_49, _50 or _51 says, not as its old test
    did."""
    return pack is None and (text in MOVED_AT_STOP_49 or text in MOVED_AT_STOP_50 or text in MOVED_AT_STOP_51)


MOVED = {49: MOVED_AT_STOP_49, 50: MOVED_AT_STOP_50, 51: MOVED_AT_STOP_51}


@pytest.mark.parametrize(("stop", "text"), [(stop, text) for stop, moved in MOVED.items() for text in moved])
def test_what_the_bars_and_models_of_stops_49_to_51_moved(plan, engine_alone, stop, text):
    shipped, engine, _ = MOVED[stop][text]
    assert set(_rules(plan, text)) == shipped
    assert set(_rules(plan, text, engine_alone)) == engine


@pytest.mark.parametrize("text", list(MOVED_SEVERITY_AT_STOP_51))
def test_what_the_model_of_stop_51_moved_in_severity(plan, engine_alone, text):
    assert _rules(plan, text)[FEES].severity == MOVED_SEVERITY_AT_STOP_51[text]
    assert _rules(plan, text, engine_alone)[FEES].severity == "error"


def test_the_sentences_the_changelog_of_2026_12_07_20_quotes_read_as_it_says(plan):
    for text in ("有人问是不是国家级工艺，不是，就是普通老手艺", "弹幕：主播这个是全网最低吗？ 主播：不敢这么说",
                 "有人问是不是全网最低价，这个我不敢保证哈", "黄油要放冰箱冷藏，最好一周内用完", "宝宝们最好在今晚12点前把地址发过来",
                 "有人问是不是全网最低", "中奖者最好3天内填写地址", "安装那天最好家里有人"):
        assert _rules(plan, text) == {}, text
    for text in ("有人问是不是全网最低，我告诉你，是", "有人问是不是全网最低，不敢说，但别家肯定没这个价", "有人问是不是全网最低，没有，更低！",
                 "宝宝们，这是全网最低价么", "这朵玫瑰我裱得是不是全网最漂亮？", "品质最好当天发货", "最好在家用的冲牙器就是这款",
                 "冲牙器是全网最低价吗？", "有人问是不是全网最低，是的", "有人问是不是全网最低当然是", "有人问为什么我们是全网最低",
                 "我们家顶级燕窝是最便宜的吗？不是", "有人问是不是全网最低？不是？", "最好冷藏工艺", "最好七天见效",
                 "最好一天卖了五千单", "这款面霜对你最好当天见效", "粉丝们这个是全网最低吗", "有人问是不是全网最低？👍",
                 "有人问是不是全网最低，这个哪能不是", "有人问是不是全网最低，不是嘛", "有人问是不是全网最低？没有。但别家肯定没这个价",
                 "质量最好在目前同价位里"):
        assert set(_rules(plan, text)) == {ABSOLUTE}, text


def test_the_sentences_the_changelog_of_2026_12_07_19_quotes_read_as_it_says(plan, engine_alone):
    for text in ("中獎了記得拍運費連結喔～不拍不發", "刚才口播说成“中奖宝宝运费自理”，对的就是这样。"):
        assert set(_rules(plan, text)) == {FEES} == set(_rules(plan, text, engine_alone)), text
    for text in ("客服说会转我8.8补偿运费", "私信客服才能领奖", "作弊者永不发货"):
        assert not set(_rules(plan, text)) & {FEES, CONDITIONS}, text


def test_the_sentences_the_changelog_of_2026_12_07_18_quotes_read_as_it_says(plan):
    absolute = "ks.lottery.absolute_terms"
    for text in ("字幕写“全网最低”是误写", "主播口播说的“全网第一”已撤回", "有人说我们是“唯一授权店”，我们没这么说过",
                 "我们不说“最便宜”，只说良心价", "我们不说自己是最好的", "我们绝对不收中奖的任何费用", "绝对不会收运费",
                 "是不是最好的不敢说", "是不是全网最低我不知道", "我们不说自己是最好的？", "是不是最好的不敢说？",
                 "我们不说“全网最低”？那说什么", "我们不说“最低价”，怕同行眼红", "是不是全网最低我不知道，不信你搜"):
        assert absolute not in _rules(plan, text), text
    for text in ("字幕写“全网第一”那一行把日期打错了", "字幕写的“全网最低价99元”写错了", "刚才说的“全网第一”收回？不可能",
                 "说的“全网最低”说错了包赔", "有人说我们是全网第一，我们没这么说过，但确实是",
                 "有人说我们是全网第一，我们没这么说过，事实如此", "粉丝专属价全网最低，咱不说这个了"):
        assert absolute in _rules(plan, text), text


def test_the_sentences_the_changelog_of_2026_12_07_17_quotes_read_as_it_says(plan):
    # the model of 174 sets no longer warns on "私信客服才能领奖" and "作弊者永不发货" and finds the fee of "刚才口播说成
    # “中奖宝宝运费自理”，对的就是这样。" again: the changelog of 2026.12.07.19 says so, and its test pins them
    for text, rule in (("中奖的宝宝10分钟内私信客服，超时不作废的，放心", CONDITIONS),
                       ("开通店铺会员（9.9元/月）后领取5元无门槛券", FEES)):
        found = _rules(plan, text)
        assert rule in found and found[rule].severity == "warning", text
    found = _rules(plan, "中奖要付邮费？对的，10元")
    assert set(found) == {FEES} and found[FEES].severity == "warning"
    found = _rules(plan, "全网最低价：9.9元")
    assert set(found) == {ABSOLUTE, FEES} and found[FEES].severity == "warning"


def test_the_sentences_the_changelog_of_2026_12_07_14_quotes_read_as_it_says(plan):
    # "客服说会转我8.8补偿运费" is no longer warned since the model of 174 sets (2026.12.07.19 says so, its test pins it)
    for text in ("中奖宝宝请加客服微信，发6.6红包后登记地址。", "中奖宝子们，评级费每张60，付完统一送评，评完寄给你们。",
                 "中奖的家人免费升级到19.9元的会员款，不加钱。"):
        found = _rules(plan, text)
        assert set(found) == {FEES} and found[FEES].severity == "warning", text
    for text in ("奖品免费包邮，礼盒包装另付2元，不要礼盒的可以不付，直接用快递袋发。", "领奖方式二选一：①默认快递寄出，免费；②着急用的可以自己选闪送，闪送费自理",
                 "以前是包邮，现在中奖要补运费", "中奖宝宝统一顺丰到付，想要加急的私信，默认免费发", "中奖要补运费吗？不用不用，拍5元链接就行"):
        assert _rules(plan, text) == {}, text


def test_a_demand_on_the_prize_is_not_one_on_the_winner(plan):
    # The prize must travel cold: nothing is asked of the winner, so only the fee is a finding.
    found = _rules(plan, "生鲜奖品需冷链配送，冷链费用由中奖人承担。")
    assert set(found) == {"ks.lottery.no_extra_fees"}
    assert _rules(plan, "奖品需经质检合格后才寄出，请耐心等待") == {}
    assert _rules(plan, "奖品发出前我们会拍照留底，确保完好") == {}
    # ...but a person named after the demand is the one asked, and a named condition still counts.
    assert "ks.lottery.no_extra_conditions" in _rules(plan, "农产品奖品需中奖者到果园现场自取，恕不邮寄。")
    assert _rules(plan, "奖品需好评后才发")["ks.lottery.no_extra_conditions"].severity == "error"


def test_who_pays_completes_a_fee_named_before_it(plan):
    for terms, clause in (("邮费？当然是中奖的宝宝自己出啦", "邮费？当然是中奖的宝宝自己出啦"),
                          ("中奖后要帮我们拉三个新粉，运费还得自己出哈", "运费还得自己出哈"),
                          ("超过1公斤的部分按重量计费，由中奖人补", "超过1公斤的部分按重量计费，由中奖人补")):
        fee = _rules(plan, terms)["ks.lottery.no_extra_fees"]
        assert f"“{clause}”" in fee.message, fee.message
    # A fee that is exempted does not pass to the next clause.
    assert "ks.lottery.no_extra_fees" not in _rules(plan, "邮费不用担心，中奖的宝宝准备好地址就行")


def test_a_threat_after_a_question_mark_completes_the_clause_before(plan):
    found = _rules(plan, "没当够一个月粉丝就想领奖？那可不行。")
    assert "“没当够一个月粉丝就想领奖？那可不行”" in found["ks.lottery.no_extra_conditions"].message


def test_a_threat_reaches_back_over_a_fee_clause(plan):
    found = _rules(plan, "邀请3位好友助力，再付5元邮费，就能领奖品")
    assert set(found) == {"ks.lottery.no_extra_conditions", "ks.lottery.no_extra_fees"}
    assert "邀请" in found["ks.lottery.no_extra_conditions"].message


def test_an_allowed_step_that_suffices_is_not_joined_to_the_clause_before(plan):
    found = _rules(plan, "史上最大力度抽奖，中奖者填写地址即可，全程包邮")
    assert set(found) == {"ks.lottery.absolute_terms"}


def test_a_bracketed_aside_does_not_cut_its_clause():
    # in the order they end: an aside before the clause around it
    assert clauses("开通店铺会员（9.9元/月）的中奖者才能领。奖品发放（限灯牌已点亮的粉丝）") == [
        (7, "9.9元/月"), (0, "开通店铺会员的中奖者才能领"), (27, "限灯牌已点亮的粉丝"), (22, "奖品发放")]
    assert [c for _, c in clauses("（未闭合的括号。下一句")] == ["未闭合的括号", "下一句"]


def test_the_finding_quotes_the_clause_with_its_bracket(plan):
    found = _rules(plan, "开通店铺会员（9.9元/月）的中奖者才能领。")
    assert "“开通店铺会员（9.9元/月）的中奖者才能领”" in found["ks.lottery.no_extra_conditions"].message


def test_a_scam_warning_and_a_question_impose_nothing(plan):
    assert _rules(plan, "有人私信说要交保证金才能领奖，那都是骗子，我们从不收钱。") == {}
    assert _rules(plan, "有人私信说要交押金才发？那是假的，别转账") == {}
    assert _rules(plan, "问：中奖要收邮费吗？答：不用哦，全国包邮") == {}
    assert _rules(plan, "奖品需要晒单吗？不需要，喜欢的话欢迎分享") == {}
    # the same demand said, not asked about, is a finding
    assert set(_rules(plan, "中奖要收邮费10元")) == {"ks.lottery.no_extra_fees"}


def test_a_demand_the_shop_withdrew_or_misspoke_is_told_not_asked(plan, engine_alone):
    assert _rules(plan, "以前我们抽奖要求粉丝等级3级以上，被老铁们吐槽了，现在已经取消，新粉也能领") == {}
    assert _rules(plan, "抽奖规则（更新）：原第3条“中奖者承担运费”已作废，现改为：奖品运费全部由本店承担。") == {}
    assert _rules(plan, "刚说的「中奖要补邮费」是我念错稿子了，正确的是「中奖不要补邮费」") == {}
    # withdrawn in a clause the engine reads with the demand before it (the engine's own reading)
    assert _rules(plan, "以前我们抽奖要大家到店里消费满20才能领，这个做法已经取消了，现在中奖就能直接领。", engine_alone) == {}
    # a demand made now stays, whatever else is withdrawn or corrected: the amount, free postage, a
    # refund of before, the prize of who does not comply
    for fee in ("中奖要补运费5块，是我说错了，是10块", "中奖补运费5元，现更正为8元",
                "中奖的宝宝记得拍5元补邮链接，之前的免邮福利已取消", "中奖需交押金20元，上期的已经全部退回，大家放心交"):
        assert set(_rules(plan, fee, engine_alone)) == {"ks.lottery.no_extra_fees"}, fee
    assert set(_rules(plan, "中奖的要加粉丝团，不加的中奖资格已取消", engine_alone)) == {"ks.lottery.no_extra_conditions"}
    # a voluntary clause is no withdrawal: what it is read with stays ("可以自愿…，不补的不发货")
    assert set(_rules(plan, "中奖后可以自愿补5元运费，不补的不发货", engine_alone)) == {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "纯自愿参加，并且中奖的需要补5元运费", engine_alone)) == {"ks.lottery.no_extra_fees"}
    assert _rules(plan, "运费？中奖的自己出，不出也没关系", engine_alone) == {}


def test_what_is_sent_when_the_winner_chooses_nothing_decides(plan):
    assert _rules(plan, "默认邮政包邮，着急的可以自己选顺丰到付，不选就走邮政免费寄") == {}
    assert _rules(plan, "想要顺丰的可以补差价，不补的话默认中通免费发") == {}
    # the prize given up when the fee is not paid: the fee stands (the default is no free one)
    assert set(_rules(plan, "中奖的要补5元运费，不补的默认放弃")) == {"ks.lottery.no_extra_fees"}


def test_a_fee_asked_about_and_answered_no_is_none(plan, engine_alone):
    assert _rules(plan, "到付？不是到付！寄件的时候我们就月结了") == {}
    assert _rules(plan, "中奖的都要补一下快递费？？没有没有，那是付费款的补差链接，你们中奖的别拍") == {}
    assert set(_rules(plan, "到付？对，到付，中奖的自己出")) == {"ks.lottery.no_extra_fees"}
    # the fee restated after the question is no denial of it
    for fee in ("中奖运费到付？本店不承担运费哦", "中奖的宝宝运费到付？不需要提前付，快递上门收",
                "中奖运费自理？？当然不是免费的", "中奖的宝宝补5元邮费？？不可能包邮的哈", "中奖补邮费？不补邮费就发不了"):
        assert set(_rules(plan, fee, engine_alone)) == {"ks.lottery.no_extra_fees"}, fee


def test_a_claim_window_shorter_than_a_day_is_a_condition(plan, engine_alone):
    for condition in ("中奖后10分钟内不联系客服的作废", "中了10分钟内不私信就作废!!", "中奖1小时内不找客服就作废",
                      "中奖后10分钟内没私信客服的视为放弃", "中奖后半个钟头内不联系客服的作废", "中奖后5分钟内不回复的名额顺延"):
        found = _rules(plan, condition)
        assert set(found) == {"ks.lottery.no_extra_conditions"}, condition
        assert found["ks.lottery.no_extra_conditions"].severity == "error", condition
    # a day or three to give an address, the shop's own promise of a time, a delay, a buyer's order,
    # the lottery's own entry: no condition
    for text in ("中奖后24小时内联系客服，超时作废", "中奖后48小时内没登记地址的就视为放弃哈", "付款后30分钟内发货",
                 "中奖嘅朋友，记得喺二十四个钟之内填地址啊，唔填就当你放弃㗎喇", "预计晚2小时到自提点，抽奖的奖品一起延后",
                 "奖品1小时内不发货的，平台会赔付", "我们承诺2小时内发货，超时不发的直接退款", "中奖后半小时内客服会联系你，请保持电话畅通",
                 "中奖后请在2小时内填写地址，超时也会发", "拍下后30分钟内未付款的订单会被取消", "中奖后10分钟内系统不发货的请联系客服",
                 "秒杀商品拍下后5分钟内不确认的订单取消", "福袋弹幕口令5分钟内不发送的不算参与", "开奖前半小时内不在直播间的不算参与抽奖",
                 "开奖前半个钟头内不在直播间的不算", "红包雨开始后5分钟内不领取的红包作废"):
        assert "ks.lottery.no_extra_conditions" not in _rules(plan, text, engine_alone), text


def test_a_demand_of_the_past_said_to_be_gone_is_told_and_one_that_changed_is_not(plan, engine_alone):
    for text in ("以前中奖的要加群才能领 现在不用了 直接发", "以前要关注两个号才能领，现在不需要了"):
        assert _rules(plan, text, engine_alone) == {}, text
    # a demand made now stays; so does a past one said to have changed without saying to what, or
    # followed by what now holds for others
    for fee in ("以前是包邮，现在中奖要补运费", "以前运费是5元，现在不变", "原来运费10块，现在不到5块", "原来邮费是5元，现在改了，涨到8元了",
                "之前说的邮费5元已经更正，实际是8元", "以前中奖要交押金50，退押金已经停止", "原来中奖的要补差价，如今不另外通知，直接扣",
                "以前运费5元，现在免费送小样，正装补10元运费", "发货之前中奖的宝宝先补5元运费，现在下单的都包邮",
                "去年中奖的都是运费到付，今后也不会包邮", "中奖的跟以前一样补5元运费，现在下单买的包邮",
                "以前偏远补10元运费，目前包邮地区不含偏远", "原来的8元运费照付，如今包邮可不是我们的规矩"):
        assert set(_rules(plan, fee, engine_alone)) == {"ks.lottery.no_extra_fees"}, fee
    for condition in ("中奖的宝宝要加群才能领，以前不用，现在不用了", "以前中奖要关注满7天，后来改了，30天",
                      "之前要求中奖加粉丝团，现在不看粉丝团了，看灯牌等级", "之前中奖要下单，现在不仅要下单还要好评"):
        assert set(_rules(plan, condition, engine_alone)) == {"ks.lottery.no_extra_conditions"}, condition


def test_what_the_winner_may_leave_undone_then_taken_back_by_a_threat_still_asks(plan, engine_alone):
    for condition in ("中奖后加粉丝团，不加也没事，就是不发货", "中奖的要加粉丝团，不加也没事，就是排在最后",
                      "中奖的要加粉丝团，不加也正常发，排在最后", "中奖宝宝记得亮灯牌，不亮也照常寄，亮了的优先发",
                      "中奖的家人们记得点个关注加个团，不然不发哦"):
        assert set(_rules(plan, condition, engine_alone)) == {"ks.lottery.no_extra_conditions"}, condition
    # a but that explains is no threat
    for text in ("中奖的宝宝加个粉丝团，不加也没关系，就是这么宠粉", "中奖的记得加粉丝团，不加也照常发，但是加了能第一时间看到通知",
                 "中奖的宝宝有空给个好评，不强求，只是对我们很重要", "要顺丰的补运费，不要也可以，不过就不寄顺丰了，普通快递包邮",
                 "加急的补5元，不加急也没事，只是不发加急，正常包邮寄出", "中奖的宝宝可以加个团，不加也照常发"):
        assert _rules(plan, text, engine_alone) == {}, text
    # a free default names no choice: what is charged beside it stays
    for fee in ("默认免费发中通中奖的要补5元邮费", "默认免费想要奖品的补10元邮费", "默认免费发小样想要顺丰发正装的补20元",
                "中奖宝宝补5元邮费，不补也正常发，不补的发到付"):
        assert set(_rules(plan, fee, engine_alone)) == {"ks.lottery.no_extra_fees"}, fee


def test_a_question_answered_with_another_demand_and_gifts_written_as_decimals(plan, engine_alone):
    for fee in ("中奖要拍5元补邮链接？不用哦，拍3元的就行", "中奖运费10元自理？不需要的宝宝可以直接放弃名额"):
        assert "ks.lottery.no_extra_fees" in _rules(plan, fee, engine_alone), fee
    for condition in ("中奖要关注满30天？不用哦，满7天就行", "中奖后要加粉丝团？不用的宝宝名额顺延", "中奖要加粉丝团？不用哒，亮灯牌就行",
                      "中奖的宝宝帮忙给我们转发一下直播间，有红包拿"):
        assert set(_rules(plan, condition, engine_alone)) == {"ks.lottery.no_extra_conditions"}, condition
    for text in ("5.20当天中奖的宝宝额外送红包", "今晚8.8的红包雨，中奖的宝宝额外领一个6.66的红包", "中奖宝宝加送红包，记得把中奖截图转我",
                 "奖品为50元Google Pay点卡"):
        assert _rules(plan, text, engine_alone) == {}, text


def test_another_shops_demand_told_is_none_but_a_condition_naming_one_is(plan):
    assert _rules(plan, "我就问一句，中奖要给好评吗？上次别的店让我必须给五星。") == {}
    for condition in ("中奖的小伙伴若被发现同时在别家直播间抽奖，取消资格。", "中奖后如果去隔壁店下单，奖品作废",
                      "中奖者不得在其他店铺购买同款，否则不发"):
        assert _moved(condition, None) or set(_rules(plan, condition)) == {"ks.lottery.no_extra_conditions"}, condition


def test_a_demand_glued_to_its_step_is_read(plan, engine_alone):
    assert set(_rules(plan, "中奖需加粉丝团", engine_alone)) == {"ks.lottery.no_extra_conditions"}
    assert _rules(plan, "领奖说明：中奖后无需加V、无需进群，平台内填写地址即可。", engine_alone) == {}


def test_a_negation_glued_to_a_step_is_read(plan):
    # jieba keeps 没填 whole; the 没 still negates the step, so the threat is about the address.
    assert _rules(plan, "没填地址的不算哈，记得填！") == {}


def test_a_question_asks_and_a_reply_answers(plan):
    # The buyer's question quotes the demand it asks about; the shop's answer decides.
    assert _rules(plan, "Q：退货运费谁出？A：质量问题由我们承担来回运费") == {}
    assert _rules(plan, "@豆豆 为啥要填电话？——填电话是方便快递联系您，不会另作他用") == {}
    found = _rules(plan, "@小王 中了要钱吗？——要的，偏远地区补10元运费")
    assert set(found) == {"ks.lottery.no_extra_fees"}
    assert "偏远地区补10元运费" in found["ks.lottery.no_extra_fees"].message


def test_fast_typing_with_spaces_and_net_speak(plan):
    # A space next to a Chinese word is a comma to a fast typist; yf/xd/fst are words sellers type.
    assert set(_rules(plan, "抽中的宝子顺丰到付 不接受的放弃")) == {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "奖品by 包装费2r自理")) == {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "中奖的拍0.01链接付yf")) == {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "中奖后给个hp才安排发货")) == {"ks.lottery.no_extra_conditions"}
    assert _rules(plan, "by不用yf 不用xd") == {}
    # a space between numbers and words is not a cut
    assert set(_rules(plan, "需支付 5 元 邮费")) == {"ks.lottery.no_extra_fees"}


def test_circled_numbers_and_headings_cut_a_notice_into_its_steps(plan):
    assert _rules(plan, "领奖须知：①关注主播；②评论区发口令；③中奖后请核对收货地址是否准确。") == {}
    found = _rules(plan, "参与方式：①关注主播②评论口令③中奖后须在店铺下单任意商品方可领取奖品")
    assert set(found) == {"ks.lottery.no_extra_conditions"}
    assert "“中奖后须在店铺下单任意商品方可领取奖品”" in found["ks.lottery.no_extra_conditions"].message


def test_what_the_seller_obviously_charges_or_demands_is_never_hidden(plan):
    # An unclosed bracket, a scam warning later in the sentence, a heading, spaced-out characters,
    # a word that starts like a negation (别的) or a question mark without a question word must not
    # make a plain violation disappear.
    fee, condition, absolute = TERM_RULES
    for terms, rule in (("中奖需付邮费10元（顺丰", fee), ("中奖需付邮费10元（顺丰。下一句", fee),
                        ("中奖需付邮费10元，谨防骗子", fee), ("中奖需付邮费10元，其他人说的都别信", fee),
                        ("全网最低价：9.9元", absolute), ("史上最强福利：关注主播参与抽奖", absolute),
                        ("全网最低价20:00开抢", absolute), ("邮 费 自 理", fee), ("运 费 中 奖 者 承 担", fee),
                        ("中奖需补运费10元及别的费用", fee), ("中奖后要再拍别的商品才发货", condition),
                        ("中奖需付邮费10元？", fee), ("粉丝团3级以上才能领？", condition)):
        assert rule in _rules(plan, terms), terms


def test_a_trigger_across_an_aside_is_quoted_as_written(plan):
    fee = _rules(plan, "中奖需付（偏远地区）邮费10元")["ks.lottery.no_extra_fees"]
    assert "“中奖需付（偏远地区）邮费10元”" in fee.message and "付…邮费10元" in fee.message



def test_a_negation_that_governs_a_demand_reaches_past_who_it_names(plan):
    assert _rules(plan, "不需要中奖的宝宝下单") == {}
    assert _rules(plan, "我们不会要求中奖的宝宝好评") == {}
    # a negation that only describes who (没中过奖的宝宝) still ends at 的宝宝
    assert "ks.lottery.no_extra_conditions" in _rules(plan, "没中过奖的宝宝需要先下单")


def test_an_order_given_to_the_winner_needs_no_demand_word(plan):
    assert set(_rules(plan, "中奖的下载app")) == {"ks.lottery.no_extra_conditions"}
    assert set(_rules(plan, "中奖下载我们app领取")) == {"ks.lottery.no_extra_conditions"}
    # the winners named, then something else done: no order to them
    assert _rules(plan, "中奖名单截图已经发粉丝群了，没中的别灰心") == {}


def test_where_the_money_goes_is_the_fee_rules_not_a_condition(plan, engine_alone):
    fee = {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "中奖后请先转10元手续费到客服微信，确认后发货")) == fee
    assert set(_rules(plan, "中奖粉丝请在48小时内拍下「运费专拍」链接，否则视为放弃")) == fee
    for pack in (None, engine_alone):
        text = "中奖了要在直播间拍一单1分钱的链接才能生成订单哈"
        assert _moved(text, pack) or set(_rules(plan, text, pack)) == fee
    # adding the shop's WeChat as a step of its own is still a condition
    assert "ks.lottery.no_extra_conditions" in _rules(plan, "中奖后需加客服微信才能领")


def test_a_list_of_steps_asks_for_each_step(plan):
    found = _rules(plan, "1. 关注主播 2. 加入粉丝团 3. 发送口令 4. 中奖后客服联系发货")
    assert set(found) == {"ks.lottery.no_extra_conditions"}
    assert found["ks.lottery.no_extra_conditions"].severity == "warning"  # read without a demand word
    assert "“加入粉丝团”" in found["ks.lottery.no_extra_conditions"].message
    assert _rules(plan, "1、关注主播；2、评论口令；3、中奖后填写地址") == {}
    # a list of what the shop offers is no list of steps
    assert _rules(plan, "1. 正品保障 2. 粉丝团专属价 3. 七天无理由退换") == {}
    # the lottery's own rules name what they ask
    assert set(_rules(plan, "抽奖规则：关注主播+加入粉丝团+口令“爱宠粮”")) == {"ks.lottery.no_extra_conditions"}


def test_a_question_denied_or_told_imposes_nothing(plan):
    assert _rules(plan, "快递到付？不存在的，我们全部寄付") == {}
    assert _rules(plan, "口播：有人问中奖要不要补运费，不要！一分钱都不要！") == {}
    assert set(_rules(plan, "中奖要付邮费？对的，10元")) == {"ks.lottery.no_extra_fees"}
    # 呢 ends a statement too: a fee said softly is still a fee
    assert set(_rules(plan, "不过快递费10元需要您这边承担呢")) == {"ks.lottery.no_extra_fees"}


def test_a_sentence_about_a_sale_or_a_return_is_the_buyers(plan):
    assert _rules(plan, "下单满99包邮，不满的运费6元，这是买东西的规矩") == {}
    assert _rules(plan, "质量问题退货的，运费到付，我们来出") == {}
    assert _rules(plan, "这单是卖的，运费8块；你中奖的那份是包邮的") == {}
    # the same sentence naming the prize is about the prize
    assert set(_rules(plan, "奖品邮费自理，买东西的宝宝包邮")) == {"ks.lottery.no_extra_fees"}


def test_a_quoted_keyword_asks_and_claims_nothing(plan):
    assert _rules(plan, "关注主播+扣“要”，评论“已下单”参与") == {}
    assert _rules(plan, "下一轮口令改成“秋天第一杯奶茶”") == {}


def test_the_share_of_a_fee_left_to_the_winner_is_a_charge(plan):
    fee = {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "运费我们出一半，中奖的家人出一半")) == fee
    assert set(_rules(plan, "快递费我们出一半，另一半中奖宝子出。")) == fee
    assert _rules(plan, "运费我们全出，差额部分也由我们承担") == {}


def test_a_demand_on_the_courier_or_the_shipping_is_not_on_the_winner(plan):
    assert _rules(plan, "中奖的请核对一下手机号，快递员送货前要打电话的") == {}
    assert _rules(plan, "奖品是车厘子，要走冷链顺丰，全程包邮") == {}
    assert _rules(plan, "下单后48小时内发货") == {}
    # a review before shipping is still a demand, whatever the shipping time
    assert "ks.lottery.no_extra_conditions" in _rules(plan, "中奖后好评后48小时内发货")


def test_and_adds_a_demand_to_the_one_before(plan):
    found = _rules(plan, "中奖的宝宝加入粉丝群并在群里发中奖截图，才可以领")
    assert set(found) == {"ks.lottery.no_extra_conditions"}
    assert _rules(plan, "不用下单并且全国包邮") == {}


def test_new_absolute_claims_and_their_everyday_look_alikes(plan):
    for terms in ("宇宙无敌好吃的螺蛳粉", "这是你们能买到的性价比之王"):
        assert set(_rules(plan, terms)) == {"ks.lottery.absolute_terms"}, terms
    assert _rules(plan, "王者荣耀皮肤抽奖，关注主播参与") == {}


def test_a_clause_that_adds_to_a_demand_is_read_with_it(plan):
    found = _rules(plan, "中奖的需要交押金50，并且给个好评，押金收到货后退")
    assert set(found) == {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions"}
    assert "并且给个好评" in found["ks.lottery.no_extra_conditions"].message
    # a threat about a claim step not done is about that step, not the clause before
    assert _rules(plan, "说明：不需要下单，不需要粉丝团，中奖后72小时内未填地址视为放弃") == {}
    assert _rules(plan, "中奖了没填地址的宝子抓紧，明天中午12点前没填的就算自动放弃了哈") == {}


def test_the_prize_sent_on_a_day_is_a_promise(plan):
    assert _rules(plan, "抽中的家人私信我地址，保健品礼盒今天就寄") == {}
    assert set(_rules(plan, "中奖后请在订单里补拍3元油费，不补的不发货哈")) == {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "本店发膜No.1，抽奖送正装一瓶")) == {"ks.lottery.absolute_terms"}


def test_a_request_to_no_one_about_the_prize_is_no_condition(plan):
    assert _rules(plan, "奖品：儿童拼图一盒，含小零件请家长看护") == {}
    assert _rules(plan, "粉丝群通知：明天下午3点开播，有0元抽奖，记得准时来") == {}
    # the same request to the winner is one
    found = _rules(plan, "中奖者需在直播间停留20分钟")
    assert set(found) == {"ks.lottery.no_extra_conditions"}


def test_back_office_fields_read_as_sellers_fill_them(plan):
    assert set(_rules(plan, "领奖：点亮灯牌+付10元押金，收货后退押金。")) == {
        "ks.lottery.no_extra_conditions", "ks.lottery.no_extra_fees"}
    assert _rules(plan, "运费说明：全国统一包邮（含偏远地区），不设补差价。") == {}
    assert _rules(plan, "领奖说明：中奖后无需支付定金或押金，请勿相信任何收费信息。") == {}
    assert _rules(plan, "活动说明：买面包的宝子照常拍链接付款，抽奖是额外福利。") == {}
    assert _rules(plan, "奖品描述：手机钢化膜2片装，中奖后请在订单备注里写上手机型号。") == {}
    assert _rules(plan, "奖品描述：牛角包6只装，冷链发出，收到后请冷藏并于3天内食用。") == {}
    assert set(_rules(plan, "中奖宝宝请先拍1元链接锁单，我们按订单发货哦。")) == {"ks.lottery.no_extra_fees"}


def test_a_host_speaking_is_read_as_a_host_speaks(plan):
    fee = {"ks.lottery.no_extra_fees"}
    # 拍了 after a postage link pays it; it is no second order
    assert set(_rules(plan, "置顶：中奖用户请拍下1元邮费链接，拍了才发货")) == fee
    assert set(_rules(plan, "恭喜中奖，那个奖品我们包邮，但是需要一块钱的手续费，你拍一下就行")) == fee
    assert set(_rules(plan, "扫这个码付一下运费险就发")) == fee
    assert _rules(plan, "一分钱不要你的，运费俺出") == {}
    assert _rules(plan, "谁说我们中奖要加微信的?不需要加微信，别信那些私信你的骗子") == {}
    assert _rules(plan, "新来的宝宝点关注再发评论，开奖的时候人在直播间就行") == {}
    assert _rules(plan, "奖品颜色随机，介意的宝宝可以不参与") == {}
    assert _rules(plan, "咱们不搞那一套啊，什么中奖还要交押金交保证金的，咱家没有，中了就是白送") == {}
    # the same 拍了 with no fee before it is an order
    assert "ks.lottery.no_extra_conditions" in _rules(plan, "中奖的宝宝先拍了才给发")


def test_short_lines_from_a_shops_day(plan):
    fee = {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "麻将机中奖的，押金200，收到货退给你")) == fee
    assert set(_rules(plan, "手机支架中奖的拍3.9那个链接，我们改不了0元")) == fee
    assert set(_rules(plan, "发夹中奖别忘了拍邮费链接，不拍不发哈")) == fee
    assert _rules(plan, "泡菜拍两罐包邮，单罐运费5元") == {}
    assert _rules(plan, "奖品不会到付，放心填，到付的可以拒收") == {}
    assert _rules(plan, "支架要换颜色的，下单时备注就行") == {}
    # a link's number is no price
    assert _rules(plan, "今天的福利款在3号链接，喜欢的拍") == {}


def test_a_whole_announcement_is_read_sentence_by_sentence(plan):
    post = ("钢化膜，高清防指纹，今日9.9元两片。今晚抽奖送钢化膜20份，扣“贴膜”参与，中奖请备注机型。"
            "中奖家长在订单里核对地址就行。奖品最晚48小时内发货。")
    assert _rules(plan, post) == {}
    assert _rules(plan, "船袜今日下单满2件再送1双，下单前请咨询尺码。偏远地区运费另算。") == {}
    assert _rules(plan, "抽纸10片×5包29.9元，今晚抽奖送10包，扣“纸巾”参与") == {}
    found = _rules(plan, "今晚抽奖送数据线30条。中奖者需与其他商品凑单才能发货，不凑单需补运费5元。")
    assert set(found) == {"ks.lottery.no_extra_conditions", "ks.lottery.no_extra_fees"}
    assert "ks.lottery.no_extra_conditions" in _rules(plan, "领奖条件：关注我们的另外一个账号“小鹿好物”。")


# Found by the review of this round"s readings: each compliant text had become an error or each
# violation had vanished. An emphasis is no literal, proof sent to the shop is a claim step, a
# numbered link is an order, a told question needs a teller, 咱 alone is the audience.
REVIEWED = [
    ("中奖的宝宝“无需”付邮费，全国包邮", []),
    ("中奖宝宝“不用”补邮费，我们全包", []),
    ("中奖者“不需要”下单，关注主播即可", []),
    ("中奖宝宝“必须”点亮灯牌", ["ks.lottery.no_extra_conditions"]),
    ("中奖宝宝“需要”好评晒图", ["ks.lottery.no_extra_conditions"]),
    ("中奖了截图私信客服领取", []),
    ("抽中的宝宝截图联系客服填地址", []),
    ("中奖的宝宝留言收货地址", []),
    ("中奖的宝宝需要拍下3号链接才能发货", ["ks.lottery.no_extra_conditions"]),
    ("中奖后需拍下一件商品邮费我们出", ["ks.lottery.no_extra_conditions"]),
    ("中奖的宝宝补多少邮费看地区，我们没有包邮", ["ks.lottery.no_extra_fees"]),
    ("中奖宝宝要交多少押金看奖品，本店没有统一价", ["ks.lottery.no_extra_fees"]),
    ("中奖的宝宝私信客服问一下补多少邮费", ["ks.lottery.no_extra_fees"]),
    ("中奖后问客服要补多少运费然后付款", ["ks.lottery.no_extra_fees"]),
    ("奖品免费送，中奖的宝宝拍一下才发", ["ks.lottery.no_extra_conditions"]),
    ("中奖宝宝好评晒图后当天就寄出", ["ks.lottery.no_extra_conditions"]),
    ("中奖的宝宝，运费咱自己出一下哈", ["ks.lottery.no_extra_fees"]),
    ("运费咱自己出", ["ks.lottery.no_extra_fees"]),
    ("大家不用担心中奖的宝宝只要点亮灯牌就能领", ["ks.lottery.no_extra_conditions"]),
    ("有宝宝说要发顺丰那就自己补10元差价", ["ks.lottery.no_extra_fees"]),
    ("购物车里的运费？中奖的宝宝自己出", ["ks.lottery.no_extra_fees"]),
    ("退换货运费？中奖宝宝自己出", ["ks.lottery.no_extra_fees"]),
    ("1.收藏店铺有优惠 2.中奖后填写地址", []),
    ("①关注主播②分享直播间给好友可以增加人气③中奖后填写地址", []),
    ("周一、三、五直播，中奖需付邮费10元", ["ks.lottery.no_extra_fees"]),
    ("扣“要”参与，中奖填地址", []),
    ("口令是「快手好物」，评论“已下单”参与", []),
    ("快递到付？不存在的，我们全部寄付", []),
    ("咱们不搞那一套，什么中奖还要交押金的，咱家没有", []),
    ("有宝宝说领奖要先关注满一个月？没这规矩，别听别人瞎说", []),
]


# Reviewers' violations the check as shipped no longer reports: the second opinion finds the sentence
# unlikely to break the rule (below its drop thresholds, chosen out of fold on the dev cases: fewer findings on
# compliant copy, and these are the price). The engine alone still reads each of them.
REVIEW_SECOND_OPINION_LOSSES = {  # text: (why, the rules the check as shipped still finds in it)
    "中奖的宝宝补多少邮费看地区，我们没有包邮": ("a fee asked without an amount (补多少邮费看地区) reads unlikely to the model of sets "
                                   "1-130 (p 0.04 < 0.5; its clause p 0.918, not above 0.995)", set()),
    "大家中奖后私信客服说订单号就发奖品": ("an order number asked as a claim step reads unlikely (p 0.03)", set()),
    "先拍下1元邮费链接，拍完把昵称改成快手好物才发货": ("a nickname changed before sending, a demand alone, reads unlikely "
                                       "to the model of sets 1-130 (p 0.28 < 0.3, the bar chosen blind at stop 41)",
                                       {"ks.lottery.no_extra_fees"}),
    # (奖品发出之前需要把昵称改成店铺名 was here at stop 40, p 0.494 against 0.5; the model of 130 sets gives 0.614
    # and the bar is 0.3: found again)
    "中奖宝宝要交多少押金看奖品，本店没有统一价": ("a deposit asked without an amount, denied a set price, reads unlikely to the "
                                  "model of sets 1-130 (p 0.24 < 0.5, the bar for a named fee chosen blind at stop 41)",
                                  set()),
    "买了的家人记得给个好评哈，中奖的也一样": ("a review asked of buyers and, in a clause after, of winners reads unlikely to "
                                "the model of sets 1-130 (p 0.08 < 0.3, chosen blind at stop 41)", set()),
    # (大家不用担心中奖的宝宝只要点亮灯牌就能领 was here from stop 44: a fan badge asked after a reassurance read unlikely
    # to the models of 134 to 154 sets; the model of 158 sets finds it again, at stop 48)
}


def _reviewed(cases, width):
    """Each reviewed case for the engine alone and for the check as shipped."""
    params = []
    for case in cases:
        params.append(pytest.param("engine", *case[:width], id=f"engine-{case[0]}"))
        params.append(pytest.param("shipped", *case[:width], id=f"shipped-{case[0]}"))
    return params


def _review_findings(plan, engine_alone, which, terms):
    """The lottery terms' findings, and what the check as shipped must find: what the review found, or,
    for one of its listed losses, exactly what it still finds (a change either way asks for the list)."""
    report = check("lottery", dict(plan, terms=terms), AS_OF, engine_alone if which == "engine" else None)
    lost = REVIEW_SECOND_OPINION_LOSSES.get(terms) if which == "shipped" else None
    return [f for f in report.findings if f.path == "terms"], lost


@pytest.mark.parametrize("which, terms, rules", _reviewed(REVIEWED, 2))
def test_what_the_review_of_the_new_readings_found(plan, engine_alone, which, terms, rules):
    findings, lost = _review_findings(plan, engine_alone, which, terms)
    found = sorted({f.rule for f in findings if f.rule in TERM_RULES})
    assert found == (sorted(lost[1]) if lost else rules)


def test_careful_shops_and_disguised_demands(plan):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    # the careful shop's copy says what it says
    assert _rules(plan, "奖品如果在路上被压坏，您不用寄回，拍张照片给客服就行，运费还是我们出。") == {}
    assert _rules(plan, "如果中奖地址在外省，我们不会因为地区远就取消资格。") == {}
    assert _rules(plan, "奖品到货后如颜色不一致，请联系客服，我们负责免费换回，并承担来回运费。") == {}
    assert _rules(plan, "如需配度数请另外在店里下单，配镜价格页面上写得很清楚") == {}
    assert _rules(plan, "有人担心要先下单才能领奖，不需要。") == {}
    assert _rules(plan, "本店郑重声明：0元抽奖奖品不存在“邮费另付”“到付”等情况。") == {}
    # the shop as owner (我们的付费会员) is no payer
    assert fee <= set(_rules(plan, "奖品需加入我们的付费会员才能领取，会员每月9.9元"))
    # a prize sooner for a condition met asks for it; a fee said as a price still charges
    assert set(_rules(plan, "【抽奖说明】粉丝团的宝宝优先发货，没加团的排到下周统一发哈")) == condition
    assert set(_rules(plan, "0元抽奖订单生成时会收取2元服务费，用于奖品分拣和出库")) == fee
    assert set(_rules(plan, "请中奖的各位在群里扫码付一下成本价9.9，蜂蜜不要钱")) == fee


def test_village_sellers_and_a_month_of_copy(plan):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    assert _rules(plan, "私信回复：恁好 恭喜中奖哈 核桃俺们明天就发 不用恁出邮费") == {}
    assert _rules(plan, "私信：恁中奖那个 俺们给恁寄出去了 运费俺们已经付了") == {}
    assert _rules(plan, "恁好 恁问抽奖要不要下单才能参加 不要 关注了评论口令就中") == {}
    assert _rules(plan, "家人们 抽奖的奖品咱们镇上的可以自提 离得近的来拿 离得远的俺也给寄 邮费俺出") == {}
    assert set(_rules(plan, "中奖的需要预付五块钱 确认收货后退回")) == fee
    assert set(_rules(plan, "抽奖资格：近30天内在本店有过购买记录的用户")) == condition
    assert set(_rules(plan, "中奖者须在小店下单“领奖专拍”链接（价格1元），作为领奖依据")) == fee


def test_more_shops_and_young_sellers(plan):
    fee = {"ks.lottery.no_extra_fees"}
    assert _rules(plan, "发货时间说明:正常订单付款后48h内发,抽奖奖品开奖后48h内发。") == {}
    assert _rules(plan, "温馨提示:本店抽奖奖品不收取任何费用。如有人以中奖名义要求付款,请勿相信。") == {}
    assert _rules(plan, "上周有两位宝子的奖品退回来了,麻烦中奖后认真填一下门牌号🙏") == {}
    assert _rules(plan, "72小时内没填写收货地址的,就默认放弃了哈,名额会顺延给下一位") == {}
    assert _rules(plan, "吉他弦一套抽3份,中奖的宝子地址填好我这边就发🎸") == {}
    assert _rules(plan, "新来的家人们不用担心,新粉老粉都能参与抽奖,关注了就行") == {}
    assert set(_rules(plan, "中奖的宝子拍一下3号链接1元补运费,拍完备注快手号")) == fee
    assert set(_rules(plan, "中奖宝子记得补2元包装盒费用,不补的话只能裸发了哈")) == fee
    assert set(_rules(plan, "全快手独一家的手工木雕,中奖的宝子需要邀请3个好友关注才能发")) == {
        "ks.lottery.absolute_terms", "ks.lottery.no_extra_conditions"}


@pytest.mark.parametrize("terms, rules", [
    # who did not meet a condition pays or waits: the condition is asked for (the 没 says who)
    ("粉丝团的宝宝中奖包邮,没加团的邮费到付哈。", {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions"}),
    ("未下单需自付运费", {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions"}),
    ("中奖的宝宝 没亮灯牌的补五块钱也能发", {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions"}),
    ("获奖资格以粉丝团亲密度等级为准", {"ks.lottery.no_extra_conditions"}),
    # ...but freed with a second negation, nothing is asked
    ("没加团的也不用付邮费", set()),
    ("没下单的宝宝中奖也不用补运费", set()),
    ("没加团的邮费也是我们出", set()),
    ("我们不会向中奖的宝宝收取邮费", set()),
    ("运费我们出，不能让中奖的宝宝掏钱", set()),
    # a buyer's offer and a buyer's terms beside a winner who is freed
    ("下单满2件赠送同款旅行装小样1份，赠品随单发出", set()),
    ("自己买的走顺丰要补8块差价，中奖的统一走普通快递包邮", set()),
    ("买了的家人记得给个好评哈，中奖的不用", set()),
    ("自己下单的满39包邮，中奖的一律邮费自理", {"ks.lottery.no_extra_fees"}),
    # hearsay, denied or reported, imposes nothing
    ("听说别家抽奖还让补差价 俺家不搞那一套哈 运费俺出", set()),
    ("有家人说没加团中了不给发？乱讲，加没加团都发", set()),
    ("平台规定抽奖不能收任何费用，请放心填写地址", set()),
    ("不补运费不能发货", {"ks.lottery.no_extra_fees"}),
    # an order given to the winner with words between; an offer is no order
    ("中奖的随便拍个9.9的东西，奖品跟着一起寄", {"ks.lottery.no_extra_conditions"}),
    ("中了的宝宝可以给个好评哈，不给也没关系，奖照样发", set()),
    # practicalities a winner is told are no conditions; sent on winning is a promise
    ("姐妹们这个手镯抽奖中了要报一下手圈大小哈", set()),
    ("抽奖就是图个热闹 中了就寄", set()),
    ("二、奖品寄出后如遇拒收，视为放弃奖品", set()),
    ("运费你这边承担一下", {"ks.lottery.no_extra_fees"}),
    ("运费宝宝这边承担一下", {"ks.lottery.no_extra_fees"}),
    ("这口锅永久不粘，包邮送您了", {"ks.lottery.absolute_terms"}),
    ("有没有最低消费才能领奖？没有，零消费也能领", set()),
    # the thirty-third to thirty-sixth sets: a paid link then 拍完就发 is that payment; the shop
    # refusing to pay leaves it to the winner; notices, courier rules and care are no conditions
    ("中奖的宝宝拍一下0.01元的领奖链接，系统要登记一下，拍完就发。", {"ks.lottery.no_extra_fees"}),
    ("问：要下单吗？答：要拍一单，奖品邮费8元我们不出哦", {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions"}),
    ("中奖者不承担任何费用", set()),
    ("中奖的宝宝请注意：大闸蟹是活蟹，顺丰冷链发货，全程运费店铺承担。", set()),
    ("刀具獎品需實名收件，這是快遞規定，運費由本店承擔。", set()),
    ("需要纸质发票的中奖宝宝，发票会和奖品一起寄，不额外收钱。", set()),
    ("如果奖品到手是碎的，请拍开箱视频发给客服，补发不用你出钱。", set()),
    ("奖品包邮、包破损、包坏果，中奖宝宝唯一要做的就是填地址。", set()),
    ("中奖用户下单任意商品可享奖品包邮，未下单需自付运费。", {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions"}),
    ("別的直播間中獎還要補運費，我們家不用，獎品全部包郵到家。", set()),
    ("顶级纸尿裤免费送，只要你是五级粉丝，再出个邮费就行。",
     {"ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms"}),
    ("奖品描述：绝对正品的车载吸尘器，需加V领取", {"ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms"}),
    ("宝宝们最好先把关注点上，等下开福袋别错过。", set()),
    # the thirty-seventh to forty-fourth sets: net-speak, mentions, titles, care after receipt,
    # sentences that say they ask nothing, other shops' practice, what the rule itself forbids
    ("zj的bz拍一单随便啥 再补2r yf 一起发", {"ks.lottery.no_extra_fees"}),
    ("别家天天喊「全网最低」「史上最强」，我们就老老实实报价", set()),
    ("各位主播注意，口播抽奖的时候别说「中了必须下单」这种话", set()),
    ("周二抽《我的第一本认知书》一套，中奖包邮，也不用买东西。", set()),
    ("本店蓝牙耳机音质绝对第一，中奖的宝子收到后请先充满电再配对使用。", {"ks.lottery.absolute_terms"}),
    ("智能手环奖品要下载官方APP才能同步运动数据，这是产品本身的用法，跟领奖无关。", set()),
    ("新规提醒：平台0元抽奖禁止向中奖用户收取邮费、税费，禁止要求额外下单。", set()),
    ("亲，有粉丝跟您说中奖要补运费？那是假的哈，我们官方客服不会让您补任何钱", set()),
    ("有宝宝说要发顺丰那就自己补10元差价", {"ks.lottery.no_extra_fees"}),
    ("运营周报：本周抽奖4场，发货全部完成，运费合计186元由店铺支出。", set()),
])
def test_what_the_twenty_ninth_to_forty_fourth_sets_taught(plan, engine_alone, terms, rules):
    # the engine's readings (with the second opinion, 未下单需自付运费 keeps its fee error and loses the
    # condition, p 0.09; the order in zj的bz拍一单… is added as a warning)
    assert set(_rules(plan, terms, engine_alone)) == rules


@pytest.mark.parametrize(("terms", "rules"), [
    # a preference asked (choice) is no condition; a named condition still is
    ("中奖后备注一下要大果还是小果就行", set()),
    ("中奖的宝宝请备注想要的颜色，我们包邮寄出", set()),
    ("想要的话先加粉丝团才能领", {"ks.lottery.no_extra_conditions"}),
    # a clause that disowns what the clauses before it describe (disown)
    ("有同行抽奖要求中奖的先拍一单才发，挺坑的，我们家不搞这个", set()),
    ("有主播让中奖的补运费，这些都是违规的", set()),
    ("中奖的先拍一单才发，我们家一直这样", {"ks.lottery.no_extra_conditions"}),
    # an answer is not read with its question (answer); what the answer asks still counts
    ("问：我是新号能参加吗？答：可以，关注主播就行", set()),
    ("问：要下单吗？答：要拍一单才发", {"ks.lottery.no_extra_conditions"}),
    # an A-not-A question asks, however jieba cut it
    ("我是新号能不能领奖？能！", set()),
    ("中奖要不要加粉丝团？要，加了才发", {"ks.lottery.no_extra_conditions"}),
    # what the review of these readings found them hiding: a warning about something else is no
    # disowning, a tag after a demand is no question, a preference the prize waits on is a condition
    ("中奖后必须加粉丝团才能领，私下交易是违规的", {"ks.lottery.no_extra_conditions"}),
    ("关注主播即可参与，中奖后需补6元邮费，代拍代抢平台不允许", {"ks.lottery.no_extra_fees"}),
    ("中奖后需付运费10元，退换货都不允许", {"ks.lottery.no_extra_fees"}),
    ("中奖后需补邮费5元，挺坑的但没办法", {"ks.lottery.no_extra_fees"}),
    ("中奖后补5元邮费好不好？", {"ks.lottery.no_extra_fees"}),
    ("中奖宝宝要加粉丝团才能领奖懂不懂？", {"ks.lottery.no_extra_conditions"}),
    ("中奖者需在评论区晒出尺码才能领取奖品", {"ks.lottery.no_extra_conditions"}),
    ("中奖的宝宝需评论选款式满20字才发货", {"ks.lottery.no_extra_conditions"}),
    ("中奖后需加粉丝团，不搞这个的不发货", {"ks.lottery.no_extra_conditions"}),  # 不搞这个的: those who do not
])
def test_preferences_disowned_practice_answers_and_a_not_a_questions(plan, terms, rules):
    assert set(_rules(plan, terms)) == rules




# What the review of this round's readings reproduced: compliant texts that were given an error, and
# violations that the new readings hid. Each row: the text, the rules it must be found breaking, and
# the rules it must not be given an error for.
REVIEWED_40 = [
    ("没加团的宝宝邮费不用自付", set(), {CONDITIONS, FEES}),
    ("没加团的宝宝邮费也不用付", set(), {CONDITIONS, FEES}),
    ("没下单的宝宝也不用补邮费", set(), {CONDITIONS, FEES}),
    ("没加团的宝宝邮费我们出", set(), {CONDITIONS, FEES}),
    ("没下过单的宝宝运费也是我们承担", set(), {CONDITIONS, FEES}),
    ("没加团的宝宝运费我们来付", set(), {CONDITIONS, FEES}),
    ("没下过单的宝宝也是我们付邮费", set(), {CONDITIONS, FEES}),
    ("没下单的中奖宝宝也是下周发", set(), {CONDITIONS}),
    ("中奖者这边不承担任何费用", set(), {FEES}),
    ("中奖宝宝这边不承担邮费", set(), {FEES}),
    ("客户这边不承担运费", set(), {FEES}),
    ("中奖宝宝这边不出一分钱", set(), {FEES}),
    ("我们不管多远运费都包", set(), {FEES}),
    ("我们不出邮费链接，中奖直接包邮", set(), {FEES}),
    ("我们不收邮费也不出任何额外费用", set(), {FEES}),
    ("邮费我们不会向中奖者收取", set(), {FEES}),
    ("运费我们绝不向中奖宝宝收取", set(), {FEES}),
    ("邮费不会对中奖者收取", set(), {FEES}),
    ("邮费这块从不向中奖的宝宝收", set(), {FEES}),
    ("偏远地区没法寄顺丰邮费照样我们出", set(), {FEES}),
    ("不用付任何费用，不能发货的地区会提前联系", set(), {FEES}),
    ("中奖不用付邮费不能发货的地区改发邮政", set(), {FEES}),
    ("恶意刷单者永久拉黑", set(), {ABSOLUTE}),
    ("违规刷号的账号永久取消抽奖资格", set(), {ABSOLUTE}),
    ("作弊者永不发货", set(), {ABSOLUTE}),
    ("请填写永久有效的收货地址", set(), {ABSOLUTE}),
    ("奖品不退换，邮费自付", {FEES}, set()),
    ("奖品包邮，偏远地区邮费自付，售后找客服", {FEES}, set()),
    ("中奖不用下单，邮费自付，不支持退货", {FEES}, set()),
    ("自己下单的宝宝要晒图，中奖的宝宝一样", {CONDITIONS}, set()),
    ("买了的家人记得给个好评哈，中奖的也一样", {CONDITIONS}, set()),
    ("恭喜你抽中了。宝宝拍下5元运费链接就发", {FEES}, set()),
    ("恭喜中奖啦。家人们下单付6元邮费，我们马上发", {FEES}, set()),
    ("抽中的宝宝看这里。宝子拍个2元运费链接就行", {FEES}, set()),
    ("中奖名单出来了。姐妹们下单后记得五星好评", {CONDITIONS}, set()),
    ("恭喜中奖！宝宝下单任意商品再补5元邮费就能发货", {CONDITIONS, FEES}, set()),
    ("邮费这边一律到付", {FEES}, set()),
    ("快递这边统一到付", {FEES}, set()),
    ("运费这边都自理", {FEES}, set()),
    ("中奖的宝宝这边统一自理运费", {FEES}, set()),
    ("运费宝宝这边承担一下", {FEES}, set()),
    ("邮费中奖者这边自付", {FEES}, set()),
    ("运费家人这边付一下哈", {FEES}, set()),
    ("快递费客户这边承担", {FEES}, set()),
    ("非江浙沪地区邮费自付", {FEES}, set()),
    ("非会员邮费自付", {FEES}, set()),
    ("邮费自付不能到付", {FEES}, set()),
    ("中奖者邮费自理不得异议", {FEES}, set()),
    ("邮费到付跟我们无关", {FEES}, set()),
    ("中奖的付个5元邮费没关系的", {FEES}, set()),
    ("想要的话记得先加粉丝团", {CONDITIONS}, set()),
    ("中奖的宝宝需要的话先加粉丝团", {CONDITIONS}, set()),
    ("奖品想要的话先下单一件才发", {CONDITIONS}, set()),
    ("中奖的宝宝可选择下单任意商品后领取", {CONDITIONS}, set()),
    ("五星好评后中奖就发", {CONDITIONS}, set()),
    ("好评后中奖就发", {CONDITIONS}, set()),
    ("下单的宝宝中奖就发货", {CONDITIONS}, set()),
    ("加了粉丝团的中奖就发", {CONDITIONS}, set()),
    ("点亮灯牌的宝宝中了就寄", {CONDITIONS}, set()),
    ("灯牌满20级送奖品", {CONDITIONS}, set()),
    ("粉丝团满10级的送奖品", {CONDITIONS}, set()),
    ("大家记得跟客服说一下补6元邮费", {FEES}, set()),
    ("大家中奖后私信客服说订单号就发奖品", {CONDITIONS}, set()),
    ("中奖宝宝要拍1元链接？不会的话私信", {FEES}, set()),
    ("中奖需补6元运费？不会的宝宝问客服", {FEES}, set()),
    ("中奖要先下单？不会的话找客服帮你下", {CONDITIONS}, set()),
    ("运费我们出，拍完记得把昵称改成店名才发", {CONDITIONS}, set()),
    ("先拍下1元邮费链接，拍完把昵称改成快手好物才发货", {CONDITIONS, FEES}, set()),
]


# ...and what the second review, of the last readings of the round, reproduced.
REVIEWED_40 += [
    ("下单的宝宝中奖了奖品另外寄，需要等3天", set(), {CONDITIONS}),
    ("下单的宝宝中奖了奖品另外寄需要等3天", set(), {CONDITIONS}),
    ("我们每月运费支出上万元，中奖的宝宝全部包邮", set(), {FEES}),
    ("为了这次抽奖我们运费支出已经五千多了", set(), {FEES}),
    ("中奖的宝宝要先加粉丝团才能领，跟领奖无关的事情别问", {CONDITIONS}, set()),
    ("加粉丝团才能领奖，与奖品无关的问题请咨询客服", {CONDITIONS}, set()),
    ("中奖者需下单任意商品才能领奖，另外的订单不包邮", {CONDITIONS}, set()),
    ("这可不是跟领奖无关的，中奖宝宝必须加粉丝团才能领", {CONDITIONS}, set()),
    ("好评不是必须的，但是加粉丝团必须，不加不发", {CONDITIONS}, set()),
    ("中奖的宝宝必须先下单，不是必须的是好评", {CONDITIONS}, set()),
    ("抽奖规则：关注主播，评论口令，中奖宝宝需加入粉丝团才能领奖，截图不是必须的", {CONDITIONS}, set()),
    ("主播说“中奖的补5元运费”", {FEES}, set()),
    ("主播说：“中奖的宝宝补5元运费就发”", {FEES}, set()),
    ("老板说了“中奖的必须好评才发货”", {CONDITIONS}, set()),
    ("回答“要先加粉丝团”", {CONDITIONS}, set()),
    ("告诉你们“中奖补5元运费”", {FEES}, set()),
    ("领奖说法：“中奖者支付5元邮费后发货”", {FEES}, set()),
    ("我们讲解一下：“中奖宝宝需补10元运费”", {FEES}, set()),
    ("我们敢说“全网最低价”", {ABSOLUTE}, set()),
    ("商品标题标注“全网第一”", {ABSOLUTE}, set()),
    ("价格改成“全网最低”了", {ABSOLUTE}, set()),
    ("中奖后会有个客服跟你说补5元运费", {FEES}, set()),
    ("中奖后有客服联系您说补运费5元", {FEES}, set()),
    ("有客服说中奖的宝宝需要补10元邮费，这是真的，请配合", {FEES}, set()),
    ("中奖者问客服补多少运费", {FEES}, set()),
    ("中奖人问客服补多少邮费", {FEES}, set()),
    ("中奖的朋友问客服要多少邮费然后转账", {FEES}, set()),
    ("跟别的直播间一样中奖要补5元运费", {FEES}, set()),
    ("我们和别的直播间不同中奖只要补3元运费", {FEES}, set()),
    ("有同行的宝宝中奖也要补运费", {FEES}, set()),
    ("中奖宝宝收到后需要答对三道题才算领奖成功", {CONDITIONS}, set()),
    ("中奖宝宝拿到后需要录一段使用视频发到快手才算领奖成功", {CONDITIONS}, set()),
    ("奖品到货后中奖者要在群里接龙才算完成", {CONDITIONS}, set()),
    ("如有问题中奖的宝宝需要答对三道题才能补发", {CONDITIONS}, set()),
    ("签收前中奖者需要先把昵称改成店铺名，否则拒绝派送", {CONDITIONS}, set()),
    ("中奖宝宝不能以任何借口拒绝支付10元邮费", {FEES}, set()),
    ("没加粉丝团的中奖宝宝我们会帮您取消订单", {CONDITIONS}, set()),
    ("中奖宝宝要自己拍一个链接才能领", {CONDITIONS}, set()),
    ("中奖宝宝需自己拍才给发", {CONDITIONS}, set()),
    ("奖品发出之前需要把昵称改成店铺名", {CONDITIONS}, set()),
    ("禁止向中奖者收取任何费用", set(), {FEES}),
    ("禁止要求中奖者加粉丝团", set(), {CONDITIONS}),
    ("本店蓝牙耳机音质绝对第一，中奖的宝子收到后请先充满电再配对使用。", {ABSOLUTE}, {CONDITIONS}),
    ("智能手环奖品要下载官方APP才能同步运动数据，跟领奖无关。", set(), {CONDITIONS}),
]


@pytest.mark.parametrize("which, terms, found, no_error", _reviewed(REVIEWED_40, 3))
def test_what_the_review_of_the_fortieth_round_found(plan, engine_alone, which, terms, found, no_error):
    findings, lost = _review_findings(plan, engine_alone, which, terms)
    rules = {f.rule for f in findings}
    errors = {f.rule for f in findings if f.severity == "error"}
    if lost:
        assert rules & found == lost[1] & found
    else:
        assert found <= rules
    assert not (no_error & errors)


# The review of the words added in stop 32: each new word must not reach what it was not meant for
# (a who-negation such as 没中的 is no step let go; 那家, 他们家 and 咱 can be the shop's own; 邮, 成本
# and a price before 红包 are no fee by themselves), and what it was added for must still be read.
REVIEWED_32 = [
    ("中奖后需自付邮费10元，没中的也可以直接拍", {FEES}),
    ("奖品统一到付，没中的也可以直接拍", {FEES}),
    ("中奖需先下单一件才发，没中的也可以直接拍", {CONDITIONS}),
    ("中奖后加粉丝团，不加也没事，就是不发货", {CONDITIONS}),  # let go, then taken back (就是…): a caveat
    ("中奖的拍一单9.9的，奖品都是你的", {CONDITIONS}),
    ("中奖要补运费5块，说错了，是10块", {FEES}),
    ("中奖的要拍一单才发，口误，是拍两单", {CONDITIONS}),
    pytest.param("中奖后需加粉丝团才能领，纯自愿下单哈", {CONDITIONS}, marks=pytest.mark.xfail(strict=True, reason="纯自愿 after a named condition clears it: what it makes voluntary is not read")),
    ("中奖的到镇上那家门店消费满50才能领", {CONDITIONS}),
    ("中奖需到他们家（合作商家）下单才发", {CONDITIONS}),
    ("中奖后需在那个直播间下单才发", {CONDITIONS}),
    ("比别家便宜中奖只补3块运费", {FEES}),
    ("像别家一样中奖要补5块运费", {FEES}),
    ("中奖的宝宝在评论区打出“某某家真好吃”才发", {CONDITIONS}),
    ("中奖的宝宝，运费咱出一下哈", {FEES}),
    ("中奖了运费咱补一下就发", {FEES}),
    ("运费咱这边出，中奖的宝宝放心", set()),
    ("给不给发货取决于你有没有加粉丝团", {CONDITIONS}),
    ("中奖算不算数看你下没下单", {CONDITIONS}),
    ("不再限制等级只要加粉丝团就能领", {CONDITIONS}),
    ("取消限制后中奖仍需加粉丝团才能领", {CONDITIONS}),
    ("粉丝团等级限制取消，所有人都能领", set()),
    ("付款用户和中奖用户都需补运费5元", {FEES}),
    ("0.00元运费，中奖的宝宝放心", set()),
    ("奖品邮2件给你", set()),
    ("这个锅成本就要60块，今天抽5个免费送", set()),
    ("奖品由本店自行提供并承担发货成本", set()),
    ("运费当红包返还给中奖者", set()),
    ("我们给中奖的宝宝发个红包当运费补贴", set()),
    ("今晚抽三个6.66红包，中了直接发", set()),
    ("福袋抽8.88红包，关注就能参与", set()),
    ("中奖后发个红包当运费就给你寄", {FEES}),
    ("宝子们中奖以后私信我，发个6.6的红包当邮费，我今天就给你寄出", {FEES}),
    ("我地里种的菜，运费你们出", {FEES}),
    ("中奖后晒个好评，纯自愿", set()),
    ("中奖的宝宝拍个开箱视频，不拍也行", set()),
    pytest.param("那家店中奖要补运费，我们包邮", set(), marks=pytest.mark.xfail(strict=True, reason="那家 can be a shop of ours, so another shop's fee told this way is read as a fee")),
]


@pytest.mark.parametrize("terms, rules", REVIEWED_32)
def test_what_the_review_of_stop_32_found(plan, engine_alone, terms, rules):
    found = {r for r in _rules(plan, terms, engine_alone) if r != "ks.lottery.absolute_terms"}
    assert found == rules


def test_a_long_paste_is_cut_into_clauses_a_few_times_not_once_per_finding(pack, monkeypatch):
    # A list of 500 numbered orders with no full stop: every item is a finding. Reading the clauses
    # after each finding from there to the end of the sentence made the paste quadratic (240 s for
    # 20,000 characters); the clauses are cut once per scan and per sentence asked about.
    import core.text.rules as rules
    calls = []
    real = rules._pieces
    monkeypatch.setattr(rules, "_pieces", lambda text, *inline: calls.append(len(text)) or real(text, *inline))
    scan = scanner(pack, "ks.lottery.no_extra_conditions", AS_OF)
    fresh = Scanner(scan.spec, scan.segmenter)
    hits = fresh.scan("①拍" * 500)
    assert len(hits) > 100
    assert sum(calls) < 20 * 1000, f"{len(calls)} cuts over {sum(calls)} characters"


def test_a_question_answered_yes_is_said(plan, engine_alone):
    for fee in ("中奖要付邮费吗？要的，统一8块。", "中奖后要付运费吗？——要的，运费8元，下单时补。", "中奖了要交工本费吗？要的哦",
                "中奖要付邮费吗？嗯，8块", "中奖要付邮费吗？要的要的，5块"):
        assert set(_rules(plan, fee, engine_alone)) == {"ks.lottery.no_extra_fees"}, fee
    for condition in ("Q：中奖需要开会员吗？A：要的", "领奖需要进群吗？需要的"):
        assert set(_rules(plan, condition, engine_alone)) == {"ks.lottery.no_extra_conditions"}, condition
    # a no, a yes to what is allowed or a preference, a yes with more to it, a yes to a rumour, a yes
    # to a question put to the shop, a yes taken back by a but or an exemption: no finding
    for text in ("中奖要付运费吗？不要的，包邮", "需要加粉丝团吗？不需要的", "中奖需要关注主播吗？需要的",
                 "中奖后72小时内要填地址吗？要的", "中奖的话要选口味吗？要的，原味/抹茶/可可选一个",
                 "中奖要付运费吗？要的话可以自己选顺丰，默认包邮免费", "有人说中奖要交保证金？是的，是骗子",
                 "问：奖品是你们店自己出运费吗？答：是的", "运费你们出吗？对，我们出", "问：中奖的税你们代缴吗？答：是的",
                 "想发顺丰的要补差价吗？要的，不补就发中通包邮", "中奖要加粉丝团吗？要的，不过不加也照样发",
                 "中奖的要付运费吗？需要的，不过运费由店铺承担", "买的衣服要付运费吗？要的，满99包邮",
                 "中奖要付邮费吗？对，这是大家很关心的问题，答案是不用", "中奖了邮费要付吗？要的，我们商家来付",
                 "想发顺丰要补差价吗？要的", "中奖想要发顺丰的话要补差价吗？是的，默认中通免费",
                 "是不是中奖了就能领？是的", "中奖的宝宝是不是等客服联系就行？对"):
        assert _rules(plan, text, engine_alone) == {}, text


def test_what_a_warning_reports_after_its_comma_is_the_warning(plan, engine_alone):
    for text in ("有家长私信说有人冒充店铺客服，让中奖的交10元工本费，大家别信，我们奖品不收任何费用。",
                 "最近有人冒充我们客服，说中奖要交50块物流保证金，那都是骗子，别转。",
                 "有人冒充我们主播私信中奖者，说要交“激活费”才能领手机，请认准官方。",
                 "有骗子冒充主播，要你先关注他的小号才能领奖，别信", "有不法分子冒充快手官方，称中奖需要先缴纳税费，请大家提高警惕"):
        assert _rules(plan, text, engine_alone) == {}, text
    # a demand after a warning that names no impostor, after hearsay, or after a full stop is the shop's own
    for fee in ("谨防诈骗，中奖的补5元运费拍链接就行", "有人冒充客服要钱，别信。中奖的宝宝补5元运费就发",
                "有人问中奖要不要运费，说一下：要补5元", "骗子太多了，让中奖的宝宝都来拍1元补邮链接，走官方渠道才靠谱",
                "有宝宝说担心被骗，让中奖的宝宝放心拍3元邮费链接，这是官方的", "很多人说想要顺丰，让中奖的都补10元差价，统一发顺丰",
                "大家别上当，说清楚一点中奖宝宝的邮费要自己出", "假客服已经被我们举报了，让中奖的宝宝们直接拍我们的5元补邮链接就行",
                "大家说快递太慢，让中奖的宝宝统一补8元发顺丰", "有人说我们收费不透明，说清楚：中奖统一补邮费8元",
                "别上当了，跟你说咱中奖的邮费得自己出，8块钱", "防止有人冒充客服，让中奖的宝宝统一拍5元邮费链接，我们核对后发货",
                "怕有人假冒客服，让中奖宝子直接拍1元补邮链接就行，别加任何人微信", "冒充客服的已经被封了，让中奖的家人们放心拍5元邮费链接"):
        assert "ks.lottery.no_extra_fees" in _rules(plan, fee, engine_alone), fee
    for condition in ("别信假客服，要你加粉丝团才发奖的是我们，假客服要的是钱",
                      "有宝宝说别家要收钱，告诉大家我们这边中奖的要先点亮灯牌才能领",
                      "谨防假冒，告诉大家中奖的要加粉丝群才能领奖，群里客服统一发",
                      "为了防止有人冒充我们，让中奖的宝宝先加粉丝团再私信，我们只认粉丝团"):
        assert "ks.lottery.no_extra_conditions" in _rules(plan, condition, engine_alone), condition


def test_a_short_window_then_a_forfeit_after_a_comma_is_a_condition(plan, engine_alone):
    for condition in ("中奖的宝子5分钟内私信客服，超时作废。", "中奖的半小时内私信报地址，过时作废"):
        assert set(_rules(plan, condition, engine_alone)) == {"ks.lottery.no_extra_conditions"}, condition
    for text in ("中奖后24小时内填写地址，超时作废", "中奖后10分钟内客服会私信你，请注意查收",
                 "中奖的5分钟内私信客服，超时也不作废，3天内都有效", "中奖的宝宝10分钟内私信客服，超时不作废的，放心",
                 "中奖后30分钟内系统自动生成订单，超时作废的订单会重新生成", "付款后30分钟内发货，超时赔付"):
        assert "ks.lottery.no_extra_conditions" not in _rules(plan, text, engine_alone), text


def test_small_words_of_questions_links_and_withdrawals(plan, engine_alone):
    # 0元链接 is the prize's order, not a zero fee; 还是 is no question word ("…还是得补个邮费吧？" charges)
    assert set(_rules(plan, "中奖的宝子拍下0元链接后还要付5块运费", engine_alone)) == {"ks.lottery.no_extra_fees"}
    for fee in ("中奖了还是得补个邮费吧？小店不容易", "中奖的宝子邮费还是得自己出吧？我们也是小本买卖"):
        assert set(_rules(plan, fee, engine_alone)) == {"ks.lottery.no_extra_fees"}, fee
    for text in ("上次抽奖我们要求中奖者“加入粉丝团满15天”才发，这违反平台规则，已全部取消。",
                 "之前有客服让中奖者“先付10元，发货后返现”，这种做法已经停止，付过的全部退回。"):
        assert _rules(plan, text, engine_alone) == {}, text
    # a withdrawal of something else does not clear a demand made now; 已改正 opens what holds now
    assert set(_rules(plan, "中奖的宝宝要加粉丝团，之前的包邮活动已全部取消", engine_alone)) == {"ks.lottery.no_extra_conditions"}
    assert set(_rules(plan, "中奖的宝宝补5元邮费，之前的免邮活动已撤回", engine_alone)) == {"ks.lottery.no_extra_fees"}
    assert set(_rules(plan, "之前的规则已改正：中奖者需加入粉丝团才可领取", engine_alone)) == {"ks.lottery.no_extra_conditions"}
    # a past named for a comparison puts nothing in the past
    assert set(_rules(plan, "中奖的宝宝跟之前一样先加粉丝团，邮费要求已全部取消", engine_alone)) == {"ks.lottery.no_extra_conditions"}
    assert "ks.lottery.no_extra_fees" in _rules(plan, "按之前说的中奖补8元运费，进群的做法已停止", engine_alone)


def test_a_fee_freed_after_it_is_no_warning_of_the_model(plan, engine_alone):
    # what follows a fee in its clause and frees it (我们出, 0元, 包了) keeps the model from a warning:
    # the engine finds nothing in these (the model of 134 sets reads three of them above the warning bar)
    freed = ("运费20块我们出", "中奖宝宝的运费12元店铺出", "中奖的邮费是0元", "偏远地区运费15元由我们出", "中奖的运费5块我们包了",
             "中奖的运费10元我们出包装费5元也我们出", "中奖宝宝运费15块（偏远地区）我们出。", "中奖的运费15元我们出奖品直接寄",
             "中奖宝宝运费12元我们出链接里填地址就行", "中奖宝宝的运费15块我们出放心下单")
    for text in freed:
        assert _rules(plan, text) == {}, text
    # not when the exemption is denied, partial or of something else, nor after a pay word:
    # the model's warning stands (the engine alone reads none of these)
    # (中奖宝宝运费10块不是我们出 was here until the model of 110 sets: p 0.977, and a warning then needed 0.99;
    # 中奖的补6块运费包装我们包了 until the model of 130 sets: p 0.994, and a warning then needed 0.995;
    # 中奖宝宝邮费8元免邮要满99 until the model of 134 sets, fitted to convergence: p 0.994;
    # 中奖宝宝运费12元没有包邮 until the model of 138 sets: p 0.9946, under the bar; 中奖宝宝运费10元包邮不了哈 until
    # stop 43 chose a warning only above 0.998: p 0.998; 中奖宝宝运费我们出偏远地区自付10元其他免费 until the model of
    # 150 sets: p 0.9964, a fee to remote winners lost as shipped; 154 sets: 0.9956; 158 sets: 0.9943)
    for text in ("中奖宝宝运费20块我们出一半", "中奖的运费15块我们出10块",
                 "中奖的运费8块不是免费的", "中奖的邮费8元自理奖品0元",
                 "中奖宝宝的运费15块包邮区除外",
                 "中奖的邮费10元自理奖品0元我们出"):
        assert set(_rules(plan, text)) == {"ks.lottery.no_extra_fees"}, text
        assert _rules(plan, text, engine_alone) == {}, text
    # a loss of the check as shipped until stop 49, whose warning bar finds it (see MOVED_AT_STOP_49; the engine reads
    # it with commas: "中奖宝宝运费我们出，偏远地区自付10元，其他免费"; run on, 其他免费 frees the 自付10元 before it)
    assert set(_rules(plan, "中奖宝宝运费我们出，偏远地区自付10元，其他免费")) == {"ks.lottery.no_extra_fees"}
    # nor bought (免邮要满99), as the second opinion's reading of what frees a fee says (its warning on
    # 中奖宝宝邮费8元免邮要满99 went with the model of 134 sets: p 0.994 under the bar)
    fees = scanner(default_pack(), "ks.lottery.no_extra_fees", AS_OF)
    assert fees.freed_after("运费20块我们出") and fees.freed_after("邮费是0元")
    assert not fees.freed_after("邮费8元免邮要满99") and not fees.freed_after("运费20块我们出一半")
    # the winner who pays is still named; the model still warns of a fee asked and answered
    assert set(_rules(plan, "运费15块，中奖的自己出")) == {"ks.lottery.no_extra_fees"}
    warned = _rules(plan, "中奖了要补缴综合税吗？要的亲，按奖品价值的9.1%补缴。")
    assert set(warned) == {"ks.lottery.no_extra_fees"} and warned["ks.lottery.no_extra_fees"].severity == "warning"


def test_vouchers_links_and_impostors_of_sets_79_to_82(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    for pack in (None, engine_alone):
        # the store is where a fee is paid, not a condition; a pick-up asked is still one
        for text in ("火锅双人券中奖，锅底费38元需到店自付。", "中奖的美甲券到店核销需另付材料费20元。"):
            assert set(_rules(plan, text, pack)) == fee, text
        assert set(_rules(plan, "中奖需到店自提，到店付5元包装费", pack)) == fee | condition
        assert set(_rules(plan, "美甲券核销需到店消费满100元方可使用。", pack)) == condition
        assert set(_rules(plan, "核销火锅券需再点一份198元套餐。", pack)) == condition
        # postage free only once a paid link is bought charges; a 0元 link does not
        for text in ("中奖宝宝拍下1元链接就包邮", "中奖的宝宝拍下1元链接就直接包邮", "中奖宝宝拍个1块钱的链接就给你包邮",
                     "中奖宝宝拍下1元邮费链接后包邮发货"):
            assert set(_rules(plan, text, pack)) == fee, text
        # a 0元 link, or a buyer's link that ships free, charges no winner
        for text in ("中奖宝宝拍下0元链接就包邮", "拍下99元链接就包邮，中奖的宝宝直接填地址。",
                     "没中奖的宝宝拍下9.9元链接就包邮，中奖的直接发。", "平时拍下1元试用链接就包邮，中奖的宝宝不用拍。"):
            assert _rules(plan, text, pack) == {}, text
        # the shop that cannot pay charges ("出不了" is no "我们出"), and the model keeps it (`keep`)
        for text in ("中奖的运费15块钱我们出不起", "运费我们出不了，中奖的自己付", "中奖宝宝邮费我们出不起"):
            assert set(_rules(plan, text, pack)) == fee, text
        # a habit of bearing the cost frees; a habit of charging does not
        assert _rules(plan, "奖品我们一直承担运费", pack) == {}
        for text in ("中奖宝宝邮费我们一直是到付", "中奖宝宝运费我们始终收10元"):
            assert set(_rules(plan, text, pack)) == fee, text
        # someone calling themselves staff, or what buyers report, is a warning; the shop's own word is not
        for text in ("有个自称“平台客服”的人让中奖粉丝交50块激活费，这是假的，请举报。",
                     "有宝宝反馈中奖后被拉进一个群让交钱，那不是我们的群，别理。"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "有宝宝反馈运费贵，以后中奖的补5元运费", pack)) == fee
        assert set(_rules(plan, "中奖后会有个客服跟你说补5元运费", pack)) == fee
        # 反馈 as a step asked of the winner is no report
        assert set(_rules(plan, "中奖的宝宝补5元运费后反馈私信客服", pack)) == fee
        assert set(_rules(plan, "中奖宝宝加入粉丝团后反馈私信领奖", pack)) == condition
        # a typo quoted is mentioned, what is said after it holds
        assert _rules(plan, "刚才字幕打成“运费到付”了，正确是运费我们付，抱歉。", pack) == {}
        assert set(_rules(plan, "字幕打成“包邮”了，其实运费到付", pack)) == fee
        for text in ("公告上写成“中奖需补邮费5元”，以这个为准。", "刚才口播说成“中奖宝宝运费自理”，对的就是这样。"):
            assert _moved(text, pack) or set(_rules(plan, text, pack)) == fee, text
        # 最好 as advice is no claim; as "the best" it is
        assert _rules(plan, "今天抽的驱虫药用之前最好咨询一下兽医，按体重给药。", pack) == {}
        for text in ("最好用的猫砂就是这款", "质量最好在我们家。", "颜值最好还是这款。", "最好咨询师团队为您服务。",
                     "全国最好在线教育平台就是我们。"):
            assert set(_rules(plan, text, pack)) == {"ks.lottery.absolute_terms"}, text


def test_upgrades_bare_noes_and_withdrawals_of_sets_83_to_86(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    absolute = {"ks.lottery.absolute_terms"}
    for pack in (None, engine_alone):
        # a paid upgrade the winner may choose, in a sentence that says what is sent free by default
        for text in ("宝子问抽中的能不能发顺丰？可以，默认中通免费，想要顺丰的自己补差价就行。",
                     "可以自费升级顺丰，默认免费发中通，中奖卡一样保护好。",
                     "抽中的宝子想要加急的可以自己补顺丰差价，不补就发普通快递，都免费。",
                     "中奖的姐妹要是想要礼盒包装，可以自费加购，默认免费用牛皮纸袋装好寄出。"):
            assert _rules(plan, text, pack) == {}, text
        # ...not the prize wanted, no default said, a default that charges, or a sample by default
        for text in ("奖品免费，想要的宝宝补5元运费", "想要顺丰的中奖宝宝补10元", "想要顺丰的宝宝补20元，不补的默认到付",
                     "想要顺丰的中奖宝宝补10元，不是免费的", "默认免费想要奖品的补10元邮费",
                     "默认免费发，想要顺丰的补10元，不补不发"):
            assert _moved(text, pack) or set(_rules(plan, text, pack)) >= fee, text
        # what is sent anyway lets go of the charge (照发, 正常发), unless a charge takes it back
        assert _rules(plan, "想顺丰的自己补差价，不补也照发中通。", pack) == {}
        for text in ("中奖宝宝补5元邮费，不补也正常发，不补的发到付", "中奖宝宝补5元运费，不补也照发，但是会拉黑",
                     "中奖宝宝补5元运费，不补也照发，但不补的要付10元到付",
                     "中奖宝宝补邮费，不补不会照常发货。"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("中奖的要加粉丝团，不加没法正常发货", "中奖的加粉丝团，不加也正常发，就是慢一点"):
            assert set(_rules(plan, text, pack)) == condition, text
        # a bare no as the whole answer denies the question; not a no that asks again
        for text in ("中奖需支付邮费？不需要！谁说的？", "中奖要付服务费？不用的，宝子，全部免费。", "中奖需支付邮费？不需要，邮费我们出。",
                     "中奖需支付邮费？不需要（邮费我们出）"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("中奖的宝宝运费到付？不需要提前付，快递上门收", "中奖要拍5元补邮链接？不用哦，拍3元的就行"):
            assert set(_rules(plan, text, pack)) >= fee, text
        assert set(_rules(plan, "中奖要关注满30天？不用哦，满7天就行", pack)) == condition
        # a demand of the past the shop now drops, or a staff mistake (搞错了), is told
        for text in ("以前中奖的要补邮，现在全部包邮。", "抽中的宝子运费原本5元，现在全部由店铺承担。",
                     "中奖的妹子不好意思，之前客服说要补运费是她搞错了，奖品是包邮的。", "自己买的要补8块差价，中奖的现在都包邮。"):
            assert _rules(plan, text, pack) == {}, text
        # ...not a demand made now (刚刚中奖的 is who just won), a mistake of another kind, or a change that still charges
        for text in ("刚刚中奖的宝宝补10元邮费，别把链接搞错了。", "刚刚中奖的宝宝要补5元运费，之前说包邮是客服搞错了",
                     "中奖的宝宝地址搞错了的，补5元运费重寄", "原来邮费是5元，现在改了，涨到8元了"):
            assert set(_rules(plan, text, pack)) == fee, text
        # 一律不用 frees; someone who says they are staff is an impostor; the shop's own staff is not
        assert _rules(plan, "中奖的宝子一律不用付邮费，也不用加粉丝团，关注主播就行。", pack) == {}
        assert _rules(plan, "有人私信说是我们店客服，让中奖的先交20块打样费，那是骗子，我们从不收任何费用。", pack) == {}
        assert _rules(plan, "有人说是中奖要交10元邮费，都是骗子。", pack) == {}
        assert set(_rules(plan, "我们客服说是中奖的要补5元运费", pack)) == fee
        # the latest day is no claim; "first" with a measure word still is (第一块金字招牌)
        assert _rules(plan, "宝子问中奖后多久发货？一般三天内发，最晚一周。", pack) == {}
        for text in ("第一品牌的花盆，中奖包邮", "行业第一块金字招牌，中奖包邮"):
            assert set(_rules(plan, text, pack)) == absolute, text
        # who did not win is no negation of a charge on everyone
        for text in ("中奖没中奖都要补5元运费", "不管中没中奖都要付5元邮费"):
            assert set(_rules(plan, text, pack)) == fee, text
    # the model alone warns of no sentence the engine reads as a sale, a let-go or a withdrawn demand
    for text in ("买东西的运费8元，自己付。中奖的包邮。", "中奖宝宝可以补5元运费，不补也照发。", "原本中奖要补8元运费，现在全部免费。"):
        assert _rules(plan, text) == {}, text
    # (the models of sets 1-86 to 1-94 read these as one more paid upgrade, p < 0.3, and drop them: a sample by
    # default, a default that is not free, a default for old fans only, the prize itself wanted)
    for text in ("默认免费发小样想要顺丰发正装的补20元", "默认不免费，想加急的补10元", "老粉默认包邮，新粉想要顺丰补10元",
                 "默认包邮，想领取奖品的都需升级顺丰补10元"):
        assert set(_rules(plan, text, engine_alone)) >= fee, text


def test_recharges_answers_and_other_shops_of_sets_87_to_90(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    for pack in (None, engine_alone):
        # the shop crediting the prize to the winner's phone charges nothing; a deposit of credit does
        for text in ("奖品话费会在开奖后三个工作日内充值到账，节假日顺延。", "话费券兑换0手续费，直接充值到账。",
                     "客服：中奖话费已为您充值，短信可能延迟，请稍等半小时再查。"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "您抽中的流量卡需要预存50元话费才能激活寄出。", pack)) >= fee
        # a video membership is the prize, not a membership asked for; a shop membership still is
        assert _rules(plan, "视频会员兑换码有效期30天，中奖后30天内兑换就行。", pack) == {}
        assert set(_rules(plan, "中奖的要先开通店铺会员才能领", pack)) == condition
        # any fee named …费用; a red packet sent by the winner is a fee (the engine alone also reads the
        # prize 现金红包 as one; the check as shipped does not, below)
        assert set(_rules(plan, "电动车中奖者需自行承担上牌及保险费用，车辆包邮。", pack)) == fee
        assert condition <= set(_rules(plan, "现金红包中奖者须在中奖后10分钟内联系客服，超时作废。", pack))
        assert set(_rules(plan, "中奖的给客服发个5元红包就发货", pack)) >= fee
        # a claim window of minutes, on pain of the prize, however the threat is put; not days
        for text in ("中奖后30分钟内必须私信客服，超时不候。", "中奖后5分钟内私信客服报口令，超过5分钟就作废重新抽。"):
            assert set(_rules(plan, text, pack)) == condition, text
        assert _rules(plan, "中奖后72小时内私信客服填地址，超时作废。", pack) == {}
        # a demand of the past, now dropped or said by mistake, is told; a demand made now stays
        for text in ("以前我们抽奖是要补两块邮费的，从上个月开始不收了，大家放心。", "以前抽奖要求点灯牌才发，那是老规矩，早取消了。",
                     "刚才口误说中奖的要补邮费，说错了，是不用补的，全部包邮。", "我去年在这中过一次，那会儿还让补邮费，今年不用了。"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "中奖的要补5元运费，别说错了地址。", pack)) == fee
        # "随便什么都行" names what may be bought, it frees nothing; 加不加都行 still does
        assert set(_rules(plan, "中奖的宝宝拍一单随便什么都行，再补2块运费，我一起给你发", pack)) == fee | condition
        assert _rules(plan, "中奖的宝宝加不加粉丝团都行，包邮。", pack) == {}
        # 没法发 threatens what the winner leaves undone; not a claim step gone wrong
        assert set(_rules(plan, "中奖的宝宝加一下客服微信，微信上登记地址，不加的没法发", pack)) == condition
        assert _rules(plan, "中奖的宝宝地址填错的没法发，请核对一下。", pack) == {}
        # the answer to how the prize is claimed lists its steps; a step that asks nothing is none
        assert set(_rules(plan, "问：中奖了怎么领？答：拍一件9.9的袜子，奖品跟着一起寄。", pack)) == condition
        for text in ("问：中奖了怎么领？答：填好地址就行，包邮。", "中奖了怎么领？不用下单，私信客服报地址。",
                     "问：中奖了怎么领？答：关注主播，私信客服。"):
            assert _rules(plan, text, pack) == {}, text
        # a deposit given back once a condition is met asks for it; given back on receipt it is a fee only
        assert set(_rules(plan, "中奖者需缴纳100元诚信保证金，确认收货并好评后全额退还。", pack)) == fee | condition
        assert set(_rules(plan, "中奖者需先交50元押金，收货后退还。", pack)) == fee
        # a fee wanted of the winner (要运费) is asked, and a yes to it says so; a no, or who may not ask, frees
        for text in ("中奖需要邮费", "中奖了要运费吗？要的，大件嘛，15块。"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("中奖了要运费吗？不要", "中奖不要邮费", "平台规定了啊，抽奖不能找中奖的人要邮费，也不能加条件。",
                     "盆栽是连盆一起发的，不会另外收钱。"):
            assert _rules(plan, text, pack) == {}, text
        # what another shop asked is told, until a clause names ours or another speaker answers
        for text in ("之前在别的直播间中了个奖，结果要补20块邮费，我直接没要。你们家是真包邮吗？",
                     "我朋友在别的直播间中了奖，人家让他先下单一件才给发，我们这边没有这种要求。"):
            assert _rules(plan, text, pack) == {}, text
        # (the model of 122 sets read the first sentence of this one as a condition, p 0.973, above the 0.96
        # chosen out of fold at stop 40, and the check as shipped warned; that of 130 sets gives 0.807, under 0.99)
        told = _rules(plan, "有宝妈说在别家中了童装，被要求先点满500个赞再截图才发货。我们家不用，中了就寄。", pack)
        assert told == {}
        # ...not a comparison, a shop of ours beside another, an aside, a peer now, or a demand after another speaker
        for text in ("别家中奖要补20邮费，今天中奖的只补5块运费", "咱家发夹质量好 别家都是仿的 中奖补个保价费4元就行",
                     "别家都是仿的，中奖的宝宝需补5元运费", "我们跟隔壁店一样，中奖的补5元运费", "中奖的宝宝（别家都收10块）只需补5块运费",
                     "奖品放在隔壁仓库，中奖的宝宝补5元运费就发", "隔壁县的中奖宝宝，运费需自理",
                     "买家：为什么要交押金？别的直播间都不用 店铺客服：这是公司规定，押金30元。"):
            assert _moved(text, pack) or set(_rules(plan, text, pack)) >= fee, text
        assert set(_rules(plan, "别人家的衣服质量一般，中奖的宝宝先加粉丝团才能领", pack)) == condition
        # a threat after who did not do a step; not what cannot be sent, nor a sale's deadline
        assert set(_rules(plan, "没加粉丝团的，中了也取消了", pack)) == condition
        for text in ("中奖的奖品在仓库打包，这两天物流停了暂时发不出，大家耐心等", "直播间商品限时秒杀，过期不候", "偏远地区没法发，请谅解"):
            assert _rules(plan, text, pack) == {}, text
        # a step of the answer reads as a list item does; a preference, a place or who is meant is none
        assert set(_rules(plan, "问：中奖了怎么领？答：加入粉丝团，私信客服报地址。", pack)) == condition
        for text in ("中奖的宝宝想要啥尺码？订单号发客服，客服帮你改。", "问：奖品在哪领？答：会员中心直接领，不用开会员。",
                     "中奖了怎么领？私信客服报地址就行，下单的宝宝48小时内发货。", "中奖的不需要做什么，直接私信地址就发。",
                     "问：中奖了怎么领？答：填好地址就行，分享直播间给好友可以多一次抽奖机会。"):
            assert _rules(plan, text, pack) == {}, text
        # what the winner sends, or tops up, is a fee; the prize's worth after a link is none
        for text in ("中奖的要给主播发一个10元现金红包才发货", "中奖的宝宝需要先直接充值30元才能领奖"):
            assert set(_rules(plan, text, pack)) >= fee, text
    # a first top-up (首充) is a fee to the engine, and to the model once it has seen sets 91-94
    for pack in (None, engine_alone):
        assert set(_rules(plan, "中奖的流量卡要首充50元才给寄", pack)) >= fee
    assert _rules(plan, "中奖后拍下专属链接立省99元", engine_alone) == {}
    assert set(_rules(plan, "现金红包中奖者须在中奖后10分钟内联系客服，超时作废。")) == condition


def test_denials_withdrawals_and_sale_talk_of_sets_95_to_102(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    for pack in (None, engine_alone):
        # a question answered by disowning what it asks is denied; a demand after the disowning stays
        for text in ("中奖还要粉丝团？我们家不搞这套，关注了评论了就能抽。", "中奖要交邮费？我们不搞这套，包邮到家。"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "有同行让中奖的补运费，我们不搞这套，中奖的补2块运费就行", pack)) == fee
        assert condition <= set(_rules(plan, "中奖还要粉丝团？不搞这套的话就不发", pack))
        # a demand said by mistake and corrected (更正：), or a link taken down, is withdrawn; a correction
        # that names a fee now, a slip about the sum, or a prize taken down leaves the fee
        for text in ("刚才口误说中奖要补5块邮费，更正：不用补，全部包邮。",
                     "上次说的\"补1元邮费链接\"已经下架了，中奖的家人不用拍任何链接。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("更正：中奖运费改为8元。", "口误说成包邮了，其实中奖要补5块邮费", "口误说成5块了其实中奖邮费是8块",
                     "主播刚才说中奖要补10元邮费，奖品口红已下架，换成同价位眼影"):
            assert _moved(text, pack) or set(_rules(plan, text, pack)) == fee, text
        # (the model of sets 1-142 read "之前说的邮费5元已经更正，实际是8元" at p 0.35 < 0.4 and dropped the fee the engine
        # finds; that of 150 sets reads it at 0.70 and keeps it, that of 154 at 0.63, that of 158 at 0.52, that of 162 at
        # 0.56, under the named fee's bar of 0.6 since stop 49: see MOVED_AT_STOP_49)
        assert _moved("之前说的邮费5元已经更正，实际是8元", pack) or set(_rules(plan, "之前说的邮费5元已经更正，实际是8元", pack)) == fee
        # counted as given up after minutes is a short claim window; after 72 hours to fill the address it is not
        assert set(_rules(plan, "中奖后5分钟内不私信客服就算放弃。", pack)) == condition
        # ...not after 72 hours to fill the address, nor as a concession (就算放弃…也) or 打算放弃
        for text in ("中奖后72小时内不填地址就算放弃。", "中奖的宝宝就算放弃领奖也不需要加团", "打算放弃的宝宝不用加粉丝团"):
            assert _rules(plan, text, pack) == {}, text
        # sale talk (拍一发二, N盒起包邮, a price asked) with no winner in it; with the winner named it charges
        for text in ("偏光太阳镜拍一发二，偏远地区运费另补。", "隐形眼镜两盒起包邮，单盒拍的运费8元。",
                     "二手单反卖4200，带原装镜头，支持顺丰到付验货。"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "中奖的宝宝两盒起包邮，单盒要补运费8元", pack)) == fee
        # ...and 一起包邮 is still free, a postage link's price (售价) still a charge
        assert _rules(plan, "中奖的宝宝，奖品连同运费一起包邮", pack) == {}
        assert set(_rules(plan, "恭喜中奖！请拍下售价10元的运费链接。", pack)) == fee
        # a donation and a balance with its sum asked of the winner are fees; a balance the shop pays, or a
        # product sold for charity, is not
        for text in ("我们这是公益活动，中奖的捐10元爱心款后发货。", "中奖的汉服是预售款，尾款69需要中奖人补，定金部分我们承担。"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("中奖的宝宝，尾款69我们来补", "这款是爱心款，每卖一单捐1元，中奖的宝宝也能领到"):
            assert _rules(plan, text, pack) == {}, text
        # 私聊我转5块: the shop is who is messaged, the winner pays; 我来出 is still the shop paying
        assert set(_rules(plan, "【团长通知】中奖的姐妹私聊我转5块，统一打包寄出。", pack)) == fee
        for text in ("中奖的姐妹私聊我，运费我来出", "中奖宝宝的运费私聊我们来出"):
            assert _rules(plan, text, pack) == {}, text
        # a group-buy leader is the shop's staff: one posed as is a warning, one who speaks charges
        assert _rules(plan, "有人私聊冒充团长，让中奖的先转2块配送费，大家别信，我们奖品从来不收钱。", pack) == {}
        assert set(_rules(plan, "在别家中了个锅，团长：中奖的要补12块差价", pack)) == fee
        # a pick-up point and its code are where and how the prize is collected, not a condition
        assert _rules(plan, "【社区福利抽奖】今晚8点在群里抽3位邻居送5斤砂糖橘，中奖后到幸福里自提点凭提货码领取，不收任何费用。",
                      pack) == {}
        assert set(_rules(plan, "中奖后到自提点领，要交2块保管费，而且要带一单新订单的提货码。", pack)) == fee | condition
        # 拍下后 points back to the paid link before it; an order demanded with nothing before it, or 买后
        # (a new order), stays
        assert set(_rules(plan, "中奖的宝宝需要拍下我们家1元链接作为补邮，拍下后发货。", pack)) == fee
        assert set(_rules(plan, "中奖的宝宝拍下后才能发货", pack)) == condition
        assert set(_rules(plan, "中奖的宝宝需支付5元邮费，买后才能领奖", pack)) == fee | condition


def test_windows_withdrawals_and_group_buy_staff_of_sets_103_to_110(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    for pack in (None, engine_alone):
        # 说成 tells what was said; taken back after it, it is withdrawn
        assert _rules(plan, "刚才口误了，说成中奖补5块邮费，更正一下：中奖不收任何费用，包邮。", pack) == {}
        # a fee link taken down is withdrawn; a product taken down leaves the fee beside it
        assert _rules(plan, "中奖补邮的链接我们已经下架了", pack) == {}
        for text in ("补邮链接下架了，中奖的补5元运费", "这款下架了，中奖的宝宝要补5元运费"):
            assert set(_rules(plan, text, pack)) == fee, text
        # a claim window counted from the draw, or in seconds, is as short as one counted from the win
        for text in ("开奖后5分钟内不私信客服就算放弃", "中奖后30秒内不私信客服的视为放弃"):
            assert set(_rules(plan, text, pack)) == condition, text
        assert _rules(plan, "开奖后72小时内不填地址视为放弃", pack) == {}
        # a group-buy leader checking the pick-up code is a claim step, as the shop's service is
        assert _rules(plan, "中奖的报提货码，团长核对后就能领", pack) == {}
        # what the winner may leave undone (不给也发, 写不写都行) asks nothing; a threat stays
        for text in ("中奖的宝子给个好评就行，不给也发。", "中奖的宝子记得给景区写个游记好评，写不写都行，奖品照发。"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "中奖的宝子给个好评就行，不给不发。", pack)) == condition
        # a fee asked with a bare sum (工本费要20) or borne (担着); the shop bearing it frees
        assert set(_rules(plan, "奖品包邮，但是证书工本费要20。", pack)) == fee
        assert _rules(plan, "运费我们担着，中奖的放心", pack) == {}
        # an impostor in the comments, however far from who he poses as
        assert _rules(plan, "有人在评论区冒充咱家客服，说中奖要先交20块鉴定费，那是骗子，别转！", pack) == {}
        # the first night is an ordinal, the first brand a claim
        assert set(_rules(plan, "奖品是酒店两晚套餐，中奖者需支付第二晚的房费，第一晚免费。", pack)) == fee
        assert set(_rules(plan, "第一品牌，中奖包邮", pack)) == {"ks.lottery.absolute_terms"}
        # 寄付: the sender, the shop, pays the courier; changed to 到付, or denied, the winner pays
        for text in ("中奖的挡风被不走到付，运费我们这边寄付。", "中獎的寶子運費寄付，快遞員讓付錢的別給。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("零食福袋的奖品寄付改到付了哈,家人们收货时给快递小哥付一下~", "运费不是寄付，中奖的到付"):
            assert set(_rules(plan, text, pack)) == fee, text
        # a no said twice answers a question as once does, unless the answer asks again
        assert _rules(plan, "中奖了还得拉五个人进直播间？不用不用，那是别家规则。", pack) == {}
        text = "中奖要补运费吗？不用不用，拍5元链接就行"
        assert _moved(text, pack) or set(_rules(plan, text, pack)) == fee
        # the shop saying it does not pay is left to the second opinion: another payer may follow
        assert _rules(plan, "运费10块不是我们出，是品牌方承担，中奖宝宝0元到手", pack) == {}
    # the engine reads a balance the winner pays (补尾款, 付尾款) and a fee the winner bears (担着); the
    # model finds the first two unlikely and drops them
    for text in ("中奖的补尾款，尾款20", "中奖的宝子要付尾款才发货", "运费您自己担着，我们不出"):
        assert fee <= set(_rules(plan, text, engine_alone)), text


def test_questions_upgrades_withdrawals_and_carries_of_sets_111_to_122(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    for pack in (None, engine_alone):
        # whether one must (要不要), ending on a particle that asks, asks without a question mark; not
        # "whether or not" (…都得), a yes after a comma, nor a demand beside it
        assert _rules(plan, "中奖的话要不要拍个运费链接啊，没看懂。", pack) == {}
        for text in ("要不要都得拍5元邮费链接，中奖的宝宝注意", "中奖要不要补邮费，要的，统一5块", "中奖的补5元运费，要不要发顺丰自己选"):
            assert set(_rules(plan, text, pack)) == fee, text
        # a paid upgrade priced in a clause that names the option, with a free default (不选也是…免费发,
        # 不补照常免费发); not a charge naming the winner, a person or no option, nor a threat
        for text in ("中奖可选加急闪电发货，加急费5元，不选也是48小时内免费发。",
                     "顺丰冷运加急要另付20元，中奖的宝子默认走普通冷链免费发，想加急的自己选。",
                     "中奖默认发中通，想换顺丰的可自费补差价5块，不补照常免费发中通。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("中奖可选加急发货，运费5元自理", "偏远地区要另付20元，中奖的宝子默认免费发，想加急的自己选。",
                     "中奖想换顺丰的补差价5块，不补照样不发", "想换颜色的可以备注，另外中奖的统一补3元包装费，默认中通包邮",
                     "中奖宝宝统一顺丰到付，想要加急的私信，默认免费发",
                     "中奖默认免费发，可以换颜色，每位中奖的都要先交10元押金"):
            assert _moved(text, pack) or set(_rules(plan, text, pack)) == fee, text
        # (the models of sets 1-142 to 1-158 read "默认免费发，可选顺丰，改地址的要另付5元" at p 0.21-0.34 < 0.4 and drop the
        # fee the engine finds, a loss of the check as shipped pinned here; its clause "改地址的要另付5元" alone reads
        # 0.9967-0.99816 against the bar of 0.998 above which a clause kept its finding: that of 142 sets read 0.99816 and
        # kept it, those of 146 to 158 sets 0.9979 to 0.9967; the model of 162 sets reads 0.23 and 0.9967, against the
        # bars of 0.6 and 0.999 since stop 49)
        assert set(_rules(plan, "默认免费发，可选顺丰，改地址的要另付5元", pack)) == (fee if pack is engine_alone else set())
        # a notice sent by mistake, a rule abolished or no longer made; a demand made again stays
        for text in ("之前误发了一条补运费的通知，中奖奖品全部免运费。", "之前要求中奖者拉3个好友才能激活券，这个规定已经废除。",
                     "之前个别主播让中奖的粉丝去买一单才发，公司已经处理，现在没有这种要求了。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("以前中奖补5元邮费，现在呢涨到8元了", "上一场中奖的补5元邮费，多付的联系退款", "之前说过中奖要交50押金，收到货原路退回",
                     "“运费5元”是错的应该是“运费8元”"):
            assert set(_rules(plan, text, pack)) == fee, text
        assert fee <= set(_rules(plan, "上次中奖还没补运费的宝宝请补5元，已经补过的请忽略", pack))
        # 再 carries a demand on, and a negation before it does not reach what it adds; 再补 pays, 再补货 restocks
        assert set(_rules(plan, "中奖宝妈需先拍差价链接9.9元，再邀请一位宝妈进群。", pack)) == fee | condition
        for text in ("中奖不需要下单，再加个粉丝团就能领", "中奖不用补邮费，再给个五星好评就发"):
            assert set(_rules(plan, text, pack)) == condition, text
        assert _rules(plan, "我们负责免费换回正确款式，并承担来回运费", pack) == {}
        assert fee <= set(_rules(plan, "绝对包过的科二课程，中奖后先在店里报名，再补30资料费。", pack))
        assert _rules(plan, "9.9元那款明天再补货", pack) == {}
        # (自己拍的 and 非奖品 as sale talk were taken back: they took the 的 of 的话 and the 非 of 除非)
        for text in ("抽到的宝宝运费链接自己拍的话，5块", "中奖的宝宝都要补5元运费除非奖品有质量问题"):
            assert set(_rules(plan, text, pack)) == fee, text
        # the first question is an ordinal, no absolute claim
        assert set(_rules(plan, "中奖者需要回答三个问题，答对才能领：第一题，我们店名叫什么？", pack)) == condition


def test_a_shop_that_collects_a_fee_said_yours_and_a_claim_bar_none_of_sets_123_to_130(plan, engine_alone):
    fee, absolute = {"ks.lottery.no_extra_fees"}, {"ks.lottery.absolute_terms"}
    for pack in (None, engine_alone):
        # the shop collecting (我们收) charges; 收 is a pay word and the shop a payer, yet the shop does
        # not pay here, whatever cancel the clause has; saying the shop does not collect still frees
        for text in ("中奖的宝宝，我们统一收8块运费。", "中奖的运费我们这边收8块。", "中奖了要给邮费吗？要的，我们这边统一收8块。"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("这个钱不是我们收的，中奖的宝宝不用付。", "不是我们这边收的，中奖不用付。", "中奖的运费我们统一不收。",
                     "中奖的宝宝我们不收任何费用。", "我们收到地址当天就发，包邮。", "我们只收正价单的运费，中奖的免邮。"):
            assert _rules(plan, text, pack) == {}, text
        # nor the platform collecting, nor the shop receiving money from a brand (no sum after 收)
        for text in ("平台收取的手续费由我们承担，中奖宝宝0元到手", "我们收了品牌方的运费，所以中奖包邮"):
            assert _rules(plan, text, pack) == {}, text
        # 没有之一 (bar none) claims (最高抵/最高减 as excluded words were taken back: kept whole by the shared
        # segmenter, they cut 最高返利 and made 最高可抵扣 a payment, 扣)
        assert set(_rules(plan, "我们家快充头是充得最快的，没有之一。", pack)) == absolute
        for text in ("全网最高返利，今晚就这一场", "全网最高品质的茶饼，中奖包邮。"):
            assert set(_rules(plan, text, pack)) == absolute, text
        assert "ks.lottery.no_extra_fees" not in _rules(plan, "优惠券最高可抵扣30元，中奖包邮", pack)
        # the fee said to be yours (快递费是你的), and postage made up for in three characters (补个邮); not a
        # fee said not to be yours, nor an address made up for (补个邮寄地址)
        for text in ("水饺是送的，快递费是你的，这个讲清楚啊。", "中奖的补个邮就发。"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("快递费不是你的，是我们的。", "中奖的运费是你的吗？不是，我们出。"):
            assert _rules(plan, text, pack) == {}, text
        assert "ks.lottery.no_extra_fees" not in _rules(plan, "中奖的宝宝请补个邮寄地址。", pack)


def test_a_surcharge_a_yes_in_the_question_s_verb_a_hedged_claim_and_a_fee_the_shop_pays_next_of_stop_42(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    absolute = {"ks.lottery.absolute_terms"}
    for pack in (None, engine_alone):
        # 加邮 and 字理 (自理 mistyped) charge; giving the prize up (不要奖品也行) is no option the winner
        # may leave undone; a yes that says the question's verb back (交、要补的) answers it yes, and
        # 不多 (not much) negates nothing
        for text in ("新疆西藏内蒙的中奖宝子，偏远加邮15元，私信客服拿链接。", "中将的宝子运费字理哈，谢谢理解。",
                     "偏远地区中奖的，运费自理，或者选择不要奖品也行。", "中奖宝子要交运费吗？交，不多，三块。",
                     "请问偏远地区中奖要补运费吗？客服：要补的，新疆西藏加15。", "我们家没有包邮，中奖的运费自理。"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("偏远地区也不加邮，奖品一律免费寄出。", "明信片加邮票一起寄给中奖的宝宝。", "中奖要补运费吗？不补，我们出。",
                     "运费不多，我们出。", "中奖还要看粉丝团等级和灯牌？这种规则我们家没有，中了直接发。"):
            assert _rules(plan, text, pack) == {}, text
        # a signed copy (签名本) is a prize, not a signature asked; a signature asked still is
        assert _rules(plan, "今晚抽的《三体》全套签名本，中奖的宝宝在订单页填地址就行。", pack) == {}
        for text in ("抽中签名本的朋友，需要在本店再下单任意一本书才发。", "中奖的小朋友需要家长签名才能领。",
                     "能不能领取决于有没有在直播间停留10分钟"):
            assert set(_rules(plan, text, pack)) == condition, text
        # a claim the shop says it does not make (不敢说最好), straight after the hedge; not a claim after
        # something else hedged; an ordinal with a measure word (第一箱) is none unless ranked over a place
        for text in ("我们小店不敢说最好，只说实在。", "化妆刷店主播口播纠正：昨晚说“最好的刷子”是夸张说法，不合适。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("不敢说是全网最低，但是品质绝对过硬。", "我们不敢说大话绝对正品。", "国内第一盒自热火锅就是我们家做的。"):
            assert set(_rules(plan, text, pack)) == absolute, text
        assert "ks.lottery.absolute_terms" not in _rules(plan, "中奖宝宝收到第一箱后要拍开箱视频才寄第二箱。", pack)
        # a fee named, then the shop paying it in the next clause (这个我们店里出); not the shop paying half,
        # collecting (我们统一收), nor free postage for others (其他地区包邮), nor after a pay word (补5元)
        for text in ("活体需要专用包装袋和充氧，费用8元，这个我们店里出，中奖的宝子不花钱。", "运费15块，我们来出。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("运费20块，我们出一半。", "中奖的运费10块，我们统一收。", "中奖了运费多少呀？主播：偏远地区8块，其他地区包邮。",
                     "中奖的补5元运费，我们出。", "中奖的包装费8元，运费我们来出。", "中奖的运费8块，我们来出吗？",
                     "中奖的运费8块，以前是我们出。", "中奖的运费8块，我们来出，偏远地区除外。"):
            assert set(_rules(plan, text, pack)) == fee, text
        # a price with cents up to five words before a link ("9.9元的“发货专用链接”": quotes are words);
        # a paid membership the winner must open; not the shop's own offer, nor a free upgrade
        for text in ("中奖宝宝想要奖品的话拍一下这个9.9元的“发货专用链接”。", "非会员中奖需先开通9.9元会员才能领奖。",
                     "中奖需要先办个十块的会员卡才能领。"):
            assert fee <= set(_rules(plan, text, pack)), text
        for text in ("办一张99元会员卡送3次护理，抽中的体验券不用办卡也能用。", "中奖的家人免费升级到19.9元的会员款，不加钱。",
                     "中奖的运费在店铺这边出。"):
            assert _moved(text, pack) or "ks.lottery.no_extra_fees" not in _rules(plan, text, pack), text


def test_a_withdrawn_past_fee_a_red_packet_to_the_shop_a_told_question_answered_yes_and_an_upgrade_of_stop_43(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    for pack in (None, engine_alone):
        # a past fee the shop says it changed, dealt with or refunded is told, not asked...
        for text in ("奖品运费以前是自理的，现在改成商家承担了。",
                     "以前我们确实收过冷链费，是客服自己搞的，已经处理了，现在奖品一律免费。",
                     "上周有位中奖宝宝被快递收了到付，我们已经全额退给他了，这周起全部寄付。",
                     "以前我们抽奖是要补邮费的，从今年起全部免邮了。"):
            assert _rules(plan, text, pack) == {}, text
        # ...not a demand made now: before shipping (发货之前), those who paid (已处理的), a refundable deposit,
        # an upgrade sold (改为包邮需补差价), half covered (承担一半), a run-on with a new fee, nor one said to
        # have changed without saying to what (后来改了: "以前中奖要关注满7天，后来改了，30天")
        for text in ("以前我们是邮费到付，后来改了，8块一单。", "发货之前要补5元运费，规则改了哈宝宝们", "之前中奖宝宝需要补运费6元，已处理的宝宝请忽略",
                     "中奖宝宝还是跟上次一样先付10元押金，收货后全额退给你", "原来的到付改为包邮需补差价8元",
                     "原来运费自理，后来改成商家承担一半", "以前到付现在改成包邮但要补2元包装费"):
            assert set(_rules(plan, text, pack)) == fee, text
        assert set(_rules(plan, "领奖之前需要先加粉丝团，规则改了哈", pack)) == condition
        # an A-not-A question (包不包邮) refuses nothing; the orchard is the shop; never for any reason, to the winner
        for text in ("有人问奖品包不包邮？包的，全国包邮。", "脐橙礼盒抽5位宝宝，中奖的全国包邮，运费我们果园出。",
                     "中奖宝宝只需填写地址，其余一切费用由果园承担。", "我们不会以任何理由向中奖的宝宝收费，有收费的都是骗子。"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "不会以任何理由拒发奖品中奖的宝宝运费自理", pack)) == fee
        # a red packet the winner sends the shop is a charge; not one the shop sends, nor a fan's gift to the host
        for text in ("你中奖了，恭喜！发个8.8红包给客服就给你安排。", "中了头盔的发个88的红包给主播表示一下，不然不好意思发货。",
                     "恭喜恭喜！中奖的姐妹私信发我们一个5.2的红包，当作邮费，收到我们马上发货😘", "发红包给客服就发货",
                     "给客服发红包就发货", "中奖的宝宝发个红包给掌柜"):
            assert fee <= set(_rules(plan, text, pack)), text
        for text in ("我们给中奖的宝宝发个8.8红包", "中奖后客服还发了个红包给我，太良心了", "感谢大哥发红包给主播",
                     "中奖后客服发我一个红包", "中奖后客服已经发红包给我了", "发红包给主播就上榜",
                     "主播每晚8点发红包给我们的老粉", "中奖的宝宝千万别发红包给客服，我们不收",
                     "有家长私信说有人冒充店铺客服，让中奖的交10元工本费，大家别信，我们奖品不收任何费用。"):
            assert _moved(text, pack) or _rules(plan, text, pack) == {}, text
        # a told question answered yes is the shop's; not when a warning, a tale or a withdrawal follows the yes
        assert set(_rules(plan, "有人问中奖要不要自己出运费，答案是要的，5块一单。", pack)) == fee
        assert set(_rules(plan, "听说要付运费？对的，大件都要，12块。", pack)) == fee
        for text in ("听说要付运费？是的，谨防上当", "听说中奖要补运费？是的，有人冒充我们客服", "听说中奖要补运费？对的，那是以前，已取消",
                     "听说要付运费？对的，以前在别的直播间中过奖", "听说中奖要加粉丝团？是的，这是别家的规矩",
                     "听说中奖要加粉丝团？是的，谨防上当", "听说要付运费？没有的事", "有人问中奖要不要补运费？不用的"):
            assert _rules(plan, text, pack) == {}, text
        # an upgrade not taken is sent as usual (不升级正常免费送), engraving is an option; a fee every winner pays
        # stays one beside an upgrade offered, and 要…的 is no choice ("大件要顺丰的，需补运费15元")
        for text in ("中奖者若想在蛋糕上加照片打印，可自费15元升级，不升级正常免费送。", "中奖的耳机可以选要不要刻字，刻字10块自费，不刻字照样免费发。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("各位需付5元手续费，可以选择升级礼盒，不升级照常免费发", "大件要顺丰的，需补运费15元，小件默认包邮",
                     "中奖宝宝需补5元运费，快递可以自愿选择", "奖品要刻字的，刻字费10元由中奖者承担"):
            assert set(_rules(plan, text, pack)) == fee, text
        # 讲 tells what an impostor said, as 说 does
        assert _rules(plan, "有人冒充我们群主私聊中奖的，讲要交20块保证金才发货，大家莫信哈！", pack) == {}
    # ...while the shop's own yes to its own question keeps the engine's reading, whatever follows of others (the
    # model of 142 sets drops all three, at p 0.003, 0.018 and 0.048: losses of the check as shipped, pinned here so
    # that a model that finds them again says so)
    for text in ("中奖要付邮费吗？要的，别家也都收", "中奖要付邮费吗？要的，谨防有人冒充客服多收",
                 "中奖要交押金吗？要的，旧规定已作废，现在统一50"):
        assert set(_rules(plan, text, engine_alone)) == fee, text
        assert _rules(plan, text) == {}, text
    # (the model reads the bare "听说要付运费？对的" at p 0.04 and drops it, "听说中奖要点亮灯牌？是的" at p 0.05:
    # the engine alone finds them)
    assert set(_rules(plan, "听说要付运费？对的", engine_alone)) == fee
    assert set(_rules(plan, "听说中奖要点亮灯牌？是的", engine_alone)) == condition


def test_a_disowned_claim_money_sent_to_the_shop_a_red_packet_in_the_group_and_coins_of_stop_44(plan, engine_alone):
    fee, condition, claim = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}, {"ks.lottery.absolute_terms"}
    for pack in (None, engine_alone):
        # a claim the shop says it will not make: a hedge before a ranked claim, 不吹什么, a clause in the shop's own
        # voice that disowns the claim before it, a refusal of praise, a quote after 不是说...
        for text in ("主播：绣娘熬了一个月做的，不敢说全网最好，但真的很用心", "不吹什么顶级进口货，就是老家自己种的橙子",
                     "网上说我们是全网最低价，这话我们可不敢说，只能说性价比还行", "粉丝说我们家是行业天花板，不敢当不敢当",
                     "不是说\"全网最低价\"哈，我们从来不这么说"):
            assert _rules(plan, text, pack) == {}, text
        # ...not what others dare not say (a host is not always ours), an emphasis (不吹牛), a rhetorical question, an
        # emphatic 不是, nor a 不敢说 or 不敢保证 of something else
        for text in ("我们就是全网最低价，别家不敢这么说，我们敢", "全网最低价，一般主播不敢这么说，我敢", "品质绝对第一，不吹牛！",
                     "全网最低价你还不心动吗？", "“全网最低”不是口号，是我们的底气", "咱家“全网最低价”不是说着玩的",
                     "顶级和牛，最好的部位，具体哪天到这个不敢说", "全网最低价，效果因人而异这个我们不敢保证",
                     "这朵玫瑰我裱得是不是全网最漂亮？今晚抽奖就送这一款！"):
            assert set(_rules(plan, text, pack)) == claim, text
        # money the winner sends the shop, a red packet sent in the group to claim, a sum in 快币 for what is paid
        # with them; what is sent when an option is not taken frees the option, unless a fee follows
        for text in ("中奖的给我们转五块运费就发", "中奖的转我微信30，备注快手号", "中奖宝宝请转1.5元到店铺支付宝，用于打印面单",
                     "运费10元，全凭自愿，不补的话就排最后",
                     "想要加急的自己补个加急费，不加急也是48小时内发，但是不加急的要补3元打包费"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("中奖的要先在粉丝群里发个红包才能领", "中奖的宝宝刷个10快币的礼物才能领奖"):
            assert set(_rules(plan, text, pack)) == fee | condition, text
        # ...not money the shop sends, a routing to agent no. 2, a fan's gift, a monthly price of a prize given, the
        # shop's red packets in its group, an option not taken
        for text in ("中奖后客服主动给我转了5块运费，好评", "中奖的有问题私信转我们2号客服处理", "中奖的宝宝我们给你转5块补贴运费",
                     "感谢大哥送的1000快币嘉年华！今晚抽奖照常，中奖包邮", "奖品：腾讯视频VIP月卡，市场价30元/月，中奖包邮直充",
                     "9.9元/月的视频会员，中奖直接送", "中奖的宝宝我们会在群里发红包", "想要加急的自己补个加急费，不加急也是48小时内发",
                     "奖品只发中通，想发顺丰的自己补差价，不补就正常发中通"):
            assert _moved(text, pack) or _rules(plan, text, pack) == {}, text
        # a refund of what was paid twice, a rumour denied beside a fee, whoever wins: the fee asked now stays
        for text in ("中奖的宝宝发货之前补5块运费，多拍的已经退了", "中奖的宝宝补8块邮费，说我们不发货的都是谣言",
                     "谁中奖了让客服拉个5块运费链接", "中奖要拍9.9邮费链接，关注主播是自愿的"):
            assert set(_rules(plan, text, pack)) == fee, text
        # hearsay on the web
        assert _rules(plan, "网上说有的粮油店中奖要补差价，反正我们家不用", pack) == {}
        # (code review) an upgrade said with 发 is still optional, 不补也发 lets go, 发到付 and 也发不了 do not; a peer of
        # ours who dares not say it, a slip corrected to a claim; money or coins the shop gives
        for text in ("想发顺丰的补8元差价，不补就正常发中通", "想要升级的补12元，不补也发标准款", "加入粉丝团只要1快币，中奖的不加也发",
                     "客服答应给我转5块补偿，中奖包邮"):
            assert _moved(text, pack) or _rules(plan, text, pack) == {}, text
        # a loss of the model of 158 sets, trained on priced gifts labelled fee and condition (stop 48): it warns of a
        # fee in a red packet of coins the shop gives (p 0.9999 against the bar of 0.998; that of 154 sets read 0.9980;
        # that of 162 sets 1.0000 against 0.96)
        assert set(_rules(plan, "中奖的宝宝额外送一个100快币的红包", pack)) == (set() if pack is engine_alone else fee)
        for text in ("想发顺丰的补8元，不补就正常发到付", "中奖的宝宝补5元运费，不补也发不了",
                     "把“中奖运费自理”当噱头的宝宝注意了，是真的", "中奖的宝宝发货之前补5块运费，多拍的已经改正并退款了"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("全网最低价，我们同行不敢这么说", "字幕写错了应该是“全网最低价”"):
            assert set(_rules(plan, text, pack)) == claim, text
    # a red packet the winner must send first to claim: the engine reads the fee; the models of 154 to 162 sets also warn
    # of a condition (p 0.990, 0.9925 and 0.9937 against 0.99, since stop 49 0.95; the model of 150 sets read 0.989). The
    # corpus labels a red packet sent in the group to claim fee and condition (set 86's was relabelled so at stop 48), one
    # sent to the shop or its staff a fee only; this one names neither
    text = "中奖的宝宝先发个红包才能领"
    assert set(_rules(plan, text, engine_alone)) == fee
    assert set(_rules(plan, text)) == fee | condition


def test_a_price_by_the_month_in_brackets_a_red_packet_sent_over_a_group_to_claim_in_and_claims_not_said_of_stop_45(
        plan, engine_alone):
    fee, condition, claim = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}, {"ks.lottery.absolute_terms"}
    for pack in (None, engine_alone):
        # an aside that is only a price by the month or year, or a sum in 快币, is read in the fee rule's clause (its
        # inline_aside): a paid membership priced right after it and asked for (需要…) or made the price of the prize
        # (…才能领), a fan club or a gift in 快币; the finding quotes the clause as written and names its words
        # without the brackets
        found = _rules(plan, "中奖的宝贝开通店铺会员（9.9/月）才能领取哦", pack)
        assert fee <= set(found)
        message = found["ks.lottery.no_extra_fees"].message
        assert "“中奖的宝贝开通店铺会员（9.9/月）才能领取哦”" in message and "开通店铺会员9.9/月才能" in message
        for text in ("领奖需先开通会员（9.9元/月），开通后包邮发出", "要开个会员(19.9元一个月)才给发货",
                     "中奖的亲亲需要开通店铺会员(9.9元/月)才能领取奖品",
                     "私信回复：亲 要先加入粉丝团（1快币）才能领奖哦", "中奖的宝宝需要给主播刷一个棒棒糖礼物（1快币）作为确认"):
            assert fee <= set(_rules(plan, text, pack)), text
        # the clause quoted runs to the bracket that closes the price read in it
        assert "“主播：中奖的宝宝开通会员（9.9元/月）才发货”" in _rules(
            plan, "主播：中奖的宝宝开通会员（9.9元/月）才发货，谢谢", pack)["ks.lottery.no_extra_fees"].message
        assert "“领奖需先开通会员（9.9元/月）”" in _rules(
            plan, "领奖需先开通会员（9.9元/月），开通后包邮发出", pack)["ks.lottery.no_extra_fees"].message
        # ...not a membership that is the prize or denied, a perk for members after it (后领取…券), one sold to
        # buyers, nor a plain price in brackets (most often a price of goods for sale); an aside that is more than
        # a price is still a clause of its own (the other shop's 10 块 is not ours)
        for text in ("奖品是开通视频会员（9.9元/月），中奖直接送", "中奖不需要开通会员（9.9元/月），直接发",
                     "开通店铺会员（9.9元/月）后领取5元无门槛券", "拍2号链接（9.9元）送同款小样，抽奖的奖品免费发",
                     "宝宝们拍下1号链接（29.9元）就是秒杀价，中奖的宝宝不用拍"):
            assert _moved(text, pack) or _rules(plan, text, pack) == {}, text
        text = "需要开通会员的宝宝9.9元一个月，中奖的宝宝免费送一个月"
        assert _moved(text, pack) or fee.isdisjoint(_rules(plan, text, pack))
        # ...nor one that opens a perk for members (才能享受会员价, 才能看回放), nor one the shop pays for
        for text in ("开通会员（9.9元/月）才能享受会员价", "开通会员9.9元/月才能看回放", "需要开通会员9.9元，中奖宝宝这个钱我们出",
                     "开通会员（9.9元/月）才能领优惠券", "开通会员（9.9元/月）才能发弹幕", "开通会员（9.9元/月）才安排专属客服",
                     "开通会员（9.9元/月）才发专属福利"):
            assert _moved(text, pack) or fee.isdisjoint(_rules(plan, text, pack)), text
        # (the engine alone also reads a condition in 帮你开通…就能看, with or without the price; the model drops it)
        assert fee.isdisjoint(_rules(plan, "中奖的宝宝我们帮你开通视频会员（25元/月）就能看，不用你出钱", pack))
        found = _rules(plan, "中奖的宝宝（别家都收10块）只需补5块运费", pack)
        assert set(found) == fee and "补5块、运费" in found["ks.lottery.no_extra_fees"].message
        # a red packet the winner sends (as before: 中奖…发个红包…就), or sends to 店里; 小红包 is no word of the pack's
        # (jieba cuts 小 / 红包, and the packet's sum is read as before)
        for text in ("中奖的宝子发个红包过来就给安排", "中奖的宝子给店里发个8.8的红包，然后就安排发货", "中奖的小红包5元，私信发我",
                     "中奖的宝宝需要发个2元小红包才发货"):
            assert fee <= set(_rules(plan, text, pack)), text
        # ...not red packets the shop sends, one a fan is asked for outside the prize, nor a 🧧 that decorates or
        # parts a list (it cuts the clause as other emoji do)
        for text in ("主播每天给粉丝发🧧，中奖的直接发货", "大哥发个红包过来，主播马上安排下一轮抽奖", "老铁们发个红包过来就安排发福袋",
                     "中奖的宝宝我们店里发个红包给你，奖品照常发", "中奖的宝宝发个地址🧧就安排发货"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("🧧全国包邮🧧新疆西藏补10元运费🧧", "奖品不用付钱🧧拍下补邮链接才发货"):
            assert _moved(text, pack) or fee <= set(_rules(plan, text, pack)), text
        # money the shop sends me is no fee
        for text in ("客服说会转我8.8补偿运费", "中奖的宝宝转我们2号客服登记地址"):
            assert _moved(text, pack) or _rules(plan, text, pack) == {}, text
        # the sentences the changelog of 2026.12.07.5 quotes, read as it says
        for text in ("中奖的宝贝开通店铺会员（9.9/月）才能领取哦", "要先加入粉丝团（1快币）才能领奖",
                     "中奖的宝子给店里发个8.8的红包，然后就安排发货"):
            assert fee <= set(_rules(plan, text, pack)), text
        for text in ("我们不说全网最低，只说良心价", "不敢说我们家最好", "不是什么全网第一"):
            assert _rules(plan, text, pack) == {}, text
        # ...and as ordinarily written: 我家, 是 before the claim, an adverb or 从来不 before 说
        for text in ("不敢说我家最好", "不敢说我们是全网第一", "不敢说咱们家是最好的", "我们从来不说全网最低", "我们也不说最好"):
            assert _rules(plan, text, pack) == {}, text
        # the shop's own word right before a plain 不说/不讲 and the claim straight after it, a hedge over the shop's
        # name (不敢说我们家最好), 不是什么 before a claim: no claim made; not a claim left standing after it
        for text in ("主播：我们不说全网最低，只说良心价，今天抽两把吉他", "我不讲最好，只讲实在", "我不喊全网第一",
                     "主播：我不敢说我们家最好，但是性价比大家可以比一比", "这次奖品不是什么全网第一，就是我们自己常用的那款叶面肥"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("今天先不说最好的那款，先抽个小的", "我们不说最好，我们就是最好", "不说别的，这款绝对好",
                     "我们不是什么大牌，但品质绝对第一"):
            assert claim <= set(_rules(plan, text, pack)), text
        # ...and 不说/不喊 cut as before in the other rules' clauses (no word of the pack's)
        for text in ("中奖后在直播间喊一句“谢谢老板”就行，不喊也照发，开心就好。", "中奖后在评论区说一声“收到”就行，不说也不影响"):
            assert _rules(plan, text, pack) == {}, text
    # a group joined to claim the prize (进VIP群领奖), not one joined for a coupon or one the winner need not join
    assert condition <= set(_rules(plan, "中奖的宝子加我们客服微信，进VIP群领奖。", engine_alone))
    assert condition <= set(_rules(plan, "进VIP群领奖", engine_alone))
    for text in ("进群领券，下单立减5元", "中奖的不用进VIP群领奖，私信就行"):
        assert _rules(plan, text, engine_alone) == {}, text
    # the conditions rule reads the clause without the aside, as before, and finds the membership
    assert condition <= set(_rules(plan, "中奖的宝贝开通店铺会员（9.9/月）才能领取哦", engine_alone))
    assert condition <= set(_rules(plan, "开通会员（9.9元/月）的中奖宝宝优先发货", engine_alone))



def test_a_link_in_traditional_characters_a_fee_borne_and_a_group_joined_of_stop_46(plan, engine_alone):
    fee = {"ks.lottery.no_extra_fees"}
    for pack in (None, engine_alone):
        # 連結 is a link as traditional characters write it: a paid one to ship the prize is a fee (not an order
        # condition), and the finding names the words as written
        found = _rules(plan, "獎品要拍1元連結才能發貨喔", pack)
        assert set(found) == fee and "拍1元連結" in found["ks.lottery.no_extra_fees"].message
        for text in ("中奖的宝宝拍1元连结才发货", "中獎了記得拍運費連結喔～不拍不發", "中奖后请拍下连结支付包装费3元",
                     "恭喜中獎～請到小黃車拍下9.9的領獎連結，付款後安排發貨"):
            assert _moved(text, pack) or set(_rules(plan, text, pack)) == fee, text
        # ...not one the winner need not buy, nor one taken down
        # a postage link written so is one too ("拍下補差連結", "運費連結")
        for text in ("客服：親，這邊需要您補5塊運費喔，拍下補差連結就可以寄出了。", "中了的宝，走个邮费連結哈，4.9，拍完秒发🚀",
                     "中奖者请拍下补差連結", "中奖者请拍下补差链接"):
            assert fee <= set(_rules(plan, text, pack)), text
        for text in ("中獎的寶寶不用拍任何連結，直接發", "上次說的補1元郵費連結已經下架了，中獎的都包郵"):
            assert _rules(plan, text, pack) == {}, text
        # a fee borne (运费自担) or mistyped (税费自里) by the winner; not a risk or a consequence borne (no fee), nor the
        # shop's own (运费我们自担)
        for text in ("中奖者运费自担，奖品本身免费。", "运费由中奖者自担", "中奖的宝宝税费自里哈这个是要开票的"):
            assert set(_rules(plan, text, pack)) == fee, text
        for text in ("地址填错的后果自担", "风险自担，请谨慎参与", "运费我们自担", "中奖者运费无需自担"):
            assert _rules(plan, text, pack) == {}, text
        # a group the winner must join, 需加 cut as one word ("需加群"), is a condition; not one they need not join
        assert {"ks.lottery.no_extra_conditions"} <= set(_rules(plan, "中奖者需加群并支付10元包装费", pack))
        for text in ("中奖者无需加群，直接私信地址", "中奖者毋须加群，直接发货"):
            assert _rules(plan, text, pack) == {}, text
    # (直播价, 介意勿拍 and 介意慎拍 as words of a sale were taken back at stop 46: lottery copy says them too, and names
    # the winner in words the sentence test does not know, or in another sentence: "0元抽奖，邮费自理，介意勿拍",
    # "抽到的宝宝记得拍一下直播价1元的那个邮费链接")
    for text in ("0元抽奖，邮费自理，介意勿拍", "抽到的宝宝记得拍一下直播价1元的那个邮费链接"):
        assert fee <= set(_rules(plan, text)), text


def test_a_membership_priced_in_the_next_clause_and_hobbyists_of_stop_47(plan, engine_alone):
    fee, condition = {"ks.lottery.no_extra_fees"}, {"ks.lottery.no_extra_conditions"}
    for pack in (None, engine_alone):
        # a membership asked of the winner to claim, priced by its term in the next clause, is a fee as well as a
        # condition
        for text in ("奖品发货需开通店铺会员，会员19.9一个月", "中奖的亲注意，开通店铺会员才能领取奖品，会员一个月6元",
                     "奖品需要开通店铺会员领取，会员9.9一个月，开通后客服备注发货", "中奖的宝宝需要开通店铺会员，会员每月9.9元"):
            assert set(_rules(plan, text, pack)) == fee | condition, text
        # ...not a members' price of goods, a day of member prices, a price the shop pays, one not asked, a free one
        for text in ("中奖的宝宝需要开通店铺会员，会员价19.9元，非会员29.9元", "中奖的宝宝需开通店铺会员，会员日全场9.9元",
                     "中奖的宝宝需要开通店铺会员，会员19.9元一件的T恤随便挑", "中奖的宝宝需要开通店铺会员，会员9.9元/月由店铺代付",
                     "中奖的宝宝需要开通店铺会员，会员19.9一个月的那种不用开", "中奖的宝宝需要开通店铺会员，会员免费开通"):
            assert _moved(text, pack) or "ks.lottery.no_extra_fees" not in _rules(plan, text, pack), text
        # ...nor a members' discount or coupon, and nothing after a question or a negation
        for text in ("中奖的宝宝需要开通店铺会员，会员8.8折", "中奖的宝宝需要开通店铺会员，会员5元无门槛券"):
            assert "ks.lottery.no_extra_fees" not in _rules(plan, text, pack), text
        for text in ("奖品发货不需要开通店铺会员，会员19.9一个月", "中奖需要开通店铺会员吗，会员19.9一个月"):
            assert _rules(plan, text, pack) == {}, text
        # ...nor a membership whose perk, not the prize, it opens ("开通会员才能领优惠券")
        assert "ks.lottery.no_extra_fees" not in _rules(plan, "开通店铺会员才能领优惠券，会员19.9一个月", pack)
        # 会员费用 stays one fee word, as jieba cuts it (会员费 is no word of the pack)
        assert fee <= set(_rules(plan, "中奖宝宝需开通会员，会员费用19.9才能领", pack))
        # hobbyists as a shop of their trade calls them (鱼友, 茶友) are the winners, as 宝宝 are: giving the address
        # in three days is a step; a fan club in three days is a condition
        for text in ("請中獎的魚友於三天內把地址發給客服，逾期視為放棄哦", "请中奖的茶友三天内把地址发给客服"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "请中奖的鱼友三天内加粉丝团", pack)) == condition
    # (taken back after the reviews, with the tests that held them: a clause opening with 请问 or 问一下 read as a
    # question without its mark silenced demands run on after it, "亲请问是中奖的宝宝吗中奖的需要补5元运费哦"; a link's
    # price in brackets read in its clause after a win, "中奖宝宝拍3号链接（1.9元）", was read for sales to others and
    # offers the context check did not know, 沒中獎的寶寶拍2號連結（9.9元）, 顺手…, 其余宝宝拍2号链接（9.9元）)
    for text in ("亲请问是中奖的宝宝吗中奖的需要补5元运费哦", "请问中奖宝宝要补运费吗：要补，5元"):
        assert fee <= set(_rules(plan, text, engine_alone)), text
    # a loss of the models of 154 and 158 sets, found again at stop 49 (see MOVED_AT_STOP_49)


def test_a_claim_not_sure_of_stop_48(plan, engine_alone):
    claim, fee = {"ks.lottery.absolute_terms"}, {"ks.lottery.no_extra_fees"}
    for pack in (None, engine_alone):
        # a claim the shop says may not hold
        for text in ("今天海参价格不一定是全网最低，大家货比三家", "我们家的不一定是最好的，但一定是真的", "价格未必是全网最低，大家自己比",
                     "贵的不一定是最好的，适合自己的才是"):
            assert _rules(plan, text, pack) == {}, text
        # ...not a claim made beside the doubt, nor a doubt that is no hedge of the claim
        for text in ("不一定是全网最低，但品质绝对是顶级的", "不一定每次都有，但我们是全网最低", "效果不一定，但绝对是正品"):
            assert set(_rules(plan, text, pack)) == claim, text
        # (不一定 is read as 不 and 一定, the way jieba cuts it: no word of the shared dictionary, so the fee rule cuts
        # "中奖的宝宝不一定要付邮费" as before)
        assert _rules(plan, "中奖的宝宝不一定要付邮费", pack) == {}
    # losses the third review and the code review showed (pinned): a rhetorical 谁说 before the hedge makes the claim, and
    # so does a rival's doubted claim the shop then makes its own
    for text in ("谁说低价的不一定是最好的", "别家不一定是全网最低，我们才是", "他们家未必是全网最低"):
        assert _rules(plan, text, engine_alone) == {}, text
    # (taken back after three adversarial reviews: a buyer's turn, named by its label and a colon opening the clause,
    # read as no claim of the shop's. Narrowed twice, to questions of the claim and the buyer's own experience, it still
    # cleared the host's calls and answers under the label, "评论：有没有想要顶级茶具的扣1", "弹幕问：是正品吗100%正品呢",
    # its FAQ, "问：为啥能做到全网最低呢？答：工厂直供", and promises, "评论：我说过最好的奖品留给扣1的宝宝"; 不敢认 as a
    # disowning word cleared claims beside a disowned fake, "绝对正品，假货我们可不敢认"; goods priced by the weight or the
    # piece read as a sale took postage and links priced by the box, "邮费12元一箱", "拍下9.9元一盒的补邮链接")
    for text in ("评论：有没有想要顶级茶具的扣1", "弹幕问：是正品吗100%正品呢", "绝对正品，假货我们可不敢认"):
        assert set(_rules(plan, text, engine_alone)) == claim, text
    for text in ("邮费12元一箱", "拍下9.9元一盒的补邮链接"):
        assert fee <= set(_rules(plan, text, engine_alone)), text


def test_a_claim_disowned_by_the_shop_itself_and_a_dialect_unsaid_of_stop_49(plan, engine_alone):
    claim, fee = {"ks.lottery.absolute_terms"}, {"ks.lottery.no_extra_fees"}
    for pack in (None, engine_alone):
        # the shop's own word, 自己 and another adverb before 不敢这么说 disown the claim before it in its sentence
        for text in ("主播说的“全网第一”是粉丝夸的，我们自己可不敢这么说哈", "网友说我们全网最低，我们自己不敢这么说",
                     "大家說我們是第一，我們自己可不敢這麼說"):
            assert _rules(plan, text, pack) == {}, text
        # ...not when others disown it, nor "could not but say so" or "lie", nor a claim in another sentence
        for text in ("全网最低，你们自己不敢这么说吧", "顶级品质，咱家自己不敢这么说都不行", "全网最低价。我们自己可不敢这么说",
                     "全网最低，我们自己不敢这么说也不行啊", "这质量全网第一，咱们自己真不这么讲谁讲", "全网最低，我们自己可不敢这么说假话"):
            assert claim <= set(_rules(plan, text, pack)), text
        # 不说啥子 (Sichuan speech's 啥) before a claim, with a scope or not, is a claim the host will not make
        for text in ("我不说啥子最好最便宜，东西大家自己看嘛", "我不说啥子全国第一"):
            assert _rules(plan, text, pack) == {}, text
        assert set(_rules(plan, "我不说啥子废话，这就是全网最低", pack)) == claim
    for pack in (None, engine_alone):
        # a tip in 快币 the winner gives the host, or asked before 才 and a claim, is a fee as well as a condition
        for text in ("中奖的给主播刷个1快币的小心心，刷了就给你发瓷砖样品", "中奖的要给主播刷个火箭（500快币）才给发",
                     "打赏满100快币才能领取抽中的吸顶灯", "刷10快币才能领奖", "打賞滿100快幣才能領取獎品"):
            assert fee <= set(_rules(plan, text, pack)), text
        # ...not the host's tip, fans thanked for a tip given, nor a tip for the next round or more time
        for text in ("中奖后主播给你刷个100快币", "感谢中奖的宝宝给主播刷了100快币", "刷到1000快币才能发下一轮福袋",
                     "刷够1000快币才能安排加时"):
            assert "ks.lottery.no_extra_fees" not in _rules(plan, text, pack), text
    # losses the review showed, pinned: viewers told to tip in a run-on after the winner is named, and a tip said to be
    # optional or no part of claiming (the tip patterns of before read those the same)
    for text in ("恭喜中奖的宝宝大家给主播刷个1快币的小心心庆祝一下", "中奖的给主播刷10快币随意哈，不影响发货",
                 "中奖的给主播刷个1快币的小心心帮上热门，跟领奖没关系"):
        assert "ks.lottery.no_extra_fees" in _rules(plan, text), text
    # what a seller has typed so far is no sentence the model alone warns of (fewer than 4 letters and digits)
    for text in ("中奖", "中奖的", "中奖后", "税费"):
        assert _rules(plan, text) == {}, text
    # losses the reviews showed, pinned (each a loss with one adverb or none before): a disowning followed by "but" the
    # claim holds, or run on before the claim again; a second claim before the disowned one; a question; a claim credited
    # to someone else
    for text in ("全网最低价，说实话我们自己也不敢这么说，但是数据摆在这", "全网第一我们自己真的不敢这么说但销量确实第一",
                 "质量绝对第一，说全网最低我们自己可不敢这么说", "全网最低，我们自己真不敢这么说吗？", "全网最低，我自己也不这么说，老板让说的"):
        assert _rules(plan, text, engine_alone) == {}, text
    # (taken back after the first review: 没说过, 没这么说过, 不这么宣传 as disowning phrases, which cleared "全网最低，我们从来
    # 没说过假话" and "我们不这么宣传我们是真的最低"; 误写 and 写错 as mention words, which cleared a claim next to an address
    # written wrong, "“史上最低价”收货地址别写错哦", and one affirmed, "“全网最低”不是误写哦")
    for text in ("全网最低，我们从来没说过假话", "我们不这么宣传我们是真的最低", "“史上最低价”收货地址别写错哦", "“全网最低”不是误写哦"):
        assert claim <= set(_rules(plan, text, engine_alone)), text
    # (taken back after the second review: 卖货 as a word of a sale, which made a winner's fee or condition the buyers'
    # wherever 卖货 named the host or the room, "卖货主播说抽到的宝宝补5块邮费", "想参与抽奖的先在卖货链接下一单")
    assert fee <= set(_rules(plan, "卖货主播说抽到的宝宝补5块邮费", engine_alone))
    assert "ks.lottery.no_extra_conditions" in _rules(plan, "想参与抽奖的先在卖货链接下一单", engine_alone)


def test_a_quote_taken_back_a_report_disowned_and_a_claim_not_said_of_stop_51(plan, engine_alone):
    claim = {"ks.lottery.absolute_terms"}
    for pack in (None, engine_alone):
        # a quote right after a word of saying or writing and right before a take-back only mentions what it quotes
        for text in ("字幕写“全网最低”是误写，已更正", "主播口播说的“全网第一”已撤回，直播回放里的那句请以商品页为准",
                     "主播口误！刚才说“最低价”说错了，我们不是最低价，别截图哈", "主播口误啊，刚才说的“最顶级的面料”收回，就是普通的精梳棉",
                     "刚才说了“第一”说错了，大家别当真", "刚才说“绝对不漏气”说过头了", "之前说过“全网第一”已撤回"):
            assert "ks.lottery.absolute_terms" not in _rules(plan, text, pack), text
        # ...not a take-back of something else, in its clause or another, a take-back denied, doubted, asked or
        # guaranteed, a quote not said, nor a claim out of quotes
        for text in ("字幕写“全网第一”那一行把日期打错了", "刚才说的“全网最低”，地址打错了的私信客服", "我们家就是“全网最低”，刚才价格打错了，是99",
                     "刚才说的“全网最低”没说错", "刚才说的“全网第一”收回？不可能", "说的“全网最低”说错了包赔", "说的“全网最低”说错了差价三倍返还",
                     "“全网最低价”，恶意评论会删除", "刚才说全网最低，地址写错了", "客户觉得字幕写“全网第一”是误写，其实没写错",
                     "字幕写的“全网最低价99元”写错了，应该是89元"):
            assert set(_rules(plan, text, pack)) == claim, text
        # hearsay in the clause right before, disowned by the shop to the clause's end, is no claim
        for text in ("有人说我们是\"唯一授权店\"，我们没这么说过，只是正规代理", "隔壁直播间说他们锁全网第一，咱不说这种话，东西好不好用了才知道",
                     "别人家说自己是全网最便宜，我们不跟着吹，价格大家自己比", "网上说我们全网最低，我可没这么说过哈"):
            assert _rules(plan, text, pack) == {}, text
        # ...not the shop's own claim, one further back, one affirmed after or asked, nor words after the disowning
        for text in ("这个价真的是全网最低，我从来没这么说过", "这款面膜补水效果第一，咱不说这个了", "我们家面料顶级，别家说他们全网第一，我们不说这种话",
                     "有人说我们是全网第一，我们没这么说过，但确实是", "有人说我们是全网最低，我们没这么说过？", "有人说全网最低，我们没这么说过要收运费",
                     "我们家就是全网最低，我们不吹这个，实打实的", "粉丝专属价全网最低，咱不说这个了",
                     "隔壁卖199我们卖99全网最低，我们可没这么说过哈", "粉丝都知道我们是全网最低，我们没这么说过",
                     "有人说我们全网最低，我们没这么说过，事实如此"):
            assert set(_rules(plan, text, pack)) == claim, text
        # a claim the shop will not say, in quotes or after 是, to the clause's end, is no claim
        for text in ("我们不说“最便宜”，只说良心价，抽奖奖品包邮", "我们不说什么“绝对”“第一”，就是自家炒的料", "我们不说自己是最好的，好不好大家用了自己判断",
                     "我們不說什麼「最好」，用過就知道。"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("我们不说“全网最低”谁敢说", "咱不说“最好”都对不起这品质"):
            assert set(_rules(plan, text, pack)) == claim, text
        # ...and the clause after it is read as it stands
        for text, said in (("我们不说“最便宜”，因为我们是全网最低", "“因为我们是全网最低”"),
                           ("是不是最好的不敢说，但绝对是全网第一", "“但绝对是全网第一”")):
            message = _rules(plan, text, pack)["ks.lottery.absolute_terms"].message
            assert said in message and message.count("”（") == 1, (text, message)
        # 绝对 that stresses a promise not to charge, and a claim the shop dare not make or does not know, is no claim
        for text in ("我们绝对不收中奖的任何费用，有收费的都是假的", "绝对不会收运费",
                     "我们家相机是不是最好的不敢说，但都是国行正品", "这个镜头是不是全网最低我不知道，反正我们只赚一点点",
                     "主播：这件外套卖得很好，是不是最好我不敢说，你们穿了再评价"):
            assert _rules(plan, text, pack) == {}, text
        for text in ("绝对不掉色", "收茶绝对不收陈茶", "是不是全网最低我不知道吗", "烂果坏果我们绝对不收", "晚上电费绝对不要钱"):
            assert set(_rules(plan, text, pack)) == claim, text
        # a disowning of the clause before that asks is no disowning
        assert _rules(plan, "全网最低价，这个我们不敢说", pack) == {}
        assert set(_rules(plan, "全网最低价，这个我们不敢说？", pack)) == claim
    # the fee rule reads what the shop never said as before: 没 这么 说 过 are no new word of the shared dictionary
    assert _rules(plan, "我们从没这么说过中奖要补邮费") == {}
    assert set(_rules(plan, "唯一要求是加粉丝团")) == {"ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms"}


def test_a_buyer_s_turn_and_a_claim_taken_up_and_disowned_of_stop_50(plan, engine_alone):
    claim, fee = {"ks.lottery.absolute_terms"}, {"ks.lottery.no_extra_fees"}
    for pack in (None, engine_alone):
        # a clause a buyer's turn opens (买家/顾客 alone or with 评论/问/留言; 粉丝/网友/… only with one; first, a colon
        # right after) is no claim
        for text in ("买家：你们家水龙头是我用过最好的！", "买家评论：你家这个镜框是我戴过最舒服的", "粉丝问：是全网最低吗？",
                     "買家：你們家墨汁是不是全網最好的？ 客服：不敢這麼說哈，性價比還可以",
                     "顾客留言：你们主播说全网最低价，我一查别家比你们便宜二十，还好意思说？",
                     "买家：是全网最低吗？主播说不是", "买家：是全网最低吗？客服不是", "买家：是全网最低吗？是嘛",
                     "买家评论：这是我用过最好的水龙头，没错", "买家：你们家最好了，是的呢"):
            assert _rules(plan, text, pack) == {}, text
        # ...unless the shop answers its question yes, or a later colon is in the clause; nor the clauses after it; not a
        # turn of 粉丝 or 网友 alone (shops address them), of 评论 or 问 alone (shops write their comments and FAQ under
        # them), a greeting, or a heading
        for text in ("买家：是全网最低吗？主播：那当然", "粉丝问：是全网最低吗？答：是的", "买家：是全网最低吗？客服小美：是滴是滴",
                     "买家：是全网最低吗？店铺客服：是的", "买家：是全网最低吗？主播：是的家人们", "买家：是全网最低吗？客服：是哒",
                     "买家：是全网最低吗，是的宝宝", "买家：是全网最低吗？——主播：当然",
                     "买家：是最低价吗主播：是全网最低", "买家：这个是全网最低吗，是的宝宝，全网最低", "粉丝：今晚全网最低价，错过等一年",
                     "网友：今晚全网最低价，错过等一年", "评论：有没有想要顶级茶具的扣1", "问：为啥能做到全网最低呢？答：工厂直供",
                     "各位买家：全网最低价", "粉丝福利：全网最低价"):
            assert set(_rules(plan, text, pack)) == claim, text
        # ...and not a yes that is none ("对了" opens another matter, "可不对" doubts)
        for text in ("买家：是全网最低吗？对了，记得填地址", "买家：是全网最低吗？主播：可不对"):
            assert _rules(plan, text, pack) == {}, text
        # the claim in the clause right before, taken up by 这个/这话/那个 opening a clause and disowned to its end, is
        # no claim
        for text in ("有人说我们是全网最低价，这个我们不敢说哈，只能说价格实在", "有人说我们家鱼全国最健康，这话我们可没说过",
                     "有粉丝在评论里说我家是全网最便宜的，这个我们可不敢认哈", "别家说自己全网最低 那个我不敢说啊 我就说咱家这个价格实在",
                     "全网最低价，这个我们不敢说哈哈"):
            assert _rules(plan, text, pack) == {}, text
        # ...not a claim further back, a disowning of something else, before or after it in its clause, a lie not told,
        # a claim after it, nor 不能说 or 不是我们说的
        for text in ("我们家是全网最低价，能不能今天到，这个不敢说哈", "全网最低价，至于产地，这个我们不敢讲",
                     "顶级和牛，最好的部位，具体哪天到这个不敢说", "国家级非遗工艺，这个配方不能说", "绝对正品，假货我们可不敢认",
                     "全网最低，这个我们不敢说假话", "全网最低价，这个我们没说过要收运费", "这款是全网最低价，那个我不敢说啥时候补货",
                     "这个我们不敢说但我们家绝对是最低价", "内部价全网最低，这个不能说出去哦", "最好的售后，这个不是我们说的，是老粉说的",
                     "我们是全网最低，这个谁也不敢说不是"):
            assert claim <= set(_rules(plan, text, pack)), text
        # a buyer's turn or a taking-up moves no fee: the fee and condition rules have none
        for text in ("买家：中奖的补5元运费", "中奖的补5元运费，这个我们不敢说哈"):
            assert fee <= set(_rules(plan, text, pack)), text
    # losses the reviews showed, pinned: the shop's words run on inside the buyer's clause, a yes after "。", a space or
    # a line break, a yes in words the pattern does not take, a buyer's clauses after the first
    for text in ("买家：好用吗我们家是全网最好用的", "买家：是不是全网最低价主播说当然是", "买家：你家是最便宜的吧。客服：是的",
                 "买家：是全网最低吗 主播：是的", "买家：是全网最低吗\n主播：是的", "网友说：你们家是全网最低，我们认了"):
        assert _rules(plan, text, engine_alone) == {}, text
    for text in ("买家评论：物流很快，是我买过最好用的锅", "买家：\n你们家水龙头是我用过最好的！"):
        assert claim <= set(_rules(plan, text, engine_alone)), text
    # (taken back after the fourth review: a claim said before (刚才说, 之前, 说成) and taken back in its clause or the two
    # after it (口误, 更正, 收回, 不算) as no claim, which cleared claims the shop stands by, "刚才说的全网最低没有口误",
    # "收回是不可能的", and claims beside a correction of something else, "我们家以前就是全网最低，上次写错的地址已更正")
    for text in ("刚才说的全网最低没有口误", "刚才说全网最低，收回是不可能的", "我们家以前就是全网最低，上次写错的地址已更正"):
        assert claim <= set(_rules(plan, text, engine_alone)), text
    # the sentences the changelog of 2026.12.07.16 quotes that the lines above do not: 拉进 asks as 拉 did
    found = _rules(plan, "中奖后请拉进VIP群才能领奖")
    assert set(found) == {"ks.lottery.no_extra_conditions"} and found["ks.lottery.no_extra_conditions"].severity == "error"
    for text in ("网友：今晚全网最低价", "观众：今晚全网最低价"):
        assert set(_rules(plan, text)) == claim, text
    found = _rules(plan, "中奖的要拉进福利群登记地址")
    assert set(found) == {"ks.lottery.no_extra_conditions"} and "拉进" in found["ks.lottery.no_extra_conditions"].message
