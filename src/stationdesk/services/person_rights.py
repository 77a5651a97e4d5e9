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
