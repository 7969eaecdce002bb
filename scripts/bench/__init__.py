"""Benchmark the triage pass on a private Dovecot against the plainest script doing the same IMAP.

    python scripts/bench.py [--n 10000] [--json out.json] [--quick]
                            [--seed-method maildir|append] [--model models/topic.joblib]
    python scripts/bench.py --against DIR [--rounds 2] [--n 10000] [--json out.json]
                            [--delay-ms 10]

The second form times only the backlog pass, this checkout and the triage package in DIR
taking turns (bench.compare): a change's effect, measured with less noise than two whole runs;
with ``--delay-ms``, both reach the server through a proxy adding that much each way
(``delay_proxy``: a server farther away than loopback).

One run measures everything, the baseline included, and prints a table and then JSON (figure,
target, pass/fail per line); ``--json`` also writes the JSON to a file. Progress goes to
stderr. The lines:

1. baseline: batched ``UID FETCH … BODY.PEEK[]`` of every message, and as many copies of one
   real draft (of the mean size) as triage made drafts, appended batch by batch with
   MULTIAPPEND as triage does, into a second mailbox with the same mail; and, for
   comparison only (1b, 2b), the same script with imaplib's protocol log off as triage has
   it: imapclient turns that log on, and imaplib then formats each fetched mail as text;
2. ``triage run`` over the whole backlog in a fresh process with a fresh state store, and
   its time relative to the baseline's;
3. idle passes (no new mail) on a 1,000- and an N-message mailbox, process start-up included;
4. peak RSS of the backlog passes (N and 1,000 messages);
5. the classifier: model load time in a fresh process, batch prediction rate;
6. the review page with 1,000 drafts waiting: server time per request;
7. ``triage worker``: seconds from APPEND of a question to its draft in Drafts.

The benchmark is not a test: nothing here asserts, a missed target is a FAIL line in the
table. The mail is generated from data/*.jsonl with made-up senders, ~5 % noise, a few
5-25 MB attachments and a mix of charsets and transfer encodings, rendered once into Maildir
files that are hard-linked into each mailbox's new/ folder (MULTIAPPEND in chunks is the
other ``--seed-method``: 25 times slower at 10,000 messages). Needs root, like the tests'
Dovecot: the files belong to the user nobody.

The code: ``mailgen`` (the generated mail), ``mailboxes`` (the private Dovecot's users and
settings files), ``baseline`` (the plain IMAP script), ``triage_runs`` (triage in fresh
processes), ``measure`` (every measurement, in order), ``report`` (the figures and the
table), ``__main__`` (the command line, run by ``scripts/bench.py``). Beside it:
``first_contact`` (``scripts/bench_first_contact.py``) and ``append_load``
(``scripts/bench_append_load.py``: how CPU work beside Dovecot slows its APPEND).
"""
