"""Word-level comparison of two names for ``names.v2``: which words pair up, and what they weigh.

Names are compared as bags of words, so that "Haqqani Sirajuddin" is "Sirajuddin Haqqani". Two
words pair when their skeletons are equal (1.0), their consonant keys are equal (0.9: Haqani /
Hakani, or Latin against Arabic script), or they are close spellings (the rapidfuzz ratio, from
0.8). Each word weighs by how much it identifies someone: a common given name or a word that many
listed names share ("Muhammad", "Abu", "Islamic") weighs ``COMMON_WEIGHT``, any other word 1.
The similarity is a weighted Dice coefficient: the weight of paired words over the weight of all
words on both sides, so a missing or extra distinctive word costs more than a missing "Abu".
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

from pactwatch.resolve.phonetic import is_arabic_script

COMMON_WEIGHT = 0.25
PHONETIC_SIMILARITY = 0.9
MIN_WORD_SIMILARITY = 0.8  # below this, two words are different words
MIN_SPELLING_RATIO = 0.7  # Latin words with equal keys but spelled less alike are not paired
MIN_KEY = 3  # consonant keys shorter than this ("AL", "MR") say too little to pair words


@dataclass(frozen=True)
class NameWords:
    """A name as the matcher compares it: skeleton words, their consonant keys, their weights."""

    words: tuple[str, ...]
    keys: tuple[str, ...]
    weights: tuple[float, ...]

    @property
    def weight(self) -> float:
        return sum(self.weights)


@dataclass(frozen=True)
class Alignment:
    """How two names' words pair up."""

    similarity: float  # weighted Dice, in [0, 1]
    distinctive_pairs: int  # pairs of distinctive words (weight 1 on both sides)
    common_pairs: int
    pairs: tuple[tuple[str, str, float], ...]  # (query word, name word, similarity)


def word_similarity(word: str, key: str, other: str, other_key: str) -> float:
    """How alike two words are: 1.0 same skeleton, 0.9 same consonant key (in Latin letters,
    when also spelled alike), else their ratio when it reaches ``MIN_WORD_SIMILARITY`` (keys
    compared across scripts), else 0."""
    if word == other:
        return 1.0
    arabic = not word.isascii() and is_arabic_script(word)
    if arabic != (not other.isascii() and is_arabic_script(other)):
        if key == other_key and len(key) >= MIN_KEY:
            return PHONETIC_SIMILARITY
        ratio = Indel.normalized_similarity(key, other_key) * PHONETIC_SIMILARITY
    else:
        ratio = Indel.normalized_similarity(word, other)
        if key == other_key and len(key) >= MIN_KEY and ratio >= MIN_SPELLING_RATIO:
            return max(ratio, PHONETIC_SIMILARITY)
    return ratio if ratio >= MIN_WORD_SIMILARITY else 0.0


def align(query: NameWords, name: NameWords) -> Alignment:
    """Pair the words of two names greedily, best pairs first, each word used once."""
    options = []
    for i, (word, key) in enumerate(zip(query.words, query.keys, strict=True)):
        for j, (other, other_key) in enumerate(zip(name.words, name.keys, strict=True)):
            similarity = word_similarity(word, key, other, other_key)
            if similarity:
                options.append((similarity, i, j))
    options.sort(reverse=True)
    used_query: set[int] = set()
    used_name: set[int] = set()
    paired_weight = 0.0
    distinctive = common = 0
    pairs = []
    for similarity, i, j in options:
        if i in used_query or j in used_name:
            continue
        used_query.add(i)
        used_name.add(j)
        paired_weight += similarity * (query.weights[i] + name.weights[j])
        if query.weights[i] == 1.0 and name.weights[j] == 1.0:
            distinctive += 1
        else:
            common += 1
        pairs.append((query.words[i], name.words[j], round(similarity, 3)))
    total = sum(query.weights) + sum(name.weights)
    return Alignment(
        similarity=paired_weight / total if total else 0.0,
        distinctive_pairs=distinctive,
        common_pairs=common,
        pairs=tuple(pairs),
    )
