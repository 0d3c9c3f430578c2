"""Confidence that a note's code set is right: the signals read from the layers of a coded
note (``signals.py``), and fitting and judging the model that weighs them (``fit.py``). The
model itself is a data file loaded with the lexicon (``lexicon/confidence.py``)."""
