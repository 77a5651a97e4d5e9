"""公示: a list for the community notice board (needs, resources or services), landscape A4 with the station's
header and 第 X 页 共 Y 页; the rows come already masked (services.notice_board), this module only lays them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from stationdesk.printing.template import StationDocument


@dataclass(frozen=True)
class NoticeList:
    title: str  # 需求清单公示
    subtitle: str  # what is listed: 未办结需求，截至 2026-06-15
    columns: tuple[tuple[str, float], ...]  # header and relative width
    rows: tuple[tuple[str, ...], ...]
    footer: str  # who to ask, the privacy note


def build_notice(out: str | BinaryIO, notice: NoticeList, station_name: str, printed_on: date) -> None:
    doc = StationDocument(out, title=notice.title, station_name=station_name, printed_on=printed_on, landscape=True)
    total = sum(width for _header, width in notice.columns)
    widths = [doc.width * width / total for _header, width in notice.columns]
    header = [h for h, _width in notice.columns]
    body = [list(r) for r in notice.rows] or [["（无）"] + [""] * (len(header) - 1)]
    story = [
        doc.title_block(notice.title),
        doc.paragraph(notice.subtitle, "body"),
        Spacer(1, 3 * mm),
        doc.table([header, *body], widths, font_size=9),
        Spacer(1, 4 * mm),
        doc.paragraph(notice.footer, "small"),
    ]
    doc.build(story)
