"""The learned part of opinion detection: features of a sentence and a logistic model over them.

Cue words alone miss most of the writer's voice ("The talks were a farce from the first day"
has no cue from a short list) and fire on reported evaluations. The model adds what the
pipeline already computed: the average of the sentence's ``doc.tensor`` rows (the tok2vec
layer that the tagger and parser share, so it costs nothing), the shape of the sentence
(adjectives, numbers, names, tense, person, imperative, scare quotes, a bare greeting), the
cue counts of ``opinion.yaml`` (among them the issuer's own speech acts, which are claims
rather than opinion), and scores from two open lexicons of thousands of words
(``sentiment_lexicons.py``: subjectivity, sentiment, negated sentiment, boosters) which reach
the evaluative vocabulary of general news, reviews and features that a short list misses.
Weights are a small JSON file built by ``training/train_opinion.py``; inference is a dot
product.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from pactwatch.analyze.lexicons import OPINION_CUES, OpinionLexicon, modality_lexicon
from pactwatch.analyze.sentiment_lexicons import SentimentLexicons, sentiment_lexicons
from pactwatch.model import AnalyzeError

MODEL_PATH = Path(__file__).parent / "training" / "opinion_model.json"
MODEL_NAME = "opinion.v2"
TENSOR_WIDTH = 96  # width of the tok2vec output of the en_core_web_sm pipelines
MODALS = {"should", "must", "ought", "would", "could", "might", "can", "cannot"}
SECOND_PERSON = {"you", "your", "yours", "yourself"}
FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
NEGATION_WINDOW = 3  # a negation this many words before a sentiment word flips it
SUBJECTIVE = 0.5  # textblob subjectivity from which a word counts as subjective
SALUTATION_WORDS = 6  # a greeting or address this short is the whole sentence
STRONG_VALENCE = 2.0  # VADER valence (absolute) from which a word counts as strongly felt
SHAPE_FEATURES = (
    "question", "exclamation", "reported_share", "quoted", "quote_edge", "log_length", "adjectives",
    "adverbs", "superlatives", "comparatives", "numbers", "proper_nouns", "past_tense",
    "present_tense", "modals", "negations", "second_person", "speech_verb",
    "first_singular", "imperative", "scare_quotes", "emphasis_caps", "exclamations", "salutation",
)
LEXICON_FEATURES = (
    "subjectivity_mean", "subjectivity_max", "subjective_words", "polarity_mean",
    "valence_mean", "strong_valence_words", "negated_sentiment", "boosters", "hedges",
)
FEATURE_NAMES = (
    *(f"cue_{cue}" for cue in OPINION_CUES),
    *SHAPE_FEATURES,
    *LEXICON_FEATURES,
    *(f"tensor_{i}" for i in range(TENSOR_WIDTH)),
)


def sentence_features(
    sent: Span, voiced: list[Token], lex: OpinionLexicon, speech_verbs: frozenset[str]
) -> np.ndarray:
    """The feature vector of ``sent``; ``voiced`` are its tokens in the writer's own voice.

    Each word's attributes are read once into ``_Words`` (a spaCy attribute builds its string
    anew at every read, and the features below read each several times)."""
    tokens = [t for t in sent if not t.is_space]
    n = max(len(tokens), 1)
    voiced_lower = [t.lower_ for t in voiced]
    words = _Words([t for t in voiced if not t.is_punct])
    w = max(len(words.tokens), 1)
    text = " " + " ".join(voiced_lower) + " "
    vocabulary = set(voiced_lower) | {t.lemma_.lower() for t in voiced}
    cues = [
        min(len(vocabulary & lex.words[cue]) + sum(f" {p} " in text for p in lex.phrases[cue]), 2)
        for cue in OPINION_CUES
    ]
    texts = [t.text for t in tokens]
    token_pos = [t.pos_ for t in tokens]
    quotes = [t.is_quote for t in tokens]
    last = texts[-1] if tokens else ""
    tags = words.tags
    shape = [
        float(last == "?" or "?" in texts[-3:]),
        float(last == "!"),
        1.0 - len(voiced) / n,
        float(any(quotes)),
        float(bool(tokens) and (quotes[0] or quotes[-1] or (len(tokens) > 1 and quotes[-2]))),
        math.log(n),
        sum(pos == "ADJ" for pos in words.pos) / w,
        sum(pos == "ADV" for pos in words.pos) / w,
        sum(tag in ("JJS", "RBS") for tag in tags) / w,
        sum(tag in ("JJR", "RBR") for tag in tags) / w,
        sum(t.like_num for t in tokens) / n,
        sum(pos == "PROPN" for pos in token_pos) / n,
        sum(tag in ("VBD", "VBN") for tag in tags) / w,
        sum(tag in ("VBZ", "VBP") for tag in tags) / w,
        float(sum(lower in MODALS for lower in words.lower)),
        float(sum(dep == "neg" for dep in words.deps)),
        float(any(lower in SECOND_PERSON for lower in words.lower)),
        float(any(pos == "VERB" and t.lemma_.lower() in speech_verbs
                  for pos, t in zip(token_pos, tokens, strict=True))),
        float(any(lower in FIRST_SINGULAR for lower in words.lower)),
        float(_imperative(tokens)),
        float(_scare_quotes(quotes)),
        float(sum(t.is_upper and len(t) > 2 and t.ent_type_ == "" for t in words.tokens)),
        float(min(texts.count("!"), 3)),
        float(_salutation(words.lower, lex.salutations)),
    ]
    lexical = _lexicon_features(words, sentiment_lexicons())
    return np.concatenate([np.asarray(cues + shape + lexical, dtype=np.float32),
                           _tensor_mean(voiced)])


class _Words:
    """The writer's words with the attributes the features read, each read once."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.lower = [t.lower_ for t in tokens]
        self.lemma = [t.lemma_.lower() for t in tokens]
        self.pos = [t.pos_ for t in tokens]
        self.tags = [t.tag_ for t in tokens]
        self.deps = [t.dep_ for t in tokens]


