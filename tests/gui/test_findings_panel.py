"""The findings list: a long list shows its first cards and the rest on request; cards follow the report."""

from PySide6.QtCore import Qt

from core.report import Finding
from gui.findings_panel import FIRST_CARDS, FindingsPanel

SOURCE = {"title": "《快手小店0元抽奖管理规则》", "date": "2023-05-19", "quote": "……"}


def finding(n: int, severity: str = "warning") -> Finding:
    return Finding(rule="ks.lottery.title", severity=severity, message=f"第 {n} 条", path=f"prizes[{n}]",
                   source=SOURCE)


def test_a_long_list_shows_the_first_cards_and_the_rest_on_request(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([finding(n) for n in range(FIRST_CARDS + 5)])
    assert len(panel.cards) == FIRST_CARDS and panel.more.isVisibleTo(panel)
    assert panel.more.text() == "还有 5 条，点此全部显示"
    assert panel.summary.text() == f"没有错误，{FIRST_CARDS + 5} 个提醒。"
    qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert len(panel.cards) == FIRST_CARDS + 5 and not panel.more.isVisibleTo(panel)


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
