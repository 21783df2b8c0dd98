"""The relation lexicon is data: its trigger fields are validated and carried as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.analyze.lexicons import LEXICON_DIR, relation_lexicon
from pactwatch.model import AnalyzeError, Relation


def test_a_denying_trigger_carries_its_negation() -> None:
    lex = relation_lexicon()
    assert lex.nouns["enemy"].negated
    assert lex.nouns["enemy"].relation is Relation.TIES
    assert not lex.nouns["ally"].negated


def test_a_negated_flag_that_is_not_a_truth_value_is_named(tmp_path: Path) -> None:
    text = (LEXICON_DIR / "relations.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "relations.yaml"
    bad.write_text(text.replace("enemy: {relation: TIES, mode: enmity, negated: true",
                                "enemy: {relation: TIES, mode: enmity, negated: often"),
                   encoding="utf-8")
    with pytest.raises(AnalyzeError, match=r"nouns\.enemy\.negated"):
        relation_lexicon(bad)
