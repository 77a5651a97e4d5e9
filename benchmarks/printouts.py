"""Printouts against reportlab alone: the 2,000-row activity sign-in sheet as the program makes it
(``activities.signin_sheet_pdf``: the participants read, the station's page with its header, footer
and 第 X 页 共 Y 页, the font embedded) against reportlab building the same table, cut into the
same pages, in the same font, with nothing around it. Part of the suite (``measure``).

    PYTHONPATH=src .venv/bin/python benchmarks/run_all.py --only printouts
"""

from __future__ import annotations

import random
from io import BytesIO

from suite import Measurement, Run, alternate, seconds

GOAL = 1.3
FLOOR = (
    "printout floor: reportlab alone building the same cells as one ruled table per page (the same cut, "
    "widths, ruling, padding, header shading and CJK font) with SimpleDocTemplate: no participants read, "
    "no station header, title, footer or page count."
)


def reportlab_alone(rows: list[list[str]], per_page: int, widths: list[float], row_height: float) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    from stationdesk.printing.fonts import print_font

    font = print_font().name
    header, body = rows[0], rows[1:]
    story = []
    for start in range(0, len(body), per_page):
        if start:
            story.append(PageBreak())
        table = Table([header, *body[start : start + per_page]], colWidths=widths, rowHeights=row_height)
        table.setStyle(
            TableStyle(
                [  # the same ruling, padding and header shading as the program's tables
                    ("FONT", (0, 0), (-1, -1), font, 10),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                    ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ]
            )
        )
        story.append(table)
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def measure(run: Run):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.printing.signin_sheet import ROW_HEIGHT
    from stationdesk.printing.template import MARGIN
    from stationdesk.services import activities
    from volunteers import TODAY, build

    run.say("station with 2,000 volunteers signed up to one activity")
    database = Database.open(DataFolder(run.work / "station").ensure())
    database.today = TODAY
    activity = build(database, 2000, 1, random.Random(3))["big_activity"]
    try:
        with database.session() as session:
            people = activities.participants_of(session, activity, None)
            session.rollback()
        rows = [["序号", "姓名", "联系电话", "签到时间", "签退时间", "签名", "备注"]]
        # the sheet's cells: a volunteer's row says so in 备注
        rows += [
            [str(n), p.name, p.phone_masked, "", "", "", "志愿者" if p.volunteer_number else ""]
            for n, p in enumerate(people, start=1)
        ]
        rows += [[str(n)] + [""] * 6 for n in range(len(people) + 1, len(people) + 11)]
        width = A4[0] - 2 * MARGIN
        widths = [w * width / 180 for w in (12, 26, 30, 22, 22, 36, 32)]
        per_page = int((A4[1] - 2 * MARGIN - 5 * mm - 12) // ROW_HEIGHT) - 2

        def ours() -> float:
            with database.session() as session:
                taken = seconds(lambda: activities.signin_sheet_pdf(session, activity, blank_rows=10))
                session.rollback()  # the audit entry is not what is measured
            return taken

        mine, bare = alternate(
            max(run.repeats, 3), ours, lambda: seconds(lambda: reportlab_alone(rows, per_page, widths, ROW_HEIGHT))
        )
    finally:
        database.close()
    yield Measurement(
        f"printout: activity sign-in sheet, {len(people):,} rows + 10 blank", "s", mine, GOAL, bare, FLOOR
    )
