"""Lookup of actor mentions by token: the one index the claim and attribution steps share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pactwatch.analyze.extensions import ACTORS, ANAPHORS


@dataclass(frozen=True)
class Mention:
    """An actor as a claim will cite it: the text and character offsets of the name.

    For an anaphor ("the group", "it") these are the antecedent's text and offsets.
    """

    text: str
    label: str
    start: int | None
    end: int | None

    def to_dict(self) -> dict[str, object]:
        return {"mention": self.text, "label": self.label, "start": self.start, "end": self.end}

    @property
    def key(self) -> str:
        return " ".join(self.text.lower().removeprefix("the ").split())


class MentionIndex:
    """Maps each token inside an actor mention (or a resolved anaphor) to its ``Mention``."""

    def __init__(self, doc: Doc) -> None:
        self.by_token: dict[int, Mention] = {}
        self.spans: dict[int, tuple[int, int]] = {}
        for span in doc.spans.get(ACTORS, ()):
            mention = Mention(span.text, span.label_, span.start_char, span.end_char)
            for i in range(span.start, span.end):
                self.by_token[i] = mention
                self.spans[i] = (span.start, span.end)
        self.partners: dict[int, list[Mention]] = {}
        coref = doc._.pw_coref or []
        anaphors = doc.spans.get(ANAPHORS, ())
        for span, (start, end, label, text) in zip(anaphors, coref, strict=True):
            mention = Mention(text, label, start, end)
            for i in range(span.start, span.end):
                if self.spans.get(i) == (span.start, span.end):
                    # "both parties": a second antecedent for the same words
                    self.partners.setdefault(i, []).append(mention)
                    continue
                self.by_token[i] = mention
                self.spans[i] = (span.start, span.end)


    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def entity_at(self, token: Token) -> Mention | None:
        """The named entity covering ``token``, whether or not it is an actor (read from the
        token's IOB tags: ``doc.ents`` would create every span anew)."""
        if not token.ent_type_:
            return None
        doc = token.doc
        start, end = token.i, token.i + 1
        while doc[start].ent_iob_ == "I" and start > 0:
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
        return Mention(span.text, token.ent_type_, span.start_char, span.end_char)

    def partners_of(self, token: Token) -> list[Mention]:
        """The other parties an anaphor such as 'both sides' names besides ``at(token)``."""
        return self.partners.get(token.i, [])

    def span_of(self, token: Token) -> tuple[int, int] | None:
        return self.spans.get(token.i)
