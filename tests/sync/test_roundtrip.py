"""The sync story end to end, on the hub's SQLite and (when available) PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from stationdesk.db.base import synced_tables
from stationdesk.db.models.people import Person
from stationdesk.db.models.sync_local import SyncConflict
from stationdesk.errors import BundleRejected, StationDeskError
from stationdesk.sync import station as sync_station
from stationdesk.sync.hub_models import data_tables


def _edit_person(station, person_id, **values):
    with station.db.transaction() as session:
        person = session.get(Person, person_id)
        for key, value in values.items():
            setattr(person, key, value)


def _synced_station(hub, make_station, enrol, fill, usb, index=0):
    """Station S-A, enrolled, two people, its first bundle at the hub and the city's answer applied."""
    a = make_station("S-A")
    enrol(hub, a)
    person_id = fill(a, 2)["person"][index]
    hub.import_bundle(a.export(usb / "a1.sdbundle").path)
    a.import_(hub.export_for("S-A", usb / "c1.sdbundle")["path"])
    return a, person_id


def _hub_person(hub, person_id):
    t = data_tables()["person"]
    with hub.engine.connect() as connection:
        return connection.execute(select(t).where(t.c.id == person_id)).one()


def _count(hub, table, **where):
    t = data_tables()[table]
    statement = select(func.count()).select_from(t)
    for key, value in where.items():
        statement = statement.where(t.c[key] == value)
    with hub.engine.connect() as connection:
        return connection.execute(statement).scalar_one()


def test_every_synced_table_travels_both_ways(hub, make_station, enrol, fill, usb):
    """Generic: whatever synced tables exist (features merged later too) go to the hub intact."""
    a = make_station("S-A")
    enrol(hub, a)
    made = fill(a, per_table=4)
    exported = a.export(usb / "a1.sdbundle")
    report = hub.import_bundle(exported.path)
    assert report["status"] == "applied"
    for table in synced_tables():
        with a.db.engine.connect() as connection:
            local = connection.execute(select(func.count()).select_from(table)).scalar_one()
        assert _count(hub, table.name, origin_station="S-A") == local, table.name
        assert report["tables"][table.name]["imported"] + report["tables"][table.name]["deleted"] == local
    # the hub's copy equals the station's, value for value (through the bundle codec)
    from stationdesk.sync.codec import TableCodec

    for table in synced_tables():
        codec = TableCodec(table)
        with a.db.engine.connect() as connection:
            mine = {r.id: codec.encode(r._mapping) for r in connection.execute(select(table))}
        with hub.engine.connect() as connection:
            theirs = {r.id: codec.encode(r._mapping) for r in connection.execute(select(data_tables()[table.name]))}
        assert mine == theirs, table.name
    assert set(made) == {t.name for t in synced_tables()}


def test_two_stations_round_trip_with_acknowledgement(hub, make_station, enrol, fill, usb):
    a, b = make_station("S-A"), make_station("S-B")
    enrol(hub, a)
    enrol(hub, b)
    fill(a, 3, seed=1)
    fill(b, 3, seed=2)
    for station in (a, b):
        hub.import_bundle(station.export(usb / f"{station.code}-1.sdbundle").path)
    stats = hub.stats()
    assert {s["code"]: s["active"] for s in stats["stations"]} == {"S-A": True, "S-B": True}
    back = hub.export_for("S-A", usb / "city-a.sdbundle")
    report = a.import_(back["path"])
    assert report["status"] == "applied"
    with a.db.session() as session:
        state = sync_station.status(session, a.folder)
    assert state.acked_seq == state.current_seq and sum(state.waiting.values()) == 0
    # nothing new: the next export is empty but still carries the acknowledgement
    again = a.export(usb / "a2.sdbundle")
    assert again.total == 0 and again.since == state.current_seq


