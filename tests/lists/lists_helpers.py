"""Helpers shared by the tests of the three lists (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from datetime import date

from stationdesk.services import people


def add_person(session, name: str, born: date, roles=(), community: str = "星湖社区", **more) -> str:
    data = people.PersonInput(name=name, roles=tuple(roles), birth_date=born, community=community, **more)
    return people.add_person(session, data, confirmed=True).summary.id
