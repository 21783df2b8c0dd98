"""The ``pw_claims`` component: relations between actors, from dependency structure and lexicons.

Triggers are verbs ("attacked"), nouns ("talks between X and Y", "X's support for Y") and
hyphenated modifiers ("Iran-backed Y"). Arguments come from ``arguments.py``; polarity and
modality from ``qualifiers.py``; the source from the attribution frames. The result is a list
of plain claim dicts in ``doc._.pw_claims`` (see ``records.claim_from_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from pactwatch.analyze.actors import role_word
from pactwatch.analyze.arguments import Arguments
from pactwatch.analyze.attribution import frames_containing
from pactwatch.analyze.extensions import register_extensions
from pactwatch.analyze.lexicons import (
    RelationLexicon,
    Trigger,
    actor_lexicon,
    attribution_lexicon,
    modality_lexicon,
    relation_lexicon,
    sanctuary_lexicon,
)
from pactwatch.analyze.mentions import Mention, MentionIndex
from pactwatch.analyze.qualifiers import chain, modality, polarity
from pactwatch.model import Modality, Relation

ClaimDict = dict[str, object]
PAIRED_BOTH_WAYS = {Relation.ASSAULT}
HYPHENS = {"-", "–"}
# Titles by which official prose names its speakers ("The Secretary-General welcomes ...").
TITLES = {"secretary-general", "council", "envoy", "representative", "president", "minister",
          "spokesperson", "spokesman", "commissioner", "coordinator", "secretary"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
GROUP = "GROUP"  # collective victims (actors.py): objects, and subjects only of these
GROUP_ACTS = {Relation.PROTEST, Relation.REQUEST, Relation.ACCUSE, Relation.REJECT}
# Nominal relations whose two parties may be joined by a hyphen: "U.S.-Taliban talks".
HYPHEN_PAIRED = {Relation.AGREE, Relation.CONSULT, Relation.COOPERATE, Relation.TIES,
                 Relation.ASSAULT}


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


@Language.factory(
    "pw_claims",
    assigns=["doc._.pw_claims"],
    requires=["doc.spans", "doc._.pw_frames", "token.dep", "token.lemma"],
)
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor()


class ClaimExtractor:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        rel = relation_lexicon()
        index = MentionIndex(doc)
        mod = modality_lexicon()
        lending = mod.negative_verbs | mod.ending_verbs
        args = Arguments(index, rel.light_verbs, frozenset(rel.verbs) - lending)
        claims: list[ClaimDict] = []
        for n, sent in enumerate(doc.sents):
            seen: set[tuple[object, ...]] = set()
            sentence_claims: list[ClaimDict] = []
            for token in sent:
                for found in self._find(token, rel, args, index):
                    for claim in self._qualify(doc, n, found, rel):
                        key = (claim["subject"]["mention"], claim["relation"],  # type: ignore[index]
                               (claim["object"] or {}).get("mention"),  # type: ignore[union-attr]
                               claim["polarity"], claim["modality"])
                        if key not in seen:
                            seen.add(key)
                            sentence_claims.append(claim)
            claims.extend(_without_subsumed(sentence_claims))
        doc._.pw_claims = claims
        return doc

    def _find(
        self, token: Token, rel: RelationLexicon, args: Arguments, index: MentionIndex
    ) -> list[Found]:
        if "-" in token.text or (token.i > 1 and token.nbor(-1).text == "-"):
            found = _hyphen_claim(token, rel, args, index)
            if found:
                return [found]
        if token.pos_ == "VERB" or _verb_tagged_as_noun(token):
            return _verb_claims(token, rel, args)
        titled = _titled_speaker(token, rel, index)
        if titled is not None:
            trigger = rel.verbs[_verb_lemma(token)]
            objects = args.verb_objects(token, rel.object_preps.get(trigger.relation, frozenset()))
            return [Found(token, trigger.relation, trigger.mode, [titled], objects)]
        if token.pos_ == "NOUN" and index.at(token) is None:
            return _noun_claims(token, rel, args, index)
        return []

    def _qualify(
        self, doc: Doc, sentence: int, found: Found, rel: RelationLexicon
    ) -> list[ClaimDict]:
        mod_lex = modality_lexicon()
        stop = attribution_lexicon().speech_verbs - mod_lex.negative_verbs
        nodes = chain(found.trigger, mod_lex, stop)
        if _inside_request(nodes[1:], rel):
            return []
        pol = polarity(nodes, mod_lex)
        mod = modality(nodes, found.relation, doc._.pw_kind, mod_lex)
        frames = frames_containing(doc, found.trigger.i)
        out = []
        for subject, obj in _pairs(found):
            source: dict[str, object] = {"kind": "author", "name": None, "chain": []}
            if frames:
                inner = frames[-1]
                speaker_is_subject = _same(inner["name"], subject.text)
                if not (found.relation in rel.speech_acts and speaker_is_subject):
                    source = {"kind": inner["kind"], "name": inner["name"],
                              "chain": [f["name"] for f in frames]}
            out.append({
                "sentence": sentence,
                "trigger": found.trigger.text,
                "trigger_i": found.trigger.i,
                "relation": str(found.relation),
                "mode": found.mode,
                "subject": subject.to_dict(),
                "object": obj.to_dict() if obj else None,
                "polarity": str(pol),
                "modality": str(mod),
                "source": source,
                "confidence": _confidence(found, subject, obj, mod),
                "date": None,
                "place": None,
            })
        return out


def _without_subsumed(claims: list[ClaimDict]) -> list[ClaimDict]:
    """'A U.S. drone strike killed X' gives 'U.S. ASSAULT X' (the verb) and 'U.S. ASSAULT'
    (the noun): a claim without an object says less than one with, so it goes."""
    specific = {
        (c["subject"]["mention"], c["relation"], c["polarity"], c["modality"])  # type: ignore[index]
        for c in claims if c["object"]
    }
    return [
        c for c in claims
        if c["object"]
        or (c["subject"]["mention"], c["relation"], c["polarity"],  # type: ignore[index]
            c["modality"]) not in specific
    ]


def _verb_tagged_as_noun(token: Token) -> bool:
    """'The Secretary-General thanks X', 'The Council condemns X': the tagger reads the
    verb as a plural noun, yet a root with a subject and an object is a predicate."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT" or not token.lower_.endswith("s"):
        return False
    children = {c.dep_ for c in token.children}
    return "nsubj" in children and bool(children & {"dobj", "prep", "ccomp"})


