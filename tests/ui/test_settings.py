"""Settings: the station's phone is read on the database thread, edited in the dialog, checked and
saved; a bad number is refused with a message and the old one kept."""

from __future__ import annotations

from stationdesk.services.station import station_phone
from stationdesk.ui.dialogs.settings_dialog import SettingsAnswer, SettingsDialog
from stationdesk.ui.messages import MessageBox


def _window(qtbot, db, data_folder):
    from stationdesk.ui.app import build_window

    window = build_window(data_folder, db)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.ctx.db.is_idle)
    return window


def _stored(db) -> str:
    with db.session() as session:
        return station_phone(session)


def test_the_station_phone_is_edited_in_settings_and_checked(qtbot, db, data_folder, monkeypatch):
    window = _window(qtbot, db, data_folder)
    offered, errors = [], []
    answers = iter(["（0755）12345678", "12345", ""])

    def ask(cls, parent, ctx, phone):
        offered.append(phone)
        return SettingsAnswer("zh", next(answers))

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, parent, error: errors.append(str(error))))
    window._open_settings()
    qtbot.waitUntil(lambda: _stored(db) == "0755-12345678", timeout=5000)
    window._open_settings()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert offered == ["", "0755-12345678"] and _stored(db) == "0755-12345678" and "12345" in errors[0]
    window._open_settings()  # an empty field clears it
    qtbot.waitUntil(lambda: _stored(db) == "", timeout=5000)
    window.ctx.db.stop()


def test_the_dialog_keeps_a_mistyped_phone_in_place_with_the_problem_shown(qtbot, db, data_folder):
    from stationdesk.ui.context import UiSettings

    class Ctx:
        settings = UiSettings()

        def may(self, permission: str) -> bool:
            return permission == "settings.manage"  # the administrator's

    dialog = SettingsDialog(None, Ctx(), "")
    qtbot.addWidget(dialog)
    dialog.phone.setText("12345")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted and "12345" in dialog.error.text()
    assert dialog.phone.text() == "12345"
    dialog.phone.setText("（0755）12345678")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted and dialog.phone.text() == "0755-12345678"


def test_the_idle_time_is_a_setting_kept_in_the_data_folder(qtbot, db, data_folder):
    from PySide6.QtCore import QTimer

    from stationdesk.ui.context import UiSettings

    window = _window(qtbot, db, data_folder)
    seen = []

    def choose() -> None:
        dialog = next(w for w in window.findChildren(SettingsDialog) if w.isVisible())
        seen.append(dialog.idle_minutes.value())
        dialog.idle_minutes.setValue(3)
        dialog.grab().save("/tmp/accounts/settings.png")
        dialog.accept()

    QTimer.singleShot(0, choose)
    window._ask_settings("")
    assert seen == [10]
    assert window.idle_lock.timer.interval() == 3 * 60_000
    assert UiSettings.load(data_folder).idle_minutes == 3
