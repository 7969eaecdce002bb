"""The `triage` command. Library errors become one line on stderr and an exit status here."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence

from triage.cli import commands, status
from triage.cli.parser import build_parser
from triage.config import Settings, load_settings
from triage.dev.demo import run_demo
from triage.errors import EXIT_CONFIG, TriageError, first_line

# Every subcommand but `demo`, which brings its own mailbox and settings.
COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "run": commands.run,
    "worker": commands.worker,
    "classify": commands.classify,
    "queue": commands.queue,
    "status": status.status,
    "train": commands.train,
    "review": commands.review,
    "users": commands.users,
    "purge": commands.purge,
    "forget": commands.forget,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run `triage` with ``argv`` (default: the command line); returns the exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        if args.command == "demo":
            return run_demo(keep=args.keep)
        return COMMANDS[args.command](args, load_settings(args.config))
    except TriageError as exc:
        if args.debug:
            raise
        # Not cut short: a ConfigError names every problem of the settings file.
        print(f"triage: {first_line(exc, limit=None)}", file=sys.stderr)
        return exc.exit_code
    except sqlite3.DatabaseError as exc:
        # A store damaged inside (not just at its header) only shows when a query reads there.
        if args.debug:
            raise
        print(
            f"triage: the state store is damaged ({first_line(exc, limit=None)}): restore it"
            " from a backup (without it, triage would take all mail in the folder for new)",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130


__all__ = ["COMMANDS", "build_parser", "main"]
