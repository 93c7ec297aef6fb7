"""The findings list: each card shows the rule's title, its own words and the announcement's date
without a click; the most urgent come first; a long list shows its first cards and the rest on request."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from core.engine import default_pack
from core.report import Finding
from gui import palette
from gui.findings_panel import FIRST_CARDS, MESSAGE_CHARS, FindingsPanel

SOURCE = {"title": "《快手小店0元抽奖管理规则》", "date": "2023-05-19", "quote": "……"}


@pytest.fixture(autouse=True)
def chinese_locale():
    """The locale the app sets for Simplified Chinese (counts read 60,000)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def finding(n: int, severity: str = "warning") -> Finding:
    return Finding(rule="ks.lottery.title", severity=severity, message=f"第 {n} 条", path=f"prizes[{n}]",
                   source=SOURCE)


def seen(widget) -> str:
    """Every piece of text a seller can see on a widget, in order."""
    shown = [*widget.findChildren(QLabel), *widget.findChildren(QPushButton)]
    return "\n".join(w.text() for w in shown if w.isVisible() and w.text())


def test_each_card_shows_the_rule_title_its_words_and_date_without_a_click(qtbot):
    pack = default_pack()
    rule = pack["ks.lottery.no_extra_fees"]
    fee = Finding(rule=rule.id, severity="error", message="抽奖说明中有向中奖用户收费的说法：“另收运费10元”",
                  path="terms", source=rule.source.as_dict(), title=rule.title)
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    panel.show_findings([finding(1, "info"), fee])
    card = panel.cards[0]
    assert card.message.startswith("抽奖说明中有向中奖用户收费")  # the error first
    qtbot.waitUntil(card.isVisible)
    text = seen(card)
    assert rule.title in text and "另收运费10元" in text
    assert f"《{rule.source.title}》" in text and rule.source.date.isoformat() in text
    assert rule.source.quote[:12] in text  # the rule's own words, not behind a click
    assert rule.id not in text and rule.id in card.toolTip()  # the id only for whoever looks for it


