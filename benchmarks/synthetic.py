"""Synthetic news-like articles for benchmarks: sentences composed from small parts.

The sentences are of the kinds pactwatch reads (attributed claims, hedges, negations, opinion),
so the extractor does real work; the facts are random and mean nothing.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ACTORS = [
    "the Taliban",
    "al-Qaeda",
    "the United States",
    "the Afghan government",
    "Pakistan",
    "the Haqqani Network",
    "Qatar",
    "the Houthis",
    "al-Shabaab",
    "the Syrian government",
    "Hezbollah",
    "the Wagner Group",
    "NATO",
    "the Security Council",
    "ISIL-K",
]
SOURCES = [
    "the Monitoring Team said",
    "according to a UN report,",
    "officials told reporters that",
    "Zalmay Khalilzad said",
    "a spokesman for the group said",
    "the ministry stated that",
]
PREDICATES = [
    "held talks with {o} in {p}",
    "attacked positions of {o} near {p}",
    "maintained close ties with {o}",
    "agreed to a ceasefire with {o}",
    "accused {o} of violating the agreement",
    "released prisoners held by {o}",
    "provided training and safe haven to {o}",
    "called on {o} to halt operations",
    "withdrew forces from bases shared with {o}",
    "imposed sanctions on {o}",
    "denied any links to {o}",
    "met senior members of {o} in {p}",
]
PLACES = ["Doha", "Kabul", "Kandahar", "Helmand", "Mogadishu", "Sanaa", "Idlib", "Bamako"]
FILLER = [
    "The situation remained tense across several provinces, residents said.",
    "Analysts cautioned that the figures could not be independently verified.",
    "Negotiations were expected to resume after the holiday, diplomats said.",
    "It is a shameful betrayal of everyone who believed in the process.",
    "Why would anyone trust such promises after years of broken commitments?",
    "The report covers the period from January to June and draws on member state briefings.",
]


def _upper_first(text: str) -> str:
    """'the Wagner Group' -> 'The Wagner Group' (``str.capitalize`` would lower the name)."""
    return text[:1].upper() + text[1:]


def sentence(rng: random.Random) -> str:
    subject, obj = rng.sample(ACTORS, 2)
    predicate = rng.choice(PREDICATES).format(o=obj, p=rng.choice(PLACES))
    roll = rng.random()
    if roll < 0.35:
        return f"{_upper_first(rng.choice(SOURCES))} {subject} {predicate}."
    if roll < 0.5:
        return f"{_upper_first(subject)} reportedly {predicate}."
    if roll < 0.75:
        return f"{_upper_first(subject)} {predicate} last week."
    return rng.choice(FILLER)


def article(rng: random.Random, words: int = 600) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def write_corpus(path: Path, count: int, *, seed: int = 13, words: int = 600) -> Path:
    """A JSONL corpus of ``count`` articles of about ``words`` words each."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = {
                "id": f"synthetic-{number:05d}",
                "text": article(rng, words),
                "date": f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "outlet": "Synthetic Wire",
                "kind": "news",
            }
            handle.write(json.dumps(record) + "\n")
    return path
