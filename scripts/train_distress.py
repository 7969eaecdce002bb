#!/usr/bin/env python3
"""Train the care check's sentence model and ship it in the package.

    python scripts/train_distress.py                      # train on everything, write the model
    python scripts/train_distress.py --hold-out fresh2    # leave a set out and measure on it

Writes triage/inbound/distress.joblib and its card distress.json (the threshold, the data's
hash, out-of-fold figures). With --hold-out the model is only measured, never written: a
model that has not seen every set is not the one to ship. See triage/training/distress.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from triage.inbound.distress_model import MODEL_PATH
from triage.training.distress import CARE_SETS, train_distress, write_model

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument(
        "--hold-out",
        action="append",
        default=[],
        choices=CARE_SETS,
        metavar="SET",
        help=f"a care set to leave out and measure on ({', '.join(CARE_SETS)})",
    )
    parser.add_argument(
        "--show", action="store_true", help="list every held-out distress mail's score"
    )
    args = parser.parse_args()
    result = train_distress(args.data, args.hold_out, lambda line: print(line, file=sys.stderr))
    card = result.card
    oof = card["out_of_fold"]
    print(
        f"distress model {card['version']}: {card['data']['sentences']} sentences"
        f" ({card['data']['distress_sentences']} of distress), threshold {card['threshold']:.3f}"
    )
    career = card["career_flagged_out_of_fold"]
    print(
        f"  out of fold, model alone: distress {oof['distress_found']}/{oof['distress']},"
        f" ordinary flagged {oof['ordinary_flagged']}/{oof['ordinary']},"
        f" career mail flagged {career[0]}/{career[1]}"
    )
    for name, figures in card.get("held_out", {}).items():
        print(
            f"  held out {name}, model alone: distress {figures['distress_found']}/"
            f"{figures['distress']}, ordinary flagged {figures['ordinary_flagged']}/"
            f"{figures['ordinary']}"
        )
    if args.show:
        for scored in sorted(result.held_out, key=lambda s: s.score):
            if scored.distress:
                print(f"  {scored.id}: {scored.score:.3f}")
    if args.hold_out:
        print("held-out run: nothing written")
        return 0
    for path in write_model(result, MODEL_PATH):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
