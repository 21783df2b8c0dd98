"""Build ``opinion_model.json``: a logistic regression on ``opinion_model`` features, in numpy.

    .venv/bin/python -m pactwatch.analyze.training.train_opinion [--train-gold PATH] [--check]
        [--l2 30] [--gold-weight 2] [--backend fast|minilm]

``--backend minilm`` builds ``opinion_minilm.json`` instead: the same regression over each
sentence's all-MiniLM-L6-v2 embedding followed by the same features (needs the
``embeddings`` extra; the head only is written, the encoder stays in its package).

Training data (provenance in README.md beside this file):
- ``opinion_sentences*.yaml``: sentences written for pactwatch, labelled by their writers
  (one file per round or register, all read);
- the opinion labels of the gold passages of ``--train-gold`` (default
  ``../shared/eval/train.jsonl``; skipped when absent): each sentence the pipeline splits
  is opinion when it overlaps a gold opinion sentence. A real sentence annotated by the
  guideline counts ``--gold-weight`` times a written one: it is what the model will meet.
Never the evaluation sets (dev, seed, subjectivity). ``--check`` prints
held-out F1 (leave one source out) for each regularisation strength instead of writing
the model.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from spacy.language import Language

from pactwatch.analyze.embeddings import sentence_encoder
from pactwatch.analyze.opinion import sentence_vectors
from pactwatch.analyze.opinion_minilm import (
    MINILM_FEATURE_NAMES,
    MINILM_MODEL_NAME,
    MINILM_MODEL_PATH,
    with_embeddings,
)
from pactwatch.analyze.opinion_model import FEATURE_NAMES, MODEL_NAME, MODEL_PATH, OpinionModel
from pactwatch.analyze.pipeline import load_pipeline
from pactwatch.model import Document, DocumentKind

HERE = Path(__file__).parent
SENTENCE_FILES = "opinion_sentences*.yaml"
DEFAULT_GOLD = Path(__file__).resolve().parents[5] / "shared" / "eval" / "train.jsonl"
L2 = 30.0  # chosen by --check (held-out F1 is flat from 1 to 30, lower from 100)
OUTPUTS = {  # backend -> where the model goes, its name and its feature names
    "fast": (MODEL_PATH, MODEL_NAME, FEATURE_NAMES),
    "minilm": (MINILM_MODEL_PATH, MINILM_MODEL_NAME, MINILM_FEATURE_NAMES),
}
GOLD_WEIGHT = 2.0
GOLD_SOURCE = "gold"  # the name under which the gold passages' sentences are counted
LABELS = ("opinion", "fact")
EPOCHS = 600
LEARNING_RATE = 0.1
L2_GRID = (1.0, 10.0, 30.0, 100.0, 300.0)
THRESHOLD_GRID = tuple(round(0.3 + 0.05 * n, 2) for n in range(9))


@dataclass(frozen=True)
class Examples:
    """Feature rows, their labels, their weights, the source each row came from (an index
    into ``counts``) and how many rows each source gave."""

    x: np.ndarray
    y: np.ndarray
    weights: np.ndarray
    groups: np.ndarray
    counts: dict[str, int]


def examples(
    nlp: Language, gold: Path | None, gold_weight: float = GOLD_WEIGHT, backend: str = "fast"
) -> Examples:
    """Feature rows and labels from our own sentences and the gold passages' sentences."""
    rows: list[np.ndarray] = []
    labels: list[int] = []
    weights: list[float] = []
    groups: list[int] = []
    counts: dict[str, int] = {}
    encoder = sentence_encoder() if backend == "minilm" else None
    for name, documents, wanted in _sources(gold):
        before = len(labels)
        for doc_vectors, document in zip(_vectors(nlp, documents), documents, strict=True):
            full = (with_embeddings(doc_vectors, encoder) if encoder is not None
                    else [vector for _, vector in doc_vectors])
            for (text, _), vector in zip(doc_vectors, full, strict=True):
                rows.append(vector)
                labels.append(int(wanted(document, text)))
                weights.append(gold_weight if name == GOLD_SOURCE else 1.0)
                groups.append(len(counts))
        counts[name] = len(labels) - before
    return Examples(np.vstack(rows), np.asarray(labels, dtype=np.float32),
                    np.asarray(weights, dtype=np.float32), np.asarray(groups), counts)


def written_files() -> list[Path]:
    """The ``opinion_sentences*.yaml`` files beside this script, one per round or register."""
    return sorted(HERE.glob(SENTENCE_FILES))


