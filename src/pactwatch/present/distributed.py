"""Scale-out: the analyze and resolve stages as a Dask distributed job.

The client (this process) reads pending documents from the store, sends them to the workers in
batches, and stores what comes back, so workers never need the database: the same job runs on
a ``LocalCluster`` on one machine or against a scheduler address in production. Each worker
loads the spaCy pipeline and the resolver once and keeps them for every batch it gets.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from distributed import Client, LocalCluster, as_completed, get_worker

from pactwatch.analyze import ANALYZER, analyze
from pactwatch.model import Actor, AnalyzedDocument, Document
from pactwatch.present.workflow import registry_pipeline
from pactwatch.resolve import Resolver, resolve
from pactwatch.store import Store

BATCH = 32
_WORKER_STATE = "pactwatch_toolkit"


def _understand_on_worker(
    documents: Sequence[Document], actors: Sequence[Actor]
) -> list[AnalyzedDocument]:
    """Runs on a worker: the pipeline and resolver are built on first use and then reused."""
    worker = get_worker()
    state = getattr(worker, _WORKER_STATE, None)
    if state is None:
        resolver = Resolver(list(actors))
        state = (registry_pipeline(resolver), resolver)
        setattr(worker, _WORKER_STATE, state)
    nlp, resolver = state
    return list(resolve(analyze(documents, nlp=nlp), resolver=resolver))


@contextmanager
def connect(scheduler: str | None, *, workers: int) -> Iterator[Client]:
    """A client for ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``), or for a local
    cluster of ``workers`` single-threaded processes when no address is given."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _batches(documents: Sequence[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def analyze_distributed(
    store: Store, *, actors: Sequence[Actor], client: Client, batch_size: int = BATCH
) -> int:
    """Analyze every pending document on the cluster; results are stored as they arrive."""
    pending = store.pending(analyzer=ANALYZER)
    if not pending:
        return 0
    [shared_actors] = client.scatter([list(actors)], broadcast=True)
    futures = [
        client.submit(_understand_on_worker, batch, shared_actors, pure=False)
        for batch in _batches(pending, batch_size)
    ]
    done = 0
    for future in as_completed(futures):
        for analyzed in future.result():
            store.save_analysis(analyzed)
            done += 1
        future.release()
    return done
