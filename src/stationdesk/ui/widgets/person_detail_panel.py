"""The right side of 人员档案: one person in full, numbers masked until the worker asks (audited).

For a child it also shows and edits the guardians and the guardians' consent (PIPL art. 31), and
warns in red while no valid consent is on file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.phone import mask_phone
from stationdesk.services.people import PersonDetail, get_person, reveal_id_number
from stationdesk.services.person_corrections import CorrectionLine, corrections_of
from stationdesk.ui.dates import local_minute
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.widgets import gender_text, role_names
from stationdesk.ui.widgets.guardian_consent_box import GuardianConsentBox
from stationdesk.ui.widgets.person_rights_buttons import PersonRightsButtons


class PersonDetailPanel(QWidget):
    sig_shown = Signal(str)  # person id, once its details are on screen
    sig_revealed = Signal(str)  # person id whose full ID number is shown

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PersonDetail | None = None
        self._wanted: str | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("alias", self.tr("化名")),
            ("gender", self.tr("性别")),
            ("birth", self.tr("出生日期")),
            ("id_number", self.tr("身份证号")),
            ("phone", self.tr("电话")),
            ("address", self.tr("住址")),
            ("roles", self.tr("身份")),
            ("tags", self.tr("标签")),
            ("head", self.tr("户主")),
            ("emergency", self.tr("紧急联系人")),
            ("notes", self.tr("备注")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            if key == "id_number":
                self.reveal_button = QPushButton(self.tr("显示完整号码"))
                self.reveal_button.setToolTip(self.tr("查看完整号码会记入审计日志"))
                self.reveal_button.clicked.connect(self.reveal)
                row = QHBoxLayout()
                row.addWidget(value, 1)
                row.addWidget(self.reveal_button)
                form.addRow(label, row)
            else:
                form.addRow(label, value)

        self.child_box = GuardianConsentBox(ctx)
        self.child_box.setTitle(self.tr("儿童：监护人与同意"))

        self.empty = QLabel(self.tr("在左侧列表中选择一个人查看详情。"))
        self.empty.setStyleSheet("color: #777;")
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.title)
        body_layout.addLayout(form)
        body_layout.addWidget(self.child_box)
        self.corrections_box = QGroupBox(self.tr("更正记录"))
        self.corrections = QListWidget()
        self.corrections.setFixedHeight(90)
        self.corrections.setWordWrap(True)
        QVBoxLayout(self.corrections_box).addWidget(self.corrections)
        body_layout.addWidget(self.corrections_box)
        self.rights = PersonRightsButtons(ctx)
        self.rights.sig_erased.connect(self.show_person)
        body_layout.addWidget(self.rights)
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.clear()

    # --- showing -------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.detail = None
        self._wanted = None
        self.body.hide()
        self.empty.show()

    def show_person(self, person_id: str | None) -> None:
        if not person_id:
            self.clear()
            return
        self._wanted = person_id
        self.ctx.db.run(get_person, person_id, on_done=self._show, on_error=self._show_failed)

    def reload(self) -> None:
        if self._wanted:
            self.show_person(self._wanted)

    def _show_failed(self, error: BaseException) -> None:
        self.clear()

    def _show(self, detail: PersonDetail) -> None:
        if detail.summary.id != self._wanted:
            return
        if detail.summary.deleted:
            self.clear()
            return
        self.detail = detail
        person, data = detail.summary, detail.data
        self.rights.show_person(person)
        self.title.setText(person.name)
        birth = person.birth_date.isoformat() if person.birth_date else ""
        age = self.tr("（{age} 岁）").format(age=person.age) if person.age is not None else ""
        emergency = " ".join(x for x in (data.emergency_contact, mask_phone(data.emergency_phone)) if x)
        names = role_names()
        shown = {
            "alias": person.alias,
            "gender": gender_text(person.gender),
            "birth": birth + age,
            "id_number": person.id_number_masked,
            "phone": person.phone_masked,
            "address": person.address,
            "roles": "、".join(names[r] for r in person.roles),
            "tags": "、".join(person.tags),
            "head": detail.household_head_name,
            "emergency": emergency,
            "notes": data.notes,
        }
        for key, label in self.values.items():
            label.setText(shown[key] or "—")
        self.reveal_button.setText(self.tr("显示完整号码"))
        self.reveal_button.setEnabled(bool(data.id_number))
        self.reveal_button.setVisible(self.ctx.may("id.full_view"))  # the service refuses the others
        self.corrections_box.hide()
        self.ctx.db.run(corrections_of, person.id, on_done=lambda lines: self._show_corrections(person.id, lines))
        is_child = "child" in person.roles
        self.child_box.setVisible(is_child)
        if is_child:
            self.child_box.show_child(detail)
        self.empty.hide()
        self.body.show()
        self.sig_shown.emit(person.id)

    def _show_corrections(self, person_id: str, lines: tuple[CorrectionLine, ...]) -> None:
        """更正记录: each changed registered field with its old value, who changed it, when and why."""
        if self.detail is None or self.detail.summary.id != person_id:
            return
        labels = correction_field_labels()
        self.corrections.clear()
        for line in lines:
            old, new = (gender_text(v, v) if line.field == "gender" else v for v in (line.old_value, line.new_value))
            text = self.tr("{when} {field}：{old} → {new}（{who}）").format(
                when=local_minute(line.at), field=labels.get(line.field, line.field), old=old or "—", new=new or "—",
                who=line.corrected_by or self.tr("未记录"),
            )  # fmt: skip
            if line.reason:
                text += self.tr(" 原因：{reason}").format(reason=line.reason)
            self.corrections.addItem(text)
        self.corrections_box.setVisible(bool(lines))

    # --- actions -------------------------------------------------------------------------------------
    def reveal(self) -> None:
        if self.detail is None:
            return
        person_id = self.detail.summary.id
        label = self.values["id_number"]
        if label.text() != self.detail.summary.id_number_masked:
            label.setText(self.detail.summary.id_number_masked)
            self.reveal_button.setText(self.tr("显示完整号码"))
            return

        def shown(number: str) -> None:
            if self.detail is not None and self.detail.summary.id == person_id:
                label.setText(number)
                self.reveal_button.setText(self.tr("隐藏号码"))
                self.sig_revealed.emit(person_id)

        self.ctx.db.run(reveal_id_number, person_id, on_done=shown, on_error=lambda e: MessageBox.error(self, e))


def correction_field_labels() -> dict[str, str]:
    """The registered fields a 更正 can change, as the person's page names them."""
    return {
        "name": QCoreApplication.translate("PersonDetailPanel", "姓名"),
        "gender": QCoreApplication.translate("PersonDetailPanel", "性别"),
        "birth_date": QCoreApplication.translate("PersonDetailPanel", "出生日期"),
        "id_number": QCoreApplication.translate("PersonDetailPanel", "身份证号"),
        "phone": QCoreApplication.translate("PersonDetailPanel", "电话"),
        "community": QCoreApplication.translate("PersonDetailPanel", "社区"),
        "street": QCoreApplication.translate("PersonDetailPanel", "道路门牌"),
        "building": QCoreApplication.translate("PersonDetailPanel", "楼栋"),
        "unit": QCoreApplication.translate("PersonDetailPanel", "单元"),
        "room": QCoreApplication.translate("PersonDetailPanel", "房号"),
        "alias": QCoreApplication.translate("PersonDetailPanel", "化名"),
        "emergency_contact": QCoreApplication.translate("PersonDetailPanel", "紧急联系人"),
        "emergency_phone": QCoreApplication.translate("PersonDetailPanel", "紧急联系电话"),
    }