def _titled_speaker(token: Token, rel: RelationLexicon, index: MentionIndex) -> Mention | None:
    """'The Secretary-General welcomes, and ...': after a title the tagger may read the verb
    as a noun; a title is no modifier of a plural noun, so the word is the title's verb."""
    if token.pos_ != "NOUN" or not token.lower_.endswith("s") or token.i == 0:
        return None
    trigger = rel.verbs.get(_verb_lemma(token))
    title = index.at(token.nbor(-1))
    if trigger is None or trigger.preps or title is None or index.at(token) is not None:
        return None
    head = token.doc[index.span_of(token.nbor(-1))[1] - 1]  # type: ignore[index]
    return title if role_word(head) in TITLES else None


def _verb_lemma(token: Token) -> str:
    if token.pos_ != "NOUN":
        return token.lemma_.lower()
    word = token.lower_  # a verb the tagger missed: "thanks" -> "thank"
    return word[:-2] if word.endswith(("ches", "shes", "sses")) else word[:-1]


def _verb_claims(token: Token, rel: RelationLexicon, args: Arguments) -> list[Found]:
    lemma = _verb_lemma(token)
    found = _sanctuary_claim(token, args)
    if found:
        return [found]
    trigger = rel.verbs.get(lemma)
    if trigger is None or not _satisfied(token, trigger):
        return []
    if lemma in rel.light_verbs and any(
        c.dep_ == "dobj" and (t := _noun_trigger(c, rel, args)) is not None
        and not (trigger.relation is Relation.AGREE and t.relation is Relation.RETREAT)
        for c in token.children
    ):
        return []  # "X held talks": the noun carries the claim; "signed a truce" is both
    subjects, inherited = args.verb_subjects(token)
    if trigger.relation is Relation.RETREAT and _leaves_agreement(token, rel):
        return [Found(token, Relation.REJECT, "refuse", subjects, [], inherited)]
    objects = args.verb_objects(token, rel.object_preps.get(trigger.relation, frozenset()))
    if lemma in rel.seizure_verbs and objects and _places_taken(token, objects, rel):
        # "captured Kabul": taking a place by force is an attack on no named party
        return [Found(token, Relation.ASSAULT, None, subjects, [], inherited)]
    if not objects and trigger.relation is Relation.REQUEST:
        objects = _addressees_of_that_clause(token, args)
        if not objects and _addressed(token):
            return []
    if not objects and trigger.relation is Relation.ACCUSE:
        objects = _accused_agents(token, args, ("dobj", "prep"))
    return [Found(token, trigger.relation, trigger.mode, subjects, objects, inherited)]


def _places_taken(verb: Token, objects: list[Mention], rel: RelationLexicon) -> bool:
    """'captured Kabul', 'seized the city of X': what was taken is a place, not a party."""
    if all(o.label in PLACE_LABELS for o in objects):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in rel.place_nouns
               for c in verb.children)


