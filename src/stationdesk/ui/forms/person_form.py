"""The person form without Qt: field texts <-> PersonInput, date parsing, errors by field.

The dialog keeps only widgets; everything a test wants to check about turning what a worker typed
into a PersonInput (and back) lives here. Rules about people (check digit, duplicates, phone
formats) stay in ``services.people``; this class only parses what the service cannot read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stationdesk.domain.id_number import normalise, parse_id_number
from stationdesk.errors import FormErrors, StationDeskError, ValidationError
from stationdesk.messages import message_for, register
from stationdesk.services.people import ROLES, PersonInput

# Plain text fields of the form, in the order the dialog shows them.
TEXT_FIELDS = (
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
    "notes",
)

register(
    {
        "person.gender_unknown": "性别只能是男、女或不填。",
    }
)

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str, field: str) -> date | None:
    """'2024-03-05', '2024/3/5', '2024.3.5', '2024年3月5日' or '20240305'; empty gives None."""
    text = normalise_spaces(text)
    if not text:
        return None
    if text.isdigit() and len(text) == 8:
        parts = (text[:4], text[4:6], text[6:])
    else:
        match = _DATE.match(text)
        if match is None:
            raise ValidationError("date.format", field=field)
        parts = match.groups()
    try:
        return date(*(int(p) for p in parts))
    except ValueError:
        raise ValidationError("date.format", field=field) from None


def normalise_spaces(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


@dataclass(frozen=True)
class IdGuess:
    """What a complete, valid ID number tells about its holder."""

    gender: str
    birth_date: date
    number: str = ""
    notes: tuple[str, ...] = ()  # codes told beside the field (an area code changed since it was issued)


def guess_from_id_number(text: str, today: date | None = None) -> IdGuess | None:
    """Gender and birth date read from the ID number as it is typed; None until it is complete and valid."""
    if len(normalise(text)) != 18:
        return None
    try:
        info = parse_id_number(text, today=today)
    except ValidationError:
        return None
    return IdGuess(info.gender, info.birth_date, info.number, info.warnings)


def errors_by_field(error: BaseException) -> dict[str, str]:
    """Field name -> message for the form; errors without a field go under ''."""
    if isinstance(error, FormErrors):
        items: list[StationDeskError] = list(error.errors)
    elif isinstance(error, StationDeskError):
        items = [error]
    else:
        return {}
    shown: dict[str, str] = {}
    for item in items:
        key = getattr(item, "field", None) or ""
        text = message_for(item)
        shown[key] = f"{shown[key]}\n{text}" if key in shown else text
    return shown


class PersonForm:
    """Maps the dialog's fields to a PersonInput and back.

    ``texts`` holds one string per TEXT_FIELDS entry (gender as "M", "F" or ""); roles and tags are
    the checked names; ``household_head_id`` passes through.
    """

    def __init__(self, original: PersonInput | None = None) -> None:
        self.original = original

    def texts(self) -> dict[str, str]:
        """The field texts that show ``original`` (empty fields for a new person)."""
        data = self.original
        if data is None:
            return dict.fromkeys(TEXT_FIELDS, "")
        texts = {name: str(getattr(data, name) or "") for name in TEXT_FIELDS}
        texts["birth_date"] = data.birth_date.isoformat() if data.birth_date else ""
        return texts

    def roles(self) -> tuple[str, ...]:
        return self.original.roles if self.original else ()

    def tags(self) -> tuple[str, ...]:
        return self.original.tags if self.original else ()

    def to_input(
        self,
        texts: dict[str, str],
        roles: tuple[str, ...] | list[str],
        tags: tuple[str, ...] | list[str],
        household_head_id: str | None = None,
    ) -> PersonInput:
        """The PersonInput for these field texts, or FormErrors naming each field that cannot be read."""
        errors: list[ValidationError] = []
        try:
            birth = parse_date(texts.get("birth_date", ""), "birth_date")
        except ValidationError as error:
            errors.append(error)
            birth = None
        gender = texts.get("gender", "").strip().upper()
        if gender not in ("M", "F", ""):
            errors.append(ValidationError("person.gender_unknown", field="gender"))
        if errors:
            raise FormErrors(errors)
        chosen_roles = tuple(r for r in ROLES if r in roles)
        alias = texts.get("alias", "").strip() if "child" in chosen_roles else ""
        return PersonInput(
            name=texts.get("name", ""),
            roles=chosen_roles,
            gender=gender,
            birth_date=birth,
            id_number=texts.get("id_number", "").strip(),
            phone=texts.get("phone", "").strip(),
            community=texts.get("community", "").strip(),
            street=texts.get("street", "").strip(),
            building=texts.get("building", "").strip(),
            unit=texts.get("unit", "").strip(),
            room=texts.get("room", "").strip(),
            household_head_id=household_head_id or None,
            tags=tuple(dict.fromkeys(t for t in tags if t.strip())),
            alias=alias,
            emergency_contact=texts.get("emergency_contact", "").strip(),
            emergency_phone=texts.get("emergency_phone", "").strip(),
            notes=texts.get("notes", "").strip(),
        )

    def validate(
        self, texts: dict[str, str], roles, tags, household_head_id: str | None = None
    ) -> PersonInput | dict[str, str]:
        """A PersonInput, or field name -> message for what must be corrected first."""
        try:
            return self.to_input(texts, roles, tags, household_head_id)
        except FormErrors as errors:
            return errors_by_field(errors)
