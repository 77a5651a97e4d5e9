"""Applying a checked bundle to the receiving database, for any synced table (station or hub).

The rules (docs/bundle-format.md, section 7): records are upserted by id; a record changed only by
the sender takes the sender's version when it is newer; a record changed on *both* sides since the
sender last saw the receiver's state is a conflict: the later version wins (ties: the higher writer
code), except that an edit always beats a delete, and the losing values are kept in the conflicts
table. Rows go in chunks with Core statements; nothing here knows a feature table by name.
"""

from __future__ import annotations

import json
import pickle
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import Boolean, Date, DateTime, Table, Time, bindparam, select
from sqlalchemy.engine import Connection

from stationdesk.db.base import UtcDateTime
from stationdesk.errors import BundleRejected
from stationdesk.services.progress import Progress, report
from stationdesk.sync.bundle import Payload
from stationdesk.sync.codec import FieldCodec, TableCodec

CHUNK = 2000
CONFLICTS_LISTED = 200


@dataclass
class TableCounts:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Conflict:
    table: str
    row_id: str
    kind: str  # both_edited, edit_vs_delete
    kept_writer: str
    kept_version: str
    kept_values: dict
    other_writer: str
    other_version: str
    other_values: dict


@dataclass
class MergeResult:
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    max_version: str = ""


class Receiver(ABC):
    """What differs between the station and the hub when rows arrive."""

    code: str  # the receiver's own writer code

    @abstractmethod
    def table(self, name: str) -> Table | None: ...

    @abstractmethod
    def codec(self, name: str) -> TableCodec | None: ...

    @abstractmethod
    def order(self) -> list[str]:
        """Synced table names, parents first."""
        ...

    @abstractmethod
    def changed_here(self, local) -> bool:
        """Has the receiver's copy changed since the state the sender had acknowledged?"""
        ...

    @abstractmethod
    def local_writer(self, local) -> str: ...

    @abstractmethod
    def stamp(self, connection: Connection, rows: list[dict]) -> None:
        """Fill the receiver-side columns (change_seq, ...) of rows about to be written."""
        ...

    @abstractmethod
    def restamp(self, connection: Connection, table: Table, row_id: str, above: str) -> None:
        """Give a kept local row a fresh version later than ``above`` (an edit kept over a newer
        delete), so it travels back and wins on the other side too."""
        ...

    def allowed_origin(self, origin: str) -> bool:
        """May the sender send records of this origin?"""
        return True

    def side_resources(self) -> frozenset[str]:
        """Resources besides tables this receiver reads itself (the station: the city's conflicts)."""
        return frozenset()


def _table_names(payload: Payload, receiver: Receiver) -> list[str]:
    side = receiver.side_resources()
    return [name for name in payload.resources if name not in side]


def check_payload(payload: Payload, receiver: Receiver, progress: Progress | None = None) -> int:
    """Pass 1, before anything is written: every resource is a known table, its schema fits ours,
    every row parses and is checked, the sender owns what it sends, and hashes/sizes/counts match.
    The checked rows, in bundle form (``TableCodec.reader``), are kept in a sealed working file
    (pickled chunks of rows of strings, numbers and booleans), so the writing pass neither parses
    nor checks them again; a table counts as staged only once its
    whole resource has been read and its hash, size and count matched."""
    order = receiver.order()
    names = _table_names(payload, receiver)
    for name in names:
        if name not in order or receiver.codec(name) is None:
            raise BundleRejected("bundle.schema", table=name, detail="unknown table")
    done, total = 0, sum(payload.resources[name].count for name in names)
    allowed = receiver.allowed_origin
    for name in names:
        codec = receiver.codec(name)
        read = codec.reader(payload.resources[name].fields)
        path = payload.staging_file(name)
        with path.open("wb") as stage:
            chunk: list[dict] = []
            for raw in payload.lines(name):
                row = read(raw)
                if not allowed(row["origin_station"]):
                    raise BundleRejected("bundle.not_owner", table=name, origin=row["origin_station"])
                chunk.append(row)
                if len(chunk) >= CHUNK:
                    pickle.dump(chunk, stage, protocol=pickle.HIGHEST_PROTOCOL)
                    done += len(chunk)
                    chunk = []
                    report(progress, done, total * 2)
            if chunk:
                pickle.dump(chunk, stage, protocol=pickle.HIGHEST_PROTOCOL)
                done += len(chunk)
        payload.staged[name] = path
    return total


