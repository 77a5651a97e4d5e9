"""The city window's 统计 tab: every station's figures and the city total for a period, the summary
paragraph, completeness (which stations' bundles cover the period, on time or late, how old each
station's data is), charts by station and month, and the report as PDF or .xlsx. Counting runs on
the window's hub worker; the tab counts when it is shown after the hub changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.periods import Period
from stationdesk.services.statistics import city
from stationdesk.services.statistics.exports import city_report_pdf, export_city_report
from stationdesk.services.statistics.summary import format_value, percent
from stationdesk.services.sync import Hub
from stationdesk.ui.dates import local_minute
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.long_job import progress_dialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages.statistics_page import StatisticsFiles
from stationdesk.ui.widgets import list_view
from stationdesk.ui.widgets.indicator_charts import IndicatorChart
from stationdesk.ui.widgets.period_bar import ReportBar

STATUS_COLOURS = {city.ON_TIME: None, city.LATE: "#fff1c2", city.MISSING: "#ffd6d6"}


class CityStatisticsTab(QWidget):
    sig_shown = Signal()  # figures of a period are on screen
    sig_trend_shown = Signal()

    def __init__(self, hub: Hub, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.overview: city.CityOverview | None = None
        self.period: Period | None = None
        self._stale = True
        bar = ReportBar(date.today())
        self.period_bar, self.count_button = bar.period_bar, bar.count_button
        self.pdf_button, self.xlsx_button = bar.pdf_button, bar.xlsx_button
        self.period_bar.sig_changed.connect(self.refresh)
        self.count_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_workbook)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14px; padding: 6px; background: #f4f7fb;")
        self.reporting = QLabel()

        self.stations_model = RowsTableModel([], parent=self)
        self.stations_table = list_view(self.stations_model)
        self.completeness_model = RowsTableModel(
            [
                (self.tr("站点编码"), lambda s: s.code),
                (self.tr("站点名称"), lambda s: s.name),
                (self.tr("报送状态"), lambda s: self._status(s.status)),
                (self.tr("收到覆盖本期的同步包"), lambda s: local_minute(s.covered_at) or "—"),
                (self.tr("数据截至"), lambda s: local_minute(s.data_up_to) or "—"),
                (self.tr("数据天数"), lambda s: format_value(s.data_age_days)),
            ],
            background=lambda s: STATUS_COLOURS[s.status],
            parent=self,
        )
        self.completeness_table = list_view(self.completeness_model)

        self.indicator_box = QComboBox()
        self.indicator_box.currentIndexChanged.connect(lambda _i: self._show_charts())
        self.by_station = IndicatorChart()
        self.trend = IndicatorChart()
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("指标")))
        choose.addWidget(self.indicator_box, 1)
        charts_layout.addLayout(choose)
        split = QSplitter()
        split.addWidget(self.by_station)
        split.addWidget(self.trend)
        split.setSizes([1, 1])
        charts_layout.addWidget(split, 1)

        self.views = QTabWidget()
        self.views.addTab(self.stations_table, self.tr("各站点指标"))
        self.views.addTab(self.completeness_table, self.tr("报送情况"))
        self.views.addTab(charts, self.tr("图表"))
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.reporting)
        layout.addWidget(self.views, 1)

    def _status(self, status: str) -> str:
        return {city.ON_TIME: self.tr("按时"), city.LATE: self.tr("逾期"), city.MISSING: self.tr("未报")}[status]

    # ------------------------------------------------------------------ counting

    def mark_stale(self) -> None:
        """The hub changed (a bundle came in): count again now if the tab is on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        period = self.period_bar.period()
        if period is None:
            return
        self._stale = False
        self.runner.run(
            city.city_overview,
            self.hub,
            period,
            on_done=lambda overview: self._show(period, overview),
            on_error=lambda error: MessageBox.error(self, error),
        )

    def _show(self, period: Period, overview: city.CityOverview) -> None:
        self.period, self.overview = period, overview
        report, reporting = overview.report, overview.completeness
        self.summary.setText(overview.summary)
        self.reporting.setText(
            self.tr(
                "{title}：应报 {expected} 站，已报 {received} 站（报送率 {rate}），按时 {on_time} 站（及时率 {timely}）"
            ).format(
                title=report.period.title,
                expected=reporting.expected,
                received=reporting.received,
                rate=percent(reporting.reporting_rate),
                on_time=reporting.on_time,
                timely=percent(reporting.timely_rate),
            )
            + self.tr("；{deadline} 前收到为按时。").format(deadline=reporting.deadline.isoformat())
        )
        figures = report.figures
        self.stations_model.columns = [(self.tr("站点"), lambda row: row[0])] + [
            (f"{f.name}（{f.unit}）", lambda row, i=i: row[i + 1]) for i, f in enumerate(figures)
        ]
        rows = [(self.tr("全市合计"), *(format_value(f.value, f.decimals) for f in figures))]
        for n, station in enumerate(report.stations):
            rows.append(
                (f"{station.code} {station.name}", *(format_value(f.by_station[n].value, f.decimals) for f in figures))
            )
        self.stations_model.set_rows(rows)
        self.completeness_model.set_rows(list(reporting.stations))
        chosen = self.indicator_box.currentData()
        self.indicator_box.blockSignals(True)
        self.indicator_box.clear()
        for figure in figures:
            self.indicator_box.addItem(f"{figure.section_name} · {figure.name}", figure.key)
        keys = [f.key for f in figures]
        self.indicator_box.setCurrentIndex(keys.index(chosen) if chosen in keys else 0)
        self.indicator_box.blockSignals(False)
        self._show_charts()
        self.sig_shown.emit()

    def _show_charts(self) -> None:
        if self.overview is None or self.indicator_box.currentData() is None:
            return
        report = self.overview.report
        figure = report.figure(self.indicator_box.currentData())
        self.by_station.show_bars(
            self.tr("{name}（{unit}）：各站点").format(name=figure.name, unit=figure.unit),
            [s.code for s in report.stations],
            [s.value for s in figure.by_station],
            [s.previous for s in figure.by_station],
        )
        key, period = figure.key, self.period
        self.runner.run(
            city.city_trend,
            self.hub,
            key,
            period,
            on_done=lambda points: self._show_trend(key, figure, points),
            on_error=lambda error: MessageBox.error(self, error),
        )

    def _show_trend(self, key: str, figure, points) -> None:
        if key != self.indicator_box.currentData():
            return  # another indicator was chosen meanwhile
        self.trend.show_trend(
            self.tr("全市{name}（{unit}）近 {n} 个月").format(name=figure.name, unit=figure.unit, n=len(points)),
            [p.label[2:] for p in points],
            [p.value for p in points],
        )
        self.sig_trend_shown.emit()

    # ------------------------------------------------------------------ exports

    def _run_export(self, label: str, function, *args, on_done) -> None:
        dialog, progress = progress_dialog(self, label)
        dialog.show()

        def done(result) -> None:
            dialog.close()
            on_done(result)

        def failed(error: BaseException) -> None:
            dialog.close()
            MessageBox.error(self, error)

        self.runner.run(function, *args, progress=progress, on_done=done, on_error=failed)

    def export_pdf(self) -> None:
        period = self.period_bar.period()
        if period is None:
            return
        self._run_export(
            self.tr("正在生成全市统计报表…"),
            city_report_pdf,
            self.hub,
            period,
            on_done=lambda result: PdfPreviewDialog.show_pdf(self, result[0], self.tr("全市统计报表"), result[1]),
        )

    def export_workbook(self) -> None:
        period = self.period_bar.period()
        if period is None:
            return
        path = StatisticsFiles.workbook_path(
            self, self.tr("全市统计报表-{code}-{period}.xlsx").format(code=self.hub.code, period=period.label)
        )
        if not path:
            return
        self._run_export(
            self.tr("正在导出全市统计报表…"),
            export_city_report,
            self.hub,
            period,
            path,
            on_done=lambda written: MessageBox.info(
                self, self.tr("导出完成"), self.tr("统计报表已保存到 {path}").format(path=written)
            ),
        )
