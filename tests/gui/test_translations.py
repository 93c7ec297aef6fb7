import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from core.paths import resource


def test_every_english_string_is_translated():
    ts = resource("i18n", "shop_assistant_en.ts")
    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_compiled_qm_matches_the_ts(qapp):
    ts = ET.parse(resource("i18n", "shop_assistant_en.ts"))
    translator = QTranslator()
    assert translator.load(str(resource("i18n", "shop_assistant_en.qm")))
    stale = []
    for context in ts.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, wanted = message.findtext("source"), message.findtext("translation")
            if translator.translate(name, source) != wanted:
                stale.append(f"{name}: {source}")
    assert stale == [], "run resources/i18n/update.sh"
