"""The ``pw_actors`` component: who could be a party to a claim.

Named entities and gazetteer hits are the backbone; role nouns ("the Council", "the Special
Envoy") cover official prose that names bodies by title, and anaphors ("the group", "they")
point back to the last compatible mention so that a claim can name the actor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pactwatch.analyze.extensions import ACTORS, ANAPHORS, register_extensions
from pactwatch.analyze.lexicons import ActorLexicon, actor_lexicon, relation_lexicon

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
FIRST_PERSON = {"we", "our", "us", "i", "my", "me"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Guideline rule 9: "we" is the issuing body in its own statement or report; in news and
# opinion it is the writer, who is not a party.
INSTITUTIONAL_KINDS = {"official_statement", "monitoring_report", "agreement"}
GROUP = "GROUP"  # label of collective victims: no anaphor points back to them
PERSON_ROLES = {"envoy", "representative", "secretary-general", "president", "minister",
                "ambassador", "spokesperson", "spokesman", "spokeswoman"}


@Language.factory(
    "pw_actors",
    assigns=["doc.spans", "doc._.pw_coref"],
    requires=["doc.ents", "token.dep", "token.lemma"],
)
def make_actor_finder(nlp: Language, name: str) -> ActorFinder:
    return ActorFinder()


class ActorFinder:
    """Stateless: the lexicon is loaded once per process, so the component pickles cheaply."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        lex = actor_lexicon()
        tokens = list(doc)  # one Token object per position, shared by the passes below
        mentions = filter_spans([
            *self._entity_mentions(doc, lex),
            *self._role_mentions(tokens, lex),
            *self._backed_groups(tokens, lex),
        ])
        doc.spans[ACTORS] = mentions
        anaphors, coref = self._resolve_anaphors(doc, tokens, mentions, lex)
        doc.spans[ANAPHORS] = anaphors
        doc._.pw_coref = coref
        return doc

    def _entity_mentions(self, doc: Doc, lex: ActorLexicon) -> list[Span]:
        spans = []
        for ent in doc.ents:
            if ent.label_ not in lex.entity_labels and ent.label_ != "ACTOR":
                continue
            start, end = ent.start, ent.end
            while start < end and doc[start].lower_ in DETERMINERS:
                start += 1
            text = doc[start:end].text
            if start == end or not any(ch.isalpha() for ch in text):
                continue
            if ent.label_ != "ACTOR" and not text[:1].isupper():
                continue  # NER's "intra-" in "intra-Afghan"; registry names are ACTOR hits
            end = _extend_with_force_noun(doc, start, end, lex)
            label = ent.label_ if end == ent.end else "ORG"
            spans.append(Span(doc, start, end, label=label))
        return spans

    def _role_mentions(self, tokens: list[Token], lex: ActorLexicon) -> list[Span]:
        spans = []
        for token in tokens:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            role = _role_word(token)
            doc = token.doc
            if role in lex.victim_nouns:
                spans.append(Span(doc, _left_edge_of_group(token), token.i + 1, label=GROUP))
                continue
            if role not in lex.role_nouns:
                continue
            start = _left_edge_of_name(token)
            if "-" in role:
                start = min(start, token.i - 2)
            end = _right_edge_of_name(token)
            named = start < token.i or end > token.i + 1 or token.text[:1].isupper()
            if role in lex.role_nouns_needing_name and not named:
                continue
            label = "PERSON" if role in PERSON_ROLES else "ORG"
            spans.append(Span(doc, start, end, label=label))
        return spans

    @staticmethod
    def _backed_groups(tokens: list[Token], lex: ActorLexicon) -> list[Span]:
        """'Iran-aligned militia groups' names an actor even though no NER label covers it."""
        suffixes = relation_lexicon().compound_suffixes
        spans = []
        for token in tokens:
            if token.lower_ not in lex.force_nouns:
                continue
            doc = token.doc
            for child in token.lefts:
                suffix = child.lower_.rpartition("-")[2]
                if child.dep_ in ("amod", "compound") and suffix in suffixes:
                    start = child.left_edge.i
                    while start < child.i and doc[start].lower_ in DETERMINERS:
                        start += 1
                    spans.append(Span(doc, start, token.i + 1, label="ORG"))
                    break
        return spans

    def _resolve_anaphors(
        self, doc: Doc, tokens: list[Token], mentions: list[Span], lex: ActorLexicon
    ) -> tuple[list[Span], list[list[object]]]:
        """Each anaphor takes the nearest earlier mention whose label it accepts."""
        anaphors: list[Span] = []
        coref: list[list[object]] = []
        taken = {i for span in mentions for i in range(span.start, span.end)}
        sentence_of = {}
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sentence_of[i] = n
        first_words = {phrase.split()[0] for phrase in lex.anaphors} | FIRST_PERSON
        for token in tokens:
            if token.i in taken or token.lower_ not in first_words:
                continue
            if token.pos_ == "PRON" and token.lower_ in FIRST_PERSON:
                # "we"/"I" of the issuing body acts; "our efforts" as an object does not
                if (doc._.pw_author and doc._.pw_kind in INSTITUTIONAL_KINDS
                        and token.head.dep_ != "pobj"):
                    anaphors.append(Span(doc, token.i, token.i + 1))
                    coref.append([None, None, "ORG", doc._.pw_author])
                continue
            phrase, length = _anaphor_at(doc, token, lex)
            if phrase is None:
                continue
            span = Span(doc, token.i, token.i + length)
            accepts = lex.anaphors[phrase]
            antecedent = _clause_subject(token, mentions, accepts) if token.dep_ == "poss" else None
            antecedent = antecedent or self._antecedent(span, mentions, accepts, sentence_of, lex)
            if antecedent is not None:
                anaphors.append(span)
                coref.append([antecedent.start_char, antecedent.end_char, antecedent.label_,
                              antecedent.text])
            taken.update(range(span.start, span.end))
        return anaphors, coref

    @staticmethod
    def _antecedent(
        span: Span,
        mentions: list[Span],
        accepts: frozenset[str],
        sentence_of: dict[int, int],
        lex: ActorLexicon,
    ) -> Span | None:
        """The latest compatible mention in the window, preferring grammatical subjects:
        "The Secretary-General thanks his Special Representative ... He expresses" means the
        Secretary-General, and a subject pronoun continues the subject of its own sentence:
        "The U.S. Government has yet to recognize Afghanistan, but it engaged ..." means the
        U.S. Government."""
        here = sentence_of[span.start]
        compatible = [
            m for m in mentions
            if m.end <= span.start
            and here - sentence_of[m.start] <= lex.anaphor_window
            and m.label_ in accepts
        ]
        subjects = [m for m in compatible if m.root.dep_ in SUBJECT_DEPS]
        if subjects and (sentence_of[subjects[-1].start] < here or _is_subject(span)):
            return subjects[-1]
        return compatible[-1] if compatible else None


