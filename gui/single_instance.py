"""One window per data folder: a second start brings the running window to the front and exits.

The lock itself is core.locks (an OS lock the system releases when the process ends, so a crash
never leaves a stale one); the running app also listens on a local socket named after its data
folder, and a second start sends it "activate". QtNetwork is imported only here, after the first
paint in the running app and at once in a second start.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

MESSAGE = b"activate\n"


def server_name(folder: Path) -> str:
    """The local socket of the app running on `folder` (the same on every start, per folder)."""
    key = str(folder.expanduser().resolve()).encode("utf-8")
    return "shop-assistant-" + hashlib.sha1(key).hexdigest()[:16]


def activate_running(folder: Path, timeout_ms: int = 3_000) -> bool:
    """Ask the app running on `folder` to show its window; False when it did not answer."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for later starts on the same data folder; emits activated() for each."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        name = server_name(folder)
        self.server = QLocalServer(self)
        # We hold the folder's instance lock, so a socket of that name is one a crash left behind.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: object) -> None:
        data = bytes(connection.readAll())  # type: ignore[attr-defined]
        if MESSAGE.strip() in data:
            self.activated.emit()
