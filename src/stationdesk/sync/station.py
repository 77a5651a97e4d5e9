"""The station's side of the sync: enrolment, export to the city, import of the city's bundle,
status, conflicts. Plain functions taking the session first, as every service."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, literal, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from stationdesk.config import DataFolder
from stationdesk.db import station_file
from stationdesk.db.backups import write_backup
from stationdesk.db.base import synced_tables, utcnow
from stationdesk.db.models.sync_local import SyncBundleSeen, SyncConflict, SyncEnrolment
from stationdesk.db.models.visit_basis import kept_in_one_pass
from stationdesk.db.stamping import (
    allocate_change_seqs,
    current_change_seq,
    load_clock,
    note_changed,
    save_clock,
    station_code,
)
from stationdesk.errors import BundleRejected, StationDeskError
from stationdesk.owner_only import open_owner_only, owner_only_folder
from stationdesk.services.audit_chain import head_for_bundle
from stationdesk.services.progress import Progress, report
from stationdesk.services.station import audit, current_station
from stationdesk.sync import crypto, notices, texts  # noqa: F401  (texts registers the messages)
from stationdesk.sync.bundle import SUFFIX, Resource, open_bundle, write_bundle
from stationdesk.sync.codec import TableCodec
from stationdesk.sync.merge import Receiver, apply_payload, check_payload, conflict_rows, differing_fields, report_dict
from stationdesk.sync.sqlite_rows import sqlite_json_lines

if TYPE_CHECKING:
    from stationdesk.db.database import Database

ENROLMENT_FORMAT = "stationdesk-enrolment"
EXPORT_CHUNK = 2000


@dataclass(frozen=True)
class EnrolmentSummary:
    city_code: str
    city_name: str
    city_fingerprints: dict
    station_fingerprints: dict


@dataclass(frozen=True)
class ExportSummary:
    path: str
    bundle_id: str
    since: int
    up_to: int
    counts: dict
    total: int


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    city_code: str
    city_name: str
    acked_seq: int
    current_seq: int
    waiting: dict  # table -> rows waiting to go
    last_export_at: datetime | None
    last_import_at: datetime | None
    open_conflicts: int
    city_fingerprints: dict
    station_fingerprints: dict


@dataclass(frozen=True)
class ConflictView:
    seq: int
    table_name: str
    row_id: str
    kind: str
    kept_writer: str
    kept_values: dict
    other_writer: str
    other_values: dict
    detected_at: datetime
    differences: tuple  # field names whose values differ
    decided_by: str = ""  # "" found by this station's import, else the city's code (it decided)


def _enrolment(session: Session) -> SyncEnrolment | None:
    return session.execute(select(SyncEnrolment)).scalars().first()


def _require_enrolment(session: Session) -> SyncEnrolment:
    row = _enrolment(session)
    if row is None:
        raise StationDeskError("sync.not_enrolled")
    return row


def _own_keys(folder: DataFolder) -> crypto.KeyPairs:
    return crypto.KeyPairs.load(folder.keys)


def read_enrolment_file(path: Path) -> dict:
    try:
        raw = Path(path).read_bytes()
    except OSError:
        raise StationDeskError("file.not_found", path=str(path)) from None
    if len(raw) > 64 * 1024:
        raise StationDeskError("sync.enrolment_invalid", reason="too large")
    try:
        data = json.loads(raw.decode("utf-8"))
        assert data["format"] == ENROLMENT_FORMAT and data["format_version"] == 1
        city, station = data["city"], data["station"]
        for value in (city["code"], city["name"], station["code"], station["name"], data["token"]):
            assert isinstance(value, str) and value
        crypto.unb64(city["signing_key"], 32)
        crypto.unb64(city["encryption_key"], 32)
    except (ValueError, KeyError, TypeError, AssertionError, BundleRejected):
        raise StationDeskError("sync.enrolment_invalid", reason="format") from None
    return data


def enroll(session: Session, folder: DataFolder, path: Path) -> EnrolmentSummary:
    """Pin the city's keys from an enrolment file and make this station's key pairs."""
    data = read_enrolment_file(path)
    me = current_station(session)
    existing = _enrolment(session)
    if existing is not None:
        raise StationDeskError("sync.already_enrolled", city=existing.city_name)
    if data["station"]["code"] != me.code:
        raise StationDeskError("sync.enrolment_other_station", station=data["station"]["code"], me=me.code)
    if crypto.KeyPairs.exists(folder.keys):
        keys = crypto.KeyPairs.load(folder.keys)
    else:
        keys = crypto.KeyPairs.generate()
        keys.save(folder.keys)
    city = data["city"]
    session.add(
        SyncEnrolment(
            city_code=city["code"],
            city_name=city["name"],
            city_signing_key=city["signing_key"],
            city_encryption_key=city["encryption_key"],
            token=data["token"],
            acked_seq=0,
            city_seq=0,
            last_export_up_to=0,
            last_export_sha256="",
        )
    )
    audit(session, "sync.enroll", detail=f"city {city['code']} {city['name']}")
    session.flush()
    return EnrolmentSummary(
        city["code"],
        city["name"],
        _city_keys(city["signing_key"], city["encryption_key"]).fingerprints(),
        keys.public.fingerprints(),
    )


def _city_keys(signing: str, encryption: str) -> crypto.PublicKeys:
    return crypto.PublicKeys(crypto.unb64(signing, 32), crypto.unb64(encryption, 32))


def _waiting(session: Session, code: str, since: int) -> dict[str, int]:
    """Rows changed here after ``since``, per synced table (tables with none left out), in the tables'
    order. One statement for all ~30 tables: the home page asks at every start, and a statement each
    cost more in SQLAlchemy than in SQLite."""
    tables = synced_tables()
    per_table = union_all(
        *(
            select(literal(table.name).label("name"), func.count().label("n"))
            .select_from(table)
            .where(table.c.change_seq > since, table.c.origin_station == code)
            for table in tables
        )
    )
    found = dict(session.execute(per_table).all())
    return {table.name: found[table.name] for table in tables if found[table.name]}


def status(session: Session, folder: DataFolder, unenrolled_waiting: bool = True) -> SyncStatus:
    """Where the sync stands. ``unenrolled_waiting=False``: a station not yet enrolled gets no
    waiting counts (the home page's line does not show them; on the demo they count every record,
    ~455,000 rows, ~20 ms)."""
    me = current_station(session)
    enrolment = _enrolment(session)
    open_conflicts = session.execute(
        select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    ).scalar_one()
    own = {}
    if crypto.KeyPairs.exists(folder.keys):
        try:
            own = _own_keys(folder).public.fingerprints()
        except StationDeskError:
            own = {}
    if enrolment is None:
        return SyncStatus(
            False,
            "",
            "",
            0,
            current_change_seq(session),
            _waiting(session, me.code, 0) if unenrolled_waiting else {},
            None,
            None,
            open_conflicts,
            {},
            own,
        )
    return SyncStatus(
        True,
        enrolment.city_code,
        enrolment.city_name,
        enrolment.acked_seq,
        current_change_seq(session),
        _waiting(session, me.code, enrolment.acked_seq),
        enrolment.last_export_at,
        enrolment.last_import_at,
        open_conflicts,
        _city_keys(enrolment.city_signing_key, enrolment.city_encryption_key).fingerprints(),
        own,
    )


def _resource(session: Session, table, code: str, since: int, raw_sqlite: bool = True) -> Resource:
    """One table's rows for the export: on SQLite as JSON lines written by SQLite itself."""
    codec = TableCodec(table)
    connection = session.connection()
    if raw_sqlite and connection.dialect.name == "sqlite":
        return Resource(
            codec.name,
            codec.schema(),
            sqlite_json_lines(
                connection, codec, "change_seq > ? AND origin_station = ?", (since, code), "change_seq", EXPORT_CHUNK
            ),
        )
    return Resource.of_rows(codec, _rows(session, table, code, since), EXPORT_CHUNK)


