"""What the claim families share: the ``Found`` record and the trigger tests that verbal,
nominal and hyphenated claims all apply (constraints of a trigger, the addressee of a call,
the doer of a condemned event, leaving an agreement, an agreement that was enacted).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pactwatch.analyze.actors import role_word
from pactwatch.analyze.arguments import Arguments
from pactwatch.analyze.lexicons import RelationLexicon, Trigger
from pactwatch.analyze.mentions import Mention
from pactwatch.model import Relation


@dataclass(frozen=True)
class Found:
    """A trigger with its arguments, before qualification."""

    trigger: Token
    relation: Relation
    mode: str | None
    subjects: list[Mention]
    objects: list[Mention]
    inherited: bool = False
    nominal: bool = False
    mutual: bool = False  # "between X and Y", "X-Y": neither party is the only agent


def noun_trigger(token: Token, rel: RelationLexicon, args: Arguments) -> Trigger | None:
    """The noun's trigger when its constraints hold; capitalised nouns name things instead."""
    trigger = rel.nouns.get(role_word(token)) or rel.nouns.get(token.lemma_.lower())
    if trigger is None or (token.text[:1].isupper() and not token.is_sent_start):
        return None
    holders = [token, *filter(None, [args.light_verb_of(token)])]  # "issued warnings to X"
    if trigger.preps and not any(
        c.dep_ in ("prep", "dative") and c.lower_ in trigger.preps
        for h in holders for c in h.children
    ):
        return None
    return trigger


def satisfied(token: Token, trigger: Trigger) -> bool:
    if trigger.preps and not any(
        c.dep_ in ("prep", "prt", "agent", "mark") and c.lower_ in trigger.preps
        for c in _with_clause_marks(token)
    ):
        return False
    return not trigger.objects or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in trigger.objects
        for c in token.children
    )


def _with_clause_marks(token: Token) -> list[Token]:
    """The trigger's children and the marks of its clauses: in "called for such attacks to
    cease" the parser hangs "for" on the clause it introduces, not on the verb."""
    marks = [g for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp")
             for g in c.children if g.dep_ == "mark" and g.i < c.i and g.i > token.i]
    return [*token.children, *marks]


def accused_agents(trigger: Token, args: Arguments, deps: tuple[str, ...]) -> list[Mention]:
    """'condemned the attack by X', 'condemnation of X's offensive': the doer of the
    condemned event is the accused."""
    for child in trigger.children:
        events = [child] if child.dep_ == "dobj" and "dobj" in deps else []
        if child.dep_ == "prep" and "prep" in deps and child.lower_ in ("of", "at", "over", "for"):
            events = [g for g in child.children if g.dep_ == "pobj"]
        for event in events:
            found = args.event_agents(event)
            if found:
                return found
    return []


def addressed(verb: Token) -> bool:
    """'urged all parties to ...': a request to someone who is not an actor yields no claim.
    A direct object is the addressee when told to do something or when it reads as people
    (a name, a pronoun, a plural: 'urged the factions'); a singular thing ('urged an
    immediate halt', 'demanded restraint') is what is asked for, with no addressee."""
    told = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    return any(
        c.dep_ == "dative"
        or (c.dep_ == "dobj" and (told or c.pos_ in ("PRON", "PROPN") or bool(c.ent_type_)
                                  or c.tag_ in ("NNS", "NNPS")))
        or (c.dep_ == "prep" and c.lower_ in ("on", "upon")
            and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )


def leaves_agreement(trigger: Token, rel: RelationLexicon) -> bool:
    """'withdrew from the deal', 'its withdrawal from the initiative': leaving is REJECT."""
    return any(
        c.dep_ == "prep" and c.lower_ == "from"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in rel.agreement_nouns for g in c.children)
        for c in trigger.children
    )


def enacted(noun: Token, rel: RelationLexicon) -> bool:
    """Guideline rule 7: 'the U.S.-Taliban agreement' alone is a name, not a claim; an
    agreement that is signed, reached or concluded ('the deal signed by X and Y', 'the
    signing of the agreement', 'X reached a deal') is one."""
    if any(
        (c.dep_ == "acl" and c.lemma_.lower() in rel.signing_words)
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    ):
        return True
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "a ceasefire and a deal were reached"
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass", "attr"):
        return False
    return head.i != noun.i and head.lemma_.lower() in rel.signing_words
