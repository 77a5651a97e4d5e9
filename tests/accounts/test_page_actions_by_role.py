"""Every page action against every role, on a demo station: each role sees in the navigation exactly
the pages its verbs allow, and on each of them it opens the page, opens the first row of every list
and presses every button and menu entry it is shown, answering "yes" to every question and naming a
file wherever one is asked for (forms are cancelled). Nothing it is shown may end in a refusal, and a
control marked with a verb (``AppContext.offer_only_with``) is hidden from a role without it. The
services refuse anyway (test_permissions_table); the administrator may do everything, so its walk
only checks the navigation."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QPushButton,
    QToolButton,
)

from stationdesk.domain.permissions import DEFAULT_ROLES
from stationdesk.errors import PermissionDenied
from stationdesk.services.demo import DemoOptions, run_demo
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages import discover_pages


@pytest.fixture
def demo_roles(db, role_accounts):
    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=7, people=60))
    return role_accounts


@pytest.fixture
def answers_yes(monkeypatch, tmp_path):
    """Questions answered "yes", files named in ``tmp_path``, forms and menus cancelled; errors shown are kept."""
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMenu, "exec", lambda self, *args: None)
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, *args: True))
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, *args: None))
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(error)))
    for chooser in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, chooser, staticmethod(lambda *args, **kwargs: (str(tmp_path / "walk"), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(tmp_path)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("", False)))
    return shown


def _settle(qtbot, window):
    qtbot.waitUntil(window.ctx.db.is_idle, timeout=20_000)


def _offered(control) -> bool:
    return control.isVisible() and control.isEnabled()


def _press(qtbot, window, control, actor, refused: list, problems: list, where: str) -> None:
    """Press one offered control: it must not be marked with a verb the account lacks, nor be refused."""
    verb = control.property("permission")
    if verb is not None and not actor.may(verb):
        problems.append(f"{where}: {control.text()} is offered without {verb}")
    control.trigger() if isinstance(control, QAction) else control.click()
    _settle(qtbot, window)
    problems.extend(f"{where}: {control.text()} was refused {error.permission}" for error in refused)
    refused.clear()


def _press_everything(qtbot, window, page, actor, refused: list, problems: list) -> int:
    """Pick the first row of each list, then press every offered button and menu entry; how many."""
    where, pressed = type(page).__name__, 0
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            _settle(qtbot, window)
            view.doubleClicked.emit(model.index(0, 0))  # opens the row (or its records)
            _settle(qtbot, window)
    problems.extend(f"{where}: opening its first rows was refused {error.permission}" for error in refused)
    refused.clear()
    for button in page.findChildren(QAbstractButton):
        if _offered(button):
            _press(qtbot, window, button, actor, refused, problems, where)
            pressed += 1
            menu = button.menu() if isinstance(button, (QPushButton, QToolButton)) else None
            for action in menu.actions() if menu else ():
                if _offered(action):
                    _press(qtbot, window, action, actor, refused, problems, where)
    return pressed


@pytest.mark.parametrize("role", sorted(DEFAULT_ROLES))
def test_a_role_is_shown_only_what_it_may_do(qtbot, db, demo_roles, role, answers_yes):
    from stationdesk.ui.app import build_window

    actor = demo_roles[role]
    db.actor = actor
    window = build_window(db.folder, db)
    qtbot.addWidget(window)
    refused = []
    window.ctx.db._thread.sig_finished.connect(
        lambda _number, ok, payload, _changed: (
            refused.append(payload) if isinstance(payload, PermissionDenied) else None
        )
    )
    window.show()
    seen, pressed, problems = [], 0, []
    for action in window.findChildren(QAction):  # the window's own menus and toolbar
        verb = action.property("permission")
        if verb is not None and action.isVisible() and not actor.may(verb):
            problems.append(f"the window offers {action.text()} without {verb}")
    for spec in discover_pages():
        allowed = spec.permission is None or actor.may(spec.permission)
        assert window.nav_items[spec.key].isHidden() is not allowed, spec.key
        if allowed:
            page = window.open_page(spec.key)
            _settle(qtbot, window)
            problems.extend(f"opening {spec.key} was refused {error.permission}" for error in refused)
            refused.clear()
            if role != "admin":
                pressed += _press_everything(qtbot, window, page, actor, refused, problems)
            seen.append(spec.key)
    _settle(qtbot, window)
    problems += [f"refused {error.permission}" for error in refused]
    assert not problems, "\n".join(problems)
    assert [e for e in answers_yes if isinstance(e, PermissionDenied)] == []
    assert (pressed > 0) is (role != "admin") and seen
    if role == "viewer":
        assert seen == ["home", "statistics"]
    window.close()


def _audit_entries(db) -> int:
    from sqlalchemy import func, select

    from stationdesk.db.models.station import AuditEntry

    with db.session() as session:
        return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_every_print_and_export_a_page_offers_goes_to_the_audit_log(qtbot, db, demo_roles, answers_yes, monkeypatch):
    """The administrator presses every button and menu entry marked print or export, with the first
    row of each list chosen, a file named by the kind the chooser asks for and the print dialogs
    answered: each adds to the log."""
    from stationdesk.ui.app import build_window
    from stationdesk.ui.dialogs.tutoring_dialogs import MonthDialog, SigninDialog
    from stationdesk.ui.dialogs.volunteer_dialogs import CertificateDialog

    monkeypatch.setattr(SigninDialog, "ask", classmethod(lambda cls, parent, day: (day, 2)))
    monkeypatch.setattr(MonthDialog, "ask", classmethod(lambda cls, parent, day: (day.year, day.month)))

    def certificate(cls, parent, context, number, name, start, end):
        dialog = cls(parent, context, number, name, start, end)
        dialog.save()  # issued and built on the database thread; the page shows the PDF when it arrives
        return dialog

    monkeypatch.setattr(CertificateDialog, "ask", classmethod(certificate))

    def save_as(*args, **kwargs):
        wanted = next((part for part in map(str, args) if "*." in part), "*.xlsx")
        suffix = wanted.split("*.", 1)[1].split(")")[0].split()[0]
        return str(db.folder.root / f"walk-{_audit_entries(db)}.{suffix}"), wanted

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window = build_window(db.folder, db)
    qtbot.addWidget(window)
    window.show()
    unaudited, pressed = [], 0
    for spec in discover_pages():
        page = window.open_page(spec.key)
        _settle(qtbot, window)
        for view in page.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))
                _settle(qtbot, window)
        for button in page.findChildren(QAbstractButton):
            if not _offered(button) or button.property("permission") not in ("print", "export"):
                continue
            menu = button.menu() if isinstance(button, (QPushButton, QToolButton)) else None
            for control in [a for a in menu.actions() if _offered(a)] if menu else [button]:
                before = _audit_entries(db)
                control.trigger() if isinstance(control, QAction) else control.click()
                _settle(qtbot, window)
                pressed += 1
                if _audit_entries(db) == before:
                    unaudited.append(f"{type(page).__name__}: {control.text()}")
    assert not unaudited, "\n".join(unaudited)
    assert pressed > 10 and answers_yes == []
    window.close()
