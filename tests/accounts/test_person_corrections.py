"""更正 with history: an edit that changes a registered field keeps the old value, who, when and why; the
history is in 查阅复制 (and travels to the city: tests/sync/test_person_erased.py), and an erasure blanks its values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from stationdesk.services.people import PersonInput, add_person, get_person, update_person
from stationdesk.services.person_corrections import corrections_of
from stationdesk.services.person_rights import erase_person, person_copy

WANG = PersonInput(
    name="王秀英", roles=("elder",), birth_date=date(1940, 2, 29), id_number="110101194002290028", phone="13800138000"
)


def corrected(db, reason="本人持身份证更正") -> str:
    with db.transaction() as session:
        person_id = add_person(session, WANG, confirmed=True).summary.id
    with db.transaction() as session:
        data = get_person(session, person_id).data
        fixed = replace(data, name="王秀瑛", phone="13900139000", tags=("独居",), correction_reason=reason)
        update_person(session, person_id, fixed, confirmed=True)
    return person_id


def test_an_edit_keeps_the_old_value_of_each_registered_field_it_changes(db):
    person_id = corrected(db)
    with db.session() as session:
        lines = corrections_of(session, person_id)
        assert get_person(session, person_id).summary.name == "王秀瑛"
    assert [(line.field, line.old_value, line.new_value) for line in lines] == [
        ("name", "王秀英", "王秀瑛"),
        ("phone", "138****8000", "139****9000"),  # masked as everywhere on screen
    ]  # the tags changed too, but they are not a registered field
    assert {line.reason for line in lines} == {"本人持身份证更正"} and lines[0].corrected_by == "测试站长"


def test_an_edit_that_changes_no_registered_field_leaves_no_correction(db):
    with db.transaction() as session:
        person_id = add_person(session, WANG, confirmed=True).summary.id
    with db.transaction() as session:
        update_person(session, person_id, replace(WANG, notes="喜欢下棋"), confirmed=True)
    with db.session() as session:
        assert corrections_of(session, person_id) == ()


def test_the_history_is_in_the_copy_and_an_erasure_blanks_its_values(db):
    person_id = corrected(db)
    with db.session() as session:
        held = person_copy(session, person_id).records["person_correction"]
    assert {row["old_value"] for row in held} == {"王秀英", "13800138000"}
    with db.transaction() as session:
        receipt = erase_person(session, person_id, "本人申请")
    assert receipt.records_kept == 0  # corrections are not service records
    with db.session() as session:
        held = person_copy(session, person_id).records["person_correction"]
    assert {(row["field"], row["old_value"], row["new_value"]) for row in held} == {("name", "", ""), ("phone", "", "")}


def test_a_new_address_on_the_road_is_a_correction_and_every_registered_field_has_its_label(db, qapp):
    from stationdesk.services.person_corrections import REGISTERED_FIELDS
    from stationdesk.ui.widgets.person_detail_panel import correction_field_labels

    with db.transaction() as session:
        person_id = add_person(session, replace(WANG, street="宋城路12号"), confirmed=True).summary.id
    with db.transaction() as session:
        data = get_person(session, person_id).data
        update_person(session, person_id, replace(data, street="宋城路14号", correction_reason="搬家"), confirmed=True)
    with db.session() as session:
        assert [(c.field, c.old_value, c.new_value) for c in corrections_of(session, person_id)] == [
            ("street", "宋城路12号", "宋城路14号")
        ]
    assert set(correction_field_labels()) == set(REGISTERED_FIELDS)
