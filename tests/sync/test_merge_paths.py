"""The hub merges set-based on PostgreSQL (sync/pg_merge.py) and on SQLite for rows it does not hold
yet (sync/sqlite_merge.py), row by row for any other mix on SQLite: both must reach the same reports
and the same stored records, and refuse the same bad rows."""

from __future__ import annotations

import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import bundlecraft as craft
import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import OperationalError

from stationdesk.db.database import storage_problem
from stationdesk.db.models.people import Person
from stationdesk.errors import BundleRejected
from stationdesk.sync import crypto
from stationdesk.sync.hub_models import WRITTEN_BY, data_tables
from stationdesk.sync.merge import CHUNK


def _stored(hub, tag: str) -> list:
    """Every record the hub holds: its table, whether deleted, who wrote it and whose it is."""
    out = []
    with hub.engine.connect() as connection:
        for name, table in data_tables().items():
            for row in connection.execute(select(table)).mappings():
                codes = (row[WRITTEN_BY], row["origin_station"])
                out.append((name, bool(row["deleted"]), *(c.replace(tag, "") for c in codes)))
    return sorted(out)


def _story(hub, make_station, enrol, fill, usb, tag: str) -> tuple[list[dict], list]:
    """Two stations synced, edited on both sides, deleted, synced again: the reports and records."""
    from stationdesk.db.models.people import Person

    a, b = make_station(f"S-A{tag}"), make_station(f"S-B{tag}")
    reports = []
    for station in (a, b):
        enrol(hub, station)
        fill(station, 3, seed=len(station.code))
        reports.append(hub.import_bundle(station.export(usb / f"{station.code}-1.sdbundle").path))
    a.import_(hub.export_for(a.code, usb / f"to-{a.code}-1.sdbundle")["path"])
    with a.db.session() as session:
        people = list(session.execute(select(Person.id).order_by(Person.id)).scalars())
    with a.db.transaction() as session:
        session.get(Person, people[0]).notes = "站点改"
        session.get(Person, people[1]).deleted = True
        session.get(Person, people[2]).notes = "站点再改"
    hub.edit("person", people[0], {"notes": "市级改"})
    hub.edit("person", people[1], {"notes": "市级改了被删的人"})
    fill(a, 2, seed=7)
    reports.append(hub.import_bundle(a.export(usb / f"{a.code}-2.sdbundle").path))
    for report in reports:
        report.pop("report_file"), report.pop("file"), report.pop("bundle_id")
        report.pop("from"), report.pop("to")
        report.pop("audit_head", None)  # a hash over each station's own log: its times differ between the runs
        for conflict in report["conflicts"]:
            conflict.pop("kept_version"), conflict.pop("other_version"), conflict.pop("id"), conflict.pop("kept")
            conflict.pop("other")
    return reports, _stored(hub, tag)


def test_sqlite_and_postgresql_hubs_agree(request, hub_url, make_station, enrol, fill, usb):
    if "://" not in hub_url:
        pytest.skip("compares the PostgreSQL hub with a SQLite hub")
    pg_reports, pg_rows = _story(request.getfixturevalue("hub"), make_station, enrol, fill, usb, "")
    sqlite_hub = request.getfixturevalue("sqlite_hub")
    sqlite_reports, sqlite_rows = _story(sqlite_hub, make_station, enrol, fill, usb, "X")
    assert json.dumps(pg_reports, default=str) == json.dumps(sqlite_reports, default=str).replace("X", "")
    assert sum(r["conflict_count"] for r in pg_reports) >= 2
    assert pg_rows == sqlite_rows
    assert {r[2] for r in pg_rows} == {"S-A", "S-B", "CITY"}
    kinds = {c["kind"] for report in pg_reports for c in report["conflicts"]}
    assert kinds == {"both_edited", "edit_vs_delete"}  # the city's edit of a record the station deleted wins


def _scene(hub, make_station, enrol, fill, usb):
    a = make_station("S-A")
    enrol(hub, a)
    fill(a, 2)
    good = Path(a.export(usb / "a.sdbundle").path)
    header, files = craft.take_apart(good, hub.keys)
    return a, header, files


def _refused(hub, hub_digest, path: Path) -> BundleRejected:
    before = hub_digest(hub)
    with pytest.raises(BundleRejected) as caught:
        hub.import_bundle(path)
    assert hub_digest(hub) == before
    return caught.value


def test_an_id_sent_twice_is_refused(hub, make_station, enrol, fill, usb, tmp_path, hub_digest):
    a, header, files = _scene(hub, make_station, enrol, fill, usb)
    people = craft.rows(files, "person")
    craft.set_rows(files, header, "person", [*people, dict(people[0])])
    path = craft.put_together(
        tmp_path / "twice.sdbundle", header, files, crypto.KeyPairs.load(a.folder.keys), hub.keys.public.encryption
    )
    error = _refused(hub, hub_digest, path)
    assert error.code == "bundle.row_invalid" and "twice" in str(error.params)


def test_an_id_sent_twice_far_apart_is_refused(hub, make_station, enrol, fill, usb, tmp_path, hub_digest):
    """The second copy comes more than a chunk of rows after the first (SQLite: the set-based insert
    of a first bundle; row by row, a later chunk used to find the first copy already written)."""
    a, header, files = _scene(hub, make_station, enrol, fill, usb)
    people = craft.rows(files, "person")
    others = [{**people[0], "id": str(uuid.UUID(int=n + 1))} for n in range(CHUNK)]
    craft.set_rows(files, header, "person", [*people, *others, dict(people[0])])
    path = craft.put_together(
        tmp_path / "far.sdbundle", header, files, crypto.KeyPairs.load(a.folder.keys), hub.keys.public.encryption
    )
    error = _refused(hub, hub_digest, path)
    assert error.params == {"table": "person", "detail": f"id {people[0]['id']} twice"}


