"""The analyze job on a real Dask LocalCluster gives what the in-process job gives."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DEMO

from pactwatch.present.distributed import analyze_distributed, connect
from pactwatch.present.workflow import Toolkit, analyze_pending, ingest_into
from pactwatch.store import Store


def _claims(store: Store) -> list[tuple[str, int, str]]:
    return sorted(
        (stored.document.id, stored.sentence.index, str(stored.claim.to_json()))
        for stored in store.claims()
    )


def test_local_cluster_matches_in_process(tmp_path: Path) -> None:
    sources = [str(path) for path in sorted((DEMO / "documents").glob("*.txt"))[:5]]
    errors: list[str] = []
    with (
        Store(str(tmp_path / "dask.sqlite")) as remote,
        Store(str(tmp_path / "local.sqlite")) as local,
    ):
        for store in (remote, local):
            toolkit = Toolkit(store=store)
            ingest_into(store, sources, toolkit=toolkit, analyze_now=False, on_error=errors.append)
        toolkit = Toolkit(store=remote)
        with connect(None, workers=1) as client:
            done = analyze_distributed(remote, actors=toolkit.actors, client=client, batch_size=2)
        assert done == 5
        assert remote.pending() == []
        assert analyze_pending(local, toolkit=Toolkit(store=local)) == 5
        assert _claims(remote) == _claims(local) != []
    assert errors == []
