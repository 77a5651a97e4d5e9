"""人员档案: the people the station serves — search as you type, filter, add, edit, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from stationdesk.services.people import (
    PeopleQuery,
    PersonDetail,
    PersonInput,
    PersonSummary,
    SavedPerson,
    add_person,
    delete_person,
    get_person,
    restore_person,
    update_person,
)
from stationdesk.services.station import catalog
from stationdesk.ui.dialogs.person_dialog import PersonDialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.people_table_model import PeopleTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets.person_detail_panel import PersonDetailPanel
from stationdesk.ui.widgets.undo_bar import UndoBar

SEARCH_DELAY_MS = 150


class PeoplePage(Page):
    WATCHES = frozenset({"person", "guardianship", "guardian_consent"})

    sig_saved = Signal(str)  # person id added or edited
    sig_deleted = Signal(str)
    sig_restored = Signal(str)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._select_after_load: str | None = None
        self._deleted: PersonSummary | None = None

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母（如 wxy）、电话或身份证后几位"))
        self.role = QComboBox()
        for text, role in (
            (self.tr("全部身份"), None),
            (self.tr("老人"), "elder"),
            (self.tr("儿童"), "child"),
            (self.tr("监护人"), "guardian"),
            (self.tr("志愿者"), "volunteer"),
        ):
            self.role.addItem(text, role)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("全部标签"), None)
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(90)
        self.add_button = QPushButton(self.tr("新增人员"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.clicked.connect(self.delete_selected)
        ctx.offer_only_with("people.edit", self.add_button, self.edit_button, self.delete_button)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 3)
        toolbar.addWidget(self.role)
        toolbar.addWidget(self.tag)
        toolbar.addWidget(self.count_label)
        toolbar.addStretch(1)
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.delete_button)

        self.undo_bar = UndoBar()
        self.undo_label, self.undo_button = self.undo_bar.label, self.undo_bar.undo_button
        self.undo_bar.sig_undo.connect(self.undo_delete)

        self.model = PeopleTableModel(ctx.db, parent=self)
        toolbar.addWidget(self.list_export_button(self.model, self.tr("人员档案")))
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for column, width in enumerate(
            (76, 58, 40, 138, 100, 236, 80, 100)
        ):  # 58: "Female" in English; 236: 社区 + 道路门牌 + 栋单元室
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("新增人员（Ctrl+N）"))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.detail = PersonDetailPanel(ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(330)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([800, 330])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.undo_bar)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.role.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.tag.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.model.sig_total_changed.connect(self._show_total)
        self.model.sig_loaded.connect(self._rows_loaded)
        self._update_buttons()
        ctx.db.run(catalog, "person_tag", on_done=self._show_tags)
        self.apply_filters()

    # --- list ------------------------------------------------------------------------------------------
    def current_query(self) -> PeopleQuery:
        return PeopleQuery(text=self.search.text().strip(), role=self.role.currentData(), tag=self.tag.currentData())

    def apply_filters(self) -> None:
        """Show the people matching the search box and the filters (now, without waiting for the timer)."""
        self._search_timer.stop()
        self._select_after_load = None
        self.count_label.setText(self.tr("正在查找…"))
        self.model.set_query(self.current_query())
        self.detail.clear()
        self._update_buttons()

    def is_settled(self) -> bool:
        """No search waiting for the typing to pause and no database answer outstanding."""
        return not self._search_timer.isActive() and self.ctx.db.is_idle()

    def refresh(self) -> None:
        self.model.refresh()
        self.detail.reload()
        self.ctx.db.run(catalog, "person_tag", on_done=self._show_tags)

    def _show_tags(self, names: list[str]) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("全部标签"), None)
        for name in names:
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(self.tag.findData(chosen), 0) if chosen else 0)
        self.tag.blockSignals(False)

    def _show_total(self, total: int) -> None:
        self.count_label.setText(self.tr("共 {n} 人").format(n=total))

    def _rows_loaded(self) -> None:
        wanted = self._select_after_load or (self.detail.detail.summary.id if self.detail.detail else None)
        if wanted:
            row = self.model.row_of(wanted)
            if row >= 0:
                self._select_after_load = None
                self.select_row(row)
        self._update_buttons()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def selected_person(self) -> PersonSummary | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.person_at(index.row()) if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:
        person = self.model.person_at(current.row()) if current.isValid() else None
        if person is None:
            self.detail.clear()
        elif self.detail.detail is None or self.detail.detail.summary.id != person.id:
            self.detail.show_person(person.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_person() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- add and edit ----------------------------------------------------------------------------------
    def add(self) -> None:
        data = PersonDialog.ask(self, self.ctx)
        if data is not None:
            self._save(add_person, data)

    def edit_selected(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.ctx.db.run(get_person, person.id, on_done=self._edit, on_error=lambda e: MessageBox.error(self, e))

    def _edit(self, detail: PersonDetail) -> None:
        data = PersonDialog.ask(self, self.ctx, detail)
        if data is not None:
            self._save(lambda session, d, confirmed: update_person(session, detail.summary.id, d, confirmed), data)

    def _save(self, service, data: PersonInput) -> None:
        """The dialog has checked ``data`` and the user has accepted its warnings: save it."""

        def saved(result: SavedPerson) -> None:
            self._select_after_load = result.summary.id
            self.detail.show_person(result.summary.id)
            self.sig_saved.emit(result.summary.id)

        self.ctx.db.run(service, data, True, on_done=saved, on_error=lambda e: MessageBox.error(self, e))

    # --- delete and undo -------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        question = self.tr("确定删除 {name} 的档案吗？删除后可以立即撤销。").format(name=person.display_name)
        if not MessageBox.ask(self, self.tr("删除人员"), question):
            return

        def deleted(summary: PersonSummary) -> None:
            self._deleted = summary
            self.undo_bar.show_deleted(self.tr("已删除 {name}").format(name=summary.display_name))
            self.detail.clear()
            self.sig_deleted.emit(summary.id)

        self.ctx.db.run(delete_person, person.id, on_done=deleted, on_error=lambda e: MessageBox.error(self, e))

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        person_id = self._deleted.id

        def restored(summary: PersonSummary) -> None:
            self._deleted = None
            self.undo_bar.hide()
            self._select_after_load = summary.id
            self.detail.show_person(summary.id)
            self.sig_restored.emit(summary.id)

        self.ctx.db.run(restore_person, person_id, on_done=restored, on_error=lambda e: MessageBox.error(self, e))
