"""Every service entry point against every role, the list built from the code: the registry's
counters, listers and printers, every guarded service function, every CLI command. A new entry
point without a permission fails here."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from argparse import Namespace

import pytest

import stationdesk.services as services_package
from stationdesk.cli import CommandContext, build_parser
from stationdesk.domain.permissions import ALL, DEFAULT_ROLES
from stationdesk.errors import PermissionDenied
from stationdesk.services import registry


def _registry_entries():
    registry.load_features()
    yield from ((f"counter {k}", f) for k, f in registry.COUNTERS.items())
    yield from ((f"lister {k}", f) for k, f in registry.LISTERS.items())
    yield from ((f"printer {k}", t.build) for k, t in registry.PRINTERS.items())


def _guarded_services():
    registry.load_features()
    seen = {}
    for module_info in pkgutil.walk_packages(services_package.__path__, f"{services_package.__name__}."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if inspect.isfunction(value) and hasattr(value, "permission") and not name.startswith("_"):
                seen[f"{value.__module__}.{value.__qualname__}"] = value
    return sorted(seen.items())


def _cli_commands():
    """(command words, the defaults its parser and the parsers above it set)."""

    def walk(parser, words, defaults):
        defaults = {**defaults, **parser._defaults}
        subactions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
        if not subactions:
            yield " ".join(words), defaults
        for action in subactions:
            for word, child in action.choices.items():
                yield from walk(child, [*words, word], defaults)

    parser = build_parser()
    yield from walk(parser, [], {})


def _call_as(db, actor, function):
    """Call ``function(session, None, ...)``: the guard runs before any argument is looked at."""
    db.actor = actor
    parameters = list(inspect.signature(function).parameters.values())[1:]
    needed = [p for p in parameters if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    with db.session() as session:
        return function(session, *[None] * len(needed))


def test_every_registry_entry_and_guarded_service_names_a_known_permission():
    entries = list(_registry_entries()) + _guarded_services()
    assert len(entries) > 20
    for name, function in entries:
        assert getattr(function, "permission", None) in ALL, name


@pytest.mark.parametrize("role", sorted(DEFAULT_ROLES))
def test_registry_entries_refuse_a_role_without_their_permission(db, role_accounts, role):
    actor = role_accounts[role]
    for name, function in _registry_entries():
        if actor.may(function.permission):
            db.actor = actor
            with db.session() as session:  # a printout needs a real record; counts and lists run here
                if name.startswith("counter"):
                    assert function(session) >= 0, name
                elif name.startswith("lister"):
                    assert function(session, 5, "") == [], name
        else:
            with pytest.raises(PermissionDenied):
                _call_as(db, actor, function)


@pytest.mark.parametrize("role", sorted(DEFAULT_ROLES))
def test_guarded_services_refuse_a_role_without_their_permission(db, role_accounts, role):
    actor = role_accounts[role]
    refused = 0
    for name, function in _guarded_services():
        if not actor.may(function.permission):
            with pytest.raises(PermissionDenied) as caught:
                _call_as(db, actor, function)
            assert caught.value.permission == function.permission, name
            refused += 1
    assert refused == 0 if role == "admin" else refused > 0


def test_nobody_logged_in_may_call_any_guarded_entry(db):
    for name, function in [*_registry_entries(), *_guarded_services()]:
        with pytest.raises(PermissionDenied):
            _call_as(db, None, function)
        assert name


def test_every_cli_command_declares_its_permission():
    commands = dict(_cli_commands())
    assert {"init", "user add", "audit verify", "print assessment", "city import"} <= set(commands)
    for words, defaults in commands.items():
        assert "permission" in defaults, f"stationdesk {words} declares no permission"
        assert defaults["permission"] is None or defaults["permission"] in ALL, words


@pytest.mark.parametrize("role", sorted(set(DEFAULT_ROLES) - {"admin"}))
def test_cli_commands_refuse_a_role_without_their_permission(db, role_accounts, role, role_password, monkeypatch):
    monkeypatch.setenv("STATIONDESK_PASSWORD", role_password)
    actor = role_accounts[role]
    for words, defaults in _cli_commands():
        permission = defaults["permission"]
        if permission is None or actor.may(permission):
            continue
        context = CommandContext(Namespace(**defaults, user=role, command=words), db.folder)
        with pytest.raises(PermissionDenied):
            context._log_in(db)


def test_the_clerk_has_no_case_notes_exports_or_full_ids(role_accounts):
    clerk = role_accounts["clerk"]
    assert not {"case_notes.view", "export", "id.full_view", "accounts.manage"} & clerk.permissions
    assert clerk.may("visits.record")
    assert role_accounts["viewer"].permissions == {"statistics.view"}
