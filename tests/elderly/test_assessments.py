"""Assessments through the service: drafts, finishing, integers in the database, reassessment due."""

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services.assessments import AssessmentInput, list_assessments, save_assessment
from stationdesk.services.elder_care import elder_overview
from stationdesk.services.visits import VisitInput, record_visit

TODAY = date(2026, 6, 15)


def form(elder_id, scores, **changes) -> AssessmentInput:
    values = {
        "elder_id": elder_id,
        "assessed_on": TODAY,
        "reason": "首次",
        "scores": scores,
        "assessor_1": "李社工",
        "assessor_2": "陈护士",
        "informant": "王小明",
        "informant_relation": "儿子",
    }
    values.update(changes)
    return AssessmentInput(**values)


def test_a_draft_keeps_its_scores_but_gets_no_level_then_is_finished(db, people, scores_for):
    partial = dict(list(scores_for(70).items())[:10])
    with db.transaction() as session:
        draft = save_assessment(session, form(people["elder"], partial), finalise=False)
    assert draft.summary.status == "draft" and draft.summary.level is None and draft.summary.total is None
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        save_assessment(session, form(people["elder"], partial), finalise=True, assessment_id=draft.summary.id)
    assert "assessment.incomplete" in {e.code for e in caught.value.errors}
    with db.transaction() as session:
        final = save_assessment(
            session, form(people["elder"], scores_for(70)), finalise=True, assessment_id=draft.summary.id
        )
    assert (final.summary.total, final.summary.level_name) == (70, "轻度失能")
    with db.session() as session:
        row = session.execute(
            text("select typeof(total), typeof(level), typeof(self_care), total from assessment")
        ).one()
        assert row == ("integer", "integer", "integer", 70)
        kinds = set(session.execute(text("select distinct typeof(score) from assessment_score")).scalars())
        assert kinds == {"integer"}
        assert session.execute(text("select count(*) from assessment_score where deleted = 0")).scalar_one() == 26
        assert [a.status for a in list_assessments(session, elder_id=people["elder"])] == ["final"]
    with db.transaction() as session, pytest.raises(ValidationError) as locked:
        save_assessment(session, form(people["elder"], scores_for(80)), finalise=True, assessment_id=draft.summary.id)
    assert locked.value.code == "assessment.final_locked"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"assessed_on": TODAY + timedelta(days=1)}, "assessment.date_in_future"),
        ({"reason": "随便"}, "assessment.reason_unknown"),
        ({"assessor_2": ""}, "assessment.assessors_required"),
        ({"assessor_2": "李社工"}, "assessment.assessors_same"),
        ({"elder_id": "nobody"}, "assessment.elder_unknown"),
        ({"scores": {"B.1.1": 9}}, "assessment.score_range"),
    ],
)
def test_bad_assessments_are_refused_and_nothing_is_stored(db, people, scores_for, changes, code):
    values = {"elder_id": people["elder"], "scores": scores_for(60), **changes}
    data = form(values.pop("elder_id"), values.pop("scores"), **values)
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        save_assessment(session, data, finalise=True)
    assert code in {e.code for e in caught.value.errors}
    with db.session() as session:
        assert session.execute(text("select count(*) from assessment")).scalar_one() == 0


def test_adjustments_are_recorded_and_applied(db, people, scores_for):
    with db.transaction() as session:
        saved = save_assessment(
            session,
            form(
                people["elder"], scores_for(50), dementia=True, risk_events_30_days=2, risk_event_kinds=("跌倒", "走失")
            ),
            finalise=True,
        )
    assert saved.summary.level_name == "重度失能" and saved.result.preliminary_level == 2
    with db.session() as session:
        assert session.execute(text("select preliminary_level, level, risk_event_kinds from assessment")).one() == (
            2,
            3,
            "|跌倒|走失|",
        )


def test_reassessment_is_due_after_six_months_or_at_once_after_a_reported_change(db, people, scores_for):
    with db.transaction() as session:
        save_assessment(session, form(people["elder"], scores_for(80), assessed_on=date(2026, 3, 1)), finalise=True)
    with db.session() as session:
        overview = elder_overview(session, people["elder"])
        assert (overview.next_reassessment, overview.reassessment_reason) == (date(2026, 9, 1), "常规")
        assert overview.level_history == ((date(2026, 3, 1), 1, 80),)
    with db.transaction() as session:
        record_visit(
            session, VisitInput(people["elder"], date(2026, 6, 10), "10:00", "10:30", "上门走访", ability_changed=True)
        )
    with db.session() as session:
        overview = elder_overview(session, people["elder"])
        assert (overview.next_reassessment, overview.reassessment_reason) == (date(2026, 6, 10), "即时")
        assert overview.reassessment_overdue
        assert [e.kind for e in overview.timeline] == ["visit", "assessment"]


def test_a_change_reported_on_the_assessment_day_counts_as_assessed(db, people, scores_for):
    with db.transaction() as session:
        record_visit(session, VisitInput(people["elder"], TODAY, "09:00", "09:30", "上门走访", ability_changed=True))
        save_assessment(session, form(people["elder"], scores_for(60), reason="即时"), finalise=True)
    with db.session() as session:
        overview = elder_overview(session, people["elder"])
    assert overview.reassessment_reason == "常规" and overview.next_reassessment == date(2026, 12, 15)
