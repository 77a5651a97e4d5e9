"""维护列表: the station's maintained lists (tags, service categories, skills, activity kinds …): add an
entry, order the list, stop or resume offering an entry. Records keep the names they hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from stationdesk.services import catalogs
from stationdesk.ui.messages import error_text
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import error_label, list_view, page_title, selected_record


def kind_label(kind: str) -> str:
    labels = {
        "person_tag": QCoreApplication.translate("CatalogsPage", "人员标签"),
        "service_category": QCoreApplication.translate("CatalogsPage", "服务类别（需求、资源、服务）"),
        "elder_service": QCoreApplication.translate("CatalogsPage", "老年人服务项目"),
        "visit_risk": QCoreApplication.translate("CatalogsPage", "探访发现的风险"),
        "volunteer_skill": QCoreApplication.translate("CatalogsPage", "志愿者技能"),
        "activity_kind": QCoreApplication.translate("CatalogsPage", "活动类型"),
    }
    return labels.get(kind, kind)


class CatalogsPage(Page):
    WATCHES = frozenset({"catalog_item"})

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        note = QLabel(
            self.tr(
                "各页面下拉选择中的条目在这里维护。条目不改名、不删除：已登记的记录保留原来的名称；"
                "停用的条目不再供选择，随时可以重新启用。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.kinds = QListWidget()
        for kind in catalogs.catalog_kinds():
            self.kinds.addItem(kind_label(kind))
            self.kinds.item(self.kinds.count() - 1).setData(Qt.ItemDataRole.UserRole, kind)
        self.kinds.setMaximumWidth(260)
        self.kinds.currentRowChanged.connect(lambda _row: self.refresh())

        self.model = RowsTableModel(
            [
                (self.tr("序号"), lambda e: e.position + 1),
                (self.tr("条目"), lambda e: e.name),
                (self.tr("状态"), lambda e: self.tr("使用中") if e.active else self.tr("已停用")),
            ],
            background=lambda e: None if e.active else "#eeeeee",
            parent=self,
        )
        self.table = list_view(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("新条目名称"))
        self.new_name.returnPressed.connect(self.add_entry)
        self.new_name.textEdited.connect(lambda _text: self.name_error.clear())
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.clicked.connect(self.add_entry)
        self.name_error = error_label()
        self.up_button = QPushButton(self.tr("上移"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("下移"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.toggle_button = QPushButton(self.tr("停用"))
        self.toggle_button.clicked.connect(self._toggle)

        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        actions = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.toggle_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(adding)
        right.addWidget(self.name_error)
        right.addWidget(self.table, 1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.kinds)
        holder = QWidget()
        holder.setLayout(right)
        body.addWidget(holder, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("维护列表")))
        layout.addWidget(note)
        layout.addLayout(body, 1)
        self._keep_id: str | None = None
        self.kinds.setCurrentRow(0)
        self._update_buttons()

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def refresh(self) -> None:
        if self.kind():
            self.ctx.db.run(catalogs.catalog_entries, self.kind(), on_done=self._show)

    def _show(self, entries) -> None:
        self.model.set_rows(list(entries))
        ids = [e.id for e in entries]
        if self._keep_id in ids:
            self.table.selectRow(ids.index(self._keep_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_record(self.table)
        for button in (self.up_button, self.down_button, self.toggle_button):
            button.setEnabled(chosen is not None)
        if chosen is not None:
            self.toggle_button.setText(self.tr("停用") if chosen.active else self.tr("启用"))
            self.up_button.setEnabled(chosen.position > 0)
            self.down_button.setEnabled(chosen.position < self.model.rowCount() - 1)

    def add_entry(self) -> None:
        def added(entry) -> None:
            self.new_name.clear()
            self.name_error.clear()
            self._keep_id = entry.id
            self.refresh()

        def refused(error: BaseException) -> None:
            self.name_error.setText(error_text(error))  # the typed name stays to be corrected

        self.ctx.db.run(catalogs.add_catalog_entry, self.kind(), self.new_name.text(), on_done=added, on_error=refused)

    def _changed(self, entry) -> None:
        self._keep_id = entry.id
        self.refresh()

    def _move(self, step: int) -> None:
        chosen = selected_record(self.table)
        if chosen is not None:
            self.ctx.db.run(catalogs.move_catalog_entry, chosen.id, step, on_done=self._changed)

    def _toggle(self) -> None:
        chosen = selected_record(self.table)
        if chosen is not None:
            self.ctx.db.run(catalogs.set_catalog_entry_active, chosen.id, not chosen.active, on_done=self._changed)
