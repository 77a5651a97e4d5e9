"""Password hashing and the lockout after wrong passwords, shared by the station's accounts and the
city hub's: Argon2id PHC strings with OWASP's parameters (m=19 MiB, t=2, p=1; DOMAIN.md)."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from stationdesk.domain.permissions import lockout_seconds

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


def locked_until(failures: int, now: datetime) -> datetime | None:
    """When an account with ``failures`` wrong passwords in a row may try again (None: not locked)."""
    wait = lockout_seconds(failures)
    return now + timedelta(seconds=wait) if wait else None


def minutes_left(until: datetime, now: datetime) -> int:
    """Whole minutes, rounded up and at least one, that a lock still holds."""
    return max(1, -(-int((until - now).total_seconds()) // 60))
