"""``stationdesk export-notice``: the notice-board (公示) list of needs, resources or services as an Excel sheet,
personal data masked as on paper (``stationdesk print notice`` writes the PDF)."""

from __future__ import annotations

from stationdesk import messages

messages.register(
    {
        "notice.exported": "已导出 {n} 项到 {path}（个人信息已遮蔽）",
    }
)


def register(subparsers) -> None:
    export = subparsers.add_parser(
        "export-notice", help="导出公示清单（需求、资源或服务）export a notice-board list to .xlsx"
    )
    export.add_argument("list", choices=("needs", "resources", "services"))
    export.add_argument("--out", required=True, help="Excel 文件 the .xlsx file to write")
    export.set_defaults(handler=cmd_export_notice, permission="export")


def cmd_export_notice(ctx) -> int:
    from stationdesk.services.notice_board import export_notice

    with ctx.require_station().transaction() as session:
        count = export_notice(session, ctx.args.list, ctx.args.out)
    print(messages.text("notice.exported", n=count, path=ctx.args.out))
    return 0
