"""The 备份与恢复 page driven like a person would: back up now, restore one from the list (the window
then reopens onto it), back up to a stick with a password, restore from the stick."""

from __future__ import annotations

from pathlib import Path

import pytest
from backup_helpers import add_people, people_names
from PySide6.QtCore import Qt

from stationdesk.db.database import Database
from stationdesk.ui.context import AppContext
from stationdesk.ui.db_worker import DatabaseRunner
from stationdesk.ui.dialogs.backup_password_dialog import BackupPasswordDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages.backup_page import CHOOSE_FOLDER, BackupFiles, BackupPage

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "guan-ai-chun-ya"


@pytest.fixture
def shown(monkeypatch):
    """What the message boxes would have shown: infos (title, text), errors, questions (answered yes)."""
    seen = {"info": [], "error": [], "ask": []}
    monkeypatch.setattr(MessageBox, "info", classmethod(lambda cls, parent, title, text: seen["info"].append(text)))
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: seen["error"].append(error)))

    def ask(cls, parent, title, text):
        seen["ask"].append(text)
        return True

    monkeypatch.setattr(MessageBox, "ask", classmethod(ask))
    return seen


@pytest.fixture
def page(qtbot, station):
    runner = DatabaseRunner(station)
    restarts = []
    ctx = AppContext(db=runner, folder=station.folder, station=station.station, restart=lambda: restarts.append(1))
    widget = BackupPage(ctx)
    widget.restarts = restarts
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(runner.is_idle)
    yield widget
    qtbot.waitUntil(runner.is_idle)
    runner.stop()


def idle(qtbot, page):
    qtbot.waitUntil(page.ctx.db.is_idle, timeout=20_000)


def test_back_up_now_then_restore_it_from_the_list(qtbot, page, station, shown):
    assert page.model.rowCount() == 0 and page.count.text() == "共 0 个备份"
    qtbot.mouseClick(page.now_button, LEFT)
    idle(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "人员 3 人" in shown["info"][-1]
    assert page.model.index(0, 1).data() == "手动" and page.model.index(0, 3).data() == "3"

    add_people(station, ["备份之后才来"])
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, LEFT)
    idle(qtbot, page)
    qtbot.waitUntil(lambda: page.restarts == [1])
    assert "人员 3 人" in shown["ask"][-1]
    assert "程序现在重新打开" in shown["info"][-1] and not shown["error"]
    page.ctx.db.stop()
    reopened = Database.open(station.folder)
    try:
        assert "备份之后才来" not in people_names(reopened) and len(people_names(reopened)) == 3
    finally:
        reopened.close()


def test_restore_without_a_chosen_backup_says_what_to_do(qtbot, page, shown):
    qtbot.mouseClick(page.restore_button, LEFT)
    assert shown["info"] == ["请先在列表中选一个备份。"] and page.restarts == []


