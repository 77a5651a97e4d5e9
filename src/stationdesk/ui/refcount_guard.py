"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6 6.12 (abi3 wheels) returns ``None`` from every void method (``label.setText``,
``app.processEvents`` ...) and ``True`` from ``Signal.emit`` without adding a reference, as if
they were immortal objects. They are immortal from Python 3.12 on (PEP 683), but not on 3.11:
there each such call takes one reference away, and after some tens of thousands of calls Python
aborts with "Fatal Python error: none_dealloc" (or bool_dealloc) — a GUI that crashes after a few
minutes of typing and scrolling. tests/ui/test_refcount_guard.py shows the leak and the cure.

The cure does what 3.12 does: it gives None, True and False a reference count so large that no
amount of leaking reaches zero. It only touches those three singletons, and only before 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40     # about 10^12 leaked references before any trouble


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False out of reach; True if it was needed."""
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))   # ob_refcnt is a PyObject's first field
        if count.value < _RESERVE:
            count.value += _RESERVE
    return True
