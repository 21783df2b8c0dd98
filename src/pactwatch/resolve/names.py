"""Name normalisation of ``names.v2``: the keys under which actor names are indexed.

Mentions of one actor differ in case, diacritics, apostrophes (Qa'ida/Qaida), hyphens,
particles (al-Qaida/Qaida), transliteration (Haqqani/Haqani, Qaeda/Qaida) and honorifics
(Mullah Baradar). Rather than compare every pair of strings, each name is reduced to keys of
increasing looseness, and a match on a stricter key is worth more:

* ``exact_key``: casefolded, whitespace collapsed;
* ``normalize``: also diacritics, punctuation, leading articles and particles removed;
* ``skeleton``: also name parts joined as one word (Abd al-Rahman = Abdulrahman, Siraj
  ud-Din = Sirajuddin, Habib Ullah = Habibullah), transliteration rules and doubled letters
  collapsed;
* ``phonetic_key`` (``phonetic.py``) of each skeleton word: consonant classes shared by the Latin
  and Arabic scripts.

The word lists live in ``data/names.yaml`` so that a user can extend them without code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from pactwatch.model import ResolveError
from pactwatch.resolve.datafiles import describe, read_yaml
from pactwatch.resolve.phonetic import is_arabic_script

LEXICON_PATH = Path(__file__).parent / "data" / "names.yaml"

_APOSTROPHES = re.compile("['’‘`´ʼʻʿʾ]")
_DOTTED_ACRONYM = re.compile(r"(?<!\w)[^\W\d_](?:\.[^\W\d_])+\.?(?!\w)")
_NOT_WORD = re.compile(r"[\W_]+")
_JOINED_DIN = re.compile(r"\b(\w+) (?:u|a|e)[dl] (din|deen)\b")
# ASCII folding as one table: letters lowercased, apostrophes dropped, "&" spelled out, any
# other character that is not a letter or digit a space.
_ASCII_FOLD = {
    code: (
        chr(code).lower()
        if chr(code).isalnum()
        else ""
        if chr(code) in "'`"
        else " and "
        if chr(code) == "&"
        else " "
    )
    for code in range(128)
}


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pattern: str
    replace: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from None
        return value


class _LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    leading_articles: list[str]
    particles: list[str]
    honorifics: list[str]
    generic_heads: list[str]
    irregular_heads: list[str]
    common_given_names: list[str]
    joined_prefixes: list[str]
    joined_suffixes: list[str]
    transliteration: list[_Rule]
    list_notes: list[str]

    @field_validator(
        "leading_articles",
        "particles",
        "honorifics",
        "generic_heads",
        "irregular_heads",
        "common_given_names",
        "joined_prefixes",
        "joined_suffixes",
    )
    @classmethod
    def _lowercase_and_unique(cls, words: list[str]) -> list[str]:
        seen: set[str] = set()
        for word in words:
            if word != word.lower().strip():
                raise ValueError(f"{word!r} must be lowercase without outer spaces")
            if word in seen:
                raise ValueError(f"{word!r} is listed twice")
            seen.add(word)
        return words


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``names.yaml``, prepared for lookups."""

    leading_articles: frozenset[str]
    particles: frozenset[str]
    honorifics: tuple[tuple[str, ...], ...]  # longest phrase first
    generic_heads: tuple[tuple[str, ...], ...]  # longest phrase first
    irregular_heads: frozenset[str]  # generic heads that never stand for a state's forces
    common_given_names: frozenset[str]
    joined_prefixes: dict[str, str]  # a word that joins the next one → how the join begins
    joined_suffixes: frozenset[str]  # words that join the word before them
    transliteration: tuple[tuple[re.Pattern[str], str], ...]
    list_notes: frozenset[str]
    honorific_openers: frozenset[str] = frozenset()  # first words of honorifics: a fast check
    generic_head_ends: frozenset[str] = frozenset()  # last words of generic heads
    joining_words: frozenset[str] = frozenset()  # joined prefixes and suffixes together
    # each word's skeleton, once computed: names repeat their words
    skeletons: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and validate a lexicon file; the bundled one when ``path`` is None."""
    if path is None:
        return _bundled_lexicon()
    return _read_lexicon(Path(path))


@cache
def _bundled_lexicon() -> Lexicon:
    return _read_lexicon(LEXICON_PATH)


def _read_lexicon(path: Path) -> Lexicon:
    data = read_yaml(path, expect=dict, what="name lexicon")
    try:
        parsed = _LexiconFile.model_validate(data)
    except ValidationError as exc:
        raise ResolveError(f"{path}: {describe(exc, data)}") from None

    def phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(w.split()) for w in words), key=len, reverse=True))

    return Lexicon(
        leading_articles=frozenset(parsed.leading_articles),
        particles=frozenset(parsed.particles),
        honorifics=phrases(parsed.honorifics),
        generic_heads=phrases(parsed.generic_heads),
        irregular_heads=frozenset(parsed.irregular_heads),
        common_given_names=frozenset(parsed.common_given_names),
        joined_prefixes={
            word: ("عبد" if is_arabic_script(word) else "abd") for word in parsed.joined_prefixes
        },
        joined_suffixes=frozenset(parsed.joined_suffixes),
        transliteration=tuple((re.compile(r.pattern), r.replace) for r in parsed.transliteration),
        list_notes=frozenset(parsed.list_notes),
        honorific_openers=frozenset(word.split()[0] for word in parsed.honorifics),
        generic_head_ends=frozenset(word.split()[-1] for word in parsed.generic_heads),
        joining_words=frozenset([*parsed.joined_prefixes, *parsed.joined_suffixes]),
    )


def exact_key(name: str) -> str:
    """The name as written, up to case and spacing."""
    return " ".join(name.casefold().split())


def fold(name: str) -> str:
    """Lowercase ASCII-like words: no diacritics, apostrophes or punctuation.

    Dotted acronyms are joined first so that "U.S." folds to "us", not "u s". Arabic script
    loses its vowel marks (harakat) and keeps its letters. ASCII names, most of a screening
    load, skip the Unicode decomposition.
    """
    if "." in name:
        name = _DOTTED_ACRONYM.sub(lambda found: found.group(0).replace(".", ""), name)
    if name.isascii():
        return " ".join(name.translate(_ASCII_FOLD).split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = _APOSTROPHES.sub("", text).casefold().replace("&", " and ")
    return " ".join(_NOT_WORD.sub(" ", text).split())


def normalize(name: str, lexicon: Lexicon | None = None) -> str:
    """The folded name without a leading article and without particles (al-, el-, -e-, -ud-)."""
    lexicon = lexicon or load_lexicon()
    text = fold(name)
    if " d" in text:
        text = _JOINED_DIN.sub(r"\1ud\2", text)
    words = text.split()
    while len(words) > 1 and words[0] in lexicon.leading_articles:
        words = words[1:]
    kept = [word for word in words if word not in lexicon.particles]
    return " ".join(kept or words)


def skeleton(normalized: str, lexicon: Lexicon | None = None) -> str:
    """A normalised name with transliteration variants made to collide (Haqani = Haqqani)."""
    lexicon = lexicon or load_lexicon()
    return " ".join(skeleton_words(normalized, lexicon))


def skeleton_words(normalized: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The words of the skeleton key: parts joined, then each word transliterated.

    Words are transliterated once per lexicon and remembered: names repeat their words.
    """
    cache = lexicon.skeletons
    words = []
    for word in join_parts(normalized.split(), lexicon):
        found = cache.get(word)
        if found is None:
            if len(cache) > 200_000:
                cache.clear()
            found = cache[word] = _word_skeleton(word, lexicon)
        words.append(found)
    return tuple(words)