def test_no_staging_table_is_left_in_the_hub(hub, make_station, enrol, fill, usb, tmp_path):
    """The checked rows are staged in the hub's own database: gone after an import, a refused one
    and one the hub had already covered."""
    a, header, files = _scene(hub, make_station, enrol, fill, usb)
    people = craft.rows(files, "person")
    craft.set_rows(files, header, "person", [*people, dict(people[0])])
    refused = craft.put_together(
        tmp_path / "bad.sdbundle", header, files, crypto.KeyPairs.load(a.folder.keys), hub.keys.public.encryption
    )
    with pytest.raises(BundleRejected):
        hub.import_bundle(refused)
    assert hub.import_bundle(usb / "a.sdbundle")["status"] == "applied"
    with a.db.transaction() as session:
        session.get(Person, people[0]["id"]).notes = "又改了"
    assert hub.import_bundle(a.export(usb / "a2.sdbundle").path)["status"] == "applied"
    with hub.engine.connect() as connection:
        assert [t for t in inspect(connection).get_table_names() if t.startswith("stage_")] == []


def test_a_conflict_keeps_the_stations_values_as_it_sent_them(hub, make_station, enrol, fill, usb):
    """Row by row from the staging table (SQLite keeps a boolean as 0 or 1): the kept values are
    the bundle's, true and false included."""
    a, _, files = _scene(hub, make_station, enrol, fill, usb)
    known = craft.rows(files, "person")[0]
    hub.import_bundle(usb / "a.sdbundle")
    hub.edit("person", known["id"], {"notes": "市级改"})
    with a.db.transaction() as session:
        session.get(Person, known["id"]).notes = "站点改"
    report = hub.import_bundle(a.export(usb / "a2.sdbundle").path)
    assert report["tables"]["person"]["conflicts"] == 1
    (conflict,) = hub.conflicts()
    sent = conflict["kept"] if conflict["kept_writer"] == a.code else conflict["other"]
    assert sent["notes"] == "站点改"
    assert {k: sent[k] for k in sent if isinstance(known[k], bool)} == {
        k: v for k, v in known.items() if isinstance(v, bool)
    }
    assert all(isinstance(sent[k], bool) for k in known if isinstance(known[k], bool))


def test_an_id_the_hub_holds_sent_twice_is_refused(hub, make_station, enrol, fill, usb, tmp_path, hub_digest):
    """The second bundle names a record the hub already holds twice: PostgreSQL takes the upsert's
    path here (the first bundle's rows are all new and take a plain INSERT)."""
    a, _, files = _scene(hub, make_station, enrol, fill, usb)
    known = craft.rows(files, "person")[0]
    hub.import_bundle(usb / "a.sdbundle")
    with a.db.transaction() as session:
        session.get(Person, known["id"]).notes = "又改了"
    header, files = craft.take_apart(Path(a.export(usb / "a2.sdbundle").path), hub.keys)
    edited = craft.rows(files, "person")
    craft.set_rows(files, header, "person", [*edited, *edited])
    path = craft.put_together(
        tmp_path / "twice2.sdbundle", header, files, crypto.KeyPairs.load(a.folder.keys), hub.keys.public.encryption
    )
    error = _refused(hub, hub_digest, path)
    assert error.code == "bundle.row_invalid"
    assert error.params["detail"] in {f"id {r['id']} twice" for r in edited}


def test_text_postgresql_cannot_hold_is_refused_as_a_bad_row(hub, hub_url, make_station, enrol, fill, usb, tmp_path):
    """A NUL character is valid JSON; PostgreSQL text cannot hold it: refused with a message, not a crash."""
    a, header, files = _scene(hub, make_station, enrol, fill, usb)
    people = craft.rows(files, "person")
    people[-1]["notes"] = "半\u0000截"
    craft.set_rows(files, header, "person", people)
    path = craft.put_together(
        tmp_path / "nul.sdbundle", header, files, crypto.KeyPairs.load(a.folder.keys), hub.keys.public.encryption
    )
    if "://" not in hub_url:
        assert hub.import_bundle(path)["status"] == "applied"  # SQLite stores it as it came
        return
    with pytest.raises(BundleRejected) as caught:
        hub.import_bundle(path)
    assert caught.value.code == "bundle.row_invalid"


def test_the_same_bundle_imported_twice_at_once_is_applied_once(hub, hub_url, make_station, enrol, fill, usb):
    """Two administrators import the same bundle at the same moment: one applies it. On PostgreSQL the
    other waits for it (the import lock) and finds it already imported, instead of both reading the
    rows as new and the second breaking on the first's primary keys; a SQLite hub has one writer, so
    there the other may instead be refused as locked (what the user reads: db.locked). Either way the
    records are stored once."""
    _scene(hub, make_station, enrol, fill, usb)
    start = threading.Barrier(2)

    def import_it() -> str:
        start.wait()
        try:
            return hub.import_bundle(usb / "a.sdbundle")["status"]
        except OperationalError as error:
            return storage_problem(error).code

    with ThreadPoolExecutor(2) as pool:
        statuses = list(pool.map(lambda _: import_it(), range(2)))
    statuses.remove("applied")  # exactly one applied it
    assert statuses[0] in ({"already_imported"} if "://" in hub_url else {"already_imported", "db.locked"})
    assert len([r for r in _stored(hub, "") if r[0] == "person"]) == 2
