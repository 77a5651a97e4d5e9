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

from sqlalchemy import Date, DateTime, Table, Time, bindparam, exists, func, literal_column, select
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

    stamp_columns: tuple[str, ...]  # the receiver-side columns ``stamp`` fills (change_seq, ...)

    @abstractmethod
    def stamp(self, connection: Connection, count: int) -> list[tuple]:
        """The values of ``stamp_columns`` for ``count`` rows about to be written, in order."""
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


def known_tables(payload: Payload, receiver: Receiver) -> list[str]:
    """The payload's table names, refused before anything is read when one is not ours."""
    order = receiver.order()
    names = _table_names(payload, receiver)
    for name in names:
        if name not in order or receiver.codec(name) is None:
            raise BundleRejected("bundle.schema", table=name, detail="unknown table")
    return names


def checked_chunks(payload: Payload, receiver: Receiver, name: str) -> Iterator[list[tuple]]:
    """The rows of one resource, each parsed and checked (``TableCodec.reader``: bundle form) and
    sent by its owner, CHUNK at a time, as tuples in ``codec.column_names`` order. The resource's
    bytes, SHA-256 and count are checked after its last row: a caller has a whole, checked table
    only once this generator has ended."""
    codec = receiver.codec(name)
    read = codec.reader(payload.resources[name].fields)
    values = itemgetter(*codec.column_names)
    allowed = receiver.allowed_origin
    chunk: list[tuple] = []
    for raw in payload.lines(name):
        row = read(raw)
        if not allowed(row["origin_station"]):
            raise BundleRejected("bundle.not_owner", table=name, origin=row["origin_station"])
        chunk.append(values(row))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def check_payload(payload: Payload, receiver: Receiver, progress: Progress | None = None) -> int:
    """Pass 1, before anything is written: every resource is a known table, its schema fits ours,
    every row parses and is checked, the sender owns what it sends, and hashes/sizes/counts match.
    The checked rows, in bundle form (``TableCodec.reader``), are kept in a sealed working file
    (pickled chunks of tuples of strings, numbers and booleans), so the writing pass neither parses
    nor checks them again; a table counts as staged only once its
    whole resource has been read and its hash, size and count matched."""
    names = known_tables(payload, receiver)
    done, total = 0, sum(payload.resources[name].count for name in names)
    for name in names:
        path = payload.staging_file(name)
        with path.open("wb") as stage:
            for chunk in checked_chunks(payload, receiver, name):
                pickle.dump(chunk, stage, protocol=pickle.HIGHEST_PROTOCOL)
                done += len(chunk)
                report(progress, done, total * 2)
        payload.staged[name] = path
    return total


def _chunks(payload: Payload, name: str) -> Iterator[list[tuple]]:
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
    """Pass 2: upsert every row, table by table, parents first; check references as we go. Rows
    are tuples in ``codec.column_names`` order (pass 1's staging); most are new or plainly newer,
    so only the rare update or conflict is turned into a mapping."""
    if set(payload.staged) != set(_table_names(payload, receiver)):  # nothing is written before everything is checked
        total = check_payload(payload, receiver, progress)
    result = MergeResult()
    done = 0
    for name in [n for n in receiver.order() if n in payload.resources]:
        done = apply_table(
            connection, payload, receiver, sender, name, _chunks(payload, name), result, progress, done, total
        )
    return result


