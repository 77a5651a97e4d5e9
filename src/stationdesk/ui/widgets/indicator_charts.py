"""A chart of one indicator (Qt's own chart module): a line month by month, or bars for a breakdown
with the previous period beside this one. The station's 统计 page and the city's 统计 tab both use it,
fed with the numbers the services computed (the printout draws the same numbers with reportlab)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPainter

CURRENT, PREVIOUS, TEXT = QColor("#2f6db5"), QColor("#b8c9e3"), QColor("#333333")


class IndicatorChart(QChartView):
    sig_category_double_clicked = Signal(int)  # the bar's category, in the order given

    def __init__(self, parent=None) -> None:
        super().__init__(QChart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.labels: list[str] = []
        self.values: list[float] = []

    def _reset(self, title: str) -> QChart:
        """A fresh chart each time: axes removed from a chart leave their labels painted behind."""
        old = self.chart()
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins() * 0)
        chart.setTitle(title)
        self.setChart(chart)  # the view gives up the old chart without deleting it
        old.deleteLater()
        return chart

    def _axes(self, chart: QChart, series, labels: list[str], top: float) -> None:
        categories = QBarCategoryAxis()
        categories.append(labels or [""])
        if len(labels) > 8:
            categories.setLabelsAngle(-45)  # twelve months fit a narrow chart
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, top * 1.15 if top > 0 else 1)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def show_trend(self, title: str, labels: list[str], values: list[float | None]) -> None:
        chart = self._reset(title)
        self.labels, self.values = list(labels), [float(v or 0) for v in values]
        line = QLineSeries()
        line.setName(title)
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        line.setColor(CURRENT)
        line.setPointLabelsColor(TEXT)
        line.setPointLabelsClipping(False)
        for x, y in enumerate(self.values):
            line.append(x, y)
        chart.addSeries(line)
        chart.legend().setVisible(False)
        self._axes(chart, line, self.labels, max(self.values, default=0))

    def show_bars(
        self, title: str, labels: list[str], values: list[float | None], previous: list[float | None] | None = None
    ) -> None:
        chart = self._reset(title)
        self.labels, self.values = list(labels), [float(v or 0) for v in values]
        bars = QBarSeries()
        now = QBarSet(QCoreApplication.translate("IndicatorChart", "本期"))
        now.append(self.values)
        now.setColor(CURRENT)
        now.setLabelColor(TEXT)  # the default white is meant for labels inside the bars
        bars.append(now)
        top = max(self.values, default=0)
        if previous is not None:
            before = QBarSet(QCoreApplication.translate("IndicatorChart", "上期"))
            earlier = [float(v or 0) for v in previous]
            before.append(earlier)
            before.setColor(PREVIOUS)
            before.setLabelColor(TEXT)
            bars.append(before)
            top = max(top, *earlier) if earlier else top
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.doubleClicked.connect(lambda index, _set: self.sig_category_double_clicked.emit(index))
        chart.addSeries(bars)
        chart.legend().setVisible(previous is not None)
        self._axes(chart, bars, self.labels, top)
