"""parse_message: raw bytes to a Question, whatever the mail client did to them."""

from __future__ import annotations

import re

import pytest

from triage.errors import ParseError
from triage.inbound.mime import decode_bytes
from triage.inbound.parse import parse_message, valid_address

QUESTION = "Hei,\n\nHva bør jeg be om i lønn som nyutdannet?"


def mail(*headers: str, body: bytes | str = QUESTION, ctype: str | None = None) -> bytes:
    lines = list(headers)
    if ctype:
        lines.append(f"Content-Type: {ctype}")
    data = body.encode("utf-8") if isinstance(body, str) else body
    return ("\n".join(lines) + "\n\n").encode("utf-8") + data


def parse(raw: bytes):
    return parse_message(raw)[0]


# --- basics ------------------------------------------------------------------------------


def test_plain_bokmal_mail() -> None:
    raw = (
        b"From: Kari Nordmann <kari@example.no>\r\n"
        b"To: karriere@forening.example\r\n"
        b"Subject: =?utf-8?q?L=C3=B8nn_som_nyutdannet?=\r\n"
        b"Message-ID: <q1@example.no>\r\n"
        b"In-Reply-To: <a1@forening.example>\r\n"
        b"References: <a0@forening.example>\r\n <a1@forening.example>\r\n"
        b"Date: Tue, 03 Nov 2026 10:12:00 +0100\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Hei,\r\n\r\nHva b=C3=B8r jeg be om i l=C3=B8nn som nyutdannet?\r\n\r\nMvh\r\nKari\r\n"
    )
    q, msg = parse_message(raw)
    assert q.message_id == "<q1@example.no>"
    assert q.subject == "Lønn som nyutdannet"
    assert (q.sender_name, q.sender_address, q.reply_address) == (
        "Kari Nordmann",
        "kari@example.no",
        "kari@example.no",
    )
    assert q.first_name == "Kari"
    assert q.body == QUESTION + "\n\nMvh\nKari"
    assert q.text == QUESTION
    assert q.lang == "nb"
    assert q.in_reply_to == "<a1@forening.example>"
    assert q.references == ("<a0@forening.example>", "<a1@forening.example>")
    assert q.date == "Tue, 03 Nov 2026 10:12:00 +0100"
    assert msg["Subject"] == "Lønn som nyutdannet"


def test_nynorsk_and_english_get_their_language() -> None:
    nn = parse(
        mail("From: ola@example.no", "Subject: Løn", body="Kva løn bør eg be om? Eg veit ikkje.")
    )
    en = parse(mail("From: j@example.com", "Subject: Salary", body="What salary should I ask for?"))
    assert (nn.lang, en.lang) == ("nn", "en")


def test_missing_message_id_gets_a_stable_derived_one() -> None:
    raw = mail("From: kari@example.no", "Subject: Lønn")
    first, second = parse(raw).message_id, parse(raw).message_id
    assert first == second
    assert re.fullmatch(r"<[0-9a-f]{32}@triage\.invalid>", first)
    assert parse(raw + b"x").message_id != first


def test_missing_from_gives_empty_addresses() -> None:
    q = parse(mail("Subject: Lønn"))
    assert (q.sender_address, q.reply_address, q.first_name) == ("", "", "")


@pytest.mark.parametrize("raw", [b"", b"   \r\n", "ikke bytes"])
def test_nothing_to_parse_is_a_parse_error(raw) -> None:
    with pytest.raises(ParseError):
        parse_message(raw)


def test_parse_error_reason_names_no_content(monkeypatch: pytest.MonkeyPatch) -> None:
    from triage.inbound import parse as parse_module

    def explode(_body: str) -> str:
        raise ValueError("kari@example.no wrote something private")

    monkeypatch.setattr(parse_module.clean, "member_parts", explode)
    with pytest.raises(ParseError) as caught:
        parse_message(mail("From: kari@example.no", "Subject: Lønn"))
    assert str(caught.value) == "unreadable message (ValueError)"


# --- line endings, transfer encodings, charsets --------------------------------------------


