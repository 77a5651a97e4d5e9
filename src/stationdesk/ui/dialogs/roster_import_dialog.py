"""Import a volunteer roster from Excel in three steps: which column is what (remembered), a
preview with every row's problems, then the import after the user confirms. Reading, checking and
writing all run on the database worker behind a progress dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.id_number import mask_id_number
from stationdesk.domain.phone import mask_phone
from stationdesk.services import roster_import as roster
from stationdesk.ui.long_job import run_with_progress
from stationdesk.ui.messages import MessageBox, error_text
from stationdesk.ui.models.rows_table_model import RowsTableModel
from stationdesk.ui.widgets import error_label


def read_roster_job(_session, path: str, progress=None) -> roster.RosterSheet:
    """``read_roster`` in the shape ``ctx.db.run`` calls (it needs no session)."""
    return roster.read_roster(path, progress)


def check_job(session, sheet, mapping, progress=None):
    return roster.preview_roster(session, sheet, mapping, progress)


class RosterImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx, sheet: roster.RosterSheet, mapping: dict) -> None:
        super().__init__(parent)
        self.ctx, self.sheet = ctx, sheet
        self.setWindowTitle(self.tr("导入志愿者名册：{name}").format(name=sheet.path.rsplit("/", 1)[-1]))
        self.resize(980, 620)
        self.result_value = None
        self.preview: roster.RosterPreview | None = None
        self.steps = QStackedWidget()

        # step 1: the column mapping
        mapping_page = QWidget()
        form = QFormLayout(mapping_page)
        form.addRow(
            QLabel(
                self.tr("第 1 步：指定每一项在表格的哪一列（已按表头和上次的选择预先填好）。共 {rows} 行数据。").format(
                    rows=sum(1 for r in sheet.rows if r)
                )
            )
        )
        self.combos: dict[str, QComboBox] = {}
        for key, (label, _words) in roster.FIELDS.items():
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), None)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header or self.tr("第 {n} 列").format(n=index + 1), index)
            combo.setCurrentIndex(max(combo.findData(mapping.get(key)), 0))
            self.combos[key] = combo
            form.addRow(self.tr(label) + ("*" if key == "name" else ""), combo)
        self.steps.addWidget(mapping_page)

        # step 2: the preview
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        self.preview_summary = QLabel()
        self.preview_summary.setStyleSheet("font-weight: bold;")
        self.model = RowsTableModel(
            [
                (self.tr("行号"), lambda r: r.row),
                (self.tr("姓名"), lambda r: r.name),
                (self.tr("身份证号码"), lambda r: mask_id_number(r.id_number)),
                (self.tr("手机号码"), lambda r: mask_phone(r.phone)),
                (self.tr("志愿者编号"), lambda r: r.volunteer_number or self.tr("（自动）")),
                (self.tr("队伍"), lambda r: r.team),
                (self.tr("检查结果"), lambda r: " ".join((*r.errors, *r.notes)) or self.tr("无误")),
            ],
            background=lambda r: "#ffd6d6" if r.errors else ("#fff6d6" if r.notes else None),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.skip_invalid = QCheckBox(self.tr("跳过有错误的行，只导入无误的行"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        preview_layout.addWidget(self.preview_summary)
        preview_layout.addWidget(self.table, 1)
        preview_layout.addWidget(self.skip_invalid)
        self.steps.addWidget(preview_page)

        self.error = error_label()
        self.back_button = QPushButton(self.tr("上一步"))
        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button = QPushButton(self.tr("下一步：检查并预览"))
        self.next_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("确认导入"))
        self.import_button.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.error, 1)
        for button in (self.back_button, self.next_button, self.import_button, cancel):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(bar)
        self._go(0)

    def mapping(self) -> dict:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.next_button.setVisible(step == 0)
        self.import_button.setVisible(step == 1)
        self.error.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = (
            self.preview is not None
            and bool(self.preview.valid_rows)
            and (not self.preview.error_rows or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(ok)

    def check(self) -> None:
        if self.mapping().get("name") is None:
            self.error.setText(self.tr("请指定“姓名”所在的列。"))
            return
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在检查每一行…"),
            check_job,
            self.sheet,
            self.mapping(),
            on_done=self.show_preview,
            on_error=lambda e: self.error.setText(error_text(e)),
        )

    def show_preview(self, preview: roster.RosterPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self.preview_summary.setText(
            self.tr("第 2 步：可导入 {ok} 行，有错误 {bad} 行（红色）。确认之前不会写入任何数据。").format(
                ok=len(preview.valid_rows), bad=len(preview.error_rows)
            )
        )
        self._go(1)

    def confirm(self) -> None:
        self.import_button.setEnabled(False)
        run_with_progress(
            self,
            self.ctx,
            self.tr("正在导入…"),
            roster.import_roster,
            self.sheet,
            self.mapping(),
            self.skip_invalid.isChecked(),
            on_done=self._imported,
            on_error=self._failed,
        )

    def _imported(self, result: roster.ImportResult) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, roster.RosterHasErrors):
            self.show_preview(error.preview)
        self.error.setText(error_text(error))
        self._update_buttons()

    @classmethod
    def ask_file(cls, parent: QWidget | None) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("RosterImportDialog", "选择志愿者名册"), "", "Excel (*.xlsx)"
        )
        return path

    @classmethod
    def start(cls, parent: QWidget, ctx, on_imported) -> None:
        """Ask for the file, read it (with progress), then open the dialog."""
        path = cls.ask_file(parent)
        if not path:
            return

        def opened(sheet) -> None:
            ctx.db.run(
                roster.suggest_mapping,
                sheet.headers,
                on_done=lambda mapping: cls._show(parent, ctx, sheet, mapping, on_imported),
                on_error=lambda e: MessageBox.error(parent, e),
            )

        run_with_progress(
            parent,
            ctx,
            QCoreApplication.translate("RosterImportDialog", "正在读取表格…"),
            read_roster_job,
            path,
            on_done=opened,
        )

    @classmethod
    def _show(cls, parent, ctx, sheet, mapping, on_imported) -> None:
        dialog = cls(parent, ctx, sheet, mapping)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            on_imported(dialog.result_value)
