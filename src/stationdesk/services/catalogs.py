"""维护列表: the station keeps its maintained lists (person tags, service categories, volunteer skills,
activity kinds, visit kinds …) itself — adds an entry, puts the list in its order, stops offering an
entry it no longer uses.

An entry is never renamed or removed: records keep the name they were given (a need's category, a
person's tags), so a stopped entry leaves every record as it was and is only no longer offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.db.models.catalog import CatalogItem
from stationdesk.domain.plain_text import check_plain_text
from stationdesk.errors import NotFound, ValidationError
from stationdesk.messages import register as register_messages
from stationdesk.services.accounts import guarded
from stationdesk.services.station import DEFAULT_CATALOGS

NAME_MAX = 60  # catalog_item.name

register_messages(
    {
        "catalog.unknown_kind": "没有名为 {kind} 的维护列表。",
        "catalog.name_required": "请填写条目名称。",
        "catalog.name_too_long": "条目名称不能超过 {max} 个字。",
        "catalog.name_bar": "条目名称不能含有竖线“|”（它用来分隔多个条目）。",
        "catalog.duplicate": "列表中已有“{name}”。",
        "catalog.duplicate_stopped": "列表中已有“{name}”，已停用；选中它并点“启用”即可再次使用。",
    }
)


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    active: bool
    position: int  # 0, 1, 2 … in the list's order


def _check_kind(kind: str) -> None:
    if kind not in DEFAULT_CATALOGS:
        raise ValidationError("catalog.unknown_kind", field="kind", kind=kind)


def _items(session: Session, kind: str) -> list[CatalogItem]:
    return list(
        session.execute(
            select(CatalogItem)
            .where(CatalogItem.kind == kind, CatalogItem.deleted.is_(False))
            .order_by(CatalogItem.sort_order, CatalogItem.name)
        ).scalars()
    )


def catalog_kinds() -> tuple[str, ...]:
    """Every maintained list the installed features keep."""
    return tuple(DEFAULT_CATALOGS)


@guarded("settings.manage")
def catalog_entries(session: Session, kind: str) -> tuple[CatalogEntry, ...]:
    """One list's entries in their order, stopped ones included."""
    _check_kind(kind)
    return tuple(CatalogEntry(item.id, item.name, item.active, n) for n, item in enumerate(_items(session, kind)))


@guarded("settings.manage")
def add_catalog_entry(session: Session, kind: str, name: str) -> CatalogEntry:
    """Add an entry at the end of the list."""
    _check_kind(kind)
    name = name.strip()
    if not name:
        raise ValidationError("catalog.name_required", field="name")
    if len(name) > NAME_MAX:
        raise ValidationError("catalog.name_too_long", field="name", max=NAME_MAX)
    if "|" in name:
        raise ValidationError("catalog.name_bar", field="name")
    check_plain_text(name, "name")
    items = _items(session, kind)
    # any stored entry counts, a deleted one too: the list's (kind, name) is unique
    same = session.execute(select(CatalogItem).where(CatalogItem.kind == kind, CatalogItem.name == name)).scalar()
    if same is not None and not same.deleted:
        raise ValidationError(
            "catalog.duplicate" if same.active else "catalog.duplicate_stopped", field="name", name=name
        )
    if same is not None:  # deleted at the city or long ago: brought back at the end
        same.deleted, same.active = False, True
        item = same
    else:
        item = CatalogItem(kind=kind, name=name, active=True)
        session.add(item)
    item.sort_order = max((i.sort_order for i in items), default=-1) + 1
    session.flush()
    return CatalogEntry(item.id, item.name, True, len(items))


def _item(session: Session, entry_id: str) -> CatalogItem:
    item = session.get(CatalogItem, entry_id)
    if item is None or item.deleted:
        raise NotFound("catalog_item", entry_id)
    return item


@guarded("settings.manage")
def set_catalog_entry_active(session: Session, entry_id: str, active: bool) -> CatalogEntry:
    """Stop offering an entry, or offer it again; the records that hold it keep it."""
    item = _item(session, entry_id)
    if item.active != active:
        item.active = active
        session.flush()
    position = [i.id for i in _items(session, item.kind)].index(item.id)
    return CatalogEntry(item.id, item.name, item.active, position)


@guarded("settings.manage")
def move_catalog_entry(session: Session, entry_id: str, step: int) -> CatalogEntry:
    """Move an entry ``step`` places up (negative) or down the list; the list is renumbered 0, 1, 2 …"""
    item = _item(session, entry_id)
    items = _items(session, item.kind)
    here = items.index(item)
    there = max(0, min(len(items) - 1, here + step))
    items.insert(there, items.pop(here))
    for order, each in enumerate(items):
        if each.sort_order != order:
            each.sort_order = order
    session.flush()
    return CatalogEntry(item.id, item.name, item.active, there)