def test_same_bundle_twice_is_a_noop_and_lost_bundle_is_covered(hub, make_station, enrol, fill, usb, hub_digest):
    a = make_station("S-A")
    enrol(hub, a)
    fill(a, 2)
    first = a.export(usb / "a1.sdbundle")
    assert hub.import_bundle(first.path)["status"] == "applied"
    before = hub_digest(hub)
    assert hub.import_bundle(first.path)["status"] == "already_imported"
    assert hub_digest(hub) == before
    # the next bundle is lost, the one after covers it; the lost one arriving late changes nothing
    person_id = fill(a, 1, seed=5)["person"][0]
    lost = a.export(usb / "a2-lost.sdbundle")
    _edit_person(a, person_id, notes="后来改的")
    covering = a.export(usb / "a3.sdbundle")
    assert covering.since == lost.since and covering.up_to > lost.up_to
    assert hub.import_bundle(covering.path)["status"] == "applied"
    with hub.engine.connect() as connection:
        t = data_tables()["person"]
        assert connection.execute(select(t.c.notes).where(t.c.id == person_id)).scalar_one() == "后来改的"
    before = hub_digest(hub)
    assert hub.import_bundle(lost.path)["status"] == "covered"
    with hub.engine.connect() as connection:
        assert connection.execute(select(t.c.notes).where(t.c.id == person_id)).scalar_one() == "后来改的"
    del before


def test_record_edited_at_both_ends_is_a_conflict_with_both_values_kept(hub, make_station, enrol, fill, usb):
    a, person_id = _synced_station(hub, make_station, enrol, fill, usb, 0)
    # the station edits first, the city later: the city's later version wins everywhere
    _edit_person(a, person_id, notes="站点的备注")
    hub.edit("person", person_id, {"notes": "市级的备注"})
    report = hub.import_bundle(a.export(usb / "a2.sdbundle").path)
    assert report["tables"]["person"]["conflicts"] == 1
    [conflict] = hub.conflicts()
    assert conflict["kept"]["notes"] == "市级的备注" and conflict["other"]["notes"] == "站点的备注"
    assert conflict["kept_writer"] == "CITY" and conflict["other_writer"] == "S-A"
    # the city decided (and knows both values); the station takes the winner without a second conflict
    station_report = a.import_(hub.export_for("S-A", usb / "c2.sdbundle")["path"])
    assert station_report["tables"]["person"] == {
        "imported": 0,
        "updated": 1,
        "unchanged": 0,
        "deleted": 0,
        "conflicts": 0,
    }
    with a.db.session() as session:
        assert session.get(Person, person_id).notes == "市级的备注"
    # a person at the city chooses the other value: it becomes the city's new edit and goes back
    hub.resolve_conflict(conflict["seq"], take_other=True)
    assert hub.conflicts() == []
    a.import_(hub.export_for("S-A", usb / "c3.sdbundle")["path"])
    with a.db.session() as session:
        assert session.get(Person, person_id).notes == "站点的备注"


def test_a_conflict_the_city_decided_reaches_the_station_list_once(hub, make_station, city_decided, usb):
    a, person_id, answer = city_decided(hub, make_station)
    [decided] = hub.conflicts()
    station_report = a.import_(answer)
    assert station_report["city_conflicts"] == 1
    with a.db.session() as session:
        [notice] = sync_station.list_conflicts(session)
    assert notice.decided_by == "CITY" and notice.row_id == person_id and notice.kind == decided["kind"]
    assert notice.kept_writer == "CITY" and notice.kept_values["notes"] == "市级"
    assert notice.other_writer == "S-A" and notice.other_values["notes"] == "站点" and "notes" in notice.differences
    # the next bundles carry it again (a lost stick costs nothing); the station adds it once
    for name in ("c3", "c4"):
        again = a.import_(hub.export_for("S-A", usb / f"{name}.sdbundle")["path"])
        assert "city_conflicts" not in again
    with a.db.session() as session:
        assert session.execute(select(func.count()).select_from(SyncConflict)).scalar_one() == 1
    # the station worker takes their own value back: a new edit that wins at the city
    with a.db.transaction() as session:
        sync_station.resolve_conflict(session, notice.seq, take_other=True)
    report = hub.import_bundle(a.export(usb / "a3.sdbundle").path)
    assert report["tables"]["person"]["updated"] == 1 and report["tables"]["person"]["conflicts"] == 0
    assert _hub_person(hub, person_id).notes == "站点"
    with a.db.session() as session:
        assert sync_station.list_conflicts(session) == []


