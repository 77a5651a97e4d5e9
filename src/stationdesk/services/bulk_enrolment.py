"""Enrolling many people at once (a class, an activity): the worker ticks people — or a whole filter,
e.g. every elder of 七星社区 tagged 独居 — and one call enrols them all in one transaction. Every
person is checked by the same rules as a single enrolment; if any is refused (already enrolled, not
a volunteer, no guardian's consent, activity full) nobody is enrolled and every refusal is listed,
each naming the person (and carrying ``person_id``, so the dialog can untick them). ``people_matching``
gives the ids behind 全选筛选结果.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import Person
from stationdesk.domain.privacy import shown_name
from stationdesk.errors import FormErrors, NeedsConfirmation, StationDeskError, ValidationError
from stationdesk.messages import register
from stationdesk.services import activities
from stationdesk.services.accounts import guarded
from stationdesk.services.people import PeopleQuery, people_conditions
from stationdesk.services.tutoring import enrol_child

MOST_AT_ONCE = 2000  # a class or an activity is never this big; a slip of 全选 on the whole registry is

register(
    {
        "enrol.nobody": "请先勾选要报名的人。",
        "enrol.too_many": "一次最多报名 {most} 人，现在勾选了 {count} 人。请缩小筛选范围。",
    }
)


@dataclass(frozen=True)
class BulkEnrolled:
    count: int
    names: tuple[str, ...]


@guarded("people.view")
def people_matching(session: Session, query: PeopleQuery) -> dict[str, str]:
    """Everyone the filter finds (not only the rows on screen), id -> shown name, for 全选筛选结果."""
    rows = session.execute(
        select(Person.id, Person.name, Person.alias, Person.is_child)
        .where(*people_conditions(query))
        .order_by(Person.name_pinyin)
        .limit(MOST_AT_ONCE + 1)
    )
    return {row.id: shown_name(row.name, row.alias, row.is_child) for row in rows}


@guarded("people.view")
def communities(session: Session) -> list[str]:
    """The communities people live in, for the filter."""
    return list(
        session.execute(
            select(Person.community)
            .distinct()
            .where(Person.deleted.is_(False), Person.community != "")
            .order_by(Person.community)
        ).scalars()
    )


def _enrol_each(person_ids: Sequence[str], enrol_one: Callable[[str], str]) -> BulkEnrolled:
    """``enrol_one(id) -> name`` for each; every refusal collected, then all or nothing."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ValidationError("enrol.nobody", field="person_ids")
    if len(ids) > MOST_AT_ONCE:
        raise ValidationError("enrol.too_many", field="person_ids", most=MOST_AT_ONCE, count=len(ids))
    names, refused, confirmations = [], {}, []
    for person_id in ids:
        try:
            names.append(enrol_one(person_id))
        except NeedsConfirmation as question:
            confirmations.extend(question.warnings)
        except StationDeskError as error:
            key = (error.code, tuple(sorted(error.params.items())))  # "已满" once, not 30 times
            if key not in refused and "name" in error.params:
                error.params["person_id"] = person_id  # the dialog can untick who was refused
            refused.setdefault(key, error)
    if refused:
        raise FormErrors([_as_validation(e) for e in refused.values()])  # the caller's transaction rolls back
    if confirmations:
        raise NeedsConfirmation(confirmations[:1])
    return BulkEnrolled(len(names), tuple(names))


def _as_validation(error: StationDeskError) -> ValidationError:
    return error if isinstance(error, ValidationError) else ValidationError(error.code, **error.params)


def _participant_name(session: Session, activity_id: str, person_id: str, role: str) -> str:
    activities.add_participant(session, activity_id, person_id, role)
    return session.get(Person, person_id).name


@guarded("children.manage")
def enrol_children(session: Session, class_id: str, child_ids: Sequence[str], confirmed: bool = False) -> BulkEnrolled:
    """Enrol every ticked child in the class, or none of them."""
    return _enrol_each(child_ids, lambda child_id: enrol_child(session, class_id, child_id, confirmed).display_name)


@guarded("activities.manage")
def sign_up_many(session: Session, activity_id: str, person_ids: Sequence[str], role: str) -> BulkEnrolled:
    """Put every ticked person on the activity's list (as served or as volunteers), or none of them."""
    return _enrol_each(person_ids, lambda person_id: _participant_name(session, activity_id, person_id, role))
