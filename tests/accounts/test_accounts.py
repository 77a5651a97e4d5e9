"""Accounts as a station worker meets them: the administrator set up once with a recovery code,
logins refused for wrong passwords, locked after five, disabled accounts, 记录人 from the account."""

from __future__ import annotations

from datetime import timedelta

import pytest

from stationdesk.cli import main
from stationdesk.config import DataFolder
from stationdesk.db.base import utcnow
from stationdesk.db.database import Database
from stationdesk.errors import FormErrors, PermissionDenied, StationDeskError, ValidationError
from stationdesk.services import accounts
from stationdesk.services.audit_log import verify_audit_log


def test_the_first_administrator_gets_a_recovery_code_that_resets_the_password(empty_db):
    with empty_db.transaction() as session:
        code = accounts.create_administrator(session, "zhang", "张站长", "first-password")
    with pytest.raises(StationDeskError, match="已有站长"), empty_db.transaction() as session:
        accounts.create_administrator(session, "li", "李", "other-password")
    assert accounts.log_in(empty_db, "zhang", "first-password").role == "admin"
    with pytest.raises(ValidationError), empty_db.transaction() as session:
        accounts.recover_administrator(session, "0000-0000", "new-password-1")
    with empty_db.transaction() as session:
        second = accounts.recover_administrator(session, code.lower(), "new-password-1")
    assert second != code
    with pytest.raises(ValidationError, match="登录名或密码不对"):
        accounts.log_in(empty_db, "zhang", "first-password")
    assert accounts.log_in(empty_db, "ZHANG", "new-password-1").display_name == "张站长"


def test_a_new_account_needs_a_free_login_a_name_and_a_long_password(db):
    with pytest.raises(FormErrors) as caught, db.transaction() as session:
        accounts.add_account(session, "admin", "", "clerk", "short")
    assert {e.code for e in caught.value.errors} == {
        "accounts.login_taken",
        "accounts.name_required",
        "accounts.password_short",
    }
    with db.transaction() as session:
        assert accounts.list_accounts(session)[0].login == "admin"  # nothing half-written


def test_five_wrong_passwords_lock_the_account_for_longer_each_time(db, role_accounts, role_password):
    for _ in range(4):
        with pytest.raises(ValidationError, match="登录名或密码不对"):
            accounts.log_in(db, "clerk", "wrong")
    with pytest.raises(ValidationError, match="已锁定") as caught:
        accounts.log_in(db, "clerk", "wrong")
    assert caught.value.params["minutes"] == 1
    with pytest.raises(ValidationError, match="已锁定"):  # the right password waits too
        accounts.log_in(db, "clerk", role_password)
    later = utcnow() + timedelta(minutes=2)
    with db.transaction() as session:
        outcome = accounts.attempt_login(session, "clerk", "wrong", now=later)
    assert outcome.refusal.params["minutes"] == 2  # the sixth failure doubles the wait
    with db.transaction() as session:
        assert accounts.attempt_login(session, "clerk", role_password, now=later + timedelta(minutes=3)).actor
    with db.session() as session:
        failures = [a for a in accounts.list_accounts.__wrapped__(session) if a.login == "clerk"]
    assert failures[0].locked_until is None


def test_a_disabled_account_cannot_log_in_and_the_administrator_cannot_disable_themself(
    db, role_accounts, role_password
):
    with db.transaction() as session:
        accounts.set_account_active(session, "clerk", False)
        with pytest.raises(ValidationError):
            accounts.set_account_active(session, "admin", False)
    with pytest.raises(ValidationError, match="已停用"):
        accounts.log_in(db, "clerk", role_password)


def test_nobody_grants_a_permission_they_do_not_hold(db, role_accounts):
    db.actor = role_accounts["social_worker"]
    with pytest.raises(PermissionDenied), db.transaction() as session:
        accounts.set_role_permissions(session, "clerk", frozenset({"people.view"}))
    db.actor = role_accounts["admin"]
    with db.transaction() as session:
        row = accounts.set_role_permissions(session, "clerk", frozenset({"people.view", "visits.record", "print"}))
        with pytest.raises(ValidationError):
            accounts.set_role_permissions(session, "admin", frozenset({"people.view"}))
    assert "print" in row.permissions
    with db.session() as session:
        assert accounts.role_permissions(session, "clerk") == {"people.view", "visits.record", "print"}


def test_the_recorder_of_a_visit_is_the_logged_in_account(db, role_accounts):
    from datetime import date

    from stationdesk.services.people import PersonInput, add_person
    from stationdesk.services.visits import VisitInput, record_visit

    with db.transaction() as session:
        elder = add_person(session, PersonInput(name="王大爷", roles=("elder",), birth_date=date(1940, 1, 1)))
    db.actor = role_accounts["clerk"]
    with db.transaction() as session:
        visit = record_visit(
            session, VisitInput(elder.summary.id, db.today, "09:00", "09:30", "电话问候", recorder="随便写的")
        )
    assert visit.recorder == "clerk 同事"


