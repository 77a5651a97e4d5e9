"""Demo data for the three lists: the station's services (陪同就医, 银发生日会, 小候鸟公益暑托班 …) run by
the demo teams, resources (a 党群服务中心 hall, a university's social work students, a clinic's free checks,
goods, funds, the teams themselves), and needs found on the demo visits and through feedback, meetings and
calls — most met and rated, some still open, some overdue — with their history, dispatches, service records
and the volunteers' shifts.

Rows go in with bulk inserts (``stamp_rows``) and follow the same rules the services enforce (states move only
along the flow, a completed need has a service record, shifts keep the hour rules), so ``benchmarks/lists.py``
makes its 50,000 needs with the same builder.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.db.base import utcnow
from stationdesk.db.models.elderly import Visit
from stationdesk.db.models.lists import (
    Dispatch,
    Need,
    NeedStateChange,
    Resource,
    ServiceRecord,
    ServiceRecordPerson,
    ServiceRecordVolunteer,
    StationService,
)
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import Shift, TeamMembership, Volunteer, VolunteerProject, VolunteerTeam
from stationdesk.domain import needs as rules
from stationdesk.domain.groups import groups_of
from stationdesk.domain.service_hours import credit_minutes
from stationdesk.services import registry
from stationdesk.services.demo import COMMUNITIES
from stationdesk.services.needs import deadline_days
from stationdesk.services.station import current_station, today
from stationdesk.services.volunteers_demo import _insert, _uuid  # the demo's bulk insert with seeded ids

STAFF = ("李社工", "陈社工", "黄社工", "梁社工", "周社工")
VISIT_NEEDS = {  # the demo visits' 发现的需求 and the category each becomes
    "希望有人陪同就医": "助医",
    "需要助餐服务": "助餐",
    "想参加社区活动": "精神慰藉",
    "希望安装扶手": "维修",
    "需要代购日用品": "生活照料",
}
# (category, group, what was asked, source); groups of people are needs of a community
PERSON_NEEDS = (
    ("课业辅导", "child", "暑假期间无人辅导作业", "feedback"),
    ("心理疏导", "child", "父母外出务工，孩子情绪低落", "phone"),
    ("心理疏导", "elder", "老伴去世后情绪低落，不愿出门", "visit"),
    ("健康监测", "elder", "血压偏高，希望定期测量", "feedback"),
    ("法律援助", "difficulty", "拖欠工资纠纷，需要法律咨询", "phone"),
    ("政策咨询", "difficulty", "咨询低保复核材料", "feedback"),
    ("就业帮扶", "difficulty", "希望介绍就近的工作", "meeting"),
    ("助医", "disabled", "需要陪同到医院办理残疾证评定", "phone"),
    ("应急救援", "elder", "夜间突发不适，家中无人", "phone"),
    ("维修", "elder", "家中电路老化，插座冒火花", "visit"),
)
GROUP_NEEDS = (
    ("生活照料", "new_employment", "{c}户外劳动者", 40, "夏季高温，需要设置清凉驿站，提供饮水和防暑药品", "meeting"),
    ("就业帮扶", "new_employment", "{c}快递员和外卖骑手", 25, "希望开展劳动权益和交通安全培训", "meeting"),
    ("矛盾纠纷调解", "", "{c}3栋居民", 12, "楼上漏水引发邻里纠纷，需要调解", "feedback"),
    ("精神慰藉", "elder", "{c}独居老人", 30, "希望重阳节组织集体活动", "meeting"),
    ("课业辅导", "child", "{c}留守儿童", 18, "暑期托管和作业辅导", "meeting"),
)
SERVICES = (
    # name, category, groups, min age, team, project, schedule, weekdays, hours, capacity (unit, available, max), place
    (
        "陪同就医",
        "助医",
        ("elder", "disabled"),
        60,
        "邻里情",
        None,
        "工作日上午",
        "12345",
        (8, 12),
        ("人次", 6, 10),
        "",
    ),
    (
        "长者助餐配送",
        "助餐",
        ("elder",),
        60,
        "邻里情",
        None,
        "每天中午",
        "1234567",
        (11, 13),
        ("份", 30, 40),
        "长者饭堂",
    ),
    (
        "银发生日会",
        "精神慰藉",
        ("elder",),
        60,
        "邻里情",
        "银发生日会",
        "每月最后一个周六",
        "6",
        (9, 11),
        ("人", 40, 50),
        "社区党群服务中心",
    ),
    (
        "小候鸟公益暑托班",
        "课业辅导",
        ("child",),
        None,
        "关爱春芽",
        "小候鸟公益暑托班",
        "7-8 月工作日",
        "12345",
        (8, 17),
        ("人", 20, 30),
        "宝月社区儿童之家",
    ),
    (
        "儿童心理陪伴",
        "心理疏导",
        ("child",),
        None,
        "关爱春芽",
        None,
        "周六下午",
        "6",
        (14, 17),
        ("人次", 8, 10),
        "宝月社区儿童之家",
    ),
    ("邻里纠纷调解", "矛盾纠纷调解", (), None, "同心圆", None, "预约", "", None, None, "睦岗社区活动室"),
    (
        "家电水电维修",
        "维修",
        ("elder", "difficulty", "disabled"),
        None,
        "急先锋",
        None,
        "周末",
        "67",
        (9, 17),
        ("户", 10, 15),
        "",
    ),
    ("应急救援响应", "应急救援", (), None, "急先锋", "平安社区巡查", "全天", "", None, None, ""),
    (
        "客家文化传习",
        "精神慰藉",
        ("elder",),
        None,
        "客家守艺人",
        "共颂客家情",
        "周末上午",
        "67",
        (9, 11),
        ("人", 30, 40),
        "康乐社区文化广场",
    ),
    (
        "暖“新”驿站歇脚服务",
        "生活照料",
        ("new_employment",),
        None,
        None,
        None,
        "每天",
        "1234567",
        (8, 20),
        None,
        "城东社区暖“新”驿站",
    ),
    ("低保政策咨询", "政策咨询", ("difficulty",), None, None, None, "工作日", "12345", (9, 17), None, "社区服务站窗口"),
)
RESOURCES = (
    # name, provider, provider kind, kind, categories, area, weekdays, hours, capacity, valid days left, notes
    (
        "党群服务中心多功能厅",
        "城东街道党群服务中心",
        "station",
        "venue",
        ("精神慰藉", "课业辅导", "其他"),
        (),
        "1234567",
        (8, 21),
        ("场", 4, 6),
        None,
        "可容纳 80 人",
    ),
    (
        "社会工作专业学生",
        "肇庆学院政法学院",
        "university",
        "professional",
        ("心理疏导", "课业辅导", "精神慰藉"),
        (),
        "67",
        (9, 17),
        ("人次", 12, 20),
        200,
        "每学期一批实习生",
    ),
    (
        "卫生服务站义诊",
        "城东社区卫生服务站",
        "paired_unit",
        "professional",
        ("健康监测", "助医"),
        ("城东社区", "睦岗社区", "宝月社区"),
        "3",
        (8, 12),
        ("人次", 30, 40),
        None,
        "每周三上午",
    ),
    (
        "志愿律师咨询",
        "端州区律师协会",
        "paired_unit",
        "professional",
        ("法律援助", "矛盾纠纷调解"),
        (),
        "5",
        (14, 17),
        ("人次", 6, 8),
        365,
        "",
    ),
    (
        "防暑降温物资",
        "西江饮料厂",
        "enterprise",
        "goods",
        ("生活照料",),
        (),
        "",
        None,
        ("份", 200, 300),
        90,
        "饮用水、藿香正气水",
    ),
    (
        "困难群众助学金",
        "端州区慈善会",
        "government",
        "funds",
        ("课业辅导", "就业帮扶"),
        (),
        "",
        None,
        ("元", 20000, 50000),
        180,
        "",
    ),
    (
        "暖“新”驿站",
        "城东街道总工会",
        "station",
        "venue",
        ("生活照料", "就业帮扶"),
        ("城东社区",),
        "1234567",
        (8, 20),
        None,
        None,
        "饮水、充电、休息",
    ),
    (
        "邻里先锋驿站",
        "睦岗社区党支部",
        "station",
        "venue",
        ("矛盾纠纷调解", "政策咨询"),
        ("睦岗社区",),
        "12345",
        (9, 17),
        None,
        None,
        "",
    ),
    ("青年之家", "城东街道团工委", "station", "venue", ("就业帮扶", "课业辅导"), (), "67", (9, 17), None, None, ""),
    (
        "驻镇帮扶工作队",
        "肇庆市驻城东街道帮扶工作队",
        "work_team",
        "professional",
        ("就业帮扶", "政策咨询"),
        (),
        "12345",
        (9, 17),
        None,
        365,
        "",
    ),
)
TEAM_CATEGORIES = {  # what the demo teams take on as resources of the list
    "邻里情": ("助医", "助餐", "生活照料", "精神慰藉"),
    "同心圆": ("矛盾纠纷调解", "精神慰藉"),
    "急先锋": ("应急救援", "维修"),
    "关爱春芽": ("课业辅导", "心理疏导"),
    "客家守艺人": ("精神慰藉",),
}
COMMENTS = {5: ("非常满意，谢谢志愿者", "服务很及时", "很贴心"), 4: ("挺好的", "来得稍晚，但服务周到"), 3: ("还可以",)}


@dataclass(frozen=True)
class ListsScale:
    needs: int  # besides those found on visits
    visit_needs: int  # at most this many visits' needs become needs
    extra_records: int = 0  # service records not tied to a need (group services, walk-ins)
    resources: int = 0  # more resources than the named ones, for scale runs
    services: int = 0


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A local (UTC+8) wall-clock moment as the UTC time the record-keeping columns hold."""
    return datetime.combine(day, time(hour, minute), tzinfo=UTC) - timedelta(hours=8)


