"""People registry (人员档案): add, edit, find, delete and restore people; guardians and consent."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import ColumnElement, case, false, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from stationdesk.db.models.people import ROLES, GuardianConsent, Guardianship, Person
from stationdesk.db.models.volunteers import Volunteer
from stationdesk.domain.id_number import mask_id_number, parse_id_number
from stationdesk.domain.phone import mask_phone, normalise_phone
from stationdesk.domain.pinyin_keys import pinyin_keys
from stationdesk.domain.plain_text import search_text
from stationdesk.domain.privacy import shown_name
from stationdesk.errors import FormErrors, NeedsConfirmation, NotFound, StationDeskError, ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.addresses import format_address
from stationdesk.services.person_corrections import record_corrections, registered_values
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import audit, today

NAME_MAX = 50
_ROLE_COLUMNS = {
    "elder": Person.is_elder,
    "child": Person.is_child,
    "guardian": Person.is_guardian,
    "volunteer": Person.is_volunteer,
}


@dataclass(frozen=True)
class PersonInput:
    name: str
    roles: tuple[str, ...]
    gender: str = ""
    birth_date: date | None = None
    id_number: str = ""
    phone: str = ""
    community: str = ""
    street: str = ""  # 道路/街巷门牌, e.g. 宋城路12号
    building: str = ""
    unit: str = ""
    room: str = ""
    household_head_id: str | None = None
    tags: tuple[str, ...] = ()
    alias: str = ""
    emergency_contact: str = ""
    emergency_phone: str = ""
    notes: str = ""
    correction_reason: str = ""  # an edit's 更正原因, kept with the changed registered fields (not on the person)


@dataclass(frozen=True)
class PersonSummary:
    """One row of a list: what can be shown without revealing sensitive numbers."""

    id: str
    name: str
    display_name: str  # the alias for children who have one (privacy), else the name
    gender: str
    birth_date: date | None
    age: int | None
    id_number_masked: str
    phone_masked: str
    address: str
    tags: tuple[str, ...]
    roles: tuple[str, ...]
    alias: str
    deleted: bool


@dataclass(frozen=True)
class GuardianLink:
    id: str
    guardian_id: str
    guardian_name: str
    relation: str
    phone_masked: str
    is_primary: bool


@dataclass(frozen=True)
class ConsentRecord:
    id: str
    given_by: str
    guardian_id: str | None
    given_on: date
    scope: str
    withdrawn_on: date | None


@dataclass(frozen=True)
class PersonDetail:
    summary: PersonSummary
    data: PersonInput  # every field, id number and phone unmasked (for the edit form)
    guardians: tuple[GuardianLink, ...] = ()
    consents: tuple[ConsentRecord, ...] = ()
    household_head_name: str = ""

    @property
    def has_valid_consent(self) -> bool:
        return any(c.withdrawn_on is None for c in self.consents)


@dataclass(frozen=True)
class PeopleQuery:
    text: str = ""
    role: str | None = None
    tag: str | None = None
    include_deleted: bool = False
    community: str | None = None


@dataclass(frozen=True)
class SavedPerson:
    summary: PersonSummary
    warnings: tuple[StationDeskError, ...] = field(default=())


def age_on(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _split_tags(tags: str) -> tuple[str, ...]:
    return tuple(t for t in tags.split("|") if t)


def join_tags(tags: tuple[str, ...]) -> str:
    unique = [t.strip() for t in dict.fromkeys(tags) if t.strip()]
    return "|" + "|".join(unique) + "|" if unique else ""


def roles_of(person: Person) -> tuple[str, ...]:
    return tuple(role for role in ROLES if getattr(person, f"is_{role}"))


def display_name(person: Person) -> str:
    """How a person is named everywhere but their own page: a child by alias (化名) where set, else the name."""
    return shown_name(person.name, person.alias, person.is_child)


def summarise(person: Person, day: date) -> PersonSummary:
    return PersonSummary(
        id=person.id,
        name=person.name,
        display_name=display_name(person),
        gender=person.gender,
        birth_date=person.birth_date,
        age=age_on(person.birth_date, day),
        id_number_masked=mask_id_number(person.id_number),
        phone_masked=mask_phone(person.phone),
        address=format_address(person),
        tags=_split_tags(person.tags),
        roles=roles_of(person),
        alias=person.alias,
        deleted=person.deleted,
    )


def live_person(session: Session, person_id: str) -> Person:
    """The person with this id, or NotFound when there is none or it was deleted."""
    return live_row(session, Person, person_id)


@guarded("people.edit")
def validate_person(session: Session, data: PersonInput, person_id: str | None = None) -> tuple[PersonInput, list]:
    """Check every field; return the normalised input and the warnings, or raise FormErrors with all errors."""
    errors: list[ValidationError] = []
    warnings: list[StationDeskError] = []
    day = today(session)
    name = " ".join(data.name.split())
    if not name:
        errors.append(ValidationError("person.name_required", field="name"))
    elif len(name) > NAME_MAX:
        errors.append(ValidationError("person.name_too_long", field="name", max=NAME_MAX))
    roles = tuple(r for r in ROLES if r in data.roles)
    gender, birth = data.gender, data.birth_date
    id_number = None
    if data.id_number.strip():
        try:
            info = parse_id_number(data.id_number, today=day)
        except ValidationError as error:
            errors.append(error)
        else:
            id_number = info.number
            if person_id is None or _stored_id_number(session, person_id) != id_number:  # noted once per person
                warnings += [StationDeskError(code, area=info.number[:6]) for code in info.warnings]
            if birth is not None and birth != info.birth_date:
                errors.append(
                    ValidationError(
                        "person.birth_date_mismatch", field="birth_date", expected=info.birth_date.isoformat()
                    )
                )
            if gender and gender != info.gender:
                errors.append(ValidationError("person.gender_mismatch", field="gender"))
            birth, gender = info.birth_date, info.gender
    if birth is not None and birth > day:
        errors.append(ValidationError("person.birth_date_future", field="birth_date"))
    phones = {}
    for field_name in ("phone", "emergency_phone"):
        raw = getattr(data, field_name).strip()
        try:
            phones[field_name] = normalise_phone(raw, field=field_name) if raw else ""
        except ValidationError as error:
            errors.append(error)
    if data.household_head_id and data.household_head_id != person_id:
        head = session.get(Person, data.household_head_id)
        if head is None or head.deleted:
            errors.append(
                ValidationError("not_found", field="household_head_id", kind="person", key=data.household_head_id)
            )
    if id_number:
        clash = session.execute(
            select(Person.name).where(
                Person.id_number == id_number, Person.deleted.is_(False), Person.id != (person_id or "")
            )
        ).scalar_one_or_none()
        if clash is not None:
            errors.append(ValidationError("id_number.duplicate", field="id_number", name=clash))
    if errors:
        raise FormErrors(errors)
    if birth is not None:
        twin = (
            session.execute(
                select(Person.name).where(
                    Person.name == name,
                    Person.birth_date == birth,
                    Person.deleted.is_(False),
                    Person.id != (person_id or ""),
                )
            )
            .scalars()
            .first()
        )
        if twin is not None:
            warnings.append(StationDeskError("person.same_name_birth", name=twin, birth_date=birth.isoformat()))
    clean = replace(
        data,
        name=name,
        roles=roles,
        gender=gender,
        birth_date=birth,
        id_number=id_number or "",
        phone=phones["phone"],
        emergency_phone=phones["emergency_phone"],
        alias=data.alias.strip(),
        tags=tuple(t.strip() for t in data.tags if t.strip()),
    )
    return clean, warnings


def _apply(person: Person, data: PersonInput) -> None:
    full, initials = pinyin_keys(data.name)
    person.name, person.gender, person.birth_date = data.name, data.gender, data.birth_date
    person.id_number = data.id_number or None
    person.phone = data.phone
    person.community, person.street, person.building, person.unit, person.room = (
        data.community.strip(),
        data.street.strip(),
        data.building.strip(),
        data.unit.strip(),
        data.room.strip(),
    )
    person.household_head_id = data.household_head_id or None
    person.tags = join_tags(data.tags)
    for role in ROLES:
        setattr(person, f"is_{role}", role in data.roles)
    person.alias, person.notes = data.alias, data.notes.strip()
    person.emergency_contact, person.emergency_phone = data.emergency_contact.strip(), data.emergency_phone
    person.name_pinyin, person.name_initials = full, initials


# Told as a calm note beside the field, never asked about: an elder's ID number was issued where they first
# registered, often under an area code that has changed since (the note says so).
NOTE_CODES = frozenset({"id_number.area_unknown"})


def needs_asking(warnings: list) -> list:
    """The warnings a person must confirm before saving (the rest are notes)."""
    return [w for w in warnings if w.code not in NOTE_CODES]


def _stored_id_number(session: Session, person_id: str) -> str | None:
    return session.scalar(select(Person.id_number).where(Person.id == person_id))


@guarded("people.edit")
def add_person(session: Session, data: PersonInput, confirmed: bool = False) -> SavedPerson:
    clean, warnings = validate_person(session, data)
    if needs_asking(warnings) and not confirmed:
        raise NeedsConfirmation(needs_asking(warnings))
    person = Person()
    _apply(person, clean)
    session.add(person)
    session.flush()
    return SavedPerson(summarise(person, today(session)), tuple(warnings))


@guarded("people.edit")
def update_person(session: Session, person_id: str, data: PersonInput, confirmed: bool = False) -> SavedPerson:
    person = live_person(session, person_id)
    clean, warnings = validate_person(session, data, person_id=person_id)
    if needs_asking(warnings) and not confirmed:
        raise NeedsConfirmation(needs_asking(warnings))
    before = registered_values(person)
    _apply(person, clean)
    record_corrections(session, person, before, clean.correction_reason)
    session.flush()
    return SavedPerson(summarise(person, today(session)), tuple(warnings))


@guarded("people.edit")
def delete_person(session: Session, person_id: str) -> PersonSummary:
    """Soft delete: the record becomes a tombstone that still travels to the city."""
    person = live_person(session, person_id)
    person.deleted = True
    session.flush()
    return summarise(person, today(session))


@guarded("people.edit")
def restore_person(session: Session, person_id: str) -> PersonSummary:
    """Undo a delete, unless someone else has taken the ID number meanwhile."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person", person_id)
    if not person.deleted:
        raise StationDeskError("person.not_deleted")
    if person.id_number:
        clash = session.execute(
            select(Person.name).where(Person.id_number == person.id_number, Person.deleted.is_(False))
        ).scalar_one_or_none()
        if clash is not None:
            raise ValidationError("id_number.duplicate", field="id_number", name=clash)
    person.deleted = False
    session.flush()
    return summarise(person, today(session))


