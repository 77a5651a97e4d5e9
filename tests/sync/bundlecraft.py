"""Test helper: take a real bundle apart and put it back together with changes, sealed and signed
with whatever keys a test wants, so every kind of bad bundle can be made on purpose."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from stationdesk.sync import crypto
from stationdesk.sync.bundle import header_bytes, open_bundle


def take_apart(path: Path, keys: crypto.KeyPairs) -> tuple[dict, dict[str, bytes]]:
    raw = open_bundle(path)
    with raw.decrypt(keys, Path(path).parent / "work") as payload:
        files = {info.filename: payload.archive.read(info) for info in payload.archive.infolist()}
    return json.loads(raw.header_bytes), files


def rows(files: dict[str, bytes], table: str) -> list[dict]:
    return [json.loads(line) for line in files[f"data/{table}.jsonl"].decode().splitlines()]


def set_rows(files: dict[str, bytes], header: dict, table: str, new_rows: list[dict], fix_hashes: bool = True) -> None:
    """Replace a resource's rows and (unless told not to) make its bytes, hash and counts agree."""
    data = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in new_rows).encode()
    files[f"data/{table}.jsonl"] = data
    if fix_hashes:
        package = json.loads(files["datapackage.json"])
        for resource in package["resources"]:
            if resource["name"] == table:
                resource.update(
                    bytes=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    count=len(new_rows),
                    hash=f"sha256:{hashlib.sha256(data).hexdigest()}",
                )
        files["datapackage.json"] = json.dumps(package).encode()
        header["counts"][table] = len(new_rows)


def fix_resource(files: dict[str, bytes], table: str) -> None:
    data = files[f"data/{table}.jsonl"]
    package = json.loads(files["datapackage.json"])
    for resource in package["resources"]:
        if resource["name"] == table:
            resource.update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    files["datapackage.json"] = json.dumps(package).encode()


def inner_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def put_together(
    target: Path,
    header: dict,
    files: dict[str, bytes] | None,
    signer: crypto.KeyPairs,
    recipient: bytes,
    *,
    inner: bytes | None = None,
    fix_payload: bool = True,
    mutate_cipher=None,
    sign_as: crypto.KeyPairs | None = None,
    outer_extra: dict[str, bytes] | None = None,
    raw_header: bytes | None = None,
) -> Path:
    plain = inner if inner is not None else inner_zip(files)
    sealing, key = crypto.new_sealing(recipient)
    header = dict(header)
    if fix_payload:
        header["payload"] = {
            **header["payload"],
            "sha256": hashlib.sha256(plain).hexdigest(),
            "size": len(plain),
            "encrypted_size": len(plain) + crypto.TAG_SIZE,
        }
    header["encryption"] = sealing.header()
    header["signer"] = {"algorithm": "Ed25519", "key_id": (sign_as or signer).public.signing_id}
    head = raw_header if raw_header is not None else header_bytes(header)
    cipher = b"".join(crypto.encrypt_stream(key, sealing.nonce, head, io.BytesIO(plain)))
    if mutate_cipher is not None:
        cipher = mutate_cipher(cipher)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("header.json", head)
        archive.writestr("header.sig", crypto.sign(signer, head))
        archive.writestr("payload.bin", cipher)
        for name, data in (outer_extra or {}).items():
            archive.writestr(name, data)
    return target
