"""Every dialog that stores something saves the same way: the form's values go to a service on the database
thread, the dialog closes only when they are stored, every problem is listed in red under the form (the field a
``ValidationError`` names is framed red too, until it is changed), everything typed stays, and the warnings a
service raises (``NeedsConfirmation``) are asked once before the same call is repeated with ``confirmed=True``.
A subclass lays out ``self.form``, names its fields with ``watch()`` and overrides ``submit()``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from stationdesk.errors import FormErrors, NeedsConfirmation, StationDeskError, ValidationError
from stationdesk.ui.messages import MessageBox, error_text
from stationdesk.ui.widgets import error_label

INVALID_FRAME = "border: 1px solid #b00020;"


def _framed(widget: QWidget, own: str) -> str:
    """The widget's own style sheet plus a red frame on the widget alone (not on the widgets inside it)."""
    if not widget.objectName():
        widget.setObjectName(f"field_{id(widget)}")
    selector = f"#{widget.objectName()}"
    rules = own if "{" in own or not own.strip() else f"{selector} {{ {own} }}"
    return f"{rules} {selector} {{ {INVALID_FRAME} }}"


def _changed_signal(widget: QWidget):
    """The signal a field sends when the user changes it."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.valueChanged  # type: ignore[attr-defined]
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
        return widget.selectionModel().selectionChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return getattr(widget, "sig_changed", None)


def field_errors(error: BaseException) -> list[ValidationError]:
    if isinstance(error, FormErrors):
        return list(error.errors)
    return [error] if isinstance(error, ValidationError) else []


class SavingDialog(QDialog):
    sig_saved = Signal(object)  # what the service returned
    sig_failed = Signal(str)  # the text shown under the form

    def __init__(self, parent: QWidget | None, ctx, title: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label()
        self.fields: dict[str, QWidget] = {}
        self._frames: dict[str, str] = {}  # a marked field's own style sheet, given back when it is changed
        self._only_field_problems = False  # every problem listed belongs to a marked field
        self.saved_result: object = None
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

    def watch(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` is the form's ``field`` (the name a ValidationError gives): marked when refused, cleared
        as soon as the user changes it."""
        self.fields[field] = widget
        signal = _changed_signal(widget)
        if signal is not None:
            signal.connect(lambda *_: self._field_changed(field))
        return widget

    def submit(self) -> None:
        """Read the fields and call ``self.run(service, *args)``. The base form has no fields and nothing to
        store: it closes as saved, with no result."""
        self._saved(None)

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

    def run_with_progress(self, label: str, function, *args) -> None:
        """``run`` for work that takes a while (a PDF): a progress dialog while it runs."""
        from stationdesk.ui.long_job import run_with_progress

        self.buttons.setEnabled(False)
        run_with_progress(self, self.ctx, label, function, *args, on_done=self._saved, on_error=self._failed)

    def _refused(self, error: BaseException, function, args, kwargs) -> None:
        if isinstance(error, NeedsConfirmation) and not kwargs.get("confirmed"):
            self.buttons.setEnabled(True)
            if MessageBox.ask(self, self.tr("请确认"), error_text(error)):
                self.run(function, *args, **{**kwargs, "confirmed": True})
            return
        self._failed(error)

    def _saved(self, result) -> None:
        self.buttons.setEnabled(True)
        self.saved_result = result
        self.sig_saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))
        problems = field_errors(error)
        for problem in problems:
            self._mark(problem.field)
        self._only_field_problems = bool(problems) and all(p.field in self._frames for p in problems)
        self.sig_failed.emit(self.error.text())

    def invalid_fields(self) -> list[str]:
        return list(self._frames)

    def _mark(self, field: str | None) -> None:
        widget = self.fields.get(field or "")
        if widget is None or field in self._frames:
            return
        self._frames[field] = widget.styleSheet()
        widget.setStyleSheet(_framed(widget, widget.styleSheet()))

    def _field_changed(self, field: str) -> None:
        if field not in self._frames:
            return
        self.fields[field].setStyleSheet(self._frames.pop(field))
        if not self._frames and self._only_field_problems:
            self.error.clear()  # the problems listed were those of the fields now changed
