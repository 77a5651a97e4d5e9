"""A sync killed part-way (kill -9, a power cut) leaves nothing decrypted on disk, and its
leftovers go at the next start; the station's and the hub's files are owner-only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from stationdesk.config import DataFolder
from stationdesk.domain.id_number import with_check_digit
from stationdesk.services.people import PersonInput, add_person
from stationdesk.sync.hub import Hub
from stationdesk.working_files import SealedFile, WorkingFolder, remove_leftovers

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and file modes are POSIX")

ID_NUMBERS = [with_check_digit(f"44070219560{i % 9 + 1}{i % 28 + 1:02d}{i:03d}") for i in range(1, 40)]


def _add_people(station) -> None:
    with station.db.transaction() as session:
        for number in ID_NUMBERS:
            add_person(
                session,
                PersonInput(name="测试" + number[-4:], roles=("elder",), id_number=number, birth_date=None),
                confirmed=True,
            )


def _run_killed(script: str, system_temp: Path) -> None:
    """Run ``script`` in a fresh Python that kills itself with SIGKILL at the injected point."""
    system_temp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(system_temp)}
    preamble = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        def crash(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", preamble + textwrap.dedent(script)], env=env, timeout=120)
    assert done.returncode == -9, "the run was meant to be killed at the injected point"


def _plaintext_files(*folders: Path) -> list[str]:
    """Files holding a full ID number, or a zip (a decrypted payload) as it is, besides the database
    and its backups (which hold them by design, owner-only) and the encrypted bundles."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.name.endswith((".sdbundle", ".sqlite3", "-wal", "-shm", "-journal")):
                data = path.read_bytes()
                if b"PK\x03\x04" in data or any(n.encode() in data for n in ID_NUMBERS):
                    found.append(str(path))
    return found


def _loose_files(*folders: Path) -> list[str]:
    """Files or folders that group or others may read."""
    return [
        f"{path} {stat.filemode(path.stat().st_mode)}"
        for folder in folders
        for path in (folder, *folder.rglob("*"))
        if not path.is_symlink() and path.stat().st_mode & 0o077
    ]


@pytest.fixture
def synced(make_station, sqlite_hub, enrol, usb):
    station = make_station("S-A")
    enrol(sqlite_hub, station)
    _add_people(station)
    return station, sqlite_hub


def test_a_station_export_killed_part_way_leaves_no_plaintext(synced, tmp_path, usb):
    station, _ = synced
    station.db.close()
    _run_killed(
        f"""
        from stationdesk.config import DataFolder
        from stationdesk.db.database import Database
        from stationdesk.sync import crypto, station
        crypto.new_sealing = crash  # the whole payload is written by now
        folder = DataFolder(Path({str(station.folder.root)!r}))
        database = Database.open(folder)
        with database.transaction() as session:
            station.export_bundle(session, folder, Path({str(usb)!r}))
        """,
        tmp_path / "systemp",
    )
    assert list(station.folder.work.iterdir()), "the killed run left its working folder"
    assert _plaintext_files(station.folder.root, tmp_path / "systemp", usb) == []
    assert _loose_files(station.folder.root) == []
    DataFolder(station.folder.root).ensure()  # the next start
    assert list(station.folder.work.iterdir()) == []


def test_a_station_import_killed_part_way_leaves_no_plaintext(synced, tmp_path, usb):
    station, hub = synced
    hub.import_bundle(station.export(usb / "a1.sdbundle").path)
    for number in ID_NUMBERS[:5]:  # the city changes records: they come back with their ID numbers
        person_id = _person_id(station, number)
        hub.edit("person", person_id, {"notes": "市级核对"})
    city_bundle = hub.export_for("S-A", usb / "c1.sdbundle")["path"]
    station.db.close()
    _run_killed(
        f"""
        from stationdesk.config import DataFolder
        from stationdesk.db.database import Database
        from stationdesk.sync import station
        station.apply_payload = crash  # every row is checked and staged by now
        folder = DataFolder(Path({str(station.folder.root)!r}))
        database = Database.open(folder)
        with database.transaction() as session:
            station.import_bundle(session, folder, Path({city_bundle!r}))
        """,
        tmp_path / "systemp",
    )
    assert list(station.folder.work.iterdir())
    assert _plaintext_files(station.folder.root, tmp_path / "systemp") == []
    assert _loose_files(station.folder.root) == []


def test_a_city_import_killed_part_way_leaves_no_plaintext(synced, tmp_path, usb):
    station, hub = synced
    bundle = station.export(usb / "a1.sdbundle").path
    hub.close()
    city = Path(hub.keys_dir).parent
    _run_killed(
        f"""
        from stationdesk.sync import hub
        hub.sqlite_merge.merge_tables = crash  # every row is checked and staged by now
        hub.Hub.open({hub.url.removeprefix("sqlite:///")!r}).import_bundle(Path({str(bundle)!r}))
        """,
        tmp_path / "systemp",
    )
    assert list(hub.work_dir.iterdir())
    assert _plaintext_files(city, tmp_path / "systemp") == []
    assert _loose_files(*city.iterdir()) == []
    Hub.open(hub.url.removeprefix("sqlite:///")).close()  # the next start
    assert list(hub.work_dir.iterdir()) == []


def _person_id(station, number: str) -> str:
    from sqlalchemy import select

    from stationdesk.db.models.people import Person

    with station.db.session() as session:
        return session.execute(select(Person.id).where(Person.id_number == number)).scalar_one()


