"""Demo data for volunteers: profiles for the registry's volunteers, teams, projects, activities with
sign-ups, and shifts from the past half year (those older than three weeks confirmed), all following the
hour rules. Rows go in with bulk inserts (``stamp_rows``) so the benchmark can make 500,000 shifts."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from stationdesk.db.base import utcnow
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import (
    Activity,
    ActivityParticipant,
    Shift,
    TeamMembership,
    Volunteer,
    VolunteerAward,
    VolunteerProject,
    VolunteerTeam,
    VolunteerTraining,
)
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.service_hours import DEFAULT_DAILY_CAP_MINUTES, credit_minutes
from stationdesk.services import registry
from stationdesk.services.demo import sample_for_records
from stationdesk.services.station import current_station, today

TEAMS = (
    ("邻里情", "城东社区"),
    ("同心圆", "睦岗社区"),
    ("急先锋", "全街道"),
    ("关爱春芽", "宝月社区"),
    ("客家守艺人", "康乐社区"),
)
PROJECTS = (
    ("银发生日会", "邻里情", "助老服务", "elder"),
    ("小候鸟公益暑托班", "关爱春芽", "关爱儿童", "child"),
    ("共颂客家情", "客家守艺人", "文体活动", "elder"),
    ("共撑半边天", "同心圆", "便民服务", None),
    ("平安社区巡查", "急先锋", "应急救援", None),
)
PLACES = ("社区党群服务中心", "城东社区长者饭堂", "睦岗社区活动室", "宝月社区儿童之家", "康乐社区文化广场")
SKILLS = ("心理疏导", "医疗护理", "课业辅导", "法律咨询", "家电维修", "文艺", "驾驶", "应急救援")
COURSES = (("志愿服务通识培训", 180), ("应急救护培训", 240), ("助老服务技能", 120), ("儿童保护与安全", 90))
CHUNK = 5000


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _insert(session: Session, table, rows: list[dict], rng: random.Random) -> None:
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        for row in chunk:
            row.setdefault("id", _uuid(rng))
        stamp_rows(session, chunk, table.__tablename__)
        session.execute(insert(table), chunk)


def make_volunteers(session: Session, rng: random.Random, person_ids: list[str], day: date) -> list[str]:
    code = current_station(session).code
    rows = []
    for number, person_id in enumerate(person_ids, start=1):
        status = "在册" if rng.random() < 0.9 else rng.choice(("暂停", "退出"))
        rows.append(
            {
                "person_id": person_id,
                "volunteer_number": f"{code}-V{number:05d}",
                "registered_on": day - timedelta(days=rng.randrange(30, 1500)),
                "skills": "|" + "|".join(rng.sample(SKILLS, rng.randint(1, 3))) + "|",
                "availability": rng.choice(("周末全天", "工作日晚上", "周六上午", "随时", "寒暑假")),
                "status": status,
                "consent_id": None,
                "notes": "",
            }
        )
    _insert(session, Volunteer, rows, rng)
    return [r["id"] for r in rows if r["status"] != "退出"]


def make_shifts(
    session: Session,
    rng: random.Random,
    volunteer_ids: list[str],
    activities: list[dict],
    per_activity: int,
    day: date,
    sign_up: bool = True,
) -> int:
    """Volunteers sign up for activities and the past ones get shifts (no overlap, daily cap kept)."""
    busy: dict[tuple[str, date], int] = {}
    shifts, participants = [], []
    confirm_before = day - timedelta(days=21)
    now = utcnow()
    for activity in activities:
        chosen = rng.sample(volunteer_ids, min(per_activity, len(volunteer_ids)))
        for volunteer_id in chosen:
            key = (volunteer_id, activity["held_on"])
            if key in busy:
                continue
            busy[key] = 1
            if sign_up:
                participants.append(
                    {
                        "activity_id": activity["id"],
                        "person_id": activity["_people"][volunteer_id],
                        "role": "volunteer",
                        "attended": None,
                        "signed_in": None,
                        "signed_out": None,
                        "remark": "",
                    }
                )
            if activity["held_on"] >= day:
                continue
            start = datetime.combine(activity["held_on"], activity["starts_at"]) + timedelta(
                minutes=rng.randint(-15, 10)
            )
            end = datetime.combine(activity["held_on"], activity["ends_at"]) + timedelta(minutes=rng.randint(-10, 25))
            minutes = credit_minutes(start, end, 0, DEFAULT_DAILY_CAP_MINUTES)
            confirmed = activity["held_on"] < confirm_before
            shifts.append(
                {
                    "volunteer_id": volunteer_id,
                    "activity_id": activity["id"],
                    "post": "活动志愿者",
                    "content": activity["name"],
                    "service_date": activity["held_on"],
                    "signed_in_at": start,
                    "signed_out_at": end,
                    "computed_minutes": minutes,
                    "credited_minutes": minutes,
                    "correction_reason": "",
                    "confirmed_by": activity["leader"] if confirmed else None,
                    "confirmed_at": now if confirmed else None,
                }
            )
            if sign_up:
                participants[-1].update(attended=True, signed_in=start.time(), signed_out=end.time())
    _insert(session, ActivityParticipant, participants, rng)
    _insert(session, Shift, shifts, rng)
    return len(shifts)


def _days(start: date, end: date):
    return (start + timedelta(days=n) for n in range((end - start).days + 1))


def _last_saturday(year: int, month: int) -> date:
    last = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 5) % 7)


def activity_dates(project: str, start: date, end: date) -> list[tuple[date, str]]:
    """(day, activity name) a project can hold between start and end, following its calendar:
    银发生日会 once a month (the last Saturday), the summer class on weekdays of July and August only,
    the Hakka culture project at weekends, the women's project on weekdays, the patrol any day."""
    if project == "银发生日会":
        months = sorted({(d.year, d.month) for d in _days(start, end)})
        return [(d, f"{m}月银发生日会") for y, m in months if start <= (d := _last_saturday(y, m)) <= end]
    if project == "小候鸟公益暑托班":
        return [
            (d, f"小候鸟公益暑托班（{d.month}月{d.day}日）")
            for d in _days(start, end)
            if d.month in (7, 8) and d.weekday() < 5
        ]
    if project == "共颂客家情":
        themes = ("客家山歌会", "客家美食分享", "客家童谣传唱", "客家围屋故事会")
        return [(d, f"共颂客家情·{themes[d.toordinal() % len(themes)]}") for d in _days(start, end) if d.weekday() >= 5]
    if project == "共撑半边天":
        themes = ("妇女健康讲座", "巧手编织课", "家庭教育沙龙", "就业技能分享会")
        return [(d, f"共撑半边天·{themes[d.toordinal() % len(themes)]}") for d in _days(start, end) if d.weekday() < 5]
    return [(d, f"{project}（{d.month}月{d.day}日）") for d in _days(start, end)]


