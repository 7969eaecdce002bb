"""The state store: what was seen, drafted, skipped or set aside, and the runs.

SQLite by default (or a shared PostgreSQL), migrated on opening (``migrations``), each run
inside a transaction. The file is created owner-only: it holds members' mail.

The connection is the state package's own: the other modules of ``triage.state`` (queue,
decisions, accounts, privacy, migrations) write their SQL through ``Store.execute``; the rest
of triage uses their functions and the methods here, and holds no SQL.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triage.errors import StateError
from triage.state.db import PostgresConnection, is_postgres
from triage.state.migrations import MIGRATIONS, migrate, schema_version
from triage.state.statuses import Status

# Every write to a message moves its version on: the review page's actions are conditional on
# the version their page showed (optimistic locking, see state/queue.py).
_TOUCH = "updated_at = :stamp, version = messages.version + 1"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Outcome:
    """What the pass decided for one message; written with ``Store.record``."""

    message_id: str
    status: str
    folder: str = ""
    uidvalidity: int = 0
    uid: int = 0
    reason: str = ""
    subject: str = ""
    sender_name: str = ""
    first_name: str = ""
    reply_to: str = ""
    from_address: str = ""  # the From address, shown beside reply_to when they differ
    lang: str = ""
    topic: str = ""
    confidence: float = 0.0
    topics: list[tuple[str, float]] = field(default_factory=list)
    question_text: str = ""
    original_text: str = ""
    attachments: list[str] = field(default_factory=list)
    references_ids: str = ""
    received_at: str = ""
    draft_message_id: str = ""
    draft_text: str = ""
    model_version: str = ""
    # The blocks the draft was made of, and what for (``triage.drafts.text.Draft.record``).
    draft_blocks: dict[str, Any] = field(default_factory=dict)
    due: str = ""  # ISO day the member needs an answer for, or ""
    complaint: bool = False  # complains about an earlier answer


_OUTCOME_COLUMNS = (
    "message_id", "folder", "uidvalidity", "uid", "status", "reason", "subject", "sender_name",
    "first_name", "reply_to", "lang", "topic", "confidence", "topics", "question_text",
    "original_text", "attachments", "references_ids", "received_at", "draft_message_id",
    "draft_text", "model_version", "from_address", "draft_blocks", "due", "complaint",
)  # fmt: skip


class Store:
    """A connection to the state store. Writes happen inside ``transaction()``."""

    def __init__(self, connection: Any, path: Path | str, dialect: str = "sqlite") -> None:
        self._conn = connection
        self.path = path
        self.dialect = dialect

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, target: Path | str) -> Store:
        """Open (and migrate) the store: a SQLite file path, or a ``postgresql://`` URL."""
        if is_postgres(target):
            store = cls(PostgresConnection(str(target)), _redacted(str(target)), "postgresql")
            migrate(store)
            return store
        path = Path(target)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                # Owner-only from the first byte: the store holds members' mail.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            db = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            store = cls(db, path)
            migrate(store)
            return store
        except sqlite3.DatabaseError as exc:
            raise StateError(
                f"state store {path} cannot be opened ({exc}): check the file and the disk,"
                " or move it away to start afresh"
            ) from None
        except OSError as exc:
            raise StateError(f"state store {path} cannot be created: {exc.strerror}") from None

    @classmethod
    def open_read_only(cls, target: Path | str) -> Store:
        """The store for looking only (`triage run --dry-run`): every write fails.

        A store that does not exist yet is an empty one in memory (nothing is created); one
        made by an older triage is refused, since bringing it up to date would write to it.
        """
        if is_postgres(target):
            store = cls(PostgresConnection(str(target)), _redacted(str(target)), "postgresql")
            store.execute("SET default_transaction_read_only = on")
        elif not Path(target).exists():
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            memory.row_factory = sqlite3.Row
            store = cls(memory, target)
            migrate(store)
            return store
        else:
            try:
                uri = f"{Path(target).resolve().as_uri()}?mode=ro"
                db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
                db.row_factory = sqlite3.Row
                db.execute("PRAGMA busy_timeout = 30000")
                store = cls(db, target)
                schema_version(store)  # a file that is no database fails here
            except sqlite3.DatabaseError as exc:
                raise StateError(f"state store {target} cannot be read ({exc})") from None
        if schema_version(store) != len(MIGRATIONS):
            store.close()
            raise StateError(
                f"state store {store.path} was made by another version of triage: a normal"
                " `triage run` brings it up to date (a dry run writes nothing)"
            )
        return store

    def close(self) -> None:
        self._conn.close()

    def execute(self, sql: str, params: Any = ()) -> Any:
        """Run one statement; for the modules of ``triage.state`` (and tests), not elsewhere."""
        return self._conn.execute(sql, params)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        begin = "BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN"
        try:
            self.execute(begin)
        except sqlite3.OperationalError as exc:
            raise StateError(f"state store {self.path} is busy or locked: {exc}") from None
        try:
            yield
        except sqlite3.DatabaseError as exc:
            self._rollback()
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise  # a bug, not the disk
            raise StateError(
                f"state store {self.path} could not be written ({exc}): nothing of this step was"
                " recorded; check the disk"
            ) from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise StateError(f"state store {self.path} could not be written: {exc}") from None

    def _rollback(self) -> None:
        # SQLite rolls back by itself after some errors (a full disk among them); a second
        # ROLLBACK would then fail and hide the error that matters.
        if getattr(self._conn, "in_transaction", True):
            with suppress(sqlite3.Error, StateError):
                self.execute("ROLLBACK")

    # -- folders ----------------------------------------------------------------------------

    def folder_state(self, folder: str) -> tuple[int, int] | None:
        row = self.execute(
            "SELECT uidvalidity, last_uid FROM folder_state WHERE folder = ?", (folder,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def set_folder_state(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.execute(
            "INSERT INTO folder_state (folder, uidvalidity, last_uid) VALUES (?, ?, ?)"
            " ON CONFLICT (folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,"
            " last_uid = excluded.last_uid",
            (folder, uidvalidity, last_uid),
        )

    # -- messages ---------------------------------------------------------------------------

    def statuses(self, message_ids: Iterable[str]) -> dict[str, str]:
        ids = list(message_ids)
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.execute(
                f"SELECT message_id, status FROM messages WHERE message_id IN ({marks})", chunk
            )
            found.update({row[0]: row[1] for row in rows})
        return found

    def record(self, outcome: Outcome) -> None:
        values = dict(outcome.__dict__)
        values["topics"] = json.dumps(outcome.topics)
        values["attachments"] = json.dumps(outcome.attachments, ensure_ascii=False)
        values["draft_blocks"] = json.dumps(outcome.draft_blocks, ensure_ascii=False)
        values["complaint"] = int(outcome.complaint)
        columns = ", ".join(_OUTCOME_COLUMNS)
        marks = ", ".join(f":{c}" for c in _OUTCOME_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _OUTCOME_COLUMNS if c != "message_id")
        stamp = now()
        self.execute(
            f"INSERT INTO messages ({columns}, created_at, updated_at)"
            f" VALUES ({marks}, :stamp, :stamp)"
            f" ON CONFLICT (message_id) DO UPDATE SET {updates}, {_TOUCH}",
            {**values, "stamp": stamp},
        )

    def update_message(
        self,
        message_id: str,
        changes: Mapping[str, Any] | None = None,
        *,
        version: int | None = None,
        statuses: Sequence[str] = (),
    ) -> bool:
        """Set ``changes`` (column -> value) and move the version on; True if the row changed.

        With ``version``, only a row still at that version changes; with ``statuses``, only a
        row in one of them. The column names come from triage's code, never from input.
        """
        values = dict(changes or {})
        sets = "".join(f"{column} = :{column}, " for column in values)
        where = ["message_id = :where_message_id"]
        params = {**values, "where_message_id": message_id, "stamp": now()}
        if version is not None:
            where.append("version = :where_version")
            params["where_version"] = version
        if statuses:
            names = [f"where_status_{n}" for n in range(len(statuses))]
            where.append(f"status IN ({', '.join(':' + name for name in names)})")
            params.update(zip(names, statuses, strict=True))
        cursor = self.execute(
            f"UPDATE messages SET {sets}{_TOUCH} WHERE {' AND '.join(where)}", params
        )
        return cursor.rowcount == 1

    def set_status(self, message_id: str, status: str, reason: str = "") -> None:
        self.update_message(message_id, {"status": status, "reason": reason})

    def delete_message(self, message_id: str) -> None:
        """Forget a message entirely, so that the next fetch handles it as new."""
        self.execute("DELETE FROM messages WHERE message_id = ?", (message_id,))

    def message(self, message_id: str) -> dict[str, Any] | None:
        row = self.execute("SELECT * FROM messages WHERE message_id = ?", (message_id,))
        found = row.fetchone()
        return _decode(found) if found else None

    def pending(self) -> list[dict[str, Any]]:
        rows = self.execute("SELECT * FROM messages WHERE status = ?", (Status.PENDING,))
        return [_decode(r) for r in rows]

    def drafts_since(self, address: str, since: str) -> int:
        row = self.execute(
            "SELECT COUNT(*) FROM messages WHERE reply_to = ? AND status IN (?, ?, ?, ?)"
            " AND created_at >= ?",
            (address, Status.DRAFTED, Status.PENDING, Status.SENT, Status.KEPT, since),
        ).fetchone()
        return int(row[0])

    def templates_since(self, addresses: Sequence[str], since: str) -> dict[str, dict[str, str]]:
        """For each of ``addresses``, the topics of the template drafts made for it since
        ``since`` (an ISO time), each with the day of the latest: drafts waiting, being sent,
        sent or kept, not rejected ones, nor a counsellor's own answer (no template blocks)."""
        wanted = sorted(set(addresses))
        if not wanted:
            return {}
        marks = ", ".join("?" for _ in wanted)
        statuses = (Status.DRAFTED, Status.PENDING, Status.SENDING, Status.SENT, Status.KEEPING,
                    Status.KEPT)  # fmt: skip
        rows = self.execute(
            f"SELECT reply_to, topics, created_at FROM messages WHERE reply_to IN ({marks})"
            f" AND status IN ({', '.join('?' for _ in statuses)}) AND created_at >= ?"
            " AND draft_blocks NOT IN ('', '{}') ORDER BY created_at",
            (*wanted, *statuses, since),
        )
        found: dict[str, dict[str, str]] = {}
        for row in rows:
            for topic, _ in json.loads(row[1] or "[]"):
                if topic != "other":
                    found.setdefault(row[0], {})[topic] = str(row[2])[:10]
        return found

    def set_aside(self) -> list[dict[str, Any]]:
        rows = self.execute(
            "SELECT message_id, reason, updated_at FROM messages WHERE status = ?"
            " ORDER BY updated_at",
            (Status.SET_ASIDE,),
        )
        return [dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        rows = self.execute("SELECT status, COUNT(*) FROM messages GROUP BY status")
        return {row[0]: row[1] for row in rows}

    # -- runs -------------------------------------------------------------------------------

    def start_run(self, model_version: str) -> int:
        with self.transaction():
            row = self.execute(
                "INSERT INTO runs (started_at, model_version) VALUES (?, ?) RETURNING id",
                (now(), model_version),
            ).fetchone()
        return int(row[0])

    def finish_run(self, run_id: int, counts: dict[str, int], error: str = "") -> None:
        with self.transaction():
            self.execute(
                "UPDATE runs SET finished_at = ?, fetched = ?, drafted = ?, needs_counsellor = ?,"
                " needs_care = ?, skipped = ?, set_aside = ?, error = ? WHERE id = ?",
                (
                    now(),
                    counts.get("fetched", 0),
                    counts.get(Status.DRAFTED, 0),
                    counts.get(Status.NEEDS_COUNSELLOR, 0),
                    counts.get(Status.NEEDS_CARE, 0),
                    counts.get(Status.SKIPPED, 0),
                    counts.get(Status.SET_ASIDE, 0),
                    error,
                    run_id,
                ),
            )

    def last_run(self) -> dict[str, Any] | None:
        row = self.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return dict(row) if row else None


def _redacted(url: str) -> str:
    """The URL without any password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def _decode(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["topics"] = json.loads(item.get("topics") or "[]")
    item["attachments"] = json.loads(item.get("attachments") or "[]")
    item["draft_blocks"] = json.loads(item.get("draft_blocks") or "{}")
    if "complaint" in item:
        item["complaint"] = bool(item["complaint"])
    return item
