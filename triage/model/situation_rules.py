"""How cues, the sector and the situation model's probabilities become a mail's situations.

The same functions run when the model is trained (to choose the thresholds on cross-validated
probabilities) and when a mail is read, so what is measured is what runs.

Each situation has two thresholds, chosen on the training split (triage.training.situations):

- ``model``: the model alone names the situation when its probability reaches this. This is how
  the model adds a situation no cue names ("søkte for seks uker siden" is *waiting*).
- ``cue``: a situation whose cue occurs needs only this (lower) probability. This is how a cue
  adds a situation the model was unsure of ("fikk avslag" is *rejected*). For a cue that is
  reliable on its own it is 0; for a cue that is often used in another sense it is higher.

A cue is evidence the model does not weigh by itself: the cue lists are written by people and
can name a rare wording the model has seen once or never. The model is evidence cues cannot
give: it sees the whole mail. Requiring both to agree would lose what each finds alone; taking
either alone would add every noisy cue; so a cue lowers the bar instead of clearing it.

Two cues come from the sector: an interview with a public employer is the *panel_public*
situation (structured interview, panel, tillitsvalgt), and a newcomer's salary question about a
public employer is *first_public_job*. Two rules keep the follow-up stages apart, as the labels
do (data/README.md, "Stage"): silence after an interview is *after_interview*, not *waiting*,
and a rejection is not *waiting* either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from triage.inbound.cue_patterns import compile_cues
from triage.model.situation_cues import cue_hits
from triage.situations import situations_for

PUBLIC_SECTORS = frozenset({"state", "municipality", "oslo"})

# Someone new to public-sector pay: a graduate, or from private work, an NGO or abroad.
NEWCOMER = compile_cues(
    (
        r"nyutdann",
        r"ferdig med (master|bachelor)",
        r"blir ferdig",
        r"første jobb",
        r"fyrste jobb",
        r"privat sektor",
        r"private sector",
        r"from the private",
        r"frivillig",
        r"new graduate",
        r"just graduated",
        r"recent graduate",
        r"aldri jobbet i",
        r"aldri jobba i",
        r"never worked in",
        r"have only worked",
        r"first job",
        r"fra bank",
        r"frå bank",
        r"from (a|an) (bank|company|consultancy|ngo)",
        r"abroad",
        r"utlandet",
        r"i have (just )?signed",
        r"from (brazil|ukraine|germany|poland|spain|the uk)",
    )
)

# The later stage wins: a situation on the left is dropped when one on the right is found.
SUPERSEDED_BY: dict[str, tuple[str, ...]] = {
    "waiting": ("after_interview", "rejected"),
    # Rejected after the interview: advice on asking about the next steps no longer applies.
    "after_interview": ("rejected",),
}


def evidence(text: str, topics: tuple[str, ...], sector: str | None) -> dict[str, str]:
    """The cues that occur in ``text`` for the situations of ``topics``: situation -> words."""
    hits = cue_hits(text, situations_for(topics))
    public = sector in PUBLIC_SECTORS
    if "interview" in topics and public and "panel_public" not in hits:
        hits["panel_public"] = f"{sector} employer"
    if "salary" in topics and public and "first_public_job" not in hits:
        newcomer = NEWCOMER.search(text)  # text is cue_text: lower case
        if newcomer:
            hits["first_public_job"] = f"{' '.join(newcomer.group().split())} ({sector})"
    return hits


def decide(
    probabilities: Mapping[str, float],
    hits: Mapping[str, str],
    rules: Mapping[str, Mapping[str, float]],
) -> tuple[str, ...]:
    """The situations named by the model alone or by a cue with enough model support."""
    chosen = []
    for situation, probability in probabilities.items():
        rule = rules[situation]
        bar = rule["cue"] if situation in hits else rule["model"]
        if probability >= bar:
            chosen.append(situation)
    return supersede(chosen)


def supersede(situations: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    found = set(situations)
    return tuple(
        s for s in situations if not any(later in found for later in SUPERSEDED_BY.get(s, ()))
    )


_SPACE = re.compile(r"\s+")


def cue_text(subject: str, text: str) -> str:
    """What cues are matched against: subject and member's words, in lower case, one line."""
    return _SPACE.sub(" ", f"{subject}\n{text}" if subject else text).lower()
