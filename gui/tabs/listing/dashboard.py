"""The strip above the tables: the migration deadline as a countdown, the shop's on-sale count
against its listing cap as a bar, and the level-1 caps in one line (their bars are on their page)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QWidget

from core.exports.listing import category_path
from gui import palette
from gui.text import fill
from gui.tabs.listing.category_model import bar_color


class Dashboard(QFrame):
    categories_requested = Signal()  # the seller clicked the level-1 caps line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.countdown = QLabel()
        self.countdown.setAccessibleName(self.tr("类目迁移截止"))
        self.countdown.setMinimumWidth(120)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.cap_bar = QProgressBar()
        self.cap_bar.setAccessibleName(self.tr("全店在售商品数与上限"))
        self.cap_bar.setTextVisible(True)
        self.cap_bar.setMinimumWidth(240)
        self.cap_text = QLabel()
        self.cap_text.setWordWrap(True)
        self.categories = QLabel()  # the level-1 caps in one line; the bars are on their page
        self.categories.setWordWrap(True)
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.categories.linkActivated.connect(lambda _link: self.categories_requested.emit())
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        deadline_title = QLabel(self.tr("类目迁移"))
        cap_title = QLabel(self.tr("全店在售上限"))
        for title in (deadline_title, cap_title):
            title.setStyleSheet(f"color: {palette.MUTED}")
        grid.addWidget(deadline_title, 0, 0)
        grid.addWidget(self.countdown, 1, 0)
        grid.addWidget(self.deadline, 0, 1, 2, 1)
        grid.addWidget(cap_title, 0, 2)
        grid.addWidget(self.cap_bar, 1, 2)
        grid.addWidget(self.cap_text, 0, 3)
        grid.addWidget(self.categories, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

    def _countdown(self, text: str, color: str) -> None:
        self.countdown.setText(text)
        self.countdown.setStyleSheet(f"color: {color}; font-size: 18pt; font-weight: bold")

    def show_facts(self, facts: dict[str, Any], has_products: bool, cap_since: str = "") -> None:
        """`cap_since`: the date the listing cap takes effect (said while it is not yet in force)."""
        self._show_deadline(facts.get("migration_deadline"), has_products)
        self._show_listing(facts["listing"], cap_since)
        self._show_categories(facts.get("category_counts") or [])

    def _show_deadline(self, deadline: dict[str, Any] | None, has_products: bool) -> None:
        if deadline is None:
            self._countdown(self.tr("无需迁移"), palette.OK)
            self.deadline.setText(self.tr("本店的店铺类型不在已公布的类目关闭范围内。"))
            return
        old, new = category_path(deadline["from"]), category_path(deadline["to"])
        to_move, close_on = deadline["to_move"], deadline["close_on"]
        if deadline["closed"]:
            self._countdown(self.tr("已关闭"), palette.ERROR if to_move else palette.MUTED)
            what = fill(self.tr("“%1”已于 %2 关闭，逾期未迁移的在架商品已被平台下架。"), old, close_on)
        else:
            days = deadline["days_left"]
            self._countdown(self.tr("今天截止") if days == 1 else self.tr("还剩 %Ln 天", "", days),
                            palette.ERROR if to_move and days <= 7 else palette.WARNING if to_move else palette.OK)
            what = fill(self.tr("“%1”将于 %2 关闭，请在此之前迁移。"), old, close_on)
        if not has_products:
            todo = self.tr("导入商品表后，这里显示要迁移的商品数。")
        elif to_move:
            todo = fill(self.tr("待迁移 %Ln 件，迁移到“%1”。", "", to_move), new)
        else:
            todo = self.tr("✔ 没有待迁移的商品。")
        self.deadline.setText(what + "\n" + todo)

    def _show_listing(self, listing: dict[str, Any], cap_since: str) -> None:
        listed, cap = listing["listed"], listing["cap"]
        self.cap_bar.setRange(0, max(cap, 1))
        self.cap_bar.setValue(min(listed, cap))
        self.cap_bar.setFormat(fill(self.tr("在售 %1 / %2 件"), f"{listed:,}", f"{cap:,}"))
        self.cap_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {bar_color(listed, cap).name()}; }}"
                                   " QProgressBar { text-align: center; }")
        who = self.tr("考核期内上限") if listing["in_assessment"] else self.tr("全店上限")
        if listed > cap:
            state = self.tr("超出上限 %Ln 件：平台将限制上架和发布新商品。", "", listed - cap)
        elif listed == cap:
            state = self.tr("已达上限：不能再发布新商品。")
        else:
            state = self.tr("还可上架 %Ln 件。", "", cap - listed)
        note = "" if listing["in_force"] else fill(self.tr("（该上限 %1 起生效）"), cap_since)
        self.cap_text.setText(f"{who} {cap:,} · {state}{note}")

    def _show_categories(self, counts: list[dict[str, Any]]) -> None:
        capped = [c for c in counts if c["cap"] is not None]
        over = sum(1 for c in capped if c["listed"] > c["cap"])
        full = sum(1 for c in capped if c["listed"] == c["cap"])
        if not capped:
            state, color = self.tr("一级类目上限：未填写"), palette.MUTED
        elif over or full:
            parts = ([self.tr("%Ln 个超出", "", over)] if over else []) \
                + ([self.tr("%Ln 个已达上限", "", full)] if full else [])
            state, color = fill(self.tr("一级类目上限：%1"), "，".join(parts)), palette.ERROR if over else palette.WARNING
        else:
            state, color = self.tr("一级类目上限：已填 %Ln 个，均未超出", "", len(capped)), palette.OK
        link = self.tr("填写") if not capped else self.tr("查看")
        self.categories.setText(f"<span style='color:{color}'>{html.escape(state)}</span>　<a href='caps'>{link}</a>")

    def clear(self) -> None:
        self.categories.clear()
        self.countdown.clear()
        self.deadline.clear()
        self.cap_bar.reset()
        self.cap_text.clear()
