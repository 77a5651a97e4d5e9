"""Matching a need with what can answer it (供需对接): a score made of named parts, so the screen can say why
a service, resource, team or volunteer ranks where it does.

Each part is a code with its points and the values its sentence needs ("提供“助医”服务 +40"); the services
gather the facts with SQL, this module only weighs them. The weights favour what a station worker checks
first: does it offer this kind of service at all, for this group and this place, at the wanted time, with
room left, and how did it do before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from stationdesk.domain.groups import GROUPS

# What the volunteer skills (the volunteer_skill list) say about each service category.
CATEGORY_SKILLS: dict[str, tuple[str, ...]] = {
    "生活照料": ("助老陪伴",),
    "助餐": ("助老陪伴",),
    "助医": ("医疗护理", "驾驶"),
    "健康监测": ("医疗护理",),
    "精神慰藉": ("助老陪伴", "心理疏导"),
    "心理疏导": ("心理疏导",),
    "课业辅导": ("课业辅导",),
    "法律援助": ("法律咨询",),
    "矛盾纠纷调解": ("法律咨询", "心理疏导"),
    "应急救援": ("应急救援", "驾驶"),
    "政策咨询": ("法律咨询",),
    "维修": ("家电维修",),
}

SERVICE, RESOURCE, TEAM, VOLUNTEER = "service", "resource", "team", "volunteer"
KINDS = (SERVICE, RESOURCE, TEAM, VOLUNTEER)

POINTS = {
    "category": 40,
    "skill": 30,
    "served_before": 20,
    "no_category": -30,
    "experience_each": 2,
    "experience_most": 10,
    "group": 15,
    "group_other": -15,
    "age_ok": 5,
    "age_out": -40,
    "area": 15,
    "area_all": 5,
    "area_out": -10,
    "neighbour": 10,
    "time_ok": 10,
    "time_out": -15,
    "capacity": 10,
    "full": -25,
    "free": 5,
    "load_each": -3,
    "load_most": -15,
    "rating_per_point": 5,
}
WINDOW_DAYS_LOOKED_AT = 62  # a longer window is judged by its first two months


@dataclass(frozen=True)
class Availability:
    """When a service or resource can serve: weekdays ("12345", Monday = 1; empty: any day), hours (either
    end open), particular dates (when given, only those), and the period it is valid for."""

    weekdays: str = ""
    from_time: time | None = None
    to_time: time | None = None
    dates: tuple[date, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None

    def known(self) -> bool:
        return bool(self.weekdays or self.from_time or self.to_time or self.dates or self.valid_from or self.valid_to)

    def serves_on(self, day: date) -> bool:
        if (self.valid_from and day < self.valid_from) or (self.valid_to and day > self.valid_to):
            return False
        if self.dates and day not in self.dates:
            return False
        return not self.weekdays or str(day.isoweekday()) in self.weekdays


def fits_window(availability: Availability | None, start: datetime | None, end: datetime | None) -> bool | None:
    """Whether the availability meets the wanted window on some day; None when either is not known.
    A window open at one end is that one day."""
    if availability is None or not availability.known() or (start is None and end is None):
        return None
    start = start or datetime.combine(end.date(), time.min)
    end = end or datetime.combine(start.date(), time.max)
    opens, closes = availability.from_time or time.min, availability.to_time or time.max
    day = start.date()
    last = min(end.date(), day + timedelta(days=WINDOW_DAYS_LOOKED_AT))
    while day <= last:
        wanted_from = start.time() if day == start.date() else time.min
        wanted_to = end.time() if day == end.date() else time.max
        if availability.serves_on(day) and wanted_from < closes and opens < wanted_to:
            return True
        day += timedelta(days=1)
    return False


@dataclass(frozen=True)
class NeedFacts:
    category: str
    target_group: str = ""
    community: str = ""
    age: int | None = None  # of the person in need, when one is named and the birth date known
    wanted_from: datetime | None = None
    wanted_to: datetime | None = None


@dataclass(frozen=True)
class CandidateFacts:
    kind: str  # SERVICE, RESOURCE, TEAM, VOLUNTEER
    key: str  # its id
    name: str
    categories: tuple[str, ...] = ()  # service categories it offers
    skills: tuple[str, ...] = ()  # a volunteer's skills
    target_groups: tuple[str, ...] = ()  # empty: anyone
    min_age: int | None = None
    max_age: int | None = None
    area: tuple[str, ...] = ()  # communities served; empty: the whole station area
    home_community: str = ""  # where a volunteer lives
    availability: Availability | None = None
    remaining: int | None = None  # capacity left (available less what open dispatches hold); None: not counted
    unit: str = ""
    open_dispatches: int = 0
    rating_count: int = 0
    rating_average: float = 0.0
    served_before: int = 0  # services of this category it gave before


@dataclass(frozen=True)
class ScorePart:
    code: str  # a message code under "match." (services.matching registers the sentences)
    points: int
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Suggestion:
    kind: str
    key: str
    name: str
    score: int
    parts: tuple[ScorePart, ...]
    remaining: int | None = None
    unit: str = ""


def _category_parts(need: NeedFacts, candidate: CandidateFacts) -> list[ScorePart]:
    if need.category in candidate.categories:
        parts = [ScorePart("category", POINTS["category"], {"category": need.category})]
    else:
        skills = [s for s in CATEGORY_SKILLS.get(need.category, ()) if s in candidate.skills]
        if skills:
            parts = [ScorePart("skill", POINTS["skill"], {"skills": "、".join(skills)})]
        elif candidate.served_before:
            return [ScorePart("served_before", POINTS["served_before"], {"category": need.category})]
        else:
            return [ScorePart("no_category", POINTS["no_category"], {"category": need.category})]
    if candidate.served_before:
        points = min(POINTS["experience_most"], POINTS["experience_each"] * candidate.served_before)
        parts.append(ScorePart("experience", points, {"count": candidate.served_before}))
    return parts


def _group_name(code: str) -> str:
    return GROUPS[code][0] if code in GROUPS else code


def _who_parts(need: NeedFacts, candidate: CandidateFacts) -> list[ScorePart]:
    parts = []
    if candidate.target_groups and need.target_group:
        if need.target_group in candidate.target_groups:
            parts.append(ScorePart("group", POINTS["group"], {"group": _group_name(need.target_group)}))
        else:
            names = "、".join(_group_name(g) for g in candidate.target_groups)
            parts.append(ScorePart("group_other", POINTS["group_other"], {"groups": names}))
    if need.age is not None and (candidate.min_age is not None or candidate.max_age is not None):
        low, high = candidate.min_age, candidate.max_age
        within = (low is None or need.age >= low) and (high is None or need.age <= high)
        span = f"{low}-{high}" if low is not None and high is not None else f"≥{low}" if high is None else f"≤{high}"
        limits = {"age": need.age, "range": span}
        parts.append(ScorePart("age_ok" if within else "age_out", POINTS["age_ok" if within else "age_out"], limits))
    return parts


def _place_parts(need: NeedFacts, candidate: CandidateFacts) -> list[ScorePart]:
    if not need.community:
        return []
    if candidate.kind == VOLUNTEER:
        if candidate.home_community == need.community:
            return [ScorePart("neighbour", POINTS["neighbour"], {"community": need.community})]
        return []
    if not candidate.area:
        return [ScorePart("area_all", POINTS["area_all"])]
    code = "area" if need.community in candidate.area else "area_out"
    return [ScorePart(code, POINTS[code], {"community": need.community})]


def _room_parts(need: NeedFacts, candidate: CandidateFacts) -> list[ScorePart]:
    parts = []
    fits = fits_window(candidate.availability, need.wanted_from, need.wanted_to)
    if fits is not None:
        parts.append(ScorePart("time_ok" if fits else "time_out", POINTS["time_ok" if fits else "time_out"]))
    if candidate.remaining is not None:
        if candidate.remaining > 0:
            parts.append(
                ScorePart("capacity", POINTS["capacity"], {"left": candidate.remaining, "unit": candidate.unit})
            )
        else:
            parts.append(ScorePart("full", POINTS["full"]))
    if candidate.open_dispatches:
        points = max(POINTS["load_most"], POINTS["load_each"] * candidate.open_dispatches)
        parts.append(ScorePart("load", points, {"count": candidate.open_dispatches}))
    else:
        parts.append(ScorePart("free", POINTS["free"]))
    if candidate.rating_count:
        points = round((candidate.rating_average - 3) * POINTS["rating_per_point"])
        parts.append(
            ScorePart("rating", points, {"average": f"{candidate.rating_average:.1f}", "count": candidate.rating_count})
        )
    return parts


def score(need: NeedFacts, candidate: CandidateFacts) -> Suggestion:
    """The candidate's score for this need, with every part that made it."""
    parts = (
        _category_parts(need, candidate)
        + _who_parts(need, candidate)
        + _place_parts(need, candidate)
        + _room_parts(need, candidate)
    )
    return Suggestion(
        candidate.kind,
        candidate.key,
        candidate.name,
        sum(p.points for p in parts),
        tuple(parts),
        candidate.remaining,
        candidate.unit,
    )


def rank(need: NeedFacts, candidates: list[CandidateFacts], limit: int = 30) -> list[Suggestion]:
    """The best ``limit`` candidates, highest score first (ties by name, so the order is stable)."""
    scored = [score(need, c) for c in candidates]
    scored.sort(key=lambda s: (-s.score, s.name, s.key))
    return scored[:limit]
