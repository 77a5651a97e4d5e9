"""Key pairs, fingerprints, signatures and the payload encryption of a bundle.

Everything comes from the ``cryptography`` package:
- Ed25519 signs the exact bytes of ``header.json``;
- the payload is encrypted to the recipient's X25519 key with a fresh ephemeral key per bundle:
  key = HKDF-SHA256(X25519(ephemeral, recipient), salt = ephemeral_pub || recipient_pub,
  info = b"stationdesk-bundle-v1"), then AES-256-GCM with a random 12-byte nonce and the header
  bytes as associated data; the 16-byte tag follows the ciphertext.
Private keys are files of 32 raw bytes with mode 0600 in a 0700 folder; they never travel.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from stationdesk.errors import BundleRejected, StationDeskError

ENCRYPTION_ALGORITHM = "X25519-HKDF-SHA256-AES-256-GCM"
HKDF_INFO = b"stationdesk-bundle-v1"
TAG_SIZE = 16
NONCE_SIZE = 12
CHUNK = 1 << 20

SIGNING_FILE = "signing.key"
ENCRYPTION_FILE = "encryption.key"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int | None = None) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError, AttributeError):
        raise BundleRejected("bundle.header_invalid", reason="base64") from None
    if size is not None and len(data) != size:
        raise BundleRejected("bundle.header_invalid", reason="key size")
    return data


def key_id(public_raw: bytes) -> str:
    """A public key's id: the first 16 bytes of its SHA-256, as 32 lower-case hex digits."""
    return hashlib.sha256(public_raw).hexdigest()[:32]


def fingerprint(public_raw: bytes) -> str:
    """For reading over the phone: the first 10 bytes of SHA-256 as five groups of five decimal digits."""
    digest = hashlib.sha256(public_raw).digest()
    groups = [int.from_bytes(digest[i : i + 2], "big") for i in range(0, 10, 2)]
    return " ".join(f"{g:05d}" for g in groups)


@dataclass(frozen=True)
class PublicKeys:
    signing: bytes  # Ed25519, 32 raw bytes
    encryption: bytes  # X25519, 32 raw bytes

    @property
    def signing_id(self) -> str:
        return key_id(self.signing)

    @property
    def encryption_id(self) -> str:
        return key_id(self.encryption)

    def fingerprints(self) -> dict[str, str]:
        return {"signing": fingerprint(self.signing), "encryption": fingerprint(self.encryption)}


def _raw_public(key) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class KeyPairs:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(_raw_public(self.signing.public_key()), _raw_public(self.encryption.public_key()))

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def save(self, folder: Path) -> None:
        """Write both private keys (0600) into ``folder`` (0700); never overwrites existing keys."""
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        for name, key in ((SIGNING_FILE, self.signing), (ENCRYPTION_FILE, self.encryption)):
            raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
            path = folder / name
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())

    @classmethod
    def exists(cls, folder: Path) -> bool:
        return (folder / SIGNING_FILE).exists() or (folder / ENCRYPTION_FILE).exists()

    @classmethod
    def load(cls, folder: Path) -> KeyPairs:
        try:
            signing = (folder / SIGNING_FILE).read_bytes()
            encryption = (folder / ENCRYPTION_FILE).read_bytes()
        except OSError:
            raise StationDeskError("sync.keys_missing", folder=str(folder)) from None
        if len(signing) != 32 or len(encryption) != 32:
            raise StationDeskError("sync.keys_damaged", folder=str(folder))
        return cls(Ed25519PrivateKey.from_private_bytes(signing), X25519PrivateKey.from_private_bytes(encryption))


def sign(keys: KeyPairs, data: bytes) -> bytes:
    return keys.signing.sign(data)


def verify(public_signing: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_signing).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def enrolment_proof(token: str, keys: PublicKeys) -> str:
    """HMAC-SHA256 of the station's two public keys under the one-time token, hex. The token itself
    never goes onto the stick."""
    return hmac.new(token.encode("utf-8"), keys.signing + keys.encryption, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Sealing:
    """What the header says about the encryption of one payload."""

    ephemeral_public: bytes
    recipient_public: bytes
    nonce: bytes

    def header(self) -> dict:
        return {
            "algorithm": ENCRYPTION_ALGORITHM,
            "recipient_key_id": key_id(self.recipient_public),
            "ephemeral_public_key": b64(self.ephemeral_public),
            "nonce": b64(self.nonce),
            "hkdf_info": HKDF_INFO.decode("ascii"),
            "tag_bytes": TAG_SIZE,
        }


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=ephemeral_public + recipient_public, info=HKDF_INFO).derive(shared)


def new_sealing(recipient_public: bytes) -> tuple[Sealing, bytes]:
    """A fresh ephemeral key and nonce for one bundle; returns the header part and the AES key."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    return Sealing(ephemeral_public, recipient_public, os.urandom(NONCE_SIZE)), _derive(
        shared, ephemeral_public, recipient_public
    )


def encrypt_stream(key: bytes, nonce: bytes, associated: bytes, source: BinaryIO) -> Iterator[bytes]:
    """Ciphertext chunks of ``source`` followed by the 16-byte tag."""
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(associated)
    while chunk := source.read(CHUNK):
        yield encryptor.update(chunk)
    yield encryptor.finalize() + encryptor.tag


def open_key(keys: KeyPairs, encryption_header: dict) -> bytes:
    """The AES key of a payload encrypted to us (BundleRejected when it is for someone else)."""
    if encryption_header.get("algorithm") != ENCRYPTION_ALGORITHM:
        raise BundleRejected("bundle.header_invalid", reason="encryption algorithm")
    own_public = keys.public.encryption
    if encryption_header.get("recipient_key_id") != key_id(own_public):
        raise BundleRejected("bundle.not_for_us")
    ephemeral_public = unb64(encryption_header.get("ephemeral_public_key", ""), 32)
    try:
        shared = keys.encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        raise BundleRejected("bundle.header_invalid", reason="ephemeral key") from None
    return _derive(shared, ephemeral_public, own_public)


def decrypt_stream(key: bytes, nonce: bytes, associated: bytes, source: BinaryIO, size: int, sink: BinaryIO) -> None:
    """Decrypt ``size`` bytes (ciphertext + tag) from ``source`` into ``sink``; the plaintext may only
    be used once this returns (the tag is checked at the end)."""
    if size < TAG_SIZE:
        raise BundleRejected("bundle.payload_tampered")
    body = size - TAG_SIZE
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).decryptor()
    decryptor.authenticate_additional_data(associated)
    remaining = body
    while remaining > 0:
        chunk = source.read(min(CHUNK, remaining))
        if not chunk:
            raise BundleRejected("bundle.payload_tampered")
        remaining -= len(chunk)
        sink.write(decryptor.update(chunk))
    tag = source.read(TAG_SIZE)
    if len(tag) != TAG_SIZE or source.read(1):
        raise BundleRejected("bundle.payload_tampered")
    try:
        sink.write(decryptor.finalize_with_tag(tag))
    except InvalidTag:
        raise BundleRejected("bundle.payload_tampered") from None
