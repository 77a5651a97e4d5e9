"""person-copy: 查阅复制, everything the station holds about one person, as a PDF and/or a JSON file;
person-erase: 删除 by anonymisation, with the receipt."""

from __future__ import annotations

from stationdesk import messages


def register(subparsers) -> None:
    copy = subparsers.add_parser(
        "person-copy", help="个人信息副本 a copy of everything held about one person (.pdf and/or .json)"
    )
    copy.add_argument("person_id")
    copy.add_argument(
        "--out", required=True, action="append", help="X.pdf 或 X.json，可写两次 a PDF or JSON file, may be given twice"
    )
    copy.set_defaults(handler=cmd_copy, permission="export")
    erase = subparsers.add_parser("person-erase", help="删除一个人的个人信息（匿名化）erase a person's personal data")
    erase.add_argument("person_id")
    erase.add_argument("--reason", required=True)
    erase.add_argument("--receipt", required=True, help="删除回执 PDF the receipt for the requester")
    erase.add_argument(
        "--yes", action="store_true", help="有未完成的需求或辅导班也删除 erase even with open needs or classes"
    )
    erase.set_defaults(handler=cmd_erase, permission="people.erase")


def cmd_copy(ctx) -> int:
    from stationdesk.services.person_rights import export_person_copy

    with ctx.require_station().transaction() as session:
        copy = export_person_copy(session, ctx.args.person_id, *ctx.args.out)
    print(messages.text("cli.person_copy_written", count=copy.count, path="、".join(ctx.args.out)))
    return 0


def cmd_erase(ctx) -> int:
    from pathlib import Path

    from stationdesk.saved_file import save_atomically
    from stationdesk.services.person_rights import erase_person

    with ctx.require_station().transaction() as session:
        receipt = erase_person(session, ctx.args.person_id, ctx.args.reason, confirmed=ctx.args.yes)
        save_atomically(ctx.args.receipt, lambda temporary: Path(temporary).write_bytes(receipt.pdf))
    print(messages.text("cli.person_erased", kept=receipt.records_kept, path=ctx.args.receipt))
    return 0


messages.register(
    {
        "cli.person_copy_written": "已写出 {count} 条记录：{path}",
        "cli.person_erased": "个人信息已删除，{kept} 条服务记录匿名保留；回执：{path}",
    }
)
