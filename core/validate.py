"""A check's input, validated at the edge: `validate(kind, data)` runs before any rule does.

core.engine.check calls it first, so the app, the CLI and the tests all get it. It refuses with an
InputError that names the field path (`prizes[2].quantity`) and says in one line of plain Chinese what
is wrong:

- past a limit of core.limits, anywhere in the document, known field or not (`_walk`): nesting deeper
  than MAX_JSON_DEPTH; a list longer than MAX_LIST_ITEMS (a kind's row lists — listing products,
  after-sales, trial receipts, bot questions — may be as long as an import of them, MAX_ROWS); a text
  longer than MAX_TEXT_CHARS (in the rows of those lists and of coupon products, which come from
  spreadsheet cells: MAX_STRING_CHARS), a field name longer than MAX_TEXT_CHARS; a lone surrogate (half of a
  UTF-16 pair, which cannot be printed, shown or saved); a whole number of more than MAX_NUMBER_CHARS
  digits; NaN or an infinity;
- per kind (`SPECS`): the fields a kind cannot be checked without (the first one missing is named);
  each contract field of the wrong type, read with the same core.values readers the checks use (so
  the message is the one the check would give); counts and amounts from MAX_NUMBER up, quantities
  past MAX_QUANTITY, times and dates outside MIN_YEAR..MAX_YEAR;
- shop.platform and shop.shop_type outside the contract's vocabulary (core.store.PLATFORMS and
  SHOP_TYPES), and a shop of the other platform for a kind whose rules belong to one platform
  ("0元抽奖规则只适用于快手小店（kuaishou），这是抖店（douyin）店铺").

Required, per kind (everything else may be left out, with the default its check documents):
  lottery    shop, prizes (may be empty), prizes[i].unit_value
  listing    shop, shop.shop_type, products (may be empty)
  trial      shop, shop.shop_type, trial and its deposit_required, deposit_balance, sales_balance,
             paid_orders, paid_amount, online_products; withdrawals[i].date; withdrawal_request.amount
  coupon     shop, coupon or coupons, each coupon's type, threshold, face_value, quantity,
             per_user_limit, issue_at, valid_until (and id in coupons); products[i].id, price, source
  challenge  challenge and its attempts_succeeded, online_viewers, session_gmv, paid_gmv_after_risk,
             peak_gmv_180d
  bot        platform
  aftersale  nothing: an empty document is a shop without after-sales (tests/core/test_aftersale.py)
A shop's platform may be left out (its kind's platform is meant); a lottery shop's scores may be null
(the check then says they were not filled in).

The rows of a shop's big lists (listing products, after-sales events and claims, trial receipts, bot
knowledge) are read field by field by their check, in one pass with the same readers; here they get the
limits only, so a 200,000-product listing is not read twice. Unknown fields are ignored beyond the limits.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from . import limits
from .errors import InputError
from .store import PLATFORMS, SHOP_TYPES
from .values import day, flag, instant, integer, items, money, obj, shown

# What a kind's rules are, and the platform they belong to (bot and aftersale serve both).
KIND_PLATFORM = {
    "lottery": ("kuaishou", "0元抽奖规则"),
    "listing": ("kuaishou", "类目迁移与在架数量规则"),
    "trial": ("douyin", "“0元入驻”试运营规则"),
    "coupon": ("kuaishou", "定时优惠规则"),
    "challenge": ("kuaishou", "1212主播挑战赛规则"),
}
_SURROGATE = re.compile("[\ud800-\udfff]")
_BIG = 10 ** limits.MAX_NUMBER_CHARS
_NOT_GIVEN: tuple[Any, ...] = (None,)
_EMPTY_TOO: tuple[Any, ...] = (None, "")  # fields whose check reads an empty text as not given


def validate(kind: str, data: Any) -> None:
    """Refuse `data` as input of check `kind` with an InputError naming the first bad field; None if fine."""
    if not isinstance(data, dict):
        raise InputError("$", "计划文件的顶层应为 JSON 对象 {…}")
    _limits(data, ROW_LISTS.get(kind))
    spec = SPECS.get(kind)
    if spec is not None:
        spec.check(data, "")
    extra = AFTER.get(kind)
    if extra is not None:
        extra(data)


# The limits, anywhere in the document ---------------------------------------------------------------
ListLimits = int | dict[str, "ListLimits"] | None


class _Bad(Exception):
    """Raised deep in the walk; the path is collected on the way out, so a fine document costs no paths."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.where: list[str | int] = []


