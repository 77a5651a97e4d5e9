"""维护列表: entries added at the end, ordered, stopped and resumed; records keep the names they hold;
bad names answered in the user's language; the page driven like a user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from stationdesk import messages
from stationdesk.errors import ValidationError
from stationdesk.services import catalogs, needs
from stationdesk.services.station import catalog
from stationdesk.ui.context import AppContext
from stationdesk.ui.db_worker import DatabaseRunner
from stationdesk.ui.pages.catalogs_page import CatalogsPage


def _names(session, kind):
    return [(e.name, e.active) for e in catalogs.catalog_entries(session, kind)]


def test_an_entry_is_added_at_the_end_moved_and_stopped_without_touching_records(db):
    with db.transaction() as session:
        added = catalogs.add_catalog_entry(session, "service_category", "  助浴 ")
        entries = catalogs.catalog_entries(session, "service_category")
        assert (added.name, added.position) == ("助浴", len(entries) - 1)
        moved = catalogs.move_catalog_entry(session, added.id, -100)
        assert moved.position == 0 and catalog(session, "service_category")[0] == "助浴"
        catalogs.move_catalog_entry(session, added.id, 1)
        assert catalog(session, "service_category")[1] == "助浴"
        need = needs.create_need(session, needs.NeedInput(group_name="七星社区独居老人", category="助浴"))
        stopped = catalogs.set_catalog_entry_active(session, added.id, False)
        assert not stopped.active and "助浴" not in catalog(session, "service_category")
        assert ("助浴", False) in _names(session, "service_category")
        assert needs.need_row(session, need.id).category == "助浴"  # the record keeps its name
        catalogs.set_catalog_entry_active(session, added.id, True)
        assert "助浴" in catalog(session, "service_category")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "catalog.name_required"),
        ("   ", "catalog.name_required"),
        ("甲" * 61, "catalog.name_too_long"),
        ("独居|空巢", "catalog.name_bar"),
        ("独居\x1b[2J", "text.control_character"),
        ("独居", "catalog.duplicate"),
    ],
)
def test_bad_names_are_refused_and_nothing_is_written(db, name, code):
    with db.session() as session:
        before = _names(session, "person_tag")
    with pytest.raises(ValidationError) as raised, db.transaction() as session:
        catalogs.add_catalog_entry(session, "person_tag", name)
    assert raised.value.code == code and messages.message_for(raised.value) != code
    with db.session() as session:
        assert _names(session, "person_tag") == before


def test_a_stopped_entry_is_not_added_twice_and_an_unknown_list_is_refused(db):
    with db.transaction() as session:
        entry = catalogs.catalog_entries(session, "person_tag")[0]
        catalogs.set_catalog_entry_active(session, entry.id, False)
    with pytest.raises(ValidationError) as raised, db.transaction() as session:
        catalogs.add_catalog_entry(session, "person_tag", entry.name)
    assert raised.value.code == "catalog.duplicate_stopped" and "启用" in messages.message_for(raised.value)
    with pytest.raises(ValidationError), db.session() as session:
        catalogs.catalog_entries(session, "no_such_list")


@pytest.fixture
def page(qtbot, db):
    runner = DatabaseRunner(db)
    widget = CatalogsPage(AppContext(db=runner, folder=None, station=db.station))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(runner.is_idle)
    yield widget
    qtbot.waitUntil(runner.is_idle)
    runner.stop()


def _rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_page_adds_moves_and_stops_an_entry_and_keeps_a_refused_name(qtbot, page):
    kinds = [page.kinds.item(n).data(Qt.ItemDataRole.UserRole) for n in range(page.kinds.count())]
    page.kinds.setCurrentRow(kinds.index("volunteer_skill"))
    qtbot.waitUntil(page.ctx.db.is_idle)
    count = page.model.rowCount()
    page.new_name.insert("手语")  # typed through the input method
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == count + 1)
    assert _rows(page.model)[-1][1:] == ["手语", "使用中"]
    assert page.new_name.text() == ""
    # the new entry stays chosen: up once, then stopped
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(page.model)[-2][1] == "手语")
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(page.model)[-2][2] == "已停用")
    assert page.toggle_button.text() == "启用"
    # a name already there: the message under the field, the typed text kept
    page.new_name.insert("手语")  # typed through the input method
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.name_error.text() != "")
    assert "已停用" in page.name_error.text() and page.new_name.text() == "手语"
    qtbot.keyClick(page.new_name, Qt.Key.Key_Backspace)
    assert page.name_error.text() == ""
