"""Helpers shared by the volunteer tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from datetime import date, datetime

from stationdesk.domain.id_number import with_check_digit
from stationdesk.services import people


def id_number_born(born: date, sequence: int = 123) -> str:
    return with_check_digit(f"441202{born:%Y%m%d}{sequence:03d}")


def add_person(session, name: str, born: date, phone: str = "", sequence: int = 123) -> str:
    data = people.PersonInput(
        name=name, roles=(), birth_date=born, id_number=id_number_born(born, sequence), phone=phone
    )
    return people.add_person(session, data, confirmed=True).summary.id


def at(day: int, clock: str) -> datetime:
    """A time on a June 2026 day (the tests' today is 2026-06-15)."""
    hour, minute = clock.split(":")
    return datetime(2026, 6, day, int(hour), int(minute))
