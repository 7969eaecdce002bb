"""The state store's schema as numbered migrations, and applying the ones not yet applied.

SQLite records the schema version in ``PRAGMA user_version``; PostgreSQL in a
``schema_version`` table, with an advisory lock so that two workers starting at once do not
both migrate. Each migration runs in the store's transaction: a failing one leaves the schema
as it was.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from triage.errors import StateError
from triage.state.db import translate_ddl

MIGRATION_LOCK = 0x7472696167  # "triag": serialises migrations on a shared PostgreSQL

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
    # first contact with a folder, and the questions that replies in Sent answer (the Sent
    # folder is read once more from the start, to fill sent_replies)
    """
    CREATE TABLE first_contact (
        folder TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        days INTEGER NOT NULL,
        since TEXT NOT NULL,
        recent INTEGER NOT NULL,
        left_alone INTEGER NOT NULL
    );
    CREATE TABLE sent_replies (
        in_reply_to TEXT PRIMARY KEY
    );
    UPDATE folder_state SET last_uid = 0 WHERE folder LIKE 'sent-sync:%';
    """,
    # review page security (#13): the From address beside the reply address; a session
    # generation per account (sign-out and password changes end older sessions); the claim of
    # an item being sent or kept, so an interrupted send is never repeated blindly.
    """
    ALTER TABLE messages ADD COLUMN from_address TEXT NOT NULL DEFAULT '';
    ALTER TABLE users ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE claims (
        message_id TEXT PRIMARY KEY,
        status_before TEXT NOT NULL,
        counsellor TEXT NOT NULL,
        reply_message_id TEXT NOT NULL DEFAULT '',
        reply_text TEXT NOT NULL DEFAULT '',
        reply_date TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        accepted_at TEXT NOT NULL DEFAULT ''
    );
    """,
    # issue 10: the blocks a draft was made of (JSON, for statistics per block and to draw
    # the draft again); the counsellor's name that signs replies; when the retention purge
    # ran last (the worker and `triage run` apply it at most once a day)
    """
    ALTER TABLE messages ADD COLUMN draft_blocks TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
    CREATE TABLE chores (
        name TEXT PRIMARY KEY,
        last_done TEXT NOT NULL
    );
    """,
    # Mail that must reach a person first (#11): a question's due date (ISO day, '' for none),
    # whether it complains about an earlier answer, and the questions that needed care per run.
    """
    ALTER TABLE messages ADD COLUMN due TEXT NOT NULL DEFAULT '';
    ALTER TABLE messages ADD COLUMN complaint INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE runs ADD COLUMN needs_care INTEGER NOT NULL DEFAULT 0;
    """,
    # issue 10, review page: the situations a counsellor chose for a draft (a JSON list of
    # situation ids; '' for decisions of other kinds)
    """
    ALTER TABLE decisions ADD COLUMN situations TEXT NOT NULL DEFAULT '';
    """,
)


class Migratable(Protocol):
    """What applying migrations needs of the store (``Store`` has it)."""

    path: Path | str
    dialect: str

    def execute(self, sql: str, params: Any = ()) -> Any: ...

    def transaction(self) -> AbstractContextManager[None]: ...


def schema_version(db: Migratable) -> int:
    """The number of migrations applied to ``db`` (0 for a new store)."""
    if db.dialect == "sqlite":
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    if db.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
        return 0
    row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: Migratable) -> None:
    """Apply the numbered migrations not yet applied, in one transaction."""
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StateError(
            f"state store {db.path} has schema version {current}, newer than this triage"
            f" ({len(MIGRATIONS)}): upgrade triage"
        )
    if current == len(MIGRATIONS):
        return
    with db.transaction():
        if db.dialect == "postgresql":
            # Two workers starting at once: the second waits here, then finds it done.
            db.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = schema_version(db)
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            for statement in _statements(translate_ddl(script, db.dialect)):
                db.execute(statement)
            if db.dialect == "sqlite":
                db.execute(f"PRAGMA user_version = {number}")
            else:
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
