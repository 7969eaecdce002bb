#!/usr/bin/env python3
"""How well the real composer's drafts cover what a reply to each mail must say.

    python scripts/evaluate_drafts.py [--set data/drafts/eval.jsonl] [--misses] [--show ID]
                                      [--detected]

Runs the composer (templates/, the same code as the pass) over the evaluation set in
data/drafts/ with each mail's gold situations, sector and questions, and prints per situation:
the share of mails whose draft covers every required concept, and the median length of the
body in words. With ``--detected`` it then does the same with the situations, sector and
questions the pass detects (the situation model beside [model] path, given the mail's gold
topic, as ``triage.passes.stages`` reads them), in a second table with the same rows (grouped
by the gold situations), and how often detection agreed with the gold labels.

A concept is covered when one of its patterns for the mail's language matches the draft with
the ``[[…]]`` places removed (data/drafts/README.md, "How to match"). The body is the draft
before the signature, also without the places: the places are the counsellor's to write.

For measuring only: write real advice in the blocks, never keywords for the patterns.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from collections import defaultdict
from pathlib import Path

from triage.compose import Composer
from triage.config import load_settings
from triage.drafts.places import PLACEHOLDER
from triage.inbound.clean import member_words
from triage.model.classify import load_model
from triage.model.situations import Reading, read_situations
from triage.passes.stages import load_situations

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = ROOT / "data" / "drafts"
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
TARGET_COVERED = 0.85
TARGET_WORDS = 150


def load_concepts(path: Path) -> dict[str, dict[str, list[re.Pattern[str]]]]:
    return {
        concept["id"]: {
            lang: [re.compile(p, re.IGNORECASE) for p in patterns]
            for lang, patterns in concept["patterns"].items()
        }
        for concept in json.loads(path.read_text(encoding="utf-8"))
    }


def covered(concepts: dict, text: str, lang: str) -> set[str]:
    text = PLACEHOLDER.sub(" ", text)
    return {cid for cid, by_lang in concepts.items() if any(p.search(text) for p in by_lang[lang])}


def words(text: str) -> int:
    return len(WORD.findall(PLACEHOLDER.sub(" ", text)))


def gold(row: dict) -> Reading:
    return Reading(tuple(row["situations"]), row["sector"], tuple(row["questions"]))


def detect(rows: list[dict], model_path: Path) -> tuple[list[Reading], str]:
    """What the pass reads in each mail, given its gold topic; and the model's version."""
    situation_model = load_situations(model_path, load_model(model_path))
    mails = [(r["subject"], member_words(r["body"]), r["lang"], [r["topic"]]) for r in rows]
    return read_situations(situation_model, mails), situation_model.version


def evaluate(
    rows: list[dict], composer: Composer, concepts: dict, readings: list[Reading]
) -> list[dict]:
    """Each mail's draft for its reading; ``situations`` stays the gold one (the table's rows)."""
    results = []
    for row, reading in zip(rows, readings, strict=True):
        draft = composer.draft(
            row["lang"],
            [row["topic"]],
            "",
            situations={row["topic"]: reading.situations},
            sector=reading.sector,
            questions=reading.questions,
        )
        missed = sorted(set(row["required"]) - covered(concepts, draft.text, row["lang"]))
        results.append(
            {
                **row,
                "reading": reading,
                "draft": draft,
                "missed": missed,
                "words": words(draft.body),
            }
        )
    return results


def print_agreement(rows: list[dict], readings: list[Reading]) -> None:
    """How often detection gave exactly the gold situations, and the gold sector."""
    same = sum(
        set(r["situations"]) == set(d.situations) for r, d in zip(rows, readings, strict=True)
    )
    sector = sum(r["sector"] == d.sector for r, d in zip(rows, readings, strict=True))
    print(
        f"detection as gold: situations {same}/{len(rows)} ({same / len(rows):.0%}),"
        f" sector {sector}/{len(rows)} ({sector / len(rows):.0%})"
    )


