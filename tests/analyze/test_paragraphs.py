"""Sentence boundaries at blank lines, none at single newlines (pw_paragraphs)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from tests.analyze.conftest import Run, triples

from pactwatch.analyze.paragraphs import (
    ParagraphSplitter,
    headline,
    lines_are_paragraphs,
    same_paragraph,
    unwrapped,
)


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


LINE_A_PARAGRAPH = ("Council hears envoy on border crisis\n"
                    "The envoy said the talks had stalled.\n"
                    "Members asked both sides to return to the table.\n")


def test_a_text_laid_out_a_paragraph_a_line_keeps_its_lines() -> None:
    assert lines_are_paragraphs(LINE_A_PARAGRAPH)
    assert unwrapped(LINE_A_PARAGRAPH) == LINE_A_PARAGRAPH


def test_wrapped_text_and_blank_line_text_are_not_a_paragraph_a_line() -> None:
    wrapped = "The mission reported that the\nmilitia had attacked the camp\nnear the river.\n"
    assert not lines_are_paragraphs(wrapped)
    assert not lines_are_paragraphs(wrapped + "\n" + wrapped)
    assert not lines_are_paragraphs(LINE_A_PARAGRAPH.replace("\n", "\n\n"))


def test_a_blank_line_among_paragraph_lines_leaves_them_paragraphs() -> None:
    assert lines_are_paragraphs(LINE_A_PARAGRAPH + "\n" + LINE_A_PARAGRAPH)


def test_a_line_longer_than_a_page_is_a_paragraph_whatever_its_end() -> None:
    long_line = "The envoy said the talks had stalled over the prisoner lists " * 4
    text = f"Envoy briefs Council\nTalks stall, aid blocked\n{long_line}\nMembers met"
    assert lines_are_paragraphs(text)


def test_title_case_headline_lines_end_their_sentences(nlp: Language) -> None:
    text = ("Envoy Rejects Claims of Raids on Border Villages, Urges Calm\n"
            "Rebel Commander Says Fighters Will Hold Their Positions Near River Crossing")
    assert headline(text.split("\n")[0]) and lines_are_paragraphs(text)
    assert len(sentences(nlp, text)) == 2
    assert not headline("The envoy met the rebels near the border")  # lower-case words
    assert not headline("Envoy Meets Rebel Leaders.")  # a full stop ends a sentence


def test_an_upper_case_name_opening_a_paragraph_stays_whole(nlp: Language) -> None:
    text = ("Briefings\n\nJANE ROE, Special Envoy, said that the talks had stalled. "
            "She urged both sides to return.")
    assert sentences(nlp, text)[1].startswith("JANE ROE, Special Envoy, said")


def test_in_a_paragraph_a_line_text_a_headline_line_is_its_own_sentence(nlp: Language) -> None:
    first, second, third = (s for s in nlp(LINE_A_PARAGRAPH).sents if s.text.strip())
    assert first.text.strip() == "Council hears envoy on border crisis"
    assert not same_paragraph(first, second)
    assert not same_paragraph(third, second)  # either order


def test_sentences_of_one_paragraph_share_it(nlp: Language) -> None:
    doc = nlp("The envoy left. Talks stalled.\n\nMembers met again.")
    first, second, third = (s for s in doc.sents if s.text.strip())
    assert same_paragraph(first, second)
    assert not same_paragraph(second, third)
