"""A child's guardians and the guardians' consent (PIPL art. 31), where the worker needs them: on
人员档案's detail panel and on the child's own page. The consent's state (who gave it, when, what it
covers) is one line in green or red; 登记同意… and 撤回同意 sit beside it. Withdrawing takes the child
out of every class from that day (``people.withdraw_consent``). A guardian not yet in the registry is
registered from the guardian picker (新登记…).

``record_guardian_and_consent`` is the same steps as one flow, for enrolling a child who has none yet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.services.people import (
    ConsentRecord,
    PersonDetail,
    add_guardian,
    get_person,
    remove_guardian,
    withdraw_consent,
)
from stationdesk.services.station import today
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.widgets import button_row

GIVEN_STYLE = "color: #1b6e2d; font-weight: bold;"
MISSING_STYLE = "color: #b00020; font-weight: bold;"


def _withdraw_today(session, consent_id: str) -> None:
    withdraw_consent(session, consent_id, today(session))


def _valid_consent(detail: PersonDetail) -> ConsentRecord | None:
    return next((c for c in detail.consents if c.withdrawn_on is None), None)


def _pick_guardian(parent, ctx, child_id: str):
    from stationdesk.ui.dialogs.person_picker_dialog import PersonPickerDialog

    return PersonPickerDialog.ask(
        parent,
        ctx,
        QCoreApplication.translate("GuardianConsentBox", "添加监护人"),
        with_relation=True,
        exclude_id=child_id,
        register_as=("guardian",),
    )


def _ask_consent(parent, ctx, detail: PersonDetail, on_done: Callable[[object], None] | None = None) -> None:
    """The consent form for one of the child's guardians; it stores the consent itself (``record_consent``)."""
    from stationdesk.ui.dialogs.consent_dialog import ConsentDialog

    def ask(day: date) -> None:
        dialog = ConsentDialog.ask(parent, ctx, detail.summary.id, detail.guardians, day)
        if on_done is not None:
            dialog.sig_saved.connect(on_done)

    ctx.db.run(today, on_done=ask)


def record_guardian_and_consent(parent, ctx, child_id: str, on_done: Callable[[], None]) -> None:
    """A child without consent: add a guardian when none is recorded (registering them if need be),
    then the consent form; ``on_done`` once consent is on record. Cancelling any step stops quietly."""

    def consent_of(detail: PersonDetail) -> None:
        _ask_consent(parent, ctx, detail, lambda _consent: on_done())

    def with_guardian(detail: PersonDetail) -> None:
        if detail.guardians:
            consent_of(detail)
            return
        picked = _pick_guardian(parent, ctx, child_id)
        if picked is None:
            return
        ctx.db.run(
            add_guardian,
            child_id,
            picked.person_id,
            picked.relation,
            True,
            on_done=lambda _link: ctx.db.run(get_person, child_id, on_done=consent_of),
            on_error=lambda e: MessageBox.error(parent, e),
        )

    ctx.db.run(get_person, child_id, on_done=with_guardian)


