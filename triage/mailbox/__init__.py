"""Talking to mail servers, and nothing else: IMAP, SMTP, and where passwords come from."""
