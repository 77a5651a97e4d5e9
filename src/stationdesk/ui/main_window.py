"""Main window: navigation on the left (the pages in groups by what a worker does, each with its
badge), one page at a time, station and data folder below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem, QWidget

from stationdesk import __version__
from stationdesk.ui.auto_backup import AutoBackup
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.login_dialog import change_own_password
from stationdesk.ui.idle_lock import IdleLock
from stationdesk.ui.nav_icons import badge_icon
from stationdesk.ui.pages import NAV_GROUPS, PageSpec, discover_pages


class MainWindow(QMainWindow):
    sig_page_opened = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("StationDesk 社区服务站工作台 — {name}").format(name=ctx.station.name))
        self.resize(1280, 800)
        self.specs: list[PageSpec] = discover_pages()
        self.pages: dict[str, QWidget] = {}
        self.restart_requested = False
        ctx.restart = self.restart
        self.auto_backup = AutoBackup(ctx, self)
        self.idle_lock = IdleLock(self, ctx.settings.idle_minutes)

        self.stack = QStackedWidget()
        if self.specs:  # the first page first: its queries start on the database thread while the rest is built
            self.page(self.specs[0].key)
        self.nav = QTreeWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setHeaderHidden(True)
        self.nav.setIndentation(12)
        self.nav_items: dict[str, QTreeWidgetItem] = {}
        self._fill_navigation()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(
            [self.nav.width(), self.width() - self.nav.width()]
        )  # no empty band beside the fixed-width list
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.nav.currentItemChanged.connect(self._nav_item_chosen)

        station_label = QLabel(self.tr("站点：{code} {name}").format(code=ctx.station.code, name=ctx.station.name))
        folder_label = QLabel(self.tr("数据文件夹：{path}").format(path=ctx.folder.root))
        folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_label = QLabel()
        self.statusBar().addWidget(station_label)
        actor = ctx.db.database.actor
        if actor is not None:
            self.statusBar().addWidget(QLabel(self.tr("登录：{name}").format(name=actor.display_name)))
        self.statusBar().addWidget(folder_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        ctx.db.sig_busy.connect(lambda busy: self.busy_label.setText(self.tr("正在处理…") if busy else ""))
        self._build_toolbar()
        self._build_menu()
        if self.specs:
            self.open_page(self.specs[0].key)

    def _fill_navigation(self) -> None:
        """首页 on top, then each group that has pages, its pages in their order."""
        bold = QFont()
        bold.setBold(True)
        colours = {g.key: g.colour for g in NAV_GROUPS}
        for spec in self.specs:
            if not spec.group:
                self.nav.addTopLevelItem(self._page_item(spec, "#8a6d1f"))
        for group in NAV_GROUPS:
            # a page naming a group this version does not know still shows, under 系统
            members = [
                spec
                for spec in self.specs
                if spec.group == group.key or (group.key == "system" and spec.group and spec.group not in colours)
            ]
            if not members:
                continue
            header = QTreeWidgetItem([QCoreApplication.translate("MainWindow", group.title)])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a page
            self.nav.addTopLevelItem(header)
            for spec in members:
                header.addChild(self._page_item(spec, group.colour))
            header.setExpanded(True)
        # a courtesy: only the pages the account may use are listed (the services refuse the rest); an
        # item hides once it is in the tree, and a heading with nothing left under it goes too
        for spec in self.specs:
            self.nav_items[spec.key].setHidden(spec.permission is not None and not self.ctx.may(spec.permission))
        for row in range(self.nav.topLevelItemCount()):
            top = self.nav.topLevelItem(row)
            if top.childCount():
                top.setHidden(all(top.child(n).isHidden() for n in range(top.childCount())))

    def _page_item(self, spec: PageSpec, colour: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([spec.title()])
        item.setData(0, Qt.ItemDataRole.UserRole, spec.key)
        if spec.icon:
            item.setIcon(0, badge_icon(spec.icon, colour))
        self.nav_items[spec.key] = item
        return item

    def navigation_titles(self) -> list[str]:
        """The pages' titles as the navigation shows them, top to bottom (headings left out)."""
        return [item.text(0) for item in self._listed_items()]

    def listed_pages(self) -> list[str]:
        """The keys of the pages the navigation lists for this account, top to bottom."""
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self._listed_items()]

    def _listed_items(self) -> list[QTreeWidgetItem]:
        items = sorted(self.nav_items.values(), key=self._nav_row)
        return [item for item in items if not item.isHidden()]

    def _nav_row(self, item: QTreeWidgetItem) -> tuple[int, int]:
        parent = item.parent()
        if parent is None:
            return self.nav.indexOfTopLevelItem(item), -1
        return self.nav.indexOfTopLevelItem(parent), parent.indexOfChild(item)

    def _nav_item_chosen(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key:
            self.open_page(key)
        elif item.childCount():  # a heading: the arrow keys step over it to the next page
            going_up = previous is item.child(0)
            target = self.nav.itemAbove(item) if going_up else item.child(0)
            if target is not None:
                self.nav.setCurrentItem(target)

    def _build_toolbar(self) -> None:
        """搜索 and 帮助 always in reach: Ctrl+K or Ctrl+F finds anyone or anything, F1 opens the guide."""
        bar = self.addToolBar(self.tr("工具栏"))
        bar.setObjectName("toolbar")
        bar.setMovable(False)
        self.search_action = QAction(self.tr("搜索（Ctrl+K）"), self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find])
        self.search_action.triggered.connect(self.search_everything)
        bar.addAction(self.search_action)
        self.ctx.offer_only_with("people.view", self.search_action)  # it finds people by name
        self.guide_action = QAction(self.tr("用户指南（F1）"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_user_guide)
        bar.addAction(self.guide_action)

    def search_everything(self) -> None:
        from stationdesk.ui.dialogs.search_dialog import SearchDialog, show_found

        found = SearchDialog.ask(self, self.ctx)
        if found is not None:
            show_found(self, found)

    def open_user_guide(self) -> None:
        from stationdesk.ui.dialogs.user_guide_dialog import UserGuideDialog

        UserGuideDialog.show_guide(self)

    def _build_menu(self) -> None:
        settings = QAction(self.tr("设置(&S)…"), self)
        settings.triggered.connect(self._open_settings)
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self._about)
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu.addAction(settings)
        for text, act in (
            (self.tr("锁定(&L)"), self.idle_lock.lock),
            (self.tr("切换用户(&U)…"), self.restart),
            (self.tr("修改密码(&P)…"), lambda: change_own_password(self)),
        ):
            action = QAction(text, self)
            action.triggered.connect(act)
            menu.addAction(action)
        if self.ctx.may("people.erase"):
            retention = QAction(self.tr("保存期限(&R)…"), self)
            retention.triggered.connect(self._open_retention)
            menu.addAction(retention)
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(about)

    def page(self, key: str) -> QWidget:
        """The page with this key, created the first time it is needed."""
        if key not in self.pages:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.build(self.ctx)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def may_open(self, key: str) -> bool:
        """Whether the account may use page ``key``: what a link to another page asks first."""
        spec = next(spec for spec in self.specs if spec.key == key)
        return spec.permission is None or self.ctx.may(spec.permission)

    def open_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        item = self.nav_items[key]
        if self.nav.currentItem() is not item:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        self.sig_page_opened.emit(key)
        return widget

    def _open_settings(self) -> None:
        from stationdesk.services.station import station_phone

        # the language can be changed even when the database cannot be read
        self.ctx.db.run(station_phone, on_done=self._ask_settings, on_error=lambda _error: self._ask_settings(""))

    def _ask_settings(self, phone: str) -> None:
        from stationdesk.services.station import set_station_phone
        from stationdesk.ui.dialogs.settings_dialog import SettingsDialog
        from stationdesk.ui.messages import MessageBox

        answer = SettingsDialog.ask(self, self.ctx, phone)
        if answer is not None:
            self.idle_lock.set_minutes(self.ctx.settings.idle_minutes)
        if answer is not None and answer.station_phone != phone:
            self.ctx.db.run(set_station_phone, answer.station_phone, on_error=lambda e: MessageBox.error(self, e))

    def _open_retention(self) -> None:
        from stationdesk.ui.dialogs.retention_dialog import RetentionDialog

        RetentionDialog.ask(self, self.ctx)

    def _about(self) -> None:
        from stationdesk.ui.messages import MessageBox

        MessageBox.info(
            self,
            self.tr("关于 StationDesk"),
            self.tr("StationDesk {version}\n社区服务站工作台\n数据文件夹：{path}").format(
                version=__version__, path=self.ctx.folder.root
            ),
        )

    def restart(self) -> None:
        """Close and let ``run_gui`` open the data folder again (after a restore replaced the data, or to
        log in as another user)."""
        self.restart_requested = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.restart_requested:  # restored data is a backup already
            self.auto_backup.at_exit()
        self.ctx.db.stop()
        super().closeEvent(event)
