"""首页: the worker's desk for the day. Features add their own sections (today, due visits, open follow-ups)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from stationdesk.services.registry import collect_stats
from stationdesk.ui.elderly_home_sections import ElderlyHomeSections
from stationdesk.ui.lists_home_section import ListsHomeSection
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import stat_card
from stationdesk.ui.workday_home_section import WorkdayHomeSection

# Counts shown on the home page, in this order, with their labels (others are in ``stationdesk stats``).
HEADLINE_COUNTS = (
    ("people", QT_TRANSLATE_NOOP("HomePage", "服务对象")),
    ("elders", QT_TRANSLATE_NOOP("HomePage", "老年人")),
    ("children", QT_TRANSLATE_NOOP("HomePage", "儿童")),
    ("volunteers", QT_TRANSLATE_NOOP("HomePage", "志愿者")),
)
# The tables those counters read (registry.tables_read would import every feature to find out, at start)
HEADLINE_TABLES = frozenset({"person", "volunteer"})


class HomePage(Page):
    WATCHES = HEADLINE_TABLES

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        title = QLabel(ctx.station.name)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.cards: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, label) in enumerate(HEADLINE_COUNTS):
            card, number = stat_card(self.tr(label))
            grid.addWidget(card, 0, column)
            self.cards[key] = number
        self.sections = QVBoxLayout()
        if ctx.may("people.view"):  # the day's desk names people: a supervisor sees the counts only
            self.sections.addWidget(WorkdayHomeSection(ctx))
            self.sections.addWidget(ElderlyHomeSections(ctx))
            self.sections.addWidget(ListsHomeSection(ctx))
        desk = QWidget()  # scrolled, so a short screen never squeezes a section
        layout = QVBoxLayout(desk)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addLayout(self.sections)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(desk)
        QVBoxLayout(self).addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.may("statistics.view"):  # the counts are statistics; others see "—"
            self.ctx.db.run(collect_stats, tuple(self.cards), on_done=self._show_counts)
        else:
            self._show_counts(dict.fromkeys(self.cards, "—"))

    def _show_counts(self, stats: dict) -> None:
        for key, label in self.cards.items():
            label.setText(str(stats.get(key, 0)))
