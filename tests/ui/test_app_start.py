"""Starting the program: first run asks for the station, a bad database is refused with a message,
a second start wakes the first window."""

from stationdesk.config import DataFolder
from stationdesk.ui.app import application, open_database
from stationdesk.ui.dialogs.station_setup_dialog import StationSetupDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.single_instance import InstanceServer, wake_running_instance


def test_first_run_asks_for_the_station_until_it_is_valid(qtbot, tmp_path, monkeypatch):
    answers = iter([("bad code!", "城东站"), ("ZQ-001", "城东街道社区服务站")])
    problems = []

    def ask(cls, parent=None, error="", *typed):
        problems.append((error, typed))
        return next(answers)

    monkeypatch.setattr(StationSetupDialog, "ask", classmethod(ask))
    database = open_database(DataFolder(tmp_path / "new"))
    try:
        assert database.station.code == "ZQ-001" and database.station.name == "城东街道社区服务站"
        assert problems[0] == ("", ("", ""))
        assert "站点编码" in problems[1][0] and problems[1][1] == ("bad code!", "城东站")  # typed again for her
    finally:
        database.close()


def test_the_first_run_dialog_stays_open_on_a_wrong_code_and_clears_the_error_once_it_is_right(qtbot):
    dialog = StationSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("bad code!")
    dialog.name.setText("城东站")
    dialog.accept()
    assert dialog.isVisible() and "站点编码" in dialog.error.text() and dialog.name.text() == "城东站"
    qtbot.keyClicks(dialog.code, "x")  # still wrong: still said
    assert "站点编码" in dialog.error.text()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "ZQ-001")
    assert dialog.error.text() == ""
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_cancelling_the_first_run_opens_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(StationSetupDialog, "ask", classmethod(lambda cls, parent=None, error="", *typed: None))
    assert open_database(DataFolder(tmp_path / "new")) is None


def test_a_damaged_database_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    folder = DataFolder(tmp_path / "bad").ensure()
    folder.database.write_bytes(b"not a database at all" * 50)
    shown = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(str(error))))
    assert open_database(folder) is None
    assert "损坏" in shown[0] and str(folder.backups) in shown[0]
    assert folder.database.read_bytes() == b"not a database at all" * 50


def test_a_second_start_wakes_the_first(qtbot, tmp_path):
    folder = DataFolder(tmp_path / "station")
    server = InstanceServer(folder)
    with qtbot.waitSignal(server.sig_wake, timeout=5000):
        assert wake_running_instance(folder)
    assert not wake_running_instance(DataFolder(tmp_path / "another"))


def test_damage_found_after_the_window_opens_closes_it_without_writing(qtbot, db, data_folder, monkeypatch):
    """The GUI opens without the slow whole-file check and runs it first on the database thread;
    when it fails, the user is told, the window closes and no job touches the file."""
    from stationdesk.errors import DatabaseProblem
    from stationdesk.services.people import PersonInput, add_person
    from stationdesk.ui.app import build_window

    def damaged(self):
        raise DatabaseProblem("db.damaged", reason="test", backups=str(data_folder.backups), path="x")

    monkeypatch.setattr(type(db), "verify_integrity", damaged)
    shown = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(str(error))))
    window = build_window(data_folder, db, verify_first=True)
    qtbot.addWidget(window)
    errors = []
    window.ctx.db.run(add_person, PersonInput(name="不应写入", roles=()), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(shown and errors), timeout=5000)
    assert "损坏" in shown[0] and isinstance(errors[0], DatabaseProblem)
    with db.session() as session:
        from stationdesk.services.people import PeopleQuery, count_people

        assert count_people(session, PeopleQuery()) == 0


def test_the_window_does_not_open_beside_a_command_that_writes(qtbot, tmp_path, monkeypatch):
    """The single-instance guard covers the command line too: both hold the data folder's lock."""
    from stationdesk.ui.app import run_gui

    folder = DataFolder(tmp_path / "station").ensure()
    held = folder.hold("stationdesk demo")
    shown = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(str(error))))
    try:
        assert run_gui(folder) == 1
    finally:
        held.release()
    assert "stationdesk demo" in shown[0] and not folder.database.exists()


def _logins_written(folder: DataFolder) -> list[tuple[str, str]]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(folder.database)) as connection:
        return connection.execute(
            "SELECT action, detail FROM audit_log WHERE action LIKE 'login%' ORDER BY seq"
        ).fetchall()


def _answering(monkeypatch, *answers):
    """The login dialog answered in turn; returns the problems it was shown with."""
    from stationdesk.ui.dialogs.login_dialog import LoginDialog

    given, shown = iter(answers), []
    monkeypatch.setattr(
        LoginDialog, "ask", classmethod(lambda cls, p=None, e="", s="": shown.append((e, s)) or next(given))
    )
    return shown


def test_a_ready_station_logs_in_behind_its_dialog_after_the_whole_file_was_checked(qtbot, db, monkeypatch):
    """The dialog comes before the database is open; a wrong password is asked again with the
    reason, and both logins are written to the audit log only once the file is known sound."""
    from stationdesk.db import station_file
    from stationdesk.ui.app import open_and_log_in

    checks = []
    check = station_file.verify_integrity
    monkeypatch.setattr(station_file, "verify_integrity", lambda folder: checks.append(folder) or check(folder))
    db.close()
    problems = _answering(monkeypatch, ("admin", "wrong"), ("admin", "demo-password"))
    database, checked = open_and_log_in(db.folder)
    try:
        assert checked and checks == [db.folder] and database.actor.login == "admin"
        assert [problem for problem, _station in problems] == ["", "登录名或密码不对"]
        assert problems[0][1] == db.station.name and database.station == db.station
    finally:
        database.close()
    assert [action for action, _detail in _logins_written(db.folder)] == ["login.failed", "login"]


def test_damage_found_behind_the_login_dialog_refuses_the_login_without_writing(qtbot, db, monkeypatch):
    from stationdesk.db import station_file
    from stationdesk.errors import DatabaseProblem
    from stationdesk.ui.app import open_and_log_in

    def damaged(folder):
        raise DatabaseProblem("db.damaged", reason="test", backups=str(folder.backups), path="x", count=1, newest="y")

    monkeypatch.setattr(station_file, "verify_integrity", damaged)
    shown = []
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: shown.append(str(error))))
    db.close()
    _answering(monkeypatch, ("admin", "demo-password"))
    assert open_and_log_in(db.folder) is None
    assert "损坏" in shown[0] and _logins_written(db.folder) == []


def test_cancelling_the_login_of_a_ready_station_ends_the_program(qtbot, db, monkeypatch):
    from stationdesk.ui.app import open_and_log_in

    db.close()
    _answering(monkeypatch, None)
    assert open_and_log_in(db.folder) is None
    assert _logins_written(db.folder) == []


def test_the_program_has_its_icon_in_every_size_windows_asks_for(qtbot):
    sizes = {size.width() for size in application().windowIcon().availableSizes()}
    assert {16, 24, 32, 48, 256} <= sizes