def _rows(session: Session, table, code: str, since: int):
    statement = (
        select(table).where(table.c.change_seq > since, table.c.origin_station == code).order_by(table.c.change_seq)
    )
    result = session.connection().execute(statement.execution_options(yield_per=EXPORT_CHUNK))
    for row in result:
        yield row._mapping


def export_bundle(
    session: Session,
    folder: DataFolder,
    target: Path,
    progress: Progress | None = None,
    before_publish: Callable[[], None] | None = None,
) -> ExportSummary:
    """Write everything changed since the sequence the city acknowledged, encrypted to the city.
    ``before_publish``: a check running beside the export that must pass before the bundle takes
    its name (``write_bundle``)."""
    enrolment = _require_enrolment(session)
    me = current_station(session)
    keys = _own_keys(folder)
    since = enrolment.acked_seq
    up_to = current_change_seq(session)
    target = Path(target)
    if target.is_dir():
        target = target / f"{me.code}-{datetime.now().strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
    waiting = _waiting(session, me.code, since)
    resources = [_resource(session, t, me.code, since) for t in synced_tables() if t.name in waiting]
    public = keys.public
    header = {
        "kind": "station-to-city",
        "from": {"role": "station", "code": me.code, "name": me.name},
        "to": {"role": "city", "code": enrolment.city_code, "name": enrolment.city_name},
        "sequence": {"since": since, "up_to": up_to, "acknowledged": enrolment.city_seq},
        "previous_bundle_sha256": enrolment.last_export_sha256 or None,
        "audit_head": head_for_bundle(session),
        "station_keys": {
            "signing": crypto.b64(public.signing),
            "encryption": crypto.b64(public.encryption),
            "enrolment_proof": crypto.enrolment_proof(enrolment.token, public),
        },
    }
    written = write_bundle(
        target,
        header,
        resources,
        keys,
        crypto.unb64(enrolment.city_encryption_key, 32),
        work_dir=folder.work,
        progress=progress,
        total=sum(waiting.values()),
        before_publish=before_publish,
    )
    enrolment.last_export_at = utcnow()
    enrolment.last_export_up_to = up_to
    enrolment.last_export_sha256 = written.file_sha256
    audit(
        session,
        "sync.export",
        subject_kind="bundle",
        subject_id=written.bundle_id,
        detail=json.dumps({"path": str(written.path), "counts": written.counts}, ensure_ascii=False),
    )
    return ExportSummary(
        str(written.path), written.bundle_id, since, up_to, written.counts, sum(written.counts.values())
    )


