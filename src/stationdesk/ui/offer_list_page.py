"""What the 资源清单 and 服务清单 pages share: a paged list with filters (text, status, category, community, spare
capacity) on the left; on the right the chosen record, its capacity and availability, and the open needs it
could answer, best first, with 派给此项 to dispatch the chosen need to it in one step."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.matching import RESOURCE, SERVICE
from stationdesk.domain.offers import STATUS_NAMES
from stationdesk.services import matching
from stationdesk.services.needs import NeedFormChoices, need_form_choices, remembered_worker
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dialogs.dispatch_dialogs import DispatchDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.notice_actions import export_notice, print_notice
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import keep_spaces, list_view, master_detail, selected_record

NOTICE_LISTS = {RESOURCE: "resources", SERVICE: "services"}  # the notice-board list of each page
OFFER_WATCHES = frozenset({"resource", "station_service", "dispatch", "need", "volunteer_team", "volunteer_project"})


class OfferListPage(Page):
    """A subclass sets KIND (domain.matching RESOURCE or SERVICE), TITLE, ``fetch``, ``columns()``,
    ``make_query()``, ``describe(row)``, ``dialog`` and ``read_row``."""

    WATCHES = OFFER_WATCHES
    sig_detail_shown = Signal(str)
    KIND = ""

    def __init__(self, ctx, title: str, placeholder: str) -> None:
        super().__init__(ctx)
        self.current_id: str | None = None
        self.search = QLineEdit(placeholderText=placeholder)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for code in STATUS_NAMES:
            self.status.addItem(value_label("offer_status", code), code)
        self.status.setCurrentIndex(1)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        self.community = QComboBox(editable=True)
        self.community.setMinimumWidth(110)
        self.community.lineEdit().setPlaceholderText(self.tr("全部社区"))
        self.spare = QCheckBox(self.tr("只看有余量"))
        self.extra = self.extra_filters()
        self.new_button = QPushButton(self.tr("新增…"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.edit_button = QPushButton(self.tr("修改…"))
        self.edit_button.clicked.connect(lambda: self.edit_record())
        self.edit_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("打印公示…"))
        self.print_button.clicked.connect(lambda: print_notice(self, NOTICE_LISTS[self.KIND], self.make_query()))
        self.export_button = QPushButton(self.tr("导出公示 Excel…"))
        self.export_button.clicked.connect(lambda: export_notice(self, NOTICE_LISTS[self.KIND], self.make_query()))
        ctx.offer_only_with("lists.manage", self.new_button, self.edit_button)
        ctx.offer_only_with("print", self.print_button)
        ctx.offer_only_with("export", self.export_button)
        self.count_label = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.community.currentTextChanged.connect(lambda _t: self._timer.start())
        for combo in (self.status, self.category, *self.extra):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.spare.toggled.connect(lambda _on: self.reload())
        self.model = PagedTableModel(ctx.db, self.fetch, self.columns(), parent=self)
        self.model.sig_loaded.connect(self._count_shown)
        self.table = list_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.status, self.category, *self.extra, self.community, self.spare):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.list_export_button(self.model, title))
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        master_detail(self, title, [filters, actions, self.table], self._build_detail())
        ctx.db.run(need_form_choices, on_done=self._fill_filters)
        self.reload()

    def extra_filters(self) -> list[QComboBox]:
        """Filters of one list only (made once, before the others are laid out)."""
        return []

    def _build_detail(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(self.tr("请在左侧选择一项"))
        self.name_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.needs = RowsTableModel(
            [
                (self.tr("得分"), lambda r: r.suggestion.score),
                (self.tr("编号"), lambda r: r.need.number),
                (self.tr("需求对象"), lambda r: r.need.who),
                (self.tr("类别"), lambda r: value_label("service_category", r.need.category)),
                (self.tr("紧急"), lambda r: value_label("urgency", r.need.urgency)),
                (self.tr("期限"), lambda r: r.need.due_on),
                (self.tr("理由"), lambda r: "；".join(r.reasons)),
            ],
            background=lambda r: "#ffd9d6" if r.need.overdue_days > 0 else None,
            parent=self,
        )
        self.needs_view = list_view(self.needs)
        self.needs_view.selectionModel().selectionChanged.connect(
            lambda *_: self.dispatch_button.setEnabled(selected_record(self.needs_view) is not None)
        )
        self.dispatch_button = QPushButton(self.tr("派给此项…"))
        self.dispatch_button.setEnabled(False)
        self.ctx.offer_only_with("lists.manage", self.dispatch_button)
        self.dispatch_button.clicked.connect(self.dispatch_need)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("可对接的未派单需求（按得分排序）")), 1)
        bar.addWidget(self.dispatch_button)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts)
        layout.addLayout(bar)
        layout.addWidget(self.needs_view, 1)
        return panel

    def _fill_filters(self, choices: NeedFormChoices) -> None:
        for combo in (self.category, self.community):
            combo.blockSignals(True)
        for name in choices.categories:
            self.category.addItem(value_label("service_category", name), name)
        self.community.addItems(["", *choices.communities])
        self.community.setCurrentIndex(0)
        for combo in (self.category, self.community):
            combo.blockSignals(False)

    def reload(self) -> None:
        self.model.reload(query=self.make_query())

    def refresh(self) -> None:
        self.model.refresh()
        if self.current_id:
            self.show_record(self.current_id)

    def _count_shown(self) -> None:
        self.count_label.setText(self.tr("已显示 {n} 项").format(n=self.model.rowCount()))

    def _row_chosen(self, current, _previous) -> None:
        record = self.model.record(current.row())
        if record is not None:
            self.show_record(record.id)

    def show_record(self, record_id: str) -> None:
        self.current_id = record_id
        self.ctx.db.run(_detail_job, self.read_row, self.KIND, record_id, on_done=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        MessageBox.error(self, error)

    def _show(self, result) -> None:
        row, needs = result
        if row.id != self.current_id:
            return
        self.name_label.setText(row.name)
        self.facts.setText(keep_spaces("<br>".join(self.describe(row))))
        self.needs.set_rows(needs)
        self.edit_button.setEnabled(True)
        self.sig_detail_shown.emit(row.id)

    def new_record(self):
        return self.dialog.ask(self, self.ctx)

    def edit_record(self):
        return self.dialog.ask(self, self.ctx, self.current_id) if self.current_id else None

    def dispatch_need(self) -> None:
        chosen = selected_record(self.needs_view)
        if chosen is None:
            return
        suggestion = matching.SuggestionRow(chosen.suggestion, "", chosen.reasons)
        self.ctx.db.run(
            remembered_worker,
            on_done=lambda worker: DispatchDialog.ask(
                self, self.ctx, chosen.need.id, chosen.need.number, [suggestion], worker
            ),
        )


def _detail_job(session, read_row, kind: str, record_id: str):
    return read_row(session, record_id), matching.needs_for_offer(session, kind, record_id)
