"""The demo station looks kept up on any day it is made: its follow-ups are dated relative to today,
so the home page does not open on tasks months overdue."""

from stationdesk.services.demo import DemoOptions, run_demo
from stationdesk.services.visits import open_follow_ups


def test_the_demo_s_open_follow_ups_are_from_the_last_days(db):
    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=7, people=300))
        still_open = open_follow_ups(session, limit=1000)
    assert still_open  # some are due in the last days or the coming week
    assert max(f.overdue_days for f in still_open) <= 10
