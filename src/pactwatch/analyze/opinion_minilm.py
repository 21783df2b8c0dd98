"""The ``minilm`` opinion backend: a logistic head over a sentence embedding plus cheap features.

The default model (``opinion_model.py``) plateaus because its features are shallow; this head
adds the 384-dim all-MiniLM-L6-v2 embedding of the whole sentence (``embeddings.py``) in front
of the same cheap features, which keep what the embedding cannot see: which words are another
speaker's (attribution frames) and the document's cues. Only the head ships with pactwatch
(``training/opinion_minilm.json``, built by ``train_opinion --backend minilm``); the encoder
weights stay in their package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from pactwatch.analyze.embeddings import EMBEDDING_WIDTH, SentenceEncoder
from pactwatch.analyze.opinion_model import FEATURE_NAMES, OpinionModel, read_model

MINILM_MODEL_PATH = Path(__file__).parent / "training" / "opinion_minilm.json"
MINILM_MODEL_NAME = "opinion-minilm.v1"
MINILM_FEATURE_NAMES = (*(f"minilm_{i}" for i in range(EMBEDDING_WIDTH)), *FEATURE_NAMES)
REBUILD = "python -m pactwatch.analyze.training.train_opinion --backend minilm"


@cache
def minilm_opinion_model(path: Path = MINILM_MODEL_PATH) -> OpinionModel:
    """The shipped head, checked against the embedding width and the cheap features."""
    return read_model(path, MINILM_FEATURE_NAMES, REBUILD)


def with_embeddings(
    vectors: list[tuple[str, np.ndarray]], encoder: SentenceEncoder
) -> list[np.ndarray]:
    """Each sentence's embedding followed by its cheap features; one encoder batch for all."""
    if not vectors:
        return []
    embedded = encoder.encode([" ".join(text.split()) for text, _ in vectors])
    return [np.concatenate([row, cheap]) for row, (_, cheap) in zip(embedded, vectors, strict=True)]
