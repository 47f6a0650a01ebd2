"""Hostile-input figures for the README: every CLI command over the generated corpus.

Run: ``PYTHONPATH=src python bench/hostile_inputs.py [CASE ...]`` (all cases by default; about
ten minutes on two cores). Prints each failing run, then inputs tried, clean errors, crashes,
hangs, inputs whose bytes changed, and the worst time and memory.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the corpus lives in tests/

from tests.hostile.runner import main

if __name__ == "__main__":
    sys.exit(main())
