"""A patched ``SimpleFormDialog.ask`` for page tests: the real dialog is built with the page's fields and
service call, filled with the test's answers and saved, so the page's call runs as a user's would."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QPlainTextEdit

from stationdesk.ui.dates import to_qdate


def fill(dialog, values: dict) -> None:
    """Put ``values`` into a SimpleFormDialog's fields by key, as typed or chosen."""
    for key, value in values.items():
        widget = dialog.widgets[key]
        if isinstance(widget, QDateEdit):
            widget.setDate(to_qdate(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)


def answered(values: dict, seen: list | None = None):
    """``SimpleFormDialog.ask`` answering ``values`` (``seen`` gets the values the form started with)."""

    def ask(cls, parent, ctx, title, fields, save):
        dialog = cls(parent, ctx, title, fields, save)
        if seen is not None:
            seen.append(dialog.values())
        fill(dialog, values)
        dialog.save()
        return dialog

    return classmethod(ask)


def consent_given(day=None, scope: str | None = None):
    """``ConsentDialog.ask`` registering the first guardian's consent on ``day`` (default: the day offered) for
    ``scope`` (default: the form's own), saved through the real dialog and its service call."""

    def ask(cls, parent, ctx, child_id, guardians, offered):
        dialog = cls(parent, ctx, child_id, guardians, offered)
        if day is not None:
            dialog.given_on.setDate(to_qdate(day))
        if scope is not None:
            dialog.scope.setText(scope)
        dialog.save()
        return dialog

    return classmethod(ask)
