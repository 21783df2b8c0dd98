"""Score the extractor against gold passages (``eval/GUIDELINES.md``): ``pactwatch eval``.

Claims match on subject, relation, object and polarity (guideline rule 14), one-to-one and
greedily in text order; source and modality are scored on the matched claims, opinion over
sentences. Names match when equal after normalisation (case, a leading "the", punctuation)
or, for a mention the resolver left unresolved, when the mention contains a gold name as
whole words: "the members of the Security Council" names the Security Council.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pactwatch.model import (
    ActorRef,
    AnalyzedDocument,
    Claim,
    Document,
    DocumentKind,
    PactwatchError,
    Relation,
    SourceKind,
)

Predict = Callable[[list[Document]], list[AnalyzedDocument]]
REQUIRED_KEYS = ("id", "text")
CLAIM_KEYS = ("subject", "relation", "object", "polarity")
_DOTS = re.compile(r"\.")
_PUNCT = re.compile(r"[^\w\s]")


class GoldFileError(PactwatchError):
    """A gold file cannot be read or a row breaks the format of eval/GUIDELINES.md."""


@dataclass
class Score:
    """Counts behind precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class PassageErrors:
    """What one passage got wrong: gold claims missed, predicted claims not in the gold."""

    id: str
    text: str
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "missed": self.missed, "spurious": self.spurious}


@dataclass
class EvalReport:
    passages: int = 0
    claims: Score = field(default_factory=Score)
    matched: int = 0
    source_correct: int = 0
    modality_correct: int = 0
    opinion: Score = field(default_factory=Score)
    relations: dict[str, Score] = field(default_factory=dict)
    errors: list[PassageErrors] = field(default_factory=list)

    @property
    def source_accuracy(self) -> float:
        return self.source_correct / self.matched if self.matched else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.matched if self.matched else 0.0

    def relation(self, name: str) -> Score:
        return self.relations.setdefault(name, Score())

    def to_json(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "claims": self.claims.to_json(),
            "source_accuracy": round(self.source_accuracy, 4),
            "modality_accuracy": round(self.modality_accuracy, 4),
            "matched": self.matched,
            "opinion": self.opinion.to_json(),
            "relations": {k: v.to_json() for k, v in sorted(self.relations.items())},
            "errors": [e.to_json() for e in self.errors if e.missed or e.spurious],
        }


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold passages from a JSONL file, each checked for the keys scoring needs."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read gold file ({exc}); check the path") from exc
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{number}: not JSON ({exc}); one passage a line") from exc
        _check_row(row, f"{path}:{number}")
        rows.append(row)
    return rows


def _check_row(row: object, where: str) -> None:
    if not isinstance(row, dict):
        raise GoldFileError(f"{where}: a passage must be a JSON object, got {type(row).__name__}")
    for key in REQUIRED_KEYS:
        if not isinstance(row.get(key), str):
            raise GoldFileError(f"{where}: key {key!r} must be a string, got {row.get(key)!r}")
    for claim in row.get("claims") or ():
        missing = [k for k in CLAIM_KEYS if k not in claim]
        if missing:
            raise GoldFileError(f"{where}: a claim lacks {missing}; see eval/GUIDELINES.md")
        if claim["relation"] not in Relation.__members__:
            raise GoldFileError(
                f"{where}: relation {claim['relation']!r} is not one of "
                f"{', '.join(r.value for r in Relation)}"
            )


def evaluate(rows: Sequence[dict[str, Any]], *, predict: Predict) -> EvalReport:
    """Run ``predict`` on the passages as documents and score it against their gold."""
    documents = [passage_document(row) for row in rows]
    predicted = {a.document.id: a for a in predict(documents)}
    report = EvalReport(passages=len(rows))
    for row, document in zip(rows, documents, strict=True):
        analyzed = predicted.get(document.id)
        sentences = analyzed.sentences if analyzed else ()
        if row.get("claims") is not None:
            claims = [c for s in sentences for c in s.claims]
            _score_claims(report, row, claims)
        if row.get("opinion") is not None:
            _score_opinion(report, row["opinion"], [s.text for s in sentences if s.opinion])
    return report


def passage_document(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"], name=row["id"], text=row["text"], date=row.get("date"),
        outlet=row.get("outlet"), kind=DocumentKind.parse(row.get("kind")),
    )


