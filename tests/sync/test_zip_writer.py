"""The bundle's inner zip is written by our ISA-L zip writer: a standard zip with deflated members,
read unchanged by Python's zipfile, by the payload reader and by Info-ZIP's unzip where installed."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
import zlib

import pytest

from stationdesk.sync.zip_writer import DeflatedZipWriter

ROWS = b"".join(
    b'{"id":"%06d","name":"\xe5\xbc\xa0\xe4\xb8\x89%d","phone":"1380000%04d"}\n' % (i, i, i) for i in range(20000)
)


def _written(members: dict[str, list[bytes]], level: int = 1) -> bytes:
    buffer = io.BytesIO()
    with DeflatedZipWriter(buffer, level=level) as archive:
        for name, chunks in members.items():
            with archive.member(name) as out:
                for chunk in chunks:
                    out.write(chunk)
    return buffer.getvalue()


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[start : start + size] for start in range(0, len(data), size)]


@pytest.mark.parametrize("level", [0, 1, 3])
def test_python_zipfile_reads_every_member_back_deflated_and_checks_its_crc(level):
    noise = os.urandom(70000)  # does not deflate: stored blocks inside the deflate stream
    members = {
        "data/person.jsonl": _chunks(ROWS, 65536),
        "data/empty.jsonl": [],
        "data/noise.bin": [*_chunks(noise, 4096), b""],
        "datapackage.json": [b'{"resources": []}'],
    }
    with zipfile.ZipFile(io.BytesIO(_written(members, level))) as archive:
        assert archive.testzip() is None  # every CRC and size checked
        infos = archive.infolist()
        assert [info.filename for info in infos] == list(members)
        assert {info.compress_type for info in infos} == {zipfile.ZIP_DEFLATED}
        for info in infos:
            assert archive.read(info) == b"".join(members[info.filename])
            assert info.file_size == len(archive.read(info))
        person = archive.getinfo("data/person.jsonl")
        assert person.compress_size < len(ROWS) / 5  # really compressed, and the size is the stream's


def test_a_name_outside_ascii_is_flagged_utf8_and_read_back_as_written():
    with zipfile.ZipFile(io.BytesIO(_written({"data/人员.jsonl": [b"x\n"]}))) as archive:
        (info,) = archive.infolist()
        assert info.filename == "data/人员.jsonl" and info.flag_bits & 0x800
        assert archive.read(info) == b"x\n"


def test_a_member_name_given_twice_is_refused():
    with DeflatedZipWriter(io.BytesIO()) as archive:
        archive.writestr("a", b"1")
        with pytest.raises(ValueError, match="duplicate"):
            archive.writestr("a", b"2")


def test_a_corrupted_byte_in_a_member_is_found_by_the_reader():
    data = bytearray(_written({"data/person.jsonl": [ROWS]}))
    data[len(data) // 3] ^= 0xFF  # inside the deflate stream
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive, pytest.raises((zipfile.BadZipFile, zlib.error)):
        archive.read("data/person.jsonl")


@pytest.mark.skipif(shutil.which("unzip") is None, reason="Info-ZIP unzip not installed")
def test_info_zip_unzip_tests_it_clean(tmp_path):
    path = tmp_path / "inner.zip"
    path.write_bytes(_written({"data/person.jsonl": _chunks(ROWS, 10000), "datapackage.json": [b"{}"]}))
    checked = subprocess.run(["unzip", "-t", str(path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No errors detected" in checked.stdout
