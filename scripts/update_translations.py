"""Developer tool: refresh the English translation source and build the .qm files.

    .venv/bin/python scripts/update_translations.py              # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --fill x.json  # also take {"中文源文本": "English"} pairs
    .venv/bin/python scripts/update_translations.py --missing      # list strings still untranslated
    .venv/bin/python scripts/update_translations.py --keep-from a.ts b.ts  # after a merge: translations of both sides

Chinese is the source language of every ``tr()`` string, so a missing English entry falls back to
Chinese, never to a blank. Every text registered with ``stationdesk.messages.register`` is put into
the context "messages" with its code as the comment (a pair's English, not yet moved into the .ts by
``scripts/move_messages_to_ts.py``, fills an empty translation).
``src/stationdesk/resources/translations/stationdesk_en.ts`` is the file to edit (Qt Linguist or
--fill); the .qm next to it is built from it and committed.
"""

import argparse
import importlib
import json
import pkgutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "src" / "stationdesk" / "resources" / "translations" / "stationdesk_en.ts"
BIN = Path(sys.executable).parent


def lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "src" / "stationdesk" / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            *sources,
            "-ts",
            str(TS),
        ],
        check=True,
    )


def load_every_message() -> dict[str, tuple[str, str | None]]:
    """Import every module (but the migrations) so that each ``register`` call runs."""
    sys.path.insert(0, str(ROOT / "src"))
    import stationdesk
    from stationdesk import messages

    for module in pkgutil.walk_packages(stationdesk.__path__, "stationdesk."):
        if not module.name.startswith(("stationdesk.db.migrations", "stationdesk.__main__")):
            importlib.import_module(module.name)
    return messages.registered()


def put_messages(previous: dict[str, tuple[str, str]]) -> None:
    """Write the "messages" context: one entry per registered code, keeping a translator's English
    when the Chinese it translates is unchanged. ``previous``: code -> (source, English) before lupdate."""
    from stationdesk.messages import TS_CONTEXT

    tree = ET.parse(TS)
    root = tree.getroot()
    for old in [c for c in root.iter("context") if c.findtext("name") == TS_CONTEXT]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = TS_CONTEXT
    for code, (chinese, pair_english) in sorted(load_every_message().items()):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = chinese
        ET.SubElement(message, "comment").text = code
        translation = ET.SubElement(message, "translation")
        source, english = previous.get(code, ("", ""))
        translation.text = english if english and source == chinese else pair_english
        if not translation.text:
            translation.set("type", "unfinished")
    ET.indent(context, space="    ")  # laid out as lupdate lays out the others
    context.tail = "\n"
    tree.write(TS, encoding="utf-8", xml_declaration=True)


def messages_in(ts: Path) -> dict[str, tuple[str, str]]:
    """code -> (Chinese source, finished English) of the "messages" context of a .ts file."""
    from stationdesk.messages import TS_CONTEXT, english_in_ts

    if not ts.exists():
        return {}
    english = english_in_ts(ts)
    found = {}
    for context in ET.parse(ts).iter("context"):
        if context.findtext("name") == TS_CONTEXT:
            for message in context.iter("message"):
                code = message.findtext("comment") or ""
                found[code] = (message.findtext("source"), english.get(code, ""))
    return found


def fill(pairs: dict[str, str]) -> int:
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in pairs and translation is not None and translation.get("type") == "unfinished":
            translation.text = pairs[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


def translations_in(ts: Path) -> dict[str, str]:
    """Finished translations of another version of the .ts file (source -> English)."""
    found = {}
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            found[message.findtext("source")] = translation.text
    return found


def missing() -> list[str]:
    tree = ET.parse(TS)
    return [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]


def lrelease() -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path)
    parser.add_argument("--missing", action="store_true")
    parser.add_argument(
        "--keep-from", type=Path, nargs="+", default=[], help="other .ts versions to take translations from"
    )
    args = parser.parse_args()
    TS.parent.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "src"))
    before = messages_in(TS)
    lupdate()
    put_messages(before)
    for other in args.keep_from:
        print(f"kept {fill(translations_in(other))} translations from {other}")
    if args.fill:
        print(f"filled {fill(json.loads(args.fill.read_text(encoding='utf-8')))} translations")
    if args.missing:
        print(json.dumps(missing(), ensure_ascii=False, indent=1))
    lrelease()
