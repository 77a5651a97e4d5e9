"""The export's SQLite shortcut (rows off the DB-API cursor, converted text to JSON text) must write
exactly the bytes the SQLAlchemy path writes, for every synced table and for stored values that are
not in the form SQLAlchemy writes (those take the long way)."""

from __future__ import annotations

import orjson
from sqlalchemy import text

from stationdesk.db.base import synced_tables
from stationdesk.sync import station as sync_station


def _lines(resource) -> list[bytes]:
    encode = (lambda row: row) if resource.encoded else resource.codec.encode
    return [orjson.dumps(encode(row), option=orjson.OPT_APPEND_NEWLINE) for row in resource.rows]


def _both_ways(station) -> dict[str, tuple[list[bytes], list[bytes]]]:
    out = {}
    with station.db.transaction() as session:
        for table in synced_tables():
            fast = sync_station._resource(session, table, station.code, 0)
            slow = sync_station._resource(session, table, station.code, 0, raw_sqlite=False)
            assert fast.encoded and not slow.encoded
            out[table.name] = (_lines(fast), _lines(slow))
    return out


def test_sqlite_rows_are_byte_for_byte_the_sqlalchemy_rows(make_station, fill):
    station = make_station("S-FAST")
    made = fill(station, per_table=7)
    compared = 0
    for name, (fast, slow) in _both_ways(station).items():
        assert fast == slow, name
        compared += len(fast)
    assert compared >= 7 * len(made)


def test_stored_values_in_other_forms_take_the_long_way_and_still_match(make_station, fill):
    station = make_station("S-ODD")
    fill(station, per_table=3)
    with station.db.transaction() as session:
        # what SQLite's own CURRENT_TIMESTAMP or a hand edit would leave: no microseconds, a "T",
        # a boolean stored as 2 or as text
        session.execute(text("UPDATE person SET created_at = '2026-03-04 05:06:07' WHERE rowid = 1"))
        session.execute(text("UPDATE person SET updated_at = '2026-03-04T05:06:07.250000' WHERE rowid = 2"))
        session.execute(text("UPDATE person SET deleted = 2 WHERE rowid = 3"))
        stored = session.execute(text("SELECT created_at, updated_at, deleted FROM person ORDER BY rowid")).all()
    assert stored[0][0] == "2026-03-04 05:06:07" and stored[2][2] == 2
    fast, slow = _both_ways(station)["person"]
    assert fast == slow
    rows = [orjson.loads(line) for line in fast]
    assert "2026-03-04T05:06:07.000000Z" in {r["created_at"] for r in rows}
    assert "2026-03-04T05:06:07.250000Z" in {r["updated_at"] for r in rows}
    assert all(r["deleted"] is True or r["deleted"] is False for r in rows)


def test_the_export_still_reads_only_this_stations_rows_changed_since_the_acknowledgement(make_station, fill):
    station = make_station("S-SINCE")
    fill(station, per_table=4)
    with station.db.transaction() as session:
        table = next(t for t in synced_tables() if t.name == "person")
        last = session.execute(text("SELECT max(change_seq) FROM person")).scalar_one()
        session.execute(text("UPDATE person SET origin_station = 'OTHER' WHERE rowid = 1"))
        fast = _lines(sync_station._resource(session, table, station.code, last - 2))
        slow = _lines(sync_station._resource(session, table, station.code, last - 2, raw_sqlite=False))
    assert fast == slow and 1 <= len(fast) <= 2
