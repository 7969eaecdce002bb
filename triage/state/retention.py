"""The configured retention, applied by the pass itself: `[privacy] retention_days`.

`triage worker` and `triage run` call ``purge_when_due`` after a pass, inside the pass lock;
it runs the same purge as `triage purge --older-than DAYS` (``privacy.purge``) at most once a
day, remembering when in the ``chores`` table, so the footer's promise holds without a cron line
of its own. 0 days means texts are kept until deleted by hand.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from triage.state import privacy
from triage.state.store import Store

log = logging.getLogger("triage.retention")
PURGE = "purge"
EVERY = timedelta(days=1)


def last_done(db: Store, chore: str = PURGE) -> datetime | None:
    row = db.execute("SELECT last_done FROM chores WHERE name = ?", (chore,)).fetchone()
    return datetime.fromisoformat(row[0]) if row else None


def mark_done(db: Store, when: datetime, chore: str = PURGE) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO chores (name, last_done) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET last_done = excluded.last_done",
            (chore, when.isoformat(timespec="seconds")),
        )


def purge_when_due(
    db: Store, retention_days: int, now: datetime | None = None
) -> dict[str, int] | None:
    """Purge texts older than ``retention_days`` if the last purge was a day ago or more;
    the counts (see ``privacy.purge``), or None when it was not due or retention is off."""
    if retention_days <= 0:
        return None
    now = now or datetime.now(UTC)
    last = last_done(db)
    if last is not None and now - last < EVERY:
        return None
    done = privacy.purge(db, retention_days)
    mark_done(db, now)
    log.info(
        "retention: removed the texts of %d message(s) and %d counsellor reply(ies) older than"
        " %d day(s)",
        done["messages"],
        done["decisions"],
        retention_days,
    )
    return done
