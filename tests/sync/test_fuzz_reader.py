"""Hypothesis fuzz of the bundle reader: whatever bytes arrive, the hub either refuses them with a
StationDeskError (never another exception) and stays exactly as it was, or — when the change did
not touch anything that matters (a zip timestamp) — imports exactly what the real bundle holds."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import bundlecraft as craft
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from stationdesk.errors import StationDeskError
from stationdesk.sync import crypto
from stationdesk.sync.hub import Hub
from stationdesk.sync.hub_models import data_tables

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _data_digest(hub: Hub) -> str:
    out = []
    with hub.engine.connect() as connection:
        for name, table in data_tables().items():
            out.extend((name, tuple(r)) for r in connection.execute(select(table).order_by(table.c.id)))
    return repr(out)


def _setup(make_station, enrol, fill, tmp_path):
    import shutil

    hub = Hub.init(str(tmp_path / "city" / "hub.sqlite3"), "市", "CITY")
    a = make_station("S-A")
    enrol(hub, a)
    fill(a, 3)
    good = Path(a.export(tmp_path / "good.sdbundle").path)
    hub.close()
    shutil.copytree(tmp_path / "city", tmp_path / "expected")
    expected = Hub.open(str(tmp_path / "expected" / "hub.sqlite3"))
    expected.import_bundle(good)
    _EXPECTED[good] = _data_digest(expected)
    expected.close()
    hub = Hub.open(str(tmp_path / "city" / "hub.sqlite3"))
    return hub, a, good


@FUZZ
@given(data=st.data())
def test_mutated_files_are_refused_or_harmless(make_station, enrol, fill, tmp_path_factory, data):
    tmp = tmp_path_factory.mktemp("fuzz")
    hub, _, good = _cached(make_station, enrol, fill, tmp_path_factory)
    original = good.read_bytes()
    kind = data.draw(st.sampled_from(["flip", "truncate", "insert", "garbage"]))
    mutated = bytearray(original)
    if kind == "flip":
        for _ in range(data.draw(st.integers(1, 4))):
            position = data.draw(st.integers(0, len(mutated) - 1))
            mutated[position] ^= data.draw(st.integers(1, 255))
    elif kind == "truncate":
        mutated = mutated[: data.draw(st.integers(0, len(mutated) - 1))]
    elif kind == "insert":
        position = data.draw(st.integers(0, len(mutated)))
        mutated[position:position] = data.draw(st.binary(min_size=1, max_size=64))
    else:
        mutated = bytearray(data.draw(st.binary(max_size=2048)))
    path = tmp / "mutated.sdbundle"
    path.write_bytes(bytes(mutated))
    before = _data_digest(hub)
    try:
        report = hub.import_bundle(path)
    except StationDeskError:
        assert _data_digest(hub) == before
        return
    assert report["status"] in ("applied", "already_imported")
    assert _data_digest(hub) == _expected_after(hub, good)


@FUZZ
@given(data=st.data())
def test_mutated_rows_properly_sealed_are_checked_row_by_row(make_station, enrol, fill, tmp_path_factory, data):
    """The decrypted side: rows changed at random, hashes fixed and re-signed, so only the row and
    reference checks stand between them and the database."""
    tmp = tmp_path_factory.mktemp("fuzzrows")
    hub, a, good = _cached(make_station, enrol, fill, tmp_path_factory)
    header, files = craft.take_apart(good, hub.keys)
    table = data.draw(st.sampled_from(sorted(header["counts"])))
    rows = craft.rows(files, table)
    if not rows:
        return
    row = rows[data.draw(st.integers(0, len(rows) - 1))]
    field = data.draw(st.sampled_from(sorted(row)))
    row[field] = data.draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-(2**70), 2**70),
            st.text(max_size=60),
            st.floats(allow_nan=True),
            st.lists(st.integers(), max_size=3),
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        )
    )
    craft.set_rows(files, header, table, rows)
    header["bundle_id"] = json.loads(json.dumps(header["bundle_id"]))
    import uuid

    header["bundle_id"] = str(uuid.uuid4())
    path = craft.put_together(
        tmp / "rows.sdbundle", header, files, crypto.KeyPairs.load(a.folder.keys), hub.keys.public.encryption
    )
    before = _data_digest(hub)
    with contextlib.suppress(StationDeskError):
        hub.import_bundle(path, dry_run=True)
    assert _data_digest(hub) == before


_CACHE: dict = {}


def _cached(make_station, enrol, fill, tmp_path_factory):
    """One hub and bundle per test function (hypothesis calls the body many times)."""
    key = id(make_station)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = _setup(make_station, enrol, fill, tmp_path_factory.mktemp("scene"))
    return _CACHE[key]


_EXPECTED: dict = {}


def _expected_after(hub: Hub, good: Path) -> str:
    """The data a faithful import of ``good`` gives (computed on a copy of the fresh hub)."""
    return _EXPECTED[good]
