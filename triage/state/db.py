"""One small connection interface over SQLite (the default) and PostgreSQL (shared stores).

The state store writes portable SQL with ``?`` and ``:name`` placeholders; for PostgreSQL they
are rewritten to psycopg's ``%s`` / ``%(name)s``. Rows answer both ``row["column"]`` and
``row[0]``, as sqlite3.Row does.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Any

from triage.errors import StateError, first_line

POSTGRES_PREFIXES = ("postgresql://", "postgres://")
_NAMED = re.compile(r"(?<!:):([a-z_][a-z0-9_]*)")


def is_postgres(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_PREFIXES)


class Row(dict):
    """A dict that also answers by position, like sqlite3.Row."""

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return list(self.values())[key]
        return super().__getitem__(key)


class PostgresConnection:
    """The subset of sqlite3.Connection the store uses, on a psycopg connection."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        except psycopg.Error as exc:
            first = first_line(exc)
            raise StateError(f"PostgreSQL state store cannot be reached: {first}") from None

    def execute(self, sql: str, params: Any = ()) -> Any:
        # psycopg writes an Enum as its member *name*; the store keeps values ("drafted").
        if isinstance(params, dict):
            sql = _NAMED.sub(r"%(\1)s", sql)
            params = {key: _plain(value) for key, value in params.items()}
        else:
            sql = sql.replace("?", "%s")
            params = tuple(_plain(value) for value in params)
        try:
            return self.conn.execute(sql, params if params else None)
        except self._psycopg.OperationalError as exc:
            first = first_line(exc)
            raise StateError(f"PostgreSQL state store: {first}") from None

    def close(self) -> None:
        self.conn.close()


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _row_factory(cursor: Any) -> Any:
    names = [c.name for c in cursor.description] if cursor.description else []

    def make(values: Any) -> Row:
        return Row(zip(names, values, strict=True))

    return make


def translate_ddl(script: str, dialect: str) -> str:
    """Schema statements written for SQLite, adjusted for PostgreSQL."""
    if dialect != "postgresql":
        return script
    return script.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY").replace(
        " REAL", " DOUBLE PRECISION"
    )
