from sqlalchemy import insert, select

from stationdesk.db.models.people import Person
from stationdesk.db.stamping import allocate_change_seqs, current_change_seq, stamp_rows
from stationdesk.services.people import PersonInput, add_person, delete_person, update_person


def test_new_records_get_id_origin_version_and_change_seq(db):
    with db.transaction() as session:
        saved = add_person(session, PersonInput(name="王秀英", roles=("elder",)))
    with db.session() as session:
        person = session.get(Person, saved.summary.id)
        assert len(person.id) == 36 and person.origin_station == "TEST-001"
        assert person.change_seq >= 1 and person.version and person.deleted is False
        assert person.created_at.tzinfo is not None


def test_every_change_takes_a_later_version_and_sequence(db):
    with db.transaction() as session:
        person_id = add_person(session, PersonInput(name="李桂兰", roles=("elder",))).summary.id
    seen = []
    for change in (
        lambda s: update_person(s, person_id, PersonInput(name="李桂兰", roles=("elder",), notes="独居")),
        lambda s: delete_person(s, person_id),
    ):
        with db.session() as session:
            row = session.get(Person, person_id)
            seen.append((row.version, row.change_seq))
        with db.transaction() as session:
            change(session)
    with db.session() as session:
        row = session.get(Person, person_id)
        seen.append((row.version, row.change_seq))
        assert row.deleted
    assert seen == sorted(seen) and len(set(seen)) == 3


def test_the_counter_is_shared_by_every_table_and_never_reused(db):
    with db.transaction() as session:
        first = allocate_change_seqs(session, 10)
    with db.transaction() as session:
        second = allocate_change_seqs(session, 1)
        rows = [{"name": f"人员{i}"} for i in range(3)]
        stamp_rows(session, rows, "person")
        session.execute(insert(Person), rows)
    assert second == first + 10
    assert [r["change_seq"] for r in rows] == [second + 1, second + 2, second + 3]
    with db.session() as session:
        assert current_change_seq(session) == second + 3


def test_a_rolled_back_transaction_gives_its_numbers_back(db):
    with db.session() as session:
        before = current_change_seq(session)
    try:
        with db.transaction() as session:
            add_person(session, PersonInput(name="赵六", roles=()))
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    with db.session() as session:
        assert current_change_seq(session) == before
        assert session.execute(select(Person).where(Person.name == "赵六")).first() is None