class GuardianConsentBox(QGroupBox):
    """Shows one child (``show_child``); its buttons change the database, and the page refreshes on
    the ``guardianship`` / ``guardian_consent`` change like any other."""

    sig_consent_shown = Signal(bool)  # True when a valid consent is on record

    def __init__(self, ctx, parent=None, consent_bar_outside: bool = False) -> None:
        """``consent_bar_outside``: the page lays out ``consent_bar`` (state and buttons) itself."""
        super().__init__(parent)
        self.setTitle(self.tr("监护人与同意"))
        self.ctx = ctx
        self.detail: PersonDetail | None = None
        self.consent_state = QLabel()
        self.consent_state.setObjectName("consentState")
        self.consent_state.setWordWrap(True)
        self.consent_warning = QLabel(self.tr("⚠ 该儿童没有有效的监护人同意记录。请尽快由监护人签署同意书并在此登记。"))
        self.consent_warning.setWordWrap(True)
        self.consent_warning.setStyleSheet(MISSING_STYLE)
        self.guardians = QListWidget()
        self.guardians.setFixedHeight(70)
        self.guardians.setWordWrap(True)
        self.consents = QListWidget()
        self.consents.setFixedHeight(70)
        self.consents.setWordWrap(True)
        self.add_guardian_button = QPushButton(self.tr("添加监护人…"))
        self.add_guardian_button.clicked.connect(self.add_guardian)
        self.remove_guardian_button = QPushButton(self.tr("移除"))
        self.remove_guardian_button.clicked.connect(self.remove_guardian)
        self.add_consent_button = QPushButton(self.tr("登记同意…"))
        self.add_consent_button.clicked.connect(self.add_consent)
        self.withdraw_button = QPushButton(self.tr("撤回同意"))
        self.withdraw_button.setToolTip(self.tr("撤回后，该儿童当天起退出所有辅导班，重新登记同意前不能报名"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        ctx.offer_only_with(
            "people.edit",
            self.add_guardian_button,
            self.remove_guardian_button,
            self.add_consent_button,
            self.withdraw_button,
        )
        self.consent_bar = QWidget()
        bar = QHBoxLayout(self.consent_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.consent_state, 1)
        bar.addWidget(self.add_consent_button)
        bar.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        if not consent_bar_outside:
            layout.addWidget(self.consent_bar)
        layout.addWidget(self.consent_warning)
        layout.addWidget(QLabel(self.tr("同意记录")))
        layout.addWidget(self.consents)
        layout.addWidget(QLabel(self.tr("监护人")))
        layout.addWidget(self.guardians)
        layout.addLayout(button_row(self.add_guardian_button, self.remove_guardian_button))
        layout.addStretch(1)  # on a tab the lists stay together at the top

    def show_child(self, detail: PersonDetail) -> None:
        self.detail = detail
        self.guardians.clear()
        for link in detail.guardians:
            primary = self.tr("（主要）") if link.is_primary else ""
            item = QListWidgetItem(f"{link.relation}  {link.guardian_name}  {link.phone_masked}{primary}")
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.guardians.addItem(item)
        self.consents.clear()
        for consent in detail.consents:
            text = self.tr("{day} {who} 同意：{scope}").format(
                day=consent.given_on.isoformat(), who=consent.given_by, scope=consent.scope
            )
            if consent.withdrawn_on:
                text += self.tr("（已于 {day} 撤回）").format(day=consent.withdrawn_on.isoformat())
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, consent.id)
            if consent.withdrawn_on:
                item.setForeground(Qt.GlobalColor.gray)
            self.consents.addItem(item)
        valid = _valid_consent(detail)
        if valid is not None:
            self.consent_state.setText(
                self.tr("✔ 监护人已同意：{by}，{day}，范围：{scope}").format(
                    by=valid.given_by, day=valid.given_on.isoformat(), scope=valid.scope
                )
            )
            self.consent_state.setStyleSheet(GIVEN_STYLE)
        else:
            self.consent_state.setText(self.tr("✘ 未登记有效的监护人同意：不能报名辅导班。"))
            self.consent_state.setStyleSheet(MISSING_STYLE)
        self.consent_warning.setVisible(valid is None)
        self.add_consent_button.setToolTip("" if detail.guardians else self.tr("先添加监护人，再登记其同意"))
        self.withdraw_button.setEnabled(valid is not None)
        self.sig_consent_shown.emit(valid is not None)

    # --- actions -------------------------------------------------------------------------------------
    def add_guardian(self) -> None:
        if self.detail is None:
            return
        child_id = self.detail.summary.id
        picked = _pick_guardian(self, self.ctx, child_id)
        if picked is not None:
            self.ctx.db.run(
                add_guardian,
                child_id,
                picked.person_id,
                picked.relation,
                picked.is_primary,
                on_error=lambda e: MessageBox.error(self, e),
            )

    def remove_guardian(self) -> None:
        item = self.guardians.currentItem()
        if item is None:
            return
        if MessageBox.ask(self, self.tr("移除监护人"), self.tr("确定移除监护人 {text}？").format(text=item.text())):
            self.ctx.db.run(
                remove_guardian, item.data(Qt.ItemDataRole.UserRole), on_error=lambda e: MessageBox.error(self, e)
            )

    def add_consent(self) -> None:
        """With no guardian on record the worker adds one first, in the same flow."""
        if self.detail is not None:
            record_guardian_and_consent(self, self.ctx, self.detail.summary.id, lambda: None)

    def withdraw_consent(self) -> None:
        """The consent chosen in the list, else the one in force."""
        if self.detail is None:
            return
        item = self.consents.currentItem()
        valid = _valid_consent(self.detail)
        consent_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else valid.id if valid else None
        chosen = next((c for c in self.detail.consents if c.id == consent_id and c.withdrawn_on is None), None)
        if chosen is None:
            return
        question = self.tr("确定登记监护人已撤回此项同意？\n{who} {day}：{scope}").format(
            who=chosen.given_by, day=chosen.given_on.isoformat(), scope=chosen.scope
        )
        question += "\n\n" + self.tr("从今天起该儿童退出所有辅导班（已记录的考勤保留），重新登记同意前不能报名。")
        if MessageBox.ask(self, self.tr("撤回同意"), question):
            self.ctx.db.run(_withdraw_today, chosen.id, on_error=lambda e: MessageBox.error(self, e))
