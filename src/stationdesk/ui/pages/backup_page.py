"""备份与恢复: the automatic backups with their date, size and record counts; back up now; restore
one (the program then reopens onto the restored data); an encrypted backup onto a USB stick, with
the station's sync keys, and the restore from such a stick on a new PC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import backups
from stationdesk.services.usb_backup import SUFFIX
from stationdesk.ui.dialogs.backup_password_dialog import BackupPasswordDialog
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.sync_widgets import CHOOSE_FOLDER, fill_drive_choice
from stationdesk.ui.widgets import list_view, page_title, selected_record


class BackupFiles:
    """File choosers behind classmethods, so tests can patch them."""

    @classmethod
    def folder(cls, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("BackupFiles", "选择备份到的文件夹（如 U 盘）")
        )
        return Path(name) if name else None

    @classmethod
    def usb_backup_file(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("BackupFiles", "选择 U 盘上的备份文件"),
            "",
            QCoreApplication.translate("BackupFiles", "U 盘备份 (*{suffix});;所有文件 (*)").format(suffix=SUFFIX),
        )
        return Path(name) if name else None


def _count(value: int | None) -> str:
    return "—" if value is None else str(value)


class BackupPage(Page):
    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        note = QLabel(
            self.tr(
                "程序自动备份：数据有改动时最多每 30 分钟一次，退出程序时，以及每次导入同步包和升级之前。"
                "备份保存在 {folder}，近两天的全部保留，更早的按天、周、月保留一部分。"
            ).format(folder=ctx.folder.backups)
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.model = RowsTableModel(
            [
                (self.tr("时间"), lambda e: e.taken_at.strftime("%Y-%m-%d %H:%M")),
                (self.tr("原因"), lambda e: backups.reason_text(e.reason)),
                (self.tr("大小"), lambda e: backups.size_text(e.size)),
                (self.tr("人员"), lambda e: _count(e.people)),
                (self.tr("记录"), lambda e: _count(e.records)),
                (self.tr("说明"), lambda e: e.problem or e.name),
            ],
            background=lambda e: "#ffd6d6" if e.problem else None,
            parent=self,
        )
        self.table = list_view(self.model, on_double_click=lambda _index: self.restore_selected())
        self.count = QLabel()
        self.now_button = QPushButton(self.tr("立即备份"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        self.restore_button.clicked.connect(self.restore_selected)
        local_actions = QHBoxLayout()
        local_actions.addWidget(self.count)
        local_actions.addStretch(1)
        local_actions.addWidget(self.now_button)
        local_actions.addWidget(self.restore_button)
        local_box = QGroupBox(self.tr("本机的备份"))
        local_layout = QVBoxLayout(local_box)
        local_layout.addWidget(note)
        local_layout.addWidget(self.table, 1)
        local_layout.addLayout(local_actions)

        usb_note = QLabel(
            self.tr(
                "U 盘备份用本站设定的密码加密，含全部数据和本站的同步密钥：电脑坏了或丢了，"
                "在新电脑上装好程序，从 U 盘恢复，就能接着与市级平台同步。捡到 U 盘的人没有密码什么也看不到。"
            )
        )
        usb_note.setWordWrap(True)
        usb_note.setStyleSheet("color: #555")
        self.drives = QComboBox()
        self.drives.setMinimumWidth(320)
        refresh_drives = QPushButton(self.tr("刷新"))
        refresh_drives.clicked.connect(self.fill_drives)
        self.usb_button = QPushButton(self.tr("备份到 U 盘…"))
        self.usb_button.clicked.connect(self.back_up_to_usb)
        self.usb_restore_button = QPushButton(self.tr("从 U 盘恢复…"))
        self.usb_restore_button.clicked.connect(self.restore_from_usb)
        usb_actions = QHBoxLayout()
        usb_actions.addWidget(QLabel(self.tr("备份到")))
        usb_actions.addWidget(self.drives, 1)
        usb_actions.addWidget(refresh_drives)
        usb_actions.addWidget(self.usb_button)
        usb_actions.addWidget(self.usb_restore_button)
        usb_box = QGroupBox(self.tr("U 盘备份（加密）"))
        usb_layout = QVBoxLayout(usb_box)
        usb_layout.addWidget(usb_note)
        usb_layout.addLayout(usb_actions)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("备份与恢复")))
        layout.addWidget(local_box, 1)
        layout.addWidget(usb_box)
        self.fill_drives()
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        self.ctx.db.run(backups.backup_list, self.ctx.folder, on_done=self.show_backups, on_error=self._error)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()  # the list is files, not tables: an automatic backup may have been added since

    def show_backups(self, entries: list[backups.BackupEntry]) -> None:
        self.model.set_rows(entries)
        self.count.setText(self.tr("共 {n} 个备份").format(n=len(entries)))

    def fill_drives(self) -> None:
        fill_drive_choice(self.drives)

    def _error(self, error: BaseException) -> None:
        MessageBox.error(self, error)
        self.refresh()

    # ------------------------------------------------------------------ backing up

    def back_up_now(self) -> None:
        def done(entry: backups.BackupEntry) -> None:
            MessageBox.info(
                self,
                self.tr("备份完成"),
                self.tr("已备份（{size}，人员 {people} 人，记录 {records} 条）：\n{path}").format(
                    size=backups.size_text(entry.size), people=entry.people, records=entry.records, path=entry.path
                ),
            )
            self.refresh()

        run_with_progress(
            self,
            self.ctx,
            self.tr("正在备份…"),
            backups.back_up_now,
            self.ctx.folder,
            on_done=done,
            on_error=self._error,
            cancellable=False,
        )

    def back_up_to_usb(self) -> None:
        choice = self.drives.currentData()
        target = BackupFiles.folder(self) if choice in (None, CHOOSE_FOLDER) else Path(choice)
        if target is None:
            return
        password = BackupPasswordDialog.ask(self, choosing=True)
        if password is None:
            return

        def done(written) -> None:
            keys = self.tr("，含本站同步密钥") if written.with_keys else ""
            MessageBox.info(
                self,
                self.tr("U 盘备份完成"),
                self.tr(
                    "已加密写入并回读校验：\n{path}\n（{size}，人员 {people} 人，记录 {records} 条{keys}）\n"
                    "请把密码和 U 盘分开保管。"
                ).format(
                    path=written.path,
                    size=backups.size_text(written.size),
                    people=written.people,
                    records=written.records,
                    keys=keys,
                ),
            )

        run_with_progress(
            self,
            self.ctx,
            self.tr("正在加密备份到 U 盘…"),
            backups.back_up_to_usb,
            self.ctx.folder,
            target,
            password,
            on_done=done,
            on_error=self._error,
            cancellable=False,
        )

    # ------------------------------------------------------------------ restoring

    def restore_selected(self) -> None:
        entry: backups.BackupEntry | None = selected_record(self.table)
        if entry is None:
            MessageBox.info(self, self.tr("恢复备份"), self.tr("请先在列表中选一个备份。"))
            return
        if entry.problem:
            MessageBox.info(self, self.tr("不能恢复"), entry.problem)
            return
        question = self.tr(
            "把数据恢复到 {time} 的备份（人员 {people} 人，记录 {records} 条）？\n"
            "之后录入的内容会被替换；替换前的数据会先另存为一个备份。恢复后程序重新打开。"
        ).format(time=entry.taken_at.strftime("%Y-%m-%d %H:%M"), people=entry.people, records=entry.records)
        if MessageBox.ask(self, self.tr("恢复备份"), question):
            self._restore(Path(entry.path), "")

    def restore_from_usb(self) -> None:
        path = BackupFiles.usb_backup_file(self)
        if path is None:
            return
        password = BackupPasswordDialog.ask(self, choosing=False)
        if password is None:
            return
        question = self.tr(
            "用 U 盘上的备份替换本机的数据和同步密钥？\n{path}\n替换前的数据会先另存为一个备份。恢复后程序重新打开。"
        ).format(path=path)
        if MessageBox.ask(self, self.tr("从 U 盘恢复"), question):
            self._restore(path, password)

    def _restore(self, path: Path, password: str) -> None:
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在恢复…"),
            backups.restore_backup,
            self.ctx.folder,
            path,
            password,
            on_done=self._restored,
            on_error=self._error,
            cancellable=False,
        )

    def _restored(self, summary: backups.RestoreSummary) -> None:
        lines = [
            self.tr("已恢复 {station} 的数据：人员 {people} 人，记录 {records} 条。").format(
                station=f"{summary.station_code} {summary.station_name}",
                people=summary.people,
                records=summary.records,
            )
        ]
        if summary.keys_restored:
            lines.append(self.tr("本站的同步密钥也已恢复，可以继续与市级平台同步。"))
        if summary.safety_copy:
            lines.append(self.tr("恢复前的数据另存为：{path}").format(path=summary.safety_copy))
        lines.append(self.tr("程序现在重新打开，显示恢复后的数据。"))
        MessageBox.info(self, self.tr("恢复完成"), "\n".join(lines))
        if self.ctx.restart is not None:
            self.ctx.restart()


def restore_before_the_first_start(parent: QWidget | None, folder, database) -> tuple:
    """A new PC: the USB backup restored into the data folder before any station exists there.
    Returns the database to go on with (the restored one, or the same empty one) and a problem
    to show in the first-run dialog ("" when none)."""
    from PySide6.QtCore import QEventLoop

    from stationdesk.db.database import Database
    from stationdesk.ui.db_worker import DatabaseRunner
    from stationdesk.ui.long_job import progress_dialog
    from stationdesk.ui.messages import error_text

    path = BackupFiles.usb_backup_file(parent)
    password = BackupPasswordDialog.ask(parent, choosing=False) if path is not None else None
    if path is None or password is None:
        return database, ""
    runner = DatabaseRunner(database)
    dialog, progress = progress_dialog(parent, QCoreApplication.translate("BackupPage", "正在恢复…"), cancellable=False)
    dialog.show()
    outcome: dict = {}
    waiting = QEventLoop()

    def finished(key: str, value) -> None:
        outcome[key] = value
        waiting.quit()

    runner.run(
        backups.restore_backup,
        folder,
        path,
        password,
        progress=progress,
        on_done=lambda summary: finished("summary", summary),
        on_error=lambda error: finished("error", error),
    )
    waiting.exec()
    dialog.close()
    runner.stop()
    database.close()
    reopened = Database.open(folder, check_integrity=False)
    return reopened, error_text(outcome["error"]) if "error" in outcome else ""
