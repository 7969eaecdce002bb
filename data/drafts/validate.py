"""Check data/drafts/: the concept library, its self-test and the draft-coverage eval set.

Run from the repository root:  python data/drafts/validate.py [--baseline]

Exits 1 if any check fails. --baseline also reports how much of each mail's `required` the
current topic templates (templates/<lang>/<topic>.j2) already cover, as a reference figure.
"""

from __future__ import annotations

import glob
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS = ("nb", "nn", "en")
SITUATIONS = {
    "followup": {"before_applying", "waiting", "after_interview", "rejected", "competing_offer"},
    "interview": {"case_test", "panel_public", "video", "second_round", "references"},
    "salary": {"new_offer", "expectations", "raise", "first_public_job"},
    "cv": {"gap", "international", "experienced", "tailoring", "linkedin"},
}
SECTORS = {"state", "municipality", "oslo", "private", None}
SECTOR_TOPICS = {"salary", "followup"}
FIELDS = ("id", "subject", "body", "lang", "topic", "situations", "sector", "questions", "required")
# Where quoted or forwarded text starts: questions must come from the member's new text.
QUOTE_START = re.compile(
    r"^(>|Fra: |Frå: |From: |-{5,} ?(Videresendt|Forwarded|Opprinnelig)"
    r"|.* skrev .*:$|On .* wrote:$)",
    re.MULTILINE,
)
MARKER = re.compile(r"\[\[.*?\]\]", re.DOTALL)
JINJA = re.compile(r"\{[%#{].*?[%#}]\}", re.DOTALL)

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def load_concepts() -> dict[str, dict[str, list[re.Pattern[str]]]]:
    concepts = json.loads((HERE / "concepts.json").read_text(encoding="utf-8"))
    compiled: dict[str, dict[str, list[re.Pattern[str]]]] = {}
    for c in concepts:
        if set(c) != {"id", "what", "patterns"}:
            fail(f"concept {c.get('id')}: keys {sorted(c)}")
        if c["id"] in compiled:
            fail(f"concept {c['id']}: duplicate id")
        compiled[c["id"]] = {}
        for lang in LANGS:
            pats = c["patterns"].get(lang) or []
            if not pats:
                fail(f"concept {c['id']}: no {lang} patterns")
            try:
                compiled[c["id"]][lang] = [re.compile(p, re.IGNORECASE) for p in pats]
            except re.error as e:
                fail(f"concept {c['id']} {lang}: does not compile: {e}")
                compiled[c["id"]][lang] = []
    return compiled


def covered(compiled, text: str, lang: str) -> set[str]:
    """The concepts whose patterns match the text (the way a coverage metric should use them)."""
    text = MARKER.sub(" ", text)
    return {cid for cid, by_lang in compiled.items() if any(p.search(text) for p in by_lang[lang])}


