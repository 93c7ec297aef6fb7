"""客服机器人: edit the bot's knowledge, test what it would answer, check its settings.

The plan (kind "bot") is bot.json's shape: the shop's `platform`, `use_builtin`, `settings`, `knowledge`
(only the seller's changed and added entries; the built-in ones come from resources) and `ask` (the
questions tried in the console). Loading jieba (about a second), building the matcher (about 10 ms for
the built-in knowledge) and the check (20–40 ms, most of it the check's own matcher and the linter) run
off the UI thread; knowledge edits are debounced, settings are re-checked at once.
"""

from __future__ import annotations

import re
from datetime import datetime
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QScrollArea, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from core.facts import bot as bot_facts
from core.bot import Entry, Matcher, warm_up
from core.engine import check
from core.errors import InputError
from core.report import Report
from core.progress import Progress
from core.rulepack import RulePack
from core.store import Store
from core.values import BEIJING
from gui import palette
from gui.first_paint import AfterFirstPaint
from gui.text import fill
from gui.findings_panel import FindingsPanel
from gui.plan_bar import PlanBar
from gui.shop_context import ShopContext, platform_names
from gui.tabs.bot.batch_dialog import BatchDialog
from gui.tabs.bot.console import ConsolePanel
from gui.tabs.bot.entry_editor import EntryEditor
from gui.tabs.bot.knowledge_model import Prepared, entries_from_plan, prepare_knowledge
from gui.tabs.bot.knowledge_panel import KnowledgePanel
from gui.tabs.bot.settings_panel import SettingsPanel, default_settings
from gui.ops import Latest
from gui.layout import panes

KIND = "bot"
KNOWLEDGE_PATH = re.compile(r"^knowledge\[(\d+)\](?:\.(\w+))?")
# Knowledge edits rebuild the matcher and re-run the linter: once the seller pauses typing, not per key.
KNOWLEDGE_DEBOUNCE_MS = 250


def _run_check(data: dict[str, Any], ids: list[str], as_of: datetime, pack: RulePack) -> tuple[list[str], Any]:
    try:
        return ids, check(KIND, data, as_of, pack)
    except InputError as exc:
        return ids, exc


