"""Assess: weigh the stored claims into a verdict per commitment of an agreement.

Front door: ``assess(agreement, *, claims, resolver, weights=None)``; the weighing rules are
data (``weights.yaml``, read by ``load_weights``) and written down for users in
``docs/weighing.md``.
"""

from pactwatch.assess.resolver import ActorMatch, ActorResolver
from pactwatch.assess.verdicts import assess
from pactwatch.assess.weights import ALGORITHM, Weights, WeightsError, load_weights

__all__ = [
    "ALGORITHM",
    "ActorMatch",
    "ActorResolver",
    "Weights",
    "WeightsError",
    "assess",
    "load_weights",
]
