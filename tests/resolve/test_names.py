"""Name normalisation (names.v2): the keys that make spelling variants of one name collide."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import ResolveError
from pactwatch.resolve import Resolver
from pactwatch.resolve.names import (
    LEXICON_PATH,
    exact_key,
    fold,
    generic_head_slice,
    initials,
    is_common_given_name,
    load_lexicon,
    looks_like_acronym,
    normalize,
    skeleton,
    skeleton_words,
    strip_honorifics,
)
from pactwatch.resolve.phonetic import phonetic_key


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("al-Qa'ida", "qaida"),
        ("Al Qa’ida", "qaida"),
        ("the Taliban", "taliban"),
        ("U.S. officials", "us officials"),
        ("Lashkar-e-Tayyiba", "lashkar tayyiba"),
        ("Jaish-i-Mohammed", "jaish mohammed"),
        ("Siraj ud-Din Haqqani", "sirajuddin haqqani"),
        ("Türkiye", "turkiye"),
        ("Ejército de Liberación Nacional", "ejercito de liberacion nacional"),
        ("  SECURITY   Council ", "security council"),
        ("The", "the"),
    ],
)
def test_normalize(name: str, expected: str) -> None:
    assert normalize(name) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("al-Qaeda", "Al-Qa'ida"),
        ("Haqqani", "Haqani"),
        ("Sirajuddin Haqqani", "Siraj ud-Deen Haqani"),
        ("Houthis", "Huthi"),
        ("Mohammed Omar", "Muhammad Omar"),
        ("the Haqqanis", "Haqqani"),
        ("Al-Shabaab", "al-Shabab"),
        ("Yaqoob", "Yaqub"),
    ],
)
def test_skeleton_makes_variants_collide(first: str, second: str) -> None:
    assert skeleton(normalize(first)) == skeleton(normalize(second))


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton(normalize("Mohammad Hassan Akhund")) != skeleton(
        normalize("Mohammad Essa Akhund")
    )


def test_fold_joins_dotted_acronyms_and_drops_marks() -> None:
    assert fold("U.N. Security Council") == "un security council"
    assert fold("Hay’at Tahrir al-Sham") == "hayat tahrir al sham"
    assert exact_key("  Al  Qaeda ") == "al qaeda"


def test_honorifics_are_stripped_from_the_front_only() -> None:
    assert strip_honorifics(normalize("Mullah Abdul Ghani Baradar")) == "abdul ghani baradar"
    assert (
        strip_honorifics(normalize("U.S. Special Representative Zalmay Khalilzad"))
        == "zalmay khalilzad"
    )
    assert strip_honorifics(normalize("Secretary of State Mike Pompeo")) == "mike pompeo"
    assert strip_honorifics(normalize("Mullah")) is None  # nothing would be left
    assert strip_honorifics(normalize("Zalmay Khalilzad")) is None


def strip_generic_head(name: str) -> str | None:
    """The actor's words of a name with a generic head, as the matcher looks them up."""
    found = generic_head_slice(name)
    return " ".join(name.split()[found]) if found else None


def test_generic_heads_leave_the_modifier() -> None:
    assert strip_generic_head(normalize("U.S. officials")) == "us"
    assert strip_generic_head(normalize("the Houthi militia")) == "houthi"
    assert strip_generic_head(normalize("Pakistani security forces")) == "pakistani"
    assert strip_generic_head(normalize("forces")) is None


def test_a_generic_head_before_of_leaves_its_object() -> None:
    assert strip_generic_head(normalize("members of al-Shabaab")) == "shabaab"  # particles go
    assert strip_generic_head(normalize("Malian transition government")) == "malian"
    assert strip_generic_head(normalize("members of")) is None


def test_group_names_link_to_their_actor(registry) -> None:  # type: ignore[no-untyped-def]
    resolver = Resolver(registry)
    for name, actor_id in (("Mali's transition government", "mali"),
                           ("leaders of the Taliban", "taliban"),
                           ("ISIS fighters", "isil"),
                           ("the Ethiopian army", "ethiopia")):
        found = resolver.match(name)
        assert found is not None and found.actor.id == actor_id, name
    assert resolver.match("isis fighters") is None  # an acronym alias needs an acronym


