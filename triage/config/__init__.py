"""Settings: settings.toml, read once (in the CLI) into frozen dataclasses.

`triage.config.settings` holds the dataclasses, `triage.config.read` checks and reads the file;
this package's names are the ones the rest of triage uses.
"""

from triage.config.read import load_settings, parse_settings
from triage.config.settings import (
    AUTH_MODES,
    IMAP_PORTS,
    REPLY_MODES,
    SECURITY_MODES,
    SMTP_PORTS,
    Credentials,
    ImapSettings,
    ModelSettings,
    PrivacySettings,
    RepliesSettings,
    ReviewSettings,
    ServerSettings,
    Settings,
    TrainSettings,
    WorkerSettings,
    is_loopback,
)

__all__ = [
    "AUTH_MODES", "IMAP_PORTS", "REPLY_MODES", "SECURITY_MODES", "SMTP_PORTS", "Credentials",
    "ImapSettings", "ModelSettings", "PrivacySettings", "RepliesSettings", "ReviewSettings",
    "ServerSettings", "Settings", "TrainSettings", "WorkerSettings", "is_loopback",
    "load_settings", "parse_settings",
]  # fmt: skip
