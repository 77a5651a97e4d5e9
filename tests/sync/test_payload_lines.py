"""The payload's line reader (blocks split into lines) checks every line as the one-readline-per-row
reader did: bytes so far, line length, final newline, JSON, then hash and count at the end."""

from __future__ import annotations

import hashlib
import io
import zipfile
from types import SimpleNamespace

import pytest

from stationdesk.errors import BundleRejected
from stationdesk.sync import bundle
from stationdesk.sync.bundle import Limits, Payload, PayloadResource


def _lines(data: bytes, *, declared: int | None = None, count: int | None = None, line_bytes: int = 64):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/t.jsonl", data)
    resource = PayloadResource(
        "t",
        "data/t.jsonl",
        len(data) if declared is None else declared,
        hashlib.sha256(data).hexdigest(),
        data.count(b"\n") if count is None else count,
        [],
    )
    fake = SimpleNamespace(resources={"t": resource}, archive=zipfile.ZipFile(io.BytesIO(buffer.getvalue())))
    return list(Payload.lines(fake, "t", Limits(line_bytes=line_bytes)))


@pytest.fixture(params=[3, 1 << 20], ids=["tiny-blocks", "big-blocks"])
def block(request, monkeypatch):
    monkeypatch.setattr(bundle, "_READ_BLOCK", request.param)


def test_rows_come_back_in_order_across_blocks(block):
    data = b"".join(b'{"n":%d,"s":"\xe5\x80\xbc%d"}\n' % (i, i) for i in range(50))
    assert _lines(data) == [{"n": i, "s": f"值{i}"} for i in range(50)]
    assert _lines(b"") == []


def test_a_line_of_exactly_the_limit_passes_one_byte_more_is_refused(block):
    line = b'{"s":"' + b"x" * (64 - 9) + b'"}\n'
    assert len(line) == 64 and _lines(line + line) == [{"s": "x" * 55}] * 2
    longer = b'{"s":"' + b"x" * (64 - 8) + b'"}\n'
    with pytest.raises(BundleRejected) as refused:
        _lines(line + longer)
    assert refused.value.code == "bundle.hash_mismatch"


@pytest.mark.parametrize(
    "data, declared, code",
    [
        (b'{"n":1}\n{"n":2}', None, "bundle.hash_mismatch"),  # no final newline
        (b'{"n":1}\n{"n":2}\n', 10, "bundle.hash_mismatch"),  # more bytes than declared
        (b'{"n":1}\n{"n":2}\n', 20, "bundle.hash_mismatch"),  # fewer bytes than declared
        (b'{"n":1}\n{"n":\n', None, "bundle.row_invalid"),  # not JSON
        (b'{"n":1}\n\n', None, "bundle.row_invalid"),  # an empty line
    ],
)
def test_bad_lines_are_refused(block, data, declared, code):
    with pytest.raises(BundleRejected) as refused:
        _lines(data, declared=declared)
    assert refused.value.code == code


def test_count_that_does_not_match_is_refused(block):
    with pytest.raises(BundleRejected) as refused:
        _lines(b'{"n":1}\n', count=2)
    assert refused.value.code == "bundle.count_mismatch"
