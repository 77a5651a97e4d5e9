"""The city window's tab of the three lists: each station's needs in figures, the open needs across stations
(overdue ones first, in red), and the resources with spare capacity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from stationdesk.services.city_lists import CityLists
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.labels import value_label
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.widgets import list_view


def _titled(title: str, view) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold;")
    layout.addWidget(label)
    layout.addWidget(view, 1)
    return box


class CityListsPanel(QWidget):
    sig_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stations = RowsTableModel(
            [
                (self.tr("站点"), lambda s: f"{s.code} {s.name}"),
                (self.tr("需求"), lambda s: s.needs),
                (self.tr("未办结"), lambda s: s.open),
                (self.tr("已逾期"), lambda s: s.overdue),
                (self.tr("已办结"), lambda s: s.met),
                (self.tr("平均评价"), lambda s: "" if s.rating is None else f"{s.rating:.1f}"),
            ],
            background=lambda s: "#ffd9d6" if s.overdue else None,
            parent=self,
        )
        self.open_needs = RowsTableModel(
            [
                (self.tr("站点"), lambda n: n.station),
                (self.tr("编号"), lambda n: n.number),
                (self.tr("需求对象"), lambda n: n.who),
                (self.tr("社区"), lambda n: n.community),
                (self.tr("类别"), lambda n: value_label("service_category", n.category)),
                (self.tr("对象"), lambda n: value_label("target_group", n.target_group)),
                (self.tr("紧急"), lambda n: value_label("urgency", n.urgency)),
                (self.tr("状态"), lambda n: value_label("need_state", n.state)),
                (self.tr("期限"), lambda n: n.due_on),
                (self.tr("逾期"), lambda n: self.tr("{n} 天").format(n=n.overdue_days) if n.overdue_days else ""),
            ],
            background=lambda n: "#ffd9d6" if n.overdue_days else None,
            parent=self,
        )
        self.resources = RowsTableModel(
            [
                (self.tr("站点"), lambda r: r.station),
                (self.tr("资源"), lambda r: r.name),
                (self.tr("提供方"), lambda r: r.provider_name),
                (self.tr("类型"), lambda r: value_label("resource_kind", r.kind)),
                (self.tr("可提供服务"), lambda r: [value_label("service_category", c) for c in r.categories]),
                (self.tr("服务范围"), lambda r: "、".join(r.area) or self.tr("全站")),
                (self.tr("余量"), lambda r: f"{r.remaining} {r.unit}".strip()),
            ],
            parent=self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_titled(self.tr("各站点需求"), list_view(self.stations)))
        splitter.addWidget(_titled(self.tr("未办结需求（逾期在前）"), list_view(self.open_needs)))
        splitter.addWidget(_titled(self.tr("有余量的资源"), list_view(self.resources)))
        splitter.setSizes([160, 320, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_lists(self, lists: CityLists) -> None:
        self.stations.set_rows(lists.stations)
        self.open_needs.set_rows(lists.open_needs)
        self.resources.set_rows(lists.spare_resources)
        self.sig_shown.emit()