def join_parts(words: list[str], lexicon: Lexicon) -> list[str]:
    """Name parts written apart in one spelling and together in another, joined: "abd rahman"
    → "abdrahman" (Abdulrahman), "habib ullah" → "habibullah", "عبد الله" → "عبدله"."""
    if not lexicon.joining_words.isdisjoint(words):
        return _join(words, lexicon)
    return words


def _join(words: list[str], lexicon: Lexicon) -> list[str]:
    joined: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in lexicon.joined_suffixes and joined:
            joined[-1] += _without_article(word)
        elif word in lexicon.joined_prefixes and index + 1 < len(words):
            index += 1
            joined.append(lexicon.joined_prefixes[word] + _without_article(words[index]))
        else:
            joined.append(word)
        index += 1
    return joined


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _word_skeleton(word: str, lexicon: Lexicon) -> str:
    for pattern, replacement in lexicon.transliteration:
        word = pattern.sub(replacement, word)
    return word


def strip_honorifics(normalized: str, lexicon: Lexicon | None = None) -> str | None:
    """The name without titles and roles in front ("mullah baradar" → "baradar"), or None when
    there is none to strip or nothing would be left."""
    lexicon = lexicon or load_lexicon()
    words = normalized.split()
    if not words or words[0] not in lexicon.honorific_openers:
        return None
    stripped = _strip_leading(words, lexicon.honorifics)
    return " ".join(stripped) if stripped and len(stripped) < len(words) else None


def generic_head_slice(normalized: str, lexicon: Lexicon | None = None) -> slice | None:
    """Where the actor's own words are in a name made of them and a generic head noun, or
    None: before the head ("taliban fighters" → "taliban") or after a head and "of"
    ("members of al shabaab" → "al shabaab", "armed forces of bosnia" → "bosnia")."""
    lexicon = lexicon or load_lexicon()
    words = normalized.split()
    if "of" in words:
        size = words.index("of")
        if 0 < size < len(words) - 1 and tuple(words[:size]) in lexicon.generic_heads:
            return slice(size + 1, None)
    if not words or words[-1] not in lexicon.generic_head_ends:
        return None
    for phrase in lexicon.generic_heads:
        if len(words) > len(phrase) and tuple(words[-len(phrase) :]) == phrase:
            return slice(None, -len(phrase))
    return None


def is_common_given_name(normalized: str, lexicon: Lexicon | None = None) -> bool:
    """Whether every word is a common given name or name part ("abdullah", "abu muhammad"),
    too common to identify a person by itself."""
    lexicon = lexicon or load_lexicon()
    words = normalized.split()
    return bool(words) and all(word in lexicon.common_given_names for word in words)


def initials(normalized: str) -> str:
    """The acronym a multi-word name would have: "islamic movement of uzbekistan" → "imu"."""
    words = [word for word in normalized.split() if word not in _ACRONYM_SKIPS]
    return "".join(word[0] for word in words) if len(words) > 1 else ""


_ACRONYM_SKIPS = frozenset({"of", "in", "the", "and", "for", "on"})


def looks_like_acronym(name: str) -> bool:
    """Written like an acronym ("AQ", "U.S.", "LeT"): a short token with two or more capitals.

    Acronym aliases match only such mentions, so that "us" or "let" in running text stays a
    word and never becomes the United States or Lashkar-e-Tayyiba.
    """
    letters = name.replace(".", "").replace("-", "").strip()
    if not 2 <= len(letters) <= 7 or " " in letters:
        return False
    return sum(char.isupper() for char in letters) >= 2


def _strip_leading(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[str]:
    changed = True
    while changed:
        changed = False
        for phrase in phrases:
            if len(words) > len(phrase) and tuple(words[: len(phrase)]) == phrase:
                words = words[len(phrase) :]
                changed = True
                break
    return words
