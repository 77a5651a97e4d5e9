"""导出 Excel on any list page: what the list shows (its filter, its columns, masked as on screen) goes
to an .xlsx on the database thread with progress. A page adds ``export_button(self, model, name)``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from stationdesk.services.list_export import export_list
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox


class ExportFiles:
    """Where to save (patched by tests)."""

    @classmethod
    def xlsx_path(cls, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ListExport", "导出到 Excel"), suggested, "Excel (*.xlsx)"
        )
        return path


def export_shown(page: QWidget, ctx, model, title: str) -> None:
    path = ExportFiles.xlsx_path(page, f"{title}.xlsx")
    if not path:
        return
    columns = list(model.columns)
    whole = model.holds_everything()  # written as shown (the due list is given whole); else read again
    run_with_progress(
        page,
        ctx,
        QCoreApplication.translate("ListExport", "正在导出…"),
        export_list,
        path,
        title,
        [header for header, _value in columns],
        lambda row: [value(row) for _header, value in columns],
        model.fetch,
        dict(model.filters),
        list(model.rows) if whole else None,
        on_done=lambda n: MessageBox.info(
            page,
            QCoreApplication.translate("ListExport", "导出完成"),
            QCoreApplication.translate("ListExport", "已导出 {n} 行到 {path}").format(n=n, path=path),
        ),
    )


def export_button(page: QWidget, ctx, model, title: str) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("ListExport", "导出 Excel…"))
    button.clicked.connect(lambda: export_shown(page, ctx, model, title))
    ctx.offer_only_with("export", button)
    return button
