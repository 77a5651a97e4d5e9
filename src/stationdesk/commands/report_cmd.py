"""``stationdesk report`` and ``stationdesk city report``: a period's figures on the screen, as JSON
(the same keys at the station and at the city, so the two can be compared) or written to a PDF or
an .xlsx file."""

from __future__ import annotations

from datetime import date

from stationdesk import messages
from stationdesk.commands.core import print_json

PERIOD_HELP = "统计期间 period: 2026-11 | 2026-Q4 | 2026 | 2026-01-01..2026-03-31（默认上月 default: last month）"


def _arguments(parser) -> None:
    parser.add_argument("--period", help=PERIOD_HELP)
    parser.add_argument("--json", action="store_true", help="以 JSON 输出 print JSON")
    parser.add_argument("--breakdowns", action="store_true", help="含分类数据 with every breakdown")
    parser.add_argument("--out", help="写入文件 write FILE.pdf or FILE.xlsx")


def register(subparsers) -> None:
    report = subparsers.add_parser("report", help="统计报表 the station's figures for a period")
    _arguments(report)
    report.set_defaults(handler=cmd_report, permission="statistics.view")


def register_city(action) -> None:
    """``city report``; ``action`` is ``commands.city``'s maker of a sub-command (it adds the hub options)."""
    report = action("report", "全市统计 the city's figures for a period")
    _arguments(report)
    report.add_argument("--station", help="只看一个站点 one station's figures (站点编码)")
    report.set_defaults(handler=cmd_city_report, permission=None, city_permission="city.view")


def _period(text: str | None, today: date):
    from stationdesk.domain.periods import parse_period, preset

    if text is None:
        return preset("last_month", today)
    return parse_period(text)


def _print_table(report, *extra_lines: str) -> None:
    from stationdesk.services.statistics.summary import format_change, format_value

    where = report.station.name if report.station is not None else messages.text("statistics.city_total")
    print(f"{where} — {report.period.title} ({report.period.start} – {report.period.end})")
    headers = [messages.text(f"statistics.{c}") for c in ("indicator", "value", "previous", "change", "unit")]
    print("\t".join(headers))
    for f in report.figures:
        print(
            "\t".join(
                (
                    f.name,
                    format_value(f.value, f.decimals),
                    format_value(f.previous, f.decimals),
                    format_change(f.change),
                    f.unit,
                )
            )
        )
    for line in extra_lines:
        print(line)


def cmd_report(ctx) -> int:
    from stationdesk.services.station import today
    from stationdesk.services.statistics import exports, report

    database = ctx.require_station()
    with database.transaction() as session:  # an export notes itself in the audit log
        period = _period(ctx.args.period, today(session))
        if ctx.args.out:
            written = exports.export_station_report(session, period, ctx.args.out)
            print(messages.text("statistics.exported", path=written))
        if ctx.args.json or not ctx.args.out:
            result = report.station_report(session, period, with_breakdowns=ctx.args.breakdowns)
    if ctx.args.json:
        print_json(result.as_json())
    elif not ctx.args.out:
        _print_table(result)
    return 0


def cmd_city_report(ctx) -> int:
    from stationdesk.commands.city import _hub
    from stationdesk.services.statistics import city, exports

    period = _period(ctx.args.period, date.today())
    station, breakdowns = ctx.args.station, ctx.args.breakdowns
    with _hub(ctx) as hub:
        if ctx.args.out:
            written = exports.export_city_report(hub, period, ctx.args.out, station)
            print(messages.text("statistics.exported", path=written))
            if not ctx.args.json:
                return 0
        if station is not None:
            result = city.city_report(hub, period, station=station, with_breakdowns=breakdowns)
            if ctx.args.json:
                print_json(result.as_json())
            else:
                _print_table(result)
            return 0
        overview = city.city_overview(hub, period, with_breakdowns=breakdowns)
    if ctx.args.json:
        print_json(overview.as_json())
    else:
        _print_table(overview.report, overview.summary)
    return 0
