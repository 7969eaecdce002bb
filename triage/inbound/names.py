"""Who wrote, as far as a mail tells: the member's first name and what a web form filled in.

A reply greets the member by first name, so the name must be right or absent: a wrong name
is worse than none. Mail sent through a contact form comes from the form's machine address;
the member's own address and name are then fields in the body.
"""

from __future__ import annotations

import re

from triage.inbound.mime import one_line_without_controls


def _word_set(words: str) -> frozenset[str]:
    # A string split into words reads better than a long list literal (ruff's SIM905).
    return frozenset(words.split())


# Senders that stand for a web form or a machine rather than a person.
_FORM_SENDER = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|ikke-?svar|nettskjema|skjema|forms?\b|wordpress|"
    r"webmaster|website|nettside|www|web@|contact-?form|kontaktskjema",
    re.IGNORECASE,
)
_FORM_ADDRESS_LINE = re.compile(
    r"^[ \t*]*(?:e-?post(?:adresse)?|e-?mail(?: address)?|epost|mail)[ \t*]*:[ \t]*"
    r"<?(?:mailto:)?([^\s<>]+@[^\s<>]+?)>?[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORM_NAME_LINE = re.compile(
    r"^[ \t*]*(?:navn|namn|fullt navn|fornavn|førenamn|name|full name|first name)[ \t*]*:"
    r"[ \t]*(.+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Form fields that say who wrote, not what they asked; the label of the message field goes too.
_FORM_FIELD_LINE = re.compile(
    r"^[ \t*]*(?:navn|namn|fullt navn|fornavn|etternavn|name|full name|first name|last name|"
    r"e-?post(?:adresse)?|e-?mail(?: address)?|epost|telefon|tlf|mobil|phone|"
    r"medlemsnummer|member number|"
    # Header-like fields a form adds; left in, they read as a quoted reply's header and the
    # member's question would be cut away with it.
    r"fra|from|til|to|dato|date|sendt|sent|skjema|form|side|page)[ \t*]*:.*$\n?",
    re.IGNORECASE | re.MULTILINE,
)
_FORM_MESSAGE_LABEL = re.compile(
    r"^[ \t*]*(?:melding|spørsmål|emne|message|question|subject)[ \t*]*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNOFF = re.compile(
    r"^[ \t]*(?:med )?(?:vennlig|vennleg|venleg|beste|varm)?[ \t]*(?:hilsen|helsing|hilsing)"
    r"|^[ \t]*(?:mvh|vh|best regards|kind regards|regards|best wishes|many thanks|thanks|"
    r"cheers|takk)\b",
    re.IGNORECASE,
)


def _name_word(word: str) -> bool:
    """A capitalised word of letters ("Kari", "Zoë", "Łukasz"), or two joined by a hyphen
    ("Ole-Martin"): letters of any alphabet, as Unicode says, not a list of them."""
    pieces = word.split("-")
    return len(pieces) <= 2 and all(
        len(piece) >= 2 and piece[0].isupper() and piece[1:].isalpha() and piece[1:].islower()
        for piece in pieces
    )


# Words that show up as display names but are not people, and organisation suffixes.
_NOT_NAMES = _word_set(
    """info post postmottak postmaster noreply no-reply admin administrator kontakt contact
    support team hr jobb jobs job karriere career careers mail email e-post epost webmaster
    nav service kundeservice office sales salg firmapost mailer-daemon daemon system
    microsoft outlook gmail google mail delivery subsystem undeliverable auto automatic
    hei hi hello dear kjære mvh hilsen helsing regards thanks takk bedrift kommune
    universitetet universitet høgskolen skole sekretariat resepsjon redaksjon styret
    student studenter medlem medlemsservice forening foreningen jeg eg vi du de det den
    dette hva kva hvordan korleis kan og men the we you it this"""
)
_NAME_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
_QUOTE_START = re.compile(
    r"\b(?:skrev|skreiv|wrote)\b.*:$|^\*?(?:fra|frå|from|von|från)\*?:|^-{3,}|^_{5,}", re.IGNORECASE
)
_ORG_WORDS = _word_set("as asa ab ltd inc gmbh llc sa ans da ba nuf kf iks")


def is_form_sender(text: str) -> bool:
    """Whether an address or display name stands for a web form or a machine."""
    return bool(_FORM_SENDER.search(text))


def contact_form(from_form: bool, body: str) -> tuple[str, str]:
    """(address, name) a web form put in the body, or ("", "") when this is no form mail.

    The address comes as the form wrote it: the caller checks that it is a usable one.
    """
    if not from_form:
        return "", ""
    name = _FORM_NAME_LINE.search(body)
    form_name = name.group(1) if name else ""
    match = _FORM_ADDRESS_LINE.search(body)
    return (match.group(1) if match else ""), form_name


def without_form_fields(body: str) -> str:
    """A form mail's body without the fields that say who wrote, and without the label of
    the message field, so only the member's question is left."""
    return _FORM_MESSAGE_LABEL.sub("", _FORM_FIELD_LINE.sub("", body))


def first_name(display: str, address: str, body: str) -> str:
    """The member's first name, or "" when unsure (a wrong name is worse than none)."""
    local = address.split("@")[0].lower() if address else ""
    tokens = _name_tokens(display, local, fix_case=True)
    signed = _signed_name(body)
    if tokens:
        # "Nordmann Kari" without a comma: the signature says which one is the first name.
        if signed and signed in tokens:
            return signed
        return tokens[0]
    return signed


def _name_tokens(display: str, local: str, fix_case: bool = False) -> list[str]:
    """The words of a person's name, or [] when the text does not look like one."""
    display = _NAME_NOISE.sub(" ", one_line_without_controls(display))
    display = re.split(r"\s[|/–-]\s", display)[0].strip("\"' ")
    if not display or "@" in display or display.lower() == local:
        return []
    if display.count(",") == 1:  # "Nordmann, Kari"
        last, first = display.split(",")
        display = f"{first} {last}"
    words = display.replace(".", ". ").split()
    if any(word.lower().strip(".") in _ORG_WORDS for word in words):
        return []
    tokens = []
    for word in words:
        word = word.strip("()[]'\"")
        if len(word.rstrip(".")) == 1 and word[:1].isupper():  # an initial: "Ola N."
            continue
        if fix_case and (word.isupper() or word.islower()):
            word = "-".join(piece.capitalize() for piece in word.split("-"))
        if not _name_word(word) or word.lower() in _NOT_NAMES:
            return []
        tokens.append(word)
    return tokens


def _signed_name(body: str) -> str:
    """A first name from a sign-off in the member's part: "Mvh\\nKari", "Hilsen Ola N."."""
    lines = []
    for line in body[:5000].split("\n"):
        line = line.strip()
        if line.startswith(">") or _QUOTE_START.search(line):
            break  # what follows is someone else's mail
        lines.append(line)
    for index, line in enumerate(lines):
        match = _SIGNOFF.match(line)
        if not match:
            continue
        rest = line[match.end() :].strip(" ,.!:-")
        candidate = rest or next((nxt for nxt in lines[index + 1 : index + 3] if nxt), "")
        tokens = _name_tokens(candidate.strip(" ,.!-"), "")
        if 1 <= len(tokens) <= 3:
            return tokens[0]
    return ""
