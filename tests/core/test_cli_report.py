"""python -m core report … and python -m core deadlines …: the report and the board from the command
line; exit 0, or 2 for a shop or data folder that is not there."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from core.store import DB_NAME, Shop, Store
from tests.conftest import CONTRACT

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


@pytest.fixture
def folder(tmp_path):
    store = Store(tmp_path / DB_NAME)
    shop = store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    store.save_shop(Shop(name='<b>&"阿花', platform="douyin"))
    for kind in ("aftersale", "lottery"):
        store.save_plan(shop.id, kind, "6月10日晚场直播", json.loads((CONTRACT / f"{kind}.json").read_text(encoding="utf-8")))
    store.close()
    return tmp_path


def test_report_writes_a_self_contained_page(folder):
    out = folder / "体检.html"
    result = run_cli("report", "--shop", "小林服饰", "--as-of", "2022-02-10", "--data-dir", str(folder), "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "合规体检报告" in page and "小林服饰" in page
    assert "快手小店2022年春节交易流程调整通知" in page and "售后单 R1" in page
    assert "体检报告已写入" in result.stderr


def test_report_of_every_shop_to_stdout_escapes_names(folder):
    result = run_cli("report", "--all-shops", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert "&lt;b&gt;&amp;&quot;阿花" in result.stdout and '<b>&"阿花' not in result.stdout


def test_an_unknown_shop_or_missing_data_exits_2(folder, tmp_path):
    result = run_cli("report", "--shop", "没有这家", "--data-dir", str(folder), "-o", str(folder / "x.html"))
    assert result.returncode == 2 and "没有找到店铺" in result.stderr and "小林服饰" in result.stderr
    assert not (folder / "x.html").exists()
    result = run_cli("deadlines", "--shop", "没有这家", "--data-dir", str(folder), "--format", "ics")
    assert result.returncode == 2 and "没有找到店铺" in result.stderr
    result = run_cli("deadlines", "--shop", "1", "--data-dir", str(tmp_path / "empty"))
    assert result.returncode == 2 and "还没有数据文件" in result.stderr


def test_deadlines_as_ics_parse_back(folder):
    out = folder / "时限.ics"
    result = run_cli("deadlines", "--shop", "1", "--as-of", "2022-02-10T10:00", "--data-dir", str(folder),
                     "--format", "ics", "-o", str(out))
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 5  # four after-sales, one prize
    assert all(str(e["UID"]).endswith("@shop-assistant.local") for e in events)
    assert all(len(list(e.walk("VALARM"))) == 1 for e in events)
    assert any("ks.aftersale.refund_before_shipment" in str(e["DESCRIPTION"]) for e in events)
    again = run_cli("deadlines", "--shop", "小林服饰", "--as-of", "2022-02-10T11:00", "--data-dir", str(folder),
                    "--format", "ics")
    uids = {str(e["UID"]) for e in Calendar.from_ical(again.stdout.encode("utf-8")).walk("VEVENT")}
    assert uids == {str(e["UID"]) for e in events}


def test_deadlines_as_json_and_text(folder):
    result = run_cli("deadlines", "--shop", "小林服饰", "--as-of", "2022-02-10", "--data-dir", str(folder),
                     "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    r1 = next(i for i in data["items"] if "R1" in i["what"])
    assert r1["state"] == "open" and r1["overdue"] and r1["rule"] == "ks.aftersale.refund_before_shipment"
    assert r1["rule_title"].startswith("发货前仅退款") and r1["where"].startswith("6月10日晚场直播（")
    text = run_cli("deadlines", "--shop", "小林服饰", "--as-of", "2022-02-10", "--data-dir", str(folder))
    assert text.returncode == 0 and "已超时" in text.stdout and "售后单 R1" in text.stdout
