"""enroll, export, import, sync: the station's side of the sync with the city."""

from __future__ import annotations

from pathlib import Path

import stationdesk.sync.texts  # noqa: F401 - registers the sync texts these commands print
from stationdesk import messages
from stationdesk.commands.core import print_json, whole_number


def register(subparsers) -> None:
    enroll = subparsers.add_parser("enroll", help="用市级登记文件登记本站 enrol this station with the city's file")
    enroll.add_argument("file")
    enroll.add_argument("--json", action="store_true")
    enroll.set_defaults(handler=cmd_enroll, permission="sync")

    export = subparsers.add_parser("export", help="导出同步包给市级平台 export a bundle for the city")
    export.add_argument("--to", required=True, help="文件或文件夹（如 U 盘）file or folder (e.g. a USB drive)")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export, permission="sync")

    imp = subparsers.add_parser("import", help="导入市级平台发回的同步包 import the city's bundle")
    imp.add_argument("path")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入 check and report only")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import, permission="sync")

    sync = subparsers.add_parser("sync", help="同步状态与冲突 sync status and conflicts")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    st = sync_sub.add_parser("status", help="同步状态 status")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=cmd_status, permission="sync", read_only=True)
    conflicts = sync_sub.add_parser("conflicts", help="未处理的冲突 open conflicts")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=cmd_conflicts, permission="sync", read_only=True)
    resolve = sync_sub.add_parser("resolve", help="处理冲突 resolve a conflict")
    resolve.add_argument("seq", type=whole_number(1, 2**63 - 1))
    resolve.add_argument("--take-other", action="store_true", help="改用另一方的值 take the other value")
    resolve.set_defaults(handler=cmd_resolve, permission="sync")


def print_report(report: dict) -> None:
    from stationdesk.sync.texts import report_lines

    print("\n".join(report_lines(report)))


def cmd_enroll(ctx) -> int:
    from stationdesk.sync.station import enroll

    database = ctx.require_station()
    with database.transaction() as session:
        summary = enroll(session, ctx.folder, Path(ctx.args.file))
    if ctx.args.json:
        print_json(summary)
    else:
        print(messages.text("sync.enrolled", name=summary.city_name, code=summary.city_code))
        print(messages.text("sync.city_keys", **summary.city_fingerprints))
        print(messages.text("sync.station_keys", **summary.station_fingerprints))
    return 0


def cmd_export(ctx) -> int:
    from stationdesk.sync.station import export_beside_check

    summary = export_beside_check(ctx.require_station(check_integrity=False), Path(ctx.args.to))
    if ctx.args.json:
        print_json(summary)
    else:
        print(
            messages.text(
                "sync.exported", path=summary.path, since=summary.since, up_to=summary.up_to, total=summary.total
            )
        )
    return 0


def cmd_import(ctx) -> int:
    from stationdesk.sync.station import import_bundle

    database = ctx.require_station()
    with database.transaction() as session:
        report = import_bundle(session, ctx.folder, Path(ctx.args.path), dry_run=ctx.args.dry_run)
    if ctx.args.json:
        print_json(report)
    else:
        print_report(report)
    return 0


def cmd_status(ctx) -> int:
    from stationdesk.sync.station import status

    database = ctx.require_station()
    with database.session() as session:
        result = status(session, ctx.folder)
    if ctx.args.json:
        print_json(result)
        return 0
    if not result.enrolled:
        print(messages.text("sync.status_not_enrolled"))
    else:
        print(
            messages.text(
                "sync.status_city",
                name=result.city_name,
                code=result.city_code,
                acked=result.acked_seq,
                current=result.current_seq,
            )
        )
        print(
            messages.text(
                "sync.status_last", exported=result.last_export_at or "—", imported=result.last_import_at or "—"
            )
        )
    waiting = sum(result.waiting.values())
    detail = ", ".join(f"{k} {v}" for k, v in result.waiting.items())
    print(
        messages.text("sync.waiting_detail", n=waiting, detail=detail)
        if waiting
        else messages.text("sync.waiting", n=0)
    )
    print(messages.text("sync.open_conflicts", n=result.open_conflicts))
    return 0


def cmd_conflicts(ctx) -> int:
    from stationdesk.sync.station import list_conflicts

    database = ctx.require_station()
    with database.session() as session:
        rows = list_conflicts(session)
    if ctx.args.json:
        print_json(rows)
        return 0
    from stationdesk.sync.texts import conflict_line

    for row in rows:
        where = messages.text("conflicts.decided_by", by=row.decided_by) if row.decided_by else ""
        print(
            conflict_line(
                row.seq,
                where,
                row.table_name,
                row.row_id,
                row.kind,
                row.kept_writer,
                row.kept_values,
                row.other_writer,
                row.other_values,
                row.differences,
            )
        )
    if not rows:
        print(messages.text("conflicts.none"))
    return 0


def cmd_resolve(ctx) -> int:
    from stationdesk.sync.station import resolve_conflict

    database = ctx.require_station()
    with database.transaction() as session:
        resolve_conflict(session, ctx.args.seq, ctx.args.take_other)
    print(messages.text("conflicts.took_other" if ctx.args.take_other else "conflicts.resolved"))
    return 0
