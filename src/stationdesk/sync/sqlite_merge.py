"""The SQLite hub's two passes: the checked rows are staged in the hub's own database, inside the
import's one transaction, and a table none of whose rows the hub holds (a station's first bundle,
the large import) goes in with one ``INSERT … SELECT``, as the PostgreSQL hub does it.

Pass 1 (``stage_tables``) checks every resource exactly as ``merge.check_payload`` does and inserts
its checked rows, in bundle form, into a staging table without types (``stage_<table>``), so a value
is kept as the reader gave it: text, integer, NULL; a boolean as 0 or 1. The staging tables are never
committed: the writing pass drops them, a refusal rolls them back with everything else. Staged in
the hub's file, the rows are on disk only where the hub keeps them anyway (no plaintext working
file, as docs/bundle-format.md and ``working_files`` require). The set-based insert deletes each
slice from the stage as it writes it, so the hub's new pages reuse the staged ones; a stage read row
by row is dropped at the end, and its pages stay free in the file for the next import. Python
touches each row once: no pickling, and the usual import is written by SQLite alone.

Pass 2 (``merge_tables``), table by table, parents first, each only after every resource was
checked: rows none of which the hub holds are inserted set-based (their counts, highest version,
an id sent twice and the references found by SQL); any other mix goes row by row through
``merge.apply_table``, read back from the staging table, with the same rules and counts as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass

from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from stationdesk.errors import BundleRejected
from stationdesk.services.progress import Progress, report
from stationdesk.sync.bundle import Payload
from stationdesk.sync.codec import TableCodec
from stationdesk.sync.hub_models import WRITTEN_BY
from stationdesk.sync.merge import (
    CHUNK,
    MergeResult,
    Receiver,
    TableCounts,
    apply_table,
    checked_chunks,
    known_tables,
    missing_ids,
    stored_values,
)

SLICE = 20_000  # rows a set-based statement writes at a time


@dataclass(frozen=True)
class Staged:
    """What pass 1 left: each checked table's staging table, and the number of rows checked."""

    tables: dict[str, str]
    total: int


def _quoted(names) -> str:
    return ", ".join(f'"{name}"' for name in names)


def stage_tables(connection: Connection, payload: Payload, receiver: Receiver, progress: Progress | None) -> Staged:
    """Pass 1, before anything of the hub's is written: every resource is a known table, each row
    parses, is checked and is sent by its owner, and each resource's bytes, hash and count match
    (``merge.checked_chunks``); the checked rows go into the table's staging table as they come."""
    names = known_tables(payload, receiver)
    done, total = 0, sum(payload.resources[name].count for name in names)
    tables = {}
    for name in names:
        columns = receiver.codec(name).column_names
        stage = tables[name] = f"stage_{name}"
        connection.exec_driver_sql(f'CREATE TABLE "{stage}" ({_quoted(columns)})')
        insert = f'INSERT INTO "{stage}" VALUES ({", ".join("?" * len(columns))})'
        for chunk in checked_chunks(payload, receiver, name):
            connection.exec_driver_sql(insert, chunk)
            done += len(chunk)
            report(progress, done, total * 2)
    return Staged(tables, total)


def merge_tables(
    connection: Connection,
    payload: Payload,
    receiver: Receiver,
    sender: str,
    staged: Staged,
    progress: Progress | None = None,
) -> MergeResult:
    """Pass 2: apply the staged tables, parents first, dropping each staging table after it."""
    result = MergeResult()
    done, total = 0, staged.total
    for name in [n for n in receiver.order() if n in staged.tables]:
        stage = staged.tables[name]
        if _holds_any(connection, receiver.table(name).name, stage):
            # closed at once on a refusal too, while the connection is open
            with closing(_staged_chunks(connection, stage, receiver.codec(name))) as rows:
                done = apply_table(connection, payload, receiver, sender, name, rows, result, progress, done, total)
        else:
            done += _insert_new(connection, receiver, sender, name, stage, result)
            report(progress, total + done, total * 2 if total else None)
        connection.exec_driver_sql(f'DROP TABLE "{stage}"')
    return result


def _holds_any(connection: Connection, table: str, stage: str) -> bool:
    """Does the hub hold any of the staged ids? (one primary-key probe a staged row)"""
    found = connection.exec_driver_sql(
        f'SELECT 1 FROM "{stage}" AS s WHERE EXISTS (SELECT 1 FROM "{table}" AS t WHERE t."id" = s."id") LIMIT 1'
    ).first()
    return found is not None


