"""What a sanctions list says about how its entries are tied, as sentences with links.

The UN list's narrative names other entries by reference number: "Associated with
Lashkar-e-Tayyiba (QDe.118) and Al-Qaida (QDe.004)", "Brother of Yassin Chouka (QDi.301)".
A ``Narrative`` keeps, for one entry, the sentences that name another entry, and a ``Link`` per
reference named (the reference as written, with its offsets in the sentence, and the phrase
before it that says how they are tied). Sentences that name no other entry (reviews, notices,
physical descriptions) are left out: they carry no tie. ``listclaims.py`` turns narratives into
TIES claims whose source is the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pactwatch.resolve.listrules import ListRules

# A UN reference: two letters of the regime, i(ndividual) or e(ntity), three digits. The list
# sometimes drops the dot ("QDi322"); the reference is read with it.
_REFERENCE = re.compile(r"\b([A-Z]{2}[ie])\.?(\d{3})\b")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_LAST_WORD = re.compile(r"(\S+)\.$")


@dataclass(frozen=True)
class Link:
    """A reference to another entry in one sentence of a narrative."""

    ref: str  # normalised, e.g. "QDi.322"
    sentence: int  # index into ``Narrative.sentences``
    start: int  # offsets of the reference as written, in its sentence
    end: int
    trigger: str | None = None  # the phrase that says how they are tied, as written


@dataclass(frozen=True)
class Narrative:
    """The sentences in which a list entry (``ref``) is tied to other entries."""

    ref: str
    sentences: tuple[str, ...]
    links: tuple[Link, ...]


def read_narrative(ref: str, texts: Iterable[str], rules: ListRules) -> Narrative | None:
    """The sentences of ``texts`` that name an entry other than ``ref``; None when none does."""
    sentences: list[str] = []
    links: list[Link] = []
    for text in texts:
        for sentence in split_sentences(text, rules):
            found = _links(ref, sentence, len(sentences), rules)
            if found:
                sentences.append(sentence)
                links.extend(found)
    if not links:
        return None
    return Narrative(ref=ref, sentences=tuple(sentences), links=tuple(links))


def split_sentences(text: str, rules: ListRules) -> list[str]:
    """Sentences of a list narrative: a full stop ends one unless it ends an abbreviation
    ("21 Jun. 2010", "No. 12") or an initial ("A. Karim")."""
    text = " ".join(text.split())
    sentences: list[str] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        before = text[start : boundary.start()]
        last = _LAST_WORD.search(before)
        if last and (len(last.group(1)) == 1 or last.group(1).casefold() in rules.abbreviations):
            continue
        sentences.append(before)
        start = boundary.end()
    sentences.append(text[start:])
    return [sentence for sentence in sentences if sentence]


def _links(ref: str, sentence: str, index: int, rules: ListRules) -> list[Link]:
    links: dict[str, Link] = {}
    for match in _REFERENCE.finditer(sentence):
        linked = f"{match.group(1)}.{match.group(2)}"
        if linked != ref and linked not in links:
            trigger = _trigger(sentence[: match.start()], rules)
            links[linked] = Link(linked, index, match.start(), match.end(), trigger)
    return list(links.values())


def _trigger(before: str, rules: ListRules) -> str | None:
    """The last phrase of ``rules.link_cues`` in ``before``, as written."""
    matches = list(_cue_pattern(rules.link_cues).finditer(before))
    return matches[-1].group(0) if matches else None


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every cue, longest first, so that at one place the longer one wins."""
    alternatives = "|".join(re.escape(cue) for cue in cues)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