def export_beside_check(database: Database, target: Path, progress: Progress | None = None) -> ExportSummary:
    """``export_bundle`` in a transaction of ``database``, opened without its whole-file
    ``quick_check`` (``Database.open(check_integrity=False)``): the check runs on a thread of its own
    beside the export (SQLite releases the GIL, and the payload leaves most of the second core free)
    and must pass before the bundle takes its name; a damaged station file leaves no bundle and no
    record of an export."""
    with ThreadPoolExecutor(1, thread_name_prefix="quick-check") as threads:
        checked = threads.submit(station_file.verify_integrity, database.folder)
        with database.transaction() as session:
            return export_bundle(session, database.folder, target, progress, before_publish=checked.result)


class _StationReceiver(Receiver):
    def __init__(self, session: Session, acknowledged: int, city_code: str) -> None:
        self.session = session
        self.code = station_code(session)
        self.city_code = city_code
        self.acknowledged = acknowledged
        self._tables = {t.name: t for t in synced_tables()}
        self._codecs = {name: TableCodec(t) for name, t in self._tables.items()}

    def table(self, name):
        return self._tables.get(name)

    def codec(self, name):
        return self._codecs.get(name)

    def order(self):
        return list(self._tables)

    def side_resources(self) -> frozenset[str]:
        return frozenset({notices.NAME})

    def changed_here(self, local) -> bool:
        # Rows that came from the city carry change_seq 0; a local edit takes a fresh number.
        return local["change_seq"] > self.acknowledged

    def local_writer(self, local) -> str:
        return self.code if local["change_seq"] > 0 else self.city_code

    stamp_columns = ("change_seq",)

    def stamp(self, connection, count) -> list[tuple]:
        return [(0,)] * count  # rows from the city: not changed here

    def restamp(self, connection, table, row_id, above) -> None:
        clock = load_clock(self.session)
        clock.observe(above)
        connection.execute(
            update(table)
            .where(table.c.id == row_id)
            .values(version=clock.tick(), change_seq=allocate_change_seqs(self.session, 1))
        )
        save_clock(self.session, clock)


