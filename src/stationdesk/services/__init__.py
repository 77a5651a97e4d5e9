"""Use cases: one function per thing a station worker does. Plain values in, plain values out.

Each takes a ``Session`` first; the caller owns the transaction (``with db.transaction() as s``).
"""
