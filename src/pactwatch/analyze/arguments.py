"""Who did it and to whom: the actors a trigger's dependency structure points to.

Verbs take their subject (or the ``by`` agent of a passive) and their object (direct object,
passive subject, or a preposition proper to the relation). Nouns take a possessor, a ``by``
agent, a name modifier ("Houthi attacks") or the subject of the light verb that governs them
("X held talks"). Coordination multiplies arguments; a clause without a subject inherits
the one of the clause it hangs on. A relative pronoun stands for its noun ("the forces that
X trained"), and a participle describing a noun has it for object ("fighters trained by X").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.analyze.extensions import OPPOSED
from pactwatch.analyze.lexicons import (
    actor_lexicon,
    attribution_lexicon,
    modality_lexicon,
    relation_lexicon,
    sanctuary_lexicon,
)
from pactwatch.analyze.mentions import Mention, MentionIndex

MAX_DEPTH = 4
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
FOLLOWING_WORDS = ("loyal", "belonging")  # "fighters loyal to X", "units belonging to X"
EXAMPLE_PREPS = ("including", "notably")
MEMBER_PREPS = ("of", *EXAMPLE_PREPS)  # "members of X"; "targets, including X and Y"
TAKING_PART_PREPS = ("during", "in", "amid", "throughout")  # the subject takes part in it
QUANTIFIER_POS = ("ADJ", "NUM", "DET")  # "most of X", "1,000 of X", "all of X"
CAPTIVE_PREPS = ("from", "of", "among")  # "prisoners from the security forces"
NAMING_VERBS = ("know", "call", "refer", "dub")  # "collectively known as the P5+1"
TERRITORY_PREPS = ("in", "inside")  # "sites in X", "targets inside X"
TERRITORY_LABELS = ("ACTOR", "GPE")  # registry names and states, not organisations or people
TERRITORY_MODIFIERS = ("nmod", "poss", "compound")  # "in X-administered Kashmir", "in X's north"
WHEN_OR_WHERE = ("DATE", "TIME", "GPE", "LOC", "FAC")  # "signed on 3 May by X"
RECIPROCALS = ({"each", "other"}, {"one", "another"})  # the parser's words of "each other"
# Verb forms a coordinated verb may take ("trained and equipped it": the tagger may read the
# second participle as an adjective).
SHARING_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ")


def opposed_by_noun(doc: Doc) -> dict[int, list[Mention]]:
    """'counter-ISIS operations', 'anti-Houthi strikes': the names the actor step kept as what
    the noun they modify is against, by that noun's index."""
    found: dict[int, list[Mention]] = {}
    for span in doc.spans.get(OPPOSED, ()):
        mention = Mention(span.text, span.label_, span.start_char, span.end_char)
        found.setdefault(span.root.head.i, []).append(mention)
    return found


