"""Pieces shared by the station's 数据同步 page and the city window: a progress dialog for long
work, the report as readable text, the conflict table model and the removable-drive finder."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.privacy import shown_name
from stationdesk.services.sync import field_label, masked, report_lines, table_label
from stationdesk.ui.models.rows_table_model import RowsTableModel


def report_text(report: dict | None) -> str:
    """The import report for a text box; the GUI shows the file path elsewhere."""
    return "\n".join(report_lines({k: v for k, v in (report or {}).items() if k != "report_file"} if report else None))


def removable_drives() -> list[tuple[str, str]]:
    """(label, folder) of mounted, writable volumes that look like USB sticks."""
    found = []
    system_root = os.path.splitdrive(sys.executable)[0].upper() if sys.platform == "win32" else ""
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            if root[:2].upper() in (system_root, "C:"):
                continue
        elif not root.startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/")):
            continue
        label = volume.displayName() or root
        free = volume.bytesAvailable() / (1 << 30)
        available = QCoreApplication.translate("SyncWidgets", "可用")
        found.append((f"{label}（{root}，{free:.1f} GB {available}）", root))
    return found


CHOOSE_FOLDER = "__choose__"  # the drive list's last entry: ask for a folder instead


def fill_drive_choice(combo) -> None:
    """The USB sticks found now, then "choose a folder…" (the sync export and the USB backup)."""
    combo.clear()
    for label, root in removable_drives():
        combo.addItem(QCoreApplication.translate("SyncWidgets", "U 盘：") + label, root)
    combo.addItem(QCoreApplication.translate("SyncWidgets", "选择文件夹…"), CHOOSE_FOLDER)


def cell(index: int):
    """Column getter for rows given as lists of cells."""
    return lambda row: row[index]


def conflict_model(parent=None) -> RowsTableModel:
    """Open conflicts (at most a few hundred): table, record, kind, who, what differs."""

    def kind(row: dict) -> str:
        if row["kind"] == "both_edited":
            return QCoreApplication.translate("SyncWidgets", "双方都修改")
        return QCoreApplication.translate("SyncWidgets", "修改与删除冲突")

    separator = QCoreApplication.translate("SyncWidgets", "、")

    return RowsTableModel(
        [
            (QCoreApplication.translate("SyncWidgets", "表"), lambda r: table_label(r["table"])),
            (QCoreApplication.translate("SyncWidgets", "记录"), lambda r: r["label"]),
            (QCoreApplication.translate("SyncWidgets", "类型"), kind),
            (QCoreApplication.translate("SyncWidgets", "判定于"), lambda r: r["found_at"]),
            (QCoreApplication.translate("SyncWidgets", "保留的值来自"), lambda r: r["kept_writer"]),
            (QCoreApplication.translate("SyncWidgets", "另一方"), lambda r: r["other_writer"]),
            (
                QCoreApplication.translate("SyncWidgets", "不同的字段"),
                lambda r: separator.join(map(field_label, r["differences"])),
            ),
        ],
        parent=parent,
    )


class ConflictPanel(QWidget):
    """The conflicts list, the differing fields of the selected one, and the two choices.
    ``sig_resolve(seq, take_other)`` asks the owner to resolve it."""

    sig_resolve = Signal(int, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = conflict_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SyncWidgets", "字段"),
                QCoreApplication.translate("SyncWidgets", "当前保留的值"),
                QCoreApplication.translate("SyncWidgets", "另一方的值"),
            ]
        )
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        self.detail.verticalHeader().setVisible(False)
        self.keep_button = QPushButton(QCoreApplication.translate("SyncWidgets", "保留当前值"))
        self.take_button = QPushButton(QCoreApplication.translate("SyncWidgets", "改用另一方的值"))
        self.keep_button.clicked.connect(lambda: self._resolve(False))
        self.take_button.clicked.connect(lambda: self._resolve(True))
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)  # the list has seven columns, the detail three
        split.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        explained = QCoreApplication.translate(
            "SyncWidgets",
            "两端都改过同一条记录时，程序先按最后修改的保留一份，另一方的值也存着，由您决定。"
            "“判定于”：哪一次导入发现了这次冲突；“保留的值来自”：现在记录里的值是哪一方写的；"
            "“另一方”：没有被采用的值是哪一方写的。",
        )
        note = QLabel(explained)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.table.setToolTip(explained)
        self.table.setWhatsThis(explained)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(split)
        layout.addLayout(buttons)
        self.fit_columns()
        self.show_selected()

    def set_conflicts(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self.fit_columns()
        self.show_selected()

    def fit_columns(self) -> None:
        """Columns as wide as their contents, but never narrower than their heading with some air around
        it (the style's own header padding is a pixel or two, so bare heading widths look cramped)."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        air = header.fontMetrics().horizontalAdvance("　　")
        for column in range(self.model.columnCount()):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column, max(header.sectionSize(column), header.fontMetrics().horizontalAdvance(heading) + air)
            )

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def show_selected(self, *_args) -> None:
        row = self.selected()
        details = conflict_detail(row) if row else []
        self.detail.setRowCount(len(details))
        for index, values in enumerate(details):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.detail.setItem(index, column, item)
        self.detail.resizeRowsToContents()
        self.keep_button.setEnabled(row is not None)
        self.take_button.setEnabled(row is not None)

    def _resolve(self, take_other: bool) -> None:
        row = self.selected()
        if row is not None:
            self.sig_resolve.emit(row["seq"], take_other)


def conflict_row(
    seq: int,
    table: str,
    row_id: str,
    kind: str,
    kept_writer: str,
    kept: dict,
    other_writer: str,
    other: dict,
    differences,
    found_at: str,
) -> dict:
    """One conflict as the table model and the detail view want it (privacy: children by alias);
    ``found_at`` says, in the user's words, whose import decided it."""
    label = shown_name(kept.get("name"), kept.get("alias"), kept.get("is_child")) or row_id[:8]
    return {
        "seq": seq,
        "table": table,
        "id": row_id,
        "kind": kind,
        "kept_writer": kept_writer,
        "kept": kept,
        "other_writer": other_writer,
        "other": other,
        "differences": list(differences),
        "label": str(label),
        "found_at": found_at,
    }


def conflict_detail(row: dict) -> list[tuple[str, str, str]]:
    """(field, kept value, other value) for the fields that differ; ID numbers and phones masked."""
    kept, other = row["kept"], row["other"]
    return [(field_label(k), _show(k, kept.get(k)), _show(k, other.get(k))) for k in row["differences"]]


def _show(field: str, value) -> str:
    value = masked(field, value)
    if value is None:
        return "—"
    if value == "":
        return QCoreApplication.translate("SyncWidgets", "（空）")
    if value is True:
        return QCoreApplication.translate("SyncWidgets", "是")
    if value is False:
        return QCoreApplication.translate("SyncWidgets", "否")
    return str(value)
