"""The report as a printout (PDF) and as a workbook (.xlsx), at the station and at the city, and the
one-paragraph summary, all from the same figures the screen shows."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from stationdesk.domain.periods import Period
from stationdesk.messages import register as register_messages
from stationdesk.messages import text
from stationdesk.printing.statistics_report import (
    BAR,
    LINE,
    Chart,
    SheetTable,
    StatisticsSheet,
    build_statistics_report,
)
from stationdesk.printing.template import render_to_bytes
from stationdesk.saved_file import save_atomically, target_file
from stationdesk.services.accounts import guarded
from stationdesk.services.progress import Progress
from stationdesk.services.station import audit
from stationdesk.services.statistics import workbook
from stationdesk.services.statistics.framework import indicator
from stationdesk.services.statistics.report import (
    IndicatorFigure,
    Report,
    breakdown_title,
    indicator_trend,
    station_engine,
    station_report,
)
from stationdesk.services.statistics.summary import format_change, format_value, percent, summary

register_messages(
    {
        "statistics.title": "统计报表（{period}）",
        "statistics.city_title": "全市统计报表（{period}）",
        "statistics.period": "统计期间",
        "statistics.station": "站点",
        "statistics.made_on": "统计日期",
        "statistics.figures": "主要指标",
        "statistics.charts": "图表",
        "statistics.definitions": "指标口径",
        "statistics.in_charge": "负责人",
        "statistics.filled_by": "填报人",
        "statistics.trend": "{name}（近 {months} 个月）",
        "statistics.by_station": "各站点：{section}",
        "statistics.stations_chart": "{name}（{unit}）：各站点",
        "statistics.stations_count": "站点数",
        "statistics.exported": "已导出 {path}",
        "statistics.out_suffix": "导出文件名应以 .pdf 或 .xlsx 结尾：{path}",
    }
)

TREND_MONTHS = 12
# The printout's charts: (indicator, "trend" or one of its breakdowns)
STATION_CHARTS = (
    ("services_given", "trend"),
    ("people_served", "group"),
    ("elders_by_level", "level"),
    ("service_hours", "trend"),
)


def figures_table(report: Report, city: bool = False) -> SheetTable:
    value_header = text("statistics.city_value") if city else text("statistics.value")
    return SheetTable(
        text("statistics.figures"),
        (
            text("statistics.section"),
            text("statistics.indicator"),
            value_header,
            text("statistics.previous"),
            text("statistics.change"),
            text("statistics.unit"),
        ),
        tuple(
            (
                f.section_name,
                f.name,
                format_value(f.value, f.decimals),
                format_value(f.previous, f.decimals),
                format_change(f.change),
                f.unit,
            )
            for f in report.figures
        ),
        (0.13, 0.37, 0.14, 0.14, 0.11, 0.11),
        numeric_from=2,
    )


def breakdown_chart(figure: IndicatorFigure, split: str) -> Chart:
    found = next(b for b in figure.breakdowns if b.key == split)
    return Chart(
        breakdown_title(figure.name, found.name),
        BAR,
        tuple(c.name for c in found.categories),
        tuple(c.value or 0 for c in found.categories),
    )


def trend_chart(figure: IndicatorFigure, points) -> Chart:
    return Chart(
        text("statistics.trend", name=f"{figure.name}（{figure.unit}）", months=len(points)),
        LINE,
        tuple(p.label[2:] for p in points),  # 26-11: twelve labels fit under a half-page chart
        tuple(p.value or 0 for p in points),
    )


def charts(report: Report, trend_of, wanted) -> tuple[Chart, ...]:
    """``trend_of(key)``: the indicator month by month, counted where the report was."""
    return tuple(
        trend_chart(report.figure(key), trend_of(key)) if what == "trend" else breakdown_chart(report.figure(key), what)
        for key, what in wanted
    )


def definitions(report: Report) -> tuple[tuple[str, str], ...]:
    return tuple((f.name, f.definition) for f in report.figures)


def heading(report: Report, *more: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return (
        (text("statistics.period"), f"{report.period.title}（{report.period.start} – {report.period.end}）"),
        (text("statistics.previous"), report.previous_period.title),
        *more,
        (text("statistics.made_on"), report.made_on.isoformat()),
    )


def station_pdf(report: Report, trend_of) -> bytes:
    """One station's report as a PDF: figures, charts, definitions, the signature line."""
    station = report.station
    sheet = StatisticsSheet(
        text("statistics.title", period=report.period.title),
        station.name,
        heading(report, (text("statistics.station"), f"{station.name}（{station.code}）")),
        summary(report),
        (figures_table(report),),
        charts(report, trend_of, STATION_CHARTS),
        text("statistics.charts"),
        text("statistics.definitions"),
        definitions(report),
        (text("statistics.in_charge"), text("statistics.filled_by")),
        report.made_on,
    )
    return render_to_bytes(lambda out: build_statistics_report(out, sheet))


