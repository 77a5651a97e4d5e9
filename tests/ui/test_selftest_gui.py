"""``stationdesk selftest`` opens every page of a demo station and exits 0."""

from __future__ import annotations

import io

from stationdesk.services.demo import DemoOptions, run_demo


def test_selftest_passes_on_a_demo_station(qtbot, db):
    from stationdesk.ui.selftest import run_selftest

    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=7, people=120))
    out = io.StringIO()
    assert run_selftest(db.folder, out=out) == 0, out.getvalue()
    assert "页面 page people (人员档案): ok" in out.getvalue()
    assert "自检通过" in out.getvalue()
