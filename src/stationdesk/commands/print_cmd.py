"""``stationdesk print NAME ... --out FILE.pdf``: every printout a feature registers with
``@registry.printer``. The PDF is written atomically (temporary file, then rename) and the print is
noted in the audit log in the same transaction, so a failed write leaves no audit entry and no file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from stationdesk.errors import StationDeskError
from stationdesk.services import registry


def register(subparsers) -> None:
    registry.load_features()
    command = subparsers.add_parser("print", help="打印（生成 PDF）print a form to PDF")
    targets = command.add_subparsers(dest="target", metavar="TARGET", required=True,
                                     parser_class=type(command))
    for name in sorted(registry.PRINTERS):
        target = registry.PRINTERS[name]
        parser = targets.add_parser(name, help=target.help.splitlines()[0] if target.help else None)
        for flags, options in target.arguments:
            parser.add_argument(*flags, **options)
        parser.add_argument("--out", required=True, help="输出的 PDF 文件 output PDF file")
        parser.set_defaults(handler=cmd_print)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` next to ``path`` and rename it into place: readers never see half a file."""
    path = path.expanduser().resolve()
    if not path.parent.is_dir():
        raise StationDeskError("file.not_writable", path=str(path), reason="folder does not exist / 文件夹不存在")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise StationDeskError("file.not_writable", path=str(path), reason=error.strerror or str(error)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise StationDeskError("file.not_writable", path=str(path), reason=error.strerror or str(error)) from None


def cmd_print(ctx) -> int:
    from stationdesk.services.station import audit

    target = registry.PRINTERS[ctx.args.target]
    database = ctx.require_station()
    out = Path(ctx.args.out)
    with database.transaction() as session:
        pdf, suggested = target.run(session, ctx.args)
        audit(session, "print", target.name, "", f"{suggested} -> {out}")
        write_atomically(out, pdf)
    print(f"已生成 {out}（{len(pdf) // 1024 + 1} KB）")
    return 0
