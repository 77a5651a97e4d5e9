"""操作日志: the audit log — exports, prints, full ID-number views and sync — newest first, for the
person at the station who answers for the data (PIPL art. 51)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from stationdesk.services import audit_log
from stationdesk.ui.dates import local_minute
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title


def action_label(action: str) -> str:
    labels = {
        "view_id_number": QCoreApplication.translate("AuditPage", "查看了完整身份证号"),
        "print": QCoreApplication.translate("AuditPage", "打印了文件"),
        "print_certificate": QCoreApplication.translate("AuditPage", "打印了时长证明"),
        "void_certificate": QCoreApplication.translate("AuditPage", "作废了时长证明"),
        "print_signin_sheet": QCoreApplication.translate("AuditPage", "打印了签到表"),
        "export": QCoreApplication.translate("AuditPage", "导出了 Excel 表"),
        "import_roster": QCoreApplication.translate("AuditPage", "导入了志愿者名册"),
        "sync.enroll": QCoreApplication.translate("AuditPage", "登记到了市级平台"),
        "sync.export": QCoreApplication.translate("AuditPage", "导出了同步包"),
        "sync.import": QCoreApplication.translate("AuditPage", "导入了同步包"),
        "sync.resolve_conflict": QCoreApplication.translate("AuditPage", "处理了同步冲突"),
    }
    return labels.get(action, action)


class AuditPage(Page):
    WATCHES = frozenset({"audit_log"})

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        note = QLabel(
            self.tr(
                "本机记下的敏感操作：导出、打印、查看完整身份证号、同步。供站点负责人核查个人信息的使用；日志只增不改。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.action = QComboBox()
        self.action.addItem(self.tr("全部操作"), "")
        self.action.currentIndexChanged.connect(lambda _: self._reload())
        self.count = QLabel()
        self.model = PagedTableModel(
            ctx.db,
            audit_log.list_audit,
            [
                (self.tr("时间"), lambda r: local_minute(r.at)),
                (self.tr("操作"), lambda r: action_label(r.action)),
                (self.tr("对象"), lambda r: r.subject),
                (self.tr("说明"), lambda r: r.detail),
                (self.tr("账号"), lambda r: r.actor),
                (self.tr("序号"), lambda r: str(r.seq)),  # what the chain check names
            ],
            parent=self,
        )
        self.model.sig_loaded.connect(self._show_count)
        self.chain = QLabel()  # whether the hash chain is whole, or the first entry that breaks it
        self.chain.setWordWrap(True)
        self.table = list_view(self.model)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("操作")))
        bar.addWidget(self.action)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("操作日志")))
        layout.addWidget(note)
        layout.addWidget(self.chain)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db.run(audit_log.actions, on_done=self._show_actions)
        self.ctx.db.run(audit_log.verify_audit_log, on_done=self._show_chain)
        self._reload()

    def _show_chain(self, check) -> None:
        if check.whole:
            self.chain.setText(
                self.tr("✔ 日志完整：每条记录都与前一条的校验值相符（共 {n} 条）").format(n=check.entries)
            )
            self.chain.setStyleSheet("color: #1b5e20")
        else:
            self.chain.setText(
                self.tr("✘ 日志已被改动：第 {seq} 条记录与前一条对不上，从这条起的记录不可信。").format(
                    seq=check.first_broken
                )
            )
            self.chain.setStyleSheet("color: #b00020; font-weight: bold")

    def _reload(self) -> None:
        self.model.reload(action=self.action.currentData() or "")

    def _show_actions(self, actions: list[str]) -> None:
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        while self.action.count() > 1:
            self.action.removeItem(1)
        for action in actions:
            self.action.addItem(action_label(action), action)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0))
        self.action.blockSignals(False)

    def _show_count(self) -> None:
        self.count.setText(self.tr("共 {n} 条").format(n=self.model.total or 0))
