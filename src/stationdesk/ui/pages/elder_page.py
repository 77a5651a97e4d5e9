"""老人档案: one elder's visits and assessments on one timeline, the level history chart, open
follow-ups, next visit due and next reassessment due."""

from __future__ import annotations

import itertools
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import ability_assessment as gbt
from stationdesk.domain.visit_plan import TIERS
from stationdesk.services.assessments import FINAL
from stationdesk.services.elder_care import elder_overview, set_risk_tier
from stationdesk.services.visits import close_follow_up
from stationdesk.ui.dialogs.visit_dialog import VisitDialog
from stationdesk.ui.elder_picker import ElderPicker
from stationdesk.ui.labels import overdue_text, value_label
from stationdesk.ui.messages import MessageBox
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.pages import Page
from stationdesk.ui.pages.assessment_page import LEVEL_COLOURS
from stationdesk.ui.pages.visits_page import VisitCorrections
from stationdesk.ui.widgets import gender_text, keep_spaces, list_view, page_title, selected_record


class LevelChart(QWidget):
    """Level after each finished assessment (能力完好 at the top), drawn with QPainter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.points: tuple = ()
        self.setMinimumHeight(170)

    def set_history(self, points) -> None:
        self.points = tuple(points)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setFont(QFont(self.font().family(), 8))
        names = [value_label("level", level) for level in range(len(gbt.LEVEL_NAMES))]
        left = max(70, max(painter.fontMetrics().horizontalAdvance(n) for n in names) + 12)  # English is longer
        top, right, bottom = 10, self.width() - 15, self.height() - 25
        step = (bottom - top) / (len(gbt.LEVEL_NAMES) - 1)
        for level, name in enumerate(names):
            y = top + level * step
            painter.setPen(QPen(QColor("#dddddd")))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(QColor(LEVEL_COLOURS[level]))
            painter.drawText(
                QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
        if not self.points:
            painter.setPen(QColor("#777777"))
            painter.drawText(
                QRectF(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("ElderPage", "还没有完成的评估"),
            )
            return
        first, last = self.points[0][0].toordinal(), self.points[-1][0].toordinal()
        span = max(1, last - first)
        coords = []
        for on, level, _total in self.points:
            x = (
                left + 20 + (on.toordinal() - first) / span * (right - left - 40)
                if len(self.points) > 1
                else (left + right) / 2
            )
            coords.append((QPointF(x, top + level * step), on, level))
        painter.setPen(QPen(QColor("#1f5fa8"), 2))
        for (a, _, _), (b, _, _) in itertools.pairwise(coords):
            painter.drawLine(a, b)
        for point, on, level in coords:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LEVEL_COLOURS[level]))
            painter.drawEllipse(point, 5, 5)
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(point.x() - 40, bottom + 4, 80, 16), Qt.AlignmentFlag.AlignCenter, f"{on:%Y-%m}")


class ElderPage(VisitCorrections, Page):
    WATCHES = frozenset({"visit", "assessment", "follow_up", "elder_profile", "person", "visit_rules"})
    sig_shown = Signal(object)  # ElderOverview
    sig_visit_deleted = Signal(str)
    sig_visit_restored = Signal(str)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.overview = None
        title = page_title(self.tr("老人档案"))
        self.picker = ElderPicker(ctx)
        self.picker.sig_changed.connect(lambda _id: self.refresh())
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("自动（按评估等级和标签）"), "")
        for tier in TIERS:
            self.tier.addItem(value_label("tier", tier), tier)
        self.tier.activated.connect(self._tier_chosen)
        self.record_button = QPushButton(self.tr("登记探访…"))
        self.assess_button = QPushButton(self.tr("新建评估"))
        ctx.offer_only_with("visits.record", self.record_button)
        ctx.offer_only_with("assessments.manage", self.assess_button)
        self.record_button.clicked.connect(self.record_visit)
        self.assess_button.clicked.connect(self._new_assessment)
        self.next_visit = QLabel()
        self.next_assessment = QLabel()
        for label in (self.next_visit, self.next_assessment):
            label.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.chart = LevelChart()
        self.timeline = RowsTableModel(
            [
                (self.tr("日期"), lambda e: e.on),
                (self.tr("类别"), lambda e: self.tr("探访") if e.kind == "visit" else self.tr("评估")),
                (self.tr("内容"), self._entry_title),
                (self.tr("情况"), self._entry_detail),
            ],
            parent=self,
        )
        self.table = list_view(self.timeline, self._open_entry)
        self.edit_visit_button, self.delete_visit_button = self.correction_controls(
            self.tr("修改选中的探访…"), self.tr("删除选中的探访")
        )
        self.follow_ups = QListWidget()
        self.close_button = QPushButton(self.tr("关闭选中的跟进事项"))
        self.close_button.clicked.connect(self._close_follow_up)
        ctx.offer_only_with("visits.record", self.close_button)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("老人")))
        top.addWidget(self.picker, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.assess_button)
        plan = QGridLayout()
        plan.addWidget(QLabel(self.tr("风险分层")), 0, 0)
        plan.addWidget(self.tier, 0, 1)
        plan.addWidget(self.next_visit, 1, 0, 1, 2)
        plan.addWidget(self.next_assessment, 2, 0, 1, 2)
        facts = QGroupBox(self.tr("基本情况与探访计划"))
        facts_layout = QVBoxLayout(facts)
        facts_layout.addWidget(self.info)
        facts_layout.addLayout(plan)
        chart_box = QGroupBox(self.tr("能力等级变化"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        upper = QHBoxLayout()
        upper.addWidget(facts, 1)
        upper.addWidget(chart_box, 1)
        follow_box = QGroupBox(self.tr("未完成的跟进事项"))
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(self.follow_ups)
        follow_layout.addWidget(self.close_button)
        timeline_box = QGroupBox(self.tr("探访与评估时间线（双击打开探访或评估）"))
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.table)
        timeline_buttons = QHBoxLayout()
        timeline_buttons.addWidget(self.edit_visit_button)
        timeline_buttons.addWidget(self.delete_visit_button)
        timeline_buttons.addStretch(1)
        timeline_buttons.addWidget(self.list_export_button(self.timeline, self.tr("探访与评估时间线")))
        timeline_layout.addLayout(timeline_buttons)
        timeline_layout.addWidget(self.undo_bar)
        lower = QHBoxLayout()
        lower.addWidget(timeline_box, 3)
        lower.addWidget(follow_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(upper)
        layout.addLayout(lower, 1)

    def show_elder(self, elder_id: str, name: str) -> None:
        self.picker.set_chosen(elder_id, name)
        self.refresh()

    def refresh(self) -> None:
        elder_id = self.picker.chosen_id()
        if elder_id:
            self.ctx.db.run(elder_overview, elder_id, on_done=self._show, on_error=lambda e: MessageBox.error(self, e))

    def _show(self, overview) -> None:
        if overview.person.id != self.picker.chosen_id():
            return
        self.overview = overview
        person = overview.person
        gender = gender_text(person.gender)
        last = overview.last_assessment
        latest = (
            self.tr("尚未评估")
            if last is None
            else self.tr("{on} {level}（总分 {total}）").format(
                on=last.assessed_on,
                total=last.total,
                level=f"<b style='color:{LEVEL_COLOURS[last.level]}'>{escape(value_label('level', last.level))}</b>",
            )
        )
        self.info.setText(
            keep_spaces(
                self.tr(
                    "<b style='font-size:16px'>{name}</b>　{gender}　{age}岁<br>身份证：{id}　电话：{phone}<br>"
                    "住址：{address}<br>标签：{tags}<br>最近评估：{latest}"
                ).format(
                    name=escape(person.name),
                    gender=gender,
                    age="" if person.age is None else person.age,
                    id=person.id_number_masked or "—",
                    phone=person.phone_masked or "—",
                    address=escape(person.address or "—"),
                    tags=escape("、".join(person.tags) or "—"),
                    latest=latest,
                )
            )
        )
        index = self.tier.findData(overview.tier if overview.tier_set_by_staff else "")
        self.tier.setCurrentIndex(index)
        tier_name = value_label("tier", overview.tier)
        due = overview.next_visit_due
        self.next_visit.setText(
            self.tr("下次探访：{due}（{tier}，每 {n} 天；{state}）").format(
                due=due or self.tr("尽快"),
                tier=tier_name,
                n=overview.interval_days,
                state=overdue_text(overview.days_overdue),
            )
        )
        self.next_assessment.setText(
            self.tr("下次评估：{due}（{reason}）").format(
                due=f"{overview.next_reassessment}" + (self.tr(" 已逾期") if overview.reassessment_overdue else ""),
                reason={
                    "首次": self.tr("尚未评估，需首次评估"),
                    "即时": self.tr("探访发现能力变化，需即时评估"),
                    "常规": self.tr("每 6 个月复评"),
                }[overview.reassessment_reason],
            )
        )
        self.chart.set_history(overview.level_history)
        self.timeline.set_rows(overview.timeline)
        self.table.resizeColumnsToContents()
        self.follow_ups.clear()
        for follow in overview.open_follow_ups:
            item = QListWidgetItem(
                f"{follow.due_on} {follow.action}"
                + (self.tr("（逾期 {n} 天）").format(n=follow.overdue_days) if follow.overdue_days > 0 else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, follow.id)
            self.follow_ups.addItem(item)
        self.sig_shown.emit(overview)

    def _entry_title(self, entry) -> str:
        if entry.visit is not None:
            return f"{value_label('visit_kind', entry.visit.kind)} {entry.visit.start_time}-{entry.visit.end_time}"
        if entry.assessment is not None:
            return self.tr("能力评估（{reason}）").format(
                reason=value_label("assessment_reason", entry.assessment.reason)
            )
        return entry.title

    def _entry_detail(self, entry) -> str:
        visit, assessment = entry.visit, entry.assessment
        if visit is not None:
            parts = (
                "、".join(visit.services),
                self.tr("风险：") + "、".join(visit.risks) if visit.risks else "",
                visit.needs,
                self.tr("能力有变化，需即时评估") if visit.ability_changed else "",
            )
            return self.tr("；").join(p for p in parts if p)
        if assessment is not None:
            if assessment.status != FINAL:
                return self.tr("草稿，未完成")
            return self.tr("{level} 总分 {total}").format(
                level=value_label("level", assessment.level), total=assessment.total
            )
        return entry.detail

    def record_visit(self) -> VisitDialog:
        elder = (self.picker.chosen_id(), self.picker.chosen_name()) if self.picker.chosen_id() else None
        return VisitDialog.ask(self, self.ctx, elder)

    def _new_assessment(self) -> None:
        window = self.window()
        if hasattr(window, "open_page") and self.picker.chosen_id():
            window.open_page("assessment").new_assessment((self.picker.chosen_id(), self.picker.chosen_name()))

    def _open_entry(self, index) -> None:
        entry = self.timeline.record(index.row())
        window = self.window()
        if entry is not None and entry.kind == "visit":
            self.edit_visit(entry.id)
        elif entry is not None and entry.kind == "assessment" and hasattr(window, "open_page"):
            window.open_page("assessment").load_assessment(entry.id)

    def _selected_visit(self):
        entry = selected_record(self.table)
        if entry is None or entry.kind != "visit":
            MessageBox.info(self, self.tr("探访记录"), self.tr("请先在时间线中选中一次探访。"))
            return None
        return entry

    def _edit_selected(self) -> None:
        entry = self._selected_visit()
        if entry is not None:
            self.edit_visit(entry.id)

    def _delete_selected(self) -> None:
        entry = self._selected_visit()
        if entry is not None:
            self.delete_visit(entry.id, entry.on, self.picker.chosen_name())

    def _tier_chosen(self, _index: int) -> None:
        if self.picker.chosen_id():
            self.ctx.db.run(
                set_risk_tier,
                self.picker.chosen_id(),
                self.tier.currentData() or "",
                on_error=lambda e: MessageBox.error(self, e),
            )

    def _close_follow_up(self) -> None:
        item = self.follow_ups.currentItem()
        if item is not None:
            self.ctx.db.run(
                close_follow_up, item.data(Qt.ItemDataRole.UserRole), on_error=lambda e: MessageBox.error(self, e)
            )