def _offer(row: dict, weekdays: str, hours, capacity) -> dict:
    unit, available, maximum = capacity or ("", None, None)
    row.update(
        available_weekdays=weekdays,
        available_from=time(hours[0]) if hours else None,
        available_to=time(hours[1]) if hours else None,
        capacity_unit=unit,
        capacity_available=available,
        capacity_maximum=maximum,
        capacity_updated_on=None,
        status="active",
    )
    return row


def _services(teams: dict[str, str], projects: dict[str, str], day: date, extra: int, rng) -> list[dict]:
    rows = []
    for name, category, groups, min_age, team, project, schedule, weekdays, hours, capacity, place in SERVICES:
        rows.append(
            _offer(
                {
                    "name": name,
                    "category": category,
                    "description": f"{name}：{schedule}",
                    "target_groups": "|" + "|".join(groups) + "|" if groups else "",
                    "min_age": min_age,
                    "max_age": 16 if "child" in groups and len(groups) == 1 else None,
                    "eligibility": "本街道户籍或常住居民" if groups else "",
                    "team_id": teams.get(team or ""),
                    "resource_id": None,
                    "staff_name": "" if team else rng.choice(STAFF),
                    "schedule": schedule,
                    "place": place,
                    "project_id": projects.get(project or ""),
                    "service_area": "",
                },
                weekdays,
                hours,
                capacity,
            )
        )
    for number in range(extra):  # scale runs: more of the same, one per community and category
        base = SERVICES[number % len(SERVICES)]
        community = COMMUNITIES[number % len(COMMUNITIES)]
        row = dict(rows[number % len(SERVICES)], name=f"{community}{base[0]}（{number + 1}）")
        row["service_area"] = f"|{community}|"
        rows.append(row)
    return rows


