"""Staff accounts and roles: local to this station; passwords never travel in bundles."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, UtcDateTime, utcnow


class Role(Base):
    """A role (站长, 社工, …): a named set of permissions, editable by the administrator."""

    __tablename__ = "account_role"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(60))


class RolePermission(Base):
    __tablename__ = "account_role_permission"

    role_key: Mapped[str] = mapped_column(ForeignKey("account_role.key"), primary_key=True)
    permission: Mapped[str] = mapped_column(String(40), primary_key=True)


class Account(Base):
    """One staff member who logs in. ``password_hash`` is an Argon2id PHC string."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role_key: Mapped[str] = mapped_column(ForeignKey("account_role.key"))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), nullable=True, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
