"""A private Dovecot on loopback, for the demo, the tests and the benchmark.

Everything lives under one folder (config, sockets, logs, mail), so several can run side by
side and nothing touches the system's own Dovecot. Any user name logs in with the one password
given; each user gets a fresh Maildir with Drafts, Sent and Trash marked SPECIAL-USE.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = {ssl}
{ssl_files}
default_login_user = dovenull
default_internal_user = dovecot
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{mail}/%u
mail_max_userip_connections = 200
imap_idle_notify_interval = 1 secs
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={mail}/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
{extra}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Dovecot:
    """A running private Dovecot. Use as a context manager or call ``stop()``."""

    root: Path
    mail: Path
    port: int
    tls_port: int
    password: str
    process: subprocess.Popen
    cert: tuple[Path, Path] | None = None

    def stop(self, keep_mail: bool = False) -> None:
        """Stop the server; ``keep_mail`` leaves the mail for a restart with ``restart()``."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        # The master leaves imap processes with open connections running; a stopped server
        # must drop its clients, as a real one going down does.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        if self.process.stderr:
            self.process.stderr.close()
        if not keep_mail:
            shutil.rmtree(self.mail, ignore_errors=True)

    def restart(self, extra_config: str = "") -> Dovecot:
        """A new server on the same port with the same mail (after ``stop(keep_mail=True)``).

        For tests of a server that goes away and comes back; ``extra_config`` as in
        ``start_dovecot``.
        """
        return start_dovecot(
            self.root, self.password, self.port, self.cert, mail=self.mail,
            extra_config=extra_config,
        )  # fmt: skip

    def __enter__(self) -> Dovecot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def start_dovecot(
    root: Path,
    password: str = "demo-password",
    port: int | None = None,
    cert: tuple[Path, Path] | None = None,
    mail: Path | None = None,
    extra_config: str = "",
) -> Dovecot:
    """Start Dovecot under ``root`` and wait until it accepts connections.

    ``cert`` is an optional (certificate, key) pair; with it the server offers STARTTLS on
    ``port`` and implicit TLS on ``tls_port``. ``mail`` reuses the mail folder of a stopped
    server; ``extra_config`` is appended to the configuration (e.g. a quota for tests).
    """
    binary = _dovecot_binary()
    root = root.resolve()
    for sub in ("run", "state"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    mail = mail or _new_mail_folder()
    port = port or free_port()
    tls_port = free_port()
    config = _write_config(root, mail, port, tls_port, password, cert, extra_config)
    process = subprocess.Popen(
        [binary, "-F", "-c", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, so that stop() ends every child
    )
    server = Dovecot(root, mail, port, tls_port, password, process, cert)
    _wait_until_listening(server, seconds=15)
    return server


def _dovecot_binary() -> str:
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(binary).exists():
        raise RuntimeError(
            "dovecot is not installed: run `apt-get install dovecot-imapd` (scripts/setup does it)"
        )
    return binary


def _new_mail_folder() -> Path:
    # Mail is written by the unprivileged user the static userdb names, who must be able to
    # reach it: temporary folders (pytest's among them) are often private to root.
    mail = Path(tempfile.mkdtemp(prefix="triage-dovecot-mail-"))
    mail.chmod(0o711)
    shutil.chown(mail, "nobody", "nogroup")
    return mail


def _write_config(
    root: Path,
    mail: Path,
    port: int,
    tls_port: int,
    password: str,
    cert: tuple[Path, Path] | None,
    extra_config: str,
) -> Path:
    ssl_files = f"ssl_cert = <{cert[0]}\nssl_key = <{cert[1]}\n" if cert else ""
    config = root / "dovecot.conf"
    config.write_text(
        _CONFIG.format(
            root=root,
            mail=mail,
            port=port,
            tls_port=tls_port,
            password=password,
            ssl="yes" if cert else "no",
            ssl_files=ssl_files,
            extra=extra_config,
        )
    )
    return config


def _wait_until_listening(server: Dovecot, seconds: float) -> None:
    process = server.process
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"dovecot failed to start: {err.strip()} {server.log()[-500:]}")
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise RuntimeError(f"dovecot did not start listening within {seconds:.0f} s")


def make_self_signed_cert(folder: Path, host: str = "localhost") -> tuple[Path, Path]:
    """A self-signed certificate for ``host`` and 127.0.0.1, for TLS tests."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", f"/CN={host}", "-addext", f"subjectAltName=DNS:{host},IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key
