"""The city's own accounts as a person types the commands: ``city init`` makes the administrator, the
administrator adds a viewer, each command logs in and a refusal exits 3 with one line."""

from __future__ import annotations

import json
import sqlite3

import pytest

from stationdesk.errors import ValidationError
from stationdesk.sync import hub_accounts
from stationdesk.sync.hub import Hub

ADMIN_PASSWORD = "demo-password"  # tests/conftest.py: the CLI's environment logs in with it
VIEWER_PASSWORD = "viewer-password"


def _one_line(err: str, starts: str) -> bool:
    return len(err.strip().splitlines()) == 1 and err.startswith(f"stationdesk: {starts}")


def test_the_administrator_made_by_init_adds_a_viewer_who_only_reads(run, tmp_path, monkeypatch):
    hub_db = tmp_path / "city" / "hub.sqlite3"
    code, out, _ = run("city", "init", "--db", hub_db, "--name", "江门市")
    assert code == 0 and "平台管理员 admin 已创建" in out and "恢复码" in out

    monkeypatch.delenv("STATIONDESK_USER")
    code, _, err = run("city", "stats", "--db", hub_db)
    assert code == 3 and _one_line(err, "这个命令需要登录")
    code, _, err = run("city", "stats", "--db", hub_db, "--user", "nobody")
    assert code == 3 and _one_line(err, "登录名或密码不对")

    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", VIEWER_PASSWORD)
    code, out, _ = run("--user", "admin", "city", "user", "add", "Wang", "--role", "city_viewer", "--db", hub_db)
    assert code == 0 and "Wang" in out
    code, _, err = run("--user", "admin", "city", "user", "add", "wang", "--role", "city_viewer", "--db", hub_db)
    assert code == 2 and "登录名 wang 已被使用" in err  # logins are one whatever the case
    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", "short")
    code, _, err = run("--user", "admin", "city", "user", "add", "li", "--role", "city_admin", "--db", hub_db)
    assert code == 2 and "密码至少 8 个字符" in err
    code, out, _ = run("city", "user", "list", "--db", hub_db, "--user", "admin")
    assert code == 0 and [line.split("\t")[:3] for line in out.splitlines()] == [
        ["admin", "平台管理员", "city_admin"],
        ["Wang", "Wang", "city_viewer"],
    ]

    monkeypatch.setenv("STATIONDESK_USER", "wang")
    monkeypatch.setenv("STATIONDESK_PASSWORD", VIEWER_PASSWORD)
    code, out, _ = run("city", "stats", "--db", hub_db, "--json")
    assert code == 0 and json.loads(out)["city"]["name"] == "江门市"
    assert run("city", "--db", hub_db, "conflicts")[0] == 0
    code, _, err = run("city", "--db", hub_db, "export", "--station", "S-A", "--to", tmp_path / "x.sdbundle")
    assert code == 3 and _one_line(err, "没有权限：导入、导出同步包")
    code, _, err = run("city", "--db", hub_db, "user", "list")
    assert code == 3 and _one_line(err, "没有权限：管理平台账号")
    assert not (tmp_path / "x.sdbundle").exists()

    log = (tmp_path / "city" / "hub.sqlite3.logs" / "stationdesk.log").read_text(encoding="utf-8")
    assert "city login: Wang" in log and "city login refused: nobody" in log


def test_wrong_passwords_lock_a_city_account_and_the_administrator_lifts_the_lock(run, sqlite_hub, monkeypatch):
    admin = hub_accounts.log_in(sqlite_hub, "admin", ADMIN_PASSWORD)
    hub_accounts.add_account(sqlite_hub, admin, "viewer", "查看员", "city_viewer", VIEWER_PASSWORD)
    db = sqlite_hub.url.removeprefix("sqlite:///")
    monkeypatch.setenv("STATIONDESK_USER", "viewer")
    monkeypatch.setenv("STATIONDESK_PASSWORD", "not-the-password")
    codes = [run("city", "stats", "--db", db) for _ in range(5)]
    assert [c for c, _, _ in codes] == [3] * 5
    assert "登录名或密码不对" in codes[0][2] and "账号已锁定，请 1 分钟后再试" in codes[4][2]
    monkeypatch.setenv("STATIONDESK_PASSWORD", VIEWER_PASSWORD)
    code, _, err = run("city", "stats", "--db", db)
    assert code == 3 and "账号已锁定" in err  # the right password waits for the lock too

    monkeypatch.setenv("STATIONDESK_USER", "admin")
    monkeypatch.setenv("STATIONDESK_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", "a-new-viewer-password")
    assert run("city", "user", "passwd", "viewer", "--db", db)[0] == 0
    assert hub_accounts.log_in(sqlite_hub, "viewer", "a-new-viewer-password").role == "city_viewer"


