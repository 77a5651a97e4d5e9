"""The city hub: one database (SQLite file or PostgreSQL) holding every station's records.

The same code runs on both: SQLAlchemy Core statements, chunked, no dialect-specific SQL.
Keys: the hub's two private keys live in a folder beside a SQLite database (``<db>.keys``) or in
the folder given with ``--keys`` (required for PostgreSQL; env ``STATIONDESK_CITY_KEYS``).
"""

from __future__ import annotations

import json
import os
import re
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, insert, inspect, select, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError

from stationdesk.db.backups import write_backup
from stationdesk.db.base import utcnow
from stationdesk.domain.clock import HybridClock
from stationdesk.errors import BundleRejected, StationDeskError
from stationdesk.owner_only import create_empty, open_owner_only, owner_only_folder, protect
from stationdesk.services.progress import Progress
from stationdesk.sync import crypto, notices, pg_merge, sqlite_merge, texts  # noqa: F401
from stationdesk.sync.bundle import SUFFIX, Resource, open_bundle, write_bundle
from stationdesk.sync.codec import BadValue, TableCodec, column_default
from stationdesk.sync.hub_models import (
    WRITTEN_BY,
    canonical_tables,
    data_tables,
    hub_audit_head,
    hub_bundle,
    hub_conflict,
    hub_counter,
    hub_info,
    hub_metadata,
    hub_station,
)
from stationdesk.sync.merge import Receiver, check_payload, conflict_rows, differing_fields, report_dict
from stationdesk.working_files import remove_leftovers

ENV_KEYS = "STATIONDESK_CITY_KEYS"
ENV_DB = "STATIONDESK_CITY_DB"
EXPORT_CHUNK = 2000
# a hub file grows to millions of rows: this much page cache keeps random-UUID index inserts fast (a
# smaller one cost 6–10 % more CPU importing into a 1,000,000-record hub); memory is bounded by it
PAGE_CACHE_MIB = 64
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")


def resolve_url(text: str) -> str:
    """A SQLAlchemy URL from a SQLite path, ``sqlite:///...`` or ``postgresql://...``."""
    text = (text or "").strip()
    if not text:
        raise StationDeskError("city.db_needed")
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    if text.startswith(("postgresql://", "postgres://")):
        text = "postgresql+psycopg://" + text.split("://", 1)[1]
    try:
        make_url(text)
    except ArgumentError:
        raise StationDeskError("city.bad_url", url=text) from None
    return text


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def default_keys_dir(url: str, explicit: str | os.PathLike | None = None) -> Path:
    chosen = explicit or os.environ.get(ENV_KEYS)
    if chosen:
        return Path(chosen).expanduser().resolve()
    if _is_sqlite(url):
        database = make_url(url).database
        return Path(f"{database}.keys")
    raise StationDeskError("city.keys_needed")


def beside_keys(keys_dir: Path, suffix: str) -> Path:
    """The hub's other folders sit beside its keys: ``hub.sqlite3.keys`` -> ``hub.sqlite3.reports``."""
    return keys_dir.with_name(keys_dir.name.removesuffix(".keys") + suffix)


def log_folder(db: str | None, keys: str | None) -> Path | None:
    """Where the hub's log goes (``<hub>.logs``), or None while the hub's address is not known."""
    try:
        keys_dir = default_keys_dir(resolve_url(db or os.environ.get(ENV_DB, "")), keys)
    except StationDeskError:
        return None
    return beside_keys(keys_dir, ".logs") if keys_dir.parent.is_dir() else None  # a mistyped path makes no folder


def _engine(url: str) -> Engine:
    if _is_sqlite(url):
        from stationdesk.db.database import make_sqlite_engine

        engine = make_sqlite_engine(Path(make_url(url).database))
        pragma = f"PRAGMA cache_size = -{PAGE_CACHE_MIB * 1024}"  # negative: KiB, not pages
        event.listen(engine, "connect", lambda dbapi, _record: dbapi.execute(pragma))
        return engine
    try:
        return create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True)
    except ModuleNotFoundError as error:  # the driver comes with the "postgres" extra only
        raise StationDeskError("city.needs_driver", module=error.name or "psycopg") from None


