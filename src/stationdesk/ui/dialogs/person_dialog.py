"""Add or edit a person (人员档案). Field logic lives in ``ui.forms.person_form.PersonForm``.

Before the dialog closes it asks the people service to check the input (``validate_person``) on
the database thread: errors appear in red under their field; warnings (same name and birth date,
an unknown area code) are shown for confirmation. What ``ask`` returns has passed both, so the
page saves it with ``confirmed=True``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.errors import StationDeskError
from stationdesk.messages import message_for
from stationdesk.services.people import PersonDetail, PersonInput, needs_asking, validate_person
from stationdesk.services.station import catalog
from stationdesk.ui.forms.person_form import PersonForm, errors_by_field, guess_from_id_number
from stationdesk.ui.messages import MessageBox

ERROR_STYLE = "color: #b00020;"


class PersonDialog(QDialog):
    sig_checked = Signal(bool)  # the service check came back: True when the dialog accepted

    def __init__(
        self, parent: QWidget | None, ctx, detail: PersonDetail | None = None, roles: tuple[str, ...] = ()
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.person_id = detail.summary.id if detail else None
        self.form = PersonForm(detail.data if detail else None)
        self.result_input: PersonInput | None = None
        self.household_head_id = detail.data.household_head_id if detail else None
        self.setWindowTitle(self.tr("编辑人员档案") if detail else self.tr("新增人员"))
        self.setMinimumWidth(760)

        self.fields: dict[str, QLineEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        for name in (
            "name",
            "birth_date",
            "id_number",
            "phone",
            "community",
            "street",
            "building",
            "unit",
            "room",
            "alias",
            "emergency_contact",
            "emergency_phone",
        ):
            self.fields[name] = QLineEdit()
            self.fields[name].setObjectName(f"field_{name}")
        self.fields["name"].setMaxLength(50)
        self.fields["birth_date"].setPlaceholderText(self.tr("如 1948-03-05"))
        self.fields["id_number"].setPlaceholderText(self.tr("18 位，填写后自动带出性别和出生日期"))
        self.fields["phone"].setPlaceholderText(self.tr("手机号或 0758-1234567"))
        self.fields["street"].setPlaceholderText(self.tr("道路/街巷和门牌号，如 宋城路12号"))
        self.fields["building"].setPlaceholderText(self.tr("楼栋号，如 12"))
        self.fields["alias"].setPlaceholderText(self.tr("儿童在名单和打印件上显示化名"))
        self.gender = QComboBox()
        self.gender.setObjectName("field_gender")
        for text, code in ((self.tr("未填"), ""), (self.tr("男"), "M"), (self.tr("女"), "F")):
            self.gender.addItem(text, code)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_row = QHBoxLayout()
        for role, text in (
            ("elder", self.tr("老人")),
            ("child", self.tr("儿童")),
            ("guardian", self.tr("监护人")),
            ("volunteer", self.tr("志愿者")),
        ):
            box = QCheckBox(text)
            box.setObjectName(f"role_{role}")
            self.role_boxes[role] = box
            roles_row.addWidget(box)
        roles_row.addStretch(1)
        roles_widget = QWidget()
        roles_widget.setLayout(roles_row)
        roles_row.setContentsMargins(0, 0, 0, 0)
        self.tags = QListWidget()  # check boxes flowing in rows, so the whole list shows at once
        self.tags.setFlow(QListView.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListView.ResizeMode.Adjust)
        self.tags.setSpacing(2)
        self.tags.setFixedHeight(110)
        self.id_hint = QLabel()
        self.id_hint.setStyleSheet("color: #555;")
        self.id_hint.setWordWrap(True)
        self.head_label = QLabel(
            detail.household_head_name if detail and detail.household_head_name else self.tr("（无）")
        )
        choose_head = QPushButton(self.tr("选择…"))
        choose_head.clicked.connect(self._choose_head)
        clear_head = QPushButton(self.tr("清除"))
        clear_head.clicked.connect(self._clear_head)
        head_row = QHBoxLayout()
        head_row.setContentsMargins(0, 0, 0, 0)
        head_row.addWidget(self.head_label, 1)
        head_row.addWidget(choose_head)
        head_row.addWidget(clear_head)
        head_widget = QWidget()
        head_widget.setLayout(head_row)

        basic = QGroupBox(self.tr("基本信息"))
        basic_form = QFormLayout(basic)
        self._add_row(basic_form, self.tr("姓名 *"), self.fields["name"], "name")
        self._add_row(basic_form, self.tr("身份"), roles_widget, "roles")
        self._add_row(basic_form, self.tr("化名"), self.fields["alias"], "alias")
        self._add_row(basic_form, self.tr("身份证号"), self.fields["id_number"], "id_number")
        basic_form.addRow("", self.id_hint)
        self._add_row(basic_form, self.tr("性别"), self.gender, "gender")
        self._add_row(basic_form, self.tr("出生日期"), self.fields["birth_date"], "birth_date")
        self._add_row(basic_form, self.tr("电话"), self.fields["phone"], "phone")
        self._add_row(basic_form, self.tr("标签"), self.tags, "tags")

        home = QGroupBox(self.tr("住址与联系"))
        home_form = QFormLayout(home)
        self._add_row(home_form, self.tr("社区"), self.fields["community"], "community")
        self._add_row(home_form, self.tr("道路门牌"), self.fields["street"], "street")
        self._add_row(home_form, self.tr("楼栋"), self.fields["building"], "building")
        self._add_row(home_form, self.tr("单元"), self.fields["unit"], "unit")
        self._add_row(home_form, self.tr("房号"), self.fields["room"], "room")
        self._add_row(home_form, self.tr("户主"), head_widget, "household_head_id")
        self._add_row(home_form, self.tr("紧急联系人"), self.fields["emergency_contact"], "emergency_contact")
        self._add_row(home_form, self.tr("紧急联系电话"), self.fields["emergency_phone"], "emergency_phone")
        self._add_row(home_form, self.tr("备注"), self.notes, "notes")

        # 更正 (PIPL art. 46): why a registered field changes, kept with the old value; offered, not required
        self.correction_reason = QLineEdit()
        self.correction_reason.setObjectName("field_correction_reason")
        self.correction_reason.setPlaceholderText(self.tr("修改姓名、证件号、电话、住址等已登记的信息时填写，可不填"))
        correction_row = QWidget()
        correction_layout = QHBoxLayout(correction_row)
        correction_layout.setContentsMargins(0, 0, 0, 0)
        correction_layout.addWidget(QLabel(self.tr("更正原因")))
        correction_layout.addWidget(self.correction_reason, 1)
        correction_row.setVisible(detail is not None)  # a new person has nothing to correct

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(basic, 1)
        columns.addWidget(home, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(correction_row)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._fill()
        for role in roles:  # registered from a picker: the role the picker looks for is ticked already
            self.role_boxes[role].setChecked(True)
        self.role_boxes["child"].toggled.connect(self._child_toggled)
        self.fields["id_number"].textEdited.connect(self._id_number_typed)
        for name, edit in self.fields.items():
            edit.textEdited.connect(lambda _text, field=name: self._recheck(field))
        self._child_toggled(self.role_boxes["child"].isChecked())
        ctx.db.run(catalog, "person_tag", on_done=self._show_tags)

    # --- building -------------------------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.error_labels[field] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, holder)

    def _fill(self) -> None:
        texts = self.form.texts()
        for name, edit in self.fields.items():
            edit.setText(texts[name])
        self.gender.setCurrentIndex(max(self.gender.findData(texts["gender"]), 0))
        self.notes.setPlainText(texts["notes"])
        for role in self.form.roles():
            self.role_boxes[role].setChecked(True)

    def _show_tags(self, names: list[str]) -> None:
        chosen = set(self.form.tags()) | set(self.checked_tags())
        self.tags.clear()
        for name in list(names) + [t for t in self.form.tags() if t not in names]:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.tags.addItem(item)

    # --- what the user typed --------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        texts = {name: edit.text() for name, edit in self.fields.items()}
        texts["gender"] = self.gender.currentData() or ""
        texts["notes"] = self.notes.toPlainText()
        return texts

    def checked_roles(self) -> list[str]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def checked_tags(self) -> list[str]:
        return [
            self.tags.item(i).text()
            for i in range(self.tags.count())
            if self.tags.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_tag(self, name: str, checked: bool = True) -> None:
        for i in range(self.tags.count()):
            if self.tags.item(i).text() == name:
                self.tags.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _child_toggled(self, checked: bool) -> None:
        self.fields["alias"].setEnabled(checked)

    def _id_number_typed(self, text: str) -> None:
        guess = guess_from_id_number(text)
        if guess is None:
            self.id_hint.setText("")
            self._hold_lines(self.id_hint, self.fields["id_number"].width())
            return
        self.gender.setCurrentIndex(self.gender.findData(guess.gender))
        self.fields["birth_date"].setText(guess.birth_date.isoformat())
        notes = [message_for(StationDeskError(code, area=guess.number[:6])) for code in guess.notes]
        self.id_hint.setText("\n".join([self.tr("已根据身份证号填写性别和出生日期"), *notes]))
        self._hold_lines(self.id_hint, self.fields["id_number"].width())

    def _hold_lines(self, label: QLabel, width: int) -> None:
        """Keep room for every wrapped line of ``label`` at the width of its column. A word-wrapped label in a
        form does not make the form taller by itself: the form was squeezed and its last row of tags cut off
        when the ID-number note appeared. A taller minimum makes the dialog grow instead."""
        label.setMinimumHeight(label.heightForWidth(width) if label.text() and label.isVisibleTo(self) else 0)

    def _choose_head(self) -> None:
        from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog

        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("选择户主"), exclude_id=self.person_id)
        if picked is not None:
            self.household_head_id = picked.person_id
            self.head_label.setText(picked.name)

    def _clear_head(self) -> None:
        self.household_head_id = None
        self.head_label.setText(self.tr("（无）"))

    # --- checking -------------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        for field, label in self.error_labels.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        general = [text for field, text in errors.items() if field not in self.error_labels]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        for field, label in self.error_labels.items():
            beside = self.fields.get(field)
            self._hold_lines(label, beside.width() if beside is not None else label.width())
        first = next((f for f in self.fields if f in errors), None)
        if first is not None:
            self.fields[first].setFocus()

    def _recheck(self, field: str) -> None:
        """A red text under a field goes as soon as what is typed there reads right; the other fields
        keep theirs until the next save."""
        label = self.error_labels[field]
        if not label.isVisible():
            return
        data = self.form.validate(self.texts(), self.checked_roles(), self.checked_tags(), self.household_head_id)
        still_wrong = isinstance(data, dict) and field in data
        text = self.fields[field].text().strip()
        if field == "id_number" and text and guess_from_id_number(text) is None:
            still_wrong = True  # the service reads the check digit; a half-typed number is not right yet
        if not still_wrong:
            label.hide()
            label.clear()

    def check_and_accept(self) -> None:
        """Parse the fields, let the service check them, confirm its warnings, then close."""
        data = self.form.validate(self.texts(), self.checked_roles(), self.checked_tags(), self.household_head_id)
        if isinstance(data, dict):
            self.show_errors(data)
            self.sig_checked.emit(False)
            return
        self.show_errors({})
        data = replace(data, correction_reason=self.correction_reason.text().strip())
        self.buttons.setEnabled(False)
        self.ctx.db.run(
            validate_person,
            data,
            self.person_id,
            on_done=lambda result: self._checked(data, result[1]),
            on_error=self._check_failed,
        )

    def _checked(self, data: PersonInput, warnings: list) -> None:
        self.buttons.setEnabled(True)
        to_ask = needs_asking(warnings)  # the notes were shown beside the ID number as it was typed
        if to_ask:
            text = "\n".join(message_for(w) for w in to_ask)
            if not MessageBox.ask(self, self.tr("请确认"), text + "\n\n" + self.tr("仍要保存吗？")):
                self.sig_checked.emit(False)
                return
        self.result_input = data
        self.accept()
        self.sig_checked.emit(True)

    def _check_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        errors = errors_by_field(error)
        if not errors:
            MessageBox.error(self, error)
        self.show_errors(errors)
        self.sig_checked.emit(False)

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx, detail: PersonDetail | None = None, roles: tuple[str, ...] = ()
    ) -> PersonInput | None:
        """The checked input, or None when cancelled; ``roles`` are ticked for a new person."""
        dialog = cls(parent, ctx, detail, roles)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_input
