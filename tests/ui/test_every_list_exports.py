"""Every list page exports what it shows to .xlsx — the same rows, the same columns, masked as on
screen — through the one page mechanism (``Page.list_export_button``); the export needs the
``export`` permission and is audited. The walk runs on a demo station, so every list has rows."""

from datetime import date, datetime

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex
from sqlalchemy import select

from stationdesk.db.models.station import AuditEntry
from stationdesk.errors import PermissionDenied
from stationdesk.services.demo import DemoOptions, run_demo
from stationdesk.services.list_export import export_list
from stationdesk.services.tutoring import get_class, list_classes
from stationdesk.ui.list_export import ExportFiles, shown_table
from stationdesk.ui.messages import MessageBox

LIST_PAGES = (
    "people",
    "elder",
    "visits",
    "due_visits",
    "child",
    "attendance",
    "activities",
    "volunteers",
    "service_hours",
    "needs",
    "resources",
    "services",
    "service_records",
)


@pytest.fixture
def demo_window(qtbot, db):
    from stationdesk.ui.app import build_window

    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=7, people=120))  # enough that every list has rows in its first view
    main = build_window(db.folder, db)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.close()


def _idle(qtbot, window):
    qtbot.waitUntil(window.ctx.db.is_idle, timeout=10000)


def _show_something(qtbot, window, key, page):
    """Pages about one elder or one session show their list once one is chosen."""
    if key == "elder":
        with window.ctx.db.database.session() as session:
            from stationdesk.services.visits import list_visits

            visit = list_visits(session, limit=1)[0]
        page.show_elder(visit.elder_id, visit.elder_name)
    elif key == "attendance":
        with window.ctx.db.database.session() as session:
            klass = next(c for c in list_classes(session) if get_class(session, c.id).sessions)
            first = get_class(session, klass.id).sessions[0]
        page.open_session(klass.id, first.id)
    _idle(qtbot, window)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def test_every_list_page_exports_the_rows_it_shows(qtbot, demo_window, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text)))
    walked = []
    for key in LIST_PAGES:
        page = demo_window.open_page(key)
        _idle(qtbot, demo_window)
        _show_something(qtbot, demo_window, key, page)
        assert page.list_exports, f"{key} has no 导出 Excel"
        for number, (title, model, button) in enumerate(page.list_exports):
            while model.canFetchMore(QModelIndex()):  # every row in view, so the file must hold the same
                model.fetchMore(QModelIndex())
                _idle(qtbot, demo_window)
            headers, shown = shown_table(model)
            assert shown, f"{key}: {title} shows no rows on the demo station"
            path = tmp_path / f"{key}-{number}.xlsx"
            monkeypatch.setattr(ExportFiles, "xlsx_path", classmethod(lambda cls, parent, suggested, p=path: str(p)))
            before = len(told)
            assert button.isVisibleTo(page)
            button.click()
            qtbot.waitUntil(lambda before=before: len(told) > before, timeout=20000)
            sheet = openpyxl.load_workbook(path).active
            written = [[_text(cell.value) for cell in row] for row in sheet.iter_rows()]
            assert written[0] == headers, key
            assert written[1:] == shown, f"{key}: {title}"
            assert f"{len(shown)} 行" in told[-1]
            walked.append(key)
    assert set(walked) == set(LIST_PAGES)
    with demo_window.ctx.db.database.session() as session:
        exports = session.execute(select(AuditEntry).where(AuditEntry.action == "export")).scalars().all()
    assert len(exports) == len(walked) and all(e.subject_kind == "list" for e in exports)


def test_a_paged_list_exports_every_match_of_its_filter_not_only_the_loaded_page(
    qtbot, demo_window, tmp_path, monkeypatch
):
    told = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text)))
    people = demo_window.open_page("people")
    _idle(qtbot, demo_window)
    people.model.page_size = 10
    people.table.hide()  # a view in sight asks for every page that fits; the later pages stay unloaded
    people.role.setCurrentIndex(people.role.findData("elder"))
    _idle(qtbot, demo_window)
    assert not people.model.holds_everything() and people.model.total > people.model.rowCount()
    path = tmp_path / "elders.xlsx"
    monkeypatch.setattr(ExportFiles, "xlsx_path", classmethod(lambda cls, parent, suggested: str(path)))
    people.list_exports[0][2].click()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))[1:]
    assert len(rows) == people.model.total
    roles = [r[6] for r in rows]
    assert all("老人" in r for r in roles)
    assert all("*" in (r[3] or "*") for r in rows)  # ID numbers masked as on screen


def test_exporting_a_list_needs_the_export_permission(db, tmp_path, admin_password_hash):
    from stationdesk.db.models.accounts import Account
    from stationdesk.services.accounts import actor_of

    with db.transaction() as session:
        clerk = Account(login="clerk1", display_name="录入员", role_key="clerk", password_hash=admin_password_hash)
        session.add(clerk)
        session.flush()
        db.actor = actor_of(session, clerk)
    with pytest.raises(PermissionDenied), db.transaction() as session:
        export_list(session, tmp_path / "x.xlsx", "人员档案", ["姓名"], lambda r: r, rows=[["王秀英"]])
    assert not (tmp_path / "x.xlsx").exists()


def test_the_export_button_is_hidden_from_a_role_without_export(qtbot, db, admin_password_hash):
    from stationdesk.db.models.accounts import Account
    from stationdesk.services.accounts import actor_of
    from stationdesk.ui.app import build_window

    with db.transaction() as session:
        clerk = Account(login="clerk1", display_name="录入员", role_key="clerk", password_hash=admin_password_hash)
        session.add(clerk)
        session.flush()
        db.actor = actor_of(session, clerk)
    main = build_window(db.folder, db)
    qtbot.addWidget(main)
    main.show()
    visits = main.open_page("visits")
    assert visits.list_exports and not visits.list_exports[0][2].isVisibleTo(visits)
    qtbot.waitUntil(main.ctx.db.is_idle)
    main.close()


def test_shown_table_reads_what_the_view_displays(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["姓名", "电话"])
    model.setItem(0, 0, QStandardItem("王秀英"))
    model.setItem(0, 1, QStandardItem("138****5678"))
    assert shown_table(model) == (["姓名", "电话"], [["王秀英", "138****5678"]])
