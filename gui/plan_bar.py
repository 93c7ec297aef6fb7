"""The saved-plans bar a tab puts on top: pick, new, rename, delete, open/save a .json file.

The tab owns the plan's content; the bar keeps it in the store (an Autosaver: within a second of
the last edit, and at once when the seller leaves the plan) and in files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QWidget,
)

from core.errors import InputError, StoreError
from core.planfile import read_plan, write_plan
from core.store import Store
from gui import palette
from gui.dialogs import confirm
from gui.text import fill
from gui.autosave import Autosaver, settle
from gui.errors import show_error
from gui.ops import Op
from gui.shop_context import ShopContext
from gui.undo_bar import UndoBar

_OLD_UNNAMED = "未命名方案"  # what plans were called before they were named from their content


def part(data: dict[str, Any], key: str) -> dict[str, Any]:
    """A table inside a plan (empty when it is missing or not a table)."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def plan_day(data: dict[str, Any]) -> date | None:
    """The day a plan is about: its live session's start, its first coupon's issue time, or the
    challenge's date (None when it names none that can be read)."""
    def read(value: Any) -> date | None:
        try:
            return datetime.fromisoformat(str(value).strip()).date() if value else None
        except ValueError:
            return None
    session, coupon, challenge = part(data, "session"), part(data, "coupon"), part(data, "challenge")
    return read(session.get("start")) or read(coupon.get("issue_at")) or read(challenge.get("date"))


def unique(name: str, taken: set[str]) -> str:
    """`name`, or it with （2）, （3）… when another plan of the shop is called that already."""
    if name not in taken:
        return name
    n = 2
    while f"{name}（{n}）" in taken:
        n += 1
    return f"{name}（{n}）"


