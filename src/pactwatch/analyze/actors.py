"""The ``pw_actors`` component: who could be a party to a claim.

Named entities and gazetteer hits are the backbone; role nouns ("the Council", "the Special
Envoy") cover official prose that names bodies by title, and anaphors ("the group", "they")
point back to the last compatible mention (``coreference``) so that a claim can name the
actor. Names that say
where (a province, a town after "in"), what is signed (an accord, an initiative) or what
something is designated as are left out: they are no party to anything. A people ("ethnic
Armenians", "the Rohingya") is a group of people, a collective victim, never its state.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pactwatch.analyze.coreference import bare_members, modifies_noun_after, resolve_anaphors
from pactwatch.analyze.extensions import (
    ACTORS,
    ANAPHORS,
    OPPOSED,
    PLACE,
    register_extensions,
)
from pactwatch.analyze.lexicons import ActorLexicon, actor_lexicon, relation_lexicon
from pactwatch.analyze.role_words import PERSON_ROLES, role_word
from pactwatch.model import GROUP, Relation

OPPOSED_PREFIXES = {"counter", "anti"}
PLACE_PREPS = {"in", "near", "at", "around", "outside", "inside"}
# what an event's preposition reaches when the name after it is where, not who: "an assault
# on El Fasher", "the withdrawal from Heglig"
REACHED_PLACES = {"on": Relation.ASSAULT, "from": Relation.RETREAT}
MISTAKEN_FOR_PLACES = {"PERSON", "ORG"}  # NER labels it gives unknown towns; GPE may be a party
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
INDEFINITE = {"a", "an", "any", "no", "every", "each", "another", "some"}
QUANTIFIERS = {"most", "many", "some", "several", "all", "few", "other", "numerous", "both"}


@Language.factory(
    "pw_actors",
    assigns=["doc.spans", "doc._.pw_coref"],  # pw_actors, pw_anaphors, pw_opposed
    requires=["doc.ents", "token.dep", "token.lemma"],
    default_config={"places": [], "people": [], "states": [], "lowercase": []},
)
def make_actor_finder(nlp: Language, name: str, places: list[str], people: list[str],
                      states: list[str], lowercase: list[str]) -> ActorFinder:
    return ActorFinder(places, people, states, lowercase)


class ActorFinder:
    """Holds only the caller's names of places and people: the lexicon is loaded once per
    process, so the component pickles cheaply."""

    def __init__(self, places: list[str] | None = None,
                 people: list[str] | None = None, states: list[str] | None = None,
                 lowercase: list[str] | None = None) -> None:
        register_extensions()
        self.places = frozenset(places or ())  # lowercased gazetteer names of places
        self.people = frozenset(people or ())  # lowercased gazetteer names of persons
        self.states = frozenset(states or ())  # lowercased gazetteer names of states
        self.lowercase = frozenset(lowercase or ())  # gazetteer names written in lower case

    def __call__(self, doc: Doc) -> Doc:
        lex = actor_lexicon()
        tokens = list(doc)  # one Token object per position, shared by the passes below
        named, places, opposed = self._entity_mentions(doc, lex)
        mentions = filter_spans([
            *named,
            *_conjoined_names(named, lex),
            *self._role_mentions(tokens, lex),
            *self._backed_groups(tokens, lex),
        ])
        doc.spans[ACTORS] = mentions
        doc.spans[OPPOSED] = opposed
        # a place is no party, but a pronoun may still point to it: "operations inside Yemen
        # and across its borders"; not one that only modifies an event ("the Kabul bombing
        # ... condemned it" is the bombing)
        antecedents = filter_spans([*(self._as_antecedent(m) for m in mentions),
                                    *(p for p in places if not modifies_noun_after(p.root))])
        anaphors, coref = resolve_anaphors(doc, tokens, antecedents, lex,
                                           self._states_named(doc), self.states)
        doc.spans[ANAPHORS] = anaphors
        doc._.pw_coref = coref
        return doc

    def _states_named(self, doc: Doc) -> list[Span]:
        """Every registry state the text names, inside a title or a place as well ("the
        Special Envoy on Myanmar", "fighting in Myanmar"): whose rulers "the junta" may be."""
        return [Span(doc, ent.start, ent.end, label="GPE") for ent in doc.ents
                if ent.label_ == "ACTOR" and ent.text.lower() in self.states]

    def _as_antecedent(self, mention: Span) -> Span:
        """A gazetteer name as a pronoun sees it: a capital is its country for 'that country'
        and 'it', as a GPE that NER would have found ("Pyongyang's news agency said that
        country ..."); a person's name is a 'he' or 'she' ("Nikki Haley, noting that her
        delegation ..."), as a PERSON; a state's name is a country as NER would have labelled
        it ("Somalia ... that country's army"), which 'the group' never means."""
        if mention.label_ != "ACTOR":
            return mention
        name = mention.text.lower()
        if name in self.places or name in self.states:
            return Span(mention.doc, mention.start, mention.end, label="GPE")
        if name in self.people:
            return Span(mention.doc, mention.start, mention.end, label="PERSON")
        return mention

    def _entity_mentions(
        self, doc: Doc, lex: ActorLexicon
    ) -> tuple[list[Span], list[Span], list[Span]]:
        """The named entities that may be parties, those that name places, and those named
        as what an operation is against ('counter-ISIS')."""
        spans = []
        places = []
        opposed = []
        for ent in _joined_names(doc, lex):
            if ent.label_ not in lex.entity_labels and ent.label_ != "ACTOR":
                continue
            if (ent.label_ == "ACTOR" and ent.text.islower()
                    and " ".join(ent.text.split()) not in self.lowercase):
                # "ruled out an amnesty", "a roast turkey": a common word that a proper name
                # of the registry shares only when capitalised
                continue
            start, end = ent.start, ent.end
            if ent.label_ != "ACTOR":  # a registry name is as written: "SPLM/A (in opposition)"
                end = _before_parenthesis(doc, start, end)
            while start < end and doc[start].lower_ in DETERMINERS:
                start += 1
            while end > start and doc[end - 1].dep_ == "prep":
                end -= 1  # NER's "Council on" in "briefed the Council on Yemen"
            text = doc[start:end].text
            if start == end or not any(ch.isalpha() for ch in text):
                continue
            if ent.label_ != "ACTOR" and _leaders_of_several(doc[end - 1]):
                continue  # NER's "the Governments of" in "the Governments of Sudan and Chad"
            if _opposed_prefix(doc, start):
                # "counter-ISIS campaign", "anti-Houthi forces": not the actor itself, but
                # what the campaign or the forces act against
                opposed.append(Span(doc, start, end, label=ent.label_))
                continue
            if ent.label_ != "ACTOR" and not text[:1].isupper():
                continue  # NER's "intra-" in "intra-Afghan"; registry names are ACTOR hits
            if _mistaken_for_place(doc[start:end], ent.label_, lex):
                continue
            if _place_name(doc[start:end], ent.label_, lex, self.places):
                places.append(Span(doc, start, end, label=PLACE))
                continue
            if ent.label_ != "ACTOR" and (_names_instrument(doc[start:end], lex)
                                          or _names_a_status(doc[start:end])):
                continue
            if ent.label_ == "NORP" and _names_a_people(doc[start:end], lex):
                agents = _extend_with_force_noun(doc, start, end, lex, forces=False)
                if agents > end:  # "Jewish settlers", "Muslim hackers": a collective
                    spans.append(Span(doc, start, agents, label="ORG"))
                elif _plural_people(doc[end - 1]) or not modifies_noun_after(doc[start:end].root):
                    # "Muslims", "Sunni Arabs", "the Rohingya fled"
                    spans.append(_people(doc, start, end))
                continue  # "Arab forces": described, not named
            subset = _subset_named(doc[start:end], lex)
            if subset is not None:
                spans.append(Span(doc, start, subset.i + 1, label="ORG"))
                continue
            extended = _extend_with_force_noun(doc, start, end, lex)
            label = ent.label_ if extended == end else "ORG"
            extended = _with_qualifier(doc, extended)
            if label == "NORP" and _plural_people(doc[extended - 1]):
                # "Afghans who helped us", "Karabakh Armenians": a people, not its state
                spans.append(_people(doc, start, extended))
                continue
            spans.append(Span(doc, start, extended, label=label))
        return spans, places, opposed

    def _role_mentions(self, tokens: list[Token], lex: ActorLexicon) -> list[Span]:
        spans = []
        for token in tokens:
            described = _described_victims(token, lex)
            if described is not None:
                spans.append(Span(token.doc, _left_edge_of_group(described), described.i + 1,
                                  label=GROUP))
                continue
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            role = role_word(token)
            doc = token.doc
            if role in lex.victim_nouns:
                # "residents of Pont-Sondé" with their place; captives of a side are that
                # side's ("prisoners of the Houthis"), which the claim steps read apart
                end = token.i + 1 if role in lex.captive_nouns else _of_name_end(token)
                spans.append(Span(doc, _left_edge_of_group(token), end, label=GROUP))
                continue
            if role not in lex.role_nouns or _modifies_thing(token, lex):
                continue
            if role in lex.part_nouns and _part_of(token):
                continue  # "Members of the gang": the gang, found by coreference
            if role in lex.place_heads and _proper_place(token, lex):
                continue  # "Unity State", unlike "Member States"
            if _leaders_of_several(token):
                continue  # each of the named states is a party, with its leader
            start = _left_edge_of_name(token)
            if "-" in role:
                start = min(start, token.i - 2)
            end = _with_qualifier(doc, _right_edge_of_name(token))
            named = start < token.i or end > token.i + 1 or token.text[:1].isupper()
            if role in lex.role_nouns_needing_name and not named:
                continue
            if bare_members(token):
                continue  # "Members condemned ...": a body's members, found by coreference
            if not named and _indefinite(token):
                continue  # "has yet to recognize any government": no government in particular
            label = "PERSON" if role in PERSON_ROLES else "ORG"
            spans.append(Span(doc, start, end, label=label))
        return spans

    @staticmethod
    def _backed_groups(tokens: list[Token], lex: ActorLexicon) -> list[Span]:
        """'Iran-aligned militia groups' names an actor even though no NER label covers it."""
        suffixes = relation_lexicon().compound_suffixes
        spans = []
        for token in tokens:
            if not _force_noun(token, lex):
                continue
            doc = token.doc
            for child in token.lefts:
                suffix = child.lower_.rpartition("-")[2]
                if child.dep_ in ("amod", "compound") and suffix in suffixes and _joined(child):
                    start = child.left_edge.i
                    while start < child.i and doc[start].lower_ in DETERMINERS:
                        start += 1
                    spans.append(Span(doc, start, token.i + 1, label="ORG"))
                    break
        return spans


def _conjoined_names(named: list[Span], lex: ActorLexicon) -> list[Span]:
    """'the Plateforme and Coordination groups': a capitalised word conjoined with a name
    that modifies a force noun is a second name of the same kind, though neither NER nor the
    registry knows it."""
    spans = []
    for span in named:
        root = span.root
        head = root.head
        if root.dep_ not in ("compound", "amod", "nmod") or not _force_noun(head, lex):
            continue
        for conj in root.children:
            if (conj.dep_ == "conj" and conj.pos_ == "PROPN" and conj.text[:1].isupper()
                    and conj.i < head.i and not any(conj in s for s in named)):
                spans.append(Span(span.doc, conj.i, conj.i + 1, label="ORG"))
    return spans


def _subset_named(span: Span, lex: ActorLexicon) -> Token | None:
    """The head of 'Afghan regional leaders', 'Yemeni tribal elders': a one-word country name
    before people picked out by another word names those people, a group of their own."""
    if len(span) != 1 or span.root.dep_ not in ("amod", "compound", "nmod"):
        return None
    head = span.root.head
    if head.i <= span.end or head.tag_ not in ("NNS", "NNPS"):
        return None
    if role_word(head) not in lex.subset_nouns:
        return None
    between = span.doc[span.end:head.i]
    picked = any(w.dep_ in ("amod", "compound") and w.head.i == head.i for w in between)
    return head if picked else None


def _force_noun(token: Token, lex: ActorLexicon) -> bool:
    """'militia groups' as well as 'militia group'."""
    return token.lower_ in lex.force_nouns or token.lemma_.lower() in lex.force_nouns


def _place_name(span: Span, label: str, lex: ActorLexicon, places: frozenset[str]) -> bool:
    """A name that says where, not who: any name placed by a preposition of place ('talks at
    Doha', 'an attack near Tripoli', registry names included) or modifying a place noun
    ('Herat city'), and a GPE whose last word is a place noun ('Ghazni province') or that
    names where an attack was ('the Sevastopol attacks', which NER may also call a NORP), as
    a registry's place does ('the Kabul bombing'; 'Kabul said' is the government). The
    attacker before an attack noun is a registry name ('Houthi attacks'): an ACTOR hit; so
    is a registry group before a place its forces hold ('ADF camps', 'a JeM training
    camp'), which is the group's, unlike 'Herat city' or 'the Zamzam camp'."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in lex.place_heads:
        return not (label == "ACTOR" and span.text.lower() not in places
                    and root.head.lemma_.lower() in lex.forces_places)
    if label == "ACTOR":
        if span.text.lower() in places:
            return _where_it_happened(root) or _describes_a_thing(root, lex)
        return _placed(root)
    if label == "NORP":  # NER's label for a town before an attack: 'the Sevastopol attacks'
        return _where_it_happened(root)
    return label == "GPE" and (span[-1].lower_ in lex.place_heads or _where_it_happened(root))


def _describes_a_thing(token: Token, lex: ActorLexicon) -> bool:
    """'the Kabul blast', 'Kabul residents': a place before a noun that names no body of
    people acting for it ('the Kabul government' does)."""
    head = token.head
    return (token.dep_ in ("compound", "nmod") and head.i > token.i
            and not _force_noun(head, lex) and role_word(head) not in lex.role_nouns)


def _proper_place(token: Token, lex: ActorLexicon) -> bool:
    """A place noun with a proper name of its own before it: 'Unity State', 'Borno State'."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and role_word(c) not in lex.role_nouns
               for c in token.lefts)


