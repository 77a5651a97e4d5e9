"""Conflicts the city decided, sent back to the station they concern (docs/bundle-format.md, 6.1).

When a station's bundle meets a record the city changed too, the hub decides (the later version,
an edit over a delete) and keeps the losing values in ``hub_conflict``. The station would only see
the winner arrive. So every city-to-station bundle carries the station's conflicts as a resource
named ``conflicts``; the station checks them with the rest of the bundle and adds the ones it has
not seen to its own conflict list, marked as decided by the city, where a person can keep the
value or take the other one (which then travels as a new edit). The resource is cumulative, like
the records: a lost bundle costs nothing, and a notice seen before is not added again. Once a person
at the city has settled a conflict, its notice says how, and the station closes its copy if it is
still open (the city's own change, if any, arrives with the records).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.db.base import synced_tables, utcnow
from stationdesk.db.models.sync_local import SyncConflict
from stationdesk.db.stamping import note_changed
from stationdesk.domain.clock import parse_version
from stationdesk.errors import BundleRejected
from stationdesk.sync.bundle import Payload, Resource
from stationdesk.sync.codec import BadValue, TableCodec, decode_utc_datetime, encode_utc_datetime

NAME = "conflicts"
KINDS = ("both_edited", "edit_vs_delete")
CITY_RESOLUTIONS = ("", "kept", "took_other")  # "": still open at the city
_UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
FIELDS = [
    {"name": "id", "type": "string", "constraints": {"required": True, "pattern": "^[A-Za-z0-9-]{2,32}:[0-9]+$"}},
    {"name": "table", "type": "string", "constraints": {"required": True}},
    {"name": "row_id", "type": "string", "constraints": {"required": True, "pattern": _UUID_PATTERN}},
    {"name": "kind", "type": "string", "constraints": {"required": True, "enum": list(KINDS)}},
    {"name": "kept_writer", "type": "string", "constraints": {"required": True}},
    {"name": "kept_version", "type": "string", "constraints": {"required": True}},
    {"name": "kept_values", "type": "object", "constraints": {"required": True}},
    {"name": "other_writer", "type": "string", "constraints": {"required": True}},
    {"name": "other_version", "type": "string", "constraints": {"required": True}},
    {"name": "other_values", "type": "object", "constraints": {"required": True}},
    {"name": "detected_at", "type": "datetime", "constraints": {"required": True}},
    {"name": "resolution", "type": "string", "constraints": {"required": True, "enum": list(CITY_RESOLUTIONS)}},
]
SCHEMA = {"fields": FIELDS, "primaryKey": "id"}
_KEYS = frozenset(f["name"] for f in FIELDS)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{1,31}")
_UUID = re.compile(_UUID_PATTERN[1:-1])
_MAX_VALUES = 500  # fields in one record's values, far above any synced table


def resource(conflicts: Iterable, city_code: str) -> Resource:
    """The ``conflicts`` resource from rows of the hub's ``hub_conflict`` table."""

    def lines() -> Iterator[tuple[bytes, int]]:
        batch = [
            orjson.dumps(
                {
                    "id": f"{city_code}:{c.seq}",
                    "table": c.table_name,
                    "row_id": c.row_id,
                    "kind": c.kind,
                    "kept_writer": c.kept_writer,
                    "kept_version": c.kept_version,
                    "kept_values": json.loads(c.kept_values),
                    "other_writer": c.other_writer,
                    "other_version": c.other_version,
                    "other_values": json.loads(c.other_values),
                    "detected_at": encode_utc_datetime(c.detected_at),
                    "resolution": c.resolution or "",
                },
                option=orjson.OPT_APPEND_NEWLINE,
            )
            for c in conflicts
        ]
        if batch:
            yield b"".join(batch), len(batch)

    return Resource(NAME, SCHEMA, lines())