def test_a_hub_from_before_the_accounts_lets_only_init_through(run, tmp_path):
    hub_db = tmp_path / "hub.sqlite3"
    Hub.init(str(hub_db), "江门市", "CITY").close()
    with sqlite3.connect(hub_db) as connection:  # as an older program made it: no accounts table
        connection.execute("DROP TABLE hub_account")
    code, _, err = run("city", "stats", "--db", hub_db)
    assert code == 3 and _one_line(err, "平台还没有账号：先运行 stationdesk city init --db")
    code, out, _ = run("city", "init", "--db", hub_db, "--admin", "chief")  # no --name: the hub has one
    assert code == 0 and "平台管理员 chief 已创建" in out and "市级平台" not in out
    assert run("--user", "chief", "city", "stats", "--db", hub_db)[0] == 0
    code, _, err = run("city", "init", "--db", hub_db, "--name", "江门市")
    assert code == 2 and "已存在" in err


def test_a_new_hub_is_not_made_when_its_administrator_would_be_refused(run, tmp_path, monkeypatch):
    monkeypatch.setenv("STATIONDESK_PASSWORD", "short")
    code, _, err = run("city", "init", "--db", tmp_path / "hub.sqlite3", "--name", "江门市")
    assert code == 2 and "密码至少 8 个字符" in err
    assert not (tmp_path / "hub.sqlite3").exists() and not (tmp_path / "hub.sqlite3.keys").exists()
    monkeypatch.setenv("STATIONDESK_PASSWORD", ADMIN_PASSWORD)
    code, _, err = run("city", "init", "--db", tmp_path / "hub.sqlite3")
    assert code == 2 and "--name" in err and not (tmp_path / "hub.sqlite3").exists()


def test_the_recovery_code_resets_the_administrators_password_once(run, tmp_path, monkeypatch):
    hub_db = tmp_path / "hub.sqlite3"
    code, out, _ = run("city", "init", "--db", hub_db, "--name", "江门市")
    recovery = out.strip().rsplit("：", 1)[1]
    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", "remembered-now")
    monkeypatch.setenv("STATIONDESK_RECOVERY_CODE", "0000-0000-0000-0000-0000-0000")
    code, _, err = run("city", "user", "recover", "--db", hub_db)
    assert code == 2 and "恢复码不对" in err
    monkeypatch.setenv("STATIONDESK_RECOVERY_CODE", recovery.lower())
    code, out, _ = run("city", "user", "recover", "--db", hub_db)
    assert code == 0 and "新的恢复码" in out
    assert run("city", "stats", "--db", hub_db)[0] == 3  # the old password no longer works
    monkeypatch.setenv("STATIONDESK_PASSWORD", "remembered-now")
    assert run("city", "stats", "--db", hub_db)[0] == 0
    assert run("city", "user", "recover", "--db", hub_db)[0] == 2  # the code is spent


def test_city_accounts_on_sqlite_and_postgresql(run, hub, monkeypatch):
    """The ``hub`` fixture (both databases) has its administrator; the CLI logs in on either."""
    where = ["--db", hub.url, "--keys", hub.keys_dir]
    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", VIEWER_PASSWORD)
    assert run("city", "user", "add", "viewer", "--role", "city_viewer", *where)[0] == 0
    monkeypatch.setenv("STATIONDESK_USER", "VIEWER")
    monkeypatch.setenv("STATIONDESK_PASSWORD", VIEWER_PASSWORD)
    assert run("city", "stats", *where)[0] == 0
    code, _, err = run("city", "resolve", "1", *where)
    assert code == 3 and _one_line(err, "没有权限：")
    for _ in range(5):
        with pytest.raises(ValidationError):
            hub_accounts.log_in(hub, "viewer", "wrong-password")
    with pytest.raises(ValidationError) as caught:
        hub_accounts.log_in(hub, "viewer", VIEWER_PASSWORD)
    assert caught.value.code == "accounts.locked"


def test_a_disabled_city_account_cannot_log_in_until_enabled_and_nobody_disables_themselves(
    run, sqlite_hub, monkeypatch
):
    admin = hub_accounts.log_in(sqlite_hub, "admin", ADMIN_PASSWORD)
    hub_accounts.add_account(sqlite_hub, admin, "viewer", "查看员", "city_viewer", VIEWER_PASSWORD)
    db = sqlite_hub.url.removeprefix("sqlite:///")
    code, out, _ = run("--user", "admin", "city", "user", "disable", "Viewer", "--db", db)
    assert code == 0 and "账号 viewer 已停用" in out
    code, out, _ = run("--user", "admin", "city", "user", "list", "--db", db)
    assert "viewer\t查看员\tcity_viewer\t已停用" in out
    code, _, err = run("--user", "admin", "city", "user", "disable", "admin", "--db", db)
    assert code == 2 and "admin" in run("--user", "admin", "city", "user", "list", "--db", db)[1]
    with pytest.raises(ValidationError):
        hub_accounts.log_in(sqlite_hub, "viewer", VIEWER_PASSWORD)
    monkeypatch.setenv("STATIONDESK_USER", "viewer")
    monkeypatch.setenv("STATIONDESK_PASSWORD", VIEWER_PASSWORD)
    code, _, err = run("city", "stats", "--db", db)
    assert code == 3 and _one_line(err, "")
    monkeypatch.setenv("STATIONDESK_USER", "admin")
    monkeypatch.setenv("STATIONDESK_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = run("city", "user", "enable", "viewer", "--db", db)
    assert code == 0 and "账号 viewer 已重新启用" in out
    assert hub_accounts.log_in(sqlite_hub, "viewer", VIEWER_PASSWORD).role == "city_viewer"