def _resources(teams: dict[str, str], day: date, extra: int) -> list[dict]:
    rows = []
    named = list(RESOURCES) + [
        (f"{team}志愿服务队", team, "volunteer_team", "volunteer_team", categories, (), "67", (9, 17), None, None, "")
        for team, categories in TEAM_CATEGORIES.items()
        if team in teams
    ]
    for name, provider, provider_kind, kind, categories, area, weekdays, hours, capacity, days, notes in named:
        rows.append(
            _offer(
                {
                    "name": name,
                    "provider_name": provider,
                    "provider_kind": provider_kind,
                    "team_id": teams.get(provider) if provider_kind == "volunteer_team" else None,
                    "kind": kind,
                    "categories": "|" + "|".join(categories) + "|",
                    "service_area": "|" + "|".join(area) + "|" if area else "",
                    "available_dates": "",
                    "contact_name": "",
                    "contact_phone": "",
                    "valid_from": day - timedelta(days=365),
                    "valid_to": day + timedelta(days=days) if days else None,
                    "notes": notes,
                },
                weekdays,
                hours,
                capacity,
            )
        )
    for number in range(extra):
        community = COMMUNITIES[number % len(COMMUNITIES)]
        row = dict(rows[number % len(RESOURCES)], team_id=None)
        row["name"] = f"{community}{row['name']}（{number + 1}）"
        row["service_area"] = f"|{community}|"
        rows.append(row)
    return rows