def _accused_agents(trigger: Token, args: Arguments, deps: tuple[str, ...]) -> list[Mention]:
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


def _noun_trigger(token: Token, rel: RelationLexicon, args: Arguments) -> Trigger | None:
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


def _noun_claims(
    token: Token, rel: RelationLexicon, args: Arguments, index: MentionIndex
) -> list[Found]:
    hyphenated = _hyphenated_pair_claim(token, rel, index)
    if hyphenated is not None:
        return [hyphenated]
    trigger = _noun_trigger(token, rel, args)
    if trigger is None:
        return []
    if trigger.relation is Relation.AGREE and not _enacted(token, rel):
        return []
    pair = args.between(token)
    if len(pair) >= 2 and trigger.relation in rel.no_object:
        # "a truce between X and Y": each party holds its fire (guideline convention)
        return [Found(token, trigger.relation, trigger.mode, pair, [], nominal=True)]
    if len(pair) >= 2:
        return [Found(token, trigger.relation, trigger.mode, pair[:1], pair[1:], nominal=True,
                      mutual=True)]
    agent_preps = ("by", "of") if trigger.relation in rel.no_object else ("by", "from")
    subjects = args.noun_subjects(token, agent_preps=agent_preps) or _pledging_parties(token, args)
    objects = args.noun_objects(token, rel.object_preps.get(trigger.relation, frozenset()))
    if trigger.relation is Relation.REQUEST and not objects and _addressed(token):
        return []  # "its call on all parties": addressed to no actor
    if trigger.relation is Relation.SANCTION and _relieved(token, rel):
        # "the lifting of U.S. sanctions on X", "sanctions relief": easing is yielding
        return [Found(token, Relation.CONCEDE, None, subjects, objects, nominal=True)]
    if any(c.dep_ == "amod" and c.lower_ in rel.joint_words for c in token.children):
        partners = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                    for m in args.actors_of_prep(c)]
        subjects = [*subjects, *(p for p in partners if p not in subjects)]
        if len(subjects) >= 2:  # "joint strikes by X and Y", "joint attacks with Y"
            return [Found(token, trigger.relation, trigger.mode, subjects, objects, nominal=True),
                    Found(token, Relation.COOPERATE, "operational", subjects[:1], subjects[1:],
                          nominal=True)]
    if not objects and trigger.relation is Relation.ACCUSE:
        objects = _accused_agents(token, args, ("prep",))
        if not objects and token.dep_ == "dobj" and token.head.lemma_.lower() in rel.drawing_verbs:
            objects = args.verb_subjects(token.head)[0]  # "X's ban drew condemnation from Y"
    if trigger.relation is Relation.RETREAT and _leaves_agreement(token, rel):
        return [Found(token, Relation.REJECT, "refuse", subjects, [], nominal=True)]
    return [Found(token, trigger.relation, trigger.mode, subjects, objects, nominal=True)]


def _leaves_agreement(trigger: Token, rel: RelationLexicon) -> bool:
    """'withdrew from the deal', 'its withdrawal from the initiative': leaving is REJECT."""
    return any(
        c.dep_ == "prep" and c.lower_ == "from"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in rel.agreement_nouns for g in c.children)
        for c in trigger.children
    )