def _limits(data: dict[str, Any], lists: ListLimits) -> None:
    try:
        _walk(data, 0, lists, limits.MAX_TEXT_CHARS)
    except _Bad as bad:
        raise InputError(_path(reversed(bad.where)) or "$", bad.message) from None


def _path(parts: Any) -> str:
    """`prizes[2].quantity`; a field name that would not read as one (empty, with . [ ] " or a
    character that is not printable) in quotes: `shop["a.b"]`."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not part or not part.isprintable() or any(ch in part for ch in '.[]"'):
            out += f"[{json.dumps(part, ensure_ascii=False)}]".encode("utf-8", "backslashreplace").decode("utf-8")
        else:
            out += f".{part}" if out else part
    return out


def _walk(value: Any, depth: int, lists: ListLimits, chars: int) -> None:
    """Any node. `lists`: the list limits below it (an int: it is a list of rows, whose texts come from
    spreadsheet cells and may hold MAX_STRING_CHARS); `chars`: the longest text allowed here."""
    if isinstance(value, (dict, list, tuple)):
        _container(value, depth, lists, chars)
    elif isinstance(value, str):
        if len(value) > chars:
            raise _Bad(f"文字有 {len(value):,} 个字，超过 {chars:,} 字的上限")
        found = _SURROGATE.search(value)
        if found:
            raise _Bad(f"含有无效字符 U+{ord(found.group()):04X}（不成对的代理字符，常见于编码出错的文件）：请删去后重试")
    elif isinstance(value, int) and not isinstance(value, bool):
        if not -_BIG < value < _BIG:
            raise _Bad(f"数字超过 {limits.MAX_NUMBER_CHARS} 位的上限")
    elif isinstance(value, float) and not -math.inf < value < math.inf:
        raise _Bad("不是有效数字（NaN 或无穷大）：请填写具体数值")


def _container(value: Any, depth: int, lists: ListLimits, chars: int) -> None:
    """A list or an object: its size and keys, each ordinary leaf inline (a 200,000-product listing
    has millions of them), anything else through _walk."""
    if depth >= limits.MAX_JSON_DEPTH:
        raise _Bad(f"嵌套超过 {limits.MAX_JSON_DEPTH} 层的上限")
    # A text is fine when ASCII or printable (C loops, faster than the search); surrogates are neither.
    search, big, key_chars = _SURROGATE.search, _BIG, limits.MAX_TEXT_CHARS
    if isinstance(value, dict):
        nested = lists if isinstance(lists, dict) else None
        for key, item in value.items():
            if type(key) is str and (len(key) > key_chars or not key.isascii() and search(key)):
                raise _Bad(f"字段名 {shown(key)} 太长（上限 {key_chars:,} 字）或含有无效字符（不成对的代理字符）")
            kind = type(item)
            if kind is str:
                if len(item) <= chars and (item.isascii() or item.isprintable() or not search(item)):
                    continue
            elif kind is bool or item is None or kind is int and -big < item < big \
                    or kind is float and -math.inf < item < math.inf:
                continue
            try:
                _walk(item, depth + 1, nested.get(key) if nested is not None and type(key) is str else None, chars)
            except _Bad as bad:
                bad.where.append(key if type(key) is str else str(key))
                raise
        return
    cap = lists if isinstance(lists, int) else limits.MAX_LIST_ITEMS
    if len(value) > cap:
        raise _Bad(f"有 {len(value):,} 项，超过 {cap:,} 项的上限")
    if isinstance(lists, int):
        chars = limits.MAX_STRING_CHARS
    for i, item in enumerate(value):
        kind = type(item)
        if kind is str:
            if len(item) <= chars and (item.isascii() or item.isprintable() or not search(item)):
                continue
        elif kind is bool or item is None or kind is int and -big < item < big \
                or kind is float and -math.inf < item < math.inf:
            continue
        try:
            _walk(item, depth + 1, None, chars)
        except _Bad as bad:
            bad.where.append(i)
            raise


# The fields of each kind ------------------------------------------------------------------------------
class Spec:
    """One field: whether it must be given, what it is called when missing, which values mean "not given"."""

    def __init__(self, *, required: bool = False, label: str = "", blank: tuple[Any, ...] = _NOT_GIVEN) -> None:
        self.required = required
        self.label = label
        self.blank = blank

    def given(self, value: Any) -> bool:
        return not any(value is b or (type(value) is type(b) and value == b) for b in self.blank)

    def check(self, value: Any, path: str) -> None:
        raise NotImplementedError


class Anything(Spec):
    """Given or not; what it holds is for its check to read."""

    def check(self, value: Any, path: str) -> None:
        return None


class Obj(Spec):
    def __init__(self, fields: dict[str, Spec], **how: Any) -> None:
        super().__init__(**how)
        self.fields = fields

    def check(self, value: Any, path: str) -> None:
        data = obj(value, path or "$")
        for name, spec in self.fields.items():
            field = f"{path}.{name}" if path else name
            item = data.get(name)
            if not spec.given(item):
                if spec.required:
                    raise InputError(field, f"缺少{spec.label}")
                continue
            spec.check(item, field)


class Items(Spec):
    """A list; each item read by `item` (None: by the list's check, with the limits only)."""

    def __init__(self, item: Spec | None, **how: Any) -> None:
        super().__init__(**how)
        self.item = item

    def check(self, value: Any, path: str) -> None:
        listed = items(value, path)
        if self.item is not None:
            for i, entry in enumerate(listed):
                self.item.check(entry, f"{path}[{i}]")


class Text(Spec):
    def __init__(self, max_chars: int = limits.MAX_TEXT_CHARS, **how: Any) -> None:
        super().__init__(**how)
        self.max_chars = max_chars

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise InputError(path, "应为文字")
        if len(value) > self.max_chars:
            raise InputError(path, f"文字有 {len(value):,} 个字，超过 {self.max_chars:,} 字的上限")
        if self.required and not value.strip():
            raise InputError(path, f"缺少{self.label}")


class Flag(Spec):
    def check(self, value: Any, path: str) -> None:
        flag(value, path)


class Money(Spec):
    def __init__(self, *, allow_negative: bool = False, **how: Any) -> None:
        super().__init__(**how)
        self.allow_negative = allow_negative

    def check(self, value: Any, path: str) -> None:
        money(value, path, allow_negative=self.allow_negative)


class Count(Spec):
    def __init__(self, minimum: int = 0, maximum: int = limits.MAX_NUMBER - 1, **how: Any) -> None:
        super().__init__(**how)
        self.minimum, self.maximum = minimum, maximum

    def check(self, value: Any, path: str) -> None:
        integer(value, path, minimum=self.minimum, maximum=self.maximum)


class Time(Spec):
    def check(self, value: Any, path: str) -> None:
        instant(value, path)


class Day(Spec):
    def check(self, value: Any, path: str) -> None:
        day(value, path)


class DayOrTime(Spec):
    """A date (YYYY-MM-DD) or a time, as the trial check's ledger reads them."""

    def check(self, value: Any, path: str) -> None:
        if isinstance(value, str) and len(value.strip()) == 10:
            day(value, path)
        else:
            instant(value, path)


class Ident(Spec):
    """An id: text, or a whole number (a spreadsheet's product id)."""

    def check(self, value: Any, path: str) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            return
        if not isinstance(value, str):
            raise InputError(path, f"编号应为文字或数字：{shown(value)}")
        if not value.strip():
            raise InputError(path, f"缺少{self.label or '编号'}")


class Score(Spec):
    """A shop score from 0 to 5 (null or "" when not filled in)."""

    def check(self, value: Any, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise InputError(path, "分数应为数字，例如 4.52")
        try:
            score = float(value)
        except ValueError:
            raise InputError(path, f"分数应为数字：{shown(value)}") from None
        if not 0 <= score <= 5:  # NaN fails this too
            raise InputError(path, f"分数应在 0 到 5 之间：{shown(value)}")


class Platform(Spec):
    """shop.platform: the contract's vocabulary, and the platform the kind's rules belong to."""

    def __init__(self, kind: str | None = None, **how: Any) -> None:
        super().__init__(**how)
        self.kind = kind

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, str) or value not in PLATFORMS:
            names = "或 ".join(f"{key}（{name}）" for key, name in PLATFORMS.items())
            raise InputError(path, f"平台应为 {names}：{shown(value)}")
        if self.kind in KIND_PLATFORM:
            wanted, rules = KIND_PLATFORM[self.kind]
            if value != wanted:
                raise InputError(path, f"{rules}只适用于{PLATFORMS[wanted]}（{wanted}），"
                                       f"这是{PLATFORMS[value]}（{value}）店铺")


class ShopType(Spec):
    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, str) or value not in SHOP_TYPES:
            names = "、".join(f"{key}（{name}）" for key, name in SHOP_TYPES.items())
            raise InputError(path, f"店铺类型应为 {names} 之一：{shown(value)}")


