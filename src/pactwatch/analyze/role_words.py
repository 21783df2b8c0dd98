"""Role words: a noun read as the title it is part of, and the titles that name a person.

Shared by mention finding, coreference and the relation triggers.
"""

from __future__ import annotations

from spacy.tokens import Token

PERSON_ROLES = {"envoy", "representative", "secretary-general", "president", "minister",
                "ambassador", "spokesperson", "spokesman", "spokeswoman", "official"}


def role_word(token: Token) -> str:
    """The lemma, joined with a hyphenated first part: 'Secretary' '-' 'General',
    'cease' '-' 'fire'; lexicons list such words whole."""
    lemma = token.lemma_.lower()
    if token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        return f"{token.nbor(-2).lower_}-{lemma}"
    return lemma
