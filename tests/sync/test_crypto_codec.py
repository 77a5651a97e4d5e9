"""Crypto and row codec details that a reader of docs/bundle-format.md relies on."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, date, datetime

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from stationdesk.db.base import synced_tables
from stationdesk.errors import BundleRejected
from stationdesk.sync import crypto
from stationdesk.sync.codec import TableCodec


def test_fingerprints_are_five_groups_of_five_digits_from_sha256():
    keys = crypto.KeyPairs.generate()
    printed = keys.public.fingerprints()["signing"]
    assert re.fullmatch(r"\d{5}( \d{5}){4}", printed)
    digest = hashlib.sha256(keys.public.signing).digest()
    assert int(printed.split()[0]) == int.from_bytes(digest[:2], "big")
    assert keys.public.signing_id == hashlib.sha256(keys.public.signing).hexdigest()[:32]


def test_streamed_encryption_is_plain_aes_gcm_with_the_header_as_associated_data():
    """What the spec promises: any AES-GCM library opens the payload in one call."""
    recipient = crypto.KeyPairs.generate()
    sealing, key = crypto.new_sealing(recipient.public.encryption)
    header = b'{"x": 1}'
    plain = b"payload " * 100_000
    cipher = b"".join(crypto.encrypt_stream(key, sealing.nonce, header, io.BytesIO(plain)))
    assert AESGCM(key).decrypt(sealing.nonce, cipher, header) == plain
    assert crypto.open_key(recipient, sealing.header()) == key
    out = io.BytesIO()
    crypto.decrypt_stream(key, sealing.nonce, header, io.BytesIO(cipher), len(cipher), out)
    assert out.getvalue() == plain
    with pytest.raises(BundleRejected):
        crypto.decrypt_stream(key, sealing.nonce, b'{"x": 2}', io.BytesIO(cipher), len(cipher), io.BytesIO())
    with pytest.raises(BundleRejected) as caught:
        crypto.open_key(crypto.KeyPairs.generate(), sealing.header())
    assert caught.value.code == "bundle.not_for_us"


def test_private_keys_are_never_overwritten(tmp_path):
    crypto.KeyPairs.generate().save(tmp_path / "keys")
    with pytest.raises(FileExistsError):
        crypto.KeyPairs.generate().save(tmp_path / "keys")


def test_every_synced_table_has_a_codec_that_round_trips_its_sync_columns():
    for table in synced_tables():
        codec = TableCodec(table)
        assert "change_seq" not in codec.column_names
        schema = codec.schema()
        assert schema["primaryKey"] == "id"
        names = [f["name"] for f in schema["fields"]]
        for column in ("id", "origin_station", "created_at", "updated_at", "version", "deleted"):
            assert column in names
        for fk in schema.get("foreignKeys", []):
            assert fk["reference"]["fields"] == "id"


def test_values_are_written_in_the_documented_forms():
    person = next(t for t in synced_tables() if t.name == "person")
    codec = TableCodec(person)
    row = {c.name: (None if c.nullable else ("" if c.type.python_type is str else False)) for c in person.columns}
    row.update(
        id="0d9b1f0e-9a3c-4c55-9a53-8a2f7b6a1e01",
        origin_station="S-A",
        name="王",
        gender="F",
        created_at=datetime(2026, 6, 15, 8, 0, tzinfo=UTC),
        updated_at=datetime(2026, 6, 15, 8, 0, 0, 5, tzinfo=UTC),
        version="1781510400000-0000",
        deleted=False,
        birth_date=date(1940, 2, 29),
        is_elder=True,
    )
    encoded = codec.encode(row)
    assert encoded["created_at"] == "2026-06-15T08:00:00.000000Z"
    assert encoded["birth_date"] == "1940-02-29" and encoded["is_elder"] is True
    read = codec.reader(codec.schema()["fields"])
    decoded = codec.decode_row(read(dict(encoded.items())))
    assert decoded["updated_at"] == row["updated_at"] and decoded["birth_date"] == row["birth_date"]
    for name, bad in (
        ("id", "0D9B1F0E-9A3C-4C55-9A53-8A2F7B6A1E01"),
        ("id", "{0d9b1f0e-9a3c-4c55-9a53-8a2f7b6a1e01}"),
        ("id", "0d9b1f0e9a3c4c559a538a2f7b6a1e01abcd"),
        ("id", "0d9b1f0e-9a3c-4c55-9a53-8a2f7b6a1e01\n"),
        ("name", "王" * 51),
        ("name", 7),
        ("phone", ["1"]),
        ("name", None),
    ):
        with pytest.raises(BundleRejected):
            read({**encoded, name: bad})


def test_rows_are_written_by_orjson_exactly_as_the_standard_json_module_would():
    import json

    import orjson

    person = next(t for t in synced_tables() if t.name == "person")
    codec = TableCodec(person)
    row = {c.name: None for c in person.columns}
    row.update(
        id="0d9b1f0e-9a3c-4c55-9a53-8a2f7b6a1e01",
        origin_station="S-A",
        name='王"\\\n\t\x01 \u2068',
        gender="F",
        created_at=datetime(2026, 6, 15, 8, 0, tzinfo=UTC),
        updated_at=datetime(2026, 6, 15, 8, 0, tzinfo=UTC),
        version="1781510400000-0000",
        deleted=False,
        is_elder=True,
    )
    encoded = codec.encode(row)
    assert orjson.dumps(encoded) == json.dumps(encoded, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert json.loads(orjson.dumps(encoded)) == encoded


def test_a_float_that_json_cannot_carry_is_refused_not_written_as_null():
    from stationdesk.sync.codec import BadValue, _encode_float

    for value in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(BadValue):
            _encode_float(value)
    assert _encode_float(1.5) == 1.5