def _shop(kind: str, *, required: bool = False, what: str = "", **fields: Spec) -> Obj:
    return Obj({"platform": Platform(kind), "shop_type": ShopType(), "name": Text(), **fields},
               required=required, label=f"店铺信息 shop（{what}）" if what else "店铺信息 shop")


_PRIZE = Obj({
    "title": Text(), "brand": Text(),
    "material": Text(), "category": Items(Text()),
    "in_shop_categories": Flag(), "unit_value": Money(required=True, label="奖品单价 unit_value（元）"),
    "quantity": Count(1, limits.MAX_QUANTITY), "max_wins_per_user": Count(1, limits.MAX_QUANTITY),
    "needs_license": Flag(), "has_license": Flag(), "usage_right_days": Count(0),
    "usage_right_value": Money(blank=_EMPTY_TOO), "draw_at": Time(blank=_EMPTY_TOO),
    "shipped_at": Time(blank=_EMPTY_TOO), "image": Text(), "image_confirmed": Flag(),
})


def _coupon(*, needs_id: bool) -> Obj:
    return Obj({
        "id": Ident(required=needs_id, label="券的编号 id（每张券一个，例如券的名称）"),
        "type": Text(required=True, label="优惠券类型 type"),
        "threshold": Money(required=True, label="使用条件金额 threshold（元）"),
        "face_value": Money(required=True, label="优惠券面额 face_value（元）"),
        "quantity": Count(0, limits.MAX_QUANTITY, required=True, label="发放数量 quantity"),
        "per_user_limit": Count(0, limits.MAX_QUANTITY, required=True, label="每人限领 per_user_limit"),
        "issue_at": Time(required=True, label="发放时间 issue_at"),
        "valid_until": Time(required=True, label="有效期截止时间 valid_until"),
    })


