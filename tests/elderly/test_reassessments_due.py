"""The home page's 到期复评 reads the kept basis (``elder_visit_basis.last_assessed``); its count and
first rows stay what the rule worked out from the records gives: every living elder never assessed
(by name), then those whose latest final assessment is six months old or more (the oldest first).
The rule below is the query the home page ran before the basis, with the elder's id added as the
last tie-break (two elders of the same pinyin and day had no defined order there)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import text

from stationdesk.db.models.visit_basis import kept_in_one_pass
from stationdesk.domain import ability_assessment as gbt
from stationdesk.domain import visit_plan
from stationdesk.services.assessments import AssessmentInput, save_assessment
from stationdesk.services.demo import DemoOptions, run_demo
from stationdesk.services.people import (
    PersonInput,
    add_person,
    delete_person,
    get_person,
    restore_person,
    update_person,
)
from stationdesk.services.workday import SHOWN, workday_desk

TODAY = date(2026, 6, 15)
DAYS = (date(2025, 1, 1), TODAY, date(2026, 12, 3), date(2027, 3, 1), date(2030, 1, 1))

FROM_THE_RECORDS = text(
    """
    WITH last_final AS (
        SELECT elder_id, max(assessed_on) AS last FROM assessment
        WHERE deleted = 0 AND status = 'final' GROUP BY elder_id
    )
    SELECT p.id, p.name, coalesce(l.last, ''), count(*) OVER () FROM person p
    LEFT JOIN last_final l ON l.elder_id = p.id
    WHERE p.deleted = 0 AND p.is_elder = 1 AND (l.last IS NULL OR l.last <= :limit_day)
    ORDER BY l.last IS NOT NULL, l.last, p.name_pinyin, p.id LIMIT :shown
    """
)


def due_as_shown(db, data_folder, day: date) -> tuple[int, list[tuple[str, str, str]]]:
    with db.session() as session:
        session.info["today"] = day
        desk = workday_desk(session, data_folder)
    return desk.reassessments_due, [(e.record_id, e.title, e.detail) for e in desk.reassessments]


def due_by_the_rule(db, day: date) -> tuple[int, list[tuple[str, str, str]]]:
    limit_day = visit_plan.add_months(day, -visit_plan.REASSESS_MONTHS)
    with db.session() as session:
        rows = session.execute(FROM_THE_RECORDS, {"limit_day": limit_day.isoformat(), "shown": SHOWN}).all()
    return (rows[0][3] if rows else 0), [tuple(row[:3]) for row in rows]


def assert_as_the_rule_says(db, data_folder, days=DAYS) -> tuple[int, list]:
    for day in days:
        assert due_as_shown(db, data_folder, day) == due_by_the_rule(db, day), day
    return due_as_shown(db, data_folder, TODAY)


def new_elder(db, name: str) -> str:
    with db.transaction() as session:
        return add_person(session, PersonInput(name=name, roles=("elder",)), confirmed=True).summary.id


def assess(db, elder_id: str, on: date, finalise: bool = True) -> str:
    with db.transaction() as session:
        return save_assessment(
            session,
            AssessmentInput(
                elder_id,
                assessed_on=on,
                reason="首次",
                scores=dict.fromkeys(gbt.ITEMS, 1),
                assessor_1="李社工",
                assessor_2="陈护士",
                informant="本人",
                informant_relation="本人",
            ),
            finalise=finalise,
        ).summary.id


def renamed(db, person_id: str, name: str) -> None:
    with db.transaction() as session:
        data = replace(get_person(session, person_id).data, name=name)
        update_person(session, person_id, data, confirmed=True)


def ids(due) -> list[str]:
    return [row[0] for row in due[1]]


def test_never_assessed_drafts_finals_reassessments_voids_and_people_leaving(db, data_folder, people):
    elder, elder2 = people["elder"], people["elder2"]  # 王秀英, 李桂兰
    assert ids(assert_as_the_rule_says(db, data_folder)) == [elder2, elder]  # never assessed: by pinyin
    assess(db, elder, TODAY - timedelta(days=30), finalise=False)  # a draft is no assessment
    assert ids(assert_as_the_rule_says(db, data_folder)) == [elder2, elder]
    old = assess(db, elder, TODAY - timedelta(days=220))
    due = assert_as_the_rule_says(db, data_folder)
    assert ids(due) == [elder2, elder] and due[1][1][2] == (TODAY - timedelta(days=220)).isoformat()
    recent = assess(db, elder, TODAY - timedelta(days=10))  # reassessed: no longer due
    assert ids(assert_as_the_rule_says(db, data_folder)) == [elder2]
    with db.transaction() as session:  # voided (a tombstone, as a repair or another station's bundle sets it)
        session.execute(text("UPDATE assessment SET deleted = 1 WHERE id = :id"), {"id": recent})
    assert ids(assert_as_the_rule_says(db, data_folder)) == [elder2, elder]
    with db.transaction() as session:
        session.execute(text("UPDATE assessment SET deleted = 1 WHERE id = :id"), {"id": old})
    assert ids(assert_as_the_rule_says(db, data_folder)) == [elder2, elder]
    with db.transaction() as session:
        session.execute(text("UPDATE assessment SET status = 'final', deleted = 0 WHERE elder_id = :id"), {"id": elder})
    assert ids(assert_as_the_rule_says(db, data_folder)) == [elder2]  # the draft made final by a raw write

    renamed(db, elder2, "赵桂兰")  # a new name moves them in the never-assessed order (zhao after wang)
    new_elder(db, "安淑珍")
    due = assert_as_the_rule_says(db, data_folder)
    assert [row[1] for row in due[1]] == ["安淑珍", "赵桂兰"]
    with db.transaction() as session:  # gone from the station: a tombstone, then back
        delete_person(session, elder2)
    assert [row[1] for row in assert_as_the_rule_says(db, data_folder)[1]] == ["安淑珍"]
    with db.transaction() as session:
        restore_person(session, elder2)
        session.execute(text("UPDATE person SET is_elder = 0 WHERE name = '安淑珍'"))  # no longer an elder
    assert [row[1] for row in assert_as_the_rule_says(db, data_folder)[1]] == ["赵桂兰"]


def test_many_elders_of_the_same_name_and_day_cut_at_the_shown_rows_as_the_rule_does(db, data_folder):
    elders = [new_elder(db, name) for name in ["王伟"] * 6 + ["李娜"] * 5 + ["张敏"] * 4]
    for elder in elders[::2]:
        assess(db, elder, date(2025, 9, 1))
    for elder in elders[1::4]:
        assess(db, elder, date(2025, 10, 1))
        assess(db, elder, date(2024, 10, 1))  # an older one later: the latest counts
    total, shown = assert_as_the_rule_says(db, data_folder, days=(*DAYS, date(2026, 3, 1), date(2026, 4, 1)))
    never = set(elders) - set(elders[::2] + elders[1::4])
    assert total == 15 and len(shown) == SHOWN and {row[0] for row in shown[: len(never)]} == never


def test_records_written_as_a_sync_import_writes_them_keep_the_due_list(db, data_folder, people):
    """The import sets the basis's triggers aside and works the table out in one pass at the end."""
    first = assess(db, people["elder"], date(2025, 1, 10))
    with db.transaction() as session, kept_in_one_pass(session.connection()):
        session.execute(
            text(
                "INSERT INTO assessment (id, origin_station, created_at, updated_at, version, deleted, change_seq,"
                " elder_id, assessed_on, reason, status, assessor_1, assessor_2, informant, informant_relation,"
                " coma, dementia, risk_events_30_days, risk_event_kinds, level, notes)"
                " SELECT '00000000-0000-4000-8000-0000000000a1', 'OTHER-01', created_at, updated_at, version, 0,"
                " change_seq + 1, :elder, '2026-05-01', '复评', 'final', assessor_1, assessor_2, informant,"
                " informant_relation, coma, dementia, 0, '', level, '' FROM assessment WHERE id = :first"
            ),
            {"elder": people["elder2"], "first": first},
        )
        session.execute(text("UPDATE assessment SET deleted = 1 WHERE id = :id"), {"id": first})
        session.execute(text("UPDATE person SET is_elder = 1 WHERE id = :id"), {"id": people["volunteer"]})
    due = assert_as_the_rule_says(db, data_folder)
    assert due[0] == 2 and set(ids(due)) == {people["elder"], people["volunteer"]}  # elder2 assessed elsewhere


def test_the_demo_station_s_due_list_is_the_rule_s(db, data_folder):
    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=11, people=600))
    total, shown = assert_as_the_rule_says(db, data_folder)
    assert total > SHOWN and len(shown) == SHOWN
