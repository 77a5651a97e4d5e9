"""Run a long service call (PDF, Excel) on the database worker behind a progress dialog.

    run_with_progress(page, ctx, self.tr("正在生成签到表…"), activities.signin_sheet_pdf, activity_id,
                      on_done=self._show_pdf)

The service gets ``progress=`` (a ``QtProgress``) and reports through it; Cancel asks it to stop
where that is safe (``cancellable=False``: no Cancel button, for work that cannot stop halfway).
Errors go to ``MessageBox.error`` unless ``on_error`` is given. Every page runs its PDF and Excel
builds through this one function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from stationdesk.ui.db_worker import QtProgress
from stationdesk.ui.messages import MessageBox


def progress_dialog(parent: QWidget, label: str, cancellable: bool = True) -> tuple[QProgressDialog, QtProgress]:
    """A window-modal progress dialog fed by the returned ``QtProgress`` (pass it to the service);
    Cancel asks the service to stop. Callers that run work elsewhere than the station's database
    thread (the city window's hub worker) use this directly."""
    progress = QtProgress()
    # None as the button text means no Cancel button. Not setCancelButton(None): PySide6 takes
    # ownership of the None and drops its reference count.
    cancel_text = QCoreApplication.translate("LongJob", "取消") if cancellable else None
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("LongJob", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def update(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    progress.sig_update.connect(update)
    dialog.canceled.connect(progress.cancel)
    return dialog, progress


def run_with_progress(
    parent: QWidget,
    ctx,
    label: str,
    function: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    **kwargs: Any,
) -> QProgressDialog:
    dialog, progress = progress_dialog(parent, label, cancellable)

    def finished(result: Any) -> None:
        dialog.close()
        progress.deleteLater()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        progress.deleteLater()
        (on_error or (lambda e: MessageBox.error(parent, e)))(error)

    ctx.db.run(function, *args, progress=progress, on_done=finished, on_error=failed, **kwargs)
    return dialog
