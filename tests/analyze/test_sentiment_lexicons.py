"""The open subjectivity and sentiment lexicons, read from their installed packages."""

from __future__ import annotations

import pytest

from pactwatch.analyze.sentiment_lexicons import _package_file, sentiment_lexicons
from pactwatch.model import AnalyzeError


def test_evaluative_words_score_higher_than_neutral_ones() -> None:
    lex = sentiment_lexicons()
    assert lex.subjectivity["terrible"] > 0.5 > lex.subjectivity.get("annual", 0.0)
    assert abs(lex.valence["terrible"]) >= 2.0
    assert "treaty" not in lex.valence


def test_negations_and_boosters_come_from_vader() -> None:
    lex = sentiment_lexicons()
    assert {"not", "never", "without"} <= lex.negations
    assert {"extremely", "completely"} <= lex.boosters
    assert all(" " not in word for word in lex.boosters)


def test_a_missing_package_names_itself() -> None:
    with pytest.raises(AnalyzeError, match=r"pactwatch_no_such_package.*pip install"):
        _package_file("pactwatch_no_such_package", "data.txt")