def _is_subject(span: Span) -> bool:
    """The anaphor is a subject, or the possessor of one ("its attacks killed ...")."""
    root = span.root
    if root.dep_ == "poss":
        root = root.head
    return root.dep_ in SUBJECT_DEPS


def _clause_subject(token: Token, mentions: list[Span], accepts: frozenset[str]) -> Span | None:
    """A possessive binds to the subject of its clause: 'the Council reaffirmed its support'."""
    verb = token.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    candidates = [subject, *(g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj")]
    for candidate in candidates:
        for mention in mentions:
            if mention.start <= candidate.i < mention.end and mention.end <= token.i:
                return mention if mention.label_ in accepts else None
    return None


def _anaphor_at(doc: Doc, token: Token, lex: ActorLexicon) -> tuple[str | None, int]:
    """The anaphor starting at ``token`` and its length in tokens, longest first."""
    if token.i + 1 < len(doc):
        pair = f"{token.lower_} {doc[token.i + 1].lower_}"
        if pair in lex.anaphors:
            return pair, 2
    if token.pos_ == "PRON" and token.lower_ in lex.anaphors:
        return token.lower_, 1
    return None, 0


def _role_word(token: Token) -> str:
    """The lemma, joined with a hyphenated first part: 'Secretary' '-' 'General'."""
    lemma = token.lemma_.lower()
    if token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        return f"{token.nbor(-2).lower_}-{lemma}"
    return lemma


def _extend_with_force_noun(doc: Doc, start: int, end: int, lex: ActorLexicon) -> int:
    """'Houthi' + 'forces' -> 'Houthi forces': the name modifies a force noun it belongs to."""
    while True:
        last = doc[end - 1]
        head = last.head
        if not (
            last.dep_ in ("compound", "amod", "nmod")
            and head.i >= end
            and head.i - end <= 2
            and head.lower_ in lex.force_nouns
            and all(t.dep_ in ("compound", "amod") for t in doc[end : head.i])
        ):
            return end
        end = head.i + 1


def _left_edge_of_group(token: Token) -> int:
    """Extend left over all adjectives: 'religious minorities', 'foreign nationals'."""
    start = token.i
    for child in token.lefts:
        coordinated = any(g.dep_ in ("cc", "conj") for g in child.children)
        if not coordinated and child.dep_ in ("compound", "amod", "nmod"):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct
                               or doc[start].pos_ == "NUM"):
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


def _right_edge_of_name(token: Token) -> int:
    """Extend right over 'of/for' + a capitalised name: 'Government of Colombia'."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == end:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].text[:1].isupper():
                end = objects[0].right_edge.i + 1
    return end
