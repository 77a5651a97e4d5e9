"""Accounts of every role on the test station, acting in turn."""

from __future__ import annotations

import pytest

from stationdesk.domain.permissions import DEFAULT_ROLES
from stationdesk.services.accounts import HASHER, Actor, role_permissions

ROLE_PASSWORD = "role-password-1"


@pytest.fixture
def role_password() -> str:
    return ROLE_PASSWORD


@pytest.fixture(scope="session")
def role_password_hash() -> str:
    return HASHER.hash(ROLE_PASSWORD)


@pytest.fixture
def role_accounts(db, role_password_hash) -> dict[str, Actor]:
    """One account per role (login = the role's key), as the actor each would be."""
    from stationdesk.db.models.accounts import Account
    from stationdesk.services.accounts import actor_of

    actors = {}
    with db.transaction() as session:
        for key in DEFAULT_ROLES:
            if key == "admin":
                account = session.query(Account).filter_by(login="admin").one()
            else:
                account = Account(login=key, display_name=f"{key} 同事", role_key=key, password_hash=role_password_hash)
                session.add(account)
                session.flush()
            actors[key] = actor_of(session, account)
            assert actors[key].permissions == role_permissions(session, key)
    return actors
