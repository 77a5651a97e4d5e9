"""``stationdesk import-roster`` and ``stationdesk export-volunteers``: volunteer rosters in Excel;
``stationdesk void-certificate``: void a certificate of service hours issued in error."""

from __future__ import annotations

import sys

from stationdesk import messages
from stationdesk.commands.core import print_json, whole_number

messages.register(
    {
        "roster.voided": "已作废：{serial}（{name}，{start} 至 {end}）原因：{reason}",
        "roster.row": "第 {row} 行 {name} {number} {team}",
        "roster.row_notes": "（{notes}）",
        "roster.row_errors": "第 {row} 行 {name}：{errors}",
        "roster.no_name": "（无姓名）",
        "roster.number_automatic": "（自动编号）",
        "roster.would_import": "将导入 {n} 行（试运行，未写入任何数据）：",
        "roster.rows_with_errors": "有错误的 {n} 行：",
        "roster.imported": "已导入 {n} 名志愿者。",
        "roster.teams_created": "新建队伍：{teams}。",
        "roster.skipped": "跳过 {n} 行：",
        "roster.exported": "已导出 {n} 行到 {path}",
    }
)


def register(subparsers) -> None:
    roster = subparsers.add_parser("import-roster", help="从 Excel 导入志愿者名册 import a volunteer roster (.xlsx)")
    roster.add_argument("file")
    roster.add_argument(
        "--dry-run",
        action="store_true",
        help="只检查，不写入；有错误行时退出码为 2 check only, write nothing; exit 2 when a row has an error",
    )
    roster.add_argument(
        "--skip-invalid", action="store_true", help="跳过有错误的行 import the valid rows, list the skipped"
    )
    roster.add_argument("--json", action="store_true")
    roster.set_defaults(handler=cmd_import_roster, permission="volunteers.manage")

    export = subparsers.add_parser("export-volunteers", help="导出志愿者、服务记录或时长汇总 export to .xlsx")
    export.add_argument("what", choices=("volunteers", "shifts", "totals"))
    export.add_argument(
        "--year", type=whole_number(1900, 2100), default=None, help="年份 year (shifts, totals; default: this year)"
    )
    export.add_argument("--out", required=True)
    export.set_defaults(handler=cmd_export, permission="export")

    void = subparsers.add_parser("void-certificate", help="作废一份志愿服务证明 void a certificate issued in error")
    void.add_argument("serial", help="证明编号 ZYFW-…")
    void.add_argument("--reason", required=True, help="作废原因 why")
    void.set_defaults(handler=cmd_void_certificate, permission="volunteers.manage")

    cap = subparsers.add_parser("daily-cap", help="每天最多计入的服务时长 the most service hours one day credits")
    cap.add_argument("--hours", type=_hours, help="新的上限（半小时为单位，如 8 或 7.5）the new cap, in half hours")
    cap.add_argument("--json", action="store_true")
    cap.set_defaults(handler=cmd_daily_cap, permission="settings.manage")


def _hours(text: str) -> float:
    import argparse
    import math

    from stationdesk import messages

    try:
        value = float(text) if len(text) <= 30 else math.nan
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(messages.text("cli.not_a_number", value=text))
    return value


def cmd_daily_cap(ctx) -> int:
    """Show the station's daily cap of credited hours, or set it (--hours)."""
    from stationdesk import messages
    from stationdesk.services import shifts

    with ctx.require_station().transaction() as session:
        if ctx.args.hours is not None:
            shifts.set_daily_cap(session, round(ctx.args.hours * 60))
        minutes = shifts.daily_cap(session)
    if ctx.args.json:
        print_json({"daily_cap_minutes": minutes})
    else:
        print(messages.text("shift.daily_cap", hours=f"{minutes / 60:g}"))
    return 0


def cmd_void_certificate(ctx) -> int:
    from stationdesk.services.certificates import void_certificate

    with ctx.require_station().transaction() as session:
        row = void_certificate(session, ctx.args.serial, ctx.args.reason)
    print(
        messages.text(
            "roster.voided",
            serial=row.serial,
            name=row.name,
            start=row.period_from,
            end=row.period_to,
            reason=row.void_reason,
        )
    )
    return 0