def make_activities(
    session: Session, rng: random.Random, count: int, day: date, projects: list[dict], leaders: list[str]
) -> list[dict]:
    """About ``count`` activities from 180 days ago to 14 days ahead, each on a day its project holds
    activities (a project has at most one activity a day); fewer when the calendars run out."""
    free = {p["id"]: activity_dates(p["name"], day - timedelta(days=179), day + timedelta(days=14)) for p in projects}
    rows = []
    for _ in range(count):
        open_projects = [p for p in projects if free[p["id"]]]
        if not open_projects:
            break
        project = rng.choice(open_projects)
        held_on, name = free[project["id"]].pop(rng.randrange(len(free[project["id"]])))
        hour = 19 if project["name"] == "平安社区巡查" else rng.choice((8, 9, 9, 14, 15))
        length = rng.choice((90, 120, 150, 180, 240))
        starts = time(hour, rng.choice((0, 30)))
        ends_dt = datetime.combine(held_on, starts) + timedelta(minutes=length)
        rows.append(
            {
                "name": name,
                "project_id": project["id"],
                "team_id": project["team_id"],
                "kind": project["_kind"],
                "held_on": held_on,
                "starts_at": starts,
                "ends_at": ends_dt.time(),
                "place": rng.choice(PLACES),
                "organiser": current_station(session).name,
                "leader": rng.choice(leaders),
                "capacity": 0,
                "target_group": project["_target"],
            }
        )
    _insert(session, Activity, rows, rng)
    return rows


