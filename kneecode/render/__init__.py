"""Renderings for people: plain text, the rich terminal view, the HTML audit report, progress.

This layer (and ``kneecode/cli.py``) is the only one that imports rich or click."""
