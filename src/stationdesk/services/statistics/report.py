"""The station's report: every indicator for a period with the previous period and the change
(数量 / 上期 / 环比), one indicator's trend and breakdowns, the records behind a figure, and the shape
the report takes as JSON (the same keys at the station and at the city)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.domain.periods import Period
from stationdesk.errors import ValidationError
from stationdesk.messages import register as register_messages
from stationdesk.services.accounts import guarded
from stationdesk.services.progress import Progress
from stationdesk.services.progress import report as report_progress
from stationdesk.services.station import current_station, today
from stationdesk.services.statistics.framework import (
    BREAKDOWNS,
    SECTIONS,
    TOTAL,
    Engine,
    Figures,
    Indicator,
    indicator,
    indicators,
    pick,
    station_tables,
)

register_messages(
    {
        "period.format": (
            "无法识别的统计期间“{value}”。请写成 2026-11（月）、2026-Q4（季度）、2026（年）或 "
            "2026-01-01..2026-03-31（时间段）。"
        ),
        "period.order": "时间段的结束日期 {end} 早于开始日期 {start}。",
        "period.year_range": "统计期间“{value}”的年份应在 {first} 到 {last} 之间。",
        "statistics.previous": "上期",
        "statistics.section": "分类",
        "statistics.indicator": "指标",
        "statistics.value": "数量",
        "statistics.city_value": "全市",
        "statistics.change": "环比",
        "statistics.unit": "单位",
        "statistics.no_breakdown": "指标“{indicator}”没有“{breakdown}”这种分类。",
    }
)

Number = float | int | None


def english() -> bool:
    return messages.language() == "en"


@dataclass(frozen=True)
class PeriodInfo:
    label: str  # 2026-11
    title: str  # 2026年11月
    start: date
    end: date

    @classmethod
    def of(cls, period: Period) -> PeriodInfo:
        return cls(period.label, period.title(english()), period.start, period.end)

    def as_json(self) -> dict:
        return {"label": self.label, "title": self.title, "from": self.start.isoformat(), "to": self.end.isoformat()}


@dataclass(frozen=True)
class Category:
    key: Any  # the stored code (a group code, a level, a team's id); None: not recorded
    name: str
    value: Number
    previous: Number


@dataclass(frozen=True)
class BreakdownFigures:
    key: str
    name: str
    categories: tuple[Category, ...]


@dataclass(frozen=True)
class StationValue:
    code: str
    value: Number
    previous: Number


@dataclass(frozen=True)
class IndicatorFigure:
    key: str
    section: str
    section_name: str
    name: str
    unit: str
    definition: str
    decimals: int
    value: Number
    previous: Number
    change: float | None  # 环比, percent
    breakdowns: tuple[BreakdownFigures, ...] = ()
    by_station: tuple[StationValue, ...] = ()  # at the city: each station's figure

    def as_json(self) -> dict:
        out: dict[str, Any] = {
            "key": self.key,
            "name": self.name,
            "value": self.value,
            "previous": self.previous,
            "change": self.change,
            "unit": self.unit,
            "definition": self.definition,
            "section": self.section,
        }
        if self.breakdowns:
            out["breakdowns"] = {
                b.key: [{"key": c.key, "name": c.name, "value": c.value, "previous": c.previous} for c in b.categories]
                for b in self.breakdowns
            }
        if self.by_station:
            out["by_station"] = [{"code": s.code, "value": s.value, "previous": s.previous} for s in self.by_station]
        return out


@dataclass(frozen=True)
class StationRef:
    code: str
    name: str


@dataclass(frozen=True)
class Report:
    period: PeriodInfo
    previous_period: PeriodInfo
    made_on: date
    figures: tuple[IndicatorFigure, ...]
    station: StationRef | None = None  # the station's report, or the city's for one station
    stations: tuple[StationRef, ...] = ()  # the city's report on every station

    def figure(self, key: str) -> IndicatorFigure:
        return next(f for f in self.figures if f.key == key)

    def as_json(self) -> dict:
        out: dict[str, Any] = {"period": self.period.as_json(), "previous_period": self.previous_period.as_json()}
        if self.station is not None:
            out["station"] = {"code": self.station.code, "name": self.station.name}
        else:
            out["stations"] = [{"code": s.code, "name": s.name} for s in self.stations]
        out["made_on"] = self.made_on.isoformat()
        out["indicators"] = [f.as_json() for f in self.figures]
        return out


def breakdown_title(name: str, breakdown: str) -> str:
    """A chart's title for a figure by one breakdown: "服务人数：按群体", or the figure's name alone when
    it already says how it is broken down ("已评估老人（按能力等级）")."""
    if breakdown.lower() in name.lower():
        return name
    return f"{name}: {breakdown}" if english() else f"{name}：{breakdown}"


def change_of(value: Number, previous: Number) -> float | None:
    """环比: the change from the previous period in percent (None when there is nothing to compare with)."""
    if value is None or not previous:
        return None
    return round((value - previous) / previous * 100, 1)


def _categories(item: Indicator, split: str, now: Figures, before: Figures, origin: str | None) -> BreakdownFigures:
    kind = BREAKDOWNS[split]
    current, previous = now.values.get(origin, {}), before.values.get(origin, {})
    labels = {**before.labels, **now.labels}
    keys = sorted(set(current) | set(previous), key=kind.order_of)
    wanted = list(kind.labels) if split in ("group", "gender", "level") else []
    keys += [k for k in wanted if k not in keys]  # fixed categories show even when nobody is in them
    keys.sort(key=kind.order_of)
    ratio = item.ratio is not None
    return BreakdownFigures(
        split,
        pick(kind.name, english()),
        tuple(
            Category(
                key,
                kind.label(key, labels.get(key), english()),
                current.get(key, None if ratio else 0),
                previous.get(key, None if ratio else 0),
            )
            for key in keys
        ),
    )


def breakdowns_of(
    engine: Engine, item: Indicator, period: Period, splits: tuple[str, ...] | None = None
) -> tuple[BreakdownFigures, ...]:
    """The indicator's breakdowns (or those in ``splits``) for the period, with the previous period."""
    previous = period.previous()
    out = []
    for split in item.breakdowns if splits is None else splits:
        found = engine.figures_for([item], [period, previous], split)
        out.append(_categories(item, split, found[(item.key, period.label)], found[(item.key, previous.label)], None))
    return tuple(out)


