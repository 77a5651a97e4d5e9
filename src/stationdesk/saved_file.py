"""A file the user asked for (a PDF, an Excel sheet), written whole or not at all.

The content goes to a temporary file in the target's folder, is flushed to the disk and renamed
into place, so a failure (a full disk, a pulled stick) never leaves half a file. The folder must
exist: a mistyped path is refused rather than made.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from stationdesk.errors import StationDeskError


def target_file(path: str | os.PathLike) -> Path:
    """``path`` as the file to write, refused at once when its folder is missing or it is a folder
    (before the work of making its content)."""
    target = Path(path).expanduser().resolve()
    if not target.parent.is_dir():
        raise StationDeskError("file.folder_missing", folder=str(target.parent))
    if target.is_dir():
        raise StationDeskError("file.is_folder", path=str(target))
    return target


def save_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` to fill the file, then move it to ``path``; returns the path."""
    from stationdesk.db.database import storage_problem

    target = target_file(path)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(handle)
        temporary = Path(name)
        write(temporary)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        problem = storage_problem(error, target)
        if problem is not None:
            raise problem from None
        raise StationDeskError("file.not_writable", path=str(target), reason=error.strerror or str(error)) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return target
