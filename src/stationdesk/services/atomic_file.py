"""Files the program writes for a person (a printout, a report): through a temporary file in the same
folder and a rename, so a failed write never leaves half a file where the old one was."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from stationdesk.errors import StationDeskError
from stationdesk.messages import register as register_messages

register_messages(
    {
        "print.write_failed": ("无法写入文件 {path}：{reason}", "Cannot write {path}: {reason}"),
    }
)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path = path.resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StationDeskError("print.write_failed", path=str(path), reason=error.strerror or str(error)) from None