def _score_claims(report: EvalReport, row: dict[str, Any], predicted: list[Claim]) -> None:
    gold = list(row["claims"])
    unmatched = list(range(len(predicted)))
    errors = PassageErrors(id=row["id"], text=row["text"])
    for item in gold:
        hit = next((i for i in unmatched if claim_matches(predicted[i], item)), None)
        if hit is None:
            report.claims.fn += 1
            report.relation(item["relation"]).fn += 1
            errors.missed.append(item)
            continue
        unmatched.remove(hit)
        claim = predicted[hit]
        report.claims.tp += 1
        report.relation(item["relation"]).tp += 1
        report.matched += 1
        report.source_correct += source_matches(claim, item.get("source"))
        report.modality_correct += str(claim.modality) == item.get("modality", "asserted")
    for i in unmatched:
        report.claims.fp += 1
        report.relation(str(predicted[i].relation)).fp += 1
        errors.spurious.append(predicted[i].to_json())
    report.errors.append(errors)


def claim_matches(claim: Claim, gold: dict[str, Any]) -> bool:
    if str(claim.relation) != gold["relation"] or str(claim.polarity) != gold["polarity"]:
        return False
    if _pair_matches(claim.subject, claim.object, gold["subject"], gold["object"]):
        return True
    symmetric = Relation(gold["relation"]).symmetric
    return symmetric and claim.object is not None and gold["object"] is not None and (
        _pair_matches(claim.object, claim.subject, gold["subject"], gold["object"])
    )


def _pair_matches(
    subject: ActorRef, obj: ActorRef | None, gold_subject: list[str], gold_object: list[str] | None
) -> bool:
    if not actor_matches(subject, gold_subject):
        return False
    if obj is None or gold_object is None:
        return obj is None and gold_object is None
    return actor_matches(obj, gold_object)


def actor_matches(actor: ActorRef, names: Sequence[str]) -> bool:
    """Equal to a gold name, or (unresolved) containing one as whole words."""
    gold = {normalise(n) for n in names} - {""}
    written = [normalise(x) for x in (actor.name, actor.mention) if x]
    if any(w in gold for w in written):
        return True
    return actor.id is None and any(_contains(normalise(actor.mention), g) for g in gold)


def source_matches(claim: Claim, gold: list[str] | None) -> bool:
    if gold is None:
        return claim.source.kind is SourceKind.AUTHOR
    if claim.source.kind is SourceKind.AUTHOR or not claim.source.name:
        return False
    name = normalise(claim.source.name)
    return any(name == g or _contains(name, g) for g in (normalise(n) for n in gold) if g)


def normalise(name: str) -> str:
    """Lowercase, dots dropped (U.S. = US), other punctuation as spaces, no leading 'the'."""
    text = _PUNCT.sub(" ", _DOTS.sub("", name.lower()))
    text = " ".join(text.split())
    return text.removeprefix("the ")


def _contains(text: str, name: str) -> bool:
    return f" {name} " in f" {text} "


def _score_opinion(report: EvalReport, gold: list[str], predicted: list[str]) -> None:
    remaining = [" ".join(g.split()) for g in gold]
    for text in (" ".join(p.split()) for p in predicted):
        hit = next((g for g in remaining if g in text or text in g), None)
        if hit is None:
            report.opinion.fp += 1
        else:
            remaining.remove(hit)
            report.opinion.tp += 1
    report.opinion.fn += len(remaining)


def format_report(report: EvalReport, *, errors: bool = False) -> str:
    """A plain-text summary; with ``errors``, the missed and spurious claims per passage."""
    c, o = report.claims, report.opinion
    lines = [
        f"passages: {report.passages}",
        f"claims:   P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
        f"(tp {c.tp}, fp {c.fp}, fn {c.fn})",
        f"source accuracy:   {report.source_accuracy:.3f} on {report.matched} matched claims",
        f"modality accuracy: {report.modality_accuracy:.3f} on {report.matched} matched claims",
        f"opinion:  P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}  "
        f"(tp {o.tp}, fp {o.fp}, fn {o.fn})",
        "",
        f"{'relation':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for name, s in sorted(report.relations.items()):
        lines.append(
            f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}"
        )
    if errors:
        for passage in report.errors:
            if not (passage.missed or passage.spurious):
                continue
            lines += ["", f"## {passage.id}: {passage.text[:300]}"]
            lines += [f"  missed   {_gold_line(g)}" for g in passage.missed]
            lines += [f"  spurious {_pred_line(p)}" for p in passage.spurious]
    return "\n".join(lines)


def _gold_line(claim: dict[str, Any]) -> str:
    obj = claim["object"][0] if claim["object"] else "-"
    source = claim["source"][0] if claim.get("source") else "-"
    return (f"{claim['subject'][0]} {claim['relation']} {obj} [{claim['polarity']}, "
            f"{claim.get('modality')}, source {source}]")


def _pred_line(claim: dict[str, Any]) -> str:
    obj = claim["object"]["mention"] if claim["object"] else "-"
    return (f"{claim['subject']['mention']} {claim['relation']} {obj} [{claim['polarity']}, "
            f"{claim['modality']}, source {claim['source']['name'] or '-'}, "
            f"trigger {claim['trigger']}]")
