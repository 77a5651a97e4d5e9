"""The idle lock: after some minutes without keyboard or mouse (a setting, 10 by default) the window's
content is hidden until the logged-in account's password is given again, or another user logs in
(the window then opens afresh with the login dialog). Locks and unlocks go to the audit log."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from stationdesk.services.accounts import LoginOutcome, attempt_unlock, note_lock
from stationdesk.ui.dialogs.login_dialog import LoginDialog
from stationdesk.ui.messages import error_text

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel})


class UnlockDialog(LoginDialog):
    SWITCH_USER = 2  # the dialog's result code for 切换用户

    def __init__(self, parent: QWidget | None = None, error: str = "", name: str = "", login: str = "") -> None:
        super().__init__(parent, error, "")
        self.setWindowTitle(self.tr("已锁定"))
        self.layout_.itemAt(0).widget().setText(
            self.tr("{n} 离开后窗口已锁定。请输入密码解锁，或切换用户。").format(n=name)
        )
        self.login.setText(login)
        self.login.setReadOnly(True)
        switch = self.buttons.addButton(self.tr("切换用户…"), self.buttons.ButtonRole.ActionRole)
        switch.clicked.connect(lambda: self.done(self.SWITCH_USER))
        self.buttons.button(self.buttons.StandardButton.Cancel).hide()  # the lock has no way around it

    @classmethod
    def ask(cls, parent: QWidget | None = None, error: str = "", name: str = "", login: str = ""):
        """The password; ``SWITCH_USER`` to log in as someone else."""
        dialog = cls(parent, error, name, login)
        result = dialog.exec()
        if result == cls.SWITCH_USER:
            return cls.SWITCH_USER
        return dialog.password.text() if result == QDialog.DialogCode.Accepted else None


class IdleLock(QObject):
    def __init__(self, window: QMainWindow, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.timer = QTimer(self, singleShot=True, interval=max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        """A new idle time (from the settings), counted from now."""
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if not self.locked and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.window.centralWidget().hide()
        self.window.menuBar().setEnabled(False)
        self.window.ctx.db.run(note_lock, True)
        QTimer.singleShot(0, lambda: self._ask(""))

    def _ask(self, problem: str) -> None:
        actor = self.window.ctx.db.database.actor
        answer = UnlockDialog.ask(self.window, problem, actor.display_name, actor.login)
        if answer == UnlockDialog.SWITCH_USER:
            self.window.restart()
            return
        self.window.ctx.db.run(attempt_unlock, actor.login, answer or "", on_done=self._answered)

    def _answered(self, outcome: LoginOutcome) -> None:
        if outcome.refusal is not None:
            QTimer.singleShot(0, lambda: self._ask(error_text(outcome.refusal)))
            return
        self.locked = False
        self.window.centralWidget().show()
        self.window.menuBar().setEnabled(True)
        self.timer.start()
