"""Fixtures for assess tests."""

from __future__ import annotations

import pytest

from pactwatch.resolve import Resolver

from .builders import ACTORS


@pytest.fixture
def resolver() -> Resolver:
    return Resolver(ACTORS)
