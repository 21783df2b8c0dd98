"""Explanations of name matches that a compliance officer can read and defend.

Each line states one fact behind a result: which of the actor's names matched and how, each
factor of the score with its value, list membership on the date asked, and why the next-best
candidates lost. The numbers are the ones in ``Match.steps``, so the text never disagrees with
the score.
"""

from __future__ import annotations

from pactwatch.resolve.matcher import DEFAULT_THRESHOLD, Match, Resolver

_STEP_TEXT = {
    "exact": "the name as written (up to case and spacing)",
    "normalized": "the name after diacritics, punctuation, articles and particles are dropped",
    "skeleton": "a transliteration variant (skeleton key: joined parts, Qaeda = Qaida, "
    "doubled letters)",
    "reordered": "the same name parts in another order",
    "phonetic": "the same consonants in the same order (a transliteration or another script)",
    "loose_phonetic": "the same consonants, but spelled unlike (vowels differ)",
    "acronym": "the initials of the organisation's name",
    "words": "word by word (no key matched)",
    "word_similarity": "weighted share of words that pair up (common names weigh little)",
    "generic_head": 'a generic head noun dropped ("fighters", "officials")',
    "honorific": "a title dropped (Mullah, Sheikh, Haji...)",
    "weak_alias": "a low-quality alias of the list",
    "single_word": "a single word of a listed person's name",
    "common_name": "common given names alone: never enough to link a person",
    "few_distinctive_words": "fewer shared distinctive words than a link needs "
    "(a person needs two)",
    "type_mismatch": "the entity type contradicts the actor's kind",
    "ambiguity": "another actor matches exactly as well",
    "context_alias": "a name whose actor depends on the document (the countries or actors it "
    "names, the date)",
    "birth_date": "year of birth",
    "nationality": "nationality",
}


def describe_step(name: str, value: float) -> str:
    """One factor of a score as a line: "× 0.97  honorific: a title dropped (...)"."""
    return f"{value:.3f}  {name}: {_STEP_TEXT.get(name, name)}"


def explain(match: Match, *, threshold: float = DEFAULT_THRESHOLD) -> list[str]:
    """The lines that justify one match: alias, score as a product of factors, features,
    list membership, and why each alternative lost."""
    actor = match.actor
    lines = [
        f"{match.query!r} → {actor.name} ({actor.id}, {actor.type}) score {match.score:.3f} "
        f"[{match.algorithm}, threshold {threshold}]",
        f"matched name: {match.alias!r}",
    ]
    for position, (name, value) in enumerate(match.steps):
        lines.append(("  base " if position == 0 else "  × ") + describe_step(name, value))
    if match.score >= 1.0 and len(match.steps) > 1:
        lines.append("  (capped at 1.0)")
    if match.pairs:
        lines.append(
            "words paired: "
            + ", ".join(
                f"{mine}~{theirs} ({similarity:g})" for mine, theirs, similarity in match.pairs
            )
        )
    shown = {name for name, _ in match.steps}
    facts = [
        f"{name}={value:g}"
        for name, value in sorted(match.features.items())
        if name not in shown and name not in _LISTED
    ]
    if facts:
        lines.append("features: " + ", ".join(facts))
    if match.features.get("context"):
        lines.append("context: the document's country or co-mentioned actors chose this actor")
    lines.extend(_listing(match))
    if not match.alternatives:
        lines.append("no other candidate was found")
    for other in match.alternatives:
        lines.append(
            f"lost: {other.actor.name} ({other.actor.id}) {other.score:.3f} — "
            f"{_why_lost(match, other)}"
        )
    return lines


def explain_query(
    resolver: Resolver,
    name: str,
    *,
    date: str | None = None,
    label: str | None = None,
) -> list[str]:
    """Lines for ``pactwatch resolve --explain``: the match explained, or, when nothing links,
    the closest candidates and what kept each below the threshold."""
    found = resolver.match(name, date=date, label=label)
    if found is not None:
        return explain(found, threshold=resolver.threshold)
    near = resolver.candidates(name, date=date, label=label)
    if not near:
        return [f"{name!r}: no actor shares a name, a word or a consonant key with it"]
    lines = [f"{name!r}: no match at threshold {resolver.threshold}; closest:"]
    for candidate in near:
        lines.append(
            f"  {candidate.actor.name} ({candidate.actor.id}) {candidate.score:.3f} "
            f"via {candidate.alias!r}"
        )
        lines.extend(f"    {describe_step(step, value)}" for step, value in candidate.steps)
    return lines


_LISTED = frozenset({"listed"})


def _listing(match: Match) -> list[str]:
    if match.listed is None:
        return []
    if match.listed:
        return ["on the list on the date asked: " + _refs(match)]
    return ["NOT on the list on the date asked (the actor is still this actor): " + _refs(match)]


def _refs(match: Match) -> str:
    return "; ".join(
        f"{ref.list} {ref.ref} listed {ref.listed_on or '?'}"
        + (f", removed {ref.removed_on}" if ref.removed_on else "")
        for ref in match.actor.refs
    )


def _why_lost(winner: Match, other: Match) -> str:
    if other.score == winner.score:
        return "tied; " + (
            "the document's context chose the winner"
            if winner.features.get("context")
            else "curated registry actors come before imported list entries"
        )
    penalties = [name for name, value in other.steps[1:] if value < 1.0]
    base = other.steps[0] if other.steps else ("?", 0.0)
    reason = f"matched by {base[0]} ({base[1]:.3f}) through {other.alias!r}"
    if penalties:
        reason += "; lowered by " + ", ".join(penalties)
    return reason
