"""Reading settings.toml: every problem reported at once, each naming its section and key.

Relative paths resolve against the folder the settings file is in. Secrets never live in the
file: only the name of an environment variable or a command that prints them. Unknown keys are
reported with a guess at what was meant.
"""

from __future__ import annotations

import difflib
import ipaddress
import re
import tomllib
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

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
from triage.errors import ConfigError

_SCHEMA: dict[str, set[str]] = {
    "imap": {
        "host", "port", "security", "username", "password_env", "password_command", "auth",
        "token_command", "ca_file", "timeout", "mailbox", "drafts", "sent", "batch_size",
        "batch_bytes", "idle", "first_pass_days", "append_connection",
    },
    "state": {"path", "url"},
    "model": {"path", "min_confidence"},
    "replies": {
        "from_address", "from_name", "templates", "own_addresses", "keyword_prefix",
        "max_drafts_per_sender_per_day", "mode", "office_name", "repeat_days",
    },
    "smtp": {
        "host", "port", "security", "username", "password_env", "password_command", "auth",
        "token_command", "ca_file", "timeout",
    },
    "review": {"host", "port", "secret_key_env", "trusted_header", "language", "trusted_proxies",
               "secure_cookies"},
    "worker": {"interval_seconds", "processes"},
    "train": {
        "data", "target_precision", "secondary_precision", "validation", "counsellor_weight",
        "recent_decisions",
    },
    "privacy": {"retention_days"},
}  # fmt: skip
_REQUIRED = {"imap", "state", "model", "replies"}
_FORBIDDEN_SECRETS = ("password", "token", "secret", "secret_key")


class _Reader:
    """Collects every problem instead of stopping at the first."""

    def __init__(self, data: dict[str, Any], base: Path) -> None:
        self.data = data
        self.base = base
        self.problems: list[str] = []

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            self.problems.append(f"[{name}] must be a table")
            return {}
        return value

    def get(self, section: str, key: str, kind: type, default: Any = ...) -> Any:
        table = self.section(section)
        if key not in table:
            if default is ...:
                self.problems.append(f"[{section}] {key} is missing")
                return None
            return default
        value = table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problems.append(
                f"[{section}] {key} must be {_KIND_NAMES.get(kind, kind.__name__)}, not {value!r}"
            )
            return None if default is ... else default
        return value

    def path(self, section: str, key: str, default: str | None = None) -> Path | None:
        raw = self.get(section, key, str, ... if default is None else default)
        if raw is None:
            return None
        if raw == "":
            return None
        path = Path(raw).expanduser()
        return path if path.is_absolute() else (self.base / path)

    def folder(self, section: str, key: str, default: str) -> Path:
        """A path never left empty: ``default``, beside the settings file, when not given."""
        return self.path(section, key, default) or self.base / default

    def option(self, section: str, cls: type, key: str) -> Any:
        """An optional key, of the type and with the default of the field ``key`` of ``cls``."""
        default = _default(cls, key)
        return self.get(section, key, type(default), default)

    def options(self, section: str, cls: type, *keys: str) -> dict[str, Any]:
        return {key: self.option(section, cls, key) for key in keys}

    def check_keys(self) -> None:
        for section, table in self.data.items():
            if section not in _SCHEMA:
                hint = _did_you_mean(section, _SCHEMA)
                self.problems.append(f"unknown section [{section}]{hint}")
                continue
            if not isinstance(table, dict):
                continue
            for key in table:
                if key in _FORBIDDEN_SECRETS:
                    self.problems.append(
                        f"[{section}] {key}: secrets must not be written in the settings file;"
                        " use password_env (name of an environment variable) or"
                        " password_command (a command that prints it)"
                    )
                elif key not in _SCHEMA[section]:
                    hint = _did_you_mean(key, _SCHEMA[section])
                    self.problems.append(f"[{section}] unknown key {key}{hint}")
        for section in sorted(_REQUIRED - set(self.data)):
            self.problems.append(f"[{section}] section is missing")


_KIND_NAMES = {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}


def _did_you_mean(word: str, choices: Any) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {match[0]}?)" if match else ""


def _default(cls: type, name: str) -> Any:
    """The default of a settings field: each is written once, in the dataclasses above."""
    default = next(f.default for f in fields(cls) if f.name == name)
    assert default is not MISSING, f"{cls.__name__}.{name} has no default"
    return default


