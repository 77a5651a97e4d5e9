"""The logged-in worker as a person of the registry, so that she can pick herself as 探访人.

An account has an optional link to a registry person (``Account.person_id``, set by the administrator
with ``accounts.link_account_person``). A visit form offers the acting account first: its linked person, or —
not linked yet — its display name under the token ``OWN_ACCOUNT``. Saving a visit with that token
registers the display name as a person and links the account to it, once; later visits reuse it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from stationdesk.db.models.accounts import Account
from stationdesk.db.models.people import Person
from stationdesk.db.stamping import note_changed
from stationdesk.errors import NotFound
from stationdesk.services.accounts import acting
from stationdesk.services.people import PersonInput, add_person
from stationdesk.services.station import audit

OWN_ACCOUNT = "own-account"  # stands for the acting account's person until it has one


@dataclass(frozen=True)
class OwnPerson:
    key: str  # the linked person's id, or OWN_ACCOUNT when the account is not linked yet
    name: str


def _linked(session: Session, account: Account | None) -> Person | None:
    if account is None or not account.person_id:
        return None
    person = session.get(Person, account.person_id)
    return person if person is not None and not person.deleted else None


def own_person(session: Session) -> OwnPerson | None:
    """The acting account as the visit form offers it; None for the program acting by itself."""
    actor = acting(session)
    if actor is None or not actor.id:
        return None
    person = _linked(session, session.get(Account, actor.id))
    if person is not None:
        return OwnPerson(person.id, person.name)
    return OwnPerson(OWN_ACCOUNT, actor.display_name) if actor.display_name else None


def resolve_own_person(session: Session, person_ids: tuple[str, ...]) -> tuple[str, ...]:
    """``person_ids`` with OWN_ACCOUNT replaced by the acting account's person, registered and linked
    first when the account has none (in the caller's transaction: the visit and the link or neither)."""
    if OWN_ACCOUNT not in person_ids:
        return person_ids
    actor = acting(session)
    account = session.get(Account, actor.id) if actor is not None and actor.id else None
    if account is None:
        raise NotFound("account", OWN_ACCOUNT)
    person = _linked(session, account)
    if person is None:
        saved = add_person(session, PersonInput(name=account.display_name, roles=()), confirmed=True)
        account.person_id = saved.summary.id
        audit(session, "accounts.linked", "account", str(account.id), f"{account.login} -> {saved.summary.id}")
        note_changed(session, "account")
        person_id = saved.summary.id
    else:
        person_id = person.id
    return tuple(person_id if p == OWN_ACCOUNT else p for p in person_ids)