@contextmanager
def _guarded(engine: Engine):
    """Dispose of the engine when setting up fails; an unreachable server is a user's problem."""
    try:
        yield
    except OperationalError as error:
        engine.dispose()
        raise StationDeskError("city.db_unreachable", reason=str(error.orig).strip()[:200]) from None
    except BaseException:
        engine.dispose()
        raise


def masked_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


@dataclass(frozen=True)
class StationRow:
    code: str
    name: str
    active: bool
    enrolled_at: datetime | None
    last_bundle_id: str | None
    last_bundle_at: datetime | None
    received_up_to: int
    acked_hub_seq: int
    last_export_at: datetime | None
    fingerprints: dict


class _HubReceiver(Receiver):
    def __init__(self, hub: Hub, connection: Connection, sender: str, acknowledged: int) -> None:
        self.hub, self.connection = hub, connection
        self.code = hub.code
        self.sender, self.acknowledged = sender, acknowledged
        self._codecs = {name: TableCodec(t) for name, t in canonical_tables().items()}

    def table(self, name):
        return data_tables().get(name)

    def codec(self, name):
        return self._codecs.get(name)

    def order(self):
        return list(data_tables())

    def changed_here(self, local) -> bool:
        return local[WRITTEN_BY] != self.sender and local["change_seq"] > self.acknowledged

    def local_writer(self, local) -> str:
        return local[WRITTEN_BY]

    stamp_columns = ("change_seq", WRITTEN_BY)

    def stamp(self, connection, count) -> list[tuple]:
        first = self.hub.allocate(connection, count)
        return [(first + offset, self.sender) for offset in range(count)]

    def restamp(self, connection, table, row_id, above) -> None:
        clock = self.hub._clock(connection)
        clock.observe(above)
        connection.execute(
            update(table)
            .where(table.c.id == row_id)
            .values(version=clock.tick(), change_seq=self.hub.allocate(connection, 1), **{WRITTEN_BY: self.code})
        )
        self.hub._save_clock(connection, clock)

    def allowed_origin(self, origin: str) -> bool:
        return origin == self.sender