@registry.demo_step(40)
def demo_volunteers(session: Session, rng: random.Random, options) -> None:
    day = today(session)
    people = sample_for_records(
        rng,
        session.execute(select(Person.id, Person.name).where(Person.is_volunteer.is_(True)).order_by(Person.id)).all(),
    )
    if not people:
        return
    volunteer_ids = make_volunteers(session, rng, [p for p, _ in people], day)
    person_of = dict(session.execute(select(Volunteer.id, Volunteer.person_id)).all())
    name_of = dict(people)
    teams = [
        {"name": name, "service_area": area, "leader_id": volunteer_ids[i % len(volunteer_ids)], "description": ""}
        for i, (name, area) in enumerate(TEAMS)
    ]
    _insert(session, VolunteerTeam, teams, rng)
    members = []
    for index, volunteer_id in enumerate(volunteer_ids):
        for team in rng.sample(teams, rng.choice((1, 1, 2))) if index >= len(teams) else [teams[index]]:
            members.append(
                {
                    "team_id": team["id"],
                    "volunteer_id": volunteer_id,
                    "joined_on": day - timedelta(days=rng.randrange(10, 700)),
                }
            )
    _insert(session, TeamMembership, members, rng)
    team_id = {t["name"]: t["id"] for t in teams}
    projects = [
        {
            "id": _uuid(rng),
            "name": name,
            "team_id": team_id[team],
            "description": f"{team}队伍的常设项目",
            "_kind": kind,
            "_target": {"elder": "社区老年人", "child": "留守及困境儿童"}.get(target, "社区居民"),
        }
        for name, team, kind, target in PROJECTS
    ]
    _insert(session, VolunteerProject, [{k: v for k, v in p.items() if not k.startswith("_")} for p in projects], rng)
    leaders = [name_of[person_of[t["leader_id"]]] for t in teams]
    activities = make_activities(session, rng, max(8, len(volunteer_ids) // 3), day, projects, leaders)
    for activity in activities:
        activity["_people"] = person_of
    make_shifts(session, rng, volunteer_ids, activities, per_activity=6, day=day)
    served_pool = {
        kind: session.execute(
            select(Person.id).where(column.is_(True), Person.deleted.is_(False)).order_by(Person.id).limit(400)
        )
        .scalars()
        .all()
        for kind, column in (("社区老年人", Person.is_elder), ("留守及困境儿童", Person.is_child))
    }
    served = []
    for activity in activities:
        pool = served_pool.get(activity["target_group"]) or served_pool["社区老年人"]
        for person_id in rng.sample(pool, min(len(pool), rng.randint(4, 12))):
            came = activity["held_on"] < day and rng.random() < 0.85
            served.append(
                {
                    "activity_id": activity["id"],
                    "person_id": person_id,
                    "role": "served",
                    "attended": came if activity["held_on"] < day else None,
                    "signed_in": activity["starts_at"] if came else None,
                    "signed_out": None,
                    "remark": "",
                }
            )
    _insert(session, ActivityParticipant, served, rng)
    trainings = [
        {
            "volunteer_id": v,
            "course": course,
            "trained_on": day - timedelta(days=rng.randrange(20, 600)),
            "minutes": minutes,
        }
        for v in volunteer_ids
        for course, minutes in rng.sample(COURSES, rng.randint(0, 2))
    ]
    _insert(session, VolunteerTraining, trainings, rng)
    awards = [
        {
            "volunteer_id": v,
            "title": rng.choice(("优秀志愿者", "五星级志愿者", "抗疫先锋志愿者")),
            "awarded_on": day - timedelta(days=rng.randrange(30, 900)),
            "issuer": "端州区志愿服务联合会",
        }
        for v in volunteer_ids
        if rng.random() < 0.08
    ]
    _insert(session, VolunteerAward, awards, rng)