def apply_table(
    connection: Connection,
    payload: Payload,
    receiver: Receiver,
    sender: str,
    name: str,
    chunks: Iterator[list[tuple]],
    result: MergeResult,
    progress: Progress | None = None,
    done: int = 0,
    total: int = 0,
) -> int:
    """Pass 2 for one table whose whole resource was checked: its ``chunks`` (tuples in
    ``codec.column_names`` order, from the staging) upserted row by row into ``result``; returns
    ``done`` plus the rows taken."""
    table, codec = receiver.table(name), receiver.codec(name)
    counts = result.tables.setdefault(name, TableCounts())
    columns = codec.column_names
    at = {n: index for index, n in enumerate(columns)}
    i_id, i_version, i_deleted, i_origin = at["id"], at["version"], at["deleted"], at["origin_station"]
    declared = payload.resources[name].fields_names
    compare = [(n, at[n]) for n in codec.data_names if n in declared]
    sent = [(n, at[n]) for n in columns if n in declared]
    written_columns = [*columns, *receiver.stamp_columns]
    write_columns = [c.name for c in table.columns if c.name != "id"]
    update = (
        table.update().where(table.c.id == bindparam("b_id")).values({c: bindparam(f"b_{c}") for c in write_columns})
    )
    pending_self: set[str] = set()
    for chunk in chunks:
        local = _local_rows(connection, table, [row[i_id] for row in chunk])
        inserts: list[tuple] = []
        updates: list[tuple] = []
        restamp: list[tuple[str, str]] = []
        seen: set[str] = set()
        for row in chunk:
            row_id, version = row[i_id], row[i_version]
            if row_id in seen:
                raise BundleRejected("bundle.row_invalid", table=name, detail=f"id {row_id} twice")
            seen.add(row_id)
            if version > result.max_version:
                result.max_version = version
            old = local.get(row_id)
            if old is None:
                inserts.append(row)
                if row[i_deleted]:
                    counts.deleted += 1
                else:
                    counts.imported += 1
                continue
            if old["origin_station"] != row[i_origin]:
                raise BundleRejected("bundle.not_owner", table=name, origin=row[i_origin])
            if old["version"] == version:
                counts.unchanged += 1
                continue
            # both sides in their bundle form (the reader made "10:00" into "10:00:00")
            mine = codec.encode(old)
            same = all(mine[n] == row[i] for n, i in compare)
            if same or not receiver.changed_here(old):
                if version > old["version"]:
                    updates.append(row)
                    if row[i_deleted] and not old["deleted"]:
                        counts.deleted += 1
                    else:
                        counts.updated += 1
                else:
                    counts.unchanged += 1
                continue
            writer = receiver.local_writer(old)
            if bool(row[i_deleted]) != bool(old["deleted"]):
                kind, incoming_wins = "edit_vs_delete", not row[i_deleted]
            else:
                kind, incoming_wins = "both_edited", (version, sender) > (old["version"], writer)
            theirs = {n: row[i] for n, i in sent}
            if incoming_wins:
                updates.append(row)
                conflict = Conflict(name, row_id, kind, sender, version, theirs, writer, old["version"], mine)
            else:
                conflict = Conflict(name, row_id, kind, writer, old["version"], mine, sender, version, theirs)
                if version > old["version"]:
                    restamp.append((row_id, version))
            result.conflicts.append(conflict)
            counts.conflicts += 1
        stamps = receiver.stamp(connection, len(inserts) + len(updates)) if inserts or updates else []
        if inserts:
            fast_insert(
                connection,
                table,
                codec,
                [row + extra for row, extra in zip(inserts, stamps, strict=False)],
                receiver.stamp_columns,
            )
        if updates:
            mapped = (
                codec.decode_row(dict(zip(written_columns, row + extra, strict=True)))
                for row, extra in zip(updates, stamps[len(inserts) :], strict=True)
            )
            connection.execute(
                update, [{"b_id": r["id"], **{f"b_{c}": r.get(c) for c in write_columns}} for r in mapped]
            )
        for row_id, above in restamp:
            receiver.restamp(connection, table, row_id, above)
        _check_references(connection, receiver, name, chunk, at, pending_self)
        done += len(chunk)
        report(progress, total + done, total * 2 if total else None)
    if pending_self:
        missing = missing_ids(connection, table, pending_self)
        if missing:
            column = next(c for c, target in codec.references if target == name)
            raise BundleRejected("bundle.dangling_reference", table=name, column=column, value=min(missing))
    return done


