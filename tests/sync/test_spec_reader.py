"""docs/bundle-format.md section 11 is runnable: its reader opens a real bundle without our code."""

from __future__ import annotations

import re
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

SPEC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


def test_the_spec_reader_reads_a_real_bundle(sqlite_hub, make_station, enrol, fill, usb):
    a = make_station("S-A")
    enrol(sqlite_hub, a)
    made = fill(a, 3)
    bundle = a.export(usb / "a1.sdbundle")
    code = re.search(r"## 11\..*?```python\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S).group(1)
    namespace: dict = {}
    exec(compile(code, str(SPEC), "exec"), namespace)
    from stationdesk.sync.crypto import KeyPairs

    signing_public = KeyPairs.load(a.folder.keys).public.signing
    city_private = sqlite_hub.keys.encryption.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    tables = {name: rows for name, _, rows in namespace["read_bundle"](bundle.path, signing_public, city_private)}
    assert {name: len(rows) for name, rows in tables.items()} == bundle.counts
    assert {r["id"] for r in tables["person"]} >= set(made["person"])
