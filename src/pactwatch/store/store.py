"""The store: the evidence graph every later stage reads, and the only state stages share."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import SQLAlchemyError

from pactwatch.model import (
    Actor,
    Agreement,
    AnalyzedDocument,
    CommitmentVerdict,
    Document,
    StoredClaim,
    StoreError,
)
from pactwatch.resolve.snapshots import Membership, SnapshotDiff
from pactwatch.store import actors as actor_rows
from pactwatch.store import agreements as agreement_rows
from pactwatch.store import analysis
from pactwatch.store import watchlists as list_rows
from pactwatch.store.engine import open_engine, writing
from pactwatch.store.migrate import upgrade
from pactwatch.store.schema import (
    actors,
    agreements,
    claims,
    documents,
    list_snapshots,
    sentences,
    verdicts,
)
from pactwatch.store.urls import ENV_VAR, database_url, default_url, masked

if TYPE_CHECKING:  # only a type here: reading list files is the resolve stage's work
    from pactwatch.resolve.watchlists import WatchlistImport


class Store:
    """Documents, analyses, actors, agreements and verdicts in SQLite or PostgreSQL.

    ``url`` is a file path (SQLite, folders created), ``sqlite:///PATH`` or
    ``postgresql://USER:PASSWORD@HOST:PORT/DB``; ``None`` means ``default_url()``. Opening
    applies any pending schema migration. Every write is one transaction. ``url`` (the
    attribute) is the location as safe to print, password masked.
    """

    def __init__(self, url: str | None = None) -> None:
        self._url = database_url(url or default_url())
        self.url = masked(self._url)
        self._engine = open_engine(self._url)
        try:
            upgrade(self._engine)
        except SQLAlchemyError as exc:
            self._engine.dispose()
            raise StoreError(
                f"cannot open the store at {self.url}: {_cause(exc)} "
                f"(check the location, or choose another with {ENV_VAR} or a --db option)"
            ) from None
        except StoreError as exc:
            self._engine.dispose()
            raise StoreError(f"cannot open the store at {self.url}: {exc}") from None

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._engine.dispose()

    # documents and analyses

    def add_document(self, doc: Document) -> bool:
        """Store ``doc``; False when a document with its content id is stored already."""
        with self._write("add a document") as connection:
            return analysis.add_document(connection, doc, _now())

    def documents(self) -> list[Document]:
        with self._read("read documents") as connection:
            query = select(documents).order_by(documents.c.name, documents.c.id)
            return [analysis.document_from(row) for row in connection.execute(query).mappings()]

    def pending(self, analyzer: str | None = None) -> list[Document]:
        """Documents still to analyze: never analyzed, or (given ``analyzer``, the versioned
        name of the current pipeline) analyzed by another version."""
        stale = documents.c.analyzer.is_(None)
        if analyzer is not None:
            stale = stale | (documents.c.analyzer != analyzer)
        with self._read("list pending documents") as connection:
            query = select(documents).where(stale).order_by(documents.c.name, documents.c.id)
            return [analysis.document_from(row) for row in connection.execute(query).mappings()]

    def save_analysis(self, analyzed: AnalyzedDocument) -> None:
        """Store the document if needed and replace its sentences, mentions and claims, in one
        transaction: saving the same analysis twice leaves the same rows."""
        with self._write(f"save the analysis of {analyzed.document.name!r}") as connection:
            analysis.write_analysis(connection, analyzed, _now())

    def claims(self) -> Iterator[StoredClaim]:
        """Every stored claim, with its document and sentence, in document order (streamed)."""
        with self._read("read claims") as connection:
            yield from analysis.read_claims(connection)

    # actors

    def save_actors(self, given: Iterable[Actor]) -> int:
        """Upsert actors by id with their aliases (weak ones flagged), watchlist entries,
        affiliations, birth dates and places, and nationalities."""
        with self._write("save actors") as connection:
            return actor_rows.write_actors(connection, given)

    def actors(self) -> list[Actor]:
        with self._read("read actors") as connection:
            return actor_rows.read_actors(connection)

    # sanctions lists

    def save_watchlist(self, imported: WatchlistImport) -> list_rows.WatchlistSaved:
        """Record a list file as a snapshot of its list and store its entries and list
        documents (TIES claims sourced to the list), in one transaction. Importing the same
        file again changes nothing; an older file imported after a newer one adds its history
        (and the entries only it holds) without replacing newer readings. Entries are stored as
        read (``un:<ref>``); merging them into the registry is ``resolve.merge_actors``."""
        action = f"save list {imported.list_name} of {imported.snapshot_date}"
        with self._write(action) as connection:
            return list_rows.save_watchlist(connection, imported, _now())

    def record_snapshot(
        self,
        list_name: str,
        snapshot_date: str,
        refs: Iterable[str],
        *,
        source: str | None = None,
    ) -> SnapshotDiff:
        """Record that ``refs`` were on ``list_name`` on ``snapshot_date`` (ISO); membership by
        date is derived again from every snapshot of the list (``resolve/snapshots.py``)."""
        action = f"record a snapshot of {list_name} of {snapshot_date}"
        with self._write(action) as connection:
            return list_rows.record_snapshot(
                connection, list_name, snapshot_date, refs, source=source, now=_now()
            )

    def snapshots(self, list_name: str) -> dict[str, int]:
        """The recorded snapshots of ``list_name``: date -> number of entries, oldest first."""
        query = (
            select(list_snapshots.c.snapshot_date, list_snapshots.c.entries)
            .where(list_snapshots.c.list == list_name)
            .order_by(list_snapshots.c.snapshot_date)
        )
        with self._read(f"read snapshots of {list_name}") as connection:
            return {day: entries for day, entries in connection.execute(query)}

    def membership(self, list_name: str, ref: str) -> Membership | None:
        """Where ``ref`` appears in the snapshots of ``list_name``; None if in none."""
        with self._read(f"read membership of {list_name} {ref}") as connection:
            return list_rows.read_membership(connection, list_name, ref)

    # agreements and verdicts

    def save_agreement(self, agreement: Agreement) -> None:
        """Upsert the agreement and its commitments by id; verdicts on commitments it no
        longer has are removed."""
        with self._write(f"save agreement {agreement.id!r}") as connection:
            agreement_rows.write_agreement(connection, agreement, _now())

    def save_verdicts(self, agreement_id: str, given: Sequence[CommitmentVerdict]) -> None:
        """Replace the agreement's verdicts and their evidence; the agreement must be saved."""
        with self._write(f"save verdicts on {agreement_id!r}") as connection:
            agreement_rows.write_verdicts(connection, agreement_id, given, _now())

    def verdicts(self, agreement_id: str) -> list[dict[str, Any]]:
        """The agreement's verdicts as stored, JSON-ready (see ``agreements.read_verdicts``)."""
        with self._read(f"read verdicts on {agreement_id!r}") as connection:
            return agreement_rows.read_verdicts(connection, agreement_id)

    def stats(self) -> dict[str, int]:
        """Row counts of what the store holds."""
        counts = {
            "documents": select(func.count()).select_from(documents),
            "analyzed": select(func.count())
            .select_from(documents)
            .where(documents.c.analyzer.is_not(None)),
            "sentences": select(func.count()).select_from(sentences),
            "claims": select(func.count()).select_from(claims),
            "actors": select(func.count()).select_from(actors),
            "list_snapshots": select(func.count()).select_from(list_snapshots),
            "agreements": select(func.count()).select_from(agreements),
            "verdicts": select(func.count()).select_from(verdicts),
        }
        with self._read("count rows") as connection:
            return {name: connection.scalar(query) or 0 for name, query in counts.items()}

    # transactions

    @contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        try:
            with writing(self._engine) as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: could not {action}: {_cause(exc)}") from None

    @contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        try:
            with self._engine.connect() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: could not {action}: {_cause(exc)}") from None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _cause(exc: SQLAlchemyError) -> str:
    """The database's own words, on one line, without SQLAlchemy's statement dump."""
    original = getattr(exc, "orig", None) or exc
    return re.sub(r"\s+", " ", str(original)).strip()
