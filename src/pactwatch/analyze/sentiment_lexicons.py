"""Word-level subjectivity and sentiment scores from two open lexicons, read from their packages.

A short hand-made cue list only covers the words its writers thought of; general news,
reviews and feature writing evaluate with thousands of others. Two published lexicons cover
them and ship as data inside PyPI packages, so pactwatch reads them from the installed
package at run time instead of copying them:

- the pattern project's English adjective lexicon inside ``textblob`` (``en/en-sentiment.xml``,
  PDDL data in an MIT package): per word sense a subjectivity (0 objective .. 1 subjective)
  and a polarity; a word's score is the mean over its senses, as textblob itself does;
- VADER's valence lexicon inside ``vaderSentiment`` (``vader_lexicon.txt``, MIT): a mean
  human rating of each word's sentiment (-4 .. 4), and its lists of negations and boosters.

Neither package's code runs: only the data files are parsed, once, lazily.
"""

from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pactwatch.model import AnalyzeError

TEXTBLOB_FILE = ("textblob", "en/en-sentiment.xml")
VADER_FILE = ("vaderSentiment", "vader_lexicon.txt")
VADER_MODULE = ("vaderSentiment", "vaderSentiment.py")


@dataclass(frozen=True)
class SentimentLexicons:
    """Per lowercase word: textblob subjectivity and |polarity|, VADER valence; VADER's lists."""

    subjectivity: dict[str, float]
    polarity: dict[str, float]
    valence: dict[str, float]
    negations: frozenset[str]
    boosters: frozenset[str]


@cache
def sentiment_lexicons() -> SentimentLexicons:
    """Both lexicons, parsed from the installed packages (raises when one is missing)."""
    subjectivity, polarity = _textblob_scores(_package_file(*TEXTBLOB_FILE))
    negations, boosters = _vader_word_lists(_package_file(*VADER_MODULE))
    return SentimentLexicons(
        subjectivity=subjectivity,
        polarity=polarity,
        valence=_vader_valence(_package_file(*VADER_FILE)),
        negations=negations,
        boosters=boosters,
    )


def _package_file(package: str, relative: str) -> Path:
    """A data file of an installed package, located without importing the package."""
    spec = importlib.util.find_spec(package)
    folders = list(spec.submodule_search_locations or ()) if spec else []
    for folder in folders:
        path = Path(folder) / relative
        if path.is_file():
            return path
    raise AnalyzeError(
        f"the {package} package's data file {relative!r} is not installed; opinion features "
        f"read it: install pactwatch's dependencies (pip install {package})"
    )


def _textblob_scores(path: Path) -> tuple[dict[str, float], dict[str, float]]:
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    try:
        for word in ElementTree.parse(path).getroot().iter("word"):
            form = word.get("form", "").lower()
            if form and " " not in form:
                senses[form].append(
                    (float(word.get("subjectivity", 0)), abs(float(word.get("polarity", 0))))
                )
    except (OSError, ElementTree.ParseError, ValueError) as exc:
        raise AnalyzeError(f"{path}: cannot read the subjectivity lexicon ({exc}); "
                           "reinstall textblob") from exc
    subjectivity = {w: sum(s for s, _ in v) / len(v) for w, v in senses.items()}
    polarity = {w: sum(p for _, p in v) / len(v) for w, v in senses.items()}
    return subjectivity, polarity


def _vader_valence(path: Path) -> dict[str, float]:
    valence: dict[str, float] = {}
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and fields[0].isalpha():
                valence[fields[0].lower()] = float(fields[1])
    except (OSError, ValueError) as exc:
        raise AnalyzeError(f"{path}: cannot read VADER's lexicon ({exc}); "
                           "reinstall vaderSentiment") from exc
    if not valence:
        raise AnalyzeError(f"{path}: VADER's lexicon has no words; reinstall vaderSentiment")
    return valence


def _vader_word_lists(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """VADER's NEGATE list and BOOSTER_DICT keys, read from its module's source as literals."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError) as exc:
        raise AnalyzeError(f"{path}: cannot read VADER's word lists ({exc}); "
                           "reinstall vaderSentiment") from exc
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("NEGATE", "BOOSTER_DICT"):
                items = node.value.keys if isinstance(node.value, ast.Dict) else (
                    node.value.elts if isinstance(node.value, ast.List) else [])
                found[target.id] = [k.value for k in items
                                    if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    negate, boosters = found.get("NEGATE"), found.get("BOOSTER_DICT")
    if not negate or not boosters:
        raise AnalyzeError(f"{path}: NEGATE or BOOSTER_DICT not found as literals; this "
                           "vaderSentiment version is not supported (pin >=3.3,<3.4)")
    return (frozenset(w.lower() for w in negate),
            frozenset(w.lower() for w in boosters if " " not in w))
