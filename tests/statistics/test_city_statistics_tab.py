"""The city window's 统计 tab after two stations' bundles: both stations and the total, completeness,
the summary, charts by station and by month, and the exports."""

from __future__ import annotations

import pytest
from may_scenario import MAY, build_may
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from stationdesk.services.statistics import city
from stationdesk.ui.city_window import CityWindow
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages.statistics_page import StatisticsFiles

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, sqlite_hub, make_station, enrol, usb, city_login):
    for code in ("S-A", "S-B"):
        station = make_station(code)
        with station.db.transaction() as session:
            build_may(session)
        enrol(sqlite_hub, station)
        sqlite_hub.import_bundle(station.export(usb / f"{code}.sdbundle").path)
    created = CityWindow(sqlite_hub, city_login(sqlite_hub))
    created.resize(1300, 860)
    created.show()
    qtbot.waitUntil(created.runner.is_idle)
    yield created
    qtbot.waitUntil(created.runner.is_idle)
    created.close()  # stops the hub worker
    created.deleteLater()


def _may(qtbot, tab) -> None:
    tab.period_bar.text.setText(MAY)
    with qtbot.waitSignal(tab.sig_shown):
        qtbot.keyClick(tab.period_bar.text, Qt.Key.Key_Return)


def test_the_tab_shows_every_station_the_total_and_completeness(qtbot, window):
    tab = window.statistics
    assert tab.overview is None  # nothing is counted until the tab is opened
    with qtbot.waitSignal(tab.sig_shown):
        window.tabs.setCurrentWidget(tab)
    _may(qtbot, tab)
    model = tab.stations_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("服务人次（人次）")
    assert [model.rows[r][0] for r in range(3)] == ["全市合计", "S-A S-A 服务站", "S-B S-B 服务站"]
    assert [model.rows[r][column] for r in range(3)] == ["22", "11", "11"]
    rate = headers.index("出勤率（%）")
    assert [model.rows[r][rate] for r in range(3)] == ["66.7", "66.7", "66.7"]
    assert "全市 2 个站点" in tab.summary.text() and "已报送 2 个" in tab.summary.text()
    assert "应报 2 站，已报 2 站（报送率 100.0%）" in tab.reporting.text()
    assert [s.code for s in tab.completeness_model.rows] == ["S-A", "S-B"]
    assert {s.status for s in tab.completeness_model.rows} <= {city.ON_TIME, city.LATE}


def test_charts_follow_the_chosen_indicator(qtbot, window):
    tab = window.statistics
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.overview is not None and window.runner.is_idle())
    _may(qtbot, tab)
    tab.views.setCurrentIndex(2)
    with qtbot.waitSignal(tab.sig_trend_shown):
        tab.indicator_box.setCurrentIndex(tab.indicator_box.findData("visits"))
    assert tab.by_station.labels == ["S-A", "S-B"] and tab.by_station.values == [4, 4]
    assert tab.trend.labels[-1] == "26-05" and tab.trend.values[-1] == 8


def test_a_new_bundle_marks_the_figures_stale_and_the_tab_counts_again(
    qtbot, window, sqlite_hub, make_station, enrol, usb
):
    tab = window.statistics
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.overview is not None and window.runner.is_idle())
    _may(qtbot, tab)
    third = make_station("S-C")
    with third.db.transaction() as session:
        build_may(session)
    enrol(sqlite_hub, third)
    sqlite_hub.import_bundle(third.export(usb / "S-C.sdbundle").path)
    with qtbot.waitSignal(tab.sig_shown):
        window.refresh()
    assert len(tab.overview.report.stations) == 3
    assert tab.stations_model.rows[0][1] == "12"  # people served: 4 at each station


def test_the_city_report_exports_as_pdf_and_workbook(qtbot, window, monkeypatch, tmp_path):
    tab = window.statistics
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.overview is not None and window.runner.is_idle())
    tab.period_bar.text.setText(MAY)
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "show_pdf", classmethod(lambda cls, parent, data, title, name="": shown.append((data, name)))
    )
    qtbot.mouseClick(tab.pdf_button, LEFT)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0].startswith(b"%PDF") and shown[0][1] == "全市统计报表-CITY-2026-05.pdf"
    target, infos = tmp_path / "全市.xlsx", []
    monkeypatch.setattr(StatisticsFiles, "workbook_path", classmethod(lambda cls, parent, suggested: str(target)))
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: infos.append(text)))
    qtbot.mouseClick(tab.xlsx_button, LEFT)
    qtbot.waitUntil(lambda: bool(infos))
    book = load_workbook(target)
    stations = book["各站点"]
    assert [stations.cell(row=r, column=1).value for r in (5, 6)] == ["S-A", "S-B"]
    assert stations.cell(row=4, column=4).value == 22  # services given, the city total
