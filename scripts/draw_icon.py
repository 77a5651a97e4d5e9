"""Draws the program's icon (resources/icons/stationdesk.png and .ico): a teal rounded square with a
white house roof over "站". Run once after changing the drawing; the files are committed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/draw_icon.py
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parents[1] / "src" / "stationdesk" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    unit = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#0f7c74"))
    painter.drawRoundedRect(QRectF(0.5 * unit, 0.5 * unit, 15 * unit, 15 * unit), 3 * unit, 3 * unit)
    roof = QPainterPath(QPointF(2.6 * unit, 6.2 * unit))
    roof.lineTo(8 * unit, 2.2 * unit)
    roof.lineTo(13.4 * unit, 6.2 * unit)
    pen = QPen(QColor("white"), max(1.0, 1.3 * unit))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(roof)
    if size >= 24:  # the character is unreadable below 24 px: the roof alone carries the small icon
        font = QFont("WenQuanYi Micro Hei")
        font.setPixelSize(round(8 * unit))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 5.6 * unit, 16 * unit, 9.6 * unit), Qt.AlignmentFlag.AlignCenter, "站")
    else:
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(5 * unit, 7.5 * unit, 6 * unit, 5.5 * unit))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path, images: list[QImage]) -> None:
    """An .ico holding PNG images (Windows Vista and later read them), one per size."""
    blobs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 means 256 in an .ico directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def main() -> None:
    QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    images = [draw(size) for size in SIZES]
    images[-1].save(str(ICONS / "stationdesk.png"))
    write_ico(ICONS / "stationdesk.ico", images)


if __name__ == "__main__":
    main()
