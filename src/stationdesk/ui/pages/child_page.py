"""儿童档案: the child's own page — the only place a child's real name is shown. Attendance rate,
sessions attended, progress notes over time, guardians and consent (its state with 登记同意… / 撤回同意
beside the name, the guardians on their tab), and the social worker's case
notes on a separate tab marked confidential. The page carries a visible mark that this is a minor's
sensitive personal information. The finder on the left lists children by alias."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services import tutoring
from stationdesk.services.people import PeopleQuery, search_people
from stationdesk.ui.dates import station_today
from stationdesk.ui.dialogs.tutoring_dialogs import CaseNoteDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import gender_text, list_view, master_detail, stat_card
from stationdesk.ui.widgets.guardian_consent_box import GuardianConsentBox

BANNER_STYLE = "background: #fdecea; color: #8a1c1c; border: 1px solid #e0a4a4; padding: 6px; font-weight: bold;"


class ChildPage(Page):
    WATCHES = frozenset(
        {
            "tutoring_attendance",
            "tutoring_case_note",
            "tutoring_enrolment",
            "person",
            "guardianship",
            "guardian_consent",
        }
    )
    sig_loaded = Signal()

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.child_id: str | None = None
        self.overview: tutoring.ChildOverview | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、化名或拼音首字母"))
        self.results = QListWidget()
        self.results.currentItemChanged.connect(self._picked)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda *_: self._timer.start())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.found = RowsTableModel(  # the finder's children as its list shows them, for 导出 Excel
            [
                (self.tr("儿童（化名）"), lambda p: p.display_name),
                (self.tr("年龄"), lambda p: p.age),
            ],
            parent=self,
        )
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results)
        left_layout.addWidget(self.list_export_button(self.found, self.tr("儿童名单")))
        left.setMaximumWidth(260)

        self.banner = QLabel(self.tr("未成年人敏感个人信息　仅限工作需要查看，不得拍照、复制或外传"))
        self.banner.setObjectName("minorBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.cards: dict[str, QLabel] = {}
        cards = QGridLayout()
        for column, (key, label) in enumerate(
            (
                ("rate", self.tr("出勤率")),
                ("attended", self.tr("已出勤课次")),
                ("recorded", self.tr("已记录课次")),
                ("classes", self.tr("参加的辅导班")),
            )
        ):
            card, number = stat_card(label, "—", 22)
            cards.addWidget(card, 0, column)
            self.cards[key] = number
        self.guardian_box = GuardianConsentBox(ctx, consent_bar_outside=True)
        self.guardian_box.setTitle("")
        self.history_rows = RowsTableModel(
            [
                (self.tr("日期"), lambda h: f"{h.day:%Y-%m-%d}"),
                (self.tr("辅导班"), lambda h: h.class_name),
                (self.tr("考勤"), lambda h: value_label("attendance", h.status)),
                (self.tr("作业/进度"), lambda h: h.progress_note),
                (self.tr("表现"), lambda h: h.behaviour_note),
                (self.tr("跟进"), lambda h: self.tr("需跟进") if h.follow_up else ""),
                (self.tr("接送说明"), lambda h: h.pick_up_note),
            ],
            parent=self,
        )
        self.history = list_view(self.history_rows)
        self.note_rows = RowsTableModel(
            [
                (self.tr("日期"), lambda n: f"{n.written_on:%Y-%m-%d}"),
                (self.tr("记录人"), lambda n: n.author),
                (self.tr("内容"), lambda n: n.text),
            ],
            parent=self,
        )
        self.case_notes = list_view(self.note_rows)
        self.case_notes.setWordWrap(True)
        add_note = QPushButton(self.tr("添加个案记录…"))
        add_note.clicked.connect(self.add_case_note)
        confidential = QWidget()
        confidential_layout = QVBoxLayout(confidential)
        secret = QLabel(self.tr("保密：个案记录仅限社工查看，不得打印或导出"))
        secret.setStyleSheet(BANNER_STYLE)
        confidential_layout.addWidget(secret)
        confidential_layout.addWidget(self.case_notes, 1)
        confidential_layout.addWidget(add_note, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, self.tr("进度记录"))
        self.tabs.addTab(self.guardian_box, self.tr("监护人与同意"))
        notes_tab = self.tabs.addTab(confidential, self.tr("个案记录（保密）"))
        self.tabs.setTabVisible(notes_tab, ctx.may("case_notes.view"))  # the service sends others no notes
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.banner)
        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addStretch(1)
        detail_layout.addLayout(header)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.guardian_box.consent_bar)  # the consent's state and buttons, in sight
        detail_layout.addLayout(cards)
        detail_layout.addWidget(self.tabs, 1)
        self.detail.setVisible(False)
        self.empty = QLabel(self.tr("在左侧查找并选择一名儿童。"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.detail, 1)
        master_detail(self, self.tr("儿童档案"), [left], right, left_width=260)
        self._find()

    def refresh(self) -> None:
        if self.child_id:
            self.show_child(self.child_id)

    # -- finder (aliases only)
    def _find(self) -> None:
        self.ctx.db.run(
            search_people, PeopleQuery(text=self.search.text(), role="child"), limit=200, on_done=self._show_found
        )

    def _show_found(self, people) -> None:
        self.found.set_rows(people)
        self.results.blockSignals(True)
        self.results.clear()
        for person in people:
            age = "" if person.age is None else self.tr("{n}岁").format(n=person.age)
            item = QListWidgetItem(f"{person.display_name}　{age}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        self.results.blockSignals(False)

    def _picked(self, item, _previous=None) -> None:
        if item is not None:
            self.show_child(item.data(Qt.ItemDataRole.UserRole))

    # -- the child
    def show_child(self, child_id: str) -> None:
        self.child_id = child_id
        self.ctx.db.run(tutoring.child_overview, child_id, on_done=self._show, on_error=self._failed)

    def _show(self, overview: tutoring.ChildOverview) -> None:
        if overview.person.summary.id != self.child_id:
            return
        self.overview = overview
        person = overview.person.summary
        alias = self.tr("（化名：{alias}）").format(alias=person.alias) if person.alias else self.tr("（未设化名）")
        self.name.setText(f"{person.name}{alias}")
        gender = gender_text(person.gender)
        age = "" if person.age is None else self.tr("{n}岁").format(n=person.age)
        self.facts.setText(
            "　".join(x for x in (gender, age, person.id_number_masked, person.address, "、".join(person.tags)) if x)
        )
        self.guardian_box.show_child(overview.person)
        stats = overview.stats
        self.cards["rate"].setText(stats.rate_text())
        self.cards["attended"].setText(str(stats.attended))
        self.cards["recorded"].setText(str(stats.recorded))
        self.cards["classes"].setText("\n".join(overview.classes) or "—")
        self.cards["classes"].setStyleSheet("font-size: 14px; font-weight: bold; color: #1f5fa8;")
        self.history_rows.set_rows(overview.history)
        self.note_rows.set_rows(overview.case_notes)
        self.case_notes.resizeRowsToContents()
        self.empty.setVisible(False)
        self.detail.setVisible(True)
        self.sig_loaded.emit()

    def add_case_note(self) -> CaseNoteDialog | None:
        if self.child_id is None:
            return None
        return CaseNoteDialog.ask(self, self.ctx, self.child_id, station_today(self.ctx))

    def _failed(self, error: BaseException) -> None:
        MessageBox.error(self, error)
        self.sig_loaded.emit()
