from datetime import date

import pytest

from stationdesk.domain.id_number import with_check_digit
from stationdesk.errors import FormErrors, NeedsConfirmation, ValidationError
from stationdesk.services.people import (
    PeopleQuery,
    PersonInput,
    add_guardian,
    add_person,
    count_people,
    delete_person,
    get_person,
    has_guardian_consent,
    record_consent,
    restore_person,
    reveal_id_number,
    search_people,
    update_person,
)

ELDER_ID = with_check_digit("44120219480705122")  # female? sequence 122 is even: female


def _add(db, **fields):
    data = PersonInput(**{"name": "王秀英", "roles": ("elder",), **fields})
    with db.transaction() as session:
        return add_person(session, data, confirmed=True).summary


def test_birth_date_and_gender_come_from_the_id_number(db):
    person = _add(db, id_number=ELDER_ID)
    assert person.birth_date == date(1948, 7, 5) and person.gender == "F"
    assert person.id_number_masked == ELDER_ID[:4] + "*" * 10 + ELDER_ID[-4:]


def test_every_field_error_is_reported_at_once(db):
    with pytest.raises(FormErrors) as caught, db.transaction() as session:
        add_person(session, PersonInput(name=" ", roles=(), id_number="123", phone="12"))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"name", "id_number", "phone"}


def test_the_same_id_number_twice_is_refused(db):
    _add(db, id_number=ELDER_ID)
    with pytest.raises(FormErrors) as caught, db.transaction() as session:
        add_person(session, PersonInput(name="另一人", roles=("elder",), id_number=ELDER_ID.lower()))
    assert caught.value.errors[0].code == "id_number.duplicate"


def test_same_name_and_birth_date_asks_for_confirmation(db):
    _add(db, birth_date=date(1950, 1, 2))
    with pytest.raises(NeedsConfirmation) as caught, db.transaction() as session:
        add_person(session, PersonInput(name="王秀英", roles=("elder",), birth_date=date(1950, 1, 2)))
    assert caught.value.warnings[0].code == "person.same_name_birth"
    assert _add(db, birth_date=date(1950, 1, 2)).name == "王秀英"


def test_a_birth_date_that_contradicts_the_id_number_is_refused(db):
    with pytest.raises(FormErrors) as caught, db.transaction() as session:
        add_person(session, PersonInput(name="张三", roles=(), id_number=ELDER_ID, birth_date=date(1950, 1, 1)))
    assert caught.value.errors[0].code == "person.birth_date_mismatch"


def test_search_by_pinyin_initials_full_pinyin_phone_tail_id_tail_tag_and_role(db):
    zhang = _add(db, name="张三", phone="13812345678", tags=("独居",), id_number=ELDER_ID)
    _add(db, name="李四", roles=("volunteer",), phone="13900001111")
    with db.session() as session:

        def names(**query):
            return [p.name for p in search_people(session, PeopleQuery(**query))]

        assert names(text="zs") == ["张三"]
        assert names(text="zhangsan") == ["张三"]
        assert names(text="zhang") == ["张三"]
        assert names(text="5678") == ["张三"]
        assert names(text=ELDER_ID[-4:]) == ["张三"]
        assert names(text="张") == ["张三"]
        assert names(tag="独居") == ["张三"]
        assert names(role="volunteer") == ["李四"]
        assert count_people(session, PeopleQuery()) == 2
    assert zhang.phone_masked == "138****5678"


def test_delete_hides_and_restore_brings_back(db):
    person = _add(db, id_number=ELDER_ID)
    with db.transaction() as session:
        delete_person(session, person.id)
    with db.session() as session:
        assert count_people(session, PeopleQuery()) == 0
        assert count_people(session, PeopleQuery(include_deleted=True)) == 1
    with db.transaction() as session:
        restore_person(session, person.id)
    with db.session() as session:
        assert search_people(session, PeopleQuery())[0].id == person.id


def test_restore_is_refused_when_the_id_number_was_taken_meanwhile(db):
    person = _add(db, id_number=ELDER_ID)
    with db.transaction() as session:
        delete_person(session, person.id)
    _add(db, name="新登记", id_number=ELDER_ID)
    with pytest.raises(ValidationError), db.transaction() as session:
        restore_person(session, person.id)


def test_children_show_their_alias_in_lists(db):
    child = _add(db, name="刘子涵", roles=("child",), alias="小星星")
    assert child.display_name == "小星星"


def test_consent_needs_a_guardian_first(db):
    child = _add(db, name="刘子涵", roles=("child",))
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        record_consent(session, child.id, None, "刘伟", date(2026, 3, 1), "基本信息")
    assert caught.value.code == "person.consent_needs_guardian"
    mother = _add(db, name="刘伟", roles=("guardian",))
    with db.transaction() as session:
        add_guardian(session, child.id, mother.id, "母亲", is_primary=True)
        record_consent(session, child.id, mother.id, "刘伟", date(2026, 3, 1), "基本信息")
    with db.session() as session:
        detail = get_person(session, child.id)
        assert detail.guardians[0].relation == "母亲" and detail.has_valid_consent
        assert has_guardian_consent(session, child.id)


def test_viewing_a_full_id_number_is_audited(db):
    person = _add(db, id_number=ELDER_ID)
    with db.transaction() as session:
        assert reveal_id_number(session, person.id) == ELDER_ID
    with db.session() as session:
        from sqlalchemy import select

        from stationdesk.db.models.station import AuditEntry

        assert session.execute(select(AuditEntry.action)).scalars().all() == ["view_id_number"]


def test_editing_keeps_the_record_and_updates_search_keys(db):
    person = _add(db, name="王秀英")
    with db.transaction() as session:
        update_person(session, person.id, PersonInput(name="黄秀英", roles=("elder",)), confirmed=True)
    with db.session() as session:
        assert [p.id for p in search_people(session, PeopleQuery(text="hxy"))] == [person.id]


def test_an_address_on_a_road_prints_its_street_and_number_as_written(db):
    on_road = _add(db, community="城西社区", street="宋城路12号")
    assert on_road.address == "城西社区宋城路12号"
    estate = _add(db, name="李桂兰", community="江滨社区", building="12", unit="2", room="1202")
    assert estate.address == "江滨社区12栋2单元1202室"
    typed_before = _add(db, name="陈阿婆", community="城西社区", building="宋城路12号")  # before the street field
    assert typed_before.address == "城西社区宋城路12号"  # not 宋城路12号栋
    with db.transaction() as session:
        assert get_person(session, on_road.id).data.street == "宋城路12号"