def _save_report(folder: DataFolder, report_data: dict) -> Path:
    name = f"import-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}-{report_data.get('bundle_id') or 'unknown'}.json"
    path = owner_only_folder(folder.reports) / name
    with open_owner_only(path, "w") as handle:
        json.dump(report_data, handle, ensure_ascii=False, indent=2, default=str)
    return path


def import_bundle(
    session: Session, folder: DataFolder, path: Path, dry_run: bool = False, progress: Progress | None = None
) -> dict:
    """Check the city's bundle completely, then apply it in this transaction. Returns the report
    (also saved in the data folder). A refusal raises ``BundleRejected`` and writes nothing."""
    try:
        result = _import(session, folder, Path(path), dry_run, progress)
    except BundleRejected as error:
        from stationdesk.messages import message_for

        _save_report(
            folder,
            {"file": str(path), "status": "refused", "refused": {"code": error.code, "message": message_for(error)}},
        )
        raise
    result["report_file"] = str(_save_report(folder, result))
    return result


def _import(session: Session, folder: DataFolder, path: Path, dry_run: bool, progress: Progress | None) -> dict:
    enrolment = _require_enrolment(session)
    me = current_station(session)
    raw = open_bundle(path)
    header = raw.header
    if header["kind"] != "city-to-station":
        raise BundleRejected("bundle.wrong_kind", kind=header["kind"])
    if header["from"]["code"] != enrolment.city_code:
        raise BundleRejected("bundle.unknown_signer", signer=header["from"]["code"])
    raw.verify(crypto.unb64(enrolment.city_signing_key, 32))
    if header["to"]["code"] != me.code:
        raise BundleRejected("bundle.wrong_recipient", to=header["to"]["code"], me=me.code)
    seen = session.get(SyncBundleSeen, header["bundle_id"])
    if seen is not None:
        if seen.header_sha256 != raw.header_sha256:
            raise BundleRejected("bundle.id_reused", bundle_id=header["bundle_id"])
        raw.decrypt(_own_keys(folder), work_dir=folder.work).close()  # a changed payload is still refused
        return report_dict(header, "already_imported", None, file=str(path))
    sequence = header["sequence"]
    if sequence["since"] > enrolment.city_seq:
        raise BundleRejected("bundle.gap", since=sequence["since"], have=enrolment.city_seq)
    with raw.decrypt(_own_keys(folder), work_dir=folder.work) as payload:
        receiver = _StationReceiver(
            session, min(sequence["acknowledged"], enrolment.last_export_up_to), enrolment.city_code
        )
        total = check_payload(payload, receiver, progress)
        city_decided = notices.read(payload, enrolment.city_code)
        added = 0
        if sequence["up_to"] <= enrolment.city_seq and sequence["up_to"] > 0:
            status_word, result = "covered", None
            # the records are older than what is here, but the city's conflicts may be new: a city
            # whose counter has not moved since sends only "covered" bundles
            if not dry_run:
                added = notices.store(session, city_decided, enrolment.city_code, header["bundle_id"])
        else:
            status_word = "dry_run" if dry_run else "applied"
            if not dry_run:
                write_backup(folder.database, folder.backups, "before-import")
            savepoint = session.begin_nested()
            connection = session.connection()
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            session.info["keep_versions"] = True
            try:
                with kept_in_one_pass(connection):
                    result = apply_payload(connection, payload, receiver, enrolment.city_code, progress, total)
                _record_conflicts(session, result, header["bundle_id"])
                added = notices.store(session, city_decided, enrolment.city_code, header["bundle_id"])
            except IntegrityError as error:
                savepoint.rollback()
                raise BundleRejected("bundle.unique_clash", detail=str(error.orig)[:120]) from None
            except BaseException:
                savepoint.rollback()
                raise
            if dry_run:
                savepoint.rollback()
            else:
                savepoint.commit()
        report_data = report_dict(header, status_word, result, file=str(path))
        if added:
            report_data["city_conflicts"] = added
    if dry_run:
        return report_data
    if result is not None:
        if result.max_version:
            clock = load_clock(session)
            clock.observe(result.max_version)
            save_clock(session, clock)
        note_changed(session, *result.tables)
    enrolment.city_seq = max(enrolment.city_seq, sequence["up_to"])
    enrolment.acked_seq = max(enrolment.acked_seq, min(sequence["acknowledged"], enrolment.last_export_up_to))
    enrolment.last_import_at = utcnow()
    session.add(
        SyncBundleSeen(
            bundle_id=header["bundle_id"],
            header_sha256=raw.header_sha256,
            status=status_word,
            report=json.dumps(report_data, ensure_ascii=False, default=str),
        )
    )
    audit(session, "sync.import", subject_kind="bundle", subject_id=header["bundle_id"], detail=str(path))
    session.flush()
    report(progress, 1, 1)
    return report_data


