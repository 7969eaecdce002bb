"""What `triage` prints: JSON for other programs, and the summary of a pass for people."""

from __future__ import annotations

import json
import sys

from triage.errors import EXIT_OK, EXIT_SET_ASIDE
from triage.passes.pipeline import PassResult


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_pass_summary(result: PassResult) -> int:
    """Print the pass's summary (nothing for an idle pass, so cron stays quiet); returns the
    exit status: 1 when messages were set aside, each named on stderr."""
    if result.idle:
        return EXIT_OK
    print(f"triage: {result.summary()}")
    if result.set_aside:
        for message_id, reason in result.set_aside:
            print(f"triage: set aside {message_id}: {reason}", file=sys.stderr)
        return EXIT_SET_ASIDE
    return EXIT_OK
