"""Files the program reads at run time (translations, and later styles and icons), shipped inside the
package so a wheel, an installed copy and a frozen build all carry them; found with importlib.resources."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file of the package's resources as a path on disk (every way we ship keeps the package unzipped)."""
    return Path(str(files(__name__).joinpath(*parts)))
