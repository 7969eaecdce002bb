"""The IMAP layer against the real Dovecot: folders found, made when missing, read unread."""

from __future__ import annotations

from triage.mailbox import imap


def test_a_missing_special_folder_is_created_once(box):
    settings = box.settings()
    with imap.connect(settings.imap) as mailbox:
        # No folder carries this (made-up) SPECIAL-USE flag, nor a popular name for it.
        assert mailbox.special_folder(b"\\Kladd", "", "Kladd") == "Kladd"
        assert mailbox.client.folder_exists("Kladd")
    with imap.connect(settings.imap) as mailbox:
        assert mailbox.special_folder(b"\\Kladd", "", "Kladd") == "Kladd"


def test_the_drafts_folder_is_found_by_special_use_or_taken_from_the_settings(box):
    settings = box.settings()
    with imap.connect(settings.imap) as mailbox:
        assert mailbox.special_folder(imap.DRAFTS_FLAG, "", "X") == "Drafts"
        assert mailbox.special_folder(imap.DRAFTS_FLAG, "Utkast", "X") == "Utkast"


def test_a_stored_message_id_with_a_leading_space_is_searched_without_it(box):
    """Drafts recorded before the reply carried its own Message-ID could be stored as " <id>"
    (a long header read back). The search key goes without the space: asked of the real
    Dovecot, and the key itself checked, since Dovecot would find " <id>" too."""
    from datetime import UTC, datetime
    from email.message import EmailMessage

    draft = EmailMessage()
    draft["Message-ID"] = "<triage-0123@karriereradgivning.fagforbundet.no>"
    draft.set_content("Hei")
    settings = box.settings()
    with imap.connect(settings.imap) as mailbox:
        mailbox.append_drafts("Drafts", [(bytes(draft), datetime.now(UTC))])
        keys = []
        search = mailbox.client.search
        mailbox.client.search = lambda criteria: keys.append(criteria) or search(criteria)
        found = mailbox.message_ids("Drafts", " " + draft["Message-ID"])
    assert len(found) == 1
    assert keys == [["HEADER", "Message-ID", draft["Message-ID"]]]


def test_fetched_mail_is_not_formatted_for_imaplibs_protocol_log(box):
    """imapclient turns imaplib's protocol log on at its highest level; imaplib then formats
    every fetched mail whole as text for a debug message, half the CPU of fetching. A
    connection made by triage has it off: nothing reaches imaplib's log while mail is read."""
    body = "Hei! Jeg lurer på lønnssamtalen. " * 200
    box.deliver(f"From: a@b.example\r\nSubject: x\r\n\r\n{body}\r\n".encode())
    logged: list[str] = []
    settings = box.settings()
    with imap.connect(settings.imap) as mailbox:
        # imapclient sends imaplib's log messages to a logger; here they are kept instead.
        mailbox.client._imap._mesg = lambda text, secs=None: logged.append(text)
        mailbox.select(settings.imap.mailbox)
        uids = mailbox.uids_after(0)
        batches = list(mailbox.fetch_batches(uids, 10, 10_000_000))
    assert [len(m.raw) > len(body) for batch in batches for m in batch] == [True]
    assert logged == []
