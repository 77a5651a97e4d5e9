"""The city window (stationdesk city gui): stations, the last bundle from each, totals, conflicts;
import station bundles, export back to a station, enrol a station. Work runs on one worker thread.
It opens after a login with a city account; a city viewer sees no import, export, enrolment or
conflict resolution (``sync.hub_accounts`` and ``domain.permissions.CITY_ROLES``)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk import messages
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.services.accounts import Actor
from stationdesk.services.city_lists import city_lists
from stationdesk.services.sync import Hub, hub_accounts, masked_url, table_label
from stationdesk.ui.city_lists_panel import CityListsPanel
from stationdesk.ui.city_statistics_tab import CityStatisticsTab
from stationdesk.ui.dates import local_minute
from stationdesk.ui.db_worker import JobRunner
from stationdesk.ui.dialogs.login_dialog import LoginDialog, ask_login
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.long_job import progress_dialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.sync_widgets import ConflictPanel, cell, conflict_row, report_text

log = logging.getLogger("stationdesk.city")


class CityFiles:
    """File choosers behind classmethods, so tests can patch them."""

    @classmethod
    def bundles(cls, parent: QWidget) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("SyncFiles", "选择站点的同步包"),
            "",
            QCoreApplication.translate("SyncFiles", "同步包 (*.sdbundle);;所有文件 (*)"),
        )
        return [Path(n) for n in names]

    @classmethod
    def folder(cls, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SyncFiles", "选择导出到的文件夹（如 U 盘）")
        )
        return Path(name) if name else None

    @classmethod
    def enrolment_target(cls, parent: QWidget, code: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SyncFiles", "保存登记文件"),
            f"{code}-登记.json",
            QCoreApplication.translate("SyncFiles", "登记文件 (*.json)"),
        )
        return Path(name) if name else None


class EnrolStationDialog(SavingDialog):
    """A new station's code and name; 保存 asks where to write its enrolment file and has the hub write it.
    ``sig_saved`` carries the enrolment data (with the city's key fingerprints)."""

    def __init__(self, parent: QWidget | None, runner: JobRunner, hub: Hub) -> None:
        super().__init__(parent, SimpleNamespace(db=runner), self.tr("登记新站点"))  # the city has no station
        self.hub = hub
        self.target: Path | None = None
        self.code = self.watch("code", QLineEdit())
        self.code.setPlaceholderText(self.tr("如 ZQ-DZ-001"))
        self.name = self.watch("name", QLineEdit())
        self.form.addRow(self.tr("站点编码"), self.code)
        self.form.addRow(self.tr("站点名称"), self.name)
        self.form.addRow(QLabel(self.tr("登记文件含一次性令牌，请当面交给站点，并电话核对密钥指纹。")))

    def submit(self) -> None:
        code = self.code.text().strip()
        if not code:  # before the file is asked for, which is named after the code (the hub checks the rest)
            raise ValidationError("station.code_format", field="code", value=code)
        self.target = CityFiles.enrolment_target(self, code)
        if self.target is not None:
            self.run(self.hub.enroll, code, self.name.text().strip(), self.target)

    @classmethod
    def ask(cls, parent: QWidget | None, runner: JobRunner, hub: Hub) -> EnrolStationDialog:
        """Open the form (window-modal, not blocking)."""
        dialog = cls(parent, runner, hub)
        dialog.open()
        return dialog


class CityLoginDialog(LoginDialog):
    """The station's login form for a city account, without the station's 忘记站长密码 (the city
    administrator's recovery code is used with ``stationdesk city user recover``)."""

    def __init__(self, parent: QWidget | None = None, error: str = "", station: str = "") -> None:
        super().__init__(parent, error, station)
        self.recover.hide()


def log_in_to_city(parent: QWidget | None, hub: Hub) -> Actor | None:
    """The city account the window acts as; None when the user gives up."""
    return ask_login(
        parent, hub.name, lambda login, password: hub_accounts.log_in(hub, login, password), CityLoginDialog
    )


class CityWindow(QMainWindow):
    def __init__(self, hub: Hub, actor: Actor) -> None:
        super().__init__()
        self.hub, self.actor = hub, actor
        self.runner = JobRunner(self)  # the hub's calls, one after another off the GUI thread
        self.stats: dict | None = None
        self.setWindowTitle(self.tr("StationDesk 市级平台 — {name}").format(name=hub.name))
        self.resize(1200, 780)
        prints = hub.fingerprints()
        title = QLabel(f"{hub.name}（{hub.code}）")
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        keys = QLabel(self.tr("本平台密钥指纹：签名 {s}　加密 {e}").format(s=prints["signing"], e=prints["encryption"]))
        keys.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel("…")

        self.import_button = QPushButton(self.tr("导入站点同步包…"))
        self.import_button.clicked.connect(self.import_bundles)
        self.export_button = QPushButton(self.tr("为所选站点导出…"))
        self.export_button.clicked.connect(self.export_station)
        self.enrol_button = QPushButton(self.tr("登记新站点…"))
        self.enrol_button.clicked.connect(self.enrol_station)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        actions = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.enrol_button):
            actions.addWidget(button)
            button.setVisible(actor.may("city.manage"))
        actions.addStretch(1)
        actions.addWidget(refresh)

        station_headers = [
            self.tr("编码"),
            self.tr("名称"),
            self.tr("状态"),
            self.tr("最近同步包"),
            self.tr("已收到序号"),
            self.tr("最近导出给它"),
            self.tr("记录数"),
        ]
        self.station_model = RowsTableModel([(h, cell(i)) for i, h in enumerate(station_headers)], parent=self)
        self.stations = QTableView()
        self.stations.setModel(self.station_model)
        self.stations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stations.horizontalHeader().setStretchLastSection(True)
        self.totals_model = RowsTableModel(
            [(h, cell(i)) for i, h in enumerate([self.tr("数据表"), self.tr("有效记录"), self.tr("已删除")])],
            parent=self,
        )
        totals = QTableView()
        totals.setModel(self.totals_model)
        totals.horizontalHeader().setStretchLastSection(True)

        self.conflict_panel = ConflictPanel()
        self.conflict_panel.sig_resolve.connect(self.resolve)
        for button in (self.conflict_panel.keep_button, self.conflict_panel.take_button):
            button.setVisible(actor.may("city.manage"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self.stations, self.tr("站点"))
        self.tabs.addTab(totals, self.tr("合计"))
        self.tabs.addTab(self.conflict_panel, self.tr("冲突"))
        self.lists_panel = CityListsPanel()
        self.tabs.addTab(self.lists_panel, self.tr("需求与资源"))
        self.statistics = CityStatisticsTab(hub, self.runner)
        self.tabs.addTab(self.statistics, self.tr("统计"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(title)
        layout.addWidget(keys)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.busy = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addWidget(QLabel(self.tr("数据库：{url}").format(url=masked_url(hub.url))))
        self.statusBar().addWidget(
            QLabel(
                self.tr("登录：{name}（{role}）").format(
                    name=actor.display_name, role=hub_accounts.role_name(actor.role)
                )
            )
        )
        self.runner.sig_busy.connect(lambda busy: self.busy.setText(self.tr("正在处理…") if busy else ""))
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        self.runner.run(lambda: (self.hub.stats(), self.hub.conflicts()), on_done=self.show_stats, on_error=self._error)
        self.runner.run(city_lists, self.hub, date.today(), on_done=self.lists_panel.set_lists, on_error=self._error)
        self.statistics.mark_stale()

    def show_stats(self, result) -> None:
        stats, conflicts = result
        self.stats = stats
        never = self.tr("—")
        rows = []
        for s in stats["stations"]:
            state = self.tr("已启用") if s["active"] else self.tr("待首个同步包")
            rows.append(
                [
                    s["code"],
                    s["name"],
                    state,
                    local_minute(s["last_bundle_at"]) or never,
                    s["received_up_to"],
                    local_minute(s["last_export_at"]) or never,
                    sum(s["records"].values()),
                ]
            )
        self.station_model.set_rows(rows)
        self.totals_model.set_rows(
            [
                [table_label(name), sum(v["live"] for v in per.values()), sum(v["deleted"] for v in per.values())]
                for name, per in stats["tables"].items()
            ]
        )
        self.summary.setText(
            self.tr("站点 {n} 个，记录 {records} 条，未处理冲突 {c} 条").format(
                n=len(stats["stations"]), records=sum(stats["totals"].values()), c=stats["open_conflicts"]
            )
        )
        self.conflict_panel.set_conflicts(
            [
                conflict_row(
                    c["seq"],
                    c["table"],
                    c["id"],
                    c["kind"],
                    c["kept_writer"],
                    c["kept"],
                    c["other_writer"],
                    c["other"],
                    c["differences"],
                    self.tr("导入 {station} 的同步包时").format(station=c["station"]),
                )
                for c in conflicts
            ]
        )

    def selected_station(self) -> str | None:
        rows = self.stations.selectionModel().selectedRows()
        return self.station_model.rows[rows[0].row()][0] if rows else None

    # ------------------------------------------------------------------ actions

    def _error(self, error: BaseException) -> None:
        MessageBox.error(self, error)
        self.refresh()

    def import_bundles(self) -> None:
        files = CityFiles.bundles(self)
        if not files:
            return
        log.info("city import in the window by %s: %s", self.actor.login, ", ".join(f.name for f in files))
        dialog, progress = progress_dialog(self, self.tr("正在检查并导入同步包…"))
        dialog.show()

        def work():
            from stationdesk.errors import StationDeskError
            from stationdesk.messages import message_for

            out = []
            for file in files:
                try:
                    out.append(self.hub.import_bundle(file, progress=progress))
                except StationDeskError as error:
                    out.append({"file": str(file), "status": "refused", "refused": {"message": message_for(error)}})
            return out

        def done(reports: list[dict]) -> None:
            dialog.close()
            text = "\n\n".join(f"{Path(r.get('file', '')).name}\n{report_text(r)}" for r in reports)
            MessageBox.info(self, self.tr("导入结果"), text)
            self.refresh()

        def failed(error: BaseException) -> None:
            dialog.close()
            self._error(error)

        self.runner.run(work, on_done=done, on_error=failed)

    def export_station(self) -> None:
        code = self.selected_station()
        if code is None:
            MessageBox.info(self, self.tr("为站点导出"), self.tr("请先在“站点”列表中选中一个站点。"))
            return
        folder = CityFiles.folder(self)
        if folder is None:
            return
        dialog, progress = progress_dialog(self, self.tr("正在导出同步包…"))
        dialog.show()

        def done(result: dict) -> None:
            dialog.close()
            MessageBox.info(
                self,
                self.tr("导出完成"),
                self.tr("已写入并回读校验：\n{path}\n{n} 条记录").format(
                    path=result["path"], n=sum(result["counts"].values())
                ),
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            dialog.close()
            self._error(error)

        log.info("city export in the window for %s by %s", code, self.actor.login)
        self.runner.run(self.hub.export_for, code, folder, progress=progress, on_done=done, on_error=failed)

    def enrol_station(self) -> EnrolStationDialog:
        dialog = EnrolStationDialog.ask(self, self.runner, self.hub)

        def done(data: dict) -> None:
            MessageBox.info(
                self,
                self.tr("登记文件已写入"),
                self.tr("{path}\n请当面交给站点 {code}，并电话核对：\n签名 {s}\n加密 {e}").format(
                    path=dialog.target,
                    code=dialog.code.text().strip(),
                    s=data["city"]["fingerprints"]["signing"],
                    e=data["city"]["fingerprints"]["encryption"],
                ),
            )
            self.refresh()

        dialog.sig_saved.connect(done)
        return dialog

    def resolve(self, seq: int, take_other: bool) -> None:
        self.runner.run(
            self.hub.resolve_conflict, seq, take_other, on_done=lambda _: self.refresh(), on_error=self._error
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.runner.stop()
        super().closeEvent(event)


def run_city_gui(hub: Hub) -> int:
    from stationdesk.ui.app import application, install_translations

    app = application()
    install_translations(app, messages.language())  # the language asked with --lang or STATIONDESK_LANG
    if not hub_accounts.has_accounts(hub):  # only ``city init`` makes the first administrator
        MessageBox.error(None, StationDeskError("city.no_accounts"))
        return 3
    actor = log_in_to_city(None, hub)
    if actor is None:
        return 1
    window = CityWindow(hub, actor)
    window.show()
    return app.exec()
