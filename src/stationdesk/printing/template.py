"""The page every printout shares: A4, the station name and print date in the header,
第 X 页 共 Y 页 in the footer, Chinese paragraph and table styles.

    doc = StationDocument(out, title="签到表", station_name=..., printed_on=date.today())
    doc.build([doc.title_block("签到表"), doc.table(rows, widths), *doc.signature_lines(["负责人"])])
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from stationdesk.printing.fonts import print_font

MARGIN = 15 * mm

# page streams and font subsets deflated but not also ASCII85-wrapped: binary streams are plain PDF every
# reader takes, the files are smaller, and reportlab's ASCII85 coder is pure Python (~0.5 ms a page)
rl_config.useA85 = 0


class _NumberedCanvas(pdf_canvas.Canvas):
    """Holds every page until the end so the footer can say how many pages there are."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        font = print_font().name
        self.setFont(font, 9)
        self.drawCentredString(A4[0] / 2, 10 * mm, f"第 {self._pageNumber} 页 共 {total} 页")


class _Table(Table):
    """A ruled table that writes nothing for an empty cell. reportlab writes a text object for every
    cell, an empty one too, and most cells of a sign-in sheet are blank for writing in (签到时间,
    签退时间, 签名: 4 or 5 of 7); the page looks the same without them and is built in less time."""

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: N802 - reportlab API
        if isinstance(cellval, str) and not cellval and not (cellstyle.href or cellstyle.destination):
            return
        super()._drawCell(cellval, cellstyle, pos, size)


class StationDocument:
    def __init__(
        self, out: str | Path | BinaryIO, title: str, station_name: str, printed_on: date, landscape: bool = False
    ) -> None:
        self.font = print_font().name
        self.out = str(out) if isinstance(out, Path) else out
        self.title = title
        self.station_name = station_name
        self.printed_on = printed_on
        self.pagesize = (A4[1], A4[0]) if landscape else A4
        self.styles = {
            "title": ParagraphStyle(
                "title", fontName=self.font, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=4 * mm
            ),
            "heading": ParagraphStyle(
                "heading", fontName=self.font, fontSize=12, leading=17, spaceBefore=3 * mm, spaceAfter=2 * mm
            ),
            "body": ParagraphStyle("body", fontName=self.font, fontSize=10, leading=14, wordWrap="CJK"),
            "cell": ParagraphStyle("cell", fontName=self.font, fontSize=9, leading=12, wordWrap="CJK"),
            "small": ParagraphStyle("small", fontName=self.font, fontSize=8, leading=11, wordWrap="CJK"),
        }

    @property
    def width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN

    def paragraph(self, text: str, style: str = "body") -> Paragraph:
        from xml.sax.saxutils import escape

        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def title_block(self, title: str | None = None) -> Paragraph:
        return self.paragraph(title or self.title, "title")

    def table(
        self,
        rows: list[list],
        col_widths: list[float] | None = None,
        header_rows: int = 1,
        row_height: float | None = None,
        font_size: float = 9,
    ) -> Table:
        """A ruled table; plain strings are wrapped as paragraphs so long Chinese text breaks inside cells."""
        wrapped = [
            [self.paragraph(c, "cell") if isinstance(c, str) and len(c) > 12 else c for c in row] for row in rows
        ]
        table = _Table(wrapped, colWidths=col_widths, repeatRows=header_rows, rowHeights=row_height)
        style = [
            ("FONT", (0, 0), (-1, -1), self.font, font_size),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_rows:
            style += [
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef7")),
                ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ]
        table.setStyle(TableStyle(style))
        return table

    def field_lines(self, cells: list[tuple[str, str]]) -> Table:
        """A sheet's header facts, “标签：内容” two to a line (班级：…  日期：…); long values wrap."""
        lines = []
        for i in range(0, len(cells), 2):
            pair = cells[i : i + 2] + [("", "")] * (2 - len(cells[i : i + 2]))
            lines.append([self.paragraph(f"{label}：{value}" if label else "", "body") for label, value in pair])
        table = Table(lines, colWidths=[self.width / 2] * 2)
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return table

    def signature_lines(self, labels: list[str]) -> list:
        """Lines such as “负责人（签字）：________  日期：________”, side by side."""
        cells = [f"{label}（签字）：______________" for label in labels]
        row = Table([cells], colWidths=[self.width / len(cells)] * len(cells))
        row.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.font, 10), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
        return [Spacer(1, 8 * mm), row]

    def _decorate(self, canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(self.font, 8)
        top = self.pagesize[1] - 9 * mm
        canvas.drawString(MARGIN, top, self.station_name)
        canvas.drawRightString(self.pagesize[0] - MARGIN, top, f"打印日期：{self.printed_on:%Y-%m-%d}")
        canvas.setLineWidth(0.3)
        canvas.line(MARGIN, top - 2 * mm, self.pagesize[0] - MARGIN, top - 2 * mm)
        canvas.restoreState()

    def build(self, story: list) -> None:
        doc = SimpleDocTemplate(
            self.out,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 3 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=self.title,
            author=self.station_name,
            creator="StationDesk",
        )
        doc.build(story, onFirstPage=self._decorate, onLaterPages=self._decorate, canvasmaker=_NumberedCanvas)


def render_to_bytes(build) -> bytes:
    """Run ``build(out)`` into memory (for previews); returns the PDF bytes."""
    buffer = BytesIO()
    build(buffer)
    return buffer.getvalue()
