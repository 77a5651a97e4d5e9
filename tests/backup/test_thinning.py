"""Anki's thinning rule: today and yesterday all, then one a day (12), a week (10), a month (9)."""

from datetime import date, datetime, timedelta

from stationdesk.domain.backup_thinning import ThinningLimits, backups_to_delete

TODAY = date(2026, 6, 15)  # a Monday


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def test_everything_from_today_and_yesterday_is_kept():
    taken = [at(TODAY, h) for h in range(0, 24, 2)] + [at(TODAY - timedelta(days=1), h) for h in range(0, 24, 3)]
    assert backups_to_delete(taken, TODAY) == set()


def test_older_days_keep_only_their_newest_backup():
    day = TODAY - timedelta(days=3)
    morning, evening = at(day, 8), at(day, 20)
    assert backups_to_delete([morning, evening], TODAY) == {morning}


def test_a_year_of_daily_backups_thins_to_daily_weekly_and_monthly():
    taken = [at(TODAY - timedelta(days=i)) for i in range(366)]
    kept = sorted(set(taken) - backups_to_delete(taken, TODAY), reverse=True)
    days = [k.date() for k in kept]
    # today, yesterday, then the 12 days before them
    assert days[:14] == [TODAY - timedelta(days=i) for i in range(14)]
    weekly = days[14:24]
    assert len({d.isocalendar()[:2] for d in weekly}) == 10
    # each weekly keep is the newest day of its week that no daily keep already covers
    assert weekly[0] == TODAY - timedelta(days=15)  # Sunday 31 May: week 22 had no daily keep
    assert all(d.weekday() == 6 for d in weekly[1:])
    monthly = days[24:]
    assert len(monthly) == 9
    assert len({(d.year, d.month) for d in monthly}) == 9
    assert all((d + timedelta(days=1)).month != d.month for d in monthly)  # the last day of each month
    assert len(kept) == 2 + 12 + 10 + 9


def test_a_slot_is_not_spent_on_a_week_already_kept():
    limits = ThinningLimits(daily=1, weekly=2, monthly=1)
    sunday = date(2026, 6, 7)
    kept_daily = at(sunday, 9)
    same_week = at(date(2026, 6, 3))  # Wednesday of the week the daily keep already covers
    week_before = at(date(2026, 5, 30))
    older = at(date(2026, 5, 20))
    month_before = at(date(2026, 4, 10))
    gone = backups_to_delete([kept_daily, same_week, week_before, older, month_before], TODAY, limits)
    assert gone == {same_week}


def test_nothing_beyond_the_monthly_limit_survives():
    limits = ThinningLimits(daily=0, weekly=0, monthly=2)
    taken = [at(date(2026, month, 1)) for month in range(1, 6)]
    assert backups_to_delete(taken, TODAY, limits) == set(taken[:3])
