"""The deadline board: every clock a seller must beat, gathered from what the tabs keep in the store,
soonest first. Each item says what to do, by when, and which rule sets the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .rulepack import RulePack
from .store import Shop, Store
from .values import start_of

if TYPE_CHECKING:  # the engine (every check) loads with the first collection, not with the board tab
    from .report import Report

SOURCES = {"lottery": "0元抽奖", "listing": "类目迁移", "trial": "试运营提现", "aftersale": "售后"}


AFTERSALE_TODO = {
    "refund_before_shipment": "答复发货前仅退款申请",
    "refund_after_shipment": "答复发货后退款/退货退款申请",
    "return_agreed": "等待买家填写退货信息（逾期不算商家超时）",
    "return_shipped": "签收并检查退货（逾期系统自动退款）",
}


@dataclass(frozen=True)
class Deadline:
    source: str      # a key of SOURCES
    what: str        # what the seller must do (Simplified Chinese)
    due: datetime    # Beijing time
    rule: str        # the rule id that sets the clock
    where: str       # the plan or document it comes from
    overdue: bool
    is_deadline: bool = True  # False for an opening (e.g. the next day a withdrawal is allowed)
    plan_id: int | None = None  # the stored plan or document it comes from (None: the product snapshot)
    updated_at: str | None = None  # when that plan was last saved (or the products imported), ISO
    path: str = ""  # where in the plan (a contract path, e.g. "prizes[0].shipped_at"): what the tab shows
    ref: str = ""  # what it is about, by its own id where it has one (the after-sale's order number)


class _Reports:
    """Checks each stored document of a kind; a document that cannot be checked is noted, not fatal."""

    def __init__(self, store: Store, shop: Shop, pack: RulePack, now: datetime) -> None:
        self.store, self.shop, self.pack, self.now = store, shop, pack, now
        self.problems: list[str] = []

    def of(self, kind: str, prepare: Callable[[dict[str, Any]], None] | None = None) -> Iterator[tuple[Plan, Report]]:
        from .engine import check

        for plan in self.store.plans(self.shop.id, kind):
            full = self.store.plan(plan["id"])
            data = dict(full["data"])
            data["shop"] = {**(data.get("shop") or {}), **self.shop.as_contract()}
            if prepare:
                prepare(data)
            try:
                report = check(kind, data, self.now, self.pack)
            except InputError as exc:
                self.problems.append(f"{SOURCES[kind]}“{full['name']}”：{exc.field}：{exc.message}")
                continue
            yield Plan(full["name"], full["id"], full["updated_at"]), report


@dataclass(frozen=True)
class Plan:
    """The plan a deadline comes from: its name, id and when it was last saved."""

    name: str
    id: int
    updated_at: str | None


def _lottery(reports: _Reports, now: datetime) -> Iterator[Deadline]:
    for plan, report in reports.of("lottery"):
        for index, prize in enumerate(report.facts["prizes"]):
            if prize["ship_by"] and not prize["shipped_at"]:
                due = datetime.fromisoformat(prize["ship_by"])
                yield Deadline("lottery", f"奖品“{prize['title'] or '未命名'}”发货", due,
                               "ks.lottery.ship_48h", plan.name, due < now, plan_id=plan.id,
                               updated_at=plan.updated_at, path=f"prizes[{index}].shipped_at")


def _trial(reports: _Reports, now: datetime) -> Iterator[Deadline]:
    if reports.shop.platform != "douyin":
        return
    for plan, report in reports.of("trial", lambda data: data.pop("withdrawal_request", None)):
        if report.facts.get("status") == "in_trial" and report.facts.get("next_withdraw_date"):
            day = date.fromisoformat(report.facts["next_withdraw_date"])
            yield Deadline("trial", f"下次可提现（{report.facts['withdraw_min']}–{report.facts['withdraw_max']} 元）",
                           start_of(day), "dy.trial.withdraw_frequency", plan.name, False, is_deadline=False,
                           plan_id=plan.id, updated_at=plan.updated_at, path="withdrawal_request")
        return  # one trial document per shop


def _aftersale(reports: _Reports, now: datetime) -> Iterator[Deadline]:
    for plan, report in reports.of("aftersale"):
        for index, row in enumerate(report.facts["deadlines"]):  # in the order of the events
            if row["done"]:
                continue
            due = datetime.fromisoformat(row["deadline"])
            yield Deadline("aftersale", f"售后单 {row['id']}：{AFTERSALE_TODO.get(row['type'], '处理售后')}",
                           due, row["rule"], plan.name, due < now, plan_id=plan.id,
                           updated_at=plan.updated_at, path=f"events[{index}]", ref=str(row["id"]))


def _listing(reports: _Reports, now: datetime) -> Iterator[Deadline]:
    from .listing_results import migration_deadline
    from .products import snapshot_info

    shop = reports.shop
    info = snapshot_info(reports.store, shop.id) if shop.platform == "kuaishou" and shop.id is not None else None
    if info is None:
        return
    try:
        deadline = migration_deadline(reports.store, shop, reports.pack, now)
    except InputError as exc:
        reports.problems.append(f"{SOURCES['listing']}：{exc.field}：{exc.message}")
        return
    if deadline and deadline["to_move"]:
        due = start_of(date.fromisoformat(deadline["close_on"]))
        yield Deadline("listing", f"迁移 {deadline['to_move']} 件商品出“{' > '.join(deadline['from'])}”类目", due,
                       "ks.category.closed", "商品快照", due <= now, updated_at=info["imported_at"],
                       path="products")


COLLECTORS: list[Callable[[_Reports, datetime], Iterator[Deadline]]] = [_lottery, _listing, _trial, _aftersale]


def collect(store: Store, shop: Shop, pack: RulePack, now: datetime) -> tuple[list[Deadline], list[str]]:
    """Every clock of the shop, soonest first, and the plans that could not be checked (named, with why)."""
    reports = _Reports(store, shop, pack, now)
    items = [item for collector in COLLECTORS for item in collector(reports, now)]
    items.sort(key=lambda d: d.due)
    return items, reports.problems


def due_within(items: list[Deadline], now: datetime, hours: float) -> list[Deadline]:
    """Deadlines not yet past that fall within the next `hours` (what a reminder should mention)."""
    return [d for d in items if d.is_deadline and now <= d.due and (d.due - now).total_seconds() <= hours * 3600]


def collect_all(store: Store, pack: RulePack, now: datetime) -> list[tuple[Shop, list[Deadline]]]:
    """Every shop's clocks (the tray reminder's question), soonest first per shop."""
    return [(shop, collect(store, shop, pack, now)[0]) for shop in store.shops()]
