"""A built wheel carries what the program reads at run time: installed into a fresh virtual
environment, ``stationdesk selftest`` passes there, in English, and upgrades an older database.

The fresh environment gets the wheel itself (``--no-deps``) and sees the test environment's
third-party packages through a ``.pth`` line, so the test does not download and unpack Qt again;
the assertions check that ``stationdesk`` is imported from the wheel, never from the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLDER = ROOT / "tests" / "fixtures" / "station-0009.sqlite3"


def _run(*command, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, timeout=240, **kwargs)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT))
    [built] = dist.glob("stationdesk-*.whl")
    return built


def test_the_wheel_holds_the_translations_and_migrations_but_no_tests(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "stationdesk/resources/translations/stationdesk_en.qm" in names
    assert "stationdesk/db/migrations/script.py.mako" in names
    assert any(n.startswith("stationdesk/db/migrations/versions/0009_") for n in names)
    assert not [n for n in names if n.startswith(("tests/", "src/")) or "fixtures" in n]


def test_an_installed_wheel_passes_its_selftest_in_english(wheel, tmp_path):
    fresh = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", str(fresh))
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel))
    site = Path(_run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    where = _run(str(python), "-c", "import stationdesk, sys; print(stationdesk.__file__)").stdout.strip()
    assert Path(where).is_relative_to(fresh) and not Path(where).is_relative_to(ROOT / "src")

    program = fresh / ("Scripts/stationdesk.exe" if os.name == "nt" else "bin/stationdesk")
    data = tmp_path / "station"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    _run(str(program), "--data-dir", str(data), "demo", "--people", "20", env=environment, cwd=tmp_path)
    result = _run(
        str(program),
        "--data-dir",
        str(data),
        "--lang",
        "en",
        "selftest",
        "--older-database",
        str(OLDER),
        env=environment,
        cwd=tmp_path,
    )
    out = result.stdout
    assert "translations: ok (zh, en)" in out
    assert "upgrade of an older database: ok" in out
    assert "page people (People): ok" in out and "page backup (Backup & restore): ok" in out
    assert out.rstrip().endswith("selftest passed")
