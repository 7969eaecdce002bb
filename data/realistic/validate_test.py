"""Validate data/realistic/test.jsonl: parsing, ids, fields, shares, near-duplicates.

Usage: python3 data/realistic/validate_test.py [--main DATA_DIR]
"""
import argparse, collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"followup", "interview", "salary", "cv", "other"}
LANGS = {"nb", "nn", "en"}
FIELDS = ["id", "subject", "body", "label", "secondary", "lang", "kind"]
QUOTE = re.compile(r"^(>|Fra: |From: |Frå: |-----Opp|On .* wrote:|Den .* skr(e|i)v)", re.M)
FORM = re.compile(r"^(Melding|Message): ", re.M)


def words(text):
    return set(re.findall(r"\w+", text.lower()))


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def bucket(n):
    return "<40" if n < 40 else ("40-150" if n <= 150 else ">150")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--main", default=os.path.join(HERE, ".."))
    args = ap.parse_args()
    rows, errors = [], []
    with open(os.path.join(HERE, "test.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: {e}")
    for r in rows:
        missing = [k for k in FIELDS if k not in r]
        if missing:
            errors.append(f"{r.get('id')}: missing {missing}")
        if r.get("label") not in LABELS or r.get("lang") not in LANGS:
            errors.append(f"{r.get('id')}: bad label/lang")
        if r.get("secondary") not in LABELS | {None} or r.get("secondary") == r.get("label"):
            errors.append(f"{r.get('id')}: bad secondary")
        if not r.get("body", "").strip() or not r.get("subject", "").strip() or not r.get("kind"):
            errors.append(f"{r.get('id')}: empty field")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    total = len(rows)
    pct = lambda c: f"{c} ({100 * c / total:.1f} %)"
    print(f"records: {total}")
    for name, key in [("label", "label"), ("lang", "lang")]:
        c = collections.Counter(r[key] for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {pct(v)}" for k, v in c.most_common()))
    print("label x lang: " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(collections.Counter((r['label'], r['lang']) for r in rows).items())))
    print("secondary: " + ", ".join(f"{k} {v}" for k, v in collections.Counter(r["secondary"] for r in rows).most_common()))
    print("kind (other): " + ", ".join(f"{k} {v}" for k, v in collections.Counter(r["kind"] for r in rows if r["label"] == "other").most_common()))
    print("kind (topics): " + ", ".join(f"{k} {v}" for k, v in collections.Counter(r["kind"] for r in rows if r["label"] != "other").most_common()))
    lens = [len(r["body"].split()) for r in rows]
    b = collections.Counter(bucket(n) for n in lens)
    print("length (words in body): " + ", ".join(f"{k} {pct(b[k])}" for k in ["<40", "40-150", ">150"]),
          f"| min {min(lens)}, median {sorted(lens)[total // 2]}, max {max(lens)}, >=300: {sum(n >= 300 for n in lens)}")
    nq = sum(bool(QUOTE.search(r["body"])) for r in rows)
    nf = sum(bool(FORM.search(r["body"])) for r in rows)
    print(f"replies with quoted earlier answer: {pct(nq)}; contact-form bodies: {pct(nf)}")
    other_topicwords = sum(1 for r in rows if r["label"] == "other" and re.search(r"søknad|søkna|intervju|interview|lønn|løn\b|lønas|salary|pay\b|\bcv\b|application", r["body"], re.I))
    print(f"'other' mails containing a topic word: {other_topicwords} of {sum(r['label'] == 'other' for r in rows)}")
    sets = [words(r["body"]) for r in rows]
    best, over = (0.0, None), 0
    for i in range(total):
        for j in range(i + 1, total):
            s = jaccard(sets[i], sets[j])
            if s > best[0]:
                best = (s, (ids[i], ids[j]))
            if s > 0.6:
                over += 1
    print(f"within set: pairs with word-set Jaccard > 0.6: {over}; highest {best[0]:.3f} {best[1]}")
    exact = total - len({r["body"] for r in rows})
    print(f"exact duplicate bodies: {exact}")
    ext = []
    for p in sorted(glob.glob(os.path.join(args.main, "*.jsonl")) + [os.path.join(args.main, "holdout", "questions.jsonl")]):
        with open(p, encoding="utf-8") as f:
            ext += [(os.path.basename(p), json.loads(l)) for l in f if l.strip()]
    ext_sets = [(name, o.get("id"), words(o["body"])) for name, o in ext]
    best, over = (0.0, None), 0
    for i, s in enumerate(sets):
        for name, oid, es in ext_sets:
            v = jaccard(s, es)
            if v > best[0]:
                best = (v, (ids[i], oid))
            if v > 0.5:
                over += 1
    print(f"against {len(ext)} bodies in {args.main}/*.jsonl and holdout/questions.jsonl: pairs > 0.5: {over}; highest {best[0]:.3f} {best[1]}")
    if errors or over or exact:
        print("ERRORS:", *errors, sep="\n  ")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
