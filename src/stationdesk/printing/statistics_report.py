"""统计报表: a period's figures as a printout — heading, the one-paragraph summary, the figures table(s),
charts drawn with reportlab's graphics from the same numbers as the screen, the definitions of what
was counted, and the signature line of the person in charge; page numbers from ``StationDocument``.

Everything arrives as plain text and numbers in a ``StatisticsSheet`` (the services pick the
language and format the figures), so this module only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from stationdesk.printing.template import StationDocument

BAR, LINE = "bar", "line"
CHART_HEIGHT = 56 * mm
_INK = colors.HexColor("#2f6db5")


@dataclass(frozen=True)
class Chart:
    title: str
    kind: str  # BAR or LINE
    labels: tuple[str, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class SheetTable:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the page width, adding up to 1
    numeric_from: int = 1  # columns from this one on are right-aligned figures


@dataclass(frozen=True)
class StatisticsSheet:
    title: str  # 统计报表（2026年11月）
    station_name: str  # the page header
    heading_lines: tuple[tuple[str, str], ...]  # (label, text) pairs under the title
    summary: str
    tables: tuple[SheetTable, ...]
    charts: tuple[Chart, ...]
    charts_title: str
    definitions_title: str
    definitions: tuple[tuple[str, str], ...]  # (indicator, what it counts)
    signatures: tuple[str, ...]  # 负责人, 填报人
    printed_on: date
    landscape: bool = False


def build_statistics_report(out: str | BinaryIO, sheet: StatisticsSheet) -> None:
    doc = StationDocument(
        out, title=sheet.title, station_name=sheet.station_name, printed_on=sheet.printed_on, landscape=sheet.landscape
    )
    story: list = [doc.title_block(sheet.title), doc.field_lines(list(sheet.heading_lines))]
    if sheet.summary:
        story += [Spacer(1, 3 * mm), doc.paragraph(sheet.summary)]
    for table in sheet.tables:
        story += [CondPageBreak(40 * mm), doc.paragraph(table.title, "heading"), _table(doc, table)]
    if sheet.charts:
        story += [CondPageBreak(CHART_HEIGHT + 15 * mm), doc.paragraph(sheet.charts_title, "heading")]
        story += _chart_grid(doc, sheet.charts)
    lines = [doc.paragraph(f"{name}：{text}", "small") for name, text in sheet.definitions]
    if lines:
        story += [CondPageBreak(30 * mm), doc.paragraph(sheet.definitions_title, "heading"), *lines[:-2]]
    # the signature line never stands alone on a page: it keeps the last definitions with it
    story.append(KeepTogether([*lines[-2:], *doc.signature_lines(list(sheet.signatures))]))
    doc.build(story)


def _table(doc: StationDocument, table: SheetTable) -> Table:
    # headers wrap inside their column: the city's stations x indicators tables have narrow ones
    rows = [[doc.paragraph(h, "cell") for h in table.header], *(list(r) for r in table.rows)]
    built = doc.table(rows, [doc.width * share for share in table.widths])
    built.setStyle(
        TableStyle([("ALIGN", (table.numeric_from, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 0), (-1, -1), 8.5)])
    )
    return built


def _chart_grid(doc: StationDocument, charts: tuple[Chart, ...]) -> list:
    """Two charts side by side per row, each kept whole on a page."""
    width = doc.width / 2
    drawings = [_drawing(doc.font, chart, width, CHART_HEIGHT) for chart in charts]
    rows = [drawings[i : i + 2] + [""] * (2 - len(drawings[i : i + 2])) for i in range(0, len(drawings), 2)]
    out = []
    for row in rows:
        grid = Table([row], colWidths=[width, width])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(KeepTogether([grid, Spacer(1, 3 * mm)]))
    return out


def _drawing(font: str, chart: Chart, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(4, height - 12, chart.title, fontName=font, fontSize=9))
    values = [float(v or 0) for v in chart.values] or [0.0]
    top = max(values) or 1.0
    plot = VerticalBarChart() if chart.kind == BAR else HorizontalLineChart()
    plot.x, plot.y = 34, 34
    plot.width, plot.height = width - 48, height - 62
    plot.data = [values]
    plot.valueAxis.valueMin = 0
    plot.valueAxis.valueMax = top * 1.2
    plot.valueAxis.labels.fontName = font
    plot.valueAxis.labels.fontSize = 6.5
    plot.categoryAxis.categoryNames = [_short(label) for label in chart.labels] or [""]
    plot.categoryAxis.labels.fontName = font
    plot.categoryAxis.labels.fontSize = 6.5
    many = len(chart.labels) > 6
    plot.categoryAxis.labels.angle = 35 if many else 0
    plot.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    plot.categoryAxis.labels.dy = -2
    if chart.kind == BAR:
        plot.bars[0].fillColor = _INK
        plot.bars[0].strokeColor = None
        plot.barLabelFormat = _label_format(values)
        plot.barLabels.fontName = font
        plot.barLabels.fontSize = 6
        plot.barLabels.nudge = 6
    else:
        plot.lines[0].strokeColor = _INK
        plot.lines[0].strokeWidth = 1.5
        plot.lines[0].symbol = makeMarker("FilledCircle", size=3)
        plot.lineLabelFormat = _label_format(values)
        plot.lineLabels.fontName = font
        plot.lineLabels.fontSize = 6
        plot.lineLabels.dy = 5
    drawing.add(plot)
    return drawing


def _label_format(values: list[float]) -> str:
    return "%.0f" if all(float(v).is_integer() for v in values) else "%.1f"


def _short(label: str, limit: int = 10) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
