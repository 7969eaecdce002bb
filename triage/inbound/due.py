"""When does the member need an answer? The due date of an interview, deadline or offer.

Urgent mail ("intervju tirsdag", "svar innen fredag", "interview on 12 March") is seen before
older mail that can wait. The rule throughout is no due date rather than a wrong one:

- a date counts only next to a word of an event or deadline ("intervju", "frist", "svar innen",
  "tilbud", "møte", "interview", "deadline", "by Friday"); a date next to a past or unrelated
  event ("født", "søkte", "started", "birthday", "begynner i ny jobb") does not;
- dates before the sent day are ignored, and so are dates more than 30 days after it;
- "i dag"/"today" is mostly the time of telling ("today they invited me to ..."): it counts only
  with an event word right next to it and no other date in its sentence;
- of several dates that count, the soonest is due;
- the sent day is the mail's own local date (its Date header's offset, never converted to UTC):
  "i dag" written at 00:35 +02:00 is that day, not the UTC day before.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from triage.inbound.dates import SPAN_FROM, DateMention, find_dates
from triage.inbound.lexicon import compile_words, sentence_bounds

# A date further ahead is not urgent: as a due date it would put the mail before older mail
# that has waited longer (the queue goes care, due soonest, oldest).
MAX_DAYS_AHEAD = 30
_BEFORE = 80  # how far before a date a cue word may stand, in characters, within its sentence
_AFTER = 60

# Words for the event or deadline a date belongs to.
_CUES = compile_words(
    (
        r"\w*intervju\w*|\w*interview\w*|\w*samtale\w*|andre runde|second round|final round"
        r"|siste runde|\w*frist\w*|deadline\w*|due",
        r"svar|svare|svara|svarar|svarer|answer\w*|respond|response|reply|gi beskjed|gje beskjed"
        r"|let them know|let (?:me|him|her) know",
        r"\w*tilbud\w*|\w*tilbod\w*|offer\w*|\w*møte\w*|meeting\w*|innkalt|innkalling|invited"
        r"|meet|møtes|treffe|treffes|treffast|inn att|inn igjen|inn på nytt|kalle inn|called back",
        r"assessment\w*|testdag\w*|opptaksprøve\w*|prøvedag\w*|(?:numerical|aptitude|personality)"
        r" test\w*|(?:salary|pay|lønns) ?talk\w*",
        r"beslutning\w*|avgjørelse\w*|decide|decision|bestemme\w*|avgjøre|avgjere|akseptere"
        r"|aksepter|accept",
        r"signe\w*|signer\w*|sign|signed|skrive under|\w*forhandling\w*|negotiat\w*"
        r"|presentasjon\w*|presentation\w*|caseoppgåve\w*|caseoppgave\w*|case",
    )
)
# A deadline word right before the date decides on its own ("innen fredag", "by Friday").
_DEADLINE_BEFORE = re.compile(
    compile_words(
        r"innen|innan|by|before|før|senest|seinast|seinest|until|no later than|fram til"
        r"|frem til|within|frist|fristen er|fristen|deadline|deadline is|due"
    ).pattern
    + r"(?:\W+\w+)?\W*$",
    re.IGNORECASE,
)
# A mention that carries its own deadline word.
_DEADLINE_IN = re.compile(r"(?:innen|innan|within|før|before|by|i løpet av)\b", re.IGNORECASE)
# The sent day itself, and the event words that make it due ("intervjuet er i dag").
_TODAY = compile_words(
    r"i dag|idag|today|i kveld|ikveld|tonight|later today|seinare i dag|senere i dag"
)
_EVENTS = compile_words(
    r"\w*intervju\w*|\w*interview\w*|\w*møte\w*|meeting\w*|\w*frist\w*|deadline\w*"
    r"|\w*samtale\w*|presentasjon\w*|presentation\w*"
)
_CLOSE = 25  # characters

_PAST = "forrige|førre|sist|last|ago|siden|sidan"
# Words of a past or unrelated event: a date next to them is not due.
_NOT_DUE = compile_words(
    (
        r"født|fødd|born|birthday|bursdag\w*|fødselsdag\w*|jubileum|anniversary",
        r"started|startet|starta|begynte|byrja|søkte|søkt|applied|sendte|sent|hadde|had|var|was"
        r"|were|vart|fikk|fekk|got|received|mottok|fått|ringte|ringde|called|heard|hørte|høyrde",
        rf"{_PAST}|passed|gikk|gjekk|went",
        r"begynner i (?:ny|den nye) jobb\w*|starter i (?:ny|den nye) jobb\w*|oppstart\w*"
        r"|tiltred\w*|start date|starting date|first day|første (?:arbeids)?dag\w*",
        r"utløper|går ut|expires|ends|slutter|sluttar|ferie\w*|holiday|vacation|permisjon\w*",
    )
)

# A span counted from some day ("within a week"), and the words of a sentence where it is not
# counted from the sent day for the member: a past day, or the employer's promise.
_SPAN = re.compile(SPAN_FROM + r"\s", re.IGNORECASE)
_NOT_FROM_NOW = compile_words(
    (
        rf"{_PAST}|had|har hatt|hadde",
        r"said|told|promised|expected|would|hear|heard|get back|call me back|contact|sa|lovet"
        r"|lova|lovte|skulle få|skal få|høre|høyre|få svar|får svar|ta kontakt|ringe tilbake",
    )
)


def sent_datetime(date_header: str) -> datetime | None:
    """A mail's Date header as a datetime that keeps the sender's own offset, or None."""
    try:
        return parsedate_to_datetime(date_header) if date_header else None
    except (TypeError, ValueError, IndexError):
        return None


def _nearest(regex: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Distance in characters from text[start:end] to the nearest match around it.

    A word after the date counts double: the word a date belongs to usually comes first
    ("intervju mandag", "bursdag på fredag og intervju mandag 26. april").
    """
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    low, high = max(sentence_start, start - _BEFORE), min(sentence_end, end + _AFTER)
    distances = []
    for match in regex.finditer(text, low, high):
        if match.end() <= start:
            distances.append(start - match.end())
        elif match.start() >= end:
            distances.append(2 * (match.start() - end) + 1)
    return min(distances, default=None)


