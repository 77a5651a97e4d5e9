"""One text pipeline: messages registered in Chinese take their English from the shipped .ts
(context "messages", the code as comment); scripts/move_messages_to_ts.py moves pairs there."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from stationdesk import messages
from stationdesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english():
    before = messages.language()
    messages.set_language("en")
    yield
    messages.set_language(before)


def test_every_registered_message_is_in_the_ts_with_its_english():
    """update_translations.py put every code there; a translator sees them in Qt Linguist."""
    in_ts = messages.english_in_ts(resource_path("translations", "stationdesk_en.ts"))
    registered = _script("update_translations").load_every_message()
    assert set(registered) <= set(in_ts), sorted(set(registered) - set(in_ts))[:10]


def test_english_comes_from_the_ts_and_falls_back_to_the_pair_then_the_chinese(english, monkeypatch):
    monkeypatch.setattr(messages, "_ts_english", {"pipeline.in_ts": "From the .ts {n}"})
    messages.register(
        {"pipeline.in_ts": "来自 ts {n}", "pipeline.pair": ("一对", "A pair"), "pipeline.chinese_only": "只有中文"}
    )
    assert messages.text("pipeline.in_ts", n=3) == "From the .ts 3"
    assert messages.text("pipeline.pair") == "A pair"
    assert messages.text("pipeline.chinese_only") == "只有中文"
    messages.set_language("zh")
    assert messages.text("pipeline.in_ts", n=3) == "来自 ts 3"


MODULE = """from stationdesk import messages

messages.register(
    {
        "sample.short": ("短句。", "Short."),
        "sample.long": (
            "很长的一句话，" "分成两段。",
            "A long sentence, in two parts.",
        ),
        "sample.moved": "已经只有中文。",
    }
)
register = messages.register
register({f"sample.{n}": ("名", "name") for n in ("a", "b")})
from stationdesk.messages import register as register_messages
register_messages({"sample.aliased": ("别名", "Aliased")})
"""


def test_the_move_script_moves_pairs_into_the_ts_once(tmp_path):
    move = _script("move_messages_to_ts")
    module, ts = tmp_path / "sample.py", tmp_path / "x.ts"
    module.write_text(MODULE, encoding="utf-8")
    shutil.copyfile(resource_path("translations", "stationdesk_en.ts"), ts)

    count, left = move.move([module], ts)
    assert count == 3 and len(left) == 1  # the comprehension is not literal: listed, not moved
    text = module.read_text(encoding="utf-8")
    assert '"sample.short": "短句。"' in text and '"sample.aliased": "别名"' in text
    assert not [english for english in ("Short.", "A long sentence", "Aliased") if english in text]
    compile(text, "sample.py", "exec")
    assert messages.english_in_ts(ts)["sample.long"] == "A long sentence, in two parts."
    sources = {m.findtext("comment"): m.findtext("source") for m in ET.parse(ts).iter("message")}
    assert sources["sample.long"] == "很长的一句话，分成两段。"

    again = ts.read_bytes(), text
    assert move.move([module], ts) == (0, left)  # idempotent
    assert (ts.read_bytes(), module.read_text(encoding="utf-8")) == again
