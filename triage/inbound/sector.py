"""The sector of the employer a question is about: state, municipality, Oslo or private.

Pay is set differently in each (the state since 2017 in kroner with lønnsspenn, KS
municipalities locally, Oslo kommune its own way, private employers by contract), so a salary
draft needs it. Detection is by cues a counsellor can read: words that name an employer of one
sector. The employer the question is *about* counts, not a past one, so each cue is weighed by
its sentence: more in the subject or beside words of applying ("søkt", "intervju", "tilbud"),
less beside words of the past ("tidligere", "worked", "før det"). One sector has to stand out;
mail that names two sectors about equally (a comparison, a move from one to the other) gets
None, and so does mail with no cue. The sector definitions are in data/README.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from triage.inbound.cue_patterns import compile_cues, expand, split_cues

# sector -> cues separated by ";" (regular expressions written with æøå: cue_patterns.expand).
SECTOR_CUES: dict[str, str] = {
    "state": r"""
        departement; direktorat; statlig; staten\b; i staten; statens\b; \bnav\b; nav-;
        statsforvalt; forskningsråd; fylkesmann; ministry; ministries; directorate; state
        agency; state sector; the state\b; government agency; universitet(?!ssykehus);
        høgskole; høgskule; høyskole; universit(y|ies); tilsynet\b; et tilsyn\b; eit
        tilsyn\b; skatteetaten; \budir\b; lånekassen; forvaltningsorgan; state
        (institution|employer|job); national agency; statleg; lønnsspenn; lønsspenn
        """,
    "municipality": r"""
        kommune(?!r\b); kommunen\b; kommunal; fylkeskommun; fylket\b; et fylke\b; eit
        fylke\b; municipal; county; \bks\b; rådmann; kommunedirektør; videregående skole;
        vidaregåande; kommunalsjef; nabokommune; fylkesbibliotek; hjemkommune; heimkommune
        """,
    # Employers that fit none of the four (data/README.md): they vote for no sector.
    "none": r"""
        interkommunal; \biks\b; helseforetak; helseføretak; sykehus; sjukehus; hospital;
        statsforetak; statlig foretak; statleg føretak; state enterprise; svensk; dansk;
        swedish; danish; \beu\b; european; forskningsinstitutt; research institute;
        regionråd; enkeltpersonforetak; eget firma; eige firma; selvstendig; sjølvstendig;
        self-employed; freelance; frilans; det offentlige; offentleg; public sector; public
        agency
        """,
    "oslo": r"""
        oslo kommune; bydel; city of oslo; oslo municipality; etat(en)? i oslo
        """,
    "private": r"""
        \bas\b; \basa\b; konsulent(selskap|firma|byrå|bransjen); \w*selskap; \w*firma\b;
        \w*firmaet\b; \w*bedrift; \w*konsern; \w*byrå(et)?\b; \w*organisasjon(?!s);
        organi[sz]ation\b; consultanc; consulting firm; company; companies; privat; private;
        \bngo; stiftelse; stifting; foundation; startup; start-up; \bbank; forsikring;
        insurance; agency\b(?<!state agency)(?<!public agency); think tank; humanitær;
        ideell; \w*forbund; \bfirm\b; tech\b; advisory firm; bispedøme; kyrkja; kirken
        """,
}

NO_SECTOR = "none"
# The Oslo cues are more specific than the municipal ones they overlap with ("Oslo kommune").
_OVERRIDES = {"oslo": "municipality"}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_TARGET = re.compile(
    expand(
        r"(?<!\w)(søk|søkt|søker|søkte|søkja|søkje|stilling|intervju|tilbud|tilbod|innkall|"
        r"kalt inn|kalla inn|begynne|begynner|lønnssamtale|lønssamtale|applied|apply|applying|"
        r"application|interview|offer|position|role\b|job at|job in|invited|start)"
    ),
    re.IGNORECASE,
)
_PAST = re.compile(
    expand(
        r"(?<!\w)(tidligere|tidlegare|før det|jobbet|jobba\b|var ansatt|vore tilsett|har vært|"
        r"har vore|worked|previously|former|used to|before that|i fjor\b|last year|studied|retired|"
        r"pensjon|sluttet|slutta|sa opp|sagt opp|laid off|left\b|"
        r"studerte|utdannet|master fra|master i|graduated|degree from|fra privat|frå privat)"
    ),
    re.IGNORECASE,
)
_CURRENT = re.compile(
    expand(
        r"(?<!\w)(jobber (i|som|på|hos)|jobbar (i|som|på|hjå)|er ansatt|er tilsett|"
        r"arbeidsgiveren min|arbeidsgjevaren min|my employer|i work (at|in|for|as)|i'?m working|"
        r"employed (at|by|in)|"
        r"min nåværende|current (job|employer|role))"
    ),
    re.IGNORECASE,
)
_FROM = re.compile(expand(r"(?<!\w)(fra|frå|from|left|i fjor)\W+(\w+\W+)?$"), re.IGNORECASE)
# "tilbud fra", "offer from", "hørt fra": the employer it comes from is the one in question.
_RECEIVED = re.compile(
    expand(
        r"(?<!\w)(tilbud|tilbod|jobbtilbud|offer|offered|avslag|svar|innkalling|invitasjon|"
        r"e-post|epost|mail|email|call|beskjed|hørt|høyrt|heard|nei|no)\W+$"
    ),
    re.IGNORECASE,
)
_TO = re.compile(expand(r"(?<!\w)(til|into|to|hos|hjå|at|with|ved|i)\W+(\w+\W+)?$"), re.IGNORECASE)
LEAD_IN_CHARS = 20
SUBJECT_WEIGHT = 2.0
TARGET_WEIGHT = 1.5
PAST_WEIGHT = 0.3
# The member's own employer: the one a raise is about, otherwise mostly background.
CURRENT_WEIGHT = {True: 1.5, False: 0.5}
# In CV questions an employer named in passing is rarely the one the advice is for.
PASSING_WEIGHT = {True: 0.5, False: 1.0}
# The winner must have at least this score and this many times the runner-up's.
MIN_SCORE = 1.0
MIN_LEAD = 2.0


@dataclass(frozen=True)
class SectorReading:
    """The sector (or None) and the cue words that decided it."""

    sector: str | None
    cues: tuple[str, ...]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {sector: compile_cues(split_cues(cues)) for sector, cues in SECTOR_CUES.items()}


def sector_scores(
    subject: str, text: str, *, current_job: bool = False, named_only: bool = False
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Each sector's weighed cue count, and the words found, over subject and text.

    ``current_job``: the question is about the member's own employer (a raise).
    ``named_only``: only an employer applied to counts in full (CV questions).
    """
    scores: dict[str, float] = {}
    found: dict[str, list[str]] = {}
    for part, base in ((subject, SUBJECT_WEIGHT), (text, 1.0)):
        matches = _matches(part)
        if not matches:
            continue
        # The subject is one sentence; the text is cut into sentences only where a cue is.
        spans = [(0, len(part))] if part is subject else _sentence_spans(part)
        starts = [start for start, _ in spans]
        weights: dict[int, float] = {}
        for sector, start, words in matches:
            k = max(0, bisect_right(starts, start) - 1)
            first, end = spans[k]
            sentence = part[first:end]
            if k not in weights:
                weights[k] = base * _sentence_weight(sentence, current_job, named_only)
            lead = _lead_in(sentence, start - first)
            scores[sector] = scores.get(sector, 0.0) + weights[k] * lead
            found.setdefault(sector, []).append(words)
    for specific, general in _OVERRIDES.items():
        if specific in scores and general in scores:
            scores[general] = max(0.0, scores[general] - scores[specific])
    return scores, found


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text)] or [(0, len(text))]


