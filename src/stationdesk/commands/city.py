"""stationdesk city ...: the city hub (init, enroll, import, export, stats, conflicts, gui, user).

Every command but ``init``, ``user recover`` and ``gui`` (which asks in a dialog) acts as a city
account: ``--user`` or ``STATIONDESK_USER``, the password from ``STATIONDESK_PASSWORD`` or the
terminal; ``city_permission`` names the verb each needs (``domain.permissions.CITY_PERMISSIONS``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import stationdesk.sync.texts  # noqa: F401 - registers the sync texts these commands print
from stationdesk import messages
from stationdesk.commands.core import print_json, whole_number
from stationdesk.errors import StationDeskError

log = logging.getLogger("stationdesk.city")


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
    # also accepted before ``city`` (``stationdesk --user NAME city ...``), which SUPPRESS keeps
    parser.add_argument(
        "--user", default=argparse.SUPPRESS, help="以此平台账号操作 act as this city account (env STATIONDESK_USER)"
    )


def _log_folder(args):
    from stationdesk.sync.hub import log_folder

    return log_folder(args.db, args.keys)


def register(subparsers) -> None:
    city = subparsers.add_parser("city", help="市级平台 the city hub")
    _hub_options(city, None)
    # the hub is not a station: station accounts do not apply, the city's own do (city_permission)
    city.set_defaults(log_folder=_log_folder, permission=None, city_permission="city.manage")
    sub = city.add_subparsers(dest="city_command", metavar="ACTION", required=True, parser_class=type(city))

    def action(name: str, summary: str, within=sub):
        parser = within.add_parser(name, help=summary)
        _hub_options(parser, argparse.SUPPRESS)
        return parser

    init = action("init", "创建平台数据库、密钥和平台管理员 create the hub, its keys and its administrator")
    init.add_argument("--name", help="平台名称（新建时必填）the hub's name (for a new hub)")
    init.add_argument("--code", default="CITY", help="平台编码（默认 CITY）")
    init.add_argument("--admin", default="admin", help="平台管理员的登录名 the administrator's login (default admin)")
    init.add_argument("--admin-name", default="", help="平台管理员的姓名 the administrator's display name")
    init.set_defaults(handler=cmd_init, city_permission=None)

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
    stats.set_defaults(handler=cmd_stats, city_permission="city.view")

    conflicts = action("conflicts", "未处理的冲突 open conflicts")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=cmd_conflicts, city_permission="city.view")

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
    gui.set_defaults(handler=cmd_gui, city_permission=None)  # the window asks for the login itself

    _register_users(action("user", "平台账号 the city's accounts"))


def _register_users(user) -> None:
    from stationdesk.domain.permissions import CITY_ROLES

    within = user.add_subparsers(dest="city_user_command", metavar="ACTION", required=True, parser_class=type(user))

    def action(name: str, summary: str):
        parser = within.add_parser(name, help=summary)
        _hub_options(parser, argparse.SUPPRESS)
        return parser

    add = action("add", "新建平台账号（密码从终端或 STATIONDESK_NEW_PASSWORD）add a city account")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=sorted(CITY_ROLES))
    add.add_argument("--name", default="", help="姓名 display name (default: the login)")
    add.set_defaults(handler=cmd_user_add, city_permission="city.accounts")
    listing = action("list", "列出平台账号 list the city's accounts")
    listing.set_defaults(handler=cmd_user_list, city_permission="city.accounts")
    passwd = action("passwd", "重设平台账号的密码 set a city account's password")
    passwd.add_argument("login")
    passwd.set_defaults(handler=cmd_user_passwd, city_permission="city.accounts")
    switches = (("disable", "停用平台账号 disable a city account"), ("enable", "重新启用平台账号 enable it again"))
    for verb, text in switches:
        switch = action(verb, text)
        switch.add_argument("login")
        switch.set_defaults(handler=cmd_user_active, city_permission="city.accounts", active=verb == "enable")
    recover = action("recover", "用恢复码重设平台管理员密码 reset the administrator's password with the recovery code")
    recover.set_defaults(handler=cmd_user_recover, city_permission=None)  # the recovery code is the credential


def _hub(ctx):
    """The hub, opened for a command that acts as the city account ``--user`` (its verb held)."""
    return _hub_as(ctx)[0]


def _hub_as(ctx):
    """(the hub, the city account acting) for a command that needs ``ctx.args.city_permission``."""
    from stationdesk.sync.hub import Hub

    hub = Hub.open(ctx.args.db, ctx.args.keys)
    try:
        actor = _log_in(ctx, hub)
    except BaseException:
        hub.close()
        raise
    return hub, actor


def _log_in(ctx, hub):
    from stationdesk.cli import password_from_terminal
    from stationdesk.sync import hub_accounts

    if not hub_accounts.has_accounts(hub):
        raise StationDeskError("city.no_accounts")
    login = getattr(ctx.args, "user", None) or os.environ.get("STATIONDESK_USER", "")
    if not login:
        raise StationDeskError("cli.user_needed")
    actor = hub_accounts.log_in(hub, login, password_from_terminal("STATIONDESK_PASSWORD", "cli.password_prompt"))
    hub_accounts.require(actor, ctx.args.city_permission)
    log.info("city %s run by %s", ctx.args.city_command, actor.login)
    return actor


def _admin_password() -> str:
    """The new administrator's password, from the same place as a login's (as station ``init``)."""
    from stationdesk.cli import password_from_terminal

    return password_from_terminal("STATIONDESK_PASSWORD", "cli.new_password_prompt")


def _new_password() -> str:
    from stationdesk.cli import password_from_terminal

    return password_from_terminal("STATIONDESK_NEW_PASSWORD", "cli.new_password_prompt")


def cmd_init(ctx) -> int:
    """A new hub with its administrator; on a hub from before the city's accounts (none yet), only
    the administrator. The password is asked and checked before anything is written."""
    from stationdesk.sync import hub_accounts
    from stationdesk.sync.hub import Hub, masked_url

    args = ctx.args
    display_name = args.admin_name or "平台管理员"
    try:
        existing = Hub.open(args.db, args.keys)
    except StationDeskError as error:
        if error.code != "city.not_initialised":
            raise
        existing = None
    if existing is not None:
        with existing:
            if hub_accounts.has_accounts(existing):
                raise StationDeskError("city.exists", url=masked_url(existing.url))
            password = _admin_password()
            recovery = hub_accounts.create_administrator(existing, args.admin, display_name, password)
        print(messages.text("city.admin_created", login=args.admin, recovery=recovery))
        return 0
    if not (args.name or "").strip():
        raise StationDeskError("city.name_needed")
    password = _admin_password()
    hub_accounts.check_new_account(None, args.admin, display_name, password, "city_admin")
    with Hub.init(args.db, args.name, args.code, args.keys) as hub:
        recovery = hub_accounts.create_administrator(hub, args.admin, display_name, password)
        prints = hub.fingerprints()
        print(messages.text("city.created", name=hub.name, code=hub.code, keys=hub.keys_dir))
        print(messages.text("city.fingerprints", signing=prints["signing"], encryption=prints["encryption"]))
    print(messages.text("city.admin_created", login=args.admin, recovery=recovery))
    return 0


def cmd_enroll(ctx) -> int:
    with _hub(ctx) as hub:
        data = hub.enroll(ctx.args.station_code, ctx.args.station_name, Path(ctx.args.out))
    prints = data["city"]["fingerprints"]
    station = data["station"]
    print(messages.text("city.enrolment_written", path=ctx.args.out, code=station["code"], name=station["name"]))
    print(messages.text("city.check_fingerprints", signing=prints["signing"], encryption=prints["encryption"]))
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
            messages.text(
                "city.exported_with_conflicts" if result["conflicts_sent"] else "city.exported",
                **{key: result[key] for key in ("path", "station", "acknowledged", "since", "up_to", "conflicts_sent")},
                total=total,
            )
        )
    return 0


def cmd_stats(ctx) -> int:
    with _hub(ctx) as hub:
        stats = hub.stats()
    if ctx.args.json:
        print_json(stats)
        return 0
    print(
        messages.text("city.stats", name=stats["city"]["name"], code=stats["city"]["code"], n=stats["open_conflicts"])
    )
    for station in stats["stations"]:
        print(
            messages.text(
                "city.station_line",
                code=station["code"],
                name=station["name"],
                state=messages.text("city.station_active" if station["active"] else "city.station_waiting"),
                records=sum(station["records"].values()),
                last=station["last_bundle_at"] or "—",
            )
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
        print(messages.text("conflicts.none"))
    return 0


def cmd_resolve(ctx) -> int:
    with _hub(ctx) as hub:
        hub.resolve_conflict(ctx.args.seq, ctx.args.take_other)
    print(messages.text("conflicts.resolved"))
    return 0


def cmd_edit(ctx) -> int:
    with _hub(ctx) as hub:  # the login first: someone who may not edit learns that before any typing mistake
        values = {}
        for item in ctx.args.values:
            field, sep, text = item.partition("=")
            if not sep:
                raise StationDeskError("city.bad_field", field=item, reason="字段=值")
            values[field] = text
        result = hub.edit(ctx.args.table, ctx.args.id, values, from_text=True)
    print(messages.text("city.edited", table=result["table"], id=result["id"], version=result["version"]))
    return 0


def cmd_gui(ctx) -> int:
    import importlib

    from stationdesk.sync.hub import Hub

    # the window asks for the city login; the lazy GUI start, like cli.py's: Qt is imported only when asked for
    with Hub.open(ctx.args.db, ctx.args.keys) as hub:
        return importlib.import_module("stationdesk.ui.city_window").run_city_gui(hub)


def cmd_user_add(ctx) -> int:
    from stationdesk.sync import hub_accounts

    hub, actor = _hub_as(ctx)
    with hub:
        password = _new_password()
        row = hub_accounts.add_account(
            hub, actor, ctx.args.login, ctx.args.name or ctx.args.login, ctx.args.role, password
        )
    print(messages.text("cli.user_added", login=row.login, role=row.role))
    return 0


def cmd_user_list(ctx) -> int:
    from stationdesk.sync import hub_accounts

    hub, actor = _hub_as(ctx)
    with hub:
        rows = hub_accounts.list_accounts(hub, actor)
    for row in rows:
        state = messages.text("cli.user_active" if row.active else "cli.user_disabled")
        print(f"{row.login}\t{row.display_name}\t{row.role}\t{state}")
    return 0


def cmd_user_passwd(ctx) -> int:
    from stationdesk.sync import hub_accounts

    hub, actor = _hub_as(ctx)
    with hub:
        hub_accounts.reset_password(hub, actor, ctx.args.login, _new_password())
    print(messages.text("cli.user_password_set", login=ctx.args.login))
    return 0


def cmd_user_active(ctx) -> int:
    from stationdesk.sync import hub_accounts

    hub, actor = _hub_as(ctx)
    with hub:
        row = hub_accounts.set_active(hub, actor, ctx.args.login, ctx.args.active)
    print(messages.text("cli.user_enabled_now" if row.active else "cli.user_disabled_now", login=row.login))
    return 0


def cmd_user_recover(ctx) -> int:
    from stationdesk.cli import password_from_terminal
    from stationdesk.sync import hub_accounts
    from stationdesk.sync.hub import Hub

    with Hub.open(ctx.args.db, ctx.args.keys) as hub:
        code = password_from_terminal("STATIONDESK_RECOVERY_CODE", "cli.recovery_prompt")
        fresh = hub_accounts.recover_administrator(hub, code, _new_password())
    print(messages.text("city.recovered", recovery=fresh))
    return 0


messages.register(
    {
        "city.admin_created": "平台管理员 {login} 已创建。恢复码（只显示这一次，请抄下或打印后妥善保管）：{recovery}",
        "city.name_needed": "新建平台请用 --name 写上平台的名称",
        "city.recovered": "平台管理员密码已重设。新的恢复码（旧的已作废，只显示这一次）：{recovery}",
    }
)
