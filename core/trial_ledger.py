"""The withdrawal ledger's arithmetic, without Qt: recording a withdrawal (and the deposit top-up the
platform makes with it), undoing one, and the deposit balance over time.

A ledger entry is the contract's {date, amount} plus what recording it did to the balances:
`topup` (the deposit top-up, "0.00" once the deposit is paid) and `deposit_after`, both None for an
entry recorded after the fact ("补记": the seller's balances already include it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import InputError
from .values import fmt_money

MONEY_FIELDS = ("deposit_required", "deposit_balance", "sales_balance", "paid_amount")
COUNT_FIELDS = ("paid_orders", "online_products", "general_violations", "serious_violations",
                "violating_orders", "influencer_points_30d")
# No trial shop comes near these; past them a pasted number is a typo, and the check's Decimal and
# int arithmetic fails on it ("1e999999" cannot be rounded to cents, 5000 digits cannot be an int).
MAX_MONEY = Decimal(10) ** 12
MAX_COUNT_DIGITS = 9


def blank_trial(today: date) -> dict[str, Any]:
    """A new shop's trial data: started today, nothing else known, no violations."""
    return {"started": today.isoformat(), "deposit_required": "", "deposit_balance": "", "sales_balance": "",
            "paid_orders": "", "paid_amount": "", "online_products": "", "general_violations": 0,
            "serious_violations": 0, "violating_orders": 0, "influencer_points_30d": 0,
            "withdrawals": [], "receipts": []}


def number(value: Any) -> Decimal:
    """A money value the check has accepted ("1,800" included) as a Decimal."""
    return Decimal(str(value).strip().replace(",", ""))


def refuse_unreadable(data: dict[str, Any]) -> None:
    """Raise InputError for a value the check would fail on rather than refuse (its message says
    what to do); every other bad value is the check's to name."""
    trial = data.get("trial")
    trial = trial if isinstance(trial, dict) else {}
    money_values = [(f"trial.{key}", trial.get(key)) for key in MONEY_FIELDS]
    for which in ("withdrawals", "receipts"):
        rows = trial.get(which)
        money_values += [(f"trial.{which}[{i}].amount", row.get("amount"))
                         for i, row in enumerate(rows if isinstance(rows, list) else []) if isinstance(row, dict)]
    request = data.get("withdrawal_request")
    if isinstance(request, dict):
        money_values.append(("withdrawal_request.amount", request.get("amount")))
    for path, value in money_values:
        try:
            amount = Decimal(str(value).strip().replace(",", ""))
        except InvalidOperation:
            continue
        if amount.is_finite() and abs(amount) >= MAX_MONEY:
            raise InputError(path, f"金额过大：{value}。请核对是否多输了数字。")
    for key in COUNT_FIELDS:
        value = trial.get(key)
        digits = value.strip().lstrip("-") if isinstance(value, str) else ""
        if digits.isdigit() and not digits.isdecimal():  # "²" passes isdigit() but not int()
            raise InputError(f"trial.{key}", f"应为整数：{value!r}")
        if len(digits) > MAX_COUNT_DIGITS and digits.isdecimal():
            raise InputError(f"trial.{key}", f"数字过大：{value}。请核对是否多输了数字。")


def updated(entry: dict[str, Any]) -> bool:
    """Whether recording this entry changed the balances (so deleting it changes them back)."""
    return entry.get("topup") is not None


