"""Helpers of the backup tests: add people, read their names back."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from stationdesk.db.models.people import Person
from stationdesk.services.people import PersonInput, add_person


def add_people(database, names) -> list[str]:
    with database.transaction() as session:
        return [
            add_person(session, PersonInput(name=name, roles=("elder",), birth_date=date(1950, 3, 1))).summary.id
            for name in names
        ]


def people_names(database) -> list[str]:
    with database.session() as session:
        return sorted(session.execute(select(Person.name).where(Person.deleted.is_(False))).scalars())
