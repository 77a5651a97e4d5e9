"""Visit plans: an elder's risk tier, how often the tier is visited, and when the next visit is due.

Tiers (分层): high 高风险, priority 重点, general 一般. A tier set by staff on the elder's care profile
wins; otherwise it follows from the latest ability level and the registry tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from stationdesk.errors import ValidationError

TIERS: tuple[str, ...] = ("high", "priority", "general")
TIER_NAMES = {"high": ("高风险", "High risk"), "priority": ("重点", "Priority"), "general": ("一般", "General")}
DEFAULT_INTERVAL_DAYS = {"high": 7, "priority": 30, "general": 90}  # weekly, monthly, quarterly
MAX_INTERVAL_DAYS = 366
REASSESS_MONTHS = 6

HIGH_TAGS = frozenset({"失能"})
HIGH_TOGETHER = frozenset({"独居", "高龄"})  # living alone and very old: high risk
PRIORITY_TAGS = frozenset({"独居", "空巢", "半失能", "高龄", "重点关注", "特困", "失独"})
HIGH_LEVEL, PRIORITY_LEVEL = 3, 1  # ability levels from which an elder is high risk, or a priority
NEVER_VISITED_OVERDUE = 10**6  # days_overdue of an elder never visited: before everyone


def derive_tier(explicit: str | None, level: int | None, tags: frozenset[str] | set[str] | tuple[str, ...]) -> str:
    """The tier set by staff, or: 重度/完全失能 or tag 失能 → high; 轻度/中度失能 or a vulnerable tag → priority."""
    if explicit in TIERS:
        return explicit
    tags = frozenset(tags)
    if (level is not None and level >= HIGH_LEVEL) or tags & HIGH_TAGS or tags >= HIGH_TOGETHER:
        return "high"
    if (level is not None and level >= PRIORITY_LEVEL) or tags & PRIORITY_TAGS:
        return "priority"
    return "general"


def check_intervals(intervals: dict[str, object]) -> dict[str, int]:
    clean = {}
    for tier in TIERS:
        value = intervals.get(tier, DEFAULT_INTERVAL_DAYS[tier])
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_INTERVAL_DAYS:
            raise ValidationError(
                "visit_plan.interval_range", field=tier, tier=TIER_NAMES[tier][0], value=value, max=MAX_INTERVAL_DAYS
            )
        clean[tier] = value
    return clean


@dataclass(frozen=True)
class Due:
    next_due: date | None  # None: never visited, due now
    days_overdue: int  # > 0 overdue, 0 due today, < 0 not yet due


def next_visit(last_visit: date | None, interval_days: int, today: date) -> Due:
    if last_visit is None:
        return Due(None, NEVER_VISITED_OVERDUE)
    due = last_visit + timedelta(days=interval_days)
    return Due(due, (today - due).days)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def next_reassessment(last_assessed: date | None, change_reported_on: date | None, today: date) -> date:
    """Six months after the last assessment, at once when a later visit reported a change, now if never.

    A change reported on the day of the assessment counts as assessed (the usual order is visit, then
    an immediate assessment the same day)."""
    if last_assessed is None:
        return today
    due = add_months(last_assessed, REASSESS_MONTHS)
    if change_reported_on is not None and change_reported_on > last_assessed:
        due = min(due, change_reported_on)
    return due
