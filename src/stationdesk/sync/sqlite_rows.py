"""Rows of a synced table read straight from SQLite, already in the bundle's JSON form.

SQLAlchemy would turn SQLite's stored text into ``datetime``/``date``/``bool`` objects, only for the
codec to turn them back into text. Two shortcuts avoid that round trip:

- ``sqlite_json_lines``: SQLite itself writes each row's JSON line with ``json_object`` (in C, no
  Python object per value), for every row whose values all are in the exact form SQLAlchemy writes
  (``YYYY-MM-DD HH:MM:SS.ffffff``, ``YYYY-MM-DD``, ``HH:MM:SS.ffffff``, 0/1 booleans, text and
  integers). A row with any other stored value comes back as a marker and takes the long way.
- ``sqlite_rows``: each column gets one Python converter from the stored value to its JSON value,
  with the same forms taking a text shortcut; anything else goes SQLAlchemy's own result processor
  and then the codec's encoder.

The bytes written never depend on the path taken (tests/sync/test_sqlite_rows.py exports the same
station all ways and compares). One difference is left on purpose: a value in the right shape but not
on the calendar (a hand-edited '2026-02-30 …', '25:00:00.000000') is written as it is here, where
SQLAlchemy would fail to read it; the receiver's checks refuse such a bundle, naming the field.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator

import orjson
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, Time

from stationdesk.db.base import UtcDateTime
from stationdesk.sync.bundle import CursorLines
from stationdesk.sync.codec import TableCodec, _identity, json_lines

# what SQLAlchemy's SQLite DATETIME writes (microseconds always present), and its DATE
_STORED_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")
_STORED_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _slow(column, encode: Callable, dialect) -> Callable:
    """Stored value -> JSON value exactly as the SQLAlchemy path does it."""
    process = column.type.dialect_impl(dialect).result_processor(dialect, None)
    if process is None:
        return encode

    def convert(value):
        value = process(value)
        return None if value is None else encode(value)

    return convert


def _datetime_text(slow: Callable, end: int, suffix: str) -> Callable:
    def convert(value, _match=_STORED_DATETIME.fullmatch):
        if value.__class__ is str and _match(value):
            return f"{value[:10]}T{value[11:end]}{suffix}"
        return slow(value)

    return convert


def _converter(column, encode: Callable, dialect) -> Callable | None:
    """One column's converter, or None when the stored value already is the JSON value."""
    kind = column.type
    slow = _slow(column, encode, dialect)
    if isinstance(kind, UtcDateTime):
        return _datetime_text(slow, 26, "Z")  # 'YYYY-MM-DDTHH:MM:SS.ffffffZ'
    if isinstance(kind, DateTime):
        return _datetime_text(slow, 19, "")  # a local wall-clock time, to the second
    if isinstance(kind, Date):

        def iso_date(value, _match=_STORED_DATE.fullmatch):
            if value.__class__ is str and _match(value):
                return value
            return slow(value)

        return iso_date
    if isinstance(kind, Boolean):

        def boolean(value):
            if value.__class__ is int:
                if value == 1:
                    return True
                if value == 0:
                    return False
            return slow(value)

        return boolean
    if slow is _identity:
        return None  # strings and integers: SQLite hands back the JSON value itself
    return slow


def sqlite_rows(
    connection, codec: TableCodec, where: str, params: tuple, order_by: str, chunk: int = 2000
) -> Iterator[dict]:
    """Yield the encoded JSON objects of ``codec``'s table, in column order, on the DB-API cursor
    of ``connection`` (a SQLAlchemy Connection on SQLite, inside the caller's transaction)."""
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    table = codec.table
    names = codec.column_names
    sql = f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(table.name)} WHERE {where} ORDER BY {order_by}"
    converters = []
    for field in codec.fields:
        convert = _converter(table.c[field.name], field.encode, dialect)
        if convert is not None:
            converters.append((field.name, convert))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, params)
        while True:
            batch = cursor.fetchmany(chunk)
            if not batch:
                break
            for raw in batch:
                out = dict(zip(names, raw, strict=False))
                for name, convert in converters:
                    value = out[name]
                    if value is not None:
                        out[name] = convert(value)
                yield out
    finally:
        cursor.close()


# json_object() is built in from SQLite 3.38; it takes at most SQLITE_MAX_FUNCTION_ARG (127) arguments
_JSON_IN_SQL = sqlite3.sqlite_version_info >= (3, 38, 0)
_MAX_JSON_COLUMNS = 63
_GLOB_DATETIME = "NNNN-NN-NN NN:NN:NN.NNNNNN".replace("N", "[0-9]")
_GLOB_DATE = "NNNN-NN-NN".replace("N", "[0-9]")
_GLOB_TIME = "NN:NN:NN.NNNNNN".replace("N", "[0-9]")
_LONG_WAY = b"!"  # a line starting with this is a row id for the long way; JSON lines start with "{"


