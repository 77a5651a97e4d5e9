"""The navigation's icons, drawn rather than shipped: a rounded badge in the group's colour with the
page's character on it (访, 评, 班 …), which a worker reads at a glance and which needs no image files,
no image plugin and no third-party licence."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

SIZES = (16, 24, 32, 48)


def badge_icon(glyph: str, colour: str) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4, size / 4)
        font = QFont()
        font.setPixelSize(round(size * 0.66))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph[:1])
        painter.end()
        icon.addPixmap(pixmap)
    return icon
