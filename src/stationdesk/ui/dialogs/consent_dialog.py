"""Record a guardian's consent for a child (date, which guardian, what it covers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from stationdesk.errors import ValidationError
from stationdesk.messages import message_for
from stationdesk.services.people import GuardianLink
from stationdesk.ui.forms.person_form import parse_date
from stationdesk.ui.widgets import error_label

DEFAULT_SCOPE = "基本信息、服务记录及活动照片"


@dataclass(frozen=True)
class ConsentInput:
    guardian_id: str
    given_by: str
    given_on: date
    scope: str


class ConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None, guardians: tuple[GuardianLink, ...], day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记监护人同意"))
        self.guardians = guardians
        self.guardian = QComboBox()
        for link in guardians:
            self.guardian.addItem(f"{link.guardian_name}（{link.relation}）", link.guardian_id)
        self.given_on = QLineEdit(day.isoformat())
        self.scope = QLineEdit(DEFAULT_SCOPE)
        self.error = error_label()
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("依据《个人信息保护法》第三十一条，处理儿童个人信息须取得监护人同意。")))
        form.addRow(self.tr("同意人（监护人）"), self.guardian)
        form.addRow(self.tr("同意日期"), self.given_on)
        form.addRow("", self.error)
        form.addRow(self.tr("同意范围"), self.scope)
        form.addRow(buttons)
        self.result_input: ConsentInput | None = None

    def _accept_if_valid(self) -> None:
        try:
            given_on = parse_date(self.given_on.text(), "given_on")
            if given_on is None:
                raise ValidationError("date.format", field="given_on")
        except ValidationError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return
        index = self.guardian.currentIndex()
        link = self.guardians[index]
        self.result_input = ConsentInput(link.guardian_id, link.guardian_name, given_on, self.scope.text().strip())
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, guardians: tuple[GuardianLink, ...], day: date) -> ConsentInput | None:
        dialog = cls(parent, guardians, day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_input
