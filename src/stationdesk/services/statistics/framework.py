"""Indicators as declarations, in the manner of a DHIS2 data set, and the one engine that counts them.

An indicator is declared once::

    declare(Indicator(
        key="visits", section="elderly",
        name=("探访次数", "Visits"), unit=("次", "visits"),
        definition=("期内登记的探访记录条数。", "Visit records dated in the period."),
        reads=("visit", "person"), breakdowns=("visit_kind", "community"),
        count=visit_records,            # (t, span) -> Fact: the SQL
    ))

``count`` builds a ``Fact`` with SQLAlchemy Core over a table namespace ``t`` (``t.visit``,
``t.person`` …): the station's own tables or the hub's copies, which have the same names and columns.
So one definition runs at the station and at the city, on SQLite and on PostgreSQL, and the engine
only ever asks the database for aggregates (``count``, ``count(distinct …)``, ``sum``), never for rows;
the rows are read only to list them in a drill-down, a page at a time.

A ratio (attendance rate, hours per volunteer) is declared as ``ratio=(numerator, denominator)`` of two
facts; the city's ratio is the ratio of the city's sums, never an average of stations' ratios.

Figures on the same records are one base fact (a builder marked ``@shared``) and variants of it made
with ``replace(base, measure=..., only=...)``; the engine then counts them in one query, each with
its own FILTER.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    FromClause,
    String,
    Table,
    and_,
    distinct,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from stationdesk.domain.periods import Period

COUNT, DISTINCT, SUM = "count", "distinct", "sum"
TOTAL = "__total__"  # the category key of a figure that is not broken down

Text = tuple[str, str]  # (中文, English)


def pick(text: Text, english: bool) -> str:
    return text[1] if english else text[0]


def named(codes: tuple[Any, ...], english: tuple[str, ...]) -> dict[Any, Text]:
    """Category names for stored Chinese codes (上门走访 …) and their English, in the codes' order."""
    return {code: (str(code), name) for code, name in zip(codes, english, strict=True)}


# --------------------------------------------------------------------------------------------- tables


class Tables:
    """Tables by name, read as attributes (``t.visit``): the station's models or the hub's copies."""

    def __init__(self, tables: Mapping[str, Table]) -> None:
        self._tables = tables

    def __getattr__(self, name: str) -> Table:
        try:
            return self._tables[name]
        except KeyError:
            raise AttributeError(name) from None


def station_tables() -> Tables:
    import stationdesk.db.models  # noqa: F401  (every feature's tables)
    from stationdesk.db.base import Base

    return Tables(Base.metadata.tables)


def live(table: Table) -> ColumnElement[bool]:
    """Not a tombstone: a deleted record is never counted."""
    return usually_true(table.c.deleted.is_(False))


class usually_true(FunctionElement):  # noqa: N801 - reads as the SQL function it renders
    """A condition nearly every row meets. SQLite has no statistics on a station's file, so it takes
    ``person.deleted IS 0`` (the first column of the people list's index) for a narrow search and
    starts from the whole registry; ``likelihood()`` tells it otherwise. PostgreSQL has statistics."""

    type = Boolean()
    inherit_cache = True


