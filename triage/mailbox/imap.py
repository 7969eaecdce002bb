"""Everything that talks IMAP, and nothing else.

Originals are only ever read with BODY.PEEK, so triage never marks a member's mail as read.
"""

from __future__ import annotations

import imaplib
import logging
import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from triage.config import ServerSettings
from triage.errors import MailboxError, MailboxUnreachable
from triage.mailbox import credentials, structure
from triage.mailbox import keywords as keyword_stores

log = logging.getLogger("triage.imap")
DRAFTS_FLAG = b"\\Drafts"
SENT_FLAG = b"\\Sent"
# Above this size only the header and the text parts are fetched, never the attachments.
LARGE_MESSAGE_BYTES = 2_000_000


def tls_context(settings: ServerSettings) -> ssl.SSLContext:
    """A verifying TLS context; the optional CA file is added to the system's trust store."""
    context = ssl.create_default_context()
    if settings.ca_file:
        context.load_verify_locations(cafile=str(settings.ca_file))
    return context


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (
            f"the server's TLS certificate does not verify ({exc.verify_message}): set ca_file"
            " to the CA that signed it"
        )
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, socket.gaierror):
        return "host name not found"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running, and is the port right?)"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


ANSWERED_FLAG = b"\\Answered"


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes
    size: int
    flags: tuple[bytes, ...] = ()
    arrived: datetime | None = None  # the server's INTERNALDATE, in UTC


