"""Shadow mode (``[replies] mode = "shadow"``): passes as usual, nothing in the mailbox.

The questions are classified and their drafts composed and stored, so they wait on the review
page as in draft mode; but no draft is appended to Drafts and no keyword is set on the
original. A team watches the model's choices for a few weeks (the statistics page shows how
often counsellors kept its topic) before it lets triage write to the mailbox.

A shadow draft is stored as drafted with no ``draft_message_id``: that column names a draft in
the mailbox, and here there is none, so the review page's actions and ``sentsync`` find
nothing there to replace or remove, and a reply a counsellor wrote in a mail client is not
compared with a draft they never saw.
"""

from __future__ import annotations

from collections.abc import Iterable

from triage.state.statuses import Status
from triage.state.store import Outcome

SHADOW = "shadow"


def keep_out_of_mailbox(outcomes: Iterable[Outcome]) -> None:
    """Drafts become drafted at once: there is no mailbox step for a killed pass to redo."""
    for outcome in outcomes:
        if outcome.status == Status.PENDING:
            outcome.status = Status.DRAFTED
            outcome.draft_message_id = ""
