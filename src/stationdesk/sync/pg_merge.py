"""The PostgreSQL hub's writing pass: each table's checked rows are COPYed into a temporary staging
table and merged with one set-based statement, instead of one statement per chunk of rows.

The rules are those of ``merge.apply_payload`` (docs/bundle-format.md, section 7), written once as
SQL expressions over an incoming row and the hub's row (``_Rules``) and used three times: to count
what the bundle brings and find its conflicts (one join of the staging table with the hub table),
and in ``INSERT … SELECT … ON CONFLICT (id) DO UPDATE … WHERE <the incoming version wins>``. Every
check of the row-at-a-time pass is kept, set-based: an id sent twice, a record another station
owns, a reference to nothing. It all happens inside the import's one transaction, so a refusal
leaves the hub as it was; the staging tables are temporary and dropped with the transaction.
Conflicts (few) are then read and kept row by row, exactly as the other pass keeps them. Rows none
of which the hub holds (a station's first bundle) skip the upsert for a plain ``INSERT … SELECT``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    Column,
    Identity,
    MetaData,
    Table,
    and_,
    case,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from stationdesk.errors import BundleRejected
from stationdesk.services.progress import Progress, report
from stationdesk.sync.bundle import Payload
from stationdesk.sync.codec import TableCodec
from stationdesk.sync.hub_models import WRITTEN_BY
from stationdesk.sync.merge import Conflict, MergeResult, Receiver, TableCounts, checked_chunks, known_tables

ORDER = "stage_order"  # the row's place in the bundle, so change_seq follows the bundle as before
_C = "C"  # versions and station codes compare by code point, as Python compares them


def _c(column):
    return column.collate(_C)


@dataclass(frozen=True)
class _Rules:
    """The merge rules for an incoming row (``incoming``: columns of the staging table, or the
    upsert's EXCLUDED) against the hub's row (``here``), for a hub row that exists."""

    incoming: object
    here: object
    compare: list[str]
    sender: str
    acknowledged: int

    @property
    def same_version(self):
        return self.here.version == self.incoming.version

    @property
    def same_values(self):
        parts = [self.incoming[n].is_not_distinct_from(self.here[n]) for n in self.compare]
        return and_(*parts) if parts else true()

    @property
    def changed_here(self):
        """The hub's copy changed (by the city or another writer) since the sender's acknowledgement."""
        return and_(self.here[WRITTEN_BY] != self.sender, self.here.change_seq > self.acknowledged)

    @property
    def newer(self):
        return _c(self.incoming.version) > _c(self.here.version)

    @property
    def plain(self):
        """Changed on one side only (or to the same values): the later version is taken."""
        return and_(not_(self.same_version), or_(self.same_values, not_(self.changed_here)))

    @property
    def conflict(self):
        return and_(not_(self.same_version), not_(self.same_values), self.changed_here)

    @property
    def incoming_wins(self):
        # an edit beats a delete; otherwise the later version (versions differ here, so no tie)
        return case((self.incoming.deleted != self.here.deleted, not_(self.incoming.deleted)), else_=self.newer)

    @property
    def overwrites(self):
        return or_(and_(self.plain, self.newer), and_(self.conflict, self.incoming_wins))

    @property
    def deletes(self):
        return and_(self.incoming.deleted, not_(self.here.deleted))


def _staging_table(table: Table, codec: TableCodec) -> Table:
    columns = [Column(ORDER, BigInteger, Identity(), nullable=False)]  # numbered as COPY reads them
    columns += [Column(name, table.c[name].type) for name in codec.column_names]
    return Table(f"stage_{table.name}", MetaData(), *columns, prefixes=["TEMPORARY"], postgresql_on_commit="DROP")


def _copy_in(connection: Connection, stage: Table, chunks, progress: Progress | None, done: int, total: int) -> int:
    """COPY the checked chunks (tuples in the staging table's column order) into the staging
    table; the server parses the bundle's text values (dates, times, UTC timestamps: a column
    without time zone ignores the trailing Z) while the next rows are checked."""
    import psycopg

    columns = ", ".join(f'"{c.name}"' for c in stage.columns if c.name != ORDER)
    count = 0
    driver = connection.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(f'COPY "{stage.name}" ({columns}) FROM STDIN') as copy:
            write = copy.write_row
            for chunk in chunks:
                for row in chunk:
                    write(row)
                count += len(chunk)
                report(progress, done + count, total)
    except psycopg.errors.DataError as error:  # text PostgreSQL cannot hold (a NUL character, ...)
        raise BundleRejected(
            "bundle.row_invalid", table=stage.name.removeprefix("stage_"), detail=str(error).splitlines()[0][:120]
        ) from None
    return count


def merge_tables(
    connection: Connection,
    payload: Payload,
    receiver: Receiver,
    sender: str,
    acknowledged: int,
    progress: Progress | None = None,
) -> MergeResult:
    """Check and apply a payload on a PostgreSQL hub, table by table, parents first; ``acknowledged``
    is the hub sequence the sender has seen. Each table's rows are checked as they stream into its
    staging table (the checking pass and the COPY overlap: the server parses while we check), and
    merged only once the whole resource was read and its hash, size and count matched. A refusal
    at any point raises, and the caller rolls the one transaction back."""
    names = known_tables(payload, receiver)
    total = sum(payload.resources[name].count for name in names)
    result = MergeResult()
    done = 0
    for name in [n for n in receiver.order() if n in names]:
        table, codec = receiver.table(name), receiver.codec(name)
        counts = result.tables.setdefault(name, TableCounts())
        declared = payload.resources[name].fields_names
        compare = [n for n in codec.data_names if n in declared]
        stage = _staging_table(table, codec)
        stage.create(connection)
        staged = _copy_in(connection, stage, checked_chunks(payload, receiver, name), progress, done, total)
        done += staged
        # the row count and the id's statistics are what the joins with the hub table are planned on;
        # statistics of every column cost ~0.5 s a 100,000 rows (each column's sample is sorted)
        connection.exec_driver_sql(f'ANALYZE "{stage.name}" ("id")')
        rules = _Rules(stage.c, table.c, compare, sender, acknowledged)
        tally = _count(connection, stage, table, rules)
        # rows that are all new go in with a plain INSERT, whose primary key refuses an id sent
        # twice as it writes; otherwise the duplicates are looked for first, as before the counts
        new_only = 0 < staged == tally.imported + tally.deleted_new
        if not new_only:
            _refuse_duplicates(connection, stage, name)
        written, conflicts = _take_counts(connection, stage, table, tally, counts, result, name)
        if conflicts:
            _keep_conflicts(connection, stage, table, codec, rules, receiver, result, name, declared)
        if new_only:
            _insert_new(connection, stage, table, codec, receiver.hub.allocate(connection, written), sender, name)
        elif written:
            first = receiver.hub.allocate(connection, written)
            _upsert(connection, stage, table, codec, rules, first, every=written == staged)
        _check_references(connection, stage, receiver, codec, name)
        stage.drop(connection)
    return result


def _refuse_duplicates(connection: Connection, stage: Table, name: str) -> None:
    twice = connection.execute(
        select(stage.c.id).group_by(stage.c.id).having(func.count() > 1).order_by(_c(stage.c.id)).limit(1)
    ).scalar()
    if twice is not None:
        raise BundleRejected("bundle.row_invalid", table=name, detail=f"id {twice} twice")


def _count(connection: Connection, stage: Table, table: Table, rules: _Rules):
    """One pass of the staging table joined with the hub table: what the bundle brings, by kind."""
    s, here = stage.c, table.c
    new, found = here.id.is_(None), here.id.is_not(None)
    updating = and_(found, rules.plain, rules.newer)
    return connection.execute(
        select(
            func.count().filter(and_(found, here.origin_station != s.origin_station)).label("foreign"),
            func.count().filter(and_(new, not_(s.deleted))).label("imported"),
            func.count().filter(and_(new, s.deleted)).label("deleted_new"),
            func.count().filter(and_(updating, rules.deletes)).label("deleted"),
            func.count().filter(and_(updating, not_(rules.deletes))).label("updated"),
            func.count()
            .filter(and_(found, or_(rules.same_version, and_(rules.plain, not_(rules.newer)))))
            .label("unchanged"),
            func.count().filter(and_(found, rules.conflict)).label("conflicts"),
            func.count().filter(and_(found, rules.conflict, rules.incoming_wins)).label("conflicts_won"),
            func.max(_c(s.version)).label("max_version"),
        ).select_from(stage.outerjoin(table, here.id == s.id))
    ).one()


def _take_counts(
    connection: Connection, stage: Table, table: Table, row, counts: TableCounts, result, name: str
) -> tuple[int, int]:
    """Fill the table's counts and the bundle's highest version from ``_count``'s row; refuse
    records another station owns; return how many rows the upsert will write and how many are
    conflicts."""
    s, here = stage.c, table.c
    if row.foreign:
        origin = connection.execute(
            select(s.origin_station)
            .select_from(stage.join(table, here.id == s.id))
            .where(here.origin_station != s.origin_station)
        ).first()
        raise BundleRejected("bundle.not_owner", table=name, origin=origin.origin_station)
    counts.imported += row.imported
    counts.deleted += row.deleted_new + row.deleted
    counts.updated += row.updated
    counts.unchanged += row.unchanged
    counts.conflicts += row.conflicts
    if row.max_version and row.max_version > result.max_version:
        result.max_version = row.max_version
    return row.imported + row.deleted_new + row.deleted + row.updated + row.conflicts_won, row.conflicts


def _keep_conflicts(
    connection: Connection,
    stage: Table,
    table: Table,
    codec: TableCodec,
    rules: _Rules,
    receiver: Receiver,
    result: MergeResult,
    name: str,
    declared: set,
) -> None:
    """Each conflict with both sides' values in bundle form, as ``merge.apply_payload`` keeps it;
    a kept hub row older than the incoming one gets a fresh version so it wins at the station too."""
    s, here = stage.c, table.c
    sent = [n for n in codec.column_names if n in declared]
    query = (
        select(
            *[s[n].label(f"in_{n}") for n in codec.column_names],
            *[here[n].label(f"here_{n}") for n in codec.column_names],
            here[WRITTEN_BY].label("writer"),
            rules.incoming_wins.label("incoming_wins"),
            rules.newer.label("newer"),
        )
        .select_from(stage.join(table, here.id == s.id))
        .where(rules.conflict)
        .order_by(s[ORDER])
        .execution_options(yield_per=2000)
    )
    restamp: list[tuple[str, str]] = []
    for found in connection.execute(query).mappings():
        theirs_all = codec.encode({n: found[f"in_{n}"] for n in codec.column_names})
        theirs = {n: theirs_all[n] for n in sent}
        mine = codec.encode({n: found[f"here_{n}"] for n in codec.column_names})
        row_id, version, writer = found["in_id"], found["in_version"], found["writer"]
        kind = "edit_vs_delete" if found["in_deleted"] != found["here_deleted"] else "both_edited"
        if found["incoming_wins"]:
            conflict = Conflict(name, row_id, kind, rules.sender, version, theirs, writer, mine["version"], mine)
        else:
            conflict = Conflict(name, row_id, kind, writer, mine["version"], mine, rules.sender, version, theirs)
            if found["newer"]:
                restamp.append((row_id, version))
        result.conflicts.append(conflict)
    for row_id, above in restamp:
        receiver.restamp(connection, table, row_id, above)


def _every_row(stage: Table, names: list[str], first: int, sender: str):
    """Every staged row as the hub stores it, numbered from ``first`` by its place in the bundle."""
    s = stage.c
    return select(
        *[s[n] for n in names],
        (literal(first - 1, BigInteger) + s[ORDER]).label("change_seq"),
        literal(sender).label(WRITTEN_BY),
    )


def _insert_new(
    connection: Connection, stage: Table, table: Table, codec: TableCodec, first: int, sender: str, name: str
) -> None:
    """Rows none of which the hub holds (a station's first bundle): a plain INSERT, numbered from
    ``first`` by their place in the bundle. It skips the upsert's probe of the primary key before
    each row (a quarter of the upsert's time); an id sent twice then breaks the primary key, and the
    savepoint lets the duplicate be named as ``_refuse_duplicates`` names it."""
    names = codec.column_names
    chosen = _every_row(stage, names, first, sender)
    try:
        with connection.begin_nested():
            connection.execute(table.insert().from_select([*names, "change_seq", WRITTEN_BY], chosen))
    except IntegrityError:
        _refuse_duplicates(connection, stage, name)
        raise  # not a duplicate of the bundle's: imports are serialised, so only a writer outside the program


def _upsert(
    connection: Connection, stage: Table, table: Table, codec: TableCodec, rules: _Rules, first: int, every: bool
) -> None:
    """Every row that is new or whose incoming version wins, in one statement, numbered from
    ``first`` in bundle order. ``every``: the counts found that each staged row is written (new rows
    and winners only), so the rows are taken as they are, numbered by their place in the bundle,
    with no join and no sort."""
    s, here = stage.c, table.c
    names = codec.column_names
    if every:
        chosen = _every_row(stage, names, first, rules.sender)
    else:
        chosen = (
            select(
                *[s[n] for n in names],
                (literal(first - 1, BigInteger) + func.row_number().over(order_by=s[ORDER])).label("change_seq"),
                literal(rules.sender).label(WRITTEN_BY),
            )
            .select_from(stage.outerjoin(table, here.id == s.id))
            .where(or_(here.id.is_(None), rules.overwrites))
        )
    statement = pg_insert(table).from_select([*names, "change_seq", WRITTEN_BY], chosen)
    incoming = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c.name: incoming[c.name] for c in table.columns if c.name != "id"},
        where=_Rules(incoming, here, rules.compare, rules.sender, rules.acknowledged).overwrites,
    )
    connection.execute(statement)


def _check_references(connection: Connection, stage: Table, receiver: Receiver, codec: TableCodec, name: str) -> None:
    """After the table is written (parents were written before it), every reference the bundle
    sent must name a record the hub holds, itself included."""
    for column, target_name in codec.references:
        target = receiver.table(target_name)
        if target is None:
            raise BundleRejected("bundle.schema", table=name, detail=f"{column} -> {target_name}")
        value = stage.c[column]
        missing = connection.execute(
            select(func.min(_c(value))).where(value.is_not(None), ~exists().where(target.c.id == value))
        ).scalar()
        if missing is not None:
            raise BundleRejected("bundle.dangling_reference", table=name, column=column, value=missing)
