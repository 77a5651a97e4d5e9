"""Record a guardian's consent for a child (date, which guardian, what it covers). Stored by
``people.record_consent``; a refusal (a date after today, a guardian no longer recorded) keeps the
dialog open with everything chosen and typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from stationdesk.errors import ValidationError
from stationdesk.services.people import GuardianLink, record_consent
from stationdesk.ui.dates import date_edit, to_date
from stationdesk.ui.dialogs.saving_dialog import SavingDialog

DEFAULT_SCOPE = "基本信息、服务记录及活动照片"


class ConsentDialog(SavingDialog):
    def __init__(
        self, parent: QWidget | None, ctx, child_id: str, guardians: tuple[GuardianLink, ...], day: date
    ) -> None:
        super().__init__(parent, ctx, self.tr("登记监护人同意"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("登记"))
        self.setMinimumWidth(480)
        self.child_id = child_id
        self.guardians = guardians
        self.guardian = self.watch("guardian_id", QComboBox())
        for link in guardians:
            self.guardian.addItem(f"{link.guardian_name}（{link.relation}）", link.guardian_id)
        self.given_on = self.watch("given_on", date_edit(day))
        self.scope = QLineEdit(DEFAULT_SCOPE)
        law = QLabel(self.tr("依据《个人信息保护法》第三十一条，处理儿童个人信息须取得监护人同意。"))
        law.setWordWrap(True)
        self.form.addRow(law)
        self.form.addRow(self.tr("同意人（监护人）"), self.guardian)
        self.form.addRow(self.tr("同意日期"), self.given_on)
        self.form.addRow(self.tr("同意范围"), self.scope)

    def submit(self) -> None:
        index = self.guardian.currentIndex()
        if not 0 <= index < len(self.guardians):
            raise ValidationError("person.consent_needs_guardian", field="guardian_id")
        link = self.guardians[index]
        self.run(
            record_consent,
            self.child_id,
            link.guardian_id,
            link.guardian_name,
            to_date(self.given_on.date()),
            self.scope.text().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx, child_id: str, guardians: tuple[GuardianLink, ...], day: date
    ) -> ConsentDialog:
        """Open the form (window-modal, not blocking); ``sig_saved`` carries the stored ConsentRecord."""
        dialog = cls(parent, ctx, child_id, guardians, day)
        dialog.open()
        return dialog
