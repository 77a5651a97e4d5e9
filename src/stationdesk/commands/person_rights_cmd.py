"""person-copy: 查阅复制, everything the station holds about one person, as a PDF and/or a JSON file;
person-erase: 删除 by anonymisation, with the receipt; retention: the 保存期限 rule, listed and applied."""

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
    retention = subparsers.add_parser(
        "retention", help="保存期限：列出并删除最后一次服务超过 N 年的人 erase people past the retention period"
    )
    retention.add_argument("--dry-run", action="store_true", help="只列出，不删除 list only")
    retention.add_argument("--yes", action="store_true", help="不再询问 erase without asking")
    retention.add_argument("--years", type=int, help="这一次按 N 年计算 this run's period in years")
    retention.add_argument("--set-years", type=int, help="设置保存期限（0 = 一直保存）set the period (0: keep)")
    retention.set_defaults(handler=cmd_retention, permission="people.erase")


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


def cmd_retention(ctx) -> int:
    import sys

    from stationdesk.services.retention import (
        erase_past_retention,
        past_retention,
        retention_years,
        set_retention_years,
    )

    database = ctx.require_station()
    if ctx.args.set_years is not None:
        with database.transaction() as session:
            years = set_retention_years(session, ctx.args.set_years)
        print(messages.text("cli.retention_set", years=years) if years else messages.text("retention.kept"))
        return 0
    with database.session() as session:
        years = ctx.args.years or retention_years(session)
        listed = past_retention(session, years) if years else ()
    if not years:
        print(messages.text("retention.kept"))
        return 0
    for person in listed:
        print(messages.text("cli.retention_line", name=person.name, last=person.last_service.isoformat()))
    print(messages.text("cli.retention_found", count=len(listed), years=years))
    if not listed or ctx.args.dry_run:
        return 0
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            print(messages.text("cli.retention_needs_yes"), file=sys.stderr)
            return 2
        if input(messages.text("cli.retention_ask", count=len(listed))).strip().lower() not in ("y", "yes", "是"):
            return 1
    with database.transaction() as session:
        erased = erase_past_retention(session, [person.person_id for person in listed], years)
    print(messages.text("cli.retention_erased", count=erased))
    return 0


messages.register(
    {
        "cli.retention_set": "保存期限已设为最后一次服务后 {years} 年。",
        "cli.retention_line": "{name}\t最后一次服务 {last}",
        "cli.retention_found": "超过保存期限（{years} 年）的有 {count} 人。",
        "cli.retention_needs_yes": "不在终端上运行：请加 --yes 确认删除，或加 --dry-run 只列出。",
        "cli.retention_ask": "确定删除以上 {count} 人的个人信息吗？服务记录匿名保留。[y/N] ",
        "cli.retention_erased": "已删除 {count} 人的个人信息，服务记录匿名保留。",
        "cli.person_copy_written": "已写出 {count} 条记录：{path}",
        "cli.person_erased": "个人信息已删除，{kept} 条服务记录匿名保留；回执：{path}",
    }
)
