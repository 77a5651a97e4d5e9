"""打印公示 and 导出公示 Excel, the same on the needs, resources and services pages: the page's current filter,
built on the database thread behind a progress dialog, previewed (PDF) or saved (Excel, to a chosen file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from stationdesk.services import notice_board
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox


def _title(kind: str) -> str:
    return {
        "needs": QCoreApplication.translate("Notice", "需求清单公示"),
        "resources": QCoreApplication.translate("Notice", "资源清单公示"),
        "services": QCoreApplication.translate("Notice", "服务清单公示"),
    }[kind]


class NoticeFiles:
    """Where to save the Excel list; a classmethod so tests can patch it."""

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Notice", "保存为"), suggested, "Excel (*.xlsx)"
        )
        return path


def print_notice(page: QWidget, kind: str, query) -> None:
    run_with_progress(
        page,
        page.ctx,
        QCoreApplication.translate("Notice", "正在生成公示清单…"),
        notice_board.notice_pdf,
        kind,
        query,
        on_done=lambda result: PdfPreviewDialog.show_pdf(page, result[0], _title(kind), result[1]),
    )


def export_notice(page: QWidget, kind: str, query) -> None:
    path = NoticeFiles.ask_save_path(page, f"{_title(kind)}.xlsx")
    if not path:
        return
    run_with_progress(
        page,
        page.ctx,
        QCoreApplication.translate("Notice", "正在导出…"),
        notice_board.export_notice,
        kind,
        path,
        query,
        on_done=lambda n: MessageBox.info(
            page,
            QCoreApplication.translate("Notice", "导出完成"),
            QCoreApplication.translate("Notice", "已导出 {n} 项到 {path}").format(n=n, path=path),
        ),
    )
