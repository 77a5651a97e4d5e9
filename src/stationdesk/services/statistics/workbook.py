"""The report as an .xlsx workbook (openpyxl): one sheet of figures, one sheet per kind of breakdown,
and at the city a sheet of stations × indicators and one of completeness. Figures are written as
numbers (with a number format), never as text, so the city can add and chart them."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

from stationdesk.messages import register as register_messages
from stationdesk.messages import text
from stationdesk.services.statistics.framework import BREAKDOWNS
from stationdesk.services.statistics.report import IndicatorFigure, Report

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# openpyxl is imported where a workbook is made: the 统计 page loads this module (every module of
# the package, for its indicators) at start, and openpyxl costs ~70 ms there

register_messages(
    {
        "statistics.sheet_figures": "指标",
        "statistics.sheet_stations": "各站点",
        "statistics.sheet_completeness": "报送情况",
        "statistics.definition": "口径",
        "statistics.code": "站点编码",
        "statistics.name": "站点名称",
        "statistics.city_total": "全市合计",
        "statistics.status": "报送状态",
        "statistics.covered_at": "收到覆盖本期的同步包",
        "statistics.data_up_to": "数据截至",
        "statistics.data_age": "数据天数",
        "statistics.expected": "应报站点",
        "statistics.received": "已报站点",
        "statistics.on_time": "按时报送",
        "statistics.reporting_rate": "报送率",
        "statistics.timely_rate": "及时率",
        "statistics.deadline": "按时截止日",
        "statistics.status_on_time": "按时",
        "statistics.status_late": "逾期",
        "statistics.status_missing": "未报",
        "statistics.this_period": "本期",
    }
)


def _bold():
    from openpyxl.styles import Font

    return Font(bold=True)


def number_format(decimals: int) -> str:
    return "#,##0" if decimals == 0 else "#,##0." + "0" * decimals


def _header(sheet: Worksheet, row: int, values: list[str]) -> None:
    from openpyxl.styles import Alignment, PatternFill

    bold, shaded = _bold(), PatternFill("solid", fgColor="E8EEF7")
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        cell.font, cell.fill = bold, shaded
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _number(sheet: Worksheet, row: int, column: int, value: Any, decimals: int) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, (int, float)):
        cell.number_format = number_format(decimals)


def _widths(sheet: Worksheet, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _title(sheet: Worksheet, title: str) -> None:
    from openpyxl.styles import Font

    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)


def report_workbook(report: Report, scope: str, completeness=None) -> bytes:
    """``scope``: the station's name, or the city's; ``completeness``: the city's reporting."""
    from openpyxl import Workbook

    book = Workbook()
    title = f"{scope} {report.period.title}（{report.period.start} – {report.period.end}）"
    _figures_sheet(book.active, report, title)
    if report.stations:
        _stations_sheet(book.create_sheet(text("statistics.sheet_stations")), report, title)
    if completeness is not None:
        _completeness_sheet(book.create_sheet(text("statistics.sheet_completeness")), completeness, title)
    for split, figures in _by_breakdown(report).items():
        _breakdown_sheet(book.create_sheet(_sheet_name(figures[0], split)), split, figures, title)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _figures_sheet(sheet: Worksheet, report: Report, title: str) -> None:
    from openpyxl.styles import Alignment

    sheet.title = text("statistics.sheet_figures")
    _title(sheet, title)
    value = text("statistics.city_value") if report.stations else text("statistics.value")
    _header(
        sheet,
        3,
        [
            text("statistics.section"),
            text("statistics.indicator"),
            value,
            text("statistics.previous"),
            text("statistics.change"),
            text("statistics.unit"),
            text("statistics.definition"),
        ],
    )
    for row, figure in enumerate(report.figures, start=4):
        sheet.cell(row=row, column=1, value=figure.section_name)
        sheet.cell(row=row, column=2, value=figure.name)
        _number(sheet, row, 3, figure.value, figure.decimals)
        _number(sheet, row, 4, figure.previous, figure.decimals)
        if figure.change is not None:
            cell = sheet.cell(row=row, column=5, value=figure.change / 100)
            cell.number_format = "0.0%"
        sheet.cell(row=row, column=6, value=figure.unit)
        sheet.cell(row=row, column=7, value=figure.definition).alignment = Alignment(wrap_text=True)
    _widths(sheet, [12, 26, 12, 12, 10, 8, 90])
    sheet.freeze_panes = "C4"


