"""The home page's elderly-care sections: who is due for a visit, and open follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from stationdesk.services.elder_care import due_page
from stationdesk.services.visits import open_follow_ups
from stationdesk.ui.labels import overdue_text

SHOWN = 8
WATCHES = frozenset({"visit", "follow_up", "assessment", "elder_profile", "person", "visit_rules"})


def _home_lists(session):
    due = due_page(session, limit=SHOWN)
    return due.total, due.entries, open_follow_ups(session, limit=SHOWN)


class ElderlyHomeSections(QWidget):
    sig_refreshed = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.due_box = QGroupBox(self.tr("待探访"))
        self.due = QListWidget()
        QVBoxLayout(self.due_box).addWidget(self.due)
        self.follow_box = QGroupBox(self.tr("未完成的跟进事项"))
        self.follow = QListWidget()
        for shown in (self.due, self.follow):
            shown.setMinimumHeight(140)  # eight entries, even when the home page scrolls
        QVBoxLayout(self.follow_box).addWidget(self.follow)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.due_box)
        layout.addWidget(self.follow_box)
        self.due.itemClicked.connect(self._open_elder)  # one click to act on the day's desk
        self.follow.itemClicked.connect(self._open_elder)
        ctx.db.sig_data_changed.connect(lambda tables: self.refresh() if tables & WATCHES else None)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db.run(_home_lists, on_done=self._show)

    def _show(self, result) -> None:
        count, due, follow_ups = result
        self.due_box.setTitle(self.tr("待探访（{n} 位）").format(n=count))
        self.due.clear()
        for entry in due:
            self._add(
                self.due,
                f"{entry.name}　{overdue_text(entry.days_overdue)}　{entry.address}",
                entry.elder_id,
                entry.name,
            )
        if count > len(due):
            self._add(self.due, self.tr("……其余见“待探访”页"), "", "")
        self.follow.clear()
        for item in follow_ups:
            late = self.tr("（逾期 {n} 天）").format(n=item.overdue_days) if item.overdue_days > 0 else ""
            self._add(
                self.follow, f"{item.due_on} {item.elder_name}：{item.action}{late}", item.elder_id, item.elder_name
            )
        self.sig_refreshed.emit()

    @staticmethod
    def _add(widget: QListWidget, text: str, elder_id: str, name: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (elder_id, name))
        widget.addItem(item)

    def _open_elder(self, item: QListWidgetItem) -> None:
        elder = item.data(Qt.ItemDataRole.UserRole)
        window = self.window()
        if elder and elder[0] and hasattr(window, "open_page"):
            window.open_page("elder").show_elder(*elder)
