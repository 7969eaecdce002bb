"""Assemble val.jsonl from the hand-written parts (deterministic order and ids)."""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import cv, followup, interview, other_en, other_nb, other_nn, salary  # noqa: E402

mails = []
for part in (other_nb, other_en, other_nn, followup, interview, salary, cv):
    mails.extend(part.MAILS)
random.Random(20260317).shuffle(mails)
out = Path(__file__).parent.parent / "val.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for i, mail in enumerate(mails, 1):
        row = {"id": f"rv-{i:03d}", **mail}
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(mails)} mails to {out}")
