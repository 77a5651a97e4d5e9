"""Every mapped class, so the metadata (and Alembic) sees every table.

Each module of this package is imported here; a feature adds its tables by adding a module.

The model modules do without ``from __future__ import annotations``: SQLAlchemy reads each
``Mapped[...]`` annotation while it declares the class, and a string it must ``eval`` first (652 of
them, ~30 ms of every start, export and import, measured).
"""

import gc
import importlib
import pkgutil

from stationdesk.db.base import Base


def _import_every_model() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


# Declaring the classes makes some 27,000 objects the cyclic garbage collector tracks (tables,
# columns, mappers, with SQLAlchemy's ~55,000 before them) that live as long as the program. Left
# running, the collector scans them again and again as they grow and frees nothing: about a fifth of
# the models' import (measured). It waits meanwhile, and they are then frozen out of later
# collections, which the many rows of an export or an import would otherwise repeat.
_collecting = gc.isenabled()
gc.disable()
try:
    _import_every_model()
finally:
    gc.freeze()
    if _collecting:
        gc.enable()

metadata = Base.metadata
