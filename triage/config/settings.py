"""What settings.toml says, as frozen dataclasses (read once, in the CLI, by triage.config.read).

Every section and key is documented in the example settings.toml at the project's root.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

SECURITY_MODES = ("tls", "starttls", "plain")  # the first is the default
AUTH_MODES = ("password", "xoauth2")
# "shadow": passes record topics and drafts for the review page only, nothing in the mailbox.
REPLY_MODES = ("draft", "shadow")
# The port of each security mode when none is given.
IMAP_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
SMTP_PORTS = {"tls": 465, "starttls": 587, "plain": 25}


@dataclass(frozen=True)
class Credentials:
    username: str
    auth: str = "password"
    password_env: str = ""
    password_command: str = ""
    token_command: str = ""


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    security: str
    credentials: Credentials
    ca_file: Path | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class ImapSettings(ServerSettings):
    mailbox: str = "INBOX"
    drafts: str = ""
    sent: str = ""
    batch_size: int = 200
    batch_bytes: int = 20_000_000
    idle: bool = True
    # A folder's first pass drafts only mail that arrived in the last N days (0: none).
    first_pass_days: int = 7
    # A pass with worker processes appends drafts on a connection of its own, meanwhile going on.
    append_connection: bool = True

    def folder_key(self, folder: str) -> str:
        """Names a folder of this account in the state store, which several mailboxes share."""
        return f"{self.credentials.username}@{self.host}/{folder}"


@dataclass(frozen=True)
class ModelSettings:
    path: Path
    min_confidence: float | None = None


@dataclass(frozen=True)
class RepliesSettings:
    from_address: str
    from_name: str
    templates: Path
    own_addresses: tuple[str, ...] = ()
    keyword_prefix: str = "triage-"
    max_drafts_per_sender_per_day: int = 3
    # A member who got a template on a topic within this many days gets no second one on it.
    repeat_days: int = 60
    mode: str = "draft"  # one of REPLY_MODES
    office_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewSettings:
    host: str = "127.0.0.1"
    port: int = 8025
    secret_key_env: str = ""
    trusted_header: str = ""
    language: str = "nb"
    trusted_proxies: tuple[str, ...] = ()  # only they may set trusted_header, X-Forwarded-For
    secure_cookies: bool | None = None  # None = "auto": Secure unless the page is on loopback


@dataclass(frozen=True)
class PrivacySettings:
    retention_days: int = 180


@dataclass(frozen=True)
class WorkerSettings:
    interval_seconds: int = 300
    # Processes for a pass's CPU work (parse, classify, compose); 0 in the dataclass means
    # "not set": as many as the machine has CPU cores. 1 = all in the pass's own process.
    processes: int = 0

    @property
    def cpu_processes(self) -> int:
        if self.processes:
            return self.processes
        if hasattr(os, "sched_getaffinity"):
            return len(os.sched_getaffinity(0))  # the cores this process may run on
        return os.cpu_count() or 1


@dataclass(frozen=True)
class TrainSettings:
    data: Path
    target_precision: float = 0.95
    secondary_precision: float = 0.75
    # Realistic labelled mail that chooses the model and threshold; None: cross-validation.
    validation: Path | None = None
    counsellor_weight: float = 3.0
    recent_decisions: int = 100


@dataclass(frozen=True)
class Settings:
    source: Path
    imap: ImapSettings
    state_path: Path
    model: ModelSettings
    replies: RepliesSettings
    smtp: ServerSettings | None
    review: ReviewSettings
    worker: WorkerSettings
    train: TrainSettings
    lock_path: Path = field(default=Path("triage.lock"))
    state_url: str = ""
    privacy: PrivacySettings = field(default_factory=PrivacySettings)

    @property
    def state_target(self) -> Path | str:
        """Where the state store is: the PostgreSQL URL when set, else the SQLite file."""
        return self.state_url or self.state_path

    @property
    def own_addresses(self) -> frozenset[str]:
        addresses = {self.replies.from_address, self.imap.credentials.username}
        addresses.update(self.replies.own_addresses)
        return frozenset(a.lower() for a in addresses if "@" in a)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
