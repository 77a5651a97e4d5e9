"""The dialogs of the three lists share one way of saving: the form's values go to a service on the database
thread, the dialog closes only when they are stored, every problem is listed in red under the form, and the
warnings a service raises (``NeedsConfirmation``) are asked once before the same call is repeated with
``confirmed=True``. A subclass lays out ``self.form`` and implements ``submit()``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from stationdesk.errors import NeedsConfirmation, StationDeskError
from stationdesk.ui.messages import MessageBox, error_text
from stationdesk.ui.widgets import error_label


class SavingDialog(QDialog):
    sig_saved = Signal(object)  # what the service returned
    sig_failed = Signal(str)  # the text shown under the form

    def __init__(self, parent: QWidget | None, ctx, title: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addStretch(1)  # spare height goes below the fields, not between them
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def submit(self) -> None:
        """Read the fields and call ``self.run(service, *args)``."""
        raise NotImplementedError

    def save(self) -> None:
        self.error.clear()
        try:
            self.submit()
        except StationDeskError as problem:  # the plain form refused a value before any service call
            self._failed(problem)

    def run(self, function, *args, **kwargs) -> None:
        self.buttons.setEnabled(False)
        self.ctx.db.run(
            function,
            *args,
            **kwargs,
            on_done=self._saved,
            on_error=lambda error: self._refused(error, function, args, kwargs),
        )

    def _refused(self, error: BaseException, function, args, kwargs) -> None:
        if isinstance(error, NeedsConfirmation) and not kwargs.get("confirmed"):
            self.buttons.setEnabled(True)
            if MessageBox.ask(self, self.tr("请确认"), error_text(error)):
                self.run(function, *args, **{**kwargs, "confirmed": True})
            return
        self._failed(error)

    def _saved(self, result) -> None:
        self.buttons.setEnabled(True)
        self.sig_saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))
        self.sig_failed.emit(self.error.text())
