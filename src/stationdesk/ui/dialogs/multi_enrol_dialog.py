"""批量报名: many people into a class or an activity at once. Search (name, pinyin, ID digits), filter
by community, tag (独居 …) and kind, tick people one by one or 全选筛选结果 — every person the filter
finds, not only those on screen — and one service call enrols them all, or none: the refusals
(already enrolled, not eligible) are listed in the dialog, which stays open with the ticks kept.

    result = MultiEnrolDialog.ask(self, ctx, title, lambda session, ids, confirmed: ..., role="child")

``enrol(session, person_ids, confirmed)`` runs on the database thread and returns a ``BulkEnrolled``;
``role`` fixes the kind (a class takes children only). 新登记… registers someone missing and ticks them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.errors import FormErrors, NeedsConfirmation
from stationdesk.services.bulk_enrolment import BulkEnrolled, communities, people_matching
from stationdesk.services.people import PeopleQuery, SavedPerson, children_with_consent
from stationdesk.services.station import catalog
from stationdesk.ui.dialogs.person_picker_dialog import register_person
from stationdesk.ui.messages import MessageBox, error_text
from stationdesk.ui.models.checked_people_table_model import CheckedPeopleTableModel
from stationdesk.ui.widgets import button_row, error_label, fit_to_screen, gender_text, list_view, role_names


def _filter_choices(session) -> tuple[list[str], list[str]]:
    return communities(session), catalog(session, "person_tag")


class MultiEnrolDialog(QDialog):
    sig_filters_loaded = Signal()
    sig_enrolled = Signal(object)  # BulkEnrolled

    def __init__(
        self,
        parent: QWidget | None,
        ctx,
        title: str,
        enrol: Callable[..., BulkEnrolled],
        role: str | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx, self.enrol = ctx, enrol
        self.result_value: BulkEnrolled | None = None
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 620)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母、电话或身份证后几位"))
        self.community = QComboBox()
        self.community.addItem(self.tr("全部社区"), None)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("全部标签"), None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部人员"), None)
        for key, name in role_names().items():
            self.kind.addItem(name, key)
        if role is not None:
            self.kind.setCurrentIndex(self.kind.findData(role))
            self.kind.setEnabled(False)
        self.model = CheckedPeopleTableModel(
            ctx.db,
            [
                (self.tr("姓名"), lambda p: p.display_name),
                (self.tr("性别"), lambda p: gender_text(p.gender)),
                (self.tr("年龄"), lambda p: p.age),
                (self.tr("身份证号"), lambda p: p.id_number_masked),
                (self.tr("住址"), lambda p: p.address),
                (self.tr("标签"), lambda p: "、".join(p.tags)),
                *(
                    [
                        (
                            self.tr("监护人同意"),
                            lambda p: self.tr("已同意") if p.id in self.consenting else self.tr("未登记"),
                        )
                    ]
                    if role == "child"
                    else []
                ),
            ],
            parent=self,
        )
        self.consenting: set[str] = set()  # children of the loaded rows with a guardian's consent
        if role == "child":
            self.model.sig_loaded.connect(self._read_consent)
        self.table = list_view(self.model)
        self.select_all = QPushButton(self.tr("全选筛选结果"))
        self.select_all.setToolTip(self.tr("勾选符合当前筛选条件的所有人，包括列表中尚未显示的"))
        self.select_all.clicked.connect(self.check_filter)
        clear = QPushButton(self.tr("清除勾选"))
        clear.clicked.connect(self.model.uncheck_all)
        self.register_button = QPushButton(self.tr("新登记…"))
        self.register_button.setToolTip(self.tr("档案中还没有这个人：在这里登记，登记后直接勾选"))
        self.register_button.clicked.connect(self.register)
        self.register_button.setVisible(ctx.may("people.edit"))
        self.register_roles = (role,) if role else ()
        self.found = QLabel()
        self.count = QLabel()
        self.count.setStyleSheet("font-weight: bold;")
        self.error = error_label()
        self.error.setWordWrap(True)
        self.untick_refused = QPushButton()
        self.untick_refused.clicked.connect(self._untick_refused)
        self.untick_refused.hide()
        self.refused_ids: list[str] = []
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for label, combo in (
            (self.tr("社区"), self.community),
            (self.tr("标签"), self.tag),
            (self.tr("类别"), self.kind),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        for widget in (self.select_all, clear, self.register_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.found)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(button_row(self.untick_refused))
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.community, self.tag, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.sig_total_changed.connect(lambda n: self.found.setText(self.tr("筛选结果 {n} 人").format(n=n)))
        self.model.sig_checked_changed.connect(self._show_count)
        self._show_count(0)
        self.reload()
        ctx.db.run(_filter_choices, on_done=self._fill_filters)

    def _fill_filters(self, choices: tuple[list[str], list[str]]) -> None:
        community_names, tags = choices
        for name in community_names:
            self.community.addItem(name, name)
        for name in tags:
            self.tag.addItem(name, name)
        self.sig_filters_loaded.emit()

    def _read_consent(self) -> None:
        ids = [p.id for p in self.model.rows]
        self.ctx.db.run(children_with_consent, ids, on_done=self._show_consent)

    def _show_consent(self, consenting: set[str]) -> None:
        self.consenting |= consenting
        if self.model.rows:
            last = self.model.columnCount() - 1
            self.model.dataChanged.emit(self.model.index(0, last), self.model.index(len(self.model.rows) - 1, last))

    def query(self) -> PeopleQuery:
        return PeopleQuery(
            self.search.text().strip(),
            self.kind.currentData(),
            self.tag.currentData(),
            community=self.community.currentData(),
        )

    def reload(self) -> None:
        q = self.query()
        self.model.reload(text=q.text, role=q.role, tag=q.tag, community=q.community)

    def check_filter(self) -> None:
        """全选筛选结果: everyone the filter finds, read on the database thread."""
        self.ctx.db.run(people_matching, self.query(), on_done=self.model.check)

    def register(self) -> None:
        register_person(self, self.ctx, self.register_roles, self._registered)

    def _registered(self, saved: SavedPerson) -> None:
        self.model.check({saved.summary.id: saved.summary.display_name})
        self.search.setText(saved.summary.display_name)

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("已勾选 {n} 人").format(n=n))
        self.ok.setText(self.tr("报名 {n} 人").format(n=n))
        self.ok.setEnabled(n > 0)

    # -- saving
    def save(self, confirmed: bool = False) -> None:
        self.error.clear()
        self.untick_refused.hide()
        self.buttons.setEnabled(False)
        self.ctx.db.run(self.enrol, list(self.model.checked), confirmed, on_done=self._saved, on_error=self._failed)

    def _saved(self, result: BulkEnrolled) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.sig_enrolled.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, NeedsConfirmation):
            if MessageBox.ask(self, self.tr("请确认"), error_text(error)):
                self.save(confirmed=True)
            return
        self.error.setText(self.tr("没有报名任何人，请先处理以下问题：") + "\n" + error_text(error))
        errors = error.errors if isinstance(error, FormErrors) else []
        self.refused_ids = [e.params["person_id"] for e in errors if "person_id" in e.params]
        if self.refused_ids:
            self.untick_refused.setText(self.tr("取消勾选这 {n} 人，其余的再报名").format(n=len(self.refused_ids)))
            self.untick_refused.show()

    def _untick_refused(self) -> None:
        self.model.uncheck(self.refused_ids)
        self.untick_refused.hide()
        self.error.clear()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx,
        title: str,
        enrol: Callable[..., BulkEnrolled],
        role: str | None = None,
        hint: str = "",
    ) -> BulkEnrolled | None:
        """What was enrolled, or None when cancelled."""
        dialog = cls(parent, ctx, title, enrol, role, hint)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
