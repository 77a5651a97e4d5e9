"""探访: every recorded visit (newest first, fetched a page at a time), and 登记探访."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from stationdesk.services.visits import list_visits
from stationdesk.ui.dialogs.visit_dialog import VisitDialog
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.pages import Page, PageSpec
from stationdesk.ui.widgets import list_view, page_title


def _fetch_visits(session, offset: int, limit: int, text: str = ""):
    return list_visits(session, text=text, offset=offset, limit=limit)


def open_elder_page(widget, elder_id: str, name: str) -> None:
    """Show the elder's page (from any page inside the main window)."""
    window = widget.window()
    if hasattr(window, "open_page"):
        window.open_page("elder").show_elder(elder_id, name)


class VisitsPage(Page):
    WATCHES = frozenset({"visit", "follow_up", "person"})
    sig_visit_recorded = Signal(object)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        title = page_title(self.tr("探访记录"))
        self.search = QLineEdit(placeholderText=self.tr("按老人姓名、拼音查找"))
        self.record_button = QPushButton(self.tr("登记探访…"))
        self.record_button.clicked.connect(lambda: self.record_visit())
        self.model = PagedTableModel(ctx.db, _fetch_visits, [
            (self.tr("日期"), lambda v: v.visited_on), (self.tr("时间"), lambda v: f"{v.start_time}-{v.end_time}"),
            (self.tr("老人"), lambda v: v.elder_name), (self.tr("方式"), lambda v: v.kind),
            (self.tr("探访人"), lambda v: v.visitors), (self.tr("服务"), lambda v: v.services),
            (self.tr("风险"), lambda v: v.risks), (self.tr("需求"), lambda v: v.needs),
            (self.tr("满意度"), lambda v: v.satisfaction), (self.tr("记录人"), lambda v: v.recorder)], parent=self)
        self.table = list_view(self.model, self._open_elder)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
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

    def _open_elder(self, index) -> None:
        visit = self.model.record(index.row())
        if visit is not None:
            open_elder_page(self, visit.elder_id, visit.elder_name)


PAGE = PageSpec("visits", 20, lambda: QCoreApplication.translate("MainWindow", "探访"), VisitsPage)