def test_a_sealed_file_reads_back_what_was_written_wherever_it_seeks(tmp_path):
    sealed = SealedFile(tmp_path / "x.sealed")
    data = os.urandom(300_000) + "身份证 440702195601011234".encode() * 1000
    with sealed.open("wb") as out:
        out.write(data[:1000])
        out.seek(17)
        out.write(data[17:1000])  # a zip writer goes back to fill in a header
        out.seek(1000)
        out.write(data[1000:])
    on_disk = (tmp_path / "x.sealed").read_bytes()
    assert len(on_disk) == len(data) and "身份证".encode() not in on_disk
    assert stat.S_IMODE((tmp_path / "x.sealed").stat().st_mode) == 0o600
    with sealed.open("rb") as back:
        assert back.read() == data
        for offset in (0, 15, 16, 17, 4095, 123_457, len(data) - 3):
            back.seek(offset)
            assert back.read(50) == data[offset : offset + 50]
    with pytest.raises(ValueError):
        sealed.open("wb")  # written once: the key stream is never used twice for new data


def test_leftovers_go_but_a_running_folder_stays(tmp_path):
    parent = tmp_path / "work"
    running = WorkingFolder(parent, "import-")
    crashed = parent / "export-crashed"
    crashed.mkdir()
    (crashed / ".in-use").write_text("{}")  # its lock died with its process
    assert remove_leftovers(parent) == [crashed]
    assert running.path.exists()
    running.close()
    assert list(parent.iterdir()) == []


def test_a_run_about_to_lock_its_folder_keeps_it(tmp_path, monkeypatch):
    """Another import starting in the same moment (another thread, as in the hub's two
    administrators) looks for leftovers while this run has made its marker but not yet locked it:
    the folder stays, and the run gets its lock. A marker left empty by a run that died right
    there goes once it is older than a start could take."""
    from stationdesk import lock_file

    parent = tmp_path / "work"
    real_lock, about_to_lock, go_on = lock_file._lock, threading.Event(), threading.Event()

    def lock_after_a_pause(descriptor: int) -> bool:
        about_to_lock.set()
        go_on.wait(10)
        return real_lock(descriptor)

    monkeypatch.setattr(lock_file, "_lock", lock_after_a_pause)
    starting = {}
    run = threading.Thread(target=lambda: starting.setdefault("folder", WorkingFolder(parent, "import-")))
    run.start()
    assert about_to_lock.wait(10)
    monkeypatch.setattr(lock_file, "_lock", real_lock)
    crashed_at_start = parent / "import-crashed-at-start"
    crashed_at_start.mkdir()
    (crashed_at_start / ".in-use").touch()
    old = time.time() - 3600
    os.utime(crashed_at_start, (old, old))
    assert remove_leftovers(parent) == [crashed_at_start]
    go_on.set()
    run.join()
    folder = starting["folder"]
    assert folder.path.exists() and folder._lock.held
    folder.close()


def test_the_data_folder_and_database_are_owner_only(tmp_path):
    old = os.umask(0o022)  # what a new user's shell gives: the program must not rely on the umask
    try:
        from stationdesk.db.database import Database

        folder = DataFolder(tmp_path / "data")
        Database.open(folder).close()
    finally:
        os.umask(old)
    assert _loose_files(folder.root) == []
    assert stat.S_IMODE(folder.root.stat().st_mode) == 0o700
    assert {p.name for p in folder.root.iterdir()} >= {"stationdesk.sqlite3", "backups", "logs"}


def test_an_old_world_readable_data_folder_is_made_owner_only(tmp_path):
    folder = DataFolder(tmp_path / "data")
    folder.backups.mkdir(parents=True)
    (folder.backups / "stationdesk-20250101-000000-000000-exit.sqlite3").write_bytes(b"")
    folder.database.write_bytes(b"")
    for path in (folder.root, folder.backups):
        path.chmod(0o755)
    for path in (folder.database, *folder.backups.iterdir()):
        path.chmod(0o644)
    folder.ensure()
    assert _loose_files(folder.root) == []


def test_after_the_program_starts_sqlite_makes_only_owner_only_files(tmp_path, capsys):
    """Backups are SQLite's own files: the umask the program sets at start keeps them private."""
    from stationdesk.cli import main
    from stationdesk.db.database import Database

    os.umask(0o022)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--station-code", "S-B", "--station-name", "乙站"]) == 0
    database = Database.open(DataFolder(data))
    database.backup("manual")
    database.close()
    assert list((data / "backups").iterdir()) and _loose_files(data) == []


def test_the_hub_files_are_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        Hub.init(str(tmp_path / "city" / "hub.sqlite3"), "江门市", "CITY").close()
        hub = Hub.open(str(tmp_path / "city" / "hub.sqlite3"))
        hub._backup()
        hub.close()
    finally:
        os.umask(old)
    city = tmp_path / "city"
    assert {p.name for p in city.iterdir()} >= {"hub.sqlite3", "hub.sqlite3.keys", "hub.sqlite3.backups"}
    assert _loose_files(*city.iterdir()) == []  # the folder around them is the city's own choice


def test_another_account_cannot_read_the_station(capsys):
    if os.geteuid() != 0:
        pytest.skip("needs root to act as another account")
    import shutil
    import tempfile

    from stationdesk.cli import main

    around = Path(tempfile.mkdtemp(dir="/tmp"))
    try:
        around.chmod(0o755)  # the folder around the data folder is open, as a home folder may be
        data = around / "data"
        assert main(["--data-dir", str(data), "init", "--station-code", "S-C", "--station-name", "丙站"]) == 0
        for target in (data / "stationdesk.sqlite3", data / "logs" / "stationdesk.log"):
            reader = subprocess.run(["cat", str(target)], user="nobody", capture_output=True, timeout=30)
            assert reader.returncode != 0 and b"Permission denied" in reader.stderr
        listing = subprocess.run(["ls", str(around)], user="nobody", capture_output=True, timeout=30)
        assert listing.returncode == 0  # nobody could look around, so the refusals above are the data folder's
    finally:
        shutil.rmtree(around)