class Hub:
    def __init__(self, url: str, engine: Engine, keys_dir: Path, keys: crypto.KeyPairs, code: str, name: str) -> None:
        self.url, self.engine, self.keys_dir, self.keys = url, engine, keys_dir, keys
        self.code, self.name = code, name

    # ------------------------------------------------------------------ setup

    @classmethod
    def init(cls, db: str | None, name: str, code: str = "CITY", keys: str | None = None) -> Hub:
        url = resolve_url(db or os.environ.get(ENV_DB, ""))
        name, code = (name or "").strip(), (code or "").strip()
        if not name:
            raise StationDeskError("station.name_required")
        if not _CODE.fullmatch(code):
            raise StationDeskError("station.code_format", value=code)
        keys_dir = default_keys_dir(url, keys)
        if _is_sqlite(url):
            database = Path(make_url(url).database)
            database.parent.mkdir(parents=True, exist_ok=True)
            if not database.exists():
                create_empty(database)
        engine = _engine(url)
        with _guarded(engine), engine.begin() as connection:
            hub_metadata.create_all(connection, tables=[hub_info])
            if connection.execute(select(hub_info.c.value).where(hub_info.c.key == "code")).first():
                raise StationDeskError("city.exists", url=masked_url(url))
            if crypto.KeyPairs.exists(keys_dir):
                raise StationDeskError("city.exists", url=str(keys_dir))
            _create_tables(connection)
            pairs = crypto.KeyPairs.generate()
            public = pairs.public
            connection.execute(
                insert(hub_info),
                [
                    {"key": "code", "value": code},
                    {"key": "name", "value": name},
                    {"key": "signing_key", "value": crypto.b64(public.signing)},
                    {"key": "encryption_key", "value": crypto.b64(public.encryption)},
                    {"key": "created_at", "value": utcnow().isoformat()},
                ],
            )
            pairs.save(keys_dir)
        return cls(url, engine, keys_dir, pairs, code, name)

    @classmethod
    def open(cls, db: str | None = None, keys: str | None = None) -> Hub:
        url = resolve_url(db or os.environ.get(ENV_DB, ""))
        if _is_sqlite(url) and not Path(make_url(url).database).exists():
            raise StationDeskError("city.not_initialised", url=masked_url(url))
        keys_dir = default_keys_dir(url, keys)
        engine = _engine(url)
        with _guarded(engine), engine.begin() as connection:
            if not inspect(connection).has_table("hub_info"):
                raise StationDeskError("city.not_initialised", url=masked_url(url))
            info = dict(connection.execute(select(hub_info.c.key, hub_info.c.value)).all())
            if "code" not in info:
                raise StationDeskError("city.not_initialised", url=masked_url(url))
            _create_tables(connection)
        pairs = crypto.KeyPairs.load(keys_dir)
        if (
            crypto.b64(pairs.public.signing) != info["signing_key"]
            or crypto.b64(pairs.public.encryption) != info["encryption_key"]
        ):
            engine.dispose()
            raise StationDeskError("city.keys_mismatch", folder=str(keys_dir))
        hub = cls(url, engine, keys_dir, pairs, info["code"], info["name"])
        protect(hub.own_files())
        remove_leftovers(hub.work_dir)
        return hub

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _beside_keys(self, suffix: str) -> Path:
        return beside_keys(self.keys_dir, suffix)

    @property
    def reports_dir(self) -> Path:
        return self._beside_keys(".reports")

    @property
    def work_dir(self) -> Path:
        """Working files of imports and exports (sealed, see ``stationdesk.working_files``)."""
        return self._beside_keys(".work")

    def _backups_dir(self) -> Path:
        source = Path(make_url(self.url).database)
        return source.with_name(source.name + ".backups")

    def own_files(self) -> list[Path]:
        """Everything the hub keeps on this machine, all owner-only."""
        files = [self.keys_dir, self.reports_dir, self.work_dir, self._beside_keys(".logs")]
        if _is_sqlite(self.url):
            database = Path(make_url(self.url).database)
            files += [database.with_name(database.name + s) for s in ("", "-wal", "-shm", "-journal")]
            files.append(self._backups_dir())
        return files

    def fingerprints(self) -> dict:
        return self.keys.public.fingerprints()

    def allocate(self, connection: Connection, count: int) -> int:
        new_last = connection.execute(
            update(hub_counter)
            .where(hub_counter.c.name == "change_seq")
            .values(value=hub_counter.c.value + count)
            .returning(hub_counter.c.value)
        ).scalar_one_or_none()
        if new_last is None:
            connection.execute(insert(hub_counter).values(name="change_seq", value=count))
            new_last = count
        return new_last - count + 1

    def current_seq(self, connection: Connection) -> int:
        return (
            connection.execute(
                select(hub_counter.c.value).where(hub_counter.c.name == "change_seq")
            ).scalar_one_or_none()
            or 0
        )

    def _clock(self, connection: Connection) -> HybridClock:
        last = connection.execute(select(hub_info.c.value).where(hub_info.c.key == "hlc_last")).scalar_one_or_none()
        return HybridClock(last or None)

    def _save_clock(self, connection: Connection, clock: HybridClock) -> None:
        if (
            connection.execute(update(hub_info).where(hub_info.c.key == "hlc_last").values(value=clock.last)).rowcount
            == 0
        ):
            connection.execute(insert(hub_info).values(key="hlc_last", value=clock.last))

    # ------------------------------------------------------------------ stations

    def enroll(self, code: str, name: str, out: Path) -> dict:
        """Register a station (or renew the token of one that has not sent a bundle yet) and write
        its enrolment file: the city's public keys and a one-time token."""
        code, name = (code or "").strip(), (name or "").strip()
        if not _CODE.fullmatch(code) or code == self.code:
            raise StationDeskError("station.code_format", value=code)
        if not name:
            raise StationDeskError("station.name_required")
        token = secrets.token_hex(16)
        with self.engine.begin() as connection:
            existing = connection.execute(select(hub_station).where(hub_station.c.code == code)).first()
            if existing is not None and existing.signing_key:
                raise StationDeskError("city.station_code_taken", station=code)
            if existing is None:
                connection.execute(
                    insert(hub_station).values(
                        code=code,
                        name=name,
                        token=token,
                        enrolled_at=utcnow(),
                        received_up_to=0,
                        acked_hub_seq=0,
                        last_export_up_to=0,
                    )
                )
            else:
                connection.execute(update(hub_station).where(hub_station.c.code == code).values(name=name, token=token))
            public = self.keys.public
            data = {
                "format": "stationdesk-enrolment",
                "format_version": 1,
                "city": {
                    "code": self.code,
                    "name": self.name,
                    "signing_key": crypto.b64(public.signing),
                    "encryption_key": crypto.b64(public.encryption),
                    "fingerprints": public.fingerprints(),
                },
                "station": {"code": code, "name": name},
                "token": token,
            }
            out = Path(out)
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
                descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                    json.dump(data, handle, ensure_ascii=False, indent=2)
            except OSError as error:
                raise StationDeskError(
                    "file.not_writable", path=str(out), reason=error.strerror or str(error)
                ) from None
        return data

    def stations(self) -> list[StationRow]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(hub_station).order_by(hub_station.c.code)).all()
        out = []
        for r in rows:
            prints = {}
            if r.signing_key:
                prints = crypto.PublicKeys(
                    crypto.unb64(r.signing_key, 32), crypto.unb64(r.encryption_key, 32)
                ).fingerprints()
            out.append(
                StationRow(
                    r.code,
                    r.name,
                    bool(r.signing_key),
                    r.enrolled_at,
                    r.last_bundle_id,
                    r.last_bundle_at,
                    r.received_up_to,
                    r.acked_hub_seq,
                    r.last_export_at,
                    prints,
                )
            )
        return out

    # ------------------------------------------------------------------ import

    def import_bundle(self, path: Path, dry_run: bool = False, progress: Progress | None = None) -> dict:
        """Check one station bundle completely, then apply it in one transaction (after a backup of
        a SQLite hub). Returns the report; a refusal raises ``BundleRejected`` and changes nothing."""
        path = Path(path)
        try:
            with self.engine.connect() as connection:
                transaction = connection.begin()
                try:
                    result = self._import(connection, path, dry_run, progress)
                except IntegrityError as error:
                    transaction.rollback()
                    raise BundleRejected("bundle.unique_clash", detail=str(error.orig)[:120]) from None
                except BaseException:
                    transaction.rollback()
                    raise
                if dry_run:
                    transaction.rollback()
                else:
                    transaction.commit()
        except BundleRejected as error:
            from stationdesk.messages import message_for

            self._save_report(
                {"file": str(path), "status": "refused", "refused": {"code": error.code, "message": message_for(error)}}
            )
            raise
        result["report_file"] = str(self._save_report(result))
        return result

    def _save_report(self, data: dict) -> Path:
        target = (
            owner_only_folder(self.reports_dir)
            / f"import-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}-{data.get('bundle_id') or 'unknown'}.json"
        )
        with open_owner_only(target, "w") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2, default=str)
        return target

    @staticmethod
    def _audit_head(connection, sender: str, header: dict, record: bool) -> dict:
        """Compare the station's audit head with the heads seen before: the entry the last bundle named
        must still hold the hash it had then, and the chain must not have shrunk. Kept, and said in the
        report (``audit_log``: whole / rewritten / absent for a bundle from before audit heads)."""
        head = header.get("audit_head")
        if head is None:
            return {}
        seen = connection.execute(
            select(hub_audit_head.c.seq, hub_audit_head.c.sha256)
            .where(hub_audit_head.c.station_code == sender)
            .order_by(hub_audit_head.c.seq.desc())
        ).all()
        earlier = dict(seen)
        previous = head["previous"]
        rewritten = bool(seen) and (
            head["seq"] < seen[0].seq
            or (previous is not None and previous["seq"] in earlier and earlier[previous["seq"]] != previous["sha256"])
        )
        if record:
            connection.execute(
                insert(hub_audit_head).values(
                    bundle_id=header["bundle_id"],
                    station_code=sender,
                    seq=head["seq"],
                    sha256=head["sha256"],
                    received_at=utcnow(),
                    rewritten=rewritten,
                )
            )
        return {"audit_log": "rewritten" if rewritten else "whole", "audit_head": head["sha256"]}

    def _backup(self) -> Path | None:
        if not _is_sqlite(self.url):
            return None  # PostgreSQL: the transaction is the guard; pg_dump on the city's own schedule
        source = Path(make_url(self.url).database)
        return write_backup(source, self._backups_dir(), "before-import", prefix="hub").path

    def _import(self, connection: Connection, path: Path, dry_run: bool, progress: Progress | None) -> dict:
        raw = open_bundle(path)
        header = raw.header
        if header["kind"] != "station-to-city":
            raise BundleRejected("bundle.wrong_kind", kind=header["kind"])
        sender = header["from"]["code"]
        if connection.dialect.name == "postgresql":
            # one import at a time (a second waits): each reads what the hub holds — the station's
            # sequence, which ids are new — before it writes. A SQLite hub has one writer: a second
            # import there is refused as locked (db.locked), with nothing changed
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('stationdesk.hub_import'))")
        station = connection.execute(select(hub_station).where(hub_station.c.code == sender)).first()
        if station is None:
            raise BundleRejected("bundle.unknown_signer", signer=sender)
        activate = None
        if station.signing_key:
            raw.verify(crypto.unb64(station.signing_key, 32))
        else:
            offered = header.get("station_keys")
            if not isinstance(offered, dict):
                raise BundleRejected("bundle.unknown_signer", signer=sender)
            public = crypto.PublicKeys(
                crypto.unb64(offered.get("signing", ""), 32), crypto.unb64(offered.get("encryption", ""), 32)
            )
            if not secrets.compare_digest(
                str(offered.get("enrolment_proof", "")), crypto.enrolment_proof(station.token, public)
            ):
                raise BundleRejected("bundle.unknown_signer", signer=sender)
            raw.verify(public.signing)
            activate = public
        if header["to"]["code"] != self.code:
            raise BundleRejected("bundle.wrong_recipient", to=header["to"]["code"], me=self.code)
        seen = connection.execute(
            select(hub_bundle.c.header_sha256).where(hub_bundle.c.bundle_id == header["bundle_id"])
        ).first()
        if seen is not None:
            if seen.header_sha256 != raw.header_sha256:
                raise BundleRejected("bundle.id_reused", bundle_id=header["bundle_id"])
            raw.decrypt(self.keys, self.work_dir).close()  # the same header with a changed payload is still refused
            return report_dict(header, "already_imported", None, file=str(path))
        sequence = header["sequence"]
        if sequence["since"] > station.received_up_to:
            raise BundleRejected("bundle.gap", since=sequence["since"], have=station.received_up_to)
        acknowledged = min(sequence["acknowledged"], station.last_export_up_to)
        result = None
        with raw.decrypt(self.keys, self.work_dir) as payload:
            receiver = _HubReceiver(self, connection, sender, acknowledged)
            covered = 0 < sequence["up_to"] <= station.received_up_to
            if covered:
                check_payload(payload, receiver, progress)
                status_word = "covered"
            else:
                # the checked rows are staged in the hub's database, in this transaction: PostgreSQL
                # checks each table as it streams into its staging table; SQLite checks every table
                # into its staging table here, before the backup and the writing pass
                postgresql = connection.dialect.name == "postgresql"
                staged = None if postgresql else sqlite_merge.stage_tables(connection, payload, receiver, progress)
                status_word = "dry_run" if dry_run else "applied"
                if not dry_run:
                    self._backup()
                if postgresql:
                    result = pg_merge.merge_tables(connection, payload, receiver, sender, acknowledged, progress)
                else:
                    result = sqlite_merge.merge_tables(connection, payload, receiver, sender, staged, progress)
                rows = [
                    {**r, "station_code": sender, "detected_at": utcnow(), "resolution": ""}
                    for r in conflict_rows(result, header["bundle_id"])
                ]
                if rows:
                    connection.execute(insert(hub_conflict), rows)
                if result.max_version:
                    clock = self._clock(connection)
                    clock.observe(result.max_version)
                    self._save_clock(connection, clock)
        audit_log = self._audit_head(connection, sender, header, record=status_word != "dry_run")
        report_data = report_dict(header, status_word, result, file=str(path), **audit_log)
        values = {
            "received_up_to": max(station.received_up_to, sequence["up_to"]),
            # an applied bundle is the newest the station made, so what it acknowledges is what it holds,
            # even when that is less than before: a station restored from an older backup lost some of
            # the city's records, and the city sends them again
            "acked_hub_seq": acknowledged if status_word == "applied" else max(station.acked_hub_seq, acknowledged),
            "last_bundle_id": header["bundle_id"],
            "last_bundle_at": utcnow(),
            "last_bundle_sha256": raw.header_sha256,
        }
        if activate is not None:
            values.update(
                signing_key=crypto.b64(activate.signing),
                encryption_key=crypto.b64(activate.encryption),
                activated_at=utcnow(),
            )
        connection.execute(update(hub_station).where(hub_station.c.code == sender).values(**values))
        connection.execute(
            insert(hub_bundle).values(
                bundle_id=header["bundle_id"],
                station_code=sender,
                header_sha256=raw.header_sha256,
                received_at=utcnow(),
                made_at=_made_at(header),
                status=status_word,
                report=json.dumps(report_data, ensure_ascii=False, default=str),
            )
        )
        return report_data

    # ------------------------------------------------------------------ export

    def export_for(self, code: str, target: Path, progress: Progress | None = None) -> dict:
        """Acknowledgement plus every record the city wrote (its own, or this station's it changed)
        since the station's last acknowledgement, encrypted to the station, signed by the city."""
        with self.engine.begin() as connection:
            station = connection.execute(select(hub_station).where(hub_station.c.code == code)).first()
            if station is None:
                raise StationDeskError("city.unknown_station", station=code)
            if not station.signing_key:
                raise StationDeskError("city.station_not_active", station=code)
            since, up_to = station.acked_hub_seq, self.current_seq(connection)
            origins = (code, self.code)

            def condition(table):
                return (
                    (table.c.change_seq > since)
                    & (table.c[WRITTEN_BY] == self.code)
                    & table.c.origin_station.in_(origins)
                )

            counts = {}
            for name, table in data_tables().items():
                n = connection.execute(select(func.count()).select_from(table).where(condition(table))).scalar_one()
                if n:
                    counts[name] = n

            def rows(table):
                result = connection.execute(
                    select(table)
                    .where(condition(table))
                    .order_by(table.c.change_seq)
                    .execution_options(yield_per=EXPORT_CHUNK)
                )
                for row in result:
                    yield row._mapping

            canonical = canonical_tables()
            resources = [
                Resource.of_rows(TableCodec(canonical[name]), rows(table), EXPORT_CHUNK)
                for name, table in data_tables().items()
                if name in counts
            ]
            # the conflicts this station's bundles met here, every time (few; the station skips those it has)
            decided = connection.execute(
                select(hub_conflict).where(hub_conflict.c.station_code == code).order_by(hub_conflict.c.seq)
            ).all()
            if decided:
                resources.append(notices.resource(decided, self.code))
            target = Path(target)
            if target.is_dir():
                target = target / f"{self.code}-to-{code}-{datetime.now().strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
            header = {
                "kind": "city-to-station",
                "from": {"role": "city", "code": self.code, "name": self.name},
                "to": {"role": "station", "code": code, "name": station.name},
                "sequence": {"since": since, "up_to": up_to, "acknowledged": station.received_up_to},
                "previous_bundle_sha256": station.last_export_sha256 or None,
            }
            written = write_bundle(
                target,
                header,
                resources,
                self.keys,
                crypto.unb64(station.encryption_key, 32),
                work_dir=self.work_dir,
                progress=progress,
                total=sum(counts.values()),
            )
            connection.execute(
                update(hub_station)
                .where(hub_station.c.code == code)
                .values(last_export_at=utcnow(), last_export_up_to=up_to, last_export_sha256=written.file_sha256)
            )
        records = {name: n for name, n in written.counts.items() if name != notices.NAME}
        return {
            "path": str(written.path),
            "bundle_id": written.bundle_id,
            "station": code,
            "since": since,
            "up_to": up_to,
            "acknowledged": station.received_up_to,
            "counts": records,
            "conflicts_sent": written.counts.get(notices.NAME, 0),
        }

    # ------------------------------------------------------------------ reading and editing

    def stats(self) -> dict:
        tables = {}
        with self.engine.connect() as connection:
            for name, table in data_tables().items():
                per_station: dict[str, dict] = {}
                for origin, deleted, n in connection.execute(
                    select(table.c.origin_station, table.c.deleted, func.count()).group_by(
                        table.c.origin_station, table.c.deleted
                    )
                ):
                    entry = per_station.setdefault(origin, {"live": 0, "deleted": 0})
                    entry["deleted" if deleted else "live"] += n
                tables[name] = per_station
            open_conflicts = connection.execute(
                select(func.count()).select_from(hub_conflict).where(hub_conflict.c.resolved_at.is_(None))
            ).scalar_one()
            seq = self.current_seq(connection)
        totals = {name: sum(v["live"] for v in per.values()) for name, per in tables.items()}
        stations = [
            {
                "code": s.code,
                "name": s.name,
                "active": s.active,
                "last_bundle_id": s.last_bundle_id,
                "last_bundle_at": s.last_bundle_at,
                "received_up_to": s.received_up_to,
                "acked_hub_seq": s.acked_hub_seq,
                "last_export_at": s.last_export_at,
                "records": {name: per.get(s.code, {}).get("live", 0) for name, per in tables.items()},
            }
            for s in self.stations()
        ]
        return {
            "city": {"code": self.code, "name": self.name, "fingerprints": self.fingerprints(), "change_seq": seq},
            "stations": stations,
            "tables": tables,
            "totals": totals,
            "open_conflicts": open_conflicts,
        }

    def conflicts(self, include_resolved: bool = False, limit: int = 500) -> list[dict]:
        statement = select(hub_conflict).order_by(hub_conflict.c.seq.desc()).limit(limit)
        if not include_resolved:
            statement = statement.where(hub_conflict.c.resolved_at.is_(None))
        with self.engine.connect() as connection:
            rows = connection.execute(statement).all()
        out = []
        for r in rows:
            kept, other = json.loads(r.kept_values), json.loads(r.other_values)
            differences = differing_fields(kept, other)
            out.append(
                {
                    "seq": r.seq,
                    "station": r.station_code,
                    "table": r.table_name,
                    "id": r.row_id,
                    "kind": r.kind,
                    "kept_writer": r.kept_writer,
                    "kept": kept,
                    "other_writer": r.other_writer,
                    "other": other,
                    "differences": differences,
                    "detected_at": r.detected_at,
                    "resolution": r.resolution,
                }
            )
        return out

    def edit(self, table_name: str, row_id: str, values: dict, from_text: bool = False) -> dict:
        """The city changes a record (any record): values are JSON values as in a bundle, or with
        ``from_text`` the text typed on the command line (JSON for anything but a string field)."""
        if from_text:
            codec = TableCodec(canonical_tables()[table_name]) if table_name in canonical_tables() else None
            if codec is None:
                raise StationDeskError("city.unknown_table", table=table_name)
            values = {k: _from_text(codec, k, v) for k, v in values.items()}
        with self.engine.begin() as connection:
            return self._write(connection, table_name, row_id, values)

    def _write(self, connection: Connection, table_name: str, row_id: str, values: dict) -> dict:
        table = data_tables().get(table_name)
        if table is None:
            raise StationDeskError("city.unknown_table", table=table_name)
        codec = TableCodec(canonical_tables()[table_name])
        current = connection.execute(select(table).where(table.c.id == row_id)).first()
        if current is None:
            raise StationDeskError("not_found", kind=table_name, key=row_id)
        changes = {}
        for field_name, value in values.items():
            field = codec.by_name.get(field_name)
            if field is None or field_name in ("id", "origin_station", "created_at", "updated_at", "version"):
                raise StationDeskError("city.bad_field", field=field_name, reason="not editable")
            if value is None:
                if field.required:
                    raise StationDeskError("city.bad_field", field=field_name, reason="required")
                changes[field_name] = None
                continue
            try:
                changes[field_name] = field.decode(value)
            except BadValue as error:
                raise StationDeskError("city.bad_field", field=field_name, reason=str(error)) from None
        clock = self._clock(connection)
        clock.observe(current.version)
        changes.update(version=clock.tick(), updated_at=utcnow(), change_seq=self.allocate(connection, 1))
        changes[WRITTEN_BY] = self.code
        self._save_clock(connection, clock)
        connection.execute(update(table).where(table.c.id == row_id).values(**changes))
        return {"table": table_name, "id": row_id, "version": changes["version"]}

    def resolve_conflict(self, seq: int, take_other: bool) -> None:
        with self.engine.begin() as connection:
            row = connection.execute(select(hub_conflict).where(hub_conflict.c.seq == seq)).first()
            if row is None or row.resolved_at is not None:
                raise StationDeskError("sync.conflict_not_found")
            if take_other:
                other = json.loads(row.other_values)
                editable = {
                    k: v
                    for k, v in other.items()
                    if k not in ("id", "origin_station", "created_at", "updated_at", "version")
                }
                self._write(connection, row.table_name, row.row_id, editable)
            connection.execute(
                update(hub_conflict)
                .where(hub_conflict.c.seq == seq)
                .values(resolved_at=utcnow(), resolution="took_other" if take_other else "kept")
            )


