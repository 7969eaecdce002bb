"""Deleting members' data: `triage purge --older-than DAYS` and `triage forget ADDRESS`.

Rows are anonymised, never deleted: a message keeps its Message-ID, status, topic, confidence,
language and dates, so statistics keep their counts and the same mail, still in the mailbox,
is recognised and never drafted a second time (after a UIDVALIDITY re-scan, say). Everything
that says who wrote or what they wrote goes: subject, names, address, the texts, attachment
names, the thread's Message-IDs, and the text counsellors sent.

purge: handled messages (sent, kept, rejected, skipped, set aside...) untouched for DAYS lose
their texts; questions still waiting for a counsellor are kept until handled.

forget: every row whose reply address is the person's is anonymised, and a question of theirs
still waiting leaves the queue (status "forgotten"); their drafts are deleted from the Drafts
folder when a mailbox is given; their address is cut out of anyone else's stored mail. Not
touched, and said so by the command: their mail and the replies already sent, which live in the
mailbox, and the topic model, whose vocabulary may hold words of theirs until `triage train`.

With SQLite, old contents are overwritten (``secure_delete``) and the write-ahead log emptied,
so the text is gone from the files too, not only from query results.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from typing import Any

from triage.state.statuses import IN_PROGRESS, Status
from triage.state.store import Store

REMOVED = "[removed]"
# (column, blank value) of everything that identifies a member or holds their words.
PERSONAL = (
    ("subject", ""), ("sender_name", ""), ("first_name", ""), ("reply_to", ""),
    ("from_address", ""), ("question_text", ""), ("original_text", ""), ("draft_text", ""),
    ("attachments", "[]"), ("references_ids", ""), ("draft_blocks", "{}"),
)  # fmt: skip
TEXTS = (
    "subject", "sender_name", "question_text", "original_text", "draft_text", "attachments",
    "draft_blocks",
)  # fmt: skip
_BLANK = ", ".join(f"{column} = '{value}'" for column, value in PERSONAL)
_NOT_BLANK = " OR ".join(f"{column} != '{value}'" for column, value in PERSONAL)


def purge(db: Store, older_than_days: int) -> dict[str, int]:
    """Anonymise handled messages (and their decisions' texts) untouched for that many days.

    Returns counts: ``messages`` and ``decisions`` purged now, ``waiting`` older questions
    kept because a counsellor has not handled them yet.
    """
    if older_than_days < 0:
        raise ValueError("older_than_days must be 0 or more")
    cutoff = (datetime.now(UTC) - timedelta(days=older_than_days)).isoformat(timespec="seconds")
    marks = ", ".join("?" * len(IN_PROGRESS))
    _secure(db)
    with db.transaction():
        messages = db.execute(
            f"UPDATE messages SET {_BLANK} WHERE updated_at < ? AND status NOT IN ({marks})"
            f" AND ({_NOT_BLANK})",
            (cutoff, *IN_PROGRESS),
        ).rowcount
        decisions = db.execute(
            "UPDATE decisions SET final_text = '' WHERE final_text != '' AND (at < ? OR"
            f" message_id IN (SELECT message_id FROM messages WHERE updated_at < ?"
            f" AND status NOT IN ({marks})))",
            (cutoff, cutoff, *IN_PROGRESS),
        ).rowcount
        waiting = db.execute(
            f"SELECT COUNT(*) FROM messages WHERE updated_at < ? AND status IN ({marks})",
            (cutoff, *IN_PROGRESS),
        ).fetchone()[0]
    _flush(db)
    return {"messages": messages, "decisions": decisions, "waiting": int(waiting)}


def forget(
    db: Store, address: str, mailbox: Any = None, drafts_folder: str = "Drafts"
) -> dict[str, int]:
    """Remove one person's data wherever triage stored it.

    ``mailbox`` is an open ``imap.Mailbox``; with it the person's drafts are deleted from
    ``drafts_folder`` first, while the store still knows which they are. Returns counts:
    ``messages`` of theirs anonymised, ``waiting`` of those taken out of the queue,
    ``mentions`` in other people's mail, ``decisions`` whose text was cleared or cut, and
    ``drafts`` deleted from the mailbox.
    """
    address = address.strip().lower()
    if "@" not in address:
        raise ValueError("not an e-mail address")
    theirs = [
        dict(row)
        for row in db.execute(
            "SELECT message_id, status, draft_message_id FROM messages"
            " WHERE LOWER(reply_to) = ? OR LOWER(from_address) = ?",
            (address, address),
        )
    ]
    drafts = 0
    if mailbox is not None:
        for row in theirs:
            if row["draft_message_id"]:
                found = mailbox.message_ids(drafts_folder, row["draft_message_id"])
                mailbox.delete(drafts_folder, found)
                drafts += len(found)
    ids = [row["message_id"] for row in theirs]
    pattern = re.compile(re.escape(address), re.IGNORECASE)
    _secure(db)
    with db.transaction():
        waiting = 0
        for row in theirs:
            if row["status"] in IN_PROGRESS:
                waiting += 1
                db.set_status(row["message_id"], Status.FORGOTTEN, "forgotten on request")
            db.execute(f"UPDATE messages SET {_BLANK} WHERE message_id = ?", (row["message_id"],))
            # An interrupted send of theirs keeps its text in its claim: that goes too.
            db.execute("DELETE FROM claims WHERE message_id = ?", (row["message_id"],))
        decisions = 0
        for message_id in ids:
            decisions += db.execute(
                "UPDATE decisions SET final_text = '' WHERE message_id = ? AND final_text != ''",
                (message_id,),
            ).rowcount
        mentions = _cut_out(db, pattern, address)
        decisions += _cut_out_decisions(db, pattern, address)
    _flush(db)
    return {
        "messages": len(theirs),
        "waiting": waiting,
        "mentions": mentions,
        "decisions": decisions,
        "drafts": drafts,
    }


def _like(address: str) -> str:
    return "%" + address.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _cut_out(db: Store, pattern: re.Pattern[str], address: str) -> int:
    """Replace the address in other people's stored mail (a form, a quote, a forward)."""
    where = " OR ".join(f"LOWER({column}) LIKE ? ESCAPE '\\'" for column in TEXTS)
    rows = list(
        db.execute(
            f"SELECT message_id, {', '.join(TEXTS)} FROM messages WHERE {where}",
            (_like(address),) * len(TEXTS),
        )
    )
    for row in rows:
        values = {column: pattern.sub(REMOVED, row[column]) for column in TEXTS}
        sets = ", ".join(f"{column} = :{column}" for column in TEXTS)
        db.execute(
            f"UPDATE messages SET {sets} WHERE message_id = :message_id",
            {**values, "message_id": row["message_id"]},
        )
    return len(rows)


def _cut_out_decisions(db: Store, pattern: re.Pattern[str], address: str) -> int:
    rows = list(
        db.execute(
            "SELECT id, final_text FROM decisions WHERE LOWER(final_text) LIKE ? ESCAPE '\\'",
            (_like(address),),
        )
    )
    for row in rows:
        db.execute(
            "UPDATE decisions SET final_text = ? WHERE id = ?",
            (pattern.sub(REMOVED, row["final_text"]), row["id"]),
        )
    return len(rows)


def _secure(db: Store) -> None:
    # Overwrite what is deleted or replaced, instead of leaving it in free pages.
    if db.dialect == "sqlite":
        db.execute("PRAGMA secure_delete = ON")


def _flush(db: Store) -> None:
    """Empty SQLite's write-ahead log, which still holds the old pages until a checkpoint."""
    if db.dialect == "sqlite":
        with suppress(Exception):  # a reader elsewhere can delay it; the next checkpoint will do
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
