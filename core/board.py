"""The deadline board as a seller works it: every item of core.deadlines under a stable key, with what
the seller did with it (marked done, snoozed until a time) kept in the database (table `board_state`,
migration 0005), and the tray's reminders (one daily digest, then one reminder per item as it falls due).

    load(store, pack, now, shop)      -> Board: open items (soonest first, snoozed ones after them) and
                                         the folded ones (done, or more than FOLD_AFTER past due)
    mark_done / snooze / reopen       -> the marks as they were before (give them to restore() to undo)
    reminders(store, pack, now)       -> what the tray says now (and it is remembered as said)

An item's key is made of where it comes from (source, shop, plan or document id), the rule, what is to
be done and by when: it stays the same across restarts and re-checks, and changes when the clock itself
changes (another due time is another item, which the seller has not dealt with yet).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta

from .clocks import SOON
from .deadlines import Deadline, collect
from .rulepack import RulePack
from .store import Shop, Store
from .values import BEIJING, iso

FOLD_AFTER = timedelta(days=30)  # a deadline missed longer ago than this folds away ("已过期")
REMIND_BEFORE = timedelta(hours=1)  # an item's own reminder: this long before it falls due …
REMIND_LATE = timedelta(hours=1)  # … or, the app having been closed then, up to this long after
DIGEST_DAY = "reminders.digest_day"  # setting: the day (YYYY-MM-DD) of the last daily digest
MORNING = time(9, 0)

OPEN, SNOOZED, DONE, EXPIRED = "open", "snoozed", "done", "expired"
STATE_ZH = {OPEN: "待办", SNOOZED: "已延后", DONE: "已完成", EXPIRED: "已过期"}

Target = tuple[str, int | None]  # (key, shop id): what the mark functions take


def item_key(shop_id: int | None, deadline: Deadline, occurrence: int = 0) -> str:
    """The stable key of a board item (`occurrence` tells apart two items of one plan that would
    otherwise have the same key: two prizes of one title drawn at the same time)."""
    raw = json.dumps([deadline.source, shop_id, deadline.plan_id, deadline.rule, deadline.what,
                      iso(deadline.due), occurrence], ensure_ascii=False)
    from hashlib import sha1  # here: loading OpenSSL is ~4 ms of the app's first frame (the board tab)

    return sha1(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Mark:
    """What the seller did with one item (all None: nothing)."""

    key: str
    shop_id: int | None
    done_at: datetime | None = None
    snoozed_until: datetime | None = None
    reminded_at: datetime | None = None


@dataclass(frozen=True)
class BoardItem:
    key: str
    shop: Shop
    deadline: Deadline
    state: str  # OPEN | SNOOZED | DONE | EXPIRED
    rule_title: str  # the rule's Chinese title (its id when the pack does not know it)
    rule_source: str  # 《announcement》YYYY-MM-DD, or ""
    mark: Mark
    plan_label: str = ""  # when the plan was saved: MM-DD, with the time where that alone does not tell
    #                       two plans of one name apart; "" when unknown
    plan_number: int | None = None  # the plan's number, where even the time does not tell them apart

    @property
    def target(self) -> Target:
        return self.key, self.shop.id

    @property
    def source(self) -> str:
        return self.deadline.source

    @property
    def what(self) -> str:
        return self.deadline.what

    @property
    def due(self) -> datetime:
        return self.deadline.due

    @property
    def rule(self) -> str:
        return self.deadline.rule

    @property
    def overdue(self) -> bool:
        return self.deadline.overdue

    @property
    def is_deadline(self) -> bool:
        return self.deadline.is_deadline

    @property
    def folded(self) -> bool:
        return self.state in (DONE, EXPIRED)

    @property
    def done_at(self) -> datetime | None:
        return self.mark.done_at

    @property
    def snoozed_until(self) -> datetime | None:
        return self.mark.snoozed_until

    def where_text(self) -> str:
        """The plan by its name and date, so two plans of one name can be told apart:
        6月10日晚场直播（12-05 更新）."""
        if not self.plan_label:
            return self.deadline.where
        number = f" · 编号 {self.plan_number}" if self.plan_number is not None else ""
        return f"{self.deadline.where}（{self.plan_label} {'导入' if self.source == 'listing' else '更新'}{number}）"


def plan_date(updated_at: str | None, now: datetime, precise: bool = False) -> str:
    """When a plan was saved, as a seller tells it: MM-DD (YYYY-MM-DD in another year), with HH:MM when
    `precise`; "" when unknown."""
    if not updated_at:
        return ""
    try:
        moment = datetime.fromisoformat(updated_at)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(BEIJING)
    return moment.strftime(("%m-%d" if moment.year == now.year else "%Y-%m-%d") + (" %H:%M" if precise else ""))


def plan_labels(plans: Iterable[tuple[int | None, str, str, int | None, str | None]],
                now: datetime) -> dict[tuple[int | None, str, int | None], tuple[str, int | None]]:
    """The label of each plan, given (shop id, kind, name, plan id, updated_at): its date; the time
    too where two plans of one shop, kind and name were saved on the same day; and its number where
    even that is the same. Keyed by (shop id, kind, plan id)."""
    by_name: dict[tuple[int | None, str, str], dict[int | None, str | None]] = {}
    for shop_id, kind, name, plan_id, updated_at in plans:
        by_name.setdefault((shop_id, kind, name), {})[plan_id] = updated_at
    out: dict[tuple[int | None, str, int | None], tuple[str, int | None]] = {}
    for (shop_id, kind, _name), found in by_name.items():
        days = {pid: plan_date(at, now) for pid, at in found.items()}
        same_day = len(set(days.values())) < len(days)
        labels = {pid: plan_date(at, now, precise=same_day) for pid, at in found.items()}
        numbered = len(set(labels.values())) < len(labels)
        for pid, label in labels.items():
            out[(shop_id, kind, pid)] = (label, pid if numbered else None)
    return out


@dataclass
class Board:
    now: datetime
    shops: list[Shop]
    items: list[BoardItem]  # open (soonest first), then snoozed (soonest back first)
    folded: list[BoardItem]  # done and expired (latest due first)
    problems: list[str] = field(default_factory=list)

    @property
    def open_items(self) -> list[BoardItem]:
        """What is still to be done (open and snoozed): the calendar and the report list these."""
        return self.items

    def overdue(self) -> int:
        return sum(1 for i in self.items if i.state == OPEN and i.is_deadline and i.overdue)

    def soon(self) -> int:
        return sum(1 for i in self.items if i.state == OPEN and is_soon(i, self.now))

    def find(self, key: str) -> BoardItem | None:
        return next((i for i in self.items + self.folded if i.key == key), None)


def is_soon(item: BoardItem, now: datetime) -> bool:
    """A deadline not yet missed that falls within the next 24 hours."""
    return item.is_deadline and not item.overdue and item.due - now <= SOON


def state_of(deadline: Deadline, mark: Mark, now: datetime) -> str:
    if mark.done_at is not None:
        return DONE
    if deadline.is_deadline and now - deadline.due > FOLD_AFTER:
        return EXPIRED
    if mark.snoozed_until is not None and mark.snoozed_until > now:
        return SNOOZED
    return OPEN


def _rule_texts(pack: RulePack, rule_id: str) -> tuple[str, str]:
    rule = pack.rules.get(rule_id)
    if rule is None:
        return rule_id, ""
    return rule.title, f"《{rule.source.title}》{rule.source.date.isoformat()}"


def _arrange(now: datetime, shops: list[Shop], items: Iterable[BoardItem], problems: list[str]) -> Board:
    shown: list[BoardItem] = []
    folded: list[BoardItem] = []
    for item in items:
        (folded if item.folded else shown).append(item)
    shown.sort(key=lambda i: (i.state == SNOOZED, i.snoozed_until or i.due if i.state == SNOOZED else i.due,
                              i.shop.id or 0, i.what))
    folded.sort(key=lambda i: (i.due, i.what), reverse=True)
    return Board(now, shops, shown, folded, problems)


def load(store: Store, pack: RulePack, now: datetime, shop: Shop | None = None) -> Board:
    """The board of one shop, or of every shop (shop None), as of `now`."""
    shops = [shop] if shop is not None else store.shops()
    found: list[BoardItem] = []
    problems: list[str] = []
    keyed: list[tuple[Shop, str, Deadline]] = []
    for one in shops:
        deadlines, trouble = collect(store, one, pack, now)
        problems.extend(trouble if shop is not None else [f"{one.name}：{p}" for p in trouble])
        seen: dict[str, int] = {}
        for deadline in deadlines:
            base = item_key(one.id, deadline)
            occurrence = seen.get(base, 0)
            seen[base] = occurrence + 1
            keyed.append((one, item_key(one.id, deadline, occurrence) if occurrence else base, deadline))
    marks = read_marks(store, [key for _shop, key, _d in keyed])
    labels = plan_labels(((one.id, d.source, d.where, d.plan_id, d.updated_at) for one, _key, d in keyed), now)
    for one, key, deadline in keyed:
        mark = marks.get(key) or Mark(key, one.id)
        title, source = _rule_texts(pack, deadline.rule)
        label, number = labels.get((one.id, deadline.source, deadline.plan_id), ("", None))
        found.append(BoardItem(key, one, deadline, state_of(deadline, mark, now), title, source, mark, label, number))
    return _arrange(now, shops, found, problems)


def with_marks(board: Board, marks: Iterable[Mark]) -> Board:
    """The board with these marks in place of the ones it was loaded with (what the window shows at
    once after a mark is written, without collecting the deadlines again)."""
    by_key = {m.key: m for m in marks}
    items = [replace(i, mark=by_key[i.key], state=state_of(i.deadline, by_key[i.key], board.now))
             if i.key in by_key else i for i in board.items + board.folded]
    return _arrange(board.now, board.shops, items, board.problems)


# Marks --------------------------------------------------------------------------------------------
def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def read_marks(store: Store, keys: Sequence[str]) -> dict[str, Mark]:
    """The marks kept for these keys (keys without one are left out)."""
    out: dict[str, Mark] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        rows = store._rows(f"SELECT key, shop_id, done_at, snoozed_until, reminded_at FROM board_state "
                           f"WHERE key IN ({', '.join('?' * len(chunk))})", chunk)
        for row in rows:
            out[row["key"]] = Mark(row["key"], row["shop_id"], _time(row["done_at"]), _time(row["snoozed_until"]),
                                   _time(row["reminded_at"]))
    return out


def _marks(store: Store, targets: Sequence[Target]) -> list[Mark]:
    kept = read_marks(store, [key for key, _shop in targets])
    return [kept.get(key) or Mark(key, shop_id) for key, shop_id in dict.fromkeys(targets)]


def _write(store: Store, marks: Sequence[Mark], now: datetime) -> None:
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO board_state (key, shop_id, done_at, snoozed_until, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET done_at = excluded.done_at, snoozed_until = excluded.snoozed_until, "
            "updated_at = excluded.updated_at",
            [(m.key, m.shop_id if store.has_shop(m.shop_id) else None,
              iso(m.done_at) if m.done_at else None, iso(m.snoozed_until) if m.snoozed_until else None, iso(now))
             for m in marks])


def _change(store: Store, targets: Sequence[Target], now: datetime, done_at: datetime | None,
            snoozed_until: datetime | None) -> tuple[list[Mark], list[Mark]]:
    with store.write():
        before = _marks(store, targets)
        after = [replace(m, done_at=done_at, snoozed_until=snoozed_until) for m in before]
        _write(store, after, now)
    return before, after


def mark_done(store: Store, targets: Sequence[Target], now: datetime) -> tuple[list[Mark], list[Mark]]:
    """Mark items done. Returns the marks before (to undo with restore()) and after."""
    return _change(store, targets, now, now, None)


def snooze(store: Store, targets: Sequence[Target], until: datetime, now: datetime) -> tuple[list[Mark], list[Mark]]:
    """Put items out of sight (and out of the reminders) until a time. Returns the marks before and after."""
    return _change(store, targets, now, None, until)


def reopen(store: Store, targets: Sequence[Target], now: datetime) -> tuple[list[Mark], list[Mark]]:
    """Items back to open (neither done nor snoozed). Returns the marks before and after."""
    return _change(store, targets, now, None, None)


def restore(store: Store, before: Sequence[Mark], now: datetime) -> list[Mark]:
    """Undo: the done and snoozed marks as they were (the reminders given stay given)."""
    with store.write():
        current = {m.key: m for m in _marks(store, [(m.key, m.shop_id) for m in before])}
        after = [replace(current[m.key], done_at=m.done_at, snoozed_until=m.snoozed_until) for m in before]
        _write(store, after, now)
    return after


def snooze_choices(now: datetime) -> dict[str, datetime]:
    """The ready-made snooze times: in an hour, this evening at 20:00 (while it is before 19:00),
    tomorrow at 9:00."""
    now = now.astimezone(BEIJING)
    choices = {"hour": now + timedelta(hours=1)}
    if now.time() < time(19, 0):
        choices["evening"] = datetime.combine(now.date(), time(20, 0), tzinfo=BEIJING)
    choices["tomorrow"] = datetime.combine(now.date() + timedelta(days=1), MORNING, tzinfo=BEIJING)
    return choices


# Reminders -----------------------------------------------------------------------------------------
def _reminder_setting(shop_id: int | None) -> str:
    return f"reminders.shop.{shop_id}"


def reminders_on(store: Store, shop_id: int | None) -> bool:
    """Whether the tray reminds of this shop's deadlines (on unless the seller turned it off)."""
    return store.setting(_reminder_setting(shop_id), "on") != "off"