def test_common_given_names() -> None:
    assert is_common_given_name("abdullah")
    assert is_common_given_name("abu mohammed")
    assert not is_common_given_name("abdullah abdullah baradar")
    assert not is_common_given_name("")


def test_acronyms() -> None:
    assert looks_like_acronym("AQ")
    assert looks_like_acronym("U.S.")
    assert looks_like_acronym("LeT")
    assert looks_like_acronym("ISIL-K")
    assert not looks_like_acronym("us")
    assert not looks_like_acronym("Let")
    assert not looks_like_acronym("Al Qaeda")
    assert initials(normalize("Islamic Movement of Uzbekistan")) == "imu"
    assert initials(normalize("Taliban")) == ""


def test_lexicon_errors_name_file_key_and_value(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    bundled = LEXICON_PATH.read_text(encoding="utf-8")
    path.write_text(bundled.replace("  - mullah\n", "  - Mullah\n"), encoding="utf-8")
    with pytest.raises(
        ResolveError, match=r"names\.yaml: honorifics: .*'Mullah' must be lowercase"
    ):
        load_lexicon(path)
    path.write_text(bundled.replace('pattern: "oo"', 'pattern: "(oo"'), encoding="utf-8")
    with pytest.raises(ResolveError, match=r"transliteration\.\d+\.pattern: .*regular expression"):
        load_lexicon(path)


@pytest.mark.parametrize(
    "variants",
    [
        ("al-Qaida", "al-Qaeda", "al-Qa'ida", "Al Qa’ida"),
        ("Haqqani", "Haqani"),
        ("Sirajuddin", "Siraj ud-Din", "Siraj uddin", "Siraj ud Din", "Siraj-ud-Deen"),
        ("Mohammed Omar", "Muhammad Omar", "Mohammad Omar", "Mohamed Omar"),
        ("Abd al-Rahman", "Abdul Rahman", "Abdel Rahman", "Abdulrahman", "Abdurrahman"),
        ("Abdullah", "Abd Allah", "Abdallah"),
        ("Habib Ullah", "Habibullah"),
        ("el-Masri", "al-Masri", "Masri"),
    ],
)
def test_skeleton_makes_transliterations_collide(variants: tuple[str, ...]) -> None:
    keys = {skeleton(normalize(variant)) for variant in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("Kareem", "كريم"),
        ("Tamarindi", "تمرندي"),
        ("Omar", "عمر"),
        ("Tahir", "طاهر"),
        ("Haqqani", "حقانى"),
    ],
)
def test_phonetic_keys_meet_across_scripts(latin: str, arabic: str) -> None:
    lexicon = load_lexicon()
    (latin_word,) = skeleton_words(normalize(latin), lexicon)
    (arabic_word,) = skeleton_words(normalize(arabic), lexicon)
    assert phonetic_key(latin_word) == phonetic_key(arabic_word) != ""


def test_phonetic_keys_keep_consonants_apart() -> None:
    assert phonetic_key("hasan") != phonetic_key("husam")
    assert phonetic_key("akram") != phonetic_key("karim")  # the opening vowel counts
    assert phonetic_key("aaaa") == "A"


def test_arabic_script_parts_join_like_latin_ones() -> None:
    lexicon = load_lexicon()
    assert skeleton_words(normalize("جلال الدين"), lexicon) == ("جلالدين",)
    assert phonetic_key(skeleton_words(normalize("Jalaluddin"), lexicon)[0]) == phonetic_key(
        "جلالدين"
    )


@pytest.mark.parametrize(
    "title", ["Mullah", "Maulvi", "Maulavi", "Sheikh", "Haji", "Qari", "Mawlawi", "Hafiz", "Dr."]
)
def test_titles_of_the_region_are_honorifics(title: str) -> None:
    assert strip_honorifics(normalize(f"{title} Kareem Tamarindi")) == "kareem tamarindi"
