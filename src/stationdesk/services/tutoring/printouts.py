"""Printouts: the class sign-in sheet and the monthly summary, with their ``print`` targets."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import (
    Attendance,
    SessionTutor,
    TutoringSession,
)
from stationdesk.domain.tutoring import (
    attendance_stats,
)
from stationdesk.domain.typed_time import format_clock
from stationdesk.errors import ValidationError
from stationdesk.printing.tutoring_sheets import (
    MonthlySheet,
    MonthlySheetRow,
    SigninSheet,
    build_monthly_pdf,
    build_signin_pdf,
)
from stationdesk.services import registry
from stationdesk.services.accounts import guarded
from stationdesk.services.people import summarise
from stationdesk.services.progress import Progress, report
from stationdesk.services.station import audit, current_station, today
from stationdesk.services.tutoring.lookups import _enrolled_children, _live_class, _slots, _tutors, resolve_class
from stationdesk.services.tutoring.values import BLANK_ROWS_MAX

# ----------------------------------------------------------------------------------------- printouts


def _time_for(session: Session, class_id: str, day: date) -> tuple[str, TutoringSession | None]:
    held = (
        session.execute(
            select(TutoringSession)
            .where(TutoringSession.class_id == class_id, TutoringSession.day == day, TutoringSession.deleted.is_(False))
            .order_by(TutoringSession.start_time)
        )
        .scalars()
        .first()
    )
    if held is not None and held.start_time:
        return f"{format_clock(held.start_time)}-{format_clock(held.end_time)}", held
    slots = [s for s in _slots(session, class_id) if s.weekday == day.weekday()]
    return ("、".join(f"{format_clock(s.start)}-{format_clock(s.end)}" for s in slots), held)


def signin_sheet_data(session: Session, class_id: str, day: date, blank_rows: int = 5) -> SigninSheet:
    if not 0 <= blank_rows <= BLANK_ROWS_MAX:
        raise ValidationError("tutoring.blank_rows", field="blank_rows", max=BLANK_ROWS_MAX)
    klass = _live_class(session, class_id)
    time_text, held = _time_for(session, class_id, day)
    tutors = [t.name for t in _tutors(session, class_id)]
    if held is not None:
        present = [
            name
            for (name,) in session.execute(
                select(Person.name)
                .join(SessionTutor, SessionTutor.person_id == Person.id)
                .where(SessionTutor.session_id == held.id, SessionTutor.deleted.is_(False))
            )
        ]
        tutors = present or tutors
    today_ = today(session)
    children = tuple(summarise(p, today_).display_name for _, p in _enrolled_children(session, class_id, on=day))
    return SigninSheet(
        class_name=klass.name,
        kind=klass.kind,
        day=day,
        time_text=time_text,
        place=klass.place,
        tutors="、".join(tutors),
        station_name=current_station(session).name,
        children=children,
        blank_rows=blank_rows,
        printed_on=today_,
    )


def build_signin_sheet(session: Session, class_id: str, day: date, blank_rows: int = 5) -> tuple[bytes, str]:
    """The session sign-in sheet (签到表) as PDF bytes, and a file name to suggest."""
    sheet = signin_sheet_data(session, class_id, day, blank_rows)
    return build_signin_pdf(sheet), f"签到表-{sheet.class_name}-{day:%Y%m%d}.pdf"


@guarded("print")
def print_signin_sheet(
    session: Session, class_id: str, day: date, blank_rows: int = 5, progress: Progress | None = None
) -> tuple[bytes, str]:
    """For the GUI: build the sheet and note the print in the audit log."""
    report(progress, 0, 2)
    pdf, name = build_signin_sheet(session, class_id, day, blank_rows)
    audit(session, "print", "class-signin", class_id, name)
    report(progress, 2, 2)
    return pdf, name


def monthly_summary_data(session: Session, class_id: str, year: int, month: int) -> MonthlySheet:
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError("tutoring.month_format", field="month", value=f"{year}-{month}")
    klass = _live_class(session, class_id)
    first = date(year, month, 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    sessions = session.execute(
        select(func.count())
        .select_from(TutoringSession)
        .where(
            TutoringSession.class_id == class_id,
            TutoringSession.deleted.is_(False),
            TutoringSession.day >= first,
            TutoringSession.day <= last,
        )
    ).scalar_one()
    statuses: dict[str, list[str]] = defaultdict(list)
    for child_id, status in session.execute(
        select(Attendance.child_id, Attendance.status)
        .join(TutoringSession, TutoringSession.id == Attendance.session_id)
        .where(
            TutoringSession.class_id == class_id,
            TutoringSession.deleted.is_(False),
            TutoringSession.day >= first,
            TutoringSession.day <= last,
            Attendance.deleted.is_(False),
        )
    ):
        statuses[child_id].append(status)
    day = today(session)
    people = {p.id: p for _, p in _enrolled_children(session, class_id, on=last)}
    missing = set(statuses) - set(people)
    if missing:
        people.update({p.id: p for p in session.execute(select(Person).where(Person.id.in_(missing))).scalars()})
    rows = []
    for person in sorted(people.values(), key=lambda p: (p.name_pinyin, p.id)):
        stats = attendance_stats(statuses.get(person.id, ()))
        rows.append(
            MonthlySheetRow(
                summarise(person, day).display_name,
                stats.present,
                stats.late,
                stats.left_early,
                stats.leave,
                stats.absent,
                sessions - stats.recorded,
                stats.rate_text(),
            )
        )
    total = attendance_stats(s for values in statuses.values() for s in values)
    return MonthlySheet(
        klass.name,
        klass.kind,
        year,
        month,
        sessions,
        current_station(session).name,
        tuple(rows),
        total.rate_text(),
        day,
    )


def build_monthly_summary(session: Session, class_id: str, year: int, month: int) -> tuple[bytes, str]:
    sheet = monthly_summary_data(session, class_id, year, month)
    return build_monthly_pdf(sheet), f"月度考勤汇总-{sheet.class_name}-{year}{month:02d}.pdf"


@guarded("print")
def print_monthly_summary(
    session: Session, class_id: str, year: int, month: int, progress: Progress | None = None
) -> tuple[bytes, str]:
    report(progress, 0, 2)
    pdf, name = build_monthly_summary(session, class_id, year, month)
    audit(session, "print", "class-monthly", class_id, name)
    report(progress, 2, 2)
    return pdf, name


def _year_month(text: str) -> tuple[int, int]:
    import argparse

    try:
        year, month = (int(part) for part in text.split("-"))
        date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(messages.text("tutoring.month_format", value=text)) from None
    return year, month


def _blank_rows(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= BLANK_ROWS_MAX:
        raise argparse.ArgumentTypeError(messages.text("tutoring.blank_rows", max=BLANK_ROWS_MAX))
    return value


@registry.printer(
    "class-signin",
    [
        (("--class",), {"dest": "class_key", "required": True, "help": "辅导班编号或名称 class id or name"}),
        (("--date",), {"dest": "day", "required": True, "type": registry.date_argument, "help": "日期 YYYY-MM-DD"}),
        (("--blank-rows",), {"type": _blank_rows, "default": 5, "help": "空白行数 blank rows for walk-ins"}),
    ],
    help="辅导班签到表 sign-in sheet of a class on a date",
)
def _print_signin(session: Session, args) -> tuple[bytes, str]:
    return build_signin_sheet(session, resolve_class(session, args.class_key).id, args.day, args.blank_rows)


@registry.printer(
    "class-monthly",
    [
        (("--class",), {"dest": "class_key", "required": True, "help": "辅导班编号或名称 class id or name"}),
        (("--month",), {"required": True, "type": _year_month, "help": "月份 YYYY-MM"}),
    ],
    help="辅导班月度考勤汇总 monthly attendance summary of a class",
)
def _print_monthly(session: Session, args) -> tuple[bytes, str]:
    year, month = args.month
    return build_monthly_summary(session, resolve_class(session, args.class_key).id, year, month)
