"""新增/修改资源 and 新增/修改服务: the forms of the resource and service lists. ``ResourceForm`` and ``ServiceForm``
(no Qt) turn the fields into the services' inputs; the dialogs save on the database thread and close only when
the record is stored."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from stationdesk.domain.groups import GROUPS
from stationdesk.domain.offers import PROVIDER_KINDS, RESOURCE_KINDS
from stationdesk.errors import ValidationError
from stationdesk.services import resources, station_services
from stationdesk.services.offers import OfferTerms
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.dialogs.visit_dialog import _checked, _checklist, add_checkable, check_items
from stationdesk.ui.labels import value_label
from stationdesk.ui.widgets.offer_terms_editor import OfferTermsEditor, split_names


def _day(text: str, field: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("date.format", field=field) from None


class ResourceForm:
    @staticmethod
    def to_input(values: dict, terms: OfferTerms) -> resources.ResourceInput:
        return resources.ResourceInput(
            name=values.get("name", ""),
            provider_kind=values.get("provider_kind") or "",
            kind=values.get("kind") or "",
            provider_name=values.get("provider_name", ""),
            team_id=values.get("team_id") or None,
            categories=tuple(values.get("categories", ())),
            terms=terms,
            available_dates=tuple(_day(d, "available_dates") for d in split_names(values.get("available_dates", ""))),
            contact_name=values.get("contact_name", ""),
            contact_phone=values.get("contact_phone", ""),
            valid_from=_day(values.get("valid_from", ""), "valid_from"),
            valid_to=_day(values.get("valid_to", ""), "valid_to"),
            notes=values.get("notes", ""),
        )


class ServiceForm:
    @staticmethod
    def to_input(values: dict, terms: OfferTerms) -> station_services.ServiceInput:
        def age(key: str) -> int | None:
            value = values.get(key)
            return None if value is None or value < 0 else value

        return station_services.ServiceInput(
            name=values.get("name", ""),
            category=values.get("category") or "",
            terms=terms,
            description=values.get("description", ""),
            target_groups=tuple(values.get("target_groups", ())),
            min_age=age("min_age"),
            max_age=age("max_age"),
            eligibility=values.get("eligibility", ""),
            team_id=values.get("team_id") or None,
            resource_id=values.get("resource_id") or None,
            staff_name=values.get("staff_name", ""),
            schedule=values.get("schedule", ""),
            place=values.get("place", ""),
            project_id=values.get("project_id") or None,
        )


def _combo(entries, none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, "")
    for key, name in entries:
        combo.addItem(name, key)
    return combo


def _choose(combo: QComboBox, key) -> None:
    combo.setCurrentIndex(max(0, combo.findData(key or "")))


class _OfferDialog(SavingDialog):
    """What both forms share: the choices loaded first, then the record's own values when editing."""

    sig_choices_loaded = Signal()

    def __init__(self, parent: QWidget | None, ctx, title: str, record_id: str | None) -> None:
        super().__init__(parent, ctx, title)
        self.record_id = record_id
        self.resize(720, 640)
        self.buttons.setEnabled(False)
        ctx.db.run(station_services.offer_form_choices, on_done=self._choices_loaded, on_error=self._failed)

    def _choices_loaded(self, choices: station_services.OfferFormChoices) -> None:
        self.build(choices)
        if self.record_id:
            self.ctx.db.run(self.read, self.record_id, on_done=self._loaded, on_error=self._failed)
        else:
            self._loaded(None)

    def _loaded(self, data) -> None:
        if data is not None:
            self.fill(data)
        self.buttons.setEnabled(True)
        self.sig_choices_loaded.emit()


