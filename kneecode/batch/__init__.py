"""Coding many notes: ordered parallel coding (runner), output formats, and the resumable
`kneecode batch` job."""