def _chunks(payload: Payload, name: str) -> Iterator[list[dict]]:
    """The rows of one table for the writing pass, CHUNK at a time, from the staging file that
    ``check_payload`` wrote after checking every one of them."""
    with payload.staged[name].open("rb") as stage:
        while True:
            try:
                yield pickle.load(stage)
            except EOFError:
                return


def apply_payload(
    connection: Connection,
    payload: Payload,
    receiver: Receiver,
    sender: str,
    progress: Progress | None = None,
    total: int = 0,
) -> MergeResult:
    """Pass 2: upsert every row, table by table, parents first; check references as we go."""
    if set(payload.staged) != set(_table_names(payload, receiver)):  # nothing is written before everything is checked
        total = check_payload(payload, receiver, progress)
    result = MergeResult()
    names = [n for n in receiver.order() if n in payload.resources]
    done = 0
    for name in names:
        table, codec = receiver.table(name), receiver.codec(name)
        counts = result.tables.setdefault(name, TableCounts())
        declared = payload.resources[name].fields_names
        compare = [n for n in codec.data_names if n in declared]
        sent = [n for n in codec.column_names if n in declared]
        write_columns = [c.name for c in table.columns if c.name != "id"]
        update = (
            table.update()
            .where(table.c.id == bindparam("b_id"))
            .values({c: bindparam(f"b_{c}") for c in write_columns})
        )
        pending_self: set[str] = set()
        for chunk in _chunks(payload, name):
            ids = [row["id"] for row in chunk]
            local = {r.id: r._mapping for r in connection.execute(select(table).where(table.c.id.in_(ids)))}
            inserts: list[dict] = []
            updates: list[dict] = []
            restamp: list[str] = []
            restamp_ids: list[str] = []
            seen: set[str] = set()
            for row in chunk:
                if row["id"] in seen:
                    raise BundleRejected("bundle.row_invalid", table=name, detail=f"id {row['id']} twice")
                seen.add(row["id"])
                if row["version"] > result.max_version:
                    result.max_version = row["version"]
                old = local.get(row["id"])
                if old is None:
                    inserts.append(row)
                    if row["deleted"]:
                        counts.deleted += 1
                    else:
                        counts.imported += 1
                    continue
                if old["origin_station"] != row["origin_station"]:
                    raise BundleRejected("bundle.not_owner", table=name, origin=row["origin_station"])
                if old["version"] == row["version"]:
                    counts.unchanged += 1
                    continue
                # both sides in their bundle form (the reader made "10:00" into "10:00:00")
                mine = codec.encode(old)
                same = all(mine[n] == row[n] for n in compare)
                if same or not receiver.changed_here(old):
                    if row["version"] > old["version"]:
                        updates.append(row)
                        if row["deleted"] and not old["deleted"]:
                            counts.deleted += 1
                        else:
                            counts.updated += 1
                    else:
                        counts.unchanged += 1
                    continue
                writer = receiver.local_writer(old)
                if bool(row["deleted"]) != bool(old["deleted"]):
                    kind, incoming_wins = "edit_vs_delete", not row["deleted"]
                else:
                    kind, incoming_wins = "both_edited", (row["version"], sender) > (old["version"], writer)
                theirs = {n: row[n] for n in sent}
                if incoming_wins:
                    updates.append(row)
                    conflict = Conflict(
                        name, row["id"], kind, sender, row["version"], theirs, writer, old["version"], mine
                    )
                else:
                    conflict = Conflict(
                        name, row["id"], kind, writer, old["version"], mine, sender, row["version"], theirs
                    )
                    if row["version"] > old["version"]:
                        restamp.append(row["version"])
                        restamp_ids.append(row["id"])
                result.conflicts.append(conflict)
                counts.conflicts += 1
            written = inserts + updates
            if written:
                receiver.stamp(connection, written)
            if inserts:
                fast_insert(connection, table, codec, inserts)
            if updates:
                connection.execute(
                    update,
                    [
                        {"b_id": r["id"], **{f"b_{c}": r.get(c) for c in write_columns}}
                        for r in map(codec.decode_row, updates)
                    ],
                )
            for row_id, above in zip(restamp_ids, restamp, strict=False):
                receiver.restamp(connection, table, row_id, above)
            _check_references(connection, receiver, name, chunk, pending_self)
            done += len(chunk)
            report(progress, total + done, total * 2 if total else None)
        if pending_self:
            missing = _missing(connection, table, pending_self)
            if missing:
                column = next(c for c, target in codec.references if target == name)
                raise BundleRejected("bundle.dangling_reference", table=name, column=column, value=min(missing))
    return result


