"""``stationdesk demo``: a realistic station to look at and to measure with.

Chinese names, ID numbers with correct check digits, addresses by community, building, unit and
room, elders with tags, children with aliases, guardians and consent. The same seed gives the same
data (ids included). People go in with bulk inserts so 100,000 take seconds. Other features add
their records with ``@demo_step``; each step gets the same seeded random generator in turn.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import GuardianConsent, Guardianship, Person
from stationdesk.db.stamping import stamp_rows
from stationdesk.demo_station import DEMO_PASSWORD, DEMO_STATION_CODE, DEMO_STATION_NAME
from stationdesk.domain.id_number import with_check_digit
from stationdesk.domain.pinyin_keys import pinyin_keys
from stationdesk.errors import StationDeskError
from stationdesk.services import accounts, registry
from stationdesk.services.people import join_tags
from stationdesk.services.station import init_station, today

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢"
    "钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常"
)
GIVEN_ELDER = "秀英桂兰玉兰淑珍凤英建国建华志强国强德明永福春华金花美玲丽华秋菊桂芳福生伯文少英树林来娣瑞芬炳坤"
GIVEN_YOUNG = "子涵梓萱一诺浩然宇轩欣怡思远雨桐俊杰可馨嘉怡子墨诗涵晨阳博文佳琪浩宇若曦天佑明轩梓豪语嫣子轩"
GIVEN_ADULT = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华红燕玲飞鹏辉"
ALIAS_WORDS = "星月晴阳苗禾朵果豆橙溪雨"
COMMUNITIES = (
    "城东社区",
    "睦岗社区",
    "宝月社区",
    "康乐社区",
    "厂排社区",
    "江滨社区",
    "黄岗社区",
    "七星社区",
    "龙顶岗社区",
)
AREA_CODES = ("441202", "441203", "441204", "441225", "441283", "440106", "440104", "441200", "440000", "445302")
RELATIONS_PARENT = ("父亲", "母亲")
RELATIONS_GRAND = ("祖父", "祖母", "外祖父", "外祖母")
CHUNK = 5000
# Feature steps write records (visits, attendance ...) for at most this many people of a group, so a
# 100,000-person registry made to try the people page at scale still builds in seconds.
RECORDS_FOR_AT_MOST = 1500


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 2024
    people: int = 600


@dataclass(frozen=True)
class DemoResult:
    station_code: str
    counts: dict
    demo_logins: tuple[str, ...] = ()  # the accounts the demo made (password DEMO_PASSWORD)


DEMO_ACTOR = accounts.program_actor("demo")


def _two_chars(rng: random.Random, pool: str) -> str:
    start = rng.randrange(0, len(pool) // 2) * 2
    return pool[start : start + 2]


def random_name(rng: random.Random, age: int) -> str:
    surname = rng.choice(SURNAMES)
    if age >= 55:
        return surname + _two_chars(rng, GIVEN_ELDER)
    if age < 25:
        return surname + (_two_chars(rng, GIVEN_YOUNG) if rng.random() < 0.7 else rng.choice(GIVEN_YOUNG))
    return surname + "".join(rng.choice(GIVEN_ADULT) for _ in range(rng.choice((1, 2))))


def random_id_number(rng: random.Random, birth: date, gender: str) -> str:
    sequence = rng.randrange(0, 500) * 2 + (1 if gender == "M" else 0)
    return with_check_digit(f"{rng.choice(AREA_CODES)}{birth:%Y%m%d}{sequence:03d}")


def random_mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(0, 10**9):09d}"


@lru_cache(maxsize=200_000)
def _keys(name: str) -> tuple[str, str]:
    return pinyin_keys(name)


class _PeopleMaker:
    def __init__(self, rng: random.Random, day: date) -> None:
        self.rng, self.day = rng, day
        self.used_ids: set[str] = set()

    def person(self, age_range: tuple[int, int], **roles: bool) -> dict:
        rng = self.rng
        age = rng.randint(*age_range)
        birth = self.day - timedelta(days=age * 365 + rng.randrange(0, 365))
        gender = rng.choice("MF")
        name = random_name(rng, age)
        id_number = random_id_number(rng, birth, gender)
        while id_number in self.used_ids:
            id_number = random_id_number(rng, birth, gender)
        self.used_ids.add(id_number)
        full, initials = _keys(name)
        return {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": name,
            "gender": gender,
            "birth_date": birth,
            "id_number": id_number if rng.random() < 0.95 else None,
            "phone": random_mobile(rng) if age >= 12 and rng.random() < 0.9 else "",
            "community": rng.choice(COMMUNITIES),
            "building": str(rng.randint(1, 32)),
            "unit": str(rng.randint(1, 4)),
            "room": f"{rng.randint(1, 18)}{rng.randint(1, 4):02d}",
            "household_head_id": None,
            "tags": "",
            "is_elder": False,
            "is_child": False,
            "is_guardian": False,
            "is_volunteer": False,
            "alias": "",
            "emergency_contact": "",
            "emergency_phone": "",
            "notes": "",
            "name_pinyin": full,
            "name_initials": initials,
            **{f"is_{k}": v for k, v in roles.items()},
        }


def sample_for_records(rng: random.Random, rows: list) -> list:
    """The people a feature's demo step writes records for: all of them, or a seeded sample."""
    return rows if len(rows) <= RECORDS_FOR_AT_MOST else rng.sample(rows, RECORDS_FOR_AT_MOST)


