"""``stationdesk backup now|list|restore FILE|to-usb PATH``: the 备份与恢复 page on the command line.

The USB password is asked on the terminal (twice when writing), or read from
``STATIONDESK_BACKUP_PASSWORD`` for scripts.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from stationdesk import messages
from stationdesk.commands.core import print_json
from stationdesk.errors import StationDeskError

PASSWORD_ENV = "STATIONDESK_BACKUP_PASSWORD"


def register(subparsers) -> None:
    backup = subparsers.add_parser("backup", help="备份与恢复 back up and restore the station's data")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    now = actions.add_parser("now", help="立即备份 back up now")
    now.add_argument("--json", action="store_true")
    now.set_defaults(handler=cmd_now, permission="backup")
    listing = actions.add_parser("list", help="列出备份 list the backups")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list, permission="backup", read_only=True)
    restore = actions.add_parser(
        "restore",
        help="从备份恢复（备份文件名或 U 盘上的 .sdbackup）restore from a backup (a listed name or a stick's file)",
    )
    restore.add_argument("file")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore, permission="backup")
    usb = actions.add_parser("to-usb", help="加密备份到 U 盘 encrypted backup onto a USB stick")
    usb.add_argument("path", help="U 盘文件夹或文件名 the stick's folder or a file name")
    usb.add_argument("--json", action="store_true")
    usb.set_defaults(handler=cmd_to_usb, permission="backup")


def cmd_now(ctx) -> int:
    from stationdesk.services.backups import back_up_now, size_text

    ctx.require_station()
    entry = back_up_now(None, ctx.folder)
    if ctx.args.json:
        print_json(entry)
    else:
        print(messages.text("backup.written", path=entry.path, size=size_text(entry.size)))
    return 0


def cmd_list(ctx) -> int:
    from stationdesk.services.backups import list_station_backups, reason_text, size_text

    ctx.log_in_first()
    entries = list_station_backups(ctx.folder)
    if ctx.args.json:
        print_json(entries)
        return 0
    if not entries:
        print(messages.text("backup.none"))
        return 0
    print(messages.text("backup.list_header"))
    unreadable = messages.text("backup.unreadable")
    for entry in entries:
        people = unreadable if entry.people is None else entry.people
        records = unreadable if entry.records is None else entry.records
        print(
            f"{entry.taken_at:%Y-%m-%d %H:%M}\t{reason_text(entry.reason)}\t{size_text(entry.size)}\t"
            f"{people}\t{records}\t{entry.name}"
        )
    return 0


def cmd_restore(ctx) -> int:
    from stationdesk.services.backups import restore_into
    from stationdesk.services.usb_backup import is_usb_backup

    ctx.log_in_first()  # before anything is replaced
    source = Path(ctx.args.file)
    if not source.exists() and (ctx.folder.backups / source.name).exists():
        source = ctx.folder.backups / source.name  # a name as ``backup list`` shows it
    password = _password(confirm=False) if is_usb_backup(source) else ""
    ctx.hold_folder()  # the data is replaced: nothing else may be writing (or reading) it meanwhile
    summary = restore_into(ctx.folder, source, password)
    ctx.database()  # opens (and, for an older backup, upgrades) the restored data, so it is ready
    if ctx.args.json:
        print_json(summary)
        return 0
    station = f"{summary.station_code} {summary.station_name}"
    print(
        messages.text("backup.restored", station=station, people=summary.people, records=summary.records, source=source)
    )
    if summary.keys_restored:
        print(messages.text("backup.restored_keys"))
    if summary.safety_copy:
        print(messages.text("backup.safety_copy", path=summary.safety_copy))
    return 0


def cmd_to_usb(ctx) -> int:
    from stationdesk.services.backups import size_text
    from stationdesk.services.usb_backup import check_password, write_usb_backup

    ctx.require_station()
    password = _password(confirm=True)
    check_password(password)
    written = write_usb_backup(ctx.folder, Path(ctx.args.path), password)
    if ctx.args.json:
        print_json(written)
        return 0
    keys = messages.text("backup.usb_with_keys") if written.with_keys else ""
    print(
        messages.text(
            "backup.usb_written",
            path=written.path,
            size=size_text(written.size),
            people=written.people,
            records=written.records,
            keys=keys,
        )
    )
    return 0


def _password(confirm: bool) -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise StationDeskError("backup.password_needed")
    password = getpass.getpass(messages.text("backup.password_prompt"))
    if confirm:
        from stationdesk.services.usb_backup import check_password

        check_password(password)
        if getpass.getpass(messages.text("backup.password_again")) != password:
            raise StationDeskError("backup.password_mismatch")
    return password
