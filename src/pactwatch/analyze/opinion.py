"""The ``pw_opinion`` component: which sentences are the writer's own evaluation.

A weighted count of cues (loaded words, first person, judgement modals, questions, hopes)
against a threshold that depends on the kind of document: an opinion piece says what it
thinks in plain words, a monitoring report rarely does. Words inside quotations and inside
what another speaker is reported to say do not count (guideline rule 13).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.analyze.attribution import QUOTES
from pactwatch.analyze.extensions import register_extensions
from pactwatch.analyze.lexicons import OPINION_CUES, OpinionLexicon, opinion_lexicon


@Language.factory(
    "pw_opinion",
    assigns=["doc._.pw_opinion"],
    requires=["doc._.pw_frames", "token.lemma"],
)
def make_opinion_finder(nlp: Language, name: str) -> OpinionFinder:
    return OpinionFinder()


class OpinionFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        lex = opinion_lexicon()
        kind = doc._.pw_kind or "other"
        threshold = lex.thresholds.get(kind, lex.thresholds["other"])
        weights = {**lex.weights, **lex.kind_weights.get(kind, {})}
        reported = reported_tokens(doc)
        doc._.pw_opinion = [
            n for n, sent in enumerate(doc.sents)
            if opinion_score(sent, lex, reported, weights) >= threshold
        ]
        return doc


def reported_tokens(doc: Doc) -> set[int]:
    """Indices of tokens that some attribution frame gives to another speaker."""
    reported: set[int] = set()
    for frame in doc._.pw_frames or ():
        exclude = frame["exclude"] or (0, 0)
        reported.update(
            i for i in range(frame["start"], frame["end"]) if not exclude[0] <= i < exclude[1]
        )
    return reported


def opinion_score(
    sent: Span, lex: OpinionLexicon, reported: set[int], weights: dict[str, float]
) -> float:
    """The weighted cues of the writer's voice in ``sent``; quoted words are skipped."""
    voiced = _writer_tokens(sent, reported)
    if not voiced:
        return 0.0
    text = " " + " ".join(t.lower_ for t in voiced) + " "
    words = {t.lower_ for t in voiced} | {t.lemma_.lower() for t in voiced}
    score = 0.0
    for cue in OPINION_CUES:
        hits = len(words & lex.words[cue]) + sum(f" {p} " in text for p in lex.phrases[cue])
        score += weights[cue] * min(hits, 2)
    last = sent[-1] if not sent[-1].is_space else sent[-2] if len(sent) > 1 else sent[-1]
    if last.text == "?" and voiced[-1].i >= last.i - 1:
        score += weights["question"]
    if last.text == "!":
        score += weights["exclamation"]
    return score


def _writer_tokens(sent: Span, reported: set[int]) -> list[Token]:
    """Tokens outside quotation marks and outside other speakers' reported words."""
    inside = False
    voiced = []
    for token in sent:
        if token.text in QUOTES and token.text not in ("'", "’"):
            inside = not inside
            continue
        if inside or token.is_space or token.i in reported:
            continue
        voiced.append(token)
    return voiced
