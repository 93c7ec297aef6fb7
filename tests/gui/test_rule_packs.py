"""设置 → 规则包 as the seller uses it: pick a signed file, read what it changes for the saved plans,
install it (the checks switch to it), roll back; a tampered file is refused and nothing changes."""

import json
import shutil
import zipfile

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from core.packs.active import active_version
from core.paths import resource
from core.rulepack import load_pack
from core.store import DB_NAME, Shop, Store
from gui.rule_packs import ChangesDialog, RulePacksDialog
from tests.packs import NEW_CAP, NEXT_VERSION, build_pack, make_key, rules_copy


@pytest.fixture
def setup(tmp_path, qtbot):
    key = make_key(tmp_path / "keys")
    pack_file = build_pack(rules_copy(tmp_path / "rules"), key, tmp_path / "next.rulepack")
    data = tmp_path / "data"
    (data / "keys").mkdir(parents=True)
    shutil.copy(key.public, data / "keys")
    store = Store(data / DB_NAME)
    shop = store.save_shop(Shop(name="小林服饰", experience_score=4.52))
    plan = json.loads((resource("examples") / "lottery.json").read_text(encoding="utf-8"))
    plan["prizes"][0]["unit_value"] = "40000.00"
    store.save_plan(shop.id, "lottery", "6月10日晚场直播", plan)
    used = []
    dialog = RulePacksDialog(None, store, load_pack(), used.append)
    qtbot.addWidget(dialog)
    yield dialog, pack_file, data, used
    store.close()


def test_install_shows_the_changes_for_the_shop_then_switches(setup, qtbot, monkeypatch):
    dialog, pack_file, data, used = setup
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack_file), ""))
    shown = []

    def read_and_accept(changes):
        shown.append(changes.text.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChangesDialog, "exec", read_and_accept)
    assert dialog.install()
    qtbot.waitUntil(lambda: bool(used), timeout=60_000)
    [text] = shown
    assert NEW_CAP in text and "6月10日晚场直播" in text
    assert used[0].version == NEXT_VERSION and active_version(data) == NEXT_VERSION
    assert NEXT_VERSION in dialog.current.text() and dialog.rollback_button.isEnabled()

    monkeypatch.setattr("gui.rule_packs.confirm", lambda *a: True)
    assert dialog.roll_back()
    assert active_version(data) is None and used[-1].version == load_pack().version


def test_a_tampered_file_is_refused_in_plain_words(setup, qtbot, monkeypatch, tmp_path):
    dialog, pack_file, data, used = setup
    tampered = tmp_path / "tampered.rulepack"
    with zipfile.ZipFile(pack_file) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("ks_lottery.toml"):
                body = body.replace(b"50000.00", b"99999.00")
            dst.writestr(info.filename, body)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert dialog.install(str(tampered))
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    assert "校验值不符" in warned[0] and "正在使用的规则不变" in warned[0]
    assert active_version(data) is None and used == [] and dialog.install_button.isEnabled()