class _Builder:
    """Gathers the rows of every need's story and inserts them in foreign-key order."""

    def __init__(self, session: Session, rng: random.Random, day: date) -> None:
        self.session, self.rng, self.day = session, rng, day
        self.code = current_station(session).code
        self.deadlines = deadline_days(session)
        self.rows: dict[type, list[dict]] = {
            m: []
            for m in (
                Need,
                NeedStateChange,
                Dispatch,
                Shift,
                ServiceRecord,
                ServiceRecordPerson,
                ServiceRecordVolunteer,
            )
        }
        self.busy: set[tuple[str, date]] = set(
            session.execute(select(Shift.volunteer_id, Shift.service_date).where(Shift.deleted.is_(False))).all()
        )
        self.members: dict[str, list[str]] = {}
        for team_id, volunteer_id in session.execute(
            select(TeamMembership.team_id, TeamMembership.volunteer_id)
            .join(Volunteer, Volunteer.id == TeamMembership.volunteer_id)
            .where(TeamMembership.deleted.is_(False), Volunteer.status == "在册")
            .order_by(TeamMembership.team_id, TeamMembership.volunteer_id)
        ):
            self.members.setdefault(team_id, []).append(volunteer_id)

    def need(self, found_on: date, category: str, group: str, urgency: str, **values) -> dict:
        row = {
            "id": _uuid(self.rng),
            "number": "",  # numbered in the order they were found, at the end
            "person_id": None,
            "group_name": "",
            "people_count": 1,
            "community": "",
            "category": category,
            "target_group": group,
            "urgency": urgency,
            "source": "other",
            "visit_id": None,
            "description": "",
            "wanted_from": None,
            "wanted_to": None,
            "place": "",
            "recorded_by": self.rng.choice(STAFF),
            "found_on": found_on,
            "due_on": rules.deadline(found_on, urgency, self.deadlines),
            "state": rules.PENDING,
            "accepted_at": None,
            "dispatched_at": None,
            "completed_at": None,
            "rating": None,
            "rating_comment": "",
            "rated_on": None,
            **values,
        }
        self.rows[Need].append(row)
        self._move(row, rules.PENDING, _at(found_on, self.rng.randint(8, 17), self.rng.choice((0, 30))))
        return row

    def _move(self, need: dict, target: str, at: datetime, reason: str = "") -> None:
        self.rows[NeedStateChange].append(
            {
                "need_id": need["id"],
                "from_state": "" if target == rules.PENDING else need["state"],
                "to_state": target,
                "changed_at": at,
                "changed_by": need["recorded_by"],
                "reason": reason,
            }
        )
        need["state"] = target
        for state, column in (
            (rules.ACCEPTED, "accepted_at"),
            (rules.DISPATCHED, "dispatched_at"),
            (rules.COMPLETED, "completed_at"),
        ):
            if target == state and need[column] is None:
                need[column] = at

    def live(self, need: dict, fate: str, target: tuple[str, str, str] | None) -> None:
        """Move the need to ``fate`` along the flow, dispatching to ``target`` (column, id, name) and serving it
        on the way where the fate needs that."""
        if fate == rules.PENDING:
            return
        step = min(self.day, need["found_on"] + timedelta(days=self.rng.choice((0, 0, 1))))
        if fate == rules.REJECTED:
            self._move(need, rules.REJECTED, _at(step, 10), "不属于本站服务范围，已转交物业处理")
            return
        self._move(need, rules.ACCEPTED, _at(step, 9, 30))
        if fate == rules.WITHDRAWN:
            self._move(need, rules.WITHDRAWN, _at(step, 15), "家属已自行解决")
            return
        if fate == rules.ACCEPTED or target is None:
            return
        column, key, name = target
        step = min(self.day, step + timedelta(days=self.rng.choice((0, 1, 1, 2))))
        dispatch = {
            "id": _uuid(self.rng),
            "need_id": need["id"],
            "service_id": None,
            "resource_id": None,
            "team_id": None,
            "volunteer_id": None,
            column: key,
            "quantity": need["people_count"] if column == "resource_id" and need["people_count"] > 1 else 1,
            "score": self.rng.randint(60, 110),
            "state": rules.DISPATCH_OPEN,
            "dispatched_at": _at(step, 10, 30),
            "dispatched_by": need["recorded_by"],
            "instructions": "",
            "closed_at": None,
            "cancel_reason": "",
        }
        self.rows[Dispatch].append(dispatch)
        self._move(need, rules.DISPATCHED, dispatch["dispatched_at"], name)
        if fate == rules.DISPATCHED:
            return
        served_on = min(self.day, step + timedelta(days=self.rng.choice((0, 1, 2, 3))))
        if fate == rules.IN_SERVICE:
            self._move(need, rules.IN_SERVICE, _at(served_on, 9))
            return
        record = self.record(served_on, need["category"], need, dispatch)
        ended = record["end_time"]
        dispatch["state"], dispatch["closed_at"] = rules.DISPATCH_CLOSED, _at(served_on, ended.hour, ended.minute)
        self._move(need, rules.COMPLETED, dispatch["closed_at"])
        if fate == rules.RATED:
            rating = self.rng.choices((5, 4, 3, 2), (70, 22, 6, 2))[0]
            need.update(rating=rating, rating_comment=self.rng.choice(COMMENTS.get(rating, ("",))), rated_on=served_on)
            self._move(need, rules.RATED, _at(served_on, 17), f"{rating} {rules.RATING_NAMES[rating]}")

    def record(
        self,
        served_on: date,
        category: str,
        need: dict | None,
        dispatch: dict | None,
        people_count: int = 1,
        notes: str = "",
    ) -> dict:
        """A service given: for a need (through its dispatch), or on its own to a group."""
        length = self.rng.choice((60, 90, 120))
        start = time(self.rng.choice((8, 9, 10, 14, 15)), self.rng.choice((0, 30)))
        end_moment = datetime.combine(served_on, start) + timedelta(minutes=length)
        team_id = dispatch["team_id"] if dispatch else None
        row = {
            "id": _uuid(self.rng),
            "served_on": served_on,
            "start_time": start,
            "end_time": end_moment.time(),
            "minutes": length,
            "service_id": dispatch["service_id"] if dispatch else None,
            "category": category,
            "team_id": team_id,
            "resource_id": dispatch["resource_id"] if dispatch else None,
            "staff_name": "" if team_id else self.rng.choice(STAFF),
            "people_count": need["people_count"] if need else people_count,
            "place": need["place"] if need else "",
            "need_id": need["id"] if need else None,
            "dispatch_id": dispatch["id"] if dispatch else None,
            "notes": (need["description"] if need else notes) or category,
            "satisfaction": self.rng.choices((5, 4, 3), (80, 17, 3))[0],
            "recorded_by": need["recorded_by"] if need else self.rng.choice(STAFF),
        }
        self.rows[ServiceRecord].append(row)
        if need and need["person_id"]:
            self.rows[ServiceRecordPerson].append({"record_id": row["id"], "person_id": need["person_id"]})
        if team_id:
            self._shifts(row, team_id, datetime.combine(served_on, start), end_moment)
        return row

    def _shifts(self, record: dict, team_id: str, start: datetime, end: datetime) -> None:
        """One or two members who were free that day get the shift, through the hour rules."""
        free = [v for v in self.members.get(team_id, ()) if (v, start.date()) not in self.busy]
        confirmed = start.date() < self.day - timedelta(days=21)
        for volunteer_id in self.rng.sample(free, min(len(free), self.rng.choice((1, 2)))):
            self.busy.add((volunteer_id, start.date()))
            minutes = credit_minutes(start, end)
            shift = {
                "id": _uuid(self.rng),
                "volunteer_id": volunteer_id,
                "activity_id": None,
                "post": record["category"],
                "content": f"{record['category']}：{record['notes']}"[:500],
                "service_date": start.date(),
                "signed_in_at": start,
                "signed_out_at": end,
                "computed_minutes": minutes,
                "credited_minutes": minutes,
                "correction_reason": "",
                "confirmed_by": record["recorded_by"] if confirmed else None,
                "confirmed_at": utcnow() if confirmed else None,
            }
            self.rows[Shift].append(shift)
            self.rows[ServiceRecordVolunteer].append(
                {"record_id": record["id"], "volunteer_id": volunteer_id, "shift_id": shift["id"]}
            )

    def insert(self) -> None:
        for number, need in enumerate(sorted(self.rows[Need], key=lambda n: (n["found_on"], n["id"])), start=1):
            need["number"] = f"{self.code}-XQ{number:06d}"
        for model, rows in self.rows.items():
            _insert(self.session, model, rows, self.rng)