def check_selftest(compiled) -> None:
    test = json.loads((HERE / "concepts_selftest.json").read_text(encoding="utf-8"))
    seen = Counter()
    cross = 0
    for t in test["positive"]:
        hits = covered(compiled, t["text"], t["lang"])
        seen[(t["concept"], t["lang"])] += 1
        if t["concept"] not in hits:
            fail(f"selftest: {t['concept']} {t['lang']} does not match: {t['text']}")
        cross += bool(hits - {t["concept"]})
    for cid in compiled:
        for lang in LANGS:
            if not seen[(cid, lang)]:
                fail(f"selftest: no {lang} sentence for {cid}")
    for t in test["negative"]:
        if t["concept"] in covered(compiled, t["text"], t["lang"]):
            fail(f"selftest: {t['concept']} {t['lang']} matches a near miss: {t['text']}")
    print(
        f"concepts: {len(compiled)}, all patterns compile; self-test: "
        f"{len(test['positive'])} positive sentences, {len(test['negative'])} near misses; "
        f"{cross} positives also match another concept"
    )
    lines = (HERE / "eval.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["id"]: r for r in map(json.loads, lines)}
    found = wanted = extra = 0
    for d in test["good_drafts"]:
        hits = covered(compiled, d["text"], d["lang"])
        req = rows[d["mail_id"]]["required"]
        wanted += len(req)
        found += sum(c in hits for c in req)
        extra += len(hits - set(req))
        for c in req:
            if c not in hits:
                fail(f"selftest: good draft for {d['mail_id']} does not cover {c}")
    for d in test["wrong_drafts"]:
        for c in sorted(covered(compiled, d["text"], d["lang"]) & set(d["must_not_cover"])):
            fail(f"selftest: wrong draft for {d['mail_id']} counts as covering {c}")
    print(
        f"good drafts: {len(test['good_drafts'])}, {found}/{wanted} required concepts found, "
        f"{extra} other concepts matched; wrong drafts: {len(test['wrong_drafts'])}"
    )


def check_rows(compiled) -> list[dict]:
    rows = []
    for n, line in enumerate((HERE / "eval.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            fail(f"eval line {n}: {e}")
    ids = Counter(r.get("id") for r in rows)
    for i, k in ids.items():
        if k > 1:
            fail(f"eval: id {i} used {k} times")
    for r in rows:
        rid = r.get("id")
        if tuple(r) != FIELDS:
            fail(f"{rid}: fields {list(r)}")
            continue
        if r["lang"] not in LANGS:
            fail(f"{rid}: lang {r['lang']}")
        if r["topic"] not in SITUATIONS:
            fail(f"{rid}: topic {r['topic']}")
            continue
        sits = r["situations"]
        if len(sits) > 2 or len(set(sits)) != len(sits) or not set(sits) <= SITUATIONS[r["topic"]]:
            fail(f"{rid}: situations {sits} for {r['topic']}")
        if r["sector"] not in SECTORS or (r["topic"] not in SECTOR_TOPICS and r["sector"]):
            fail(f"{rid}: sector {r['sector']} for {r['topic']}")
        req = r["required"]
        if not 2 <= len(req) <= 4 or len(set(req)) != len(req):
            fail(f"{rid}: {len(req)} required")
        for cid in req:
            if cid not in compiled:
                fail(f"{rid}: unknown concept {cid}")
        m = QUOTE_START.search(r["body"])
        new_text = r["body"][: m.start()] if m else r["body"]
        for q in r["questions"]:
            if q not in new_text:
                fail(f"{rid}: question not in the member's new text: {q!r}")
        qmarks = len(re.findall(r"\?+", new_text))
        listed = sum(q.endswith("?") for q in r["questions"])
        if listed < qmarks:
            fail(f"{rid}: {qmarks} '?' in the new text but {listed} questions ending in '?'")
    return rows


def report_shares(rows) -> None:
    n = len(rows)
    langs = Counter(r["lang"] for r in rows)
    shares = ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in langs.most_common())
    print(f"mails: {n}; languages: {shares}")
    print("topics: " + ", ".join(f"{k} {v}" for k, v in Counter(r["topic"] for r in rows).items()))
    kinds = Counter(len(r["situations"]) for r in rows)
    print(f"situations per mail: one {kinds[1]}, two {kinds[2]}, none {kinds[0]}")
    for topic, sits in SITUATIONS.items():
        for s in sorted(sits):
            having = [r for r in rows if s in r["situations"]]
            ls = Counter(r["lang"] for r in having)
            if len(having) < 3 or len(ls) < 2:
                fail(f"coverage: {s} in {len(having)} mails, {len(ls)} languages")
            by_lang = ", ".join(f"{k} {v}" for k, v in sorted(ls.items()))
            print(f"  {topic}/{s}: {len(having)} mails ({by_lang})")
    sect = Counter(str(r["sector"]) for r in rows if r["topic"] in SECTOR_TOPICS)
    print("sector (salary+followup): " + ", ".join(f"{k} {v}" for k, v in sect.most_common()))
    lens = sorted(len(r["body"]) for r in rows)
    short = sum(x < 250 for x in lens)
    long_ = sum(x > 900 for x in lens)
    print(
        f"body length: min {lens[0]}, median {lens[n // 2]}, max {lens[-1]}; "
        f"<250 chars {short}, 250-900 {n - short - long_}, >900 {long_}"
    )
    used = Counter(c for r in rows for c in r["required"])
    req_n = Counter(len(r["required"]) for r in rows)
    print(
        "required per mail: "
        + ", ".join(f"{k}: {v}" for k, v in sorted(req_n.items()))
        + f"; {len(used)} concepts required at least once"
    )
    print(
        f"questions listed: {sum(len(r['questions']) for r in rows)} "
        f"({sum(not r['questions'] for r in rows)} mails with none)"
    )


def report_similarity(rows) -> None:
    sets = [words(r["body"]) for r in rows]
    pairs = [(jaccard(a, b), i, j) for (i, a), (j, b) in itertools.combinations(enumerate(sets), 2)]
    top = max(pairs)
    over = sum(p[0] > 0.6 for p in pairs)
    if over:
        fail(f"similarity: {over} pairs within the set over 0.6")
    print(
        f"within the set: max word-set Jaccard {top[0]:.2f} "
        f"({rows[top[1]]['id']}/{rows[top[2]]['id']}), pairs > 0.6: {over}"
    )
    others = []
    files = sorted(glob.glob(str(ROOT / "data" / "*.jsonl")))
    for f in [*files, str(ROOT / "data/holdout/questions.jsonl")]:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            others.append((Path(f).name, json.loads(line)))
    best = (0.0, "", "")
    over = 0
    for r, a in zip(rows, sets, strict=True):
        for name, o in others:
            j = jaccard(a, words(o["body"]))
            over += j > 0.5
            best = max(best, (j, r["id"], f"{name}:{o['id']}"))
    if over:
        fail(f"similarity: {over} pairs with data/ or the hold-out over 0.5")
    print(
        f"against {len(others)} bodies in data/*.jsonl and data/holdout: max Jaccard "
        f"{best[0]:.2f} ({best[1]} vs {best[2]}), pairs > 0.5: {over}"
    )


def report_baseline(compiled, rows) -> None:
    got = total = full = 0
    for r in rows:
        path = ROOT / "templates" / r["lang"] / f"{r['topic']}.j2"
        text = JINJA.sub(" ", path.read_text(encoding="utf-8"))
        hits = covered(compiled, text, r["lang"])
        n = sum(c in hits for c in r["required"])
        got += n
        total += len(r["required"])
        full += n == len(r["required"])
    print(
        f"baseline (current topic templates): {got}/{total} required concepts covered "
        f"({got / total:.0%}); all required covered in {full}/{len(rows)} mails"
    )


def main() -> int:
    compiled = load_concepts()
    check_selftest(compiled)
    rows = check_rows(compiled)
    report_shares(rows)
    report_similarity(rows)
    if "--baseline" in sys.argv:
        report_baseline(compiled, rows)
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