def _stations_sheet(sheet: Worksheet, report: Report, title: str) -> None:
    _title(sheet, title)
    _header(
        sheet,
        3,
        [text("statistics.code"), text("statistics.name"), *(f"{f.name}（{f.unit}）" for f in report.figures)],
    )
    sheet.cell(row=4, column=2, value=text("statistics.city_total")).font = _bold()
    for column, figure in enumerate(report.figures, start=3):
        _number(sheet, 4, column, figure.value, figure.decimals)
    for row, station in enumerate(report.stations, start=5):
        sheet.cell(row=row, column=1, value=station.code)
        sheet.cell(row=row, column=2, value=station.name)
        for column, figure in enumerate(report.figures, start=3):
            value = next((s.value for s in figure.by_station if s.code == station.code), None)
            _number(sheet, row, column, value, figure.decimals)
    _widths(sheet, [14, 30, *([12] * len(report.figures))])
    sheet.freeze_panes = "C4"


def _completeness_sheet(sheet: Worksheet, completeness, title: str) -> None:
    _title(sheet, title)
    facts = [
        (text("statistics.deadline"), completeness.deadline.isoformat(), None),
        (text("statistics.expected"), completeness.expected, 0),
        (text("statistics.received"), completeness.received, 0),
        (text("statistics.on_time"), completeness.on_time, 0),
        (text("statistics.reporting_rate"), completeness.reporting_rate, 1),
        (text("statistics.timely_rate"), completeness.timely_rate, 1),
    ]
    for row, (label, value, decimals) in enumerate(facts, start=3):
        sheet.cell(row=row, column=1, value=label).font = _bold()
        _number(sheet, row, 2, value, decimals or 0)
    start = 3 + len(facts) + 1
    _header(
        sheet,
        start,
        [
            text("statistics.code"),
            text("statistics.name"),
            text("statistics.status"),
            text("statistics.covered_at"),
            text("statistics.data_up_to"),
            text("statistics.data_age"),
        ],
    )
    for row, station in enumerate(completeness.stations, start=start + 1):
        sheet.cell(row=row, column=1, value=station.code)
        sheet.cell(row=row, column=2, value=station.name)
        sheet.cell(row=row, column=3, value=text(f"statistics.status_{station.status}"))
        for column, moment in ((4, station.covered_at), (5, station.data_up_to)):
            if moment is not None:
                cell = sheet.cell(row=row, column=column, value=moment.replace(tzinfo=None))
                cell.number_format = "yyyy-mm-dd hh:mm"
        _number(sheet, row, 6, station.data_age_days, 0)
    _widths(sheet, [20, 30, 12, 22, 20, 12])


def _by_breakdown(report: Report) -> dict[str, list[IndicatorFigure]]:
    found: dict[str, list[IndicatorFigure]] = {}
    for figure in report.figures:
        for breakdown in figure.breakdowns:
            found.setdefault(breakdown.key, []).append(figure)
    return found


def _sheet_name(figure: IndicatorFigure, split: str) -> str:
    name = next(b.name for b in figure.breakdowns if b.key == split)
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


def _breakdown_sheet(sheet: Worksheet, split: str, figures: list[IndicatorFigure], title: str) -> None:
    kind = BREAKDOWNS[split]
    names: dict[Any, str] = {}
    for figure in figures:
        for category in next(b for b in figure.breakdowns if b.key == split).categories:
            names.setdefault(category.key, category.name)
    keys = sorted(names, key=kind.order_of)
    _title(sheet, title)
    row = 3
    for label, attribute in ((text("statistics.this_period"), "value"), (text("statistics.previous"), "previous")):
        sheet.cell(row=row, column=1, value=label).font = _bold()
        row += 1
        _header(sheet, row, [text("statistics.indicator"), text("statistics.unit"), *(names[k] for k in keys)])
        for figure in figures:
            row += 1
            values = {
                c.key: getattr(c, attribute) for c in next(b for b in figure.breakdowns if b.key == split).categories
            }
            sheet.cell(row=row, column=1, value=figure.name)
            sheet.cell(row=row, column=2, value=figure.unit)
            for column, key in enumerate(keys, start=3):
                _number(sheet, row, column, values.get(key), figure.decimals)
        row += 2
    _widths(sheet, [26, 8, *([12] * len(keys))])
