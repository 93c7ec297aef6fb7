"""Signed rule packs: built, refused when anything is wrong, installed, diffed and rolled back, with a
second real pack (tests/packs.py) signed by a key made for the test."""

import io
import json
import zipfile
from datetime import datetime

import pytest

from core.engine import check
from core.packs import bundle, installed
from core.packs.bundle import PackRefused
from core.packs.diff import rule_changes, shop_changes, text
from core.packs.lint import lint
from core.paths import resource
from core.rulepack import load_pack
from core.store import DB_NAME, Shop, Store
from core.text import model
from core.values import BEIJING
from tests.packs import ADDED_RULE, NEW_CAP, NEW_CAP_SINCE, NEXT_VERSION, build_pack, make_key, rules_copy


@pytest.fixture
def made(tmp_path):
    key = make_key(tmp_path / "keys")
    folder = rules_copy(tmp_path / "rules")
    path = build_pack(folder, key, tmp_path / f"shop-rules-{NEXT_VERSION}.rulepack")
    data = tmp_path / "data"
    return key, folder, path, data


def trusting(data, key):
    (data / "keys").mkdir(parents=True, exist_ok=True)
    (data / "keys" / key.public.name).write_bytes(key.public.read_bytes())


def rewrite(path, change):
    """The pack file with its entries passed through `change(name, bytes) -> bytes | None` (None drops it)."""
    with zipfile.ZipFile(path) as old:
        entries = [(i.filename, old.read(i.filename)) for i in old.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as new:
        for name, data in entries:
            kept = change(name, data)
            if kept is not None:
                new.writestr(name, kept)
    path.write_bytes(out.getvalue())


def test_shipped_pack_lints_clean_every_quote_found():
    result = lint(resource("rules"))
    assert result.quotes_missing == 0 and result.quotes_checked == len(load_pack())
    assert [e for e in result.errors if "引文" in e] == []


def test_an_untrusted_key_is_refused_then_trusted_from_the_data_folder(made):
    key, _folder, path, data = made
    with pytest.raises(PackRefused) as refused:
        installed.install(path, data)
    assert refused.value.kind == "bad_signature"
    assert installed.active_version(data) is None
    trusting(data, key)
    done = installed.install(path, data)
    assert done.version == NEXT_VERSION and installed.active_version(data) == NEXT_VERSION


@pytest.mark.parametrize("how, kind", [
    (lambda name, data: None if name == "manifest.sig" else data, "unsigned"),  # a stripped signature
    (lambda name, data: b"00" * 64 if name == "manifest.sig" else data, "bad_signature"),
    (lambda name, data: data.replace(b'"50000.00"', b'"99999.00"') if name.endswith("ks_lottery.toml") else data,
     "hash_mismatch"),
    (lambda name, data: data.replace(b'"format": 1', b'"format": 1, "x": 1') if name == "manifest.json" else data,
     "bad_signature"),  # the manifest edited after signing
    (lambda name, data: None if name.endswith("ks_coupon.toml") else data, "missing_file"),
])
def test_every_kind_of_tampering_is_refused_and_the_active_pack_kept(made, how, kind):
    key, _folder, path, data = made
    trusting(data, key)
    rewrite(path, how)
    with pytest.raises(PackRefused) as refused:
        installed.install(path, data)
    assert refused.value.kind == kind and refused.value.message
    assert installed.active_version(data) is None
    assert installed.active_pack(data).version == load_pack().version


def test_an_extra_file_is_refused(made):
    key, _folder, path, data = made
    trusting(data, key)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("rules/evil.toml", "x = 1")
    with pytest.raises(PackRefused, match="清单之外"):
        installed.install(path, data)


def test_older_equal_newer_app_and_failing_tests_are_refused(made, tmp_path):
    key, _folder, path, data = made
    trusting(data, key)
    installed.install(path, data)
    with pytest.raises(PackRefused) as again:
        installed.install(path, data)
    assert again.value.kind == "not_newer"
    assert installed.install(path, data, allow_downgrade=True).version == NEXT_VERSION

    needy = rules_copy(tmp_path / "needy", "2099.2.1.1", change=False)
    (needy / "pack.toml").write_text((needy / "pack.toml").read_text(encoding="utf-8").replace(
        'min_app = "0.2.0"', 'min_app = "9.0.0"'), encoding="utf-8")
    with pytest.raises(PackRefused) as newer:
        installed.install(build_pack(needy, key, tmp_path / "needy.rulepack"), data)
    assert newer.value.kind == "needs_newer_app" and "9.0.0" in newer.value.message

    broken = rules_copy(tmp_path / "broken", "2099.3.1.1", change=False)
    cases = broken / "tests" / "lottery.toml"
    cases.write_text(cases.read_text(encoding="utf-8").replace('warnings = ["ks.lottery.main_image"]',
                                                               'warnings = []'), encoding="utf-8")
    with pytest.raises(PackRefused) as failing:
        installed.install(build_pack(broken, key, tmp_path / "broken.rulepack"), data)
    assert failing.value.kind == "tests_failed" and "示例方案" in failing.value.message
    assert installed.active_version(data) == NEXT_VERSION


def test_diff_names_the_changed_threshold_and_the_plans_it_changes(made):
    key, _folder, path, data = made
    trusting(data, key)
    data.mkdir(exist_ok=True)
    store = Store(data / DB_NAME)
    shop = store.save_shop(Shop(name="小林服饰", experience_score=4.52))
    plan = json.loads((resource("examples") / "lottery.json").read_text(encoding="utf-8"))
    plan["prizes"][0]["unit_value"] = "40000.00"
    store.save_plan(shop.id, "lottery", "6月10日晚场直播", plan)
    prepared = installed.prepare(path, data)
    old, new = installed.active_pack(data), prepared.pack
    rules = rule_changes(old, new)
    [value] = rules.values
    assert (value.rule, value.param, value.old, value.new, value.since) == (
        "ks.lottery.value_cap", "per_user_cap", "50000.00", NEW_CAP, NEW_CAP_SINCE)
    assert [a["id"] for a in rules.added] == [ADDED_RULE]
    now = datetime(2026, 6, 10, 12, tzinfo=BEIJING)
    [changes] = shop_changes(store, old, new, now)
    [planned] = changes.plans
    assert planned.plan == "6月10日晚场直播" and [f["rule"] for f in planned.appeared] == ["ks.lottery.value_cap"]
    shown = text(rules, [changes])
    assert "50000.00" in shown and "30000.00" in shown and "6月10日晚场直播" in shown and "新出现错误" in shown
    installed.commit(prepared, path)
    active = installed.active_pack(data)
    def capped(pack):
        return "ks.lottery.value_cap" in [f.rule for f in check("lottery", plan, now, pack).findings]

    assert capped(active) and not capped(load_pack())
    assert installed.rollback(data) is None
    assert installed.active_pack(data).version == load_pack().version
    with pytest.raises(PackRefused, match="内置规则包"):
        installed.rollback(data)
    store.close()


def test_a_tampered_installed_pack_falls_back_to_the_builtin_one(made):
    key, _folder, path, data = made
    trusting(data, key)
    installed.install(path, data)
    target = data / "rulepacks" / NEXT_VERSION / "ks_lottery.toml"
    target.write_text(target.read_text(encoding="utf-8").replace("30000.00", "1.00"), encoding="utf-8")
    pack, problem = installed.load_active(data)
    assert pack.version == load_pack().version and "无法使用" in problem


def test_manifest_lists_every_file_with_its_hash(made):
    _key, folder, path, _data = made
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["version"] == NEXT_VERSION and manifest["min_app"] == "0.2.0"
    assert set(manifest["files"]) == set(bundle.collect(folder))
    assert "sources/INDEX.toml" in manifest["files"] and "tests/lottery.toml" in manifest["files"]
    assert "models/lottery_terms.json.gz" in manifest["files"]  # the fee and condition rules' second opinion
    assert manifest["changelog"][-1]["rules"] == ["ks.lottery.value_cap", ADDED_RULE]


def test_an_installed_pack_reads_its_model_from_where_it_was_installed(made, monkeypatch):
    key, _folder, path, data = made
    trusting(data, key)
    prepared = installed.prepare(path, data)
    installed.commit(prepared, path)  # the app goes on with prepared.pack (gui/rule_packs.py)
    target = data / "rulepacks" / NEXT_VERSION
    assert prepared.pack.folder == target and (target / "models" / "lottery_terms.json.gz").is_file()
    assert not list((data / "rulepacks").glob(".incoming-*"))
    monkeypatch.setattr(model, "_MODELS", {})  # nothing kept from the install's own rule tests
    plan = json.loads((resource("examples") / "lottery.json").read_text(encoding="utf-8"))
    # a fee only the model reads (p 0.999 with the model of 134 sets; the engine finds none)
    plan["terms"] = "中了的宝宝啊，去拍一下那个三号链接，一块钱的，就是个邮费嘛，拍了就给你发"
    now = datetime(2026, 6, 10, 12, tzinfo=BEIJING)
    fees = [f for f in check("lottery", plan, now, prepared.pack).findings if f.rule == "ks.lottery.no_extra_fees"]
    assert [f.severity for f in fees] == ["warning"] and "判断依据" in fees[0].message


def test_a_failure_after_a_reinstall_is_committed_keeps_the_installed_copy(made, monkeypatch):
    key, _folder, path, data = made
    trusting(data, key)
    installed.install(path, data)

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(installed.shutil, "copyfile", disk_full)
    with pytest.raises(OSError):
        installed.install(path, data, allow_downgrade=True)  # the same pack again: the disk fills up
    pack, problem = installed.load_active(data)
    assert (pack.version, problem) == (NEXT_VERSION, None)
    assert (data / "rulepacks" / NEXT_VERSION / "models" / "lottery_terms.json.gz").is_file()


def test_a_reinstall_that_fails_to_move_the_new_copy_in_keeps_the_old_one(made, monkeypatch):
    key, _folder, path, data = made
    trusting(data, key)
    installed.install(path, data)
    moved = installed.os.replace

    def stuck(src, dst):
        if ".incoming-" in str(src):
            raise OSError(13, "Permission denied")  # another program holds the folder (Windows)
        return moved(src, dst)

    monkeypatch.setattr(installed.os, "replace", stuck)
    with pytest.raises(OSError):
        installed.install(path, data, allow_downgrade=True)
    pack, problem = installed.load_active(data)
    assert (pack.version, problem) == (NEXT_VERSION, None)
