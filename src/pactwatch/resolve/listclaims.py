"""TIES claims whose source is a sanctions list, as documents of kind ``watchlist``.

When the UN list writes that an entry is "Linked to Al-Qaida (QDe.004)", the list itself is the
source of a claim that the two are tied. Each entry with such links becomes one
``AnalyzedDocument``: its text is the entry's own narrative sentences (only those that name
another entry), named "<list> list <ref>" and dated by the listing date (else the snapshot
date), with one TIES claim per link. The subject is the entry, the object the entry it names;
both carry the id of the actor that holds the reference (a registry actor such as ``al-qaeda``
when the registry claims it, else the list's own ``un:<ref>``), so the claims count against
the same parties as claims read in the news. A reference to an entry absent from the list
keeps the list's id form and the reference as its name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pactwatch.ingest import content_id
from pactwatch.model import (
    Actor,
    ActorRef,
    ActorType,
    AnalyzedDocument,
    Claim,
    Document,
    DocumentKind,
    Relation,
    Sentence,
    Source,
    SourceKind,
)
from pactwatch.resolve.narratives import Narrative

LIST_ANALYZER = "listclaims.v1"
# The list states the tie itself; what is uncertain is only our reading of its sentence.
LIST_CLAIM_CONFIDENCE = 0.95


@dataclass(frozen=True)
class ListSource:
    """Which list speaks: its short name in refs ("UN"), its title as a source, the prefix of
    its list-only actor ids ("un" for ``un:QDe.004``), and the snapshot's date."""

    list_name: str
    title: str
    id_prefix: str
    snapshot_date: str | None


def document_name(list_name: str, ref: str) -> str:
    """The name of the document that holds what ``list_name`` says of entry ``ref``."""
    return f"{list_name} list {ref}"


def list_documents(
    narratives: Iterable[Narrative],
    *,
    source: ListSource,
    entries: Mapping[str, Actor],
    owners: Mapping[str, Actor] | None = None,
) -> list[AnalyzedDocument]:
    """One analyzed document per narrative, its links as TIES claims.

    ``entries`` maps the list's refs to the entries as read; ``owners`` maps refs to the actor
    that holds them after merging with a registry (default: the entries themselves).
    """
    holders = {**entries, **(owners or {})}
    return [
        _document(narrative, source, entries[narrative.ref], holders)
        for narrative in narratives
        if narrative.ref in entries
    ]


def _document(
    narrative: Narrative, source: ListSource, entry: Actor, holders: Mapping[str, Actor]
) -> AnalyzedDocument:
    name = document_name(source.list_name, narrative.ref)
    text = " ".join(narrative.sentences)
    listed = next((r.listed_on for r in entry.refs if r.ref == narrative.ref), None)
    document = Document(
        id=content_id(f"{name}\n{text}"),
        name=name,
        text=text,
        title=f"{entry.name} ({narrative.ref})",
        date=listed or source.snapshot_date,
        outlet=source.title,
        kind=DocumentKind.WATCHLIST,
    )
    subject = _actor_ref(narrative.ref, entry.name, holders, source, start=None)
    starts = _sentence_starts(narrative.sentences)
    claims: list[list[Claim]] = [[] for _ in narrative.sentences]
    for link in narrative.links:
        offset = starts[link.sentence]
        written = narrative.sentences[link.sentence][link.start : link.end]
        claims[link.sentence].append(
            Claim(
                subject=subject,
                relation=Relation.TIES,
                object=_actor_ref(link.ref, written, holders, source, start=offset + link.start),
                source=Source(SourceKind.DOCUMENT, source.title),
                confidence=LIST_CLAIM_CONFIDENCE,
                trigger=link.trigger,
            )
        )
    sentences = tuple(
        Sentence(i, starts[i], starts[i] + len(text_i), text_i, claims=tuple(claims[i]))
        for i, text_i in enumerate(narrative.sentences)
    )
    return AnalyzedDocument(document=document, sentences=sentences, analyzer=LIST_ANALYZER)


def _actor_ref(
    ref: str,
    mention: str,
    holders: Mapping[str, Actor],
    source: ListSource,
    *,
    start: int | None,
) -> ActorRef:
    holder = holders.get(ref)
    return ActorRef(
        mention=mention,
        name=holder.name if holder else ref,
        id=holder.id if holder else f"{source.id_prefix}:{ref}",
        score=1.0,
        label=_label(holder),
        start=start,
        end=None if start is None else start + len(mention),
    )


def _label(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return "PERSON" if actor.type is ActorType.PERSON else "ORG"


def _sentence_starts(sentences: tuple[str, ...]) -> list[int]:
    starts, position = [], 0
    for sentence in sentences:
        starts.append(position)
        position += len(sentence) + 1  # joined by one space
    return starts
