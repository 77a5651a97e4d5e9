"""How the rows of a synced table are written in a bundle and read back, checked field by field.

A table is described by its SQLAlchemy ``Table`` (the models are the single source of truth): every
column except the local ``change_seq`` travels. Values are JSON: strings, integers, booleans, null,
dates as ``YYYY-MM-DD`` and timestamps as UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``. The same description
gives the Frictionless-style schema of ``datapackage.json`` (docs/bundle-format.md, section 5).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation

import orjson
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Numeric, String, Table, Text, Time

from stationdesk.db.base import UtcDateTime
from stationdesk.domain.clock import parse_version
from stationdesk.errors import BundleRejected

LOCAL_COLUMNS = frozenset({"change_seq"})
SYNC_COLUMNS = ("id", "origin_station", "created_at", "updated_at", "version", "deleted")
_STATION_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")
# declared in every schema (docs/bundle-format.md, section 6); the reader checks them itself
SYNC_PATTERNS = {"origin_station": _STATION_CODE.pattern, "version": "^[0-9]{13}-[0-9]{4}$"}
_INT_LIMIT = 2**63


class BadValue(ValueError):
    pass


def encode_utc_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise BadValue("naive datetime")
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    # isoformat is ~3x faster than strftime; "+00:00" becomes "Z": YYYY-MM-DDTHH:MM:SS.ffffffZ
    return value.isoformat(timespec="microseconds")[:-6] + "Z"


def decode_utc_datetime(value) -> datetime:
    if not isinstance(value, str) or not value.endswith("Z") or len(value) > 40:
        raise BadValue("datetime")
    try:
        parsed = datetime.fromisoformat(value[:-1])
    except ValueError:
        raise BadValue("datetime") from None
    if parsed.tzinfo is not None:
        raise BadValue("datetime")
    return parsed.replace(tzinfo=UTC)


LOCAL_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S"


def _encode_local_datetime(value: datetime) -> str:
    """A station wall-clock time (e.g. a sign-in time copied from paper): no zone, to the second."""
    if value.tzinfo is not None:
        raise BadValue("zoned datetime")
    return value.strftime(LOCAL_DATETIME_FORMAT)


def _decode_local_datetime(value) -> datetime:
    if not isinstance(value, str) or len(value) != 19:
        raise BadValue("datetime")
    try:
        return datetime.strptime(value, LOCAL_DATETIME_FORMAT)
    except ValueError:
        raise BadValue("datetime") from None


def _decode_date(value) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise BadValue("date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadValue("date") from None


def _decode_time(value) -> time:
    if not isinstance(value, str) or len(value) > 20:
        raise BadValue("time")
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise BadValue("time") from None


def _decode_integer(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not -_INT_LIMIT <= value < _INT_LIMIT:
        raise BadValue("integer")
    return value


def _decode_boolean(value) -> bool:
    if not isinstance(value, bool):
        raise BadValue("boolean")
    return value


def _decode_number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadValue("number")
    return value


def _decode_decimal(value):
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise BadValue("number")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise BadValue("number") from None


def _identity(value):
    return value


def _encode_float(value) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise BadValue("number")  # JSON has no NaN or infinity; never let a writer turn it into null
    return value


# the bundle form of each kind, as the codec's encoders write it; a value already in this form is
# only validated, any other accepted form is decoded and encoded again
_CANONICAL_UTC = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
_CANONICAL_LOCAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")
_CANONICAL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _canonical(pattern: re.Pattern, parse: Callable, encode: Callable, decode: Callable) -> Callable:
    def check(value, _match=pattern.fullmatch):
        if value.__class__ is str and _match(value):
            try:
                parse(value)  # the calendar: no 30 February, no hour 24
            except ValueError:
                raise BadValue("value") from None
            return value
        return encode(decode(value))

    return check


def _check_with(encode: Callable, decode: Callable) -> Callable:
    if encode is _identity:
        return decode
    return lambda value: encode(decode(value))


# decoders that hand back the bundle value itself (string decoders only check, too)
_UNCHANGED_BY_DECODING = frozenset({_identity, _decode_integer, _decode_boolean, _decode_number})


@dataclass(frozen=True)
class FieldCodec:
    name: str
    type: str  # Frictionless type: string, integer, boolean, date, datetime, number, time, any
    required: bool
    max_length: int | None
    encode: Callable  # python value -> JSON value (never called with None)
    decode: Callable  # JSON value -> python value (never called with None)
    check: Callable  # JSON value -> the same value in bundle form, what ``encode`` writes
    references: str | None  # table name this column points at (its id), or None
    format: str | None = None  # Frictionless format, given for local (zone-less) datetimes
    # the bundle form as (its pattern's fullmatch, the calendar's parser, whether the parser wants
    # the text without its trailing Z), for dates and datetimes: what ``check`` tries first
    form: tuple[Callable, Callable, bool] | None = None

    @property
    def decoding_changes(self) -> bool:
        """Is the python value different from the bundle value (a datetime for its text, ...)?"""
        return self.type != "string" and self.decode not in _UNCHANGED_BY_DECODING

    def schema(self) -> dict:
        field: dict = {"name": self.name, "type": self.type}
        if self.format:
            field["format"] = self.format
        constraints: dict = {}
        if self.required:
            constraints["required"] = True
        if self.max_length:
            constraints["maxLength"] = self.max_length
        if self.name == "id" or self.references:
            constraints["pattern"] = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
        elif self.name in SYNC_PATTERNS:
            constraints["pattern"] = SYNC_PATTERNS[self.name]
        if constraints:
            field["constraints"] = constraints
        return field


def _string_decoder(max_length: int | None) -> Callable:
    if max_length is None:

        def decode(value):
            if not isinstance(value, str):
                raise BadValue("string")
            return value

        return decode

    def decode_limited(value):
        if not isinstance(value, str) or len(value) > max_length:
            raise BadValue("string")
        return value

    return decode_limited


_NO_LIMIT = 1 << 62


# exactly what str(uuid.UUID(value)) == value accepts: the canonical lower-case hyphenated form
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_decoder(value, _match=_UUID.fullmatch):
    if not isinstance(value, str) or _match(value) is None:
        raise BadValue("uuid")
    return value


def _field_for(column) -> FieldCodec:
    kind = column.type
    references = None
    for foreign_key in column.foreign_keys:
        references = foreign_key.column.table.name
    required = not column.nullable
    max_length = None
    value_format = None
    if isinstance(kind, UtcDateTime):
        spec = ("datetime", encode_utc_datetime, decode_utc_datetime)
    elif isinstance(kind, DateTime):
        spec = ("datetime", _encode_local_datetime, _decode_local_datetime)
        value_format = LOCAL_DATETIME_FORMAT
    elif isinstance(kind, Boolean):
        spec = ("boolean", _identity, _decode_boolean)
    elif isinstance(kind, Integer):
        spec = ("integer", _identity, _decode_integer)
    elif isinstance(kind, Date):
        spec = ("date", date.isoformat, _decode_date)
    elif isinstance(kind, Time):
        spec = ("time", time.isoformat, _decode_time)
    elif isinstance(kind, Float):
        spec = ("number", _encode_float, _decode_number)
    elif isinstance(kind, Numeric):
        spec = ("number", str, _decode_decimal)
    elif isinstance(kind, JSON):
        spec = ("any", _identity, _identity)
    elif isinstance(kind, (String, Text)):
        max_length = getattr(kind, "length", None) if not isinstance(kind, Text) else None
        decoder = _uuid_decoder if column.name == "id" or references else _string_decoder(max_length)
        spec = ("string", _identity, decoder)
    else:
        spec = ("string", str, _string_decoder(None))
    name, encode, decode = spec
    form = None
    if isinstance(kind, UtcDateTime):
        form = (_CANONICAL_UTC.fullmatch, datetime.fromisoformat, True)
        check = _canonical(_CANONICAL_UTC, lambda v: datetime.fromisoformat(v[:-1]), encode, decode)
    elif isinstance(kind, DateTime):
        form = (_CANONICAL_LOCAL.fullmatch, datetime.fromisoformat, False)
        check = _canonical(_CANONICAL_LOCAL, datetime.fromisoformat, encode, decode)
    elif isinstance(kind, Date):
        form = (_CANONICAL_DATE.fullmatch, date.fromisoformat, False)
        check = _canonical(_CANONICAL_DATE, date.fromisoformat, encode, decode)
    else:
        check = _check_with(encode, decode)
    return FieldCodec(column.name, name, required, max_length, encode, decode, check, references, value_format, form)


def column_default(column):
    """The value a missing column takes when an older program sent the row, or a ``BadValue``."""
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg
    if default is not None and getattr(default, "is_callable", False):
        return default.arg(None) if default.arg.__code__.co_argcount else default.arg()
    if column.nullable:
        return None
    raise BadValue(f"missing {column.name}")


class TableCodec:
    """Encode rows of one synced table for a bundle, and decode + check rows read from one."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.name = table.name
        self.fields = [_field_for(c) for c in table.columns if c.name not in LOCAL_COLUMNS]
        self.by_name = {f.name: f for f in self.fields}
        self.column_names = [f.name for f in self.fields]
        self.data_names = [n for n in self.column_names if n not in ("version", "updated_at")]
        self.references = [(f.name, f.references) for f in self.fields if f.references]
        self._encoders = [(f.name, f.encode) for f in self.fields if f.encode is not _identity]
        self._decoders = [(f.name, f.decode) for f in self.fields if f.decoding_changes]

    def schema(self) -> dict:
        schema = {"fields": [f.schema() for f in self.fields], "primaryKey": "id"}
        if self.references:
            schema["foreignKeys"] = [
                {"fields": column, "reference": {"resource": target, "fields": "id"}}
                for column, target in self.references
            ]
        return schema

    def encode(self, row) -> dict:
        """A database row (mapping) as the JSON object written on one line."""
        out = {name: row[name] for name in self.column_names}
        for name, encode in self._encoders:
            value = out[name]
            if value is not None:
                out[name] = encode(value)
        return out

    def decode_row(self, row: dict) -> dict:
        """A row in bundle form (as ``reader`` returns it) with python values for the database;
        keys that are not fields of the table (receiver-side columns) pass unchanged."""
        out = dict(row)
        for name, decode in self._decoders:
            value = out.get(name)
            if value is not None:
                out[name] = decode(value)
        return out

    def reader(self, declared_fields: list[dict]) -> Callable[[dict], dict]:
        """A function that checks one JSON row written with ``declared_fields`` (from the bundle's
        schema) and returns it in bundle form for every local column: each value exactly as
        ``encode`` writes it ("10:00" becomes "10:00:00"), missing columns filled with their
        defaults. ``decode_row`` gives the python values. Raises ``BundleRejected``."""
        if not isinstance(declared_fields, list):
            raise BundleRejected("bundle.schema", table=self.name, detail="fields")
        names = []
        for declared in declared_fields:
            name = declared.get("name") if isinstance(declared, dict) else None
            local = self.by_name.get(name) if isinstance(name, str) else None
            if local is None:
                raise BundleRejected("bundle.schema", table=self.name, detail=f"unknown field {name!r}")
            if declared.get("type") != local.type:
                raise BundleRejected("bundle.schema", table=self.name, detail=f"type of {name}")
            names.append(name)
        if len(set(names)) != len(names):
            raise BundleRejected("bundle.schema", table=self.name, detail="duplicate field")
        for required in SYNC_COLUMNS:
            if required not in names:
                raise BundleRejected("bundle.schema", table=self.name, detail=f"missing {required}")
        fillers = {}
        for field in self.fields:
            if field.name not in names:
                try:
                    default = column_default(self.table.c[field.name])
                except BadValue:
                    raise BundleRejected("bundle.schema", table=self.name, detail=f"missing {field.name}") from None
                fillers[field.name] = None if default is None else field.encode(default)
        return _compiled_reader(self.name, [self.by_name[n] for n in names], fillers)