@guarded("statistics.view")
def station_report_pdf(session: Session, period: Period, progress: Progress | None = None) -> tuple[bytes, str]:
    """The station's report for ``period`` as a PDF (noted in the audit log)."""
    report = station_report(session, period, with_breakdowns=True, progress=progress)
    engine = station_engine(session)
    pdf = station_pdf(report, lambda key: indicator_trend(engine, indicator(key), period, TREND_MONTHS))
    name = f"统计报表-{report.station.code}-{period.label}.pdf"
    audit(session, "export", "statistics", period.label, name)
    return pdf, name


@guarded("statistics.view")
def station_report_xlsx(session: Session, period: Period, progress: Progress | None = None) -> tuple[bytes, str]:
    """The station's report for ``period`` as a workbook: one sheet of figures, one per breakdown."""
    report = station_report(session, period, with_breakdowns=True, progress=progress)
    data = workbook.report_workbook(report, f"{report.station.name}（{report.station.code}）")
    name = f"统计报表-{report.station.code}-{period.label}.xlsx"
    audit(session, "export", "statistics", period.label, name)
    return data, name


def check_out_name(path: str | os.PathLike) -> str:
    """The export kind from a file name: "pdf" or "xlsx" (anything else is refused)."""
    from stationdesk.errors import ValidationError

    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in ("pdf", "xlsx"):
        raise ValidationError("statistics.out_suffix", field="out", path=str(path))
    return suffix


@guarded("export")
def export_station_report(
    session: Session, period: Period, path: str | os.PathLike, progress: Progress | None = None
) -> str:
    """Write the station's report to ``path`` (.pdf or .xlsx, by its name); returns the path."""
    build = station_report_pdf if check_out_name(path) == "pdf" else station_report_xlsx
    target = target_file(path)  # a missing folder is refused before the work
    data, _ = build(session, period, progress)
    return str(save_atomically(target, lambda temporary: temporary.write_bytes(data)))


# --------------------------------------------------------------------------------------------- the city


def completeness_table(reporting) -> SheetTable:
    def when(moment) -> str:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"

    return SheetTable(
        text("statistics.completeness", deadline=reporting.deadline.isoformat()),
        (
            text("statistics.code"),
            text("statistics.name"),
            text("statistics.status"),
            text("statistics.covered_at"),
            text("statistics.data_up_to"),
            text("statistics.data_age"),
        ),
        tuple(
            (
                s.code,
                s.name,
                text(f"statistics.status_{s.status}"),
                when(s.covered_at),
                when(s.data_up_to),
                format_value(s.data_age_days),
            )
            for s in reporting.stations
        ),
        (0.14, 0.3, 0.1, 0.18, 0.18, 0.1),
        numeric_from=5,
    )


