"""People registry (人员档案): everyone the station serves, with children's guardians and consent."""

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, Synced

ROLES = ("elder", "child", "guardian", "volunteer")  # each an is_<role> flag


class Person(Synced, Base):
    __tablename__ = "person"
    __table_args__ = (
        # One living record per ID number; tombstones keep theirs without blocking a re-entry.
        Index(
            "uq_person_id_number_live",
            "id_number",
            unique=True,
            sqlite_where=text("id_number IS NOT NULL AND deleted = 0"),
            postgresql_where=text("id_number IS NOT NULL AND deleted = false"),
        ),
        Index("ix_person_name_birth", "name", "birth_date"),
        # Covering index for the people list and its search: living rows in pinyin order with every
        # column a search looks at, so a LIKE scan reads this index and never the wide table rows.
        Index(
            "ix_person_search",
            "deleted",
            "name_pinyin",
            "id",
            "name_initials",
            "name",
            "alias",
            "phone",
            "id_number",
            "tags",
            "is_elder",
            "is_child",
            "is_guardian",
            "is_volunteer",
        ),
        # a role's living people counted from their index range (the home page's counts), not by
        # reading every entry of the search index
        *(Index(f"ix_person_is_{role}", f"is_{role}", "deleted") for role in ROLES),
    )

    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(1), default="")  # "M", "F" or "" (unknown)
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str] = mapped_column(String(20), default="")
    community: Mapped[str] = mapped_column(String(60), default="")  # 社区
    street: Mapped[str] = mapped_column(String(60), default="", server_default="")  # 道路/街巷门牌: 宋城路12号
    building: Mapped[str] = mapped_column(String(20), default="")  # 楼栋
    unit: Mapped[str] = mapped_column(String(20), default="")  # 单元
    room: Mapped[str] = mapped_column(String(20), default="")  # 房号
    household_head_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))  # 户主 (household link)
    tags: Mapped[str] = mapped_column(Text, default="")  # "|独居|高龄|": whole-tag LIKE matches
    is_elder: Mapped[bool] = mapped_column(Boolean, default=False)
    is_child: Mapped[bool] = mapped_column(Boolean, default=False)
    is_guardian: Mapped[bool] = mapped_column(Boolean, default=False)
    is_volunteer: Mapped[bool] = mapped_column(Boolean, default=False)
    alias: Mapped[str] = mapped_column(String(50), default="")  # 化名, shown for children
    emergency_contact: Mapped[str] = mapped_column(String(50), default="")
    emergency_phone: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")  # search keys, see domain.pinyin_keys
    name_initials: Mapped[str] = mapped_column(String(100), default="")


class Guardianship(Synced, Base):
    """A guardian of a child (监护人), with the relation and whether they may collect the child."""

    __tablename__ = "guardianship"

    child_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    guardian_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    relation: Mapped[str] = mapped_column(String(20))  # 父亲, 母亲, 祖母 ...
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class GuardianConsent(Synced, Base):
    """Guardian consent to process a minor's information (PIPL art. 31)."""

    __tablename__ = "guardian_consent"

    child_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    guardian_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    given_by: Mapped[str] = mapped_column(String(50))  # name as written on the form
    given_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(200))  # what it covers
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class PersonCorrection(Synced, Base):
    """更正 (PIPL art. 46): one registered field of a person changed by an edit, with the value it had, who
    changed it and why (``created_at`` says when). Synced with the person, so the city sees the history;
    an erasure blanks both values here too."""

    __tablename__ = "person_correction"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    field: Mapped[str] = mapped_column(String(30))  # the person column: name, id_number, phone …
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # optional: the dialog offers it
    corrected_by: Mapped[str] = mapped_column(String(50), default="")  # the account's display name
