"""A person's rights (PIPL arts. 44–45): 查阅复制, a copy of everything the station holds about one person.

The records are found through the foreign keys to ``person``: every synced table with a column that
references a person contributes the rows that name this one, so a record kind added later is in the
copy without code here. Local tables (accounts, the audit log) are not records about the person.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.base import synced_tables
from stationdesk.saved_file import save_atomically
from stationdesk.services.accounts import guarded
from stationdesk.services.people import live_person
from stationdesk.services.registry import json_ready
from stationdesk.services.station import audit, current_station, today


def _person_references(table) -> list:
    return [column for column in table.columns for fk in column.foreign_keys if fk.column.table.name == "person"]


@dataclass(frozen=True)
class PersonCopy:
    person_id: str
    records: dict  # table name -> list of rows (column -> value), the person's own row under "person"

    @property
    def count(self) -> int:
        return sum(len(rows) for rows in self.records.values())


def person_copy(session: Session, person_id: str) -> PersonCopy:
    """Every record that names this person, table by table (deleted ones included: they are still held)."""
    live_person(session, person_id)
    records: dict[str, list] = {}
    for table in synced_tables():
        columns = [table.c.id] if table.name == "person" else _person_references(table)
        if not columns:
            continue
        condition = columns[0] == person_id
        for column in columns[1:]:
            condition = condition | (column == person_id)
        rows = [dict(row._mapping) for row in session.execute(select(table).where(condition))]
        if rows:
            records[table.name] = json_ready(rows)
    return PersonCopy(person_id, records)


@guarded("export")
def export_person_copy(session: Session, person_id: str, path: str | os.PathLike) -> PersonCopy:
    """查阅复制 as a JSON file, written atomically; the export goes to the audit log."""
    copy = person_copy(session, person_id)
    station = current_station(session)
    document = {
        "station": {"code": station.code, "name": station.name},
        "made_on": today(session).isoformat(),
        "person_id": person_id,
        "records": copy.records,
    }
    data = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    save_atomically(path, lambda temporary: Path(temporary).write_bytes(data))
    audit(session, "export", "person", person_id, f"查阅复制 {copy.count} records -> {Path(path).name}")
    return copy


# -- 删除: anonymisation (PIPL art. 47) ------------------------------------------------------------------

ERASED_NAME = "已删除"


@dataclass(frozen=True)
class ErasureReceipt:
    person_id: str
    erased_on: str
    reason: str
    records_kept: int  # service records kept without identity, for the statistics
    pdf: bytes


@guarded("people.erase")
def erase_person(session: Session, person_id: str, reason: str, confirmed: bool = False) -> ErasureReceipt:
    """Erase a person's personal fields on request: name, ID number, phone, address, alias, contacts,
    notes; the birth date keeps its year and the gender stays, so the service records that feed the
    statistics remain, without identity. The change travels to the city in the next bundle like any
    edit, and the hub's copy is overwritten the same way. Open needs or classes ask first."""
    from stationdesk.db.models.lists import Need
    from stationdesk.db.models.tutoring import Enrolment
    from stationdesk.domain.needs import OPEN_STATES
    from stationdesk.errors import NeedsConfirmation, ValidationError

    if not (reason or "").strip():
        raise ValidationError("rights.reason_required", field="reason")
    person = live_person(session, person_id)
    if not confirmed:
        open_needs = session.execute(
            select(Need.id).where(Need.person_id == person_id, Need.deleted.is_(False), Need.state.in_(OPEN_STATES))
        ).all()
        classes = session.execute(
            select(Enrolment.id).where(
                Enrolment.child_id == person_id, Enrolment.deleted.is_(False), Enrolment.left_on.is_(None)
            )
        ).all()
        warnings = []
        if open_needs:
            warnings.append(ValidationError("rights.open_needs", count=len(open_needs)))
        if classes:
            warnings.append(ValidationError("rights.open_classes", count=len(classes)))
        if warnings:
            raise NeedsConfirmation(warnings)
    kept = person_copy(session, person_id).count - 1
    on = today(session)
    for enrolment in session.execute(
        select(Enrolment).where(Enrolment.child_id == person_id, Enrolment.left_on.is_(None))
    ).scalars():
        enrolment.left_on = max(on, enrolment.enrolled_on)
    person.name, person.alias, person.id_number, person.phone = ERASED_NAME, "", None, ""
    person.street = person.building = person.unit = person.room = ""
    person.emergency_contact = person.emergency_phone = person.notes = ""
    person.name_pinyin = person.name_initials = ""
    person.household_head_id = None
    if person.birth_date is not None:
        person.birth_date = person.birth_date.replace(month=1, day=1)
    audit(session, "person.erased", "person", person_id, reason.strip()[:200])
    session.flush()
    return ErasureReceipt(person_id, on.isoformat(), reason.strip(), kept, _receipt_pdf(session, on, reason, kept))


def _receipt_pdf(session: Session, on, reason: str, kept: int) -> bytes:
    """删除回执 for the requester: what was erased, when, why, and what stays without identity."""
    from stationdesk.printing.template import StationDocument, render_to_bytes

    station = current_station(session)

    def build(out) -> None:
        doc = StationDocument(out, "个人信息删除回执", station.name, on)
        doc.build(
            [
                doc.title_block(),
                doc.paragraph(f"{station.name}已于 {on:%Y年%m月%d日} 按您的要求删除您的个人信息。"),
                doc.paragraph(f"删除原因：{reason.strip()}"),
                doc.paragraph(
                    "已删除：姓名、化名、身份证号、电话、住址（道路门牌、楼栋、单元、房号）、紧急联系人、备注；"
                    "出生日期只保留年份。"
                ),
                doc.paragraph(
                    f"为统计需要保留、但已不能识别到您的服务记录：{kept} 条。"
                    "本站下一次与市级平台同步时，市级平台上的副本也将同样删除。"
                ),
                doc.paragraph("依据：《中华人民共和国个人信息保护法》第四十七条。", "small"),
            ]
        )

    return render_to_bytes(build)


messages.register(
    {
        "rights.reason_required": "请填写删除原因（如：本人申请）",
        "rights.open_needs": "此人还有 {count} 项未完成的需求，删除后这些需求将不再有联系人。",
        "rights.open_classes": "此人还在 {count} 个辅导班中，删除后从今天起退班。",
    }
)
