"""服务记录: every service given, newest first — service records, and beside them (read-only) the elderly visits
and tutoring sessions, which are recorded on their own pages — filtered by where it was recorded, category and
person (a person's services). 登记服务 records one with its volunteers' hours; a record entered in error is deleted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from stationdesk.services import service_records
from stationdesk.services.needs import need_form_choices
from stationdesk.services.service_records import RECORD, SOURCES, GivenQuery
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog
from stationdesk.ui.dialogs.service_record_dialog import ServiceRecordDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title, selected_record

TITLE_KINDS = {RECORD: "service_category", "visit": "visit_kind"}  # what a row's title is, for its label


def _fetch(session, offset: int, limit: int, query: GivenQuery):
    return service_records.list_services_given(session, query, offset, limit)


class ServiceRecordsPage(Page):
    WATCHES = frozenset(
        {"service_record", "service_record_person", "visit", "tutoring_session", "tutoring_attendance", "person"}
    )
    sig_person_shown = Signal(str)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.person: tuple[str, str] | None = None
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部来源"), tuple(SOURCES))
        for kind in SOURCES:
            self.kind.addItem(value_label("given_kind", kind), (kind,))
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        self.person_label = QLabel(self.tr("全部人员"))
        self.person_button = QPushButton(self.tr("按人员查看…"))
        self.person_button.clicked.connect(self.pick_person)
        self.all_button = QPushButton(self.tr("显示全部人员"))
        self.all_button.clicked.connect(lambda: self.show_person(None, ""))
        self.all_button.setEnabled(False)
        self.new_button = QPushButton(self.tr("登记服务…"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.delete_button = QPushButton(self.tr("删除所选记录"))
        ctx.offer_only_with("visits.record", self.new_button, self.delete_button)
        self.delete_button.clicked.connect(self.delete_selected)
        for combo in (self.kind, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = PagedTableModel(
            ctx.db,
            _fetch,
            [
                (self.tr("日期"), lambda g: g.served_on),
                (self.tr("时间"), lambda g: f"{g.start}-{g.end}" if g.start else ""),
                (self.tr("来源"), lambda g: value_label("given_kind", g.kind)),
                (self.tr("服务"), lambda g: value_label(TITLE_KINDS.get(g.kind, ""), g.title)),
                (self.tr("类别"), lambda g: value_label("service_category", g.category)),
                (self.tr("提供者"), lambda g: g.provider),
                (self.tr("服务对象"), lambda g: g.people),
                (self.tr("人数"), lambda g: g.people_count),
                (self.tr("地点"), lambda g: g.place),
                (self.tr("满意度"), lambda g: value_label("satisfaction", g.satisfaction)),
            ],
            parent=self,
        )
        self.table = list_view(self.model)
        filters = QHBoxLayout()
        for widget in (self.kind, self.category, self.person_label, self.person_button, self.all_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.delete_button)
        filters.addWidget(self.list_export_button(self.model, self.tr("服务记录")))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("服务记录")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("探访和辅导课次在各自页面登记，这里一并列出（只读），不必重复登记。"))
        layout.addWidget(note)
        ctx.db.run(need_form_choices, on_done=self._fill_categories)
        self.refresh()

    def _fill_categories(self, choices) -> None:
        self.category.blockSignals(True)
        for name in choices.categories:
            self.category.addItem(value_label("service_category", name), name)
        self.category.blockSignals(False)

    def query(self) -> GivenQuery:
        return GivenQuery(
            person_id=self.person[0] if self.person else None,
            category=self.category.currentData(),
            kinds=self.kind.currentData(),
        )

    def refresh(self) -> None:
        self.model.reload(query=self.query())

    def show_person(self, person_id: str | None, name: str) -> None:
        """A person's services (records, visits, tutoring), or everyone's again with None."""
        self.person = (person_id, name) if person_id else None
        self.person_label.setText(self.tr("{name} 的服务").format(name=name) if person_id else self.tr("全部人员"))
        self.all_button.setEnabled(person_id is not None)
        self.refresh()
        self.sig_person_shown.emit(person_id or "")

    def pick_person(self) -> None:
        picked = PersonPickerDialog.ask(self, self.ctx, self.tr("查看谁的服务"))
        if picked is not None:
            self.show_person(picked.person_id, picked.name)

    def new_record(self) -> ServiceRecordDialog:
        return ServiceRecordDialog.ask(self, self.ctx)

    def delete_selected(self) -> None:
        row = selected_record(self.table)
        if row is None:
            return
        if row.kind != RECORD:
            MessageBox.info(self, self.tr("删除记录"), self.tr("探访和辅导课次请在“探访”或“辅导班”页修改或删除。"))
            return
        question = self.tr("删除 {day} 的“{title}”服务记录？未确认的志愿服务时长一并删除。").format(
            day=row.served_on, title=row.title
        )
        if MessageBox.ask(self, self.tr("删除记录"), question):
            self.ctx.db.run(service_records.delete_record, row.id, on_error=lambda e: MessageBox.error(self, e))