def _json_column(column, quoted: str) -> tuple[str | None, str] | None:
    """(SQL that is true when the stored value is in the form SQLAlchemy writes, or None when every
    value is; the SQL of its JSON value), or None when the column's type has no SQL shortcut. Both
    give what ``_converter`` + the codec write. The checks lean on SQLite's type affinity
    (sqlite.org/datatype3.html): VARCHAR/TEXT columns hold only text (or a blob, which no path can
    write as JSON), BOOLEAN/DATETIME/INTEGER ones turn text that looks like a number into one."""
    kind = column.type
    if isinstance(kind, (UtcDateTime, DateTime)):
        # to the microsecond with a "Z", or a wall-clock time to the second; its one space becomes the "T"
        value = (
            f"replace({quoted}, ' ', 'T') || 'Z'"
            if isinstance(kind, UtcDateTime)
            else f"replace(substr({quoted}, 1, 19), ' ', 'T')"
        )
        return f"{quoted} GLOB '{_GLOB_DATETIME}'", value
    if isinstance(kind, Date):
        return f"{quoted} GLOB '{_GLOB_DATE}'", quoted
    if isinstance(kind, Time):  # time.isoformat() leaves out zero microseconds
        return (
            f"{quoted} GLOB '{_GLOB_TIME}'",
            f"CASE substr({quoted}, 10) WHEN '000000' THEN substr({quoted}, 1, 8) ELSE {quoted} END",
        )
    if isinstance(kind, Boolean):
        # no ELSE: a NULL stays NULL (null in the JSON), like the Python path
        return f"{quoted} IN (0, 1)", f"CASE {quoted} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
    if isinstance(kind, Integer):
        return f"typeof({quoted}) <> 'real'", quoted  # SQLite and orjson print reals differently
    if isinstance(kind, (String, Text)):
        return None, quoted
    return None


def _json_line_sql(codec: TableCodec, dialect) -> str | None:
    """The SELECT expression that gives a row's JSON line as bytes, or its id after the marker."""
    if not _JSON_IN_SQL or len(codec.fields) > _MAX_JSON_COLUMNS:
        return None
    quote = dialect.identifier_preparer.quote
    conditions, pairs = [], []
    for field in codec.fields:
        quoted = quote(field.name)
        shortcut = _json_column(codec.table.c[field.name], quoted)
        if shortcut is None:
            return None
        condition, value = shortcut
        if condition:
            conditions.append(f"({quoted} IS NULL OR {condition})")
        pairs.append(f"'{field.name}', {value}")
    line = f"json_object({', '.join(pairs)}) || char(10)"
    if conditions:
        line = f"CASE WHEN {' AND '.join(conditions)} THEN {line} ELSE '!' || {quote('id')} END"
    return f"CAST({line} AS BLOB)"


def sqlite_json_lines(
    connection, codec: TableCodec, where: str, params: tuple, order_by: str, chunk: int = 2000
) -> Iterator[tuple[bytes | CursorLines, int]]:
    """Chunks of ``codec``'s table as JSON Lines with their row counts, written by SQLite itself
    where it can (``sqlite_rows`` otherwise, and for single rows in other stored forms); a chunk of
    SQLite's lines only is handed on unjoined (``CursorLines``)."""
    expression = _json_line_sql(codec, connection.dialect)
    if expression is None:
        yield from json_lines(sqlite_rows(connection, codec, where, params, order_by, chunk), _identity, chunk)
        return
    quote = connection.dialect.identifier_preparer.quote
    cursor = connection.connection.cursor()
    try:
        cursor.execute(f"SELECT {expression} FROM {quote(codec.table.name)} WHERE {where} ORDER BY {order_by}", params)
        while batch := cursor.fetchmany(chunk):
            # "!" sorts before "{": the smallest row starts with the marker if any row does
            if min(batch)[0][:1] != _LONG_WAY:
                yield CursorLines(batch), len(batch)
                continue
            lines = [row[0] for row in batch]
            data = b"".join(
                [line if line[:1] != _LONG_WAY else _long_way(connection, codec, line[1:].decode()) for line in lines]
            )
            yield data, len(batch)
    finally:
        cursor.close()


def _long_way(connection, codec: TableCodec, row_id: str) -> bytes:
    (row,) = sqlite_rows(connection, codec, f"{connection.dialect.identifier_preparer.quote('id')} = ?", (row_id,), "1")
    return orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE)
