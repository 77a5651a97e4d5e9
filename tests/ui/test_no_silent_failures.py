"""A failed database job is shown unless the caller says it is expected; answers go only to a
widget that is still there; a list is never quietly cut short; the home page watches its counts."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from stationdesk.errors import ValidationError
from stationdesk.services.people import PersonInput, add_person
from stationdesk.ui.db_worker import QUIET, DatabaseRunner
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel


def _refused(session):
    raise ValidationError("person.name_required", field="name")


def _shown(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(str(error))))
    return shown


def test_a_failure_is_shown_unless_the_caller_expects_it(qtbot, db, monkeypatch):
    shown = _shown(monkeypatch)
    runner = DatabaseRunner(db)
    try:
        runner.run(_refused)
        qtbot.waitUntil(lambda: bool(shown))
        assert shown == ["请填写姓名。"]
        handled = []
        runner.run(_refused, on_error=handled.append)
        runner.run(_refused, on_error=QUIET)
        qtbot.waitUntil(runner.is_idle)
        assert len(shown) == 1 and len(handled) == 1
    finally:
        runner.stop()


def test_a_closed_dialog_or_a_deleted_widget_is_not_called_back(qtbot, db, monkeypatch):
    shown = _shown(monkeypatch)
    runner = DatabaseRunner(db)
    release = threading.Event()
    answers = []

    class Form(QDialog):
        def loaded(self, value) -> None:
            answers.append(("dialog", value))

    class Panel(QWidget):
        def loaded(self, value) -> None:
            answers.append(("panel", value))

    try:
        form, panel = Form(), Panel()
        form.show()
        runner.run(lambda session: release.wait(10), on_done=form.loaded)  # still working when it closes
        runner.run(_refused, on_done=form.loaded)  # its failure would point at a closed dialog
        runner.run(lambda session: 1, on_done=lambda value: panel.loaded(value), owner=panel)
        form.reject()
        panel.deleteLater()
        qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(panel))
        release.set()
        qtbot.waitUntil(runner.is_idle)
        assert answers == [] and shown == []
        reopened = Form()
        reopened.show()
        runner.run(lambda session: 2, on_done=reopened.loaded)
        qtbot.waitUntil(runner.is_idle)
        assert answers == [("dialog", 2)]  # an open dialog gets its answer
        reopened.close()
    finally:
        release.set()
        runner.stop()


def _pages_then_failure(session, offset: int, limit: int):
    """The first page reads the registry; the next fails as a real read can (the disk, a lock)."""
    from stationdesk.services.people import PeopleQuery, search_people

    if offset:
        raise ValidationError("search.too_long", max=100)
    return search_people(session, PeopleQuery(), offset, limit)


def test_a_list_whose_next_page_fails_says_so_and_does_not_pretend_to_be_whole(qtbot, db, monkeypatch):
    with db.transaction() as session:
        for n in range(7):
            add_person(session, PersonInput(name=f"居民{n}", roles=(), birth_date=date(1950, 1, n + 1)), confirmed=True)
    shown = _shown(monkeypatch)
    runner = DatabaseRunner(db)
    try:
        model = PagedTableModel(runner, _pages_then_failure, [("姓名", lambda p: p.name)], page_size=5)
        with qtbot.waitSignal(model.sig_loaded):
            model.reload()
        assert model.rowCount() == 5 and model.canFetchMore()
        with qtbot.waitSignal(model.sig_loaded):
            model.fetchMore()
        assert shown and "搜索内容" in shown[0]
        assert model.rowCount() == 5 and model.incomplete and not model.canFetchMore()
        with qtbot.waitSignal(model.sig_loaded):
            model.refresh()  # a refresh tries again from the start
        assert not model.incomplete
    finally:
        qtbot.waitUntil(runner.is_idle)
        runner.stop()


def test_the_home_page_counts_a_volunteer_registered_for_someone_with_the_role(qtbot, window):
    from stationdesk.services.volunteers import VolunteerInput, register_volunteer

    home = window.open_page("home")
    qtbot.waitUntil(window.ctx.db.is_idle)
    with window.ctx.db.database.transaction() as session:
        person = add_person(
            session, PersonInput(name="陈志强", roles=("volunteer",), birth_date=date(1990, 1, 1)), confirmed=True
        )
    home.refresh()
    qtbot.waitUntil(window.ctx.db.is_idle)
    assert home.cards["volunteers"].text() == "0"  # the role alone is not a registered volunteer
    window.ctx.db.run(register_volunteer, VolunteerInput(person.summary.id))
    qtbot.waitUntil(lambda: home.cards["volunteers"].text() == "1", timeout=5000)
