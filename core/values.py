"""Reading plan fields: money as Decimal, times in Beijing time, with the field named on error."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from typing import Any

from . import limits
from .errors import InputError

# Beijing time is UTC+8 all year (no summer time since 1991), so a fixed offset says the same as the
# Asia/Shanghai zone for every date a seller deals with, and costs no tz database (zoneinfo, ~4 ms of a
# start). The .ics export, which names the zone, uses ZoneInfo itself (core.ics).
BEIJING = timezone(timedelta(hours=8), "CST")
CENT = Decimal("0.01")
SHOWN_CHARS = 60  # how much of a refused value a message repeats


def shown(value: Any, *, quoted: bool = True) -> str:
    """A refused value as a message repeats it: its repr (`quoted=False`: a printable text or number as
    it is), cut to SHOWN_CHARS, on one line, printable (a lone surrogate shows as \\ud800, a number too
    long to print says so)."""
    if isinstance(value, int) and not isinstance(value, bool) and not -10**SHOWN_CHARS < value < 10**SHOWN_CHARS:
        return f"（{value.bit_length() * 3 // 10:,} 位左右的数字）"
    try:
        text = str(value) if not quoted and isinstance(value, (str, int, float, Decimal)) else repr(value)
        if not text.isprintable():
            text = repr(value)
    except ValueError:  # an object whose repr cannot be built (e.g. holding a huge number)
        text = f"<{type(value).__name__}>"
    if len(text) > SHOWN_CHARS:
        text = text[:SHOWN_CHARS - 1] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def money(value: Any, field: str, *, allow_negative: bool = False) -> Decimal:
    """A yuan amount from a JSON string or number; refuses floats' noise, NaN and negatives."""
    if isinstance(value, bool) or value is None:
        raise InputError(field, "应为金额（元），例如 \"129.00\"")
    try:
        amount = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise InputError(field, f"不是有效金额：{shown(value)}") from None
    if not amount.is_finite():
        raise InputError(field, f"不是有效金额：{shown(value)}")
    if abs(amount) >= limits.MAX_NUMBER:  # a trillion yuan: a typo, and past what rounding to cents handles
        raise InputError(field, f"金额过大：{shown(value, quoted=False)}")
    if amount < 0 and not allow_negative:
        raise InputError(field, f"金额不能为负数：{shown(value, quoted=False)}")
    return amount


def fmt_money(amount: Decimal) -> str:
    """Two decimals, rounded half up: the way a seller reads yuan. Any finite amount: a sum of many
    amounts may pass the 28 digits of Decimal's default precision."""
    with localcontext() as context:
        context.prec = max(context.prec, amount.adjusted() + 4)
        return str(amount.quantize(CENT, rounding=ROUND_HALF_UP))


def _in_years(moment: date, value: Any, field: str) -> None:
    if not limits.MIN_YEAR <= moment.year <= limits.MAX_YEAR:
        raise InputError(field, f"年份应在 {limits.MIN_YEAR} 到 {limits.MAX_YEAR} 之间：{shown(value)}")


def instant(value: Any, field: str) -> datetime:
    """An ISO 8601 time; a naive one means Beijing time. Returned aware, in Beijing time. The year
    lies in limits.MIN_YEAR..MAX_YEAR (so that no clock computed from it overflows)."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, "应为时间，例如 \"2023-06-10T20:00:00+08:00\"")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(field, f"不是有效时间：{shown(value)}") from None
    _in_years(moment, value, field)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BEIJING)
    return moment.astimezone(BEIJING)


def day(value: Any, field: str) -> date:
    """A calendar date "YYYY-MM-DD", in limits.MIN_YEAR..MAX_YEAR."""
    if not isinstance(value, str):
        raise InputError(field, "应为日期，例如 \"2023-06-10\"")
    try:
        found = date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(field, f"不是有效日期：{shown(value)}") from None
    _in_years(found, value, field)
    return found


def start_of(d: date) -> datetime:
    """Midnight Beijing time at the start of a date."""
    return datetime.combine(d, time(0, 0), tzinfo=BEIJING)


def parse_as_of(text: str | None) -> datetime:
    """The CLI's --as-of: a date (its start, Beijing) or a time; None means now."""
    if text is None:
        return datetime.now(BEIJING)
    text = text.strip()
    if len(text) == 10:
        return start_of(day(text, "--as-of"))
    return instant(text, "--as-of")


def iso(moment: datetime) -> str:
    """ISO 8601 in Beijing time with +08:00."""
    return moment.astimezone(BEIJING).isoformat(timespec="seconds")


def shown_time(moment: datetime) -> str:
    """How a time reads in a message: Beijing time to the minute (seconds only when not zero)."""
    local = moment.astimezone(BEIJING)
    return local.strftime("%Y-%m-%d %H:%M:%S" if local.second else "%Y-%m-%d %H:%M")


def duration_text(delta: timedelta) -> str:
    """A length of time the way a seller says it: 2天3小时, 5小时12分钟, 40分钟, 8秒.
    A started second counts, so something late is never "0秒" late."""
    seconds = -(-delta // timedelta(seconds=1))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时"
    if hours:
        return f"{hours}小时{minutes}分钟"
    if minutes:
        return f"{minutes}分钟"
    return f"{secs}秒"


def integer(value: Any, field: str, *, minimum: int | None = 0, maximum: int = limits.MAX_NUMBER - 1) -> int:
    """A whole number (JSON int, or a string of digits), at most `maximum` (below a trillion unless said)."""
    if isinstance(value, bool):
        raise InputError(field, "应为整数")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().lstrip("-").isdecimal() and len(value.strip()) <= 15:
        number = int(value.strip())
    else:
        raise InputError(field, f"应为整数：{shown(value)}")
    if minimum is not None and number < minimum:
        raise InputError(field, f"不能小于 {minimum}：{shown(number)}")
    if number > maximum:
        raise InputError(field, f"不能大于 {maximum:,}：{shown(number)}")
    return number


def flag(value: Any, field: str, default: bool = False) -> bool:
    """A true/false field; missing means the default."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raise InputError(field, "应为 true 或 false")


def text(value: Any, field: str, default: str = "") -> str:
    """A text field; missing means the default."""
    if value is None:
        return default
    if isinstance(value, str):
        return value
    raise InputError(field, "应为文字")


def obj(value: Any, field: str) -> dict[str, Any]:
    """A JSON object field; missing means empty."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    raise InputError(field, "应为对象 {…}")


def items(value: Any, field: str) -> list[Any]:
    """A JSON list field; missing means empty."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise InputError(field, "应为列表 […]")
