"""The 统计 page as a station worker uses it: last month's figures with their definitions and charts,
another period typed in, a figure drilled into, the report exported as PDF and .xlsx, and the page
following new records."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from stationdesk.services.visits import VisitInput, record_visit
from stationdesk.ui.context import AppContext
from stationdesk.ui.db_worker import DatabaseRunner
from stationdesk.ui.dialogs.drill_down_dialog import DrillDownDialog
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages.statistics_page import StatisticsFiles, StatisticsPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ctx(may, data_folder, qtbot):
    database, _ = may
    runner = DatabaseRunner(database)
    context = AppContext(db=runner, folder=data_folder, station=database.station)
    yield context
    qtbot.waitUntil(runner.is_idle)
    runner.stop()


@pytest.fixture
def page(qtbot, ctx):
    created = StatisticsPage(ctx)  # not qtbot.addWidget: that closes it before the last answers arrive
    created.resize(1300, 800)
    created.show()
    qtbot.waitUntil(lambda: created.detail is not None and ctx.db.is_idle())
    yield created
    qtbot.waitUntil(ctx.db.is_idle)  # the charts of the last figure chosen arrive before the page goes
    created.close()
    created.deleteLater()


def _row(page, name: str) -> int:
    return next(i for i, f in enumerate(page.model.rows) if f.name == name)


def _cell(page, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def test_last_month_opens_with_figures_definitions_and_charts(page):
    assert page.period_bar.text.text() == "2026-05"  # today is 2026-06-15: last month
    assert "2026年5月" in page.period_label.text() and "上期 2026年4月" in page.period_label.text()
    row = _row(page, "服务人次")
    assert [_cell(page, row, c) for c in range(2, 6)] == ["11", "3", "+266.7%", "人次"]
    assert _cell(page, _row(page, "出勤率"), 2) == "66.7"
    assert page.definition.text().startswith("口径：期内得到服务的不同人数")
    assert page.trend.labels[-1] == "26-05" and len(page.trend.labels) == 12 and page.trend.values[-1] == 4
    assert page.splits.currentText() == "按群体"
    assert page.breakdown.labels == ["老年人", "儿童", "新就业群体", "困难群众", "残疾人"]
    assert page.breakdown.values == [2, 2, 0, 3, 1]


def test_choosing_a_figure_and_a_breakdown_redraws_the_charts(qtbot, page):
    page.table.selectRow(_row(page, "志愿服务时长"))
    qtbot.waitUntil(lambda: page.detail.key == "service_hours")
    assert page.trend.values[-2:] == [1.0, 4.0]
    # the hours' first breakdown is by the team of the service: it is counted as the figure is shown
    assert page.splits.currentText() == "按服务所属队伍"
    qtbot.waitUntil(lambda: page.breakdown.labels == ["邻里情", "未归属队伍"])
    assert page.breakdown.values == [2.0, 2.0]
    with qtbot.waitSignal(page.sig_breakdown_shown, timeout=30_000):
        page.splits.setCurrentIndex(page.splits.findText("按项目"))
    assert page.breakdown_figures.name == "按项目" and sum(page.breakdown.values) == 4.0
    assert "小时" in page.definition.text() or "时长" in page.definition.text()


def test_a_typed_period_is_counted_and_a_bad_one_explained(qtbot, page):
    qtbot.keyClicks(page.period_bar.text, "x")
    qtbot.keyClick(page.period_bar.text, Qt.Key.Key_Return)
    assert page.period_bar.error.isVisible() and "无法识别" in page.period_bar.error.text()
    assert page.period_bar.presets.currentText() == "自定义"
    page.period_bar.text.clear()
    qtbot.keyClicks(page.period_bar.text, "2026-Q2")
    with qtbot.waitSignal(page.sig_report_shown, timeout=30_000):
        qtbot.keyClick(page.period_bar.text, Qt.Key.Key_Return)
    assert not page.period_bar.error.isVisible()
    assert "2026年第2季度" in page.period_label.text()
    assert _cell(page, _row(page, "探访次数"), 2) == "7"
    page.period_bar.presets.setCurrentIndex(page.period_bar.presets.findText("本年"))
    with qtbot.waitSignal(page.sig_report_shown, timeout=30_000):
        page.period_bar.presets.activated.emit(page.period_bar.presets.currentIndex())
    assert page.period_bar.text.text() == "2026"


def test_double_clicking_a_figure_or_a_category_lists_its_records(qtbot, page, ctx):
    view = page.table
    row = _row(page, "服务人次")
    rect = view.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: bool(page.findChildren(DrillDownDialog)))
    drill = page.findChildren(DrillDownDialog)[-1]
    qtbot.waitUntil(lambda: drill.model.total is not None)
    assert drill.model.total == 11 and drill.count.text() == "共 11 条记录"
    names = {drill.model.data(drill.model.index(r, 1)) for r in range(drill.model.rowCount())}
    assert "小星" in names and "陈小明" not in names  # a child by alias
    drill.close()

    qtbot.waitUntil(lambda: page.detail.key == "services_given" and ctx.db.is_idle())
    category = [c.key for c in page.breakdown_figures.categories].index("child")
    cell = page.breakdown_table.visualRect(page.breakdown_model.index(category, 0)).center()
    qtbot.mouseClick(page.breakdown_table.viewport(), LEFT, pos=cell)
    qtbot.mouseDClick(page.breakdown_table.viewport(), LEFT, pos=cell)
    qtbot.waitUntil(lambda: len(page.findChildren(DrillDownDialog)) == 2)
    by_group = page.findChildren(DrillDownDialog)[-1]
    qtbot.waitUntil(lambda: by_group.model.total is not None)
    assert by_group.model.total == 5 and "儿童" in by_group.windowTitle()


def test_the_report_exports_as_pdf_and_workbook(qtbot, page, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "show_pdf", classmethod(lambda cls, parent, data, title, name="": shown.append((data, name)))
    )
    qtbot.mouseClick(page.pdf_button, LEFT)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0].startswith(b"%PDF") and shown[0][1] == "统计报表-TEST-001-2026-05.pdf"

    target = tmp_path / "月报.xlsx"
    infos = []
    monkeypatch.setattr(StatisticsFiles, "workbook_path", classmethod(lambda cls, parent, suggested: str(target)))
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: infos.append(text)))
    qtbot.mouseClick(page.xlsx_button, LEFT)
    qtbot.waitUntil(lambda: bool(infos))
    assert str(target) in infos[0]
    rows = {r[1]: r[2] for r in load_workbook(target).worksheets[0].iter_rows(min_row=4, values_only=True)}
    assert rows["服务人次"] == 11


def test_a_new_visit_updates_the_figures(qtbot, page, ctx, may):
    _, ids = may
    before = page.report.figure("visits").value
    data = VisitInput(ids["e1"], date(2026, 5, 20), "10:00", "10:30", "上门走访")
    with qtbot.waitSignal(page.sig_report_shown, timeout=30_000):
        ctx.db.run(record_visit, data)
    assert page.report.figure("visits").value == before + 1
    assert _cell(page, _row(page, "探访次数"), 2) == str(before + 1)
