"""The board's open items as an iCalendar file (.ics) a seller imports into a phone or desktop calendar.

Each item is one event at its due time (Asia/Shanghai, with the zone's VTIMEZONE in the file), with a
reminder (VALARM) before it, and the rule that sets the clock (its title and id) in the description.
The UID is made from the item's board key, so exporting again updates the events already imported
instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from .board import BoardItem
from .deadlines import SOURCES

UID_DOMAIN = "shop-assistant.local"
ALARM_BEFORE = timedelta(hours=1)  # a deadline's reminder; an opening (a day a withdrawal is allowed) at its time
EVENT_LENGTH = timedelta(minutes=15)
PRODID = "-//小店合规助手//时限看板//ZH"
BEIJING = ZoneInfo("Asia/Shanghai")  # named in the file, with its VTIMEZONE (core.values has a fixed +08:00)


def uid(item: BoardItem) -> str:
    return f"{item.key}@{UID_DOMAIN}"


def _description(item: BoardItem) -> str:
    lines = [f"店铺：{item.shop.name}", f"要做的事：{item.what}",
             f"来自：{SOURCES.get(item.source, item.source)} · {item.where_text()}",
             f"{'截止' if item.is_deadline else '时间'}：{item.due.astimezone(BEIJING):%Y-%m-%d %H:%M}（北京时间）",
             f"规则：{item.rule_title}（{item.rule}）"]
    if item.rule_source:
        lines.append(f"依据：{item.rule_source}")
    lines.append("由小店合规助手导出；请以平台后台为准。")
    return "\n".join(lines)


def calendar(items: Iterable[BoardItem], now: datetime, name: str = "小店时限") -> bytes:
    """The items as an .ics file (bytes, UTF-8)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Shanghai")
    stamp = now.astimezone(BEIJING)
    for item in items:
        start = item.due.astimezone(BEIJING)
        event = Event()
        event.add("uid", uid(item))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + EVENT_LENGTH)
        summary = item.what if item.is_deadline else f"{item.what}（可以开始）"
        event.add("summary", f"【{item.shop.name}】{summary}")
        event.add("description", _description(item))
        event.add("categories", [SOURCES.get(item.source, item.source)])
        if item.is_deadline:
            event.add("priority", 1 if item.overdue else 5)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{'1小时后到期' if item.is_deadline else '到时间了'}：{item.what}")
        alarm.add("trigger", -ALARM_BEFORE if item.is_deadline else timedelta(0))
        event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
