"""Writing and reading ``.sdbundle`` files (docs/bundle-format.md).

A bundle is a zip of exactly ``header.json``, ``header.sig`` and ``payload.bin``. The payload is an
encrypted inner zip of ``datapackage.json`` plus one JSON Lines file per table. Everything streams:
rows are written and read a line at a time and the payload goes through working files, so memory
stays flat however many records travel; those files are sealed with a key held only in memory
(``stationdesk.working_files``), so the decrypted payload never lies on disk in plaintext. Reading
checks the outer file set and sizes, then the signature (by the caller, who knows which key to
trust), then decrypts to a sealed working file, checks its hash and size, and only then parses
anything inside.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import queue
import re
import struct
import threading
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import orjson

from stationdesk import messages
from stationdesk.errors import BundleRejected, StationDeskError
from stationdesk.services.progress import Progress, report
from stationdesk.sync import crypto
from stationdesk.sync.codec import TableCodec, json_lines
from stationdesk.sync.zip_writer import DeflatedZipWriter
from stationdesk.working_files import SealedFile, WorkingFolder

FORMAT = "stationdesk-bundle"
FORMAT_VERSION = 1
SCHEMA_VERSION = 1
SUFFIX = ".sdbundle"
ENTRIES = ("header.json", "header.sig", "payload.bin")
DATAPACKAGE = "datapackage.json"


@dataclass(frozen=True)
class Limits:
    """Refuse anything beyond these before reading it (zip bombs, runaway files)."""

    bundle_bytes: int = 16 << 30
    header_bytes: int = 1 << 20
    datapackage_bytes: int = 16 << 20
    resource_bytes: int = 32 << 30
    total_bytes: int = 64 << 30
    line_bytes: int = 4 << 20
    ratio: int = 200  # uncompressed / compressed, per entry of the inner zip
    ratio_floor: int = 1 << 20  # small entries may compress better than that
    resources: int = 1000


LIMITS = Limits()


@dataclass(frozen=True)
class CursorLines:
    """A chunk of JSON lines as the database cursor handed them over: rows of one ``bytes`` item
    each. The thread writing the payload joins them (``bytes``): the join is a copy of every byte,
    and the reading thread is the export's critical path while the writing one has CPU to spare."""

    rows: list[tuple[bytes]]

    def __bytes__(self) -> bytes:
        return b"".join([row[0] for row in self.rows])


@dataclass
class Resource:
    """One resource of a bundle being written: its name, its Frictionless schema and its JSON Lines,
    as chunks (``bytes`` or ``CursorLines``) with the number of rows in each (``of_rows``: a
    table's database rows)."""

    name: str
    schema: dict
    chunks: Iterable[tuple[bytes | CursorLines, int]]

    @classmethod
    def of_rows(cls, codec: TableCodec, rows: Iterable, chunk: int = 2000) -> Resource:
        return cls(codec.name, codec.schema(), json_lines(rows, codec.encode, chunk))


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    bundle_id: str
    header: dict
    header_sha256: str
    file_sha256: str
    counts: dict[str, int]


