"""Refresh the .ts, list what still needs English, and fill it in from a JSON file.

    python resources/i18n/untranslated.py list            # prints {"context|source": ""} for the missing
    python resources/i18n/untranslated.py fill FILE.json  # writes those translations, then builds the .qm

The JSON maps "context|source" (or just the source, for every context) to the English text. Plural
entries (sources with %n) take a list: [singular, plural].
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "shop_assistant_en.ts"


def refresh() -> None:
    subprocess.run(["bash", str(HERE / "update.sh")], check=True, capture_output=True)


def missing(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                out.append((name, message))
    return out


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "list"
    refresh()
    tree = ET.parse(TS)
    todo = missing(tree)
    if command == "list":
        print(json.dumps({f"{name}|{m.findtext('source')}": "" for name, m in todo}, ensure_ascii=False, indent=1))
        return 0
    table = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    left = 0
    for name, message in todo:
        source = message.findtext("source") or ""
        english = table.get(f"{name}|{source}", table.get(source))
        if not english:
            left += 1
            continue
        translation = message.find("translation")
        assert translation is not None
        if isinstance(english, list) and message.get("numerus") != "yes":
            print(f"not filled (a list, but the source is not a %n plural): {name}|{source}")
            left += 1
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            forms = english if isinstance(english, list) else [english, english]
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = english
    written = TS.with_suffix(".ts.tmp")  # whole or not at all: a failed write never leaves a cut .ts
    tree.write(written, encoding="utf-8", xml_declaration=True)
    written.replace(TS)
    refresh()
    print(f"filled {len(todo) - left}, still missing {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
