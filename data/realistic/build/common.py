"""Helper for the hand-written validation mails (written for this project)."""


def m(label, lang, kind, subject, body, sec=None):
    return {
        "subject": subject,
        "body": body.strip("\n"),
        "label": label,
        "secondary": sec,
        "lang": lang,
        "kind": kind,
    }
