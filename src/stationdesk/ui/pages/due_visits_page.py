"""待探访: elders due or overdue for a visit under their tier's frequency, most overdue first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from stationdesk.services.elder_care import due_page, set_visit_rules, visit_rules
from stationdesk.ui.dialogs.visit_dialog import VisitDialog
from stationdesk.ui.dialogs.visit_rules_dialog import VisitRulesDialog
from stationdesk.ui.labels import overdue_text, value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.pages.visits_page import open_elder_page
from stationdesk.ui.widgets import list_view, page_title, selected_record


def due_columns():
    translate = QCoreApplication.translate  # lupdate reads translate("DueVisits", "…")
    return [
        (translate("DueVisits", "老人"), lambda e: e.name),
        (translate("DueVisits", "年龄"), lambda e: e.age),
        (translate("DueVisits", "分层"), lambda e: value_label("tier", e.tier)),
        (translate("DueVisits", "间隔"), lambda e: translate("DueVisits", "{n} 天").format(n=e.interval_days)),
        (translate("DueVisits", "上次探访"), lambda e: e.last_visit or "—"),
        (translate("DueVisits", "应探访日期"), lambda e: e.next_due or "—"),
        (translate("DueVisits", "情况"), lambda e: overdue_text(e.days_overdue)),
        (translate("DueVisits", "地址"), lambda e: e.address),
        (translate("DueVisits", "电话"), lambda e: e.phone_masked),
    ]


def _fetch_due(session, offset: int, limit: int, horizon: int = 0):
    return due_page(session, horizon, offset, limit)


class DueVisitsPage(Page):
    WATCHES = frozenset({"visit", "assessment", "elder_profile", "person", "visit_rules"})
    sig_refreshed = Signal(int)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        title = page_title(self.tr("待探访"))
        self.horizon = QComboBox()
        self.horizon.addItem(self.tr("到期和逾期"), 0)
        self.horizon.addItem(self.tr("含未来 7 天"), 7)
        self.horizon.addItem(self.tr("含未来 30 天"), 30)
        self.horizon.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        self.record_button = QPushButton(self.tr("为选中老人登记探访…"))
        self.record_button.clicked.connect(self._record)
        self.rules_button = QPushButton(self.tr("探访频率设置…"))
        ctx.offer_only_with("visits.record", self.record_button)
        ctx.offer_only_with("settings.manage", self.rules_button)
        self.rules_button.clicked.connect(self._edit_rules)
        self.model = PagedTableModel(ctx.db, _fetch_due, due_columns(), parent=self)
        self.model.sig_loaded.connect(self._loaded)
        self.table = list_view(self.model, self._open_elder)
        bar = QHBoxLayout()
        bar.addWidget(self.horizon)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.record_button)
        bar.addWidget(self.rules_button)
        bar.addWidget(self.list_export_button(self.model, self.tr("待探访")))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("默认频率：高风险每周、重点每月、一般每季度；双击一行打开老人档案。")))
        self.refresh()

    def refresh(self) -> None:
        self.model.reload(horizon=self.horizon.currentData() or 0)

    def _loaded(self) -> None:
        total = self.model.total or 0
        self.count.setText(self.tr("共 {n} 位老人").format(n=total))
        self.sig_refreshed.emit(total)

    def selected(self):
        return selected_record(self.table)

    def _record(self):
        entry = self.selected()
        return VisitDialog.ask(self, self.ctx, (entry.elder_id, entry.name) if entry else None)

    def _open_elder(self, index) -> None:
        entry = self.model.record(index.row())
        if entry is not None:
            open_elder_page(self, entry.elder_id, entry.name)

    def _edit_rules(self) -> None:
        self.ctx.db.run(visit_rules, on_done=self._ask_rules)

    def _ask_rules(self, current: dict) -> None:
        chosen = VisitRulesDialog.ask(self, current)
        if chosen is not None and chosen != current:
            self.ctx.db.run(set_visit_rules, chosen, on_error=lambda e: MessageBox.error(self, e))