_PUSH = Obj({"enabled": Flag(), "delay_minutes": Count(), "window": Items(Text())})

SPECS: dict[str, Obj] = {
    "lottery": Obj({
        "shop": _shop("lottery", required=True, what="体验分、带货口碑分；未开通的分数填 null",
                      experience_score=Score(blank=_EMPTY_TOO), reputation_score=Score(blank=_EMPTY_TOO)),
        "session": Obj({"title": Text(), "start": Time(blank=_EMPTY_TOO),
                        "end": Time(blank=_EMPTY_TOO)}),
        "prizes": Items(_PRIZE, required=True, label="奖品列表 prizes（还没有奖品时填 []）"),
        "terms": Text(),
    }),
    "listing": Obj({
        "shop": _shop("listing", required=True, what="店铺类型、是否在考核期",
                      shop_type=ShopType(required=True, label="店铺类型 shop.shop_type"),
                      in_assessment_period=Flag()),
        "products": Items(None, required=True, label="商品列表 products（没有商品时填 []）"),
        "category_caps": Obj({}),
    }),
    "trial": Obj({
        "shop": _shop("trial", required=True, what="店铺类型",
                      shop_type=ShopType(required=True, label="店铺类型 shop.shop_type")),
        "trial": Obj({
            "started": Day(blank=_EMPTY_TOO),
            "deposit_required": Money(required=True, label="应缴保证金 deposit_required（元）"),
            "deposit_balance": Money(allow_negative=True, required=True, label="保证金余额 deposit_balance（元）"),
            "sales_balance": Money(required=True, label="货款余额 sales_balance（元）"),
            "paid_orders": Count(required=True, label="支付订单总量 paid_orders"),
            "paid_amount": Money(required=True, label="支付订单总额 paid_amount（元）"),
            "online_products": Count(required=True, label="在线商品数 online_products"),
            "general_violations": Count(), "serious_violations": Count(), "violating_orders": Count(),
            "influencer_points_30d": Count(),
            "withdrawals": Items(Obj({"date": DayOrTime(required=True, label="提现日期 date"),
                                      "amount": Money(blank=_EMPTY_TOO)})),
            "receipts": Items(None),
        }, required=True, label="试运营数据 trial（保证金、货款、订单等）"),
        "withdrawal_request": Obj({"date": DayOrTime(blank=_EMPTY_TOO),
                                   "amount": Money(required=True, label="申请提现金额 amount（元）")}),
    }),
    "coupon": Obj({
        "shop": _shop("coupon", required=True, what="是否专业电商主播", professional_anchor=Flag()),
        "coupon": _coupon(needs_id=False),
        "coupons": Items(_coupon(needs_id=True)),
        "products": Items(Obj({
            "id": Ident(required=True, label="商品ID id"), "title": Text(limits.MAX_STRING_CHARS),
            "price": Money(required=True, label="商品金额 price（元）"), "commission": Money(blank=_EMPTY_TOO),
            "source": Text(required=True, label="商品来源 source"),
        })),
    }),
    "challenge": Obj({
        "shop": _shop("challenge"),
        "challenge": Obj({
            "date": Day(), "framework_agreement": Flag(), "restricted": Flag(), "category_day": Flag(),
            "attempts_succeeded": Count(required=True, label="挑战成功次数 attempts_succeeded"),
            "attempts_made": Count(),
            "online_viewers": Count(required=True, label="直播间在线人数 online_viewers"),
            "session_gmv": Money(required=True, label="本场GMV session_gmv（元）"),
            "paid_gmv_after_risk": Money(required=True, label="风控后付费GMV paid_gmv_after_risk（元）"),
            "peak_gmv_180d": Money(required=True, label="近180天单场峰值GMV peak_gmv_180d（元）"),
        }, required=True, label="挑战赛数据 challenge"),
    }),
    "bot": Obj({
        "platform": Platform(required=True, label="平台 platform（kuaishou 或 douyin）"),
        "settings": Obj({
            "robot_service": Flag(), "robot_enabled": Flag(), "smart_assist": Flag(),
            "auto_message_push_to_pay": Flag(),
            "followup": Obj({"push_to_buy": _PUSH, "push_to_pay": _PUSH, "daily_limit_per_user": Count()}),
        }),
        "knowledge": Items(None),
        "ask": Items(Text(limits.MAX_STRING_CHARS)),
        "use_builtin": Flag(),
    }),
    "aftersale": Obj({
        "shop": _shop("aftersale"),
        "events": Items(None),
        "claims": Items(None),
    }),
}

# The lists of rows that come from spreadsheets, with how many rows an import of them may hold; any
# other list holds MAX_LIST_ITEMS.
ROW_LISTS: dict[str, ListLimits] = {
    "listing": {"products": limits.MAX_ROWS["products"]},
    "aftersale": {"events": limits.MAX_ROWS["aftersale"], "claims": limits.MAX_ROWS["aftersale"]},
    "trial": {"trial": {"receipts": limits.MAX_ROWS["receipts"]}},
    "coupon": {"products": limits.MAX_LIST_ITEMS},  # picked from the shop's imported products
    "bot": {"ask": limits.MAX_ROWS["questions"]},
}


def _coupons_given(data: dict[str, Any]) -> None:
    if data.get("coupon") is None and not data.get("coupons"):
        raise InputError("coupon", "缺少优惠券：请填写 coupon（或多张券的 coupons 列表）")


AFTER: dict[str, Callable[[dict[str, Any]], None]] = {"coupon": _coupons_given}

__all__ = ["KIND_PLATFORM", "ROW_LISTS", "SPECS", "validate"]
