"""The PySide6 GUI: the only package that imports Qt (tests/unit/test_layers.py checks it)."""

from stationdesk.ui.refcount_guard import make_singletons_immortal

make_singletons_immortal()
