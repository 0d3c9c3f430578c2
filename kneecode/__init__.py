"""kneecode: explainable ICD-10-CM knee-pain coding (M25.561 / M25.562 / M25.569)."""

__version__ = "0.1.0"
