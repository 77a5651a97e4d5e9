"""A person's rights (PIPL arts. 44–47): 查阅复制, a copy of everything the station holds about one person
(JSON and a readable PDF), and 删除 by anonymisation.

The records are found through the foreign keys to ``person``: every synced table with a column that
references a person contributes the rows that name this one, so a record kind added later is in the
copy without code here. Local tables (accounts, the audit log) are not records about the person.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.base import synced_tables
from stationdesk.saved_file import save_atomically
from stationdesk.services.accounts import guarded
from stationdesk.services.people import live_person
from stationdesk.services.person_corrections import erase_corrections
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


COPY_WRITERS = (".json", ".pdf")


@guarded("export")
def export_person_copy(session: Session, person_id: str, *paths: str | os.PathLike) -> PersonCopy:
    """查阅复制 into each of ``paths``, a JSON file or a PDF by the name's suffix, each written atomically;
    the export goes to the audit log once, naming the files."""
    from stationdesk.errors import ValidationError

    for path in paths:
        if Path(path).suffix.lower() not in COPY_WRITERS:
            raise ValidationError("rights.copy_suffix", field="out", path=str(path))
    copy = person_copy(session, person_id)
    for path in paths:
        data = _copy_json(session, copy) if Path(path).suffix.lower() == ".json" else _copy_pdf(session, copy)
        save_atomically(path, lambda temporary, data=data: Path(temporary).write_bytes(data))
    names = ", ".join(Path(path).name for path in paths)
    audit(session, "export", "person", person_id, f"查阅复制 {copy.count} records -> {names}")
    return copy


def _copy_json(session: Session, copy: PersonCopy) -> bytes:
    station = current_station(session)
    document = {
        "station": {"code": station.code, "name": station.name},
        "made_on": today(session).isoformat(),
        "person_id": copy.person_id,
        "records": copy.records,
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def _copy_pdf(session: Session, copy: PersonCopy) -> bytes:
    from stationdesk.printing.person_copy import render_person_copy
    from stationdesk.printing.template import render_to_bytes

    station = current_station(session)
    on = today(session)
    name, sections = readable_copy(session, copy)
    return render_to_bytes(lambda out: render_person_copy(out, station.name, on, name, sections))


_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}T)?\d{2}:\d{2}(:\d{2})?")  # to the minute: 2026-06-01 09:00


def readable_copy(session: Session, copy: PersonCopy) -> tuple[str, list]:
    """The copy in the person's words: (their name, [(section title, [(record heading, [(label, value)])])]),
    sections in the order of ``person_copy_labels.KINDS``; empty fields and bookkeeping left out, a
    reference to another record shown by that record's name or date."""
    from stationdesk.services import person_copy_labels as words

    name_of = _ReferenceNames(session, copy.person_id)
    sections = []
    for table in sorted(copy.records, key=list(words.KINDS).index):
        title = words.section_title(table)
        records = []
        for number, row in enumerate(copy.records[table], start=1):
            lines = []
            for column, value in row.items():
                if column in words.LEFT_OUT or value in (None, "") or (column == "deleted" and not value):
                    continue
                if column in name_of.references(table):
                    if value == copy.person_id:
                        continue  # the person themself: the whole copy is about them
                    value = name_of(table, column, value)
                lines.append((words.column_label(table, column), _readable_value(column, value)))
            records.append((f"{title} 第 {number} 条", lines))
        sections.append((title, records))
    return name_of.person_name, sections


def _readable_value(column: str, value) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if column == "gender":
        return {"M": "男", "F": "女"}.get(value, value)
    if column == "tags":
        return "、".join(tag for tag in value.split("|") if tag)
    if isinstance(value, str) and _ISO_TIME.fullmatch(value[:19]):
        return value[:16].replace("T", " ") if "T" in value else value[:5]
    return str(value)


class _ReferenceNames:
    """Names of the records a row points at (another person, a class, a visit…), looked up once each."""

    def __init__(self, session: Session, person_id: str) -> None:
        from stationdesk.db.base import Base

        self.session = session
        self.tables = Base.metadata.tables
        self._references: dict[str, dict[str, str]] = {}
        self._names: dict[tuple[str, str], str] = {}
        self.person_name = self.name("person", person_id)

    def references(self, table: str) -> dict[str, str]:
        """Column -> the table it points at, for the columns of ``table`` that point at a record."""
        if table not in self._references:
            self._references[table] = {
                column.name: next(iter(column.foreign_keys)).column.table.name
                for column in self.tables[table].columns
                if column.foreign_keys
            }
        return self._references[table]

    def __call__(self, table: str, column: str, value: str) -> str:
        return self.name(self.references(table)[column], value)

    def name(self, target: str, record_id: str) -> str:
        from stationdesk.services import person_copy_labels as words

        if (target, record_id) not in self._names:
            target_table = self.tables[target]
            name_column = next((c for c in words.REFERENCE_NAMES if c in target_table.c), None)
            found = None
            if name_column is not None:
                found = self.session.execute(
                    select(target_table.c[name_column]).where(target_table.c.id == record_id)
                ).scalar_one_or_none()
            self._names[target, record_id] = (
                _readable_value(name_column, json_ready(found)) if found is not None else record_id
            )
        return self._names[target, record_id]


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
    held = person_copy(session, person_id)
    kept = held.count - 1 - len(held.records.get("person_correction", []))
    on = today(session)
    for enrolment in session.execute(
        select(Enrolment).where(Enrolment.child_id == person_id, Enrolment.left_on.is_(None))
    ).scalars():
        enrolment.left_on = max(on, enrolment.enrolled_on)
    erase_corrections(session, person_id)
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
                    "已删除：姓名、化名、身份证号、电话、住址（道路门牌、楼栋、单元、房号）、紧急联系人、备注，"
                    "以及更正记录中的原值和新值；"
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
        "rights.copy_suffix": "副本文件名应以 .pdf 或 .json 结尾：{path}",
        "rights.reason_required": "请填写删除原因（如：本人申请）",
        "rights.open_needs": "此人还有 {count} 项未完成的需求，删除后这些需求将不再有联系人。",
        "rights.open_classes": "此人还在 {count} 个辅导班中，删除后从今天起退班。",
    }
)
