"""Relation recall on text nobody tuned for: the PLOVER gold-standard sentences.

    .venv/bin/python benchmarks/plover_gsr.py [--half open|blind|all] [--misses]

``../shared/data/plover_gsr`` holds 322 news sentences from the CAMEO manual, each coded by
other annotators with one event, its source actors and its targets. They were written for a
different guideline, so only recall is measured (a sentence's other events are not coded) and
the codings are mapped to ours: FIGHT is ASSAULT, DEMAND is REQUEST, DISAPPROVE is ACCUSE, and
INVESTIGATE has no counterpart and is left out. PLOVER codes promises and offers as AGREE where
our guideline keeps the promised relation with modality ``commitment``, so an AGREE sentence
also counts as found when its source makes a commitment.

The sentences are split by position: the even ones are ``open`` (their misses may be read and
worked from), the odd ones ``blind`` (scored only, so that the figure stays an estimate of
unseen text). ``--misses`` lists the open half's misses and refuses the blind half.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pactwatch.analyze import analyze
from pactwatch.model import Claim, Document, DocumentKind, Modality, Relation
from pactwatch.model.records import ActorRef
from pactwatch.present.workflow import Toolkit

SHARED = Path(__file__).resolve().parents[2] / "shared"
GSR = SHARED / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
OURS = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE"}
PROMISED = (Modality.COMMITMENT, Modality.FUTURE)
# relations whose doer may stand on either side of the claim (clashes, talks, deals)
EITHER_SIDE = (Relation.AGREE, Relation.CONSULT, Relation.COOPERATE, Relation.TIES,
               Relation.ASSAULT)


def records(half: str) -> list[dict]:
    """The coded sentences of one half, with the event mapped to our relation names."""
    coded = [r for r in json.loads(GSR.read_text(encoding="utf-8"))
             if r.get("event") and r.get("text")]
    chosen = [r for i, r in enumerate(coded) if half == "all" or (i % 2 == 0) == (half == "open")]
    return [{**r, "relation": OURS.get(r["event"], r["event"])} for r in chosen
            if OURS.get(r["event"], r["event"]) in Relation.__members__]


def _actors(record: dict, side: str) -> list[str]:
    return [a["actorText"].lower() for a in record.get(side) or [] if isinstance(a, dict)]


def _names(ref: ActorRef | None, actors: list[str]) -> bool:
    """The claim's actor is one of the coded ones when either text contains the other."""
    if ref is None:
        return False
    written = [t.lower() for t in (ref.mention, ref.name) if t]
    return any(a in w or w in a for a in actors for w in written)


def found(record: dict, claims: Iterable[Claim]) -> tuple[bool, bool]:
    """Whether the sentence's relation was predicted, and predicted with a coded source."""
    relation = Relation(record["relation"])
    sources = _actors(record, "source")
    hits = [c for c in claims if c.relation is relation
            or (relation is Relation.AGREE and c.modality in PROMISED)]
    by_source = any(_names(c.subject, sources)
                    or (c.relation in EITHER_SIDE and _names(c.object, sources)) for c in hits)
    return bool(hits), by_source


def _shown(claim: Claim) -> str:
    target = claim.object.mention if claim.object else "-"
    return f"{claim.subject.mention} {claim.relation} {target}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("open", "blind", "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list the open half's misses")
    args = parser.parse_args(argv)
    if not GSR.exists():
        print(f"skipped: {GSR} is absent")
        return 0
    if args.misses and args.half != "open":
        parser.error("--misses reads the open half only: the blind half is scored, never read")
    chosen = records(args.half)
    documents = [Document(id=r["id"], name=r["id"], text=r["text"], kind=DocumentKind.NEWS,
                          date="2000-01-01") for r in chosen]
    total: Counter[str] = Counter()
    relation_found: Counter[str] = Counter()
    source_found: Counter[str] = Counter()
    for record, analyzed in zip(chosen, analyze(documents, nlp=Toolkit().nlp), strict=True):
        claims = [c for s in analyzed.sentences for c in s.claims]
        by_relation, by_source = found(record, claims)
        total[record["relation"]] += 1
        relation_found[record["relation"]] += by_relation
        source_found[record["relation"]] += by_source
        if args.misses and not by_source:
            got = "; ".join(_shown(c) for c in claims) or "no claim"
            print(f"- {record['relation']} [{record.get('eventText')}] {record['text']}")
            print(f"    got: {got}")
    print(f"PLOVER GSR, {args.half} half: {sum(total.values())} sentences")
    print(f"{'relation':<11}{'n':>5}{'relation':>10}{'+source':>9}")
    for name in sorted(total):
        print(f"{name:<11}{total[name]:>5}{relation_found[name] / total[name]:>10.2f}"
              f"{source_found[name] / total[name]:>9.2f}")
    n = sum(total.values())
    print(f"{'all':<11}{n:>5}{sum(relation_found.values()) / n:>10.2f}"
          f"{sum(source_found.values()) / n:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
