"""ICD-10-CM reference: the official code list and tabular notes, and `kneecode explain CODE`."""
