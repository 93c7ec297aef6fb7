"""The listing check's result, kept per product snapshot, so the deadline board never re-checks
products (200,000 of them take seconds).

A kept result is valid while nothing it depends on has changed: the shop's snapshot (its batch), the
seller's migration marks and category caps (their revisions), the rule pack (its version) and which
of the listing rules' dates the moment has passed (`epoch`). Whoever runs the listing check (an
import, the 类目迁移 tab, the board when the kept one is stale) stores what the board needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from hashlib import sha1
from typing import Any

from .release import release
from .engine import check, current_pack
from .products import listing_input, revisions
from .report import Report
from .rulepack import RulePack
from .store import Shop, Store
from .values import BEIJING, iso, start_of


def epoch(pack: RulePack, now: datetime) -> int:
    """How many of the listing rules' dates (in force from/to, parameter values since) lie at or
    before `now`: the result of the check can only change when this does."""
    days: set[date] = set()
    for rule in pack:
        if rule.kind != "listing":
            continue
        days.update(d for d in (rule.effective_from, rule.effective_to) if d is not None)
        days.update(v.since for values in rule.params.values() for v in values)
        for values in rule.params.values():  # a close date kept as a parameter counts too
            for v in values:
                if isinstance(v.value, str) and len(v.value) == 10 and v.value[4] == "-":
                    try:
                        days.add(date.fromisoformat(v.value))
                    except ValueError:
                        pass
    return sum(1 for d in days if start_of(d) <= now)


def key(store: Store, shop: Shop, pack: RulePack, now: datetime) -> str:
    """What a kept result depends on, as one string (the shop's own facts included: its type sets
    the caps; of the pack, only what decides the listing check: a new pack that leaves the listing
    rules alone keeps the result)."""
    assert shop.id is not None
    batch, marks, caps = revisions(store, shop.id)
    facts = sha1(json.dumps(shop.as_contract(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]
    return f"{batch}:{marks}:{caps}:{pack.fingerprint('listing')}:{epoch(pack, now)}:{facts}"


def store_result(store: Store, shop: Shop, report: Report, pack: RulePack) -> None:
    """Keep what the board needs of a listing report computed for the shop as it is stored now."""
    assert shop.id is not None
    deadline = report.facts.get("migration_deadline")
    with store.write() as conn:
        conn.execute("INSERT INTO listing_results (shop_id, key, computed_at, deadline) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (shop_id) DO UPDATE SET key = excluded.key, computed_at = excluded.computed_at, "
                     "deadline = excluded.deadline",
                     [shop.id, key(store, shop, pack, report.as_of), iso(datetime.now(BEIJING)),
                      json.dumps(deadline, ensure_ascii=False) if deadline is not None else None])


def refresh(store: Store, shop: Shop, pack: RulePack | None = None, now: datetime | None = None) -> Report:
    """Check the shop's stored products now, and keep the result."""
    pack = pack or current_pack()
    data = listing_input(store, shop)
    report = check("listing", data, now or datetime.now(BEIJING), pack)
    release(data.pop("products"))  # see core.release: 200,000 product dicts
    store_result(store, shop, report, pack)
    return report


def migration_deadline(store: Store, shop: Shop, pack: RulePack, now: datetime) -> dict[str, Any] | None:
    """The `migration_deadline` fact of the shop's listing check: the kept one when it is still valid
    (milliseconds), else the check is run again and kept (seconds, for a big shop: the board collects
    off the UI thread)."""
    assert shop.id is not None
    rows = store._rows("SELECT key, deadline FROM listing_results WHERE shop_id = ?", [shop.id])
    if rows and rows[0]["key"] == key(store, shop, pack, now):
        raw = rows[0]["deadline"]
        return json.loads(raw) if raw else None
    fact = refresh(store, shop, pack, now).facts.get("migration_deadline")
    return fact if isinstance(fact, dict) else None


@dataclass
class Listing:
    """A shop's products (in the order the check indexes them), its caps, its last import, and the
    listing check of them (what the 类目迁移 tab shows)."""

    shop_id: int
    products: list[dict[str, Any]]
    caps: dict[str, int]
    info: dict[str, Any] | None
    report: Report


def load(store: Store, shop: Shop, pack: RulePack | None = None, now: datetime | None = None,
         report: Report | None = None) -> Listing:
    """Read the shop's products and check them (unless `report`, just computed on them, is given);
    the result is kept for the board."""
    from .products import category_caps, products, snapshot_info

    assert shop.id is not None
    pack = pack or current_pack()
    found = products(store, shop.id)
    caps = category_caps(store, shop.id)
    if report is None:
        data = {"shop": shop.as_contract(), "products": found, "category_caps": caps}
        report = check("listing", data, now or datetime.now(BEIJING), pack)
        store_result(store, shop, report, pack)
    return Listing(shop.id, found, caps, snapshot_info(store, shop.id), report)
