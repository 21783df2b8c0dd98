"""Score the extractor against gold passages (``eval/GUIDELINES.md``): ``pactwatch eval``.

Claims match on subject, relation, object and polarity (guideline rule 14), one-to-one and
greedily in text order; source and modality are scored on the matched claims, opinion over
sentences. How names match: ``eval_matching``. Every error is also classified by its likely
cause (``eval_errors``) so that ``--errors`` shows where the extractor fails, not only that
it does.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pactwatch.model import AnalyzedDocument, Claim, Document, PactwatchError, Relation
from pactwatch.present.eval_context import place
from pactwatch.present.eval_errors import Cause, Classifier, ErrorCase
from pactwatch.present.eval_matching import (
    actor_matches,
    claim_matches,
    normalise,
    source_matches,
)

Predict = Callable[[list[Document]], list[AnalyzedDocument]]
REQUIRED_KEYS = ("id", "text")
CLAIM_KEYS = ("subject", "relation", "object", "polarity")
EXAMPLES_PER_CAUSE = 6
__all__ = ["EvalReport", "GoldFileError", "actor_matches", "claim_matches", "evaluate",
           "format_report", "load_gold", "normalise", "source_matches"]


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
    claim_passages: int = 0  # passages annotated for claims; none means claims are unscored
    opinion_passages: int = 0
    claims: Score = field(default_factory=Score)
    matched: int = 0
    source_correct: int = 0
    modality_correct: int = 0
    opinion: Score = field(default_factory=Score)
    relations: dict[str, Score] = field(default_factory=dict)
    errors: list[PassageErrors] = field(default_factory=list)
    cases: list[ErrorCase] = field(default_factory=list)

    @property
    def source_accuracy(self) -> float:
        return self.source_correct / self.matched if self.matched else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.matched if self.matched else 0.0

    def relation(self, name: str) -> Score:
        return self.relations.setdefault(name, Score())

    def error_counts(self) -> Counter[str]:
        """Errors per cause, most frequent first when iterated with ``most_common``."""
        return Counter(case.cause for case in self.cases)

    def to_json(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "claim_passages": self.claim_passages,
            "opinion_passages": self.opinion_passages,
            "claims": self.claims.to_json(),
            "source_accuracy": round(self.source_accuracy, 4),
            "modality_accuracy": round(self.modality_accuracy, 4),
            "matched": self.matched,
            "opinion": self.opinion.to_json(),
            "relations": {k: v.to_json() for k, v in sorted(self.relations.items())},
            "errors": [e.to_json() for e in self.errors if e.missed or e.spurious],
            "error_classes": dict(self.error_counts().most_common()),
            "error_cases": [case.to_json() for case in self.cases],
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


def evaluate(rows: Sequence[dict[str, Any]], *, predict: Predict,
             documents: Mapping[str, dict[str, Any]] | None = None) -> EvalReport:
    """Run ``predict`` and score it against the gold. With ``documents`` (``eval_context``)
    a passage found in its whole document is scored on the sentences of that document's
    analysis that fall inside it; otherwise the passage is analyzed alone."""
    placements = place(rows, documents or {})
    unique = list({p.document.id: p.document for p in placements}.values())
    predicted = {a.document.id: a for a in predict(unique)}
    report = EvalReport(passages=len(rows))
    for row, placement in zip(rows, placements, strict=True):
        analyzed = predicted.get(placement.document.id)
        sentences = placement.sentences(analyzed) if analyzed else ()
        if row.get("claims") is not None:
            report.claim_passages += 1
            claims = [c for s in sentences for c in s.claims]
            _score_claims(report, row, claims)
        if row.get("opinion") is not None:
            report.opinion_passages += 1
            _score_opinion(report, row, [s.text for s in sentences if s.opinion])
    return report


def _score_claims(report: EvalReport, row: dict[str, Any], predicted: list[Claim]) -> None:
    gold = list(row["claims"])
    errors = PassageErrors(id=row["id"], text=row["text"])
    pairs = pair_claims(gold, predicted)
    matched = [(gold[g], predicted[p]) for g, p in sorted(pairs.items())]
    for n, item in enumerate(gold):
        if n not in pairs:
            report.claims.fn += 1
            report.relation(item["relation"]).fn += 1
            errors.missed.append(item)
    for item, claim in matched:
        report.claims.tp += 1
        report.relation(item["relation"]).tp += 1
        report.matched += 1
        report.source_correct += source_matches(claim, item.get("source"))
        report.modality_correct += str(claim.modality) == item.get("modality", "asserted")
    unmatched = [i for i in range(len(predicted)) if i not in set(pairs.values())]
    for i in unmatched:
        report.claims.fp += 1
        report.relation(str(predicted[i].relation)).fp += 1
        errors.spurious.append(predicted[i].to_json())
    report.errors.append(errors)
    report.cases += Classifier(row).claim_errors(
        errors.missed, [predicted[i] for i in unmatched], matched, predicted
    )


def pair_claims(gold: list[dict[str, Any]], predicted: list[Claim]) -> dict[int, int]:
    """One-to-one pairs gold index -> predicted index, greedily in text order.

    Pairs that also agree on source and modality are made first, then those agreeing on
    one of them, then the rest: when a passage records the same claim twice (a withdrawal
    promised, and one carried out), each prediction meets the gold claim it stands for.
    """
    pairs: dict[int, int] = {}
    for wanted in (2, 1, 0):
        for g, item in enumerate(gold):
            if g in pairs:
                continue
            taken = set(pairs.values())
            hit = next((p for p, claim in enumerate(predicted) if p not in taken
                        and claim_matches(claim, item) and _agreement(claim, item) >= wanted),
                       None)
            if hit is not None:
                pairs[g] = hit
    return pairs


def _agreement(claim: Claim, gold: dict[str, Any]) -> int:
    return int(source_matches(claim, gold.get("source"))) + int(
        str(claim.modality) == gold.get("modality", "asserted"))


def _score_opinion(report: EvalReport, row: dict[str, Any], predicted: list[str]) -> None:
    """Opinion is scored per gold sentence: a predicted sentence overlapping gold ones hits
    them; the second fragment of a gold sentence that our segmenter split in two is the same
    prediction, neither a second hit nor a false one."""
    gold = [" ".join(g.split()) for g in row["opinion"]]
    hit: set[int] = set()
    for text in (" ".join(p.split()) for p in predicted):
        overlapping = {n for n, g in enumerate(gold) if g in text or text in g}
        if not overlapping:
            report.opinion.fp += 1
            report.cases.append(_opinion_case(Cause.OPINION_EXTRA, row, text))
        report.opinion.tp += len(overlapping - hit)
        hit |= overlapping
    missed = [g for n, g in enumerate(gold) if n not in hit]
    report.opinion.fn += len(missed)
    report.cases += [_opinion_case(Cause.OPINION_MISSED, row, text) for text in missed]


def _opinion_case(cause: Cause, row: dict[str, Any], sentence: str) -> ErrorCase:
    return ErrorCase(cause=str(cause), passage=row["id"], text=row["text"], detail=sentence)


def format_report(report: EvalReport, *, errors: bool = False) -> str:
    """A plain-text summary; with ``errors``, a count per error cause and examples of each."""
    lines = [f"passages: {report.passages}", *_claim_lines(report), *_opinion_lines(report),
             *_relation_lines(report)]
    if errors and report.cases:
        lines += ["", *_error_lines(report)]
    return "\n".join(lines)


def _claim_lines(report: EvalReport) -> list[str]:
    if not report.claim_passages:
        return ["claims:   not scored (no passage has claim annotations)"]
    c = report.claims
    return [
        f"claims:   P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
        f"(tp {c.tp}, fp {c.fp}, fn {c.fn}; {report.claim_passages} passages)",
        f"source accuracy:   {report.source_accuracy:.3f} on {report.matched} matched claims",
        f"modality accuracy: {report.modality_accuracy:.3f} on {report.matched} matched claims",
    ]


def _relation_lines(report: EvalReport) -> list[str]:
    if not report.relations:
        return []
    lines = ["", f"{'relation':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in sorted(report.relations.items()):
        lines.append(
            f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}"
        )
    return lines


def _opinion_lines(report: EvalReport) -> list[str]:
    if not report.opinion_passages:
        return ["opinion:  not scored (no passage has opinion annotations)"]
    o = report.opinion
    return [f"opinion:  P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}  "
            f"(tp {o.tp}, fp {o.fp}, fn {o.fn}; {report.opinion_passages} passages)"]


def _error_lines(report: EvalReport) -> list[str]:
    counts = report.error_counts().most_common()
    width = max(len(cause) for cause, _ in counts)
    lines = [f"{'error cause':<{width}} {'count':>5}"]
    lines += [f"{cause:<{width}} {count:5}" for cause, count in counts]
    for cause, count in counts:
        examples = [case for case in report.cases if case.cause == cause][:EXAMPLES_PER_CAUSE]
        lines += ["", f"## {cause} ({count}; {len(examples)} shown)"]
        for case in examples:
            lines.append(f"- {case.passage}: {_snippet(case)}")
            if case.gold is not None:
                lines.append(f"    gold      {_gold_line(case.gold)}")
            if case.predicted is not None:
                lines.append(f"    predicted {_pred_line(case.predicted)}")
            if case.detail and case.gold is not None:
                lines.append(f"    {case.detail}")
    return lines


def _snippet(case: ErrorCase, limit: int = 200) -> str:
    text = " ".join((case.detail if case.gold is None and case.predicted is None
                     else case.text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
