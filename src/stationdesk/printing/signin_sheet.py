"""活动签到表: the paper sheet people sign at an activity (DOMAIN.md, Sign-in sheets).

A4 portrait: the activity's header lines, then one row per person signed up (序号, 姓名, masked
phone, 签到时间, 签退时间, 签名, 备注), then the chosen number of blank rows for walk-ins, and the
organiser's signature line at the end. The volunteer-only variant adds the volunteer number and is
the record the shifts are entered from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from stationdesk.printing.template import MARGIN, StationDocument

ROW_HEIGHT = 9 * mm


@dataclass(frozen=True)
class SheetPerson:
    name: str
    phone_masked: str
    volunteer_number: str = ""


@dataclass(frozen=True)
class SigninSheet:
    activity_name: str
    when: str  # "2026-06-15 09:00-11:30"
    place: str
    organiser: str  # 组织单位
    leader: str  # 负责人
    people: tuple[SheetPerson, ...]
    blank_rows: int = 5
    volunteers_only: bool = False


def build_signin_sheet(out: str | BinaryIO, sheet: SigninSheet, station_name: str, printed_on: date) -> None:
    title = "志愿者服务签到表" if sheet.volunteers_only else "活动签到表"
    doc = StationDocument(out, title=f"{title} {sheet.activity_name}", station_name=station_name, printed_on=printed_on)
    info = doc.field_lines(
        [
            ("活动名称", sheet.activity_name),
            ("日期时间", sheet.when),
            ("地点", sheet.place),
            ("组织单位", sheet.organiser),
            ("负责人", sheet.leader),
            ("应到人数", f"{len(sheet.people)}　　实到人数：______"),
        ]
    )
    if sheet.volunteers_only:
        header = ["序号", "姓名", "志愿者编号", "联系电话", "签到时间", "签退时间", "签名", "备注"]
        widths = [10, 20, 38, 25, 18, 18, 24, 20]
    else:
        header = ["序号", "姓名", "联系电话", "签到时间", "签退时间", "签名", "备注"]
        widths = [12, 26, 30, 22, 22, 36, 32]
    scale = doc.width / (sum(widths) * mm)
    rows: list[list[str]] = [header]
    for number, person in enumerate(sheet.people, start=1):
        middle = [person.volunteer_number] if sheet.volunteers_only else []
        remark = "志愿者" if person.volunteer_number and not sheet.volunteers_only else ""
        rows.append([str(number), person.name, *middle, person.phone_masked, "", "", "", remark])
    for number in range(len(sheet.people) + 1, len(sheet.people) + sheet.blank_rows + 1):
        rows.append([str(number)] + [""] * (len(header) - 1))
    head = [doc.title_block(title), info, Spacer(1, 3 * mm)]
    column_widths = [w * mm * scale for w in widths]
    story: list = list(head)
    for number, chunk in enumerate(_pages(rows[1:], *_capacities(doc, head))):
        if number:
            story.append(PageBreak())
        story.append(doc.table([header, *chunk], column_widths, row_height=ROW_HEIGHT, font_size=10))
    doc.build(story + doc.signature_lines(["活动负责人", "记录人"]))


def _capacities(doc: StationDocument, head: list) -> tuple[int, int]:
    """Rows that fit on the first page (below the header lines) and on later pages.

    Each page gets its own table, cut here, because letting reportlab split one long table page by
    page costs time in proportion to the rows times the pages (3 s for 2,000 rows instead of 0.5 s).
    The frame is the page less StationDocument's margins and the frame's 6 pt paddings; one row is
    kept spare so a page never overflows into a near-empty one.
    """
    frame = doc.pagesize[1] - 2 * MARGIN - 5 * mm - 12
    used = 0.0
    for flowable in head:
        used += flowable.wrap(doc.width, frame)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    first = int((frame - used) // ROW_HEIGHT) - 2  # the column header row, and one spare
    later = int(frame // ROW_HEIGHT) - 2
    return max(first, 1), later


def _pages(rows: list, first: int, later: int):
    yield rows[:first]
    for start in range(first, len(rows), later):
        yield rows[start : start + later]
