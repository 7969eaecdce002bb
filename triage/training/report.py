"""What a person reads of the model card: the summary ``triage train`` prints, and the page
for counsellors (``topic-report.html``, in Norwegian) with what the model does well and
where it fails.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from triage.training.evaluation import ABSTAINED


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def format_summary(card: dict[str, Any], decision: str, written: Sequence[Path] = ()) -> str:
    """What ``triage train`` prints: the data, the test split, the threshold, the decision."""
    lines = [f"Model {card['version']} ({card['model']['description']})"]
    lines += _data_lines(card)
    lines.append("")
    lines += _test_lines(card["test"])
    lines.append("")
    lines += _threshold_lines(card)
    lines.append(_secondary_line(card["secondary_rule"]))
    lines.append("")
    lines += _scorecard_lines(card)
    lines.append("")
    lines.append(decision)
    if written:
        lines.append("Wrote " + ", ".join(str(p) for p in written))
    return "\n".join(lines)


def _data_lines(card: dict[str, Any]) -> list[str]:
    data = card["data"]
    train = data["train"]
    sources = ", ".join(f"{n} from {s}" for s, n in train["by_source"].items())
    lines = [f"Training: {train['total']} examples ({sources}); test: {data['test']['total']}"]
    merge = data.get("merge")
    if merge:
        lines.append(
            f"Merge: {merge['given']['counsellor']} counsellor decisions,"
            f" {merge['data_overridden_by_counsellor']} data/ examples overridden"
            f" ({merge['relabelled_by_counsellor']} with another label),"
            f" {merge['exact_duplicates_removed']} exact and"
            f" {merge['near_duplicates_removed']} near duplicates removed"
        )
    lines.extend(data.get("notes") or [])
    selection = card["model"]["selection"]
    scores = selection["scores"]
    if "folds" in selection:
        how = (
            f"Chosen by {selection['folds']}-fold cross-validation over {len(scores)} settings"
            f" (macro-F1 {scores[card['model']['description']]:.3f})"
        )
    else:
        mine = scores[card["model"]["description"]]
        how = (
            f"Chosen on the validation file over {len(scores)} settings"
            f" ({_pct(mine['drafted_share'])} drafted at the target precision)"
        )
    lines.append(f"{how}; {card['training_seconds']} s")
    return lines


# The scorecards shown side by side, and what each is.
SCORECARDS = {
    "test": "fixed test split of data/",
    "validation": "validation file (chose the model and threshold)",
    "recent_decisions": "last counsellor decisions (the real stream)",
}


def _scorecard_lines(card: dict[str, Any]) -> list[str]:
    """The live pass on each scored set: drafted share, precision, answerable drafted."""
    lines = [
        "What the live pass would do (drafted / right topic of drafts / answerable drafted /"
        " macro-F1):"
    ]
    for name, title in SCORECARDS.items():
        figures = (card.get("scorecards") or {}).get(name)
        if not figures:
            lines.append(f"  {title}: none")
            continue
        wrong = ", ".join(f"{t} {n}" for t, n in figures["other_drafted_as"].items()) or "none"
        lines.append(
            f"  {title}, {figures['mails']} mails: {_pct(figures['drafted_share'])}"
            f" / {_pct(figures['drafted_precision'])} / {_pct(figures['answerable_drafted'])}"
            f" / {_num(figures['macro_f1'])}; other mail drafted as: {wrong}"
        )
    return lines


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _test_lines(test: dict[str, Any]) -> list[str]:
    lines = [
        "Test split (never seen in training or model selection):",
        f"  {'topic':<24}{'precision':>10}{'recall':>8}{'F1':>8}{'n':>6}",
    ]
    for label, row in test["per_topic"].items():
        lines.append(
            f"  {label:<24}{row['precision']:>10.3f}{row['recall']:>8.3f}"
            f"{row['f1']:>8.3f}{row['support']:>6}"
        )
    lines.append(f"  accuracy {test['accuracy']:.3f}, macro-F1 {test['macro_f1']:.3f}")
    return lines


def _threshold_lines(card: dict[str, Any]) -> list[str]:
    test = card["test"]
    at = test["at_threshold"]
    reached = "reached" if card["target_reached"] else "NOT reached, best precision taken"
    lines = [
        f"Threshold {card['threshold']:.3f}: target precision {card['target_precision']:.2f}"
        f" on validation {reached} ({_pct(card['validation']['drafted_precision'])}),"
        f" coverage {_pct(card['coverage'])}",
        f"At that threshold on the test split: {_pct(at['coverage'])} get a draft,"
        f" {_pct(at['drafted_precision'])} of drafts have the right topic,"
        f" {at['abstained']} of {test['examples']} go to a counsellor",
    ]
    oos = test.get("out_of_scope")
    if oos:
        lines.append(
            f"Out-of-scope ({oos['label']}): in-scope accuracy {_pct(oos['in_scope_accuracy'])},"
            f" oos recall {_pct(oos['oos_recall'])}"
        )
    return lines


def _secondary_line(rule: dict[str, Any]) -> str:
    if rule["min_probability"] is None:
        return f"Secondary topic: {rule.get('note', 'disabled')}"
    return (
        f"Secondary topic: added when its probability >= {rule['min_probability']:.3f}"
        f" (validation precision {_pct(rule['validation_precision'])}"
        f" on {rule['validation_added']})"
    )


_LABEL_NB = {
    "followup": "oppfølging",
    "interview": "intervju",
    "salary": "lønn",
    "cv": "CV og søknad",
    "other": "annet",
    ABSTAINED: "til rådgiver",
}


def _nb(label: str) -> str:
    return html.escape(_LABEL_NB.get(label, label))


def render_report(card: dict[str, Any]) -> str:
    """A self-contained page for counsellors: what the model does well and where it fails."""
    test, at = card["test"], card["test"]["at_threshold"]
    train = card["data"]["train"]
    sources = {"data": "eksempler fra data/", "counsellor": "rådgivernes rettelser"}
    parts = ", ".join(f"{n} {sources.get(s, s)}" for s, n in train["by_source"].items())
    drafted = at["drafted_precision"]
    summary = (
        f"Modellen ble trent {html.escape(card['date'][:10])} på {train['total']} e-poster"
        f" ({html.escape(parts)}) og prøvd på {test['examples']} e-poster den aldri har sett."
        f" Den lager utkast for {_pct(at['coverage'])} av dem, og"
        f" {_pct(drafted)} av utkastene har riktig tema. {at['abstained']} e-poster"
        f" ({_pct(at['abstained'] / max(1, test['examples']))}) går til «trenger rådgiver»"
        f" fordi modellen er usikker (sikkerhet under {card['threshold']:.2f})."
        f" Uten terskel ville {_pct(test['accuracy'])} fått riktig tema."
    )
    rows = "".join(
        f"<tr><td>{_nb(label)}</td><td>{r['support']}</td><td>{_pct(r['precision'])}</td>"
        f"<td>{_pct(r['recall'])}</td><td>{_pct(r['f1'])}</td></tr>"
        for label, r in test["per_topic"].items()
    )
    return _PAGE.format(
        version=html.escape(card["version"]),
        summary=summary,
        sets=_scorecards_html(card.get("scorecards") or {}),
        rows=rows,
        matrix=_matrix_html(at["confusion_matrix"]),
        model=html.escape(card["model"]["description"]),
        threshold=f"{card['threshold']:.3f}",
        target=f"{card['target_precision']:.2f}",
    )


_SETS_NB = {
    "test": "testsettet fra data/",
    "validation": "realistisk valideringssett (valgte modell og terskel)",
    "recent_decisions": "rådgivernes siste avgjørelser (den ekte strømmen)",
}


def _scorecards_html(cards: dict[str, Any]) -> str:
    """One row per scored set: what share got a draft, and how often its topic was right."""
    rows = []
    for name, title in _SETS_NB.items():
        figures = cards.get(name)
        if not figures:
            rows.append(f"<tr><td>{html.escape(title)}</td><td>0</td>{'<td>–</td>' * 5}</tr>")
            continue
        wrong = ", ".join(f"{_nb(t)} {n}" for t, n in figures["other_drafted_as"].items())
        rows.append(
            f"<tr><td>{html.escape(title)}</td><td>{figures['mails']}</td>"
            f"<td>{_pct(figures['drafted_share'])}</td>"
            f"<td>{_pct(figures['drafted_precision'])}</td>"
            f"<td>{_pct(figures['answerable_drafted'])}</td><td>{_num(figures['macro_f1'])}</td>"
            f"<td>{wrong or 'ingen'}</td></tr>"
        )
    return "".join(rows)


def _matrix_html(matrix: dict[str, Any]) -> str:
    head = "".join(f"<th>{_nb(c)}</th>" for c in matrix["columns"])
    body = []
    for label, counts in zip(matrix["rows"], matrix["matrix"], strict=True):
        total = max(1, sum(counts))
        cells = []
        for column, count in zip(matrix["columns"], counts, strict=True):
            # Any non-zero cell gets some colour, so a few wrong drafts still stand out.
            alpha = 0.15 + 0.85 * count / total
            hue = 140 if column == label else (45 if column == ABSTAINED else 0)
            style = f"background:hsla({hue},70%,45%,{alpha:.2f})" if count else ""
            cells.append(f'<td style="{style}">{count}</td>')
        body.append(f"<tr><th>{_nb(label)}</th>{''.join(cells)}</tr>")
    return f"<table><tr><th>riktig \\ modellen</th>{head}</tr>{''.join(body)}</table>"


_PAGE = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Temamodell {version}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto;
  padding: 0 1rem; color: #222; line-height: 1.5 }}
table {{ border-collapse: collapse; margin: 1rem 0 }}
th, td {{ border: 1px solid #ccc; padding: .3rem .6rem; text-align: right }}
tr > :first-child {{ text-align: left }}
.note {{ color: #555; font-size: .9rem }}
</style></head><body>
<h1>Temamodell {version}</h1>
<h2>Kort fortalt</h2>
<p>{summary}</p>
<h2>Hva modellen gjør med e-post (med terskel)</h2>
<table><tr><th>Sett</th><th>Antall</th><th>Får utkast</th><th>Riktig tema i utkast</th>
<th>Spørsmål på temaene som får utkast</th><th>Makro-F1</th><th>«Annet» som fikk utkast</th></tr>
{sets}</table>
<p class="note">Rådgivernes siste avgjørelser er ikke brukt i treningen av denne modellen;
valideringssettet valgte modell og terskel, så tallene der er litt for gode.</p>
<h2>Per tema (testsettet, uten terskel)</h2>
<table><tr><th>Tema</th><th>Antall</th><th>Presisjon</th><th>Treff</th><th>F1</th></tr>
{rows}</table>
<p class="note">Presisjon: av e-postene modellen ga dette temaet, hvor mange som hadde det.
Treff: av e-postene med dette temaet, hvor mange modellen fant.</p>
<h2>Forvekslinger (med terskel)</h2>
<p class="note">Rader: riktig tema. Kolonner: hva modellen gjorde. Grønt er riktig, rødt feil
tema, gult gikk til rådgiver.</p>
{matrix}
<h2>Om modellen</h2>
<p class="note">{model}; terskel {threshold}, valgt slik at minst {target} av utkastene har
riktig tema på valideringsdata.</p>
</body></html>
"""
