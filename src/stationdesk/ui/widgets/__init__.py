"""Reusable widgets that are parts of pages (panels, bars) live in this package's modules; here are the
small pieces every page and dialog shares: a read-only list view that fits its columns, the page
layout of a list on the left with the chosen record's details on the right, the page title, a figure
card, a dialog's OK/Cancel buttons and its red error line, and the gender and role labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

# Fitting columns measures the first this many rows (Qt's resize precision): the models answer in Python, so
# measuring every row of a long list would cost tens of milliseconds each time rows arrive. 60 covers a
# 1366x768 screen's rows in sight (about 25) with room to scroll before a longer value shows cut.
RESIZE_SAMPLE_ROWS = 60


def list_view(model, on_double_click=None) -> QTableView:
    """A read-only list view of whole rows, one chosen at a time, for a PagedTableModel or RowsTableModel;
    its columns fit their contents each time rows arrive (and stay adjustable)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMaximumSectionSize(360)
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    signal = getattr(model, "sig_loaded", None) or model.modelReset
    signal.connect(lambda: _fit_columns(view))
    if on_double_click is not None:
        view.doubleClicked.connect(on_double_click)
    return view


def _fit_columns(view: QTableView) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()  # resizing the last column undoes its stretch until the next
    header.setStretchLastSection(False)  # resize of the view; switching it off and on stretches it now
    header.setStretchLastSection(True)


def selected_record(view: QTableView):
    """The record of the view's selected row (``model.record``), or None when no row is selected."""
    rows = view.selectionModel().selectedRows()
    return view.model().record(rows[0].row()) if rows else None


def master_detail(
    page: QWidget, title: str, left: list[QWidget | QLayout], detail: QWidget, left_width: int | None = None
) -> None:
    """Lay out ``page``: its title, then a splitter with ``left`` (stacked) and ``detail`` side by side.

    ``left_width``: a narrow finder of that many pixels, the rest to the detail (default: 3 to 4)."""
    left_widget = QWidget()
    left_layout = QVBoxLayout(left_widget)
    left_layout.setContentsMargins(0, 0, 0, 0)
    for item in left:
        if isinstance(item, QLayout):
            left_layout.addLayout(item)
        else:
            left_layout.addWidget(item, 1 if isinstance(item, QTableView) else 0)
    splitter = QSplitter()
    splitter.addWidget(left_widget)
    splitter.addWidget(detail)
    if left_width is None:
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
    else:
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([left_width, 1200 - left_width])
    layout = QVBoxLayout(page)
    layout.addWidget(page_title(title))
    layout.addWidget(splitter, 1)


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 18px; font-weight: bold;")
    return label


def keep_spaces(html: str) -> str:
    """Rich text whose spaces are kept as written: Qt's HTML collapses runs of spaces and treats the
    full-width space (　) that separates Chinese fields as one, so "科目：语文　学期：…" would close up."""
    return f"<div style='white-space:pre-wrap'>{html}</div>"


def gender_text(code: str, blank: str = "") -> str:
    """男 / 女 for the registry's M / F, in the user's language; ``blank`` when not recorded."""
    if code == "M":
        return QCoreApplication.translate("Person", "男")
    if code == "F":
        return QCoreApplication.translate("Person", "女")
    return blank


def role_names() -> dict[str, str]:
    """The registry's roles (elder, child, guardian, volunteer) as the user reads them."""
    return {
        "elder": QCoreApplication.translate("Person", "老人"),
        "child": QCoreApplication.translate("Person", "儿童"),
        "guardian": QCoreApplication.translate("Person", "监护人"),
        "volunteer": QCoreApplication.translate("Person", "志愿者"),
    }


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept() and reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def error_label() -> QLabel:
    """The red line under a form where its problems are listed (set with ``error_text``)."""
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


def stat_card(caption: str, placeholder: str = "…", size_px: int = 28) -> tuple[QFrame, QLabel]:
    """A framed figure over its caption (home page counts, a child's attendance); returns the frame
    and the label to set the figure on."""
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    inner = QVBoxLayout(card)
    number = QLabel(placeholder)
    number.setStyleSheet(f"font-size: {size_px}px; font-weight: bold; color: #1f5fa8;")
    number.setAlignment(Qt.AlignmentFlag.AlignCenter)
    number.setWordWrap(True)
    label = QLabel(caption)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    inner.addWidget(number)
    inner.addWidget(label)
    return card, number


# A 1366x768 screen less a taskbar and the window's title bar: no dialog is taller (tests check it).
DIALOG_MAX_WIDTH, DIALOG_MAX_HEIGHT = 1366, 728 - 32


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the wanted size, but never beyond a 1366x768 screen nor the screen it is on."""
    available = widget.screen().availableGeometry()
    widget.resize(
        min(width, DIALOG_MAX_WIDTH, available.width()), min(height, DIALOG_MAX_HEIGHT, available.height() - 32)
    )


def scrolled(layout) -> QScrollArea:
    """A tall form's fields in a scroll area, so the dialog's buttons stay on a short screen."""
    inner = QWidget()
    inner.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area
