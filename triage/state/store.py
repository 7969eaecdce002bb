"""The state store: what was seen, drafted, skipped or set aside; counsellor decisions; runs.

SQLite by default, with numbered migrations recorded in ``PRAGMA user_version`` and each run
inside a transaction. The file is created owner-only: it holds members' mail.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triage.errors import StateError
from triage.state.db import PostgresConnection, is_postgres, translate_ddl
from triage.state.statuses import AWAITING, Status

_MIGRATION_LOCK = 0x7472696167  # "triag": serialises migrations on a shared PostgreSQL

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE folder_state (
        folder TEXT PRIMARY KEY,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL
    );
    CREATE TABLE messages (
        message_id TEXT PRIMARY KEY,
        folder TEXT NOT NULL DEFAULT '',
        uidvalidity INTEGER NOT NULL DEFAULT 0,
        uid INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        sender_name TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        reply_to TEXT NOT NULL DEFAULT '',
        lang TEXT NOT NULL DEFAULT '',
        topic TEXT NOT NULL DEFAULT '',
        confidence REAL NOT NULL DEFAULT 0,
        topics TEXT NOT NULL DEFAULT '[]',
        question_text TEXT NOT NULL DEFAULT '',
        original_text TEXT NOT NULL DEFAULT '',
        attachments TEXT NOT NULL DEFAULT '[]',
        references_ids TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL DEFAULT '',
        draft_message_id TEXT NOT NULL DEFAULT '',
        draft_text TEXT NOT NULL DEFAULT '',
        model_version TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX messages_by_status ON messages (status, created_at);
    CREATE INDEX messages_by_reply_to ON messages (reply_to, created_at);
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id TEXT NOT NULL,
        counsellor TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        predicted_topic TEXT NOT NULL DEFAULT '',
        final_topic TEXT NOT NULL DEFAULT '',
        edit_ratio REAL,
        final_text TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX decisions_by_message ON decisions (message_id);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL DEFAULT '',
        fetched INTEGER NOT NULL DEFAULT 0,
        drafted INTEGER NOT NULL DEFAULT 0,
        needs_counsellor INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        set_aside INTEGER NOT NULL DEFAULT 0,
        model_version TEXT NOT NULL DEFAULT '',
        error TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
)


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


_OUTCOME_COLUMNS = (
    "message_id", "folder", "uidvalidity", "uid", "status", "reason", "subject", "sender_name",
    "first_name", "reply_to", "lang", "topic", "confidence", "topics", "question_text",
    "original_text", "attachments", "references_ids", "received_at", "draft_message_id",
    "draft_text", "model_version",
)  # fmt: skip


class Store:
    """A connection to the state store. Writes happen inside ``transaction()``."""

    def __init__(self, connection: Any, path: Path | str, dialect: str = "sqlite") -> None:
        self.db = connection
        self.path = path
        self.dialect = dialect

    # -- opening and migrations -------------------------------------------------------------

    @classmethod
    def open(cls, target: Path | str) -> Store:
        """Open (and migrate) the store: a SQLite file path, or a ``postgresql://`` URL."""
        if is_postgres(target):
            store = cls(PostgresConnection(str(target)), _redacted(str(target)), "postgresql")
            store.migrate()
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
            store.migrate()
            return store
        except sqlite3.DatabaseError as exc:
            raise StateError(
                f"state store {path} cannot be opened ({exc}): check the file and the disk,"
                " or move it away to start afresh"
            ) from None
        except OSError as exc:
            raise StateError(f"state store {path} cannot be created: {exc.strerror}") from None

    def _schema_version(self) -> int:
        if self.dialect == "sqlite":
            return int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if self.db.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            return 0
        row = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> None:
        """Apply the numbered migrations not yet applied, each in its own transaction."""
        current = self._schema_version()
        if current > len(MIGRATIONS):
            raise StateError(
                f"state store {self.path} has schema version {current}, newer than this triage"
                f" ({len(MIGRATIONS)}): upgrade triage"
            )
        if current == len(MIGRATIONS):
            return
        with self.transaction():
            if self.dialect == "postgresql":
                # Two workers starting at once: the second waits here, then finds it done.
                self.db.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
                )
                current = self._schema_version()
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in _statements(translate_ddl(script, self.dialect)):
                    self.db.execute(statement)
                if self.dialect == "sqlite":
                    self.db.execute(f"PRAGMA user_version = {number}")
                else:
                    self.db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        begin = "BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN"
        try:
            self.db.execute(begin)
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
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise StateError(f"state store {self.path} could not be written: {exc}") from None

    def _rollback(self) -> None:
        # SQLite rolls back by itself after some errors (a full disk among them); a second
        # ROLLBACK would then fail and hide the error that matters.
        if getattr(self.db, "in_transaction", True):
            with suppress(sqlite3.Error, StateError):
                self.db.execute("ROLLBACK")

    # -- folders ----------------------------------------------------------------------------

    def folder_state(self, folder: str) -> tuple[int, int] | None:
        row = self.db.execute(
            "SELECT uidvalidity, last_uid FROM folder_state WHERE folder = ?", (folder,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def set_folder_state(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.db.execute(
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
            rows = self.db.execute(
                f"SELECT message_id, status FROM messages WHERE message_id IN ({marks})", chunk
            )
            found.update({row[0]: row[1] for row in rows})
        return found

    def record(self, outcome: Outcome) -> None:
        values = dict(outcome.__dict__)
        values["topics"] = json.dumps(outcome.topics)
        values["attachments"] = json.dumps(outcome.attachments, ensure_ascii=False)
        columns = ", ".join(_OUTCOME_COLUMNS)
        marks = ", ".join(f":{c}" for c in _OUTCOME_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _OUTCOME_COLUMNS if c != "message_id")
        stamp = now()
        self.db.execute(
            f"INSERT INTO messages ({columns}, created_at, updated_at)"
            f" VALUES ({marks}, :stamp, :stamp)"
            f" ON CONFLICT (message_id) DO UPDATE SET {updates}, updated_at = excluded.updated_at,"
            " version = messages.version + 1",
            {**values, "stamp": stamp},
        )

    def set_status(self, message_id: str, status: str, reason: str = "") -> None:
        self.db.execute(
            "UPDATE messages SET status = ?, reason = ?, updated_at = ?, version = version + 1"
            " WHERE message_id = ?",
            (status, reason, now(), message_id),
        )

    def message(self, message_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM messages WHERE message_id = ?", (message_id,))
        found = row.fetchone()
        return _decode(found) if found else None

    def pending(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM messages WHERE status = ?", (Status.PENDING,))
        return [_decode(r) for r in rows]

    def drafts_since(self, address: str, since: str) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM messages WHERE reply_to = ? AND status IN (?, ?, ?, ?)"
            " AND created_at >= ?",
            (address, Status.DRAFTED, Status.PENDING, Status.SENT, Status.KEPT, since),
        ).fetchone()
        return int(row[0])

    def queue(self) -> list[dict[str, Any]]:
        """What awaits a counsellor, oldest first."""
        rows = self.db.execute(
            "SELECT * FROM messages WHERE status IN (?, ?) ORDER BY received_at, created_at",
            AWAITING,
        )
        return [_decode(r) for r in rows]

    def set_aside(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT message_id, reason, updated_at FROM messages WHERE status = ?"
            " ORDER BY updated_at",
            (Status.SET_ASIDE,),
        )
        return [dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT status, COUNT(*) FROM messages GROUP BY status")
        return {row[0]: row[1] for row in rows}

    # -- runs -------------------------------------------------------------------------------

    def start_run(self, model_version: str) -> int:
        with self.transaction():
            row = self.db.execute(
                "INSERT INTO runs (started_at, model_version) VALUES (?, ?) RETURNING id",
                (now(), model_version),
            ).fetchone()
        return int(row[0])

    def finish_run(self, run_id: int, counts: dict[str, int], error: str = "") -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE runs SET finished_at = ?, fetched = ?, drafted = ?, needs_counsellor = ?,"
                " skipped = ?, set_aside = ?, error = ? WHERE id = ?",
                (
                    now(),
                    counts.get("fetched", 0),
                    counts.get(Status.DRAFTED, 0),
                    counts.get(Status.NEEDS_COUNSELLOR, 0),
                    counts.get(Status.SKIPPED, 0),
                    counts.get(Status.SET_ASIDE, 0),
                    error,
                    run_id,
                ),
            )

    def last_run(self) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return dict(row) if row else None

    # -- counsellor decisions -----------------------------------------------------------------

    def add_decision(
        self,
        message_id: str,
        counsellor: str,
        action: str,
        predicted_topic: str,
        final_topic: str,
        edit_ratio: float | None = None,
        final_text: str = "",
    ) -> None:
        self.db.execute(
            "INSERT INTO decisions (message_id, counsellor, at, action, predicted_topic,"
            " final_topic, edit_ratio, final_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (message_id, counsellor, now(), action, predicted_topic, final_topic, edit_ratio,
             final_text),
        )  # fmt: skip

    def counsellor_labels(self) -> list[tuple[str, str, str, str]]:
        """(message_id, subject, question text, final topic) of every decided question.

        The latest decision wins; rejections teach nothing about the topic and are left out.
        """
        rows = self.db.execute(
            "SELECT m.message_id, m.subject, m.question_text, d.final_topic FROM decisions d"
            " JOIN messages m ON m.message_id = d.message_id"
            " WHERE d.id = (SELECT MAX(id) FROM decisions WHERE message_id = d.message_id)"
            " AND d.final_topic != '' AND d.action != 'reject' AND m.question_text != ''"
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]


def _redacted(url: str) -> str:
    """The URL without any password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _decode(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["topics"] = json.loads(item.get("topics") or "[]")
    item["attachments"] = json.loads(item.get("attachments") or "[]")
    return item
