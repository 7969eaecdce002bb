"""Career-mailbox triage: classify members' questions and draft replies for counsellors."""

__version__ = "0.1.0"
