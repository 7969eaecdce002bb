"""Validate data/care/eval.jsonl, data/care/dates.jsonl and data/care/dates2.jsonl.

Run from the repository root:  python data/care/validate.py [path/to/main/data]
Checks: every line parses; ids unique; required fields and types; counts and shares;
signal phrases occur verbatim in the body; due dates are valid, not before the sent date
and at most 30 days after it (the due-date window of triage/inbound/due.py); no near-duplicate bodies among these mails (word-set
Jaccard > 0.6) and none with Jaccard > 0.5 against the training/holdout mails.
"""
import collections, datetime as dt, glob, json, os, re, sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..')
errors = []

def load(path):
    rows = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f'{path}:{n}: {e}')
    return rows

def words(t):
    return set(re.findall(r'\w+', t.lower()))

def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0

ev = load(os.path.join(HERE, 'eval.jsonl'))
da = load(os.path.join(HERE, 'dates.jsonl'))
da2 = load(os.path.join(HERE, 'dates2.jsonl'))

EV_FIELDS = {'id': str, 'subject': str, 'body': str, 'lang': str, 'care': bool,
             'complaint': bool, 'topic': str, 'kind': str, 'signal': list}
DA_FIELDS = {'id': str, 'sent': str, 'subject': str, 'body': str, 'lang': str, 'why': str}
for r in ev:
    for f, t in EV_FIELDS.items():
        if not isinstance(r.get(f), t):
            errors.append(f'{r.get("id")}: field {f} missing or not {t.__name__}')
    if r['lang'] not in ('nb', 'nn', 'en'): errors.append(f'{r["id"]}: lang')
    if r['topic'] not in ('followup', 'interview', 'salary', 'cv', 'other'): errors.append(f'{r["id"]}: topic')
    if r['care'] and not r['signal']: errors.append(f'{r["id"]}: care mail without signal')
    if not r['care'] and r['signal']: errors.append(f'{r["id"]}: signal on a non-care mail')
    for s in r['signal']:
        if s not in r['body']: errors.append(f'{r["id"]}: signal not verbatim: {s!r}')
for r in da + da2:
    for f, t in DA_FIELDS.items():
        if not isinstance(r.get(f), t):
            errors.append(f'{r.get("id")}: field {f} missing or not {t.__name__}')
    sent = dt.datetime.fromisoformat(r['sent'])
    if sent.tzinfo is None: errors.append(f'{r["id"]}: sent has no offset')
    if r['due'] is not None:
        due = dt.date.fromisoformat(r['due'])
        d = (due - sent.date()).days
        if not 0 <= d <= 30: errors.append(f'{r["id"]}: due {d} days after sent')

for name, rows in (('eval', ev), ('dates', da), ('dates2', da2)):
    ids = [r['id'] for r in rows]
    if len(ids) != len(set(ids)): errors.append(f'{name}: duplicate ids')

C = collections.Counter
care = [r for r in ev if r['care']]
compl = [r for r in ev if r['complaint']]
ordinary = [r for r in ev if not r['care'] and not r['complaint']]
print(f'eval.jsonl: {len(ev)} mails')
print(f'  care=true: {len(care)}  langs {dict(C(r["lang"] for r in care))}  (of which complaint too: {sum(r["complaint"] for r in care)})')
print(f'  complaint=true: {len(compl)}  langs {dict(C(r["lang"] for r in compl))}')
print(f'  ordinary: {len(ordinary)}  langs {dict(C(r["lang"] for r in ordinary))}  topics {dict(C(r["topic"] for r in ordinary))}')
emo = [r for r in ordinary if r['kind'] not in ('neutral', 'complaint_other_sense')]
print(f'  ordinary with strong non-distress emotion: {len(emo)}; complaint_other_sense: {sum(r["kind"]=="complaint_other_sense" for r in ordinary)}')
print(f'  kinds care: {dict(C(r["kind"] for r in care))}')
print(f'  kinds complaint: {dict(C(r["kind"] for r in compl))}')
print(f'  kinds ordinary: {dict(C(r["kind"] for r in ordinary))}')
print(f'  topics all: {dict(C(r["topic"] for r in ev))}  langs all: {dict(C(r["lang"] for r in ev))}')
print(f'dates.jsonl: {len(da)} mails; due set: {sum(r["due"] is not None for r in da)}, null: {sum(r["due"] is None for r in da)}; langs {dict(C(r["lang"] for r in da))}')

def lengths(rows):
    b = C()
    for r in rows:
        n = len(r['body'])
        b['short <200' if n < 200 else 'medium 200-600' if n <= 600 else 'long >600'] += 1
    return dict(b)
print(f'dates2.jsonl: {len(da2)} mails; due set: {sum(r["due"] is not None for r in da2)}, null: {sum(r["due"] is None for r in da2)}; langs {dict(C(r["lang"] for r in da2))}')
print('length (chars): eval', lengths(ev), ' dates', lengths(da), ' dates2', lengths(da2))
for name, rows in (('care', care), ('complaint', compl), ('ordinary', ordinary)):
    ns = sorted(len(r['body']) for r in rows)
    print(f'  {name}: min {ns[0]}, median {ns[len(ns)//2]}, max {ns[-1]}')
quoted = [r for r in ev if re.search(r'^(>|Fra:|From:|-----|On .* wrote:|Den .* skrev)', r['body'], re.M)]
print(f'  replies with quoted text: care {sum(r["care"] for r in quoted)}, complaint {sum(r["complaint"] for r in quoted)}, all {len(quoted)}')

mine = [(r['id'], words(r['body'])) for r in ev + da]
own = sorted(((jac(a, b), i, j) for (i, a), (j, b) in combinations(mine, 2)), reverse=True)
print(f'near-duplicates among these {len(mine)} mails (Jaccard > 0.6): {sum(x[0] > 0.6 for x in own)}; highest {own[0][0]:.2f} ({own[0][1]}, {own[0][2]})')
if any(x[0] > 0.6 for x in own): errors.append('near-duplicate pair(s) among own mails')
ext_files = glob.glob(os.path.join(MAIN, '*.jsonl')) + glob.glob(os.path.join(MAIN, 'holdout', 'questions.jsonl'))
ext = [words(json.loads(l)['body']) for f in ext_files for l in open(f, encoding='utf-8')]
if ext:
    best = max(((max(jac(a, b) for b in ext), i) for i, a in mine))
    over = sum(1 for i, a in mine if any(jac(a, b) > 0.5 for b in ext))
    print(f'against {len(ext)} bodies in {MAIN} ({len(ext_files)} files): pairs > 0.5: {over}; highest {best[0]:.2f} ({best[1]})')
    if over: errors.append('overlap with training/holdout data')
else:
    print(f'no training data found under {MAIN}; cross-check skipped')
print('ERRORS:' if errors else 'OK: no errors', *errors, sep='\n  ')
sys.exit(1 if errors else 0)
