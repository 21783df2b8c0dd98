"""The learned opinion model: bare sentences, reported words, kinds, and a broken model file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tests.analyze.conftest import Run

from pactwatch.analyze.opinion_model import FEATURE_NAMES, opinion_model
from pactwatch.model import AnalyzeError


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("The so-called peace deal is a cynical farce that rewards the warlords.", True),
        ("Why should anyone believe a single word of these promises?", True),
        ("The ceasefire took effect at midnight on 3 March, the ministry said.", False),
        ("Police arrested 12 people near the parliament building on Tuesday.", False),
    ],
)
def test_bare_sentences_without_a_kind(run: Run, text: str, opinion: bool) -> None:
    assert run(text, kind="other").sentences[0].opinion is opinion


def test_a_speakers_evaluation_is_not_the_writers(run: Run) -> None:
    analyzed = run('"This agreement is a shameful, worthless betrayal," the senator said.',
                   kind="news")
    assert not analyzed.sentences[0].opinion


def test_agreement_text_is_never_opinion(run: Run) -> None:
    text = "This historic and courageous agreement is a wonderful gift to our peoples."
    assert run(text, kind="opinion").sentences[0].opinion
    assert not run(text, kind="agreement").sentences[0].opinion


def test_shipped_model_matches_the_features() -> None:
    model = opinion_model()
    assert model.weights.shape == (len(FEATURE_NAMES),)
    assert 0.0 < model.probability(np.asarray(model.mean)) < 1.0


def test_model_of_other_features_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "opinion_model.json"
    path.write_text(json.dumps({"features": ["length"], "mean": [0], "scale": [1],
                                "weights": [1], "bias": 0}), encoding="utf-8")
    with pytest.raises(AnalyzeError, match="train_opinion"):
        opinion_model(path)
