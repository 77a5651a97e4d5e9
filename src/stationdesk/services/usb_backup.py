"""The station's backup on a USB stick: one file, encrypted with a password the station chooses,
carrying the database and the station's sync keys, so a new PC can take over from a stolen or
broken one. A stick found by someone else reveals nothing but that it holds a StationDesk backup.

File layout (``.sdbackup``)::

    MAGIC  (24 bytes)  b"STATIONDESK-USB-BACKUP\\n\\x01"
    length (4 bytes, big-endian) of the header
    header (JSON, UTF-8): format, kdf (scrypt N, r, p, salt), check, cipher (AES-256-GCM, nonce)
    ciphertext of a zip, then the 16-byte GCM tag

The key: scrypt(password, salt, N=2^17, r=8, p=1) gives 64 bytes, the first 32 the AES-256-GCM key,
the last 32 only to make ``check`` (HMAC-SHA256 of a fixed text, so a wrong password is told apart
from a damaged file before anything is decrypted). The magic, length and header are the associated
data, so none of them can be changed unnoticed. The zip holds ``manifest.json`` (station, time,
program version, revisions, counts, the SHA-256 of every other member), ``stationdesk.sqlite3``
(a checked ``VACUUM INTO`` copy), ``keys/signing.key`` and ``keys/encryption.key``, and
``settings.json`` when there is one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from stationdesk import __version__, messages
from stationdesk.config import DataFolder
from stationdesk.db import backups
from stationdesk.errors import BundleRejected, StationDeskError
from stationdesk.owner_only import create_empty, owner_only_folder
from stationdesk.services.progress import Progress, report
from stationdesk.sync import crypto
from stationdesk.working_files import WorkingFolder

SUFFIX = ".sdbackup"
MAGIC = b"STATIONDESK-USB-BACKUP\n\x01"
FORMAT = "stationdesk-usb-backup"
FORMAT_VERSION = 1
SCRYPT = {"n": 1 << 17, "r": 8, "p": 1}  # OWASP's minimum for scrypt; about half a second here
MIN_PASSWORD = 8
MAX_HEADER = 4096
CHECK_TEXT = b"stationdesk-usb-backup password check"
DATABASE_MEMBER = "stationdesk.sqlite3"
KEY_MEMBERS = ("keys/" + crypto.SIGNING_FILE, "keys/" + crypto.ENCRYPTION_FILE)
SETTINGS_MEMBER = "settings.json"


@dataclass(frozen=True)
class UsbBackupWritten:
    path: str
    size: int
    station_code: str
    people: int
    records: int
    with_keys: bool


@dataclass(frozen=True)
class UsbBackupOpened:
    """A stick's backup decrypted into a working folder: read ``database`` and ``keys``, then ``close``."""

    work: WorkingFolder
    manifest: dict

    @property
    def scratch(self) -> Path:
        return self.work.path

    @property
    def database(self) -> Path:
        return self.scratch / DATABASE_MEMBER

    def member(self, name: str) -> Path | None:
        path = self.scratch / name
        return path if path.exists() else None

    def close(self) -> None:
        self.work.close()


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StationDeskError("backup.password_short", minimum=MIN_PASSWORD)


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    derived = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(password.encode("utf-8"))
    return derived[:32], derived[32:]


