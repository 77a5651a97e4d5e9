"""init, demo, stats, list, selftest: the foundation's commands."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from stationdesk.errors import StationDeskError
from stationdesk.services import registry


def _positive_int(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"不是整数 not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"不能为负数 must not be negative: {value}")
    return value


def print_json(value) -> None:
    json.dump(registry.json_ready(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def register(subparsers) -> None:
    init = subparsers.add_parser("init", help="创建或升级站点数据库 create or upgrade the station database")
    init.add_argument("--station-code", required=True)
    init.add_argument("--station-name", required=True)
    init.set_defaults(handler=cmd_init)

    demo = subparsers.add_parser("demo", help="填入演示数据 fill the station with demo data")
    demo.add_argument("--seed", type=_positive_int, default=2024)
    demo.add_argument("--people", type=_positive_int, default=600)
    demo.set_defaults(handler=cmd_demo)

    stats = subparsers.add_parser("stats", help="各类记录数量 counts of records")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=cmd_stats)

    listing = subparsers.add_parser("list", help="列出某类记录 list records of one kind")
    listing.add_argument("kind")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--limit", type=_positive_int, default=100)
    listing.add_argument("--query", default="")
    listing.set_defaults(handler=cmd_list)

    selftest = subparsers.add_parser(
        "selftest", help="自检 check this copy of the program: database, migrations, Qt, translations, printing, pages"
    )
    selftest.add_argument(
        "--older-database", help="旧版本的数据库文件（只升级其副本）an older database file (a copy is upgraded)"
    )
    selftest.set_defaults(handler=cmd_selftest)


def cmd_init(ctx) -> int:
    from stationdesk.services.station import init_station

    database = ctx.database()
    with database.transaction() as session:
        summary = init_station(session, ctx.args.station_code, ctx.args.station_name)
    database.reload_station()
    print(f"站点 {summary.code} {summary.name} 已就绪：{ctx.folder.database}")
    return 0


def cmd_demo(ctx) -> int:
    from stationdesk.services.demo import DemoOptions, run_demo

    database = ctx.database()
    started = time.perf_counter()
    with database.transaction() as session:
        result = run_demo(session, DemoOptions(seed=ctx.args.seed, people=ctx.args.people))
    database.reload_station()
    print(f"演示数据已生成（{time.perf_counter() - started:.1f} 秒）：{ctx.folder.database}")
    print_json(result.counts)
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
        for row in rows:
            print("\t".join(str(v) for v in row.values()))
    return 0


def cmd_selftest(ctx) -> int:
    from stationdesk.ui.selftest import run_selftest

    older = Path(ctx.args.older_database) if ctx.args.older_database else None
    return run_selftest(ctx.folder, older_database=older, language=ctx.args.lang)
