"""Analyze: sentences, actor mentions, claims with source, polarity and modality, opinion.

Front door: ``load_pipeline`` then ``analyze``. ``ANALYZER`` names the algorithm version that
the store records beside each analysis.
"""

from pactwatch.analyze.opinion import BACKENDS as OPINION_BACKENDS
from pactwatch.analyze.pipeline import ANALYZER, analyze, load_pipeline

__all__ = ["ANALYZER", "OPINION_BACKENDS", "analyze", "load_pipeline"]
