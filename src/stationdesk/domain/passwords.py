"""Password hashing and the lockout after wrong passwords, shared by the station's accounts and the
city hub's: Argon2id PHC strings with OWASP's parameters (m=19 MiB, t=2, p=1; DOMAIN.md)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from stationdesk.domain.permissions import lockout_seconds
from stationdesk.errors import ValidationError

HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(stored_hash, password or "")
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the parameters rose since the hash was made: re-hash at the next good login."""
    return HASHER.check_needs_rehash(stored_hash)


def new_recovery_code() -> str:
    """A recovery code to show once (six groups of four hex digits); keep only its hash."""
    return "-".join(secrets.token_hex(2).upper() for _ in range(6))


def recovery_code_matches(stored_hash: str | None, typed: str) -> bool:
    return bool(stored_hash) and password_matches(stored_hash, (typed or "").strip().upper())


def locked_until(failures: int, now: datetime) -> datetime | None:
    """When an account with ``failures`` wrong passwords in a row may try again (None: not locked)."""
    wait = lockout_seconds(failures)
    return now + timedelta(seconds=wait) if wait else None


def minutes_left(until: datetime, now: datetime) -> int:
    """Whole minutes, rounded up and at least one, that a lock still holds."""
    return max(1, -(-int((until - now).total_seconds()) // 60))


@dataclass(frozen=True)
class LoginVerdict:
    """What a login attempt on a known account comes to: the wrong-password count and the lock to
    store (stored even when refused), and either the refusal or, on success, whether to re-hash."""

    failures: int
    locked_until: datetime | None
    refusal: ValidationError | None = None
    rehash: bool = False
    wrong_password: bool = False  # the password was tried and was wrong (counted in ``failures``)


def judge_login(account, password: str, now: datetime) -> LoginVerdict:
    """The rules of a login, the same for a station account and a city account (anything with their
    ``login``, ``password_hash``, ``active``, ``failed_logins`` and ``locked_until``): a disabled
    account is refused, a locked one waits, a wrong password counts towards the lock."""
    stored_hash, active, login = account.password_hash, account.active, account.login
    failures, locked = account.failed_logins, account.locked_until
    if not active:
        return LoginVerdict(failures, locked, ValidationError("accounts.disabled", field="login", login=login))
    if locked is not None and locked > now:
        return LoginVerdict(failures, locked, _locked(locked, now))
    if not password_matches(stored_hash, password):
        failures += 1
        until = locked_until(failures, now)
        refusal = _locked(until, now) if until else ValidationError("accounts.wrong_login", field="password")
        return LoginVerdict(failures, until, refusal, wrong_password=True)
    return LoginVerdict(0, None, rehash=needs_rehash(stored_hash))


def _locked(until: datetime, now: datetime) -> ValidationError:
    return ValidationError("accounts.locked", field="login", minutes=minutes_left(until, now))