def test_cr_only_line_endings() -> None:
    raw = mail("From: Kari Nordmann <kari@example.no>", "Subject: Lønn", body=QUESTION)
    q = parse(raw.replace(b"\n", b"\r"))
    assert (q.subject, q.reply_address, q.text) == ("Lønn", "kari@example.no", QUESTION)


def test_crlf_line_endings() -> None:
    q = parse(mail("From: kari@example.no", "Subject: Lønn").replace(b"\n", b"\r\n"))
    assert q.text == QUESTION and "\r" not in q.body


def test_base64_body() -> None:
    import base64

    raw = mail(
        "From: kari@example.no",
        "Content-Transfer-Encoding: base64",
        ctype="text/plain; charset=utf-8",
        body=base64.encodebytes(QUESTION.encode()),
    )
    assert parse(raw).text == QUESTION


def test_broken_base64_does_not_raise() -> None:
    raw = mail(
        "From: kari@example.no",
        "Content-Transfer-Encoding: base64",
        ctype="text/plain; charset=utf-8",
        body=b"SGVp!!!@@@ not base64 at all ===",
    )
    parse(raw)


@pytest.mark.parametrize(
    ("ctype", "body"),
    [
        ("text/plain; charset=iso-8859-1", QUESTION.encode("latin-1")),
        ("text/plain; charset=windows-1252", QUESTION.encode("cp1252")),
        ("text/plain", QUESTION.encode("utf-8")),  # undeclared 8-bit UTF-8
        ("text/plain", QUESTION.encode("cp1252")),  # undeclared cp1252
        ("text/plain; charset=us-ascii", QUESTION.encode("utf-8")),  # mislabelled
        ("text/plain; charset=iso-8859-1", QUESTION.encode("utf-8")),  # mislabelled
        ("text/plain; charset=utf-8", QUESTION.encode("latin-1")),  # mislabelled
        ("text/plain; charset=x-no-such-charset", QUESTION.encode("utf-8")),
        ("text/plain; charset=unknown-8bit", QUESTION.encode("latin-1")),
        ('text/plain; charset="UTF-8"', QUESTION.encode("utf-8")),
    ],
)
def test_charsets_declared_undeclared_and_mislabelled(ctype: str, body: bytes) -> None:
    assert parse(mail("From: kari@example.no", ctype=ctype, body=body)).text == QUESTION


def test_decode_bytes_last_resort_never_fails() -> None:
    assert decode_bytes(bytes(range(256)), "utf-8")
    assert decode_bytes(b"\x81\x8d\x8f\x90\x9d", None) == "\x81\x8d\x8f\x90\x9d"


# --- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?utf-8?q?S=C3=B8knad_og_l=C3=B8nn?=", "Søknad og lønn"),
        ("=?UTF-8?B?U8O4a25hZCBvZyBsw7hubg==?=", "Søknad og lønn"),
        ("=?iso-8859-1?q?S=F8knad?= og =?iso-8859-1?q?l=F8nn?=", "Søknad og lønn"),
        ("=?utf-8?q?S=C3=B8knad", "=?utf-8?q?S=C3=B8knad"),  # unterminated: kept as is
        ("=?x-unknown?q?S=F8knad?=", None),  # unknown charset: any text, no crash
        ("=?utf-8?b?!!!notbase64?=", None),
    ],
)
def test_rfc2047_subjects(header: str, expected: str | None) -> None:
    q = parse(mail("From: kari@example.no", f"Subject: {header}"))
    if expected is not None:
        assert q.subject == expected
    assert "\n" not in q.subject and "\r" not in q.subject


def test_raw_8bit_utf8_headers() -> None:
    raw = "From: Åse Ødegård <ase@example.no>\nSubject: Spørsmål om lønn\n\nHei".encode()
    q = parse(raw)
    assert (q.subject, q.sender_name, q.first_name) == ("Spørsmål om lønn", "Åse Ødegård", "Åse")


def test_raw_8bit_latin1_headers() -> None:
    raw = "From: Åse Ødegård <ase@example.no>\nSubject: Spørsmål\n\nHei".encode("latin-1")
    q = parse(raw)
    assert (q.subject, q.sender_name) == ("Spørsmål", "Åse Ødegård")