def _placed(token: Token) -> bool:
    """The object (or a conjunct of it) of a preposition of place: 'near Tripoli', not the
    target of an aimed weapon: 'fired rockets at Israel'."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and not _aimed_at(prep)


def _aimed_at(prep: Token) -> bool:
    """'at' after a verb of firing or launching names what is aimed at, also where the parser
    hangs it on the verb's object: 'fired missiles at Israel', 'launched dozens of rockets at
    Israel'."""
    if prep.lower_ != "at":
        return False
    head = prep.head
    while head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    if head.dep_ == "dobj":
        head = head.head
    return head.lemma_.lower() in actor_lexicon().aiming_verbs


def _where_it_happened(token: Token) -> bool:
    """'fighting in Unity State', 'the Sevastopol attacks': a place the registry does not
    know as a party (a town, a province), placed by a preposition of place or naming where
    an attack was, is no party to it."""
    if _placed(token):
        return True
    if token.dep_ not in ("compound", "nmod") or token.head.i == token.i:
        return False
    trigger = relation_lexicon().nouns.get(token.head.lemma_.lower())
    return trigger is not None and trigger.relation is Relation.ASSAULT


def _named_place(token: Token) -> bool:
    """'attacks on Dorvenka and Kessalou', 'a peacekeeper killed at Marbolek', 'withdrew from
    Heglig': NER tags small towns as people or organisations; a name the registry does not
    know, placed by a preposition of place or reached by an attack or a withdrawal, is where
    something happened, not who did it."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    word = prep.lower_
    if word in PLACE_PREPS:
        return not _aimed_at(prep)
    event = prep.head
    triggers = relation_lexicon()
    lemma = event.lemma_.lower()
    trigger = triggers.nouns.get(lemma) or triggers.verbs.get(lemma)
    return trigger is not None and trigger.relation is REACHED_PLACES.get(word)


def _mistaken_for_place(span: Span, label: str, lex: ActorLexicon) -> bool:
    """A town NER calls a person or an organisation: one word of either ('Kessalou'), or an
    organisation's name with no word of a body in it and no acronym ('El Fasher', unlike
    'the Kuru Front'; 'an attack on Jane Roe' is on a person), placed as a town is."""
    if label not in MISTAKEN_FOR_PLACES:
        return False
    if len(span) > 1 and (label != "ORG" or any(_body_word(t, lex) for t in span)):
        return False
    return _named_place(span.root)


def _body_word(token: Token, lex: ActorLexicon) -> bool:
    """'Front', 'Forces', 'Council', 'FLN': a word that names a body, not a place."""
    if token.is_upper:
        return True
    words = (token.lower_, token.lemma_.lower())
    return any(w in nouns for w in words for nouns in (
        lex.force_nouns, lex.role_nouns, lex.institution_heads, lex.member_bodies,
        lex.agent_nouns))


def _joined_names(doc: Doc, lex: ActorLexicon) -> list[Span]:
    """The entities, with a name cut by a registry name rejoined: in 'Abdul Malik al-Houthi'
    the gazetteer claims 'Houthi' (the movement) and NER keeps 'Abdul Malik al-'; a name
    ending in a particle and its hyphen is the person's, with what follows it. In 'the Armed
    Forces of the Philippines' the gazetteer claims 'Philippines' and NER keeps 'Armed Forces
    of the': a name ending in 'of' (or 'of the') is the body of what follows it."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is None or previous.end != ent.start:
            joined.append(ent)
        elif (previous.label_ == "PERSON" and len(previous) >= 2 and previous[-1].text == "-"
                and previous[-2].lower_ in lex.name_particles):
            joined[-1] = Span(doc, previous.start, ent.end, label="PERSON")
        elif previous.label_ in ("ORG", "NORP") and _hangs_on_of(previous):
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
        else:
            joined.append(ent)
    return joined