def _is_due_mention(text: str, mention: DateMention, others: list[DateMention]) -> bool:
    """Whether a date belongs to an event or deadline, by the words around it.

    ``others`` are the other dates in the text: "today" is mostly the time of telling ("today
    they invited me to an interview on 13 April", "I earn 560 000 today"), so it counts only
    with an event word close by and no other date in its sentence.
    """
    written = text[mention.start : mention.end]
    # A span ("om en uke", "within 48 hours") after "I had the interview last Tuesday" counts
    # from then, not from the sent day, and "they said I'd hear back within a week" is when
    # the employer acts, not what the member needs help by.
    if _SPAN.match(written) and _in_sentence(_NOT_FROM_NOW, text, mention):
        return False
    if _DEADLINE_IN.match(written):
        return True  # "før helga", "within 48 hours", "innen tre dager"
    if _DEADLINE_BEFORE.search(text[max(0, mention.start - 30) : mention.start]):
        return True
    if _TODAY.fullmatch(written):
        return _close_event(text, mention, others)
    cue = _nearest(_CUES, text, mention.start, mention.end)
    if cue is None:
        return False
    not_due = _nearest(_NOT_DUE, text, mention.start, mention.end)
    return not_due is None or cue <= not_due


def _in_sentence(regex: re.Pattern[str], text: str, mention: DateMention) -> bool:
    low, high = sentence_bounds(text, mention.start, mention.end)
    return regex.search(text, low, high) is not None


def _close_event(text: str, mention: DateMention, others: list[DateMention]) -> bool:
    low, high = sentence_bounds(text, mention.start, mention.end)
    if any(low <= other.start < high and other is not mention for other in others):
        return False
    event = _nearest(_EVENTS, text, mention.start, mention.end)
    if event is None or event > _CLOSE:
        return False
    not_due = _nearest(_NOT_DUE, text, mention.start, mention.end)
    return not_due is None or event <= not_due


def due_date(text: str, sent: datetime | None, lang: str = "") -> date | None:
    """The day the member's question is for, or None when there is none to be sure of.

    ``sent`` is the mail's Date (see ``sent_datetime``); its own local date is the reference
    day. Without it only dates written with a year can count, and none can be checked against
    the past. ``lang`` is accepted for symmetry: every language's forms are read.
    """
    sent_day = sent.date() if sent is not None else None
    mentions = find_dates(text or "", sent_day)
    due = [
        mention.day
        for mention in mentions
        if _is_due_mention(text, mention, mentions) and _in_window(mention.day, sent_day)
    ]
    return min(due, default=None)


def _in_window(day: date, sent_day: date | None) -> bool:
    if sent_day is None:
        return True
    return sent_day <= day <= sent_day + timedelta(days=MAX_DAYS_AHEAD)
