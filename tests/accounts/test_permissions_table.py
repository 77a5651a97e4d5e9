"""Every service entry point against every role, the list built from the code: the registry's
counters, listers and printers, every public service function, every CLI command. A new entry
point without a permission fails here, unless ``EXEMPT`` says why it needs none."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from argparse import ArgumentTypeError, Namespace

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


# A public service function that takes one of these reads or changes station records.
RECORD_PARAMETERS = {"session", "hub", "folder", "database", "connection"}

# Public service functions that touch records without a guard of their own, each group with why.
EXEMPT: dict[str, tuple[str, ...]] = {
    "the login, the first start and an account's own password: what runs before anyone may do anything": (
        "accounts.acting",
        "accounts.acting_name",
        "accounts.actor_of",
        "accounts.attempt_login",
        "accounts.attempt_unlock",
        "accounts.change_password",
        "accounts.create_administrator",
        "accounts.ensure_roles",
        "accounts.has_accounts",
        "accounts.log_in",
        "accounts.new_recovery_code",
        "accounts.note_lock",
        "accounts.recover_administrator",
        "accounts.require",
        "accounts.role_permissions",
    ),
    "the audit chain: every guarded service writes to it; reading it is guarded in audit_log": (
        "audit_chain.chain_head",
        "audit_chain.head_for_bundle",
        "audit_chain.next_hash",
        "audit_chain.verify_chain",
        "station.audit",
    ),
    "program-internal: the demo build and the setting up of a new station (no account exists yet)": (
        "demo.make_people",
        "demo.run_demo",
        "elderly_demo.make_elderly_care",
        "lists_demo.demo_lists",
        "lists_demo.make_lists",
        "station.ensure_default_catalogs",
        "station.init_station",
        "statistics.city.ensure_statistics_indexes",
        "tutoring_demo.make_tutoring",
        "volunteers_demo.demo_volunteers",
        "volunteers_demo.make_activities",
        "volunteers_demo.make_shifts",
        "volunteers_demo.make_volunteers",
    ),
    "the station's own name, code, clock, phone, choice lists and retention period: no personal data": (
        "retention.retention_years",
        "station.catalog",
        "station.current_station",
        "station.get_local",
        "station.set_local",
        "station.station_phone",
        "station.today",
    ),
    "backups: automatic on change and at exit whoever is logged in; restoring runs on the data folder "
    "before any login (the backup page and commands are guarded by the verb backup)": (
        "backups.back_up_now",
        "backups.last_backup_time",
        "backups.list_station_backups",
        "backups.number_beyond_the_lost_changes",
        "backups.restore_into",
        "usb_backup.open_usb_backup",
        "usb_backup.put_keys_in_place",
        "usb_backup.write_usb_backup",
    ),
    "the city hub: the city window and `stationdesk city` log in with the city's own accounts": (
        "city_lists.city_lists",
        "statistics.city.city_overview",
        "statistics.city.city_report",
        "statistics.city.city_trend",
        "statistics.city.completeness",
        "statistics.exports.city_report_pdf",
        "statistics.exports.city_report_xlsx",
        "statistics.exports.export_city_report",
    ),
    "a step inside guarded services, which hold the permission; no page or command calls it": (
        "activities.add_participant",
        "assessments.build_report",
        "matching.need_facts",
        "needs.acting_worker",
        "needs.add_needs_from_visit",
        "needs.has_service",
        "needs.move_state",
        "needs.next_need_number",
        "needs.validate_need",
        "offers.apply_terms",
        "own_person.own_person",
        "own_person.resolve_own_person",
        "offers.list_conditions",
        "people.live_person",
        "person_corrections.erase_corrections",
        "person_corrections.record_corrections",
        "person_rights.person_copy",
        "person_rights.readable_copy",
        "records.live_row",
        "shifts.confirmed_minutes_between",
        "statistics.report.station_engine",
        "teams.leader_of_person",
        "tutoring.lookups.resolve_class",
        "tutoring.printouts.build_monthly_summary",
        "tutoring.printouts.build_signin_sheet",
        "tutoring.printouts.monthly_summary_data",
        "tutoring.printouts.signin_sheet_data",
        "volunteers.live_volunteer",
    ),
    "runs the registry's counters, each guarded by its own verb": ("registry.collect_stats",),
}

# Guarded in their body, name -> verb: station cannot import services.accounts at the top; a new PC
# restores its first backup before it has accounts.
GUARDED_INSIDE = {"station.set_station_phone": "settings.manage", "backups.restore_backup": "backup"}


def _public_service_functions():
    """(dotted name below stationdesk.services, function) of every public function a services module
    defines (not imports)."""
    registry.load_features()
    for module_info in pkgutil.walk_packages(services_package.__path__, f"{services_package.__name__}."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if inspect.isfunction(value) and not name.startswith("_") and value.__module__ == module.__name__:
                yield module.__name__.removeprefix(f"{services_package.__name__}.") + f".{name}", value


def _guarded_services():
    seen = {}
    for _name, value in _public_service_functions():
        if hasattr(value, "permission"):
            seen[f"{value.__module__}.{value.__qualname__}"] = value
    for name, verb in GUARDED_INSIDE.items():
        module, _, function = f"{services_package.__name__}.{name}".rpartition(".")
        value = getattr(importlib.import_module(module), function)
        seen[f"{module}.{function}"] = functools.partial(value)
        seen[f"{module}.{function}"].permission = verb
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


def test_every_public_service_function_is_guarded_or_exempt_with_a_reason():
    registered = {
        getattr(function, "__wrapped__", None) for _name, function in _registry_entries()
    }  # the registry guards what it holds
    exempt = {name for names in EXEMPT.values() for name in names}
    found = dict(_public_service_functions())
    unguarded = [
        name
        for name, function in found.items()
        if RECORD_PARAMETERS & set(inspect.signature(function).parameters)
        and not hasattr(function, "permission")
        and function not in registered
        and name not in exempt | set(GUARDED_INSIDE)
    ]
    assert unguarded == [], "guard these with @guarded(verb), or say in EXEMPT why they need no permission"
    assert sorted(exempt - set(found)) == [], "EXEMPT names functions that are gone"
    assert sorted(name for name in exempt if hasattr(found[name], "permission")) == [], "exempt yet guarded"


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


CANDIDATES = ("2025-01-01", "2025-01", "1", "x")
KNOWN_ARGUMENTS = {"list": ["people"]}  # a kind the command knows, so that it gets to the login


def _takes(action, value: str) -> bool:
    try:
        (action.type or str)(value)
    except (ValueError, TypeError, ArgumentTypeError):
        return False
    return True


def _argv_for(words: str) -> list[str]:
    """``words`` and a value for each argument it requires (made up where KNOWN_ARGUMENTS has none):
    enough to get past argparse to the login."""
    parser = build_parser()
    for word in words.split():
        parser = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction").choices[word]
    known = list(KNOWN_ARGUMENTS.get(words, []))
    argv = words.split()
    for action in parser._actions:
        if not action.required or action.__class__.__name__ == "_SubParsersAction":
            continue
        if known and not action.option_strings:
            value = known.pop(0)
        elif action.choices:
            value = str(next(iter(action.choices)))
        else:
            value = next(v for v in CANDIDATES if _takes(action, v))
        argv += [value] if not action.option_strings else [action.option_strings[0], value]
    return argv


@pytest.mark.parametrize("role", sorted(set(DEFAULT_ROLES) - {"admin"}))
def test_a_refused_cli_command_exits_3_with_one_line(db, role_accounts, role, role_password, monkeypatch, capsys):
    from stationdesk.cli import main

    monkeypatch.setenv("STATIONDESK_PASSWORD", role_password)
    refused, wrong = 0, []
    for words, defaults in _cli_commands():
        permission = defaults["permission"]
        if permission is None or role_accounts[role].may(permission) or words.startswith("city"):
            continue
        code = main(["--data-dir", str(db.folder.root), "--user", role, *_argv_for(words)])
        err = capsys.readouterr().err
        if (code, len(err.strip().splitlines())) != (3, 1) or not err.startswith("stationdesk: 没有权限："):
            wrong.append(f"stationdesk {words}: exit {code}, {err.strip()}")
        refused += 1
    assert not wrong, "\n".join(wrong)
    assert refused > 0


CITY_VIEWER_MAY = {"city stats", "city report", "city conflicts"}


def test_every_city_command_for_the_city_viewer(tmp_path, as_city_administrator, role_password, monkeypatch, capsys):
    """The city's accounts, walked like the station's: the viewer runs the figures, reports and
    conflicts; every other city command that logs in exits 3 with one line naming what is missing."""
    from stationdesk.cli import main
    from stationdesk.domain.permissions import CITY_PERMISSIONS
    from stationdesk.sync import hub_accounts
    from stationdesk.sync.hub import Hub

    hub_db = tmp_path / "hub.sqlite3"
    with Hub.init(str(hub_db), "江门市", "CITY") as hub:
        as_city_administrator(hub)
        admin = hub_accounts.log_in(hub, "admin", "demo-password")
        hub_accounts.add_account(hub, admin, "viewer", "查看员", "city_viewer", role_password)
    monkeypatch.setenv("STATIONDESK_PASSWORD", role_password)
    ran, refused, wrong = set(), set(), []
    for words, defaults in _cli_commands():
        permission = defaults.get("city_permission")
        if not words.startswith("city") or permission is None:
            continue
        assert permission in CITY_PERMISSIONS, words
        code = main(["--user", "viewer", *_argv_for(words), "--db", str(hub_db)])
        err = capsys.readouterr().err
        if words in CITY_VIEWER_MAY:
            ran.add(words) if code == 0 else wrong.append(f"stationdesk {words}: exit {code}, {err.strip()}")
        elif (code, len(err.strip().splitlines())) == (3, 1) and err.startswith("stationdesk: 没有权限："):
            refused.add(words)
        else:
            wrong.append(f"stationdesk {words}: exit {code}, {err.strip()}")
    assert not wrong, "\n".join(wrong)
    assert ran == CITY_VIEWER_MAY
    assert {"city import", "city export", "city enroll", "city resolve", "city edit", "city user add"} <= refused
    assert "city user list" in refused