def test_the_cli_acts_as_a_named_account_and_refuses_with_exit_3(tmp_path, monkeypatch, capsys):
    folder = str(tmp_path / "cli")
    monkeypatch.setenv("STATIONDESK_PASSWORD", "cli-admin-pass")
    assert main(["--data-dir", folder, "init", "--station-code", "CLI-001", "--station-name", "命令行站"]) == 0
    out = capsys.readouterr().out
    assert "站长账号 admin 已创建" in out and "恢复码" in out
    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", "clerk-password")
    assert main(["--data-dir", folder, "--user", "admin", "user", "add", "lu", "--role", "clerk"]) == 0
    monkeypatch.setenv("STATIONDESK_PASSWORD", "clerk-password")
    capsys.readouterr()
    assert main(["--data-dir", folder, "--lang", "en", "--user", "lu", "user", "list"]) == 3
    assert capsys.readouterr().err.strip() == (
        "stationdesk: Not allowed: manage accounts and roles. Log in with an account that has this permission."
    )
    assert main(["--data-dir", folder, "--user", "lu", "stats"]) == 3
    monkeypatch.setenv("STATIONDESK_PASSWORD", "wrong")
    assert main(["--data-dir", folder, "--user", "lu", "list", "people"]) == 3
    assert "登录名或密码不对" in capsys.readouterr().err
    monkeypatch.setenv("STATIONDESK_PASSWORD", "cli-admin-pass")
    assert main(["--data-dir", folder, "--user", "admin", "user", "list"]) == 0
    assert "lu\tlu\tclerk" in capsys.readouterr().out
    assert main(["--data-dir", folder, "--user", "admin", "audit", "verify"]) == 0


def test_audit_verify_names_the_first_entry_changed_with_sqlite(tmp_path, monkeypatch, capsys):
    import sqlite3

    folder = str(tmp_path / "tamper")
    monkeypatch.setenv("STATIONDESK_PASSWORD", "cli-admin-pass")
    assert main(["--data-dir", folder, "init", "--station-code", "TAM-001", "--station-name", "篡改站"]) == 0
    for _ in range(3):
        assert main(["--data-dir", folder, "--user", "admin", "user", "list"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "--user", "admin", "audit", "verify"]) == 0
    assert "操作日志完整" in capsys.readouterr().out
    with sqlite3.connect(DataFolder(tmp_path / "tamper").database) as connection:
        seq = connection.execute("SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 1").fetchone()[0]
        connection.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = ?", (seq,))
    assert main(["--data-dir", folder, "--user", "admin", "audit", "verify"]) == 2
    assert f"第 {seq} 条" in capsys.readouterr().err


def test_the_chain_is_whole_after_logins_and_broken_by_a_removed_entry(db, role_accounts, role_password):
    accounts.log_in(db, "clerk", role_password)
    accounts.log_in(db, "clerk", role_password)
    db.actor = role_accounts["admin"]
    with db.session() as session:
        check = verify_audit_log(session)
    assert check.whole and check.entries == 2
    with db.engine.begin() as connection:
        first, second = [r[0] for r in connection.exec_driver_sql("SELECT seq FROM audit_log ORDER BY seq")]
        connection.exec_driver_sql(f"DELETE FROM audit_log WHERE seq = {first}")
    with db.session() as session:
        broken = verify_audit_log(session)
    assert not broken.whole and broken.first_broken == second


def test_a_database_reopened_without_login_has_no_actor(db):
    reopened = Database.open(db.folder)
    try:
        with reopened.session() as session, pytest.raises(PermissionDenied):
            accounts.list_accounts(session)
    finally:
        reopened.close()


def test_the_recovery_code_resets_the_administrators_password_from_the_command_line(tmp_path, monkeypatch, capsys):
    folder = str(tmp_path / "recover")
    monkeypatch.setenv("STATIONDESK_PASSWORD", "forgotten-pass")
    assert main(["--data-dir", folder, "init", "--station-code", "REC-001", "--station-name", "恢复站"]) == 0
    code = capsys.readouterr().out.rsplit("：", 1)[1].strip()
    monkeypatch.setenv("STATIONDESK_RECOVERY_CODE", "WRONG")
    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", "remembered-pass")
    assert main(["--data-dir", folder, "user", "recover"]) == 2
    monkeypatch.setenv("STATIONDESK_RECOVERY_CODE", code)
    assert main(["--data-dir", folder, "user", "recover"]) == 0
    assert "新的恢复码" in capsys.readouterr().out
    monkeypatch.setenv("STATIONDESK_PASSWORD", "remembered-pass")
    assert main(["--data-dir", folder, "--user", "admin", "user", "list"]) == 0
