"""The export's read-ahead: chunks come in order, an error in the helper thread reaches the writer,
and a writer that stops early (a full disk) leaves no helper running."""

from __future__ import annotations

import threading

import pytest

from stationdesk.sync.bundle import _read_ahead


def test_chunks_arrive_in_order_and_the_helper_is_gone():
    assert list(_read_ahead(iter(range(1000)), depth=2)) == list(range(1000))
    assert not [t for t in threading.enumerate() if t.name == "bundle-read-ahead"]


def test_an_error_in_the_helper_is_raised_to_the_writer():
    def chunks():
        yield 1
        raise OSError("disk I/O error")

    reader = _read_ahead(chunks())
    assert next(reader) == 1
    with pytest.raises(OSError, match="disk I/O error"):
        next(reader)


def test_a_writer_that_stops_early_stops_the_helper_and_closes_the_source():
    closed = threading.Event()

    def chunks():
        try:
            yield from range(10_000)
        finally:
            closed.set()

    reader = _read_ahead(chunks(), depth=1)
    assert next(reader) == 0
    reader.close()
    assert closed.is_set()
    assert not [t for t in threading.enumerate() if t.name == "bundle-read-ahead"]
