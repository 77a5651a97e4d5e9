"""Project errors: a stable code plus the values a message needs.

Services raise these; the UI and the CLI turn the code into text in the user's language
(see ``stationdesk.messages``). The code is also what goes into the log.
"""

from __future__ import annotations


class StationDeskError(Exception):
    """Base of every error a user can cause or meet. ``code`` is dotted: ``area.reason``."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        from stationdesk.messages import message_for

        return message_for(self)


class ValidationError(StationDeskError):
    """Input that breaks a rule. ``field`` names the form field when there is one."""

    def __init__(self, code: str, field: str | None = None, **params: object) -> None:
        super().__init__(code, **params)
        self.field = field


class FormErrors(StationDeskError):
    """Several field errors found at once, so a form can show all of them."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("form.invalid", count=len(errors))
        self.errors = errors


class NotFound(StationDeskError):
    def __init__(self, kind: str, key: object) -> None:
        super().__init__("not_found", kind=kind, key=key)


class DatabaseProblem(StationDeskError):
    """The database file cannot be used as it is (damaged, newer than the program, locked)."""


class BundleRejected(StationDeskError):
    """A sync bundle failed a check; nothing was written."""


class NeedsConfirmation(StationDeskError):
    """The input is valid but something deserves a second look (a possible duplicate, an old
    area code). The caller shows ``warnings`` and repeats the call with ``confirmed=True``."""

    def __init__(self, warnings: list[StationDeskError]) -> None:
        super().__init__("confirm.needed", count=len(warnings))
        self.warnings = warnings


class PermissionDenied(StationDeskError):
    """The acting account (or no account at all) may not do this; ``permission`` names the verb."""

    def __init__(self, permission: str, **params: object) -> None:
        super().__init__("permission.denied", permission=permission, **params)
        self.permission = permission
