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
