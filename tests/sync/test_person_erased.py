"""删除 by anonymisation: the person's personal fields erased at the station, the service records kept
without identity, a receipt for the requester; the next bundle erases the hub's copy the same way."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import text

from stationdesk.errors import NeedsConfirmation, PermissionDenied
from stationdesk.services.people import PersonInput, add_person
from stationdesk.services.person_rights import erase_person, person_copy
from stationdesk.services.visits import VisitInput, record_visit


def test_an_erased_person_is_erased_at_the_city_too(sqlite_hub, make_station, enrol, usb, tmp_path):
    station = make_station("DEL-1")
    enrol(sqlite_hub, station)
    with station.db.transaction() as session:
        elder = add_person(
            session,
            PersonInput(
                name="王秀英", roles=("elder",), birth_date=date(1940, 2, 29), id_number="110101194002290028",
                phone="13800138000", room="301",
            ),
            confirmed=True,
        ).summary.id  # fmt: skip
        record_visit(session, VisitInput(elder, date(2026, 6, 1), "09:00", "09:30", "电话问候"))
    sqlite_hub.import_bundle(station.export(usb / "1.sdbundle").path)

    with station.db.transaction() as session, pytest.raises(PermissionDenied):
        session.info["actor"] = None
        erase_person(session, elder, "本人申请")
    with station.db.transaction() as session:
        receipt = erase_person(session, elder, "本人申请")
    assert receipt.records_kept == 1
    (tmp_path / "receipt.pdf").write_bytes(receipt.pdf)
    shown = subprocess.run(["pdftotext", str(tmp_path / "receipt.pdf"), "-"], capture_output=True, text=True).stdout
    assert "个人信息删除回执" in shown and "本人申请" in shown and "王秀英" not in shown
    with station.db.session() as session:
        copy = person_copy(session, elder)
    assert copy.records["person"][0]["name"] == "已删除" and copy.records["person"][0]["id_number"] is None
    assert copy.records["person"][0]["birth_date"] == "1940-01-01" and len(copy.records["visit"]) == 1

    sqlite_hub.import_bundle(station.export(usb / "2.sdbundle").path)
    with sqlite_hub.engine.connect() as connection:
        row = connection.execute(
            text("SELECT name, id_number, phone, room FROM person WHERE id = :id"), {"id": elder}
        ).one()
        visits = connection.execute(text("SELECT count(*) FROM visit WHERE elder_id = :id"), {"id": elder}).scalar()
    assert tuple(row) == ("已删除", None, "", "") and visits == 1


def test_erasing_someone_with_open_classes_asks_first(db):
    from stationdesk.domain import needs as rules
    from stationdesk.services import needs

    with db.transaction() as session:
        person = add_person(session, PersonInput(name="李桂兰", roles=("elder",), birth_date=date(1948, 7, 1)))
        needs.create_need(
            session, needs.NeedInput(category="助医", urgency=rules.URGENT, source="phone", person_id=person.summary.id)
        )
    with pytest.raises(NeedsConfirmation) as caught, db.transaction() as session:
        erase_person(session, person.summary.id, "本人申请")
    assert caught.value.warnings[0].code == "rights.open_needs"
    with db.session() as session:  # nothing erased before the answer
        assert person_copy(session, person.summary.id).records["person"][0]["name"] == "李桂兰"


def test_the_correction_history_travels_to_the_city_and_is_erased_there_too(sqlite_hub, make_station, enrol, usb):
    station = make_station("COR-1")
    enrol(sqlite_hub, station)
    from dataclasses import replace

    from stationdesk.services.people import get_person, update_person

    with station.db.transaction() as session:
        person_id = add_person(session, PersonInput(name="王秀英", roles=("elder",), phone="13800138000")).summary.id
    with station.db.transaction() as session:
        fixed = replace(
            get_person(session, person_id).data, name="王秀瑛", phone="13900139000", correction_reason="更正"
        )
        update_person(session, person_id, fixed)
    sqlite_hub.import_bundle(station.export(usb / "1.sdbundle").path)
    with sqlite_hub.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT field, old_value FROM person_correction WHERE person_id = :id ORDER BY field"),
            {"id": person_id},
        ).all()
    assert [tuple(row) for row in rows] == [("name", "王秀英"), ("phone", "13800138000")]

    with station.db.transaction() as session:
        erase_person(session, person_id, "本人申请")
    sqlite_hub.import_bundle(station.export(usb / "2.sdbundle").path)
    with sqlite_hub.engine.connect() as connection:
        values = connection.execute(
            text("SELECT old_value, new_value FROM person_correction WHERE person_id = :id"), {"id": person_id}
        ).all()
    assert [tuple(row) for row in values] == [("", ""), ("", "")]  # the city's copy of the history is erased too
