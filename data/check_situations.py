"""Checks for the situation/sector labels and the w4 files (run from the repository root).

    python3 data/check_situations.py [REV]

1. Every line of data/*.jsonl and data/holdout/questions.jsonl parses; ids are unique; each
   record has `situations` (ids that belong to its label or secondary topic) and `sector`.
2. Against git revision REV (default: the commit before the labels were added, if given), the
   pre-existing files differ only by the two new keys appended at the end of each line.
3. data/w4-*.jsonl: counts by label and language, body lengths, and near duplicates: word-set
   Jaccard > 0.6 between any two w4 bodies, and > 0.5 between a w4 body and any other body in
   data/*.jsonl or data/holdout/questions.jsonl.
4. Counts per situation and sector (training files; holdout separately).
"""
import collections, glob, itertools, json, re, subprocess, sys

SIT = {"followup": ["before_applying", "waiting", "after_interview", "rejected", "competing_offer"],
       "interview": ["case_test", "panel_public", "video", "second_round", "references"],
       "salary": ["new_offer", "expectations", "raise", "first_public_job"],
       "cv": ["gap", "international", "experienced", "tailoring", "linkedin"]}
OWNER = {s: t for t, ss in SIT.items() for s in ss}
SECTORS = ["state", "municipality", "oslo", "private", None]
KEYS = ["id", "subject", "body", "label", "secondary", "lang"]

def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]

def words(text):
    return set(re.findall(r"\w+", text.lower()))

def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0

train_files = sorted(glob.glob("data/*.jsonl"))
holdout = "data/holdout/questions.jsonl"
records = {f: load(f) for f in train_files + [holdout]}
ids = collections.Counter(r["id"] for f in train_files for r in records[f])
assert all(n == 1 for n in ids.values()), [i for i, n in ids.items() if n > 1]
for f, rs in records.items():
    for r in rs:
        assert all(k in r for k in KEYS + ["situations", "sector"]), (f, r.get("id"))
        topics = {r["label"], r["secondary"]}
        assert all(OWNER.get(s) in topics for s in r["situations"]), (f, r["id"])
        assert r["sector"] in SECTORS, (f, r["id"])
        if not topics & set(SIT):
            assert r["situations"] == [] and r["sector"] is None, (f, r["id"])
print(f"1. {sum(map(len, records.values()))} records parse; {len(ids)} unique training ids; fields and values valid")

if len(sys.argv) > 1:
    rev = sys.argv[1]
    for f in [f for f in train_files if not f.startswith("data/w4-")] + [holdout]:
        old = subprocess.run(["git", "show", f"{rev}:{f}"], capture_output=True, check=True).stdout.decode()
        ol, nl = old.split("\n"), open(f, encoding="utf-8").read().split("\n")
        assert len(ol) == len(nl), f
        for a, b in zip(ol, nl):
            if a:
                oa, ob = json.loads(a), json.loads(b)
                assert b.startswith(a[:-1]) and list(ob) == list(oa) + ["situations", "sector"], f
                assert all(ob[k] == oa[k] for k in oa), f
    print(f"2. pre-existing files: line count, order and all other keys/values unchanged vs {rev}")

w4 = [r for f in train_files if f.startswith("data/w4-") for r in records[f]]
other = [r for f in train_files if not f.startswith("data/w4-") for r in records[f]] + records[holdout]
print(f"3. w4: {len(w4)} mails", dict(collections.Counter(r["label"] for r in w4)),
      dict(collections.Counter(r["lang"] for r in w4)))
lens = sorted(len(r["body"]) for r in w4)
print("   body length min/median/max", lens[0], lens[len(lens) // 2], lens[-1],
      "| <200:", sum(x < 200 for x in lens), " 200-700:", sum(200 <= x <= 700 for x in lens), " >700:", sum(x > 700 for x in lens))
ws = [words(r["body"]) for r in w4]
inner = max((jaccard(a, b), i, j) for (i, a), (j, b) in itertools.combinations(enumerate(ws), 2))
n_inner = sum(jaccard(a, b) > 0.6 for a, b in itertools.combinations(ws, 2))
os_ = [words(r["body"]) for r in other]
cross = [(max(jaccard(a, b) for b in os_), w4[i]["id"]) for i, a in enumerate(ws)]
print(f"   w4 pairs with Jaccard > 0.6: {n_inner} (max {inner[0]:.2f});"
      f" w4 vs other bodies > 0.5: {sum(c > 0.5 for c, _ in cross)} (max {max(cross)[0]:.2f}, {max(cross)[1]})")

def counts(rs, title):
    c, cl = collections.Counter(), collections.Counter()
    sc, scl = collections.Counter(), collections.Counter()
    for r in rs:
        for s in r["situations"]:
            c[s] += 1; cl[s, r["lang"]] += 1
        sc[r["sector"]] += 1; scl[r["sector"], r["lang"]] += 1
    print(f"4. {title}")
    for t, ss in SIT.items():
        for s in ss:
            print(f"   {t:9} {s:17} {c[s]:4}   nb {cl[s, 'nb']:3}  en {cl[s, 'en']:3}  nn {cl[s, 'nn']:3}")
    for s in SECTORS:
        print(f"   sector {str(s):13} {sc[s]:5}   nb {scl[s, 'nb']:4}  en {scl[s, 'en']:4}  nn {scl[s, 'nn']:4}")

counts([r for f in train_files for r in records[f]], "training data (data/*.jsonl)")
counts(records[holdout], "holdout")
