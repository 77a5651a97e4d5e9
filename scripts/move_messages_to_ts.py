"""Developer tool: move the English of every ``register({code: ("中文", "English")})`` pair into the
.ts file (context "messages", the code as the comment) and leave ``{code: "中文"}`` in the source.

    .venv/bin/python scripts/move_messages_to_ts.py          # every module of src/stationdesk
    .venv/bin/python scripts/move_messages_to_ts.py FILE...  # only these

It can be run again at any time (after merging branches whose new code still writes pairs): a pair
is moved once, an entry that is already a string is left alone, and a translator's English already
in the .ts is replaced only by a pair that is newer in the source. The .ts is written before the
sources, so a run cut short loses no English; then ``ruff format`` and lrelease run. Entries that
are not a literal ``"code": ("…", "…")`` (a dict built by a comprehension) are listed, not moved.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "stationdesk"
TS = SOURCES / "resources" / "translations" / "stationdesk_en.ts"
CONTEXT = "messages"
LINE_LENGTH = 120  # pyproject.toml [tool.ruff]


def _register_names(tree: ast.AST) -> set[str]:
    """The names ``register`` goes by in a module (``from stationdesk.messages import register as …``)."""
    names = {"register"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "stationdesk.messages":
            names |= {alias.asname or alias.name for alias in node.names if alias.name == "register"}
    return names


def _is_register(call: ast.Call, names: set[str]) -> bool:
    func = call.func
    return (isinstance(func, ast.Name) and func.id in names) or (
        isinstance(func, ast.Attribute) and func.attr == "register" and getattr(func.value, "id", "") == "messages"
    )


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def register_calls(tree: ast.AST):
    """The ``register({...})`` calls of a module whose argument is a dict literal."""
    names = _register_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_register(node, names) and node.args:
            yield node.args[0]


def pairs_in(tree: ast.AST) -> tuple[list[tuple[str, str, str, ast.Tuple]], int]:
    """(code, Chinese, English, tuple node) of each literal pair, and how many entries are not literal."""
    pairs, other = [], 0
    for argument in register_calls(tree):
        if not isinstance(argument, ast.Dict):
            other += 1
            continue
        for key, value in zip(argument.keys, argument.values, strict=True):
            code = _text(key) if key is not None else None
            if (
                code is not None
                and isinstance(value, ast.Tuple)
                and len(value.elts) == 2
                and None not in (_text(value.elts[0]), _text(value.elts[1]))
            ):
                pairs.append((code, value.elts[0].value, value.elts[1].value, value))
    return pairs, other


def _width(text: str) -> int:
    """Columns as ruff counts them: wide (Chinese) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _offset(lines: list[str], line: int, column: int) -> int:
    return sum(len(text.encode("utf-8")) for text in lines[: line - 1]) + column


def rewritten(source: str) -> tuple[str, dict[str, str], int]:
    """The module with each pair replaced by its Chinese, the English by code, and the entries left."""
    tree = ast.parse(source)
    pairs, other = pairs_in(tree)
    raw = source.encode("utf-8")
    lines = source.splitlines(keepends=True)
    english = {}
    for code, _, en, node in sorted(pairs, key=lambda p: (p[3].lineno, p[3].col_offset), reverse=True):
        start = _offset(lines, node.lineno, node.col_offset)
        end = _offset(lines, node.end_lineno, node.end_col_offset)
        chinese = node.elts[0]
        zh = raw[
            _offset(lines, chinese.lineno, chinese.col_offset) : _offset(
                lines, chinese.end_lineno, chinese.end_col_offset
            )
        ]
        before = lines[node.lineno - 1].encode("utf-8")[: node.col_offset].decode("utf-8")
        if b"\n" in zh or _width(before) + _width(zh.decode("utf-8")) + 1 > LINE_LENGTH:
            zh = b"(" + zh + b")"  # ruff format then breaks it onto its own line
        raw = raw[:start] + zh + raw[end:]
        english[code] = en
    return raw.decode("utf-8"), english, other


def put_english(ts: Path, english: dict[str, str], chinese: dict[str, str]) -> None:
    """Write each code's English into the "messages" context of the .ts (made if missing)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
        context.tail = "\n"
    by_code = {m.findtext("comment"): m for m in context.iter("message")}
    for code, text in sorted(english.items()):
        message = by_code.get(code)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = chinese[code]
            ET.SubElement(message, "comment").text = code
            ET.SubElement(message, "translation")
        message.find("source").text = chinese[code]
        translation = message.find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
    ET.indent(context, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def move(files: list[Path], ts: Path) -> tuple[int, list[str]]:
    """Move every pair of ``files``; returns how many moved and the files with entries left as they are."""
    planned, left = [], []
    english, chinese = {}, {}
    for file in files:
        source = file.read_text(encoding="utf-8")
        if "register" not in source:
            continue
        tree = ast.parse(source)
        pairs, other = pairs_in(tree)
        new_source, moved, _ = rewritten(source)
        english.update(moved)
        chinese.update({code: zh for code, zh, _, _ in pairs})
        if other:
            left.append(f"{file}: {other} register() call(s) without a dict literal")
        if moved:
            planned.append((file, new_source))
    if english:
        put_english(ts, english, chinese)  # first: a run cut short keeps the pairs and the English
    for file, new_source in planned:
        file.write_text(new_source, encoding="utf-8")
    return len(english), left


if __name__ == "__main__":
    targets = [Path(a) for a in sys.argv[1:]] or sorted(SOURCES.rglob("*.py"))
    count, left = move(targets, TS)
    bin_dir = Path(sys.executable).parent
    if count:
        subprocess.run([str(bin_dir / "ruff"), "format", "-q", *map(str, targets)], check=True)
        subprocess.run(
            [str(bin_dir / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True
        )
    print(f"moved {count} English texts into {TS.relative_to(ROOT)}")
    for line in left:
        print(f"left as they are: {line}")
