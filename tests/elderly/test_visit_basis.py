"""The kept basis of the due list (``elder_visit_basis``, kept by SQLite triggers) stays what the
records say after every kind of write: pages' services, a tombstone and its restore, and the raw
upserts a sync import makes."""

from datetime import date, timedelta

from sqlalchemy import text

from stationdesk.domain import ability_assessment as gbt
from stationdesk.services.assessments import AssessmentInput, save_assessment
from stationdesk.services.elder_care import due_list, set_risk_tier
from stationdesk.services.people import delete_person, restore_person
from stationdesk.services.visits import VisitInput, delete_visit, record_visit, restore_visit, update_visit

TODAY = date(2026, 6, 15)

FROM_RECORDS = text(
    """
    SELECT p.id, p.tags,
        (SELECT risk_tier FROM elder_profile e WHERE e.elder_id = p.id AND e.deleted = 0),
        (SELECT level FROM assessment a WHERE a.elder_id = p.id AND a.status = 'final' AND a.deleted = 0
         ORDER BY a.assessed_on DESC LIMIT 1),
        (SELECT max(visited_on) FROM visit v WHERE v.elder_id = p.id AND v.deleted = 0),
        (SELECT max(assessed_on) FROM assessment a WHERE a.elder_id = p.id AND a.status = 'final' AND a.deleted = 0),
        p.name_pinyin
    FROM person p WHERE p.is_elder = 1 AND p.deleted = 0 ORDER BY p.id
    """
)
KEPT = text(
    "SELECT elder_id, tags, staff_tier, level, last_visit, last_assessed, name_pinyin FROM elder_visit_basis"
    " ORDER BY elder_id"
)


def assert_kept(db) -> list:
    with db.session() as session:
        kept = session.execute(KEPT).all()
        assert kept == session.execute(FROM_RECORDS).all()
        return kept


def visit(elder_id, days_ago: int) -> VisitInput:
    on = TODAY - timedelta(days=days_ago)
    return VisitInput(elder_id, on, "09:00", "09:40", "上门走访", satisfaction="满意", recorder="李社工")


def ago(days: int) -> str:
    """A day as the basis stores it (ISO text: the rows are read with plain SQL)."""
    return (TODAY - timedelta(days=days)).isoformat()


def test_the_basis_follows_every_write_of_people_profiles_assessments_and_visits(db, people):
    elder = people["elder"]
    assert len(assert_kept(db)) == 2  # the two elders, not the volunteer or the child
    with db.transaction() as session:
        early = record_visit(session, visit(elder, 50)).id
        late = record_visit(session, visit(elder, 10)).id
        record_visit(session, visit(elder, 30))  # an older one added later
    assert {row[0]: row[4] for row in assert_kept(db)}[elder] == ago(10)
    with db.transaction() as session:
        delete_visit(session, late)
    assert {row[0]: row[4] for row in assert_kept(db)}[elder] == ago(30)
    with db.transaction() as session:
        restore_visit(session, late)
        update_visit(session, early, visit(elder, 1))
        set_risk_tier(session, elder, "high")
        save_assessment(
            session,
            AssessmentInput(
                people["elder2"],
                assessed_on=TODAY - timedelta(days=5),
                reason="首次",
                scores=dict.fromkeys(gbt.ITEMS, 0),  # every item at its worst
                assessor_1="李社工",
                assessor_2="陈护士",
                informant="本人",
                informant_relation="本人",
            ),
            finalise=True,
        )
    kept = {row[0]: row for row in assert_kept(db)}
    assert kept[elder][2:5] == ("high", None, ago(1))
    assert kept[people["elder2"]][3] >= 3  # a severe result: the latest level in force
    assert kept[people["elder2"]][5] == ago(5)  # and its day, for 到期复评
    with db.transaction() as session:
        set_risk_tier(session, elder, "")
        delete_person(session, people["elder2"])
    assert [row[0] for row in assert_kept(db)] == [elder]
    with db.transaction() as session:
        restore_person(session, people["elder2"])
    assert len(assert_kept(db)) == 2


def test_raw_upserts_as_a_sync_import_makes_them_keep_the_basis_too(db, people):
    """The station's import writes with INSERT … ON CONFLICT DO UPDATE, past every service."""
    elder = people["elder2"]
    with db.transaction() as session:
        record_visit(session, visit(elder, 200))
    with db.transaction() as session:
        session.execute(text("UPDATE person SET is_elder = 1 WHERE id = :id"), {"id": people["volunteer"]})
        session.execute(text("UPDATE person SET tags = '|独居|' WHERE id = :id"), {"id": elder})
        session.execute(text("UPDATE person SET name_pinyin = 'li guilan' WHERE id = :id"), {"id": elder})
        upsert = text(
            "INSERT INTO visit (id, origin_station, created_at, updated_at, version, deleted, elder_id, visited_on,"
            " start_time, end_time, kind, living_situation, blood_pressure, blood_glucose, health_note, risks,"
            " services, needs, ability_changed, satisfaction, recorder, change_seq)"
            " SELECT :vid, origin_station, created_at, updated_at, version, 0, elder_id, :on, start_time,"
            " end_time, kind, living_situation, blood_pressure, blood_glucose, health_note, risks, services,"
            " needs, ability_changed, satisfaction, recorder, change_seq + 1 FROM visit WHERE elder_id = :elder"
            " ON CONFLICT (id) DO UPDATE SET visited_on = excluded.visited_on, deleted = excluded.deleted"
        )
        new = {"vid": "00000000-0000-4000-8000-000000000001", "on": ago(9), "elder": elder}
        session.execute(upsert, new)
        session.execute(upsert, {**new, "on": ago(3)})  # the same id again: the DO UPDATE path
    kept = {row[0]: row for row in assert_kept(db)}
    assert kept[elder][1] == "|独居|" and kept[elder][4] == ago(3) and kept[elder][6] == "li guilan"
    assert people["volunteer"] in kept
    with db.transaction() as session:
        session.execute(text("UPDATE visit SET deleted = 1 WHERE elder_id = :elder"), {"elder": elder})
        session.execute(text("UPDATE person SET is_elder = 0 WHERE id = :id"), {"id": people["volunteer"]})
    kept = {row[0]: row for row in assert_kept(db)}
    assert kept[elder][4] is None and people["volunteer"] not in kept
    with db.session() as session:  # never visited now: due, with no last visit
        assert [entry.last_visit for entry in due_list(session) if entry.elder_id == elder] == [None]
