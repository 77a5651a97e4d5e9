"""Pieces every page shares: a read-only list view that fits its columns, and the page layout of
a list on the left with the chosen record's details on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QLayout, QSplitter, QTableView, QVBoxLayout, QWidget


def list_view(model) -> QTableView:
    """A read-only list view whose columns fit their contents each time rows arrive (and stay adjustable)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMaximumSectionSize(360)
    signal = getattr(model, "sig_loaded", None) or model.modelReset
    signal.connect(view.resizeColumnsToContents)
    return view


def master_detail(page: QWidget, title: str, left: list[QWidget | QLayout], detail: QWidget) -> None:
    """Lay out ``page``: its title, then a splitter with ``left`` (stacked) and ``detail`` side by side."""
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
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 4)
    layout = QVBoxLayout(page)
    layout.addWidget(page_title(title))
    layout.addWidget(splitter, 1)


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 18px; font-weight: bold;")
    return label