def _local_rows(connection: Connection, table: Table, ids: list[str]) -> dict:
    """The receiver's rows with these ids (mappings of python values). On SQLite the ids present are
    asked first on the driver's cursor (an index-only lookup, no python value per column), so a
    chunk of new records, the usual case, costs one cheap statement."""
    if connection.dialect.name == "sqlite":
        cursor = connection.connection.cursor()
        try:
            present = cursor.execute(
                f'SELECT "id" FROM "{table.name}" WHERE "id" IN (SELECT value FROM json_each(?))', (json.dumps(ids),)
            ).fetchall()
        finally:
            cursor.close()
        if not present:
            return {}
        ids = [row[0] for row in present]
    found = connection.execute(select(table).where(table.c.id.in_(_id_list(connection, ids))))
    return {r.id: r._mapping for r in found}


def _id_list(connection: Connection, ids):
    """``ids`` for an IN: on SQLite one JSON text read by ``json_each`` (one bound value instead of
    thousands, each of which SQLAlchemy would expand and bind), elsewhere the values themselves."""
    if connection.dialect.name == "sqlite":
        return select(literal_column("value")).select_from(func.json_each(json.dumps(list(ids))))
    return list(ids)


class _FastInsert:
    """One table's INSERT for SQLite, made once, that takes rows in bundle form as they are: SQLite
    itself turns the bundle's text forms into the text SQLAlchemy stores (``_STORED``), so a chunk
    goes to the driver's executemany with no python work per value. A value in another form the
    reader let through calls back into python (``sqlite_stored_value``). The stored values are
    exactly those of SQLAlchemy's own insert of the decoded row (tests/sync/test_sqlite_rows.py).
    Other databases take SQLAlchemy's insert of the decoded rows."""

    def __init__(self, connection: Connection, table: Table, codec: TableCodec, columns: list[str]) -> None:
        self.columns = columns
        self.sqlite = connection.dialect.name == "sqlite"
        if not self.sqlite:
            return
        values = stored_values(connection, table, codec, [(name, f"?{n}") for n, name in enumerate(columns, start=1)])
        names = ", ".join(f'"{name}"' for name in columns)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join(values)})'

    def write(self, connection: Connection, table: Table, codec: TableCodec, rows: list[tuple]) -> None:
        if self.sqlite:
            connection.exec_driver_sql(self.sql, rows)
        else:
            mapped = [codec.decode_row(dict(zip(self.columns, row, strict=True))) for row in rows]
            connection.execute(table.insert(), mapped)


def stored_values(connection: Connection, table: Table, codec: TableCodec, sources: list[tuple[str, str]]) -> list[str]:
    """For each (column, SQL value in bundle form: a parameter or a staged column), the SQLite
    expression of the text SQLAlchemy stores for it (``_STORED``; python for the rare other form)."""
    dialect = connection.dialect
    driver = connection.connection.driver_connection
    values = []
    for name, source in sources:
        column = table.c[name]
        field = codec.by_name.get(name)
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        kind = _stored_kind(column.type) if field is not None else None
        function = f"stationdesk_{table.name}_{name}"
        if kind is not None:
            driver.create_function(function, 1, sqlite_stored_value(field, process), deterministic=True)
            values.append(_STORED[kind].format(p=source, slow=function))
        elif field is None or field.type == "boolean" or _decoded(field, process) is None:
            # text, integers, booleans (the reader let only true/false through; the driver binds
            # True as 1) and the receiver's own python values
            values.append(source)
        else:
            driver.create_function(function, 1, _nulls_kept(_decoded(field, process)), deterministic=True)
            values.append(f"{function}({source})")
    return values


