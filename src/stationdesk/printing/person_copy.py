"""查阅复制 as the person reads it: one section per kind of record, each record a small ruled table of
Chinese labels and values. The words come from the service (``services.person_rights.readable_copy``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

Record = tuple[str, list[tuple[str, str]]]  # a record's heading, its (label, value) lines


def render_person_copy(
    out: str | Path | BinaryIO,
    station_name: str,
    printed_on: date,
    person_name: str,
    sections: list[tuple[str, list[Record]]],
) -> None:
    from stationdesk.printing.template import StationDocument

    doc = StationDocument(out, "个人信息副本", station_name, printed_on)
    count = sum(len(records) for _title, records in sections)
    story = [
        doc.title_block(),
        doc.paragraph(
            f"本副本列出{station_name}截至 {printed_on:%Y年%m月%d日} 保存的关于 {person_name} 的全部记录，"
            f"共 {count} 条，按类别分节。空白的项目未列出。"
        ),
        doc.paragraph("依据：《中华人民共和国个人信息保护法》第四十五条（查阅、复制权）。", "small"),
    ]
    label_width = 42 * mm
    for title, records in sections:
        story.append(doc.paragraph(f"{title}（{len(records)} 条）", "heading"))
        for heading, lines in records:
            rows = [[heading, ""], *[[label, value] for label, value in lines]]
            table = doc.table(rows, [label_width, doc.width - label_width])
            table.setStyle([("SPAN", (0, 0), (1, 0)), ("ALIGN", (0, 0), (1, 0), "LEFT")])
            story.append(KeepTogether([table, Spacer(1, 2 * mm)]))
    doc.build(story)
