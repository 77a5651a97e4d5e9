"""探访: every recorded visit (newest first, fetched a page at a time), 登记探访, correcting a visit and
deleting one (with undo)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from stationdesk.services.visits import delete_visit, list_visits, restore_visit
from stationdesk.ui.dialogs.visit_dialog import VisitDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title, selected_record
from stationdesk.ui.widgets.undo_bar import UndoBar


def _fetch_visits(session, offset: int, limit: int, text: str = ""):
    return list_visits(session, text=text, offset=offset, limit=limit)


class VisitCorrections:
    """修改 / 删除 / 撤销 of a visit, shared by the 探访 page and the elder's timeline. The host page
    gives its ``ctx``, calls ``correction_controls`` once and defines ``_edit_selected`` / ``_delete_selected``;
    ``sig_visit_deleted`` / ``sig_visit_restored`` say it happened."""

    def correction_controls(self, edit_text: str, delete_text: str) -> tuple[QPushButton, QPushButton]:
        """The edit and delete buttons, wired to the page's selection, and the page's ``undo_bar``."""
        edit, delete = QPushButton(edit_text), QPushButton(delete_text)
        edit.clicked.connect(self._edit_selected)
        delete.clicked.connect(self._delete_selected)
        self.ctx.offer_only_with("visits.record", edit, delete)
        self.undo_bar = UndoBar()
        self.undo_bar.sig_undo.connect(self.undo_delete)
        return edit, delete

    def edit_visit(self, visit_id: str) -> VisitDialog:
        return VisitDialog.ask(self, self.ctx, visit_id=visit_id)

    def delete_visit(self, visit_id: str, visited_on, elder_name: str) -> None:
        question = QCoreApplication.translate(
            "Visits", "确定删除 {on} 对 {name} 的探访记录吗？删除后可以立即撤销。"
        ).format(on=visited_on, name=elder_name)
        if not MessageBox.ask(self, QCoreApplication.translate("Visits", "删除探访记录"), question):
            return

        def deleted(summary) -> None:
            self._deleted_visit = summary
            self.undo_bar.show_deleted(
                QCoreApplication.translate("Visits", "已删除 {on} 对 {name} 的探访记录").format(
                    on=summary.visited_on, name=summary.elder_name
                )
            )
            self.sig_visit_deleted.emit(summary.id)

        self.ctx.db.run(delete_visit, visit_id, on_done=deleted, on_error=lambda e: MessageBox.error(self, e))

    def undo_delete(self) -> None:
        visit = getattr(self, "_deleted_visit", None)
        if visit is None:
            return

        def restored(summary) -> None:
            self._deleted_visit = None
            self.undo_bar.hide()
            self.sig_visit_restored.emit(summary.id)

        self.ctx.db.run(restore_visit, visit.id, on_done=restored, on_error=lambda e: MessageBox.error(self, e))


def open_elder_page(widget, elder_id: str, name: str) -> None:
    """Show the elder's page (from any page inside the main window)."""
    window = widget.window()
    if hasattr(window, "open_page"):
        window.open_page("elder").show_elder(elder_id, name)


class VisitsPage(VisitCorrections, Page):
    WATCHES = frozenset({"visit", "follow_up", "person"})
    sig_visit_recorded = Signal(object)
    sig_visit_deleted = Signal(str)
    sig_visit_restored = Signal(str)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        title = page_title(self.tr("探访记录"))
        self.search = QLineEdit(placeholderText=self.tr("按老人姓名、拼音查找"))
        self.record_button = QPushButton(self.tr("登记探访…"))
        ctx.offer_only_with("visits.record", self.record_button)
        self.record_button.clicked.connect(lambda: self.record_visit())
        self.edit_button, self.delete_button = self.correction_controls(self.tr("修改…"), self.tr("删除"))
        self.model = PagedTableModel(
            ctx.db,
            _fetch_visits,
            [
                (self.tr("日期"), lambda v: v.visited_on),
                (self.tr("时间"), lambda v: f"{v.start_time}-{v.end_time}"),
                (self.tr("老人"), lambda v: v.elder_name),
                (self.tr("方式"), lambda v: value_label("visit_kind", v.kind)),
                (self.tr("探访人"), lambda v: v.visitors),
                (self.tr("服务"), lambda v: v.services),
                (self.tr("风险"), lambda v: v.risks),
                (self.tr("需求"), lambda v: v.needs),
                (self.tr("满意度"), lambda v: value_label("satisfaction", v.satisfaction)),
                (self.tr("记录人"), lambda v: v.recorder),
            ],
            parent=self,
        )
        self.table = list_view(self.model, self._open_elder)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.record_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.list_export_button(self.model, self.tr("探访记录")))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(QLabel(self.tr("双击一行打开该老人的档案。")))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        self.model.reload(text=self.search.text().strip())

    def record_visit(self, elder: tuple[str, str] | None = None) -> VisitDialog:
        dialog = VisitDialog.ask(self, self.ctx, elder)
        dialog.sig_saved.connect(self.sig_visit_recorded)
        return dialog

    def _edit_selected(self) -> VisitDialog | None:
        visit = selected_record(self.table)
        return self.edit_visit(visit.id) if visit is not None else None

    def _delete_selected(self) -> None:
        visit = selected_record(self.table)
        if visit is not None:
            self.delete_visit(visit.id, visit.visited_on, visit.elder_name)

    def _open_elder(self, index) -> None:
        visit = self.model.record(index.row())
        if visit is not None:
            open_elder_page(self, visit.elder_id, visit.elder_name)
