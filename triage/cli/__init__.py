"""The `triage` command. Library errors become one line on stderr and an exit status here."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from triage import __version__
from triage.config import Settings, load_settings
from triage.errors import EXIT_CONFIG, EXIT_OK, EXIT_SET_ASIDE, TriageError

COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {}


def command(name: str) -> Callable:
    def register(func: Callable[[argparse.Namespace, Settings], int]) -> Callable:
        COMMANDS[name] = func
        return func

    return register


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

    sub.add_parser("run", parents=[common], help="one pass over new mail, then exit (for cron)")
    sub.add_parser("worker", parents=[common], help="run passes on a schedule until SIGTERM/SIGINT")
    p = sub.add_parser("classify", parents=[common], help="classify JSON lines from stdin")
    p.add_argument("--jsonl", action="store_true", required=True, help="JSON lines in and out")
    p = sub.add_parser("queue", parents=[common], help="what awaits a counsellor")
    p.add_argument("--json", action="store_true", help="as a JSON array")
    sub.add_parser("status", parents=[common], help="counts by outcome, last pass, model")
    p = sub.add_parser("train", parents=[common], help="retrain the topic model")
    p.add_argument("--data", type=Path, help="a labelled CSV (text,label) or JSON lines file")
    p.add_argument("--test", type=Path, help="test split for --data")
    p.add_argument("--val", type=Path, help="validation split for --data")
    p.add_argument("--oos-label", help="label of out-of-scope examples (never trained on)")
    p.add_argument("--force", action="store_true", help="replace the model even if it is worse")
    p.add_argument("--dry-run", action="store_true", help="evaluate only; write nothing")
    p = sub.add_parser("review", parents=[common], help="serve the counsellors' review page")
    p.add_argument("--host", help="address to listen on (default from settings: 127.0.0.1)")
    p.add_argument("--port", type=int, help="port to listen on")
    p = sub.add_parser("users", parents=[common], help="manage counsellor accounts")
    p.add_argument("action", choices=["add", "list", "remove"])
    p.add_argument("name", nargs="?")
    p = sub.add_parser(
        "purge", parents=[common],
        help="delete stored mail texts and drafts of handled mail older than DAYS (counts stay)",
    )  # fmt: skip
    p.add_argument("--older-than", type=int, required=True, metavar="DAYS", dest="older_than",
                   help="days since anything last happened to a message")  # fmt: skip
    p = sub.add_parser(
        "forget", parents=[common], help="delete one person's data wherever triage stored it"
    )
    p.add_argument("address", help="the person's e-mail address")
    p.add_argument(
        "--store-only", action="store_true", help="leave the mailbox alone (drafts stay there)"
    )
    p = sub.add_parser(
        "demo", parents=[common], help="start a local demo mailbox, run one pass, show drafts"
    )
    p.add_argument("--keep", action="store_true", help="keep the demo server running")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    from triage.cli import commands  # noqa: F401 - registers the commands

    try:
        if args.command == "demo":
            from triage.dev.demo import run_demo

            return run_demo(args)
        settings = load_settings(args.config)
        return COMMANDS[args.command](args, settings)
    except TriageError as exc:
        if args.debug:
            raise
        print(f"triage: {exc}", file=sys.stderr)
        return exc.exit_code
    except sqlite3.DatabaseError as exc:
        # A store damaged inside (not just at its header) only shows when a query reads there.
        if args.debug:
            raise
        print(
            f"triage: the state store is damaged ({exc}): restore it from a backup (without it,"
            " triage would take all mail in the folder for new)",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


__all__ = ["EXIT_CONFIG", "EXIT_OK", "EXIT_SET_ASIDE", "command", "main", "print_json"]
