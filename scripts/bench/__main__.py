"""Benchmark the triage pass on a private Dovecot against the plainest script doing the same IMAP.

The command line of ``python scripts/bench.py``; the package docstring says what is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench import compare
from bench.classifier import classifier, classifier_child, question_texts
from bench.mailgen import load_records
from bench.measure import measure
from bench.paths import DEFAULT_MODEL
from bench.report import Report, add_lines, machine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="messages in the backlog")
    parser.add_argument("--json", type=Path, help="also write the JSON report to this file")
    parser.add_argument(
        "--quick", action="store_true",
        help="small figures for a smoke test: fewer repeats, 3 MB attachments, 50 drafts",
    )  # fmt: skip
    parser.add_argument(
        "--seed-method", choices=["maildir", "append"], default="maildir",
        help="write Maildir files directly (default, faster) or MULTIAPPEND in chunks",
    )  # fmt: skip
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument(
        "--only-classifier", action="store_true",
        help="measure line 5 alone, on the cleaned questions of data/ (no Dovecot, no root)",
    )  # fmt: skip
    parser.add_argument(
        "--against", type=Path, metavar="DIR",
        help="only the backlog pass, alternating this checkout with the triage package in DIR"
        " (see scripts/bench/compare.py)",
    )  # fmt: skip
    parser.add_argument(
        "--rounds", type=int, default=2, help="with --against: runs of each version (default 2)"
    )
    parser.add_argument(
        "--delay-ms", type=float, default=0.0,
        help="with --against: reach the server through a proxy adding this much each way"
        " (a server farther away; see scripts/bench/delay_proxy.py)",
    )  # fmt: skip
    parser.add_argument("--classifier-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    command = shlex.join(["python", "scripts/bench.py", *(argv or sys.argv[1:])])
    args.model = args.model.resolve()
    if args.classifier_child:
        classifier_child(args.classifier_child, args.model)
        return 0
    if args.only_classifier:
        return _only_classifier(args)
    if args.n < 2:
        parser.error("--n must be at least 2")
    if args.delay_ms and args.against is None:
        parser.error("--delay-ms goes with --against")
    if args.delay_ms < 0:
        parser.error("--delay-ms must be 0 or more")
    if not args.model.exists():
        print(f"bench: no model at {args.model}: run `triage train` first", file=sys.stderr)
        return 2
    if os.geteuid() != 0:
        print("bench: run as root (the Maildir belongs to the user nobody)", file=sys.stderr)
        return 2
    if args.against is not None:
        return _compare(args, command)
    report = Report()
    report.info = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command,
        "n": args.n,
        "quick": args.quick,
        "machine": machine(),
    }
    with tempfile.TemporaryDirectory(prefix="triage-pipeline-bench-") as tmp:
        add_lines(report, measure(args, Path(tmp), report.info))
    print(report.table())
    print()
    data = report.as_json()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


def _compare(args: argparse.Namespace, command: str) -> int:
    other = args.against.resolve()
    why = compare.check_other(other)
    if why or args.rounds < 1:
        print(f"bench: {why or '--rounds must be at least 1'}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="triage-compare-bench-") as tmp:
        result = compare.compare(
            args.n, other, args.rounds, args.model, Path(tmp), args.quick, args.delay_ms
        )
    result["command"] = command
    result["machine"] = machine()
    print(compare.table(result))
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


def _only_classifier(args: argparse.Namespace) -> int:
    """Line 5 alone: the questions of data/, repeated to about ``--n`` texts."""
    records = load_records()
    records = (records * (args.n // max(1, len(records)) + 1))[: args.n]
    with tempfile.TemporaryDirectory(prefix="triage-classifier-bench-") as tmp:
        figures = classifier(*question_texts(records), args.model, Path(tmp))
    print(json.dumps({"model": str(args.model), **figures}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
