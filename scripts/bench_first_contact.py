"""Time the first pass over a 10,000-message mailbox with two years of history (issue #12).

    python scripts/bench_first_contact.py [--n 10000] [--json out.json] [--quick]

The measurement is ``scripts/bench/first_contact.py``; its docstring says what it builds and
what it times. Needs root, like scripts/bench.py.
"""

import sys
from pathlib import Path

# triage from this checkout, installed or not; ``bench`` is the package beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.first_contact import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