_VERSION = re.compile(r"[0-9]{13}-[0-9]{4}")


def _compiled_reader(table: str, declared: list[FieldCodec], fillers: dict) -> Callable[[dict], dict]:
    """The reader of ``TableCodec.reader`` as one straight-line function for this bundle's fields,
    made with ``exec``: the checking pass calls it once per row, and a loop over the fields costs
    more than the checks themselves. The checks and their order are those written out below:
    the field set; plain strings (type, required, length); booleans; every other field through its
    ``check``, which also puts it in bundle form; the defaults of fields the sender did not know;
    the version's form; the origin's form. The first failure names its field. Field names and
    messages reach the code only as names bound in its namespace, never as source text."""
    names: dict = {
        "BundleRejected": BundleRejected,
        "BadValue": BadValue,
        "isinstance": isinstance,
        "len": len,
        "dict": dict,
        "str": str,
        "expected": {f.name for f in declared},
        "fillers": fillers,
        "version_form": _VERSION.fullmatch,
        "parse_version": parse_version,
        "station_form": _STATION_CODE.fullmatch,
        "uuid_form": _UUID.fullmatch,
    }
    lines = [
        "def read(raw):",
        "    if not isinstance(raw, dict) or raw.keys() != expected:",
        "        raise BundleRejected('bundle.row_invalid', table=TABLE, detail='fields')",
    ]
    names["TABLE"] = table

    def bad(key: str, detail: str) -> str:
        names[f"D{key}"] = detail
        return f"raise BundleRejected('bundle.row_invalid', table=TABLE, detail=D{key}) from None"

    plain = [f for f in declared if (f.type == "string" and f.decode is not _uuid_decoder) or f.type == "boolean"]
    strings = [f for f in plain if f.type == "string"]
    booleans = [f for f in plain if f.type == "boolean"]
    checks = [f for f in declared if f not in plain]
    for index, field in enumerate(declared):
        names[f"N{index}"] = field.name
    position = {field.name: index for index, field in enumerate(declared)}
    for field in strings:
        k = position[field.name]
        limit = field.max_length or _NO_LIMIT
        names[f"L{k}"] = limit
        lines += [f"    v = raw[N{k}]", f"    if v.__class__ is not str or len(v) > L{k}:"]
        if field.required:
            lines += ["        if v is None:", f"            {bad(f'{k}e', f'{field.name} is empty')}"]
        lines += [
            f"        if v is not None and (not isinstance(v, str) or len(v) > L{k}):",
            f"            {bad(f'{k}', field.name)}",
        ]
    for field in booleans:
        k = position[field.name]
        lines += [f"    v = raw[N{k}]", "    if v is not True and v is not False:"]
        if field.required:
            lines += [f"        {bad(f'{k}', field.name)}"]
        else:
            lines += ["        if v is not None:", f"            {bad(f'{k}', field.name)}"]
    for field in checks:
        k = position[field.name]
        lines += [f"    v = raw[N{k}]", "    if v is None:"]
        lines += [f"        {bad(f'{k}e', f'{field.name} is empty')}" if field.required else "        pass"]
        if field.decode is _uuid_decoder:  # the commonest check (ids, references), inline
            lines += [
                "    elif not isinstance(v, str) or uuid_form(v) is None:",
                f"        {bad(f'{k}', field.name)}",
            ]
        else:
            names[f"C{k}"] = field.check
            if field.form is not None:  # dates and datetimes in bundle form: pattern and calendar, inline
                names[f"F{k}"], names[f"P{k}"], without_z = field.form
                lines += [
                    f"    elif v.__class__ is str and F{k}(v) is not None:",
                    "        try:",
                    f"            P{k}(v[:-1])" if without_z else f"            P{k}(v)",
                    "        except ValueError:",
                    f"            {bad(f'{k}', field.name)}",
                ]
            lines += [
                "    else:",
                "        try:",
                f"            raw[N{k}] = C{k}(v)",
                "        except BadValue:",
                f"            {bad(f'{k}', field.name)}",
            ]
    if fillers:
        lines += ["    raw.update(fillers)"]
    lines += [
        "    v = raw['version']",
        "    if version_form(v) is None:",  # the usual form; anything else is judged by parse_version
        "        try:",
        "            parse_version(v)",
        "        except ValueError:",
        f"            {bad('version', 'version')}",
        "    if not station_form(raw['origin_station']):",
        f"        {bad('origin', 'origin_station')}",
        "    return raw",
    ]
    exec(compile("\n".join(lines), f"<reader of {table}>", "exec"), names)
    return names["read"]


def json_lines(rows: Iterable, encode: Callable, chunk: int) -> Iterator[tuple[bytes, int]]:
    """Rows as chunks of JSON Lines bytes (with the number of rows in each), as a bundle holds them:
    orjson's compact UTF-8, keys in column order (the float encoder has already refused NaN)."""
    batch: list[bytes] = []
    for row in rows:
        batch.append(orjson.dumps(encode(row), option=orjson.OPT_APPEND_NEWLINE))
        if len(batch) >= chunk:
            yield b"".join(batch), len(batch)
            batch.clear()
    if batch:
        yield b"".join(batch), len(batch)
