"""A zip archive written front to back with every member deflated by ISA-L (``isal``).

The bundle's inner zip is the export's largest CPU cost after SQLite itself: ``zipfile`` can only
deflate with ``zlib``, ISA-L's deflate is about five times cheaper at level 1 and its output
smaller. The archive is a standard PKZIP file (APPNOTE 6.3): each member a local header, its
deflate stream and a Zip64 data descriptor (sizes are known only at the end and the sink need not
seek), then the central directory with Zip64 fields and the Zip64 end records, as ``zipfile`` writes
with ``force_zip64=True`` to a stream. Any zip reader, ``zipfile`` included, reads it unchanged.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from isal import isal_zlib

_LOCAL = struct.Struct("<4sHHHHHLLLHH")
_DESCRIPTOR = struct.Struct("<4sLQQ")
_CENTRAL = struct.Struct("<4sHHHHHHLLLHHHHHLL")
_ZIP64_END = struct.Struct("<4sQHHLLQQQQ")
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_END = struct.Struct("<4sHHHHLLH")
_ZIP64_EXTRA = struct.Struct("<HHQQQ")  # central directory: sizes and the local header's offset
_ZIP64_LOCAL_EXTRA = struct.Struct("<HHQQ")  # local header: sizes, zero until the descriptor

_VERSION = 45  # Zip64
_MADE_BY = (3 << 8) | _VERSION  # Unix, so the permission bits below mean what they say
_PERMISSIONS = 0o600 << 16  # as zipfile gives a member written from bytes
_DATA_DESCRIPTOR = 0x08
_UTF8_NAME = 0x800
_DEFLATED = 8
_UNKNOWN32 = 0xFFFFFFFF


@dataclass(frozen=True)
class _Member:
    name: bytes
    flags: int
    dos_time: int
    dos_date: int
    crc: int
    compressed: int
    size: int
    offset: int


def _dos_stamp(moment: float) -> tuple[int, int]:
    year, month, day, hour, minute, second = time.localtime(moment)[:6]
    return (hour << 11) | (minute << 5) | (second // 2), ((max(year, 1980) - 1980) << 9) | (month << 5) | day


class MemberWriter:
    """One member being written: ``write`` its bytes; the archive finishes it."""

    def __init__(self, sink: BinaryIO, level: int) -> None:
        self._sink = sink
        self._compressor = isal_zlib.compressobj(level, isal_zlib.DEFLATED, -isal_zlib.MAX_WBITS)
        self.crc = 0
        self.size = 0
        self.compressed = 0

    def write(self, data: bytes) -> None:
        self.crc = isal_zlib.crc32(data, self.crc)
        self.size += len(data)
        self._emit(self._compressor.compress(data))

    def finish(self) -> None:
        self._emit(self._compressor.flush())

    def _emit(self, deflated: bytes) -> None:
        if deflated:
            self._sink.write(deflated)
            self.compressed += len(deflated)


class DeflatedZipWriter:
    """Writes a zip to ``sink`` (a binary file object, written only forwards): ``member(name)``
    gives a writer for one member; ``close`` writes the central directory. ``level`` is ISA-L's
    (0–3)."""

    def __init__(self, sink: BinaryIO, level: int = 1) -> None:
        self._sink = sink
        self._level = level
        self._offset = 0
        self._members: list[_Member] = []
        self._names: set[bytes] = set()

    def _write(self, data: bytes) -> None:
        self._sink.write(data)
        self._offset += len(data)

    @contextmanager
    def member(self, name: str) -> Iterator[MemberWriter]:
        encoded = name.encode("utf-8")
        if encoded in self._names:
            raise ValueError(f"duplicate zip member {name!r}")
        flags = _DATA_DESCRIPTOR | (0 if name.isascii() else _UTF8_NAME)
        dos_time, dos_date = _dos_stamp(time.time())
        start = self._offset
        extra = _ZIP64_LOCAL_EXTRA.pack(1, 16, 0, 0)
        self._write(
            _LOCAL.pack(
                b"PK\x03\x04",
                _VERSION,
                flags,
                _DEFLATED,
                dos_time,
                dos_date,
                0,
                _UNKNOWN32,
                _UNKNOWN32,
                len(encoded),
                len(extra),
            )
            + encoded
            + extra
        )
        writer = MemberWriter(self._sink, self._level)
        yield writer
        writer.finish()
        self._offset += writer.compressed
        self._write(_DESCRIPTOR.pack(b"PK\x07\x08", writer.crc, writer.compressed, writer.size))
        self._names.add(encoded)
        self._members.append(
            _Member(encoded, flags, dos_time, dos_date, writer.crc, writer.compressed, writer.size, start)
        )

    def writestr(self, name: str, data: bytes) -> None:
        with self.member(name) as out:
            out.write(data)

    def close(self) -> None:
        directory_start = self._offset
        for member in self._members:
            extra = _ZIP64_EXTRA.pack(1, 24, member.size, member.compressed, member.offset)
            self._write(
                _CENTRAL.pack(
                    b"PK\x01\x02",
                    _MADE_BY,
                    _VERSION,
                    member.flags,
                    _DEFLATED,
                    member.dos_time,
                    member.dos_date,
                    member.crc,
                    _UNKNOWN32,
                    _UNKNOWN32,
                    len(member.name),
                    len(extra),
                    0,
                    0,
                    0,
                    _PERMISSIONS,
                    _UNKNOWN32,
                )
                + member.name
                + extra
            )
        directory_size = self._offset - directory_start
        zip64_end = self._offset
        count = len(self._members)
        self._write(
            _ZIP64_END.pack(
                b"PK\x06\x06",
                _ZIP64_END.size - 12,
                _MADE_BY,
                _VERSION,
                0,
                0,
                count,
                count,
                directory_size,
                directory_start,
            )
        )
        self._write(_ZIP64_LOCATOR.pack(b"PK\x06\x07", 0, zip64_end, 1))
        self._write(
            _END.pack(
                b"PK\x05\x06",
                0,
                0,
                min(count, 0xFFFF),
                min(count, 0xFFFF),
                min(directory_size, _UNKNOWN32),
                min(directory_start, _UNKNOWN32),
                0,
            )
        )

    def __enter__(self) -> DeflatedZipWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