def set_reminders_on(store: Store, shop_id: int | None, on: bool) -> None:
    store.set_setting(_reminder_setting(shop_id), "on" if on else "off")


@dataclass(frozen=True)
class Reminders:
    """What the tray says now: the day's digest (None when it was given today already; may be empty
    when nothing is overdue or due within 24 hours) and the items falling due now, each said once."""

    now: datetime
    digest: list[BoardItem] | None
    due: list[BoardItem]

    def empty(self) -> bool:
        return not self.digest and not self.due


def _falls_due(item: BoardItem, now: datetime) -> bool:
    """Time for the item's own reminder: it falls due within REMIND_BEFORE (or did within REMIND_LATE),
    or the time it was snoozed to has come; and that was not said yet."""
    mark = item.mark
    if item.state != OPEN or not item.is_deadline:
        return False
    back = mark.snoozed_until
    if back is not None and back <= now:  # snoozed: reminded again when the snooze ends
        return mark.reminded_at is None or mark.reminded_at < back
    if mark.reminded_at is not None:
        return False
    return item.due - REMIND_BEFORE <= now <= item.due + REMIND_LATE


def reminders(store: Store, pack: RulePack, now: datetime, *, remember: bool = True) -> Reminders:
    """What the tray should say now, across every shop whose reminders are on; with `remember`, it is
    kept as said (the digest once a day, each item's reminder once)."""
    board = load(store, pack, now)
    wanted = {shop.id for shop in board.shops if reminders_on(store, shop.id)}
    items = [i for i in board.items if i.shop.id in wanted]
    today = now.astimezone(BEIJING).date().isoformat()
    digest = None
    if store.setting(DIGEST_DAY) != today:
        digest = [i for i in items if i.state == OPEN and i.is_deadline and (i.overdue or is_soon(i, now))]
    due = [i for i in items if _falls_due(i, now)]
    if remember:
        with store.write() as conn:
            if digest is not None:
                store.set_setting(DIGEST_DAY, today)
            conn.executemany(
                "INSERT INTO board_state (key, shop_id, reminded_at, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET reminded_at = excluded.reminded_at",
                [(i.key, i.shop.id, iso(now), iso(now)) for i in due])
    return Reminders(now, digest, due)
