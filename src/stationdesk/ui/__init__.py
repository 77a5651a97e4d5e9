"""The PySide6 GUI: the only package that imports Qt (tests/unit/test_layers.py checks it)."""
