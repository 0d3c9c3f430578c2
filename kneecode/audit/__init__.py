"""Auditing claimed codes against the documentation: claims, verdicts, and the `kneecode
audit` job."""
