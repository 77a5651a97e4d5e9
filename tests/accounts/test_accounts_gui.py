"""The window as a 录入员 sees it: no case notes, no full ID numbers, no exports, audit or sync pages;
and the login dialog refusing a wrong password then letting the right one in."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from stationdesk.services.people import PersonInput, add_person
from stationdesk.ui.dialogs.login_dialog import LoginDialog, log_in_at_start

SHOTS = Path(os.environ.get("STATIONDESK_SHOTS", "/tmp/accounts"))


def _person(db, name, roles, born, id_number=""):
    with db.transaction() as session:
        return add_person(
            session,
            PersonInput(name=name, roles=roles, birth_date=born, id_number=id_number, phone="13800138000"),
            confirmed=True,
        ).summary.id


@pytest.fixture
def clerk_window(qtbot, db, role_accounts):
    from stationdesk.ui.app import build_window

    db.actor = role_accounts["clerk"]
    main = build_window(db.folder, db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.ctx.db.is_idle)
    yield main
    qtbot.waitUntil(main.ctx.db.is_idle)
    main.close()


def _listed(window) -> set[str]:
    return set(window.listed_pages())


def test_the_clerk_sees_no_audit_sync_backup_or_statistics_page(clerk_window):
    listed = _listed(clerk_window)
    assert {"home", "people", "visits", "attendance"} <= listed
    assert not {"audit", "sync", "backup", "statistics", "volunteers", "assessment"} & listed
    SHOTS.mkdir(parents=True, exist_ok=True)
    clerk_window.grab().save(str(SHOTS / "clerk-window.png"))


def test_the_clerk_has_no_case_notes_tab_and_no_full_id_button(qtbot, db, clerk_window):
    child = _person(db, "张子涵", ("child",), date(2016, 5, 5))
    elder = _person(db, "王秀英", ("elder",), date(1940, 2, 29), "110101194002290028")
    page = clerk_window.open_page("child")
    page.show_child(child)
    qtbot.waitUntil(clerk_window.ctx.db.is_idle)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
    assert "个案记录（保密）" not in tabs and "进度记录" in tabs
    assert page.overview.case_notes == ()
    clerk_window.grab().save(str(SHOTS / "clerk-child.png"))
    people = clerk_window.open_page("people")
    people.detail.show_person(elder)
    qtbot.waitUntil(clerk_window.ctx.db.is_idle)
    qtbot.waitUntil(lambda: people.detail.detail is not None)
    assert not people.detail.reveal_button.isVisible()
    assert "0028" in people.detail.values["id_number"].text()
    assert "110101194002290028" not in people.detail.values["id_number"].text()
    clerk_window.grab().save(str(SHOTS / "clerk-people.png"))


def test_the_login_dialog_asks_again_after_a_wrong_password(qtbot, db, monkeypatch):
    answers = iter([("admin", "wrong"), ("admin", "demo-password")])
    errors = []

    def ask(cls, parent=None, error="", station=""):
        errors.append(error)
        return next(answers)

    monkeypatch.setattr(LoginDialog, "ask", classmethod(ask))
    db.actor = None
    assert log_in_at_start(None, db)
    assert errors == ["", "登录名或密码不对"] and db.actor.login == "admin"
    dialog = LoginDialog(None, "登录名或密码不对", "测试社区服务站")
    qtbot.addWidget(dialog)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "login.png"))


def test_the_idle_lock_hides_the_window_until_the_password_is_given(qtbot, db, clerk_window, monkeypatch):
    from stationdesk.services.audit_log import list_audit
    from stationdesk.ui.idle_lock import UnlockDialog

    asked = []

    def ask(cls, parent=None, error="", name="", login=""):
        asked.append((error, login, clerk_window.centralWidget().isVisible()))
        if len(asked) == 1:
            clerk_window.grab().save(str(SHOTS / "locked.png"))
        return "wrong" if len(asked) == 1 else "role-password-1"

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(ask))
    assert clerk_window.idle_lock.timer.interval() == 10 * 60_000  # the default setting
    clerk_window.idle_lock.timer.timeout.emit()  # ten idle minutes, without waiting for them
    qtbot.waitUntil(lambda: not clerk_window.idle_lock.locked)
    assert asked == [("", "clerk", False), ("登录名或密码不对", "clerk", False)]
    assert clerk_window.centralWidget().isVisible()
    qtbot.waitUntil(clerk_window.ctx.db.is_idle)
    db.actor = None
    from stationdesk.services.accounts import log_in

    log_in(db, "admin", "demo-password")
    with db.session() as session:
        logged = [r.action for r in list_audit(session).entries]
    assert logged[:4] == ["login", "session.unlocked", "login", "login.failed"] and "session.locked" in logged


def test_the_administrator_adds_a_clerk_and_changes_the_matrix_on_the_accounts_page(qtbot, db, monkeypatch):
    from PySide6.QtCore import Qt

    from stationdesk.services.accounts import permission_names, role_permissions
    from stationdesk.ui.app import build_window

    window = build_window(db.folder, db)
    qtbot.addWidget(window)
    window.show()
    assert "accounts" in _listed(window)
    page = window.open_page("accounts")
    qtbot.waitUntil(lambda: page.rows.rowCount() == 1)
    dialog = page.add_account()
    dialog.login.insert("lu")
    dialog.display_name.insert("陆录入")
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
    dialog.password.insert("short")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.error.text() == "密码至少 8 个字符" and dialog.isVisible()  # refused in the dialog, nothing stored
    assert (dialog.login.text(), dialog.display_name.text()) == ("lu", "陆录入")  # what was typed stays
    dialog.password.clear()
    dialog.password.insert("long-enough-1")
    dialog.save()
    qtbot.waitUntil(lambda: page.rows.rowCount() == 2)
    assert not dialog.isVisible()
    column = [r.key for r in page.overview.roles].index("clerk")
    row = [verb for verb, _name in permission_names()].index("print")
    page.matrix.item(row, column).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(window.ctx.db.is_idle)
    with db.session() as session:
        assert "print" in role_permissions(session, "clerk")
    page.grab().save(str(SHOTS / "accounts-page.png"))
    window.close()


def test_the_administrator_exports_a_persons_copy_from_the_persons_page(qtbot, db, tmp_path, monkeypatch):
    import json

    from stationdesk.ui.app import build_window
    from stationdesk.ui.messages import MessageBox
    from stationdesk.ui.widgets.person_rights_buttons import PersonCopyFile

    elder = _person(db, "王秀英", ("elder",), date(1940, 2, 29), "110101194002290028")
    window = build_window(db.folder, db)
    qtbot.addWidget(window)
    window.show()
    people = window.open_page("people")
    people.detail.show_person(elder)
    qtbot.waitUntil(lambda: people.detail.detail is not None)
    assert people.detail.rights.copy_button.isVisible()
    out = tmp_path / "copy.pdf"
    monkeypatch.setattr(PersonCopyFile, "ask_save_path", classmethod(lambda cls, parent, suggested: str(out)))
    told = []
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: told.append(text)))
    people.detail.rights.copy_button.click()
    qtbot.waitUntil(lambda: bool(told))
    assert "已导出 1 条记录" in told[0]
    copy = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert copy["records"]["person"][0]["id_number"] == "110101194002290028"
    assert out.read_bytes().startswith(b"%PDF")
    window.grab().save(str(SHOTS / "admin-people.png"))
    window.close()


def test_the_clerk_has_no_copy_button(qtbot, db, clerk_window):
    elder = _person(db, "王秀英", ("elder",), date(1940, 2, 29))
    people = clerk_window.open_page("people")
    people.detail.show_person(elder)
    qtbot.waitUntil(lambda: people.detail.detail is not None)
    assert not people.detail.rights.copy_button.isVisible()
    assert not people.detail.rights.erase_button.isVisible()


def test_a_first_start_sets_up_the_administrator_and_the_recovery_code_resets_the_password(
    qtbot, empty_db, monkeypatch
):
    from stationdesk.services.station import init_station
    from stationdesk.ui.dialogs.login_dialog import AdministratorForm, AdministratorSetupDialog, RecoveryDialog
    from stationdesk.ui.messages import MessageBox

    with empty_db.transaction() as session:
        init_station(session, "NEW-001", "新站")
    empty_db.reload_station()
    forms = iter(
        [
            AdministratorForm("zhang", "张站长", "first-password", "other-password"),
            AdministratorForm("zhang", "张站长", "first-password", "first-password"),
        ]
    )
    problems, codes = [], []
    monkeypatch.setattr(
        AdministratorSetupDialog,
        "ask",
        classmethod(lambda cls, p=None, e="", typed=None: problems.append((e, typed and typed.login)) or next(forms)),
    )
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, p, title, text: codes.append(text.split()[-1])))
    logins = iter([LoginDialog.RECOVER, ("zhang", "first-password"), ("zhang", "second-password")])
    monkeypatch.setattr(
        LoginDialog, "ask", classmethod(lambda cls, p=None, e="", s="": problems.append(e) or next(logins))
    )
    kept = []  # the recovery code shown again after a refusal
    recoveries = iter([("WRONG", "second-password", "second-password"), None])

    def recover(cls, parent=None, error="", code=""):
        problems.append(error)
        kept.append(code)
        answer = next(recoveries)
        return (codes[0], "second-password", "second-password") if answer is None and len(codes) == 1 else answer

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(recover))
    assert log_in_at_start(None, empty_db)
    assert problems == [("", None), ("两次输入的密码不一样", "zhang"), "", "", "恢复码不对", "", "登录名或密码不对"]
    assert kept == ["", "WRONG"]  # the login typed and the wrong code come back with the reason
    assert len(codes) == 2 and codes[0] != codes[1] and empty_db.actor.login == "zhang"
