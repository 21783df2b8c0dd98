"""Claims carried by a hyphen: 'Iran-backed militia' (AID), 'U.S.-designated group'
(SANCTION), and two parties joined before a noun: 'the Israel-Hamas war', 'U.S.-Taliban talks'."""

from __future__ import annotations

from spacy.tokens import Token

from pactwatch.analyze.arguments import Arguments
from pactwatch.analyze.lexicons import RelationLexicon, actor_lexicon
from pactwatch.analyze.mentions import Mention, MentionIndex
from pactwatch.analyze.triggers import Found, enacted, found_by
from pactwatch.model import Relation

HYPHENS = {"-", "–"}
# Nominal relations whose two parties may be joined by a hyphen: "U.S.-Taliban talks".
HYPHEN_PAIRED = {Relation.AGREE, Relation.CONSULT, Relation.COOPERATE, Relation.TIES,
                 Relation.ASSAULT}


def hyphen_claim(
    token: Token, rel: RelationLexicon, args: Arguments, index: MentionIndex
) -> Found | None:
    """'Iran-backed militia' -> Iran AID militia; 'U.S.-backed SDF' (one token) likewise."""
    doc = token.doc
    if token.nbor(-1).text == "-" if token.i > 0 else False:
        suffix = token.lower_
        name_token = doc[token.i - 2] if token.i > 1 else None
        if name_token is None:
            return None
        subject = index.entity_at(name_token) or index.at(name_token)
    else:
        prefix, _, suffix = token.text.rpartition("-")
        suffix = suffix.lower()
        if not prefix or not prefix[:1].isupper():
            return None
        subject = Mention(prefix, "GPE", token.idx, token.idx + len(prefix))
    trigger = rel.compound_suffixes.get(suffix)
    if trigger is None or subject is None:
        return None
    head = token.head if token.dep_ in ("amod", "compound", "npadvmod", "nmod") else None
    objects = _modified_actor(head, args, index) if head is not None else []
    if not objects and head is not None and trigger.relation is Relation.CONSULT:
        objects = args.between(head)  # "the Qatar-mediated talks between X and Y"
    return found_by(trigger, token, [subject], objects)


def _modified_actor(head: Token, args: Arguments, index: MentionIndex) -> list[Mention]:
    """The actor a hyphenated modifier describes, preferring a name in apposition:
    'Ansarallah, an Iran-backed militia' is about Ansarallah."""
    if (named := args.described_name(head)) is not None:
        return [named]
    if head.dep_ == "appos" and (found := args.actors(head.head)):
        return found
    for child in head.children:
        if child.dep_ == "appos" and (found := args.actors(child)):
            return found
    mention = index.at(head)
    return [mention] if mention is not None else []


def hyphenated_pair_claim(
    noun: Token, rel: RelationLexicon, index: MentionIndex
) -> Found | None:
    """'the Israel-Hamas war' (ASSAULT both ways), 'U.S.-Taliban talks' (CONSULT), and a
    'U.S.-Taliban agreement' that was signed (AGREE): two parties joined by a hyphen."""
    trigger = rel.nouns.get(noun.lemma_.lower())
    if trigger is None or trigger.relation not in HYPHEN_PAIRED:
        return None
    if trigger.relation is Relation.AGREE and not enacted(noun, rel):
        return None
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod", "nmod"):
            pair = _hyphen_parties(child, index)
            if pair:
                return found_by(trigger, noun, pair[:1], pair[1:],
                             nominal=True, mutual=True)
    return None


def _hyphen_parties(token: Token, index: MentionIndex) -> list[Mention]:
    """The two parties of 'U.S.-Taliban' (one token) or 'Israel - Hamas' (two mentions)."""
    doc = token.doc
    first = index.at(token)
    if token.i >= 2 and doc[token.i - 1].text in HYPHENS and not doc[token.i - 1].whitespace_:
        before = index.at(doc[token.i - 2])
        if before is not None and first is not None and before != first:
            return [before, first] if _capitalised(before.text, first.text) else []
    if first is None or first.start is None or first.label == "ACTOR":
        return []  # a registry name such as "FARC-EP" is one party, not two
    left, sep, right = first.text.partition("-")
    particles = actor_lexicon().name_particles
    if not sep or "-" in right or left.lower() in particles:
        return []
    if not _capitalised(left, right):
        return []
    start = first.start
    return [Mention(left, first.label, start, start + len(left)),
            Mention(right, first.label, start + len(left) + 1, first.end)]


def _capitalised(*names: str) -> bool:
    """Both sides of a hyphen are names: 'Israel-Hamas', not 'intra-Afghan'."""
    return all(len(name) >= 2 and name[:1].isupper() for name in names)