def stations_tables(report: Report) -> tuple[SheetTable, ...]:
    """Stations × indicators, one table per section (the city total first)."""
    tables = []
    sections = list(dict.fromkeys(f.section for f in report.figures))
    for section in sections:
        figures = [f for f in report.figures if f.section == section]
        rows = [(text("statistics.city_total"), *(format_value(f.value, f.decimals) for f in figures))]
        for station in report.stations:
            values = [next((s.value for s in f.by_station if s.code == station.code), None) for f in figures]
            rows.append(
                (
                    f"{station.code} {station.name}",
                    *(format_value(v, f.decimals) for v, f in zip(values, figures, strict=True)),
                )
            )
        share = 0.78 / len(figures)
        tables.append(
            SheetTable(
                text("statistics.by_station", section=figures[0].section_name),
                (text("statistics.station"), *(f"{f.name}（{f.unit}）" for f in figures)),
                tuple(rows),
                (0.22, *([share] * len(figures))),
            )
        )
    return tuple(tables)


def stations_chart(report: Report, key: str) -> Chart:
    figure = report.figure(key)
    return Chart(
        text("statistics.stations_chart", name=figure.name, unit=figure.unit),
        BAR,
        tuple(s.code for s in report.stations),
        tuple(s.value or 0 for s in figure.by_station),
    )


def city_report_pdf(
    hub, period: Period, station: str | None = None, today=None, progress: Progress | None = None
) -> tuple[bytes, str]:
    """The city's report (summary, completeness, the city's figures, every station's, charts,
    definitions), or with ``station`` that station's report as the city holds it."""
    from stationdesk.services.statistics import city

    if station is not None:
        report = city.city_report(hub, period, station, with_breakdowns=True, today=today, progress=progress)
        pdf = station_pdf(report, lambda key: city.city_trend(hub, key, period, today, TREND_MONTHS, station))
        return pdf, f"统计报表-{station}-{period.label}.pdf"
    overview = city.city_overview(hub, period, today, with_breakdowns=True, progress=progress)
    report, reporting = overview.report, overview.completeness
    trend = city.city_trend(hub, "services_given", period, today, TREND_MONTHS)
    sheet = StatisticsSheet(
        text("statistics.city_title", period=report.period.title),
        hub.name,
        heading(
            report,
            (text("statistics.stations_count"), str(len(report.stations))),
            (text("statistics.reporting_rate"), percent(reporting.reporting_rate)),
        ),
        overview.summary,
        (figures_table(report, city=True), completeness_table(reporting), *stations_tables(report)),
        (
            stations_chart(report, "services_given"),
            stations_chart(report, "service_hours"),
            trend_chart(report.figure("services_given"), trend),
            breakdown_chart(report.figure("people_served"), "group"),
        ),
        text("statistics.charts"),
        text("statistics.definitions"),
        definitions(report),
        (text("statistics.in_charge"), text("statistics.filled_by")),
        report.made_on,
        landscape=True,
    )
    return render_to_bytes(
        lambda out: build_statistics_report(out, sheet)
    ), f"全市统计报表-{hub.code}-{period.label}.pdf"


def city_report_xlsx(
    hub, period: Period, station: str | None = None, today=None, progress: Progress | None = None
) -> tuple[bytes, str]:
    from stationdesk.services.statistics import city

    report = city.city_report(hub, period, station, with_breakdowns=True, today=today, progress=progress)
    if station is not None:
        data = workbook.report_workbook(report, f"{report.station.name}（{station}）")
        return data, f"统计报表-{station}-{period.label}.xlsx"
    data = workbook.report_workbook(report, f"{hub.name}（{hub.code}）", city.completeness(hub, period, today))
    return data, f"全市统计报表-{hub.code}-{period.label}.xlsx"


def export_city_report(
    hub,
    period: Period,
    path: str | os.PathLike,
    station: str | None = None,
    today=None,
    progress: Progress | None = None,
) -> str:
    """Write the city's report (or one station's, as the city holds it) to ``path`` (.pdf or .xlsx)."""
    build = city_report_pdf if check_out_name(path) == "pdf" else city_report_xlsx
    target = target_file(path)  # a missing folder is refused before the work
    data, _ = build(hub, period, station, today, progress)
    return str(save_atomically(target, lambda temporary: temporary.write_bytes(data)))
