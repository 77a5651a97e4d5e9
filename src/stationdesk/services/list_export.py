"""Lists out to Excel: every list page writes what it shows (its filter, its columns, masked as on
screen) to an .xlsx on the database thread; ``write_workbook`` is the one writer of the program's
simple workbooks (the volunteer exports and the notice board use it too)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy.orm import Session

from stationdesk.saved_file import save_atomically
from stationdesk.services.accounts import guarded
from stationdesk.services.progress import Progress, report
from stationdesk.services.station import audit

PAGE = 2000
COLUMN_WIDTH_MAX = 40


def write_workbook(path: str | os.PathLike, sheets: list[tuple[str, list[tuple[str, int]], list[list]]]) -> None:
    """Write sheets of (title, [(header, width)], rows) atomically: a temp file, then a rename.
    A text beginning with "=" stays text: a name typed into the registry never becomes a formula."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)
    bold = Font(bold=True)
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title[:31])
        for index, (_header, width) in enumerate(columns, start=1):
            sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        header_cells = []
        for header, _width in columns:
            cell = WriteOnlyCell(sheet, value=header)
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
                cells.append(cell)
            sheet.append(cells)
    save_atomically(path, workbook.save)


def _cell(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | date | datetime | time):
        return value
    if isinstance(value, tuple | list):  # several services, tags…: joined as the list shows them
        return "、".join(str(v) for v in value)
    return str(value)


@guarded("export")
def export_list(
    session: Session,
    path: str | os.PathLike,
    title: str,
    headers: Sequence[str],
    cells: Callable[[object], Sequence[object]],
    fetch: Callable[..., list] | None = None,
    filters: dict | None = None,
    rows: Sequence[object] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write a list page's rows: ``rows`` when the page holds its whole list, else every page of
    ``fetch(session, offset=, limit=, **filters)``; ``cells(row)`` gives what the columns show.
    Needs the ``export`` permission; the export goes to the audit log. Returns how many rows were written."""
    if rows is None:
        rows, offset = [], 0
        while True:
            page = fetch(session, offset=offset, limit=PAGE, **(filters or {}))
            rows.extend(page)
            offset += len(page)
            report(progress, offset)
            if len(page) < PAGE:
                break
    values = []
    for done, row in enumerate(rows, start=1):
        values.append([_cell(v) for v in cells(row)])
        if done % PAGE == 0:
            report(progress, done, len(rows))
    widths = [
        min(COLUMN_WIDTH_MAX, max([len(str(h)) * 2 + 2] + [len(str(r[i])) * 2 + 2 for r in values[:200]]))
        for i, h in enumerate(headers)
    ]
    write_workbook(path, [(title, list(zip(headers, widths, strict=True)), values)])
    audit(session, "export", "list", "", f"{title}: {len(values)} rows -> {Path(path).name}")
    return len(values)
