"""The home page's section of the needs list: how many needs are open, urgent and overdue, how many were met, and
the open needs to look at first (overdue, then urgent, then the oldest); double-click opens the need."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from stationdesk.services.needs import HomeNeeds, home_needs
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.labels import value_label
from stationdesk.ui.models.need_table_model import need_colour
from stationdesk.ui.widgets import stat_card

SHOWN = 8
WATCHES = frozenset({"need", "need_state_change", "dispatch", "need_rules", "person"})


class ListsHomeSection(QWidget):
    sig_refreshed = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        box = QGroupBox(self.tr("需求清单"))
        self.figures = {}
        grid = QGridLayout()
        for column, (key, caption) in enumerate(
            (
                ("open", self.tr("未办结")),
                ("urgent", self.tr("紧急")),
                ("overdue", self.tr("已逾期")),
                ("met", self.tr("已办结")),
            )
        ):
            card, number = stat_card(caption, size_px=22)
            grid.addWidget(card, 0, column)
            self.figures[key] = number
        self.figures["overdue"].setStyleSheet("font-size: 22px; font-weight: bold; color: #b00020;")
        self.list = QListWidget()
        self.list.itemClicked.connect(self._open)  # one click to act on the day's desk
        inner = QHBoxLayout(box)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addStretch(1)
        inner.addLayout(left, 1)
        inner.addWidget(self.list, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(box)
        ctx.db.sig_data_changed.connect(lambda tables: self.refresh() if tables & WATCHES else None)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db.run(home_needs, SHOWN, on_done=self._show)

    def _show(self, counts: HomeNeeds) -> None:
        for key, label in self.figures.items():
            label.setText(str(getattr(counts, key)))
        self.list.clear()
        for need in counts.latest:
            late = self.tr("（逾期 {n} 天）").format(n=need.overdue_days) if need.overdue_days > 0 else ""
            text = "{due}　{who}：{category}　{state}{late}".format(
                due=need.due_on,
                who=need.who,
                category=value_label("service_category", need.category),
                state=value_label("need_state", need.state),
                late=late,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, need.id)
            colour = need_colour(need)
            if colour:
                item.setBackground(QBrush(QColor(colour)))
            self.list.addItem(item)
        if counts.open > len(counts.latest):
            self.list.addItem(QListWidgetItem(self.tr("……其余见“需求清单”页")))
        self.sig_refreshed.emit()

    def _open(self, item: QListWidgetItem) -> None:
        need_id = item.data(Qt.ItemDataRole.UserRole)
        window = self.window()
        if need_id and hasattr(window, "open_page"):
            window.open_page("need").show_need(need_id)