def print_table(results: list[dict]) -> None:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for result in results:
        for situation in result["situations"] or ["(general)"]:
            groups[(result["topic"], situation)].append(result)
    header = f"{'topic':10} {'situation':17} {'mails':>5} {'covered':>9} {'share':>6}"
    print(f"{header} {'median words':>13}")
    for (topic, situation), group in sorted(groups.items()):
        full = sum(not r["missed"] for r in group)
        median = statistics.median(r["words"] for r in group)
        print(
            f"{topic:10} {situation:17} {len(group):5} {full:4}/{len(group):<4}"
            f" {full / len(group):6.0%} {median:13.0f}"
        )


def print_overall(results: list[dict]) -> bool:
    full = sum(not r["missed"] for r in results)
    required = sum(len(r["required"]) for r in results)
    hits = required - sum(len(r["missed"]) for r in results)
    single = [r["words"] for r in results if len(r["situations"]) == 1]
    print()
    print(
        f"fully covered: {full}/{len(results)} mails ({full / len(results):.1%});"
        f" concepts covered: {hits}/{required} ({hits / required:.1%})"
    )
    for count, label in ((0, "no situation"), (1, "one situation"), (2, "two situations")):
        lengths = [r["words"] for r in results if len(r["situations"]) == count]
        if lengths:
            print(
                f"median body, {label}: {statistics.median(lengths):.0f} words"
                f" (max {max(lengths)}, {len(lengths)} mails)"
            )
    for lang in ("nb", "nn", "en"):
        group = [r for r in results if r["lang"] == lang]
        full_lang = sum(not r["missed"] for r in group)
        print(f"  {lang}: {full_lang}/{len(group)} fully covered")
    ok = full / len(results) >= TARGET_COVERED and statistics.median(single) <= TARGET_WORDS
    print(
        f"targets (>= {TARGET_COVERED:.0%} covered, median <= {TARGET_WORDS} words for one"
        f" situation): {'met' if ok else 'NOT met'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DRAFTS / "eval.jsonl")
    parser.add_argument("--concepts", type=Path, default=DRAFTS / "concepts.json")
    parser.add_argument("--templates", type=Path, default=ROOT / "templates")
    parser.add_argument(
        "--config",
        type=Path,
        default=ROOT / "settings.toml",
        help="office names and retention for the signature and footer",
    )
    parser.add_argument("--misses", action="store_true", help="list each mail's missed concepts")
    parser.add_argument(
        "--show",
        metavar="ID",
        action="append",
        default=[],
        help="print the draft of this mail in full (repeatable)",
    )
    parser.add_argument(
        "--detected",
        action="store_true",
        help="also draft with the detected situations, sector and questions (the real model)",
    )
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.set.read_text("utf-8").splitlines() if line]
    settings = load_settings(args.config)
    replies, privacy = settings.replies, settings.privacy
    composer = Composer(
        args.templates, replies.from_name, replies.from_address,
        office_names=replies.office_names, retention_days=privacy.retention_days,
    )  # fmt: skip
    composer.check()
    concepts = load_concepts(args.concepts)
    runs = [("gold situations, sector and questions", [gold(row) for row in rows])]
    if args.detected:
        readings, version = detect(rows, settings.model.path)
        runs.append((f"detected situations, sector and questions ({version})", readings))
    ok = True
    for label, readings in runs:
        results = evaluate(rows, composer, concepts, readings)
        print(f"{len(rows)} mails from {args.set}, {label}")
        print_table(results)
        ok = print_overall(results) and ok
        print_details(results, args.misses, args.show)
        print()
    if args.detected:
        print_agreement(rows, runs[1][1])
    return 0 if ok else 1


def print_details(results: list[dict], misses: bool, show: list[str]) -> None:
    """Each mail's missed concepts (``--misses``), and the drafts asked for (``--show``)."""
    for result in results:
        reading = result["reading"]
        what = f"{result['lang']} {result['topic']} {list(reading.situations)} {reading.sector}"
        if misses and result["missed"]:
            print(f"{result['id']} {what}: missed {', '.join(result['missed'])}")
        if result["id"] in show:
            print(f"\n===== {result['id']} ({what}); {result['words']} words\n")
            print(result["draft"].text)


if __name__ == "__main__":
    raise SystemExit(main())