class _FastInsert:
    """One table's INSERT compiled once for the connection's dialect, with one converter per column
    from a row in bundle form to what the driver takes, so a chunk goes to the driver's executemany
    without SQLAlchemy's per-row binding (the slowest part of an import). The stored values are
    exactly those of SQLAlchemy's own insert of the decoded row (tests/sync/test_sqlite_rows.py)."""

    def __init__(self, connection: Connection, table: Table, codec: TableCodec) -> None:
        dialect = connection.dialect
        self.columns = [c.name for c in table.columns]
        compiled = table.insert().compile(dialect=dialect, column_keys=self.columns)
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        order = compiled.positiontup if self.positional else self.columns
        by_key = {c.key: c for c in table.columns}
        self.order = list(order)
        converters = []
        for name in self.order:
            kind = by_key[name].type
            process = kind.dialect_impl(dialect).bind_processor(dialect)
            field = codec.by_name.get(name)
            if field is None:  # a receiver-side column, filled with a python value
                converters.append(process)
            elif dialect.name == "sqlite":
                converters.append(sqlite_stored_value(kind, field, process))
            else:
                converters.append(_decoded(field, process))
        self.values = itemgetter(*self.order)
        self.processed = [(index, convert) for index, convert in enumerate(converters) if convert is not None]

    def rows(self, rows: list[dict]) -> list:
        values, processed = self.values, self.processed
        out = []
        for row in rows:
            params = list(values(row))
            for index, convert in processed:
                value = params[index]
                if value is not None:
                    params[index] = convert(value)
            out.append(params)
        if self.positional:
            return [tuple(params) for params in out]
        return [dict(zip(self.order, params, strict=False)) for params in out]


def _decoded(field: FieldCodec, process):
    """Bundle value -> python value -> SQLAlchemy's bind processor (None: nothing to do)."""
    if not field.decoding_changes:
        return process
    decode = field.decode
    if process is None:
        return decode
    return lambda value: process(decode(value))


def sqlite_stored_value(kind, field: FieldCodec, process):
    """A bundle value straight to what SQLAlchemy's SQLite dialect stores for it, for the forms the
    codec writes: 'YYYY-MM-DDTHH:MM:SS.ffffffZ' -> 'YYYY-MM-DD HH:MM:SS.ffffff', a wall-clock
    'YYYY-MM-DDTHH:MM:SS' -> 'YYYY-MM-DD HH:MM:SS.000000', 'HH:MM:SS' -> 'HH:MM:SS.000000', dates
    as they are, booleans as they are (the driver binds True as 1). Anything else is decoded and
    goes through SQLAlchemy's processor."""
    slow = _decoded(field, process)
    if slow is None:
        return None
    if isinstance(kind, UtcDateTime):

        def utc(value):
            if value.__class__ is str and len(value) == 27 and value[10] == "T" and value[26] == "Z":
                return f"{value[:10]} {value[11:26]}"
            return slow(value)

        return utc
    if isinstance(kind, DateTime):

        def local(value):
            if value.__class__ is str and len(value) == 19 and value[10] == "T":
                return f"{value[:10]} {value[11:]}.000000"
            return slow(value)

        return local
    if isinstance(kind, Date):

        def iso_date(value):
            if value.__class__ is str and len(value) == 10:
                return value
            return slow(value)

        return iso_date
    if isinstance(kind, Time):

        def iso_time(value):
            if value.__class__ is str and len(value) in (8, 15):
                return value if len(value) == 15 else f"{value}.000000"
            return slow(value)

        return iso_time
    if isinstance(kind, Boolean):
        return None  # the reader let only true/false through; the driver binds them as 1/0
    return slow


