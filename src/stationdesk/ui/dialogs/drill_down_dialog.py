"""明细: the records behind one figure of the 统计 page (or one category of its breakdown), newest first,
fetched a page at a time. People are named as everywhere outside their own page (children by alias);
no ID or phone number is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stationdesk.domain.periods import Period
from stationdesk.services.statistics.report import drill_columns, drill_down
from stationdesk.ui.models.paged_table_model import PagedTableModel
from stationdesk.ui.widgets import list_view


def _fetch(session, offset: int, limit: int, key: str, period: Period, split: str | None, category: Any):
    return drill_down(session, key, period, split, category, offset, limit)


class DrillDownDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx, key: str, period: Period, split: str | None, category: Any, title: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 560)
        columns = [(header, lambda row, i=i: row[i]) for i, header in enumerate(drill_columns(key))]
        self.model = PagedTableModel(ctx.db, _fetch, columns, parent=self)
        self.table = list_view(self.model)
        self.count = QLabel()
        self.model.sig_loaded.connect(self._show_count)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("不显示身份证号和电话；儿童以化名显示。")), 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.reload(key=key, period=period, split=split, category=category)

    def _show_count(self) -> None:
        if self.model.total is not None:
            self.count.setText(self.tr("共 {n} 条记录").format(n=self.model.total))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx,
        key: str,
        period: Period,
        split: str | None = None,
        category: Any = None,
        title: str = "",
    ) -> DrillDownDialog:
        """Open the list (not modal: the page stays usable beside it) and return the dialog."""
        dialog = cls(parent, ctx, key, period, split, category, title)
        dialog.show()
        return dialog