class BotTab(QWidget):
    """Knowledge list | entry editor | test console and settings with their findings."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack, self.shops = store, pack, shops
        self.report: Report | None = None
        self.batch_dialog: BatchDialog | None = None
        self._loading = False
        self._checked_ids: list[str] = []
        self._input_error = False
        self._problems: dict[str, list[str]] = {}
        self._recheck = QTimer(self, singleShot=True, interval=0)
        self._recheck.timeout.connect(self._request_check)
        self._rebuild = QTimer(self, singleShot=True, interval=KNOWLEDGE_DEBOUNCE_MS)
        self._rebuild.timeout.connect(self._request_all)
        self._shown = QTimer(self, singleShot=True, interval=0)  # a plan was just shown: index it next
        self._shown.timeout.connect(self._request_all)
        self.matchers = Latest(self._prepare_matcher, self, steps=True)
        self.matchers.finished.connect(self._matcher_ready)
        self.checks = Latest(self._prepare_check, self)
        self.checks.finished.connect(self._checked)
        self.checks.failed.connect(self._background_failed)

        self.plans = PlanBar(store, shops, KIND, self.plan_data, self.blank_plan, self,
                             prepare=self._prepare_plan)
        self.plans.opened.connect(self.show_plan)
        self.plans.reading.connect(lambda busy: self.setEnabled(not busy))
        self.knowledge = KnowledgePanel()
        self.editor = EntryEditor()
        self.console = ConsolePanel()
        self.settings = SettingsPanel(pack)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.findings = FindingsPanel()
        self.findings.pathActivated.connect(self.focus_path)

        settings_scroll = QScrollArea()
        settings_scroll.setWidgetResizable(True)
        settings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        settings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        settings_scroll.setWidget(self.settings)
        checked = QWidget()
        checked_layout = QVBoxLayout(checked)
        checked_layout.setContentsMargins(0, 0, 0, 0)
        checked_layout.addWidget(self.facts)
        checked_layout.addWidget(self.findings, 1)
        self.settings_page = QSplitter(Qt.Orientation.Vertical)
        self.settings_page.addWidget(settings_scroll)
        self.settings_page.addWidget(checked)
        self.settings_page.setChildrenCollapsible(False)
        self.settings_page.setSizes([260, 300])
        self.side = QTabWidget()
        self.side.addTab(self.console, self.tr("测试问答"))
        self.side.addTab(self.settings_page, self.tr("设置与检查"))

        # At 1024 px the three panes cannot all have their natural width: each scrolls sideways
        # instead of widening the window past the screen's edge.
        def scrolled(widget: QWidget, least: int) -> QScrollArea:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(widget)
            area.setMinimumWidth(least)
            return area

        split = panes((scrolled(self.knowledge, 300), 4, 440), (scrolled(self.editor, 260), 3, 350),
                      (scrolled(self.side, 260), 4, 470))
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.plans)
        main_layout.addWidget(split, 1)
        self.notice = QLabel(self.tr("还没有店铺。客服机器人的设置要按店铺所在的平台（快手小店或抖店）来检查："
                                     "请先在窗口上方点“添加店铺”，或点“使用示例店铺”先看看。"))
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setStyleSheet("font-size: 13pt; padding: 40px;")
        self.notice.setAccessibleName(self.tr("说明"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.notice)
        self.stack.addWidget(main)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        model = self.knowledge.model
        model.knowledgeChanged.connect(lambda: self.edited("knowledge"))
        model.dataChanged.connect(self._entry_data_changed)
        self.knowledge.currentEntryChanged.connect(self._show_entry)
        self.editor.changed.connect(self._entry_edited)
        self.settings.changed.connect(lambda: self.edited("settings"))
        self.console.asked.connect(lambda _question: self.edited("ask"))
        self.console.showEntry.connect(self.knowledge.select)
        self.console.batchRequested.connect(lambda: self.batch_test())
        self.matchers.failed.connect(self.console.status.setText)
        # the plan (a big knowledge base is megabytes, read and indexed by workers) once the tab is on
        # screen: its first paint, hundreds of calls into Python, then does not wait on those workers
        # for the GIL (it took 90-270 ms with 10,000 entries)
        self._first_load: AfterFirstPaint | None = AfterFirstPaint(self, at_most_ms=300)
        self._first_load.add(self._load_first)
        self.setEnabled(False)  # nothing typed before the plan is shown (the read enables it again)

    def _load_first(self) -> None:
        self._first_load = None
        self.plans.load_latest()

    # Plan data <-> widgets ------------------------------------------------------------------------
    def platform(self) -> str | None:
        shop = self.shops.shop()
        return shop.platform if shop else None

    def blank_plan(self) -> dict[str, Any]:
        return {"platform": self.platform() or "kuaishou", "use_builtin": True, "settings": default_settings(),
                "knowledge": [], "ask": []}

    def plan_data(self) -> dict[str, Any]:
        """The contract shape of what is on screen (what the check reads and the store keeps)."""
        return {"platform": self.platform() or "kuaishou", "use_builtin": self.knowledge.use_builtin.isChecked(),
                "settings": self.settings.settings(),
                "knowledge": self.knowledge.model.edit_dicts(),
                "ask": self.console.recent_questions()}

    def _prepare_plan(self) -> Callable[[dict[str, Any]], Prepared]:
        platform = self.platform()
        return lambda data: prepare_knowledge(data, platform)

    def show_plan(self, data: dict[str, Any], prepared: Any = None) -> None:
        self._loading = True
        try:
            platform = self.platform()
            self.stack.setCurrentIndex(0 if platform is None else 1)
            self.knowledge.platform = platform
            self.settings.set_platform(platform or "kuaishou")
            if isinstance(prepared, Prepared) and prepared.platform == platform:
                self.knowledge.set_knowledge(data.get("use_builtin") is True, prepared.edits, prepared)
            else:
                self.knowledge.set_knowledge(data.get("use_builtin") is True, entries_from_plan(data.get("knowledge")))
            self.settings.set_settings(data.get("settings"))
            ask = data.get("ask")
            self.console.set_recent(ask if isinstance(ask, list) else [])
        finally:
            self._loading = False
        self._problems = {}
        self.knowledge.select(None)
        self._fit_settings()
        self.console.set_matcher(None)
        # Index and check once the plan is on screen: started now, the workers would share Python
        # with the window while it lays out and paints 10,000 entries.
        self._shown.start()

    def _fit_settings(self) -> None:
        """Give the settings the height they need (they differ by platform); the findings get the rest."""
        total = max(sum(self.settings_page.sizes()), 540)
        wanted = min(self.settings.sizeHint().height() + 6, total * 2 // 3)
        self.settings_page.setSizes([wanted, total - wanted])

    def edited(self, what: str) -> None:
        if self._loading:
            return
        self.plans.changed()
        if what == "knowledge":
            self._rebuild.start()
        elif what == "settings" and not self._rebuild.isActive():
            self._recheck.start()

    def hideEvent(self, event: Any) -> None:
        self.plans.save_now()  # the window is closing or the tab is left: nothing typed is lost
        super().hideEvent(event)

    # The selected entry ---------------------------------------------------------------------------
    def _status(self, entry: Entry) -> str:
        origin = self.knowledge.model.origin(entry)
        if origin == "builtin":
            return self.tr("内置知识（未修改）：可以直接改写，改过的会标为“已修改”，随时可以恢复默认。")
        if origin == "own":
            return fill(self.tr("您自建的知识（编号 %1）。"), entry.id)
        changed = "、".join(self.editor.field_label(f) for f in self.knowledge.model.changed_fields(entry)
                           if f != "id")
        return fill(self.tr("内置知识 · 已修改：%1。点左侧“恢复默认”可还原。"), changed)

    def _show_entry(self, entry: Entry | None) -> None:
        self.editor.show_entry(entry, self._status(entry) if entry else "")
        self.editor.show_problems(self._problems.get(entry.id, []) if entry else [])

    def _entry_edited(self, entry: Entry) -> None:
        self.knowledge.model.update(entry)

    def _entry_data_changed(self, *_args: object) -> None:
        entry_id = self.editor.entry_id
        entry = self.knowledge.model.find(entry_id) if entry_id else None
        if entry is not None:
            self.editor.sync(entry, self._status(entry))

    # Background work ------------------------------------------------------------------------------
    def idle(self) -> bool:
        """No plan is being read, nothing waits to be matched, checked or shown (tests wait for this)."""
        return self._first_load is None and self.plans.idle() and not (self._rebuild.isActive() or self._shown.isActive() or self._recheck.isActive()
                                          or self.matchers.busy() or self.checks.busy() or self.findings.showing())

    def _request_all(self) -> None:
        self._rebuild.stop()
        self._shown.stop()
        if self.platform() is not None:
            self.matchers.request()
            self._request_check()

    def _request_check(self) -> None:
        self._recheck.stop()
        if self.platform() is not None:
            self.checks.request()

    def _prepare_matcher(self) -> Any:
        entries, platform = self.knowledge.model.entries, self.platform()

        def build(_store: Store | None, progress: Progress) -> Matcher:
            warm_up()
            return Matcher(entries, platform=platform, progress=progress)
        return build

    def _matcher_ready(self, matcher: Matcher) -> None:
        name = platform_names().get(self.platform() or "", "")
        self.console.set_matcher(matcher, name)

    def _prepare_check(self) -> Any:
        data, ids = self.plan_data(), [e.id for e in self.knowledge.model.edits]
        as_of, pack = datetime.now(BEIJING), self.pack
        return lambda _store: _run_check(data, ids, as_of, pack)

    def _checked(self, result: tuple[list[str], Report | InputError]) -> None:
        self._checked_ids, outcome = result
        self._problems = {}
        if isinstance(outcome, InputError):
            self.report = None
            self._input_error = True
            self.findings.show_input_error(outcome.field, f"{self._where(outcome.field)}{outcome.message}")
            self.facts.setText(self.tr("有一处填写需要改正，改正后才能检查（您的修改已保存）。"))
            self._set_side_title(1)
        else:
            self.report = outcome
            if self._input_error:
                # show_findings cannot yet replace the card of show_input_error (it is not in its
                # key index: KeyError), so the panel is emptied first, as the after-sale tab does.
                self.findings._clear()
                self._input_error = False
            self.findings.show_findings(outcome.findings)
            for finding in outcome.findings:
                entry_id = self._entry_of(finding.path)
                if entry_id is not None:
                    self._problems.setdefault(entry_id, []).append(finding.message)
            self.facts.setText(fill(self.tr("机器人可用的知识：%1 条 · 已按 %2 条规则检查设置和知识。"), str(bot_facts(outcome)["knowledge_entries"]), str(len(bot_facts(outcome)["rules_checked"]))))
            self._set_side_title(sum(f.severity in ("error", "warning") for f in outcome.findings))
        entry_id = self.editor.entry_id
        self.editor.show_problems(self._problems.get(entry_id, []) if entry_id else [])

    def _set_side_title(self, count: int) -> None:
        title = self.tr("设置与检查")
        self.side.setTabText(1, fill(self.tr("%1（%2 条要处理）"), title, str(count)) if count else title)
        self.side.tabBar().setTabTextColor(1, QColor(palette.WARNING if count else palette.TEXT))

    def _background_failed(self, message: str) -> None:
        self.facts.setText(message)

    # Finding -> field -----------------------------------------------------------------------------
    def _entry_of(self, path: str) -> str | None:
        found = KNOWLEDGE_PATH.match(path)
        if found and int(found.group(1)) < len(self._checked_ids):
            return self._checked_ids[int(found.group(1))]
        return None

    def _where(self, path: str) -> str:
        entry_id = self._entry_of(path)
        entry = self.knowledge.model.find(entry_id) if entry_id else None
        if entry is None:
            return ""
        question = entry.question or self.tr("（未填写问题）")
        return fill(self.tr("知识“%1”："), question)

    def focus_path(self, path: str) -> None:
        entry_id = self._entry_of(path)
        if entry_id is not None:
            self.knowledge.select(entry_id)
            found = KNOWLEDGE_PATH.match(path)
            self.editor.focus_field(found.group(2) if found and found.group(2) else "question")
        elif path.startswith("settings."):
            self.side.setCurrentWidget(self.settings_page)
            self.settings.focus_path(path)
        elif path == "platform":
            self.shops.edit_requested.emit()

    # Batch test -----------------------------------------------------------------------------------
    def batch_test(self, path: str | None = None) -> BatchDialog | None:
        platform = self.platform()
        if platform is None:
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择买家问题表"), "",
                                                  self.tr("问题表 (*.xlsx *.csv *.txt)"))
        if not path:
            return None
        self.batch_dialog = BatchDialog(path, self.knowledge.model.entries, platform, self, store=self.store)
        self.batch_dialog.open()
        return self.batch_dialog
