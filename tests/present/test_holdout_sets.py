"""The held-out passages in ``eval/`` must stay scoreable: a malformed line or an opinion
sentence that is not in its passage would silently change what the figure measures."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT

from pactwatch.model import Modality, Polarity
from pactwatch.present.evaluate import load_gold

SETS = sorted((ROOT / "eval").glob("holdout_*.jsonl"))


def test_there_are_held_out_sets() -> None:
    assert len(SETS) >= 2


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_held_out_set_is_well_formed(path: Path) -> None:
    rows = load_gold(path)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate passage ids"
    for row in rows:
        for sentence in row["opinion"] or ():
            assert sentence in row["text"], f"{row['id']}: opinion not in text: {sentence!r}"
        for claim in row["claims"] or ():
            assert claim["polarity"] in {p.value for p in Polarity}, row["id"]
            assert claim["modality"] in {m.value for m in Modality}, row["id"]
            assert claim["subject"] and all(isinstance(n, str) for n in claim["subject"])
