"""A Linux machine without a display (a server, an SSH session): the window refuses with a clear message
instead of Qt aborting the process, and the selftest, which shows nothing, draws offscreen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X and Wayland are Linux's displays")


def _without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_the_window_says_there_is_no_display(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "stationdesk", "--data-dir", str(tmp_path / "data"), "--lang", "en"],
        env=_without_display(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "no graphical display" in done.stderr and "Traceback" not in done.stderr


def test_windowless_work_draws_offscreen():
    script = (
        "from stationdesk.ui.app import application; import os; application(windowless=True); "
        "print(os.environ['QT_QPA_PLATFORM'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=_without_display(), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "offscreen", done.stderr


def test_the_selftest_of_a_folder_without_a_station_says_what_to_do(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "stationdesk", "--data-dir", str(tmp_path / "data"), "--lang", "en", "selftest"],
        env=_without_display(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert "stationdesk init" in done.stdout and "pages: skipped" in done.stdout
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr.lower()
