"""The needs list's figures (需求清单): needs raised, met, met within the deadline, open and overdue, the
met rate, days to dispatch and to completion, and the satisfaction of the people served.

A need is met when it reaches 已完成 (a rating later keeps it met); it is closed when it is met or
refused (不予受理). The moments a need was dispatched and completed are kept in UTC; a period's days
are the station's own days, so their bounds are local midnights (``day_start``), and a deadline
(``due_on``) ends at the local midnight after it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Integer, and_, exists, func, literal_column, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from stationdesk.domain import needs as rules
from stationdesk.services.statistics.framework import (
    COUNT,
    SECONDS_AS_DAYS,
    SUM,
    Breakdown,
    By,
    Fact,
    Indicator,
    Shown,
    Span,
    Tables,
    declare,
    declare_breakdown,
    declare_section,
    live,
    named,
    shared,
)
from stationdesk.services.statistics.people import GROUP_NAMES, person_join, shown_name

declare_section("needs", 50, ("需求清单", "Needs"))
declare_breakdown(Breakdown("need_category", ("按服务类别", "By service category")))
declare_breakdown(
    Breakdown("need_group", ("按服务群体", "By group served"), GROUP_NAMES, missing=("其他居民", "Other residents"))
)
declare_breakdown(
    Breakdown(
        "urgency", ("按紧急程度", "By urgency"), {rules.URGENT: ("紧急", "Urgent"), rules.NORMAL: ("一般", "Normal")}
    )
)
declare_breakdown(
    Breakdown(
        "need_source",
        ("按需求来源", "By source"),
        {
            code: (name, english)
            for (code, name), english in zip(
                rules.SOURCE_NAMES.items(),
                ("Home visit", "Residents' feedback", "Meeting", "Phone", "Other"),
                strict=True,
            )
        },
    )
)
declare_breakdown(
    Breakdown(
        "need_state",
        ("按当前状态", "By state now"),
        named(
            tuple(rules.STATE_NAMES),
            ("Pending", "Accepted", "Dispatched", "In service", "Completed", "Rated", "Rejected", "Withdrawn"),
        ),
    )
)
NEED_BREAKDOWNS = ("need_category", "need_group", "urgency", "need_source", "community")
CLOSING = (rules.COMPLETED, rules.REJECTED)  # a need closes met or refused; withdrawn by the resident is neither


# --------------------------------------------------------------------------------------------- local days


def _utc_offset_minutes() -> int:
    """The station's offset from UTC (China keeps one, without summer time)."""
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def day_start(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware moment (compared with the stored UTC times)."""
    return datetime.combine(day, time.min).astimezone()


class end_of_day(FunctionElement):  # noqa: N801 - reads as the SQL function it renders
    """The UTC moment a local day (a date column) ends: its next local midnight."""

    inherit_cache = True


@compiles(end_of_day, "sqlite")
def _end_of_day_sqlite(element, compiler, **kw):
    day, minutes = (compiler.process(c, **kw) for c in element.clauses)
    return f"datetime({day}, '+' || ({minutes}) || ' minutes')"


@compiles(end_of_day, "postgresql")
def _end_of_day_postgresql(element, compiler, **kw):
    day, minutes = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST({day} AS TIMESTAMP) + make_interval(mins => {minutes}))"


class seconds_since(FunctionElement):  # noqa: N801 - reads as the SQL function it renders
    """Whole seconds from the local start of a day (a date column) to a stored UTC moment: an integer in
    both databases, so their sums are exact and the average is worked out the same at both ends."""

    type = Integer()
    inherit_cache = True


@compiles(seconds_since, "sqlite")
def _seconds_since_sqlite(element, compiler, **kw):
    day, moment, minutes = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST(strftime('%s', {moment}) AS INTEGER) - CAST(strftime('%s', {day}) AS INTEGER) + ({minutes}) * 60)"


@compiles(seconds_since, "postgresql")
def _seconds_since_postgresql(element, compiler, **kw):
    # FLOOR: the fraction of a second dropped, as SQLite's strftime('%s') drops it
    day, moment, minutes = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST(FLOOR(EXTRACT(EPOCH FROM ({moment} - CAST({day} AS TIMESTAMP)))) AS BIGINT) + ({minutes}) * 60)"


def _minutes(value: int) -> ColumnElement:
    return literal_column(str(int(value)))


def _in_period(moment: ColumnElement, span: Span) -> ColumnElement[bool]:
    return and_(moment >= day_start(span.start), moment < day_start(span.end + timedelta(days=1)))


# --------------------------------------------------------------------------------------------- facts


def _need_fact(t: Tables, source, where: tuple, first: Shown, order_first: ColumnElement) -> Fact:
    """A fact about needs (``t.need`` reached through ``source``): their breakdowns and their list."""
    n, p = t.need, t.person
    joins = person_join(t, n.c.person_id)
    return Fact(
        source=source,
        where=(live(n), *where),
        origin=n.c.origin_station,
        measure=COUNT,
        splits={
            "need_category": By(n.c.category),
            "need_group": By(n.c.target_group),
            "urgency": By(n.c.urgency),
            "need_source": By(n.c.source),
            "community": By(n.c.community),
            "need_state": By(n.c.state),
        },
        listing_joins=joins,
        listing=(
            first,
            Shown(("需求编号", "Need number"), n.c.number),
            Shown(("对象", "Who"), func.coalesce(shown_name(p), n.c.group_name)),
            Shown(("社区", "Community"), n.c.community),
            Shown(("类别", "Category"), n.c.category),
            Shown(("紧急程度", "Urgency"), n.c.urgency, "urgency"),
            Shown(("状态", "State"), n.c.state, "need_state"),
        ),
        order_by=(order_first.desc(), n.c.number),
    )


@shared
def needs_raised(t: Tables, span: Span) -> Fact:
    n = t.need
    found = Shown(("发现日期", "Found on"), n.c.found_on, "date")
    return _need_fact(t, n, (n.c.found_on.between(span.start, span.end),), found, n.c.found_on)


@shared
def needs_closed(t: Tables, span: Span) -> Fact:
    """Needs met (已完成) or refused (不予受理) in the period, by the moment of that change."""
    n, change = t.need, t.need_state_change
    closed = Shown(("办结时间", "Closed at"), change.c.changed_at, "moment")
    return _need_fact(
        t,
        change.join(n, n.c.id == change.c.need_id),
        (live(change), change.c.to_state.in_(CLOSING), _in_period(change.c.changed_at, span)),
        closed,
        change.c.changed_at,
    )


def needs_met(t: Tables, span: Span) -> Fact:
    return replace(needs_closed(t, span), only=t.need_state_change.c.to_state == rules.COMPLETED)


def needs_met_on_time(t: Tables, span: Span) -> Fact:
    n, change = t.need, t.need_state_change
    in_time = change.c.changed_at < end_of_day(n.c.due_on, _minutes(1440 - _utc_offset_minutes()))
    return replace(needs_closed(t, span), only=and_(change.c.to_state == rules.COMPLETED, in_time))


def days_to_completion(t: Tables, span: Span) -> Fact:
    n, change = t.need, t.need_state_change
    return replace(
        needs_met(t, span),
        measure=SUM,
        value=seconds_since(n.c.found_on, change.c.changed_at, _minutes(_utc_offset_minutes())),
    )


def _open_on(t: Tables, day: date) -> tuple[ColumnElement[bool], ...]:
    """Found by the end of ``day`` and not yet completed, refused or withdrawn then, so a past month
    reads as it was. A need never reopens, so one open now was open since it was found; one met ended
    at its completion; only the few refused or withdrawn ones need their history."""
    n, change = t.need, t.need_state_change
    day_end = day_start(day + timedelta(days=1))
    refused_later = ~exists().where(
        change.c.need_id == n.c.id,
        live(change),
        change.c.to_state.in_((rules.REJECTED, rules.WITHDRAWN)),
        change.c.changed_at < day_end,
    )
    return (
        n.c.found_on <= day,
        or_(
            n.c.state.in_(rules.OPEN_STATES),
            and_(n.c.state.in_(rules.MET_STATES), n.c.completed_at >= day_end),
            and_(n.c.state.in_((rules.REJECTED, rules.WITHDRAWN)), refused_later),
        ),
    )


@shared
def needs_open(t: Tables, span: Span) -> Fact:
    n = t.need
    due = Shown(("办结期限", "Deadline"), n.c.due_on, "date")
    return _need_fact(t, n, _open_on(t, span.as_of), due, n.c.due_on)


def needs_overdue(t: Tables, span: Span) -> Fact:
    return replace(needs_open(t, span), only=t.need.c.due_on < span.as_of)


@shared
def needs_dispatched(t: Tables, span: Span) -> Fact:
    """Needs first dispatched (派单) in the period."""
    n = t.need
    dispatched = Shown(("派单时间", "Dispatched at"), n.c.dispatched_at, "moment")
    return _need_fact(t, n, (_in_period(n.c.dispatched_at, span),), dispatched, n.c.dispatched_at)


def days_to_dispatch(t: Tables, span: Span) -> Fact:
    n = t.need
    return replace(
        needs_dispatched(t, span),
        measure=SUM,
        value=seconds_since(n.c.found_on, n.c.dispatched_at, _minutes(_utc_offset_minutes())),
    )


@shared
def needs_rated(t: Tables, span: Span) -> Fact:
    n = t.need
    rated = Shown(("评价日期", "Rated on"), n.c.rated_on, "date")
    where = (n.c.rated_on.between(span.start, span.end), n.c.rating.is_not(None))
    return _need_fact(t, n, where, rated, n.c.rated_on)


def needs_satisfied(t: Tables, span: Span) -> Fact:
    return replace(needs_rated(t, span), only=t.need.c.rating >= 4)


# --------------------------------------------------------------------------------------------- indicators

NEED_TABLES = ("need", "need_state_change", "person")
_DELETED = "已删除的需求不计。"
_DELETED_EN = "Deleted needs are not counted."

declare(
    Indicator(
        key="needs_raised",
        section="needs",
        name=("新增需求", "Needs raised"),
        unit=("件", "needs"),
        definition=(
            f"期内发现（登记的发现日期在期内）的需求件数，个人需求和群体需求各计一件。{_DELETED}",
            f"Needs found in the period (their date found), a person's or a group's need one each. {_DELETED_EN}",
        ),
        reads=("need", "person"),
        breakdowns=(*NEED_BREAKDOWNS, "need_state"),
        count=needs_raised,
    )
)
declare(
    Indicator(
        key="needs_met",
        section="needs",
        name=("已满足需求", "Needs met"),
        unit=("件", "needs"),
        definition=(
            f"期内办结为“已完成”的需求件数（以完成的时间计，不论何时发现）。{_DELETED}",
            f"Needs completed in the period (by the time completed, whenever they were found). {_DELETED_EN}",
        ),
        reads=NEED_TABLES,
        breakdowns=NEED_BREAKDOWNS,
        count=needs_met,
    )
)
declare(
    Indicator(
        key="needs_met_on_time",
        section="needs",
        name=("按期满足需求", "Needs met within the deadline"),
        unit=("件", "needs"),
        definition=(
            "上述已满足需求中，在办结期限当天结束前完成的件数（期限按紧急程度：紧急、一般各有天数）。",
            "Of the needs met, those completed before the end of their deadline day (the deadline follows the "
            "urgency: days for urgent and for normal needs).",
        ),
        reads=NEED_TABLES,
        breakdowns=NEED_BREAKDOWNS,
        count=needs_met_on_time,
    )
)
declare(
    Indicator(
        key="needs_met_rate",
        section="needs",
        name=("需求满足率", "Needs met rate"),
        unit=("%", "%"),
        definition=(
            "期内办结的需求（已完成或不予受理）中已完成的比例；居民撤销的不计入。",
            "Share of the needs closed in the period (completed or rejected) that were completed; needs the "
            "resident withdrew are left out.",
        ),
        reads=NEED_TABLES,
        breakdowns=NEED_BREAKDOWNS,
        ratio=(needs_met, needs_closed),
        scale=100,
        decimals=1,
    )
)
declare(
    Indicator(
        key="needs_open",
        section="needs",
        name=("未办结需求", "Needs open"),
        unit=("件", "needs"),
        definition=(
            "期末（进行中的期间为今天）已发现、尚未完成、不予受理或撤销的需求件数，按状态记录还原当日情形。" + _DELETED,
            "Needs found by the period's last day (today while it runs) and not yet completed, rejected or "
            f"withdrawn on that day, as the state history shows it. {_DELETED_EN}",
        ),
        reads=NEED_TABLES,
        breakdowns=(*NEED_BREAKDOWNS, "need_state"),
        count=needs_open,
    )
)
declare(
    Indicator(
        key="needs_overdue",
        section="needs",
        name=("超期未办结需求", "Needs overdue"),
        unit=("件", "needs"),
        definition=(
            "上述未办结需求中，办结期限已过（期限早于期末当天）的件数。",
            "Of the open needs, those whose deadline was before the period's last day.",
        ),
        reads=NEED_TABLES,
        breakdowns=NEED_BREAKDOWNS,
        count=needs_overdue,
    )
)
declare(
    Indicator(
        key="days_to_dispatch",
        section="needs",
        name=("平均派单天数", "Average days to dispatch"),
        unit=("天", "days"),
        definition=(
            "期内首次派单的需求，从发现当日零时到派单的平均天数。",
            "For the needs first dispatched in the period, the average days from the start of the day they were "
            "found to the dispatch.",
        ),
        reads=("need", "person"),
        breakdowns=NEED_BREAKDOWNS,
        ratio=(days_to_dispatch, needs_dispatched),
        scale=SECONDS_AS_DAYS,
        decimals=1,
    )
)
declare(
    Indicator(
        key="days_to_completion",
        section="needs",
        name=("平均办结天数", "Average days to completion"),
        unit=("天", "days"),
        definition=(
            "期内已满足的需求，从发现当日零时到完成的平均天数。",
            "For the needs met in the period, the average days from the start of the day they were found to "
            "their completion.",
        ),
        reads=NEED_TABLES,
        breakdowns=NEED_BREAKDOWNS,
        ratio=(days_to_completion, needs_met),
        scale=SECONDS_AS_DAYS,
        decimals=1,
    )
)
declare(
    Indicator(
        key="need_satisfaction",
        section="needs",
        name=("需求服务满意率", "Satisfaction with needs met"),
        unit=("%", "%"),
        definition=(
            "期内服务对象给出的需求评价中“满意”或“比较满意”（4–5 分）的比例。",
            "Share of the ratings given in the period by the people served that were satisfied or fairly "
            "satisfied (4–5).",
        ),
        reads=("need", "person"),
        breakdowns=NEED_BREAKDOWNS,
        ratio=(needs_satisfied, needs_rated),
        scale=100,
        decimals=1,
    )
)
