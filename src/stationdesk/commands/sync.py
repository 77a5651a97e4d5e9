"""enroll, export, import, sync: the station's side of the sync with the city."""

from __future__ import annotations

import sys
from pathlib import Path

from stationdesk.commands.core import print_json, whole_number


def register(subparsers) -> None:
    enroll = subparsers.add_parser("enroll", help="用市级登记文件登记本站 enrol this station with the city's file")
    enroll.add_argument("file")
    enroll.add_argument("--json", action="store_true")
    enroll.set_defaults(handler=cmd_enroll)

    export = subparsers.add_parser("export", help="导出同步包给市级平台 export a bundle for the city")
    export.add_argument("--to", required=True, help="文件或文件夹（如 U 盘）file or folder (e.g. a USB drive)")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)

    imp = subparsers.add_parser("import", help="导入市级平台发回的同步包 import the city's bundle")
    imp.add_argument("path")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入 check and report only")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)

    sync = subparsers.add_parser("sync", help="同步状态与冲突 sync status and conflicts")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    st = sync_sub.add_parser("status", help="同步状态 status")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=cmd_status, read_only=True)
    conflicts = sync_sub.add_parser("conflicts", help="未处理的冲突 open conflicts")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=cmd_conflicts, read_only=True)
    resolve = sync_sub.add_parser("resolve", help="处理冲突 resolve a conflict")
    resolve.add_argument("seq", type=whole_number(1, 2**63 - 1))
    resolve.add_argument("--take-other", action="store_true", help="改用另一方的值 take the other value")
    resolve.set_defaults(handler=cmd_resolve)


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
        print(f"已登记到 {summary.city_name}（{summary.city_code}）。请与市级平台电话核对以下指纹：")
        print(
            f"  市级签名密钥 {summary.city_fingerprints['signing']}"
            f"   加密密钥 {summary.city_fingerprints['encryption']}"
        )
        print(
            f"  本站签名密钥 {summary.station_fingerprints['signing']}"
            f"   加密密钥 {summary.station_fingerprints['encryption']}"
        )
    return 0


def cmd_export(ctx) -> int:
    from stationdesk.sync.station import export_bundle

    database = ctx.require_station()
    with database.transaction() as session:
        summary = export_bundle(session, ctx.folder, Path(ctx.args.to))
    if ctx.args.json:
        print_json(summary)
    else:
        print(f"已导出并校验：{summary.path}（序号 {summary.since}→{summary.up_to}，共 {summary.total} 条记录）")
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
        print("本站尚未登记到市级平台。")
    else:
        print(
            f"市级平台：{result.city_name}（{result.city_code}）；"
            f"已确认到序号 {result.acked_seq}，当前序号 {result.current_seq}"
        )
        print(f"上次导出：{result.last_export_at or '—'}；上次导入：{result.last_import_at or '—'}")
    waiting = sum(result.waiting.values())
    print(
        f"待发送记录：{waiting}"
        + (f"（{', '.join(f'{k} {v}' for k, v in result.waiting.items())}）" if waiting else "")
    )
    print(f"未处理冲突：{result.open_conflicts}")
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
        where = f"（{row.decided_by} 判定）" if row.decided_by else ""
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
        print("没有未处理的冲突。")
    return 0


def cmd_resolve(ctx) -> int:
    from stationdesk.sync.station import resolve_conflict

    database = ctx.require_station()
    with database.transaction() as session:
        resolve_conflict(session, ctx.args.seq, ctx.args.take_other)
    print("已处理。" if not ctx.args.take_other else "已改用另一方的值，下次导出时会发给市级平台。", file=sys.stdout)
    return 0
