"""Rich tables for the terminal: verdicts, claims, name matches."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from pactwatch.model import Agreement, AnalyzedDocument, CommitmentVerdict, Stance, Verdict

_VERDICT_STYLE = {
    Verdict.KEPT: "green",
    Verdict.BREACHED: "red",
    Verdict.CONTESTED: "yellow",
    Verdict.UNKNOWN: "dim",
}


def _decisive(explanation: Sequence[str]) -> str:
    """The explanation line that states the decision (it carries the arrow), else the first."""
    for line in explanation:
        if "→" in line:
            return line
    return explanation[0] if explanation else ""


def verdict_table(agreement: Agreement, verdicts: Sequence[CommitmentVerdict]) -> Table:
    table = Table(title=f"{agreement.title or agreement.id} — verdicts", title_justify="left")
    for column in ("commitment", "party", "verdict", "confidence", "breach", "compliance", "why"):
        table.add_column(column, overflow="fold")
    for verdict in verdicts:
        breach = sum(1 for e in verdict.evidence if e.stance is Stance.BREACH and e.weight > 0)
        comply = sum(
            1 for e in verdict.evidence if e.stance is Stance.COMPLIANCE and e.weight > 0
        )
        style = _VERDICT_STYLE[verdict.verdict]
        table.add_row(
            verdict.commitment,
            verdict.party,
            f"[{style}]{verdict.verdict}[/{style}]",
            f"{verdict.confidence:.2f}",
            str(breach),
            str(comply),
            _decisive(verdict.explanation),
        )
    return table


def claims_table(analyzed: AnalyzedDocument) -> Table:
    table = Table(title=analyzed.document.name, title_justify="left")
    for column in ("#", "subject", "relation", "object", "polarity", "modality", "source"):
        table.add_column(column, overflow="fold")
    table.add_column("sentence", overflow="fold", ratio=2)
    for sentence in analyzed.sentences:
        marker = " [opinion]" if sentence.opinion else ""
        if not sentence.claims:
            if sentence.opinion:
                table.add_row(str(sentence.index), "", "", "", "", "", "", sentence.text + marker)
            continue
        for claim in sentence.claims:
            relation = claim.relation + (f" ({claim.mode})" if claim.mode else "")
            table.add_row(
                str(sentence.index),
                claim.subject.name or claim.subject.mention,
                relation,
                (claim.object.name or claim.object.mention) if claim.object else "—",
                claim.polarity,
                claim.modality,
                claim.source.name or claim.source.kind,
                sentence.text + marker,
            )
    return table


def resolve_table(results: Sequence[tuple[str, object]], *, date: str | None) -> Table:
    table = Table()
    for column in ("query", "actor", "id", "score", "lists"):
        table.add_column(column, overflow="fold")
    for query, match in results:
        if match is None:
            table.add_row(query, "[dim]no match[/dim]", "", "", "")
            continue
        refs = ", ".join(
            f"{ref.list} {ref.ref}" for ref in match.actor.refs if ref.active_on(date)
        )
        table.add_row(query, match.actor.name, match.actor.id, f"{match.score:.2f}", refs)
    return table
