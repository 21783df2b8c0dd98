"""Name normalisation (names.v1): the keys that make spelling variants of one name collide."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import ResolveError
from pactwatch.resolve.names import (
    LEXICON_PATH,
    exact_key,
    fold,
    initials,
    is_common_given_name,
    load_lexicon,
    looks_like_acronym,
    normalize,
    skeleton,
    strip_generic_head,
    strip_honorifics,
)


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


def test_generic_heads_leave_the_modifier() -> None:
    assert strip_generic_head(normalize("U.S. officials")) == "us"
    assert strip_generic_head(normalize("the Houthi militia")) == "houthi"
    assert strip_generic_head(normalize("Pakistani security forces")) == "pakistani"
    assert strip_generic_head(normalize("forces")) is None


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