def make_people(session: Session, rng: random.Random, count: int) -> dict[str, int]:
    """``count`` people: about 45% elders, 20% children with guardians, 10% volunteers, the rest residents."""
    maker = _PeopleMaker(rng, today(session))
    people: list[dict] = []
    links: list[dict] = []
    consents: list[dict] = []
    while len(people) < count:
        kind = rng.random()
        if kind < 0.45:
            elder = maker.person((60, 98), elder=True)
            age = maker.day.year - elder["birth_date"].year
            tags = [
                t
                for t, p in (
                    ("独居", 0.25),
                    ("空巢", 0.3),
                    ("失能", 0.06),
                    ("半失能", 0.1),
                    ("低保", 0.08),
                    ("残疾", 0.05),
                    ("重点关注", 0.1),
                )
                if rng.random() < p
            ]
            if age >= 80:
                tags.append("高龄")
            elder["tags"] = join_tags(tuple(tags))
            elder["emergency_contact"] = random_name(rng, 40)
            elder["emergency_phone"] = random_mobile(rng)
            people.append(elder)
        elif kind < 0.65 and len(people) + 2 <= count:
            child = maker.person((4, 15), child=True)
            grandparent = rng.random() < 0.4
            guardian = maker.person((58, 75) if grandparent else (28, 45), guardian=True, elder=grandparent)
            guardian["community"], guardian["building"] = child["community"], child["building"]
            guardian["unit"], guardian["room"] = child["unit"], child["room"]
            child["household_head_id"] = guardian["id"]
            child["alias"] = "小" + rng.choice(ALIAS_WORDS) + rng.choice(ALIAS_WORDS)
            child["tags"] = join_tags(tuple(t for t, p in (("留守儿童", 0.5), ("困境儿童", 0.35)) if rng.random() < p))
            relation = rng.choice(RELATIONS_GRAND if grandparent else RELATIONS_PARENT)
            people += [guardian, child]
            links.append(
                {"child_id": child["id"], "guardian_id": guardian["id"], "relation": relation, "is_primary": True}
            )
            if rng.random() < 0.9:
                consents.append(
                    {
                        "child_id": child["id"],
                        "guardian_id": guardian["id"],
                        "given_by": guardian["name"],
                        "given_on": maker.day - timedelta(days=rng.randrange(10, 400)),
                        "scope": "基本信息、服务记录及活动照片",
                        "withdrawn_on": None,
                    }
                )
        elif kind < 0.75:
            people.append(maker.person((18, 68), volunteer=True))
        else:
            resident = maker.person((18, 59))
            resident["tags"] = join_tags(
                tuple(t for t, p in (("低保", 0.3), ("残疾", 0.2), ("特困", 0.1)) if rng.random() < p)
            )
            people.append(resident)
    for table, rows in ((Person, people), (Guardianship, links), (GuardianConsent, consents)):
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            for row in chunk:
                row.setdefault("id", str(uuid.UUID(int=rng.getrandbits(128), version=4)))
            stamp_rows(session, chunk, table.__tablename__)
            session.connection().execute(table.__table__.insert(), chunk)
    return {"people": len(people), "guardianships": len(links), "consents": len(consents)}


def _demo_accounts(session: Session) -> tuple[str, ...]:
    """On a demo station without accounts: 站长 ``admin`` (acting for the rest of the demo) and one
    colleague per other role, all with ``DEMO_PASSWORD``."""
    from stationdesk.domain.permissions import DEFAULT_ROLES

    accounts.create_administrator(session, "admin", "演示站长", DEMO_PASSWORD)
    for role, (name_zh, _name_en, _verbs) in DEFAULT_ROLES.items():
        if role != "admin":
            accounts.add_account(session, role, f"演示{name_zh}", role, DEMO_PASSWORD)
    return ("admin", *(role for role in DEFAULT_ROLES if role != "admin"))


def run_demo(session: Session, options: DemoOptions) -> DemoResult:
    """Fill an empty station with demo data (setting the station up as the demo station if needed)."""
    registry.load_features()
    if session.info.get("station_code") is None:
        init_station(session, DEMO_STATION_CODE, DEMO_STATION_NAME)
    if session.execute(select(func.count()).select_from(Person)).scalar_one():
        raise StationDeskError("demo.not_empty")
    acting_before = session.info.get("actor")
    session.info["actor"] = DEMO_ACTOR
    logins = () if accounts.has_accounts(session) else _demo_accounts(session)
    # The station code is part of the seed: two demo stations made with the same seed must not
    # share record ids, or the city would see one station sending the other's records.
    rng = random.Random(f"{options.seed}/{session.info['station_code']}")
    make_people(session, rng, options.people)
    for step in registry.DEMO_STEPS:
        step.run(session, rng, options)
    session.flush()
    counts = registry.collect_stats(session)
    session.info["actor"] = acting_before
    return DemoResult(session.info["station_code"], counts, logins)