def test_amounts_on_a_card_read_with_thousands_separators(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([Finding("ks.lottery.value_cap", "error", "奖品价值 60000.00 元，超过上限 50000.00 元（2023-05-19 起）",
                                 "prizes[0]", SOURCE, "不超过5万元")])
    card = panel.cards[0]
    assert card.text.text() == "奖品价值 60,000.00 元，超过上限 50,000.00 元（2023-05-19 起）"
    assert panel.messages() == ["奖品价值 60000.00 元，超过上限 50000.00 元（2023-05-19 起）"]  # as core wrote it


def test_a_category_path_reads_as_written_not_as_markup(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([Finding("ks.category.closed", "error", "商品在“二手 > 二手车”类目，<请迁移>", "products[0]",
                                 SOURCE, "二手车类目关闭")])
    card = panel.cards[0]
    assert card.text.textFormat() == Qt.TextFormat.PlainText
    assert "二手 > 二手车" in card.text.text() and "&gt;" not in card.text.text() and "<请迁移>" in card.text.text()


def test_a_long_quote_is_folded_after_three_lines_and_opens_on_request(qtbot):
    long_quote = "商家不得以任何理由额外向用户收取费用。" * 30
    source = {"title": "快手小店0元抽奖管理规则", "date": "2023-05-19", "quote": long_quote}
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 600)
    panel.show()
    panel.show_findings([Finding("ks.lottery.no_extra_fees", "error", "收费", "terms", source, "不得收费")])
    card = panel.cards[0]
    assert card.quote is not None
    qtbot.waitUntil(lambda: card.quote.toggle.isVisible())
    lines = card.quote.fontMetrics().lineSpacing()
    assert card.quote.text().endswith("…")
    # the label's height follows at the next layout pass (later on a loaded machine)
    qtbot.waitUntil(lambda: card.quote.height() <= 4 * lines + 12)
    assert card.quote.toggle.text() == "展开全文"
    qtbot.mouseClick(card.quote.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.quote.text() == f"“{long_quote}”")
    assert card.quote.toggle.text() == "收起"


def test_a_message_quoting_a_long_notice_shows_its_start_and_the_rest_on_request(qtbot):
    # a pasted notice of 20,000 characters quotes hundreds of clauses in one finding's message
    clauses = "；".join(f"“第{n}条：中奖后需自付邮费{n}元”（触发词：自付、邮费{n}元）" for n in range(400))
    message = f"抽奖说明中有向中奖用户收费的说法：{clauses}。"
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(440, 600)
    panel.show()
    panel.show_findings([Finding("ks.lottery.no_extra_fees", "error", message, "terms", SOURCE, "不得收费")])
    card = panel.cards[0]
    qtbot.waitUntil(card.isVisible)
    assert card.text.text() == message[:MESSAGE_CHARS] + "…"
    assert card.whole is not None and card.whole.text() == f"展开全文（共 {len(message):,} 字）"
    assert panel.messages() == [message]  # what core said, whole
    qtbot.mouseClick(card.whole, Qt.MouseButton.LeftButton)
    assert card.text.text() == message and card.whole.text() == "收起"
    qtbot.mouseClick(card.whole, Qt.MouseButton.LeftButton)
    assert card.text.text().endswith("…")
    short = Finding("ks.lottery.no_extra_fees", "error", "收费：“另收运费10元”", "terms", SOURCE, "不得收费")
    panel.show_findings([short])
    assert panel.cards[0].whole is None and panel.cards[0].text.text() == short.message


def test_severity_decides_colour_and_order(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([finding(1, "info"), finding(2, "warning"), finding(3, "error")])
    assert [c.severity for c in panel.cards] == ["error", "warning", "info"]
    assert palette.ERROR in panel.cards[0].heading_html()
    assert palette.ERROR in panel.summary.styleSheet()
    panel.show_findings([finding(1, "info"), finding(2, "warning")])
    assert palette.WARNING in panel.summary.styleSheet() and panel.summary.text() == "没有错误，1 个提醒。"


def test_a_long_list_shows_the_first_cards_and_the_rest_on_request(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([finding(n) for n in range(FIRST_CARDS + 5)])
    assert len(panel.cards) == FIRST_CARDS and panel.more.isVisibleTo(panel)
    assert panel.more.text() == "还有 5 条，点此全部显示"
    assert panel.summary.text() == f"没有错误，{FIRST_CARDS + 5} 个提醒。"
    qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert len(panel.cards) == FIRST_CARDS + 5 and not panel.more.isVisibleTo(panel)


def test_soon_says_the_summary_at_once_and_the_cards_come_after(qtbot):
    """show_findings_soon (a tab that has just changed a big table) makes the cards once the window has
    repainted, and new cards show a few a turn: the panel is showing() until the last one is."""
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    panel.show_findings_soon([finding(n) for n in range(FIRST_CARDS + 5)])
    assert panel.summary.text() == f"没有错误，{FIRST_CARDS + 5} 个提醒。"
    assert panel.cards == [] and panel.showing()
    qtbot.waitUntil(lambda: not panel.showing())
    assert panel.messages() == [f"第 {n} 条" for n in range(FIRST_CARDS)]
    assert all(card.isVisible() for card in panel.cards)


def test_errors_come_first_even_when_the_list_is_cut(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([finding(n) for n in range(FIRST_CARDS)] + [finding(99, "error")])
    assert panel.messages()[0] == "第 99 条" and len(panel.cards) == FIRST_CARDS
    panel.show_findings([finding(1)])
    assert panel.messages() == ["第 1 条"] and not panel.more.isVisibleTo(panel)


def test_a_very_long_list_grows_a_hundred_cards_a_click(qtbot):
    """60,000 findings (a year of after-sales imported at once) never become 60,000 cards at once."""
    from gui.findings_panel import MORE_CARDS

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([finding(n) for n in range(60_000)] + [finding(60_000, "error")])
    assert len(panel.cards) == FIRST_CARDS and panel.messages()[0] == "第 60000 条"
    assert panel.more.text() == f"还有 {60_001 - FIRST_CARDS:,} 条，点此再显示 {MORE_CARDS} 条"
    assert panel.summary.text() == "✖ 1 个错误，60,000 个提醒：请先处理错误。"
    qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert len(panel.cards) == FIRST_CARDS + MORE_CARDS
