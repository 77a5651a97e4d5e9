"""需求详情: one need — who, what, how urgent, its deadline — with what can be done next (受理, 派单 from the
suggestions, 开始服务, 登记服务, 完成派单, 改派, 取消派单, 评价, 不予受理, 撤销), the suggestions with the reasons for
their scores, its dispatches, the services given for it, and its history (who, when, from, to, why)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import needs as rules
from stationdesk.services import dispatch, needs
from stationdesk.services.need_detail import NeedDetail, need_detail
from stationdesk.ui import list_labels  # noqa: F401  (the lists' value labels)
from stationdesk.ui.dates import local_minute
from stationdesk.ui.dialogs.dispatch_dialogs import DispatchDialog, RedispatchDialog
from stationdesk.ui.dialogs.need_dialog import NeedDialog
from stationdesk.ui.dialogs.service_record_dialog import ServiceRecordDialog
from stationdesk.ui.dialogs.volunteer_dialogs import Field, SimpleFormDialog
from stationdesk.ui.labels import value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.pages.needs_page import WATCHES
from stationdesk.ui.widgets import keep_spaces, list_view, page_title, selected_record


def _state_text(code: str) -> str:
    return value_label("need_state", code) if code else ""


class NeedPage(Page):
    WATCHES = WATCHES | {"resource", "station_service", "volunteer_shift"}
    sig_shown = Signal(str)  # the need's id, once its page is filled

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.need_id: str | None = None
        self.detail: NeedDetail | None = None
        self.heading = QLabel(self.tr("请在“需求清单”中打开一项需求"))
        self.heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline = QLabel()

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, handler in (
            ("edit", self.tr("修改…"), self.edit_need),
            ("accept", self.tr("受理"), lambda: self.change_state(rules.ACCEPTED)),
            ("start", self.tr("开始服务"), lambda: self.change_state(rules.IN_SERVICE)),
            ("serve", self.tr("登记服务…"), self.record_service),
            ("rate", self.tr("评价…"), self.rate),
            ("reject", self.tr("不予受理…"), lambda: self.ask_reason(rules.REJECTED)),
            ("withdraw", self.tr("撤销…"), lambda: self.ask_reason(rules.WITHDRAWN)),
            ("person", self.tr("该对象的全部服务"), self.open_person_services),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            button.setEnabled(False)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)

        self.suggestions = RowsTableModel(
            [
                (self.tr("类型"), lambda r: value_label("match_kind", r.suggestion.kind)),
                (self.tr("名称"), lambda r: r.suggestion.name),
                (self.tr("得分"), lambda r: r.suggestion.score),
                (self.tr("说明"), lambda r: r.detail),
                (self.tr("理由"), lambda r: "；".join(r.reasons)),
            ],
            parent=self,
        )
        self.suggestion_view = list_view(self.suggestions)
        self.suggestion_view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.suggestion_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.dispatch_button = QPushButton(self.tr("派单给所选…"))
        self.dispatch_button.clicked.connect(self.dispatch_chosen)
        suggest_tab = self._tab(
            self.suggestion_view,
            [self.dispatch_button],
            self.tr("点选一个或多个推荐对象（可多选），再点“派单给所选”。得分越高越合适，理由列出每一项加减分。"),
        )

        self.dispatches = RowsTableModel(
            [
                (self.tr("派给"), lambda d: f"{value_label('match_kind', d.kind)}：{d.name}"),
                (self.tr("数量"), lambda d: f"{d.quantity} {d.unit}".strip()),
                (self.tr("状态"), lambda d: value_label("dispatch_state", d.state)),
                (self.tr("派单时间"), lambda d: local_minute(d.dispatched_at)),
                (self.tr("派单人"), lambda d: d.dispatched_by),
                (self.tr("说明"), lambda d: d.instructions),
                (self.tr("结束时间"), lambda d: local_minute(d.closed_at)),
                (self.tr("取消原因"), lambda d: d.cancel_reason),
            ],
            background=lambda d: "#eeeeee" if d.state == rules.DISPATCH_CANCELLED else None,
            parent=self,
        )
        self.dispatch_view = list_view(self.dispatches)
        self.dispatch_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.close_button = QPushButton(self.tr("完成派单并登记服务…"))
        self.close_button.clicked.connect(self.close_dispatch)
        self.redispatch_button = QPushButton(self.tr("改派…"))
        self.redispatch_button.clicked.connect(self.redispatch)
        self.cancel_button = QPushButton(self.tr("取消派单…"))
        self.cancel_button.clicked.connect(self.cancel_dispatch)
        dispatch_tab = self._tab(self.dispatch_view, [self.close_button, self.redispatch_button, self.cancel_button])

        self.services = RowsTableModel(
            [
                (self.tr("日期"), lambda g: g.served_on),
                (self.tr("时间"), lambda g: f"{g.start}-{g.end}" if g.start else ""),
                (self.tr("服务"), lambda g: value_label("service_category", g.title)),
                (self.tr("提供者"), lambda g: g.provider),
                (self.tr("服务对象"), lambda g: g.people),
                (self.tr("人数"), lambda g: g.people_count),
                (self.tr("满意度"), lambda g: value_label("satisfaction", g.satisfaction)),
            ],
            parent=self,
        )
        self.history = RowsTableModel(
            [
                (self.tr("时间"), lambda h: local_minute(h.changed_at)),
                (self.tr("从"), lambda h: _state_text(h.from_state)),
                (self.tr("到"), lambda h: _state_text(h.to_state)),
                (self.tr("经办人"), lambda h: h.changed_by),
                (self.tr("原因 / 说明"), lambda h: h.reason),
            ],
            parent=self,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(suggest_tab, self.tr("推荐对接"))
        self.tabs.addTab(dispatch_tab, self.tr("派单"))
        self.tabs.addTab(list_view(self.services), self.tr("服务记录"))
        self.tabs.addTab(list_view(self.history), self.tr("办理过程"))

        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(panel)
        inner.addWidget(self.heading)
        inner.addWidget(self.facts)
        inner.addWidget(self.deadline)
        inner.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("需求详情")))
        layout.addWidget(panel)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _tab(view, buttons: list[QPushButton], hint: str = "") -> QWidget:
        bar = QHBoxLayout()
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            bar.addWidget(label, 1)
        else:
            bar.addStretch(1)
        for button in buttons:
            button.setEnabled(False)
            bar.addWidget(button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addLayout(bar)
        return box

    # -- showing -----------------------------------------------------------------------------------------

    def show_need(self, need_id: str) -> None:
        self.need_id = need_id
        self.refresh()

    def refresh(self) -> None:
        if self.need_id:
            need_id = self.need_id
            self.ctx.db.run(
                need_detail,
                need_id,
                on_done=lambda d: self._show(need_id, d),
                on_error=lambda e: MessageBox.error(self, e),
            )

    def _show(self, need_id: str, detail: NeedDetail) -> None:
        if need_id != self.need_id:
            return
        self.detail = detail
        n = detail.row
        self.heading.setText(
            f"{n.number}　{n.who}　［{value_label('need_state', n.state)}］"
            + (f"　{value_label('urgency', n.urgency)}" if n.urgency == rules.URGENT else "")
        )
        source = value_label("need_source", n.source)
        if detail.visit:
            source += self.tr("（{day} {kind}）").format(
                day=detail.visit[0], kind=value_label("visit_kind", detail.visit[1])
            )
        lines = [
            self.tr("服务类别：{c}　服务对象：{g}　社区：{m}").format(
                c=value_label("service_category", n.category),
                g=value_label("target_group", n.target_group) or self.tr("其他居民"),
                m=n.community or "—",
            ),
            self.tr("来源：{s}　发现日期：{d}　记录人：{r}").format(s=source, d=n.found_on, r=n.recorded_by or "—"),
        ]
        if not n.person_id:
            lines.append(self.tr("涉及人数：约 {n} 人").format(n=n.people_count))
        if n.wanted_from or n.wanted_to:
            lines.append(
                self.tr("期望时间：{a} 至 {b}").format(
                    a=f"{n.wanted_from:%Y-%m-%d %H:%M}" if n.wanted_from else "…",
                    b=f"{n.wanted_to:%Y-%m-%d %H:%M}" if n.wanted_to else "…",
                )
            )
        if n.place:
            lines.append(self.tr("服务地点：{p}").format(p=n.place))
        lines.append(self.tr("需求描述：{d}").format(d=n.description or "—"))
        if n.rating:
            lines.append(
                self.tr("评价：{score} 分 {name}　{comment}").format(
                    score=n.rating, name=value_label("rating", n.rating), comment=n.rating_comment
                )
            )
        self.facts.setText(keep_spaces("<br>".join(escape(line) for line in lines)))
        if n.overdue_days > 0:
            self.deadline.setText(self.tr("办结期限 {d}，已逾期 {n} 天").format(d=n.due_on, n=n.overdue_days))
            self.deadline.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.deadline.setText(self.tr("办结期限 {d}").format(d=n.due_on))
            self.deadline.setStyleSheet("")
        self.tabs.setTabVisible(0, n.state in rules.OPEN_STATES)  # closed needs get no suggestions
        if self.tabs.currentIndex() == 0 and n.state not in rules.OPEN_STATES:
            self.tabs.setCurrentIndex(3)
        self.suggestions.set_rows(detail.suggestions)
        self.dispatches.set_rows(detail.dispatches)
        self.services.set_rows(detail.services)
        self.history.set_rows(detail.history)
        self._update_buttons()
        self.sig_shown.emit(need_id)

    def _update_buttons(self) -> None:
        if self.detail is None:
            return
        state = self.detail.row.state
        is_open = state in rules.OPEN_STATES
        enabled = {
            "edit": is_open,
            "accept": state == rules.PENDING,
            "start": state == rules.DISPATCHED,
            "serve": is_open,
            "rate": state in rules.MET_STATES,
            "reject": state in (rules.PENDING, rules.ACCEPTED),
            "withdraw": is_open,
            "person": bool(self.detail.row.person_id),
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])
        chosen = self._chosen_dispatch()
        open_dispatch = chosen is not None and chosen.state == rules.DISPATCH_OPEN
        self.dispatch_button.setEnabled(is_open and bool(self.suggestion_view.selectionModel().selectedRows()))
        for button in (self.close_button, self.cancel_button):
            button.setEnabled(open_dispatch)
        self.redispatch_button.setEnabled(open_dispatch and bool(self.detail.suggestions))

    def _chosen_dispatch(self):
        return selected_record(self.dispatch_view)

    # -- actions -----------------------------------------------------------------------------------------

    def _worker(self) -> str:
        return self.detail.worker if self.detail else ""

    def _run(self, function, *args) -> None:
        self.ctx.db.run(function, *args, on_error=lambda e: MessageBox.error(self, e))

    def edit_need(self) -> NeedDialog | None:
        return NeedDialog.ask(self, self.ctx, self.detail.row) if self.detail else None

    def change_state(self, target: str, reason: str = "") -> None:
        if self.detail:
            self._run(needs.change_state, self.detail.row.id, target, reason, self._worker())

    def ask_reason(self, target: str) -> None:
        label = self.tr("不予受理的原因") if target == rules.REJECTED else self.tr("撤销的原因")
        if self.detail is None:
            return
        need_id = self.detail.row.id
        SimpleFormDialog.ask(
            self,
            self.ctx,
            value_label("need_state", target),
            [
                Field("reason", label, required=target == rules.REJECTED),
                Field("by", self.tr("经办人"), initial=self._worker()),
            ],
            lambda v: (needs.change_state, need_id, target, v["reason"], v["by"]),
        )

    def rate(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("服务评价：{who}").format(who=row.who),
            [
                Field(
                    "rating",
                    self.tr("评价"),
                    "choice",
                    choices=tuple((f"{s} {value_label('rating', s)}", s) for s in rules.RATING_NAMES),
                    initial=row.rating or 5,
                ),
                Field("comment", self.tr("评价意见"), "multiline", initial=row.rating_comment),
                Field("by", self.tr("经办人"), initial=self._worker()),
            ],
            lambda v: (needs.rate_need, row.id, v["rating"], v["comment"], v["by"]),
        )

    def dispatch_chosen(self) -> DispatchDialog | None:
        if self.detail is None:
            return None
        rows = sorted(index.row() for index in self.suggestion_view.selectionModel().selectedRows())
        chosen = [self.suggestions.rows[i] for i in rows]
        if not chosen:
            return None
        return DispatchDialog.ask(self, self.ctx, self.detail.row.id, self.detail.row.number, chosen, self._worker())

    def close_dispatch(self) -> None:
        chosen = self._chosen_dispatch()
        if chosen is not None:
            self.ctx.db.run(
                dispatch.close_choices,
                chosen.id,
                on_done=lambda context: ServiceRecordDialog.ask(self, self.ctx, context),
                on_error=lambda e: MessageBox.error(self, e),
            )

    def record_service(self) -> None:
        if self.detail is not None:
            self.ctx.db.run(
                dispatch.need_service_choices,
                self.detail.row.id,
                on_done=lambda context: ServiceRecordDialog.ask(self, self.ctx, context),
                on_error=lambda e: MessageBox.error(self, e),
            )

    def redispatch(self) -> RedispatchDialog | None:
        chosen = self._chosen_dispatch()
        if chosen is None or self.detail is None:
            return None
        return RedispatchDialog.ask(self, self.ctx, chosen, list(self.detail.suggestions), self._worker())

    def cancel_dispatch(self) -> None:
        chosen = self._chosen_dispatch()
        if chosen is None:
            return
        SimpleFormDialog.ask(
            self,
            self.ctx,
            self.tr("取消派单：{name}").format(name=chosen.name),
            [
                Field("reason", self.tr("取消原因"), required=True),
                Field("by", self.tr("经办人"), initial=self._worker()),
            ],
            lambda v: (dispatch.cancel_dispatch, chosen.id, v["reason"], v["by"]),
        )

    def open_person_services(self) -> None:
        window = self.window()
        if self.detail and self.detail.row.person_id and hasattr(window, "open_page"):
            window.open_page("service_records").show_person(self.detail.row.person_id, self.detail.row.who)