def test_a_conflict_the_city_settles_later_is_closed_at_the_station(hub, make_station, city_decided, usb):
    a, person_id, answer = city_decided(hub, make_station)
    a.import_(answer)
    [decided] = hub.conflicts()
    hub.resolve_conflict(decided["seq"], take_other=True)  # the city gives the station its value back
    report = a.import_(hub.export_for("S-A", usb / "c3.sdbundle")["path"])
    assert "city_conflicts" not in report
    with a.db.session() as session:
        assert sync_station.list_conflicts(session) == []
        [closed] = sync_station.list_conflicts(session, include_resolved=True)
        assert session.get(SyncConflict, closed.seq).resolution == "city_took_other"
        assert session.get(Person, person_id).notes == "站点"


def test_a_covered_city_bundle_still_brings_the_conflicts_the_city_decided(hub, make_station, city_decided, usb):
    a, _, answer = city_decided(hub, make_station)
    a.import_(hub.export_for("S-A", usb / "c-newer.sdbundle")["path"])  # a later bundle goes first
    with a.db.session() as session:
        assert len(sync_station.list_conflicts(session)) == 1
        session.execute(SyncConflict.__table__.delete())  # as if it had come without them
        session.commit()
    report = a.import_(answer)
    assert report["status"] == "covered" and report["city_conflicts"] == 1


def test_conflict_seen_first_at_the_station_is_listed_there_and_resolvable(hub, make_station, enrol, fill, usb):
    a, person_id = _synced_station(hub, make_station, enrol, fill, usb, 0)
    _edit_person(a, person_id, notes="站点的备注")  # not exported yet
    hub.edit("person", person_id, {"notes": "市级的备注"})  # later: wins
    station_report = a.import_(hub.export_for("S-A", usb / "c2.sdbundle")["path"])
    assert station_report["tables"]["person"]["conflicts"] == 1
    assert station_report["conflicts"][0]["kept"] == "CITY"
    with a.db.session() as session:
        assert session.get(Person, person_id).notes == "市级的备注"
        [local] = sync_station.list_conflicts(session)
    assert local.other_values["notes"] == "站点的备注" and "notes" in local.differences
    # a person at the station chooses the other value: it becomes a new edit and wins at the city
    with a.db.transaction() as session:
        sync_station.resolve_conflict(session, local.seq, take_other=True)
    with a.db.session() as session:
        assert session.get(Person, person_id).notes == "站点的备注"
        assert sync_station.list_conflicts(session) == []
    report = hub.import_bundle(a.export(usb / "a3.sdbundle").path)
    assert report["tables"]["person"]["updated"] == 1 and report["tables"]["person"]["conflicts"] == 0
    assert _hub_person(hub, person_id).notes == "站点的备注"


def test_an_edit_racing_a_delete_keeps_the_edit_and_flags_it(hub, make_station, enrol, fill, usb):
    a, person_id = _synced_station(hub, make_station, enrol, fill, usb, 1)
    hub.edit("person", person_id, {"notes": "市级补充"})
    _edit_person(a, person_id, deleted=True)  # later than the city's edit, still loses
    report = hub.import_bundle(a.export(usb / "a2.sdbundle").path)
    assert report["tables"]["person"]["conflicts"] == 1
    [conflict] = hub.conflicts()
    assert conflict["kind"] == "edit_vs_delete" and conflict["kept"]["deleted"] is False
    assert _hub_person(hub, person_id).deleted is False
    a.import_(hub.export_for("S-A", usb / "c2.sdbundle")["path"])
    with a.db.session() as session:
        person = session.get(Person, person_id)
        assert person.deleted is False and person.notes == "市级补充"


