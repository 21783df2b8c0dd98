"""The ``pw_opinion`` component: which sentences are the writer's own evaluation.

A logistic model (``opinion_model.py``) scores each sentence from the words in the writer's
own voice, the sentence's shape and its tok2vec average; the sentence is opinion when the
probability reaches the threshold for the document's kind (``opinion.yaml``,
``model_thresholds``): an opinion piece says what it thinks in plain words, a monitoring
report rarely does, and a bare sentence of unknown kind sits between. Words inside
quotations and inside what another speaker is reported to say are not the writer's
(guideline rule 13): they are left out of the cue counts and their share is a feature.

Two backends sit behind the same component: ``fast`` (the default, numpy over features the
pipeline already computed) and ``minilm`` (``opinion_minilm.py``: a sentence embedding in
front of the same features; slower, needs the ``embeddings`` extra). The component's config
value ``backend`` chooses, else the environment variable ``PACTWATCH_OPINION``, else ``fast``.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import numpy as np
import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.analyze.attribution import QUOTES
from pactwatch.analyze.embeddings import sentence_encoder
from pactwatch.analyze.extensions import register_extensions
from pactwatch.analyze.lexicons import (
    LEXICON_DIR,
    OpinionLexicon,
    attribution_lexicon,
    opinion_lexicon,
)
from pactwatch.analyze.opinion_minilm import minilm_opinion_model, with_embeddings
from pactwatch.analyze.opinion_model import opinion_model, sentence_features
from pactwatch.model import AnalyzeError

BACKENDS = ("fast", "minilm")
BACKEND_ENV = "PACTWATCH_OPINION"
THRESHOLD_KEYS = {"fast": "model_thresholds", "minilm": "minilm_thresholds"}


@Language.factory(
    "pw_opinion",
    assigns=["doc._.pw_opinion"],
    requires=["doc._.pw_frames", "token.lemma", "token.tag"],
    default_config={"backend": ""},
)
def make_opinion_finder(nlp: Language, name: str, backend: str) -> OpinionFinder:
    return OpinionFinder(opinion_backend(backend))


def opinion_backend(configured: str = "") -> str:
    """The backend to use: the configured name, else ``$PACTWATCH_OPINION``, else ``fast``."""
    chosen = (configured or os.environ.get(BACKEND_ENV, "") or "fast").strip().lower()
    if chosen not in BACKENDS:
        origin = "the pw_opinion config value 'backend'" if configured else f"${BACKEND_ENV}"
        raise AnalyzeError(
            f"{origin} is {chosen!r}, which is no opinion backend; use one of {BACKENDS}"
        )
    return chosen


class OpinionFinder:
    """Marks opinion sentences with the chosen backend, loaded once when the pipeline is built
    (so a missing extra fails at load time, not on the first document)."""

    def __init__(self, backend: str = "fast") -> None:
        register_extensions()
        self.backend = backend
        self.thresholds = model_thresholds(key=THRESHOLD_KEYS[backend])
        if backend == "minilm":
            self.encoder = sentence_encoder()
            self.model = minilm_opinion_model()
        else:
            self.encoder = None
            self.model = opinion_model()

    def __call__(self, doc: Doc) -> Doc:
        threshold = self.thresholds.get(doc._.pw_kind or "other", self.thresholds["other"])
        vectors = sentence_vectors(doc)
        rows = (with_embeddings(vectors, self.encoder) if self.encoder is not None
                else [vector for _, vector in vectors])
        stated = issuer_attitude_sentences(doc, opinion_lexicon())
        doc._.pw_opinion = [
            n for n, row in enumerate(rows)
            if n in stated or self.model.probability(row) >= threshold
        ]
        return doc


def issuer_attitude_sentences(doc: Doc, lex: OpinionLexicon) -> set[int]:
    """Sentences where the issuing body states its own attitude ("The Secretary-General is
    gravely alarmed by ...", "He hopes the accord will ..."): opinion by the guideline's
    convention, but only in the kinds of ``lex.attitude_kinds`` (official statements), where
    the third person is the issuer speaking of itself; in news it reports another mind."""
    if (doc._.pw_kind or "other") not in lex.attitude_kinds:
        return set()
    reported = reported_tokens(doc)
    return {
        n for n, sent in enumerate(doc.sents)
        if _states_attitude(sent.root, lex.attitudes)
        and sent.root in writer_tokens(sent, reported)
    }


def _states_attitude(root: Token, attitudes: frozenset[str]) -> bool:
    """The main predicate is an attitude with a subject of its own: "X hopes ...", "X is
    (deeply) concerned ...", "X is alarmed by ..." (the participle or the copula as root; the
    parser sometimes hangs the subject on the auxiliary)."""
    heads = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for head in heads for c in head.children):
        return False
    if root.lemma_.lower() == "be":
        return any(c.dep_ in ("acomp", "attr") and _is_attitude(c, attitudes)
                   for c in root.children)
    return _is_attitude(root, attitudes)


def _is_attitude(token: Token, attitudes: frozenset[str]) -> bool:
    return token.lower_ in attitudes or token.lemma_.lower() in attitudes


def sentence_vectors(doc: Doc) -> list[tuple[str, np.ndarray]]:
    """Each sentence's text and feature vector, in order (also what training reads)."""
    lex = opinion_lexicon()
    speech_verbs = attribution_lexicon().speech_verbs
    reported = reported_tokens(doc)
    return [
        (sent.text, sentence_features(sent, writer_tokens(sent, reported), lex, speech_verbs))
        for sent in doc.sents
    ]


def reported_tokens(doc: Doc) -> set[int]:
    """Indices of tokens that some attribution frame gives to another speaker."""
    reported: set[int] = set()
    for frame in doc._.pw_frames or ():
        excluded = frame["exclude"]
        reported.update(
            i for i in range(frame["start"], frame["end"])
            if not any(a <= i < b for a, b in excluded)
        )
    return reported


def writer_tokens(sent: Span, reported: set[int]) -> list[Token]:
    """Tokens outside quotation marks and outside other speakers' reported words."""
    inside = False
    voiced = []
    for token in sent:
        if token.text in QUOTES and token.text not in ("'", "’"):
            inside = not inside
            continue
        if inside or token.is_space or token.i in reported:
            continue
        voiced.append(token)
    return voiced


@cache
def model_thresholds(
    path: Path = LEXICON_DIR / "opinion.yaml", key: str = "model_thresholds"
) -> dict[str, float]:
    """Per document kind, the probability from which a sentence is opinion (``key`` names the
    backend's table)."""
    try:
        table = yaml.safe_load(path.read_text(encoding="utf-8")).get(key)
    except (OSError, yaml.YAMLError, AttributeError) as exc:
        raise AnalyzeError(f"{path}: cannot read {key} ({exc}); fix the file") from exc
    if not isinstance(table, dict) or "other" not in table or not all(
        isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1.01
        for v in table.values()
    ):
        raise AnalyzeError(
            f"{path}: key {key!r} has bad value {table!r}; expected a mapping of "
            "document kind -> probability between 0 and 1.01, with 'other'"
        )
    return {str(kind): float(value) for kind, value in table.items()}
