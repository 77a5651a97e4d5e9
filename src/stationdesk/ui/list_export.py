"""导出 Excel on every list page: what the list shows (its filter, its columns, masked as on screen) goes
to an .xlsx on the database thread with progress; the service checks the ``export`` permission and
writes the audit entry. A page adds the button with ``Page.list_export_button(model, title)``
(``ui.pages.Page``), so every list exports the same way and a test can walk them all.

A paged list writes its columns' values (numbers and dates stay numbers and dates); one that has not
loaded every page is read again by its own ``fetch`` with its filters, so the file holds every match,
not only the rows scrolled into view. Any other table model (the attendance grid) is written cell by
cell as it is displayed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from stationdesk.services.list_export import export_list
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.paged_table_model import PagedTableModel


class ExportFiles:
    """Where to save (patched by tests)."""

    @classmethod
    def xlsx_path(cls, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ListExport", "导出到 Excel"), suggested, "Excel (*.xlsx)"
        )
        return path


def shown_table(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """The headers and every cell's displayed text, as the view shows them."""
    display = Qt.ItemDataRole.DisplayRole
    columns = range(model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in columns]
    rows = [
        ["" if (value := model.data(model.index(r, c), display)) is None else str(value) for c in columns]
        for r in range(model.rowCount())
    ]
    return headers, rows


def export_shown(page: QWidget, ctx, model: QAbstractItemModel, title: str) -> None:
    path = ExportFiles.xlsx_path(page, f"{title}.xlsx")
    if not path:
        return
    if isinstance(model, PagedTableModel):
        columns = list(model.columns)
        headers = [header for header, _value in columns]
        source = {"cells": lambda row: [value(row) for _header, value in columns]}
        if model.holds_everything():
            source["rows"] = list(model.rows)
        else:  # read again with the list's filter: every match, not only the pages loaded
            source.update(fetch=model.fetch, filters=dict(model.filters))
    else:
        headers, rows = shown_table(model)
        source = {"cells": lambda row: row, "rows": rows}
    run_with_progress(
        page,
        ctx,
        QCoreApplication.translate("ListExport", "正在导出…"),
        export_list,
        path,
        title,
        headers,
        **source,
        on_done=lambda n: MessageBox.info(
            page,
            QCoreApplication.translate("ListExport", "导出完成"),
            QCoreApplication.translate("ListExport", "已导出 {n} 行到 {path}").format(n=n, path=path),
        ),
    )


def export_button(page: QWidget, ctx, model: QAbstractItemModel, title: str) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("ListExport", "导出列表 Excel…"))
    button.setToolTip(
        QCoreApplication.translate("ListExport", "按当前筛选导出列表中显示的内容（号码已遮盖）；导出会记入操作日志")
    )
    button.clicked.connect(lambda: export_shown(page, ctx, model, title))
    ctx.offer_only_with("export", button)
    return button