def _hangs_on_of(name: Span) -> bool:
    """'Armed Forces of', 'Armed Forces of the': a name left hanging on its preposition, of
    one body ('the Governments of' names each state that follows, not one body)."""
    if len(name) < 3:
        return False
    of = name[-1] if name[-1].lower_ == "of" else name[-2]
    hanging = of.lower_ == "of" and (of.i == name.end - 1 or name[-1].lower_ == "the")
    return hanging and of.i > name.start and not _leaders_of_several(of.head)


def _joined(word: Token) -> bool:
    """'Iran-backed' (one token or three), not 'armed groups': the suffix hangs on a name."""
    if "-" in word.text:
        return True
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 2].whitespace_


def _before_parenthesis(doc: Doc, start: int, end: int) -> int:
    """The end of a name before its parenthesised acronym: NER takes 'Intergovernmental
    Authority for Development (IGAD' as one name, which then matches neither form."""
    for i in range(start + 1, end):
        if doc[i].text == "(":
            return i
    return end


def _with_qualifier(doc: Doc, end: int) -> int:
    """The end of a name with the lower-case qualifier in parentheses that makes it another
    party, past its acronym: 'the Sudan People's Liberation Movement/Army (SPLM/A) (in
    opposition)' is the armed opposition, not the movement it split from."""
    acronym = _parenthesis_end(doc, end, lambda t: t.text.isupper() or not t.is_alpha)
    after = end if acronym is None else acronym
    closing = _parenthesis_end(doc, after, lambda t: t.is_lower and t.is_alpha)
    return closing if closing is not None else end