class Mailbox:
    """One logged-in IMAP connection."""

    def __init__(
        self, client: IMAPClient, settings: ServerSettings, read_only: bool = False
    ) -> None:
        self.client = client
        self.settings = settings
        # Read-only (a dry run): folders are opened with EXAMINE and every write refuses.
        self.read_only = read_only
        self._special: dict[bytes, str] = {}
        self._selected = ""

    # -- folders ------------------------------------------------------------------------------

    def status(self, folder: str) -> tuple[int, int]:
        """(UIDVALIDITY, UIDNEXT) in one round trip, without selecting the folder."""
        try:
            found = self.client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT"])
        except IMAPClientError as exc:
            raise MailboxError(f"folder {folder!r} cannot be opened: {_server_text(exc)}") from None
        return int(found[b"UIDVALIDITY"]), int(found[b"UIDNEXT"])

    def select(self, folder: str) -> tuple[int, int]:
        try:
            found = self.client.select_folder(folder, readonly=self.read_only)
            self._selected = folder
        except IMAPClientError as exc:
            raise MailboxError(
                f"folder {folder!r} cannot be opened ({_server_text(exc)}): check [imap] mailbox"
            ) from None
        return int(found[b"UIDVALIDITY"]), int(found.get(b"UIDNEXT", 0))

    def special_folder(self, flag: bytes, configured: str, fallback: str) -> str:
        """The folder named in the settings, else the one marked with SPECIAL-USE ``flag``."""
        if configured:
            return configured
        if flag not in self._special:
            found = None
            try:
                found = self.client.find_special_folder(flag)
            except IMAPClientError:
                found = None
            if found is None:
                found = self._create(fallback)
            self._special[flag] = found
        return self._special[flag]

    def _create(self, folder: str) -> str:
        """A mailbox without any Drafts/Sent folder gets one, as a mail client would make it."""
        if self.read_only:
            return folder
        try:
            if not self.client.folder_exists(folder):
                self.client.create_folder(folder)
                self.client.subscribe_folder(folder)
                log.warning("created the folder %r (the mailbox had none for this use)", folder)
        except IMAPClientError:
            pass  # the APPEND that follows says what is wrong
        return folder

    def _use(self, folder: str) -> None:
        """SELECT ``folder`` unless it is the one already selected (saves a round trip)."""
        if self._selected != folder:
            self.select(folder)

    # -- reading --------------------------------------------------------------------------------

    def uids_after(self, last_uid: int) -> list[int]:
        # "N:*" always matches the highest UID even when it is below N, hence the filter.
        uids = self.client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(u for u in uids if u > last_uid)

    def arrival_dates(self) -> dict[int, datetime | None]:
        """The server's arrival date (INTERNALDATE, in UTC) of every message in the folder."""
        uids = self.uids_after(0)
        found: dict[int, datetime | None] = {}
        for start in range(0, len(uids), 1000):
            data = self.client.fetch(uids[start : start + 1000], [b"INTERNALDATE"])
            found.update({uid: _utc(item.get(b"INTERNALDATE")) for uid, item in data.items()})
        return found

    def fetch_batches(
        self, uids: Sequence[int], batch_size: int, batch_bytes: int
    ) -> Iterator[list[FetchedMessage]]:
        """The messages in batches bounded by count and by bytes, read with BODY.PEEK."""
        for start in range(0, len(uids), 1000):
            chunk = uids[start : start + 1000]
            # Flags and arrival date ride along: the pass needs \\Answered, a dry run the date.
            sizes = self.client.fetch(chunk, [b"RFC822.SIZE", b"FLAGS", b"INTERNALDATE"])
            batch: list[int] = []
            total = 0
            for uid in chunk:
                if uid not in sizes:
                    continue  # expunged meanwhile
                size = int(sizes[uid].get(b"RFC822.SIZE", 0))
                if batch and (len(batch) >= batch_size or total + size > batch_bytes):
                    yield self._fetch(batch, sizes)
                    batch, total = [], 0
                batch.append(uid)
                total += min(size, LARGE_MESSAGE_BYTES)
            if batch:
                yield self._fetch(batch, sizes)

    def _fetch(self, uids: list[int], sizes: dict) -> list[FetchedMessage]:
        small = [u for u in uids if int(sizes[u].get(b"RFC822.SIZE", 0)) <= LARGE_MESSAGE_BYTES]
        large = [u for u in uids if u not in set(small)]
        found: dict[int, bytes] = {}
        if small:
            data = self.client.fetch(small, [b"BODY.PEEK[]"])
            found.update({uid: data[uid].get(b"BODY[]") or b"" for uid in small if uid in data})
        for uid in large:
            found[uid] = self._fetch_text_parts(uid)
        return [
            FetchedMessage(
                uid,
                found[uid],
                int(sizes[uid].get(b"RFC822.SIZE", 0)),
                tuple(sizes[uid].get(b"FLAGS", ())),
                _utc(sizes[uid].get(b"INTERNALDATE")),
            )  # fmt: skip
            for uid in uids
            if uid in found
        ]

    def _fetch_text_parts(self, uid: int) -> bytes:
        """A large message rebuilt from its header and its text parts only.

        Attachments stay on the server; their names survive in the rebuilt MIME headers.
        """
        data = self.client.fetch([uid], [b"BODYSTRUCTURE", b"BODY.PEEK[HEADER]"])
        if uid not in data:
            return b""
        header = data[uid].get(b"BODY[HEADER]") or b""
        texts, names = structure.text_sections(data[uid].get(b"BODYSTRUCTURE"))
        if not texts:
            return header  # nothing readable: the parser sees an empty body
        wanted = [f"BODY.PEEK[{s}.MIME]".encode() for s in texts] + [
            f"BODY.PEEK[{s}]".encode() for s in texts
        ]
        parts = self.client.fetch([uid], wanted)[uid]
        boundary = f"triage-rebuilt-{uid}"
        out = [structure.without_content_headers(header), b"MIME-Version: 1.0\r\n"]
        out.append(f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode())
        for section in texts:
            mime = parts.get(f"BODY[{section}.MIME]".encode()) or b""
            body = parts.get(f"BODY[{section}]".encode()) or b""
            if section == "1" and not mime.strip():
                mime = structure.content_headers(header)
            out += [f"--{boundary}\r\n".encode(), mime.rstrip(b"\r\n") + b"\r\n\r\n", body]
            out.append(b"\r\n")
        for name in names:
            out.append(f"--{boundary}\r\n".encode())
            safe = name.replace('"', "").replace("\r", " ").replace("\n", " ")
            out.append(
                f"Content-Type: application/octet-stream\r\nContent-Disposition: attachment;"
                f' filename="{safe}"\r\n\r\n\r\n'.encode()
            )
        out.append(f"--{boundary}--\r\n".encode())
        return b"".join(out)

    def message_ids(self, folder: str, message_id: str) -> list[int]:
        """UIDs in ``folder`` of messages with this Message-ID header.

        The ID is searched without surrounding spaces: earlier versions could store a draft's
        ID with a leading one (a header too long to fold, read back), and a server need not
        find " <id>" in "<id>" as Dovecot does."""
        self._use(folder)
        try:
            return list(self.client.search(["HEADER", "Message-ID", message_id.strip()]))
        except IMAPClientError:
            return []

    # -- writing --------------------------------------------------------------------------------

    def append_drafts(self, folder: str, drafts: Sequence[tuple[bytes, datetime]]) -> None:
        """APPEND each draft with \\Draft and \\Seen; MULTIAPPEND in one command when offered."""
        if not drafts:
            return
        self._writable()
        flags = (b"\\Draft", b"\\Seen")
        try:
            if len(drafts) > 1 and self.client.has_capability("MULTIAPPEND"):
                # imapclient returns a refused MULTIAPPEND (quota, missing folder) as a
                # ("NO", ...) result instead of raising: unchecked, drafts nobody saved would be
                # recorded as made.
                typ, data = self.client.multiappend(
                    folder, [{"msg": m, "flags": flags, "date": d} for m, d in drafts]
                )
                if typ != "OK":
                    raise IMAPClientError(" ".join(_text(item) for item in data))
            else:
                for message, date in drafts:
                    self.client.append(folder, message, flags=flags, msg_time=date)
        except imaplib.IMAP4.abort:
            raise  # the connection is gone: connect() says so, not "check the folder"
        except IMAPClientError as exc:
            raise MailboxError(
                f"drafts could not be saved in {folder!r} ({_server_text(exc)}): check that the"
                " folder exists ([imap] drafts) and that the mailbox is not over quota"
            ) from None

    def append(self, folder: str, message: bytes, flags: Sequence[bytes]) -> None:
        self._writable()
        try:
            self.client.append(folder, message, flags=tuple(flags))
        except IMAPClientError as exc:
            raise MailboxError(f"could not save in {folder!r}: {_server_text(exc)}") from None

    def add_keywords(self, folder: str, keywords: dict[int, bytes]) -> None:
        """Tag originals with a topic keyword (IMAP flag) so mail clients can show it."""
        if not keywords:
            return
        self._writable()
        self._use(folder)
        by_keyword: dict[bytes, list[int]] = {}
        for uid, keyword in keywords.items():
            by_keyword.setdefault(keyword, []).append(uid)
        # A server without user keywords refuses them: the tag is a convenience, not part of
        # the work. A lost connection raises: the batch must not be committed untagged.
        keyword_stores.add_keywords(self.client, by_keyword)

    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[bytes]) -> None:
        self._writable()
        self._use(folder)
        self.client.add_flags(list(uids), list(flags), silent=True)

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        if not uids:
            return
        self._writable()
        self._use(folder)
        self.client.delete_messages(list(uids))
        if self.client.has_capability("UIDPLUS"):
            self.client.expunge(list(uids))
        else:
            self.client.expunge()  # without UIDPLUS only the whole folder can be expunged

    def _writable(self) -> None:
        if self.read_only:
            raise RuntimeError("a read-only (dry run) connection was about to change the mailbox")

    def logout(self) -> None:
        try:
            self.client.logout()
        except (IMAPClientError, OSError):
            # The connection is already dead: LOGOUT failed before closing the socket.
            _close(self.client)


