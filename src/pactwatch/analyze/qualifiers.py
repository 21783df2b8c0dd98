"""Polarity and modality of a claim, read off the words that govern its trigger.

The trigger's *chain* is the trigger and the words above it through complement and object
relations, up to the clause that asserts it. Negators and negative verbs along the chain
flip polarity (so "failed to keep its promise to cut ties" flips twice: ties continue);
promises, intentions, hedges and conditions along the chain set the modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from pactwatch.analyze.lexicons import ModalityLexicon
from pactwatch.model import DocumentKind, Modality, Polarity, Relation

MAX_CHAIN = 8


def chain(trigger: Token, lex: ModalityLexicon, stop: frozenset[str]) -> list[Token]:
    """The trigger and its governors up to a verb of saying (in ``stop``) or the root."""
    nodes = [trigger]
    token = trigger
    while token.dep_ in lex.chain_deps and token.head.i != token.i and len(nodes) < MAX_CHAIN:
        token = token.head
        nodes.append(token)
        if token.lemma_.lower() in stop:
            break
    return nodes


def polarity(nodes: list[Token], lex: ModalityLexicon) -> Polarity:
    flips = 0
    for n, token in enumerate(nodes):
        if n > 0 and token.lemma_.lower() in (lex.negative_verbs | lex.ending_verbs):
            flips += 1
        for child in token.children:
            if child.dep_ == "neg" or (
                child.dep_ in ("det", "advmod") and child.lower_ in lex.negators
            ):
                flips += 1
    return Polarity.NEGATED if flips % 2 else Polarity.AFFIRMED


def modality(
    nodes: list[Token], relation: Relation, kind: str, lex: ModalityLexicon
) -> Modality:
    if relation is Relation.THREATEN:
        return Modality.FUTURE
    sentence = nodes[0].sent.text.lower()
    lemmas = [t.lemma_.lower() for t in nodes[1:]]
    auxiliaries = {c.lower_ for t in nodes if t.pos_ in ("VERB", "AUX") for c in t.children
                   if c.dep_ in ("aux", "auxpass")}
    modifiers = {c.lower_ for t in nodes for c in t.children if c.dep_ in ("advmod", "amod")}
    if any(lemma in lex.commitment_verbs or lemma in lex.commitment_nouns for lemma in lemmas):
        return Modality.COMMITMENT
    if kind == DocumentKind.AGREEMENT and auxiliaries & lex.agreement_aux:
        return Modality.COMMITMENT
    if _conditional(nodes, lex):
        return Modality.CONDITIONAL
    if auxiliaries & (lex.future_aux | {"would"}) or any(
        lemma in lex.future_verbs or lemma in lex.future_nouns for lemma in lemmas
    ):
        return Modality.FUTURE
    if (auxiliaries | modifiers) & lex.hedge_words or any(
        lemma in lex.hedge_verbs for lemma in lemmas
    ) or any(phrase in sentence for phrase in lex.hedge_phrases):
        return Modality.HEDGED
    return Modality.ASSERTED


def _conditional(nodes: list[Token], lex: ModalityLexicon) -> bool:
    """The trigger sits in an 'if' clause, or its clause depends on one."""
    for token in nodes:
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
                return True
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in lex.conditional_marks for g in child.children
            ):
                return True
    return False
