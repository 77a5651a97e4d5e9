"""Dates in the GUI: the station's today, and date fields (QDateEdit) that read and give Python dates.

Every page and dialog uses these, so "today" is the same everywhere (pinned in tests and demo
runs through ``Database.today``) and every date field looks and behaves the same.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def station_today(ctx) -> date:
    """The station's today: the pinned date of tests and demos, else the computer's date (no SQL)."""
    return ctx.db.database.today or date.today()


def local_minute(moment: datetime | None) -> str:
    """A stored UTC moment as this computer's local time, to the minute ("" for none)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(initial: date | None = None, display_format: str = "yyyy-MM-dd") -> QDateEdit:
    """A date field with a calendar pop-up, showing ``initial`` (default: the computer's today)."""
    edit = QDateEdit(to_qdate(initial or date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    return edit