def _lexicon_features(words: _Words, lex: SentimentLexicons) -> list[float]:
    """Subjectivity, sentiment, negated sentiment, boosters and hedges of the writer's words."""
    w = max(len(words.tokens), 1)
    hedging = modality_lexicon()
    pairs = list(zip(words.lower, words.lemma, strict=True))
    subjectivity = [_score(lower, lemma, lex.subjectivity) for lower, lemma in pairs]
    polarity = [_score(lower, lemma, lex.polarity) for lower, lemma in pairs]
    valence = [abs(_score(lower, lemma, lex.valence)) for lower, lemma in pairs]
    felt = [s >= SUBJECTIVE or v >= 1.0 for s, v in zip(subjectivity, valence, strict=True)]
    negating = [lower in lex.negations or dep == "neg"
                for lower, dep in zip(words.lower, words.deps, strict=True)]
    negated = sum(
        1 for n in range(len(felt))
        if felt[n] and any(negating[max(n - NEGATION_WINDOW, 0):n])
    )
    return [
        sum(subjectivity) / w,
        max(subjectivity, default=0.0),
        float(min(sum(s >= SUBJECTIVE for s in subjectivity), 4)),
        sum(polarity) / w,
        sum(valence) / w / 4.0,
        float(min(sum(v >= STRONG_VALENCE for v in valence), 4)),
        float(min(negated, 2)),
        float(min(sum(lower in lex.boosters for lower in words.lower), 3)),
        float(min(sum(lower in hedging.hedge_words or lemma in hedging.hedge_verbs
                      for lower, lemma in pairs), 3)),
    ]


def _score(lower: str, lemma: str, table: dict[str, float]) -> float:
    value = table.get(lower)
    return value if value is not None else table.get(lemma, 0.0)


def _imperative(tokens: list[Token]) -> bool:
    """The sentence opens with a bare verb that has no subject: "Imagine ...", "Stop ..."."""
    words = [t for t in tokens if not t.is_punct and not t.is_quote]
    if not words:
        return False
    first = words[0]
    return (first.tag_ == "VB" and first.dep_ == "ROOT"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children))


def _salutation(lower: list[str], salutations: tuple[str, ...]) -> bool:
    """A short sentence that opens with a greeting or form of address ("Good afternoon,
    everyone.", "Thank you, Mr. President."): procedure, not evaluation, however warm its
    words. ``lower`` are the writer's words, punctuation left out."""
    if not lower or len(lower) > SALUTATION_WORDS:
        return False
    opening = " ".join(lower) + " "
    return any(opening.startswith(f"{phrase} ") for phrase in salutations)


def _scare_quotes(quotes: list[bool]) -> bool:
    """One to three words between quotation marks in mid-sentence: "a 'peace' deal";
    ``quotes`` tells, token by token, which are quotation marks."""
    marks = [n for n, quote in enumerate(quotes) if quote]
    return any(
        a > 0 and 1 < b - a <= 4 and b < len(quotes) - 2
        for a, b in zip(marks[::2], marks[1::2], strict=False)
    )


def _tensor_mean(voiced: list[Token]) -> np.ndarray:
    """Average tok2vec row of the writer's own words; zeros when there are none or no tensor."""
    if not voiced:
        return np.zeros(TENSOR_WIDTH, dtype=np.float32)
    tensor = voiced[0].doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[1] != TENSOR_WIDTH:
        return np.zeros(TENSOR_WIDTH, dtype=np.float32)
    rows = np.asarray(tensor[[t.i for t in voiced]], dtype=np.float32)
    return rows.mean(axis=0)


@dataclass(frozen=True)
class OpinionModel:
    """Standardise, then a logistic regression: P(opinion) of a feature vector."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def probability(self, features: np.ndarray) -> float:
        z = float(((features - self.mean) / self.scale) @ self.weights) + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def to_json(
        self, *, provenance: dict[str, object], name: str = MODEL_NAME,
        features: tuple[str, ...] = FEATURE_NAMES,
    ) -> dict[str, object]:
        return {
            "name": name, "features": list(features), "provenance": provenance,
            "mean": _rounded(self.mean), "scale": _rounded(self.scale),
            "weights": _rounded(self.weights), "bias": round(self.bias, 6),
        }


def _rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in values]


@cache
def opinion_model(path: Path = MODEL_PATH) -> OpinionModel:
    """The shipped model, checked against the features this code computes."""
    return read_model(path, FEATURE_NAMES, "python -m pactwatch.analyze.training.train_opinion")


def read_model(path: Path, features: tuple[str, ...], rebuild: str) -> OpinionModel:
    """A model file whose feature names are ``features``; ``rebuild`` is the command that
    writes it, named in the error when the file is unreadable or was built for other features."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AnalyzeError(
            f"{path}: cannot read the opinion model ({exc}); rebuild it with {rebuild}"
        ) from exc
    if data.get("features") != list(features):
        raise AnalyzeError(
            f"{path}: the model's features do not match this version's {len(features)} "
            f"features; rebuild it with {rebuild}"
        )
    arrays = [np.asarray(data[key], dtype=np.float32) for key in ("mean", "scale", "weights")]
    if any(a.shape != (len(features),) for a in arrays):
        raise AnalyzeError(f"{path}: mean, scale and weights need {len(features)} values")
    return OpinionModel(*arrays, bias=float(data["bias"]))