def _parenthesis_end(doc: Doc, i: int, word_fits: Callable[[Token], bool]) -> int | None:
    """The index after ')' when a parenthesis of at most three words, each of which fits,
    opens at ``i``."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    for j in range(i + 1, min(i + 5, len(doc))):
        if doc[j].text == ")":
            return j + 1 if j > i + 1 else None
        if not word_fits(doc[j]):
            return None
    return None


def _people(doc: Doc, start: int, end: int) -> Span:
    """A people as the collective victim it is named as, with the words that single it out:
    'ethnic Armenians', 'Karabakh Armenians'."""
    return Span(doc, min(start, _left_edge_of_group(doc[end - 1])), end, label=GROUP)


def _names_a_people(span: Span, lex: ActorLexicon) -> bool:
    """'Arab', 'Sunni Arabs', 'Kurdish': words of peoples and faiths only, which name no party
    (a registry name is an ACTOR hit, never read here)."""
    return all(token.lower_ in lex.peoples for token in span if not token.is_punct)


def _plural_people(token: Token) -> bool:
    """'Afghans', 'Yemenis', 'Kurds': a nationality or people in the plural (the tagger calls
    them NNS, NNPS or NNP alike, so the ending decides)."""
    return token.text.endswith("s") and not token.text.isupper()


def _part_of(token: Token) -> bool:
    """'members of the Kuru gang', 'members of the Council': people named by what they
    belong to, whose 'of' follows at once."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1
               for c in token.children)


