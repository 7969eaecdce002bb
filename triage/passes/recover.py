"""What a killed pass left between recording a batch's drafts and committing them.

Such a draft is ``pending`` in the store, its original's UID above the folder's last UID. The
next pass, before reading new mail, looks each one up in Drafts by its Message-ID: found, it is
marked drafted; not found, it is forgotten, and its original, fetched again as new, gets its
draft then. With drafts appended on connections of their own (``triage.passes.appender``)
several batches may be pending at once; each draft is looked up on its own all the same.
"""

from __future__ import annotations

import logging

from triage.mailbox import imap
from triage.state.statuses import Status
from triage.state.store import Store

log = logging.getLogger("triage.pass")


def recover_pending(db: Store, box: imap.Mailbox, drafts_folder: str, pending: list[dict]) -> None:
    """Mark each pending draft found in ``drafts_folder`` drafted; forget the others."""
    found: dict[str, bool] = {}
    for row in pending:
        found[row["message_id"]] = bool(box.message_ids(drafts_folder, row["draft_message_id"]))
    with db.transaction():
        for message_id, appended in found.items():
            if appended:
                db.set_status(message_id, Status.DRAFTED)
            else:
                # Not in Drafts: forget it; its UID is above the folder's last UID, so this
                # pass fetches and drafts it again.
                db.delete_message(message_id)
    log.info("recovered %d draft(s) from an interrupted pass", len(found))
