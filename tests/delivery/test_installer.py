"""The Windows installer (installer/stationdesk.nsi), compiled with makensis -WX around a small
stand-in payload and installed silently under Wine: files, shortcuts and the uninstall entry are
there; an upgrade removes the older version's files and keeps the data; the uninstaller removes
only what was installed and leaves the data folder. Skips, saying why, where a tool is missing."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "stationdesk.nsi"
MAKENSIS = shutil.which("makensis")
WINE = shutil.which("wine")
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\StationDesk"
SHORTCUT_ZH = "StationDesk 社区服务站工作台.lnk"
SHORTCUT_EN = "StationDesk Community Service Station.lnk"

pytestmark = pytest.mark.skipif(
    MAKENSIS is None, reason="makensis not found (Debian package nsis; scripts/test installs it when run as root)"
)


def make_payload(folder: Path, version: str, extra: tuple[str, ...] = ()) -> Path:
    """What a PyInstaller one-folder build looks like, in small."""
    files = ["StationDesk.exe", "stationdesk-cli.exe", "_internal/python311.dll", "_internal/base_library.zip"]
    files += ["_internal/stationdesk/resources/translations/stationdesk_en.qm", "_internal/PySide6/Qt6Pdf.dll"]
    for name in (*files, *extra):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{name} {version}\n", encoding="utf-8")
    return folder


def compile_installer(work: Path, version: str, payload: Path) -> Path:
    manifest = work / f"manifest-{version}.txt"
    subprocess.run(
        [sys.executable, str(ROOT / "installer" / "payload_manifest.py"), str(payload), str(manifest)], check=True
    )
    out = work / f"StationDesk-Setup-{version}.exe"
    result = subprocess.run(
        [
            MAKENSIS,
            "-WX",
            "-V2",
            f"-DVERSION={version}",
            f"-DPAYLOAD={payload}",
            f"-DMANIFEST={manifest}",
            f"-DOUTFILE={out}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_the_installer_compiles_with_warnings_as_errors_into_a_64_bit_setup(tmp_path):
    setup = compile_installer(tmp_path, "0.1.0", make_payload(tmp_path / "payload", "0.1.0"))
    data = setup.read_bytes()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[:2] == b"MZ" and data[pe : pe + 4] == b"PE\0\0"
    assert struct.unpack_from("<H", data, pe + 4)[0] == 0x8664  # IMAGE_FILE_MACHINE_AMD64


def test_a_payload_without_the_program_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "payload_manifest.py"), str(tmp_path / "empty"), str(tmp_path / "m")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "StationDesk.exe" in result.stderr


class Wine:
    """A throw-away Wine prefix with its own HOME (Wine links the Windows desktop there)."""

    def __init__(self, root: Path, language: str) -> None:
        self.prefix = root / "prefix"
        home = root / "home"
        home.mkdir(parents=True)
        self.env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEDEBUG": "-all",
            # no Mono/Gecko downloads, no Linux menu entries for the shortcuts
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
            "HOME": str(home),
            "LANG": language,
            "LC_ALL": language,
        }
        self.env.pop("DISPLAY", None)
        self.user = self.prefix / "drive_c" / "users" / os.environ.get("USER", "root")

    def run(self, *command: str, timeout: int = 300) -> subprocess.CompletedProcess:
        """Run a Windows program; ``wine`` returns when it ends (an uninstaller: see ``wait``)."""
        return subprocess.run(
            [WINE, *command], env=self.env, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL
        )

    def wait(self) -> None:
        """Until every process of the prefix has ended (an uninstaller relaunches itself from a copy)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def boot(self) -> str:
        result = subprocess.run(
            ["wineboot", "-i"], env=self.env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL
        )
        self.wait()
        if result.returncode != 0 or not self.user.is_dir():
            return (result.stderr or result.stdout)[-300:]
        self.user = next(p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public")
        return ""

    def registry(self, key: str) -> dict[str, str]:
        """The values of a registry key ({} when it does not exist), read from ``reg export``."""
        exported = self.prefix / "drive_c" / "export.reg"
        exported.unlink(missing_ok=True)
        if self.run("reg", "export", key, "C:\\export.reg", "/y").returncode != 0 or not exported.exists():
            return {}
        values = {}
        for line in exported.read_bytes().decode("utf-16").splitlines():
            name, sep, value = line.partition("=")
            if sep and name.startswith('"'):
                values[name.strip('"')] = value.strip('"')
        return values

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)


