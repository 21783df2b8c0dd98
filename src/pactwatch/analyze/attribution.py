"""The ``pw_attribution`` component: who asserts what, as frames over token ranges.

A frame says "the tokens from ``start`` to ``end`` (less ``exclude``) are asserted by
``name``". Claims look up the frames that contain their trigger: the innermost is the source,
all of them, outermost first, are the chain ("the U.N. report said Khalilzad told ...").
No frame means the writer asserts it (``SourceKind.AUTHOR``), which is also how an
institution's own statement speaks (guideline rule 9).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.analyze.extensions import register_extensions
from pactwatch.analyze.lexicons import AttributionLexicon, attribution_lexicon
from pactwatch.analyze.mentions import MentionIndex
from pactwatch.model import SourceKind

Frame = dict[str, object]
QUOTES = {'"', "“", "”", "‘", "’", "'", "``", "''"}
OPENING_QUOTES = {'"', "“", "``"}
MAX_NAME_TOKENS = 12


@Language.factory(
    "pw_attribution",
    assigns=["doc._.pw_frames"],
    requires=["doc.spans", "token.dep", "token.lemma"],
)
def make_attributor(nlp: Language, name: str) -> Attributor:
    return Attributor()


class Attributor:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        lex = attribution_lexicon()
        index = MentionIndex(doc)
        frames: list[Frame] = []
        previous: list[Frame] = []
        for sent in doc.sents:
            found = [f for t in sent if (f := _frame_at(t, sent, index, lex)) is not None]
            if not found and previous and _continues_quote(sent):
                found = [{**previous[-1], "start": sent.start, "end": sent.end, "exclude": None}]
            frames.extend(found)
            previous = found
        doc._.pw_frames = frames
        return doc


def frames_containing(doc: Doc, token_i: int) -> list[Frame]:
    """Frames asserting ``token_i``, outermost first; the trigger's own verb never counts."""
    hits = []
    for frame in doc._.pw_frames or ():
        start, end, exclude = frame["start"], frame["end"], frame["exclude"]
        if not start <= token_i < end or frame["verb"] == token_i:  # type: ignore[operator]
            continue
        if exclude and exclude[0] <= token_i < exclude[1]:  # type: ignore[index]
            continue
        hits.append(frame)
    return sorted(hits, key=lambda f: f["start"] - f["end"])  # type: ignore[operator]


def _frame_at(
    token: Token, sent: Span, index: MentionIndex, lex: AttributionLexicon
) -> Frame | None:
    follows = lex.according_to.get(token.lower_)
    prep = next((c for c in token.children if c.lower_ == follows), None) if follows else None
    if prep is not None:
        speaker = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if speaker is None:
            return None
        return _frame(
            speaker, index, lex, verb=token.i, content=(sent.start, sent.end),
            exclude=(token.left_edge.i, token.right_edge.i + 1),
        )
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in lex.speech_verbs:
        return None
    particles = lex.speech_particles.get(lemma)
    if particles and not any(c.dep_ == "prt" and c.lower_ in particles for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    content_deps = ("ccomp", "parataxis", "dobj") if lemma in lex.denial_verbs else (
        "ccomp", "parataxis")
    content = next((c for c in token.children if c.dep_ in content_deps), None)
    if content is not None:
        return _frame(
            subject, index, lex, verb=token.i,
            content=(content.left_edge.i, content.right_edge.i + 1), exclude=None,
        )
    if token.dep_ in ("ccomp", "parataxis") and token.i > token.head.i:
        head = token.head
        return _frame(
            subject, index, lex, verb=token.i,
            content=(head.left_edge.i, head.right_edge.i + 1),
            exclude=(token.left_edge.i, token.right_edge.i + 1),
        )
    return None


def _frame(
    speaker: Token,
    index: MentionIndex,
    lex: AttributionLexicon,
    *,
    verb: int,
    content: tuple[int, int],
    exclude: tuple[int, int] | None,
) -> Frame:
    mention = index.at(speaker)
    name = mention.text if mention else _phrase(speaker)
    return {
        "name": name,
        "kind": str(_kind(speaker, mention.label if mention else None, lex)),
        "verb": verb,
        "start": content[0],
        "end": content[1],
        "exclude": list(exclude) if exclude else None,
    }


def _kind(speaker: Token, label: str | None, lex: AttributionLexicon) -> SourceKind:
    lemma = speaker.lemma_.lower()
    if lemma in lex.document_nouns:
        return SourceKind.DOCUMENT
    if label == "PERSON" or lemma in lex.person_words or speaker.lower_ in lex.person_words:
        return SourceKind.PERSON
    return SourceKind.ORGANIZATION


def _phrase(head: Token) -> str:
    """The speaker's noun phrase, without a leading determiner and within a sane length."""
    tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "punct") or t.i == head.i]
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    tokens = tokens[:MAX_NAME_TOKENS]
    return "".join(t.text_with_ws for t in tokens).strip()


def _continues_quote(sent: Span) -> bool:
    """A sentence that opens with a quotation mark continues the previous speaker's words."""
    first = sent[0]
    return first.text in OPENING_QUOTES
