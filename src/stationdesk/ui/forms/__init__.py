"""Qt-free form classes: they turn field texts into service inputs and back (tests use them directly)."""
