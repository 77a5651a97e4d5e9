"""Rows of a synced table read straight from SQLite's DB-API cursor, already in the bundle's JSON form.

SQLAlchemy would turn SQLite's stored text into ``datetime``/``date``/``bool`` objects, only for the
codec to turn them back into text. Here each column gets one converter from the stored value to
its JSON value. Values in the exact form SQLAlchemy writes (``YYYY-MM-DD HH:MM:SS.ffffff``,
``YYYY-MM-DD``, 0/1) take a text shortcut; anything else goes the long way (SQLAlchemy's own
result processor, then the codec's encoder), so the bytes written never depend on the path taken
(tests/sync/test_sqlite_rows.py exports the same station both ways and compares).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sqlalchemy import Boolean, Date, DateTime

from stationdesk.db.base import UtcDateTime
from stationdesk.sync.codec import TableCodec, _identity

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
        return _datetime_text(slow, 26, "Z")        # 'YYYY-MM-DDTHH:MM:SS.ffffffZ'
    if isinstance(kind, DateTime):
        return _datetime_text(slow, 19, "")         # a local wall-clock time, to the second
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
        return None          # strings and integers: SQLite hands back the JSON value itself
    return slow


def sqlite_rows(connection, codec: TableCodec, where: str, params: tuple, order_by: str,
                chunk: int = 2000) -> Iterator[dict]:
    """Yield the encoded JSON objects of ``codec``'s table, in column order, on the DB-API cursor
    of ``connection`` (a SQLAlchemy Connection on SQLite, inside the caller's transaction)."""
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    table = codec.table
    names = codec.column_names
    sql = (f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(table.name)} "
           f"WHERE {where} ORDER BY {order_by}")
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
                out = dict(zip(names, raw))
                for name, convert in converters:
                    value = out[name]
                    if value is not None:
                        out[name] = convert(value)
                yield out
    finally:
        cursor.close()
