"""Linking a name to an actor: the ``names.v2`` algorithm.

Every actor name is indexed under keys of increasing looseness (see ``names`` and
``phonetic``): as written, normalised, skeleton, skeleton words in any order, and consonant keys
in any order, so that spelling, transliteration, name-part order and script (Arabic letters
against Latin) stop mattering one step at a time. A query is looked up under the same keys,
first as written, then as the modifier of a generic head noun ("Taliban fighters" → "Taliban")
and, for people, without titles ("Mullah Baradar"). A hit under a key is a full-name hit. Only
when no key gives a link does a word-by-word comparison (``scoring``) run, on the few names that
share a word or a consonant key with the query (an inverted index: the fast path of screening);
for a query written like an acronym, the initials of organisations' names are tried too.
A name written as one actor's name (the exact key, most of a screening load that hits the list)
ends the search there when no looser key could be worth as much; the actors ranked below the
winner (``Match.alternatives``) are then found only when someone reads them.

Each way of matching has a fixed worth and each guard a fixed factor; ``Match.steps`` lists them
in order, so the score is their product and every number can be explained (``explain``).

Guards keep cheap matches from turning into wrong ones. A guard is a factor that puts the
score below the threshold rather than a refusal, so that ``candidates`` (screening, the
benchmarks, ``--explain``) can still rank and show the actor with the reason it lost:

* an acronym alias ("US", "LET") links only a mention written like an acronym;
* a common given name ("Abdullah") never links a person, and common names alone ("Abu
  Mohammed", a list alias) link a person only through the canonical name ("Abdullah Abdullah");
* word by word, a person needs two shared distinctive words (not common given names or words
  that many listed names share), an organisation one: "Muhammad Ashraf" is no match for
  "Muhammad Ashraf Haqqani";
* a single word links an imported person (uncurated, an id with a list prefix) only weakly,
  and so does a low-quality alias of a list (``Actor.weak_aliases``);
* an entity label that contradicts the actor's kind (a PERSON mention of an organisation)
  costs a fixed factor, so only an exact name survives it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz import fuzz

from pactwatch.model import Actor, ActorType, Affiliation
from pactwatch.resolve.names import (
    Lexicon,
    exact_key,
    fold,
    generic_head_slice,
    initials,
    is_common_given_name,
    load_lexicon,
    looks_like_acronym,
    normalize,
    skeleton_words,
    strip_honorifics,
)
from pactwatch.resolve.phonetic import phonetic_key
from pactwatch.resolve.registry import ContextAlias, load_context_aliases
from pactwatch.resolve.scoring import COMMON_WEIGHT, NameWords, align

NAMES_ALGORITHM = "names.v2"
DEFAULT_THRESHOLD = 0.85

# What each way of matching is worth: stricter keys first.
TIER_SCORES = {
    "exact": 1.0,
    "normalized": 0.97,
    "skeleton": 0.93,
    "reordered": 0.92,  # the skeleton's words in another order
    "phonetic": 0.9,  # the same consonant keys: a transliteration variant or another script
}
LOOSER_TIERS_BEST = max(score for tier, score in TIER_SCORES.items() if tier != "exact")
LOOSE_PHONETIC_SCORE = 0.8  # same consonants, but the Latin spellings differ much (Salam/Salim)
PHONETIC_SPELLING_RATIO = 75  # Latin spellings this alike make a phonetic hit a full one
MIN_KEY = 3  # a one-word name needs a consonant key this long to match on it
MIN_KEYS_TOTAL = 6  # consonants a name of several words needs, two or more in each word
FUZZY_WEIGHT = 0.95  # times the weighted word similarity
ACRONYM_SCORE = 0.88  # initials of an organisation's name, when only one organisation has them
GENERIC_HEAD_FACTOR = 0.95  # "Taliban fighters" is the Taliban, but the mention said more
NATIONALITY_FACTOR = 0.95  # "Russian Wagner Group" is the Wagner Group, described
HONORIFIC_FACTOR = 0.97  # "Mullah Baradar" after "Mullah" is dropped
CONTEXT_ALIAS_SCORE = 0.9  # "the coalition", read with the document's countries and date
TYPE_MISMATCH_FACTOR = 0.85  # a PERSON mention linked to an organisation, or the reverse
SINGLE_WORD_FACTOR = 0.8  # one word of an imported person's name
WEAK_ALIAS_FACTOR = 0.95  # a low-quality alias of a list
AMBIGUITY_FACTOR = 0.8  # two actors match equally well: no link
COMMON_NAME_FACTOR = 0.5  # common given names alone: ranked, never linked
FEW_WORDS_FACTOR = 0.8  # fewer shared distinctive words than a link needs: ranked, not linked
CONTEXT_MARGIN = 0.03  # candidates this close to the best compete on the document's context
MAX_BLOCK = 400  # a word shared by more names than this makes no candidates by itself
MAX_CANDIDATES = 40  # names compared word by word, those sharing most words first
COMMON_SHARE = 0.02  # a word in more than this share of the actors (and 10) is common
MIN_TYPO_LENGTH = 5  # words this long find their misspellings (one letter off) as candidates
MIN_RANKED = 0.5  # candidates below this are not worth ranking
ALTERNATIVES = 3

_POSSESSIVE = re.compile(r"['’]s\b")
# "Movement/Army (SPLM/A) (in opposition)": an acronym in parentheses before a qualifier in
# parentheses is the short form of the first words; the name is the words and the qualifier
_INNER_ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9/.&-]*\)(?=\s*\()")
PERSON_LABELS = frozenset({"PERSON", "PER"})
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC"})

Step = tuple[str, float]  # a named factor of a score; the first is the base worth


@dataclass(frozen=True)
class Match:
    """An actor found for a name: the score in [0, 1], the actor's name that matched, and the
    factors behind the score.

    ``steps`` gives the score as a product: the base worth of the way of matching, then each
    factor ("honorific", 0.97); ``features`` the facts that were weighed; ``pairs`` the words
    that paired up when the names were compared word by word. ``listed`` says, when
    a date was asked, whether one of the actor's list entries was in force then (None: the
    actor is on no list, or no date was asked). ``alternatives`` are the next-best actors.

    The alternatives are ranked on first use, through ``next_best``: a screening load reads
    only the winner, and ranking every looser key of a name the list holds as written costs
    more than finding the winner does.
    """

    actor: Actor
    score: float
    alias: str
    features: dict[str, float] = field(default_factory=dict)
    steps: tuple[Step, ...] = ()
    listed: bool | None = None
    query: str = ""
    pairs: tuple[tuple[str, str, float], ...] = ()  # word by word: (query word, name word, ~)
    algorithm: str = NAMES_ALGORITHM
    next_best: Callable[[], tuple[Match, ...]] | None = field(
        default=None, repr=False, compare=False
    )

    @cached_property
    def alternatives(self) -> tuple[Match, ...]:
        """The next-best actors, best first (at most ``ALTERNATIVES``)."""
        return self.next_best() if self.next_best else ()


@dataclass(frozen=True)
class MatchContext:
    """What a document says around a mention, to choose between equally good actors: the
    countries (ISO codes) it is about and the actors already resolved in it."""

    countries: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Entry:
    """One actor name under one key."""

    actor: int  # position in Resolver.actors
    alias: str
    acronym: bool  # the name is written like an acronym
    stripped: bool  # a person's name with its titles removed
    weak: bool = False  # a low-quality alias of a list


@dataclass(frozen=True)
class _Variant:
    """A query, or the query without a generic head or titles, as the keys look it up."""

    key: str  # normalised
    words: tuple[str, ...]  # skeleton words
    step: Step | None  # the factor the variant costs; None for the query itself
    people_only: bool
    acronym_query: bool
    label: str | None
    no_states: bool = False  # "Tajik militias", "Russian Wagner Group": not the state


@dataclass(frozen=True)
class _Hit:
    actor: int
    score: float
    alias: str
    features: dict[str, float]
    steps: tuple[Step, ...]
    pairs: tuple[tuple[str, str, float], ...] = ()


def _score(steps: Iterable[Step]) -> float:
    return round(min(1.0, math.prod(value for _, value in steps)), 4)


class Resolver:
    """Finds the actor a name refers to among ``actors`` (the registry merged with lists)."""

    def __init__(
        self,
        actors: Iterable[Actor],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        lexicon: Lexicon | None = None,
        context_aliases: Iterable[ContextAlias] | None = None,
    ) -> None:
        """``context_aliases`` default to the bundled registry's; those of actors not among
        ``actors`` are left out."""
        self.actors: list[Actor] = list(actors)
        self.threshold = threshold
        self._lexicon = lexicon or load_lexicon()
        self._by_id = {actor.id: actor for actor in self.actors}
        self._position = {actor.id: position for position, actor in enumerate(self.actors)}
        self._contextual = self._index_context_aliases(
            load_context_aliases() if context_aliases is None else context_aliases
        )
        self._contextual_last_words = {key.rsplit(" ", 1)[-1] for key in self._contextual}
        self._index: dict[str, dict[str, list[_Entry]]] = {tier: {} for tier in TIER_SCORES}
        self._acronyms: dict[str, set[int]] = defaultdict(set)
        self._spelled: list[tuple[_Entry, tuple[str, ...], tuple[str, ...]]] = []
        self._postings: dict[str, list[int]] = defaultdict(list)  # word or #key → _spelled
        self._near: dict[str, set[str]] = defaultdict(set)  # word less a letter → words
        self._word_cache: dict[str, tuple[str, float, frozenset[int]]] = {}
        self._known: set[str] = set()  # every skeleton word of an indexed name
        self._known_keys: set[str] = set()  # and their consonant keys
        self._cache: dict[tuple[str, str | None, bool, bool], list[_Hit]] = {}
        for position, actor in enumerate(self.actors):
            self._add(position, actor)
        self._common = self._common_words()
        self._compared = [self._name_words(w, k) for _, w, k in self._spelled]
        self._weights = [name.weight for name in self._compared]
        self._persons = [
            self.actors[entry.actor].type is ActorType.PERSON for entry, _, _ in self._spelled
        ]

    def names(self) -> list[str]:
        """Every name and alias of every actor, once each (a gazetteer for the analyzer),
        context aliases included."""
        contextual = (name for readings in self._contextual.values()
                      for reading in readings for name in reading.names)
        return list(dict.fromkeys(
            [*(name for actor in self.actors for name in actor.names), *contextual]
        ))

    def people(self) -> list[str]:
        """Every name and alias of every person (for the analyzer: a 'he' or 'she' may mean
        'Hans Grundberg', an 'it' may not)."""
        return list(dict.fromkeys(name for actor in self.actors
                                  if actor.type is ActorType.PERSON for name in actor.names))

    def states(self) -> list[str]:
        """Every name and alias of every state (for the analyzer: 'that country' may mean
        'Somalia', 'the group' may not)."""
        return list(dict.fromkeys(name for actor in self.actors
                                  if actor.type is ActorType.STATE for name in actor.names))

    def match(
        self,
        name: str,
        *,
        date: str | None = None,
        label: str | None = None,
        context: MatchContext | None = None,
    ) -> Match | None:
        """The best actor for ``name``, or None when no link scores ``threshold`` or more.

        ``label`` is the entity type the analyzer saw (PERSON, ORG, NORP, GPE...). ``date``
        (ISO) does not change the link: an actor delisted by then is still that actor, and
        ``listed`` (and ``features["listed"]``) says whether one of its entries was in force.
        ``context`` chooses between actors that match about equally well, and gives a
        context alias ("the coalition") its actor: the first reading whose countries or actors
        the document names, else the first reading that needs neither; ``date`` must fall
        within the reading's dates. No reading applies: no link.
        """
        readings = self._context_readings(name)
        if readings is not None:
            return self._read_in_context(name, readings, date, context)
        # Without a context to weigh, the winner is known from the strictest keys alone when
        # one of them scores above anything a looser key is worth (an exact hit).
        ranked = self._ranked(name, label, complete=context is not None)
        if not ranked:
            return None
        top, rest = self._decide(ranked, context)
        if top.score < self.threshold:
            return None

        def next_best() -> tuple[Match, ...]:
            # without a context, the ranking above stopped at the winner: rank every key now
            full = rest if context is not None else self._decide(self._ranked(name, label), None)[1]
            return tuple(self._to_match(hit, name, date) for hit in full[:ALTERNATIVES])

        return self._to_match(top, name, date, next_best)

    def candidates(
        self,
        name: str,
        *,
        date: str | None = None,
        label: str | None = None,
        limit: int = 3,
        thorough: bool = True,
    ) -> list[Match]:
        """The best ``limit`` actors for ``name``, best first, whatever their score (a guard
        lowers it, with its reason in ``steps``): what screening and the benchmarks rank.

        ``thorough=False`` skips names compared word by word that cannot reach the threshold:
        as fast as ``match``, for callers that keep only candidates at the threshold."""
        ranked = self._ranked(name, label, thorough=thorough)
        return [self._to_match(hit, name, date) for hit in ranked[:limit]]

    def _index_context_aliases(
        self, aliases: Iterable[ContextAlias]
    ) -> dict[str, list[ContextAlias]]:
        index: dict[str, list[ContextAlias]] = {}
        for alias in aliases:
            if alias.actor in self._by_id:
                for name in alias.names:
                    index.setdefault(normalize(name, self._lexicon), []).append(alias)
        return index

    def _context_readings(self, name: str) -> list[ContextAlias] | None:
        """The readings of a context alias; None for any other name (most names leave at the
        first test, on the last word)."""
        if not self._contextual:
            return None
        last = name.rsplit(None, 1)[-1].lower() if name.strip() else ""
        if last not in self._contextual_last_words:
            return None
        return self._contextual.get(normalize(name, self._lexicon))

    def _read_in_context(
        self, name: str, readings: list[ContextAlias], date: str | None,
        context: MatchContext | None,
    ) -> Match | None:
        current = [r for r in readings if r.holds_on(date)]
        named = [r for r in current if r.conditional and context is not None and (
            r.countries & context.countries or r.actors & context.actors)]
        chosen = named or [r for r in current if not r.conditional]
        if not chosen:
            return None
        position = self._position[chosen[0].actor]
        steps: tuple[Step, ...] = (("context_alias", CONTEXT_ALIAS_SCORE),)
        hit = _Hit(position, _score(steps), name, {"context": 1.0}, steps)
        return self._to_match(hit, name, date)

    def countries_in(self, text: str) -> set[str]:
        """The countries (ISO codes) of the states whose names, demonyms or capitals ``text``
        contains: what a document is about, for the context of its mentions."""
        found: set[str] = set()
        words = fold(text).split()
        places, lengths = self._places
        for start, word in enumerate(words):
            for length in lengths.get(word, ()):  # most words start no state's name
                country = places.get(" ".join(words[start:start + length]))
                if country:
                    found.add(country)
        return found

    @cached_property
    def _places(self) -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
        """State names (folded) → country, and first word → the lengths of names it starts."""
        places = {
            fold(name): actor.country
            for actor in self.actors if actor.type is ActorType.STATE and actor.country
            for name in actor.names
        }
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in places:
            words = key.split()
            if words:
                lengths[words[0]].add(len(words))
        return places, {word: tuple(sorted(n)) for word, n in lengths.items()}

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, if the resolver knows it."""
        return self._by_id.get(actor_id)

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
        names = [(alias, False) for alias in actor.names]
        names += [(alias, True) for alias in actor.weak_aliases if alias not in actor.names]
        for alias, weak in names:
            acronym = looks_like_acronym(alias)
            normalized = normalize(alias, self._lexicon)
            if not normalized:
                continue
            entry = _Entry(position, alias, acronym, stripped=False, weak=weak)
            self._put("exact", exact_key(alias), entry)
            self._put_loose(normalized, entry)
            bare = strip_honorifics(normalized, self._lexicon) if person else None
            if bare:
                self._put_loose(bare, _Entry(position, alias, acronym, stripped=True, weak=weak))
            if not person and not acronym and (letters := initials(normalized)):
                self._acronyms[letters].add(position)
            if not acronym:
                self._put_spelled(entry, bare or normalized)

    def _put_loose(self, normalized: str, entry: _Entry) -> None:
        words = skeleton_words(normalized, self._lexicon)
        self._known.update(words)
        self._put("normalized", normalized, entry)
        self._put("skeleton", " ".join(words), entry)
        if len(words) > 1:
            self._put("reordered", " ".join(sorted(words)), entry)
        keys = [phonetic_key(word) for word in words]
        self._known_keys.update(keys)
        if not entry.acronym and _says_enough(keys):
            self._put("phonetic", " ".join(sorted(keys)), entry)

    def _put(self, tier: str, key: str, entry: _Entry) -> None:
        entries = self._index[tier].setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def _put_spelled(self, entry: _Entry, normalized: str) -> None:
        words = skeleton_words(normalized, self._lexicon)
        keys = tuple(phonetic_key(word) for word in words)
        number = len(self._spelled)
        self._spelled.append((entry, words, keys))
        for posting in {*words, *(f"#{key}" for key in keys if len(key) > 1)}:
            self._postings[posting].append(number)
        for word in words:
            if len(word) >= MIN_TYPO_LENGTH:
                for variant in _deletions(word):
                    self._near[variant].add(word)

    def _common_words(self) -> frozenset[str]:
        """Skeleton words and #keys too common to identify anyone: the lexicon's common given
        names, and words that more than ``COMMON_SHARE`` of the actors share."""
        common: set[str] = set()
        for name in self._lexicon.common_given_names:
            for word in skeleton_words(normalize(name, self._lexicon), self._lexicon):
                common.update((word, f"#{phonetic_key(word)}"))
        owners: Counter[str] = Counter()
        for posting, numbers in self._postings.items():
            owners[posting] = len({self._spelled[n][0].actor for n in numbers})
        limit = max(10, COMMON_SHARE * len(self.actors))
        common.update(posting for posting, count in owners.items() if count > limit)
        return frozenset(common)

    def _name_words(self, words: tuple[str, ...], keys: tuple[str, ...]) -> NameWords:
        weights = tuple(
            COMMON_WEIGHT if word in self._common or f"#{key}" in self._common else 1.0
            for word, key in zip(words, keys, strict=True)
        )
        return NameWords(words, keys, weights)

    # --- matching ---------------------------------------------------------------------

    def _ranked(
        self, name: str, label: str | None, *, thorough: bool = False, complete: bool = True
    ) -> list[_Hit]:
        key = (name, label, thorough, complete)
        ranked = self._cache.get(key)
        if ranked is None:
            if len(self._cache) > 100_000:
                self._cache.clear()
            ranked = self._cache[key] = self._rank(name, label, thorough, complete)
        return ranked

    def _rank(self, name: str, label: str | None, thorough: bool, complete: bool) -> list[_Hit]:
        """Every actor the name may refer to, best first. Unless ``thorough``, names compared
        word by word are only those that could still reach the threshold (the fast path).
        Unless ``complete``, an exact hit worth more than any looser key ends the search: the
        winner is the same, the ranking below it is left out."""
        raw = " ".join(_INNER_ACRONYM.sub("", name).split())
        normalized = normalize(raw, self._lexicon)
        if not normalized:
            return []
        acronym_query = looks_like_acronym(raw)
        words = skeleton_words(normalized, self._lexicon)
        hits = self._keyed_hits(raw, normalized, words, acronym_query, label, complete)
        if not any(hit.score >= self.threshold for hit in hits):
            hits.extend(self._word_hits(normalized, words, label, thorough))
            if acronym_query:
                hits.extend(self._acronym_hits(raw, label))
        if not hits:
            return []
        best: dict[int, _Hit] = {}
        for hit in hits:
            if hit.actor not in best or hit.score > best[hit.actor].score:
                best[hit.actor] = hit
        return sorted(
            best.values(), key=lambda h: (-h.score, ":" in self.actors[h.actor].id, h.actor)
        )

    def _keyed_hits(
        self,
        raw: str,
        normalized: str,
        normalized_words: tuple[str, ...],
        acronym_query: bool,
        label: str | None,
        complete: bool,
    ) -> list[_Hit]:
        """Hits under the index keys, for the name and for its variants without a generic head
        or titles. Unless ``complete``, stops after the exact key when it found an actor worth
        more than any looser key can be (the usual case for a name the list holds)."""
        hits: list[_Hit] = []
        best: dict[int, float] = {}
        known = self._may_be_known(normalized_words)
        plain = _Variant(normalized, normalized_words, None, False, acronym_query, label)
        if known:
            self._collect(hits, best, plain, "exact", exact_key(raw))
            if not complete and hits and max(best.values()) > LOOSER_TIERS_BEST:
                return hits
        variants = [plain]
        if group := self._group_modifier(raw, normalized):
            modifier, acronym = group
            words = skeleton_words(modifier, self._lexicon)
            step = ("generic_head", GENERIC_HEAD_FACTOR)
            irregular = normalized.split()[-1] in self._lexicon.irregular_heads
            # "the Taliban spokesman" is a person (NER's label) who acts for the Taliban: the
            # label tells of the head, not of the actor the modifier names
            side_label = None if label in PERSON_LABELS else label
            variants.append(
                _Variant(modifier, words, step, False, acronym, side_label, irregular))
        if rest := self._after_nationality(normalized):
            words = skeleton_words(rest, self._lexicon)
            step = ("nationality", NATIONALITY_FACTOR)
            variants.append(_Variant(rest, words, step, False, acronym_query, label, True))
        if bare := strip_honorifics(normalized, self._lexicon):
            words = skeleton_words(bare, self._lexicon)
            step = ("honorific", HONORIFIC_FACTOR)
            variants.append(_Variant(bare, words, step, True, acronym_query, label))
        for variant in variants:
            if not (known if variant is plain else self._may_be_known(variant.words)):
                continue
            for tier, lookup in self._lookups(variant):
                self._collect(hits, best, variant, tier, lookup)
        return hits

    def _group_modifier(self, raw: str, normalized: str) -> tuple[str, bool] | None:
        """The actor's part of a name with a generic head ("ISIS fighters", "members of
        al-Shabaab", "Mali's transition government"), and whether it is written like an
        acronym (so that "ISIS" may link through an acronym alias)."""
        if "'s " in raw or "’s " in raw:
            raw = _POSSESSIVE.sub(" ", raw)
            normalized = normalize(raw, self._lexicon)
        found = generic_head_slice(normalized, self._lexicon)
        if found is None:
            return None
        modifier = normalize(" ".join(normalized.split()[found]), self._lexicon)  # "of the X"
        raw_words = raw.split()
        same_words = len(raw_words) == len(normalized.split())
        acronym = same_words and looks_like_acronym(" ".join(raw_words[found]))
        return modifier, acronym

    def _after_nationality(self, normalized: str) -> str | None:
        """The name after a leading state word ("russian wagner group" → "wagner group"): a
        nationality that describes the actor rather than naming it. Only non-state actors
        are looked up under it, so "Afghan Taliban" may find the Taliban but "Russian
        Federation" never becomes another state."""
        first, _, rest = normalized.partition(" ")
        return rest if rest and first in self._state_words else None

    @cached_property
    def _state_words(self) -> frozenset[str]:
        """One-word names, demonyms and capitals of states, normalised as queries are."""
        return frozenset(
            key for actor in self.actors if actor.type is ActorType.STATE
            for name in actor.names
            if " " not in (key := normalize(name, self._lexicon))
        )

    def _lookups(self, variant: _Variant) -> list[tuple[str, str]]:
        """The keys a variant is looked up under, beyond the exact one, stricter first."""
        words = variant.words
        lookups = [("normalized", variant.key), ("skeleton", " ".join(words))]
        if len(words) > 1:
            lookups.append(("reordered", " ".join(sorted(words))))
        keys = [phonetic_key(word) for word in words]
        if (
            not variant.acronym_query
            and _says_enough(keys)
            and not is_common_given_name(variant.key, self._lexicon)
        ):
            lookups.append(("phonetic", " ".join(sorted(keys))))
        return lookups

    def _collect(
        self, hits: list[_Hit], best: dict[int, float], variant: _Variant, tier: str, lookup: str
    ) -> None:
        """Add the hits of one key to ``hits``; ``best`` keeps each actor's best score so far,
        so that a looser key does not rank an actor a stricter one already found."""
        for entry in self._index[tier].get(lookup, ()):
            if entry.acronym and not variant.acronym_query:
                continue
            if best.get(entry.actor, 0.0) >= TIER_SCORES[tier]:
                continue  # a stricter key found this actor: this one cannot beat it
            kind = self.actors[entry.actor].type
            if variant.people_only and kind is not ActorType.PERSON:
                continue
            if variant.no_states and kind is ActorType.STATE:
                continue
            steps: list[Step] = [(tier, TIER_SCORES[tier])]
            if tier == "phonetic" and not self._spelled_alike(variant.words, entry):
                steps = [("loose_phonetic", LOOSE_PHONETIC_SCORE)]
            if variant.step:
                steps.append(variant.step)
            elif entry.stripped:
                steps.append(("honorific", HONORIFIC_FACTOR))
            features = {tier: 1.0, **{name: 1.0 for name, _ in steps[1:]}}
            hit = self._guarded(entry, variant.key, steps, features, variant.label)
            hits.append(hit)
            best[entry.actor] = max(best.get(entry.actor, 0.0), hit.score)

    def _may_be_known(self, words: tuple[str, ...]) -> bool:
        """Whether every word is a word, or has the consonant key of a word, of some indexed
        name: else no key of the whole name can be indexed, and the lookups are skipped."""
        known, keys = self._known, self._known_keys
        return all(word in known or phonetic_key(word) in keys for word in words)

    def _spelled_alike(self, words: tuple[str, ...], entry: _Entry) -> bool:
        """Whether a phonetic hit is a transliteration variant: another script (which writes no
        short vowels), or Latin spellings alike beyond their consonants."""
        alias = normalize(entry.alias, self._lexicon)
        if not alias.isascii() or not all(word.isascii() for word in words):
            return True
        theirs = sorted(skeleton_words(alias, self._lexicon))
        ratio = fuzz.ratio(" ".join(sorted(words)), " ".join(theirs))
        return ratio >= PHONETIC_SPELLING_RATIO

    def _word_hits(
        self, normalized: str, words: tuple[str, ...], label: str | None, thorough: bool
    ) -> list[_Hit]:
        """Names that share words with the query, compared word by word (the fuzzy path).

        A name is a candidate through each query word that is, or sounds or is spelled nearly
        like, one of its words. Unless ``thorough``, a candidate that cannot link is not compared:
        a person sharing fewer than two words, a name whose words weigh too much more or less
        than the query's (the weighted Dice bound), an actor of the wrong kind for the label.
        """
        bare = strip_honorifics(normalized, self._lexicon)
        if bare:
            words = skeleton_words(bare, self._lexicon)
        infos = [self._word_info(word) for word in words]
        finding = [names for _, _, names in infos if names]
        if not finding or (not thorough and len(finding) < 2 and label in PERSON_LABELS):
            return []  # no name shares a word; or a person query that cannot share two
        shared: Counter[int] = Counter()
        for names in finding:
            shared.update(names)
        query = NameWords(words, tuple(i[0] for i in infos), tuple(i[1] for i in infos))
        if thorough:
            candidates = shared.most_common(MAX_CANDIDATES)
        else:
            candidates = self._may_link(shared.items(), query, label)
            candidates = sorted(candidates, key=lambda item: -item[1])[:MAX_CANDIDATES]
        hits = []
        for number, _ in candidates:
            entry = self._spelled[number][0]
            alignment = align(query, self._compared[number])
            if alignment.similarity * FUZZY_WEIGHT < MIN_RANKED:
                continue
            person = self.actors[entry.actor].type is ActorType.PERSON
            steps: list[Step] = [("words", FUZZY_WEIGHT), ("word_similarity", alignment.similarity)]
            if alignment.distinctive_pairs < (2 if person else 1):
                steps.append(("few_distinctive_words", FEW_WORDS_FACTOR))
            if bare:
                steps.append(("honorific", HONORIFIC_FACTOR))
            features = {
                "fuzzy_ratio": round(alignment.similarity, 4),
                "distinctive_words": float(alignment.distinctive_pairs),
                "common_words": float(alignment.common_pairs),
            }
            hit = self._guarded(entry, " ".join(words), steps, features, label)
            hits.append(replace(hit, pairs=alignment.pairs))
        return hits

    def _word_info(self, word: str) -> tuple[str, float, frozenset[int]]:
        """A query word's consonant key, its weight, and the names (numbers in ``_spelled``)
        that have it, a word of the same consonant key, or, for a word not in the index, a word
        one letter off; common words find none. Cached: screening loads repeat their words
        (given names, family names) again and again."""
        found = self._word_cache.get(word)
        if found is not None:
            return found
        key = phonetic_key(word)
        weight = self._name_words((word,), (key,)).weights[0]
        postings = {word, f"#{key}"}
        if word not in self._postings and len(word) >= MIN_TYPO_LENGTH:
            postings.update(near for v in _deletions(word) for near in self._near.get(v, ()))
        numbers: set[int] = set()
        for posting in postings - self._common:
            block = self._postings.get(posting)
            if block and len(block) <= MAX_BLOCK:
                numbers.update(block)
        if len(self._word_cache) > 200_000:
            self._word_cache.clear()
        found = self._word_cache[word] = (key, weight, frozenset(numbers))
        return found

    def _may_link(
        self, candidates: Iterable[tuple[int, int]], query: NameWords, label: str | None
    ) -> list[tuple[int, int]]:
        """The candidates of the word-by-word path that can still reach the threshold: enough
        shared words (two for a person), a bound on the weighted Dice similarity, and type
        agreement. Only the words that found the candidate, and the query's common words (which
        find none), can pair; each name word weighs at most 1."""
        kept = []
        persons = self._persons
        weights = self._weights
        query_weight = query.weight
        common = [weight for weight in query.weights if weight < 1.0]
        common_count, common_weight = len(common), sum(common)
        # the type factor depends only on whether the candidate is a person: two values
        factor = {person: TYPE_MISMATCH_FACTOR if _type_agreement(label, person) == 0.0 else 1.0
                  for person in (False, True)}
        threshold = self.threshold
        for number, words_shared in candidates:
            person = persons[number]
            if words_shared < (2 if person else 1):
                continue
            name_weight = weights[number]
            paired = (min(query_weight, words_shared + common_weight)
                      + min(name_weight, words_shared + common_count))
            if FUZZY_WEIGHT * paired / (query_weight + name_weight) * factor[person] >= threshold:
                kept.append((number, words_shared))
        return kept

    def _acronym_hits(self, raw: str, label: str | None) -> list[_Hit]:
        letters = raw.replace(".", "").replace("-", "").casefold()
        owners = self._acronyms.get(letters, set())
        if len(owners) != 1:
            return []
        (position,) = owners
        entry = _Entry(position, raw, acronym=True, stripped=False)
        steps: list[Step] = [("acronym", ACRONYM_SCORE)]
        return [self._guarded(entry, letters, steps, {"acronym": 1.0}, label)]

    def _guarded(
        self,
        entry: _Entry,
        key: str,
        steps: list[Step],
        features: dict[str, float],
        label: str | None,
    ) -> _Hit:
        """A hit after the person guards and the type agreement (each a factor of its own)."""
        actor = self.actors[entry.actor]
        person = actor.type is ActorType.PERSON
        single_word = " " not in key
        through_alias = entry.alias != actor.name
        if person and (single_word or through_alias) and is_common_given_name(key, self._lexicon):
            steps.append(("common_name", COMMON_NAME_FACTOR))
        if entry.weak:
            steps.append(("weak_alias", WEAK_ALIAS_FACTOR))
        if person and single_word and ":" in actor.id:
            steps.append(("single_word", SINGLE_WORD_FACTOR))
        agreement = _type_agreement(label, person)
        features["type_agreement"] = agreement
        if agreement == 0.0:
            steps.append(("type_mismatch", TYPE_MISMATCH_FACTOR))
        for name, _ in steps[1:]:
            features.setdefault(name, 1.0)
        return _Hit(entry.actor, _score(steps), entry.alias, features, tuple(steps))

    def _decide(self, ranked: list[_Hit], context: MatchContext | None) -> tuple[_Hit, list[_Hit]]:
        """The winner and the rest, best first. Actors within ``CONTEXT_MARGIN`` of the best
        compete on the context; an exact tie nothing breaks costs ``AMBIGUITY_FACTOR``."""
        top, rest = ranked[0], ranked[1:]
        if context and rest:
            close = [hit for hit in ranked if top.score - hit.score <= CONTEXT_MARGIN]
            supported = [hit for hit in close if self._supported(hit.actor, context)]
            if len(close) > 1 and len(supported) == 1:
                (winner,) = supported
                features = {**winner.features, "context": 1.0}
                others = [hit for hit in ranked if hit is not winner]
                return replace(winner, features=features), others
        if rest and rest[0].score == top.score:
            imported = ":" in self.actors[top.actor].id
            if imported == (":" in self.actors[rest[0].actor].id):
                steps = (*top.steps, ("ambiguity", AMBIGUITY_FACTOR))
                features = {**top.features, "ambiguity": 1.0}
                top = replace(top, score=_score(steps), steps=steps, features=features)
        return top, rest

    def _supported(self, position: int, context: MatchContext) -> bool:
        """Whether the document's context speaks for this actor: it is already named there,
        it is of a country the document is about, or it is tied to an actor named there."""
        actor = self.actors[position]
        if actor.id in context.actors or (actor.country and actor.country in context.countries):
            return True
        if any(tie.organization in context.actors for tie in actor.affiliations):
            return True
        return any(
            tie.organization == actor.id
            for other in context.actors
            if (known := self._by_id.get(other))
            for tie in known.affiliations
        )

    def _to_match(
        self,
        hit: _Hit,
        query: str,
        date: str | None,
        next_best: Callable[[], tuple[Match, ...]] | None = None,
    ) -> Match:
        actor = self.actors[hit.actor]
        features = dict(hit.features)
        listed = None
        if date is not None and actor.refs:
            listed = any(ref.active_on(date) for ref in actor.refs)
            features["listed"] = float(listed)
        return Match(
            actor=actor,
            score=hit.score,
            alias=hit.alias,
            features=features,
            steps=hit.steps,
            listed=listed,
            query=query,
            pairs=hit.pairs,
            next_best=next_best,
        )


def _type_agreement(label: str | None, person: bool) -> float:
    """1.0 when the mention's entity label fits the actor's kind, 0.0 when it contradicts it,
    0.5 when there is no label to judge by."""
    if label in PERSON_LABELS:
        return 1.0 if person else 0.0
    if label in GROUP_LABELS:
        return 0.0 if person else 1.0
    return 0.5


def _says_enough(keys: list[str]) -> bool:
    """Whether consonant keys are long enough to match a whole name on: "David Myers" (DFD MR)
    and "Salam Kanu" are too short to tell from other names by their consonants alone."""
    if len(keys) == 1:
        return len(keys[0]) >= MIN_KEY
    return min(len(key) for key in keys) >= 2 and sum(len(key) for key in keys) >= MIN_KEYS_TOTAL


def _deletions(word: str) -> set[str]:
    """The word and the word less one letter each: two words one edit apart share one."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _active(affiliation: Affiliation, day: str) -> bool:
    if affiliation.start and day < affiliation.start:
        return False
    return affiliation.end is None or day <= affiliation.end
