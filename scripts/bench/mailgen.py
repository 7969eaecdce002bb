"""The generated mailbox: questions from data/*.jsonl as members' mail clients send them.

Made-up senders, ~5 % noise that must never get a reply, a few 5-25 MB attachments and a mix
of charsets and transfer encodings, all deterministic for a given N. ``plan_corpus`` and
``render`` need nothing but the standard library, so tests use them too; ``write_corpus``
writes Maildir files owned by the user nobody (Dovecot's), and so needs root.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from bench.paths import DATA
from bench.progress import progress

# The counselling mailbox all questions go to (and whose drafts answer them).
MAILBOX = "karriere@example.org"

FIRST_NAMES = {
    "nb": ["Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Ahmad", "Nora", "Jonas", "Emma", "Henrik",
           "Maja", "Sander", "Ida", "Magnus", "Thea", "Eirik", "Sofie", "Amir", "Hanne", "Tore"],
    "nn": ["Ragnhild", "Sindre", "Guro", "Torleiv", "Solveig", "Åsmund", "Liv", "Eivind",
           "Ingebjørg", "Halvard"],
    "en": ["Priya", "James", "Anna", "Lukas", "Maria", "Daniel", "Chen", "Olga", "Tomás",
           "Fatima"],
}  # fmt: skip
LAST_NAMES = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Bakke",
              "Dahl", "Lie", "Sæther", "Strand", "Aasen", "Øvrebø", "Kvamme", "Shah", "Müller",
              "García", "Kowalski", "Nguyen"]  # fmt: skip
DOMAINS = ["example.net", "example.com", "post.example.net", "student.example.org"]
# Share of each way a member's mail client writes a question (out of 100).
STYLES = {
    "utf8-8bit": 30, "utf8-qp": 15, "latin1-qp": 15, "utf8-base64": 8, "latin1-base64": 4,
    "alternative": 12, "html-only": 5, "reply": 6, "web-form": 2, "small-pdf": 3,
}  # fmt: skip
# Noise that must never get a reply, as a share of all mail (together ~5 %).
NOISE = {"auto-reply": 0.02, "newsletter": 0.015, "bounce": 0.01, "no-reply": 0.005}
LARGE_PER_10K = 5


@dataclass(frozen=True)
class Record:
    subject: str
    body: str
    label: str
    lang: str


@dataclass
class Mail:
    """One generated message: a question from data/ in some style, or a piece of noise."""

    index: int
    kind: str  # a STYLES key, a NOISE key, or "large-attachment"
    record: Record
    date: datetime
    large_bytes: int = 0

    @property
    def message_id(self) -> str:
        return f"<bench-{self.index:06d}.{self.kind}@example.net>"


def load_records(folder: Path = DATA) -> list[Record]:
    """Every labelled question in ``folder``'s JSON lines files."""
    records = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                records.append(Record(row["subject"], row["body"], row["label"], row["lang"]))
    return records


def plan_corpus(n: int, records: list[Record], quick: bool, seed: int = 5) -> list[Mail]:
    """Which message is what: deterministic for a given N, so runs compare."""
    rng = random.Random(seed)
    start = datetime(2026, 9, 1, 7, 0, tzinfo=UTC)
    step = timedelta(days=90) / max(n, 1)
    large_count = max(1, round(n * LARGE_PER_10K / 10_000))
    large = set(rng.sample(range(n), min(large_count, n)))
    styles, weights = zip(*STYLES.items(), strict=True)
    noise_kinds, noise_shares = zip(*NOISE.items(), strict=True)
    mails = []
    for index in range(n):
        draw = rng.random()
        kind = ""
        for noise_kind, share in zip(noise_kinds, noise_shares, strict=True):
            if draw < share:
                kind = noise_kind
                break
            draw -= share
        if index in large:
            kind = "large-attachment"
        kind = kind or rng.choices(styles, weights)[0]
        size = 0
        if kind == "large-attachment":
            size = 3_000_000 if quick else rng.randint(5_000_000, 25_000_000)
        date = start + step * index + timedelta(seconds=rng.randint(0, 59))
        mails.append(Mail(index, kind, rng.choice(records), date, size))
    return mails