def read(payload: Payload, city_code: str) -> list[dict]:
    """Check every notice of the bundle (before anything is written); [] when it carries none."""
    if NAME not in payload.resources:
        return []
    declared = payload.resources[NAME].fields
    if not isinstance(declared, list) or [(f.get("name"), f.get("type")) for f in declared if isinstance(f, dict)] != [
        (f["name"], f["type"]) for f in FIELDS
    ]:
        raise BundleRejected("bundle.schema", table=NAME, detail="fields")
    codecs = {t.name: TableCodec(t) for t in synced_tables()}
    prefix = f"{city_code}:"
    out = []
    for row in payload.lines(NAME):
        if not isinstance(row, dict) or row.keys() != _KEYS:
            raise BundleRejected("bundle.row_invalid", table=NAME, detail="fields")
        bad = _first_bad_field(row, codecs, prefix)
        if bad:
            raise BundleRejected("bundle.row_invalid", table=NAME, detail=bad)
        out.append(row)
    return out


def _first_bad_field(row: dict, codecs: dict[str, TableCodec], prefix: str) -> str | None:
    notice_id = row["id"]
    if not (
        isinstance(notice_id, str)
        and notice_id.startswith(prefix)
        and notice_id[len(prefix) :].isdigit()
        and notice_id[len(prefix) :].isascii()
        and len(notice_id) <= 48
    ):
        return "id"
    codec = codecs.get(row["table"]) if isinstance(row["table"], str) else None
    if codec is None:
        return "table"
    if not isinstance(row["row_id"], str) or not _UUID.fullmatch(row["row_id"]):
        return "row_id"
    if row["kind"] not in KINDS:
        return "kind"
    for side in ("kept", "other"):
        if not isinstance(row[f"{side}_writer"], str) or not _CODE.fullmatch(row[f"{side}_writer"]):
            return f"{side}_writer"
        try:
            parse_version(row[f"{side}_version"])
        except (ValueError, TypeError, AttributeError):
            return f"{side}_version"
        values = row[f"{side}_values"]
        if not isinstance(values, dict) or len(values) > _MAX_VALUES or not _is_record(codec, values):
            return f"{side}_values"
    try:
        decode_utc_datetime(row["detected_at"])
    except BadValue:
        return "detected_at"
    if row["resolution"] not in CITY_RESOLUTIONS:
        return "resolution"
    return None


def _is_record(codec: TableCodec, values: dict) -> bool:
    """Are the values a record of the table in bundle form (what "take the other value" applies)?"""
    try:
        codec.reader([codec.by_name[name].schema() for name in values if name in codec.by_name])(dict(values))
    except BundleRejected:
        return False
    return True


def store(session: Session, notices: list[dict], city_code: str, bundle_id: str) -> int:
    """Add the notices this station has not seen yet to its conflict list, and close the open ones
    the city has settled since; returns how many open ones were added."""
    if not notices:
        return 0
    known = {
        c.remote_id: c
        for c in session.execute(select(SyncConflict).where(SyncConflict.decided_by == city_code)).scalars()
    }
    added = changed = 0
    for notice in notices:
        settled = f"city_{notice['resolution']}" if notice["resolution"] else ""
        mine = known.get(notice["id"])
        if mine is None:
            mine = known[notice["id"]] = SyncConflict(
                table_name=notice["table"],
                row_id=notice["row_id"],
                kind=notice["kind"],
                kept_writer=notice["kept_writer"],
                kept_version=notice["kept_version"],
                kept_values=json.dumps(notice["kept_values"], ensure_ascii=False),
                other_writer=notice["other_writer"],
                other_version=notice["other_version"],
                other_values=json.dumps(notice["other_values"], ensure_ascii=False),
                bundle_id=bundle_id,
                detected_at=decode_utc_datetime(notice["detected_at"]),
                decided_by=city_code,
                remote_id=notice["id"],
            )
            session.add(mine)
            added += not settled
            changed += 1
        if settled and mine.resolved_at is None:
            mine.resolved_at, mine.resolution = utcnow(), settled
            changed += 1
    if changed:
        session.flush()
        note_changed(session, "sync_conflict")
    return added
