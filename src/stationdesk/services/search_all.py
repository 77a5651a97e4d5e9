"""One search across the station from the window's toolbar (Ctrl+K): people (by name, alias, pinyin,
phone or ID digits, volunteer number), tutoring classes and activities, a few of each."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from stationdesk.services.accounts import guarded
from stationdesk.services.activities import list_activities
from stationdesk.services.people import PeopleQuery, search_people
from stationdesk.services.tutoring import list_classes

PER_KIND = 8
PERSON, CLASS, ACTIVITY = "person", "class", "activity"


@dataclass(frozen=True)
class Found:
    kind: str  # PERSON, CLASS or ACTIVITY
    record_id: str
    title: str  # a child's alias where set
    detail: str  # a person's address, a class's place, an activity's day and place
    age: int | None = None
    roles: tuple[str, ...] = ()  # a person's roles, to open the page that fits


@guarded("people.view")
def search_everything(session: Session, text: str) -> list[Found]:
    text = text.strip()
    if not text:
        return []
    found = [
        Found(PERSON, p.id, p.display_name, p.address, p.age, p.roles)
        for p in search_people(session, PeopleQuery(text=text), limit=PER_KIND)
    ]
    found += [Found(CLASS, c.id, c.name, c.place) for c in list_classes(session, text)[:PER_KIND]]
    found += [
        Found(ACTIVITY, a.id, a.name, f"{a.held_on.isoformat()} {a.place}")
        for a in list_activities(session, text, limit=PER_KIND)
    ]
    return found
