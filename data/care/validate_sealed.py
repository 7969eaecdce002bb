"""Validate a sealed care hold-out set: data/care/<name>.jsonl.

Run from the repository root or anywhere:  python data/care/validate_sealed.py fresh3
Each set's id prefix, size, counts per group and language and least number of suicidal hints
are in SETS below.
Checks: every line parses, ids unique and <prefix>-001..<prefix>-<count>, fields and types,
counts per group and language, signal phrases verbatim in the body, no near-duplicate bodies
within the set (word-set Jaccard > 0.6) and none > 0.5 against the other data sets.
Other data files are read here only for the overlap check; their text is never printed.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

# name: (id prefix, count, {(care, lang): n}, least suicidal_hint)
SETS = {
    "fresh2": ("cf2", 120, {(True, "nb"): 15, (True, "nn"): 10, (True, "en"): 15,
                            (False, "nb"): 32, (False, "nn"): 16, (False, "en"): 32}, 12),
    "fresh3": ("cf3", 120, {(True, "nb"): 15, (True, "nn"): 10, (True, "en"): 15,
                            (False, "nb"): 32, (False, "nn"): 16, (False, "en"): 32}, 14),
    "fresh4": ("cf4", 120, {(True, "nb"): 15, (True, "nn"): 10, (True, "en"): 15,
                            (False, "nb"): 32, (False, "nn"): 16, (False, "en"): 32}, 14),
    "fresh5": ("cf5", 120, {(True, "nb"): 15, (True, "nn"): 10, (True, "en"): 15,
                            (False, "nb"): 32, (False, "nn"): 16, (False, "en"): 32}, 14),
    "fresh6": ("cf6", 120, {(True, "nb"): 15, (True, "nn"): 10, (True, "en"): 15,
                            (False, "nb"): 32, (False, "nn"): 16, (False, "en"): 32}, 14),
    "fresh7": ("cf7", 120, {(True, "nb"): 15, (True, "nn"): 10, (True, "en"): 15,
                            (False, "nb"): 32, (False, "nn"): 16, (False, "en"): 32}, 14),
}

FIELDS = ["id", "subject", "body", "lang", "care", "complaint", "topic", "kind", "signal"]
LANGS = {"nb", "nn", "en"}
TOPICS = {"followup", "interview", "salary", "cv", "other"}
WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return set(WORD.findall(text.lower()))


def jaccard(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def main(argv):
    if len(argv) != 1 or argv[0] not in SETS:
        print(f"usage: python data/care/validate_sealed.py {{{'|'.join(SETS)}}}")
        return 2
    name = argv[0]
    prefix, count, want, min_suicidal = SETS[name]
    path = os.path.join(HERE, f"{name}.jsonl")
    if not os.path.exists(path):
        print(f"no such set: {os.path.relpath(path, DATA)}")
        return 1
    errors = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: empty line")
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: does not parse: {e}")

    ids = [r.get("id") for r in recs]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        errors.append(f"duplicate ids: {dup}")
    if set(ids) != {f"{prefix}-{i:03d}" for i in range(1, count + 1)}:
        errors.append(f"ids are not exactly {prefix}-001..{prefix}-{count:03d}")

    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            errors.append(f"{rid}: fields {list(r.keys())} != {FIELDS}")
        for k in ("id", "subject", "body", "kind"):
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                errors.append(f"{rid}: {k} must be a non-empty string")
        for k in ("care", "complaint"):
            if not isinstance(r.get(k), bool):
                errors.append(f"{rid}: {k} must be a bool")
        if r.get("lang") not in LANGS:
            errors.append(f"{rid}: lang {r.get('lang')!r}")
        if r.get("topic") not in TOPICS:
            errors.append(f"{rid}: topic {r.get('topic')!r}")
        sig = r.get("signal")
        if not isinstance(sig, list) or not all(isinstance(s, str) and s for s in sig):
            errors.append(f"{rid}: signal must be a list of non-empty strings")
            continue
        if r.get("care") is True and not sig:
            errors.append(f"{rid}: care true but signal empty")
        if r.get("care") is False and sig:
            errors.append(f"{rid}: care false but signal not empty")
        for s in sig:
            if s not in r.get("body", ""):
                errors.append(f"{rid}: signal phrase not verbatim in body: {s!r}")
        if "@" in r.get("body", ""):
            for addr in re.findall(r"[\w.+-]+@[\w.-]+", r["body"]):
                if not addr.endswith("@example.no"):
                    errors.append(f"{rid}: address not @example.no: {addr}")

    groups = Counter((r.get("care"), r.get("lang")) for r in recs)
    for key, n in want.items():
        if groups.get(key, 0) != n:
            errors.append(f"count care={key[0]} lang={key[1]}: {groups.get(key, 0)} != {n}")
    n_suic = sum(1 for r in recs if r.get("care") and r.get("kind") == "suicidal_hint")
    if n_suic < min_suicidal:
        errors.append(f"suicidal_hint: {n_suic} < {min_suicidal}")
    if any(r.get("care") is False and r.get("complaint") for r in recs) is False:
        errors.append("no complaint among the ordinary mails")

    # near-duplicates within the set
    ws = [(r["id"], words(r.get("body", ""))) for r in recs]
    inner_max, inner_bad = 0.0, []
    for i in range(len(ws)):
        for j in range(i + 1, len(ws)):
            s = jaccard(ws[i][1], ws[j][1])
            inner_max = max(inner_max, s)
            if s > 0.6:
                inner_bad.append((ws[i][0], ws[j][0], round(s, 3)))
    if inner_bad:
        errors.append(f"near-duplicates within set (>0.6): {inner_bad}")

    # overlap with other data sets (text never printed)
    files = []
    for pat in ("*.jsonl", "holdout/*.jsonl", "care/*.jsonl", "realistic/*.jsonl"):
        files += sorted(glob.glob(os.path.join(DATA, pat)))
    files = [p for p in files if os.path.abspath(p) != os.path.abspath(path)]
    others, no_body = [], 0
    for p in files:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                try:
                    o = json.loads(line)
                except json.JSONDecodeError:
                    continue
                body = o.get("body") if isinstance(o, dict) else None
                if not isinstance(body, str):
                    body = o.get("text") if isinstance(o, dict) else None
                if not isinstance(body, str):
                    no_body += 1
                    continue
                others.append((os.path.relpath(p, DATA), words(body)))
    outer_max, outer_bad = 0.0, []
    for rid, w in ws:
        for src, ow in others:
            s = jaccard(w, ow)
            if s > outer_max:
                outer_max = s
            if s > 0.5:
                outer_bad.append((rid, src, round(s, 3)))
    if outer_bad:
        errors.append(f"overlap > 0.5 with other data: {outer_bad}")

    care = [r for r in recs if r.get("care")]
    ordinary = [r for r in recs if not r.get("care")]
    print(f"mails: {len(recs)}  (distress {len(care)}, ordinary {len(ordinary)})")
    print("per group/lang:", {f"{'care' if k[0] else 'ordinary'}-{k[1]}": v
                              for k, v in sorted(groups.items(), key=str)})
    print(f"suicidal_hint: {n_suic}; complaint true: "
          f"{sum(1 for r in recs if r.get('complaint'))} "
          f"(ordinary {sum(1 for r in ordinary if r.get('complaint'))}, "
          f"distress {sum(1 for r in care if r.get('complaint'))})")
    print("distress kinds:", dict(Counter(r["kind"] for r in care).most_common()))
    print("ordinary kinds:", dict(Counter(r["kind"] for r in ordinary).most_common()))
    print("topics:", dict(Counter(r["topic"] for r in recs).most_common()))
    lens = [len(r["body"]) for r in recs]
    print(f"body length: short(<200) {sum(l < 200 for l in lens)}, "
          f"medium {sum(200 <= l <= 600 for l in lens)}, long(>600) {sum(l > 600 for l in lens)}")
    print(f"within-set word-set Jaccard: max {inner_max:.3f}, pairs > 0.6: {len(inner_bad)}")
    print(f"against {len(others)} bodies in {len(files)} files "
          f"({no_body} records without body skipped): max {outer_max:.3f}, > 0.5: {len(outer_bad)}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("0 errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
