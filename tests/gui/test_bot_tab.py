import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from core.bot import builtin_knowledge
from core.store import Shop
from gui.tabs.bot import BotTab
from tests.conftest import CONTRACT
from tests.gui.helpers import type_text, wait_ops, wait_saved

CARRIER = "logistics.carrier"  # built-in: 发什么快递？
BUILTIN_ANSWER = next(e.answer for e in builtin_knowledge() if e.id == CARRIER)


def open_tab(app, platform: str) -> BotTab:
    shop = app.store.save_shop(Shop(name="小林服饰", platform=platform, experience_score="4.52"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return app.window.show_tab(BotTab)


@pytest.fixture
def tab(app, qtbot) -> BotTab:
    tab = open_tab(app, "kuaishou")
    settle(qtbot, tab)
    return tab


@pytest.fixture
def douyin(app, qtbot) -> BotTab:
    tab = open_tab(app, "douyin")
    settle(qtbot, tab)
    return tab


def settle(qtbot, tab: BotTab) -> None:
    """Wait until the matcher and the check have caught up with what is on screen (jieba loads once)."""
    qtbot.waitUntil(lambda: tab.idle() and tab.console.ready(), timeout=20000)


def ask(qtbot, tab: BotTab, question: str) -> None:
    tab.console.ask.clear()
    type_text(qtbot, tab.console.ask, question)
    qtbot.keyClick(tab.console.ask, Qt.Key.Key_Return)


def pick(qtbot, tab: BotTab, search: str) -> None:
    """Search the list and click the first row, as a seller finds an entry."""
    panel = tab.knowledge
    panel.search.clear()
    type_text(qtbot, panel.search, search)
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def tick(qtbot, box) -> None:
    """Click a check box on its box, as a seller does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def replace_text(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def origin_cell(tab: BotTab, entry_id: str) -> str:
    model = tab.knowledge.model
    return model.index(model.row_of(entry_id), 3).data()


def test_edit_disable_and_restore_change_what_the_bot_answers(tab, qtbot):
    ask(qtbot, tab, "你们发啥快递")
    assert tab.console.match.entry_id == CARRIER
    assert tab.console.answer.text() == BUILTIN_ANSWER

    pick(qtbot, tab, "发什么快递")
    assert tab.editor.question.text() == "发什么快递？"
    replace_text(qtbot, tab.editor.answer, "默认中通，满99元发顺丰。")
    settle(qtbot, tab)
    assert tab.console.answer.text() == "默认中通，满99元发顺丰。"
    assert origin_cell(tab, CARRIER) == "已修改" and "答案" in tab.editor.status.text()

    tick(qtbot, tab.editor.enabled)
    settle(qtbot, tab)
    assert tab.console.match.entry_id != CARRIER
    assert "满99元发顺丰" not in tab.console.answer.text()
    assert tab.console.verdict.text() == "转人工（机器人不回答）" or tab.console.match.answered
    assert "（共 96 条 · 启用 95 条） · 已修改 1 条" in tab.knowledge.counts.text()

    restore = tab.knowledge.buttons["restore"]
    assert restore.isEnabled() and not tab.knowledge.buttons["delete"].isEnabled()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.knowledge.model.edits == [] and origin_cell(tab, CARRIER) == "内置"
    assert tab.editor.answer.toPlainText() == BUILTIN_ANSWER and tab.editor.enabled.isChecked()
    assert tab.console.match.entry_id == CARRIER and tab.console.answer.text() == BUILTIN_ANSWER


def test_enable_toggle_in_the_list(tab, qtbot):
    pick(qtbot, tab, "发什么快递")
    qtbot.keyClick(tab.knowledge.table, Qt.Key.Key_Space)
    assert not tab.editor.enabled.isChecked() and origin_cell(tab, CARRIER) == "已修改"
    ask(qtbot, tab, "发什么快递")
    settle(qtbot, tab)
    assert tab.console.match.entry_id != CARRIER
    assert [e.id for e in tab.knowledge.model.edits] == [CARRIER]


def test_bad_csv_import_lists_the_rows_and_changes_nothing(tab, qtbot, tmp_path):
    pick(qtbot, tab, "发什么快递")
    replace_text(qtbot, tab.editor.answer, "默认中通。")
    before = tab.knowledge.model.edits
    bad = tmp_path / "知识.csv"
    bad.write_text("标准问题,答案,启用\n能开发票吗,可以开电子发票,是\n,没有问题的答案,是\n包邮吗,包邮,也许\n",
                   encoding="utf-8-sig")
    tab.knowledge.import_file(str(bad))
    wait_ops(qtbot)
    dialog = tab.knowledge.problems_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.text.toPlainText()
    assert "第 3 行" in shown and "第 4 行" in shown and "第 2 行" not in shown
    dialog.reject()
    assert tab.knowledge.model.edits == before
    assert tab.knowledge.counts.text().endswith("（共 96 条 · 启用 96 条） · 已修改 1 条")


def test_good_import_adds_entries_the_bot_answers_with(tab, qtbot, tmp_path):
    good = tmp_path / "知识.csv"
    good.write_text("标准问题,相似问题,答案,场景\n能刻字吗,可以定制刻字吗|能刻名字吗,可以免费刻字，下单备注内容。,商品\n",
                    encoding="gbk")
    assert tab.knowledge.import_file(str(good))
    wait_ops(qtbot)
    assert "新增 1 条" in tab.knowledge.notice.text()
    assert tab.editor.question.text() == "能刻字吗"
    settle(qtbot, tab)
    ask(qtbot, tab, "可以刻个名字吗")
    assert tab.console.answer.text() == "可以免费刻字，下单备注内容。"
    out = tmp_path / "导出.xlsx"
    assert tab.knowledge.export_file(str(out))
    wait_ops(qtbot)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[-1][1] == "能刻字吗" and len(rows) == 1 + 97


def test_douyin_delay_of_eleven_minutes_is_an_error_ten_is_not(douyin, qtbot):
    tab = douyin
    tab.side.setCurrentWidget(tab.settings_page)
    assert not tab.settings.kuaishou.isVisibleTo(tab)
    push = tab.settings.rows["push_to_buy"]
    assert push.delay.isVisibleTo(tab)
    assert any("邀请买家评价" in m for m in tab.findings.messages())  # dy.cs_eval, always shown
    tick(qtbot, push.enabled)
    replace_text(qtbot, push.delay.lineEdit(), "11")
    settle(qtbot, tab)
    errors = [c for c in tab.findings.cards if c.severity == "error"]
    assert [c.toolTip() for c in errors] == ["dy.followup.delay"]
    assert "11 分钟" in errors[0].message and "（1 条要处理）" in tab.side.tabText(1)
    qtbot.mouseClick(errors[0], Qt.MouseButton.LeftButton)
    assert push.delay.hasFocus()
    replace_text(qtbot, push.delay.lineEdit(), "10")
    settle(qtbot, tab)
    assert not any(c.severity == "error" for c in tab.findings.cards)


def test_kuaishou_switches_warn_until_both_are_on(tab, qtbot):
    tab.side.setCurrentWidget(tab.settings_page)
    assert tab.settings.kuaishou.isVisibleTo(tab) and not tab.settings.daily_limit.isVisibleTo(tab)
    assert any("「客服机器人」和「机器人开启」未开启" in m for m in tab.findings.messages())
    for key in ("robot_service", "robot_enabled"):
        tick(qtbot, tab.settings.switches[key])
    settle(qtbot, tab)
    assert tab.findings.messages() == []


def test_lint_finding_shows_on_the_entry_and_leads_to_it(tab, qtbot):
    qtbot.mouseClick(tab.knowledge.buttons["new"], Qt.MouseButton.LeftButton)
    assert tab.knowledge.counts.text().startswith("共 97 条")
    settle(qtbot, tab)
    assert "标准问题" in tab.findings.messages()[0] or "question" in tab.findings.messages()[0]
    type_text(qtbot, tab.editor.question, "哪款最好")
    type_text(qtbot, tab.editor.answer, "这款是全网最好的。")
    settle(qtbot, tab)
    assert "绝对化用语" in tab.editor.problems.text()
    card = next(c for c in tab.findings.cards if "绝对化用语" in c.message)
    tab.knowledge.select(CARRIER)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.editor.question.text() == "哪款最好" and tab.editor.answer.hasFocus()


def test_delete_own_entry_asks_first(tab, qtbot, monkeypatch):
    qtbot.mouseClick(tab.knowledge.buttons["new"], Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.editor.question, "能刻字吗")
    assert origin_cell(tab, "own.1") == "自建"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.knowledge.buttons["delete"], Qt.MouseButton.LeftButton)
    assert tab.knowledge.model.edits == [] and tab.knowledge.counts.text().startswith("共 96 条")


def test_edits_settings_and_questions_survive_reopening(app, tab, qtbot):
    pick(qtbot, tab, "发什么快递")
    replace_text(qtbot, tab.editor.answer, "默认中通。")
    qtbot.mouseClick(tab.knowledge.buttons["new"], Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.editor.question, "能刻字吗")
    tick(qtbot, tab.settings.switches["smart_assist"])
    ask(qtbot, tab, "发顺丰吗")
    wait_saved(tab)  # the autosave, as the seller waits for it
    again = BotTab(app.store, app.pack, app.window.shops)
    qtbot.addWidget(again)
    settle(qtbot, again)
    assert origin_cell(again, CARRIER) == "已修改" and origin_cell(again, "own.1") == "自建"
    assert {e.id: e.answer for e in again.knowledge.model.edits}[CARRIER] == "默认中通。"
    assert again.settings.switches["smart_assist"].isChecked()
    assert again.console.recent_questions() == ["发顺丰吗"]
    assert any("智能辅助接待" in m for m in again.findings.messages())


def test_open_the_contract_file(tab, qtbot):
    assert tab.plans.open_file(str(CONTRACT / "bot.json"))
    settle(qtbot, tab)
    assert not tab.knowledge.use_builtin.isChecked()  # the file has no use_builtin: only its own entries
    assert tab.knowledge.model.rowCount() == 2 and tab.knowledge.counts.text().startswith("共 2 条 · 启用 1 条")
    assert tab.settings.switches["robot_service"].isChecked()
    assert any("自动消息】中的「催付」因此不生效" in m for m in tab.findings.messages())
    ask(qtbot, tab, "你们发啥快递")
    assert tab.console.answer.text() == "默认中通，顺丰需补差价。"


def test_no_shop_says_what_to_do(app, qtbot):
    tab = app.window.show_tab(BotTab)
    assert tab.stack.currentWidget() is tab.notice and "还没有店铺" in tab.notice.text()
    shop = app.store.save_shop(Shop(name="阿花手作", platform="douyin"))
    app.window.shops.set_shop(shop)
    settle(qtbot, tab)
    tab.side.setCurrentWidget(tab.settings_page)
    assert tab.stack.currentIndex() == 1 and not tab.settings.kuaishou.isVisibleTo(tab)
    assert tab.settings.daily_limit.isVisibleTo(tab)


def test_batch_test_reports_rate_and_wrong_hits(tab, qtbot, tmp_path):
    questions = tmp_path / "买家问题.csv"
    questions.write_text("问题,期望\n你们发啥快递,logistics.carrier\n几天能到啊,logistics.sf\n"
                         "今天天气怎么样,转人工\n", encoding="utf-8-sig")
    dialog = tab.batch_test(str(questions))
    qtbot.waitUntil(lambda: not dialog.running(), timeout=10000)
    assert "共 3 个问题" in dialog.summary.text() and "答错 1 个" in dialog.summary.text()
    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData("wrong"))
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "几天能到啊"
    report = tmp_path / "报告.xlsx"
    assert dialog.export(str(report))
    wait_ops(qtbot)
    assert load_workbook(report).sheetnames == ["汇总", "明细"]