def utc_text(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def header_bytes(header: dict) -> bytes:
    return json.dumps(header, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _sha256_file(path: Path | SealedFile) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(crypto.CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


_READ_BLOCK = 1 << 20


def _read_ahead(chunks: Iterable, depth: int = 4) -> Iterator:
    """``chunks``, produced by a helper thread while the caller deflates, hashes and writes the ones
    before (SQLite and ISA-L both release the GIL, so the two cores share the export). The helper is
    the only user of the database until it has finished, which this waits for before returning;
    the caller touches no database meanwhile. An error in the helper is raised here."""
    handoff: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def produce() -> None:
        try:
            for item in chunks:
                while not stop.is_set():
                    try:
                        handoff.put((item, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            handoff.put((done, None))
        except BaseException as error:  # noqa: BLE001 - handed to the consumer, which raises it
            handoff.put((done, error))

    helper = threading.Thread(target=produce, name="bundle-read-ahead", daemon=True)
    helper.start()
    try:
        while True:
            item, error = handoff.get()
            if error is not None:
                raise error
            if item is done:
                return
            yield item
    finally:
        stop.set()
        while helper.is_alive():  # unblock a helper waiting to hand over, then let it finish
            with contextlib.suppress(queue.Empty):
                handoff.get(timeout=0.1)
        helper.join()
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


class _HashingSink:
    """A binary file written forwards only, with the SHA-256 and size of every byte written."""

    def __init__(self, sink: BinaryIO) -> None:
        self._sink = sink
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self._sink.write(data)


def _write_payload(
    target: SealedFile, resources: list[Resource], progress: Progress | None, total: int | None
) -> tuple[dict, str, int]:
    """The inner zip; returns the counts per table and the SHA-256 and size of the zip's bytes as
    written (the zip writer never seeks back, so they are the file's)."""
    counts: dict[str, int] = {}
    described = []
    done = 0
    with (
        target.open("wb") as raw,
        DeflatedZipWriter(sink := _HashingSink(raw), level=1) as archive,
    ):
        for resource in resources:
            path = f"data/{resource.name}.jsonl"
            digest, size, count = hashlib.sha256(), 0, 0
            with archive.member(path) as out:
                for chunk, rows in _read_ahead(resource.chunks):
                    data = bytes(chunk)  # a bytes chunk is returned as it is, not copied
                    digest.update(data)
                    size += len(data)
                    out.write(data)
                    count += rows
                    done += rows
                    report(progress, done, total)
            counts[resource.name] = count
            described.append(
                {
                    "name": resource.name,
                    "path": path,
                    "format": "jsonl",
                    "mediatype": "application/x-ndjson",
                    "encoding": "utf-8",
                    "bytes": size,
                    "hash": f"sha256:{digest.hexdigest()}",
                    "sha256": digest.hexdigest(),
                    "count": count,
                    "schema": resource.schema,
                }
            )
        package = {
            "profile": "data-package",
            "name": "stationdesk-sync",
            "stationdesk_format_version": FORMAT_VERSION,
            "resources": described,
        }
        archive.writestr(DATAPACKAGE, json.dumps(package, ensure_ascii=False, indent=1).encode("utf-8"))
    return counts, sink.digest.hexdigest(), sink.size


def write_bundle(
    path: Path,
    header_fields: dict,
    resources: list[Resource],
    signer: crypto.KeyPairs,
    recipient_encryption_key: bytes,
    *,
    work_dir: Path,
    progress: Progress | None = None,
    total: int | None = None,
    before_publish: Callable[[], None] | None = None,
) -> WrittenBundle:
    """Write a bundle to ``path``: temporary name, fsync, rename, then read back and verify. The
    plaintext payload is made in a sealed working file under ``work_dir``. ``before_publish`` runs
    once the file is written, before it takes its name: a check that ran beside the export (the
    station file's ``quick_check``) raises there, and no bundle is left."""
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    work = WorkingFolder(work_dir, "export-")
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        inner = work.sealed("payload.zip")
        try:
            counts, plain_sha, plain_size = _write_payload(inner, resources, progress, total)
        except OSError as error:
            raise _not_written(error, Path(work_dir)) from None
        sealing, key = crypto.new_sealing(recipient_encryption_key)
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": SCHEMA_VERSION,
            "bundle_id": str(uuid.uuid4()),
            "created_at": utc_text(),
            **header_fields,
            "counts": counts,
            "payload": {
                "path": "payload.bin",
                "sha256": plain_sha,
                "size": plain_size,
                "encrypted_size": plain_size + crypto.TAG_SIZE,
                "media_type": "application/zip",
            },
            "encryption": sealing.header(),
            "signer": {"algorithm": "Ed25519", "key_id": signer.public.signing_id},
        }
        head = header_bytes(header)
        signature = crypto.sign(signer, head)
        cipher_digest, read_back = hashlib.sha256(), hashlib.sha256()
        try:
            with open(partial, "wb") as raw:
                with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
                    archive.writestr("header.json", head)
                    archive.writestr("header.sig", signature)
                    with inner.open("rb") as source, archive.open("payload.bin", "w", force_zip64=True) as out:
                        for chunk in crypto.encrypt_stream(key, sealing.nonce, head, _Hashing(source, read_back)):
                            cipher_digest.update(chunk)
                            out.write(chunk)
                raw.flush()
                os.fsync(raw.fileno())
            if read_back.hexdigest() != plain_sha:  # the working file did not read back as written
                raise StationDeskError("sync.write_verify_failed", path=str(path))
            if before_publish is not None:
                before_publish()
            os.replace(partial, path)
            _fsync_folder(path.parent)
        except OSError as error:
            raise _not_written(error, path) from None
        file_sha = _verify_written(
            path, head, signature, signer.public.signing, cipher_digest.hexdigest(), plain_size + crypto.TAG_SIZE
        )
        return WrittenBundle(path, header["bundle_id"], header, hashlib.sha256(head).hexdigest(), file_sha, counts)
    finally:
        partial.unlink(missing_ok=True)
        work.close()


def _not_written(error: OSError, path: Path) -> StationDeskError:
    if error.errno == errno.ENOSPC:
        return StationDeskError("file.disk_full", path=str(path))
    return StationDeskError("file.not_writable", path=str(path), reason=error.strerror or str(error))


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class _Hashing:
    """``source`` read through, every byte read also fed to ``digest``."""

    def __init__(self, source: BinaryIO, digest) -> None:
        self._source, self._digest = source, digest

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._digest.update(data)
        return data


_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature ... name length, extra length (APPNOTE 4.3.7)


def _verify_written(
    path: Path, head: bytes, signature: bytes, signing_key: bytes, cipher_sha: str, cipher_size: int
) -> str:
    """Read the file back from the medium: same header, valid signature, same encrypted bytes under
    a sound local header and the CRC-32 the directory gives (what a zip reader checks); returns the
    file's SHA-256, taken in the same one pass over the file."""
    raw = open_bundle(path)
    info = raw.payload_info
    whole, digest, crc = hashlib.sha256(), hashlib.sha256(), 0
    with open(path, "rb") as handle:
        before = handle.read(info.header_offset + _LOCAL_HEADER.size)
        whole.update(before)
        mark, name_size, extra_size = _LOCAL_HEADER.unpack_from(before, info.header_offset)
        name = handle.read(name_size + extra_size)
        whole.update(name)
        sound = mark == b"PK\x03\x04" and name[:name_size] == info.filename.encode("utf-8")
        remaining = info.compress_size
        while remaining and (chunk := handle.read(min(crypto.CHUNK, remaining))):
            whole.update(chunk)
            digest.update(chunk)
            crc = zlib.crc32(chunk, crc)
            remaining -= len(chunk)
        while chunk := handle.read(crypto.CHUNK):
            whole.update(chunk)
    if (
        not sound
        or remaining
        or raw.header_bytes != head
        or raw.signature != signature
        or not crypto.verify(signing_key, signature, head)
        or digest.hexdigest() != cipher_sha
        or info.compress_size != cipher_size
        or info.file_size != cipher_size
        or crc != info.CRC
    ):
        path.unlink(missing_ok=True)
        raise StationDeskError("sync.write_verify_failed", path=str(path))
    return whole.hexdigest()


# ---------------------------------------------------------------- reading


def _check_name(name: str) -> None:
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or ".." in name.split("/")
        or ":" in name
        or "\x00" in name
    ):
        raise BundleRejected("bundle.entries", detail=f"unsafe path {name!r}")


def _check_entries(archive: zipfile.ZipFile, wanted: set[str]) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    for name in names:
        _check_name(name)
    if len(names) != len(set(names)):
        raise BundleRejected("bundle.entries", detail="duplicate names")
    if set(names) != wanted:
        extra = sorted(set(names) - wanted)
        missing = sorted(wanted - set(names))
        raise BundleRejected("bundle.entries", detail=f"extra {extra} missing {missing}")
    for info in infos:
        if info.flag_bits & 0x1:
            raise BundleRejected("bundle.entries", detail="encrypted zip entry")
    return {info.filename: info for info in infos}


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    if info.file_size > cap:
        raise BundleRejected("bundle.too_large", detail=info.filename)
    try:
        with archive.open(info) as stream:
            data = stream.read(cap + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise BundleRejected("bundle.not_zip") from None
    if len(data) > cap or len(data) != info.file_size:
        raise BundleRejected("bundle.too_large", detail=info.filename)
    return data


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise BundleRejected("bundle.header_invalid", reason=reason)


HEADER_FIELDS = frozenset(
    {
        "format",
        "format_version",
        "schema_version",
        "bundle_id",
        "kind",
        "created_at",
        "from",
        "to",
        "sequence",
        "previous_bundle_sha256",
        "counts",
        "payload",
        "encryption",
        "signer",
        "station_keys",
        "audit_head",
    }
)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{1,31}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _is_audit_position(value) -> bool:
    return (
        isinstance(value, dict)
        and set(value) >= {"seq", "sha256"}
        and isinstance(value["seq"], int)
        and not isinstance(value["seq"], bool)
        and 0 <= value["seq"] < 2**63
        and isinstance(value["sha256"], str)
        and _SHA256.fullmatch(value["sha256"]) is not None
    )


def _is_audit_head(header: dict) -> bool:
    """Optional, station bundles only: ``{"seq", "sha256", "previous": null | {"seq", "sha256"}}``."""
    head = header["audit_head"]
    return (
        header.get("kind") == "station-to-city"
        and _is_audit_position(head)
        and set(head) == {"seq", "sha256", "previous"}
        and (head["previous"] is None or (_is_audit_position(head["previous"]) and len(head["previous"]) == 2))
    )


_UTC_SECOND = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


def _is_utc_second(value) -> bool:
    if not isinstance(value, str) or not _UTC_SECOND.fullmatch(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:  # 2025-02-30, 99:00
        return False
    return True


def check_header(header) -> dict:
    """The header's shape (docs/bundle-format.md, section 3); BundleRejected otherwise."""
    _require(isinstance(header, dict), "not an object")
    _require(header.get("format") == FORMAT, "format")
    version = header.get("format_version")
    _require(isinstance(version, int) and not isinstance(version, bool), "format_version")
    if version > FORMAT_VERSION:
        raise BundleRejected("bundle.newer_format", version=version, supported=FORMAT_VERSION)
    _require(version == FORMAT_VERSION, "format_version")
    _require(header.get("schema_version") == SCHEMA_VERSION, "schema_version")
    try:
        _require(str(uuid.UUID(header.get("bundle_id"))) == header.get("bundle_id"), "bundle_id")
    except (ValueError, TypeError, AttributeError):
        _require(False, "bundle_id")
    unknown = sorted(set(header) - HEADER_FIELDS)
    _require(not unknown, "unknown fields " + ", ".join(repr(name[:40]) for name in unknown[:3]))
    _require(header.get("kind") in ("station-to-city", "city-to-station"), "kind")
    _require("station_keys" not in header or header["kind"] == "station-to-city", "station_keys")
    _require("audit_head" not in header or _is_audit_head(header), "audit_head")
    _require(_is_utc_second(header.get("created_at")), "created_at")
    for side in ("from", "to"):
        part = header.get(side)
        _require(
            isinstance(part, dict)
            and isinstance(part.get("code"), str)
            and _CODE.fullmatch(part["code"]) is not None
            and isinstance(part.get("name", ""), str)
            and part.get("role") in ("station", "city"),
            side,
        )
    sequence = header.get("sequence")
    _require(isinstance(sequence, dict), "sequence")
    for key in ("since", "up_to", "acknowledged"):
        value = sequence.get(key)
        _require(isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63, f"sequence.{key}")
    _require(sequence["since"] <= sequence["up_to"], "sequence")
    previous = header.get("previous_bundle_sha256")
    _require(previous is None or (isinstance(previous, str) and len(previous) == 64), "previous_bundle_sha256")
    counts = header.get("counts")
    _require(
        isinstance(counts, dict)
        and len(counts) <= LIMITS.resources
        and all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0 for k, v in counts.items()
        ),
        "counts",
    )
    payload = header.get("payload")
    _require(isinstance(payload, dict) and payload.get("path") == "payload.bin", "payload")
    _require(isinstance(payload.get("sha256"), str) and len(payload["sha256"]) == 64, "payload.sha256")
    for key in ("size", "encrypted_size"):
        _require(
            isinstance(payload.get(key), int) and not isinstance(payload.get(key), bool) and payload[key] >= 0,
            f"payload.{key}",
        )
    _require(payload["encrypted_size"] == payload["size"] + crypto.TAG_SIZE, "payload.encrypted_size")
    _require(isinstance(header.get("encryption"), dict), "encryption")
    signer = header.get("signer")
    _require(
        isinstance(signer, dict) and signer.get("algorithm") == "Ed25519" and isinstance(signer.get("key_id"), str),
        "signer",
    )
    return header


@dataclass
class RawBundle:
    """A bundle whose outer zip and header look right; nothing is trusted until ``verify``."""

    path: Path
    header_bytes: bytes
    signature: bytes
    header: dict
    payload_info: zipfile.ZipInfo

    @property
    def header_sha256(self) -> str:
        return hashlib.sha256(self.header_bytes).hexdigest()

    def verify(self, signing_key: bytes) -> None:
        if self.header["signer"]["key_id"] != crypto.key_id(signing_key):
            raise BundleRejected("bundle.unknown_signer", signer=self.header["from"]["code"])
        if not crypto.verify(signing_key, self.signature, self.header_bytes):
            raise BundleRejected("bundle.bad_signature")

    def open_payload(self):
        archive = zipfile.ZipFile(self.path)
        stream = archive.open(self.payload_info)
        original_close = stream.close

        def close():
            original_close()
            archive.close()

        stream.close = close
        return stream

    def decrypt(self, keys: crypto.KeyPairs, work_dir: Path) -> Payload:
        """Decrypt into a sealed working file under ``work_dir`` and check its hash and size; the
        caller closes the Payload, which removes its working folder."""
        payload = self.header["payload"]
        if self.payload_info.file_size != payload["encrypted_size"]:
            raise BundleRejected("bundle.hash_mismatch", what="payload.bin size")
        key = crypto.open_key(keys, self.header["encryption"])
        nonce = crypto.unb64(self.header["encryption"].get("nonce", ""), crypto.NONCE_SIZE)
        work = WorkingFolder(work_dir, "import-")
        target = work.sealed("payload.zip")
        try:
            try:
                with self.open_payload() as source, target.open("wb") as sink:
                    crypto.decrypt_stream(key, nonce, self.header_bytes, source, payload["encrypted_size"], sink)
            except (zipfile.BadZipFile, EOFError):
                raise BundleRejected("bundle.payload_tampered") from None
            sha, size = _sha256_file(target)
            if sha != payload["sha256"] or size != payload["size"]:
                raise BundleRejected("bundle.hash_mismatch", what="payload sha256/size")
            return Payload.open(target, work, self.header)
        except BaseException:
            work.close()
            raise


def open_bundle(path: Path, limits: Limits = LIMITS) -> RawBundle:
    """Open a bundle file and check its file set, sizes and header shape (not yet its signature)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise StationDeskError("file.not_found", path=str(path)) from None
    if size > limits.bundle_bytes:
        raise BundleRejected("bundle.too_large", detail=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = _check_entries(archive, set(ENTRIES))
            head = _read_capped(archive, infos["header.json"], limits.header_bytes)
            signature = _read_capped(archive, infos["header.sig"], 64)
            payload_info = infos["payload.bin"]
            if payload_info.file_size > limits.bundle_bytes or payload_info.compress_type != zipfile.ZIP_STORED:
                raise BundleRejected("bundle.too_large", detail="payload.bin")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        raise BundleRejected("bundle.not_zip") from None
    except OSError as error:
        raise BundleRejected("bundle.not_zip") from error
    if len(signature) != 64:
        raise BundleRejected("bundle.bad_signature")
    try:
        header = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected("bundle.header_invalid", reason="not JSON") from None
    check_header(header)
    return RawBundle(path, head, signature, header, payload_info)


@dataclass
class PayloadResource:
    name: str
    path: str
    bytes: int
    sha256: str
    count: int
    fields: list

    @property
    def fields_names(self) -> set:
        return {f.get("name") for f in self.fields if isinstance(f, dict)} if isinstance(self.fields, list) else set()


@dataclass
class Payload:
    """The decrypted inner zip: datapackage.json checked against the header; rows stream from it."""

    archive: zipfile.ZipFile
    work: WorkingFolder
    resources: dict[str, PayloadResource] = field(default_factory=dict)
    staged: dict[str, SealedFile] = field(default_factory=dict)  # table -> its rows, checked and decoded

    @classmethod
    def open(cls, target: SealedFile, work: WorkingFolder, header: dict, limits: Limits = LIMITS) -> Payload:
        handle = target.open("rb")
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError, ValueError):
            handle.close()
            raise BundleRejected("bundle.payload_invalid", detail="inner zip") from None
        payload = cls(archive, work)
        try:
            payload._check(header, limits)
        except (zipfile.BadZipFile, ValueError, KeyError, TypeError, RecursionError) as error:
            payload.close()
            if isinstance(error, BundleRejected):
                raise
            raise BundleRejected("bundle.payload_invalid", detail=type(error).__name__) from None
        except BaseException:
            payload.close()
            raise
        return payload

    def _check(self, header: dict, limits: Limits) -> None:
        infos = {info.filename: info for info in self.archive.infolist()}
        if len(infos) != len(self.archive.infolist()):
            raise BundleRejected("bundle.entries", detail="duplicate names in payload")
        for name in infos:
            _check_name(name)
        if DATAPACKAGE not in infos:
            raise BundleRejected("bundle.payload_invalid", detail="no datapackage.json")
        try:
            package = json.loads(
                _read_capped(self.archive, infos[DATAPACKAGE], limits.datapackage_bytes).decode("utf-8")
            )
        except (UnicodeDecodeError, ValueError):
            raise BundleRejected("bundle.payload_invalid", detail="datapackage.json") from None
        resources = package.get("resources") if isinstance(package, dict) else None
        if not isinstance(resources, list) or len(resources) > limits.resources:
            raise BundleRejected("bundle.payload_invalid", detail="resources")
        total = 0
        for item in resources:
            if not isinstance(item, dict):
                raise BundleRejected("bundle.payload_invalid", detail="resource")
            name, path = item.get("name"), item.get("path")
            if not isinstance(name, str) or path != f"data/{name}.jsonl" or name in self.resources:
                raise BundleRejected("bundle.payload_invalid", detail=f"resource {name!r}")
            size, sha, count = item.get("bytes"), item.get("sha256"), item.get("count")
            if not (isinstance(size, int) and isinstance(count, int) and isinstance(sha, str) and size >= 0):
                raise BundleRejected("bundle.payload_invalid", detail=f"resource {name}")
            schema = item.get("schema")
            if not isinstance(schema, dict) or schema.get("primaryKey") != "id":
                raise BundleRejected("bundle.schema", table=name, detail="primaryKey")
            info = infos.get(path)
            if info is None:
                raise BundleRejected("bundle.entries", detail=f"missing {path}")
            if info.file_size != size:
                raise BundleRejected("bundle.hash_mismatch", what=f"{path} bytes")
            if size > limits.resource_bytes or (
                size > limits.ratio_floor and size > limits.ratio * max(info.compress_size, 1)
            ):
                raise BundleRejected("bundle.too_large", detail=path)
            total += size
            if header["counts"].get(name) != count:
                raise BundleRejected("bundle.count_mismatch", table=name)
            self.resources[name] = PayloadResource(name, path, size, sha, count, schema.get("fields"))
        if total > limits.total_bytes:
            raise BundleRejected("bundle.too_large", detail="payload")
        if set(header["counts"]) != set(self.resources):
            raise BundleRejected(
                "bundle.count_mismatch", table=", ".join(sorted(set(header["counts"]) ^ set(self.resources)))
            )
        if set(infos) != {DATAPACKAGE} | {r.path for r in self.resources.values()}:
            raise BundleRejected("bundle.entries", detail="extra files in payload")

    def lines(self, name: str, limits: Limits = LIMITS) -> Iterator:
        """The JSON objects of one resource, checking bytes, sha256 and count as they stream."""
        resource = self.resources[name]
        digest, size, count = hashlib.sha256(), 0, 0
        loads = orjson.loads  # UTF-8 only, no NaN/Infinity, no BOM: stricter than json.loads, as the spec wants
        bad_bytes = f"{resource.path} bytes"
        try:
            with self.archive.open(resource.path) as stream:
                # read in blocks and split (one readline call per row costs ~10% of an import); each
                # line is checked exactly as before, in order: bytes so far, its length, its newline
                carry = b""
                while True:
                    block = stream.read(_READ_BLOCK)
                    if not block:
                        if carry:  # the last line has no newline
                            raise BundleRejected("bundle.hash_mismatch", what=bad_bytes)
                        break
                    digest.update(block)
                    lines = (carry + block if carry else block).split(b"\n")
                    carry = lines.pop()
                    for line in lines:
                        length = len(line) + 1
                        size += length
                        if size > resource.bytes or length > limits.line_bytes:
                            raise BundleRejected("bundle.hash_mismatch", what=bad_bytes)
                        try:
                            value = loads(line)
                        except (ValueError, RecursionError):
                            raise BundleRejected(
                                "bundle.row_invalid", table=name, detail=f"line {count + 1} is not JSON"
                            ) from None
                        count += 1
                        yield value
                    if len(carry) >= limits.line_bytes or size + len(carry) > resource.bytes:
                        raise BundleRejected("bundle.hash_mismatch", what=bad_bytes)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
            if isinstance(error, BundleRejected):
                raise
            raise BundleRejected("bundle.payload_invalid", detail=resource.path) from None
        if size != resource.bytes or digest.hexdigest() != resource.sha256:
            raise BundleRejected("bundle.hash_mismatch", what=f"{resource.path} sha256")
        if count != resource.count:
            raise BundleRejected("bundle.count_mismatch", table=name)

    def staging_file(self, name: str) -> SealedFile:
        """Where the import's checking pass keeps a table's decoded rows for the writing pass: a
        sealed file (``open("wb")``, then ``open("rb")``) in this payload's working folder, removed
        with it by ``close``."""
        return self.work.sealed(f"staged-{name}")

    def close(self) -> None:
        handle = self.archive.fp
        self.archive.close()  # a zip opened on a file object leaves that file open
        if handle is not None:
            handle.close()
        self.work.close()

    def __enter__(self) -> Payload:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


messages.register(
    {
        "file.disk_full": "U 盘或磁盘已满，没有写成：{path}。请腾出空间或换一个 U 盘后再试；已有的数据没有改动。",
    }
)