@compiles(usually_true)
def _usually_true(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(usually_true, "sqlite")
def _usually_true_sqlite(element, compiler, **kw):
    return f"likelihood({compiler.process(element.clauses, **kw)}, 0.99)"


class date_from_text(FunctionElement):  # noqa: N801 - reads as the SQL function it renders
    """An ISO date held as text ("2026-05-10") back as a date: SQLite keeps dates as that text already
    (a CAST would turn it into a number), PostgreSQL casts."""

    type = Date()
    inherit_cache = True


@compiles(date_from_text)
def _date_from_text(element, compiler, **kw):
    return f"CAST({compiler.process(element.clauses, **kw)} AS DATE)"


@compiles(date_from_text, "sqlite")
def _date_from_text_sqlite(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


class minutes_between(FunctionElement):  # noqa: N801 - reads as the SQL function it renders
    """Minutes from one time of day to a later one (a session's length), in each database's own words."""

    type = Float()
    inherit_cache = True


@compiles(minutes_between, "sqlite")
def _minutes_sqlite(element, compiler, **kw):
    # whole seconds, not julianday's floating days: 90 minutes are 90, not 89.99999999
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"((CAST(strftime('%s', {end}) AS INTEGER) - CAST(strftime('%s', {start}) AS INTEGER)) / 60.0)"


@compiles(minutes_between, "postgresql")
def _minutes_postgresql(element, compiler, **kw):
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 60.0)"


def text_literal(value: str) -> ColumnElement:
    """A constant string column (a union's "where this record came from") written into the SQL itself,
    so PostgreSQL knows its type in a UNION."""
    return literal_column("'" + value.replace("'", "''") + "'")


# --------------------------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class Span:
    """What a fact is counted over: the period's first and last day, and the day stock figures are
    read on (the last day, or today while the period runs)."""

    start: date
    end: date
    as_of: date

    @classmethod
    def of(cls, period: Period, today: date) -> Span:
        return cls(period.start, period.end, period.as_of(today))


# --------------------------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class By:
    """Break a figure down by a column's value (one category per value; NULL or "" = not recorded)."""

    column: ColumnElement
    label: ColumnElement | None = None  # a readable name beside a key column (a team's name)
    joins: tuple[tuple[FromClause, ColumnElement[bool]], ...] = ()  # outer joins the column needs


@dataclass(frozen=True)
class Among:
    """Break a figure down into categories that may overlap: a person in two groups counts in both,
    so the categories need not add up to the total."""

    categories: tuple[tuple[str, ColumnElement[bool]], ...]
    joins: tuple[tuple[FromClause, ColumnElement[bool]], ...] = ()


@dataclass(frozen=True)
class Shown:
    """A column of a drill-down list."""

    name: Text
    expr: ColumnElement
    kind: str = (
        "text"  # text, date, moment (a UTC time), number; a label table key from ``BREAKDOWNS`` reads codes as names
    )


@dataclass(frozen=True)
class Fact:
    """The records one figure counts."""

    source: FromClause  # a table, a join or a subquery
    where: tuple[ColumnElement[bool], ...]
    origin: ColumnElement  # origin_station of the counted records: a station's share at the hub
    measure: str  # COUNT rows, DISTINCT values of ``value``, SUM of ``value``
    value: ColumnElement | None = None
    splits: Mapping[str, By | Among] = field(default_factory=dict)
    listing: tuple[Shown, ...] = ()  # the drill-down's columns, the first one its date
    order_by: tuple[ColumnElement, ...] = ()
    # which of the records this figure counts, besides ``where`` (visits rated, children present):
    # figures on the same records differ only here and share one query
    only: ColumnElement[bool] | None = None
    listing_joins: tuple[tuple[FromClause, ColumnElement[bool]], ...] = ()  # what the listed columns need

    def aggregate(self, condition: ColumnElement[bool] | None = None) -> ColumnElement:
        if self.measure == COUNT:
            expression = func.count()
        elif self.measure == DISTINCT:
            expression = func.count(distinct(self.value))
        elif self.measure == SUM:
            expression = func.sum(self.value)
        else:
            raise ValueError(f"unknown measure {self.measure!r}")
        return expression.filter(condition) if condition is not None else expression


FactBuilder = Callable[[Tables, Span], Fact]


def shared(builder: FactBuilder) -> FactBuilder:
    """Cache a base fact per (tables, span): the facts derived from it with ``replace`` then keep its
    source, and the engine counts them in one query."""
    return lru_cache(maxsize=256)(builder)


# --------------------------------------------------------------------------------------------- declarations


@dataclass(frozen=True)
class Section:
    key: str
    order: int
    name: Text


@dataclass(frozen=True)
class Breakdown:
    """A kind of disaggregation: its name, the names of its known categories (in their order), and the
    name of the empty category."""

    key: str
    name: Text
    labels: Mapping[Any, Text] = field(default_factory=dict)
    missing: Text = ("未填写", "Not recorded")

    def label(self, category: Any, stored_label: str | None, english: bool) -> str:
        if category is None or category == "":
            return pick(self.missing, english)
        if category in self.labels:
            return pick(self.labels[category], english)
        return stored_label or str(category)

    def order_of(self, category: Any) -> tuple:
        keys = list(self.labels)
        if category in keys:
            return (0, keys.index(category), "")
        return (2 if category in (None, "") else 1, 0, str(category))


MINUTES_AS_HOURS = Fraction(1, 60)
SECONDS_AS_DAYS = Fraction(1, 86400)


@dataclass(frozen=True)
class Indicator:
    key: str
    section: str
    name: Text
    unit: Text
    definition: Text  # what was counted, shown beside every figure
    reads: tuple[str, ...]  # the tables it reads (a page refreshes when one of them changes)
    breakdowns: tuple[str, ...]
    count: FactBuilder | None = None
    ratio: tuple[FactBuilder, FactBuilder] | None = None  # (numerator, denominator)
    # exact, so that both ends round the same value: Fraction(1, 60) shows minutes as hours, 100 a share as a
    # percentage, Fraction(1, 86400) seconds as days
    scale: Fraction | int = 1
    decimals: int = 0

    def facts(self, tables: Tables, span: Span) -> tuple[Fact, ...]:
        if self.ratio is not None:
            return tuple(build(tables, span) for build in self.ratio)
        assert self.count is not None
        return (self.count(tables, span),)

    def listed_fact(self, tables: Tables, span: Span) -> Fact:
        """The records a drill-down lists: the counted ones, or a ratio's denominator (all that were judged)."""
        return self.facts(tables, span)[-1]

    def listing_columns(self, tables: Tables) -> tuple[Shown, ...]:
        """The drill-down's columns, which do not depend on the period."""
        day = date(2000, 1, 1)
        return self.listed_fact(tables, Span(day, day, day)).listing


SECTIONS: dict[str, Section] = {}
BREAKDOWNS: dict[str, Breakdown] = {}
_INDICATORS: dict[str, Indicator] = {}


def declare_section(key: str, order: int, name: Text) -> Section:
    SECTIONS[key] = Section(key, order, name)
    return SECTIONS[key]


def declare_breakdown(breakdown: Breakdown) -> Breakdown:
    BREAKDOWNS[breakdown.key] = breakdown
    return breakdown


def declare(indicator: Indicator) -> Indicator:
    if indicator.key in _INDICATORS:
        raise ValueError(f"indicator {indicator.key!r} declared twice")
    if (indicator.count is None) == (indicator.ratio is None):
        raise ValueError(f"indicator {indicator.key!r}: give either count or ratio")
    _INDICATORS[indicator.key] = indicator
    return indicator


def indicators() -> list[Indicator]:
    """Every declared indicator, by section and then in the order declared."""
    import stationdesk.services.statistics as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    order = {key: n for n, key in enumerate(_INDICATORS)}
    return sorted(_INDICATORS.values(), key=lambda i: (SECTIONS[i.section].order, order[i.key]))


def indicator(key: str) -> Indicator:
    from stationdesk.errors import NotFound

    found = {i.key: i for i in indicators()}.get(key)
    if found is None:
        raise NotFound("indicator", key)
    return found


# --------------------------------------------------------------------------------------------- counting


@dataclass(frozen=True)
class Figures:
    """One indicator's values: ``values[origin][category]`` (origin None: the whole scope, a station's
    own database or the city), with the stored names of key categories (a team's name)."""

    values: dict[str | None, dict[Any, float | int | None]]
    labels: dict[Any, str]

    def total(self, origin: str | None = None) -> float | int | None:
        return self.values.get(origin, {}).get(TOTAL)


@dataclass(frozen=True)
class _Want:
    """One aggregate the engine must find: a fact's measure for one period."""

    key: tuple[str, int, str]  # (indicator, which of its facts, period label)
    fact: Fact
    condition: ColumnElement[bool] | None  # counted rows besides the fact's WHERE (a FILTER clause)


Counts = dict[tuple[str | None, Any], float]  # (origin or None, category) -> aggregate


class Engine:
    """Counts declared indicators on one connection.

    ``stations``: only these origins (the hub reporting on some stations); ``by_station``: one figure
    per origin besides the total (the hub's stations × indicators table). At the station both are
    off: the whole database is the station's.

    Figures that read the same records share one query: facts built from the same base fact (the
    builders are cached per span, so ``replace(visit_records(t, span), ...)`` keeps its source) are
    counted side by side, each measure with its own FILTER. Each period is its own query: one
    range of an index per month is cheaper than twelve FILTERs on every row of a year."""

    def __init__(
        self,
        connection: Connection,
        tables: Tables,
        today: date,
        stations: tuple[str, ...] | None = None,
        by_station: bool = False,
    ) -> None:
        self.connection, self.tables, self.today = connection, tables, today
        self.stations, self.by_station = stations, by_station

    def figures(self, item: Indicator, period: Period, split: str | None = None) -> Figures:
        return self.figures_for([item], [period], split)[(item.key, period.label)]

    def trend(self, item: Indicator, months: list[Period]) -> list[float | int | None]:
        """The figure for each of these months (the whole scope, not per station)."""
        found = self.figures_for([item], months)
        return [found[(item.key, month.label)].total() for month in months]

    def figures_for(
        self, items: list[Indicator], periods: list[Period], split: str | None = None
    ) -> dict[tuple[str, str], Figures]:
        """Every indicator for every period, keyed (indicator, period label), in as few queries as
        the records allow."""
        wants = [want for item in items for want in self._wants(item, periods)]
        counted, labels = self._count(wants, split)
        out = {}
        for item in items:
            for period in periods:
                parts = [counted[(item.key, n, period.label)] for n in range(2 if item.ratio else 1)]
                out[(item.key, period.label)] = Figures(_combine(item, parts), labels)
        return out

    def _wants(self, item: Indicator, periods: list[Period]) -> list[_Want]:
        wants = []
        for period in periods:
            facts = item.facts(self.tables, Span.of(period, self.today))
            wants += [_Want((item.key, n, period.label), fact, fact.only) for n, fact in enumerate(facts)]
        return wants

    def _count(self, wants: list[_Want], split: str | None) -> tuple[dict[tuple, dict], dict[Any, str]]:
        """Run one query per group of wants that read the same records; per want, its aggregates as
        ``{origin: {category: n}}`` (origin None: the whole scope)."""
        groups: dict[tuple, list[_Want]] = {}
        for want in wants:
            fact = want.fact
            chosen = fact.splits.get(split) if split else None
            if split and chosen is None:
                raise KeyError(f"no breakdown {split!r} for {want.key[0]}")
            groups.setdefault((id(fact.source), tuple(id(w) for w in fact.where), id(chosen)), []).append(want)
        out: dict[tuple, dict] = {}
        labels: dict[Any, str] = {}
        for group in groups.values():
            counted = self._query(group, split, by_origin=self.by_station, labels=labels)
            for want in group:
                per_origin = counted[want.key]
                if self.by_station:
                    # the city is its stations put together, distinct counts too: a station's records
                    # name that station's own people and volunteers, so no one is in two stations' counts
                    total: dict[Any, float] = {}
                    for values in per_origin.values():
                        for category, n in values.items():
                            total[category] = total.get(category, 0) + n
                    per_origin[None] = total
                per_origin.setdefault(None, {})
                if split is None:
                    per_origin[None].setdefault(TOTAL, 0)
                out[want.key] = per_origin
        return out, labels

    def _query(self, group: list[_Want], split: str | None, by_origin: bool, labels: dict) -> dict[tuple, dict]:
        fact = group[0].fact
        source, conditions = fact.source, list(fact.where)
        if self.stations is not None:
            conditions.append(fact.origin.in_(self.stations))
        chosen = fact.splits.get(split) if split else None
        origin = [fact.origin] if by_origin else []
        keys: list[ColumnElement] = []
        if chosen is not None:
            for table, on in chosen.joins:
                source = source.outerjoin(table, on)
        if isinstance(chosen, Among):
            columns = [
                want.fact.aggregate(_both(category, want.condition))
                for want in group
                for _, category in chosen.categories
            ]
        else:
            if isinstance(chosen, By):
                keys = [chosen.column] + ([chosen.label] if chosen.label is not None else [])
            columns = [want.fact.aggregate(want.condition) for want in group]
        statement = select(*origin, *keys, *columns).select_from(source).where(*conditions)
        if origin or keys:
            statement = statement.group_by(*origin, *keys)
        out: dict[tuple, dict] = {want.key: {} for want in group}
        for row in self.connection.execute(statement):
            station = row[0] if origin else None
            rest = row[len(origin) :]
            numbers = rest[len(keys) :]
            if isinstance(chosen, Among):
                codes = [code for code, _ in chosen.categories]
                for n, want in enumerate(group):
                    per = out[want.key].setdefault(station, {})
                    for code, value in zip(codes, numbers[n * len(codes) : (n + 1) * len(codes)], strict=True):
                        per[code] = _number(value)
                continue
            category = _category(rest[0]) if keys else TOTAL
            if len(keys) == 2 and rest[1] is not None:
                labels[category] = rest[1]
            for want, value in zip(group, numbers, strict=True):
                per = out[want.key].setdefault(station, {})
                per[category] = per.get(category, 0) + _number(value)
        return out

    # ----------------------------------------------------------------------------------------- drill-down

    def listing(
        self,
        item: Indicator,
        period: Period,
        split: str | None,
        category: Any,
        offset: int,
        limit: int,
    ) -> tuple[int, list[tuple], tuple[Shown, ...]]:
        """(how many records, one page of them, their columns) behind a figure or one of its categories."""
        fact = item.listed_fact(self.tables, Span.of(period, self.today))
        source, conditions = fact.source, list(fact.where)
        if fact.only is not None:
            conditions.append(fact.only)
        if self.stations is not None:
            conditions.append(fact.origin.in_(self.stations))
        joined = set()
        chosen = fact.splits.get(split) if split else None
        for table, on in (*(chosen.joins if chosen is not None else ()), *fact.listing_joins):
            if table not in joined:
                joined.add(table)
                source = source.outerjoin(table, on)
        if isinstance(chosen, By):
            if category is None or category == "":
                empty = chosen.column.is_(None)
                if isinstance(chosen.column.type, String):
                    empty = or_(empty, chosen.column == "")
                conditions.append(empty)
            else:
                conditions.append(chosen.column == category)
        elif isinstance(chosen, Among):
            conditions.append(dict(chosen.categories)[category])
        total = self.connection.execute(select(func.count()).select_from(source).where(*conditions)).scalar_one()
        rows = self.connection.execute(
            select(*(shown.expr for shown in fact.listing))
            .select_from(source)
            .where(*conditions)
            .order_by(*fact.order_by)
            .offset(offset)
            .limit(limit)
        ).all()
        return int(total), [tuple(row) for row in rows], fact.listing


def _both(first: ColumnElement[bool] | None, second: ColumnElement[bool] | None) -> ColumnElement[bool] | None:
    if first is None:
        return second
    return first if second is None else and_(first, second)


def _combine(item: Indicator, parts: list[dict]) -> dict[str | None, dict[Any, float | int | None]]:
    """An indicator's values from its facts' aggregates: scaled, or a ratio of the two."""
    if item.ratio is None:
        return {
            origin: {category: _scaled(n, item.scale) for category, n in per.items()}
            for origin, per in parts[0].items()
        }
    numerators, denominators = parts
    return {
        origin: {
            category: _ratio(numerators.get(origin, {}).get(category, 0), den, item.scale)
            for category, den in per.items()
        }
        for origin, per in denominators.items()
    }


def _category(value: Any) -> Any:
    """The key of a category as the engine hands it back: "" and NULL are the same (not recorded)."""
    return None if value == "" else value


def _number(value: Any) -> float | int:
    if value is None:
        return 0
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _ratio(numerator: float | int, denominator: float | int, scale: Fraction | int) -> float | None:
    return _rounded(Fraction(numerator) * scale / Fraction(denominator)) if denominator else None


def _scaled(value: float | int, scale: Fraction | int) -> float | int:
    if scale == 1:
        return value
    return _rounded(Fraction(value) * scale)


def _rounded(value: Fraction) -> float:
    """Four decimals of the exact value by GB/T 8170's rule (四舍六入五成双: Python's round of a Fraction):
    worked out here rather than in SQL, a station (SQLite) and a PostgreSQL hub give the same figure even
    when it falls on a half."""
    return float(round(value, 4))


__all__ = [
    "BREAKDOWNS",
    "COUNT",
    "DISTINCT",
    "MINUTES_AS_HOURS",
    "SECONDS_AS_DAYS",
    "SECTIONS",
    "SUM",
    "TOTAL",
    "Among",
    "Breakdown",
    "By",
    "Engine",
    "Fact",
    "Figures",
    "Indicator",
    "Section",
    "Shown",
    "Span",
    "Tables",
    "date_from_text",
    "declare",
    "declare_breakdown",
    "declare_section",
    "indicator",
    "indicators",
    "live",
    "minutes_between",
    "named",
    "pick",
    "shared",
    "station_tables",
    "text_literal",
]