def _indefinite(token: Token) -> bool:
    """'a government', 'any coalition': a role noun that refers to no body in particular."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children)


def _modifies_thing(token: Token, lex: ActorLexicon) -> bool:
    """'No Military Solution', 'Government buildings': a role noun modifying a noun that is
    neither a force, a role nor an act ('Government forces', 'Council members', 'the
    Government offensive') describes that thing and names no party."""
    if token.dep_ not in ("compound", "amod") or token.head.i == token.i:
        return False
    head = role_word(token.head)
    if head in lex.role_nouns or head in lex.force_nouns or head in lex.victim_nouns:
        return False
    triggers = relation_lexicon()
    return head not in triggers.nouns and head not in triggers.verbs  # "welcomes" read as a noun


def _names_a_status(span: Span) -> bool:
    """'designate the group as a Foreign Terrorist Organization': a name after 'as' says
    what something is taken for (a designation, a role), not who else takes part."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "as"


def _names_instrument(span: Span, lex: ActorLexicon) -> bool:
    """'the Black Sea Grain Initiative', 'the Cessation of Hostilities': the name of what
    parties sign or keep, headed by an instrument noun, is not a party."""
    return role_word(span.root) in lex.instrument_nouns


def _opposed_prefix(doc: Doc, start: int) -> bool:
    """The name follows 'counter-' or 'anti-' joined by a hyphen."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_:
        return False
    return doc[start - 2].lower_ in OPPOSED_PREFIXES


def _extend_with_force_noun(doc: Doc, start: int, end: int, lex: ActorLexicon, *,
                            forces: bool = True) -> int:
    """'Houthi' + 'forces' -> 'Houthi forces': the name modifies a force noun it belongs to,
    unless that noun itself only describes a thing ('fighter jets'): the name alone acts.
    'Afghan' + 'guerrillas' -> 'Afghan guerrillas' likewise with an agent noun, a collective
    that is not the state 'Afghan' alone stands for; a people's name ('Jewish settlers')
    extends over agent nouns only (``forces`` False: 'Kurdish fighters' name no party)."""
    while True:
        last = doc[end - 1]
        head = last.head
        if not (
            last.dep_ in ("compound", "amod", "nmod")
            and head.i >= end
            and head.i - end <= 2
            and (head.lower_ in lex.agent_nouns or (forces and head.lower_ in lex.force_nouns))
            and not modifies_noun_after(head)  # "Pakistani fighter jets": the jets
            and all(t.dep_ in ("compound", "amod") for t in doc[end : head.i])
        ):
            return end
        end = head.i + 1


def _described_victims(word: Token, lex: ActorLexicon) -> Token | None:
    """The people a victim word describes before them: 'civilian advisers', 'civilian
    contractors' are a collective victim (guideline rule 11), and the nationality before
    them is theirs ('Russian civilian advisers' are not Russia)."""
    head = word.head
    if (word.dep_ in ("amod", "compound") and word.lower_ in lex.victim_nouns
            and head.tag_ == "NNS" and head.i > word.i and head.lemma_.lower() in lex.staff_nouns):
        return head
    return None


def _left_edge_of_group(token: Token) -> int:
    """Extend left over all adjectives: 'religious minorities', 'foreign nationals'; not over
    how many of them ('most Serbs' are the Serbs)."""
    start = token.i
    for child in token.lefts:
        coordinated = any(g.dep_ in ("cc", "conj") for g in child.children)
        if not coordinated and child.dep_ in ("compound", "amod", "nmod"):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct
                               or doc[start].pos_ == "NUM" or doc[start].lower_ in QUANTIFIERS):
        start += 1
    return start