def test_encoded_crlf_cannot_inject_headers_or_addresses() -> None:
    raw = mail(
        "From: =?utf-8?q?Kari=0D=0ABcc:_evil@attacker.example?= <kari@example.no>",
        "Subject: =?utf-8?q?L=C3=B8nn=0D=0ABcc:_evil@attacker.example?=",
        "Reply-To: =?utf-8?q?x=0ATo:_y@attacker.example?= <kari@example.no>",
    )
    q = parse(raw)
    assert q.sender_address == q.reply_address == "kari@example.no"
    for value in (q.subject, q.sender_name, q.first_name, q.date, q.message_id):
        assert "\r" not in value and "\n" not in value
    assert q.subject == "Lønn Bcc: evil@attacker.example"


def test_folded_and_broken_headers() -> None:
    raw = (
        b"From: Kari\r\n Nordmann <kari@example.no>\r\n"
        b"Subject: a very\r\n\tlong subject\r\n"
        b"X-Broken-Header-Without-Colon\r\n"
        b"Date: not a date\r\n\r\nHei"
    )
    q = parse(raw)
    assert q.subject == "a very long subject"
    assert q.reply_address == "kari@example.no"


# --- reply address ---------------------------------------------------------------------------


def test_reply_to_wins() -> None:
    q = parse(mail("From: Kari <kari@jobb.example>", "Reply-To: Kari Nordmann <kari@example.no>"))
    assert q.reply_address == "kari@example.no"
    assert q.sender_address == "kari@jobb.example"


def test_invalid_reply_to_falls_back_to_from() -> None:
    q = parse(mail("From: Kari <kari@example.no>", "Reply-To: kari"))
    assert q.reply_address == "kari@example.no"


def test_reply_to_with_two_addresses_takes_one() -> None:
    q = parse(mail("From: kari@example.no", "Reply-To: a@example.no, b@example.no"))
    assert q.reply_address == "a@example.no"


def test_display_name_that_looks_like_an_address() -> None:
    q = parse(mail("From: kari.n@example <kari.n@example.no>"))
    assert q.reply_address == "kari.n@example.no"
    assert q.first_name == ""


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("kari@example.no", True),
        ("kari.nordmann+cv@sub.example.no", True),
        ("kari@localhost", False),
        ("kari", False),
        ("kari@@example.no", False),
        ("a@b.no, c@d.no", False),
        ("kari@example.no\r\nBcc: x@y.no", False),
        ("kari@example..no", False),
        ("kari@.example.no", False),
        ("", False),
    ],
)
def test_valid_address(address: str, ok: bool) -> None:
    assert valid_address(address) is ok


@pytest.mark.parametrize(
    ("label", "sender"),
    [
        ("E-post", "Nettskjema <noreply@forening.example>"),
        ("Epost", "WordPress <wordpress@forening.example>"),
        ("Email", "Contact form <no-reply@forening.example>"),
        ("E-postadresse", "skjema@forening.example"),
    ],
)
def test_contact_form_answers_the_address_in_the_body(label: str, sender: str) -> None:
    body = (
        f"Navn: Ola Nordmann\n{label}: ola@example.no\nTelefon: 99887766\n"
        "Melding: Hvordan forbereder jeg meg til intervju i staten?\n"
    )
    q = parse(mail(f"From: {sender}", "Subject: Nytt skjema", body=body))
    assert q.reply_address == "ola@example.no"
    assert q.first_name == "Ola"
    assert q.text == "Hvordan forbereder jeg meg til intervju i staten?"
    assert "Navn:" in q.body  # the body itself is kept whole


def test_contact_form_with_reply_to_set_by_the_form() -> None:
    body = "Navn: Ola Nordmann\nE-post: ola@example.no\nMelding: Hva med lønn?\n"
    q = parse(mail("From: noreply@forening.example", "Reply-To: ola@example.no", body=body))
    assert (q.reply_address, q.first_name) == ("ola@example.no", "Ola")


