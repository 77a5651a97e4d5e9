"""需求清单: every need, a page at a time, with filters (state, urgency, category, group, community, overdue);
overdue needs in red, urgent ones in amber. 登记需求, open a need's page, the deadline rule, and the notice-board
list (公示) printed or exported with personal data masked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.groups import GROUPS
from stationdesk.domain.needs import STATE_NAMES, URGENCY_NAMES
from stationdesk.services import needs
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dialogs.need_dialog import NeedDialog
from stationdesk.ui.dialogs.saving_dialog import SavingDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.models.need_table_model import NeedTableModel
from stationdesk.ui.notice_actions import export_notice, print_notice
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import list_view, page_title, selected_record

WATCHES = frozenset({"need", "need_state_change", "dispatch", "service_record", "person", "need_rules"})


def _fetch(session, offset: int, limit: int, query: needs.NeedQuery):
    return needs.search_needs(session, query, offset, limit)


def need_columns() -> list:
    """The needs list's columns, as the user reads them."""
    return [
        (QCoreApplication.translate("NeedsPage", "编号"), lambda n: n.number),
        (QCoreApplication.translate("NeedsPage", "发现日期"), lambda n: n.found_on),
        (QCoreApplication.translate("NeedsPage", "需求对象"), lambda n: n.who),
        (QCoreApplication.translate("NeedsPage", "社区"), lambda n: n.community),
        (QCoreApplication.translate("NeedsPage", "类别"), lambda n: value_label("service_category", n.category)),
        (QCoreApplication.translate("NeedsPage", "对象"), lambda n: value_label("target_group", n.target_group)),
        (QCoreApplication.translate("NeedsPage", "紧急"), lambda n: value_label("urgency", n.urgency)),
        (QCoreApplication.translate("NeedsPage", "状态"), lambda n: value_label("need_state", n.state)),
        (QCoreApplication.translate("NeedsPage", "期限"), lambda n: n.due_on),
        (
            QCoreApplication.translate("NeedsPage", "逾期"),
            lambda n: (
                QCoreApplication.translate("NeedsPage", "{n} 天").format(n=n.overdue_days) if n.overdue_days > 0 else ""
            ),
        ),
        (QCoreApplication.translate("NeedsPage", "评价"), lambda n: value_label("rating", n.rating)),
        (QCoreApplication.translate("NeedsPage", "需求描述"), lambda n: n.description),
    ]


def open_need_page(widget: QWidget, need_id: str) -> None:
    """Show a need's page (from any page inside the main window)."""
    window = widget.window()
    if hasattr(window, "open_page"):
        window.open_page("need").show_need(need_id)


class DeadlineRuleDialog(SavingDialog):
    """办结期限: days from the day a need is found to its deadline, by urgency (for needs found from now on)."""

    def __init__(self, parent: QWidget | None, ctx, days: dict[str, int]) -> None:
        super().__init__(parent, ctx, self.tr("办结期限"))
        self.days: dict[str, QSpinBox] = {}
        for urgency in URGENCY_NAMES:
            spin = QSpinBox(minimum=0, maximum=365, suffix=self.tr(" 天"))
            spin.setValue(days[urgency])
            self.days[urgency] = spin
            self.form.addRow(value_label("urgency", urgency), spin)
        note = QLabel(self.tr("从发现需求之日起计算；只影响今后登记的需求。"))
        note.setWordWrap(True)
        self.form.addRow(note)

    def submit(self) -> None:
        self.run(needs.set_deadline_days, {u: spin.value() for u, spin in self.days.items()})

    @classmethod
    def ask(cls, parent, ctx, days: dict[str, int]) -> DeadlineRuleDialog:
        dialog = cls(parent, ctx, days)
        dialog.open()
        return dialog


