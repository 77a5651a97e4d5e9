"""Main window: navigation on the left, one page at a time, station and data folder below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QWidget

from stationdesk import __version__
from stationdesk.ui.auto_backup import AutoBackup
from stationdesk.ui.context import AppContext
from stationdesk.ui.pages import PageSpec, discover_pages


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

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        for spec in self.specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
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
        self.nav.currentRowChanged.connect(lambda row: self.open_page(self.specs[row].key))

        station_label = QLabel(self.tr("站点：{code} {name}").format(code=ctx.station.code, name=ctx.station.name))
        folder_label = QLabel(self.tr("数据文件夹：{path}").format(path=ctx.folder.root))
        folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_label = QLabel()
        self.statusBar().addWidget(station_label)
        self.statusBar().addWidget(folder_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        ctx.db.sig_busy.connect(lambda busy: self.busy_label.setText(self.tr("正在处理…") if busy else ""))
        self._build_menu()
        if self.specs:
            self.nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        settings = QAction(self.tr("设置(&S)…"), self)
        settings.triggered.connect(self._open_settings)
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self._about)
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu.addAction(settings)
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.menuBar().addMenu(self.tr("帮助(&H)")).addAction(about)

    def page(self, key: str) -> QWidget:
        """The page with this key, created the first time it is needed."""
        if key not in self.pages:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.ctx)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def open_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
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
        if answer is not None and answer.station_phone != phone:
            self.ctx.db.run(set_station_phone, answer.station_phone, on_error=lambda e: MessageBox.error(self, e))

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
        """Close and let ``run_gui`` open the data folder again (after a restore replaced the data)."""
        self.restart_requested = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.restart_requested:  # restored data is a backup already
            self.auto_backup.at_exit()
        self.ctx.db.stop()
        super().closeEvent(event)
