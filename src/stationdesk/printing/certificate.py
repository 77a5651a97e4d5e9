"""志愿服务证明: the certificate of service hours (《志愿服务记录与证明出具办法（试行）》).

Name, volunteer number, ID type and masked number, the period, the total of confirmed hours, the
list of services, the station as issuer, 负责人 and 经办人 lines, a seal area and the certificate's
serial number, which is kept in the database so a reprint carries the same number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from stationdesk.printing.template import StationDocument


@dataclass(frozen=True)
class CertificateLine:
    day: date
    activity: str
    hours: str


@dataclass(frozen=True)
class CertificateContent:
    serial: str
    name: str
    volunteer_number: str
    id_type: str  # 居民身份证, or "" when none is recorded
    id_number_masked: str
    period_from: date
    period_to: date
    total_hours: str
    lines: tuple[CertificateLine, ...]
    issuer: str
    issued_on: date
    handled_by: str = ""
    issuer_phone: str = ""  # for verifying the serial; left out when the station has none set


class SealArea(Flowable):
    """A dashed circle marking where the station's seal goes, with the issue date beside it."""

    def __init__(self, font: str, issuer: str, issued_on: date, width: float) -> None:
        super().__init__()
        self.font, self.issuer, self.issued_on, self.width, self.height = font, issuer, issued_on, width, 42 * mm

    def draw(self) -> None:
        canvas = self.canv
        centre_x, centre_y, radius = self.width - 30 * mm, self.height / 2, 19 * mm
        canvas.saveState()
        canvas.setDash(3, 2)
        canvas.setLineWidth(0.6)
        canvas.circle(centre_x, centre_y, radius)
        canvas.setFont(self.font, 9)
        canvas.drawCentredString(centre_x, centre_y - 3, "（盖章处）")
        canvas.setDash()
        canvas.setFont(self.font, 11)
        canvas.drawRightString(centre_x - radius - 6 * mm, centre_y + 6 * mm, f"出具单位：{self.issuer}")
        canvas.drawRightString(
            centre_x - radius - 6 * mm, centre_y - 4 * mm, f"出具日期：{self.issued_on:%Y年%m月%d日}"
        )
        canvas.restoreState()


CLOSING_ROWS = 3  # two services and the total
# 2 pt above and below a service's 9 pt line (the tables' default is 3): rows of 5.2 mm, as a printed
# register's, so that a month and a half of services (25) stands on one page with the seal
ROW_PADDING = 2


def build_certificate(out: str | BinaryIO, content: CertificateContent, printed_on: date) -> None:
    doc = StationDocument(
        out, title=f"志愿服务证明 {content.serial}", station_name=content.issuer, printed_on=printed_on
    )
    # what is certified in 五号 (10.5 pt), the size of a Chinese document's body text
    doc.styles["statement"] = ParagraphStyle("statement", parent=doc.styles["body"], fontSize=10.5, leading=15)
    serial = Table([[f"证明编号：{content.serial}"]], colWidths=[doc.width])
    serial.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), doc.font, 10), ("ALIGN", (0, 0), (-1, -1), "RIGHT")]))
    identity = f"{content.id_type}，证件号码：{content.id_number_masked}" if content.id_type else "证件：未登记"
    body = (
        f"兹证明 {content.name}（志愿者编号：{content.volunteer_number}；证件类型：{identity}）"
        f"于 {content.period_from:%Y年%m月%d日} 至 {content.period_to:%Y年%m月%d日} 期间参加志愿服务，"
        f"经组织方确认的服务时长累计 {content.total_hours} 小时。服务记录如下："
    )
    rows = [["序号", "服务日期", "活动 / 服务内容", "时长（小时）"]]
    rows += [[str(i), f"{line.day:%Y-%m-%d}", line.activity, line.hours] for i, line in enumerate(content.lines, 1)]
    rows.append(["", "", "合计", content.total_hours])
    # the last services and the total travel with the closing block, so that the signatures and the
    # seal never stand on a page of their own, apart from what they certify
    kept_with_seal = min(CLOSING_ROWS, len(rows) - 1)
    widths = [14 * mm, 28 * mm, doc.width - 72 * mm, 30 * mm]
    tables = [doc.table(rows[:-kept_with_seal], widths), doc.table(rows[-kept_with_seal:], widths, header_rows=0)]
    for part in tables:
        part.setStyle(
            TableStyle(
                [
                    ("ALIGN", (0, 0), (1, -1), "CENTER"),
                    ("ALIGN", (3, 0), (3, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), ROW_PADDING),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PADDING),
                ]
            )
        )
    note = doc.paragraph(
        "说明：本证明依据《志愿服务记录与证明出具办法（试行）》出具，只统计经活动组织方确认的"
        "实际服务时长（不含往返路途时间），以半小时为单位。证明编号可向出具单位核验"
        + (f"（电话：{content.issuer_phone}）" if content.issuer_phone else "")
        + "。",
        "small",
    )
    lines = Table(
        [["负责人（签字）：______________", f"经办人（签字）：{content.handled_by or '______________'}"]],
        colWidths=[doc.width / 2] * 2,
    )
    lines.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), doc.font, 11), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    doc.build(
        [
            serial,
            doc.title_block("志愿服务证明"),
            doc.paragraph(body, "statement"),
            Spacer(1, 4 * mm),
            tables[0],
            KeepTogether(
                [
                    tables[1],
                    Spacer(1, 3 * mm),
                    note,
                    Spacer(1, 8 * mm),
                    lines,
                    Spacer(1, 4 * mm),
                    SealArea(doc.font, content.issuer, content.issued_on, doc.width),
                ]
            ),
        ]
    )