def _utc(value: object) -> datetime | None:
    """imapclient gives INTERNALDATE as local time without a zone (normalise_times)."""
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC)


def _text(item: object) -> str:
    return item.decode(errors="replace") if isinstance(item, bytes) else str(item)


def _server_text(exc: BaseException) -> str:
    text = str(exc)
    return text.split("] ", 1)[-1].strip() if "]" in text else text


@contextmanager
def connect(settings: ServerSettings, read_only: bool = False) -> Iterator[Mailbox]:
    """A logged-in Mailbox; one-line MailboxUnreachable for every way connecting can fail.

    ``read_only``: folders are opened with EXAMINE, and the Mailbox refuses every write.
    """
    # imapclient logs every protocol line at DEBUG, members' mail and addresses included:
    # `--debug` must not copy mail into logs: privacy comes first.
    logging.getLogger("imapclient").setLevel(logging.INFO)
    where = f"IMAP server {settings.host}:{settings.port}"
    try:
        if settings.security == "tls":
            client = IMAPClient(
                settings.host, settings.port, ssl=True, ssl_context=tls_context(settings),
                timeout=settings.timeout,
            )  # fmt: skip
        else:
            client = IMAPClient(settings.host, settings.port, ssl=False, timeout=settings.timeout)
        no_protocol_log(client)
        if settings.security == "starttls":
            try:
                client.starttls(tls_context(settings))
            except BaseException:
                _close(client)  # no plain-text fallback, and no socket left open
                raise
    except (OSError, IMAPClientError, imaplib.IMAP4.abort) as exc:
        raise MailboxUnreachable(f"{where}: {describe_error(exc)}") from None
    try:
        creds = settings.credentials
        if creds.auth == "xoauth2":
            client.oauth2_login(creds.username, credentials.oauth_token(creds, "imap"))
        else:
            client.login(creds.username, credentials.password(creds, "imap"))
    except LoginError:
        _close(client)
        raise MailboxUnreachable(
            f"{where}: login refused for the configured user: check the username and password"
        ) from None
    except (OSError, IMAPClientError) as exc:
        _close(client)
        raise MailboxUnreachable(f"{where}: {describe_error(exc)}") from None
    except BaseException:
        _close(client)
        raise
    box = Mailbox(client, settings, read_only)
    try:
        yield box
    except (OSError, imaplib.IMAP4.abort) as exc:
        raise MailboxUnreachable(f"{where}: connection lost ({describe_error(exc)})") from None
    finally:
        box.logout()


def no_protocol_log(client: IMAPClient) -> None:
    """Turn off imaplib's protocol log, which imapclient turns on at its highest level.

    imaplib then formats every response as text for a debug message, each fetched mail
    whole (``%r`` of its bytes), before the logger (kept at INFO above) drops it: most of the
    CPU time of fetching mail, about 1 s per 100 MB. imapclient's own log of the commands
    is not affected.
    """
    imap4 = getattr(client, "_imap", None)  # the imaplib.IMAP4 object imapclient drives
    if isinstance(imap4, imaplib.IMAP4):
        imap4.debug = 0


def _close(client: IMAPClient) -> None:
    with suppress(OSError, IMAPClientError):
        client.shutdown()