def _staged_chunks(connection: Connection, stage: str, codec: TableCodec) -> Iterator[list[tuple]]:
    """The staged rows in bundle order, CHUNK at a time, as the reader gave them (booleans back
    from SQLite's 0 and 1)."""
    booleans = [i for i, field in enumerate(codec.fields) if field.type == "boolean"]
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(f'SELECT {_quoted(codec.column_names)} FROM "{stage}" ORDER BY rowid')
        while rows := cursor.fetchmany(CHUNK):
            chunk = []
            for row in rows:
                values = list(row)
                for i in booleans:
                    if values[i] is not None:
                        values[i] = bool(values[i])
                chunk.append(tuple(values))
            yield chunk
    finally:
        cursor.close()


def _insert_new(connection: Connection, receiver: Receiver, sender: str, name: str, stage: str, result) -> int:
    """Rows none of which the hub holds, SLICE at a time in bundle order, each slice in one
    statement: numbered by their place in the bundle, each value turned into the text SQLAlchemy
    stores by the same expressions as a row-by-row insert (``merge.stored_values``). A slice written
    is deleted from the staging table, so the hub's new pages reuse the staged ones (the file does
    not grow by the staging, and its pages are not written twice). An id sent twice breaks the
    primary key (``OR FAIL``: no statement journal to keep; the import's rollback undoes the rest)
    and is then named; every reference must name a record the hub holds, a row of this table
    itself once the table is written. Returns the rows staged."""
    table, codec = receiver.table(name), receiver.codec(name)
    counts = result.tables.setdefault(name, TableCounts())
    staged, deleted, highest = connection.exec_driver_sql(
        f'SELECT count(*), coalesce(sum("deleted"), 0), max("version") FROM "{stage}"'
    ).one()
    if not staged:
        return 0
    counts.imported += staged - deleted
    counts.deleted += deleted
    if highest > result.max_version:
        result.max_version = highest
    references = []
    for column, target_name in codec.references:
        target = receiver.table(target_name)
        if target is None:
            raise BundleRejected("bundle.schema", table=name, detail=f"{column} -> {target_name}")
        references.append((column, target))
    first = receiver.hub.allocate(connection, staged)
    columns = codec.column_names
    values = stored_values(connection, table, codec, [(n, f'"{n}"') for n in columns])
    insert = (
        f'INSERT OR FAIL INTO "{table.name}" ({_quoted([*columns, "change_seq", WRITTEN_BY])}) '
        f'SELECT {", ".join(values)}, ? - 1 + rowid, ? FROM "{stage}" WHERE rowid > ? AND rowid <= ? ORDER BY rowid'
    )
    pending_self: set[str] = set()
    for low in range(0, staged, SLICE):  # the staging table's rowids are 1 … staged, in bundle order
        high = low + SLICE
        try:
            connection.exec_driver_sql(insert, (first, sender, low, high))
        except IntegrityError:
            _refuse_twice(connection, table.name, stage, name, first, low, high)
            raise  # not an id sent twice: the caller refuses it as a unique clash
        for column, target in references:
            missing = set(
                connection.exec_driver_sql(
                    f'SELECT s."{column}" FROM "{stage}" AS s WHERE s.rowid > ? AND s.rowid <= ? '
                    f'AND s."{column}" IS NOT NULL '
                    f'AND NOT EXISTS (SELECT 1 FROM "{target.name}" AS t WHERE t."id" = s."{column}")',
                    (low, high),
                ).scalars()
            )
            if missing and target is table:
                pending_self.update(missing)  # may be a row of a later slice
            elif missing:
                raise BundleRejected("bundle.dangling_reference", table=name, column=column, value=min(missing))
        connection.exec_driver_sql(f'DELETE FROM "{stage}" WHERE rowid <= ?', (high,))
    missing = missing_ids(connection, table, pending_self) if pending_self else set()
    if missing:
        column = next(c for c, target in references if target is table)
        raise BundleRejected("bundle.dangling_reference", table=name, column=column, value=min(missing))
    return staged


def _refuse_twice(connection: Connection, table: str, stage: str, name: str, first: int, low: int, high: int) -> None:
    """After the primary key refused a row of the slice ``low`` … ``high``: a staged row whose id
    the hub now holds under another row's number is an id the bundle sent twice."""
    twice = connection.exec_driver_sql(
        f'SELECT min(s."id") FROM "{stage}" AS s JOIN "{table}" AS t ON t."id" = s."id" '
        f'WHERE s.rowid > ? AND s.rowid <= ? AND t."change_seq" <> ? - 1 + s.rowid',
        (low, high, first),
    ).scalar()
    if twice is not None:
        raise BundleRejected("bundle.row_invalid", table=name, detail=f"id {twice} twice") from None
