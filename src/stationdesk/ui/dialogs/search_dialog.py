"""搜索 (Ctrl+K or Ctrl+F, from the window's toolbar): one box finding people, volunteers, classes and
activities as you type; Enter or a click opens the page where the record is worked on."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from stationdesk.services.search_all import ACTIVITY, CLASS, PERSON, Found, search_everything
from stationdesk.ui.widgets import role_names


def show_found(window, found: Found) -> None:
    """Open the page where the record is worked on: an elder's or a child's own page, a class, an
    activity, or anyone else's services."""
    if found.kind == CLASS:
        window.open_page("tutoring").select_class(found.record_id)
    elif found.kind == ACTIVITY:
        window.open_page("activities").show_activity(found.record_id)
    elif "elder" in found.roles:
        window.open_page("elder").show_elder(found.record_id, found.title)
    elif "child" in found.roles:
        window.open_page("child").show_child(found.record_id)
    else:
        window.open_page("service_records").show_person(found.record_id, found.title)


class SearchDialog(QDialog):
    sig_results_shown = Signal(int)

    def __init__(self, parent: QWidget | None, ctx) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("搜索"))
        self.resize(640, 460)
        self.search = QLineEdit(
            placeholderText=self.tr("姓名、拼音首字母、电话或身份证后几位、志愿者编号、辅导班或活动名称")
        )
        self.results = QListWidget()
        self.hint = QLabel(self.tr("回车打开第一条；单击打开所选。"))
        self.hint.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.find)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.open_first)
        self.results.itemClicked.connect(self.open_item)
        self._request = 0
        self.chosen: Found | None = None

    def find(self) -> None:
        self._request += 1
        request = self._request
        self.ctx.db.run(search_everything, self.search.text(), on_done=lambda rows: self._show(request, rows))

    def _show(self, request: int, rows: list[Found]) -> None:
        if request != self._request:
            return
        roles = role_names()
        kinds = {CLASS: self.tr("辅导班"), ACTIVITY: self.tr("活动")}
        self.results.clear()
        for found in rows:
            if found.kind == PERSON:
                what = "、".join(roles.get(r, r) for r in found.roles) or self.tr("人员")
                age = self.tr("{n}岁").format(n=found.age) if found.age is not None else ""
                text = f"{found.title}　{what}　{age} {found.detail}".rstrip()
            else:
                text = f"{found.title}　{kinds[found.kind]}　{found.detail}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, found)
            self.results.addItem(item)
        if not rows and self.search.text().strip():
            self.results.addItem(self.tr("没有找到。"))
        self.sig_results_shown.emit(len(rows))

    def open_first(self) -> None:
        self._timer.stop()
        if self.results.count():
            self.open_item(self.results.item(0))

    def open_item(self, item: QListWidgetItem) -> None:
        found = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(found, Found):
            self.chosen = found
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx) -> Found | None:
        dialog = cls(parent, ctx)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
