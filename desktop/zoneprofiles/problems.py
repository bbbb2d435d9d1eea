"""What went wrong with a file: kept apart from the model's frames so that
finding and checking files (corpus.reader, ingest.plan) imports no pandas."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class LoadProblem:
    """A file that could not be read, or was read with a warning."""

    path: str
    message: str
    fatal: bool = True  # False: the file loaded, with a warning
