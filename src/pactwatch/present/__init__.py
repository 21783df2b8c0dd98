"""Presentation: the CLI, reports and evaluation. Nothing imports this package."""
