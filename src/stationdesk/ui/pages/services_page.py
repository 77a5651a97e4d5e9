"""服务清单: the services the station runs or brokers, filtered by status, category, group, community and spare
capacity; the chosen service's terms and the open needs it could answer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from stationdesk.domain.groups import GROUPS
from stationdesk.domain.matching import SERVICE
from stationdesk.services import station_services
from stationdesk.ui.dialogs.offer_dialogs import ServiceDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.list_labels import availability_text, capacity_text, groups_text
from stationdesk.ui.offer_list_page import OfferListPage


def _fetch(session, offset: int, limit: int, query: station_services.ServiceQuery):
    return station_services.search_services(session, query, offset, limit)


def ages_text(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return QCoreApplication.translate("ServicesPage", "{a}-{b} 岁").format(a=low, b=high)
    if low is not None:
        return QCoreApplication.translate("ServicesPage", "{a} 岁以上").format(a=low)
    return (
        QCoreApplication.translate("ServicesPage", "{b} 岁以下").format(b=high)
        if high is not None
        else QCoreApplication.translate("ServicesPage", "不限年龄")
    )


class ServicesPage(OfferListPage):
    KIND = SERVICE
    fetch = staticmethod(_fetch)
    read_row = staticmethod(station_services.service_row)
    dialog = ServiceDialog

    def __init__(self, ctx) -> None:
        super().__init__(ctx, self.tr("服务清单"), self.tr("名称、内容或负责人员"))

    def extra_filters(self) -> list[QComboBox]:
        self.group = QComboBox()
        self.group.addItem(self.tr("全部对象"), None)
        for code in GROUPS:
            self.group.addItem(value_label("target_group", code), code)
        return [self.group]

    def columns(self) -> list:
        return [
            (self.tr("服务名称"), lambda s: s.name),
            (self.tr("类别"), lambda s: value_label("service_category", s.category)),
            (self.tr("服务对象"), lambda s: groups_text(s.target_groups) or self.tr("全体居民")),
            (self.tr("提供方"), lambda s: s.provider),
            (self.tr("服务时间"), lambda s: s.schedule or availability_text(s.terms)),
            (self.tr("余量"), lambda s: capacity_text(s.capacity)),
            (self.tr("项目"), lambda s: s.project_name),
            (self.tr("状态"), lambda s: value_label("offer_status", s.terms.status)),
        ]

    def make_query(self) -> station_services.ServiceQuery:
        return station_services.ServiceQuery(
            text=self.search.text().strip(),
            status=self.status.currentData(),
            category=self.category.currentData(),
            target_group=self.group.currentData(),
            community=self.community.currentText().strip() or None,
            spare_only=self.spare.isChecked(),
        )

    def describe(self, s: station_services.ServiceRow) -> list[str]:
        lines = [
            self.tr("类别：{c}　状态：{s}").format(
                c=value_label("service_category", s.category), s=value_label("offer_status", s.terms.status)
            ),
            self.tr("服务对象：{g}　条件：{a}").format(
                g=groups_text(s.target_groups) or self.tr("全体居民"), a=ages_text(s.min_age, s.max_age)
            ),
            self.tr("其他条件：{e}").format(e=s.eligibility) if s.eligibility else "",
            self.tr("提供方：{p}　所属项目：{j}").format(p=s.provider or "—", j=s.project_name or "—"),
            self.tr("服务时间：{t}　地点：{p}").format(
                t=s.schedule or availability_text(s.terms) or "—", p=s.place or "—"
            ),
            self.tr("服务范围：{a}").format(a="、".join(s.terms.service_area) or self.tr("全站")),
            self.tr("容量：{c}　派单占用：{h}").format(
                c=capacity_text(s.capacity) or self.tr("不计"), h=s.capacity.held
            ),
            self.tr("服务内容：{d}").format(d=s.description) if s.description else "",
        ]
        return [escape(line) for line in lines if line]
