"""Linking a name to an actor: the ``names.v1`` algorithm.

Every actor name is indexed under three keys of increasing looseness (see ``names``). A query
is looked up under the same keys, first as written, then as the modifier of a generic head noun
("Taliban fighters" → "Taliban") and, for people, without titles ("Mullah Baradar"). Only when
no key matches does a fuzzy comparison (rapidfuzz) run, within the names that share a word
with the query, and, for a query written like an acronym, a comparison with the initials of
organisations' names. Each way of matching has a fixed worth, and ``features`` records every
factor behind a score, so a link can be explained and a changed number traced.

Guards keep cheap matches from turning into wrong ones:

* an acronym alias ("US", "LET") links only a mention written like an acronym;
* a common given name ("Abdullah") never links a person, and common names alone ("Abu
  Mohammed", a list alias) link a person only through the canonical name ("Abdullah Abdullah");
* a single word links an imported person (uncurated, an id with a list prefix) only weakly;
* an entity label that contradicts the actor's kind (a PERSON mention of an organisation)
  costs a fixed factor, so only an exact name survives it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from pactwatch.model import Actor, ActorType, Affiliation
from pactwatch.resolve.names import (
    Lexicon,
    exact_key,
    initials,
    is_common_given_name,
    load_lexicon,
    looks_like_acronym,
    normalize,
    skeleton,
    strip_generic_head,
    strip_honorifics,
)

NAMES_ALGORITHM = "names.v1"
DEFAULT_THRESHOLD = 0.85

# What each way of matching is worth: stricter keys first.
TIER_SCORES = {"exact": 1.0, "normalized": 0.97, "skeleton": 0.93}
FUZZY_WEIGHT = 0.95  # times the fuzzy ratio: a fuzzy link needs a ratio of about 0.9
ACRONYM_SCORE = 0.88  # initials of an organisation's name, when only one organisation has them
GENERIC_HEAD_FACTOR = 0.95  # "Taliban fighters" is the Taliban, but the mention said more
HONORIFIC_FACTOR = 0.97  # "Mullah Baradar" after "Mullah" is dropped
TYPE_MISMATCH_FACTOR = 0.85  # a PERSON mention linked to an organisation, or the reverse
SINGLE_WORD_FACTOR = 0.8  # one word of an imported person's name
AMBIGUITY_FACTOR = 0.8  # two actors match equally well: no link
TOKEN_MATCH_RATIO = 80  # two words are the same word, spelled differently
MAX_BLOCK = 200  # words shared by more names than this do not make fuzzy candidates
PREFIX = 3  # fuzzy candidates share a word beginning with the same letters as a query word

PERSON_LABELS = frozenset({"PERSON", "PER"})
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Match:
    """An actor found for a name: the score in [0, 1], the actor's name that matched, and the
    factors behind the score."""

    actor: Actor
    score: float
    alias: str
    features: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class _Entry:
    """One actor name under one key."""

    actor: int  # position in Resolver.actors
    alias: str
    acronym: bool  # the name is written like an acronym
    stripped: bool  # a person's name with its titles removed


@dataclass(frozen=True)
class _Hit:
    actor: int
    score: float
    alias: str
    features: dict[str, float]


class Resolver:
    """Finds the actor a name refers to among ``actors`` (the registry merged with lists)."""

    def __init__(
        self,
        actors: Iterable[Actor],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.actors: list[Actor] = list(actors)
        self.threshold = threshold
        self._lexicon = lexicon or load_lexicon()
        self._by_id = {actor.id: actor for actor in self.actors}
        self._index: dict[str, dict[str, list[_Entry]]] = {tier: {} for tier in TIER_SCORES}
        self._acronyms: dict[str, set[int]] = defaultdict(set)
        self._blocks: dict[str, set[str]] = defaultdict(set)  # word → skeleton keys
        self._prefixes: dict[str, set[str]] = defaultdict(set)  # first letters → words
        self._cache: dict[tuple[str, str | None], _Hit | None] = {}
        for position, actor in enumerate(self.actors):
            self._add(position, actor)

    def names(self) -> list[str]:
        """Every name and alias of every actor, once each (a gazetteer for the analyzer)."""
        return list(dict.fromkeys(name for actor in self.actors for name in actor.names))

    def match(
        self, name: str, *, date: str | None = None, label: str | None = None
    ) -> Match | None:
        """The best actor for ``name``, or None when no link scores ``threshold`` or more.

        ``label`` is the entity type the analyzer saw (PERSON, ORG, NORP, GPE...). ``date``
        (ISO) does not change the link: an actor delisted by then is still that actor. When
        given, ``features["listed"]`` says whether one of its list entries was in force.
        """
        key = (name, label)
        if key not in self._cache:
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[key] = self._best(name, label)
        hit = self._cache[key]
        if hit is None:
            return None
        actor = self.actors[hit.actor]
        features = dict(hit.features)
        if date is not None and actor.refs:
            features["listed"] = float(any(ref.active_on(date) for ref in actor.refs))
        return Match(actor=actor, score=hit.score, alias=hit.alias, features=features)

    def side(self, actor_id: str, date: str | None = None) -> str:
        """The id of the organisation or state a person acted for on ``date``; else ``actor_id``.

        Khalilzad's talks in 2020 count for the United States. When several affiliations are
        active, the first listed wins (the registry lists the primary one first). Without a
        date, the first affiliation still open, else the first listed. An actor that is not a
        person, or has no affiliation then, or is unknown here, acts for itself.
        """
        actor = self._by_id.get(actor_id)
        if actor is None or not actor.affiliations:
            return actor_id
        if date is None:
            current = [a for a in actor.affiliations if a.end is None]
            return (current or list(actor.affiliations))[0].organization
        for affiliation in actor.affiliations:
            if _active(affiliation, date):
                return affiliation.organization
        return actor_id

    # --- indexing ---------------------------------------------------------------------

    def _add(self, position: int, actor: Actor) -> None:
        person = actor.type is ActorType.PERSON
        for alias in actor.names:
            acronym = looks_like_acronym(alias)
            normalized = normalize(alias, self._lexicon)
            if not normalized:
                continue
            entry = _Entry(position, alias, acronym, stripped=False)
            self._put("exact", exact_key(alias), entry)
            self._put("normalized", normalized, entry)
            self._put("skeleton", skeleton(normalized, self._lexicon), entry)
            if person and (bare := strip_honorifics(normalized, self._lexicon)):
                entry = _Entry(position, alias, acronym, stripped=True)
                self._put("normalized", bare, entry)
                self._put("skeleton", skeleton(bare, self._lexicon), entry)
            if not person and not acronym and (letters := initials(normalized)):
                self._acronyms[letters].add(position)

    def _put(self, tier: str, key: str, entry: _Entry) -> None:
        entries = self._index[tier].setdefault(key, [])
        if entry not in entries:
            entries.append(entry)
        if tier == "skeleton":
            for word in key.split():
                if len(word) > 2:
                    self._blocks[word].add(key)
                    self._prefixes[word[:PREFIX]].add(word)

    # --- matching ---------------------------------------------------------------------

    def _best(self, name: str, label: str | None) -> _Hit | None:
        raw = " ".join(name.split())
        normalized = normalize(raw, self._lexicon)
        if not normalized:
            return None
        acronym_query = looks_like_acronym(raw)
        hits = self._keyed_hits(raw, normalized, acronym_query, label)
        if not any(hit.score >= self.threshold for hit in hits):
            hits.extend(self._fuzzy_hits(normalized, label))
            if acronym_query:
                hits.extend(self._acronym_hits(raw, label))
        return self._choose(hits)

    def _keyed_hits(
        self, raw: str, normalized: str, acronym_query: bool, label: str | None
    ) -> list[_Hit]:
        variants: list[tuple[str, float, dict[str, float], bool]] = [(normalized, 1.0, {}, False)]
        if modifier := strip_generic_head(normalized, self._lexicon):
            variants.append((modifier, GENERIC_HEAD_FACTOR, {"generic_head": 1.0}, False))
        if bare := strip_honorifics(normalized, self._lexicon):
            variants.append((bare, HONORIFIC_FACTOR, {"honorific": 1.0}, True))
        hits = []
        for key, factor, extra, people_only in variants:
            lookups = [("normalized", key), ("skeleton", skeleton(key, self._lexicon))]
            if key == normalized:
                lookups.insert(0, ("exact", exact_key(raw)))
            for tier, lookup in lookups:
                for entry in self._index[tier].get(lookup, ()):
                    if entry.acronym and not acronym_query:
                        continue
                    actor = self.actors[entry.actor]
                    if people_only and actor.type is not ActorType.PERSON:
                        continue
                    features = {tier: 1.0, **extra}
                    if entry.stripped:
                        features["honorific"] = 1.0
                    score = TIER_SCORES[tier] * factor
                    if entry.stripped and not people_only:
                        score *= HONORIFIC_FACTOR
                    hit = self._guarded(entry.actor, key, score, entry.alias, features, label)
                    if hit:
                        hits.append(hit)
        return hits

    def _fuzzy_hits(self, normalized: str, label: str | None) -> list[_Hit]:
        query = skeleton(normalized, self._lexicon)
        query_words = query.split()
        candidates: set[str] = set()
        for word in query_words:
            for neighbour in self._prefixes.get(word[:PREFIX], ()):
                block = self._blocks[neighbour]
                if len(block) <= MAX_BLOCK:
                    candidates |= block
        hits = []
        for key in candidates:
            ratio = fuzz.ratio(query, key) / 100
            if ratio * FUZZY_WEIGHT < self.threshold:  # guards only lower a score
                continue
            alignment = _alignment(query_words, key.split())
            for entry in self._index["skeleton"][key]:
                actor = self.actors[entry.actor]
                people = actor.type is ActorType.PERSON
                if entry.acronym or alignment < (1.0 if people else 0.5):
                    continue
                if people and len(query_words) < 2:
                    continue
                features = {"fuzzy_ratio": ratio, "token_overlap": alignment}
                hit = self._guarded(
                    entry.actor, normalized, ratio * FUZZY_WEIGHT, entry.alias, features, label
                )
                if hit:
                    hits.append(hit)
        return hits

    def _acronym_hits(self, raw: str, label: str | None) -> list[_Hit]:
        letters = raw.replace(".", "").replace("-", "").casefold()
        owners = self._acronyms.get(letters, set())
        if len(owners) != 1:
            return []
        (position,) = owners
        hit = self._guarded(position, letters, ACRONYM_SCORE, raw, {"acronym": 1.0}, label)
        return [hit] if hit else []

    def _guarded(
        self,
        position: int,
        key: str,
        score: float,
        alias: str,
        features: dict[str, float],
        label: str | None,
    ) -> _Hit | None:
        """A hit after the person guards and the type agreement; None if a guard refuses."""
        actor = self.actors[position]
        person = actor.type is ActorType.PERSON
        imported = ":" in actor.id
        single_word = " " not in key
        through_alias = alias != actor.name
        if person and (single_word or through_alias) and is_common_given_name(key, self._lexicon):
            return None
        if person and single_word and imported:
            score *= SINGLE_WORD_FACTOR
            features["single_word"] = 1.0
        agreement = _type_agreement(label, person)
        features["type_agreement"] = agreement
        if agreement == 0.0:
            score *= TYPE_MISMATCH_FACTOR
        return _Hit(position, round(score, 4), alias, features)

    def _choose(self, hits: list[_Hit]) -> _Hit | None:
        best: dict[int, _Hit] = {}
        for hit in hits:
            if hit.actor not in best or hit.score > best[hit.actor].score:
                best[hit.actor] = hit
        if not best:
            return None
        ranked = sorted(
            best.values(), key=lambda h: (-h.score, ":" in self.actors[h.actor].id, h.actor)
        )
        top = ranked[0]
        tied = len(ranked) > 1 and ranked[1].score == top.score
        if tied and (":" in self.actors[ranked[1].actor].id) == (":" in self.actors[top.actor].id):
            features = {**top.features, "ambiguity": 1.0}
            top = _Hit(top.actor, round(top.score * AMBIGUITY_FACTOR, 4), top.alias, features)
        return top if top.score >= self.threshold else None


def _type_agreement(label: str | None, person: bool) -> float:
    """1.0 when the mention's entity label fits the actor's kind, 0.0 when it contradicts it,
    0.5 when there is no label to judge by."""
    if label in PERSON_LABELS:
        return 1.0 if person else 0.0
    if label in GROUP_LABELS:
        return 0.0 if person else 1.0
    return 0.5


def _alignment(query: list[str], key: list[str]) -> float:
    """How well two names' words pair up: the share of words on the worse-covered side that
    have a close counterpart (ratio ≥ TOKEN_MATCH_RATIO) on the other side."""

    def covered(words: list[str], others: list[str]) -> float:
        found = sum(any(fuzz.ratio(w, o) >= TOKEN_MATCH_RATIO for o in others) for w in words)
        return found / len(words)

    return min(covered(query, key), covered(key, query))


def _active(affiliation: Affiliation, day: str) -> bool:
    if affiliation.start and day < affiliation.start:
        return False
    return affiliation.end is None or day <= affiliation.end
