"""Fixtures of the backup tests: a station with a few people in it."""

from __future__ import annotations

import pytest
from backup_helpers import add_people


@pytest.fixture
def station(db):
    add_people(db, ["王秀英", "李建国", "张桂兰"])
    return db
