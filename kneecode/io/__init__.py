"""Where notes come from and where results go: decoding, input sources, atomic and
resumable output files."""
