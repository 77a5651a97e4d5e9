"""Lists out to Excel: a list page writes what it shows — its filter and its columns — to .xlsx on
the database thread (the same way on every page)."""

from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton

from stationdesk.services.visits import VisitInput, record_visit
from stationdesk.ui.list_export import ExportFiles
from stationdesk.ui.messages import MessageBox

TODAY = date(2026, 6, 15)


@pytest.fixture
def window(db, people, open_window):
    with db.transaction() as session:
        record_visit(session, VisitInput(people["elder2"], TODAY - timedelta(days=200), "09:00", "09:30", "电话问候"))
        record_visit(session, VisitInput(people["elder"], TODAY - timedelta(days=3), "10:00", "10:30", "电话问候"))
    return open_window()


def exported(qtbot, window, page, button_text, path, monkeypatch):
    told = []
    monkeypatch.setattr(ExportFiles, "xlsx_path", classmethod(lambda cls, parent, suggested: str(path)))
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text)))
    next(b for b in page.findChildren(QPushButton) if b.text() == button_text).click()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    sheet = openpyxl.load_workbook(path).active
    return told[0], [[c.value for c in row] for row in sheet.iter_rows()]


def test_the_visits_list_exports_its_filtered_rows(qtbot, window, tmp_path, monkeypatch):
    visits = window.open_page("visits")
    qtbot.waitUntil(lambda: visits.model.rowCount() == 2)
    visits.search.setText("lgl")
    visits.refresh()
    qtbot.waitUntil(lambda: visits.model.rowCount() == 1 and window.ctx.db.is_idle())
    said, rows = exported(qtbot, window, visits, "导出列表 Excel…", tmp_path / "探访.xlsx", monkeypatch)
    assert rows[0][:3] == ["日期", "时间", "老人"]
    assert len(rows) == 2 and rows[1][2] == "李桂兰" and rows[1][1] == "09:00-09:30" and "1 行" in said


def test_the_due_list_exports_what_it_shows(qtbot, window, tmp_path, monkeypatch):
    due = window.open_page("due_visits")
    qtbot.waitUntil(lambda: due.model.rowCount() >= 1 and window.ctx.db.is_idle())
    shown = [due.model.record(r).name for r in range(due.model.rowCount())]
    _said, rows = exported(qtbot, window, due, "导出列表 Excel…", tmp_path / "待探访.xlsx", monkeypatch)
    assert rows[0][:2] == ["老人", "年龄"] and [r[0] for r in rows[1:]] == shown == [
        "李桂兰"
    ]  # 王秀英 was visited 3 days ago