def own_sentences(path: Path) -> list[Document]:
    """The written sentences of one ``opinion_sentences*.yaml`` file; a document's name is
    its label (``opinion`` or ``fact``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    documents = []
    for label in LABELS:
        texts = data.get(label) or []
        bad = [s for s in texts if not isinstance(s, str)]
        if bad:
            raise SystemExit(f"{path}: {label} entries must be strings (quote them): {bad}")
        documents += [Document(id=f"{path.stem}-{label}{n}", name=label, text=text)
                      for n, text in enumerate(texts)]
    return documents


def _sources(gold: Path | None) -> Iterator[tuple[str, list[Document], object]]:
    for path in written_files():
        yield path.stem, own_sentences(path), lambda d, t: d.name == "opinion"
    if gold is None or not gold.exists():
        return
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("opinion") is not None]
    opinions = {r["id"]: [" ".join(o.split()) for o in r["opinion"]] for r in rows}
    documents = [Document(id=r["id"], name=r["id"], text=r["text"], date=r.get("date"),
                          outlet=r.get("outlet"), kind=DocumentKind.parse(r.get("kind")))
                 for r in rows]

    def wanted(document: Document, text: str) -> bool:
        text = " ".join(text.split())
        return any(o in text or text in o for o in opinions[document.id])

    yield GOLD_SOURCE, documents, wanted


def _vectors(nlp: Language, documents: list[Document]) -> Iterator[list[tuple[str, np.ndarray]]]:
    """Run the pipeline up to opinion (attribution decides which words are reported)."""
    for document in documents:
        doc = nlp.make_doc(document.text)
        doc._.pw_kind = str(document.kind)
        doc._.pw_date = document.date
        for name, component in nlp.pipeline:
            if name != "pw_opinion":
                doc = component(doc)
        yield sentence_vectors(doc)


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = L2, weights: np.ndarray | None = None
) -> OpinionModel:
    """Full-batch gradient descent on the L2-regularised log loss, classes weighted evenly.

    ``weights`` scale each row's loss on top of the class balance (default: all 1).
    """
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = (x - mean) / scale
    positive = max(float(y.mean()), 1e-6)
    sample_weight = np.where(y == 1, 0.5 / positive, 0.5 / max(1 - positive, 1e-6))
    if weights is not None:
        sample_weight = sample_weight * weights / weights.mean()
    w = np.zeros(x.shape[1], dtype=np.float64)
    b = 0.0
    for _ in range(EPOCHS):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        error = (p - y) * sample_weight
        w -= LEARNING_RATE * (z.T @ error / len(y) + l2 * w / len(y))
        b -= LEARNING_RATE * float(error.mean())
    return OpinionModel(mean.astype(np.float32), scale.astype(np.float32),
                        w.astype(np.float32), float(b))


def held_out_probabilities(data: Examples, l2: float) -> np.ndarray:
    """P(opinion) of every row from a model that never saw its source: leave one source
    (one file of written sentences, or the gold passages) out at a time. Each source is a
    register or a round of writing, so this measures what the model does on text unlike
    what it was trained on, which is what it meets in use (random folds flatter it: a
    written sentence's near twin is always in the training fold)."""
    probabilities = np.zeros(len(data.y))
    for group in np.unique(data.groups):
        test = data.groups == group
        model = fit(data.x[~test], data.y[~test], l2, data.weights[~test])
        probabilities[test] = [model.probability(row) for row in data.x[test]]
    return probabilities


def f1(y: np.ndarray, guesses: np.ndarray) -> float:
    tp = int(np.sum(guesses & (y == 1)))
    wrong = int(np.sum(guesses != (y == 1)))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def check(data: Examples) -> None:
    """Per l2: held-out F1 at 0.5, the threshold that maximises it and the F1 there, and
    the gold sentences' F1 at 0.5 (a model trained on the written sentences alone)."""
    gold = data.groups == list(data.counts).index(GOLD_SOURCE) if GOLD_SOURCE in data.counts \
        else np.zeros(len(data.y), dtype=bool)
    for l2 in L2_GRID:
        p = held_out_probabilities(data, l2)
        best = max(THRESHOLD_GRID, key=lambda t: f1(data.y, p >= t))
        line = (f"l2 {l2:>6}: held-out F1 {f1(data.y, p >= 0.5):.3f} at 0.5, "
                f"{f1(data.y, p >= best):.3f} at {best:.2f}")
        if gold.any():
            line += f"; gold F1 {f1(data.y[gold], p[gold] >= 0.5):.3f}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train-gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--check", action="store_true", help="held-out F1 per l2, write nothing")
    parser.add_argument("--l2", type=float, default=L2, help="regularisation strength")
    parser.add_argument("--gold-weight", type=float, default=GOLD_WEIGHT,
                        help="weight of a gold sentence relative to a written one")
    parser.add_argument("--backend", choices=sorted(OUTPUTS), default="fast",
                        help="which opinion backend's model to build")
    args = parser.parse_args()
    nlp = load_pipeline()
    data = examples(nlp, args.train_gold, args.gold_weight, args.backend)
    print(f"{len(data.y)} sentences, {int(data.y.sum())} opinion: {data.counts}")
    if args.check:
        check(data)
        return
    model = fit(data.x, data.y, args.l2, data.weights)
    provenance = {"own_sentences": SENTENCE_FILES, "sentences": data.counts, "l2": args.l2,
                  "gold_weight": args.gold_weight,
                  "gold": args.train_gold.name if args.train_gold.exists() else None}
    path, name, features = OUTPUTS[args.backend]
    path.write_text(
        json.dumps(model.to_json(provenance=provenance, name=name, features=features)) + "\n",
        encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