class NeedsPage(Page):
    WATCHES = WATCHES
    sig_counted = Signal(int)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.search = QLineEdit(placeholderText=self.tr("编号、姓名、群体或需求内容"))
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), None)
        self.state.addItem(self.tr("未办结"), "open")
        self.state.addItem(self.tr("已办结"), "met")
        for code in STATE_NAMES:
            self.state.addItem(value_label("need_state", code), code)
        self.state.setCurrentIndex(1)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("全部紧急程度"), None)
        for code in URGENCY_NAMES:
            self.urgency.addItem(value_label("urgency", code), code)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        self.group = QComboBox()
        self.group.addItem(self.tr("全部对象"), None)
        for code in GROUPS:
            self.group.addItem(value_label("target_group", code), code)
        self.community = QComboBox()
        self.community.addItem(self.tr("全部社区"), None)
        self.overdue = QCheckBox(self.tr("只看逾期"))
        for combo in (self.state, self.urgency, self.category, self.group, self.community):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())

        self.new_button = QPushButton(self.tr("登记需求…"))
        self.new_button.clicked.connect(lambda: self.new_need())
        self.open_button = QPushButton(self.tr("打开需求"))
        self.open_button.clicked.connect(self._open_selected)
        self.print_button = QPushButton(self.tr("打印公示…"))
        self.print_button.clicked.connect(self.print_notice)
        self.export_button = QPushButton(self.tr("导出公示 Excel…"))
        self.export_button.clicked.connect(self.export_notice)
        self.rule_button = QPushButton(self.tr("办结期限…"))
        self.rule_button.clicked.connect(self.edit_deadline_rule)
        ctx.offer_only_with("lists.manage", self.new_button, self.rule_button)
        ctx.offer_only_with("print", self.print_button)
        ctx.offer_only_with("export", self.export_button)

        self.model = NeedTableModel(ctx.db, _fetch, need_columns(), parent=self)
        self.model.sig_loaded.connect(self._update_count)
        self.table = list_view(self.model, lambda index: self._open(self.model.record(index.row())))
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.state, self.urgency, self.category, self.group, self.community, self.overdue):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.print_button, self.export_button):
            actions.addWidget(button)
        actions.addWidget(self.list_export_button(self.model, self.tr("需求清单")))
        actions.addStretch(1)
        actions.addWidget(self.rule_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("需求清单")))
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        legend = QLabel(self.tr("红色：已逾期　黄色：紧急　双击一行打开需求。"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(legend)
        layout.addLayout(bottom)
        ctx.db.run(needs.need_form_choices, on_done=self._fill_filters)
        self.reload()

    def _fill_filters(self, choices: needs.NeedFormChoices) -> None:
        for combo, names in ((self.category, choices.categories), (self.community, choices.communities)):
            combo.blockSignals(True)
            for name in names:
                label = value_label("service_category", name) if combo is self.category else name
                combo.addItem(label, name)
            combo.blockSignals(False)

    def query(self) -> needs.NeedQuery:
        return needs.NeedQuery(
            text=self.search.text().strip(),
            state=self.state.currentData(),
            urgency=self.urgency.currentData(),
            category=self.category.currentData(),
            target_group=self.group.currentData(),
            community=self.community.currentData(),
            overdue_only=self.overdue.isChecked(),
        )

    def reload(self) -> None:
        self.model.reload(query=self.query())

    def refresh(self) -> None:
        self.model.refresh()

    def _update_count(self) -> None:
        total = self.model.total if self.model.total is not None else "…"
        self.count_label.setText(
            self.tr("共 {total} 项，已显示 {shown} 项").format(total=total, shown=self.model.rowCount())
        )
        if self.model.total is not None:
            self.sig_counted.emit(self.model.total)

    def new_need(self, person: tuple[str, str] | None = None) -> NeedDialog:
        dialog = NeedDialog.ask(self, self.ctx, person=person)
        dialog.sig_saved.connect(lambda row: self._open(row))
        return dialog

    def _open_selected(self) -> None:
        self._open(selected_record(self.table))

    def _open(self, row) -> None:
        if row is not None:
            open_need_page(self, row.id)

    def edit_deadline_rule(self) -> None:
        self.ctx.db.run(needs.deadline_days, on_done=lambda days: DeadlineRuleDialog.ask(self, self.ctx, days))

    def print_notice(self) -> None:
        print_notice(self, "needs", self.query())

    def export_notice(self) -> None:
        export_notice(self, "needs", self.query())
