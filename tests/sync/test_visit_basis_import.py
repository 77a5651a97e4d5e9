"""A station import sets the due list's kept basis (``elder_visit_basis``) aside and works it out in
one pass at the end: afterwards it is what the records say, the triggers are back for the pages'
writes, and an import that is rolled back leaves triggers and basis as they were."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from sqlalchemy import text

from stationdesk.db.models.visit_basis import TRIGGER_PREFIX, fill_sql

KEPT = (
    "SELECT elder_id, tags, staff_tier, level, last_visit, last_assessed, name_pinyin FROM elder_visit_basis"
    " ORDER BY elder_id"
)


def _triggers(station) -> list[str]:
    with station.db.engine.connect() as connection:
        return (
            connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ORDER BY name",
                (f"{TRIGGER_PREFIX}%",),
            )
            .scalars()
            .all()
        )


def _kept_and_worked_out(station) -> tuple[list, list]:
    """The basis as kept, and as the records give it (worked out in a transaction rolled back)."""
    with station.db.engine.connect() as connection:
        kept = connection.exec_driver_sql(KEPT).all()
        connection.exec_driver_sql("DELETE FROM elder_visit_basis")
        connection.exec_driver_sql(fill_sql())
        worked_out = connection.exec_driver_sql(KEPT).all()
        connection.rollback()
    return kept, worked_out


def test_an_import_of_new_people_leaves_the_basis_as_the_records_say(sqlite_hub, make_station, enrol, fill, usb):
    station = make_station("S-A")
    enrol(sqlite_hub, station)
    fill(station, per_table=8)
    with station.db.transaction() as session:
        session.execute(text("UPDATE person SET is_elder = 1, deleted = 0"))  # every person a living elder
    triggers = _triggers(station)
    assert len(triggers) == 12
    sqlite_hub.import_bundle(station.export(usb / "a1.sdbundle").path)
    with sqlite_hub.engine.begin() as connection:  # the city edited everyone: they all come back
        connection.exec_driver_sql("UPDATE person SET hub_written_by = 'CITY'")
    city_bundle = sqlite_hub.export_for("S-A", usb / "c1.sdbundle")["path"]
    # the station lost its people (their visits and assessments stay): the import adds them anew
    with closing(sqlite3.connect(station.folder.database)) as connection:
        connection.execute("DELETE FROM person")
        connection.commit()
    assert _kept_and_worked_out(station)[0] == []

    before = _kept_and_worked_out(station)
    station.import_(city_bundle, dry_run=True)
    assert _triggers(station) == triggers and _kept_and_worked_out(station) == before  # rolled back whole

    report = station.import_(city_bundle)
    assert report["status"] == "applied" and report["tables"]["person"]["imported"] == 8
    kept, worked_out = _kept_and_worked_out(station)
    assert kept == worked_out and len(kept) == 8
    assert all(row[2] is not None and row[4] is not None for row in kept)  # their profiles and visits found
    assert _triggers(station) == triggers  # back, as they were, for the pages' writes
    with station.db.transaction() as session:
        session.execute(text("UPDATE person SET is_elder = 0 WHERE id = :id"), {"id": kept[0][0]})
    assert len(_kept_and_worked_out(station)[0]) == 7