def parse_settings(data: dict[str, Any], source: Path) -> Settings:
    """Validate a parsed TOML document; raise ConfigError listing every problem."""
    reader = _Reader(data, source.parent)
    reader.check_keys()
    imap = _read_imap(reader)
    smtp = _server(reader, "smtp", SMTP_PORTS) if "smtp" in data else None
    state_url, state_path = _read_state(reader)
    model = _read_model(reader)
    replies = _read_replies(reader)
    review = _read_review(reader)
    worker = _read_worker(reader)
    train = _read_train(reader)
    privacy = PrivacySettings(**reader.options("privacy", PrivacySettings, "retention_days"))
    if privacy.retention_days < 0:
        reader.problems.append("[privacy] retention_days must be 0 (keep until deleted) or more")
    if reader.problems:
        raise ConfigError(f"{source}: " + "; ".join(reader.problems))
    assert imap is not None and state_path is not None and model is not None
    return Settings(
        source=source,
        imap=imap,
        state_path=state_path,
        model=model,
        replies=replies,
        smtp=smtp,
        review=review,
        worker=worker,
        train=train,
        lock_path=state_path.with_suffix(".lock"),
        state_url=state_url,
        privacy=privacy,
    )


def _server(reader: _Reader, name: str, default_port: dict[str, int]) -> ServerSettings | None:
    host = reader.get(name, "host", str)
    security = reader.get(name, "security", str, SECURITY_MODES[0])
    if security not in SECURITY_MODES:
        reader.problems.append(f"[{name}] security must be one of {', '.join(SECURITY_MODES)}")
        security = SECURITY_MODES[0]
    port = reader.get(name, "port", int, default_port.get(security, 0))
    if host and security == "plain" and not is_loopback(host):
        reader.problems.append(
            f'[{name}] security = "plain" is only allowed for a loopback host'
            f' (127.0.0.1, ::1, localhost), not {host}: use "tls" or "starttls"'
        )
    credentials = _credentials(reader, name)
    ca_file = reader.path(name, "ca_file", "")
    if ca_file is not None and not ca_file.is_file():
        reader.problems.append(f"[{name}] ca_file {ca_file} does not exist")
    timeout = reader.option(name, ServerSettings, "timeout")
    if host is None or port is None:
        return None
    return ServerSettings(host, port, security, credentials, ca_file, timeout)


def _credentials(reader: _Reader, name: str) -> Credentials:
    auth = reader.option(name, Credentials, "auth")
    if auth not in AUTH_MODES:
        reader.problems.append(f"[{name}] auth must be one of {', '.join(AUTH_MODES)}")
    credentials = Credentials(
        username=reader.get(name, "username", str) or "",
        auth=auth or _default(Credentials, "auth"),
        **reader.options(name, Credentials, "password_env", "password_command", "token_command"),
    )
    if credentials.auth == "xoauth2":
        if not credentials.token_command:
            reader.problems.append(f'[{name}] auth = "xoauth2" needs token_command')
    elif bool(credentials.password_env) == bool(credentials.password_command):
        reader.problems.append(f"[{name}] set exactly one of password_env or password_command")
    return credentials


def _read_imap(reader: _Reader) -> ImapSettings | None:
    server = _server(reader, "imap", IMAP_PORTS)
    if server is None:
        return None
    imap = ImapSettings(
        **server.__dict__,
        **reader.options(
            "imap", ImapSettings, "mailbox", "drafts", "sent", "batch_size", "batch_bytes", "idle",
            "first_pass_days", "append_connection",
        ),
    )  # fmt: skip
    if imap.batch_size < 1 or imap.batch_bytes < 1:
        reader.problems.append("[imap] batch_size and batch_bytes must be positive")
    if imap.first_pass_days < 0:
        reader.problems.append("[imap] first_pass_days must be 0 or more (days)")
    return imap


def _read_state(reader: _Reader) -> tuple[str, Path | None]:
    """The PostgreSQL URL (or ""), and the SQLite file, also used for the lock beside it."""
    url = reader.get("state", "url", str, _default(Settings, "state_url"))
    if url and not url.startswith(("postgresql://", "postgres://")):
        reader.problems.append('[state] url must start with "postgresql://"')
    elif re.search(r"//[^/@]*:[^/@]*@", url):
        reader.problems.append(
            "[state] url: the password must not be written in the settings file; use the"
            " PGPASSWORD environment variable or ~/.pgpass"
        )
    # With a URL the file only anchors the lock, so it need not be given.
    return url, reader.path("state", "path", "state/triage.sqlite3" if url else None)


def _read_model(reader: _Reader) -> ModelSettings | None:
    raw = reader.section("model").get("min_confidence", "auto")
    min_confidence = _default(ModelSettings, "min_confidence")  # "auto": training's threshold
    if raw != "auto":
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            min_confidence = float(raw)
            if not 0.0 <= min_confidence <= 1.0:
                reader.problems.append("[model] min_confidence must be between 0 and 1")
        else:
            reader.problems.append(
                '[model] min_confidence must be "auto" (the threshold chosen in training)'
                " or a number between 0 and 1"
            )
    path = reader.path("model", "path")
    return None if path is None else ModelSettings(path, min_confidence)


