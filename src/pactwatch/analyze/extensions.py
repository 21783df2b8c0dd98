"""Every ``Doc`` extension the analyzer reads or writes, declared in one place.

Values are plain lists, dicts and strings so that docs survive ``nlp.pipe(n_process=...)``,
which ships them between processes as bytes. Actor mentions live in ``doc.spans``:

- ``doc.spans["pw_actors"]``: actor mentions (named entities, gazetteer hits, role nouns);
- ``doc.spans["pw_anaphors"]``: pronouns and definite descriptions resolved to a mention,
  aligned with ``doc._.pw_coref``;
- ``doc.spans["pw_opposed"]``: names joined to "counter-" or "anti-" ("counter-ISIS
  operations", "anti-Houthi forces"), labelled with their entity label: never actor
  mentions themselves, they say whom the operation or force named by their head noun acts
  against, the object a relation may take.
"""

from __future__ import annotations

from spacy.tokens import Doc

ACTORS = "pw_actors"
ANAPHORS = "pw_anaphors"
OPPOSED = "pw_opposed"
# Collective victims in pw_actors carry pactwatch.model.GROUP as label: no anaphor points back.
PLACE = "PLACE"  # label of places, never in pw_actors: only "it", "its", "the country" name them
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # spaCy entity labels of places

# name -> default; set by the caller before the pipeline runs (document metadata) or by
# the pw_* components.
DOC_EXTENSIONS: dict[str, object] = {
    "pw_kind": "other",  # DocumentKind value of the document
    "pw_date": None,  # ISO date of the document, the anchor of relative dates
    "pw_author": None,  # the issuing body of an official statement: whom "we" means
    "pw_paragraphs": None,  # token indices where paragraphs start (pw_paragraphs)
    "pw_coref": None,  # list of [antecedent start char, end char, label] per pw_anaphors span
    "pw_frames": None,  # attribution frames: who says which token range (pw_attribution)
    "pw_claims": None,  # claim dicts (pw_claims, completed by pw_dates)
    "pw_opinion": None,  # indices of opinion sentences (pw_opinion)
}


def register_extensions() -> None:
    """Idempotent, so that every process (and every component factory) can call it."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