@guarded("people.view")
def get_person(session: Session, person_id: str) -> PersonDetail:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person", person_id)
    day = today(session)
    guardian = aliased(Person)
    links = session.execute(
        select(Guardianship, guardian)
        .join(guardian, guardian.id == Guardianship.guardian_id)
        .where(Guardianship.child_id == person_id, Guardianship.deleted.is_(False))
        .order_by(Guardianship.is_primary.desc(), guardian.name)
    ).all()
    consents = session.execute(
        select(GuardianConsent)
        .where(GuardianConsent.child_id == person_id, GuardianConsent.deleted.is_(False))
        .order_by(GuardianConsent.given_on.desc())
    ).scalars()
    head_name = ""
    if person.household_head_id:
        head = session.get(Person, person.household_head_id)
        head_name = head.name if head else ""
    return PersonDetail(
        summary=summarise(person, day),
        data=PersonInput(
            name=person.name,
            roles=roles_of(person),
            gender=person.gender,
            birth_date=person.birth_date,
            id_number=person.id_number or "",
            phone=person.phone,
            community=person.community,
            street=person.street,
            building=person.building,
            unit=person.unit,
            room=person.room,
            household_head_id=person.household_head_id,
            tags=_split_tags(person.tags),
            alias=person.alias,
            emergency_contact=person.emergency_contact,
            emergency_phone=person.emergency_phone,
            notes=person.notes,
        ),
        guardians=tuple(
            GuardianLink(link.id, g.id, g.name, link.relation, mask_phone(g.phone), link.is_primary)
            for link, g in links
        ),
        consents=tuple(
            ConsentRecord(c.id, c.given_by, c.guardian_id, c.given_on, c.scope, c.withdrawn_on) for c in consents
        ),
        household_head_name=head_name,
    )


