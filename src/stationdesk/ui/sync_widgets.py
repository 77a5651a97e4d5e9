"""Pieces shared by the station's 数据同步 page and the city window: a progress dialog for long
work, the report as readable text, the conflict table model and the removable-drive finder."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QStorageInfo, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from stationdesk.ui.db_worker import QtProgress


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncWidgets", text)


def progress_dialog(parent: QWidget, title: str) -> tuple[QProgressDialog, QtProgress]:
    """A modal progress dialog fed by a QtProgress that the worker updates; Cancel cancels."""
    dialog = QProgressDialog(title, tr("取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    progress = QtProgress()

    def update(done: int, total: int, _text: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
    progress.sig_update.connect(update)
    dialog.canceled.connect(progress.cancel)
    return dialog, progress


def report_text(report: dict | None) -> str:
    if not report:
        return tr("还没有导入过同步包。")
    if report.get("status") == "refused":
        return tr("已拒绝：{message}").format(message=report.get("refused", {}).get("message", ""))
    status = {"applied": tr("已导入"), "already_imported": tr("此同步包已导入过，未作改动"),
              "covered": tr("已被后来的同步包覆盖，未作改动"), "dry_run": tr("仅检查，未写入")}.get(report.get("status"), "")
    lines = [tr("同步包 {id}（来自 {sender}）：{status}").format(id=report.get("bundle_id", ""), sender=report.get("from", ""),
                                                             status=status)]
    for name, counts in report.get("tables", {}).items():
        lines.append(tr("{table}：新增 {imported}，更新 {updated}，未变 {unchanged}，删除 {deleted}，冲突 {conflicts}")
                     .format(table=name, **counts))
    if report.get("conflict_count"):
        lines.append(tr("冲突 {n} 条，两方的值都已保留，见下方冲突列表。").format(n=report["conflict_count"]))
    return "\n".join(lines)


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
        found.append((f"{label}（{root}，{free:.1f} GB {tr('可用')}）", root))
    return found


class ConflictModel(QAbstractTableModel):
    """Open conflicts (at most a few hundred, loaded at once): table, record, kind, who, what differs."""

    HEADERS = ("表", "记录", "类型", "保留的值来自", "另一方", "不同的字段")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        kind = tr("双方都修改") if row["kind"] == "both_edited" else tr("修改与删除冲突")
        return (row["table"], row["label"], kind, row["kept_writer"], row["other_writer"],
                "、".join(row["differences"]))[index.column()]


def conflict_row(seq: int, table: str, row_id: str, kind: str, kept_writer: str, kept: dict,
                 other_writer: str, other: dict, differences) -> dict:
    """One conflict as the table model and the detail view want it (privacy: children by alias)."""
    label = (kept.get("alias") if kept.get("is_child") and kept.get("alias") else kept.get("name")) or row_id[:8]
    return {"seq": seq, "table": table, "id": row_id, "kind": kind, "kept_writer": kept_writer, "kept": kept,
            "other_writer": other_writer, "other": other, "differences": list(differences), "label": str(label)}


def conflict_detail(row: dict) -> list[tuple[str, str, str]]:
    """(field, kept value, other value) for the fields that differ; ID numbers and phones masked."""
    kept, other = row["kept"], row["other"]
    return [(k, _show(k, kept.get(k)), _show(k, other.get(k))) for k in row["differences"]]


def _show(field: str, value) -> str:
    from stationdesk.domain.id_number import mask_id_number
    from stationdesk.domain.phone import mask_phone

    if isinstance(value, str) and value:
        if field == "id_number":
            return mask_id_number(value)
        if field == "phone" or field.endswith("_phone"):
            return mask_phone(value)
    if value is None:
        return "—"
    if value == "":
        return tr("（空）")
    if value is True:
        return tr("是")
    if value is False:
        return tr("否")
    return str(value)


def after(callback: Callable, *more: Callable) -> Callable:
    def run(value):
        callback(value)
        for extra in more:
            extra()
    return run
