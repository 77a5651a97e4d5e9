"""Dates in the GUI: the station's today, and date fields (QDateEdit) that read and give Python dates.

Every page and dialog uses these, so "today" is the same everywhere (pinned in tests and demo
runs through ``Database.today``) and every date field looks and behaves the same.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

DATE_SEPARATORS = frozenset("-/. :年月日")


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


class _TypedAsWritten:
    """A date typed as a worker writes it (2026-12-20, 2026/12/20, 20261220, 2026-1-5) lands as typed.

    Qt edits a date section by section: a full year moves on to the month by itself, so the "-" typed
    next moved on once more and the month went into the day; and with the whole text selected (a click
    and Ctrl+A) the first digit made the text invalid and every key was dropped. A separator right after
    such a move is swallowed, and typing over the whole text starts at the year."""

    _moved_on = False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        typed, line = event.text(), self.lineEdit()
        if typed in DATE_SEPARATORS and typed and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        if typed.isdigit() and line.hasSelectedText() and len(line.selectedText()) == len(line.text()):
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = typed.isdigit() and self.currentSection() != section


class TypedDateEdit(_TypedAsWritten, QDateEdit):
    pass


class TypedDateTimeEdit(_TypedAsWritten, QDateTimeEdit):
    pass


def date_edit(initial: date | None = None, display_format: str = "yyyy-MM-dd") -> QDateEdit:
    """A date field with a calendar pop-up, showing ``initial`` (default: the computer's today); typing works."""
    edit = TypedDateEdit(to_qdate(initial or date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    return edit