class Arguments:
    """Finds argument actors in one document; ``index`` maps tokens to mentions."""

    def __init__(
        self, index: MentionIndex, light_verbs: frozenset[str], triggers: frozenset[str],
        addressing: frozenset[str] = frozenset(), opposed: dict[int, list[Mention]] | None = None,
    ) -> None:
        self.index = index
        self.light_verbs = light_verbs
        self.triggers = triggers  # verb lemmas that carry a relation of their own
        self.addressing = addressing  # verbs of asking: "urged X to", "called on X to"
        self.opposed = opposed or {}  # noun index -> whom it is against ("counter-ISIS raids")

    def actors(self, token: Token, depth: int = 0) -> list[Mention]:
        """The actors a noun phrase headed by ``token`` names, coordination included."""
        if depth > MAX_DEPTH:
            return []
        antecedent = _antecedent(token)
        if antecedent is not None:  # "the forces that X trained": the forces
            # not a conjunct after the clause: "X, which Y recognises, and Z" says it of X
            end = token.doc[token.head.right_edge.i].idx
            return [m for m in self.actors(antecedent, depth + 1)
                    if m.start < antecedent.idx or m.start <= end]
        collective = self._collective_name(token)
        if collective:  # "X, Y and Z, collectively known as the P5+1": the group acts
            return collective
        # held people stand for their side, not for themselves
        found = (self._captives_side(token, depth) or self._occupants(token, depth)
                 or self._named(token, depth))
        for child in token.children:
            if child.dep_ == "conj" and not _alias(token, child):
                found.extend(self.actors(child, depth + 1))
        return _unique(found)

    def _collective_name(self, token: Token) -> list[Mention]:
        """'the United States, France, ... and Germany, collectively known as the P5+1': the
        name the list goes by (guideline: multilateral parties are one compound name)."""
        for clause in token.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in NAMING_VERBS:
                for prep in clause.children:
                    if prep.dep_ == "prep" and prep.lower_ == "as" and (
                        found := self._pobj_actors(prep)
                    ):
                        return found[:1]
        return []

    def _named(self, token: Token, depth: int) -> list[Mention]:
        mention = self.index.at(token)
        if mention is None:
            return self._inner_actor(token, depth)
        named = self.described_name(token)
        if named is not None and named != mention:
            return [named]  # "X, a U.S.-designated terrorist group that ...": X
        return [*self._coordinated_modifiers(token, mention), mention,
                *self.index.partners_of(token)]

    def described_name(self, token: Token) -> Mention | None:
        """The name a descriptive apposition describes: 'X, a designated terrorist group'
        (the apposition's head; after a bracketed acronym, 'X (XY), a group ...', the parser
        may hang it elsewhere, even read it as an object, so the name just before the comma
        of an indefinite description)."""
        if token.pos_ != "NOUN":
            return None
        if token.dep_ == "appos" and (named := self.index.at(token.head)) is not None:
            return named
        if token.dep_ != "appos" and token.left_edge.lower_ not in ("a", "an"):
            return None
        doc = token.doc
        i = token.left_edge.i - 1
        if i < 0 or doc[i].text != ",":
            return None
        i -= 1
        if i > 0 and doc[i].text == ")":  # "X (XY), a group": X, the name in full
            while i > 0 and doc[i].text != "(":
                i -= 1
            i -= 1
        return self.index.at(doc[i]) if i >= 0 else None

    def _coordinated_modifiers(self, token: Token, mention: Mention) -> list[Mention]:
        """'U.S. and Taliban representatives': the first conjunct modifies the mention's head
        from outside it, so it is a party of its own."""
        found = []
        for child in token.children:
            if child.dep_ in ("nmod", "compound", "amod") and any(
                g.dep_ == "conj" for g in child.children
            ):
                other = self.index.at(child)
                if other is not None and other != mention:
                    found.append(other)
        return found

    def _captives_side(self, token: Token, depth: int) -> list[Mention]:
        """'their last prisoners from the security forces': held people stand for the side
        they belong to, named by a 'from'/'of' phrase on the noun or, misattached by the
        parser, on the verb that releases them."""
        if token.lemma_.lower() not in actor_lexicon().captive_nouns:
            return []
        holders = [token]
        if token.dep_ in ("dobj", *PASSIVE_SUBJECT_DEPS):
            holders.append(token.head)
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in CAPTIVE_PREPS:
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        if found := self.actors(pobj, depth + 1):
                            return found
        return []

    def _occupants(self, token: Token, depth: int) -> list[Mention]:
        """'bases housing U.S. troops', 'the outpost where X forces were stationed': a place
        stands for the side whose people occupy it, not for the country it lies in."""
        rel = relation_lexicon()
        singular = token.lower_[:-1] if token.tag_ == "NNS" else token.lower_
        if not {token.lemma_.lower(), singular} & rel.place_nouns:
            return []
        for clause in token.children:
            occupying = clause.lemma_.lower() in rel.occupying_verbs
            if clause.dep_ not in ("relcl", "acl") or not occupying:
                continue
            people = [c for c in clause.children if c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "dobj")
                      and c.lower_ not in RELATIVE_PRONOUNS]
            people += [g for c in clause.children if c.dep_ == "agent"
                       for g in c.children if g.dep_ == "pobj"]
            if found := [m for p in people for m in self.actors(p, depth + 1)]:
                return found
        return []

    def _inner_actor(self, token: Token, depth: int) -> list[Mention]:
        """'members of the Council' -> the Council; 'a UAE vessel' -> the UAE; appositions;
        quantified phrases: 'most of the 1,000 security personnel' -> the personnel's side."""
        if token.pos_ in QUANTIFIER_POS:
            return self._member_actors(token, depth)
        if token.pos_ not in ("NOUN", "PROPN", "PRON"):
            return []
        # "his Saudi counterpart", "its Houthi allies": a name says whose side the person is
        # on, a possessive pronoun only whom they stand beside
        modifiers = sorted((c for c in token.children if c.dep_ in MODIFIER_DEPS),
                           key=lambda c: c.dep_ == "poss" and c.pos_ == "PRON")
        for child in modifiers:
            if (m := self.index.at(child)) is not None:
                return [m, *(c for g in child.children if g.dep_ == "conj"
                             if (c := self.index.at(g)) is not None)]
        for child in token.children:  # "an ISIS bomb maker": the name modifies a modifier
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                found = [m for g in child.children if g.dep_ == "compound"
                         if (m := self.index.at(g)) is not None]
                if found:
                    return found[:1]
        if found := (self._member_actors(token, depth) or self._followers_of(token, depth)
                     or self._described_as(token, depth)):
            return found
        for child in token.children:
            if child.dep_ == "appos" and (found := self.actors(child, depth + 1)):
                return found
        if token.dep_ == "appos" and (m := self.index.at(token.head)) is not None:
            return [m]
        return []

    def _described_as(self, token: Token, depth: int) -> list[Mention]:
        """'a site that X identified as a Y training camp', 'what X described as Y hideouts'
        (the free relative is the object of the describing verb): the thing is what it is
        said to be."""
        clauses = [c for c in token.children if c.dep_ == "relcl"]
        if token.lower_ == "what" and token.dep_ == "dobj":
            clauses.append(token.head)
        rel = relation_lexicon()
        return next((found for clause in clauses
                     if clause.lemma_.lower() in rel.describing_verbs
                     for named in _description(clause)
                     if (found := self.actors(named, depth + 1))), [])

    def _followers_of(self, token: Token, depth: int) -> list[Mention]:
        """'fighters loyal to X', 'armed groups belonging to X': people who answer to a party
        are named by it (guideline: members are named by their organisation)."""
        return next((found for c in token.children if c.dep_ in ("amod", "acl")
                     and c.lower_ in FOLLOWING_WORDS for prep in c.children
                     if prep.dep_ == "prep" and prep.lower_ == "to"
                     and (found := [m for g in prep.children if g.dep_ == "pobj"
                                    for m in self.actors(g, depth + 1)])), [])

    def _member_actors(self, token: Token, depth: int) -> list[Mention]:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in MEMBER_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (found := self.actors(pobj, depth + 1)):
                        return found
        return []

    def verb_subjects(
        self, verb: Token, depth: int = 0, via: str = ""
    ) -> tuple[list[Mention], bool]:
        """Subjects of a verb, and whether they were inherited from another clause (``via``:
        the dependency of the clause that asks)."""
        if depth > MAX_DEPTH:
            return [], True
        if via == "xcomp" and (raised := self._passive_subjects(verb)):
            return raised, False
        agents = ("agent", "prep") if reduced_passive(verb) else ("agent",)
        for child in verb.children:  # "the agreement signed by X and Y": a participle's agent
            if child.dep_ in agents and child.lower_ == "by" and (
                found := self._pobj_actors(child)
            ):
                return found, False
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
        if passive or reduced_passive(verb):
            for child in verb.children:
                if child.dep_ == "agent":
                    return self._pobj_actors(child), False
            if found := self._misattached_agent(verb):
                return found, False
        if passive:
            return [], False
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return self.actors(verb.head), False
                return self.actors(child) or self._event_doers(child, depth), False
        for aux in (c for c in verb.children if c.dep_ == "aux"):  # "X is today designating"
            for child in aux.children:
                if child.dep_ in SUBJECT_DEPS and (found := self.actors(child)):
                    return found, False
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        ):
            return [], False  # "Asked about X, the envoy said": the envoy was asked
        # an adverbial clause hangs on the main verb, whose object controls nothing in it
        controller = self._object_controller(verb) if via != "advcl" else []
        if controller:
            return controller, True
        if via != "advcl" and self._unnamed_addressee(verb):
            return [], True  # "urged all parties to agree": they, not the speaker, would act
        dropped = _dropped_subject(verb) if verb.dep_ in ("conj", "ccomp") else None
        if dropped is not None:
            return self.actors(dropped), False
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            found, _ = self.verb_subjects(verb.head, depth + 1, via=verb.dep_)
            return found, True
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and (  # "X is ready to strike Y"
            verb.head.lemma_.lower() in relation_lexicon().intending_adjectives
        ):
            found, _ = self.verb_subjects(verb.head.head, depth + 1, via="xcomp")
            return found, True
        if reduced_passive(verb):
            return [], False  # "sanctions lifted under a resolution": the noun underwent it
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return self.actors(verb.head) or self._issuers(verb.head, depth), True
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            return self._prepositional_subjects(verb.head.head, depth), True
        return [], False

    def _misattached_agent(self, verb: Token) -> list[Mention]:
        """'the declaration signed in Paris on 3 May by X and Y': the parser may hang the
        passive's agent on the noun of a phrase of time or place before it."""
        return next((found for c in verb.children if c.dep_ == "prep"
                     for g in c.children if g.dep_ == "pobj" and self.index.at(g) is None
                     and g.ent_type_ in WHEN_OR_WHERE
                     for agent in g.children if agent.dep_ in ("agent", "prep")
                     and agent.lower_ == "by" and (found := self._pobj_actors(agent))), [])

    def _passive_subjects(self, verb: Token) -> list[Mention]:
        """'X is believed / said / expected to have met Y', 'X was urged by Y to withdraw':
        the passive's subject, not its agent, does what its infinitive says. The subject
        itself names the actor: not "Afghan soil is used to threaten Y"."""
        return [m for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS
                and self.index.at(c) is not None for m in self.actors(c)]

    def _event_doers(self, noun: Token, depth: int) -> list[Mention]:
        """'An attack by X killed ten soldiers': an event that does something is its doer's
        deed."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in relation_lexicon().nouns:
            return []
        return self.noun_subjects(noun, depth + 1)

    def _prepositional_subjects(self, governor: Token, depth: int) -> list[Mention]:
        """'its commitment to withdrawing': the doer of a gerund after a preposition is the
        one who pledged it, else the subject of the word the preposition hangs on."""
        if governor.pos_ in ("VERB", "AUX"):  # the parser may hang "to V-ing" on the verb
            pledges = [c for c in governor.children if c.dep_ == "dobj"]
            found = next(filter(None, (self._pledgers(p, depth) for p in pledges)), [])
            return found or self.verb_subjects(governor, depth + 1)[0]
        return self._pledgers(governor, depth) or self.noun_subjects(governor, depth + 1)

    def _issuers(self, document: Token, depth: int) -> list[Mention]:
        """'the Council adopted a resolution demanding ...', 'X's statement calling on ...':
        a document speaks for whoever issued it."""
        if document.lemma_.lower() not in attribution_lexicon().document_nouns:
            return []
        owners = [m for c in document.children if c.dep_ == "poss" for m in self.actors(c)]
        if owners or document.dep_ != "dobj" or document.head.pos_ != "VERB":
            return owners
        return self.verb_subjects(document.head, depth + 1)[0]

    def _unnamed_addressee(self, verb: Token) -> bool:
        """'called on the parties to renew the truce': the clause's doer is the addressee of
        the call even when no actor names it, so the caller's subject is not inherited."""
        governor = verb.head
        if (verb.dep_ != "xcomp" or governor.lemma_.lower() not in self.addressing
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            return False  # "urged X, calling on Y": a participle is the caller's own act
        return any(
            c.dep_ == "dobj"
            or (c.dep_ == "prep" and c.lower_ in ("on", "upon")
                and any(g.dep_ == "pobj" for g in c.children))
            for c in governor.children
        )

    def _pledgers(self, noun: Token, depth: int) -> list[Mention]:
        """'the commitment of the United Nations to supporting X': the pledge's own party is
        the one to act ('of' names it, as 'by' does elsewhere)."""
        if noun.lemma_.lower() not in modality_lexicon().commitment_nouns:
            return []
        return self.noun_subjects(noun, depth + 1, agent_preps=("by", "from", "of"))

    def _object_controller(self, verb: Token) -> list[Mention]:
        """'urged X to withdraw', 'prevented X from using its soil', 'accused X of shelling
        Y', 'praised X for mediating': the governor's object is the one who acts."""
        if verb.dep_ == "xcomp":
            governor = verb.head
        elif verb.dep_ == "pcomp" and verb.head.lower_ in relation_lexicon().control_preps:
            governor = verb.head.head
        else:
            return []
        if governor.pos_ != "VERB" or governor.lemma_.lower() in relation_lexicon().using_verbs:
            return []  # "X uses it to strike": X strikes
        # the object itself names the actor: "urged the Houthis to", not "used Afghan soil to";
        # it comes before the clause it controls (a name after it was misattached by the parser);
        # in the passive it is the subject: "X was accused by Y of shelling Z"
        controllers = ("dobj", *PASSIVE_SUBJECT_DEPS)
        return [m for c in governor.children if c.dep_ in controllers and c.i < verb.i
                and self.index.at(c) is not None for m in self.actors(c)]

    def verb_objects(self, verb: Token, preps: frozenset[str]) -> list[Mention]:
        found: list[Mention] = []
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "sold weapons to X"
                found.extend(self._pobj_actors(child))
            elif child.dep_ in ("dobj", "dative") or (
                passive and child.dep_ in PASSIVE_SUBJECT_DEPS
            ):
                found.extend(self.actors(child))
                if _measured_amount(child):  # "gave $4 billion to X": 'to' hangs on the sum
                    found.extend(m for c in child.children if c.dep_ == "prep"
                                 and c.lower_ in preps for m in self._pobj_actors(c))
            elif child.dep_ in ("prep", "prt") and child.lower_ in preps:
                found.extend(self._pobj_actors(child))
            elif child.dep_ == "ccomp":  # "struck what X described as Y positions"
                found.extend(m for c in child.children if c.dep_ == "dobj"
                             for m in self._described_as(c, 0))
        bare = not any(c.dep_ in ("dobj", "dative", "prep", "xcomp", "ccomp", "prt")
                       for c in verb.children)
        if not found and bare:  # "harbored and supported it": coordinated verbs share it
            for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ in SHARING_TAGS):
                if not any(g.dep_ in SUBJECT_DEPS for g in conj.children):
                    found = [m for g in conj.children if g.dep_ == "dobj" for m in self.actors(g)]
                    break
        if not found and bare and reduced_passive(verb):
            found = self.actors(verb.head)  # "fighters trained by Iran": the fighters
        return _unique(found or self._misattached(verb, preps))

    def _misattached(
        self, head: Token, preps: frozenset[str], via: tuple[str, ...] = ()
    ) -> list[Mention]:
        """'coordinated on security matters with X', 'attacks with Y against X': the parser
        hangs the object's preposition on the noun of a preceding phrase (``via``: only on
        the nouns of these prepositions)."""
        found: list[Mention] = []
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ in preps or (via and child.lower_ not in via):
                continue
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                # "of" after a noun is its complement ("the outskirts of Kabul"), no object
                found.extend(m for g in pobj.children
                             if g.dep_ == "prep" and g.lower_ in preps and g.lower_ != "of"
                             for m in self._pobj_actors(g))
        return _unique(found)

    def event_agents(self, noun: Token, depth: int = 0) -> list[Mention]:
        """The doer of an event noun ('the attack by X', 'X's attack', 'the violence caused
        by X's offensive'), for ACCUSE objects."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return self._pobj_actors(child)
        for child in noun.children:
            if child.dep_ in MODIFIER_DEPS and (m := self.index.at(child)) is not None:
                return [m]
        if noun.dep_ == "dobj":  # "condemned the attack by X": 'by' may hang on the verb
            for child in noun.head.children:
                if (child.dep_ == "prep" and child.lower_ == "by"
                        and child.i == noun.right_edge.i + 1):
                    return self._pobj_actors(child)
        if depth > 0:
            return []
        for agent in (g for c in noun.children if c.dep_ == "acl"
                      for g in c.children if g.dep_ == "agent"):
            for cause in (p for p in agent.children if p.dep_ == "pobj"):
                found = self.actors(cause) or self.event_agents(cause, depth + 1)
                if found:
                    return found
        return []

    def noun_subjects(
        self, noun: Token, depth: int = 0, agent_preps: tuple[str, ...] = ("by", "from")
    ) -> list[Mention]:
        """The doer of an event noun; ``agent_preps`` introduce it ('attacks by X', 'support
        from X'; for a withdrawal, 'the withdrawal of X', since 'from' names the place)."""
        if depth > MAX_DEPTH:
            return []
        # "the arrest of X by Y": the parser may hang the agent on the noun's complement
        # when that names a party (not on an event: "condemnation of the attack by Y")
        complements = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" and self.actors(g, depth + 1)]
        for child in [*noun.children, *(c for g in complements for c in g.children)]:
            if (
                child.dep_ == "prep"
                and child.lower_ in agent_preps
                and not _from_a_place(child)
                and (found := self._pobj_actors(child))
            ):
                return found
        for child in noun.children:  # "U.S. and EU sanctions": coordinated modifiers
            if child.dep_ in MODIFIER_DEPS and (m := self.index.at(child)) is not None:
                return _unique([m, *(c for g in child.children if g.dep_ == "conj"
                                     if (c := self.index.at(g)) is not None)])
        rel = relation_lexicon()
        for child in noun.children:  # "the ceasefire agreed by X and Y" (not "brokered by")
            if child.dep_ == "acl" and child.lemma_.lower() not in rel.mediating_verbs:
                # "a strike attributed to X", "the bombing blamed on X"
                preps = ("to", "on") if child.lemma_.lower() in rel.attributing_verbs else ()
                for agent in child.children:
                    if (agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ in preps)
                            ) and (found := self._pobj_actors(agent)):
                        return found
        if found := self._alleged_doers(noun):
            return found
        head = noun.head
        if noun.dep_ == "appos" and (named := self.index.at(head)) is not None:
            return [named]  # "Hamas, an ally of Iran"
        if noun.dep_ == "conj" and head.pos_ == "NOUN" and head.i != noun.i:
            return self.noun_subjects(head, depth + 1)  # "X's bombings and attacks"
        if noun.dep_ == "pobj" and head.lower_ in EXAMPLE_PREPS and head.head.pos_ == "NOUN":
            return self.noun_subjects(head.head, depth + 1)  # "X attacks, including attacks on Y"
        if (owner := _responsibility(noun)) is not None:
            found, _ = self.verb_subjects(owner, depth + 1)  # "X claimed responsibility for"
            return found
        relative = _relative_light_verb(noun, self.light_verbs)
        if relative is not None:  # "the sanctions that X imposed on Y"
            return self.verb_subjects(relative, depth + 1)[0]
        phrase = _measured(noun)  # "provided $100 million in aid": the amount is the object
        head = phrase.head
        lemma = head.lemma_.lower()
        if phrase.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX") and (
            lemma in self.light_verbs or lemma not in self.triggers
        ):
            found, _ = self.verb_subjects(head, depth + 1)
            return found
        if phrase.dep_ == "pobj" and head.dep_ == "prep" and (
            head.head.lemma_.lower() in self.light_verbs
            or (head.lower_ in TAKING_PART_PREPS and head.head.pos_ == "VERB")
            or (head.lower_ == "for"
                and head.head.lemma_.lower() in relation_lexicon().travelling_verbs)
        ):  # "X took part in talks with Y", "X consulted Z during negotiations with Y",
            # "X travelled to Cairo for talks with Y"
            found, _ = self.verb_subjects(head.head, depth + 1)
            return found
        if phrase.dep_ == "pobj" and head.lower_ in TAKING_PART_PREPS and head.dep_ == "prep" and (
            (named := self.index.at(head.head)) is not None
        ):  # "X, in coordination with Y, cleared the town": the parser hangs it on X
            return [named]
        return []

    def _alleged_doers(self, noun: Token) -> list[Mention]:
        """'allegations of abuse by X', 'reports of torture by X': the parser hangs the agent
        on the allegation; after the event noun, the 'by' phrase names who did it (before it,
        'allegations by X of abuse', who alleges)."""
        of = noun.head
        alleging = of.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or (
            alleging.lemma_.lower() not in relation_lexicon().refuted_nouns
        ):
            return []
        return next((found for c in alleging.children if c.dep_ == "prep" and c.lower_ == "by"
                     and c.i > noun.i and (found := self._pobj_actors(c))), [])

    def noun_objects(self, noun: Token, preps: frozenset[str]) -> list[Mention]:
        found: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found.extend(self._pobj_actors(child))
        verb = self.light_verb_of(noun)
        if not found and verb is not None:
            for child in verb.children:  # "issued warnings to X": the parser's dative
                if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                    found.extend(self._pobj_actors(child))
        found = found or self._misattached(noun, preps)
        if not found and verb is not None:  # "conducted operations with X against Y"
            found = self._misattached(verb, preps, via=("with",))
        return _unique(found)

    def territory_struck(self, event: Token, preps: frozenset[str]) -> list[Mention]:
        """'struck nine sites in X', 'strikes on targets inside X', 'bombed a village in X':
        a site struck that no holder's name qualifies stands for the state it lies in (the
        parser hangs 'in' on the site, on the event or on the event's light verb)."""
        sites = relation_lexicon().struck_sites
        struck = [c for c in event.children if c.dep_ in ("dobj", "nsubjpass")]
        struck += [g for c in event.children if c.dep_ == "prep" and c.lower_ in preps
                   for g in c.children if g.dep_ == "pobj"]
        holders = [event, *filter(None, [self.light_verb_of(event)])]
        for site in struck:
            if site.lemma_.lower() not in sites or self.actors(site):
                continue
            for prep in (c for h in (site, *holders) for c in h.children):
                if prep.dep_ == "prep" and prep.lower_ in TERRITORY_PREPS and (
                    found := self._territory(prep)
                ):
                    return found
        return []

    def _territory(self, prep: Token) -> list[Mention]:
        """The state a place phrase names: 'in X', 'in X's north', 'in X-administered Y' (a
        registry name placed by 'in' is no actor mention, so its entity is read); not a
        province or region of one ('in Y State', 'in Z province')."""
        regions = actor_lexicon().place_heads
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            named = self.index.at(place) or self.index.entity_at(place)
            if named is not None and named.label in TERRITORY_LABELS:
                return [] if named.text.split()[-1].lower() in regions else [named]
            for modifier in (c for c in place.children if c.dep_ in TERRITORY_MODIFIERS):
                if (named := self.index.at(modifier)) is not None:
                    return [named]
        return []

    def between(self, noun: Token) -> list[Mention]:
        """'talks between X and Y', 'the conflict among X, Y and Z'."""
        holders = [noun]
        verb = self.light_verb_of(noun)
        if verb is not None:
            holders.append(verb)  # "a deal was reached between X and Y"
        # "clashes in the north between X and Y": the parser may hang it on the place
        holders += [g for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                    and c.lower_ in TAKING_PART_PREPS for g in c.children if g.dep_ == "pobj"]
        for child in (c for h in holders for c in h.children):
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                found = self._pobj_actors(child)
                if len(found) == 1:  # "between X, including ..., and Y": Y hangs on the noun
                    found += [m for c in noun.children if c.dep_ == "conj" for m in self.actors(c)]
                return _unique(found)
        return []

    def between_unnamed(self, noun: Token) -> bool:
        """'the truce between the parties': the parties are named by no actor, so the event
        is theirs, not the speaker's who welcomes it."""
        return any(
            c.dep_ == "prep" and c.lower_ in ("between", "among")
            and any(g.dep_ == "pobj" for g in c.children) and not self._pobj_actors(c)
            for c in noun.children
        )

    def light_verb_of(self, noun: Token) -> Token | None:
        """The light verb whose object the noun is: 'issued warnings', 'a truce and a deal
        were reached' (conjuncts share it)."""
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        noun = _measured(noun)
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in self.light_verbs:
            return noun.head
        return _relative_light_verb(noun, self.light_verbs)

    def companions(self, verb: Token, event: Token | None = None) -> list[Mention]:
        """'X fought alongside Y', 'X, together with Y, struck Z', 'along with Y': Y acts with
        the subject (the parser hangs the phrase on the verb, its subject or object, or on
        the verb before it: 'crossed the border and, together with Y, attacked Z'). With a
        light verb's ``event`` ('X carried out raids along with Y') the phrase after the
        event noun is the doer's company too."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj"), *filter(None, [event])]
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            holders.append(verb.head)
        # after the object only 'alongside': "killed X along with his guards" killed them too
        objects = [o for o in verb.children if o.dep_ == "dobj" and o != event]
        after = min((o.i for o in objects), default=len(verb.doc))
        words = relation_lexicon().companion_words
        preps = [p for h in holders for c in h.children for p in _companion_preps(c, words)
                 if p.lower_ == "alongside" or p.i < after]
        preps += [c for o in objects for c in o.children
                  if c.dep_ == "prep" and c.lower_ == "alongside"]
        return _unique([m for p in preps for m in self._pobj_actors(p)])

    def actors_of_prep(self, prep: Token) -> list[Mention]:
        """The actors a preposition introduces: 'with X and Y'."""
        return self._pobj_actors(prep)

    def _pobj_actors(self, prep: Token) -> list[Mention]:
        found: list[Mention] = []
        for child in prep.children:
            if child.dep_ in ("pobj", "pcomp"):
                found.extend(self.actors(child))
        return found


def _description(verb: Token) -> list[Token]:
    """What a describing verb says its object is: 'described it as Y', 'called it Y'."""
    return [g for c in verb.children
            for g in ([c] if c.dep_ == "oprd" else
                      [g for g in c.children if g.dep_ == "pobj"]
                      if c.dep_ == "prep" and c.lower_ == "as" else [])]


def _companion_preps(token: Token, words: frozenset[str]) -> list[Token]:
    """The prepositions that name a companion: 'alongside Y', 'together with Y', 'along with
    Y', 'jointly with Y' (``words``: the adverb, which may govern 'with' or hang on it)."""
    if token.dep_ == "prep" and token.lower_ == "alongside":
        return [token]
    if token.dep_ == "prep" and token.lower_ == "with" and any(
        g.dep_ == "advmod" and g.lower_ in words for g in token.children
    ):
        return [token]
    if token.lower_ in words and token.dep_ in ("prep", "advmod"):
        return [g for g in token.children if g.dep_ == "prep" and g.lower_ == "with"]
    return []


