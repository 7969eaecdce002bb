"""What `triage` prints: JSON for other programs, and the summary of a pass for people."""

from __future__ import annotations

import json
import sys

from triage.config import Settings
from triage.errors import EXIT_OK, EXIT_SET_ASIDE
from triage.passes.dry_run import table
from triage.passes.pipeline import PassResult
from triage.passes.shadow import SHADOW


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_pass_summary(result: PassResult) -> int:
    """Print the pass's summary (nothing for an idle pass, so cron stays quiet); returns the
    exit status: 1 when messages were set aside, each named on stderr."""
    if result.idle:
        return EXIT_OK
    if result.first_contact is not None:
        print(f"triage: {result.first_contact.describe()}")
    print(f"triage: {result.summary()}")
    return _set_aside(result)


def print_dry_run(result: PassResult, settings: Settings) -> int:
    """What the pass would have done, message by message; the exit status a pass would have."""
    folder = settings.imap.mailbox
    print(f"triage: dry run on {folder}: nothing is changed, in the mailbox or the state store")
    if result.idle:
        print("triage: no new mail: a pass would do nothing")
        return EXIT_OK
    if result.first_contact is not None:
        print(f"triage: {result.first_contact.describe()}")
    if settings.replies.mode == SHADOW:
        print('triage: [replies] mode = "shadow": drafts would go to the review page only')
    for line in table(result.planned, shadow=settings.replies.mode == SHADOW):
        print(line)
    print(f"triage: a pass would do: {result.summary()}")
    return _set_aside(result)


def _set_aside(result: PassResult) -> int:
    if result.set_aside:
        for message_id, reason in result.set_aside:
            print(f"triage: set aside {message_id}: {reason}", file=sys.stderr)
        return EXIT_SET_ASIDE
    return EXIT_OK