def _fate(rng: random.Random, age_days: int, overdue_share: float) -> str:
    """How far a need found ``age_days`` ago has come: recent ones are still moving, most older ones are met."""
    if age_days < 3:
        return rng.choices((rules.PENDING, rules.ACCEPTED, rules.DISPATCHED), (5, 3, 2))[0]
    roll = rng.random()
    if roll < overdue_share:
        return rng.choice((rules.PENDING, rules.ACCEPTED, rules.DISPATCHED, rules.IN_SERVICE))
    if roll < overdue_share + 0.05:
        return rules.REJECTED
    if roll < overdue_share + 0.09:
        return rules.WITHDRAWN
    return rules.RATED if rng.random() < 0.85 else rules.COMPLETED


def make_lists(session: Session, rng: random.Random, scale: ListsScale, overdue_share: float = 0.08) -> dict:
    """The three lists and every need's story; returns how many of each were made."""
    day = today(session)
    teams = dict(
        session.execute(select(VolunteerTeam.name, VolunteerTeam.id).where(VolunteerTeam.deleted.is_(False))).all()
    )
    projects = dict(
        session.execute(
            select(VolunteerProject.name, VolunteerProject.id).where(VolunteerProject.deleted.is_(False))
        ).all()
    )
    services = _services(teams, projects, day, scale.services, rng)
    resources = _resources(teams, day, scale.resources)
    _insert(session, Resource, resources, rng)
    _insert(session, StationService, services, rng)
    targets: dict[str, list[tuple[str, str, str]]] = {}
    for s in services:
        targets.setdefault(s["category"], []).append(("service_id", s["id"], s["name"]))
    for r in resources:
        for category in r["categories"].strip("|").split("|"):
            targets.setdefault(category, []).append(("resource_id", r["id"], r["name"]))
    for team, categories in TEAM_CATEGORIES.items():
        for category in categories:
            if team in teams:
                targets.setdefault(category, []).append(("team_id", teams[team], team))

    builder = _Builder(session, rng, day)
    visits = session.execute(
        select(Visit.id, Visit.elder_id, Visit.visited_on, Visit.needs, Visit.recorder)
        .where(Visit.deleted.is_(False), Visit.needs.in_(tuple(VISIT_NEEDS)))
        .order_by(Visit.visited_on.desc(), Visit.id)
        .limit(scale.visit_needs)
    ).all()
    people = {
        p.id: p
        for p in session.execute(
            select(Person.id, Person.community, Person.is_elder, Person.is_child, Person.tags).where(
                Person.deleted.is_(False)
            )
        )
    }
    for visit in visits:
        person = people.get(visit.elder_id)
        need = builder.need(
            visit.visited_on,
            VISIT_NEEDS[visit.needs],
            "elder",
            rules.URGENT if rng.random() < 0.2 else rules.NORMAL,
            person_id=visit.elder_id,
            community=person.community if person else "",
            source="visit",
            visit_id=visit.id,
            description=visit.needs,
            recorded_by=visit.recorder or rng.choice(STAFF),
        )
        builder.live(need, _fate(rng, (day - visit.visited_on).days, overdue_share), _pick(rng, targets, need))
    by_group: dict[str, list] = {}
    for p in people.values():
        for group in groups_of(p.is_elder, p.is_child, p.tags.strip("|").split("|") if p.tags else ()):
            by_group.setdefault(group, []).append(p)
    for _ in range(scale.needs):
        found_on = day - timedelta(days=min(rng.randrange(0, 200), rng.randrange(0, 400)))
        if rng.random() < 0.15:
            category, group, who, count, text, source = rng.choice(GROUP_NEEDS)
            community = rng.choice(COMMUNITIES)
            values = {"group_name": who.format(c=community), "people_count": count, "community": community}
        else:
            category, group, text, source = rng.choice(PERSON_NEEDS)
            pool = by_group.get(group) or list(people.values())
            if not pool:
                continue
            person = rng.choice(pool)
            values = {"person_id": person.id, "community": person.community}
        urgent = category == "应急救援" or rng.random() < 0.15
        need = builder.need(
            found_on,
            category,
            group,
            rules.URGENT if urgent else rules.NORMAL,
            source=source,
            description=text,
            **values,
        )
        builder.live(need, _fate(rng, (day - found_on).days, overdue_share), _pick(rng, targets, need))
    for _ in range(scale.extra_records):
        served_on = day - timedelta(days=rng.randrange(1, 365))
        category, group, who, count, text, _source = rng.choice(GROUP_NEEDS)
        builder.record(served_on, category, None, None, people_count=rng.randint(5, count), notes=text)
    builder.insert()
    return {
        "needs": len(builder.rows[Need]),
        "service_records": len(builder.rows[ServiceRecord]),
        "resources": len(resources),
        "services": len(services),
    }


def _pick(rng: random.Random, targets: dict, need: dict):
    found = targets.get(need["category"])
    return rng.choice(found) if found else None


@registry.demo_step(50)
def demo_lists(session: Session, rng: random.Random, options) -> None:
    make_lists(session, rng, ListsScale(needs=max(10, options.people // 8), visit_needs=max(10, options.people // 6)))