def test_back_up_to_a_stick_and_restore_from_it(qtbot, page, station, shown, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    page.drives.setCurrentIndex(page.drives.findData(CHOOSE_FOLDER))
    monkeypatch.setattr(BackupFiles, "folder", classmethod(lambda cls, parent: stick))
    monkeypatch.setattr(BackupPasswordDialog, "ask", classmethod(lambda cls, parent, choosing: PASSWORD))
    qtbot.mouseClick(page.usb_button, LEFT)
    idle(qtbot, page)
    qtbot.waitUntil(lambda: bool(shown["info"]))
    [written] = stick.glob("*.sdbackup")
    assert "回读校验" in shown["info"][-1] and str(written) in shown["info"][-1]

    add_people(station, ["不在 U 盘上"])
    monkeypatch.setattr(BackupFiles, "usb_backup_file", classmethod(lambda cls, parent: written))
    qtbot.mouseClick(page.usb_restore_button, LEFT)
    idle(qtbot, page)
    qtbot.waitUntil(lambda: page.restarts == [1])
    assert "同步密钥" not in shown["info"][-1]  # this station has no keys yet: the stick carried none
    page.ctx.db.stop()
    reopened = Database.open(station.folder)
    try:
        assert "不在 U 盘上" not in people_names(reopened)
    finally:
        reopened.close()


def test_a_wrong_stick_password_is_shown_and_nothing_changes(qtbot, page, station, shown, tmp_path, monkeypatch):
    from stationdesk.services.usb_backup import write_usb_backup

    written = Path(write_usb_backup(station.folder, tmp_path, PASSWORD).path)
    monkeypatch.setattr(BackupFiles, "usb_backup_file", classmethod(lambda cls, parent: written))
    monkeypatch.setattr(BackupPasswordDialog, "ask", classmethod(lambda cls, parent, choosing: "wrong-password"))
    qtbot.mouseClick(page.usb_restore_button, LEFT)
    idle(qtbot, page)
    qtbot.waitUntil(lambda: bool(shown["error"]))
    assert shown["error"][-1].code == "backup.wrong_password" and page.restarts == []
    assert len(people_names(station)) == 3


def test_the_password_dialog_stays_open_until_the_password_is_good(qtbot):
    dialog = BackupPasswordDialog(None, choosing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("short")
    dialog.accept()
    assert dialog.isVisible() and "至少要 8 个字符" in dialog.error.text()
    dialog.password.setText("long-enough-1")
    dialog.again.setText("long-enough-2")
    dialog.accept()
    assert dialog.isVisible() and "不一样" in dialog.error.text()
    dialog.again.setText("long-enough-1")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted


def test_the_main_window_backs_up_at_exit_after_a_change_but_not_when_restarting(qtbot, station):
    from stationdesk.db import backups
    from stationdesk.ui.app import build_window

    window = build_window(station.folder, station)
    qtbot.addWidget(window)
    window.ctx.db.sig_data_changed.emit(frozenset({"person"}))
    window.close()
    assert [b.reason for b in backups.list_backups(station.folder.backups)] == ["exit"]

    again = build_window(station.folder, station)
    qtbot.addWidget(again)
    again.ctx.db.sig_data_changed.emit(frozenset({"person"}))
    again.restart()
    assert again.restart_requested and [b.reason for b in backups.list_backups(station.folder.backups)] == ["exit"]


def test_automatic_backups_wait_for_a_change_and_half_an_hour(qtbot, station):
    from datetime import datetime, timedelta

    from stationdesk.db import backups
    from stationdesk.ui.auto_backup import AutoBackup

    runner = DatabaseRunner(station)
    ctx = AppContext(db=runner, folder=station.folder, station=station.station)
    auto = AutoBackup(ctx, None)
    try:
        auto.check(datetime.now() + timedelta(hours=1))
        qtbot.waitUntil(runner.is_idle)
        assert backups.list_backups(station.folder.backups) == []  # nothing changed yet
        runner.sig_data_changed.emit(frozenset({"person"}))
        auto.check()
        qtbot.waitUntil(runner.is_idle)
        [first] = backups.list_backups(station.folder.backups)
        assert first.reason == "auto"
        runner.sig_data_changed.emit(frozenset({"person"}))
        auto.check(first.taken_at + timedelta(minutes=10))
        qtbot.waitUntil(runner.is_idle)
        assert len(backups.list_backups(station.folder.backups)) == 1
        auto.check(first.taken_at + timedelta(minutes=31))
        qtbot.waitUntil(runner.is_idle)
        assert len(backups.list_backups(station.folder.backups)) == 2
    finally:
        runner.stop()


def test_the_program_reopens_the_data_folder_in_a_new_window_after_a_restore(qtbot, station):
    from PySide6.QtCore import QLocale, QTimer, QTranslator
    from PySide6.QtWidgets import QApplication

    from stationdesk.ui.app import run_gui
    from stationdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    translators, locale = set(app.findChildren(QTranslator)), QLocale()
    station.close()
    opened: list[MainWindow] = []

    def act() -> None:
        fresh = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible() and w not in opened]
        if not fresh:
            QTimer.singleShot(20, act)
            return
        opened.append(fresh[0])
        if len(opened) == 1:
            fresh[0].ctx.restart()  # what the page does once the restore is done
            QTimer.singleShot(20, act)
        else:
            fresh[0].close()

    QTimer.singleShot(0, act)
    try:
        assert run_gui(station.folder) == 0
    finally:
        for translator in set(app.findChildren(QTranslator)) - translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert len(opened) == 2 and opened[0].restart_requested and not opened[1].restart_requested
    assert opened[1].ctx.station.code == "TEST-001"


def test_a_new_pc_restores_the_stick_from_the_first_start_dialog(qtbot, station, shown, tmp_path, monkeypatch):
    from stationdesk.config import DataFolder
    from stationdesk.services.usb_backup import write_usb_backup
    from stationdesk.sync import crypto
    from stationdesk.ui.app import open_database
    from stationdesk.ui.dialogs.station_setup_dialog import StationSetupDialog

    crypto.KeyPairs.generate().save(station.folder.keys)
    written = Path(write_usb_backup(station.folder, tmp_path, PASSWORD).path)
    answers = iter([StationSetupDialog.RESTORE])
    monkeypatch.setattr(
        StationSetupDialog, "ask", classmethod(lambda cls, parent=None, error="", *typed: next(answers))
    )
    monkeypatch.setattr(BackupFiles, "usb_backup_file", classmethod(lambda cls, parent: written))
    monkeypatch.setattr(BackupPasswordDialog, "ask", classmethod(lambda cls, parent, choosing: PASSWORD))
    new_pc = DataFolder(tmp_path / "new-pc")
    database = open_database(new_pc)
    try:
        assert database.station.code == "TEST-001" and len(people_names(database)) == 3
        assert crypto.KeyPairs.load(new_pc.keys).public == crypto.KeyPairs.load(station.folder.keys).public
    finally:
        database.close()


def test_a_wrong_password_at_the_first_start_asks_again_with_the_reason(qtbot, station, tmp_path, monkeypatch):
    from stationdesk.config import DataFolder
    from stationdesk.services.usb_backup import write_usb_backup
    from stationdesk.ui.app import open_database
    from stationdesk.ui.dialogs.station_setup_dialog import StationSetupDialog

    written = Path(write_usb_backup(station.folder, tmp_path, PASSWORD).path)
    problems = []
    answers = iter([StationSetupDialog.RESTORE, None])

    def ask(cls, parent=None, error="", *typed):
        problems.append(error)
        return next(answers)

    monkeypatch.setattr(StationSetupDialog, "ask", classmethod(ask))
    monkeypatch.setattr(BackupFiles, "usb_backup_file", classmethod(lambda cls, parent: written))
    monkeypatch.setattr(BackupPasswordDialog, "ask", classmethod(lambda cls, parent, choosing: "wrong-password"))
    assert open_database(DataFolder(tmp_path / "new-pc")) is None
    assert problems[1] == "密码不对，无法打开这个 U 盘备份。请检查大小写后重试。"