def record(trial: dict[str, Any], on: date, amount: Decimal,
           deposit_after: Decimal | None) -> tuple[dict[str, Any], int]:
    """The trial with the withdrawal added to the ledger (kept in date order), and its row.

    With `deposit_after` (the check's fact for this withdrawal) the balances follow the platform:
    the sales balance pays the withdrawal and the top-up, the deposit receives the top-up.
    Without it the entry is a record of the past and the balances stay as the seller entered them.
    """
    out = dict(trial)
    entry: dict[str, Any] = {"date": on.isoformat(), "amount": fmt_money(amount), "topup": None,
                             "deposit_after": None}
    if deposit_after is not None:
        deposit = number(trial["deposit_balance"])
        topup = deposit_after - deposit
        entry["topup"] = fmt_money(topup)
        entry["deposit_after"] = fmt_money(deposit_after)
        out["deposit_balance"] = fmt_money(deposit_after)
        out["sales_balance"] = fmt_money(number(trial["sales_balance"]) - amount - topup)
    ledger = list(trial.get("withdrawals") or [])
    at = sum(1 for w in ledger if str(w.get("date", ""))[:10] <= entry["date"])
    ledger.insert(at, entry)
    out["withdrawals"] = ledger
    return out, at


def delete(trial: dict[str, Any], row: int) -> dict[str, Any]:
    """The trial without ledger entry `row`; an entry that changed the balances changes them back."""
    out = dict(trial)
    ledger = list(trial.get("withdrawals") or [])
    entry = ledger.pop(row)
    out["withdrawals"] = ledger
    if updated(entry):
        amount, topup = number(entry["amount"]), number(entry["topup"])
        out["deposit_balance"] = fmt_money(number(trial["deposit_balance"]) - topup)
        out["sales_balance"] = fmt_money(number(trial["sales_balance"]) + amount + topup)
    return out


@dataclass(frozen=True)
class BalanceRow:
    """One point of the deposit balance over time."""

    on: str  # YYYY-MM-DD
    event: str  # withdrawal | today | planned
    amount: str | None  # the withdrawal, for withdrawal and planned rows
    change: str | None  # the deposit top-up
    balance: str
    shortfall: str
    estimated: bool = False  # worked back from a later balance, not seen when recorded


def history(trial: dict[str, Any], today: date, planned: tuple[date, Decimal, Decimal] | None = None,
            limited: bool = True) -> list[BalanceRow]:
    """The deposit balance after each recorded withdrawal, today, and after a planned one.

    `planned` is (date, amount, deposit_after). An entry recorded after the fact gets its balance
    worked back from the next known one, assuming the platform topped up by the amount withdrawn
    (`limited`: the deposit was not yet paid).
    """
    required = number(trial["deposit_required"])
    current = number(trial["deposit_balance"])
    ledger = sorted(trial.get("withdrawals") or [], key=lambda w: str(w.get("date", ""))[:10])
    balances: list[tuple[Decimal, Decimal, bool]] = []  # (balance, top-up, estimated), newest first
    running = current
    for entry in reversed(ledger):
        amount = _decimal(entry.get("amount"))
        if entry.get("deposit_after") is not None:
            shown, estimated = number(entry["deposit_after"]), False
        else:
            shown, estimated = running, True
        topup = number(entry["topup"]) if updated(entry) else (amount if limited else Decimal(0))
        balances.append((shown, topup, estimated))
        running = shown - topup
    rows = [BalanceRow(str(entry.get("date", ""))[:10], "withdrawal", _shown(entry.get("amount")),
                       fmt_money(topup), fmt_money(shown), fmt_money(max(required - shown, Decimal(0))),
                       estimated)
            for entry, (shown, topup, estimated) in zip(ledger, reversed(balances))]
    rows.append(BalanceRow(today.isoformat(), "today", None, None, fmt_money(current),
                           fmt_money(max(required - current, Decimal(0)))))
    if planned is not None:
        on, amount, after = planned
        rows.append(BalanceRow(on.isoformat(), "planned", fmt_money(amount), fmt_money(after - current),
                               fmt_money(after), fmt_money(max(required - after, Decimal(0)))))
    return rows


def _decimal(value: Any) -> Decimal:
    return number(value) if value not in (None, "") else Decimal(0)


def _shown(value: Any) -> str | None:
    return fmt_money(_decimal(value)) if value not in (None, "") else None
