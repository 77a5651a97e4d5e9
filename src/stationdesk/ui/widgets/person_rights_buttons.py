"""A person's rights on their page in 人员档案 (PIPL arts. 45, 47): 查阅复制 saves a PDF the person can read
and the JSON file beside it; 删除个人信息 erases (anonymises) them after asking, and offers the receipt.

Each button shows only for an account that may use it; the services refuse the others anyway."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from stationdesk.errors import NeedsConfirmation, StationDeskError
from stationdesk.saved_file import save_atomically
from stationdesk.services.people import PersonSummary
from stationdesk.services.person_rights import ErasureReceipt, erase_person, export_person_copy
from stationdesk.ui.dialogs.erasure_reason_dialog import ErasureReasonDialog
from stationdesk.ui.messages import MessageBox, error_text


class PersonCopyFile:
    """Where to save a person's copy or receipt; a classmethod so tests can patch it."""

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        title = QCoreApplication.translate("PersonRightsButtons", "保存为")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
        return path


class PersonRightsButtons(QWidget):
    sig_copied = Signal(str)  # the PDF's path
    sig_erased = Signal(str)  # person id

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person: PersonSummary | None = None
        self.copy_button = QPushButton(self.tr("查阅复制…"))
        self.copy_button.setToolTip(
            self.tr("本人依法申请查阅、复制其个人信息时使用：保存一份 PDF 和一份 JSON 文件；导出会记入审计日志")
        )
        self.copy_button.clicked.connect(self.export_copy)
        ctx.offer_only_with("export", self.copy_button)
        self.erase_button = QPushButton(self.tr("删除个人信息（匿名化）…"))
        self.erase_button.setToolTip(self.tr("本人申请删除时使用：删除姓名、证件号、电话、住址等，服务记录匿名保留"))
        self.erase_button.clicked.connect(self.erase)
        ctx.offer_only_with("people.erase", self.erase_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.copy_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)

    def show_person(self, person: PersonSummary | None) -> None:
        self.person = person

    # --- 查阅复制 ----------------------------------------------------------------------------------------
    def export_copy(self) -> None:
        if self.person is None:
            return
        path = PersonCopyFile.ask_save_path(self, self.tr("{name}-个人信息.pdf").format(name=self.person.display_name))
        if not path:
            return
        pdf = Path(path).with_suffix(".pdf")
        paths = (str(pdf), str(pdf.with_suffix(".json")))

        def exported(copy) -> None:
            text = self.tr("已导出 {n} 条记录：\n{pdf}\n{json}").format(n=copy.count, pdf=paths[0], json=paths[1])
            MessageBox.info(self, self.tr("查阅复制"), text)
            self.sig_copied.emit(paths[0])

        self.ctx.db.run(export_person_copy, self.person.id, *paths, on_done=exported)

    # --- 删除 --------------------------------------------------------------------------------------------
    def erase(self) -> None:
        person = self.person
        if person is None:
            return
        question = self.tr(
            "将删除 {name} 的个人信息：姓名、化名、身份证号、电话、住址、紧急联系人、备注；出生日期只保留年份，"
            "性别保留。\n\n保留：走访、评估、出勤、服务等记录，用于统计，但不再能识别到此人。\n"
            "下次同步时，市级平台上的副本也会同样删除。删除后不能撤销。\n\n确定继续吗？"
        ).format(name=person.display_name)
        if not MessageBox.ask(self, self.tr("删除个人信息"), question):
            return
        reason = ErasureReasonDialog.ask(self, person.display_name)
        if reason is None:
            return
        self._erase(person, reason, confirmed=False)

    def _erase(self, person: PersonSummary, reason: str, confirmed: bool) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, NeedsConfirmation):
                question = self.tr("{warnings}\n\n仍要删除 {name} 的个人信息吗？").format(
                    warnings=error_text(error), name=person.display_name
                )
                if MessageBox.ask(self, self.tr("删除个人信息"), question):
                    self._erase(person, reason, confirmed=True)
                return
            MessageBox.error(self, error)

        self.ctx.db.run(erase_person, person.id, reason, confirmed, on_done=self._erased, on_error=failed)

    def _erased(self, receipt: ErasureReceipt) -> None:
        self.sig_erased.emit(receipt.person_id)
        self._offer_receipt(receipt)

    def _offer_receipt(self, receipt: ErasureReceipt) -> None:
        offer = self.tr("个人信息已删除，{kept} 条服务记录匿名保留。\n\n要保存给申请人的删除回执（PDF）吗？").format(
            kept=receipt.records_kept
        )
        if not MessageBox.ask(self, self.tr("删除回执"), offer):
            return
        path = PersonCopyFile.ask_save_path(self, self.tr("删除回执-{day}.pdf").format(day=receipt.erased_on))
        if not path:
            return
        try:
            save_atomically(path, lambda temporary: Path(temporary).write_bytes(receipt.pdf))
        except StationDeskError as problem:  # the erasure is done: offer the receipt again, elsewhere
            MessageBox.error(self, problem)
            self._offer_receipt(receipt)
