"""数据同步: enrolment with the city, export to a USB stick, import of the city's bundle with its
report, key fingerprints to compare by phone, and the conflicts a person decides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.db.base import synced_tables
from stationdesk.services import sync
from stationdesk.ui.dates import local_minute
from stationdesk.ui.long_job import progress_dialog
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.pages import Page
from stationdesk.ui.sync_widgets import CHOOSE_FOLDER, ConflictPanel, conflict_row, fill_drive_choice, report_text


class SyncFiles:
    """File choosers behind classmethods, so tests can patch them."""

    @classmethod
    def enrolment_file(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SyncFiles", "选择市级平台的登记文件"),
            "",
            QCoreApplication.translate("SyncFiles", "登记文件 (*.json);;所有文件 (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def bundle_file(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SyncFiles", "选择市级平台发回的同步包"),
            "",
            QCoreApplication.translate("SyncFiles", "同步包 (*.sdbundle);;所有文件 (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def folder(cls, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SyncFiles", "选择导出到的文件夹（如 U 盘）")
        )
        return Path(name) if name else None


class SyncPage(Page):
    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.WATCHES = frozenset({t.name for t in synced_tables()} | {"sync_conflict"})
        self.overview: sync.SyncOverview | None = None
        title = QLabel(self.tr("数据同步"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")

        state = QGroupBox(self.tr("与市级平台的同步"))
        form = QFormLayout(state)
        self.city_label = QLabel("…")
        self.last_export = QLabel("…")
        self.last_import = QLabel("…")
        self.waiting = QLabel("…")
        self.waiting.setWordWrap(True)
        form.addRow(self.tr("市级平台"), self.city_label)
        form.addRow(self.tr("上次导出"), self.last_export)
        form.addRow(self.tr("上次导入"), self.last_import)
        form.addRow(self.tr("待发送"), self.waiting)

        self.drives = QComboBox()
        self.drives.setMinimumWidth(320)
        self.export_button = QPushButton(self.tr("导出同步包"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("导入市级同步包…"))
        self.import_button.clicked.connect(self.import_bundle)
        self.enrol_button = QPushButton(self.tr("登记到市级平台…"))
        self.enrol_button.clicked.connect(self.enrol)
        refresh_drives = QPushButton(self.tr("刷新"))
        refresh_drives.clicked.connect(self.fill_drives)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("导出到")))
        actions.addWidget(self.drives, 1)
        actions.addWidget(refresh_drives)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.enrol_button)

        keys = QGroupBox(self.tr("密钥指纹（请与市级平台电话核对）"))
        keys_form = QFormLayout(keys)
        self.city_prints = QLabel("—")
        self.station_prints = QLabel("—")
        for label in (self.city_prints, self.station_prints):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("font-family: monospace;")
        keys_form.addRow(self.tr("市级平台"), self.city_prints)
        keys_form.addRow(self.tr("本站"), self.station_prints)
        prints_explained = self.tr(
            "密钥指纹是两端密钥的简短摘要。登记后打电话给市级平台，双方把指纹逐段念一遍：一致，说明登记文件"
            "没有被调换，以后的同步包只有对方能打开。"
        )
        keys_note = QLabel(prints_explained)
        keys_note.setWordWrap(True)
        keys_note.setStyleSheet("color: #555;")
        keys_form.addRow(keys_note)
        keys.setToolTip(prints_explained)
        keys.setWhatsThis(prints_explained)

        report_box = QGroupBox(self.tr("最近一次导入报告"))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        QVBoxLayout(report_box).addWidget(self.report)

        conflicts_box = QGroupBox(self.tr("冲突（两端都改过的记录）"))
        self.conflict_panel = ConflictPanel()
        self.conflict_panel.sig_resolve.connect(self.resolve)
        QVBoxLayout(conflicts_box).addWidget(self.conflict_panel)

        top = QHBoxLayout()
        top.addWidget(state, 3)
        top.addWidget(keys, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(report_box, 1)
        layout.addWidget(conflicts_box, 2)
        for button in (self.export_button, self.import_button, self.enrol_button):
            button.setEnabled(False)  # until the first overview says what applies
        self.fill_drives()
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        self.ctx.db.run(sync.overview, self.ctx.folder, on_done=self.show_overview, on_error=self._error)

    def fill_drives(self) -> None:
        fill_drive_choice(self.drives)

    def show_overview(self, overview: sync.SyncOverview) -> None:
        self.overview = overview
        state = overview.status
        never = self.tr("从未")
        if state.enrolled:
            self.city_label.setText(f"{state.city_name}（{state.city_code}）")
        else:
            self.city_label.setText(self.tr("尚未登记。请向市社会工作部门索取登记文件，然后点“登记到市级平台…”。"))
        self.last_export.setText(local_minute(state.last_export_at) or never)
        self.last_import.setText(local_minute(state.last_import_at) or never)
        total = sum(state.waiting.values())
        details = "，".join(f"{sync.table_label(name)} {count}" for name, count in state.waiting.items())
        self.waiting.setText(self.tr("{n} 条记录").format(n=total) + (f"（{details}）" if details else ""))
        self.export_button.setEnabled(state.enrolled)
        self.import_button.setEnabled(state.enrolled)
        self.enrol_button.setEnabled(not state.enrolled)
        self.city_prints.setText(_prints(state.city_fingerprints, self))
        self.station_prints.setText(_prints(state.station_fingerprints, self))
        self.report.setPlainText(report_text(overview.last_report))
        here, city = self.tr("本站导入时"), self.tr("市级平台")
        rows = [
            conflict_row(
                c.seq,
                c.table_name,
                c.row_id,
                c.kind,
                c.kept_writer,
                c.kept_values,
                c.other_writer,
                c.other_values,
                c.differences,
                city if c.decided_by else here,
            )
            for c in overview.conflicts
        ]
        self.conflict_panel.set_conflicts(rows)

    # ------------------------------------------------------------------ actions

    def _error(self, error: BaseException) -> None:
        MessageBox.error(self, error)
        self.refresh()

    def enrol(self) -> None:
        expected = self.tr(
            "登记需要市级平台为本站生成的登记文件：文件名形如“{code}-登记.json”，由市社会工作部门在市级平台点"
            "“登记新站点”生成，一般用 U 盘当面交给您。文件里是市级平台的公钥和一次性令牌，只能用一次。\n\n"
            "现在选择这个文件吗？"
        ).format(code=self.ctx.station.code)
        if not MessageBox.ask(self, self.tr("登记到市级平台"), expected):
            return
        path = SyncFiles.enrolment_file(self)
        if path is None:
            return
        self.ctx.db.run(sync.enroll, self.ctx.folder, path, on_done=self._enrolled, on_error=self._error)

    def _enrolled(self, summary: sync.EnrolmentSummary) -> None:
        MessageBox.info(
            self,
            self.tr("登记完成"),
            self.tr(
                "已登记到 {city}。请打电话给市级平台，"
                "核对下面的密钥指纹：\n市级签名 {cs}\n市级加密 {ce}\n本站签名 {ss}\n本站加密 {se}"
            ).format(
                city=summary.city_name,
                cs=summary.city_fingerprints["signing"],
                ce=summary.city_fingerprints["encryption"],
                ss=summary.station_fingerprints["signing"],
                se=summary.station_fingerprints["encryption"],
            ),
        )
        self.refresh()

    def export(self) -> None:
        choice = self.drives.currentData()
        target = SyncFiles.folder(self) if choice in (None, CHOOSE_FOLDER) else Path(choice)
        if target is None:
            return
        dialog, progress = progress_dialog(self, self.tr("正在导出同步包…"))
        dialog.show()

        def done(summary: sync.ExportSummary) -> None:
            dialog.close()
            MessageBox.info(
                self,
                self.tr("导出完成"),
                self.tr("已写入并回读校验：\n{path}\n共 {n} 条记录。请把 U 盘交给市社会工作部门。").format(
                    path=summary.path, n=summary.total
                ),
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            dialog.close()
            self._error(error)

        self.ctx.db.run(sync.export_bundle, self.ctx.folder, target, progress=progress, on_done=done, on_error=failed)

    def import_bundle(self) -> None:
        path = SyncFiles.bundle_file(self)
        if path is None:
            return
        dialog, progress = progress_dialog(self, self.tr("正在检查并导入同步包…"))
        dialog.show()

        def done(report: dict) -> None:
            dialog.close()
            MessageBox.info(self, self.tr("导入完成"), report_text(report))
            self.refresh()

        def failed(error: BaseException) -> None:
            dialog.close()
            self._error(error)

        self.ctx.db.run(sync.import_bundle, self.ctx.folder, path, progress=progress, on_done=done, on_error=failed)

    def resolve(self, seq: int, take_other: bool) -> None:
        self.ctx.db.run(sync.resolve_conflict, seq, take_other, on_done=lambda _: self.refresh(), on_error=self._error)


def _prints(prints: dict, widget: QWidget) -> str:
    if not prints:
        return "—"
    return QCoreApplication.translate("SyncPage", "签名 {s}\n加密 {e}").format(
        s=prints["signing"], e=prints["encryption"]
    )
