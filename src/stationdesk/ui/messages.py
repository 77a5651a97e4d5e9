"""Message boxes the whole GUI uses, each behind a classmethod tests can patch."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from stationdesk.errors import FormErrors, NeedsConfirmation, StationDeskError
from stationdesk.messages import message_for


def error_text(error: BaseException) -> str:
    """What a user reads for an error: translated for ours, a short generic line for anything else."""
    if isinstance(error, FormErrors):
        return "\n".join(message_for(e) for e in error.errors)
    if isinstance(error, NeedsConfirmation):
        return "\n".join(message_for(w) for w in error.warnings)
    if isinstance(error, StationDeskError):
        return message_for(error)
    return QMessageBox.tr("出现了意外错误，操作未完成，数据没有改动。详情已写入数据文件夹的日志。")


class MessageBox:
    @classmethod
    def error(cls, parent: QWidget | None, error: BaseException) -> None:
        QMessageBox.warning(parent, QMessageBox.tr("无法完成"), error_text(error))

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """Yes/no question; True when the user says yes."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
