"""Every mapped class, so the metadata (and Alembic) sees every table.

Each module of this package is imported here; a feature adds its tables by adding a module.
"""

import importlib
import pkgutil

from stationdesk.db.base import Base

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

metadata = Base.metadata
