#!/usr/bin/env python3
"""Retrain the topic model: the same code as `triage train`, for cron or by hand.

    python scripts/retrain.py --config /etc/triage/settings.toml [--force] [--dry-run]

It merges counsellors' decisions from the state store with data/, evaluates on the fixed test
split, and replaces models/topic.joblib only when the new model is not worse (or --force).
"""

import sys

from triage.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["train", *sys.argv[1:]]))