@guarded("id.full_view")
def reveal_id_number(session: Session, person_id: str) -> str:
    """The full ID number, for a user who asked to see it; the view goes to the audit log."""
    person = live_person(session, person_id)
    audit(session, "view_id_number", "person", person_id)
    return person.id_number or ""


def _volunteer_number_condition(text: str) -> ColumnElement[bool]:
    """People whose volunteer number holds the typed letters and digits (V00001 finds ZQ-DZ-009-V00001)."""
    numbers = select(Volunteer.person_id).where(
        Volunteer.deleted.is_(False), Volunteer.volunteer_number.contains(text.upper(), autoescape=True)
    )
    return Person.id.in_(numbers)


def _text_condition(text: str) -> ColumnElement[bool]:
    text = search_text(text)
    if text.isdigit():
        pattern = f"%{text}"
        return or_(
            Person.phone.like(pattern), Person.id_number.like(pattern.upper()), _volunteer_number_condition(text)
        )
    if text.isascii() and text.replace(" ", "").isalpha():
        key = text.replace(" ", "").lower()
        return or_(
            (literal(" ") + Person.name_initials).like(f"% {key}%"),
            (literal(" ") + Person.name_pinyin).like(f"% {key}%"),
        )
    if text.isascii() and text[:-1].isdigit() and text[-1] in "xX":
        return Person.id_number.like(f"%{text.upper()}")
    if text.isascii() and any(c.isdigit() for c in text):
        return _volunteer_number_condition(text)
    return or_(Person.name.contains(text, autoescape=True), Person.alias.contains(text, autoescape=True))


