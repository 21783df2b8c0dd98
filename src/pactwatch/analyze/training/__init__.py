"""Training data and scripts for the analyzer's learned parts, and the models they build."""