def _from_text(codec: TableCodec, name: str, text: str):
    field = codec.by_name.get(name)
    if field is None:
        raise StationDeskError("city.bad_field", field=name, reason="unknown field")
    if field.type == "string" and text != "null":
        return _unquoted(text)
    try:
        return json.loads(text)
    except ValueError:
        return text


def _made_at(header: dict) -> datetime | None:
    """When the station made the bundle (statistics: does it cover a period?); None if unreadable."""
    try:
        made = datetime.fromisoformat(str(header.get("created_at", "")).replace("Z", "+00:00"))
    except ValueError:
        return None
    return made if made.tzinfo is not None else None


def _unquoted(text: str) -> str:
    """A string typed with quotes around it (``phone="138..."``, as a shell or a JSON habit writes
    it, which some shells pass through) means the string inside them."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        try:
            value = json.loads(text)
        except ValueError:
            return text[1:-1]
        return value if isinstance(value, str) else text
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1]
    return text


def _create_tables(connection: Connection) -> None:
    """Create missing hub tables (a feature added after the hub was set up), missing columns and the
    conflicts' station index (added after the first hubs were made)."""
    data_tables()
    hub_metadata.create_all(connection)
    for index in hub_conflict.indexes:
        index.create(connection, checkfirst=True)
    inspector = inspect(connection)
    received = {c["name"] for c in inspector.get_columns(hub_bundle.name)}
    if "made_at" not in received:  # bundles received before the statistics came keep NULL
        kind = hub_bundle.c.made_at.type.compile(dialect=connection.dialect)
        connection.exec_driver_sql(f'ALTER TABLE "{hub_bundle.name}" ADD COLUMN "made_at" {kind}')
    canonical = canonical_tables()
    for name, table in data_tables().items():
        present = {c["name"] for c in inspector.get_columns(name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=connection.dialect)
                connection.exec_driver_sql(f'ALTER TABLE "{name}" ADD COLUMN "{column.name}" {kind}')
                # the rows already here take the value an older bundle's rows get (codec.column_default),
                # or a later export would send a NULL where the station requires a value
                try:
                    default = (
                        column_default(canonical[name].c[column.name]) if column.name in canonical[name].c else None
                    )
                except BadValue:
                    default = None
                if default is not None:
                    connection.execute(update(table).values({column.name: default}))


__all__ = ["Hub", "SQLAlchemyError", "masked_url", "resolve_url"]
