"""Fixtures of the resolve tests: the bundled registry, the sample UN list, a resolver."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor
from pactwatch.resolve import Resolver, load_registry, merge_actors, read_un_list

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_LIST = FIXTURES / "un_sample.xml"


@pytest.fixture(scope="session")
def registry() -> list[Actor]:
    return load_registry()


@pytest.fixture(scope="session")
def sample_list() -> list[Actor]:
    return read_un_list(SAMPLE_LIST)


@pytest.fixture(scope="session")
def resolver(registry: list[Actor], sample_list: list[Actor]) -> Resolver:
    """The bundled registry merged with the sample list, as the CLI builds it."""
    return Resolver(merge_actors(registry, sample_list))
