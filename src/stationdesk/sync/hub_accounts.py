"""The city hub's own accounts: a city administrator (all of the city's work and its accounts) and
city viewers (figures, reports and conflicts, read only).

The ``Hub`` class itself takes no login (the benchmarks and the program's own calls use it); the
entry points guard: ``stationdesk city`` logs in before it opens the hub for a command, the city
window asks for the login before it shows the hub. Passwords, the lockout after wrong passwords and
the recovery code follow the station's rules (``domain.passwords``). The hub has no audit table of
its own: logins, refusals and the commands run go to the hub's log (``<hub>.logs``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from stationdesk import messages
from stationdesk.db.base import utcnow
from stationdesk.domain import permissions as rules
from stationdesk.domain.passwords import (
    hash_password,
    judge_login,
    new_recovery_code,
    recovery_code_matches,
)
from stationdesk.errors import NotFound, StationDeskError, ValidationError
from stationdesk.services.accounts import Actor, checked_account_fields, denied, password_problem
from stationdesk.sync.hub_models import hub_account, hub_info

log = logging.getLogger("stationdesk.city")
RECOVERY_KEY = "recovery_code"


@dataclass(frozen=True)
class CityAccountRow:
    login: str
    display_name: str
    role: str
    active: bool


def has_accounts(hub) -> bool:
    with hub.engine.connect() as connection:
        return bool(connection.execute(select(func.count()).select_from(hub_account)).scalar_one())


def require(actor: Actor | None, permission: str) -> Actor:
    """``actor``, if it holds ``permission``; else the refusal naming the verb."""
    if actor is None or not actor.may(permission):
        raise denied(permission, actor)
    return actor


def role_name(role: str) -> str:
    name_zh, name_en, _verbs = rules.CITY_ROLES[role]
    return name_en if messages.language() == "en" else name_zh


def check_new_account(hub, login: str, display_name: str, password: str, role: str) -> tuple[str, str]:
    """The cleaned login and name of a new city account, or every problem at once (FormErrors).
    ``hub`` None: a hub not made yet, where no login is taken."""
    if role not in rules.CITY_ROLES:
        raise ValidationError("city.unknown_role", field="role", role=role, roles=", ".join(rules.CITY_ROLES))

    def taken(cleaned: str) -> bool:
        if hub is None:
            return False
        with hub.engine.connect() as connection:
            return _account(connection, cleaned) is not None

    return checked_account_fields(login, display_name, password, taken)


def create_administrator(hub, login: str, display_name: str, password: str) -> str:
    """The hub's first account, its administrator; returns the one-time recovery code. Refused once
    the hub has any account (``city init`` on a hub from before the city's accounts)."""
    login, display_name = check_new_account(hub, login, display_name, password, rules.CITY_ADMIN_ROLE)
    code = new_recovery_code()
    with hub.engine.begin() as connection:
        if connection.execute(select(func.count()).select_from(hub_account)).scalar_one():
            raise StationDeskError("city.admin_exists")
        _insert(connection, login, display_name, rules.CITY_ADMIN_ROLE, password)
        _set_info(connection, RECOVERY_KEY, hash_password(code))
    log.info("city account created: %s (%s), the first administrator", login, rules.CITY_ADMIN_ROLE)
    return code


def add_account(hub, actor: Actor, login: str, display_name: str, role: str, password: str) -> CityAccountRow:
    require(actor, "city.accounts")
    login, display_name = check_new_account(hub, login, display_name, password, role)
    with hub.engine.begin() as connection:
        _insert(connection, login, display_name, role, password)
    log.info("city account created: %s (%s) by %s", login, role, actor.login)
    return CityAccountRow(login, display_name, role, True)


def list_accounts(hub, actor: Actor) -> list[CityAccountRow]:
    require(actor, "city.accounts")
    with hub.engine.connect() as connection:
        rows = connection.execute(
            select(hub_account.c.login, hub_account.c.display_name, hub_account.c.role, hub_account.c.active).order_by(
                func.lower(hub_account.c.login)
            )
        ).all()
    return [CityAccountRow(*row) for row in rows]


def reset_password(hub, actor: Actor, login: str, password: str) -> None:
    """The administrator sets an account's password (a forgotten one); the lock is lifted."""
    require(actor, "city.accounts")
    problem = password_problem(password)
    if problem is not None:
        raise problem
    with hub.engine.begin() as connection:
        account = _account(connection, login)
        if account is None:
            raise NotFound("account", login)
        _set_password(connection, account.id, password)
    log.info("city password reset: %s by %s", account.login, actor.login)


def set_active(hub, actor: Actor, login: str, active: bool) -> CityAccountRow:
    """The administrator disables an account (a colleague who left) or enables it again; nobody
    disables themselves, so a hub always keeps the administrator who is acting."""
    require(actor, "city.accounts")
    with hub.engine.begin() as connection:
        account = _account(connection, login)
        if account is None:
            raise NotFound("account", login)
        if account.login == actor.login and not active:
            raise ValidationError("accounts.cannot_disable_self", field="login")
        connection.execute(
            update(hub_account)
            .where(hub_account.c.id == account.id)
            .values(active=active, failed_logins=0, locked_until=None)
        )
    log.info("city account %s %s by %s", account.login, "enabled" if active else "disabled", actor.login)
    return CityAccountRow(account.login, account.display_name, account.role, active)


def recover_administrator(hub, code: str, password: str) -> str:
    """The recovery code shown at ``city init`` resets the first administrator's password (and
    enables the account again); returns the new recovery code, the old one is spent."""
    problem = password_problem(password)
    if problem is not None:
        raise problem
    fresh = new_recovery_code()
    with hub.engine.begin() as connection:
        stored = connection.execute(select(hub_info.c.value).where(hub_info.c.key == RECOVERY_KEY)).scalar()
        if not recovery_code_matches(stored, code):
            log.warning("city recovery code refused")
            raise ValidationError("accounts.wrong_recovery_code", field="code")
        first = connection.execute(
            select(hub_account.c.id, hub_account.c.login)
            .where(hub_account.c.role == rules.CITY_ADMIN_ROLE)
            .order_by(hub_account.c.id)
            .limit(1)
        ).one()
        _set_password(connection, first.id, password)
        connection.execute(update(hub_account).where(hub_account.c.id == first.id).values(active=True))
        _set_info(connection, RECOVERY_KEY, hash_password(fresh))
    log.info("city administrator %s recovered with the recovery code", first.login)
    return fresh


def log_in(hub, login: str, password: str, now: datetime | None = None) -> Actor:
    """The city account ``login`` as an ``Actor``, or the refusal (after a wrong password is counted)."""
    login = (login or "").strip()
    with hub.engine.begin() as connection:
        account = _account(connection, login)
        if account is None:
            verdict = None
        else:
            verdict = judge_login(account, password, now or utcnow())
            values = {"failed_logins": verdict.failures, "locked_until": verdict.locked_until}
            if verdict.rehash:
                values["password_hash"] = hash_password(password)
            connection.execute(update(hub_account).where(hub_account.c.id == account.id).values(**values))
    if verdict is None or verdict.refusal is not None:
        refusal = verdict.refusal if verdict else ValidationError("accounts.wrong_login", field="password")
        log.warning("city login refused: %s (%s)", login[:40], refusal.code)
        raise refusal
    log.info("city login: %s", account.login)
    _name, _english, verbs = rules.CITY_ROLES[account.role]
    return Actor(account.id, account.login, account.display_name, account.role, verbs)


def _account(connection: Connection, login: str):
    return connection.execute(
        select(hub_account).where(func.lower(hub_account.c.login) == (login or "").strip().lower())
    ).first()


def _insert(connection: Connection, login: str, display_name: str, role: str, password: str) -> None:
    connection.execute(
        insert(hub_account).values(
            login=login,
            display_name=display_name,
            role=role,
            password_hash=hash_password(password),
            active=True,
            failed_logins=0,
            created_at=utcnow(),
        )
    )


def _set_password(connection: Connection, account_id: int, password: str) -> None:
    connection.execute(
        update(hub_account)
        .where(hub_account.c.id == account_id)
        .values(password_hash=hash_password(password), failed_logins=0, locked_until=None)
    )


def _set_info(connection: Connection, key: str, value: str) -> None:
    if connection.execute(update(hub_info).where(hub_info.c.key == key).values(value=value)).rowcount == 0:
        connection.execute(insert(hub_info).values(key=key, value=value))


messages.register(
    {
        "city.admin_exists": "平台已有管理员账号",
        "city.no_accounts": "平台还没有账号：先运行 stationdesk city init --db 地址 设置平台管理员的密码",
        "city.unknown_role": "没有这个平台角色：{role}（可选：{roles}）",
        **{
            f"permission.{verb}": texts for verb, texts in rules.CITY_PERMISSIONS.items()
        },  # pairs, as the station's verbs
    }
)