def build_figures(
    engine: Engine,
    period: Period,
    with_breakdowns: bool = False,
    station_codes: tuple[str, ...] = (),
    only: tuple[str, ...] | None = None,
    progress: Progress | None = None,
) -> tuple[IndicatorFigure, ...]:
    """Every indicator (or those in ``only``) for the period and the one before. ``station_codes``: also
    each station's own figure (the engine counts by station)."""
    lang = english()
    previous = period.previous()
    chosen = [i for i in indicators() if only is None or i.key in only]
    totals = engine.figures_for(chosen, [period, previous])
    out = []
    for step, item in enumerate(chosen):
        report_progress(progress, step, len(chosen), pick(item.name, lang))
        now, before = totals[(item.key, period.label)], totals[(item.key, previous.label)]
        breakdowns = breakdowns_of(engine, item, period) if with_breakdowns else ()
        value, was = now.total(), before.total()
        out.append(
            IndicatorFigure(
                item.key,
                item.section,
                pick(SECTIONS[item.section].name, lang),
                pick(item.name, lang),
                pick(item.unit, lang),
                pick(item.definition, lang),
                item.decimals,
                value,
                was,
                change_of(value, was),
                breakdowns,
                tuple(
                    StationValue(
                        code,
                        now.values.get(code, {}).get(TOTAL, _empty(item)),
                        before.values.get(code, {}).get(TOTAL, _empty(item)),
                    )
                    for code in station_codes
                ),
            )
        )
    return tuple(out)


def _empty(item: Indicator) -> Number:
    """A station without a single counted record: 0, or no ratio at all."""
    return None if item.ratio is not None else 0


def station_engine(session: Session) -> Engine:
    return Engine(session.connection(), station_tables(), today(session))


