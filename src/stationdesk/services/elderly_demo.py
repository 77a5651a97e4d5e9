"""Demo data for elderly care: 12 months of visits and assessments for the demo elders.

Bulk inserts (``stamp_rows``) keep it fast: about 3,000 visits for the default 600 people."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.db.models.elderly import Assessment, AssessmentScore, FollowUp, Visit, VisitVisitor
from stationdesk.db.models.people import Person
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain import ability_assessment as gbt
from stationdesk.services.demo import sample_for_records
from stationdesk.services.registry import demo_step
from stationdesk.services.station import catalog, today
from stationdesk.services.visits import SATISFACTION, VISIT_KINDS

CHUNK = 5000
STAFF = ("李社工", "陈社工", "黄社工", "梁社工", "周社工")
LIVING = (
    "独自居住，房屋整洁",
    "与老伴同住，精神尚可",
    "子女每周回来一次",
    "居住环境较杂乱，已提醒整理",
    "与子女同住，照料较好",
    "独居，邻居常来照看",
)
NEEDS = ("希望有人陪同就医", "需要助餐服务", "想参加社区活动", "希望安装扶手", "需要代购日用品", "")
FOLLOW = ("联系家属沟通照护安排", "协助申请居家适老化改造", "转介社区医生上门", "跟进助餐服务开通", "复查血压")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _scores(rng: random.Random, ability: float) -> dict[str, int]:
    """Item scores around ``ability`` (0 = fully dependent, 1 = fully able)."""
    scores = {}
    for code, item in gbt.ITEMS.items():
        top = item.max_score
        value = round(top * min(1.0, max(0.0, rng.gauss(ability, 0.15))))
        scores[code] = value if value in item.scores else top
    return scores


def _insert(session: Session, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        stamp_rows(session, chunk, model.__tablename__)
        session.connection().execute(model.__table__.insert(), chunk)


@demo_step(20)
def make_elderly_care(session: Session, rng: random.Random, options) -> None:
    day = today(session)
    elders = sample_for_records(
        rng,
        session.execute(
            select(Person.id, Person.tags)
            .where(Person.is_elder.is_(True), Person.deleted.is_(False))
            .order_by(Person.id)
        ).all(),
    )
    volunteers = list(
        session.execute(select(Person.id).where(Person.is_volunteer.is_(True), Person.deleted.is_(False))).scalars()
    )
    risks, services = catalog(session, "visit_risk"), catalog(session, "elder_service")
    visits, visitors, follow_ups, assessments, scores = [], [], [], [], []
    start = day - timedelta(days=365)
    for elder_id, tags in elders:
        ability = 0.35 if "|失能|" in tags else 0.6 if "|半失能|" in tags else rng.uniform(0.7, 1.05)
        gap = 10 if ability < 0.5 else 30 if ("|独居|" in tags or ability < 0.8) else 75
        on = start + timedelta(days=rng.randrange(0, gap))
        while on <= day - timedelta(days=rng.randrange(0, 20)):
            hour, minute = rng.randint(8, 16), rng.choice((0, 15, 30, 45))
            length = rng.choice((20, 30, 45, 60, 90))
            end = hour * 60 + minute + length
            visit_id = _uuid(rng)
            visits.append(
                {
                    "id": visit_id,
                    "elder_id": elder_id,
                    "visited_on": on,
                    "start_time": f"{hour:02d}:{minute:02d}",
                    "end_time": f"{end // 60:02d}:{end % 60:02d}",
                    "kind": rng.choices(VISIT_KINDS, (6, 3, 2, 1))[0],
                    "living_situation": rng.choice(LIVING),
                    "blood_pressure": f"{rng.randint(110, 165)}/{rng.randint(65, 95)}" if rng.random() < 0.6 else "",
                    "blood_glucose": f"{rng.uniform(4.5, 9.5):.1f}" if rng.random() < 0.3 else "",
                    "health_note": "",
                    "risks": "|" + "|".join(rng.sample(risks, 1)) + "|" if rng.random() < 0.3 else "",
                    "services": "|" + "|".join(rng.sample(services, rng.randint(1, 3))) + "|",
                    "needs": rng.choice(NEEDS),
                    "ability_changed": rng.random() < 0.01,
                    "satisfaction": rng.choices(SATISFACTION, (90, 9, 1))[0],
                    "recorder": rng.choice(STAFF),
                }
            )
            for person_id in rng.sample(volunteers, min(len(volunteers), rng.randint(0, 2))):
                visitors.append({"id": _uuid(rng), "visit_id": visit_id, "person_id": person_id})
            if rng.random() < 0.08:
                due = on + timedelta(days=rng.choice((3, 7, 14)))
                # a station keeps up: what fell due over ten days ago is done (most on time, some a
                # few days late); only the last days' follow-ups are still open
                closed = (
                    due + timedelta(days=-rng.randint(0, 3) if rng.random() < 0.9 else rng.randint(1, 6))
                    if due < day - timedelta(days=10)
                    else None
                )
                follow_ups.append(
                    {
                        "id": _uuid(rng),
                        "elder_id": elder_id,
                        "visit_id": visit_id,
                        "action": rng.choice(FOLLOW),
                        "due_on": due,
                        "closed_on": max(closed, on) if closed else None,
                        "closed_note": "已完成" if closed else "",
                    }
                )
            on += timedelta(days=max(3, round(rng.gauss(gap, gap * 0.2))))
        # Assessments: a first one about a year ago, a routine one six months later for most.
        when = [start + timedelta(days=rng.randrange(0, 40))]
        if rng.random() < 0.7:
            when.append(when[0] + timedelta(days=rng.randint(175, 190)))
        for number, assessed_on in enumerate(when):
            if assessed_on > day:
                continue
            item_scores = _scores(rng, ability - 0.05 * number)
            adjustments = gbt.Adjustments(False, rng.random() < 0.03, 2 if rng.random() < 0.03 else 0)
            result = gbt.assess(item_scores, adjustments)
            assessment_id = _uuid(rng)
            first, second = rng.sample(STAFF, 2)
            assessments.append(
                {
                    "id": assessment_id,
                    "elder_id": elder_id,
                    "assessed_on": assessed_on,
                    "reason": "首次" if number == 0 else "常规",
                    "status": "final",
                    "assessor_1": first,
                    "assessor_2": second,
                    "informant": "本人",
                    "informant_relation": "本人",
                    "coma": False,
                    "dementia": adjustments.dementia_or_mental_disorder,
                    "risk_events_30_days": adjustments.risk_events_30_days,
                    "risk_event_kinds": "|跌倒|" if adjustments.risk_events_30_days else "",
                    "self_care": result.sub_totals["self_care"],
                    "motor": result.sub_totals["motor"],
                    "mental": result.sub_totals["mental"],
                    "perception": result.sub_totals["perception"],
                    "total": result.total,
                    "preliminary_level": result.preliminary_level,
                    "level": result.level,
                    "notes": "",
                }
            )
            scores += [
                {"id": _uuid(rng), "assessment_id": assessment_id, "item_code": code, "score": score}
                for code, score in item_scores.items()
            ]
    for model, rows in (
        (Visit, visits),
        (VisitVisitor, visitors),
        (FollowUp, follow_ups),
        (Assessment, assessments),
        (AssessmentScore, scores),
    ):
        _insert(session, model, rows)
