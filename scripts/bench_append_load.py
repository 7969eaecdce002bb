"""How CPU work beside it slows Dovecot's APPEND (a measure behind the backlog ratio, #15).

    python scripts/bench_append_load.py [--drafts 2000] [--busy 2] [--json out.json]

The measurement is ``scripts/bench/append_load.py``; its docstring says what it times. Needs
root, like scripts/bench.py.
"""

import sys
from pathlib import Path

# triage from this checkout, installed or not; ``bench`` is the package beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.append_load import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
