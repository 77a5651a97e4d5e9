"""操作日志: the audit log read back — who exported, printed or saw a full ID number, and when.

The log is written by ``services.station.audit`` wherever a sensitive action happens (PIPL art. 51;
DESIGN.md, Privacy). Here it is listed newest first, a page at a time, with the person an entry is
about named as everywhere else outside their own page (children by alias).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import Person
from stationdesk.db.models.station import AuditEntry
from stationdesk.db.models.volunteers import Volunteer
from stationdesk.services.accounts import guarded
from stationdesk.services.audit_chain import ChainCheck, verify_chain
from stationdesk.services.people import display_name


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    action: str
    subject_kind: str
    subject: str  # the person's name (a child's alias), else the record's id
    detail: str
    actor: str = ""


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditRow]
    total: int


@guarded("audit.view")
def verify_audit_log(session: Session) -> ChainCheck:
    """Is the chain whole? Names the first entry that does not follow from the one before."""
    return verify_chain(session)


@guarded("audit.view")
def actions(session: Session) -> list[str]:
    """The actions the log holds, for the filter."""
    return list(session.execute(select(AuditEntry.action).distinct().order_by(AuditEntry.action)).scalars())


@guarded("audit.view")
def list_audit(session: Session, offset: int = 0, limit: int = 200, action: str = "") -> AuditPage:
    statement = select(AuditEntry)
    counted = select(func.count()).select_from(AuditEntry)
    if action:
        statement, counted = statement.where(AuditEntry.action == action), counted.where(AuditEntry.action == action)
    entries = session.execute(statement.order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)).scalars().all()
    names = _subject_names(session, entries)
    rows = [
        AuditRow(
            e.seq,
            e.at,
            e.action,
            e.subject_kind,
            names.get((e.subject_kind, e.subject_id), e.subject_id),
            e.detail,
            e.actor,
        )
        for e in entries
    ]
    return AuditPage(rows, session.execute(counted).scalar_one())


def _subject_names(session: Session, entries) -> dict[tuple[str, str], str]:
    """(kind, id) -> how to name it, for the entries about a person or a volunteer."""
    people = {e.subject_id for e in entries if e.subject_kind == "person" and e.subject_id}
    volunteers = {e.subject_id for e in entries if e.subject_kind == "volunteer" and e.subject_id}
    names: dict[tuple[str, str], str] = {}
    if people:
        for person in session.execute(select(Person).where(Person.id.in_(people))).scalars():
            names[("person", person.id)] = display_name(person)
    if volunteers:
        for volunteer_id, person in session.execute(
            select(Volunteer.id, Person)
            .join(Person, Person.id == Volunteer.person_id)
            .where(Volunteer.id.in_(volunteers))
        ):
            names[("volunteer", volunteer_id)] = display_name(person)
    return names


messages.register(
    {
        "audit.chain_broken": "操作日志已被改动：第 {seq} 条记录与前一条对不上（共 {count} 条）",
        "audit.chain_whole": "操作日志完整：{count} 条记录，链头 {head}…",
    }
)