def reciprocal_object(verb: Token) -> bool:
    """'X and Y fought each other', 'accused one another', 'clashed with each other': the
    verb's object is its own coordinated subjects, each acting on the others."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    return any({o.lower_, *(c.lower_ for c in o.children)} >= pair
               for o in objects for pair in RECIPROCALS)


def _alias(name: Token, conj: Token) -> bool:
    """'the Houthis, or Ansar Allah, attacked': a second name set off by ', or ... ,' is
    another name of the same party, not a second party."""
    doc = name.doc
    end = conj.right_edge.i + 1
    return (
        name.pos_ == conj.pos_ == "PROPN"
        and sum(c.dep_ == "conj" for c in name.children) == 1
        and any(c.dep_ == "cc" and c.lower_ == "or" and doc[c.i - 1].text == ","
                for c in name.children)
        and end < len(doc) and doc[end].text == ","
    )


def _dropped_subject(verb: Token) -> Token | None:
    """'information indicating X's government has paid Y': the parser may read the clause
    without a subject, and its subject as the object of the word before; a clause whose
    auxiliary follows a direct object right away has that object for its subject."""
    first = min((c for c in verb.children if c.dep_ in ("aux", "auxpass")),
                key=lambda c: c.i, default=None)
    if first is None or first.i == 0:
        return None
    before = verb.doc[first.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") and before.dep_ == "dobj" else None


def _responsibility(noun: Token) -> Token | None:
    """The verb whose subject answers for an event: 'X claimed responsibility for the
    attack', 'X was responsible for the bombing' (and 'denied responsibility for', 'denied
    any involvement in'); not a word someone else owns ('welcomed Y's involvement in')."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "in"):
        return None
    word = prep.head
    if (word.lemma_.lower() not in relation_lexicon().responsibility_words
            or word.dep_ not in ("dobj", "acomp", "attr")
            or any(c.dep_ == "poss" for c in word.children)):
        return None
    return word.head if word.head.pos_ in ("VERB", "AUX") else None


