"""Shared test helpers: where the repository and the optional shared data live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "examples" / "afghanistan-2020"


@pytest.fixture
def shared() -> Path:
    """The read-only shared data folder; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