def _chinese_locale() -> str:
    listing = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.lower()
    return "zh_CN.UTF-8" if "zh_cn.utf8" in listing.split() else ""


@pytest.fixture
def wine(tmp_path):
    if WINE is None or shutil.which("wineserver") is None:
        pytest.skip("wine not found (Debian package wine; scripts/test installs it when run as root)")
    language = _chinese_locale() or "C.UTF-8"
    box = Wine(tmp_path / "wine", language)
    problem = box.boot()
    if problem:
        box.stop()
        pytest.skip(f"Wine cannot run here: {problem}")
    yield box
    box.stop()
    shutil.rmtree(box.prefix, ignore_errors=True)


def test_install_upgrade_and_uninstall_under_wine(wine, tmp_path):
    old_setup = compile_installer(
        tmp_path, "0.0.9", make_payload(tmp_path / "old", "0.0.9", extra=("_internal/dropped_in_0_1.dll",))
    )
    new_setup = compile_installer(tmp_path, "0.1.0", make_payload(tmp_path / "new", "0.1.0"))
    local = wine.user / "AppData" / "Local"
    installed = local / "Programs" / "StationDesk"
    start_menu = wine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "StationDesk"
    desktop = wine.user / "Desktop"
    shortcut = SHORTCUT_ZH if wine.env["LANG"].startswith("zh") else SHORTCUT_EN

    assert wine.run(str(old_setup), "/S").returncode == 0
    assert (installed / "StationDesk.exe").read_text(encoding="utf-8") == "StationDesk.exe 0.0.9\n"
    assert (installed / "_internal" / "dropped_in_0_1.dll").exists() and (installed / "uninstall.exe").exists()
    assert (start_menu / shortcut).is_file() and (desktop / shortcut).is_file()
    entry = wine.registry(UNINSTALL_KEY)
    assert entry["DisplayVersion"] == "0.0.9" and entry["DisplayName"] == shortcut.removesuffix(".lnk")
    assert entry["QuietUninstallString"].endswith('uninstall.exe\\" /S')

    # the station works: its data folder (platformdirs' user data folder) and a file of its own beside the program
    data = local / "StationDesk"
    (data / "backups").mkdir(parents=True)
    (data / "stationdesk.sqlite3").write_bytes(b"SQLite format 3\x00 the station's data")
    (data / "backups" / "stationdesk-20260615-103000-000000-auto.sqlite3").write_bytes(b"a backup")
    (installed / "我的说明.txt").write_text("放在程序文件夹里的笔记", encoding="utf-8")

    assert wine.run(str(new_setup), "/S").returncode == 0
    assert (installed / "StationDesk.exe").read_text(encoding="utf-8") == "StationDesk.exe 0.1.0\n"
    assert not (installed / "_internal" / "dropped_in_0_1.dll").exists()  # the older version's file is gone
    assert wine.registry(UNINSTALL_KEY)["DisplayVersion"] == "0.1.0"
    assert (data / "stationdesk.sqlite3").read_bytes() == b"SQLite format 3\x00 the station's data"

    uninstaller = "C:\\" + str((installed / "uninstall.exe").relative_to(wine.prefix / "drive_c")).replace("/", "\\")
    assert wine.run(uninstaller, "/S").returncode == 0
    wine.wait()
    assert sorted(p.name for p in installed.iterdir()) == ["我的说明.txt"]  # only what a person put there
    assert not start_menu.exists() and not (desktop / shortcut).exists()
    assert wine.registry(UNINSTALL_KEY) == {}
    assert (data / "stationdesk.sqlite3").read_bytes() == b"SQLite format 3\x00 the station's data"
    assert (data / "backups" / "stationdesk-20260615-103000-000000-auto.sqlite3").exists()
