"""The paragraph a report starts with ("2026年11月，本站联动志愿服务队伍 5 支 …"), generated from the
figures, and how a figure is written in text (1,234 / 66.7 / +12.5%)."""

from __future__ import annotations

from stationdesk.messages import register as register_messages
from stationdesk.messages import text
from stationdesk.services.statistics.report import Report

register_messages(
    {
        "statistics.summary": (
            "{period}，{scope}联动志愿服务队伍 {teams} 支、志愿服务项目 {projects} 个，注册志愿者 {volunteers} 名，"
            "其中 {active} 名参与服务，累计服务 {hours} 小时；服务群众 {people} 人、{services} 人次，其中探访老年人 "
            "{visits} 人次，满意率 {satisfaction}；辅导儿童 {children} 名、{sessions} 课次；开展活动 {activities} 场、"
            "参与 {participants} 人次；培训志愿者 {trained} 人；收集群众需求 {needs} 件，"
            "满足 {met} 件（满足率 {met_rate}），服务对象满意率 {need_satisfaction}。"
        ),
        "statistics.reporting": (
            "应报送站点 {expected} 个，已报送 {received} 个（报送率 {rate}），按时 {on_time} 个（及时率 {timely}）。"
        ),
        "statistics.completeness": "报送情况（按时截止 {deadline}）",
        "statistics.scope_station": "本站",
        "statistics.scope_city": "全市 {n} 个站点",
    }
)


def format_value(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{decimals}f}"


def format_change(change: float | None) -> str:
    return "—" if change is None else f"{change:+.1f}%"


def summary(report: Report, station_count: int | None = None) -> str:
    """The one paragraph a report to the city starts with, generated from the figures."""

    def value(key: str) -> str:
        figure = report.figure(key)
        return format_value(figure.value, figure.decimals)

    def share(key: str) -> str:
        return percent(report.figure(key).value)

    scope = (
        text("statistics.scope_station") if station_count is None else text("statistics.scope_city", n=station_count)
    )
    return text(
        "statistics.summary",
        period=report.period.title,
        scope=scope,
        teams=value("teams"),
        projects=value("projects"),
        volunteers=value("volunteers_registered"),
        active=value("volunteers_active"),
        hours=value("service_hours"),
        people=value("people_served"),
        services=value("services_given"),
        visits=value("visits"),
        satisfaction=share("visit_satisfaction"),
        children=value("children_tutored"),
        sessions=value("sessions_held"),
        activities=value("activities"),
        participants=value("activity_participants"),
        trained=value("people_trained"),
        needs=value("needs_raised"),
        met=value("needs_met"),
        met_rate=share("needs_met_rate"),
        need_satisfaction=share("need_satisfaction"),
    )


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def city_summary(report: Report, reporting) -> str:
    """The city's paragraph: the station summary for the whole city and the reporting rate."""
    return summary(report, station_count=len(report.stations)) + text(
        "statistics.reporting",
        expected=reporting.expected,
        received=reporting.received,
        rate=percent(reporting.reporting_rate),
        on_time=reporting.on_time,
        timely=percent(reporting.timely_rate),
    )