def _sentence_weight(sentence: str, current_job: bool, named_only: bool) -> float:
    if _TARGET.search(sentence):
        weight = TARGET_WEIGHT
    elif _CURRENT.search(sentence):
        weight = CURRENT_WEIGHT[current_job]
    else:
        weight = PASSING_WEIGHT[named_only]
    if _PAST.search(sentence):
        weight *= PAST_WEIGHT
    return weight


def _matches(text: str) -> list[tuple[str, int, str]]:
    """(sector, where, words) for every sector cue in ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    matches = []
    for sector, pattern in _patterns().items():
        for match in pattern.finditer(lowered):
            words = " ".join(text[match.start() : match.end()].split())
            # "AS"/"ASA" only as written: "as" is an English word.
            if sector != "private" or words.lower() not in ("as", "asa") or words.isupper():
                matches.append((sector, match.start(), words))
    return matches


def _lead_in(sentence: str, start: int) -> float:
    """In "fra kommunen til staten" the employer after "fra" is the past one, after "til" next."""
    before = sentence[max(0, start - LEAD_IN_CHARS) : start]
    origin = _FROM.search(before)
    if origin:
        earlier = sentence[max(0, start - LEAD_IN_CHARS - len(origin.group())) : start]
        received = _RECEIVED.search(earlier[: len(earlier) - len(origin.group())])
        return TARGET_WEIGHT if received else PAST_WEIGHT
    if _TO.search(before):
        return TARGET_WEIGHT
    return 1.0


def detect_sector(
    subject: str, text: str, *, current_job: bool = False, named_only: bool = False
) -> SectorReading:
    """The sector the mail's employer is in, or None when no sector clearly stands out.

    ``current_job`` and ``named_only`` as in ``sector_scores``.
    """
    scores, found = sector_scores(subject, text, current_job=current_job, named_only=named_only)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return SectorReading(None, ())
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best == NO_SECTOR or score < MIN_LEAD * runner_up:
        return SectorReading(None, ())
    words = tuple(dict.fromkeys(w.lower() for w in found[best]))
    return SectorReading(best, tuple(f"sector {best}: {w}" for w in words[:3]))
