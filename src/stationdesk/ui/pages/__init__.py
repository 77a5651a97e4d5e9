"""The main window's pages. Every module here that defines ``PAGE = PageSpec(...)`` becomes a
navigation entry, ordered by ``order``; a feature adds a screen by adding a module."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from stationdesk.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable name: "home", "people", "visits" ...
    order: int  # place in the navigation (home 0, people 10, ...)
    title: Callable[[], str]  # translated at call time
    factory: Callable[[AppContext], QWidget]
    permission: str | None = None  # the verb an account needs to see the page in the navigation


class Page(QWidget):
    """Base of a page: refreshes itself when the tables it watches change."""

    WATCHES: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = False
        ctx.db.sig_data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Reload what the page shows (through ``self.ctx.db.run``)."""

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if not (tables & self.WATCHES):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()


def discover_pages() -> list[PageSpec]:
    specs = []
    for module in pkgutil.iter_modules(__path__):
        spec = getattr(importlib.import_module(f"{__name__}.{module.name}"), "PAGE", None)
        if isinstance(spec, PageSpec):
            specs.append(spec)
    return sorted(specs, key=lambda s: s.order)
