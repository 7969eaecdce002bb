"""The argument parser of `triage`: every subcommand with its flags, help line and description."""

from __future__ import annotations

import argparse
from pathlib import Path

from triage import __version__

# What each subcommand's --help page says under its usage line.
DESCRIPTIONS = {
    # Wrapped by hand: the page keeps its line breaks, for the table of exit codes below it.
    "run": """\
One pass over the mail that arrived since the last one: each question gets a topic,
a reply draft in the Drafts folder where the model is sure, and a keyword on the
original; everything is recorded in the state store. Prints one summary line, or
nothing when there was no new mail (so cron stays quiet). When another pass is still
running, this one exits at once.

The first pass over a folder the store has never seen reads only the mail of the last
[imap] first_pass_days days; mail flagged Answered, or answered in Sent, gets no draft.
With [replies] mode = "shadow" nothing is put in the mailbox: drafts wait on the review
page only. --dry-run prints what a pass would do to each message (UID, date, language,
topic, confidence, draft or not, the situations the draft answers, and why) and changes
nothing, in the mailbox or the state store.""",
    "worker": "Run a pass every [worker] interval_seconds, and at once when IMAP IDLE announces"
    " new mail, until SIGTERM or SIGINT (the batch in hand is finished first). An unreachable"
    " server is retried with backoff and reported once, not on every attempt.",
    "classify": 'Read JSON lines {"id", "subject", "body"} from stdin and write one JSON line'
    ' per input line to stdout: {"id", "topic", "confidence", "topics", "lang", "situations",'
    ' "sector"}, topic "other" where the model is not sure (then no situations: no draft).'
    ' A line that cannot be read gets {"id", "error"} and the exit status is 1. Nothing is'
    " stored and no mailbox is read.",
    "queue": "List the questions that wait for a counsellor, in the review page's order: mail"
    " that needs care first, then the soonest due date, then the oldest. Those with a draft in"
    " the Drafts folder, those left to a counsellor and those that need care. --json prints"
    ' them as a JSON array for other tools, each with "priority" (care, due or normal) and'
    ' "due" (an ISO date or null).',
    "status": "How many messages need care, were drafted, sent, kept, rejected, answered"
    " elsewhere, skipped or set aside; how many waiting ones are due within 48 hours (and past"
    " their due date); how many old messages the first pass over a folder left alone; when the"
    " last pass ran and whether it failed; which model is in use; the last messages set aside;"
    " whether every reply template renders (exit status 2 and the file and line when one does"
    " not); when texts were last purged."
    " --json adds the weekly figures of the statistics page's operations view, for monitoring.",
    "train": "Train the topic model on the labelled mail in [train] data (or --data) and the"
    " topics counsellors chose, evaluate it on a fixed test split, and replace the current model"
    " only when the new one is not worse (unless --force). Writes the model, its card"
    " (topic.json) and a report page (topic-report.html). Then trains the situation model"
    " (situations.joblib and situations.json beside the topic model) for the topic model in"
    " place; --situations-only does only that.",
    "review": "Serve the review page, where counsellors read a question beside its draft, edit"
    " it, and send, keep or reject it. Listens on [review] host and port unless given here.",
    "users": "Add, list or remove the counsellor accounts that log in to the review page; `add`"
    " asks for the password (for an existing name: a new password, which ends their sessions)."
    " --display-name sets the name that signs the replies the counsellor sends from the review"
    ' page (e.g. --display-name "Kari Nordmann"). `logout NAME` ends every review-page session'
    " of NAME at once.",
    "purge": "Anonymise handled mail last touched over DAYS ago: its subject, names, address"
    " and texts, and the replies counsellors sent, are deleted from the store; statuses, topics"
    " and dates stay, so counts and statistics do. Questions still waiting for a counsellor are"
    " kept until handled. Waits for a running pass to finish.",
    "forget": "Anonymise every stored message from ADDRESS, take their waiting questions out of"
    " the queue, delete their drafts from the Drafts folder, and cut the address out of anyone"
    " else's stored mail. Their mail and the replies already sent stay in the mailbox. Waits"
    " for a running pass to finish.",
    "demo": "Start a private Dovecot on 127.0.0.1 with about 35 demo messages, run one pass over"
    " them, and show the drafts it made and what waits for a counsellor. Needs no account and"
    " no settings file; everything it writes is removed afterwards (unless --keep).",
}