def test_person_who_writes_email_line_is_not_a_form() -> None:
    body = "Hei,\nE-post: annen@example.no\nKan dere svare på denne adressen?"
    q = parse(mail("From: Kari Nordmann <kari@example.no>", body=body))
    assert q.reply_address == "kari@example.no"


# --- first names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "body", "first"),
    [
        ("Kari Nordmann <kari@example.no>", QUESTION, "Kari"),
        ('"Nordmann, Kari" <kn@example.no>', QUESTION, "Kari"),
        ("KARI NORDMANN <kn@example.no>", QUESTION, "Kari"),
        ("kari nordmann <kn@example.no>", QUESTION, "Kari"),
        ("Anne-Marie Hansen <amh@example.no>", QUESTION, "Anne-Marie"),
        ("Kari Nordmann (Student) <kn@example.no>", QUESTION, "Kari"),
        ("Nordmann Kari <kn@example.no>", QUESTION + "\n\nMvh\nKari", "Kari"),
        ("=?utf-8?q?=C3=85se_Berg?= <ase@example.no>", QUESTION, "Åse"),
        # Letters beyond the Nordic ones: members from everywhere.
        ("=?utf-8?q?Zo=C3=AB_Hartmann?= <zoe@example.net>", QUESTION, "Zoë"),
        ("=?utf-8?q?=C5=81ukasz_Nowak?= <ln@example.net>", QUESTION, "Łukasz"),
        ("=?utf-8?q?Ji=C5=99=C3=AD_Dvo=C5=99=C3=A1k?= <jd@example.net>", QUESTION, "Jiří"),
        ("kn@example.no", QUESTION + "\n\nBest regards,\nZoë", "Zoë"),
        ("kn@example.no", QUESTION + "\n\nMvh\nKari", "Kari"),
        ("kn@example.no", QUESTION + "\n\nHilsen Ola N.", "Ola"),
        ("kn@example.no", QUESTION + "\n\nMed vennlig hilsen\nKari Nordmann\nRådgiver", "Kari"),
        ("kn@example.no", QUESTION + "\n\nBest regards,\nJohn Smith", "John"),
        ("kn@example.no", QUESTION, ""),
        ("Info <info@firma.example>", QUESTION, ""),
        ("Post <post@firma.example>", QUESTION, ""),
        ("Noreply <noreply@firma.example>", QUESTION, ""),
        ("Postmottak <postmottak@kommune.example>", QUESTION, ""),
        ("kari.nordmann <kari.nordmann@example.no>", QUESTION, ""),
        ("kari <kari@example.no>", QUESTION, ""),
        ("Firma AS <post@firma.example>", QUESTION, ""),
        ("kn@example.no", QUESTION + "\n\nTakk for svar\nJeg lurer også", ""),
        ("kn@example.no", QUESTION + "\n\nMvh\n\n> Hei Kari", ""),
    ],
)
def test_first_name(sender: str, body: str, first: str) -> None:
    assert parse(mail(f"From: {sender}", body=body)).first_name == first


# --- MIME structure ------------------------------------------------------------------------------


def test_html_only_mail_becomes_text() -> None:
    html = (
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head>"
        "<body><p>Hi,</p><p>How should I prepare for the <b>interview</b>?</p>"
        "<img src='https://tracker.example/p.gif'></body></html>"
    )
    q = parse(
        mail("From: John Smith <john@example.com>", ctype="text/html; charset=utf-8", body=html)
    )
    assert q.text == "Hi,\n\nHow should I prepare for the interview?"
    assert "<" not in q.body and "alert" not in q.body and "color" not in q.body
    assert q.lang == "en"


def test_broken_html_does_not_raise() -> None:
    for html in ("<html><body><p>Hei<div></span></table>", "<", "<!-- -->", "<?xml ?>"):
        parse(mail("From: kari@example.no", ctype="text/html", body=html))


