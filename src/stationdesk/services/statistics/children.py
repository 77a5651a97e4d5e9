"""Children's tutoring figures: children tutored, sessions held, tutoring hours, attendance rate."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import and_, exists

from stationdesk.domain.tutoring import CLASS_KINDS, PRESENT, SESSION_KINDS
from stationdesk.services.statistics.framework import (
    COUNT,
    DISTINCT,
    MINUTES_AS_HOURS,
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
    minutes_between,
    named,
    shared,
)
from stationdesk.services.statistics.people import (
    PERSON_BREAKDOWNS,
    person_columns,
    person_is_live,
    person_join,
    person_splits,
)

declare_section("children", 30, ("儿童关爱", "Children"))
declare_breakdown(
    Breakdown(
        "class_kind",
        ("按班级类型", "By kind of class"),
        named(CLASS_KINDS, ("One-to-one", "Small group", "Summer class", "Winter class")),
    )
)
declare_breakdown(
    Breakdown(
        "session_kind",
        ("按课次类型", "By kind of session"),
        named(SESSION_KINDS, ("Tutoring", "Group activity")),
    )
)
_PRESENT = sorted(PRESENT)


@shared
def attendance_records(t: Tables, span: Span) -> Fact:
    """Children's attendance at the period's sessions, whatever the status."""
    a, s, c = t.tutoring_attendance, t.tutoring_session, t.tutoring_class
    p, joins = t.person, person_join(t, a.c.child_id)
    return Fact(
        source=a.join(s, s.c.id == a.c.session_id).join(c, c.c.id == s.c.class_id),
        where=(live(a), live(s), live(c), s.c.day.between(span.start, span.end), person_is_live(t, a.c.child_id)),
        origin=a.c.origin_station,
        measure=COUNT,
        value=a.c.child_id,
        splits={"class_kind": By(c.c.kind), "session_kind": By(s.c.kind), **person_splits(p, span, joins)},
        listing_joins=joins,
        listing=(
            Shown(("日期", "Date"), s.c.day, "date"),
            *person_columns(p),
            Shown(("班级", "Class"), c.c.name),
            Shown(("考勤", "Attendance"), a.c.status),
        ),
        order_by=(s.c.day.desc(), c.c.name, p.c.name_pinyin),
    )


def present_records(t: Tables, span: Span) -> Fact:
    return replace(attendance_records(t, span), only=t.tutoring_attendance.c.status.in_(_PRESENT))


def recorded_records(t: Tables, span: Span) -> Fact:
    return replace(attendance_records(t, span), only=t.tutoring_attendance.c.status != "")


def children_tutored(t: Tables, span: Span) -> Fact:
    return replace(present_records(t, span), measure=DISTINCT)


@shared
def sessions_held(t: Tables, span: Span) -> Fact:
    """Live sessions of the period at which at least one child was present."""
    s, c, a = t.tutoring_session, t.tutoring_class, t.tutoring_attendance
    someone_came = exists().where(a.c.session_id == s.c.id, live(a), a.c.status.in_(_PRESENT))
    return Fact(
        source=s.join(c, c.c.id == s.c.class_id),
        where=(live(s), live(c), s.c.day.between(span.start, span.end), someone_came),
        origin=s.c.origin_station,
        measure=COUNT,
        splits={"class_kind": By(c.c.kind), "session_kind": By(s.c.kind)},
        listing=(
            Shown(("日期", "Date"), s.c.day, "date"),
            Shown(("班级", "Class"), c.c.name),
            Shown(("类型", "Kind"), s.c.kind, "session_kind"),
            Shown(("开始", "Starts"), s.c.start_time),
            Shown(("结束", "Ends"), s.c.end_time),
            Shown(("科目", "Subject"), s.c.subject),
        ),
        order_by=(s.c.day.desc(), s.c.start_time),
    )


def session_minutes(t: Tables, span: Span) -> Fact:
    s = t.tutoring_session
    return replace(
        sessions_held(t, span),
        only=and_(s.c.start_time.is_not(None), s.c.end_time.is_not(None)),
        measure=SUM,
        value=minutes_between(s.c.start_time, s.c.end_time),
    )


_PRESENT_TEXT = "出勤、迟到、早退"
declare(
    Indicator(
        key="children_tutored",
        section="children",
        name=("辅导儿童数", "Children tutored"),
        unit=("人", "children"),
        definition=(
            f"期内至少到课一次（{_PRESENT_TEXT}）的不同儿童数；已取消的课次、已删除的记录和人员不计。",
            "Distinct children present (present, late or left early) at least once in the period; cancelled "
            "sessions, deleted records and people are not counted.",
        ),
        reads=("tutoring_attendance", "tutoring_session", "tutoring_class", "person"),
        breakdowns=("class_kind", *PERSON_BREAKDOWNS),
        count=children_tutored,
    )
)
declare(
    Indicator(
        key="sessions_held",
        section="children",
        name=("开展辅导课次", "Sessions held"),
        unit=("次", "sessions"),
        definition=(
            "期内至少有一名儿童到课的辅导课次（含小组活动）；没有人到课或已取消的不计。",
            "Tutoring sessions (group activities included) in the period at which at least one child was "
            "present; sessions nobody attended and cancelled ones are not counted.",
        ),
        reads=("tutoring_session", "tutoring_class", "tutoring_attendance"),
        breakdowns=("session_kind", "class_kind"),
        count=sessions_held,
    )
)
declare(
    Indicator(
        key="tutoring_hours",
        section="children",
        name=("辅导时长", "Tutoring hours"),
        unit=("小时", "hours"),
        definition=(
            "上述已开展课次的时长合计（结束时间减开始时间）；未填时间的课次不计时长。",
            "Total length of the sessions held (end time minus start time); sessions without times add no hours.",
        ),
        reads=("tutoring_session", "tutoring_class", "tutoring_attendance"),
        breakdowns=("session_kind", "class_kind"),
        count=session_minutes,
        scale=MINUTES_AS_HOURS,
        decimals=1,
    )
)
declare(
    Indicator(
        key="attendance_rate",
        section="children",
        name=("出勤率", "Attendance rate"),
        unit=("%", "%"),
        definition=(
            f"期内已记考勤的人次中到课（{_PRESENT_TEXT}）的比例；未记考勤的不计入。",
            "Share of the period's recorded attendances that were present, late or left early; attendance not "
            "yet recorded is left out.",
        ),
        reads=("tutoring_attendance", "tutoring_session", "tutoring_class", "person"),
        breakdowns=("class_kind", "session_kind", "community", "gender"),
        ratio=(present_records, recorded_records),
        scale=100,
        decimals=1,
    )
)
