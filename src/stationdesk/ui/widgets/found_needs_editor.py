"""Under a visit's 发现的需求: “登记为需求” adds a line (category, urgency, what is needed) for each need found, and
they are recorded with the visit in one save, linked to it and to the elder. A visit opened again lists the needs
already made from it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from stationdesk.domain.needs import NORMAL, URGENCY_NAMES
from stationdesk.services import needs
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.labels import value_label


class FoundNeedsEditor(QWidget):
    sig_loaded = Signal()

    def __init__(self, ctx, text_source: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.text_source = ctx, text_source
        self.categories: tuple[str, ...] = ()
        self.lines: list[tuple[QComboBox, QComboBox, QLineEdit, QPushButton]] = []
        self.existing = QLabel()
        self.existing.setWordWrap(True)
        self.existing.hide()
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("＋ 登记为需求"))
        self.add_button.setToolTip(self.tr("把发现的需求登记到需求清单，可登记多项"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.add_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.existing)
        layout.addLayout(self.grid)
        layout.addLayout(bar)
        ctx.db.run(needs.need_form_choices, on_done=self._choices)

    def _choices(self, choices: needs.NeedFormChoices) -> None:
        self.categories = choices.categories
        self.add_button.setEnabled(True)
        self.sig_loaded.emit()

    def load(self, visit_id: str) -> None:
        """Show the needs already made from this visit."""
        self.ctx.db.run(needs.needs_of_visit, visit_id, on_done=self._show_existing)

    def _show_existing(self, rows: list[needs.NeedRow]) -> None:
        if not rows:
            return
        self.existing.setText(
            self.tr("已登记：{needs}").format(
                needs="；".join(
                    f"{n.number} {value_label('service_category', n.category)}（{value_label('need_state', n.state)}）"
                    for n in rows
                )
            )
        )
        self.existing.show()

    def add_line(self, category: str = "", urgency: str = NORMAL, description: str | None = None) -> None:
        category_box = QComboBox()
        category_box.addItem(self.tr("选择类别"), "")
        for name in self.categories:
            category_box.addItem(value_label("service_category", name), name)
        category_box.setCurrentIndex(max(0, category_box.findData(category)))
        urgency_box = QComboBox()
        for code in URGENCY_NAMES:
            urgency_box.addItem(value_label("urgency", code), code)
        urgency_box.setCurrentIndex(urgency_box.findData(urgency))
        if description is None:  # the first line of what the visit noted
            description = next(iter(self.text_source().strip().splitlines()), "")
        text = QLineEdit(description)
        text.setPlaceholderText(self.tr("需要什么"))
        remove = QPushButton(self.tr("移除"))
        line = (category_box, urgency_box, text, remove)
        remove.clicked.connect(lambda: self._remove(line))
        row = len(self.lines)
        for column, widget in enumerate(line):
            self.grid.addWidget(widget, row, column)
        self.grid.setColumnStretch(2, 1)
        self.lines.append(line)

    def _remove(self, line) -> None:
        for widget in line:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.lines.remove(line)

    def found(self) -> tuple[needs.FoundNeed, ...]:
        return tuple(
            needs.FoundNeed(category.currentData() or "", urgency.currentData(), text.text())
            for category, urgency, text, _remove in self.lines
        )
