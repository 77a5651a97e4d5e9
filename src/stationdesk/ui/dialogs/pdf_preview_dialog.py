"""Preview a PDF built off the GUI thread, then print it or save it (QtPdf)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from stationdesk.ui.messages import MessageBox


class PdfPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, pdf_bytes: bytes, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.pdf_bytes = pdf_bytes
        self.suggested_name = f"{title}.pdf"
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        print_button = QPushButton(self.tr("打印…"))
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton(self.tr("另存为…"))
        save_button.clicked.connect(self.save_as)
        close_button = QPushButton(self.tr("关闭"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(save_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    @classmethod
    def show_pdf(cls, parent: QWidget | None, pdf_bytes: bytes, title: str) -> None:
        cls(parent, pdf_bytes, title).exec()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            dpi = printer.resolution()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                image = self.document.render(page, (size * dpi / 72).toSize())
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(QPointF(0, 0), scaled.toSizeF()), image)
        finally:
            painter.end()

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), self.suggested_name, "PDF (*.pdf)")
        if not path:
            return
        try:
            with open(path, "wb") as out:
                out.write(self.pdf_bytes)
        except OSError as error:
            from stationdesk.errors import StationDeskError

            MessageBox.error(self, StationDeskError("file.not_writable", path=path, reason=error.strerror or str(error)))