def fast_insert(connection: Connection, table: Table, codec: TableCodec, rows: list[dict]) -> None:
    """Insert rows in bundle form (``TableCodec.reader``'s) plus receiver-side python values."""
    cache = connection.info.setdefault("stationdesk_fast_insert", {})
    statement = cache.get(table.name)
    if statement is None:
        statement = cache[table.name] = _FastInsert(connection, table, codec)
    connection.exec_driver_sql(statement.sql, statement.rows(rows))


def _missing(connection: Connection, table: Table, ids: set[str]) -> set[str]:
    missing = set(ids)
    values = list(ids)
    for start in range(0, len(values), 500):
        part = values[start : start + 500]
        missing.difference_update(connection.execute(select(table.c.id).where(table.c.id.in_(part))).scalars())
    return missing


def _check_references(
    connection: Connection, receiver: Receiver, name: str, rows: list[dict], pending_self: set[str]
) -> None:
    """Every non-empty reference must name a record that exists here (written earlier in this
    bundle, parents first, or already present). A table pointing at itself may name a row that
    comes later in the same resource: those are checked when the resource ends."""
    codec = receiver.codec(name)
    for column, target_name in codec.references:
        wanted = {row[column] for row in rows if row.get(column)}
        if not wanted:
            continue
        target = receiver.table(target_name)
        if target is None:
            raise BundleRejected("bundle.schema", table=name, detail=f"{column} -> {target_name}")
        missing = _missing(connection, target, wanted)
        if not missing:
            continue
        if target_name == name:
            pending_self.update(missing)
            continue
        raise BundleRejected("bundle.dangling_reference", table=name, column=column, value=min(missing))


def report_dict(header: dict, status: str, result: MergeResult | None, **extra) -> dict:
    """The import report: per table counts and the conflicts (docs/bundle-format.md, section 8)."""
    out = {
        "bundle_id": header.get("bundle_id") if header else None,
        "from": (header or {}).get("from", {}).get("code"),
        "to": (header or {}).get("to", {}).get("code"),
        "sequence": (header or {}).get("sequence"),
        "status": status,
        "tables": {},
        "conflicts": [],
        **extra,
    }
    if result is not None:
        out["tables"] = {name: counts.as_dict() for name, counts in result.tables.items()}
        out["conflicts"] = [
            {
                "table": c.table,
                "id": c.row_id,
                "kind": c.kind,
                "kept": c.kept_writer,
                "kept_version": c.kept_version,
                "other": c.other_writer,
                "other_version": c.other_version,
            }
            for c in result.conflicts[:CONFLICTS_LISTED]
        ]
        out["conflict_count"] = len(result.conflicts)
    return out


def differing_fields(kept: dict, other: dict) -> list[str]:
    """The fields of a conflict whose values differ, leaving out the bookkeeping ones."""
    return [k for k in kept if k not in ("version", "updated_at", "created_at") and kept.get(k) != other.get(k)]


def conflict_rows(result: MergeResult, bundle_id: str) -> Iterator[dict]:
    for c in result.conflicts:
        yield {
            "table_name": c.table,
            "row_id": c.row_id,
            "kind": c.kind,
            "kept_writer": c.kept_writer,
            "kept_version": c.kept_version,
            "kept_values": json.dumps(c.kept_values, ensure_ascii=False),
            "other_writer": c.other_writer,
            "other_version": c.other_version,
            "other_values": json.dumps(c.other_values, ensure_ascii=False),
            "bundle_id": bundle_id,
        }