class ResourceDialog(_OfferDialog):
    read = staticmethod(resources.resource_input)

    def __init__(self, parent: QWidget | None, ctx, resource_id: str | None = None) -> None:
        super().__init__(parent, ctx, self.tr("修改资源") if resource_id else self.tr("新增资源"), resource_id)

    def build(self, choices: station_services.OfferFormChoices) -> None:
        self.name = QLineEdit(placeholderText=self.tr("如：党群服务中心多功能厅"))
        self.provider_kind = QComboBox()
        for code in PROVIDER_KINDS:
            self.provider_kind.addItem(value_label("provider_kind", code), code)
        self.provider_name = QLineEdit(placeholderText=self.tr("提供单位或个人"))
        self.team = _combo(choices.teams, self.tr("（不是本站队伍）"))
        self.kind = QComboBox()
        for code in RESOURCE_KINDS:
            self.kind.addItem(value_label("resource_kind", code), code)
        self.categories = _checklist()
        add_checkable(self.categories, [(c, value_label("service_category", c)) for c in choices.categories])
        provider = QHBoxLayout()
        provider.addWidget(self.provider_kind)
        provider.addWidget(self.provider_name, 1)
        provider.addWidget(QLabel(self.tr("队伍")))
        provider.addWidget(self.team)
        self.form.addRow(self.tr("资源名称*"), self.name)
        self.form.addRow(self.tr("提供方*"), provider)
        self.form.addRow(self.tr("资源类型*"), self.kind)
        self.form.addRow(self.tr("可提供的服务"), self.categories)
        self.terms = OfferTermsEditor(self.form, self)
        self.dates = QLineEdit(placeholderText=self.tr("只在这些日子：2026-07-01、2026-07-08（可不填）"))
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.valid_from = QLineEdit(placeholderText=self.tr("年-月-日"))
        self.valid_to = QLineEdit(placeholderText=self.tr("年-月-日"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        contact = QHBoxLayout()
        contact.addWidget(self.contact_name)
        contact.addWidget(QLabel(self.tr("电话")))
        contact.addWidget(self.contact_phone)
        valid = QHBoxLayout()
        valid.addWidget(self.valid_from)
        valid.addWidget(QLabel(self.tr("至")))
        valid.addWidget(self.valid_to)
        self.form.addRow(self.tr("可服务日期"), self.dates)
        self.form.addRow(self.tr("联系人"), contact)
        self.form.addRow(self.tr("有效期"), valid)
        self.form.addRow(self.tr("备注"), self.notes)

    def fill(self, data: resources.ResourceInput) -> None:
        self.name.setText(data.name)
        _choose(self.provider_kind, data.provider_kind)
        self.provider_name.setText(data.provider_name)
        _choose(self.team, data.team_id)
        _choose(self.kind, data.kind)
        check_items(self.categories, data.categories)
        self.terms.show(data.terms)
        self.dates.setText("、".join(d.isoformat() for d in data.available_dates))
        self.contact_name.setText(data.contact_name)
        self.contact_phone.setText(data.contact_phone)
        self.valid_from.setText(data.valid_from.isoformat() if data.valid_from else "")
        self.valid_to.setText(data.valid_to.isoformat() if data.valid_to else "")
        self.notes.setPlainText(data.notes)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "provider_kind": self.provider_kind.currentData(),
            "provider_name": self.provider_name.text(),
            "team_id": self.team.currentData(),
            "kind": self.kind.currentData(),
            "categories": _checked(self.categories),
            "available_dates": self.dates.text(),
            "contact_name": self.contact_name.text(),
            "contact_phone": self.contact_phone.text(),
            "valid_from": self.valid_from.text(),
            "valid_to": self.valid_to.text(),
            "notes": self.notes.toPlainText(),
        }

    def submit(self) -> None:
        data = ResourceForm.to_input(self.values(), self.terms.terms())
        if self.record_id:
            self.run(resources.update_resource, self.record_id, data)
        else:
            self.run(resources.create_resource, data)

    @classmethod
    def ask(cls, parent, ctx, resource_id: str | None = None) -> ResourceDialog:
        dialog = cls(parent, ctx, resource_id)
        dialog.open()
        return dialog


class ServiceDialog(_OfferDialog):
    read = staticmethod(station_services.service_input)

    def __init__(self, parent: QWidget | None, ctx, service_id: str | None = None) -> None:
        super().__init__(parent, ctx, self.tr("修改服务") if service_id else self.tr("新增服务"), service_id)

    def build(self, choices: station_services.OfferFormChoices) -> None:
        self.name = QLineEdit(placeholderText=self.tr("如：陪同就医"))
        self.category = QComboBox()
        self.category.addItem(self.tr("请选择"), "")
        for name in choices.categories:
            self.category.addItem(value_label("service_category", name), name)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.groups = {code: QCheckBox(value_label("target_group", code)) for code in GROUPS}
        self.min_age = QSpinBox(minimum=-1, maximum=120, specialValueText=self.tr("不限"))
        self.max_age = QSpinBox(minimum=-1, maximum=120, specialValueText=self.tr("不限"))
        for spin in (self.min_age, self.max_age):
            spin.setValue(-1)
        self.eligibility = QLineEdit(placeholderText=self.tr("其他条件，如：本街道常住居民"))
        self.team = _combo(choices.teams, self.tr("（无）"))
        self.resource = _combo(choices.resources, self.tr("（无）"))
        self.staff_name = QLineEdit(placeholderText=self.tr("负责的工作人员"))
        self.project = _combo(choices.projects, self.tr("（不属于志愿服务项目）"))
        self.schedule = QLineEdit(placeholderText=self.tr("如：每周三上午"))
        self.place = QLineEdit()
        groups = QHBoxLayout()
        for box in self.groups.values():
            groups.addWidget(box)
        groups.addStretch(1)
        ages = QHBoxLayout()
        for widget in (self.min_age, QLabel(self.tr("至")), self.max_age, QLabel(self.tr("岁")), self.eligibility):
            ages.addWidget(widget)
        provider = QHBoxLayout()
        for widget in (
            QLabel(self.tr("队伍")),
            self.team,
            QLabel(self.tr("资源")),
            self.resource,
            QLabel(self.tr("人员")),
            self.staff_name,
        ):
            provider.addWidget(widget)
        self.form.addRow(self.tr("服务名称*"), self.name)
        self.form.addRow(self.tr("服务类别*"), self.category)
        self.form.addRow(self.tr("服务内容"), self.description)
        self.form.addRow(self.tr("服务对象"), groups)
        self.form.addRow(self.tr("服务条件"), ages)
        self.form.addRow(self.tr("提供方"), provider)
        self.form.addRow(self.tr("所属项目"), self.project)
        self.form.addRow(self.tr("服务时间"), self.schedule)
        self.form.addRow(self.tr("服务地点"), self.place)
        self.terms = OfferTermsEditor(self.form, self)

    def fill(self, data: station_services.ServiceInput) -> None:
        self.name.setText(data.name)
        if self.category.findData(data.category) < 0:
            self.category.addItem(data.category, data.category)
        _choose(self.category, data.category)
        self.description.setPlainText(data.description)
        for code, box in self.groups.items():
            box.setChecked(code in data.target_groups)
        self.min_age.setValue(-1 if data.min_age is None else data.min_age)
        self.max_age.setValue(-1 if data.max_age is None else data.max_age)
        self.eligibility.setText(data.eligibility)
        _choose(self.team, data.team_id)
        _choose(self.resource, data.resource_id)
        self.staff_name.setText(data.staff_name)
        _choose(self.project, data.project_id)
        self.schedule.setText(data.schedule)
        self.place.setText(data.place)
        self.terms.show(data.terms)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "category": self.category.currentData(),
            "description": self.description.toPlainText(),
            "target_groups": [code for code, box in self.groups.items() if box.isChecked()],
            "min_age": self.min_age.value(),
            "max_age": self.max_age.value(),
            "eligibility": self.eligibility.text(),
            "team_id": self.team.currentData(),
            "resource_id": self.resource.currentData(),
            "staff_name": self.staff_name.text(),
            "project_id": self.project.currentData(),
            "schedule": self.schedule.text(),
            "place": self.place.text(),
        }

    def submit(self) -> None:
        data = ServiceForm.to_input(self.values(), self.terms.terms())
        if self.record_id:
            self.run(station_services.update_service, self.record_id, data)
        else:
            self.run(station_services.create_service, data)

    @classmethod
    def ask(cls, parent, ctx, service_id: str | None = None) -> ServiceDialog:
        dialog = cls(parent, ctx, service_id)
        dialog.open()
        return dialog
