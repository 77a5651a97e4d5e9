"""Printouts against reportlab alone: the 2,000-row activity sign-in sheet as the program makes it
(``activities.signin_sheet_pdf``: the participants read, the station's page with its header, footer
and 第 X 页 共 Y 页, the font embedded) against reportlab building the same table, cut into the
same pages, in the same font, with nothing around it; and the 志愿服务证明 of one volunteer
(``certificates.certificate_pdf``: the confirmed shifts read, the certificate numbered and stored,
the station's page) against reportlab building the same text and list of services alone, for a
one-page certificate and for a year of services. Part of the suite (``measure``).

    PYTHONPATH=src .venv/bin/python benchmarks/run_all.py --only printouts
"""

from __future__ import annotations

import random
from io import BytesIO

from suite import Measurement, Run, alternate, seconds

GOAL = 1.3
FLOOR = (
    "printout floor: reportlab alone building the same cells as one ruled table per page (the same cut, "
    "widths, ruling, padding, header shading and CJK font) with SimpleDocTemplate on the same page and "
    "margins: no participants read, no station header, title, footer or page count."
)


def same_page_template(out: BytesIO):
    """SimpleDocTemplate with the program's page: A4 and StationDocument's margins, so that the
    floor's tables fit its frames as the program's do (with reportlab's 1-inch default margins every
    page of 26 rows overflowed and was split: 155 pages where the program prints 78)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from stationdesk.printing.template import MARGIN

    return SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 3 * mm,
        bottomMargin=MARGIN + 2 * mm,
    )


def reportlab_alone(rows: list[list[str]], per_page: int, widths: list[float], row_height: float) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Table, TableStyle

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
    same_page_template(out).build(story)
    return out.getvalue()


CERTIFICATE_FLOOR = (
    "certificate floor: reportlab alone building the same text (serial line, statement, list of services with "
    "the same widths, ruling, padding, alignment and CJK font, long cells wrapped as paragraphs in the same styles, "
    "note, signature lines, issuer, date and seal circle) with SimpleDocTemplate on the same page and margins: no "
    "shifts read, no serial numbered or stored, no audit, no station header, footer or page count."
)


def certificate_alone(content, font: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from stationdesk.printing.certificate import ROW_PADDING, SealArea

    # the program's paragraph styles (StationDocument, the certificate's statement): Chinese wraps
    # between any two characters
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    out = BytesIO()
    doc = same_page_template(out)
    rows = [["序号", "服务日期", "活动 / 服务内容", "时长（小时）"]]
    rows += [
        [
            str(i),
            f"{line.day:%Y-%m-%d}",
            Paragraph(line.activity, cell) if len(line.activity) > 12 else line.activity,
            line.hours,
        ]
        for i, line in enumerate(content.lines, 1)
    ]
    rows.append(["", "", "合计", content.total_hours])
    table = Table(rows, colWidths=[14 * mm, 28 * mm, doc.width - 72 * mm, 30 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 9),  # the program's ruling, padding and alignment
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), ROW_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PADDING),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("ALIGN", (0, 1), (1, -1), "CENTER"),
                ("ALIGN", (3, 1), (3, -1), "CENTER"),
            ]
        )
    )
    signatures = Table([["负责人（签字）：______________", "经办人（签字）：______________"]])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 11)]))
    text = (  # the certificate's own wording, as long as the program's
        f"兹证明 {content.name}（志愿者编号：{content.volunteer_number}；证件类型：{content.id_type}，"
        f"证件号码：{content.id_number_masked}）于 {content.period_from:%Y年%m月%d日} 至 "
        f"{content.period_to:%Y年%m月%d日} 期间参加志愿服务，经组织方确认的服务时长累计 "
        f"{content.total_hours} 小时。服务记录如下："
    )
    note = (
        "说明：本证明依据《志愿服务记录与证明出具办法（试行）》出具，只统计经活动组织方确认的"
        "实际服务时长（不含往返路途时间），以半小时为单位。证明编号可向出具单位核验。"
    )
    serial = Paragraph(f"证明编号：{content.serial}", ParagraphStyle("serial", body, fontSize=10, alignment=TA_RIGHT))
    # the seal circle with the issuer and date beside it: plain reportlab drawing, printed on every certificate
    seal = SealArea(font, content.issuer, content.issued_on, doc.width)
    doc.build(
        [serial, Paragraph("志愿服务证明", body), Paragraph(text, body), table, Paragraph(note, cell), signatures, seal]
    )
    return out.getvalue()


def measure_certificates(run: Run):
    from datetime import date, timedelta

    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.printing.fonts import print_font
    from stationdesk.services import certificates
    from stationdesk.services.accounts import program_actor
    from volunteers import TODAY, build

    run.say("station with 20 volunteers of 300 shifts each")
    database = Database.open(DataFolder(run.work / "certificates").ensure())
    database.today = TODAY
    database.actor = program_actor("benchmark")  # every permission, checked on every call as a user's
    build(database, 20, 300, random.Random(5))
    database.reload_station()
    font = print_font().name
    try:
        for what, start in (
            # 25 services: one page again since round six (2 pages in rounds four and five: the last services
            # travel with the seal, and the block did not fit below service 23)
            ("a month and a half of services", TODAY.replace(day=1) - timedelta(days=45)),
            ("a year and a half of services", date(2025, 1, 1)),
        ):
            with database.session() as session:
                content = certificates.issue_certificate(session, "BENCH-001-V00001", start, TODAY).content
                session.rollback()

            def ours(start=start) -> float:
                with database.session() as session:
                    taken = seconds(lambda: certificates.certificate_pdf(session, "BENCH-001-V00001", start, TODAY))
                    session.rollback()  # a new serial each time: what a first print does
                return taken

            mine, bare = alternate(
                max(run.repeats, 3), ours, lambda content=content: seconds(lambda: certificate_alone(content, font))
            )
            yield Measurement(
                f"printout: 志愿服务证明, {what} ({len(content.lines)} services)",
                "s",
                mine,
                GOAL,
                bare,
                CERTIFICATE_FLOOR,
            )
    finally:
        database.close()


def measure(run: Run):
    yield from measure_signin_sheet(run)
    yield from measure_certificates(run)


def measure_signin_sheet(run: Run):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.printing.signin_sheet import ROW_HEIGHT
    from stationdesk.printing.template import MARGIN
    from stationdesk.services import activities
    from stationdesk.services.accounts import program_actor
    from volunteers import TODAY, build

    run.say("station with 2,000 volunteers signed up to one activity")
    database = Database.open(DataFolder(run.work / "station").ensure())
    database.today = TODAY
    database.actor = program_actor("benchmark")  # every permission, checked on every call as a user's
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
