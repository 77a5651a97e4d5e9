"""账号与权限 (the administrator's): the station's accounts (add, disable or enable, set a password)
and the role matrix, one check box per role and permission. The services refuse what the acting
account may not do (granting a verb it does not hold, disabling itself)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import accounts
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title


class AccountDialog(SavingDialog):
    """A new colleague's account: login, name, role and a first password, stored by ``accounts.add_account``."""

    def __init__(self, parent: QWidget | None, ctx, roles: list[accounts.RoleRow]) -> None:
        super().__init__(parent, ctx, self.tr("新建账号"))
        self.setMinimumWidth(380)
        self.form.addRow(QLabel(self.tr("同事第一次登录后可以自己修改密码。"), wordWrap=True))
        self.login = self.watch("login", QLineEdit())
        self.display_name = self.watch("display_name", QLineEdit())
        self.role = self.watch("role", QComboBox())
        for role in roles:
            self.role.addItem(role.name, role.key)
        self.password = self.watch("password", QLineEdit(echoMode=QLineEdit.EchoMode.Password))
        self.form.addRow(self.tr("登录名"), self.login)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("密码（至少 8 位）"), self.password)

    def submit(self) -> None:
        self.run(
            accounts.add_account,
            self.login.text(),
            self.display_name.text(),
            self.role.currentData(),
            self.password.text(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, ctx, roles: list[accounts.RoleRow]) -> AccountDialog:
        """Open the form (window-modal, not blocking); the accounts list refreshes by its watch."""
        dialog = cls(parent, ctx, roles)
        dialog.open()
        return dialog


class AccountsPage(Page):
    WATCHES = frozenset({"account", "account_role_permission"})

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.overview: accounts.AccountsOverview | None = None
        self.rows = RowsTableModel(
            [
                (self.tr("登录名"), lambda a: a.login),
                (self.tr("姓名"), lambda a: a.display_name),
                (self.tr("角色"), lambda a: self._role_name(a.role)),
                (self.tr("状态"), lambda a: self.tr("使用中") if a.active else self.tr("已停用")),
                (self.tr("人员档案"), lambda a: a.person_name or self.tr("未关联")),
            ],
            parent=self,
        )
        self.table = list_view(self.rows)
        add = QPushButton(self.tr("新建账号…"))
        add.clicked.connect(lambda: self.add_account())
        self.toggle = QPushButton(self.tr("停用 / 启用"))
        self.toggle.clicked.connect(self.toggle_selected)
        self.link = QPushButton(self.tr("关联人员档案…"))
        self.link.setToolTip(self.tr("关联后，登记探访时此账号以该人员的名字出现在探访人的第一位"))
        self.link.clicked.connect(self.link_selected)
        buttons = QHBoxLayout()
        for button in (add, self.toggle, self.link):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.matrix = QTableWidget()
        self.matrix.itemChanged.connect(self._matrix_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("账号与权限")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("角色的权限（勾选后立即生效；不能授予自己没有的权限）")))
        layout.addWidget(self.matrix, 2)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db.run(accounts.accounts_overview, on_done=self._show)

    def _role_name(self, key: str) -> str:
        names = {r.key: r.name for r in self.overview.roles} if self.overview else {}
        return names.get(key, key)

    def _show(self, overview: accounts.AccountsOverview) -> None:
        self.overview = overview
        self.rows.set_rows(overview.accounts)
        verbs = accounts.permission_names()
        self.matrix.blockSignals(True)
        self.matrix.setRowCount(len(verbs))
        self.matrix.setColumnCount(len(overview.roles))
        self.matrix.setHorizontalHeaderLabels([r.name for r in overview.roles])
        self.matrix.setVerticalHeaderLabels([name for _verb, name in verbs])
        for column, role in enumerate(overview.roles):
            for row, (verb, _name) in enumerate(verbs):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if verb in role.permissions else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, (role.key, verb))
                self.matrix.setItem(row, column, item)
        self.matrix.resizeColumnsToContents()
        self.matrix.blockSignals(False)

    def _matrix_changed(self, item: QTableWidgetItem) -> None:
        role_key, _verb = item.data(Qt.ItemDataRole.UserRole)
        column = item.column()
        verbs = frozenset(
            self.matrix.item(row, column).data(Qt.ItemDataRole.UserRole)[1]
            for row in range(self.matrix.rowCount())
            if self.matrix.item(row, column).checkState() == Qt.CheckState.Checked
        )

        def refused(error: BaseException) -> None:
            MessageBox.error(self, error)
            self.refresh()  # the matrix shows what is stored again

        self.ctx.db.run(accounts.set_role_permissions, role_key, verbs, on_error=refused)

    def add_account(self) -> AccountDialog | None:
        if self.overview is None:
            return None
        return AccountDialog.ask(self, self.ctx, self.overview.roles)

    def toggle_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.overview is None:
            return
        account = self.overview.accounts[index.row()]
        self.ctx.db.run(accounts.set_account_active, account.login, not account.active)

    def link_selected(self) -> None:
        """The worker behind the account, from the registry (or registered now)."""
        index = self.table.currentIndex()
        if not index.isValid() or self.overview is None:
            return
        account = self.overview.accounts[index.row()]
        title = self.tr("{name} 在人员档案中是谁").format(name=account.display_name)
        picked = PersonPickerDialog.ask(self, self.ctx, title, register_as=())
        if picked is not None:
            self.ctx.db.run(
                accounts.link_account_person,
                account.login,
                picked.person_id,
                on_error=lambda e: MessageBox.error(self, e),
            )