def _read_replies(reader: _Reader) -> RepliesSettings:
    from_address = reader.get("replies", "from_address", str)
    if from_address is not None and "@" not in from_address:
        reader.problems.append("[replies] from_address must be an e-mail address")
    own = reader.get("replies", "own_addresses", list, [])
    if any(not isinstance(a, str) for a in own):
        reader.problems.append("[replies] own_addresses must be a list of addresses")
        own = []
    replies = RepliesSettings(
        from_address=from_address or "",
        from_name=reader.get("replies", "from_name", str) or "",
        templates=reader.folder("replies", "templates", "templates"),
        own_addresses=tuple(own),
        **reader.options(
            "replies",
            RepliesSettings,
            "keyword_prefix",
            "max_drafts_per_sender_per_day",
            "mode",
            "repeat_days",
        ),
        office_names=_office_names(reader),
    )
    if replies.repeat_days < 0:
        reader.problems.append("[replies] repeat_days must be 0 (off) or more")
    if replies.mode not in REPLY_MODES:
        reader.problems.append(f"[replies] mode must be one of {', '.join(REPLY_MODES)}")
    if not replies.templates.is_dir():
        reader.problems.append(f"[replies] templates folder {replies.templates} does not exist")
    return replies


REPLY_LANGUAGES = ("nb", "nn", "en")
_OFFICE = 'a name, or a table like { nb = "…", nn = "…", en = "…" }'


def _office_names(reader: _Reader) -> dict[str, str]:
    raw = reader.section("replies").get("office_name", {})  # one name, or one per language
    names = raw if isinstance(raw, dict) else dict.fromkeys(REPLY_LANGUAGES, raw)
    for lang, name in names.items():
        if lang not in REPLY_LANGUAGES or not isinstance(name, str) or not name.strip():
            reader.problems.append(f"[replies] office_name: {lang} = {name!r}: use {_OFFICE}")
    return {k: " ".join(v.split()) for k, v in names.items() if k and isinstance(v, str) and v}


def _read_review(reader: _Reader) -> ReviewSettings:
    keys = ("host", "port", "secret_key_env", "trusted_header", "language")
    secure = reader.section("review").get("secure_cookies", "auto")
    if secure != "auto" and not isinstance(secure, bool):
        reader.problems.append(f'[review] secure_cookies must be true, false or "auto": {secure!r}')
    listed = reader.get("review", "trusted_proxies", list, [])
    for bad in (p for p in listed if not _network(p)):
        reader.problems.append(f"[review] trusted_proxies: {bad!r} is not an IP address or network")
    review = ReviewSettings(
        **reader.options("review", ReviewSettings, *keys),
        trusted_proxies=tuple(str(p) for p in listed if _network(p)),
        secure_cookies=secure if isinstance(secure, bool) else None,
    )
    if review.language not in ("nb", "en"):
        reader.problems.append('[review] language must be "nb" or "en"')
    if review.trusted_header and not review.trusted_proxies:
        reader.problems.append(
            "[review] trusted_header needs trusted_proxies, the address of the proxy that sets"
            ' it (e.g. ["127.0.0.1"])'
        )
    return review


def _network(value: object) -> bool:
    try:
        return bool(ipaddress.ip_network(value, strict=False))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _read_worker(reader: _Reader) -> WorkerSettings:
    worker = WorkerSettings(
        **reader.options("worker", WorkerSettings, "interval_seconds", "processes")
    )
    if worker.interval_seconds < 1:
        reader.problems.append("[worker] interval_seconds must be at least 1")
    if "processes" in reader.section("worker") and worker.processes < 1:
        reader.problems.append("[worker] processes must be at least 1")
    return worker


def _read_train(reader: _Reader) -> TrainSettings:
    """[train]: where the labelled mail is, the precision targets, counsellors' weight."""
    keys = ("target_precision", "secondary_precision", "counsellor_weight", "recent_decisions")
    data = reader.folder("train", "data", "data")
    train = TrainSettings(
        data=data,
        # By default the realistic set kept beside the labelled mail (data/README.md).
        validation=reader.path("train", "validation", "") or data / "realistic" / "val.jsonl",
        **reader.options("train", TrainSettings, *keys),
    )
    if "validation" in reader.section("train") and not train.validation.is_file():
        reader.problems.append(f"[train] validation file {train.validation} does not exist")
    if train.counsellor_weight <= 0:
        reader.problems.append("[train] counsellor_weight must be above 0")
    if train.recent_decisions < 0:
        reader.problems.append("[train] recent_decisions must be 0 or more")
    if not 0.0 < train.target_precision <= 1.0:
        reader.problems.append("[train] target_precision must be between 0 and 1")
    if not 0.0 < train.secondary_precision <= 1.0:
        reader.problems.append("[train] secondary_precision must be between 0 and 1")
    return train


def load_settings(path: Path) -> Settings:
    """Read and validate ``path``; raise ConfigError with one line naming every problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"settings file {path} not found: copy settings.toml from the project and edit it,"
            " or pass --config PATH"
        ) from None
    except OSError as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    return parse_settings(data, path.resolve())