def _ascii(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ü": "u", "í": "i", "á": "a"})
    return name.lower().translate(table)


def sender(mail: Mail) -> tuple[str, str]:
    rng = random.Random(mail.index * 7919)
    first = rng.choice(FIRST_NAMES.get(mail.record.lang, FIRST_NAMES["nb"]))
    last = rng.choice(LAST_NAMES)
    address = f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 9999)}@{rng.choice(DOMAINS)}"
    return f"{first} {last}", address


def _html(text: str) -> str:
    paragraphs = "".join(
        "<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</p>"
        for p in text.split("\n\n")
    )
    return f"<html><head><style>p{{margin:0}}</style></head><body>{paragraphs}</body></html>"


def _set_text(message: EmailMessage, text: str, charset: str, cte: str) -> None:
    try:
        message.set_content(text, charset=charset, cte=cte)
    except UnicodeEncodeError:
        # A dash or an emoji outside Latin-1: the mail client would have picked UTF-8 too.
        message.set_content(text, charset="utf-8", cte=cte)


def render(mail: Mail) -> bytes:
    """The raw message as a mail client (or a machine, for noise) would have sent it."""
    rng = random.Random(mail.index)
    record = mail.record
    name, address = sender(mail)
    message = EmailMessage()
    message["From"] = Address(name, addr_spec=address)
    message["To"] = MAILBOX
    message["Subject"] = record.subject or ""
    message["Date"] = format_datetime(mail.date)
    message["Message-ID"] = mail.message_id
    message["MIME-Version"] = "1.0"
    kind = mail.kind
    if kind in NOISE:
        return _noise(message, mail, name, address)
    if kind == "utf8-8bit":
        message.set_content(record.body, charset="utf-8", cte="8bit")
    elif kind in ("utf8-qp", "utf8-base64"):
        cte = "quoted-printable" if "qp" in kind else "base64"
        message.set_content(record.body, cte=cte)
    elif kind in ("latin1-qp", "latin1-base64"):
        cte = "quoted-printable" if "qp" in kind else "base64"
        _set_text(message, record.body, "iso-8859-1", cte)
    elif kind == "alternative":
        message.set_content(record.body, cte="quoted-printable")
        message.add_alternative(_html(record.body), subtype="html", cte="quoted-printable")
    elif kind == "html-only":
        message.set_content(_html(record.body), subtype="html", cte="quoted-printable")
    elif kind == "reply":
        _reply(message, mail)
    elif kind == "web-form":
        del message["From"]
        message["From"] = "Nettskjema <skjema@forms.example.com>"
        message["Reply-To"] = Address(name, addr_spec=address)
        form = f"Navn: {name}\nE-post: {address}\nMelding:\n{record.body}\n"
        message.set_content(form, cte="quoted-printable")
    elif kind in ("small-pdf", "large-attachment"):
        message.set_content(record.body, cte="quoted-printable")
        size = mail.large_bytes or rng.randint(40_000, 300_000)
        pdf = b"%PDF-1.4\n" + rng.randbytes(size)
        filename = f"CV {name}.pdf" if kind == "small-pdf" else f"Portefølje {name}.pdf"
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    else:
        raise ValueError(kind)
    return message.as_bytes()


def _reply(message: EmailMessage, mail: Mail) -> None:
    record = mail.record
    earlier = f"<answer-{mail.index:06d}@example.org>"
    del message["Subject"]
    message["Subject"] = f"SV: {record.subject}"
    message["In-Reply-To"] = earlier
    message["References"] = earlier
    when = mail.date - timedelta(days=3)
    quoted = "\n".join(
        "> " + line
        for line in (
            "Hei, og takk for spørsmålet ditt.",
            "",
            "Vi har sett på saken og kommer tilbake til deg med mer etter helgen.",
            "",
            "Med vennlig hilsen",
            "Karriererådgivningen",
        )
    )
    header = f"Den {when:%d.%m.%Y} kl. {when:%H:%M} skrev Karriererådgivningen <{MAILBOX}>:"
    message.set_content(f"{record.body}\n\n{header}\n{quoted}\n", cte="quoted-printable")