# SQLite expressions from a value in bundle form to the text SQLAlchemy's SQLite dialect stores:
# 'YYYY-MM-DDTHH:MM:SS.ffffffZ' -> 'YYYY-MM-DD HH:MM:SS.ffffff', a wall-clock 'YYYY-MM-DDTHH:MM:SS'
# -> 'YYYY-MM-DD HH:MM:SS.000000', 'HH:MM:SS' -> 'HH:MM:SS.000000', dates as they are; NULL stays NULL
_STORED = {
    "utc": (
        "CASE WHEN {p} IS NULL THEN NULL "
        "WHEN length({p}) = 27 AND substr({p}, 11, 1) = 'T' AND substr({p}, 27) = 'Z' "
        "THEN substr({p}, 1, 10) || ' ' || substr({p}, 12, 15) ELSE {slow}({p}) END"
    ),
    "local": (
        "CASE WHEN {p} IS NULL THEN NULL WHEN length({p}) = 19 AND substr({p}, 11, 1) = 'T' "
        "THEN substr({p}, 1, 10) || ' ' || substr({p}, 12) || '.000000' ELSE {slow}({p}) END"
    ),
    "date": "CASE WHEN {p} IS NULL OR length({p}) = 10 THEN {p} ELSE {slow}({p}) END",
    "time": (
        "CASE WHEN {p} IS NULL OR length({p}) = 15 THEN {p} WHEN length({p}) = 8 THEN {p} || '.000000' "
        "ELSE {slow}({p}) END"
    ),
}


def _stored_kind(kind) -> str | None:
    if isinstance(kind, UtcDateTime):
        return "utc"
    if isinstance(kind, DateTime):
        return "local"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Time):
        return "time"
    return None


def _decoded(field: FieldCodec, process):
    """Bundle value -> python value -> SQLAlchemy's bind processor (None: nothing to do)."""
    if not field.decoding_changes:
        return process
    decode = field.decode
    if process is None:
        return decode
    return lambda value: process(decode(value))


def _nulls_kept(convert):
    return lambda value: None if value is None else convert(value)


def sqlite_stored_value(field: FieldCodec, process):
    """A date, time or datetime in a form ``_STORED`` leaves to python (no microseconds, "10:00"):
    decoded, then SQLAlchemy's processor, so the stored text is SQLAlchemy's."""
    return _nulls_kept(_decoded(field, process))


def fast_insert(connection: Connection, table: Table, codec: TableCodec, rows: list[tuple], extra=()) -> None:
    """Insert rows in bundle form, tuples of ``codec.column_names`` then the receiver-side columns
    ``extra`` (python values: change_seq, ...)."""
    columns = [*codec.column_names, *extra]
    cache = connection.info.setdefault("stationdesk_fast_insert", {})
    key = (table.name, tuple(columns))
    statement = cache.get(key)
    if statement is None:
        statement = cache[key] = _FastInsert(connection, table, codec, columns)
    statement.write(connection, table, codec, rows)


def missing_ids(connection: Connection, table: Table, ids: set[str]) -> set[str]:
    """Which of ``ids`` are not ids of ``table``."""
    if connection.dialect.name == "sqlite":
        wanted = func.json_each(json.dumps(list(ids))).table_valued("value").alias("wanted")
        absent = select(wanted.c.value).where(~exists().where(table.c.id == wanted.c.value))
        return set(connection.execute(absent).scalars())
    missing = set(ids)
    values = list(ids)
    for start in range(0, len(values), 500):
        part = values[start : start + 500]
        missing.difference_update(connection.execute(select(table.c.id).where(table.c.id.in_(part))).scalars())
    return missing


def _check_references(
    connection: Connection, receiver: Receiver, name: str, rows: list[tuple], at: dict, pending_self: set[str]
) -> None:
    """Every non-empty reference must name a record that exists here (written earlier in this
    bundle, parents first, or already present). A table pointing at itself may name a row that
    comes later in the same resource: those are checked when the resource ends."""
    codec = receiver.codec(name)
    for column, target_name in codec.references:
        index = at[column]
        wanted = {row[index] for row in rows if row[index]}
        if not wanted:
            continue
        target = receiver.table(target_name)
        if target is None:
            raise BundleRejected("bundle.schema", table=name, detail=f"{column} -> {target_name}")
        missing = missing_ids(connection, target, wanted)
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
