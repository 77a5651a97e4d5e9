"""Shared fixtures: every test gets its own database file in tmp_path (copied from a migrated
template so migrations run once per session), and Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.services import registry
from stationdesk.services.station import init_station

TEST_STATION = ("TEST-001", "测试社区服务站")
TODAY = date(2026, 6, 15)
ADMIN_LOGIN, ADMIN_PASSWORD = "admin", "demo-password"  # the demo station's too (services.demo.DEMO_PASSWORD)


@pytest.fixture(autouse=True)
def _cli_acts_as_the_administrator(monkeypatch):
    """The CLI, in-process or in a subprocess, acts as the test station's administrator unless a test
    says otherwise (``init`` reads the new administrator's password from the same variable)."""
    monkeypatch.setenv("STATIONDESK_USER", ADMIN_LOGIN)
    monkeypatch.setenv("STATIONDESK_PASSWORD", ADMIN_PASSWORD)


@pytest.fixture(autouse=True)
def _umask_restored():
    """The CLI's ``main`` makes the process's new files owner-only (umask 077); a test that calls it
    must not leave that behind for the next, whose own checks of file modes would then prove nothing."""
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(request):
    """Every GUI test (every test that drives widgets with qtbot, in any folder) is guarded: an
    unexpected message box fails it with its text (``guard_message_boxes``)."""
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("guard_message_boxes")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    registry.load_features()
    folder = DataFolder(tmp_path_factory.mktemp("template")).ensure()
    Database.open(folder).close()
    return folder.database


@pytest.fixture
def data_folder(tmp_path, migrated_template) -> DataFolder:
    folder = DataFolder(tmp_path / "data").ensure()
    shutil.copyfile(migrated_template, folder.database)
    return folder


@pytest.fixture
def empty_db(data_folder) -> Database:
    """A migrated database with no station yet."""
    database = Database.open(data_folder)
    yield database
    database.close()


@pytest.fixture(scope="session")
def admin_password_hash() -> str:
    """Argon2id takes a while on purpose: hashed once for the whole run."""
    from stationdesk.services.accounts import HASHER

    return HASHER.hash(ADMIN_PASSWORD)


@pytest.fixture
def db(empty_db, admin_password_hash) -> Database:
    """A migrated database of station TEST-001 whose "today" is pinned to ``TODAY``, its administrator
    (login ``admin``) acting: role tests set ``db.actor`` to another account."""
    with empty_db.transaction() as session:
        init_station(session, *TEST_STATION)
        act_as_administrator(empty_db, session, admin_password_hash)
    empty_db.reload_station()
    empty_db.today = TODAY
    return empty_db


@pytest.fixture
def as_administrator(admin_password_hash):
    """``as_administrator(database, session)``: what ``db`` does, for other test stations."""
    return lambda database, session: act_as_administrator(database, session, admin_password_hash)


def act_as_administrator(database: Database, session, password_hash: str) -> None:
    """Give a test station its administrator (login ``admin``, ``ADMIN_PASSWORD``) acting on ``database``."""
    from stationdesk.db.models.accounts import Account
    from stationdesk.services.accounts import actor_of, ensure_roles

    ensure_roles(session)
    admin = Account(login=ADMIN_LOGIN, display_name="测试站长", role_key="admin", password_hash=password_hash)
    session.add(admin)
    session.flush()
    database.actor = actor_of(session, admin)


@pytest.fixture
def as_city_administrator(admin_password_hash):
    """``as_city_administrator(hub)``: what ``city init`` adds to ``Hub.init``, the city administrator
    (login ``admin``, ``ADMIN_PASSWORD``: what the CLI's environment logs in as)."""
    return lambda hub: give_city_administrator(hub, admin_password_hash)


@pytest.fixture
def city_login():
    """``city_login(hub)``: the hub's administrator logged in (what the city window is given), or
    ``city_login(hub, login, password)`` another city account."""
    from stationdesk.sync.hub_accounts import log_in

    return lambda hub, login=ADMIN_LOGIN, password=ADMIN_PASSWORD: log_in(hub, login, password)


def give_city_administrator(hub, password_hash: str) -> None:
    from stationdesk.db.base import utcnow
    from stationdesk.domain.permissions import CITY_ADMIN_ROLE
    from stationdesk.sync.hub_models import hub_account

    with hub.engine.begin() as connection:
        connection.execute(
            hub_account.insert().values(
                login=ADMIN_LOGIN,
                display_name="测试平台管理员",
                role=CITY_ADMIN_ROLE,
                password_hash=password_hash,
                active=True,
                failed_logins=0,
                created_at=utcnow(),
            )
        )


@pytest.fixture
def english(qtbot):
    """The GUI in English (translators installed) for one test; afterwards the translators are removed
    and the locale and message language restored, so every other test sees the Chinese source texts."""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from stationdesk import messages
    from stationdesk.ui.app import install_translations

    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    locale, language = QLocale(), messages.language()
    install_translations(app, "en")
    yield app
    for translator in set(app.findChildren(QTranslator)) - before:
        app.removeTranslator(translator)
        translator.deleteLater()
    messages.set_language(language)
    QLocale.setDefault(locale)


@pytest.fixture
def guard_message_boxes(monkeypatch):
    """A real modal box would wait for a click forever; a test that expects one patches it itself."""
    from stationdesk.ui.messages import MessageBox, error_text

    def unexpected(kind):
        def show(cls, parent, *args):
            detail = error_text(args[0]) if kind == "error" else " / ".join(map(str, args))
            raise AssertionError(f"unexpected MessageBox.{kind}: {detail}")

        return classmethod(show)

    for kind in ("ask", "error", "info"):
        monkeypatch.setattr(MessageBox, kind, unexpected(kind))
