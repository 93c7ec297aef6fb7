"""Long lottery terms: pasted and typed on without the window waiting for their check.

Terms over BACKGROUND_CHARS are checked off the UI thread, one check at a time; what the seller types
meanwhile is checked next, and only the findings of the text on screen are shown.
"""

import threading
import time

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.tabs.lottery import LotteryTab
from gui.tabs.lottery import lottery_tab as module
from tests.gui.helpers import type_text, wait_ops

# a compliant notice, as long as a careful shop writes it
SENTENCE = "关注主播即可参与抽奖，中奖后48小时内发货，包邮，无需支付任何费用。"
NOTICE = SENTENCE * (module.BACKGROUND_CHARS // len(SENTENCE) + 20)


@pytest.fixture
def tab(lottery_tab) -> LotteryTab:
    return lottery_tab


@pytest.fixture
def threads(monkeypatch):
    """The threads the lottery checks ran on, and the terms each check read."""
    seen: list[tuple[bool, str]] = []
    real = module.check

    def recorded(kind, data, now, pack):
        seen.append((threading.current_thread() is threading.main_thread(), data["terms"]))
        return real(kind, data, now, pack)
    monkeypatch.setattr(module, "check", recorded)
    return seen


def fee_messages(tab):
    return [m for m in tab.findings.messages() if "收费" in m]


def test_a_long_paste_is_checked_off_the_ui_thread_and_its_findings_shown(tab, qtbot, threads):
    tab.terms.setPlainText(NOTICE + "中奖后需自付邮费10元。")
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert fee_messages(tab) and "邮费10元" in fee_messages(tab)[0]
    on_ui = [on_main for on_main, terms in threads if len(terms) > module.BACKGROUND_CHARS]
    assert on_ui and not any(on_ui)
    # a short text is checked at once, on the UI thread, as before
    tab.terms.setPlainText("中奖后需自付邮费")
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert fee_messages(tab) and threads[-1] == (True, "中奖后需自付邮费")


def test_a_check_that_takes_a_while_says_so_and_greys_the_findings_it_will_replace(tab, qtbot, monkeypatch):
    release = threading.Event()
    real = module.check
    monkeypatch.setattr(module, "check", lambda kind, data, now, pack: (
        data["terms"] != NOTICE or release.wait(5)) and real(kind, data, now, pack))
    tab.terms.setPlainText("中奖后需自付邮费")  # short: checked at once
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert fee_messages(tab)
    tab.terms.setPlainText(NOTICE)
    qtbot.wait(50)
    assert not tab.checking.isVisibleTo(tab)  # a quick check would be done by now: nothing said
    qtbot.waitUntil(lambda: tab.checking.isVisibleTo(tab), timeout=2_000)
    assert not tab.findings.isEnabled()  # the fee found before is of the text before the paste
    release.set()
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert not tab.checking.isVisibleTo(tab) and tab.findings.isEnabled()
    assert fee_messages(tab) == []


def test_typing_while_a_long_check_runs_shows_only_findings_of_the_text_on_screen(tab, qtbot, monkeypatch):
    read: dict[int, str] = {}  # report -> the terms it checked
    slow = threading.Event()
    real = module.check

    def slow_check(kind, data, now, pack):
        if data["terms"] == NOTICE:  # the pasted text: the seller types on before its check is done
            slow.wait(5)
        report = real(kind, data, now, pack)
        read[id(report)] = data["terms"]
        return report
    monkeypatch.setattr(module, "check", slow_check)
    shown: list[tuple[str, str]] = []  # the terms a shown report checked, the terms on screen then
    real_show = tab._show_checked
    monkeypatch.setattr(tab, "_show_checked", lambda got, now: shown.append(
        (read.get(id(got[0]), ""), tab.terms.toPlainText())) or real_show(got, now))
    tab.terms.setPlainText(NOTICE)
    qtbot.wait(20)
    tab.terms.moveCursor(tab.terms.textCursor().MoveOperation.End)
    started = time.perf_counter()
    type_text(qtbot, tab.terms, "中奖后需自付邮费")  # the window takes the keystrokes meanwhile
    assert time.perf_counter() - started < 4, "the keystrokes waited for the check"
    assert tab.terms.toPlainText() == NOTICE + "中奖后需自付邮费"
    slow.set()
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert fee_messages(tab)
    assert shown and all(checked == on_screen for checked, on_screen in shown), "findings of another text shown"
    assert NOTICE not in [checked for checked, _ in shown]  # its check ended after the text had changed


def test_deleting_a_long_paste_back_to_a_short_text_shows_the_short_texts_findings(tab, qtbot):
    tab.terms.setPlainText(NOTICE + "中奖后需自付邮费10元。")
    tab.terms.setPlainText("关注主播即可参与，包邮。")  # checked after the running check, not beside it
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert tab.findings.messages() == []


def test_terms_over_the_limit_are_a_field_error_after_a_background_check(tab, qtbot):
    tab.terms.setPlainText("包" * 20_001)
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert tab.report is None
    assert any("抽奖说明" in m and "20,000" in m for m in tab.findings.messages())


def test_export_right_after_a_long_paste_writes_the_findings_of_the_pasted_text(tab, qtbot, tmp_path):
    tab.terms.setPlainText("关注主播即可参与，包邮。")
    qtbot.waitUntil(tab.idle, timeout=10_000)
    tab.terms.setPlainText(NOTICE + "中奖后需自付邮费10元。")
    QApplication.processEvents()
    assert not tab.idle()
    out = tmp_path / "plan.xlsx"
    assert tab.export_xlsx(str(out))
    wait_ops(qtbot)
    findings = [row[1] for row in load_workbook(out)["检查结果"].iter_rows(min_row=2, values_only=True)]
    assert "ks.lottery.no_extra_fees" in findings


def marked(tab) -> list[tuple[str, str]]:
    """The clauses underlined in the terms box, as the seller sees them, and their underline colour."""
    return [(s.cursor.selectedText(), s.format.underlineColor().name()) for s in tab.terms.extraSelections()]


def test_the_clauses_a_finding_quotes_are_underlined_where_the_seller_wrote_them(tab, qtbot):
    from gui import palette
    tab.terms.setPlainText("关注主播即可参与😀。中奖后需自付邮费10元，粉丝团等级满3级才能领👍，全场包邮。")
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert marked(tab) == [("中奖后需自付邮费10元", palette.ERROR), ("粉丝团等级满3级才能领", palette.ERROR)]
    # the marks move with the text while the seller types in front of them
    cursor = tab.terms.textCursor()
    cursor.setPosition(0)
    tab.terms.setTextCursor(cursor)
    type_text(qtbot, tab.terms, "今晚")
    assert [text for text, _ in marked(tab)] == ["中奖后需自付邮费10元", "粉丝团等级满3级才能领"]
    qtbot.waitUntil(tab.idle, timeout=10_000)
    tab.terms.setPlainText("关注主播即可参与，包邮。")  # fixed: no marks left
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert marked(tab) == []


def test_a_condition_read_from_the_demand_alone_is_marked_as_a_warning(tab, qtbot):
    from gui import palette
    tab.terms.setPlainText("中奖后需要给店铺写一段感谢语")
    qtbot.waitUntil(tab.idle, timeout=10_000)
    warnings = [m for m in tab.findings.cards if m.severity == "warning" and m.path == "terms"]
    assert warnings and [color for _, color in marked(tab)] == [palette.WARNING]


def test_activating_a_terms_finding_walks_the_cursor_through_its_clauses(tab, qtbot):
    from PySide6.QtCore import Qt
    head = "关注主播即可参与。" * 40
    terms = head + "中奖后需自付邮费10元。" + head + "中奖后请补运费5元。"
    tab.terms.setPlainText(terms)
    qtbot.waitUntil(tab.idle, timeout=10_000)
    card = next(c for c in tab.findings.cards if c.path == "terms")
    first, second = terms.index("中奖后需自付"), terms.index("中奖后请补")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.terms.textCursor().position() == first and not tab.terms.textCursor().hasSelection()
    assert tab.terms.hasFocus() or tab.terms.textCursor().position() == first
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.terms.textCursor().position() == second
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.terms.textCursor().position() == first  # round again
    type_text(qtbot, tab.terms, "X")  # typing there replaces nothing
    assert tab.terms.toPlainText() == terms[:first] + "X" + terms[first:]


def test_a_result_that_arrives_before_the_next_edit_is_checked_is_not_shown(tab, qtbot, monkeypatch):
    # the fee is deleted while its check runs; the check's result arrives before the deletion's own
    # check is asked for (the tab's coalescing timer has not run yet): the fee must not be shown
    release, started = threading.Event(), threading.Event()
    real = module.check
    fee = "中奖后需自付邮费10元。"

    def slow(kind, data, now, pack):
        if data["terms"] == NOTICE + fee:
            started.set()
            release.wait(5)
        return real(kind, data, now, pack)
    monkeypatch.setattr(module, "check", slow)
    tab.terms.setPlainText(NOTICE + fee)
    qtbot.waitUntil(started.is_set)
    tab.terms.setPlainText(NOTICE)
    release.set()
    time.sleep(0.5)  # the worker's result is posted meanwhile
    QApplication.processEvents()
    assert not fee_messages(tab)
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert not fee_messages(tab) and tab.findings.isEnabled()


def plan_of(prizes: int, terms: str) -> dict:
    import json
    from pathlib import Path
    data = json.loads((Path(__file__).resolve().parents[2] / "resources" / "examples" / "lottery.json").read_text(
        encoding="utf-8"))
    data["prizes"] = [dict(data["prizes"][0], title=f"奖品{i}") for i in range(prizes)]
    data["terms"] = terms
    return data


def test_the_shipping_table_of_the_plan_before_cannot_be_marked_while_the_new_one_is_checked(tab, qtbot):
    tab.show_plan(plan_of(3, NOTICE))
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert tab.fulfilment.model.rowCount() == 3 and tab.fulfilment.isEnabled()
    tab.show_plan(plan_of(1, "另一场：" + NOTICE))
    assert not tab.fulfilment.isEnabled()  # its rows are the three prizes of the plan before
    tab.fulfilment.shipped.emit(2, "2023-06-10T22:00:00+08:00")  # no crash, nothing marked
    assert tab.model.prizes[0].get("shipped_at") is None
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert tab.fulfilment.model.rowCount() == 1 and tab.fulfilment.isEnabled()


def test_export_while_the_check_of_terms_over_the_limit_runs_says_which_field(tab, qtbot, monkeypatch, tmp_path):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    tab.terms.setPlainText("包" * 20_001)
    QApplication.processEvents()
    out = tmp_path / "plan.xlsx"
    tab.export_xlsx(str(out))
    wait_ops(qtbot)
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert not out.exists()
    assert said and "抽奖说明" in said[-1] and "20,000" in said[-1]


def test_marks_are_placed_in_the_editors_units_past_any_number_of_emoji(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from core.checks.lottery import Mark
    from gui.tabs.lottery.terms_marks import show_marks, spans
    text = "😀关注👍🏻主播。中奖后需自付邮费🙏🙏，🎁粉丝团满3级才能领！"
    clauses = ["中奖后需自付邮费🙏🙏", "粉丝团满3级才能领"]
    marks = [Mark("r", "error", text.index(c), text.index(c) + len(c), ()) for c in clauses]
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(text)
    show_marks(edit, spans(text, marks))
    assert [s.cursor.selectedText() for s in edit.extraSelections()] == clauses


def test_after_an_entry_error_the_shipping_table_of_the_plan_before_is_disabled(tab, qtbot):
    from datetime import timedelta

    from gui.qtdates import py_datetime, qdatetime
    tab.show_plan(plan_of(3, "关注主播即可参与，包邮。"))
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert tab.fulfilment.isEnabled() and tab.fulfilment.model.rowCount() == 3
    tab.end.setDateTime(qdatetime(py_datetime(tab.start.dateTime()) - timedelta(hours=1)))  # an entry error
    tab.model.remove(0)
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert tab.report is None and not tab.fulfilment.isEnabled()  # its three rows are not the two prizes


def test_a_clause_that_is_an_error_and_a_warning_is_underlined_as_an_error(tab, qtbot):
    from gui import palette
    tab.terms.setPlainText("史上最强福利中奖需补邮费5元")
    qtbot.waitUntil(tab.idle, timeout=10_000)
    selections = tab.terms.extraSelections()
    assert len(selections) == 2 and selections[0].cursor.selectedText() == selections[1].cursor.selectedText()
    assert selections[-1].format.underlineColor().name() == palette.ERROR  # drawn last, over the warning


def test_the_first_activation_goes_to_a_marked_clause_the_terms_open_with(tab, qtbot):
    terms = "中奖后需自付邮费10元。" + "关注主播即可参与。" * 30 + "中奖后请补运费5元。"
    tab.terms.setPlainText(terms)
    qtbot.waitUntil(tab.idle, timeout=10_000)
    assert tab.terms.textCursor().position() == 0
    tab.focus_path("terms")
    assert tab.terms.textCursor().position() == 0
    tab.focus_path("terms")
    assert tab.terms.textCursor().position() == terms.index("中奖后请补")


def test_activating_a_finding_walks_the_clauses_of_its_own_rule(tab, qtbot):
    from PySide6.QtCore import Qt
    terms = "这是全网最低价的福利。关注主播即可参与。中奖需补邮费5元。中奖后请补运费8元。"
    tab.terms.setPlainText(terms)
    qtbot.waitUntil(tab.idle, timeout=10_000)
    fee = next(c for c in tab.findings.cards if c.rule == "ks.lottery.no_extra_fees")
    absolute = next(c for c in tab.findings.cards if c.rule == "ks.lottery.absolute_terms")
    qtbot.mouseClick(fee, Qt.MouseButton.LeftButton)
    assert tab.terms.textCursor().position() == terms.index("中奖需补")  # not the superlative before it
    qtbot.mouseClick(fee, Qt.MouseButton.LeftButton)
    assert tab.terms.textCursor().position() == terms.index("中奖后请补")
    qtbot.mouseClick(absolute, Qt.MouseButton.LeftButton)
    assert tab.terms.textCursor().position() == 0
