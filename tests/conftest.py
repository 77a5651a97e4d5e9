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


@pytest.fixture
def db(empty_db) -> Database:
    """A migrated database of station TEST-001 whose "today" is pinned to ``TODAY``."""
    with empty_db.transaction() as session:
        init_station(session, *TEST_STATION)
    empty_db.reload_station()
    empty_db.today = TODAY
    return empty_db


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
