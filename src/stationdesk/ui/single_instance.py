"""One StationDesk per user and data folder: a second start asks the first window to come forward."""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from stationdesk.config import DataFolder

_WAKE = b"raise"


def server_name(folder: DataFolder) -> str:
    digest = hashlib.sha1(str(folder.root).encode("utf-8")).hexdigest()[:12]
    return f"StationDesk-{getpass.getuser()}-{digest}"


def wake_running_instance(folder: DataFolder, timeout_ms: int = 500) -> bool:
    """True if another instance answered (and was asked to show itself)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_WAKE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts; ``sig_wake`` fires when one knocks."""

    sig_wake = Signal()

    def __init__(self, folder: DataFolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(folder)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a crash
            self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_WAKE):
            self.sig_wake.emit()
        socket.disconnectFromServer()