@guarded("statistics.view")
def station_report(
    session: Session, period: Period, with_breakdowns: bool = False, progress: Progress | None = None
) -> Report:
    """统计: every indicator of this station for ``period``, with the previous period and the change."""
    station = current_station(session)
    figures = build_figures(station_engine(session), period, with_breakdowns, progress=progress)
    return Report(
        PeriodInfo.of(period),
        PeriodInfo.of(period.previous()),
        today(session),
        figures,
        station=StationRef(station.code, station.name),
    )


# --------------------------------------------------------------------------------------------- one indicator


@dataclass(frozen=True)
class TrendPoint:
    label: str  # 2026-11
    value: Number


@dataclass(frozen=True)
class IndicatorDetail:
    key: str
    name: str
    unit: str
    decimals: int
    trend: tuple[TrendPoint, ...]
    splits: tuple[tuple[str, str], ...]  # (key, name) of each breakdown, fetched one at a time


def indicator_trend(engine: Engine, item: Indicator, period: Period, months: int = 12) -> tuple[TrendPoint, ...]:
    chosen = period.trend_months(months)
    return tuple(TrendPoint(m.label, value) for m, value in zip(chosen, engine.trend(item, chosen), strict=True))


@guarded("statistics.view")
def indicator_detail(session: Session, key: str, period: Period, months: int = 12) -> IndicatorDetail:
    """The trend chart of one indicator: its figure month by month (the ``months`` months ending with
    the period), and the breakdowns it has."""
    item, engine, lang = indicator(key), station_engine(session), english()
    return IndicatorDetail(
        item.key,
        pick(item.name, lang),
        pick(item.unit, lang),
        item.decimals,
        indicator_trend(engine, item, period, months),
        tuple((split, pick(BREAKDOWNS[split].name, lang)) for split in item.breakdowns),
    )


@guarded("statistics.view")
def indicator_breakdown(session: Session, key: str, period: Period, split: str) -> BreakdownFigures:
    """One breakdown of one indicator for the period, with the previous period (the chart beside the trend)."""
    item = indicator(key)
    if split not in item.breakdowns:
        raise ValidationError("statistics.no_breakdown", indicator=pick(item.name, english()), breakdown=split)
    return breakdowns_of(station_engine(session), item, period, (split,))[0]


# --------------------------------------------------------------------------------------------- drill-down


@dataclass(frozen=True)
class DrillPage:
    total: int
    entries: tuple[tuple[str, ...], ...]


def drill_columns(key: str) -> tuple[str, ...]:
    """The headers of the list behind an indicator (no database needed: the declaration says)."""
    lang = english()
    return tuple(pick(shown.name, lang) for shown in indicator(key).listing_columns(station_tables()))


def _shown(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "date":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if kind == "moment":  # stored in UTC, shown in the station's time
        moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")
    if kind in BREAKDOWNS:
        return BREAKDOWNS[kind].label(value, None, english()) if value != "" else ""
    if isinstance(value, float):
        return f"{value:g}"
    if hasattr(value, "strftime") and not isinstance(value, date):
        return value.strftime("%H:%M")
    return str(value)


@guarded("people.view")
def drill_down(
    session: Session,
    key: str,
    period: Period,
    split: str | None = None,
    category: Any = None,
    offset: int = 0,
    limit: int = 200,
) -> DrillPage:
    """The records behind a figure (or one category of a breakdown), newest first, a page at a time;
    people are named as everywhere outside their own page (children by alias) and no ID or phone
    number is shown."""
    item = indicator(key)
    if split is not None and split not in item.breakdowns:
        raise ValidationError("statistics.no_breakdown", indicator=pick(item.name, english()), breakdown=split)
    total, rows, columns = station_engine(session).listing(item, period, split, category, offset, limit)
    kinds = [shown.kind for shown in columns]
    return DrillPage(total, tuple(tuple(_shown(v, k) for v, k in zip(row, kinds, strict=True)) for row in rows))


def watched_tables() -> frozenset[str]:
    """Every table some indicator reads: a change to one of them makes the figures stale."""
    return frozenset(name for item in indicators() for name in item.reads)