def _text_rank(text: str) -> ColumnElement[int] | None:
    """0 for the closest matches, 1 for the rest: typed letters that begin a name's usual reading
    ("wxy" finds 王秀英 before 方秀英, whose rare reading wang also matches), typed characters that
    begin the name ("王" finds 王 before 汪王)."""
    text = text.strip()
    if not text or text.isdigit() or (text.isascii() and not text.replace(" ", "").isalpha()):
        return None
    if text.isascii():
        key = text.replace(" ", "").lower()
        closest = or_(
            Person.name_initials.startswith(key, autoescape=True), Person.name_pinyin.startswith(key, autoescape=True)
        )
    else:
        closest = or_(Person.name.startswith(text, autoescape=True), Person.alias.startswith(text, autoescape=True))
    return case((closest, 0), else_=1)


def people_conditions(query: PeopleQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if not query.include_deleted:
        conditions.append(Person.deleted.is_(False))
    if query.text.strip():
        conditions.append(_text_condition(query.text))
    if query.role:
        column = _ROLE_COLUMNS.get(query.role)
        conditions.append(column.is_(True) if column is not None else false())
    if query.tag:
        conditions.append(Person.tags.contains(f"|{query.tag}|", autoescape=True))
    if query.community:
        conditions.append(Person.community == query.community)
    return conditions


@guarded("people.view")
def search_people(session: Session, query: PeopleQuery, offset: int = 0, limit: int = 200) -> list[PersonSummary]:
    """A page of people matching the query: the closest matches first, then by pinyin (张 near 章)."""
    rank = _text_rank(query.text)
    order = ([rank] if rank is not None else []) + [Person.name_pinyin, Person.id]
    rows = session.execute(
        select(Person).where(*people_conditions(query)).order_by(*order).offset(offset).limit(limit)
    ).scalars()
    day = today(session)
    return [summarise(p, day) for p in rows]


@guarded("people.view")
def count_people(session: Session, query: PeopleQuery) -> int:
    return _count_people(session, query)


def _count_people(session: Session, query: PeopleQuery) -> int:
    """Also the registry's counter, which the statistics verb guards: a count names nobody."""
    if query == PeopleQuery():  # everyone living: the table less its tombstones, as SQLite counts a
        # whole table from its pages (~0.01 ms) where a count of the living reads 100,000 entries (~7 ms)
        everyone = select(func.count()).select_from(Person).scalar_subquery()
        tombstones = select(func.count()).select_from(Person).where(Person.deleted.is_(True)).scalar_subquery()
        return session.execute(select(everyone - tombstones)).scalar_one()
    return session.execute(select(func.count()).select_from(Person).where(*people_conditions(query))).scalar_one()


@guarded("people.edit")
def add_guardian(
    session: Session, child_id: str, guardian_id: str, relation: str, is_primary: bool = False
) -> GuardianLink:
    child = live_person(session, child_id)
    if guardian_id == child_id:
        raise ValidationError("person.guardian_is_self", field="guardian_id")
    guardian = session.get(Person, guardian_id)
    if guardian is None or guardian.deleted:
        raise ValidationError("person.guardian_not_found", field="guardian_id")
    existing = (
        session.execute(
            select(Guardianship).where(Guardianship.child_id == child.id, Guardianship.guardian_id == guardian_id)
        )
        .scalars()
        .first()
    )
    if existing is None:
        existing = Guardianship(child_id=child.id, guardian_id=guardian_id)
        session.add(existing)
    existing.relation, existing.is_primary, existing.deleted = relation.strip() or "监护人", is_primary, False
    guardian.is_guardian = True
    session.flush()
    return GuardianLink(
        existing.id, guardian.id, guardian.name, existing.relation, mask_phone(guardian.phone), existing.is_primary
    )


@guarded("people.edit")
def remove_guardian(session: Session, link_id: str) -> None:
    link = live_row(session, Guardianship, link_id)
    link.deleted = True
    session.flush()


@guarded("people.edit")
def record_consent(
    session: Session, child_id: str, guardian_id: str | None, given_by: str, given_on: date, scope: str
) -> ConsentRecord:
    """Note a guardian's consent (PIPL art. 31); it must come from a recorded guardian."""
    live_person(session, child_id)
    guardians = set(
        session.execute(
            select(Guardianship.guardian_id).where(Guardianship.child_id == child_id, Guardianship.deleted.is_(False))
        ).scalars()
    )
    if not guardians:
        raise ValidationError("person.consent_needs_guardian", field="guardian_id")
    if guardian_id is not None and guardian_id not in guardians:
        raise ValidationError("person.guardian_not_found", field="guardian_id")
    if given_on > today(session):
        raise ValidationError("consent.date_future", field="given_on")
    consent = GuardianConsent(
        child_id=child_id,
        guardian_id=guardian_id,
        given_by=given_by.strip(),
        given_on=given_on,
        scope=scope.strip() or "基本信息及服务记录",
    )
    session.add(consent)
    session.flush()
    return ConsentRecord(consent.id, consent.given_by, consent.guardian_id, consent.given_on, consent.scope, None)


@guarded("people.edit")
def withdraw_consent(session: Session, consent_id: str, on: date) -> None:
    """The guardian withdraws consent from ``on``. Without another consent on record the child leaves
    every class that day (new enrolment is refused until consent is recorded again); the attendance
    kept so far stays as history."""
    from stationdesk.db.models.tutoring import Enrolment

    consent = live_row(session, GuardianConsent, consent_id)
    consent.withdrawn_on = on
    session.flush()
    if has_guardian_consent(session, consent.child_id):
        return
    open_enrolments = select(Enrolment).where(
        Enrolment.child_id == consent.child_id, Enrolment.deleted.is_(False), Enrolment.left_on.is_(None)
    )
    for enrolment in session.execute(open_enrolments).scalars():
        enrolment.left_on = max(on, enrolment.enrolled_on)
    audit(session, "consent.withdrawn", "person", consent.child_id, on.isoformat())
    session.flush()


@guarded("people.view")
def has_guardian_consent(session: Session, child_id: str) -> bool:
    return child_id in children_with_consent(session, [child_id])


@guarded("people.view")
def children_with_consent(session: Session, child_ids: list[str]) -> set[str]:
    """Of these children, those with a guardian's consent on record (not withdrawn, not deleted)."""
    if not child_ids:
        return set()
    return set(
        session.execute(
            select(GuardianConsent.child_id).where(
                GuardianConsent.child_id.in_(child_ids),
                GuardianConsent.deleted.is_(False),
                GuardianConsent.withdrawn_on.is_(None),
            )
        ).scalars()
    )


@counter("people", reads=("person",))
def _count_all(session: Session) -> int:
    return _count_people(session, PeopleQuery())


def _role_counter(role: str):
    return lambda session: _count_people(session, PeopleQuery(role=role))


def _role_lister(role: str | None):
    def list_role(session: Session, limit: int, text: str) -> list[dict]:
        return [json_ready(p) for p in search_people(session, PeopleQuery(text=text, role=role), limit=limit)]

    return list_role


for _kind, _role in (
    ("elders", "elder"),
    ("children", "child"),
    ("guardians", "guardian"),
    ("volunteers", "volunteer"),
):
    counter(_kind, reads=("person",))(_role_counter(_role))
    lister(_kind)(_role_lister(_role))
lister("people")(_role_lister(None))