def test_city_delete_racing_a_station_edit_keeps_the_edit_on_both_sides(hub, make_station, enrol, fill, usb):
    a, person_id = _synced_station(hub, make_station, enrol, fill, usb, 0)
    _edit_person(a, person_id, notes="站点还在服务")  # not exported yet
    hub.edit("person", person_id, {"deleted": True})  # later version, still loses
    report = a.import_(hub.export_for("S-A", usb / "c2.sdbundle")["path"])
    assert report["conflicts"][0]["kind"] == "edit_vs_delete"
    with a.db.session() as session:
        assert session.get(Person, person_id).deleted is False
        assert session.execute(select(func.count()).select_from(SyncConflict)).scalar_one() == 1
    hub.import_bundle(a.export(usb / "a2.sdbundle").path)
    row = _hub_person(hub, person_id)
    assert row.deleted is False and row.notes == "站点还在服务"


def test_deletes_travel_as_tombstones(hub, make_station, enrol, fill, usb):
    a = make_station("S-A")
    enrol(hub, a)
    person_id = fill(a, 2)["person"][0]
    hub.import_bundle(a.export(usb / "a1.sdbundle").path)
    _edit_person(a, person_id, deleted=True)
    report = hub.import_bundle(a.export(usb / "a2.sdbundle").path)
    assert report["tables"]["person"]["deleted"] == 1
    assert _count(hub, "person", id=person_id, deleted=True) == 1


def test_dry_run_reports_and_changes_nothing(hub, make_station, enrol, fill, usb, hub_digest):
    a = make_station("S-A")
    enrol(hub, a)
    fill(a, 2)
    bundle = a.export(usb / "a1.sdbundle")
    before = hub_digest(hub)
    report = hub.import_bundle(bundle.path, dry_run=True)
    assert report["status"] == "dry_run" and report["tables"]["person"]["imported"] == 2
    assert hub_digest(hub) == before
    assert hub.import_bundle(bundle.path)["status"] == "applied"


def test_station_dry_run_import_changes_nothing(sqlite_hub, make_station, enrol, fill, usb):
    a = make_station("S-A")
    enrol(sqlite_hub, a)
    person_id = fill(a, 1)["person"][0]
    sqlite_hub.import_bundle(a.export(usb / "a1.sdbundle").path)
    sqlite_hub.edit("person", person_id, {"notes": "市级"})
    back = sqlite_hub.export_for("S-A", usb / "c1.sdbundle")
    before = a.digest()
    report = a.import_(back["path"], dry_run=True)
    assert report["status"] == "dry_run" and report["tables"]["person"]["updated"] == 1
    assert a.digest() == before


def test_export_without_enrolment_is_refused_with_how_to_enrol(make_station, usb):
    a = make_station("S-A")
    with pytest.raises(StationDeskError) as caught:
        a.export(usb / "x.sdbundle")
    assert caught.value.code == "sync.not_enrolled" and "stationdesk enroll" in str(caught.value)
    assert list(usb.iterdir()) == []


def test_enrolment_file_for_another_station_is_refused(sqlite_hub, make_station, tmp_path):
    a = make_station("S-A")
    sqlite_hub.enroll("S-B", "乙站", tmp_path / "b.json")
    with pytest.raises(StationDeskError) as caught, a.db.transaction() as session:
        sync_station.enroll(session, a.folder, tmp_path / "b.json")
    assert caught.value.code == "sync.enrolment_other_station"


def test_private_keys_stay_private(sqlite_hub, make_station, enrol):
    a = make_station("S-A")
    enrol(sqlite_hub, a)
    assert a.folder.keys.stat().st_mode & 0o777 == 0o700
    for key in a.folder.keys.iterdir():
        assert key.stat().st_mode & 0o777 == 0o600
    for key in sqlite_hub.keys_dir.iterdir():
        assert key.stat().st_mode & 0o777 == 0o600


