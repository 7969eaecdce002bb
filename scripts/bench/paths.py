"""Where the benchmark finds the repository it measures."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
TEMPLATES = ROOT / "templates"
DEFAULT_MODEL = ROOT / "models" / "topic.joblib"
# The entry point; the classifier is timed by running it again (``--classifier-child``).
SCRIPT = ROOT / "scripts" / "bench.py"
