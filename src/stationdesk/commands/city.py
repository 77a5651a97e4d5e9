"""stationdesk city ...: the city hub (init, enroll, import, export, stats, conflicts, gui)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stationdesk.commands.core import print_json, whole_number
from stationdesk.errors import StationDeskError


def _hub_options(parser, default) -> None:
    """--db and --keys, accepted before the action (``city --db X init``) and after it (``city init
    --db X``, as the README writes it); after the action they default to SUPPRESS so that an
    absent one leaves the value given before the action in place."""
    parser.add_argument(
        "--db", default=default, help="平台数据库：SQLite 文件路径或 postgresql://…（环境变量 STATIONDESK_CITY_DB）"
    )
    parser.add_argument(
        "--keys",
        default=default,
        help="平台密钥文件夹（默认在 SQLite 数据库旁边；PostgreSQL 必填，或 STATIONDESK_CITY_KEYS）",
    )


def _log_folder(args):
    from stationdesk.sync.hub import log_folder

    return log_folder(args.db, args.keys)


def register(subparsers) -> None:
    city = subparsers.add_parser("city", help="市级平台 the city hub")
    _hub_options(city, None)
    city.set_defaults(log_folder=_log_folder)
    sub = city.add_subparsers(dest="city_command", metavar="ACTION", required=True, parser_class=type(city))

    def action(name: str, summary: str):
        parser = sub.add_parser(name, help=summary)
        _hub_options(parser, argparse.SUPPRESS)
        return parser

    init = action("init", "创建平台数据库和密钥 create the hub and its keys")
    init.add_argument("--name", required=True)
    init.add_argument("--code", default="CITY", help="平台编码（默认 CITY）")
    init.set_defaults(handler=cmd_init)

    enroll = action("enroll", "为站点生成登记文件 write a station's enrolment file")
    enroll.add_argument("--station-code", required=True)
    enroll.add_argument("--station-name", required=True)
    enroll.add_argument("--out", required=True)
    enroll.set_defaults(handler=cmd_enroll)

    imp = action("import", "导入站点同步包 import station bundles")
    imp.add_argument("files", nargs="+")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)

    export = action("export", "为站点导出同步包 export a bundle for a station")
    export.add_argument("--station", required=True)
    export.add_argument("--to", required=True)
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)

    stats = action("stats", "各站点、各表的记录数 counts per station and table")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=cmd_stats)

    conflicts = action("conflicts", "未处理的冲突 open conflicts")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = action("resolve", "处理冲突 resolve a conflict")
    resolve.add_argument("seq", type=whole_number(1, 2**63 - 1))
    resolve.add_argument("--take-other", action="store_true")
    resolve.set_defaults(handler=cmd_resolve)

    edit = action("edit", "平台修改一条记录 the city changes a record")
    edit.add_argument("table")
    edit.add_argument("id")
    edit.add_argument("values", nargs="+", help="字段=值（值可为 JSON）field=value (value may be JSON)")
    edit.set_defaults(handler=cmd_edit)

    from stationdesk.commands.report_cmd import register_city

    register_city(action)

    gui = action("gui", "平台窗口 the city window")
    gui.set_defaults(handler=cmd_gui)


def _hub(ctx):
    from stationdesk.sync.hub import Hub

    return Hub.open(ctx.args.db, ctx.args.keys)


def cmd_init(ctx) -> int:
    from stationdesk.sync.hub import Hub

    with Hub.init(ctx.args.db, ctx.args.name, ctx.args.code, ctx.args.keys) as hub:
        prints = hub.fingerprints()
        print(f"市级平台 {hub.name}（{hub.code}）已创建。密钥：{hub.keys_dir}")
        print(f"  签名密钥指纹 {prints['signing']}   加密密钥指纹 {prints['encryption']}")
    return 0


def cmd_enroll(ctx) -> int:
    with _hub(ctx) as hub:
        data = hub.enroll(ctx.args.station_code, ctx.args.station_name, Path(ctx.args.out))
    prints = data["city"]["fingerprints"]
    print(f"登记文件已写入 {ctx.args.out}（站点 {data['station']['code']} {data['station']['name']}，一次性令牌）。")
    print(f"  请站点核对：签名密钥指纹 {prints['signing']}   加密密钥指纹 {prints['encryption']}")
    return 0


def cmd_import(ctx) -> int:
    from stationdesk.commands.sync import print_report
    from stationdesk.messages import message_for

    reports, failed = [], 0
    with _hub(ctx) as hub:
        for file in ctx.args.files:
            try:
                report = hub.import_bundle(Path(file), dry_run=ctx.args.dry_run)
            except StationDeskError as error:
                failed += 1
                report = {
                    "file": file,
                    "status": "refused",
                    "refused": {"code": error.code, "message": message_for(error)},
                }
                if not ctx.args.json:
                    print(f"stationdesk: {file}: {message_for(error)}", file=sys.stderr)
            else:
                if not ctx.args.json:
                    print_report(report)
            reports.append(report)
    if ctx.args.json:
        print_json(reports)
    return 2 if failed else 0


def cmd_export(ctx) -> int:
    with _hub(ctx) as hub:
        result = hub.export_for(ctx.args.station, Path(ctx.args.to))
    if ctx.args.json:
        print_json(result)
    else:
        total = sum(result["counts"].values())
        print(
            f"已导出并校验：{result['path']}（给 {result['station']}，确认站点序号 {result['acknowledged']}，"
            f"平台序号 {result['since']}→{result['up_to']}，{total} 条记录"
            + (f"，附该站冲突 {result['conflicts_sent']} 条" if result["conflicts_sent"] else "")
            + "）"
        )
    return 0


def cmd_stats(ctx) -> int:
    with _hub(ctx) as hub:
        stats = hub.stats()
    if ctx.args.json:
        print_json(stats)
        return 0
    print(f"{stats['city']['name']}（{stats['city']['code']}），未处理冲突 {stats['open_conflicts']}")
    for station in stats["stations"]:
        records = sum(station["records"].values())
        print(
            f"  {station['code']} {station['name']}：{'已启用' if station['active'] else '待首个同步包'}，"
            f"记录 {records}，最近同步包 {station['last_bundle_at'] or '—'}"
        )
    for name, total in stats["totals"].items():
        print(f"  {name}\t{total}")
    return 0


def cmd_conflicts(ctx) -> int:
    with _hub(ctx) as hub:
        rows = hub.conflicts()
    if ctx.args.json:
        print_json(rows)
        return 0
    from stationdesk.sync.texts import conflict_line

    for row in rows:
        print(
            conflict_line(
                row["seq"],
                f"{row['station']} ",
                row["table"],
                row["id"],
                row["kind"],
                row["kept_writer"],
                row["kept"],
                row["other_writer"],
                row["other"],
                row["differences"],
            )
        )
    if not rows:
        print("没有未处理的冲突。")
    return 0


def cmd_resolve(ctx) -> int:
    with _hub(ctx) as hub:
        hub.resolve_conflict(ctx.args.seq, ctx.args.take_other)
    print("已处理。")
    return 0


def cmd_edit(ctx) -> int:
    values = {}
    for item in ctx.args.values:
        field, sep, text = item.partition("=")
        if not sep:
            raise StationDeskError("city.bad_field", field=item, reason="字段=值")
        values[field] = text
    with _hub(ctx) as hub:
        result = hub.edit(ctx.args.table, ctx.args.id, values, from_text=True)
    print(f"已修改 {result['table']} {result['id']}（版本 {result['version']}），下次为该站导出时发回。")
    return 0


def cmd_gui(ctx) -> int:
    import importlib

    with _hub(ctx) as hub:  # the lazy GUI start, like cli.py's: Qt is imported only when asked for
        return importlib.import_module("stationdesk.ui.city_window").run_city_gui(hub)
