"""The demo's activities fit their project's calendar: the summer class only in July and August,
the birthday party once a month, and a name that carries a date carries the activity's own date."""

import re
from datetime import date

from sqlalchemy import select

from stationdesk.db.models.volunteers import Activity, VolunteerProject
from stationdesk.services.volunteers_demo import activity_dates


def test_each_project_has_its_own_calendar():
    start, end = date(2026, 6, 1), date(2026, 11, 30)
    summer = activity_dates("小候鸟公益暑托班", start, end)
    assert summer and {d.month for d, _ in summer} == {7, 8} and all(d.weekday() < 5 for d, _ in summer)
    assert ("小候鸟公益暑托班（7月1日）" in [n for _, n in summer]) and activity_dates(
        "小候鸟公益暑托班", date(2026, 9, 1), end
    ) == []
    birthdays = activity_dates("银发生日会", start, end)
    assert [n for _, n in birthdays] == [f"{m}月银发生日会" for m in range(6, 12)]
    assert all(d.weekday() == 5 and d.month == int(n.split("月")[0]) for d, n in birthdays)
    assert all(d.weekday() >= 5 for d, _ in activity_dates("共颂客家情", start, end))


def test_the_demo_names_and_dates_its_activities_by_their_project(empty_db):
    from stationdesk.services.demo import DemoOptions, run_demo

    empty_db.today = date(2026, 10, 29)  # the demo's half year includes the summer
    with empty_db.transaction() as session:
        run_demo(session, DemoOptions(seed=5, people=600))
        rows = session.execute(
            select(Activity.name, Activity.held_on, VolunteerProject.name).join(
                VolunteerProject, VolunteerProject.id == Activity.project_id
            )
        ).all()
    assert len(rows) >= 8
    for name, held_on, project in rows:
        assert name.startswith(project) or name.endswith(project), (name, project)
        dated = re.search(r"（(\d+)月(\d+)日）", name)
        if dated:
            assert (int(dated[1]), int(dated[2])) == (held_on.month, held_on.day), (name, held_on)
        if project == "小候鸟公益暑托班":
            assert held_on.month in (7, 8), (name, held_on)
    assert any(project == "小候鸟公益暑托班" for _n, _d, project in rows)
    assert "小候鸟公益暑托班（10月29日）" not in {name for name, _d, _p in rows}
    birthdays = [(held_on.year, held_on.month) for name, held_on, project in rows if project == "银发生日会"]
    assert len(birthdays) == len(set(birthdays))  # at most one a month
    assert len({(held_on, project) for _n, held_on, project in rows}) == len(rows)
