"""``stationdesk demo`` step for tutoring: a summer class (暑托班), a one-to-one class and a term-time
homework group (四点半课堂, with a session today), school-age children (6 to 15 on the day they sign up)
whose guardian's consent was given before that day, enrolled through the same rules as the GUI, a term
of sessions, and attendance with guardian hand-overs, progress notes and a few case notes."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import GuardianConsent, Guardianship, Person
from stationdesk.db.models.tutoring import Attendance, CaseNote, TutoringSession
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.tutoring import WeeklySlot
from stationdesk.services import registry
from stationdesk.services.people import age_on
from stationdesk.services.station import today
from stationdesk.services.tutoring import ClassInput, enrol_child, generate_term, save_class

PROGRESS_NOTES = (
    "完成数学口算练习，正确率较上周提高",
    "语文作业按时完成，字迹工整",
    "背诵古诗两首",
    "英语单词听写全对",
    "数学应用题需要再巩固",
    "阅读绘本并复述故事",
    "作文开头写得生动",
    "乘法口诀已熟练",
)
SCHOOL_AGE = (6, 15)
GROUP_SIZE = 12  # children of the term-time homework group
BEHAVIOUR_NOTES = ("主动帮助同学", "注意力不够集中", "积极发言", "与同伴发生小争执，已调解", "情绪低落，需关注")


def _clock(base: time, minutes: int) -> time:
    moment = datetime.combine(date(2000, 1, 1), base) + timedelta(minutes=minutes)
    return moment.time().replace(second=0, microsecond=0)


@registry.demo_step(30)
def make_tutoring(session: Session, rng: random.Random, options) -> None:
    day = today(session)
    summer_year = day.year if day >= date(day.year, 8, 20) else day.year - 1
    summer_start, summer_end = date(summer_year, 7, 6), date(summer_year, 8, 14)
    signed_up = summer_start - timedelta(days=7)
    one_to_one_start = day - timedelta(days=70)
    consenting = _school_age_with_consent(session, signed_up)
    volunteers = list(
        session.execute(
            select(Person.id)
            .where(Person.is_volunteer.is_(True), Person.deleted.is_(False))
            .order_by(Person.name_pinyin)
            .limit(6)
        ).scalars()
    )
    if not consenting:
        return
    summer = save_class(
        session,
        ClassInput(
            name=f"{summer_year}小候鸟公益暑托班",
            kind="暑托班",
            subjects="语文、数学、阅读",
            term_start=summer_start,
            term_end=summer_end,
            place="城东社区服务站二楼活动室",
            capacity=30,
            slots=tuple(WeeklySlot(d, time(9, 0), time(11, 30)) for d in range(5)),
            tutor_ids=tuple(volunteers[:4]),
            notes="关爱春芽志愿服务队承办",
        ),
    )
    one_to_one = save_class(
        session,
        ClassInput(
            name="一对一课业辅导（数学）",
            kind="一对一",
            subjects="数学",
            term_start=one_to_one_start,
            term_end=day + timedelta(days=40),
            place="城东社区服务站四点半课堂",
            capacity=1,
            slots=(WeeklySlot(1, time(16, 30), time(17, 30)), WeeklySlot(3, time(16, 30), time(17, 30))),
            tutor_ids=tuple(volunteers[4:5]),
        ),
    )
    summer_children = consenting[: min(24, len(consenting))]
    for child_id in summer_children:
        enrol_child(session, summer.id, child_id, on=signed_up)
    enrolled = {summer.id: summer_children}
    candidates = _school_age_with_consent(session, one_to_one_start)
    others = [c for c in candidates if c not in summer_children]
    if candidates:  # signs up on the first day of its term
        single = (others or candidates)[-1]
        enrol_child(session, one_to_one.id, single, on=one_to_one_start)
        enrolled[one_to_one.id] = [single]
    group = _term_group(session, day, tuple(volunteers[5:6]), enrolled.get(one_to_one.id, []))
    typhoon = {summer_start + timedelta(days=17)}  # a 台风停课 day
    generate_term(session, summer.id, summer_start, summer_end, frozenset(typhoon))
    generate_term(session, one_to_one.id, one_to_one_start, day + timedelta(days=40), frozenset())
    _attendance(session, rng, day, enrolled)
    if group is not None:  # its own random stream: the rest of the demo stays as it was for the seed
        _attendance(session, random.Random(f"term-group-{options.seed}"), day, {group[0]: group[1]})


def _term_group(
    session: Session, day: date, tutor_ids: tuple[str, ...], taken: list[str]
) -> tuple[str, list[str]] | None:
    """四点半课堂: a term-time homework group of a dozen children, on every school day and on today's weekday
    (so the day's attendance has a real sheet), its term around today; (class id, children) or None."""
    term_start, term_end = day - timedelta(days=35), day + timedelta(days=60)
    children = [c for c in _school_age_with_consent(session, term_start) if c not in taken][:GROUP_SIZE]
    if not children:
        return None
    group = save_class(
        session,
        ClassInput(
            name="四点半课堂·课业辅导",
            kind="小组",
            subjects="作业辅导、阅读",
            term_start=term_start,
            term_end=term_end,
            place="城东社区服务站一楼学习室",
            capacity=15,
            slots=tuple(WeeklySlot(d, time(16, 30), time(18, 0)) for d in sorted({0, 1, 2, 3, 4, day.weekday()})),
            tutor_ids=tutor_ids,
            notes="放学后作业辅导，家长18:00前接回",
        ),
    )
    for child_id in children:
        enrol_child(session, group.id, child_id, on=term_start)
    generate_term(session, group.id, term_start, term_end, frozenset())
    return group.id, children


def _school_age_with_consent(session: Session, enrol_on: date) -> list[str]:
    """Children 6 to 15 years old on ``enrol_on`` whose guardian's consent (still in force) was given
    on or before that day, in pinyin order."""
    rows = session.execute(
        select(Person.id, Person.birth_date)
        .join(GuardianConsent, GuardianConsent.child_id == Person.id)
        .where(
            Person.is_child.is_(True),
            Person.deleted.is_(False),
            GuardianConsent.withdrawn_on.is_(None),
            GuardianConsent.deleted.is_(False),
            GuardianConsent.given_on <= enrol_on,
        )
        .order_by(Person.name_pinyin, Person.id)
    ).all()
    low, high = SCHOOL_AGE
    return list(
        dict.fromkeys(
            child_id for child_id, birth in rows if (age := age_on(birth, enrol_on)) is not None and low <= age <= high
        )
    )


def _attendance(session: Session, rng: random.Random, day: date, enrolled: dict[str, list[str]]) -> None:
    children = [c for ids in enrolled.values() for c in ids]
    guardians: dict[str, tuple[str, str]] = {}
    for child_id, name, relation in session.execute(
        select(Guardianship.child_id, Person.name, Guardianship.relation)
        .join(Person, Person.id == Guardianship.guardian_id)
        .where(Guardianship.child_id.in_(children))
    ):
        guardians.setdefault(child_id, (name, relation))
    rows = []
    follow_ups: set[str] = set()
    for held in session.execute(
        select(TutoringSession).where(TutoringSession.class_id.in_(list(enrolled)), TutoringSession.day < day)
    ).scalars():
        for child_id in enrolled[held.class_id]:
            status = rng.choices(("出勤", "迟到", "早退", "请假", "缺勤"), (82, 5, 3, 6, 4))[0]
            name, relation = guardians.get(child_id, ("", ""))
            row = {
                "session_id": held.id,
                "child_id": child_id,
                "status": status,
                "drop_off_by": "",
                "drop_off_relation": "",
                "drop_off_time": None,
                "pick_up_by": "",
                "pick_up_relation": "",
                "pick_up_time": None,
                "pick_up_note": "",
                "progress_note": "",
                "behaviour_note": "",
                "follow_up": False,
            }
            if status in ("出勤", "迟到", "早退"):
                late = rng.randint(10, 40) if status == "迟到" else -rng.randint(0, 15)
                early = -rng.randint(30, 60) if status == "早退" else rng.randint(0, 15)
                row.update(
                    drop_off_by=name,
                    drop_off_relation=relation,
                    drop_off_time=_clock(held.start_time, late),
                    pick_up_by=name,
                    pick_up_relation=relation,
                    pick_up_time=_clock(held.end_time, early),
                )
                if rng.random() < 0.03:
                    row.update(
                        pick_up_by="邻居" + rng.choice("张李陈黄") + "阿姨",
                        pick_up_relation="邻居",
                        pick_up_note=f"监护人{name}电话同意由邻居代接",
                    )
                if rng.random() < 0.35:
                    row["progress_note"] = rng.choice(PROGRESS_NOTES)
                if rng.random() < 0.08:
                    row["behaviour_note"] = rng.choice(BEHAVIOUR_NOTES)
                    if row["behaviour_note"] == "情绪低落，需关注":
                        row["follow_up"] = True
                        follow_ups.add(child_id)
            rows.append(row)
    stamp_rows(session, rows, Attendance.__tablename__)
    if rows:
        session.execute(insert(Attendance), rows)
    notes = [
        {
            "child_id": child_id,
            "written_on": day - timedelta(days=rng.randint(1, 60)),
            "author": "社工 林慧",
            "text": "辅导员反映孩子近期情绪低落。已电话联系监护人，了解到父母外出务工、近期未通话。"
            "计划每周电话随访一次，并安排同伴小组活动。",
        }
        for child_id in sorted(follow_ups)[:3]
    ]
    stamp_rows(session, notes, CaseNote.__tablename__)
    if notes:
        session.execute(insert(CaseNote), notes)
