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
            source = message.findtext("source")
            forms = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") == "yes" and forms:  # English: one form for 1, one for the rest
                for n, wanted in ((1, forms[0]), (2, forms[-1])):
                    if translator.translate(name, source, None, n) != wanted:
                        stale.append(f"{name}: {source} (n={n})")
            elif translator.translate(name, source) != message.findtext("translation"):
                stale.append(f"{name}: {source}")
    assert stale == [], "run resources/i18n/update.sh"


def test_the_ts_holds_every_string_the_interface_shows(tmp_path):
    """lupdate over gui/ into a copy of the .ts finds nothing new: no interface string was added
    without its English (run resources/i18n/update.sh and translate)."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    import PySide6

    lupdate = Path(PySide6.__file__).parent / ("lupdate.exe" if os.name == "nt" else "lupdate")
    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "i18n" / "shop_assistant_en.ts"  # same depth as resources/i18n: same locations
    copy.parent.mkdir()
    shutil.copy(resource("i18n", "shop_assistant_en.ts"), copy)
    sources = sorted(str(p) for p in (root / "gui").rglob("*.py"))
    result = subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete",
                             "-source-language", "zh_CN", "-target-language", "en"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    unfinished = [m.findtext("source") for m in ET.parse(copy).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run resources/i18n/update.sh and translate these"
