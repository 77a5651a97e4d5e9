"""更正 with history (PIPL art. 46): when an edit changes a registered field of a person, the old value,
the new one, who and why are kept in ``person_correction`` (synced with the person)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import Person, PersonCorrection
from stationdesk.domain.id_number import mask_id_number
from stationdesk.domain.phone import mask_phone
from stationdesk.services.accounts import acting_name, guarded

# what identifies or reaches the person; a change to tags, roles or notes is an edit, not a 更正
REGISTERED_FIELDS = (
    "name",
    "gender",
    "birth_date",
    "id_number",
    "phone",
    "community",
    "street",
    "building",
    "unit",
    "room",
    "alias",
    "emergency_contact",
    "emergency_phone",
)
MASKED = {"id_number": mask_id_number, "phone": mask_phone, "emergency_phone": mask_phone}


def registered_values(person: Person) -> dict[str, str]:
    """The registered fields as text ("" for none), to compare before and after an edit."""
    values = {}
    for field in REGISTERED_FIELDS:
        value = getattr(person, field)
        values[field] = "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)
    return values


def record_corrections(session: Session, person: Person, before: dict[str, str], reason: str) -> int:
    """One correction row per registered field that differs from ``before``; returns how many."""
    after = registered_values(person)
    changed = [field for field in REGISTERED_FIELDS if before[field] != after[field]]
    who = acting_name(session)
    for field in changed:
        session.add(
            PersonCorrection(
                person_id=person.id,
                field=field,
                old_value=before[field],
                new_value=after[field],
                reason=reason.strip(),
                corrected_by=who,
            )
        )
    return len(changed)


def erase_corrections(session: Session, person_id: str) -> None:
    """An erasure removes the old values too: the rows stay (that a field was corrected, when, why)."""
    for correction in session.scalars(select(PersonCorrection).where(PersonCorrection.person_id == person_id)):
        correction.old_value = correction.new_value = ""


@dataclass(frozen=True)
class CorrectionLine:
    """One correction as the person's page shows it: numbers masked as everywhere on screen."""

    at: datetime
    field: str
    old_value: str
    new_value: str
    reason: str
    corrected_by: str


@guarded("people.view")
def corrections_of(session: Session, person_id: str) -> tuple[CorrectionLine, ...]:
    """The person's 更正记录, newest first."""
    rows = session.scalars(
        select(PersonCorrection)
        .where(PersonCorrection.person_id == person_id, PersonCorrection.deleted.is_(False))
        .order_by(PersonCorrection.created_at.desc(), PersonCorrection.field)
    )
    lines = []
    for row in rows:
        mask = MASKED.get(row.field, lambda value: value)
        lines.append(
            CorrectionLine(
                row.created_at,
                row.field,
                mask(row.old_value) if row.old_value else "",
                mask(row.new_value) if row.new_value else "",
                row.reason,
                row.corrected_by,
            )
        )
    return tuple(lines)