def test_a_second_station_cannot_reuse_anothers_token(sqlite_hub, make_station, enrol, usb, tmp_path):
    a = make_station("S-A")
    enrol(sqlite_hub, a)
    sqlite_hub.import_bundle(a.export(usb / "a1.sdbundle").path)
    with pytest.raises(StationDeskError) as caught:
        sqlite_hub.enroll("S-A", "甲站", tmp_path / "again.json")
    assert caught.value.code == "city.station_code_taken"


def test_hub_refuses_two_hubs_in_one_place(sqlite_hub):
    from stationdesk.sync.hub import Hub

    with pytest.raises(StationDeskError) as caught:
        Hub.init(sqlite_hub.url.removeprefix("sqlite:///"), "又一个", "CITY")
    assert caught.value.code == "city.exists"


def test_hub_keeps_two_stations_records_of_the_same_person(hub, make_station, enrol, usb):
    a, b = make_station("S-A"), make_station("S-B")
    for station in (a, b):
        enrol(hub, station)
        with station.db.transaction() as session:
            session.add(Person(name="王秀英", id_number="11010519491231002X"))
    for station in (a, b):
        hub.import_bundle(station.export(usb / f"{station.code}.sdbundle").path)
    assert _count(hub, "person", id_number="11010519491231002X") == 2


def test_unknown_station_is_refused(sqlite_hub, make_station, usb):
    from stationdesk.sync.hub import Hub

    other = Hub.init(str(usb.parent / "other" / "hub.sqlite3"), "别的城市", "OTHER")
    a = make_station("S-A")
    file = usb / "a.json"
    other.enroll("S-A", "甲站", file)
    with a.db.transaction() as session:
        sync_station.enroll(session, a.folder, file)
    with pytest.raises(BundleRejected) as caught:
        sqlite_hub.import_bundle(a.export(usb / "a1.sdbundle").path)
    assert caught.value.code in ("bundle.unknown_signer", "bundle.wrong_recipient")
    other.close()


def test_hub_adds_tables_and_columns_of_features_installed_later(tmp_path):
    """A feature merged after the hub was set up: opening the hub creates what is missing."""
    from sqlalchemy import inspect

    from stationdesk.sync.hub import Hub

    path = tmp_path / "hub.sqlite3"
    Hub.init(str(path), "市", "CITY").close()
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE person DROP COLUMN notes")
        connection.execute("DROP TABLE guardian_consent")
    with Hub.open(str(path)) as hub, hub.engine.connect() as connection:
        inspector = inspect(connection)
        assert "notes" in {c["name"] for c in inspector.get_columns("person")}
        assert inspector.has_table("guardian_consent")


def test_a_column_added_to_an_older_hub_gets_its_default_in_the_rows_already_there(
    sqlite_hub, make_station, enrol, fill, usb
):
    """A hub made before a feature added a column: the rows it holds take the column's default, so a
    later city edit does not send a NULL the station would refuse."""
    import sqlite3

    from stationdesk.sync.hub import Hub

    a = make_station("S-A")
    enrol(sqlite_hub, a)
    person_id = fill(a, 2)["person"][0]
    sqlite_hub.import_bundle(a.export(usb / "a1.sdbundle").path)
    a.import_(sqlite_hub.export_for("S-A", usb / "c1.sdbundle")["path"])
    path, keys = sqlite_hub.url.removeprefix("sqlite:///"), str(sqlite_hub.keys_dir)
    sqlite_hub.close()
    with sqlite3.connect(path) as connection:  # as if the hub predated person.notes
        connection.execute("ALTER TABLE person DROP COLUMN notes")
    with Hub.open(path, keys) as hub:
        with hub.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM person WHERE notes IS NULL").scalar_one() == 0
        hub.edit("person", person_id, {"building": "9"})
        report = a.import_(hub.export_for("S-A", usb / "c2.sdbundle")["path"])
    assert report["status"] == "applied" and report["tables"]["person"]["updated"] == 1