def _check_value(verifier: bytes) -> str:
    return crypto.b64(hmac.new(verifier, CHECK_TEXT, hashlib.sha256).digest())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_usb_backup(
    folder: DataFolder,
    target: Path,
    password: str,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> UsbBackupWritten:
    """Write the station's encrypted backup to ``target`` (a folder, e.g. the stick, or a file name):
    temporary name, flushed, renamed, then read back and checked with the password."""
    check_password(password)
    taken_at = now or datetime.now()
    target = Path(target)
    if target.is_dir():
        target = target / f"StationDesk-backup-{taken_at.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
    elif target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if not target.parent.is_dir():
        raise StationDeskError("file.not_found", path=str(target.parent))
    report(progress, 0, 4)
    work = WorkingFolder(folder.work, "usb-backup-")  # a plain copy of the database, owner-only
    scratch = work.path
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{backups.PARTIAL_SUFFIX}")
    try:
        database = scratch / DATABASE_MEMBER
        try:
            backups.checked_copy(folder.database, database)
        except (OSError, backups.sqlite3.Error) as error:
            raise backups.write_error(error, folder.root) from None
        contents = backups.read_contents(database)
        report(progress, 1, 4)
        members = {DATABASE_MEMBER: database}
        for name in KEY_MEMBERS:
            key = folder.root / name
            if key.exists():
                members[name] = key
        if folder.settings_file.exists():
            members[SETTINGS_MEMBER] = folder.settings_file
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "program_version": __version__,
            "station": {"code": contents.station_code, "name": contents.station_name},
            "revisions": list(contents.revisions),
            "counts": contents.counts,
            "files": {name: _sha256(path) for name, path in members.items()},
        }
        payload = scratch / "payload.zip"
        try:
            with zipfile.ZipFile(payload, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
                archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
                for name, path in members.items():
                    archive.write(path, name)
        except OSError as error:
            raise backups.write_error(error, folder.root) from None
        report(progress, 2, 4)
        salt, nonce = os.urandom(16), os.urandom(crypto.NONCE_SIZE)
        key, verifier = _derive(password, salt, **SCRYPT)
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kdf": {"algorithm": "scrypt", **SCRYPT, "salt": crypto.b64(salt)},
            "check": _check_value(verifier),
            "cipher": {"algorithm": "AES-256-GCM", "nonce": crypto.b64(nonce)},
        }
        head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
        prefix = MAGIC + struct.pack(">I", len(head)) + head
        try:
            create_empty(partial)
            with open(payload, "rb") as source, open(partial, "r+b") as out:
                out.write(prefix)
                for chunk in crypto.encrypt_stream(key, nonce, prefix, source):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
            backups.flush_folder(target.parent)
        except OSError as error:
            raise backups.write_error(error, target.parent) from None
        report(progress, 3, 4)
        expected = _sha256(payload)
    finally:
        partial.unlink(missing_ok=True)
        work.close()
    _verify_written(target, password, expected)
    report(progress, 4, 4)
    return UsbBackupWritten(
        str(target),
        target.stat().st_size,
        contents.station_code,
        contents.people,
        contents.records,
        all(name in members for name in KEY_MEMBERS),
    )


def _verify_written(path: Path, password: str, expected_sha256: str) -> None:
    """Read the file back from the stick and decrypt it, so a stick that lies is found now."""

    class Hashing:
        def __init__(self) -> None:
            self.digest = hashlib.sha256()

        def write(self, data: bytes) -> None:
            self.digest.update(data)

    sink = Hashing()
    _decrypt(path, password, lambda: sink)
    if sink.digest.hexdigest() != expected_sha256:
        path.unlink(missing_ok=True)
        raise StationDeskError("backup.verify_failed", path=str(path))


