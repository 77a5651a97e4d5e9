"""The export's SQLite shortcut (JSON lines written by SQLite's json_object, rows in other stored
forms off the DB-API cursor) must write exactly the bytes the SQLAlchemy path writes, for every
synced table and for stored values that are not in the form SQLAlchemy writes (those take the long way)."""

from __future__ import annotations

import orjson
import pytest
from sqlalchemy import text

from stationdesk.db.base import synced_tables
from stationdesk.sync import station as sync_station


def _lines(resource) -> list[bytes]:
    chunks = list(resource.chunks)
    lines = b"".join(bytes(data) for data, _ in chunks).splitlines(keepends=True)  # bytes or CursorLines
    assert sum(count for _, count in chunks) == len(lines)
    return lines


def _both_ways(station) -> dict[str, tuple[list[bytes], list[bytes]]]:
    out = {}
    with station.db.transaction() as session:
        for table in synced_tables():
            fast = sync_station._resource(session, table, station.code, 0)
            slow = sync_station._resource(session, table, station.code, 0, raw_sqlite=False)
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


def test_times_integers_and_wall_clock_times_in_other_stored_forms_match_too(make_station, fill):
    station = make_station("S-ODD2")
    fill(station, per_table=4)
    with station.db.transaction() as session:
        # a time without microseconds / with some, a real in an integer column, a wall-clock time
        # with a "T"
        session.execute(text("UPDATE tutoring_slot SET start_time = '08:30:00' WHERE rowid = 1"))
        session.execute(text("UPDATE tutoring_slot SET end_time = '09:15:00.250000', weekday = 2.5 WHERE rowid = 2"))
        session.execute(text("UPDATE tutoring_slot SET weekday = 3.0 WHERE rowid = 3"))
        session.execute(text("UPDATE volunteer_shift SET signed_in_at = '2026-03-04T05:06:07' WHERE rowid = 1"))
        session.execute(text("UPDATE activity_participant SET attended = NULL WHERE rowid IN (1, 2)"))
    ways = _both_ways(station)
    for name in ("tutoring_slot", "volunteer_shift", "activity_participant"):
        fast, slow = ways[name]
        assert fast == slow and len(fast) >= 4, name
    assert sum(orjson.loads(line)["attended"] is None for line in ways["activity_participant"][0]) >= 2
    slots = [orjson.loads(line) for line in ways["tutoring_slot"][0]]
    assert {"08:30:00", "09:15:00.250000"} <= {v for r in slots for v in (r["start_time"], r["end_time"])}
    assert 2.5 in {r["weekday"] for r in slots} and 3 in {r["weekday"] for r in slots}


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