RUN_EXIT_CODES = """\
exit status:
  0  all fine (also when there was no new mail, or another pass was still running)
  1  some messages were set aside because they could not be read (listed on stderr)
  2  configuration or usage error (also: a model, template or state store that cannot be used)
  3  mailbox unreachable or login refused (also: the server refused an operation)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triage",
        description="Triage a career-counselling mailbox: topic, draft reply, counsellor review.",
    )
    parser.add_argument("--version", action="version", version=f"triage {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", type=Path, default=Path("settings.toml"),
        help="settings file (default: ./settings.toml)",
    )  # fmt: skip
    common.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    common.add_argument("-v", "--verbose", action="store_true", help="log each message's outcome")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, **kwargs: object) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, parents=[common], help=summary, description=DESCRIPTIONS[name], **kwargs
        )

    p = command("run", "one pass over new mail, then exit (for cron)", epilog=RUN_EXIT_CODES,
                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="show what a pass would do")
    command("worker", "run passes on a schedule until SIGTERM/SIGINT")
    p = command("classify", "classify JSON lines from stdin")
    p.add_argument("--jsonl", action="store_true", required=True, help="JSON lines in and out")
    p = command("queue", "what awaits a counsellor")
    p.add_argument("--json", action="store_true", help="as a JSON array")
    p = command("status", "counts by outcome, need care, due within 48 h, last pass, model")
    p.add_argument("--json", action="store_true", help="as JSON, with the weekly figures")
    _train_arguments(command("train", "retrain the topic and situation models"))
    p = command("review", "serve the counsellors' review page")
    p.add_argument("--host", help="address to listen on (default from settings: 127.0.0.1)")
    p.add_argument("--port", type=int, help="port to listen on")
    p = command("users", "manage counsellor accounts")
    p.add_argument(
        "action",
        choices=["add", "list", "remove", "logout"],
        help="add (or change the password), list, remove, or sign out everywhere",
    )
    p.add_argument("name", nargs="?", help="the counsellor's user name")
    p.add_argument("--display-name", dest="display_name", metavar="NAME",
                   help="with add: the name that signs this counsellor's replies")  # fmt: skip
    p = command(
        "purge", "delete stored mail texts and drafts of handled mail older than DAYS (counts stay)"
    )
    p.add_argument("--older-than", type=int, required=True, metavar="DAYS", dest="older_than",
                   help="days since anything last happened to a message")  # fmt: skip
    p = command("forget", "delete one person's data wherever triage stored it")
    p.add_argument("address", help="the person's e-mail address")
    p.add_argument(
        "--store-only", action="store_true", help="leave the mailbox alone (drafts stay there)"
    )
    p = command("demo", "start a local demo mailbox, run one pass, show drafts")
    p.add_argument("--keep", action="store_true", help="keep the demo server running")
    return parser


def _train_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, help="a labelled CSV (text,label) or JSON lines file")
    p.add_argument("--test", type=Path, help="test split for --data")
    p.add_argument("--val", type=Path, help="validation split for --data")
    p.add_argument("--oos-label", help="label of out-of-scope examples (never trained on)")
    p.add_argument("--force", action="store_true", help="replace the model even if it is worse")
    p.add_argument("--dry-run", action="store_true", help="evaluate only; write nothing")
    p.add_argument("--situations-only", action="store_true", dest="situations_only",
                   help="retrain only the situation model, for the topic model now")  # fmt: skip
