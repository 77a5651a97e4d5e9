"""Tutoring printouts: the session sign-in sheet (签到表) with guardian signatures at drop-off and
pick-up, and the monthly attendance summary (月度考勤汇总) of a class. Children appear by the name
the service hands in (the alias where one is set); no ID number is ever printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from stationdesk.printing.template import StationDocument

WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class SigninSheet:
    class_name: str
    kind: str
    day: date
    time_text: str
    place: str
    tutors: str
    station_name: str
    children: tuple[str, ...]  # display names (alias where set), in print order
    blank_rows: int
    printed_on: date


@dataclass(frozen=True)
class MonthlySheetRow:
    display_name: str
    present: int
    late: int
    left_early: int
    leave: int
    absent: int
    not_recorded: int
    rate_text: str


@dataclass(frozen=True)
class MonthlySheet:
    class_name: str
    kind: str
    year: int
    month: int
    sessions: int
    station_name: str
    rows: tuple[MonthlySheetRow, ...]
    overall_rate: str
    printed_on: date


def build_signin_pdf(sheet: SigninSheet) -> bytes:
    out = BytesIO()
    title = f"{sheet.class_name} 签到表"
    doc = StationDocument(out, title=title, station_name=sheet.station_name, printed_on=sheet.printed_on)
    header = doc.field_lines(
        [
            ("班级", f"{sheet.class_name}（{sheet.kind}）"),
            ("日期", f"{sheet.day:%Y-%m-%d} 星期{WEEKDAYS[sheet.day.weekday()]}"),
            ("时间", sheet.time_text or "____________"),
            ("地点", sheet.place or "____________"),
            ("辅导员", sheet.tutors or "____________"),
            ("服务站", sheet.station_name),
        ]
    )
    rows: list[list] = [["序号", "儿童", "送达时间", "送达监护人签字", "接走时间", "接走监护人签字", "备注"]]
    for number, name in enumerate(sheet.children, start=1):
        rows.append([str(number), name, "", "", "", "", ""])
    for number in range(len(sheet.children) + 1, len(sheet.children) + sheet.blank_rows + 1):
        rows.append([str(number), "", "", "", "", "", ""])
    widths = [w * mm for w in (11, 30, 19, 33, 19, 33, 35)]
    table = doc.table(rows, widths, row_height=[8 * mm] + [10 * mm] * (len(rows) - 1), font_size=10)
    table.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "CENTER")]))
    note = doc.paragraph(
        "说明：儿童以化名登记。由非登记监护人接走的，须在备注栏写明接送人姓名、与儿童关系及联系方式，并经监护人同意。",
        "small",
    )
    story = [
        doc.title_block(title),
        header,
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 2 * mm),
        note,
        *doc.signature_lines(["负责人", "辅导员"]),
    ]
    doc.build(story)
    return out.getvalue()


def build_monthly_pdf(sheet: MonthlySheet) -> bytes:
    out = BytesIO()
    title = f"{sheet.class_name} {sheet.year}年{sheet.month}月 考勤汇总"
    doc = StationDocument(out, title=title, station_name=sheet.station_name, printed_on=sheet.printed_on)
    header = doc.field_lines(
        [
            ("班级", f"{sheet.class_name}（{sheet.kind}）"),
            ("月份", f"{sheet.year}年{sheet.month}月"),
            ("本月课次", str(sheet.sessions)),
            ("整体出勤率", sheet.overall_rate),
        ]
    )
    rows: list[list] = [["序号", "儿童", "出勤", "迟到", "早退", "请假", "缺勤", "未记录", "出勤率"]]
    for number, row in enumerate(sheet.rows, start=1):
        rows.append(
            [
                str(number),
                row.display_name,
                str(row.present),
                str(row.late),
                str(row.left_early),
                str(row.leave),
                str(row.absent),
                str(row.not_recorded),
                row.rate_text,
            ]
        )
    widths = [w * mm for w in (12, 42, 16, 16, 16, 16, 16, 18, 28)]
    table = doc.table(rows, widths, row_height=7 * mm, font_size=10)
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.black),
            ]
        )
    )
    note = doc.paragraph("出勤率 =（出勤 + 迟到 + 早退）÷ 已记录课次。儿童以化名登记。", "small")
    story = [
        doc.title_block(title),
        header,
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 2 * mm),
        note,
        *doc.signature_lines(["负责人", "制表人"]),
    ]
    doc.build(story)
    return out.getvalue()
