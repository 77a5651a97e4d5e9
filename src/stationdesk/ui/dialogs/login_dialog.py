"""At start, before the main window: the administrator's set-up on a station without accounts (a new
one, or one upgraded from before accounts), then the login. Both run before the database thread
starts, like the station's own set-up.

The login dialog shows before SQLAlchemy is imported (``ui.station_opening`` loads it behind the
dialog), so this module imports the account services only where they are called."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from stationdesk.db.station_file import StationInfo
from stationdesk.demo_station import DEMO_PASSWORD, DEMO_STATION_CODE
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.ui.messages import MessageBox, error_text

if TYPE_CHECKING:
    from stationdesk.db.database import Database

T = TypeVar("T")  # what a login's check answers: a station's database, a city account


@dataclass(frozen=True)
class AdministratorForm:
    login: str
    display_name: str
    password: str
    repeated: str


class LabelledForm(QDialog):
    """A small form of labelled lines with an error line and OK/Cancel."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, error: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.layout_ = QFormLayout(self)
        self.layout_.addRow(QLabel(intro, wordWrap=True))
        self.error = QLabel(error, wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def line(self, label: str, secret: bool = False, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.layout_.addRow(label, edit)
        return edit

    def finish(self) -> None:
        self.layout_.addRow(self.error)
        self.layout_.addRow(self.buttons)


class AdministratorSetupDialog(LabelledForm):
    """Asked again with the reason when refused, holding the login and name typed (passwords are typed anew)."""

    def __init__(self, parent: QWidget | None = None, error: str = "", typed: AdministratorForm | None = None) -> None:
        super().__init__(
            parent,
            self.tr("设置站长账号"),
            self.tr("本站还没有账号。请设置站长（管理员）的登录名和密码，之后用它登录并为同事建账号。"),
            error,
        )
        self.login = self.line(self.tr("登录名"), text=typed.login if typed else "admin")
        self.display_name = self.line(self.tr("姓名"), text=typed.display_name if typed else "")
        self.password = self.line(self.tr("密码（至少 8 位）"), secret=True)
        self.repeated = self.line(self.tr("再输一次密码"), secret=True)
        self.finish()

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, error: str = "", typed: AdministratorForm | None = None
    ) -> AdministratorForm | None:
        dialog = cls(parent, error, typed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return AdministratorForm(
            dialog.login.text(), dialog.display_name.text(), dialog.password.text(), dialog.repeated.text()
        )


class LoginDialog(LabelledForm):
    RECOVER = "recover"  # ask()'s answer when the user chose 忘记站长密码
    RECOVER_CODE = 2

    def __init__(self, parent: QWidget | None = None, error: str = "", station: str = "") -> None:
        super().__init__(parent, self.tr("登录"), self.tr("{s}：请用您的账号登录。").format(s=station), error)
        self.login = self.line(self.tr("登录名"))
        self.password = self.line(self.tr("密码"), secret=True)
        self.recover = self.buttons.addButton(self.tr("忘记站长密码…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.recover.clicked.connect(lambda: self.done(self.RECOVER_CODE))
        self.finish()

    @classmethod
    def ask(cls, parent: QWidget | None = None, error: str = "", station: str = ""):
        """(login, password); ``RECOVER`` for the recovery code; None when the user cancels (the program ends)."""
        dialog = cls(parent, error, station)
        result = dialog.exec()
        if result == cls.RECOVER_CODE:
            return cls.RECOVER
        if result != QDialog.DialogCode.Accepted:
            return None
        return dialog.login.text(), dialog.password.text()


class RecoveryDialog(LabelledForm):
    """Asked again with the reason when refused, holding the recovery code typed (passwords are typed anew)."""

    def __init__(self, parent: QWidget | None = None, error: str = "", code: str = "") -> None:
        super().__init__(
            parent, self.tr("用恢复码重设站长密码"), self.tr("输入设置站长时显示的恢复码，再输两次新密码。"), error
        )
        self.code = self.line(self.tr("恢复码"), text=code)
        self.new = self.line(self.tr("新密码"), secret=True)
        self.repeated = self.line(self.tr("再输一次新密码"), secret=True)
        self.finish()

    @classmethod
    def ask(cls, parent: QWidget | None = None, error: str = "", code: str = "") -> tuple[str, str, str] | None:
        """(code, new password, repeated); None when cancelled."""
        dialog = cls(parent, error, code)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.code.text(), dialog.new.text(), dialog.repeated.text()


def recover_at_start(parent: QWidget | None, database: Database) -> None:
    """The recovery code resets the administrator's password; the new code is shown once."""
    from stationdesk.services.accounts import recover_administrator

    problem = ""
    typed_code = ""
    while (answer := RecoveryDialog.ask(parent, problem, typed_code)) is not None:
        code, new, repeated = answer
        typed_code = code
        if new != repeated:
            problem = QDialog.tr("两次输入的密码不一样")
            continue
        try:
            with database.transaction() as session:
                fresh = recover_administrator(session, code, new)
        except StationDeskError as error:
            problem = error_text(error)
            continue
        show_recovery_code(parent, fresh)
        return


def set_up_administrator(parent: QWidget | None, database: Database) -> bool:
    """On a station without accounts: the administrator, then the recovery code shown once."""
    from stationdesk.services.accounts import create_administrator, has_accounts

    with database.session() as session:
        if has_accounts(session):
            return True
    problem, typed = "", None
    while True:
        form = AdministratorSetupDialog.ask(parent, problem, typed)
        typed = form
        if form is None:
            return False
        if form.password != form.repeated:
            problem = QDialog.tr("两次输入的密码不一样")
            continue
        try:
            with database.transaction() as session:
                recovery = create_administrator(session, form.login, form.display_name, form.password)
        except StationDeskError as error:
            problem = error_text(error)
            continue
        show_recovery_code(parent, recovery)
        return True


def show_recovery_code(parent: QWidget | None, code: str) -> None:
    MessageBox.info(
        parent,
        QDialog.tr("站长的恢复码"),
        QDialog.tr("忘记站长密码时，用这个恢复码重设。它只显示这一次，请抄下或打印后锁好：\n\n{c}").format(c=code),
    )


def log_in_at_start(parent: QWidget | None, database: Database) -> bool:
    """The administrator set up if the station has none, then the login; False when the user gives up."""
    if not set_up_administrator(parent, database):
        return False
    return log_in_when_open(parent, database.station, lambda: database) is not None


def log_in_when_open(
    parent: QWidget | None, station: StationInfo | None, opened: Callable[[], Database]
) -> Database | None:
    """Ask until the login succeeds: the database (``database.actor`` then set), or None when the user
    gives up. ``opened()`` is called only once an answer is in, so the database may still be loading
    behind the dialog; a problem it raises (a damaged file) is the caller's to show."""
    name = station.name if station else ""
    if station is not None and station.code == DEMO_STATION_CODE:
        name += QDialog.tr("（演示站点：登录名 admin，密码 {p}）").format(p=DEMO_PASSWORD)

    def check(login: str, password: str) -> Database:
        from stationdesk.services.accounts import log_in  # loaded by now, behind the dialog

        database = opened()
        log_in(database, login, password)
        return database

    return ask_login(parent, name, check, recover=lambda: recover_at_start(parent, opened()))


def ask_login(
    parent: QWidget | None,
    where: str,
    check: Callable[[str, str], T],
    dialog: type[LoginDialog] = LoginDialog,
    recover: Callable[[], None] | None = None,
) -> T | None:
    """Ask with ``dialog`` until ``check(login, password)`` accepts (a station's accounts or the
    city's) and return its answer, each refusal (a ValidationError) shown in the dialog; None when the
    user gives up. Anything else ``check`` raises (the database cannot be opened) goes to the caller."""
    problem = ""
    while True:
        answer = dialog.ask(parent, problem, where)
        if answer is None:
            return None
        if answer == LoginDialog.RECOVER and recover is not None:
            recover()
            problem = ""
            continue
        try:
            return check(*answer)
        except ValidationError as error:
            problem = error_text(error)


class ChangePasswordDialog(LabelledForm):
    def __init__(self, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(parent, self.tr("修改密码"), self.tr("先输入现在的密码，再输两次新密码（至少 8 位）。"), error)
        self.old = self.line(self.tr("现在的密码"), secret=True)
        self.new = self.line(self.tr("新密码"), secret=True)
        self.repeated = self.line(self.tr("再输一次新密码"), secret=True)
        self.finish()

    @classmethod
    def ask(cls, parent: QWidget | None = None, error: str = "") -> tuple[str, str, str] | None:
        """(old, new, new repeated); None when cancelled."""
        dialog = cls(parent, error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.old.text(), dialog.new.text(), dialog.repeated.text()


def change_own_password(window, problem: str = "") -> None:
    """Ask until the new password is stored or the user cancels; a refusal asks again with its reason."""
    answer = ChangePasswordDialog.ask(window, problem)
    if answer is None:
        return
    old, new, repeated = answer
    if new != repeated:
        change_own_password(window, QDialog.tr("两次输入的密码不一样"))
        return
    from stationdesk.services.accounts import change_password

    window.ctx.db.run(
        change_password,
        old,
        new,
        on_done=lambda _r: MessageBox.info(window, QDialog.tr("修改密码"), QDialog.tr("密码已修改。")),
        on_error=lambda error: change_own_password(window, error_text(error)),
    )
