"""Analyze: sentences, actor mentions, claims with source, polarity and modality, opinion.

Front door: ``load_pipeline`` then ``analyze``. ``ANALYZER`` names the algorithm version that
the store records beside each analysis.
"""

from pactwatch.analyze.pipeline import ANALYZER, analyze, load_pipeline

__all__ = ["ANALYZER", "analyze", "load_pipeline"]
