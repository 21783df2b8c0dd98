"""The jobs the CLI runs, composed from the stages' front doors.

Kept apart from ``cli.py`` so that Typer commands stay thin and tests can drive the same jobs
without a terminal. Data flows forward only: ingest → analyze → resolve → store → assess.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TextIO

from spacy.language import Language

from pactwatch.analyze import ANALYZER, analyze, load_pipeline
from pactwatch.assess import assess, load_weights
from pactwatch.ingest import ingest
from pactwatch.model import (
    Actor,
    Agreement,
    AnalyzedDocument,
    CommitmentVerdict,
    Document,
    IngestError,
)
from pactwatch.resolve import (
    Resolver,
    import_watchlist_file,
    load_places,
    load_registry,
    merge_actors,
    resolve,
)
from pactwatch.store import Store, WatchlistSaved

ErrorSink = Callable[[str], None]
Progress = Callable[[int], None]


@dataclass
class Toolkit:
    """What a job needs, loaded lazily and once: the registry, the resolver, the spaCy pipeline.

    The resolver reads the store's actors (imported watchlists merged into the registry) so that
    a ``watchlist import`` is seen by every later command on the same database.
    """

    store: Store | None = None
    processes: int = 1
    opinion: str | None = None  # opinion backend: fast (default) or minilm

    @cached_property
    def registry(self) -> list[Actor]:
        return load_registry()

    @cached_property
    def actors(self) -> list[Actor]:
        """The registry merged with every watchlist entry imported into the store.

        Imported entries are stored as read (``un:QDe.004``); merging happens here, each time,
        so that a newer registry file and an older import still combine into one actor.
        """
        if self.store is None:
            return self.registry
        known = {actor.id for actor in self.registry}
        imported = [actor for actor in self.store.actors() if actor.id not in known]
        return merge_actors(self.registry, imported)

    @cached_property
    def resolver(self) -> Resolver:
        return Resolver(self.actors)

    @cached_property
    def nlp(self) -> Language:
        return registry_pipeline(self.resolver, opinion=self.opinion)

    def register_actors(self, store: Store) -> None:
        """Store the registry's actors as merged with the imported lists (refs included)."""
        known = {actor.id for actor in self.registry}
        store.save_actors(actor for actor in self.actors if actor.id in known)

    def understand(self, documents: Iterable[Document]) -> Iterator[AnalyzedDocument]:
        """Analyze then resolve, streaming: one document in memory per batch."""
        analyzed = analyze(documents, nlp=self.nlp, n_process=self.processes)
        return resolve(analyzed, resolver=self.resolver)


def registry_pipeline(resolver: Resolver, *, opinion: str | None = None) -> Language:
    """The analyze pipeline told what the registry knows (actor names, which of them are
    places, people or states), built in one place so local and distributed runs read alike."""
    return load_pipeline(gazetteer=resolver.names(), places=load_places(),
                         people=resolver.people(), states=resolver.states(),
                         opinion_backend=opinion)


def read_sources(
    sources: Sequence[str], *, on_error: ErrorSink, stdin: TextIO | None = None
) -> Iterator[Document]:
    """Documents from files, folders and stdin; each bad one reported through ``on_error``."""
    for item in ingest(sources, stdin=stdin):
        if isinstance(item, IngestError):
            on_error(str(item))
        else:
            yield item


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    analyzed: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return (
            f"{self.read} documents read, {self.stored} new, {self.duplicates} already stored, "
            f"{self.analyzed} analyzed, {self.failed} failed"
        )


def ingest_into(
    store: Store,
    sources: Sequence[str],
    *,
    toolkit: Toolkit,
    analyze_now: bool = True,
    on_error: ErrorSink,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
) -> IngestSummary:
    """Store every readable document (once per content); analyze the new ones as they come."""
    summary = IngestSummary()

    def count_error(message: str) -> None:
        summary.failed += 1
        on_error(message)

    def new_documents() -> Iterator[Document]:
        for document in read_sources(sources, on_error=count_error, stdin=stdin):
            summary.read += 1
            if store.add_document(document):
                summary.stored += 1
                yield document
            else:
                summary.duplicates += 1
            if progress:
                progress(1)

    if not analyze_now:
        for _ in new_documents():
            pass
        return summary
    toolkit.register_actors(store)
    summary.analyzed += _analyze_into(store, new_documents(), toolkit=toolkit)
    # documents stored earlier (ingest --no-analyze, an older extractor) catch up here
    summary.analyzed += _analyze_into(store, store.pending(analyzer=ANALYZER), toolkit=toolkit)
    return summary


def analyze_pending(store: Store, *, toolkit: Toolkit, progress: Progress | None = None) -> int:
    """Analyze what is stored but not analyzed by the current extractor. Returns the count."""
    pending = store.pending(analyzer=ANALYZER)
    if not pending:
        return 0
    toolkit.register_actors(store)
    return _analyze_into(store, pending, toolkit=toolkit, progress=progress)


def _analyze_into(
    store: Store,
    documents: Iterable[Document],
    *,
    toolkit: Toolkit,
    progress: Progress | None = None,
) -> int:
    done = 0
    for analyzed in toolkit.understand(documents):
        store.save_analysis(analyzed)
        done += 1
        if progress:
            progress(1)
    return done


def import_watchlist(
    store: Store,
    path: str,
    *,
    toolkit: Toolkit,
    list_name: str | None = None,
    snapshot_date: str | None = None,
) -> tuple[WatchlistSaved, int]:
    """Store a list file as one snapshot (entries as read, narratives as TIES claims), then
    the registry actors its entries merge into. Returns what was saved and how many registry
    actors gained a list reference."""
    imported = import_watchlist_file(
        path, registry=toolkit.registry, list_name=list_name, snapshot_date=snapshot_date
    )
    saved = store.save_watchlist(imported)
    merged = merge_actors(toolkit.registry, imported.actors)
    known = {actor.id: actor for actor in toolkit.registry}
    linked = [
        actor for actor in merged if actor.id in known and actor.refs != known[actor.id].refs
    ]
    store.save_actors(actor for actor in merged if actor.id in known)
    return saved, len(linked)


def assess_agreement(
    store: Store, agreement: Agreement, *, toolkit: Toolkit, weights: str | None = None
) -> list[CommitmentVerdict]:
    """Verdicts for every commitment from the stored claims; stored beside the agreement."""
    rules = load_weights(weights)
    verdicts = assess(agreement, claims=store.claims(), resolver=toolkit.resolver, weights=rules)
    store.save_agreement(agreement)
    store.save_verdicts(agreement.id, verdicts)
    return verdicts