class PlanBar(QWidget):
    """Emits `opened(data, prepared)` when the tab must show a plan; call `changed()` after every edit.

    A stored plan is read off the UI thread (a 10,000-entry knowledge base is megabytes of JSON).
    `prepare()`, when given, is called on the UI thread as the read starts and returns a function of
    the plan's data that runs on the worker too: its result is `prepared` (None for a blank plan or
    a file, which the tab then prepares itself). Until the plan arrives, the one on screen stays the one
    edited and saved, and the tab (told by `reading`) takes no edits until the next one is shown: an
    edit made meanwhile would be shown over by the plan as it was read."""

    opened = Signal(object, object)  # the plan (a dict) and what was prepared with it: passed as they are, not
    # converted to a QVariantMap and back (for a 10,000-entry knowledge base that took ~90 ms of the UI thread)
    reading = Signal(bool)  # a stored plan is being read: the tab takes no edits meanwhile

    def __init__(self, store: Store, shops: ShopContext, kind: str,
                 current_data: Callable[[], dict[str, Any]],
                 blank_data: Callable[[], dict[str, Any]], parent: QWidget | None = None,
                 prepare: Callable[[], Callable[[dict[str, Any]], Any]] | None = None) -> None:
        super().__init__(parent)
        self.store, self.shops, self.kind = store, shops, kind
        self.current_data, self.blank_data, self.prepare = current_data, blank_data, prepare
        self._opening = 0  # the number of the newest open asked for (an older one that arrives late is dropped)
        self._reading: Op[Any] | None = None
        self.plan_id: int | None = None
        self._auto: set[int | None] = {None}  # plans named from their content (renamed as it changes)
        self._deleted: tuple[int | None, str, dict[str, Any]] | None = None  # (owner, name, data) to undo
        self._owner = self.shop_id()  # the shop the shown plan belongs to (saved there, even mid-switch)
        self.autosaver = Autosaver(None, self._describe, self, snapshot=self.current_data,
                                   prepare=self._prepare_write, store=store)
        self.autosaver.stateChanged.connect(self._show_state)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(220)
        self.combo.setAccessibleName(self.tr("已保存的方案"))
        self.combo.activated.connect(self._picked)
        self.saved_label = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("方案："))
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo)
        for text, slot in ((self.tr("新建"), self.new_plan), (self.tr("重命名"), self.rename),
                           (self.tr("删除"), self.delete), (self.tr("打开文件…"), self.open_file),
                           (self.tr("另存为文件…"), self.save_file)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.undo_bar = UndoBar(self.tr("把刚删除的方案连同内容恢复回来"))
        self.undo_label, self.undo_button = self.undo_bar.label, self.undo_bar.button
        self._undo_timer = self.undo_bar.timer
        self.undo_bar.undoRequested.connect(self.undo_delete)
        self.undo_bar.expired.connect(self._forget_deleted)
        row.addWidget(self.undo_bar)
        row.addWidget(self.saved_label, 1)
        shops.changed.connect(lambda _shop: self.load_latest())

    def shop_id(self) -> int | None:
        shop = self.shops.shop()
        return shop.id if shop else None

    def _refresh_combo(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for plan in self.store.plans(self.shop_id(), self.kind):
            self.combo.addItem(plan["name"], plan["id"])
        if self.plan_id is not None:
            self.combo.setCurrentIndex(self.combo.findData(self.plan_id))
        self.combo.blockSignals(False)

    def _rescue_dir(self) -> Path | None:
        return self.store.path.parent / "unsaved" if self.store.path is not None else None

    def leave(self) -> bool:
        """Before another plan is shown: True when the shown plan's edits are saved (or kept in a
        file the seller chose); False when the seller chose to stay."""
        return settle(self, [self.autosaver], self._rescue_dir())

    def _leave_quietly(self) -> None:
        """The shown plan is being replaced without asking (the shop changed): an edit the database
        will not take goes to a file, and the bar says where."""
        kept = self.autosaver.flush_or_rescue(self._rescue_dir())
        if kept is not None:
            self.saved_label.setText(fill(self.tr("⚠ 上一个方案的修改没能存进数据文件，已另存为 %1"), str(kept)))

    def load_latest(self) -> None:
        """Show the shop's most recently edited plan, or a blank one."""
        self._leave_quietly()  # pending edits go to the shop they were made for
        owner = self.shop_id()
        plans = self.store.plans(owner, self.kind)
        if plans:
            self._open_id(plans[0]["id"], owner)
        else:
            self._opening += 1
            self._reading = None
            self._owner, self.plan_id = owner, None
            self._refresh_combo()
            self.opened.emit(self.blank_data(), None)
            self.reading.emit(False)

    def _open_id(self, plan_id: int, owner: int | None = None) -> None:
        self._opening += 1
        number, prepare = self._opening, (self.prepare() if self.prepare is not None else None)
        owner = self._owner if owner is None else owner

        def read(store: Store, _progress: object) -> tuple[dict[str, Any], Any]:
            data = store.plan(plan_id)["data"]
            return data, (prepare(data) if prepare is not None else None)
        self._reading = Op(self, read, store=self.store, title=self.tr("无法打开方案")).success(
            lambda got: self._arrived(number, plan_id, owner, *got)).failure(lambda exc: self._not_read(number, exc))
        self.reading.emit(True)
        self._reading.run()

    def _not_read(self, number: int, exc: BaseException) -> None:
        if number == self._opening:
            self._reading = None
            self.reading.emit(False)
            self._refresh_combo()  # back to the plan still on screen
            show_error(self, self.tr("无法打开方案"), exc)

    def _arrived(self, number: int, plan_id: int, owner: int | None, data: dict[str, Any], prepared: Any) -> None:
        if number != self._opening:
            return  # the seller asked for another plan meanwhile
        self._reading = None
        self._leave_quietly()  # pending edits belong to the plan they were made on
        self._owner, self.plan_id = owner, plan_id
        self._refresh_combo()
        if self._named_from(self.combo.currentText(), data):
            self._auto.add(plan_id)
        self.opened.emit(data, prepared)
        self.reading.emit(False)

    def idle(self) -> bool:
        """No plan is being read (tests wait for this)."""
        return self._reading is None

    def _picked(self, index: int) -> None:
        plan_id = self.combo.itemData(index)
        if plan_id is not None and plan_id != self.plan_id:
            if not self.leave():
                self._refresh_combo()  # the seller stays on the plan that is not saved yet
                return
            self._open_id(plan_id)

    def changed(self) -> None:
        """Call after every edit: the plan is saved shortly after, nothing is lost."""
        self.autosaver.changed()

    def save_now(self) -> bool:
        """Save pending edits (if any) now; False when they could not be saved (they stay pending
        and are retried)."""
        return self.autosaver.flush()

    def _prepare_write(self) -> Callable[[Store], Callable[[], None] | None]:
        """The plan as it is now, written by the autosaver off the UI thread (a 10,000-entry
        knowledge base is megabytes)."""
        data, owner, plan_id = self.current_data(), self._owner, self.plan_id
        auto = plan_id in self._auto or not self.combo.currentText()
        name = self.name_for(data) if auto else self.combo.currentText()

        def write(store: Store) -> Callable[[], None] | None:
            if not store.has_shop(owner):
                return None  # the seller deleted the shop, and with it what was kept for it
            chosen = name
            if auto:  # another plan of the shop may be called that already
                chosen = unique(name, {p["name"] for p in store.plans(owner, self.kind) if p["id"] != plan_id})
            written = store.save_plan(owner, self.kind, chosen, data, plan_id)

            def landed() -> None:
                if auto:
                    self._auto.add(written)
                if self._owner == owner and self.plan_id in (None, written):
                    self.plan_id = written
                    self._refresh_combo()
            return landed
        return write

    def _describe(self) -> str:
        return fill(self.tr("方案“%1”"), self.combo.currentText() or self.tr("新方案"))

    def _show_state(self, state: str, text: str) -> None:
        if state == "saved":
            self.saved_label.setStyleSheet("")
            self.saved_label.setText(fill(self.tr("已自动保存 %1"), text))
        elif state == "failed":
            self.saved_label.setStyleSheet(f"color: {palette.ERROR};")
            self.saved_label.setText(fill(self.tr("⚠ 修改还没有保存：%1。修改仍在屏幕上，程序会每隔几秒自动重试。"), text))

    def kind_name(self) -> str:
        """What a seller calls this kind of plan."""
        return {"lottery": self.tr("0元抽奖"), "coupon": self.tr("定时优惠"), "challenge": self.tr("1212挑战赛"),
                "bot": self.tr("客服机器人"), "aftersale": self.tr("售后时效"),
                "trial": self.tr("试运营数据")}.get(self.kind, self.tr("方案"))

    def name_for(self, data: dict[str, Any]) -> str:
        """A plan's name from what it holds: its session's title and day ("6月10日晚场（06-10）"), or
        what kind of plan it is and its day ("0元抽奖 06-10") when it has no title yet."""
        title = " ".join(str(part(data, "session").get("title") or "").split())[:40]
        day = plan_day(data) or datetime.now().date()
        short = f"{day:%m-%d}"
        if not title:
            return f"{self.kind_name()} {short}"
        said = (short, f"{day.month}月{day.day}日", f"{day.month}.{day.day}", f"{day.month}/{day.day}", day.isoformat())
        return title if any(s in title for s in said) else fill(self.tr("%1（%2）"), title, short)

    def _named_from(self, name: str, data: dict[str, Any]) -> bool:
        """True for a name the app gave (from the content, or the old "未命名方案 12-05 00:16"): it
        follows the content; a name the seller typed stays."""
        base = self.name_for(data)
        return (name.startswith(_OLD_UNNAMED) or name == base
                or re.fullmatch(re.escape(base) + r"（\d+）", name) is not None)

    def new_plan(self) -> None:
        if not self.leave():
            return
        self._opening += 1  # a plan still being read is no longer wanted
        self.plan_id = None
        self.combo.setCurrentIndex(-1)
        self.opened.emit(self.blank_data(), None)
        self.autosaver.changed()

    def rename(self) -> None:
        if self.plan_id is None:
            self.save_now()
        name, ok = QInputDialog.getText(self, self.tr("重命名方案"), self.tr("新名称："),
                                        text=self.combo.currentText())
        if ok and name.strip() and self.plan_id is not None:
            taken = {p["name"] for p in self.store.plans(self._owner, self.kind) if p["id"] != self.plan_id}
            chosen = unique(name.strip(), taken)
            try:
                self.store.rename_plan(self.plan_id, chosen)
            except StoreError as exc:
                show_error(self, self.tr("没有重命名"), exc)
                return
            self._auto.discard(self.plan_id)  # the seller's own name stays
            self._refresh_combo()
            if chosen != name.strip():
                self.saved_label.setText(fill(self.tr("已有方案叫“%1”，这个方案改名为“%2”。"), name.strip(), chosen))

    def delete(self) -> None:
        """Delete the shown plan; for UNDO_MS the bar offers to bring it back with what it held."""
        if self.plan_id is None:
            return
        name = self.combo.currentText()
        if not confirm(self, self.tr("删除方案"), fill(self.tr("删除方案“%1”吗？删除后 10 秒内可以点“撤销”恢复。"), name)):
            return
        kept = (self._owner, name, self.current_data())  # as on screen, with edits not yet saved
        self.autosaver.discard()
        try:
            self.store.delete_plan(self.plan_id)
        except StoreError as exc:
            show_error(self, self.tr("没有删除"), exc)
            return
        self.plan_id = None
        self._deleted = kept
        self.undo_bar.offer(fill(self.tr("已删除方案“%1”"), name))
        self.load_latest()

    def _forget_deleted(self) -> None:
        self._deleted = None
        self.undo_bar.hide()

    def undo_delete(self) -> bool:
        """Bring the plan deleted last back, with its data, and show it (False when too late, the
        shop is gone, or the seller chose to stay on unsaved edits)."""
        deleted = self._deleted
        self._undo_timer.stop()
        self._forget_deleted()
        if deleted is None:
            return False
        owner, name, data = deleted
        if not self.store.has_shop(owner):
            return False
        if owner == self.shop_id() and not self.leave():
            self._deleted = deleted  # the seller stays on the plan not saved yet; the offer stays
            self.undo_bar.offer(self.undo_label.text())
            return False
        try:
            taken = {p["name"] for p in self.store.plans(owner, self.kind)}
            chosen = unique(name, taken)
            plan_id = self.store.save_plan(owner, self.kind, chosen, data)
        except (StoreError, InputError) as exc:
            show_error(self, self.tr("没有恢复"), exc)
            return False
        if self._named_from(chosen, data):
            self._auto.add(plan_id)
        if owner == self.shop_id():
            self._open_id(plan_id, owner)
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(fill(self.tr("已恢复方案“%1”"), chosen))
        return True

    def open_file(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("打开方案文件"), "", "JSON (*.json)")
        if not path:
            return False
        try:
            data = read_plan(path)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("无法打开方案文件"), f"{exc.field}\n{exc.message}")
            return False
        if not self.leave():
            return False
        self._opening += 1
        self.plan_id = None
        self.combo.setCurrentIndex(-1)
        self.opened.emit(data, None)
        self.autosaver.changed()
        self.save_now()
        return True

    def save_file(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为方案文件"),
                                                  f"{self.combo.currentText() or self.kind}.json",
                                                  "JSON (*.json)")
        if not path:
            return False
        try:
            write_plan(path, self.current_data())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法保存文件"),
                                fill(self.tr("文件没有保存：%1\n请换一个文件夹，或关闭正在使用该文件的程序后重试。"), exc.strerror or str(exc)))
            return False
        return True
