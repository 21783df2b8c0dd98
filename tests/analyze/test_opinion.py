"""The learned opinion model: bare sentences, reported words, kinds, and a broken model file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Doc
from tests.analyze.conftest import Run

from pactwatch.analyze.lexicons import opinion_lexicon
from pactwatch.analyze.opinion import issuer_attitude_sentences, sentence_vectors
from pactwatch.analyze.opinion_model import FEATURE_NAMES, opinion_model
from pactwatch.analyze.training.train_opinion import (
    Examples,
    f1,
    held_out_probabilities,
    own_sentences,
    written_files,
)
from pactwatch.model import AnalyzeError


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("The so-called peace deal is a cynical farce that rewards the warlords.", True),
        ("Why should anyone believe a single word of these promises?", True),
        ("The ceasefire took effect at midnight on 3 March, the ministry said.", False),
        ("Police arrested 12 people near the parliament building on Tuesday.", False),
    ],
)
def test_bare_sentences_without_a_kind(run: Run, text: str, opinion: bool) -> None:
    assert run(text, kind="other").sentences[0].opinion is opinion


def test_a_speakers_evaluation_is_not_the_writers(run: Run) -> None:
    analyzed = run('"This agreement is a shameful, worthless betrayal," the senator said.',
                   kind="news")
    assert not analyzed.sentences[0].opinion


def test_agreement_text_is_never_opinion(run: Run) -> None:
    text = "This historic and courageous agreement is a wonderful gift to our peoples."
    assert run(text, kind="opinion").sentences[0].opinion
    assert not run(text, kind="agreement").sentences[0].opinion


def test_shipped_model_matches_the_features() -> None:
    model = opinion_model()
    assert model.weights.shape == (len(FEATURE_NAMES),)
    assert 0.0 < model.probability(np.asarray(model.mean)) < 1.0


def test_model_of_other_features_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "opinion_model.json"
    path.write_text(json.dumps({"features": ["length"], "mean": [0], "scale": [1],
                                "weights": [1], "bias": 0}), encoding="utf-8")
    with pytest.raises(AnalyzeError, match="train_opinion"):
        opinion_model(path)


def _features(nlp: Language, text: str) -> dict[str, float]:
    _, vector = sentence_vectors(nlp(text))[0]
    return dict(zip(FEATURE_NAMES, vector.tolist(), strict=True))


def _doc(nlp: Language, text: str, kind: str) -> Doc:
    doc = nlp(text)
    doc._.pw_kind = kind
    return doc


def test_lexicon_features_follow_the_writers_words(nlp: Language) -> None:
    loaded = _features(nlp, "The plan is a terrible, shameful and utterly pointless mess.")
    plain = _features(nlp, "The plan was published on Tuesday in the official gazette.")
    assert loaded["subjectivity_mean"] > plain["subjectivity_mean"]
    assert loaded["strong_valence_words"] > plain["strong_valence_words"] == 0
    assert loaded["boosters"] == 1


def test_negated_sentiment_imperative_and_scare_quotes(nlp: Language) -> None:
    assert _features(nlp, "The new rules are not fair to anyone.")["negated_sentiment"] == 1
    assert _features(nlp, "Imagine the outcry if anyone else had done it.")["imperative"] == 1
    assert _features(nlp, "The ministers met in Rome on Monday.")["imperative"] == 0
    quoted = _features(nlp, "The regime's 'reforms' changed nothing at all for the villagers.")
    assert quoted["scare_quotes"] == 1


def test_a_quoted_evaluation_adds_no_lexicon_score(nlp: Language) -> None:
    quoted = _features(nlp, '"It is a terrible, shameful mess," the minister said on Friday.')
    assert quoted["strong_valence_words"] == 0


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("The sequel is a bloated, joyless slog that wastes a wonderful cast.", True),
        ("Honestly, the view from the harbour made the long drive worthwhile.", True),
        ("Is it really too much to ask that the buses run on time?", True),
        ("The album was released on Friday and contains twelve tracks.", False),
        ("The striker scored twice in the first half of Saturday's match.", False),
        ("The museum's new wing cost 30 million pounds and opens in May.", False),
    ],
)
def test_general_news_registers(run: Run, text: str, opinion: bool) -> None:
    """Reviews, lifestyle and sport sentences of our own, outside the conflict register."""
    assert run(text, kind="other").sentences[0].opinion is opinion


def test_every_written_training_file_is_read_and_balanced() -> None:
    files = written_files()
    assert len(files) > 1
    opinion = fact = 0
    for path in files:
        documents = own_sentences(path)
        assert documents and all(d.text.strip() for d in documents), path.name
        opinion += sum(d.name == "opinion" for d in documents)
        fact += sum(d.name == "fact" for d in documents)
    assert 0.9 < opinion / fact < 1.1


def test_held_out_probabilities_never_see_their_source() -> None:
    """A source whose labels contradict all the others is predicted wrong when held out."""
    x = np.asarray([[1.0], [-1.0]] * 20 + [[1.0], [-1.0]] * 5, dtype=np.float32)
    y = np.asarray([1, 0] * 20 + [0, 1] * 5, dtype=np.float32)
    groups = np.asarray([0] * 20 + [1] * 20 + [2] * 10)
    data = Examples(x, y, np.ones(len(y), dtype=np.float32), groups,
                    {"a": 20, "b": 20, "c": 10})
    p = held_out_probabilities(data, l2=1.0)
    assert f1(y[:40], p[:40] >= 0.5) == 1.0
    assert f1(y[40:], p[40:] >= 0.5) == 0.0


def test_salutation_and_performative_features(nlp: Language) -> None:
    assert _features(nlp, "Good afternoon, everyone.")["salutation"] == 1
    assert _features(nlp, "Thank you, Madam President.")["salutation"] == 1
    long_greeting = "It is a very good afternoon for everyone who has worked for peace."
    assert _features(nlp, long_greeting)["salutation"] == 0
    call = _features(nlp, "We call on the junta to free the ministers.")
    assert call["cue_performative"] == 1
    plain = _features(nlp, "The ministers will meet again in Accra in June.")
    assert plain["cue_performative"] == 0


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("Good afternoon, everyone.", False),
        ("Thank you, Mr. Secretary.", False),
        ("I urge the warring parties to return to the talks in Jeddah without delay.", False),
        ("We thank the Government of Ghana for its generous hospitality during the summit.",
         False),
        ("Members of the Council reiterated that the situation in the camps was alarming.", False),
        ("We call on the junta to free the detained ministers and restore civilian rule.", False),
        ("The Secretary-General is hopeful that the new roadmap will bring the fighting to an end.",
         True),
        ("Today's sanctions reflect our resolve to deprive the militias of the gold that funds "
         "them.", True),
        ("The peace deal signed in Lomé is a milestone for the whole region.", True),
        ("It is a very good afternoon for everyone who has worked for peace in the region.", True),
    ],
)
def test_an_issuers_own_statement(run: Run, text: str, opinion: bool) -> None:
    """Greetings and the issuer's speech acts (calls, thanks: claims, not opinion) against its
    hopes and its evaluation of its own action (guideline: the issuing body's own hopes and
    evaluations are opinion, "members reiterated that ..." is not)."""
    assert run(text, kind="official_statement").sentences[0].opinion is opinion


def test_a_columns_verdict_among_names_and_events(run: Run) -> None:
    verdict = ("Donors who cheered the mission's launch and then forgot to pay for it share the "
               "blame for its failure.")
    assert run(verdict, kind="opinion").sentences[0].opinion
    narrative = "The ministers will meet again in Accra in June."
    assert not run(narrative, kind="opinion").sentences[0].opinion


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General is deeply alarmed by the shelling of the hospital in Kharkiv.",
        "He hopes the new border commission will settle the dispute over the grazing lands.",
        "She believes the vote reflects the wish of the islanders for a lasting settlement.",
        "We are gravely concerned by the arrests of journalists in Minsk.",
    ],
)
def test_an_issuers_stated_attitude_is_opinion_in_its_own_statement(run: Run, text: str) -> None:
    """The guideline's convention: in an official statement the issuer's own hopes, beliefs
    and concerns are opinion, whatever the model makes of the plain wording; in news the same
    words report someone else's state of mind and are left to the model."""
    assert run(text, kind="official_statement").sentences[0].opinion
    believes = "The minister believes the talks in Doha will resume next month."
    assert not run(believes, kind="news").sentences[0].opinion


def test_only_a_main_predicate_states_the_issuers_attitude(nlp: Language) -> None:
    """A welcome is a SUPPORT claim; an attitude in a second clause beside it does not make
    the sentence the issuer's stated attitude (its main predicate is the welcome)."""
    lex = opinion_lexicon()
    stated = ("The High Commissioner is heartened by news of the prisoner swap agreed "
              "between the two governments.")
    welcome = ("The High Commissioner welcomes, and is heartened by, news of the prisoner "
               "swap agreed between the two governments.")
    assert issuer_attitude_sentences(_doc(nlp, stated, "official_statement"), lex) == {0}
    assert issuer_attitude_sentences(_doc(nlp, welcome, "official_statement"), lex) == set()
    assert issuer_attitude_sentences(_doc(nlp, stated, "news"), lex) == set()


def test_purpose_cue_counts_an_actions_stated_aim(nlp: Language) -> None:
    aim = _features(nlp, "The measures are intended to cut the militia's supply of fuel.")
    assert aim["cue_purpose"] == 1
    terms = _features(nlp, "Under its terms, both armies are to hold their present lines.")
    assert terms["cue_purpose"] == 2
    plain = _features(nlp, "The ministers will meet again in Accra in June.")
    assert plain["cue_purpose"] == 0
