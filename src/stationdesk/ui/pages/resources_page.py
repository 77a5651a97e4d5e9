"""资源清单: what providers can offer (halls, goods, funds, professionals, volunteer teams), filtered by status,
kind, category, community and spare capacity; the chosen resource's terms and the open needs it could answer."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox

from stationdesk.domain.matching import RESOURCE
from stationdesk.domain.offers import RESOURCE_KINDS
from stationdesk.services import resources
from stationdesk.ui.dialogs.offer_dialogs import ResourceDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.list_labels import availability_text, capacity_text
from stationdesk.ui.offer_list_page import OfferListPage


def _fetch(session, offset: int, limit: int, query: resources.ResourceQuery):
    return resources.search_resources(session, query, offset, limit)


class ResourcesPage(OfferListPage):
    KIND = RESOURCE
    fetch = staticmethod(_fetch)
    read_row = staticmethod(resources.resource_row)
    dialog = ResourceDialog

    def __init__(self, ctx) -> None:
        super().__init__(ctx, self.tr("资源清单"), self.tr("名称、提供方或备注"))

    def extra_filters(self) -> list[QComboBox]:
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类型"), None)
        for code in RESOURCE_KINDS:
            self.kind.addItem(value_label("resource_kind", code), code)
        return [self.kind]

    def columns(self) -> list:
        return [
            (self.tr("名称"), lambda r: r.name),
            (self.tr("提供方"), lambda r: r.provider_name),
            (self.tr("类型"), lambda r: value_label("resource_kind", r.kind)),
            (self.tr("可提供服务"), lambda r: [value_label("service_category", c) for c in r.categories]),
            (self.tr("服务范围"), lambda r: "、".join(r.terms.service_area) or self.tr("全站")),
            (self.tr("余量"), lambda r: capacity_text(r.capacity)),
            (self.tr("状态"), lambda r: value_label("offer_status", r.terms.status)),
        ]

    def make_query(self) -> resources.ResourceQuery:
        return resources.ResourceQuery(
            text=self.search.text().strip(),
            status=self.status.currentData(),
            kind=self.kind.currentData(),
            category=self.category.currentData(),
            community=self.community.currentText().strip() or None,
            spare_only=self.spare.isChecked(),
        )

    def describe(self, r: resources.ResourceRow) -> list[str]:
        valid = ""
        if r.valid_from or r.valid_to:
            valid = self.tr("有效期：{a} 至 {b}").format(a=r.valid_from or "…", b=r.valid_to or "…")
        lines = [
            self.tr("提供方：{p}（{k}）").format(
                p=r.provider_name or "—", k=value_label("provider_kind", r.provider_kind)
            ),
            self.tr("类型：{k}　状态：{s}").format(
                k=value_label("resource_kind", r.kind), s=value_label("offer_status", r.terms.status)
            ),
            self.tr("可提供服务：{c}").format(
                c="、".join(value_label("service_category", c) for c in r.categories) or "—"
            ),
            self.tr("服务范围：{a}").format(a="、".join(r.terms.service_area) or self.tr("全站")),
            self.tr("可服务时间：{t}").format(
                t=" ".join(p for p in (availability_text(r.terms), "、".join(map(str, r.available_dates))) if p) or "—"
            ),
            self.tr("容量：{c}　派单占用：{h}").format(
                c=capacity_text(r.capacity) or self.tr("不计"), h=r.capacity.held
            ),
            self.tr("联系人：{n} {p}").format(n=r.contact_name or "—", p=r.contact_phone_masked),
            valid,
            self.tr("备注：{n}").format(n=r.notes) if r.notes else "",
        ]
        return [escape(line) for line in lines if line]
