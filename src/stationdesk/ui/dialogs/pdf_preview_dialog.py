"""Preview a PDF inside the program, then print it or save it (every printout uses this).

    PdfPreviewDialog.show_pdf(parent, pdf_bytes, self.tr("能力评估报告"), suggested_name="评估报告.pdf",
                              on_output=lambda kind, target: ...)   # e.g. to audit the print

The bytes are built off the GUI thread by the caller (``ctx.db.run`` with a progress dialog); this
dialog only shows them (QtPdf: QPdfDocument read from a QBuffer, shown in a QPdfView), prints them
through QPrintDialog by rendering each page into the printer's painter, or writes them with
QSaveFile (temporary file + rename, so a failed save never leaves half a file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSaveFile, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stationdesk.ui.messages import MessageBox
from stationdesk.ui.widgets import fit_to_screen

RENDER_DPI = 300
OutputCallback = Callable[[str, str], None]  # ("print" | "save", printer name or file path)


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        pdf_bytes: bytes,
        title: str,
        suggested_name: str = "",
        on_output: OutputCallback | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 1000)  # a page as tall as the screen allows
        self.pdf_bytes = bytes(pdf_bytes)
        self.suggested_name = suggested_name or f"{title}.pdf"
        self.on_output = on_output
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.pages_label = QLabel(self.tr("共 {count} 页").format(count=self.document.pageCount()))
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        zoom_in, zoom_out, fit = QPushButton("+"), QPushButton("−"), QPushButton(self.tr("适合宽度"))
        close = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button, zoom_out, zoom_in, fit):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.print_button.setEnabled(False)
            self.pages_label.setText(self.tr("无法显示此 PDF"))

    @classmethod
    def show_pdf(
        cls,
        parent: QWidget | None,
        pdf_bytes: bytes,
        title: str,
        suggested_name: str = "",
        on_output: OutputCallback | None = None,
    ) -> None:
        """Open the preview (modal) for these PDF bytes."""
        dialog = cls(parent, pdf_bytes, title, suggested_name, on_output)
        dialog.exec()

    # --- zoom -------------------------------------------------------------------------------
    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(5.0, self.view.zoomFactor() * factor)))

    # --- printing ---------------------------------------------------------------------------
    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter, page_count: int) -> bool:
        """The system print dialog (tests patch this)."""
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, max(1, page_count))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not self.ask_printer(self, printer, self.document.pageCount()):
            return
        if self.print_to(printer):
            self._report("print", printer.outputFileName() or printer.printerName())

    def print_to(self, printer: QPrinter) -> bool:
        """Render every chosen page into the printer, one page each, scaled to fit and centred."""
        count = self.document.pageCount()
        first, last = printer.fromPage() or 1, printer.toPage() or count
        first, last = max(1, first), min(count, last)
        painter = QPainter()
        if count == 0 or not painter.begin(printer):
            MessageBox.info(self, self.tr("无法打印"), self.tr("打印机无法开始打印，请检查打印机后重试。"))
            return False
        try:
            for number in range(first, last + 1):
                index = number - 1
                if number > first:
                    printer.newPage()
                area = painter.viewport()
                points = self.document.pagePointSize(index)
                # Render at no more than 300 dpi (a 1200 dpi A4 page would be half a gigabyte), then
                # let the painter scale it into the printable area, keeping the aspect ratio.
                dpi = min(printer.resolution(), RENDER_DPI)
                image = self.document.render(
                    index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                )
                target = QSize(image.width(), image.height()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = area.x() + (area.width() - target.width()) // 2
                y = area.y() + (area.height() - target.height()) // 2
                painter.drawImage(QRect(x, y, target.width(), target.height()), image)
        finally:
            painter.end()
        return True

    # --- saving -----------------------------------------------------------------------------
    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested_name: str) -> str:
        """The save dialog (tests patch this); an empty string when the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PdfPreviewDialog", "另存为 PDF"),
            str(Path.home() / suggested_name),
            "PDF (*.pdf)",
        )
        return path

    def save_as(self) -> None:
        path = self.ask_save_path(self, self.suggested_name)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.save_to(path):
            self._report("save", path)

    def save_to(self, path: str) -> bool:
        out = QSaveFile(path)
        if (
            not out.open(QIODevice.OpenModeFlag.WriteOnly)
            or out.write(self.pdf_bytes) != len(self.pdf_bytes)
            or not out.commit()
        ):
            out.cancelWriting()
            MessageBox.info(
                self,
                self.tr("无法保存"),
                self.tr("无法写入 {path}：{reason}").format(path=path, reason=out.errorString()),
            )
            return False
        return True

    def _report(self, kind: str, target: str) -> None:
        if self.on_output is not None:
            self.on_output(kind, target)