def _relieved(noun: Token, rel: RelationLexicon) -> bool:
    """Sanctions that are lifted, eased or relieved ('the lifting of sanctions on X')."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in rel.relief_words
    return noun.dep_ == "compound" and head.lemma_.lower() in rel.relief_words


def _enacted(noun: Token, rel: RelationLexicon) -> bool:
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


def _hyphenated_pair_claim(
    noun: Token, rel: RelationLexicon, index: MentionIndex
) -> Found | None:
    """'the Israel-Hamas war' (ASSAULT both ways), 'U.S.-Taliban talks' (CONSULT), and a
    'U.S.-Taliban agreement' that was signed (AGREE): two parties joined by a hyphen."""
    trigger = rel.nouns.get(noun.lemma_.lower())
    if trigger is None or trigger.relation not in HYPHEN_PAIRED:
        return None
    if trigger.relation is Relation.AGREE and not _enacted(noun, rel):
        return None
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod", "nmod"):
            pair = _hyphen_parties(child, index)
            if pair:
                return Found(noun, trigger.relation, trigger.mode, pair[:1], pair[1:],
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


def _pledging_parties(noun: Token, args: Arguments) -> list[Mention]:
    """'the agreement by X and Y to renew the truce': the truce is X's and Y's pledge."""
    lex = modality_lexicon()
    pledges = lex.commitment_verbs | lex.commitment_nouns | {"agreement", "deal"}
    token = noun
    for _ in range(4):
        if token.dep_ not in lex.chain_deps or token.head.i == token.i:
            return []
        token = token.head
        if token.lemma_.lower() in pledges:
            if token.pos_ in ("VERB", "AUX"):
                return args.verb_subjects(token)[0]
            return args.noun_subjects(token) or args.between(token)
    return []


def _hyphen_claim(
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
    return Found(token, trigger.relation, trigger.mode, [subject], objects)


def _modified_actor(head: Token, args: Arguments, index: MentionIndex) -> list[Mention]:
    """The actor a hyphenated modifier describes, preferring a name in apposition:
    'Ansarallah, an Iran-backed militia' is about Ansarallah."""
    if head.dep_ == "appos" and (found := args.actors(head.head)):
        return found
    for child in head.children:
        if child.dep_ == "appos" and (found := args.actors(child)):
            return found
    mention = index.at(head)
    return [mention] if mention is not None else []


def _sanctuary_claim(token: Token, args: Arguments) -> Found | None:
    """'allow X to use its soil', 'prevent X from using Afghan territory': AID sanctuary."""
    lex = sanctuary_lexicon()
    if token.lemma_.lower() not in lex.verbs:
        return None
    words = {t.lemma_.lower() for t in token.subtree}
    if not words & lex.places:
        return None
    allowed = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ in ("ccomp", "xcomp")
        for g in c.children if g.dep_ == "nsubj"
    ]
    objects = [m for c in allowed for m in args.actors(c)]
    subjects, inherited = args.verb_subjects(token)
    return Found(token, Relation.AID, "sanctuary", subjects, objects, inherited)


def _addressees_of_that_clause(verb: Token, args: Arguments) -> list[Mention]:
    """'demanded that the DPRK cease ...': the subject of the demanded clause is addressed."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            for grandchild in child.children:
                if grandchild.dep_ == "nsubj":
                    return args.actors(grandchild)
    return []


def _addressed(verb: Token) -> bool:
    """'urged all parties to ...': a request to someone who is not an actor yields no claim."""
    return any(
        c.dep_ in ("dobj", "dative")
        or (c.dep_ == "prep" and c.lower_ in ("on", "upon")
            and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )


def _satisfied(token: Token, trigger: Trigger) -> bool:
    if trigger.preps and not any(
        # "called for such attacks to cease": the parser marks the clause with "for"
        c.dep_ in ("prep", "prt", "agent", "mark") and c.lower_ in trigger.preps
        for c in token.children
    ):
        return False
    return not trigger.objects or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in trigger.objects
        for c in token.children
    )


def _inside_request(governors: list[Token], rel: RelationLexicon) -> bool:
    """What was asked for is not a claim that it happened (guideline: calls are REQUEST)."""
    for token in governors:
        table = rel.verbs if token.pos_ == "VERB" else rel.nouns
        trigger = table.get(token.lemma_.lower())
        if trigger is not None and trigger.relation in (Relation.REQUEST, Relation.THREATEN):
            return True
    return False


def _pairs(found: Found) -> list[tuple[Mention, Mention | None]]:
    subjects = found.subjects
    if found.relation not in GROUP_ACTS:
        subjects = [s for s in subjects if s.label != GROUP]
    lex = relation_lexicon()
    objects = [o for o in found.objects if all(not _same(o.text, s.text) for s in subjects)]
    if found.relation in lex.no_object:
        objects = []
    if not subjects:
        return []
    if not objects and found.relation.symmetric and len(subjects) >= 2:
        subjects, objects = subjects[:1], subjects[1:]
    if not objects:
        if found.relation in lex.need_object:
            return []
        return [(s, None) for s in subjects]
    pairs: list[tuple[Mention, Mention | None]] = [(s, o) for s in subjects for o in objects]
    if found.mutual and found.relation in PAIRED_BOTH_WAYS and len(found.subjects) == 1:
        pairs += [(o, s) for s, o in pairs if o is not None]
    return pairs


def _same(a: object, b: object) -> bool:
    norm = [" ".join(str(x).lower().removeprefix("the ").split()) for x in (a, b)]
    return norm[0] == norm[1]


def _confidence(found: Found, subject: Mention, obj: Mention | None, mod: Modality) -> float:
    """Stronger when the syntax is direct: an explicit subject of a verb, a named object."""
    score = 0.55
    score += -0.1 if found.inherited else 0.1
    score += -0.1 if found.nominal else 0.05
    score += 0.1 if obj is not None else 0.0
    score -= 0.1 if subject.start is None else 0.0
    score -= 0.1 if mod is Modality.HEDGED else 0.0
    return round(min(0.95, max(0.1, score)), 3)
