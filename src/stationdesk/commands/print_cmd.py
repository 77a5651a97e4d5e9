"""``stationdesk print <target> ... --out FILE.pdf``: every printout registered with ``@registry.printer``.

The targets come from the services (``registry.PRINTERS``), so a feature adds a printout without
editing this module. The PDF is written to a temporary file next to ``--out`` and renamed into
place, so a failed print never leaves half a file; every print is noted in the audit log.
"""

from __future__ import annotations

from stationdesk.saved_file import save_atomically, target_file
from stationdesk.services import registry


def register(subparsers) -> None:
    registry.load_features()
    printing = subparsers.add_parser("print", help="打印（生成 PDF）print a document to a PDF file")
    targets = printing.add_subparsers(dest="print_target", metavar="TARGET", required=True, parser_class=type(printing))
    for name in sorted(registry.PRINTERS):
        target = registry.PRINTERS[name]
        parser = targets.add_parser(name, help=target.help.splitlines()[0] if target.help else None)
        for args, kwargs in target.arguments:
            parser.add_argument(*args, **kwargs)
        parser.add_argument("--out", required=True, help="PDF 文件 the PDF file to write")
        parser.set_defaults(handler=cmd_print)


def cmd_print(ctx) -> int:
    from stationdesk.services.station import audit

    target = registry.PRINTERS[ctx.args.print_target]
    out = target_file(ctx.args.out)
    database = ctx.require_station()
    with database.transaction() as session:
        pdf, suggested = target.build(session, ctx.args)
        save_atomically(out, lambda temporary: temporary.write_bytes(pdf))
        audit(session, "print", target.name, str(getattr(ctx.args, "id", "") or ""), f"{suggested} -> {out}")
    print(f"已生成 {out}（{len(pdf) // 1024 + 1} KB）")
    return 0
