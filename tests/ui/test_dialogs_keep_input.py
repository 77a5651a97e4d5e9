"""No dialog closes on a validation error: every dialog class of the program is found (as the size walk finds
them), opened with its recipe, given something that cannot be stored, and its OK pressed. It must still be open,
show what is wrong, and hold everything typed. A new dialog class is neither walked nor exempt: the test fails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from test_dialogs_fit import ctx, dialog_classes, recipes  # noqa: F401  (ctx: the fixture)

# Dialogs without anything to refuse, and why.
EXEMPT = {
    "SavingDialog": "the base class: it has no fields",
    "PdfPreviewDialog": "a preview: prints or saves a file the program made",
    "CorrectionLogDialog": "read only: the corrections of one shift",
    "DrillDownDialog": "read only: the records behind a figure",
    "SearchDialog": "a search box: every text is a search",
    "UserGuideDialog": "read only: the user guide",
    "SigninDialog": "chooses a day for a printout; every day is valid",
    "MonthDialog": "chooses a month for a printout; every month is valid",
    "PersonPickerDialog": "chooses a person; OK without a choice is tested in tests/ui/test_pickers.py",
    "RosterImportDialog": "maps columns; refused rows are listed in its preview, tested in tests/volunteers",
    "TimeEntryDialog": "a sign-in grid whose bad cells are refused cell by cell, tested in tests/volunteers",
    "LoginDialog": "a wrong password is refused by the account service, tested in tests/accounts",
    "UnlockDialog": "a wrong password is refused by the account service, tested in tests/accounts",
    "CityLoginDialog": "a wrong password is refused by the city's accounts, tested in tests/sync/test_city_window.py",
    "LabelledForm": "the base of the login dialogs: no fields of its own",
    "SettingsDialog": "every field is a bounded choice or spin box",
    "VisitRulesDialog": "three bounded spin boxes",
    "MultiEnrolDialog": "enrols through its own save and stays open on a refusal (its tests); not a SavingDialog yet",
    "DeadlineRuleDialog": "bounded spin boxes: every value they allow is stored",
    "RetentionDialog": "a bounded spin box; its erasure asks step by step (tests/accounts/test_retention.py)",
    # Before the database thread exists (start-up) or as the window locks: asked again by their caller with the
    # reason and what was typed (login, name, recovery code); passwords are typed anew on purpose.
    "AdministratorSetupDialog": "start-up: re-asked with the reason and the login and name (tests/accounts)",
    "RecoveryDialog": "start-up: re-asked with the reason and the recovery code typed (tests/accounts)",
    "ChangePasswordDialog": "only passwords, which are typed anew after a refusal on purpose",
}

# What makes each walked dialog's input unstorable (default: as it opens, with the notes filled in).
SPOIL = {
    "VisitDialog": lambda d: None,  # no elder chosen
    "TeamDialog": lambda d: d.service_area.setText("城东社区"),  # no name
    "ClassDialog": lambda d: d.name.clear(),
    "ActivityDialog": lambda d: d.name.clear() if hasattr(d, "organiser") else d.subject.clear(),
    "CorrectionDialog": lambda d: d.by.setText("陈主任"),  # no reason
    "ShiftEntryDialog": lambda d: d.start.setText("2575"),
    "PersonDialog": lambda d: (d.fields["name"].setText("王秀英"), d.fields["id_number"].setText("440102194803051234")),
    "StationSetupDialog": lambda d: d.findChildren(QLineEdit)[0].setText("站 点!"),
    "EnrolStationDialog": lambda d: d.name.setText("城西站"),  # no code, and no hub: refused either way
    "BackupPasswordDialog": lambda d: (d.password.setText("abc12345"), d.again.setText("abc1")),
    "TermDialog": lambda d: d.holidays.setPlainText("十月一日"),
    "SessionTimeDialog": lambda d: d.start.setText("2575"),
    "CaseNoteDialog": lambda d: (d.author.setText("李社工"), d.text.clear()),  # no note
    "ConsentDialog": lambda d: d.given_on.setDate(d.given_on.maximumDate()),  # a day after today
    "RegisterVolunteerDialog": lambda d: d.availability.setText("周末上午"),  # no person chosen
    "ErasureReasonDialog": lambda d: None,  # no reason
}


def typed(dialog) -> list:
    """Everything a user can have typed or chosen in the dialog, in a fixed order."""
    values = []
    for widget in dialog.findChildren(QLineEdit):
        values.append(widget.text())
    for widget in dialog.findChildren(QPlainTextEdit):
        values.append(widget.toPlainText())
    for widget in dialog.findChildren(QComboBox):
        values.append(widget.currentIndex())
    for widget in dialog.findChildren(QDateTimeEdit):
        values.append(widget.dateTime().toString())
    return values


def shown_error(dialog) -> str:
    """The red text in the dialog (every dialog writes its problems in #b00020)."""
    return "\n".join(
        label.text() for label in dialog.findChildren(QLabel) if "b00020" in label.styleSheet() and label.text()
    )


def press_ok(dialog) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.click()
                return
    raise AssertionError(f"{type(dialog).__name__} has no OK button")


def test_every_dialog_is_walked_or_exempt_with_a_reason():
    names = {c.__name__ for c in dialog_classes()}
    assert sorted(names - set(SPOIL) - set(EXEMPT) - _plain_saving_dialogs()) == [], "a dialog nobody walks"
    assert sorted((set(SPOIL) | set(EXEMPT)) - names) == [], "a walked or exempt dialog that no longer exists"


def _plain_saving_dialogs() -> set[str]:
    """The SavingDialogs whose fresh form cannot be stored as it opens (an empty name, no category …)."""
    from stationdesk.ui.dialogs.saving_dialog import SavingDialog

    return {c.__name__ for c in dialog_classes() if issubclass(c, SavingDialog)} - set(SPOIL) - set(EXEMPT)


def test_no_dialog_closes_on_a_validation_error(qtbot, ctx, db, monkeypatch):  # noqa: F811
    from stationdesk.ui.messages import MessageBox

    monkeypatch.setattr(MessageBox, "error", classmethod(lambda cls, *a, **k: pytest.fail(f"a message box: {a}")))
    monkeypatch.setattr(MessageBox, "ask", classmethod(lambda cls, *a, **k: False))
    known = recipes(ctx, db)
    walked = set(SPOIL) | _plain_saving_dialogs()
    failures = []
    for cls in dialog_classes():
        if cls.__name__ not in walked:
            continue
        dialog = known[cls.__name__](cls)
        dialog.show()
        qtbot.waitUntil(ctx.db.is_idle)
        for notes in dialog.findChildren(QPlainTextEdit):
            if not notes.toPlainText() and not notes.isReadOnly():
                notes.setPlainText("家属下午在家")
        SPOIL.get(cls.__name__, lambda d: None)(dialog)
        before = typed(dialog)
        press_ok(dialog)
        qtbot.waitUntil(ctx.db.is_idle)
        QCoreApplication.processEvents()
        problems = []
        if not dialog.isVisible():
            problems.append("closed")
        if not shown_error(dialog):
            problems.append("no error shown")
        if typed(dialog) != before:
            problems.append("input changed")
        if problems:
            failures.append(f"{cls.__module__}.{cls.__name__}: {', '.join(problems)}")
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert failures == [], "\n".join(failures)
