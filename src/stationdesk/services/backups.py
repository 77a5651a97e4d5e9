"""备份与恢复 as a station worker meets it, for the GUI page and ``stationdesk backup``.

Automatic backups (``BackupSchedule``): after something changed, at most every 30 minutes, and at
exit; the database code itself backs up before every import and upgrade. Restoring puts a backup
from the list, or a USB stick's encrypted backup with its sync keys, in place of the database,
which is kept as a safety copy first; the caller then reopens the data folder.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.config import DataFolder
from stationdesk.db import backups, migrate
from stationdesk.db.stamping import CHANGE_SEQ
from stationdesk.errors import StationDeskError
from stationdesk.services import usb_backup
from stationdesk.services.accounts import guarded, has_accounts, require
from stationdesk.services.progress import Progress, report

AUTOMATIC_INTERVAL = timedelta(minutes=30)


@dataclass(frozen=True)
class BackupEntry:
    path: str
    name: str
    taken_at: datetime  # local time
    reason: str
    size: int
    people: int | None  # None when the file cannot be read
    records: int | None
    problem: str = ""  # why it cannot be restored, in the user's language


@dataclass(frozen=True)
class RestoreSummary:
    source: str
    station_code: str
    station_name: str
    people: int
    records: int
    safety_copy: str  # "" when there was no database to keep
    keys_restored: bool
    from_usb: bool


class BackupSchedule:
    """When the GUI makes its automatic backup: something changed since the last one, and at least
    ``AUTOMATIC_INTERVAL`` has passed (at exit: whenever something changed)."""

    def __init__(self, last_backup: datetime | None) -> None:
        self.last_backup = last_backup
        self.changed = False

    def note_change(self) -> None:
        self.changed = True

    def due(self, now: datetime) -> bool:
        return self.changed and (self.last_backup is None or now - self.last_backup >= AUTOMATIC_INTERVAL)

    def done(self, taken_at: datetime) -> None:
        self.changed = False
        self.last_backup = taken_at


def last_backup_time(folder: DataFolder) -> datetime | None:
    newest = backups.list_backups(folder.backups)
    return newest[0].taken_at if newest else None


def _entry(backup: backups.BackupFile) -> BackupEntry:
    try:
        contents = backups.read_contents(backup.path)
    except StationDeskError as error:
        return BackupEntry(
            str(backup.path), backup.path.name, backup.taken_at, backup.reason, backup.size, None, None, str(error)
        )
    newer = set(contents.revisions) - migrate.known_revisions()
    problem = messages.text("db.newer", found=", ".join(sorted(newer))) if newer else ""
    return BackupEntry(
        str(backup.path),
        backup.path.name,
        backup.taken_at,
        backup.reason,
        backup.size,
        contents.people,
        contents.records,
        problem,
    )


def list_station_backups(folder: DataFolder) -> list[BackupEntry]:
    """The backups in the data folder, newest first, each with what it holds."""
    return [_entry(b) for b in backups.list_backups(folder.backups)]


@guarded("backup")
def backup_list(session: Session, folder: DataFolder) -> list[BackupEntry]:
    """``list_station_backups`` as a job of the GUI's database thread."""
    return list_station_backups(folder)


def back_up_now(
    session: Session | None, folder: DataFolder, reason: str = "manual", progress: Progress | None = None
) -> BackupEntry:
    """Write a backup of the station's database now (the session is not used: the copy is made by
    SQLite from the last committed state)."""
    report(progress, 0, 1)
    entry = _entry(backups.write_backup(folder.database, folder.backups, reason))
    report(progress, 1, 1)
    return entry


@guarded("backup")
def back_up_to_usb(
    session: Session, folder: DataFolder, target: Path, password: str, progress: Progress | None = None
) -> usb_backup.UsbBackupWritten:
    return usb_backup.write_usb_backup(folder, Path(target), password, progress=progress)


