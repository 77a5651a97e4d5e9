"""The main window's pages. Every module here that defines ``PAGE = PageSpec(...)`` becomes a
navigation entry under its ``group`` (one of ``NAV_GROUPS``), ordered by ``order``, drawn with its
``icon`` (one character); a feature adds a screen by adding a module."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from stationdesk.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable name: "home", "people", "visits" ...
    order: int  # place in the navigation (home 0, people 10, ...)
    title: Callable[[], str]  # translated at call time
    factory: Callable[[AppContext], QWidget]
    group: str = ""  # a key of NAV_GROUPS; "" stands above the groups (首页)
    icon: str = ""  # the character drawn on the entry's badge
    permission: str | None = None  # the verb an account needs to see the page in the navigation


@dataclass(frozen=True)
class NavGroup:
    key: str
    title: str  # source text, translated in the "MainWindow" context
    colour: str  # of the badges of its pages


# What a worker does, in the order of her day; a page names its group in its PageSpec.
NAV_GROUPS = (
    NavGroup("people", QT_TRANSLATE_NOOP("MainWindow", "人员"), "#3b6fb6"),
    NavGroup("elderly", QT_TRANSLATE_NOOP("MainWindow", "老年人服务"), "#c0632b"),
    NavGroup("children", QT_TRANSLATE_NOOP("MainWindow", "儿童服务"), "#2e8b57"),
    NavGroup("volunteers", QT_TRANSLATE_NOOP("MainWindow", "志愿服务"), "#b03060"),
    NavGroup("lists", QT_TRANSLATE_NOOP("MainWindow", "三张清单"), "#7a5cb0"),
    NavGroup("statistics", QT_TRANSLATE_NOOP("MainWindow", "统计"), "#1f7f8c"),
    NavGroup("sync", QT_TRANSLATE_NOOP("MainWindow", "数据同步"), "#4a6a2a"),
    NavGroup("system", QT_TRANSLATE_NOOP("MainWindow", "系统"), "#5a5a5a"),
)


class Page(QWidget):
    """Base of a page: refreshes itself when the tables it watches change."""

    WATCHES: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = False
        self.list_exports: list[tuple[str, object, QPushButton]] = []  # (title, model, button) of each list
        ctx.db.sig_data_changed.connect(self._on_data_changed)

    def list_export_button(self, model, title: str) -> QPushButton:
        """导出 Excel… for a list of this page: what it shows, filtered and masked (``ui.list_export``)."""
        from stationdesk.ui.list_export import export_button

        button = export_button(self, self.ctx, model, title)
        self.list_exports.append((title, model, button))
        return button

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
