"""init, demo, stats, list, selftest: the foundation's commands."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from stationdesk import messages
from stationdesk.domain.plain_text import SEARCH_CHARACTERS, shown
from stationdesk.errors import StationDeskError
from stationdesk.services import registry

DEMO_PEOPLE_MAX = 1_000_000  # 100,000 take about 15 s; a million is the largest registry a city has
LIST_LIMIT_MAX = 100_000


def whole_number(low: int, high: int):
    """argparse ``type=``: a whole number from ``low`` to ``high``, else a one-line message."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip()) if len(text) <= 30 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(messages.text("cli.not_a_whole_number", value=text))
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(messages.text("cli.out_of_range", value=value, low=low, high=high))
        return value

    return parse


def search_query(text: str) -> str:
    """argparse ``type=`` for ``--query``: what a search can find is short."""
    if len(text.strip()) > SEARCH_CHARACTERS:
        raise argparse.ArgumentTypeError(messages.text("search.too_long", max=SEARCH_CHARACTERS))
    return text


messages.register(
    {
        "cli.not_a_whole_number": "不是整数：{value}",
        "cli.not_a_number": "不是数字：{value}",
        "cli.out_of_range": "{value} 超出范围（{low} 到 {high}）",
        "cli.station_ready": "站点 {code} {name} 已就绪：{path}",
        "cli.demo_made": "演示数据已生成（{seconds} 秒）：{path}",
        "cli.file_made": "已生成 {path}（{kb} KB）",
        "cli.demo_logins": "演示账号（每个角色一个）：{logins}，密码都是 {password}",
        "cli.admin_created": "站长账号 {login} 已创建。恢复码（只显示这一次，请抄下或打印后妥善保管）：{recovery}",
    }
)


def print_json(value) -> None:
    json.dump(registry.json_ready(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def register(subparsers) -> None:
    init = subparsers.add_parser("init", help="创建或升级站点数据库 create or upgrade the station database")
    init.add_argument("--station-code", required=True)
    init.add_argument("--station-name", required=True)
    init.add_argument("--admin", default="admin", help="站长的登录名 the administrator's login (default admin)")
    init.add_argument("--admin-name", default="", help="站长的姓名 the administrator's display name")
    init.set_defaults(handler=cmd_init, permission=None)

    demo = subparsers.add_parser("demo", help="填入演示数据 fill the station with demo data")
    demo.add_argument("--seed", type=whole_number(0, 2**63 - 1), default=2024)
    demo.add_argument("--people", type=whole_number(0, DEMO_PEOPLE_MAX), default=600)
    demo.set_defaults(handler=cmd_demo, permission="people.edit")

    stats = subparsers.add_parser("stats", help="各类记录数量 counts of records")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=cmd_stats, permission="statistics.view", read_only=True)

    listing = subparsers.add_parser("list", help="列出某类记录 list records of one kind")
    listing.add_argument("kind")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--limit", type=whole_number(1, LIST_LIMIT_MAX), default=100)
    listing.add_argument("--query", type=search_query, default="")
    listing.set_defaults(handler=cmd_list, permission="people.view", read_only=True)

    selftest = subparsers.add_parser(
        "selftest", help="自检 check this copy of the program: database, migrations, Qt, translations, printing, pages"
    )
    selftest.add_argument(
        "--older-database", help="旧版本的数据库文件（只升级其副本）an older database file (a copy is upgraded)"
    )
    selftest.set_defaults(handler=cmd_selftest, permission=None)


def cmd_init(ctx) -> int:
    from stationdesk.cli import password_from_terminal
    from stationdesk.services.accounts import create_administrator, has_accounts
    from stationdesk.services.station import init_station

    database = ctx.database()
    with database.session() as session:
        needs_admin = not has_accounts(session)
    # asked before anything is written, so a refused password leaves no station without its administrator
    password = password_from_terminal("STATIONDESK_PASSWORD", "cli.new_password_prompt") if needs_admin else ""
    with database.transaction() as session:
        summary = init_station(session, ctx.args.station_code, ctx.args.station_name)
        recovery = ""
        if needs_admin:
            recovery = create_administrator(session, ctx.args.admin, ctx.args.admin_name or "站长", password)
    database.reload_station()
    print(messages.text("cli.station_ready", code=summary.code, name=summary.name, path=ctx.folder.database))
    if recovery:
        print(messages.text("cli.admin_created", login=ctx.args.admin, recovery=recovery))
    return 0


def cmd_demo(ctx) -> int:
    from stationdesk.services.demo import DEMO_PASSWORD, DemoOptions, run_demo

    database = ctx.database()
    started = time.perf_counter()
    with database.transaction() as session:
        result = run_demo(session, DemoOptions(seed=ctx.args.seed, people=ctx.args.people))
    database.reload_station()
    seconds = f"{time.perf_counter() - started:.1f}"
    print(messages.text("cli.demo_made", seconds=seconds, path=ctx.folder.database))
    print_json(result.counts)
    if result.demo_logins:
        print(messages.text("cli.demo_logins", logins=", ".join(result.demo_logins), password=DEMO_PASSWORD))
    return 0


def cmd_stats(ctx) -> int:
    database = ctx.require_station()
    with database.session() as session:
        stats = registry.collect_stats(session)
    if ctx.args.json:
        print_json(stats)
    else:
        for name, value in stats.items():
            print(f"{name}\t{value}")
    return 0


def cmd_list(ctx) -> int:
    registry.load_features()
    kind = ctx.args.kind
    if kind not in registry.LISTERS:
        raise StationDeskError("list.unknown_kind", kind=kind, choices=", ".join(sorted(registry.LISTERS)))
    database = ctx.require_station()
    with database.session() as session:
        rows = registry.LISTERS[kind](session, ctx.args.limit, ctx.args.query)
    if ctx.args.json:
        print_json(rows)
    else:
        for row in rows:  # a tab or line break inside a value is written out, so each record is one line
            print("\t".join(shown(str(v), limit=len(str(v))) for v in row.values()))
    return 0


def cmd_selftest(ctx) -> int:
    from stationdesk.ui.selftest import run_selftest

    ctx.hold_folder()  # it opens the main window, which writes (the lists a newer version adds)
    older = Path(ctx.args.older_database) if ctx.args.older_database else None
    return run_selftest(ctx.folder, older_database=older, language=ctx.args.lang)