def restore_backup(
    session: Session, folder: DataFolder, source: Path, password: str = "", progress: Progress | None = None
) -> RestoreSummary:
    """Restore from the GUI's database thread: every connection of the open database is closed
    first; the caller reopens the data folder (the GUI restarts onto the restored data). A new PC
    (no accounts yet) restores its stick at the first start, before anyone can log in."""
    if has_accounts(session):
        require(session, "backup")
    session.close()
    session.get_bind().dispose()
    return restore_into(folder, Path(source), password, progress)


def restore_into(
    folder: DataFolder, source: Path, password: str = "", progress: Progress | None = None
) -> RestoreSummary:
    """Put ``source`` (a backup file from the list, or a stick's ``.sdbackup`` with the password) in
    place of the database of ``folder``, which may be empty or hold a database (kept as a safety
    copy). The database must not be open."""
    source = Path(source)
    if not source.is_file():
        raise StationDeskError("file.not_found", path=str(source))
    known = migrate.known_revisions()
    if not usb_backup.is_usb_backup(source):
        report(progress, 0, 1)
        contents, safety = backups.restore_database(folder, source, known, prepare=number_beyond_the_lost_changes)
        report(progress, 1, 1)
        return _summary(source, contents, safety, keys_restored=False, from_usb=False)
    opened = usb_backup.open_usb_backup(folder, source, password, progress)
    try:
        contents, safety = backups.restore_database(
            folder, opened.database, known, prepare=number_beyond_the_lost_changes
        )
        keys = usb_backup.put_keys_in_place(folder, opened)
        settings = opened.member(usb_backup.SETTINGS_MEMBER)
        if settings is not None and not folder.settings_file.exists():
            folder.settings_file.write_bytes(settings.read_bytes())
    finally:
        opened.close()
    return _summary(source, contents, safety, keys_restored=keys, from_usb=True)


def number_beyond_the_lost_changes(database: Path) -> None:
    """The city may hold this station's changes made after the backup was taken (on the lost PC, or
    here before the restore), numbered from the station's counter. Changes made after the restore
    must be numbered above all of those, or the city would take them as already received and drop
    them. A station makes far fewer than a million changes a second, so the time in microseconds is
    beyond every number given out before (each restore starts from a later time)."""
    floor = int(time.time() * 1_000_000)
    with closing(sqlite3.connect(database)) as connection:
        connection.execute(
            "INSERT INTO local_counter (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
            (CHANGE_SEQ, floor),
        )
        connection.commit()


def _summary(source, contents, safety, keys_restored: bool, from_usb: bool) -> RestoreSummary:
    return RestoreSummary(
        str(source),
        contents.station_code,
        contents.station_name,
        contents.people,
        contents.records,
        str(safety.path) if safety else "",
        keys_restored,
        from_usb,
    )


messages.register(
    {
        "backup.written": "已备份：{path}（{size}）",
        "backup.usb_written": (
            "已加密写入 U 盘并回读校验：{path}（{size}，人员 {people} 人，记录 {records} 条{keys}）。"
            "请妥善保管密码：没有密码谁也打不开这个备份。"
        ),
        "backup.usb_with_keys": "，含本站同步密钥",
        "backup.restored": "已恢复 {station} 的数据：人员 {people} 人，记录 {records} 条，来自 {source}。",
        "backup.restored_keys": "本站的同步密钥也已恢复，可以继续与市级平台同步。",
        "backup.safety_copy": "恢复前的数据已另存为：{path}",
        "backup.none": "还没有任何备份。",
        "backup.list_header": "时间\t原因\t大小\t人员\t记录\t文件",
        "backup.unreadable": "无法读取",
        "backup.password_prompt": "U 盘备份密码：",
        "backup.password_again": "再输入一次密码：",
        "backup.password_needed": "需要 U 盘备份的密码：请在终端输入，或设置环境变量 STATIONDESK_BACKUP_PASSWORD。",
        "backup.reason.auto": "自动",
        "backup.reason.exit": "退出时",
        "backup.reason.manual": "手动",
        "backup.reason.before-import": "导入前",
        "backup.reason.before-upgrade": "升级前",
        "backup.reason.before-restore": "恢复前",
    }
)


def reason_text(reason: str) -> str:
    code = f"backup.reason.{reason}"
    return messages.text(code) if messages.has_text(code) else reason


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