def _left_edge_of_name(token: Token) -> int:
    """Extend left over capitalised modifiers and possessors: 'the Secretary-General's Special'."""
    start = token.i
    for child in token.lefts:
        coordinated = any(g.dep_ in ("cc", "conj") for g in child.children)
        if not coordinated and child.dep_ in ("compound", "amod", "poss", "nmod") and (
            child.text[:1].isupper() or child.dep_ == "compound"
        ):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    return start


def _leaders_of_several(token: Token) -> bool:
    """'the Presidents of Egypt and Qatar': a plural title of more than one named side names
    each side (guideline: a leader resolves to their side), not one body."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(c.dep_ == "pobj" and any(g.dep_ == "conj" for g in c.children)
                       for c in child.children)
    return False


def _of_name_end(token: Token) -> int:
    """The end of 'residents of Pont-Sondé': the noun with the proper name after its 'of'
    (without what the name's own phrases add: 'in the Artibonite region')."""
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and doc[after].lower_ == "of" and doc[after].head == token:
        name = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
        if name is not None and name.pos_ == "PROPN":
            return name.i + 1
    return after


def _right_edge_of_name(token: Token) -> int:
    """Extend right over 'of/for' + a capitalised name: 'Government of Colombia'."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == end:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].text[:1].isupper():
                end = objects[0].right_edge.i + 1
    return _before_parenthesis(token.doc, token.i, end)
