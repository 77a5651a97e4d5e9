"""Staff accounts: who is acting, what they may do, their passwords.

The acting account travels with the call: ``Database.actor`` is copied into every session's ``info``
(the GUI sets it after the login dialog, the CLI after ``--user``), and services guard themselves with
``require(session, verb)`` or ``@guarded(verb)``. A session without an account may do nothing guarded.

Passwords are Argon2id PHC strings with OWASP's parameters (m=19 MiB, t=2, p=1; DOMAIN.md), re-hashed
at login when the parameters rise. Five wrong passwords in a row lock an account for a minute, then
twice as long for each further one (``domain.permissions.lockout_seconds``). The administrator's
recovery code (shown once) resets the administrator's password.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.base import utcnow
from stationdesk.db.models.accounts import Account, Role, RolePermission
from stationdesk.db.models.people import Person
from stationdesk.db.stamping import note_changed
from stationdesk.domain import permissions as rules
from stationdesk.domain.passwords import HASHER, judge_login, password_matches, recovery_code_matches
from stationdesk.domain.passwords import new_recovery_code as make_recovery_code
from stationdesk.errors import FormErrors, NotFound, PermissionDenied, StationDeskError, ValidationError
from stationdesk.services.station import audit, get_local, set_local

RECOVERY_KEY = "accounts.recovery_code"
LOGIN_CHARACTERS = 40
NAME_CHARACTERS = 50

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Actor:
    """The account doing the work, as it travels with a call."""

    id: int
    login: str
    display_name: str
    role: str
    permissions: frozenset[str]

    def may(self, permission: str) -> bool:
        return permission in self.permissions


@dataclass(frozen=True)
class AccountRow:
    id: int
    login: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None
    person_name: str = ""  # the registry person the account is linked to (e.g. as 探访人)


@dataclass(frozen=True)
class RoleRow:
    key: str
    name: str
    permissions: frozenset[str]


# -- who is acting --------------------------------------------------------------------------------------


def acting(session: Session) -> Actor | None:
    return session.info.get("actor")


def require(session: Session, permission: str) -> Actor:
    """The acting account, if it holds ``permission``; else ``PermissionDenied`` naming the verb."""
    actor = acting(session)
    if actor is None or not actor.may(permission):
        raise denied(permission, actor)
    return actor


def denied(permission: str, actor: Actor | None) -> PermissionDenied:
    """The refusal, naming the verb as a station worker reads it."""
    return PermissionDenied(
        permission, what=messages.text(f"permission.{permission}"), who=actor.display_name if actor else ""
    )


def guarded(permission: str) -> Callable[[F], F]:
    """A service ``fn(session, ...)`` that runs only for an account holding ``permission``."""

    def wrap(function: F) -> F:
        @functools.wraps(function)
        def checked(session: Session, *args, **kwargs):
            require(session, permission)
            return function(session, *args, **kwargs)

        checked.permission = permission  # type: ignore[attr-defined]  (read by the entry-point test)
        return checked  # type: ignore[return-value]

    return wrap


def program_actor(login: str) -> Actor:
    """The program acting by itself (the demo generator, the self-test's tour of the pages): every
    permission and no display name, so made-up 记录人 names stay and the audit log names ``login``."""
    return Actor(0, login, "", rules.ADMIN_ROLE, rules.ALL)


def acting_name(session: Session) -> str:
    """What a record shows as 记录人: the acting account's display name ("" without one)."""
    actor = acting(session)
    return actor.display_name if actor else ""


# -- roles ----------------------------------------------------------------------------------------------


def ensure_roles(session: Session) -> None:
    """The five roles with their default verbs, on a station that has no roles yet."""
    if session.execute(select(func.count()).select_from(Role)).scalar_one():
        return
    for key, (name_zh, name_en, verbs) in rules.DEFAULT_ROLES.items():
        session.add(Role(key=key, name_zh=name_zh, name_en=name_en))
        session.flush()
        session.add_all(RolePermission(role_key=key, permission=verb) for verb in sorted(verbs))


def role_permissions(session: Session, role_key: str) -> frozenset[str]:
    return frozenset(
        session.execute(select(RolePermission.permission).where(RolePermission.role_key == role_key)).scalars()
    )


def _role_name(role: Role) -> str:
    return role.name_en if messages.language() == "en" else role.name_zh


@guarded("accounts.manage")
def list_roles(session: Session) -> list[RoleRow]:
    roles = session.execute(select(Role).order_by(Role.key)).scalars().all()
    return [RoleRow(r.key, _role_name(r), role_permissions(session, r.key)) for r in roles]


@guarded("accounts.manage")
def set_role_permissions(session: Session, role_key: str, verbs: frozenset[str]) -> RoleRow:
    """Replace a role's verbs. Nobody grants what they do not hold; the administrator's role keeps
    the right to manage accounts, so the station is never left without someone who can."""
    actor = require(session, "accounts.manage")
    role = session.get(Role, role_key)
    if role is None:
        raise NotFound("role", role_key)
    unknown = set(verbs) - rules.ALL
    if unknown:
        raise ValidationError("accounts.unknown_permission", field="permissions", value=", ".join(sorted(unknown)))
    before = role_permissions(session, role_key)
    not_held = (set(verbs) - before) - actor.permissions
    if not_held:
        raise denied(sorted(not_held)[0], actor)
    if role_key == rules.ADMIN_ROLE and "accounts.manage" not in verbs:
        raise ValidationError("accounts.admin_keeps_accounts", field="permissions")
    session.execute(delete(RolePermission).where(RolePermission.role_key == role_key))
    session.add_all(RolePermission(role_key=role_key, permission=verb) for verb in sorted(verbs))
    audit(
        session,
        "accounts.role_changed",
        "role",
        role_key,
        f"+{','.join(sorted(set(verbs) - before))} -{','.join(sorted(before - set(verbs)))}",
    )
    note_changed(session, "account_role_permission")
    return RoleRow(role.key, _role_name(role), frozenset(verbs))


# -- accounts -------------------------------------------------------------------------------------------


def has_accounts(session: Session) -> bool:
    return bool(session.execute(select(func.count()).select_from(Account)).scalar_one())


def _check_new_account(session: Session, login: str, display_name: str, password: str) -> tuple[str, str]:
    def taken(cleaned: str) -> bool:
        return bool(session.execute(select(Account.id).where(func.lower(Account.login) == cleaned.lower())).first())

    return checked_account_fields(login, display_name, password, taken)


def checked_account_fields(
    login: str, display_name: str, password: str, taken: Callable[[str], bool]
) -> tuple[str, str]:
    """The login and display name of a new account cleaned, or every problem with them and the
    password at once; ``taken(login)`` says whether the login is in use (a station's or the city's)."""
    login, display_name = (login or "").strip(), " ".join((display_name or "").split())
    errors: list[ValidationError] = []
    if not login or len(login) > LOGIN_CHARACTERS or any(c.isspace() for c in login):
        errors.append(ValidationError("accounts.login_format", field="login", max=LOGIN_CHARACTERS))
    elif taken(login):
        errors.append(ValidationError("accounts.login_taken", field="login", login=login))
    if not display_name or len(display_name) > NAME_CHARACTERS:
        errors.append(ValidationError("accounts.name_required", field="display_name", max=NAME_CHARACTERS))
    problem = password_problem(password)
    if problem is not None:
        errors.append(problem)
    if errors:
        raise FormErrors(errors)
    return login, display_name


def password_problem(password: str) -> ValidationError | None:
    if len(password or "") < rules.PASSWORD_MIN_LENGTH:
        return ValidationError("accounts.password_short", field="password", min=rules.PASSWORD_MIN_LENGTH)
    return None


def create_administrator(session: Session, login: str, display_name: str, password: str) -> str:
    """The station's first account, the administrator (站长); returns the one-time recovery code.
    Refused once the station has any account."""
    ensure_roles(session)
    if has_accounts(session):
        raise StationDeskError("accounts.admin_exists")
    login, display_name = _check_new_account(session, login, display_name, password)
    account = Account(login=login, display_name=display_name, role_key=rules.ADMIN_ROLE, password_hash="")
    account.password_hash = HASHER.hash(password)
    session.add(account)
    session.flush()
    audit(session, "accounts.created", "account", str(account.id), f"{login} ({rules.ADMIN_ROLE})")
    return new_recovery_code(session)


def new_recovery_code(session: Session) -> str:
    """A fresh recovery code (the old one stops working); only its hash is kept."""
    code = make_recovery_code()
    set_local(session, RECOVERY_KEY, HASHER.hash(code))
    return code


@guarded("accounts.manage")
def add_account(session: Session, login: str, display_name: str, role_key: str, password: str) -> AccountRow:
    actor = require(session, "accounts.manage")
    if session.get(Role, role_key) is None:
        raise ValidationError("accounts.unknown_role", field="role", role=role_key)
    granted = role_permissions(session, role_key) - actor.permissions
    if granted:
        raise denied(sorted(granted)[0], actor)
    login, display_name = _check_new_account(session, login, display_name, password)
    account = Account(login=login, display_name=display_name, role_key=role_key, password_hash=HASHER.hash(password))
    session.add(account)
    session.flush()
    audit(session, "accounts.created", "account", str(account.id), f"{login} ({role_key})")
    note_changed(session, "account")
    return _row(account)


def _row(account: Account, person_name: str = "") -> AccountRow:
    return AccountRow(
        account.id,
        account.login,
        account.display_name,
        account.role_key,
        account.active,
        account.locked_until,
        person_name,
    )


@guarded("accounts.manage")
def list_accounts(session: Session) -> list[AccountRow]:
    rows = session.execute(
        select(Account, Person.name)
        .outerjoin(Person, (Person.id == Account.person_id) & Person.deleted.is_(False))
        .order_by(Account.login)
    )
    return [_row(account, name or "") for account, name in rows]


def _account(session: Session, login: str) -> Account:
    account = session.execute(select(Account).where(func.lower(Account.login) == (login or "").lower())).scalar()
    if account is None:
        raise NotFound("account", login)
    return account


@guarded("accounts.manage")
def set_account_active(session: Session, login: str, active: bool) -> AccountRow:
    actor = require(session, "accounts.manage")
    account = _account(session, login)
    if account.id == actor.id and not active:
        raise ValidationError("accounts.cannot_disable_self", field="login")
    account.active = active
    account.failed_logins, account.locked_until = 0, None
    audit(session, "accounts.enabled" if active else "accounts.disabled", "account", str(account.id), account.login)
    note_changed(session, "account")
    return _row(account)


@guarded("accounts.manage")
def link_account_person(session: Session, login: str, person_id: str | None) -> AccountRow:
    """Link an account to the registry person who works under it (None: unlink), so that the worker
    is offered as 探访人 under her registry name."""
    account = _account(session, login)
    person = session.get(Person, person_id) if person_id else None
    if person_id and (person is None or person.deleted):
        raise NotFound("person", person_id)
    account.person_id = person.id if person is not None else None
    audit(session, "accounts.linked", "account", str(account.id), f"{account.login} -> {account.person_id or ''}")
    note_changed(session, "account")
    return _row(account, person.name if person is not None else "")


def change_password(session: Session, old_password: str, new_password: str) -> None:
    """The acting account's own password, after the old one is given again."""
    actor = acting(session)
    if actor is None:
        raise denied("accounts.own_password", None)
    account = session.get(Account, actor.id)
    if account is None or not password_matches(account.password_hash, old_password):
        raise ValidationError("accounts.wrong_password", field="old_password")
    _set_password(session, account, new_password, "accounts.password_changed")


@guarded("accounts.manage")
def reset_password(session: Session, login: str, new_password: str) -> None:
    """The administrator sets another account's password (a forgotten one); the lock is lifted."""
    _set_password(session, _account(session, login), new_password, "accounts.password_reset")


def recover_administrator(session: Session, code: str, new_password: str) -> str:
    """The recovery code resets the first administrator's password; returns the new recovery code."""
    stored = get_local(session, RECOVERY_KEY)
    if not recovery_code_matches(stored, code):
        audit(session, "accounts.recovery_failed")
        raise ValidationError("accounts.wrong_recovery_code", field="code")
    admin = session.execute(
        select(Account).where(Account.role_key == rules.ADMIN_ROLE).order_by(Account.id).limit(1)
    ).scalar_one()
    admin.active = True
    _set_password(session, admin, new_password, "accounts.recovered")
    return new_recovery_code(session)


def _set_password(session: Session, account: Account, password: str, action: str) -> None:
    problem = password_problem(password)
    if problem is not None:
        raise problem
    account.password_hash = HASHER.hash(password)
    account.failed_logins, account.locked_until = 0, None
    audit(session, action, "account", str(account.id), account.login)
    note_changed(session, "account")


# -- login ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginOutcome:
    """A login's result: the actor, or the refusal to raise after the failure has been counted
    (raising inside the transaction would roll the count back)."""

    actor: Actor | None
    refusal: StationDeskError | None = None


def attempt_login(session: Session, login: str, password: str, now: datetime | None = None) -> LoginOutcome:
    account = session.execute(
        select(Account).where(func.lower(Account.login) == (login or "").strip().lower())
    ).scalar()
    if account is None:
        audit(session, "login.failed", detail=(login or "")[:LOGIN_CHARACTERS])
        return LoginOutcome(None, ValidationError("accounts.wrong_login", field="password"))
    verdict = judge_login(account, password, now or utcnow())
    account.failed_logins, account.locked_until = verdict.failures, verdict.locked_until
    if verdict.refusal is not None:
        if verdict.wrong_password:
            audit(session, "login.failed", "account", str(account.id), f"{account.login} #{account.failed_logins}")
        elif verdict.refusal.code == "accounts.disabled":
            audit(session, "login.refused", "account", str(account.id), "disabled")
        return LoginOutcome(None, verdict.refusal)
    if verdict.rehash:
        account.password_hash = HASHER.hash(password)
    actor = actor_of(session, account)
    session.info["actor"] = actor
    audit(session, "login", "account", str(account.id), account.login)
    return LoginOutcome(actor)


def actor_of(session: Session, account: Account) -> Actor:
    return Actor(
        account.id, account.login, account.display_name, account.role_key, role_permissions(session, account.role_key)
    )


def log_in(database, login: str, password: str) -> Actor:
    """Log in on ``database`` (one transaction) and make the account its actor; raises the refusal."""
    with database.transaction() as session:
        outcome = attempt_login(session, login, password)
    if outcome.refusal is not None:
        raise outcome.refusal
    database.actor = outcome.actor
    return outcome.actor


def attempt_unlock(session: Session, login: str, password: str) -> LoginOutcome:
    """The password of the account that locked the window, counted like any login."""
    outcome = attempt_login(session, login, password)
    if outcome.actor is not None:
        note_lock(session, False)
    return outcome


def note_lock(session: Session, locked: bool) -> None:
    """The window locked after idle time, or unlocked: both go to the audit log."""
    audit(session, "session.locked" if locked else "session.unlocked")


messages.register(
    {
        "permission.denied": "没有权限：{what}。请用有此权限的账号登录。",
        "accounts.login_format": "登录名不能为空、不能有空格，最多 {max} 个字符",
        "accounts.login_taken": "登录名 {login} 已被使用",
        "accounts.name_required": "请填写姓名（最多 {max} 个字）",
        "accounts.password_short": "密码至少 {min} 个字符",
        "accounts.admin_exists": "本站已有站长账号",
        "accounts.unknown_role": "没有这个角色：{role}",
        "accounts.unknown_permission": "没有这项权限：{value}",
        "accounts.admin_keeps_accounts": "站长角色必须保留“管理账号和角色”权限",
        "accounts.cannot_disable_self": "不能停用自己正在使用的账号",
        "accounts.wrong_password": "原密码不对",
        "accounts.wrong_recovery_code": "恢复码不对",
        "accounts.wrong_login": "登录名或密码不对",
        "accounts.disabled": "账号 {login} 已停用，请找站长",
        "accounts.locked": "密码错误次数太多，账号已锁定，请 {minutes} 分钟后再试",
        "accounts.no_accounts": "本站还没有账号：先运行 stationdesk init 设置站长密码",
        "permission.accounts.own_password": "修改自己的密码（需先登录）",
        **{f"permission.{verb}": texts for verb, texts in rules.PERMISSIONS.items()},
    }
)


def permission_names() -> list[tuple[str, str]]:
    """(verb, how a station worker reads it), in the order of the role matrix."""
    return [(verb, messages.text(f"permission.{verb}")) for verb in rules.PERMISSIONS]


@dataclass(frozen=True)
class AccountsOverview:
    accounts: list[AccountRow]
    roles: list[RoleRow]


@guarded("accounts.manage")
def accounts_overview(session: Session) -> AccountsOverview:
    """What the 账号与权限 page shows: the accounts and the role matrix."""
    return AccountsOverview(list_accounts(session), list_roles(session))
