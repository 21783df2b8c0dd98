"""Sentence boundaries at blank lines, none at single newlines (pw_paragraphs)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from tests.analyze.conftest import Run, triples

from pactwatch.analyze.paragraphs import ParagraphSplitter, unwrapped


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_headline_is_its_own_sentence(nlp: Language) -> None:
    text = "Rebels seize border town\n\nThe rebels took the town of Arda on Monday."
    assert sentences(nlp, text) == [
        "Rebels seize border town", "The rebels took the town of Arda on Monday."
    ]


def test_blocks_opening_with_a_digit_or_a_quote_start_sentences(nlp: Language) -> None:
    text = "Talks resume\n\n12 delegates arrived.\n\n\u201cWe are ready,\u201d the envoy said."
    assert sentences(nlp, text)[1:] == [
        "12 delegates arrived.", "\u201cWe are ready,\u201d the envoy said."
    ]


def test_a_wrapped_line_stays_inside_its_sentence(nlp: Language) -> None:
    text = "The mission reported that the militia had\nattacked the camp near the\nriver on Monday."
    assert len(sentences(nlp, text)) == 1


def test_only_a_block_opening_like_a_sentence_is_split_off() -> None:
    nlp = spacy.blank("en")
    doc = ParagraphSplitter()(nlp("talks were held in\n\nthe capital\n\nThe envoy left"))
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["The"]


def test_the_component_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("pw_paragraphs") < names.index("parser")


def test_unwrapping_joins_wrapped_lines_and_keeps_blank_lines() -> None:
    text = "Rebel-held\ntowns fell\r\nquickly.\n\nA new  \n\t\nparagraph"
    assert unwrapped(text) == "Rebel-held towns fell  quickly.\n\nA new  \n\t\nparagraph"
    assert len(unwrapped(text)) == len(text)


def test_a_line_break_inside_a_phrase_does_not_reach_the_parser(run: Run) -> None:
    text = "Officials said Hamas-supported\nmilitias attacked the Taliban on\nMonday."
    analyzed = run(text)
    assert ("Hamas-supported militias", "ASSAULT", "Taliban", "affirmed",
            "asserted") in triples(analyzed)
    [sentence] = analyzed.sentences
    assert sentence.text == text  # the evidence keeps the document's own characters
