"""person-copy: 查阅复制, everything the station holds about one person, as a JSON file."""

from __future__ import annotations

from stationdesk import messages


def register(subparsers) -> None:
    copy = subparsers.add_parser("person-copy", help="个人信息副本 a copy of everything held about one person (.json)")
    copy.add_argument("person_id")
    copy.add_argument("--out", required=True)
    copy.set_defaults(handler=cmd_copy, permission="export")


def cmd_copy(ctx) -> int:
    from stationdesk.services.person_rights import export_person_copy

    with ctx.require_station().transaction() as session:
        copy = export_person_copy(session, ctx.args.person_id, ctx.args.out)
    print(messages.text("cli.person_copy_written", count=copy.count, path=ctx.args.out))
    return 0


messages.register({"cli.person_copy_written": ("已写出 {count} 条记录：{path}", "{count} records written: {path}")})
