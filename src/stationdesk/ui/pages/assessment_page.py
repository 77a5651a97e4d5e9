"""能力评估: the GB/T 42195-2022 form. Every item shows its level descriptions while scoring; the
sub-totals, total and level follow each click; an incomplete form is saved as a draft (no level)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stationdesk import messages
from stationdesk.domain import ability_assessment as gbt
from stationdesk.services.assessments import (
    FINAL,
    REASONS,
    AssessmentInput,
    assessment_report_pdf,
    get_assessment,
    list_assessments,
    save_assessment,
)
from stationdesk.ui.dates import date_edit, station_today, to_date, to_qdate
from stationdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from stationdesk.ui.elder_picker import ElderPicker
from stationdesk.ui.labels import value_label
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox, error_text
from stationdesk.ui.pages import Page
from stationdesk.ui.widgets import error_label, page_title

LEVEL_COLOURS = ("#2e7d32", "#7cb342", "#f9a825", "#ef6c00", "#c62828")


def _elder_assessments(session, elder_id: str):
    return list_assessments(session, elder_id=elder_id, limit=50) if elder_id else []


class AssessmentPage(Page):
    WATCHES = frozenset({"assessment"})
    sig_saved = Signal(object)  # AssessmentDetail
    sig_loaded = Signal(object)
    sig_report_ready = Signal(bytes)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.assessment_id: str | None = None
        self.locked = False
        title = page_title(self.tr("老年人能力评估（GB/T 42195-2022）"))
        self.elder = ElderPicker(ctx)
        self.elder.sig_changed.connect(self._elder_changed)
        self.existing = QComboBox()
        self.existing.setMinimumWidth(220)
        self.existing.activated.connect(self._open_existing)
        self.assessed_on = date_edit(station_today(ctx))
        self.reason = QComboBox()
        for reason in REASONS:
            self.reason.addItem(value_label("assessment_reason", reason), reason)
        self.assessor_1, self.assessor_2 = QLineEdit(), QLineEdit()
        self.informant, self.relation = QLineEdit(), QLineEdit()
        self.relation.setPlaceholderText(self.tr("如 本人、女儿"))
        self.coma = QCheckBox(self.tr("昏迷（直接评定为完全失能）"))
        self.dementia = QCheckBox(self.tr("确诊痴呆或精神科诊断的其他精神和行为障碍"))
        self.risk_events = QSpinBox(minimum=0, maximum=99, suffix=self.tr(" 次"))
        english = messages.language() == "en"  # the scale's English lives beside its Chinese in the domain
        self.risk_kinds: dict[str, QCheckBox] = {
            k: QCheckBox(gbt.risk_event_kind_name(k, english)) for k in gbt.RISK_EVENT_KINDS
        }
        for widget in (self.coma, self.dementia, *self.risk_kinds.values()):
            widget.toggled.connect(self._update_result)
        self.risk_events.valueChanged.connect(self._update_result)

        head = QGridLayout()
        head.addWidget(QLabel(self.tr("老人")), 0, 0)
        head.addWidget(self.elder, 0, 1, 1, 3)
        head.addWidget(QLabel(self.tr("已有评估")), 0, 4)
        head.addWidget(self.existing, 0, 5)
        for column, (label, widget) in enumerate(
            (
                (self.tr("评估日期"), self.assessed_on),
                (self.tr("评估原因"), self.reason),
                (self.tr("评估员一"), self.assessor_1),
            )
        ):
            head.addWidget(QLabel(label), 1, column * 2)
            head.addWidget(widget, 1, column * 2 + 1)
        for column, (label, widget) in enumerate(
            (
                (self.tr("信息提供者"), self.informant),
                (self.tr("与老人关系"), self.relation),
                (self.tr("评估员二"), self.assessor_2),
            )
        ):
            head.addWidget(QLabel(label), 2, column * 2)
            head.addWidget(widget, 2, column * 2 + 1)
        adjust = QHBoxLayout()
        adjust.addWidget(self.coma)
        adjust.addWidget(self.dementia)
        adjust.addWidget(QLabel(self.tr("近30天照护风险事件")))
        adjust.addWidget(self.risk_events)
        for box in self.risk_kinds.values():
            adjust.addWidget(box)
        adjust.addStretch(1)

        # The items, with their level descriptions, grouped by first-level indicator.
        self.groups: dict[str, QButtonGroup] = {}
        self.item_boxes: dict[str, QGroupBox] = {}
        items_widget = QWidget()
        # A finished form is disabled but must stay easy to read, so disabled text keeps its colour.
        items_widget.setStyleSheet("QRadioButton:disabled, QGroupBox:disabled { color: #202020; }")
        items_layout = QVBoxLayout(items_widget)
        for indicator in gbt.INDICATORS:
            header = QLabel(
                self.tr("{code} {name}（满分 {max}）").format(
                    code=indicator.code, name=gbt.indicator_name(indicator, english), max=indicator.max_score
                )
            )
            header.setStyleSheet("font-size: 15px; font-weight: bold; margin-top: 8px;")
            items_layout.addWidget(header)
            for item in indicator.items:
                name, definition, levels = gbt.item_texts(item, english)
                box = QGroupBox(
                    self.tr("{code} {name}：{definition}").format(code=item.code, name=name, definition=definition)
                )
                inner = QVBoxLayout(box)
                inner.setSpacing(1)
                group = QButtonGroup(self)
                for score, text in levels:
                    button = QRadioButton(self.tr("{score} 分　{text}").format(score=score, text=text))
                    group.addButton(button, score)
                    inner.addWidget(button)
                group.idToggled.connect(self._update_result)
                self.groups[item.code] = group
                self.item_boxes[item.code] = box
                items_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidget(items_widget)
        scroll.setWidgetResizable(True)
        self.scroll = scroll

        # Result panel: live sub-totals, total and level.
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFixedWidth(250)
        result = QFormLayout(panel)
        self.sub_labels: dict[str, QLabel] = {}
        for indicator in gbt.INDICATORS:
            self.sub_labels[indicator.key] = QLabel()
            result.addRow(gbt.indicator_name(indicator, english), self.sub_labels[indicator.key])
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.level_label = QLabel()
        self.level_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.adjust_label = QLabel()
        self.adjust_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        result.addRow(self.tr("总分"), self.total_label)
        result.addRow(self.tr("等级"), self.level_label)
        result.addRow(self.adjust_label)
        result.addRow(self.status_label)
        self.new_button = QPushButton(self.tr("新建评估"))
        self.draft_button = QPushButton(self.tr("保存草稿"))
        self.final_button = QPushButton(self.tr("完成评估"))
        self.print_button = QPushButton(self.tr("打印报告…"))
        ctx.offer_only_with("print", self.print_button)
        self.new_button.clicked.connect(lambda: self.new_assessment())
        self.draft_button.clicked.connect(lambda: self.save(finalise=False))
        self.final_button.clicked.connect(self.finish)
        self.print_button.clicked.connect(self.print_report)
        for button in (self.draft_button, self.final_button, self.print_button, self.new_button):
            result.addRow(button)
        self.error = error_label()
        result.addRow(self.error)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(panel, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(head)
        layout.addLayout(adjust)
        layout.addLayout(body, 1)
        self.new_assessment()

    # --- values ---
    def scores(self) -> dict[str, int]:
        return {code: group.checkedId() for code, group in self.groups.items() if group.checkedId() >= 0}

    def set_score(self, code: str, score: int) -> None:
        self.groups[code].button(score).setChecked(True)

    def adjustments(self) -> gbt.Adjustments:
        return gbt.Adjustments(self.coma.isChecked(), self.dementia.isChecked(), self.risk_events.value())

    def form_input(self) -> AssessmentInput:
        return AssessmentInput(
            elder_id=self.elder.chosen_id(),
            assessed_on=to_date(self.assessed_on.date()),
            reason=self.reason.currentData() or "",
            scores=self.scores(),
            assessor_1=self.assessor_1.text(),
            assessor_2=self.assessor_2.text(),
            informant=self.informant.text(),
            informant_relation=self.relation.text(),
            coma=self.coma.isChecked(),
            dementia=self.dementia.isChecked(),
            risk_events_30_days=self.risk_events.value(),
            risk_event_kinds=tuple(k for k, box in self.risk_kinds.items() if box.isChecked()),
        )

    def _update_result(self, *_args) -> None:
        result = gbt.assess(self.scores(), self.adjustments())
        for indicator in gbt.INDICATORS:
            scored = sum(1 for item in indicator.items if self.groups[item.code].checkedId() >= 0)
            self.sub_labels[indicator.key].setText(
                f"{result.sub_totals[indicator.key]} / {indicator.max_score}"
                + (
                    ""
                    if scored == len(indicator.items)
                    else self.tr("（已评 {n}/{m} 项）").format(n=scored, m=len(indicator.items))
                )
            )
        self.total_label.setText("—" if result.total is None else f"{result.total} / {gbt.MAX_TOTAL}")
        if result.level is None:
            self.level_label.setText(self.tr("未完成"))
            self.level_label.setStyleSheet("font-size: 20px; font-weight: bold; color: #777;")
        else:
            self.level_label.setText(value_label("level", result.level))
            self.level_label.setStyleSheet(f"font-size: 20px; font-weight: bold; color: {LEVEL_COLOURS[result.level]};")
        english = messages.language() == "en"
        self.adjust_label.setText("\n".join(gbt.adjustment_text(a, english) for a in result.applied))
        missing = len(result.missing)
        state = (
            self.tr("已完成，不能修改")
            if self.locked
            else (
                self.tr("还有 {n} 项未评分，可保存为草稿").format(n=missing)
                if missing and not result.complete
                else self.tr("全部评分完成")
            )
        )
        self.status_label.setText(state)
        for code, box in self.item_boxes.items():
            box.setStyleSheet(
                "" if self.groups[code].checkedId() >= 0 or self.locked else "QGroupBox { color: #8a4b00; }"
            )

    def _set_locked(self, locked: bool) -> None:
        self.locked = locked
        for widget in (
            self.assessed_on,
            self.reason,
            self.assessor_1,
            self.assessor_2,
            self.informant,
            self.relation,
            self.coma,
            self.dementia,
            self.risk_events,
            *self.risk_kinds.values(),
        ):
            widget.setEnabled(not locked)
        for box in self.item_boxes.values():  # disabled, but readable: see the style sheet in __init__
            box.setEnabled(not locked)
        self.draft_button.setEnabled(not locked)
        self.final_button.setEnabled(not locked)
        self.print_button.setEnabled(locked)

    # --- actions ---
    def new_assessment(self, elder: tuple[str, str] | None = None) -> None:
        self.assessment_id = None
        if elder:
            self.elder.set_chosen(*elder)
        self.assessed_on.setDate(to_qdate(station_today(self.ctx)))
        for widget in (self.assessor_1, self.assessor_2, self.informant, self.relation):
            widget.clear()
        for widget in (self.coma, self.dementia, *self.risk_kinds.values()):
            widget.setChecked(False)
        self.risk_events.setValue(0)
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.error.clear()
        self._set_locked(False)
        self._update_result()

    def finish(self) -> None:
        """完成评估 locks the assessment for good: ask first, once every item is scored (a form with
        items missing is refused by the service without a question)."""
        if not gbt.assess(self.scores(), self.adjustments()).missing and not MessageBox.ask(
            self,
            self.tr("完成评估"),
            self.tr(
                "完成后这份评估即锁定，评分和评估员都不能再修改；如有错误只能另做一次评估。\n确定评分无误并完成评估吗？"
            ),
        ):
            return
        self.save(finalise=True)

    def save(self, finalise: bool) -> None:
        self.error.clear()
        self.ctx.db.run(
            save_assessment,
            self.form_input(),
            finalise,
            self.assessment_id,
            on_done=self._saved,
            on_error=lambda e: self.error.setText(error_text(e)),
        )

    def _saved(self, detail) -> None:
        self._show_detail(detail)
        self.sig_saved.emit(detail)

    def load_assessment(self, assessment_id: str) -> None:
        self.ctx.db.run(
            get_assessment, assessment_id, on_done=self._show_detail, on_error=lambda e: MessageBox.error(self, e)
        )

    def _show_detail(self, detail) -> None:
        self.new_assessment()
        data, summary = detail.data, detail.summary
        self.assessment_id = summary.id
        self.elder.set_chosen(summary.elder_id, summary.elder_name)
        self.assessed_on.setDate(to_qdate(data.assessed_on))
        self.reason.setCurrentIndex(max(0, self.reason.findData(data.reason)))
        self.assessor_1.setText(data.assessor_1)
        self.assessor_2.setText(data.assessor_2)
        self.informant.setText(data.informant)
        self.relation.setText(data.informant_relation)
        self.coma.setChecked(data.coma)
        self.dementia.setChecked(data.dementia)
        self.risk_events.setValue(data.risk_events_30_days)
        for kind in data.risk_event_kinds:
            if kind in self.risk_kinds:
                self.risk_kinds[kind].setChecked(True)
        for code, score in data.scores.items():
            self.set_score(code, score)
        self._set_locked(summary.status == FINAL)
        self._update_result()
        self.sig_loaded.emit(detail)

    def _elder_changed(self, elder_id: str) -> None:
        self.ctx.db.run(_elder_assessments, elder_id, on_done=self._fill_existing)

    def _fill_existing(self, assessments) -> None:
        self.existing.clear()
        self.existing.addItem(self.tr("（选择以打开）"), "")
        for a in assessments:
            state = value_label("level", a.level) if a.status == FINAL else self.tr("草稿")
            self.existing.addItem(f"{a.assessed_on} {value_label('assessment_reason', a.reason)} {state}", a.id)

    def _open_existing(self, index: int) -> None:
        assessment_id = self.existing.itemData(index)
        if assessment_id:
            self.load_assessment(assessment_id)

    def refresh(self) -> None:
        self._elder_changed(self.elder.chosen_id())

    def print_report(self) -> None:
        if not self.assessment_id or not self.locked:
            return

        def done(result) -> None:
            pdf, name = result
            self.sig_report_ready.emit(pdf)
            PdfPreviewDialog.show_pdf(self, pdf, self.tr("能力评估报告"), name)

        # Building the report cannot be cancelled halfway, so no Cancel button.
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在生成评估报告…"),
            assessment_report_pdf,
            self.assessment_id,
            on_done=done,
            cancellable=False,
        )