def test_alternative_prefers_plain_and_lists_attachment_names_only() -> None:
    raw = (
        b"From: Kari Nordmann <kari@example.no>\n"
        b"Subject: CV\n"
        b'Content-Type: multipart/mixed; boundary="outer"\n\n'
        b"--outer\n"
        b'Content-Type: multipart/alternative; boundary="inner"\n\n'
        b"--inner\nContent-Type: text/plain; charset=utf-8\n\nKan dere se p\xc3\xa5 CV-en min?\n"
        b"--inner\nContent-Type: text/html; charset=utf-8\n\n<p>HTML-versjonen</p>\n"
        b"--inner--\n"
        b"--outer\n"
        b"Content-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\n"
        b"Content-Disposition: attachment; filename*=utf-8''CV%20Kari%20N%C3%B8rdmann.pdf\n\n"
        b"this is not base64 and is never decoded !!!\n"
        b"--outer\n"
        b'Content-Type: text/plain; name="notat.txt"\n'
        b"Content-Disposition: attachment\n\n"
        b"Et vedlegg, ikke selve sp\xc3\xb8rsm\xc3\xa5let.\n"
        b"--outer--\n"
    )
    q = parse(raw)
    assert q.text == "Kan dere se på CV-en min?"
    assert q.attachments == ("CV Kari Nørdmann.pdf", "notat.txt")


def test_nested_message_rfc822() -> None:
    raw = (
        b"From: Kari Nordmann <kari@example.no>\n"
        b"Subject: Fwd: svar fra arbeidsgiver\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Se videresendt melding. Hva betyr dette?\n"
        b"--b\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n"
        b"From: hr@arbeidsgiver.example\nSubject: Intervju\n"
        b"Content-Type: text/plain\n\nVi vil gjerne invitere deg.\n"
        b"--b--\n"
    )
    q = parse(raw)
    assert q.text == "Se videresendt melding. Hva betyr dette?"
    assert q.reply_address == "kari@example.no"


def test_message_that_is_only_an_attached_message() -> None:
    raw = (
        b"From: kari@example.no\nContent-Type: message/rfc822\n\n"
        b"From: hr@arbeidsgiver.example\nSubject: Intervju\n\nVi vil gjerne invitere deg.\n"
    )
    q = parse(raw)
    assert (q.reply_address, q.text) == ("kari@example.no", "Vi vil gjerne invitere deg.")


def test_empty_plain_part_beside_html_takes_the_html() -> None:
    raw = (
        b"From: kari@example.no\n"
        b'Content-Type: multipart/alternative; boundary="a"\n\n'
        b"--a\nContent-Type: text/plain\n\n \n"
        b"--a\nContent-Type: text/html; charset=utf-8\n\n<p>Hva med l\xc3\xb8nn?</p>\n"
        b"--a--\n"
    )
    assert parse(raw).text == "Hva med lønn?"


def test_multipart_without_boundary_and_missing_end() -> None:
    for ctype in ("multipart/mixed", 'multipart/mixed; boundary="never-closed"'):
        body = "--never-closed\nContent-Type: text/plain\n\nHei, hva med lønn?\n"
        q = parse(mail("From: kari@example.no", ctype=ctype, body=body))
        assert "\r" not in q.subject


def test_deeply_nested_multipart_is_a_parse_error_or_a_question() -> None:
    depth = 400
    head = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth)
    )
    raw = ("From: kari@example.no\n" + head + "Content-Type: text/plain\n\nHei\n").encode()
    try:
        parse_message(raw)
    except ParseError as exc:
        assert "@" not in str(exc)


def test_contact_form_with_header_like_fields_keeps_the_question() -> None:
    raw = (
        b"From: Nettskjema <skjema@example.org>\nTo: karriere@example.org\n"
        b"Subject: Ny henvendelse\nMessage-ID: <form-fields@example.org>\n"
        b"Date: Mon, 2 Nov 2026 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Skjema: Kontakt karriere\nFra: Per Hansen\nTil: Karriereradgivningen\n"
        b"E-post: per@example.net\nEmne: Lonn\nDato: 02.11.2026\nMelding:\n"
        b"Hei, jeg har fatt et tilbud. Hva bor jeg be om i lonn?\n"
    )
    question, _ = parse_message(raw)
    assert question.text.endswith("Hva bor jeg be om i lonn?")
    assert "per@example.net" not in question.text
    assert question.reply_address == "per@example.net"
