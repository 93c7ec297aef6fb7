"""保证金与试运营: a Douyin 0元入驻 trial shop at a glance — status and what ends the trial, the
deposit, the restrictions, withdrawals (planned and recorded), and when sales settle.

The seller's data is one document per shop in the store (kind "trial", the contract's trial.json
shape). Every change is checked at once and saved by an Autosaver as typed; a value the check cannot
read is shown as a field error and kept (in its field and in the store) until it is corrected.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from core.facts import trial as trial_facts
from core.engine import check
from core.errors import InputError
from core.report import Report
from core.rulepack import RulePack
from core.store import Shop, Store
from core.values import BEIJING, money
from core.importers.base import ImportResult
from core.importers.receipts import import_receipts
from core.progress import Progress
from gui import palette
from gui.dialogs import confirm
from gui.text import fill, money as text_money
from gui.autosave import Autosaver
from gui.errors import describe
from gui.import_questions import ask_again
from gui.ops import Op
from gui.findings_panel import FindingsPanel
from gui.shop_context import ShopContext
from core import trial_ledger as ledger
from gui.tabs.trial.dashboard import Dashboard
from gui.tabs.trial.form import TrialForm
from gui.tabs.trial.notice import NoticePage
from gui.tabs.trial.paths import field_label, focus, form_key
from gui.tabs.trial.planner import WithdrawalPlanner
from gui.tabs.trial.receipts_panel import ReceiptsView
from gui.layout import column, panes

KIND = "trial"
PAGES = ("dashboard", "planner", "receipts", "form")


def now() -> datetime:
    """The moment the check is made for (Beijing time); tests may replace it."""
    return datetime.now(BEIJING)


class TrialTab(QWidget):
    """The 保证金与试运营 tab for the current shop."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack, self.shops = store, pack, shops
        self.report: Report | None = None  # with the planned withdrawal; None while input is unreadable
        self.trial_report: Report | None = None  # the shop's data alone
        self._shop_id: int | None = None
        self._plan_id: int | None = None
        self._saved: dict[str, Any] | None = None
        self._loading = False
        self._recheck = QTimer(self, singleShot=True, interval=0)
        self._recheck.timeout.connect(self.run_check)
        self.autosaver = Autosaver(self._write, lambda: self.tr("试运营数据"), self, snapshot=self.plan_data)
        self.autosaver.stateChanged.connect(self._show_saved)

        self.notice = NoticePage()  # not a trial shop: say why, offer the shop dialog
        self.notice.edit_shop.connect(self.shops.edit_requested.emit)
        self.dashboard = Dashboard()
        self.dashboard.fill_in.clicked.connect(lambda: self.show_page("form"))
        self.form = TrialForm()
        self.form.changed.connect(self.edited)
        self.planner = WithdrawalPlanner()
        self.planner.changed.connect(self.edited)
        self.planner.update_balances.toggled.connect(self.edited)
        self.planner.record.connect(self.record_withdrawal)
        self.planner.delete.connect(self.delete_withdrawal)
        self.receipts = ReceiptsView(lambda: now())
        self.receipts.importRequested.connect(self.import_receipts)
        model = self.receipts.model
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.edited)
        self.pages = QTabWidget()
        self.pages.addTab(self.dashboard, self.tr("概况"))
        self.pages.addTab(self.planner, self.tr("提现"))
        self.pages.addTab(self.receipts, self.tr("收货与结算"))
        self.pages.addTab(self.form, self.tr("试运营数据"))

        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.findings = FindingsPanel()
        self.findings.pathActivated.connect(self.focus_path)
        split = panes((self.pages, 3, 820), (column(self.saved_label, self.findings), 2, 460))

        self.stack = QStackedWidget()
        self.stack.addWidget(self.notice)
        self.stack.addWidget(split)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        shops.changed.connect(self.shop_changed)
        self.load()

    # The shop and its document ------------------------------------------------------------------
    def shop_changed(self, shop: Shop | None) -> None:
        if shop is not None and shop.id == self._shop_id:
            self.run_check()  # the same shop, edited: its type may have changed
        else:
            self.load()

    def load(self) -> None:
        """Show the current shop's trial data (a blank form for a shop without any)."""
        folder = self.store.path.parent / "unsaved" if self.store.path is not None else None
        kept = self.autosaver.flush_or_rescue(folder)  # pending edits belong to the shop shown so far
        self._recheck.stop()
        shop = self.shops.shop()
        self._shop_id = shop.id if shop else None
        self._plan_id, doc = None, None
        if shop is not None:
            plans = self.store.plans(shop.id, KIND)
            if plans:
                self._plan_id = plans[0]["id"]
                doc = self.store.plan(self._plan_id)["data"]
        self._saved = copy.deepcopy(doc)
        today = now().date()
        trial = doc.get("trial") if isinstance(doc, dict) and isinstance(doc.get("trial"), dict) else None
        trial = {**ledger.blank_trial(today), **(trial or {})}
        self._loading = True
        try:
            self.form.set_values(trial, today)
            self.planner.ledger.set_rows([dict(w) for w in trial.get("withdrawals") or [] if isinstance(w, dict)])
            self.receipts.set_rows([dict(r) for r in trial.get("receipts") or [] if isinstance(r, dict)])
            self.planner.set_request(doc.get("withdrawal_request") if isinstance(doc, dict) else None, today)
        finally:
            self._loading = False
        self.saved_label.setText(fill(self.tr("⚠ 上一个店铺的修改没能存进数据文件，已另存为 %1"), str(kept))
                                 if kept else "")
        self.run_check()

    def trial_data(self) -> dict[str, Any]:
        """The seller's trial data in the contract shape, as typed."""
        return {**self.form.values(), "withdrawals": [dict(w) for w in self.planner.ledger.rows],
                "receipts": [dict(r) for r in self.receipts.model.rows]}

    def plan_data(self) -> dict[str, Any]:
        """The check's input (and the stored document): shop, trial, and the planned withdrawal."""
        shop = self.shops.shop()
        data: dict[str, Any] = {"shop": shop.as_contract() if shop else {}, "trial": self.trial_data()}
        request = self.planner.request()
        if request is not None:
            data["withdrawal_request"] = request
        return data

    def _write(self) -> None:
        """Keep what is on screen, as typed (a draft with a mistake in it is kept too)."""
        doc = self.plan_data()
        if doc == self._saved or self._shop_id is None or not self.store.has_shop(self._shop_id):
            return
        self._plan_id = self.store.save_plan(self._shop_id, KIND, self.tr("试运营数据"), doc, self._plan_id)
        self._saved = copy.deepcopy(doc)

    def _show_saved(self, state: str, text: str) -> None:
        if state == "saved":
            self.saved_label.setStyleSheet(f"color: {palette.OK};")
            self.saved_label.setText(fill(self.tr("✔ 已自动保存 %1"), text))
        elif state == "failed":
            self.saved_label.setStyleSheet(f"color: {palette.ERROR};")
            self.saved_label.setText(fill(self.tr("⚠ 修改还没有保存：%1。修改仍在屏幕上，程序会每隔几秒自动重试。"), text))

    def edited(self, *_args: Any) -> None:
        if not self._loading:
            self.autosaver.changed()
            self._recheck.start()

    # Checking -----------------------------------------------------------------------------------
    def run_check(self) -> None:
        self._recheck.stop()
        if self.notice.explain(self.shops.shop()):
            self.report = self.trial_report = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        moment = now()
        data = self.plan_data()
        trial_only = {k: v for k, v in data.items() if k != "withdrawal_request"}
        missing = self.form.first_missing()
        try:
            if missing:
                raise InputError(f"trial.{missing}", self.tr("还没有填写，请按抖店后台的数字填写。"))
            ledger.refuse_unreadable(trial_only)
            trial_report = check(KIND, trial_only, moment, self.pack)
        except InputError as exc:
            self.report = self.trial_report = None
            self._input_error(exc.field, exc.message)
            why = fill(self.tr("“%1”还没有填写。") if missing else self.tr("“%1”填写有误。"), field_label(exc.field))
            self.dashboard.show_empty(why)
            self.planner.show_unknown(why)
            return
        self.trial_report = report = trial_report
        request_error: InputError | None = None
        if "withdrawal_request" in data:
            try:
                ledger.refuse_unreadable(data)
                report = check(KIND, data, moment, self.pack)
            except InputError as exc:
                request_error = exc
        self._show(report, data["trial"], moment, planned=request_error is None)
        if request_error is not None:
            self.report = None
            self._input_error(request_error.field, request_error.message)
        else:
            self.report = report
            self.form.mark_error(None)
            self.planner.mark_error(None)
            self.findings.show_findings(report.findings)

    def _show(self, report: Report, trial: dict[str, Any], moment: datetime, planned: bool) -> None:
        facts = trial_facts(report)
        deposit = money(trial["deposit_balance"], "trial.deposit_balance", allow_negative=True)
        required = money(trial["deposit_required"], "trial.deposit_required")
        limited = deposit < required
        refused = any(f.severity == "error" and f.path.startswith("withdrawal_request") for f in report.findings)
        self.dashboard.show_facts(dict(facts), str(deposit), str(required), plan_allowed=not refused)
        self.planner.show_facts(dict(facts), moment.date(), date.fromisoformat(trial["started"]), limited=limited,
                                negative=deposit < 0, per_month=facts["withdrawals_per_month"],
                                share=facts["max_share_percent"])
        request = self.planner.request()
        plan = None
        after_request = facts.get("deposit_after")
        if planned and request is not None and after_request is not None:
            amount = money(request["amount"], "withdrawal_request.amount")
            plan = (date.fromisoformat(request["date"]), amount, Decimal(after_request))
        self.planner.show_plan(refused, trial, plan)
        # a record of the past leaves the balances as they are: no planned point on their history
        after = plan if plan is not None and not refused and self.planner.update_balances.isChecked() else None
        self.planner.balances.set_rows(ledger.history(trial, moment.date(), after, limited=limited))
        self.receipts.show_settlements(facts["settlements"], moment, facts["settle_after_days"])

    def _input_error(self, field: str, message: str) -> None:
        self.findings.show_input_error(field, f"【{field_label(field)}】{message}")
        self.form.mark_error(form_key(field))
        self.planner.mark_error(field.split(".")[-1] if field.startswith("withdrawal_request") else None)
        self.saved_label.setStyleSheet(f"color: {palette.WARNING};")
        self.saved_label.setText(self.tr("有一处填写有误（已照填写保存）：改正后才会按它检查。"))

    # Withdrawals --------------------------------------------------------------------------------
    def _apply(self, trial: dict[str, Any]) -> None:
        """Show changed balances and ledger at once, then check (and save) them together."""
        self._loading = True
        try:
            for key in ("deposit_balance", "sales_balance"):
                self.form.edits[key].setText(str(trial[key] or ""))
            self.planner.ledger.set_rows(trial["withdrawals"])
        finally:
            self._loading = False
        self.run_check()
        self.autosaver.changed()
        self.autosaver.flush()  # a recorded or deleted withdrawal is kept at once

    def _refuse(self, title: str, text: str) -> bool:
        QMessageBox.information(self, title, text)
        return False

    def record_withdrawal(self) -> bool:
        """Add the planned withdrawal to the ledger (and, when asked, update the balances)."""
        self.run_check()
        title = self.tr("记录提现")
        request = self.planner.request()
        if request is None:
            self.planner.amount.setFocus()
            return self._refuse(title, self.tr("请先填写提现金额。"))
        if self.report is None:
            return self._refuse(title, self.tr("请先改正右侧标红的填写错误，再记录提现。"))
        on = date.fromisoformat(request["date"])
        if on > now().date():
            return self._refuse(title, fill(self.tr("提现日期 %1 还没到：请到那天提现后再记录。现在可以先看右侧的检查结果。"), on.isoformat()))
        update = self.planner.update_balances.isChecked()
        errors = [f.message for f in self.report.findings
                  if f.severity == "error" and f.path.startswith("withdrawal_request")]
        if update and errors:
            QMessageBox.warning(self, self.tr("不能记录这笔提现"),
                                fill(self.tr("这笔提现不符合试运营规则，平台不会受理：\n\n%1\n\n"
                                        "如果这是以前已经完成的提现，请取消勾选“同时更新余额”后补记。"), "\n".join(f"• {m}" for m in errors)))
            return False
        amount = money(request["amount"], "withdrawal_request.amount")
        after = Decimal(self.report.facts["deposit_after"]) if update else None
        trial = self.trial_data()
        if after is not None:
            needed = amount + after - ledger.number(trial["deposit_balance"])
            sales = ledger.number(trial["sales_balance"])
            if needed > sales:  # a paid-up shop has no 50% cap: the balance itself is the limit
                return self._refuse(title, fill(self.tr("货款余额 %1 元不够：这笔提现（含等额充值保证金）共需 %2 元。"), text_money(sales), text_money(needed)))
        trial, row = ledger.record(trial, on, amount, after)
        self._loading = True
        self.planner.clear_request()
        self._loading = False
        self._apply(trial)
        self.planner.ledger_table.selectRow(row)
        return True

    def delete_withdrawal(self) -> bool:
        title = self.tr("删除提现记录")
        row = self.planner.selected_row()
        if row < 0:
            return self._refuse(title, self.tr("请先在提现记录中选中要删除的一行。"))
        entry = self.planner.ledger.rows[row]
        if ledger.updated(entry) and self.trial_report is None:
            return self._refuse(title, self.tr("请先改正右侧标红的填写错误：删除这笔记录要改回余额。"))
        question = fill(self.tr("删除 %1 提现 %2 元的记录？"), str(entry.get("date", ""))[:10], str(entry.get("amount") or ""))
        if ledger.updated(entry):
            amount, topup = ledger.number(entry["amount"]), ledger.number(entry["topup"])
            question += "\n\n" + (fill(self.tr("记录时按规则改过余额，删除后改回：货款余额加回 %1 元，保证金余额减去 %2 元。"), text_money(amount + topup), text_money(topup)))
        else:
            question += "\n\n" + self.tr("这是补记的记录，删除后余额不变。")
        if not confirm(self, title, question):
            return False
        self._apply(ledger.delete(self.trial_data(), row))
        return True

    # Importing receipts -------------------------------------------------------------------------
    def import_receipts(self, path: str, choice: dict[str, str] | None = None) -> bool:
        """Import receipts into the shop's stored trial document off the UI thread (all or nothing):
        what is on screen is saved first, and shown again from the store after."""
        shop = self.shops.shop()
        if shop is None:
            return False
        if not self.autosaver.flush():
            QMessageBox.warning(self, self.tr("无法导入"), fill(self.tr("当前的修改还没有保存（%1），请稍后再导入。"), self.autosaver.error))
            return False
        target = replace(shop)

        def work(store: Store, progress: Progress) -> ImportResult:
            return import_receipts(store, target, path, progress=progress, choice=choice)

        def done(result: ImportResult) -> None:
            self.pages.setEnabled(True)
            self.load()
            self.show_page("receipts")
            self.receipts.show_imported(result)

        def failed(exc: BaseException) -> None:
            self.pages.setEnabled(True)
            if not ask_again(self, exc, lambda chosen, _answers: self.import_receipts(path, chosen)):
                QMessageBox.warning(self, self.tr("没有导入"), describe(exc))

        self.pages.setEnabled(False)
        Op(self, work, store=self.store, title=self.tr("导入收货记录")).with_progress(
            self.tr("正在导入收货记录…")).success(done).failure(failed).cancelled(
            lambda: self.pages.setEnabled(True)).run()
        return True

    # Finding -> field ---------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(name))

    def focus_path(self, path: str) -> None:
        """Show the field, cell or part of the dashboard a finding is about."""
        focus(self, path)