def _noise(message: EmailMessage, mail: Mail, name: str, address: str) -> bytes:
    kind = mail.kind
    if kind == "auto-reply":
        del message["Subject"]
        message["Subject"] = "Fraværsmelding: Spørsmål om stillingen"
        message["Auto-Submitted"] = "auto-replied"
        message["X-Auto-Response-Suppress"] = "All"
        message.set_content(
            f"Jeg er på ferie og leser ikke e-post før mandag.\n\nHilsen {name}\n",
            cte="quoted-printable",
        )
    elif kind == "newsletter":
        del message["From"], message["Subject"]
        message["From"] = "Jobbnytt <nyhetsbrev@news.example.com>"
        message["Subject"] = "Ukens ledige stillinger i offentlig sektor"
        message["List-Id"] = "Jobbnytt <jobbnytt.news.example.com>"
        message["List-Unsubscribe"] = "<https://news.example.com/unsubscribe>"
        message["Precedence"] = "bulk"
        text = "Her er ukens utvalg av ledige stillinger.\n\n" + mail.record.body
        message.set_content(text, cte="quoted-printable")
        message.add_alternative(_html(text), subtype="html", cte="quoted-printable")
    elif kind == "bounce":
        return _bounce(mail, address)
    elif kind == "no-reply":
        del message["From"], message["Subject"]
        message["From"] = "Jobbportalen <noreply@jobbportal.example.com>"
        message["Subject"] = "Vi har mottatt søknaden din"
        message.set_content(
            f"Hei {name.split()[0]},\n\nTakk for søknaden. Du hører fra oss når fristen er ute.\n",
            cte="quoted-printable",
        )
    return message.as_bytes()


def _bounce(mail: Mail, address: str) -> bytes:
    boundary = f"bounce-{mail.index:06d}"
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
        f"To: {MAILBOX}\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        f"Date: {format_datetime(mail.date)}\n"
        f"Message-ID: {mail.message_id}\n"
        "Return-Path: <>\n"
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\n'
        "\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system. Your message could not be delivered.\n\n"
        f"--{boundary}\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.org\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: 5.1.1\n\n"
        f"--{boundary}--\n"
    ).encode("ascii")


@dataclass
class Corpus:
    """The rendered messages, as Maildir files in one folder, hard-linked into each mailbox."""

    folder: Path
    files: list[Path]
    mails: list[Mail]
    bytes: int
    kinds: Counter

    @property
    def questions(self) -> int:
        """Messages that are not noise: what triage may draft for."""
        return sum(1 for m in self.mails if m.kind not in NOISE)


def write_corpus(folder: Path, mails: list[Mail]) -> Corpus:
    folder.mkdir(parents=True, exist_ok=True)
    owner, group = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
    files, total = [], 0
    for mail in mails:
        raw = render(mail)
        stamp = int(mail.date.timestamp())
        # S= and W= (size with CRLF line ends) as Dovecot's own delivery writes them, so the
        # server need not read a file to answer RFC822.SIZE.
        virtual = len(raw) + raw.count(b"\n")
        name = f"{stamp}.M{mail.index:06d}P1.bench,S={len(raw)},W={virtual}"
        path = folder / name
        path.write_bytes(raw)
        os.chown(path, owner, group)
        os.utime(path, (stamp, stamp))  # INTERNALDATE
        files.append(path)
        total += len(raw)
        if (mail.index + 1) % 2000 == 0:
            progress(f"  rendered {mail.index + 1:,} messages")
    return Corpus(folder, files, mails, total, Counter(m.kind for m in mails))