def is_usb_backup(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _decrypt(path: Path, password: str, open_sink: Callable[[], object]) -> None:
    """Check the header and the password, then decrypt the payload into ``open_sink()``; the
    plaintext may only be used once this returns (the GCM tag is checked at the end)."""
    if not path.is_file():
        raise StationDeskError("file.not_found", path=str(path))
    size = path.stat().st_size
    with open(path, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise StationDeskError("backup.not_usb_backup", path=str(path))
        (length,) = struct.unpack(">I", handle.read(4).rjust(4, b"\0"))
        head = handle.read(length) if 0 < length <= MAX_HEADER else b""
        try:
            header = json.loads(head.decode("utf-8"))
            kdf, cipher = header["kdf"], header["cipher"]
            assert header["format"] == FORMAT and kdf["algorithm"] == "scrypt"
            assert cipher["algorithm"] == "AES-256-GCM"
            n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
            assert 1 << 14 <= n <= 1 << 20 and 1 <= r <= 32 and 1 <= p <= 16  # bounds: no memory bomb
            salt, nonce = crypto.unb64(kdf["salt"], 16), crypto.unb64(cipher["nonce"], crypto.NONCE_SIZE)
            check = str(header["check"])
        except (ValueError, KeyError, TypeError, AssertionError, UnicodeDecodeError, BundleRejected):
            raise StationDeskError("backup.usb_damaged", path=str(path)) from None
        if header.get("format_version") != FORMAT_VERSION:
            raise StationDeskError("backup.usb_newer", path=str(path))
        key, verifier = _derive(password, salt, n, r, p)
        if not hmac.compare_digest(_check_value(verifier), check):
            raise StationDeskError("backup.wrong_password")
        prefix = MAGIC + struct.pack(">I", length) + head
        try:
            crypto.decrypt_stream(key, nonce, prefix, handle, size - len(prefix), open_sink())
        except BundleRejected:
            raise StationDeskError("backup.usb_damaged", path=str(path)) from None


def open_usb_backup(folder: DataFolder, path: Path, password: str, progress: Progress | None = None) -> UsbBackupOpened:
    """Decrypt and check a stick's backup into a scratch folder inside the data folder."""
    folder.ensure()
    work = WorkingFolder(folder.work, "usb-restore-")
    scratch = work.path
    try:
        payload = scratch / "payload.zip"
        report(progress, 0, 3)
        with open(payload, "wb") as sink:
            _decrypt(Path(path), password, lambda: sink)
        report(progress, 1, 3)
        try:
            with zipfile.ZipFile(payload) as archive:
                manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
                files = manifest["files"]
                assert manifest["format"] == FORMAT and DATABASE_MEMBER in files
                for name, digest in files.items():
                    assert name in (DATABASE_MEMBER, SETTINGS_MEMBER, *KEY_MEMBERS)
                    target = scratch / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with archive.open(name) as member, open(target, "wb") as out:
                        shutil.copyfileobj(member, out, 1 << 20)
                    assert _sha256(target) == digest
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AssertionError):
            raise StationDeskError("backup.usb_damaged", path=str(path)) from None
        payload.unlink()
        report(progress, 2, 3)
    except BaseException:
        work.close()
        raise
    return UsbBackupOpened(work, manifest)


def put_keys_in_place(folder: DataFolder, opened: UsbBackupOpened, now: datetime | None = None) -> bool:
    """The stick's sync keys become this station's keys. Different keys already here are moved to
    ``backups/keys-before-restore-…`` first, never deleted. True when keys were restored."""
    found = [opened.member(name) for name in KEY_MEMBERS]
    if not all(found):
        return False
    incoming = [path.read_bytes() for path in found if path is not None]
    present = [folder.root / name for name in KEY_MEMBERS]
    if all(p.exists() for p in present) and [p.read_bytes() for p in present] == incoming:
        return True
    if folder.keys.exists():
        stamp = (now or datetime.now()).strftime(backups.STAMP)
        owner_only_folder(folder.backups)
        os.replace(folder.keys, folder.backups / f"keys-before-restore-{stamp}")
    fresh = folder.root / f".keys-{uuid.uuid4().hex[:8]}{backups.PARTIAL_SUFFIX}"
    owner_only_folder(fresh)
    for name, data in zip(KEY_MEMBERS, incoming, strict=True):
        path = fresh / Path(name).name
        create_empty(path)
        with open(path, "r+b") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    os.replace(fresh, folder.keys)
    backups.flush_folder(folder.root)
    return True


messages.register(
    {
        "backup.password_short": (
            "密码至少要 {minimum} 个字符。请选一个只有本站知道、不会忘记的密码，并把它写下来另外保管。"
        ),
        "backup.password_mismatch": "两次输入的密码不一样，请重新输入。",
        "backup.wrong_password": "密码不对，无法打开这个 U 盘备份。请检查大小写后重试。",
        "backup.usb_damaged": "U 盘上的备份文件已损坏或被改动：{path}。没有恢复任何内容。",
        "backup.usb_newer": "这个 U 盘备份由更新版本的 StationDesk 制作：{path}。请先升级本程序。",
        "backup.not_usb_backup": "该文件不是 StationDesk 的 U 盘备份：{path}",
        "backup.verify_failed": "写到 U 盘后回读校验不一致，已删除该文件：{path}。U 盘可能有问题，请换一个 U 盘。",
    }
)
