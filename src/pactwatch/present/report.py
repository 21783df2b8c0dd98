"""The verdicts of an agreement as a Markdown report and a self-contained HTML page.

A reader must be able to check every verdict down to the sentence, so the report shows each
commitment's reasoning lines and the cited sentences with their weights, and draws two charts:
a timeline of the evidence and the network of actors the claims connect. The charts are inline
SVG whose geometry is computed here (deterministic: the same verdicts give the same bytes), so
the HTML needs no scripts, fonts or anything fetched, and prints as it shows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pactwatch.model import (
    ActorRef,
    Agreement,
    CommitmentVerdict,
    Evidence,
    Polarity,
    Relation,
    Stance,
    Verdict,
)

TEMPLATES = Path(__file__).with_name("templates")
STANCE_COLOURS = {Stance.BREACH: "#b03a2e", Stance.COMPLIANCE: "#1e8449"}
ZERO_COLOUR = "#9a9a9a"
VERDICT_COLOURS = {
    Verdict.KEPT: "#1e8449",
    Verdict.BREACHED: "#b03a2e",
    Verdict.CONTESTED: "#b9770e",
    Verdict.UNKNOWN: "#6c757d",
}
# One colour per relation type, in the vocabulary's order, distinguishable in print.
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#74c476", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
            "#7b4173", "#d62728", "#111111")
RELATION_COLOURS = dict(zip(Relation, _PALETTE, strict=True))
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def write_report(
    agreement: Agreement, verdicts: Sequence[CommitmentVerdict], *, out_dir: Path
) -> tuple[Path, Path]:
    """Write ``report.md`` and ``report.html`` into ``out_dir`` (created if needed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    context = {
        "agreement": agreement,
        "sections": [_section(agreement, verdict) for verdict in verdicts],
        "timeline": timeline(agreement, verdicts),
        "network": network(verdicts),
        "stance_colours": {s.value: c for s, c in STANCE_COLOURS.items()},
        "zero_colour": ZERO_COLOUR,
    }
    paths = []
    for name, escape in (("report.md", False), ("report.html", True)):
        template = _environment(escape).get_template(f"{name}.j2")
        path = out_dir / name
        path.write_text(template.render(context), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


@dataclass(frozen=True)
class Citation:
    stance: str
    colour: str
    weight: float
    document: str
    date: str
    source: str
    sentence: str
    url: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    id: str
    party: str
    text: str
    verdict: str
    colour: str
    confidence: float
    explanation: tuple[str, ...]
    citations: tuple[Citation, ...]
    breach: float
    compliance: float


def _section(agreement: Agreement, verdict: CommitmentVerdict) -> Section:
    texts = {c.id: c.text for c in agreement.commitments}
    citations = tuple(_citation(e) for e in verdict.evidence)
    return Section(
        id=verdict.commitment,
        party=verdict.party,
        text=texts.get(verdict.commitment, ""),
        verdict=verdict.verdict.value,
        colour=VERDICT_COLOURS[verdict.verdict],
        confidence=verdict.confidence,
        explanation=verdict.explanation,
        citations=citations,
        breach=sum(e.weight for e in verdict.evidence if e.stance is Stance.BREACH),
        compliance=sum(e.weight for e in verdict.evidence if e.stance is Stance.COMPLIANCE),
    )


def _citation(evidence: Evidence) -> Citation:
    stored = evidence.stored
    claim = stored.claim
    source = claim.source.name or stored.document.author or stored.document.outlet
    return Citation(
        stance=evidence.stance.value,
        colour=STANCE_COLOURS[evidence.stance] if evidence.weight > 0 else ZERO_COLOUR,
        weight=evidence.weight,
        document=stored.document.title or stored.document.name,
        date=claim.date or stored.document.date or "undated",
        source=source or "the author",
        sentence=stored.sentence.text,
        url=_safe_url(stored.document.url),
        reasons=evidence.reasons,
    )


def _safe_url(url: str | None) -> str | None:
    """Only web links become links: a ``javascript:`` or file URL from a document is not one."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


# --- timeline ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    r: float
    colour: str
    filled: bool
    title: str


@dataclass
class Timeline:
    width: int
    height: int
    left: int
    rows: list[tuple[str, float]] = field(default_factory=list)  # (label, y)
    windows: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, y)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    signed_x: float = 0.0


def timeline(
    agreement: Agreement, verdicts: Sequence[CommitmentVerdict], *, width: int = 900
) -> Timeline:
    """One row per commitment; x = date, colour = stance, area ~ weight, hollow = weight 0."""
    left, right, top, row_height = 170, 20, 34, 44
    dated = [(i, e, day) for i, v in enumerate(verdicts) for e in v.evidence
             if (day := evidence_day(e)) is not None]
    days = [agreement.signed, *(day for _, _, day in dated)]
    first, last = min(days), max(days)
    span = max((last - first).days, 30)
    first -= dt.timedelta(days=math.ceil(span * 0.03))
    last = first + dt.timedelta(days=math.ceil(span * 1.06))
    plot = width - left - right

    def x(day: dt.date) -> float:
        return round(left + plot * (day - first).days / (last - first).days, 1)

    chart = Timeline(width, top + row_height * max(len(verdicts), 1) + 10, left)
    chart.signed_x = x(agreement.signed)
    chart.ticks = [(x(day), label) for day, label in _ticks(first, last)]
    windows = {c.id: agreement.window(c) for c in agreement.commitments}
    heaviest = max((e.weight for _, e, _ in dated), default=0.0) or 1.0
    for index, verdict in enumerate(verdicts):
        y = top + row_height * index + row_height / 2
        chart.rows.append((verdict.commitment, y))
        if verdict.commitment in windows:
            start, until = windows[verdict.commitment]
            chart.windows.append((x(max(start, first)), x(min(until or last, last)), y))
    crowd: Counter[tuple[int, float]] = Counter()
    for index, evidence, day in sorted(dated, key=lambda t: (t[0], t[2], -t[1].weight)):
        row_y = chart.rows[index][1]
        cx = x(day)
        nudge = crowd[(index, cx)]  # same day: alternate above and below the row line
        crowd[(index, cx)] += 1
        counted = evidence.weight > 0
        chart.marks.append(Mark(
            x=cx,
            y=round(row_y + min((nudge + 1) // 2, 2) * (-9 if nudge % 2 else 9), 1),
            r=round(3 + 9 * math.sqrt(evidence.weight / heaviest), 1) if counted else 3.0,
            colour=STANCE_COLOURS[evidence.stance] if counted else ZERO_COLOUR,
            filled=counted,
            title=f"{day.isoformat()} {evidence.stance.value} weight {evidence.weight:.2f}: "
                  f"{evidence.stored.sentence.text}",
        ))
    return chart


def evidence_day(evidence: Evidence) -> dt.date | None:
    """The middle of the claim's date (or its document's), which may name a month or a year."""
    text = evidence.stored.claim.date or evidence.stored.document.date
    found = _DATE.match(text or "")
    if not found:
        return None
    year, month, day = found.groups()
    try:
        if month is None:
            return dt.date(int(year), 7, 1)
        if day is None:
            middle = calendar.monthrange(int(year), int(month))[1] // 2
            return dt.date(int(year), int(month), 1) + dt.timedelta(days=middle)
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """Month or year ticks, at most about ten of them."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months > 60:
        step = math.ceil((last.year - first.year + 1) / 10)
        return [(dt.date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1, step)
                if first <= dt.date(y, 1, 1) <= last]
    step = max(1, math.ceil(months / 10))
    ticks = []
    for offset in range(1, months + 1, step):
        total = first.month - 1 + offset
        day = dt.date(first.year + total // 12, total % 12 + 1, 1)
        if day <= last:
            ticks.append((day, day.strftime("%b %Y")))
    return ticks


# --- actor network ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Node:
    key: str
    label: str
    x: float
    y: float
    r: float


@dataclass(frozen=True)
class Edge:
    path: str
    colour: str
    dashed: bool
    directed: bool
    label: str
    label_x: float
    label_y: float
    title: str


@dataclass
class Network:
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]
    relations: list[tuple[str, str]]  # legend: (relation, colour)


def network(verdicts: Sequence[CommitmentVerdict], *, width: int = 640) -> Network:
    """Actors of the counted evidence claims on a circle (ordered by degree, then name); claims as
    curved edges, one per subject/relation/object/polarity, coloured by relation and dashed
    when negated. A circle is deterministic and keeps every label readable."""
    height = 460
    links: Counter[tuple[str, str, Relation, Polarity]] = Counter()
    names: dict[str, str] = {}
    for verdict in verdicts:
        for evidence in verdict.evidence:
            if evidence.weight == 0:
                continue
            claim = evidence.stored.claim
            subject = _node_key(claim.subject, names)
            if claim.object is None:
                continue
            links[(subject, _node_key(claim.object, names), claim.relation, claim.polarity)] += 1
    degree: Counter[str] = Counter({key: 0 for key in names})
    for (a, b, _, _), count in links.items():
        degree[a] += count
        degree[b] += count
    order = sorted(names, key=lambda k: (-degree[k], names[k].casefold(), k))
    cx, cy, radius = width / 2, height / 2, min(width, height) / 2 - 70
    places: dict[str, tuple[float, float]] = {}
    for i, key in enumerate(order):
        angle = -math.pi / 2 + 2 * math.pi * i / len(order)
        at_centre = len(order) == 1
        places[key] = (round(cx + (0 if at_centre else radius * math.cos(angle)), 1),
                       round(cy + (0 if at_centre else radius * math.sin(angle)), 1))
    top = max(degree.values(), default=1) or 1
    nodes = [Node(k, names[k], *places[k], r=round(7 + 9 * math.sqrt(degree[k] / top), 1))
             for k in order]
    edges = []
    parallel: Counter[frozenset[str]] = Counter()
    for (a, b, relation, polarity), count in sorted(links.items(), key=lambda i: i[0]):
        bend = parallel[frozenset((a, b))]
        parallel[frozenset((a, b))] += 1
        edges.append(_edge(places[a], places[b], relation, polarity, count, bend,
                           f"{names[a]} {relation.value} {names[b]}"))
    used = sorted({relation for (_, _, relation, _) in links}, key=list(Relation).index)
    return Network(width, height, nodes, edges, [(r.value, RELATION_COLOURS[r]) for r in used])


def _node_key(actor: ActorRef, names: dict[str, str]) -> str:
    key = actor.id or f"mention:{actor.mention.casefold()}"
    names.setdefault(key, actor.name or actor.mention)
    return key


def _edge(
    start: tuple[float, float], end: tuple[float, float], relation: Relation,
    polarity: Polarity, count: int, bend: int, text: str,
) -> Edge:
    """A quadratic curve; parallel edges between one pair bend further out, alternating sides."""
    (x1, y1), (x2, y2) = start, end
    if (x1, y1) == (x2, y2):  # an actor related to itself: a small loop above the node
        path = f"M{x1},{y1} c-30,-50 30,-50 0,0"
        return Edge(path, RELATION_COLOURS[relation], polarity is Polarity.NEGATED,
                    not relation.symmetric, _edge_label(relation, polarity, count),
                    x1, round(y1 - 42, 1), text)
    length = math.hypot(x2 - x1, y2 - y1)
    offset = (24 + 36 * (bend // 2)) * (1 if bend % 2 == 0 else -1)
    if (x1, y1) > (x2, y2):  # bend sides relative to one direction, whichever way edges run
        offset = -offset
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    qx, qy = mx - offset * (y2 - y1) / length, my + offset * (x2 - x1) / length
    # Labels of parallel edges sit at different points along their curves so they don't collide.
    t = (0.5, 0.33, 0.67)[bend % 3]
    label_x = round((1 - t) ** 2 * x1 + 2 * t * (1 - t) * qx + t**2 * x2, 1)
    label_y = round((1 - t) ** 2 * y1 + 2 * t * (1 - t) * qy + t**2 * y2, 1)
    path = f"M{x1},{y1} Q{round(qx, 1)},{round(qy, 1)} {x2},{y2}"
    negated = polarity is Polarity.NEGATED
    return Edge(path, RELATION_COLOURS[relation], negated, not relation.symmetric,
                _edge_label(relation, polarity, count), label_x, label_y,
                f"{'not ' if negated else ''}{text} ({count} claim{'s' * (count > 1)})")


def _edge_label(relation: Relation, polarity: Polarity, count: int) -> str:
    label = f"{'not ' if polarity is Polarity.NEGATED else ''}{relation.value}"
    return f"{label} ×{count}" if count > 1 else label


# --- templates --------------------------------------------------------------------------------

def markdown_text(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, markup characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def _environment(escape: bool) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=escape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = markdown_text
    return environment
