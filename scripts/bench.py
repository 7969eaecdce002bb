"""Benchmark the triage pass on a private Dovecot against the plainest script doing the same IMAP.

    python scripts/bench.py [--n 10000] [--json out.json] [--quick]
                            [--seed-method maildir|append] [--model models/topic.joblib]

The entry point that README.md and docs/benchmarks.md cite. The benchmark is the package
beside this file, ``scripts/bench/``: its docstring says what one run measures and how.
"""

import sys
from pathlib import Path

# triage from this checkout, installed or not. This file's folder, scripts/, is on the path
# already, and there ``bench`` is the package (a package wins over a module of the same name).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.__main__ import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
