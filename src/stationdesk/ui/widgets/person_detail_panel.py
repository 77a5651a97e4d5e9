"""The right side of 人员档案: one person in full, numbers masked until the worker asks (audited).

For a child it also shows and edits the guardians and the guardians' consent (PIPL art. 31), and
warns in red while no valid consent is on file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.phone import mask_phone
from stationdesk.services.people import (
    PersonDetail,
    add_guardian,
    get_person,
    record_consent,
    remove_guardian,
    reveal_id_number,
    withdraw_consent,
)
from stationdesk.services.person_rights import export_person_copy
from stationdesk.services.station import today
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.widgets import gender_text, role_names


def _withdraw_today(session, consent_id: str) -> None:
    withdraw_consent(session, consent_id, today(session))


class PersonCopyFile:
    """Where to save a person's copy; a classmethod so tests can patch it."""

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        title = QCoreApplication.translate("PersonDetailPanel", "保存为")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "JSON (*.json)")
        return path


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

        self.child_box = QGroupBox(self.tr("儿童：监护人与同意"))
        self.consent_warning = QLabel(self.tr("⚠ 该儿童没有有效的监护人同意记录。请尽快由监护人签署同意书并在此登记。"))
        self.consent_warning.setWordWrap(True)
        self.consent_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.guardians = QListWidget()
        self.guardians.setFixedHeight(70)
        self.guardians.setWordWrap(True)
        self.consents = QListWidget()
        self.consents.setFixedHeight(90)
        self.consents.setWordWrap(True)
        add_guardian_button = QPushButton(self.tr("添加监护人…"))
        add_guardian_button.clicked.connect(self.add_guardian)
        self.remove_guardian_button = QPushButton(self.tr("移除"))
        self.remove_guardian_button.clicked.connect(self.remove_guardian)
        self.add_consent_button = QPushButton(self.tr("登记同意…"))
        self.add_consent_button.clicked.connect(self.add_consent)
        self.withdraw_button = QPushButton(self.tr("撤回同意"))
        ctx.offer_only_with(
            "people.edit",
            add_guardian_button,
            self.remove_guardian_button,
            self.add_consent_button,
            self.withdraw_button,
        )
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        child_layout = QVBoxLayout(self.child_box)
        child_layout.addWidget(self.consent_warning)
        child_layout.addWidget(QLabel(self.tr("监护人")))
        child_layout.addWidget(self.guardians)
        child_layout.addLayout(_button_row(add_guardian_button, self.remove_guardian_button))
        child_layout.addWidget(QLabel(self.tr("监护人同意")))
        child_layout.addWidget(self.consents)
        child_layout.addLayout(_button_row(self.add_consent_button, self.withdraw_button))

        self.empty = QLabel(self.tr("在左侧列表中选择一个人查看详情。"))
        self.empty.setStyleSheet("color: #777;")
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.title)
        body_layout.addLayout(form)
        body_layout.addWidget(self.child_box)
        self.copy_button = QPushButton(self.tr("查阅复制：导出此人的全部信息…"))
        self.copy_button.setToolTip(self.tr("本人依法申请查阅、复制其个人信息时使用；导出会记入审计日志"))
        self.copy_button.clicked.connect(self.export_copy)
        ctx.offer_only_with("export", self.copy_button)
        body_layout.addLayout(_button_row(self.copy_button))
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.clear()

    def export_copy(self) -> None:
        """查阅复制 (PIPL art. 45): every record naming this person, as one JSON file."""
        if self.detail is None:
            return
        summary = self.detail.summary
        path = PersonCopyFile.ask_save_path(self, f"{summary.display_name}-个人信息.json")
        if not path:
            return
        self.ctx.db.run(
            export_person_copy,
            summary.id,
            path,
            on_done=lambda copy: MessageBox.info(
                self, self.tr("查阅复制"), self.tr("已导出 {n} 条记录：{p}").format(n=copy.count, p=path)
            ),
        )

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
        is_child = "child" in person.roles
        self.child_box.setVisible(is_child)
        if is_child:
            self._show_child(detail)
        self.empty.hide()
        self.body.show()
        self.sig_shown.emit(person.id)

    def _show_child(self, detail: PersonDetail) -> None:
        self.guardians.clear()
        for link in detail.guardians:
            primary = self.tr("（主要）") if link.is_primary else ""
            item = QListWidgetItem(f"{link.relation}  {link.guardian_name}  {link.phone_masked}{primary}")
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.guardians.addItem(item)
        self.consents.clear()
        for consent in detail.consents:
            text = self.tr("{day} {who} 同意：{scope}").format(
                day=consent.given_on.isoformat(), who=consent.given_by, scope=consent.scope
            )
            if consent.withdrawn_on:
                text += self.tr("（已于 {day} 撤回）").format(day=consent.withdrawn_on.isoformat())
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, consent.id)
            if consent.withdrawn_on:
                item.setForeground(Qt.GlobalColor.gray)
            self.consents.addItem(item)
        self.consent_warning.setVisible(not detail.has_valid_consent)
        self.add_consent_button.setEnabled(bool(detail.guardians))
        self.add_consent_button.setToolTip("" if detail.guardians else self.tr("请先添加监护人"))

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

    def add_guardian(self) -> None:
        from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog

        if self.detail is None:
            return
        child_id = self.detail.summary.id
        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("添加监护人"), with_relation=True, exclude_id=child_id)
        if picked is not None:
            self.ctx.db.run(
                add_guardian,
                child_id,
                picked.person_id,
                picked.relation,
                picked.is_primary,
                on_error=lambda e: MessageBox.error(self, e),
            )

    def remove_guardian(self) -> None:
        item = self.guardians.currentItem()
        if item is None:
            return
        if MessageBox.ask(self, self.tr("移除监护人"), self.tr("确定移除监护人 {text}？").format(text=item.text())):
            self.ctx.db.run(
                remove_guardian, item.data(Qt.ItemDataRole.UserRole), on_error=lambda e: MessageBox.error(self, e)
            )

    def add_consent(self) -> None:
        from stationdesk.ui.dialogs.consent_dialog import ConsentDialog

        if self.detail is None or not self.detail.guardians:
            return
        detail = self.detail

        def ask(day: date) -> None:
            answer = ConsentDialog.ask(self, detail.guardians, day)
            if answer is not None:
                self.ctx.db.run(
                    record_consent,
                    detail.summary.id,
                    answer.guardian_id,
                    answer.given_by,
                    answer.given_on,
                    answer.scope,
                    on_error=lambda e: MessageBox.error(self, e),
                )

        self.ctx.db.run(today, on_done=ask)

    def withdraw_consent(self) -> None:
        item = self.consents.currentItem()
        if item is None:
            return
        if MessageBox.ask(
            self, self.tr("撤回同意"), self.tr("确定登记监护人已撤回此项同意？\n{text}").format(text=item.text())
        ):
            self.ctx.db.run(
                _withdraw_today, item.data(Qt.ItemDataRole.UserRole), on_error=lambda e: MessageBox.error(self, e)
            )


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
