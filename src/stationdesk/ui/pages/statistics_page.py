"""统计: the station's figures for a period (数量 / 上期 / 环比) with what each one counts, the chosen
figure's trend by month and its breakdowns as charts, the records behind any figure (double-click),
and the period's report as a PDF or an .xlsx workbook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.periods import Period
from stationdesk.services.statistics.exports import export_station_report, station_report_pdf
from stationdesk.services.statistics.report import (
    BreakdownFigures,
    IndicatorDetail,
    Report,
    breakdown_title,
    indicator_breakdown,
    indicator_detail,
    station_report,
    watched_tables,
)
from stationdesk.services.statistics.summary import format_change, format_value
from stationdesk.ui.dates import station_today
from stationdesk.ui.dialogs.drill_down_dialog import DrillDownDialog
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title, selected_record
from stationdesk.ui.widgets.indicator_charts import IndicatorChart
from stationdesk.ui.widgets.period_bar import ReportBar


class StatisticsFiles:
    """The file chooser behind a classmethod, so tests can patch it."""

    @classmethod
    def workbook_path(cls, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("StatisticsPage", "导出统计报表"), suggested, "Excel (*.xlsx)"
        )
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path


class StatisticsPage(Page):
    WATCHES = watched_tables()
    sig_report_shown = Signal()
    sig_detail_shown = Signal()
    sig_breakdown_shown = Signal()

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.report: Report | None = None
        self.detail: IndicatorDetail | None = None
        self.breakdown_figures: BreakdownFigures | None = None
        self._asked_breakdown: tuple[str, str, str] | None = None
        self.shown_period: Period | None = None
        self._wanted_key = ""
        self._asked: tuple[str, str] | None = None
        bar = ReportBar(station_today(ctx))
        self.period_bar, self.count_button = bar.period_bar, bar.count_button
        self.pdf_button, self.xlsx_button = bar.pdf_button, bar.xlsx_button
        self.period_bar.sig_changed.connect(self.refresh)
        self.count_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_workbook)
        ctx.offer_only_with("export", self.xlsx_button)
        self.period_label = QLabel()

        self.model = RowsTableModel(
            [
                (self.tr("分类"), lambda f: f.section_name),
                (self.tr("指标"), lambda f: f.name),
                (self.tr("数量"), lambda f: format_value(f.value, f.decimals)),
                (self.tr("上期"), lambda f: format_value(f.previous, f.decimals)),
                (self.tr("环比"), lambda f: format_change(f.change)),
                (self.tr("单位"), lambda f: f.unit),
            ],
            parent=self,
        )
        self.table = list_view(self.model, self._drill_figure)
        self.table.horizontalHeader().setResizeContentsPrecision(-1)  # a few dozen figures: fit them all
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._figure_chosen())
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setMinimumHeight(48)

        self.trend = IndicatorChart()
        self.splits = QComboBox()
        self.splits.currentIndexChanged.connect(lambda _i: self._load_breakdown())
        self.breakdown = IndicatorChart()
        self.breakdown.sig_category_double_clicked.connect(self._drill_category)
        self.breakdown_model = RowsTableModel(
            [
                (self.tr("类别"), lambda c: c.name),
                (self.tr("数量"), lambda c: self._value(c.value)),
                (self.tr("上期"), lambda c: self._value(c.previous)),
            ],
            parent=self,
        )
        self.breakdown_table = list_view(self.breakdown_model, lambda index: self._drill_category(index.row()))
        self.breakdown_table.setMaximumHeight(200)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.definition)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.trend, 1)
        splits_row = QHBoxLayout()
        splits_row.addWidget(QLabel(self.tr("分类查看")))
        splits_row.addWidget(self.splits, 1)
        right_layout.addLayout(splits_row)
        right_layout.addWidget(self.breakdown, 1)
        right_layout.addWidget(self.breakdown_table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("统计")))
        layout.addWidget(bar)
        layout.addWidget(self.period_label)
        layout.addWidget(splitter, 1)
        if ctx.may("people.view"):  # the records behind a figure name people; a supervisor sees figures only
            layout.addWidget(QLabel(self.tr("双击一项指标或一个分类，查看其中的记录。")))
        self.refresh()

    # ------------------------------------------------------------------ figures

    def refresh(self) -> None:
        period = self.period_bar.period()
        if period is None:
            return
        self.ctx.db.run(
            station_report, period, on_done=lambda report: self._show_report(period, report), on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        MessageBox.error(self, error)

    def _show_report(self, period: Period, report: Report) -> None:
        selected = selected_record(self.table)
        self._wanted_key = selected.key if selected is not None else self._wanted_key
        self.report, self.shown_period = report, period
        self.period_label.setText(
            self.tr("{title}（{start} 至 {end}），上期 {previous}").format(
                title=report.period.title,
                start=report.period.start,
                end=report.period.end,
                previous=report.previous_period.title,
            )
        )
        self.model.set_rows(list(report.figures))
        keys = [f.key for f in report.figures]
        self.table.selectRow(keys.index(self._wanted_key) if self._wanted_key in keys else 0)
        self.sig_report_shown.emit()

    def _figure_chosen(self) -> None:
        figure = selected_record(self.table)
        if figure is None or self.shown_period is None:
            return
        self._wanted_key = figure.key
        self.definition.setText(self.tr("口径：{text}").format(text=figure.definition))
        asked = (figure.key, self.shown_period.label)
        self._asked = asked
        self.ctx.db.run(
            indicator_detail,
            figure.key,
            self.shown_period,
            on_done=lambda detail: self._show_detail(asked, detail),
            on_error=self._failed,
        )

    def _value(self, value) -> str:
        return format_value(value, self.detail.decimals if self.detail is not None else 0)

    def _show_detail(self, asked: tuple[str, str], detail: IndicatorDetail) -> None:
        if asked != self._asked:
            return  # the user has chosen another figure since
        self.detail = detail
        self.trend.show_trend(
            self.tr("{name}（{unit}）近 {n} 个月").format(name=detail.name, unit=detail.unit, n=len(detail.trend)),
            [p.label[2:] for p in detail.trend],  # 25-12: twelve months fit under the chart
            [p.value for p in detail.trend],
        )
        chosen = self.splits.currentData()
        self.splits.blockSignals(True)
        self.splits.clear()
        for key, name in detail.splits:
            self.splits.addItem(name, key)
        keys = [key for key, _ in detail.splits]
        self.splits.setCurrentIndex(keys.index(chosen) if chosen in keys else 0)
        self.splits.setEnabled(bool(keys))
        self.splits.blockSignals(False)
        self.sig_detail_shown.emit()
        self._load_breakdown()

    def _load_breakdown(self) -> None:
        """Count the breakdown chosen in the list (each one only when it is asked for)."""
        split = self.splits.currentData()
        if self.detail is None or split is None:
            self.breakdown_figures = None
            self.breakdown.show_bars(self.tr("（此指标不分类）"), [], [])
            self.breakdown_model.set_rows([])
            self.sig_breakdown_shown.emit()
            return
        asked = (self.detail.key, self.shown_period.label, split)
        self._asked_breakdown = asked
        self.ctx.db.run(
            indicator_breakdown,
            self.detail.key,
            self.shown_period,
            split,
            on_done=lambda figures: self._show_breakdown(asked, figures),
            on_error=self._failed,
        )

    def _show_breakdown(self, asked: tuple[str, str, str], breakdown: BreakdownFigures) -> None:
        if asked != self._asked_breakdown:
            return
        self.breakdown_figures = breakdown
        categories = list(breakdown.categories)
        self.breakdown.show_bars(
            breakdown_title(self.detail.name, breakdown.name),
            [c.name for c in categories],
            [c.value for c in categories],
            [c.previous for c in categories],
        )
        self.breakdown_model.set_rows(categories)
        self.sig_breakdown_shown.emit()

    # ------------------------------------------------------------------ drill-down

    def _drill_figure(self, index) -> DrillDownDialog | None:
        figure = self.model.record(index.row())
        if figure is None or self.shown_period is None or not self.ctx.may("people.view"):
            return None
        return DrillDownDialog.ask(
            self,
            self.ctx,
            figure.key,
            self.shown_period,
            title=self.tr("{name}：{period}的记录").format(name=figure.name, period=self.report.period.title),
        )

    def _drill_category(self, row: int) -> DrillDownDialog | None:
        breakdown = self.breakdown_figures
        if (
            breakdown is None
            or not 0 <= row < len(breakdown.categories)
            or self.shown_period is None
            or not self.ctx.may("people.view")
        ):
            return None
        category = breakdown.categories[row]
        return DrillDownDialog.ask(
            self,
            self.ctx,
            self.detail.key,
            self.shown_period,
            breakdown.key,
            category.key,
            title=self.tr("{name}（{category}）：{period}的记录").format(
                name=self.detail.name, category=category.name, period=self.report.period.title
            ),
        )

    # ------------------------------------------------------------------ exports

    def export_pdf(self) -> None:
        period = self.period_bar.period()
        if period is None:
            return
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在生成统计报表…"),
            station_report_pdf,
            period,
            on_done=lambda result: PdfPreviewDialog.show_pdf(self, result[0], self.tr("统计报表"), result[1]),
        )

    def export_workbook(self) -> None:
        period = self.period_bar.period()
        if period is None:
            return
        path = StatisticsFiles.workbook_path(
            self, self.tr("统计报表-{code}-{period}.xlsx").format(code=self.ctx.station.code, period=period.label)
        )
        if not path:
            return
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在导出统计报表…"),
            export_station_report,
            period,
            path,
            on_done=lambda written: MessageBox.info(
                self, self.tr("导出完成"), self.tr("统计报表已保存到 {path}").format(path=written)
            ),
        )
