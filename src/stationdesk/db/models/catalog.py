"""Maintained lists (维护列表): person tags, visit risks, service kinds, volunteer skills ...

One table for every list, told apart by ``kind``; each feature seeds its own kind. The lists sync,
so the city can hand the same vocabulary to every station.
"""

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, Synced


class CatalogItem(Synced, Base):
    __tablename__ = "catalog_item"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_catalog_item_kind_name"),)

    kind: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
