"""What importing the models costs: annotations SQLAlchemy takes as they are, the collector's pause."""

import subprocess
import sys

import pytest

from stationdesk.db.base import Base, Synced


def test_every_mapped_annotation_is_an_object_not_a_string():
    # a string (``from __future__ import annotations`` in a model module) is eval()'d one by one
    # while the class is declared: ~30 ms of every start, export and import
    classes = [mapper.class_ for mapper in Base.registry.mappers] + [Synced]
    strings = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in classes
        for name, annotation in vars(cls).get("__annotations__", {}).items()
        if isinstance(annotation, str)
    ]
    assert strings == []


@pytest.mark.parametrize("collecting", [True, False])
def test_importing_the_models_leaves_the_collector_as_it_was(collecting):
    script = (
        "import gc\n"
        f"gc.enable() if {collecting} else gc.disable()\n"
        "import stationdesk.db.models\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(collecting), "True"]