def _print_rows(rows, errors: bool) -> None:
    for row in rows:
        if errors:
            print(_error_line(row))
        else:
            extra = messages.text("roster.row_notes", notes="; ".join(row.notes)) if row.notes else ""
            number = row.volunteer_number or messages.text("roster.number_automatic")
            print(messages.text("roster.row", row=row.row, name=row.name, number=number, team=row.team) + extra)


def _error_line(row) -> str:
    name = row.name or messages.text("roster.no_name")
    return messages.text("roster.row_errors", row=row.row, name=name, errors="; ".join(row.errors))


def _masked(row) -> dict:
    """A preview row for JSON output, with the ID number and phone masked as everywhere else."""
    from stationdesk.domain.id_number import mask_id_number
    from stationdesk.domain.phone import mask_phone

    return {
        "row": row.row,
        "name": row.name,
        "id_number": mask_id_number(row.id_number),
        "phone": mask_phone(row.phone),
        "volunteer_number": row.volunteer_number,
        "team": row.team,
        "errors": list(row.errors),
        "notes": list(row.notes),
        "existing_person": row.existing_person_id is not None,
    }


def cmd_import_roster(ctx) -> int:
    from stationdesk.services import roster_import as roster

    database = ctx.require_station()
    sheet = roster.read_roster(ctx.args.file)
    if ctx.args.dry_run:
        with database.session() as session:
            preview = roster.preview_roster(session, sheet, roster.suggest_mapping(session, sheet.headers))
        if ctx.args.json:
            print_json(
                {
                    "would_import": [_masked(r) for r in preview.valid_rows],
                    "errors": [_masked(r) for r in preview.error_rows],
                }
            )
        else:
            print(messages.text("roster.would_import", n=len(preview.valid_rows)))
            _print_rows(preview.valid_rows, errors=False)
            if preview.error_rows:
                print(messages.text("roster.rows_with_errors", n=len(preview.error_rows)))
                _print_rows(preview.error_rows, errors=True)
        return 2 if preview.error_rows else 0  # a script can tell a clean roster from one to fix
    try:
        with database.transaction() as session:
            result = roster.import_roster(
                session, sheet, roster.suggest_mapping(session, sheet.headers), skip_invalid=ctx.args.skip_invalid
            )
    except roster.RosterHasErrors as problem:
        if ctx.args.json:
            print_json(
                {"imported": 0, "refused": str(problem), "errors": [_masked(r) for r in problem.preview.error_rows]}
            )
            return 2
        print(f"stationdesk: {problem}", file=sys.stderr)
        for row in problem.preview.error_rows:
            print(_error_line(row), file=sys.stderr)
        return 2
    if ctx.args.json:
        print_json(
            {
                "imported": result.imported,
                "teams_created": list(result.teams_created),
                "skipped": [_masked(r) for r in result.skipped],
            }
        )
        return 0
    teams = messages.text("roster.teams_created", teams=", ".join(result.teams_created)) if result.teams_created else ""
    print(messages.text("roster.imported", n=result.imported) + teams)
    if result.skipped:
        print(messages.text("roster.skipped", n=len(result.skipped)))
        _print_rows(result.skipped, errors=True)
    return 0


def cmd_export(ctx) -> int:
    from stationdesk.services import roster_import as roster
    from stationdesk.services.station import today

    database = ctx.require_station()
    with database.transaction() as session:
        year = ctx.args.year or today(session).year
        if ctx.args.what == "volunteers":
            count = roster.export_volunteers(session, ctx.args.out)
        elif ctx.args.what == "shifts":
            count = roster.export_shifts(session, ctx.args.out, year)
        else:
            count = roster.export_hour_totals(session, ctx.args.out, year)
    print(messages.text("roster.exported", n=count, path=ctx.args.out))
    return 0