def _measured_amount(token: Token) -> bool:
    """A sum or a count: '$4 billion', '500 tons', 'millions of dollars'."""
    return token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in token.children)


def _measured(noun: Token) -> Token:
    """The amount that stands for a measured noun in the clause: '$100 million in aid',
    '20 tons of food aid' (a number, or a noun counted by one), 'a round of talks', 'a wave
    of attacks' (a noun of measure)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.head.i == prep.i:
        return noun
    amount = prep.head
    counted = _measured_amount(amount)
    measure = prep.lower_ == "of" and amount.lemma_.lower() in relation_lexicon().measure_nouns
    return amount if counted or measure else noun


def _antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: 'the forces that X trained and equipped',
    'the militia which was armed by Y' (the pronoun may hang on a later conjunct)."""
    if token.lower_ not in RELATIVE_PRONOUNS or token.dep_ == "mark":
        return None  # a complementizer "that" is no pronoun
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" and verb.head.i != verb.i else None


def reduced_passive(verb: Token) -> bool:
    """'offensives supported by Y', 'fighters trained by Iran': a past participle that
    describes a noun says what was done to it (the tagger may read it as a past tense).
    One with an object of its own is a main verb the parser misread ('X groups carried out
    attacks'); a bare noun after it is a predicate ('a citizen held hostage')."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")
            and verb.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "dobj" and (c.tag_ != "NN" or any(
                g.dep_ in ("det", "nummod", "poss") for g in c.children))
                for c in verb.children))


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return out


def _relative_light_verb(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """'the sanctions (that) X imposed on Y', 'the talks which X held with Y': a light verb in
    a relative clause on the noun, whose object is the noun itself (a relative pronoun or
    none), lends the noun its subject and its object's preposition."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in light_verbs:
            continue
        objects = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
        if all(c.lower_ in RELATIVE_PRONOUNS for c in objects):
            return clause
    return None


def _from_a_place(prep: Token) -> bool:
    """'raids from Afghan territory': 'from' a place says where the doer struck from, not who
    (unlike 'support from X')."""
    if prep.lower_ != "from":
        return False
    places = relation_lexicon().place_nouns | sanctuary_lexicon().places
    return any(g.dep_ == "pobj" and g.lemma_.lower() in places for g in prep.children)
