"""Which automatic backups to keep: Anki's rule.

Everything from today and yesterday; before that the newest backup of each of the 12 most recent
days that have one, then of each of the 10 weeks before those, then of each of the 9 months before
those. Older ones go. A day, week or month already represented by a kept backup does not take a
second place (a weekly slot is not spent on a week that a daily backup already covers).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class ThinningLimits:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def _week(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def _month(day: date) -> tuple[int, int]:
    return day.year, day.month


def backups_to_delete(
    taken: Iterable[datetime], today: date, limits: ThinningLimits = ThinningLimits()
) -> set[datetime]:
    """The times (of those given, local time) whose backups should be deleted."""
    yesterday = today - timedelta(days=1)
    kept_days: set[date] = set()
    kept_weeks: set[tuple[int, int]] = set()
    kept_months: set[tuple[int, int]] = set()
    left = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    doomed: set[datetime] = set()

    def keep(day: date) -> None:
        kept_days.add(day)
        kept_weeks.add(_week(day))
        kept_months.add(_month(day))

    for moment in sorted(set(taken), reverse=True):  # newest first: the newest of a day is the one kept
        day = moment.date()
        if day >= yesterday:
            keep(day)
        elif left["daily"] and day not in kept_days:
            left["daily"] -= 1
            keep(day)
        elif left["daily"]:
            doomed.add(moment)  # a second backup of a day already kept
        elif left["weekly"] and _week(day) not in kept_weeks:
            left["weekly"] -= 1
            keep(day)
        elif left["weekly"]:
            doomed.add(moment)
        elif left["monthly"] and _month(day) not in kept_months:
            left["monthly"] -= 1
            keep(day)
        else:
            doomed.add(moment)
    return doomed
