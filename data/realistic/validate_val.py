"""Validate val.jsonl: parsing, fields, shares, near duplicates, overlap with training data."""
import collections
import glob
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
VAL = HERE.parent / "val.jsonl"
MAIN = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
LABELS = {"followup", "interview", "salary", "cv", "other"}
FIELDS = ["id", "subject", "body", "label", "secondary", "lang", "kind"]

rows = [json.loads(line) for line in VAL.open(encoding="utf-8")]
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
for r in rows:
    assert list(r) == FIELDS, (r["id"], list(r))
    assert r["label"] in LABELS and r["lang"] in {"nb", "nn", "en"}
    assert r["secondary"] is None or (r["secondary"] in LABELS and r["secondary"] != r["label"])
    assert isinstance(r["subject"], str) and r["body"].strip() and r["kind"]
print("lines:", len(rows), "unique ids:", len(set(ids)))


def words(text):
    return len(text.split())


def band(n):
    return "<40" if n < 40 else "40-150" if n <= 150 else ">150"


def share(counter, total):
    return ", ".join(f"{k} {v} ({100 * v / total:.0f} %)" for k, v in counter.most_common())


n = len(rows)
print("labels:", share(collections.Counter(r["label"] for r in rows), n))
print("langs:", share(collections.Counter(r["lang"] for r in rows), n))
print("length (body words):", share(collections.Counter(band(words(r["body"])) for r in rows), n))
print("  300+ words:", sum(words(r["body"]) >= 300 for r in rows),
      " max:", max(words(r["body"]) for r in rows))
print("secondary:", sum(r["secondary"] is not None for r in rows),
      collections.Counter(f"{r['label']}+{r['secondary']}" for r in rows if r["secondary"]))
print("replies (reply_quoted):", sum(r["kind"] == "reply_quoted" or "\n>" in r["body"] or "Fra:" in r["body"] or "From:" in r["body"] for r in rows))
print("forms:", sum(bool(re.search(r"^(Navn|Namn|Name):", r["body"], re.M)) for r in rows))
for label in sorted(LABELS):
    sub = [r for r in rows if r["label"] == label]
    print(f"[{label}] kinds:", dict(collections.Counter(r["kind"] for r in sub)))
    print(f"[{label}] langs:", dict(collections.Counter(r["lang"] for r in sub)),
          "lengths:", dict(collections.Counter(band(words(r["body"])) for r in sub)))
if (HERE.parent.parent.parent / "triage").exists():
    sys.path.insert(0, str(HERE.parent.parent.parent))
    try:
        from triage.inbound.clean import member_words
        mw = [words(member_words(r["body"])) for r in rows]
        print("length (member words after triage.clean.member_words):",
              share(collections.Counter(band(x) for x in mw), n))
    except Exception as exc:  # noqa: BLE001
        print("member_words not available:", exc)

TOKEN = re.compile(r"\w+", re.UNICODE)


def wordset(text):
    return set(TOKEN.findall(text.lower()))


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


sets = [wordset(r["body"]) for r in rows]
best = (0.0, None)
over = 0
for i in range(n):
    for j in range(i + 1, n):
        s = jac(sets[i], sets[j])
        if s > 0.6:
            over += 1
        if s > best[0]:
            best = (s, (ids[i], ids[j]))
print(f"within set: pairs with Jaccard > 0.6: {over}; highest {best[0]:.2f} {best[1]}")
assert len({r["body"] for r in rows}) == n, "exact duplicate bodies"

ref = []
for path in sorted(glob.glob(str(MAIN / "*.jsonl"))) + [str(MAIN / "holdout" / "questions.jsonl")]:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            ref.append((Path(path).name, json.loads(line)))
ref_sets = [wordset(r["body"]) for _, r in ref]
worst = (0.0, None)
over = 0
for i in range(n):
    for k, rs in enumerate(ref_sets):
        s = jac(sets[i], rs)
        if s > 0.5:
            over += 1
            print("  overlap", ids[i], ref[k][1]["id"], f"{s:.2f}")
        if s > worst[0]:
            worst = (s, (ids[i], ref[k][1]["id"]))
print(f"against {len(ref)} bodies in {MAIN}/*.jsonl + holdout: pairs with Jaccard > 0.5: {over}; "
      f"highest {worst[0]:.2f} {worst[1]}")