def _record_conflicts(session: Session, result, bundle_id: str) -> None:
    rows = list(conflict_rows(result, bundle_id))
    if rows:
        session.execute(insert(SyncConflict), rows)
        note_changed(session, "sync_conflict")


def list_conflicts(session: Session, include_resolved: bool = False, limit: int = 500) -> list[ConflictView]:
    statement = select(SyncConflict).order_by(SyncConflict.seq.desc()).limit(limit)
    if not include_resolved:
        statement = statement.where(SyncConflict.resolved_at.is_(None))
    out = []
    for row in session.execute(statement).scalars():
        kept, other = json.loads(row.kept_values), json.loads(row.other_values)
        differences = tuple(differing_fields(kept, other))
        out.append(
            ConflictView(
                row.seq,
                row.table_name,
                row.row_id,
                row.kind,
                row.kept_writer,
                kept,
                row.other_writer,
                other,
                row.detected_at,
                differences,
                row.decided_by,
            )
        )
    return out


def resolve_conflict(session: Session, seq: int, take_other: bool) -> None:
    """Close a conflict; with ``take_other`` the other values become the record's values again, as
    a new local edit (new version, travels to the city with the next export)."""
    row = session.get(SyncConflict, seq)
    if row is None or row.resolved_at is not None:
        raise StationDeskError("sync.conflict_not_found")
    if take_other:
        table = next((t for t in synced_tables() if t.name == row.table_name), None)
        if table is None:
            raise StationDeskError("sync.conflict_not_found")
        codec = TableCodec(table)
        other = json.loads(row.other_values)
        values = codec.decode_row(codec.reader([f.schema() for f in codec.fields if f.name in other])(other))
        keep = {
            k: v for k, v in values.items() if k not in ("id", "origin_station", "created_at", "version", "updated_at")
        }
        clock = load_clock(session)
        clock.observe(max(row.kept_version, row.other_version))
        keep.update(version=clock.tick(), updated_at=utcnow(), change_seq=allocate_change_seqs(session, 1))
        save_clock(session, clock)
        session.execute(update(table).where(table.c.id == row.row_id).values(**keep))
        note_changed(session, table.name)
    row.resolved_at = utcnow()
    row.resolution = "took_other" if take_other else "kept"
    note_changed(session, "sync_conflict")
    audit(session, "sync.resolve_conflict", subject_kind=row.table_name, subject_id=row.row_id, detail=row.resolution)


def list_reports(folder: DataFolder, limit: int = 20) -> list[dict]:
    if not folder.reports.exists():
        return []
    files = sorted(folder.reports.glob("import-*.json"), key=os.path.getmtime, reverse=True)[:limit]
    out = []
    for file in files:
        try:
            out.append(json.loads(file.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return out


@dataclass(frozen=True)
class SyncOverview:
    """Everything the 数据同步 page shows, in one call."""

    status: SyncStatus
    conflicts: list
    last_report: dict | None


def overview(session: Session, folder: DataFolder) -> SyncOverview:
    reports = list_reports(folder, limit=1)
    return SyncOverview(status(session, folder), list_conflicts(session), reports[0] if reports else None)