def test_import_insert_stores_what_sqlalchemy_stores(tmp_path):
    """The import's SQLite insert (rows in bundle form turned into SQLite's text and integers
    directly) stores byte-for-byte what SQLAlchemy's own insert of the decoded rows stores, for the
    forms the codec writes and for other forms a bundle may hold (those take the long way)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from sqlalchemy import Boolean, Column, Date, DateTime, MetaData, String, Table, Time, create_engine

    from stationdesk.db.base import UtcDateTime
    from stationdesk.sync.codec import TableCodec
    from stationdesk.sync.merge import fast_insert

    metadata = MetaData()
    table = Table(
        "t",
        metadata,
        Column("id", String(8), primary_key=True),
        Column("at", UtcDateTime()),
        Column("day", Date()),
        Column("flag", Boolean()),
        Column("local", DateTime()),
        Column("clock", Time()),
    )
    codec = TableCodec(table)
    shanghai = ZoneInfo("Asia/Shanghai")
    values = [
        (
            dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC),
            dt.date(2026, 1, 2),
            True,
            dt.datetime(2026, 1, 2, 9, 0),
            dt.time(10),
        ),
        (dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), dt.date(1999, 12, 31), False, None, dt.time(10, 0, 0, 250)),
        (dt.datetime(999, 1, 1, tzinfo=dt.UTC), dt.date(999, 1, 1), None, dt.datetime(2026, 1, 2, 9, 0, 0, 500), None),
        (dt.datetime(2026, 1, 2, 8, 0, tzinfo=shanghai), None, 1, None, None),
        (None, None, 0, None, None),
    ]
    bundle_rows = [
        codec.encode({"id": str(i), "at": at, "day": day, "flag": flag, "local": local, "clock": clock})
        for i, (at, day, flag, local, clock) in enumerate(values)
    ]
    # forms a bundle may hold besides the codec's own: no microseconds, a time to the minute
    bundle_rows.append(
        {
            "id": "9",
            "at": "2026-01-02T03:04:05Z",
            "day": "2026-02-28",
            "flag": True,
            "local": "2026-01-02T09:00:00",
            "clock": "10:00",
        }
    )
    stored = []
    for how in ("sqlalchemy", "fast"):
        engine = create_engine(f"sqlite:///{tmp_path / how}.sqlite3")
        metadata.create_all(engine)
        with engine.begin() as connection:
            if how == "fast":
                fast_insert(
                    connection, table, codec, [tuple(row[n] for n in codec.column_names) for row in bundle_rows]
                )
            else:
                connection.execute(table.insert(), [codec.decode_row(row) for row in bundle_rows])
        with engine.connect() as connection:
            stored.append(
                connection.exec_driver_sql(
                    "SELECT id, at, typeof(at), day, flag, typeof(flag), local, clock FROM t ORDER BY id"
                ).all()
            )
        engine.dispose()
    assert stored[0] == stored[1]
    assert stored[1][0][1:3] == ("2026-01-02 03:04:05.000006", "text") and stored[1][0][4:6] == (1, "integer")
    assert stored[1][0][7] == "10:00:00.000000" and stored[1][1][7] == "10:00:00.000250"
    assert stored[1][3][1] == "2026-01-02 00:00:00.000000"
    assert stored[1][5][1] == "2026-01-02 03:04:05.000000" and stored[1][5][7] == "10:00:00.000000"


def test_the_reader_gives_every_value_in_the_form_the_codec_writes():
    from sqlalchemy import Boolean, Column, Date, DateTime, MetaData, String, Table, Time

    from stationdesk.db.base import UtcDateTime
    from stationdesk.errors import BundleRejected
    from stationdesk.sync.codec import TableCodec

    table = Table(
        "t",
        MetaData(),
        Column("id", String(36), primary_key=True),
        Column("origin_station", String(32)),
        Column("created_at", UtcDateTime()),
        Column("updated_at", UtcDateTime()),
        Column("version", String(24)),
        Column("deleted", Boolean()),
        Column("day", Date()),
        Column("local", DateTime()),
        Column("clock", Time()),
    )
    codec = TableCodec(table)
    read = codec.reader(codec.schema()["fields"])
    row = {
        "id": "0d9b1f0e-9a3c-4c55-9a53-8a2f7b6a1e01",
        "origin_station": "S-A",
        "created_at": "2026-01-02T03:04:05Z",
        "updated_at": "2026-01-02T03:04:05.000007Z",
        "version": "1781510400000-0000",
        "deleted": False,
        "day": "2026-02-28",
        "local": "2026-01-02T09:00:00",
        "clock": "10:00",
    }
    out = read(row)
    assert out["created_at"] == "2026-01-02T03:04:05.000000Z" and out["updated_at"] == row["updated_at"]
    assert out["clock"] == "10:00:00" and out["day"] == "2026-02-28" and out["local"] == row["local"]
    assert codec.encode(codec.decode_row(out)) == out
    for name, bad in (
        ("day", "2026-02-30"),
        ("created_at", "2026-01-02T24:00:00.000000Z"),
        ("created_at", "2026-01-02T03:04:05.000000+08:00"),
        ("local", "2026-13-02T09:00:00"),
        ("clock", "25:00"),
        ("deleted", 0),
    ):
        with pytest.raises(BundleRejected):
            read({**row, name: bad})
