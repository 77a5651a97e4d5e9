"""考勤录入: after a session, tick attendance and hand-over times from the signed sheet, keyboard only.

Arrow keys move; space cycles the status (and the guardian in 送达人/接走人, and 跟进); digits type a
time (1530 → 15:30); Backspace takes a digit off, Delete clears; Enter or Ctrl+S saves the whole
screen in one transaction. Children appear by alias.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.typed_time import format_clock
from stationdesk.errors import FormErrors
from stationdesk.services.tutoring import (
    SessionEdit,
    get_attendance_sheet,
    list_classes,
    list_sessions,
    save_attendance,
)
from stationdesk.ui.dates import station_today
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.attendance_table_model import BEHAVIOUR, CHILD, PICK_NOTE, PROGRESS, AttendanceTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import page_title


class AttendanceTableView(QTableView):
    """A table that takes attendance from the keyboard; asks for a save with ``sig_save_requested``."""

    sig_save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(26)

    def setModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        self.selectionModel().currentChanged.connect(lambda *_: model.finish_typing())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        model: AttendanceTableModel = self.model()
        index = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Save):
            self.sig_save_requested.emit()
            return
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            key, text = event.key(), event.text()
            if key == Qt.Key.Key_Space and model.cycle(index):
                return
            if len(text) == 1 and text.isdigit() and model.type_digit(index, text):
                return
            if key == Qt.Key.Key_Backspace and model.erase(index, whole=False):
                return
            if key == Qt.Key.Key_Delete and model.erase(index, whole=True):
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                model.finish_typing()
                self.sig_save_requested.emit()
                return
        super().keyPressEvent(event)


class AttendancePage(Page):
    WATCHES = frozenset({"tutoring_class", "tutoring_session", "tutoring_enrolment", "tutoring_attendance"})
    sig_loaded = Signal()
    sig_saved = Signal(int)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._session_id: str | None = None
        self._wanted: tuple[str, str] | None = None  # (class id, session id) asked for by another page
        self._saving = False
        self.class_box = QComboBox()
        self.class_box.setMinimumWidth(260)
        self.session_box = QComboBox()
        self.session_box.setMinimumWidth(260)
        self.class_box.currentIndexChanged.connect(self._class_chosen)
        self.session_box.currentIndexChanged.connect(self._session_chosen)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("辅导班")))
        chooser.addWidget(self.class_box)
        chooser.addWidget(QLabel(self.tr("课次")))
        chooser.addWidget(self.session_box)
        chooser.addStretch(1)

        self.info = QLabel()
        self.info.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.subject = QLineEdit()
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("本次辅导内容、小组活动主题"))
        self.tutor_row = QHBoxLayout()
        self.tutor_boxes: dict[str, QCheckBox] = {}
        tutor_widget = QWidget()
        tutor_widget.setLayout(self.tutor_row)
        form = QFormLayout()
        form.addRow(self.tr("科目"), self.subject)
        form.addRow(self.tr("内容"), self.content)
        form.addRow(self.tr("在场辅导员"), tutor_widget)
        for edit in (self.subject, self.content):
            edit.textEdited.connect(lambda *_: self._mark_dirty(True))

        self.model = AttendanceTableModel(self)
        self.model.sig_dirty.connect(self._mark_dirty)
        self.table = AttendanceTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (PICK_NOTE, PROGRESS, BEHAVIOUR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.sig_save_requested.connect(self.save)
        hint = QLabel(
            self.tr(
                "方向键移动　空格：切换考勤状态／选择监护人／跟进　数字：输入时间（1530 → 15:30）　"
                "Delete 清空　Enter 或 Ctrl+S 保存"
            )
        )
        hint.setStyleSheet("color: #555;")
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.list_export_button(self.model, self.tr("考勤")))
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        title = page_title(self.tr("考勤录入"))
        layout.addWidget(title)
        layout.addLayout(chooser)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    # -- loading
    def refresh(self) -> None:
        if self.model.dirty or self._saving:
            return
        self.ctx.db.run(list_classes, on_done=self._show_classes, on_error=self._failed)

    def open_session(self, class_id: str, session_id: str) -> None:
        """Show one session (called by the class page)."""
        if self.model.dirty and not self._may_discard():
            return
        self.model.mark_saved()
        self._wanted = (class_id, session_id)
        self.ctx.db.run(list_classes, on_done=self._show_classes, on_error=self._failed)

    def _show_classes(self, classes) -> None:
        wanted_class = self._wanted[0] if self._wanted else self.class_box.currentData()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for summary in classes:
            self.class_box.addItem(f"{summary.name}（{value_label('class_kind', summary.kind)}）", summary.id)
        position = self.class_box.findData(wanted_class)
        self.class_box.setCurrentIndex(max(position, 0))
        self.class_box.blockSignals(False)
        self._class_chosen()

    def _class_chosen(self, *_args) -> None:
        class_id = self.class_box.currentData()
        if class_id is None:
            self.session_box.clear()
            self.model.load(())
            self.sig_loaded.emit()
            return
        self.ctx.db.run(list_sessions, class_id, 2000, on_done=self._show_sessions, on_error=self._failed)

    def _show_sessions(self, sessions) -> None:
        wanted = self._wanted[1] if self._wanted else self._session_id
        self._wanted = None
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for item in sorted(sessions, key=lambda s: (s.day, s.start)):
            mark = "✓" if item.recorded else "　"
            self.session_box.addItem(
                f"{mark} {item.day:%Y-%m-%d} {item.start}-{item.end} {value_label('session_kind', item.kind)}", item.id
            )
        position = self.session_box.findData(wanted)
        if position < 0:  # the latest session held so far
            day = station_today(self.ctx)
            past = [i for i, s in enumerate(sorted(sessions, key=lambda s: (s.day, s.start))) if s.day <= day]
            position = past[-1] if past else 0
        self.session_box.setCurrentIndex(position)
        self.session_box.blockSignals(False)
        self._session_chosen()

    def _session_chosen(self, *_args) -> None:
        session_id = self.session_box.currentData()
        if self.model.dirty and session_id != self._session_id and not self._may_discard():
            self.session_box.blockSignals(True)
            self.session_box.setCurrentIndex(max(self.session_box.findData(self._session_id), 0))
            self.session_box.blockSignals(False)
            return
        self._session_id = session_id
        if session_id is None:
            self.model.load(())
            self.info.setText(self.tr("该班还没有课次。请先在“辅导班”页面生成学期课次。"))
            self.sig_loaded.emit()
            return
        self.ctx.db.run(get_attendance_sheet, session_id, on_done=self._show_sheet, on_error=self._failed)

    def _show_sheet(self, sheet) -> None:
        if sheet.session.id != self._session_id:
            return
        info = sheet.session
        self.info.setText(
            self.tr("{name}　{day}　{start}-{end}　{place}").format(
                name=info.class_name,
                day=f"{info.day:%Y-%m-%d}",
                start=format_clock(info.start),
                end=format_clock(info.end),
                place=info.place,
            )
        )
        self.subject.setText(info.subject)
        self.content.setText(info.content)
        while self.tutor_row.count():
            widget = self.tutor_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.tutor_boxes = {}
        for tutor in info.class_tutors:
            box = QCheckBox(tutor.name)
            box.setChecked(tutor.id in info.tutors_present or not info.tutors_present)
            box.toggled.connect(lambda *_: self._mark_dirty(True))
            self.tutor_boxes[tutor.id] = box
            self.tutor_row.addWidget(box)
        self.tutor_row.addStretch(1)
        self.model.load(sheet.rows)
        recorded = sum(1 for r in sheet.rows if r.entry.status)
        self.status.setText(self.tr("共 {n} 名儿童，已记录 {m} 名").format(n=len(sheet.rows), m=recorded))
        if sheet.rows:
            self.table.setCurrentIndex(self.model.index(0, CHILD + 1))
        self.table.setFocus()
        self.sig_loaded.emit()

    # -- saving
    def save(self) -> None:
        if self._saving or self._session_id is None:
            return
        try:
            entries = self.model.entries()
        except FormErrors as error:
            MessageBox.error(self, error)
            bad = self.model.first_bad_cell()
            if bad.isValid():
                self.table.setCurrentIndex(bad)
            return
        edit = SessionEdit(
            self.subject.text(),
            self.content.text(),
            tuple(tid for tid, box in self.tutor_boxes.items() if box.isChecked()),
        )
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("正在保存…"))
        self.ctx.db.run(
            save_attendance, self._session_id, entries, edit, on_done=self._saved, on_error=self._save_failed
        )

    def _saved(self, changed: int) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.model.mark_saved()
        self.status.setText(self.tr("已保存（{n} 行有改动）").format(n=changed))
        self.sig_saved.emit(changed)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("未保存"))
        MessageBox.error(self, error)

    def _mark_dirty(self, dirty: bool) -> None:
        if dirty:
            self.model.set_dirty(True)
            self.status.setText(self.tr("有未保存的修改（Enter 或 Ctrl+S 保存）"))

    def _may_discard(self) -> bool:
        return MessageBox.ask(self, self.tr("未保存的考勤"), self.tr("本课次的考勤还没有保存，要放弃这些修改吗？"))

    def _failed(self, error: BaseException) -> None:
        MessageBox.error(self, error)
        self.sig_loaded.emit()
