"""A consonant key for names transliterated from Arabic, Persian, Pashto and Urdu (``names.v2``).

Transliterations of one name disagree mostly on vowels (Tahir/Taher, Omar/Umar), doubled
letters (Haqqani/Haqani), digraphs (Dh/Z, Kh/H) and q/k; the consonants, in order, survive.
Arabic script writes no short vowels at all. So both scripts reduce to the same small alphabet
of consonant classes, a vowel opening the word kept as ``A``:

    Muhammad Tahir Anwari → MHMD THR ANR        محمد طاهر أنوري → MHMD THR ANR

A list's original-script name and a Latin query (or the reverse) then meet on equal keys.
Written for these names, not for English: it is a blocking key and a feature of the score, never
a match by itself.
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiouy")
_LATIN_DIGRAPHS = {
    "kh": "X",
    "gh": "G",
    "sh": "C",
    "ch": "C",
    "th": "T",
    "dh": "D",
    "zh": "J",
    "ph": "F",
    "ck": "K",
}
_LATIN = {
    "b": "B", "p": "B", "f": "F", "v": "F", "t": "T", "d": "D", "s": "S", "z": "Z",
    "c": "K", "k": "K", "q": "K", "g": "G", "j": "J", "h": "H", "x": "X", "l": "L",
    "m": "M", "n": "N", "r": "R",
}  # fmt: skip
_ARABIC = {
    "ب": "B", "پ": "B", "ت": "T", "ث": "T", "ټ": "T", "ٹ": "T", "ط": "T",
    "ج": "J", "چ": "C", "ژ": "J", "ږ": "J", "ح": "H", "ه": "H", "ہ": "H", "ھ": "",
    "خ": "X", "د": "D", "ذ": "D", "ض": "D", "ډ": "D", "ڈ": "D",
    "ر": "R", "ړ": "R", "ڑ": "R", "ز": "Z", "ظ": "Z", "ځ": "Z",
    "س": "S", "ص": "S", "څ": "S", "ش": "C", "ښ": "C",
    "غ": "G", "گ": "G", "ف": "F", "ق": "K", "ك": "K", "ک": "K",
    "ل": "L", "م": "M", "ن": "N", "ڼ": "N", "ں": "N",
}  # fmt: skip
_ARABIC_VOWELS = frozenset("اأإآٱءؤئعىةیيےۍېوۓ")
_ARABIC_SEMIVOWELS = {"و": "W", "ي": "Y", "ی": "Y"}  # consonants when they open a word
_ARABIC_OPENERS = frozenset("اأإآٱع")
_ARTICLE = "ال"
_JOINED_ARTICLES = (("الدين", "دين"), ("الدین", "دین"), ("الله", "له"), ("اللہ", "له"))


def is_arabic_script(word: str) -> bool:
    """Whether a word is written in the Arabic script (Arabic, Persian, Pashto, Urdu)."""
    return not word.isascii() and any(
        "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" for char in word
    )


@lru_cache(maxsize=65_536)
def phonetic_key(word: str) -> str:
    """The consonant key of one word, in either script; "" for a word with no consonant."""
    if is_arabic_script(word):
        return _arabic_key(word)
    return _latin_key(word)


def _latin_key(word: str) -> str:
    out: list[str] = []
    position = 0
    if word[:1] in _VOWELS and word[:1] != "y":
        out.append("A")
    elif word[:1] in "wy":
        out.append(word[0].upper())
    if word.endswith("h") and len(word) > 2 and word[-2] in _VOWELS:
        word = word[:-1]  # Abdullah = Abdulla, Hamzah = Hamza: a final "h" after a vowel
    while position < len(word):
        pair = word[position : position + 2]
        if pair in _LATIN_DIGRAPHS:
            out.append(_LATIN_DIGRAPHS[pair])
            position += 2
            continue
        out.append(_LATIN.get(word[position], ""))
        position += 1
    return _collapse(out)


def _arabic_key(word: str) -> str:
    if word.startswith(_ARTICLE) and len(word) > 3:
        word = word[2:]
    for suffix, joined in _JOINED_ARTICLES:
        if word.endswith(suffix) and len(word) > len(suffix):
            word = word[: -len(suffix)] + joined  # نورالدین = Nuruddin, written as one word
            break
    out: list[str] = []
    if word[:1] in _ARABIC_OPENERS:
        out.append("A")
    elif word[:1] in _ARABIC_SEMIVOWELS:
        out.append(_ARABIC_SEMIVOWELS[word[0]])
        word = word[1:]
    if word.endswith(("ه", "ة", "ح", "ہ")) and len(word) > 2:
        word = word[:-1]  # a final -ah or -eh, which Latin spellings keep or drop
    out.extend(_ARABIC.get(char, "") for char in word if char not in _ARABIC_VOWELS)
    return _collapse(out)


def _collapse(letters: list[str]) -> str:
    """Join the classes, doubled ones once: Haqqani → HKN."""
    key: list[str] = []
    for letter in letters:
        if letter and (not key or key[-1] != letter):
            key.append(letter)
    return "".join(key)
