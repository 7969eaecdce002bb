"""Dates written in a member's mail, resolved to calendar days.

A small parser for the forms members use in bokmål, nynorsk and English: "12. mars", "12 March",
"March 12th", "3/12" and "12.03." (day first, as in Norway), ISO "2027-03-15", "den 20." and
"on the 5th", weekday names ("tirsdag", "neste onsdag", "on Thursday"), and relative words
("i dag", "i morgon", "tomorrow", "om to dager", "om en uke", "within 48 hours", "før
helga"); a span of days ("22.–24. mars") is its first day.

Resolution rules, so no guess is ever made:
- a weekday name is the next such day strictly after the sent day; "neste onsdag" only when
  that day is not in the sent day's own week (otherwise it can be read two ways);
- a day and month without a year is the next occurrence on or after the sent day;
- relative words and weekdays need the sent day; without it they give nothing;
- vague timing ("neste uke", "snart", "in a few weeks", "i januar", "uke 46") is not a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from triage.inbound.lexicon import compile_words


@dataclass(frozen=True)
class DateMention:
    """One date in the text: the day it means and where it was written."""

    day: date
    start: int
    end: int


_MONTHS = {
    1: "januar january jan",
    2: "februar february feb",
    3: "mars march mar",
    4: "april apr",
    5: "mai may",
    6: "juni june jun",
    7: "juli july jul",
    8: "august aug",
    9: "september sept sep",
    10: "oktober october okt oct",
    11: "november nov",
    12: "desember december des dec",
}
_MONTH_NUMBER = {name: number for number, names in _MONTHS.items() for name in names.split()}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))

_WEEKDAYS = {
    0: "mandag måndag monday",
    1: "tirsdag tysdag tuesday",
    2: "onsdag wednesday",
    3: "torsdag thursday",
    4: "fredag friday",
    5: "lørdag laurdag saturday",
    6: "søndag sundag sunday",
}
_WEEKDAY_NUMBER = {name: number for number, names in _WEEKDAYS.items() for name in names.split()}
_WEEKDAY = "|".join(_WEEKDAY_NUMBER)

_NUMBER_WORDS = {
    "en": 1, "ett": 1, "ei": 1, "ein": 1, "eitt": 1, "one": 1, "a": 1,
    "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4, "fem": 5, "five": 5,
    "seks": 6, "six": 6, "sju": 7, "syv": 7, "seven": 7, "åtte": 8, "eight": 8,
    "ni": 9, "nine": 9, "ti": 10, "ten": 10,
}  # fmt: skip
_COUNT = "\\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_ORDINAL = "(?:st|nd|rd|th|e)?"

_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
_NUMERIC_YEAR = re.compile(r"(?<![\d.,/])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d/]|\.\d)")
_NUMERIC = re.compile(r"(?<![\d.,/:])(\d{1,2})([./])(\d{1,2})(\.)?(?![\d/:]|\.\d|,\d)")
# "22.–24. mars", "24–25 June", "19.-21. mai": a span of days is due on its first day.
_DAY_RANGE = compile_words(
    rf"(?P<d>\d{{1,2}})\.? ?[–—-] ?\d{{1,2}}(?:\.|{_ORDINAL}) ?(?:of )?(?P<m>{_MONTH})\.?"
    rf"(?: (?P<y>\d{{4}}))?"
)
_DAY_MONTH = compile_words(
    rf"(?P<d>\d{{1,2}})(?:\.|{_ORDINAL}) ?(?:of )?(?P<m>{_MONTH})\.?(?: (?P<y>\d{{4}}))?"
)
_MONTH_DAY = compile_words(
    rf"(?P<m>{_MONTH})\.? (?:the )?(?P<d>\d{{1,2}}){_ORDINAL}(?:,? (?P<y>\d{{4}}))?"
)
# "den 20." / "the 5th" with no month: the next such day of a month.
_DAY_ONLY = compile_words(
    (
        rf"den (?P<nd>\d{{1,2}})\.(?! ?\d)(?! ?(?:{_MONTH}))",
        r"the (?P<ed>\d{1,2})(?:st|nd|rd|th)(?! of)",
    )
)
_WEEKDAY_WORD = compile_words(
    rf"(?:(?P<mod>neste|nest|førstkommende|kommende|next|this|coming|forrige|førre|sist|siste"
    rf"|last|past|i) )?(?P<wd>{_WEEKDAY})"
    rf"(?P<week> (?:i |in )?(?:neste|next|denne|this|forrige|førre|last) (?:uke|uka|veke|veka"
    rf"|week))?"
)
_PAST_MODIFIERS = ("forrige", "førre", "sist", "siste", "last", "past", "i")
# The words before a counted span ("om to dager", "within 48 hours", "innen en uke").
SPAN_FROM = "(?:om|in|within|innen|innan|i løpet av)"
_RELATIVE = compile_words(
    (
        r"(?P<d2>i overmorgen|i overmorgon|overimorgen|the day after tomorrow|day after tomorrow)",
        r"(?P<d1>i morgen|imorgen|i morgon|imorgon|i morra|imorra|tomorrow|tmrw)",
        r"(?P<d0>i dag|idag|today|i kveld|ikveld|tonight|later today|seinare i dag|senere i dag)",
        rf"{SPAN_FROM} (?P<n>{_COUNT}) (?:dager|dagar|dag|days|day)",
        rf"{SPAN_FROM} (?P<h>24|48|72) (?:timer|timar|hours|t)",
        rf"{SPAN_FROM} (?P<w>{_COUNT}) (?:uker|uke|veker|veke|weeks|week)",
        r"(?P<fri>før helga|før helgen|før helgi|innen helga|innen helgen|innan helga|"
        r"before the weekend|by the weekend|by the end of the week|by end of week|"
        r"innen utgangen av uka|innan utgangen av veka)",
    )
)
_WORD_TABLES = {
    name: tuple((compile_words(word), number) for word, number in table.items())
    for name, table in (
        ("month", _MONTH_NUMBER),
        ("weekday", _WEEKDAY_NUMBER),
        ("count", _NUMBER_WORDS),
    )
}
# After a number: this is an amount, a share or a length of time, not a date.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|prosent|percent|kr\b|nok\b|mill|million|år\b|years?\b|timer|hours?|stilling|"
    r"gpa|poeng|points?|-\s*\d)",
    re.IGNORECASE,
)
# Cheap tests that let find_dates skip regexes that cannot match (each regex scan costs about
# as much as the test): every pattern but the weekday and relative ones needs a digit, and
# every weekday name has "dag" or "day" in it.
_DIGIT = re.compile(r"\d")
_WEEKDAY_HINT = re.compile("da[gy]", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:\bkl\.?|\bklokka|\bklokken|\bat|@|\bfra|\bfrom)\s*$", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_occurrence(sent_day: date | None, month: int, day: int) -> date | None:
    """Day and month without a year: the next such date on or after the sent day."""
    if sent_day is None:
        return None
    for year in (sent_day.year, sent_day.year + 1):
        found = _safe_date(year, month, day)
        if found is not None and found >= sent_day:
            return found
    return None


def _day_of_month(sent_day: date | None, day: int) -> date | None:
    """ "den 20." / "the 20th": this month's if still ahead (or today), else next month's."""
    if sent_day is None:
        return None
    found = _safe_date(sent_day.year, sent_day.month, day)
    if found is not None and found >= sent_day:
        return found
    if sent_day.month == 12:
        return _safe_date(sent_day.year + 1, 1, day)
    return _safe_date(sent_day.year, sent_day.month + 1, day)


def _full_or_next(sent_day: date | None, year: str | None, month: int, day: int) -> date | None:
    if year:
        full = int(year) + 2000 if len(year) == 2 else int(year)
        return _safe_date(full, month, day)
    return _next_occurrence(sent_day, month, day)


def _numeric(match: re.Match[str], text: str, sent_day: date | None) -> date | None:
    """ "3/12", "12.03.", "1.11.": day first; not a clock time, a decimal or an amount."""
    day, separator, month, dot = match.groups()
    if _CLOCK_BEFORE.search(text[max(0, match.start() - 8) : match.start()]):
        return None
    if _UNIT_AFTER.match(text, match.end()):
        return None
    if separator == "." and not dot and len(month) < 2:
        return None  # "2.5" is a number
    if separator == "/" and (day, month) == ("24", "7"):
        return None
    found = _next_occurrence(sent_day, int(month), int(day))
    if found is None and separator == "/" and int(month) > 12:
        found = _next_occurrence(sent_day, int(day), int(month))  # an American "12/25"
    return found


def _weekday(match: re.Match[str], text: str, sent_day: date | None) -> date | None:
    """A weekday name, or None when it is past, ambiguous or part of a written date."""
    if sent_day is None or re.match(r"\s*(?:den\s+|the\s+)?\d", text[match.end() :]):
        return None
    modifier = (match.group("mod") or "").lower()
    week = (match.group("week") or "").lower()
    if modifier in _PAST_MODIFIERS or any(word in _PAST_MODIFIERS for word in week.split()[-2:]):
        return None  # "i tirsdag" is last Tuesday in Norwegian
    name = match.group("wd")
    target = _lookup("weekday", name)
    if target is None:
        return None
    monday = sent_day - timedelta(days=sent_day.weekday())
    if any(word in week for word in ("neste", "next")):
        return monday + timedelta(days=7 + target)
    if week:  # "this week" / "denne uka"
        found = monday + timedelta(days=target)
        return found if found > sent_day else None
    ahead = (target - sent_day.weekday() - 1) % 7 + 1  # strictly after the sent day
    found = sent_day + timedelta(days=ahead)
    if modifier in ("neste", "nest", "next") and found - monday < timedelta(days=7):
        return None  # "neste onsdag" said on a Monday: this week's or next week's?
    return found


@cache
def _lookup(table: str, written: str) -> int | None:
    """The number of a written month, weekday or count word ("lordag" is "lørdag")."""
    for regex, number in _WORD_TABLES[table]:
        if regex.fullmatch(written):
            return number
    return None


def _relative(match: re.Match[str], sent_day: date | None) -> date | None:
    if sent_day is None:
        return None
    groups = match.groupdict()
    if groups["d0"] or groups["d1"] or groups["d2"]:
        return sent_day + timedelta(days=0 if groups["d0"] else 1 if groups["d1"] else 2)
    if groups["n"] or groups["w"]:
        count = groups["n"] or groups["w"]
        number = int(count) if count.isdigit() else _lookup("count", count)
        if number is None:
            return None
        return sent_day + timedelta(days=number * (7 if groups["w"] else 1))
    if groups["h"]:
        return sent_day + timedelta(days=int(groups["h"]) // 24)
    friday = sent_day + timedelta(days=4 - sent_day.weekday())
    return friday if friday >= sent_day else None  # "før helga" said on a weekend: unclear


def _numbered_dates(
    text: str, sent_day: date | None, add: Callable[[re.Match[str], date | None], None]
) -> None:
    """The dates with a number in them, in find_dates' order of precedence."""
    for match in _ISO.finditer(text):
        add(match, _safe_date(int(match[1]), int(match[2]), int(match[3])))
    for match in _NUMERIC_YEAR.finditer(text):
        add(match, _full_or_next(sent_day, match[3], int(match[2]), int(match[1])))
    for regex in (_DAY_RANGE, _DAY_MONTH, _MONTH_DAY):
        for match in regex.finditer(text):
            month = _lookup("month", match["m"])
            if month is not None:
                add(match, _full_or_next(sent_day, match["y"], month, int(match["d"])))
    for match in _NUMERIC.finditer(text):
        add(match, _numeric(match, text, sent_day))
    for match in _DAY_ONLY.finditer(text):
        add(match, _day_of_month(sent_day, int(match["nd"] or match["ed"])))


def find_dates(text: str, sent_day: date | None) -> list[DateMention]:
    """Every date written in ``text`` that can be resolved, in the order written.

    ``sent_day`` is the mail's own local date; past dates are returned too (the caller
    decides), but a mention that cannot be resolved without guessing is left out.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], day: date | None) -> None:
        if any(match.start() < end and start < match.end() for start, end in taken):
            return
        taken.append((match.start(), match.end()))
        if day is not None:
            found.append(DateMention(day, match.start(), match.end()))

    if _DIGIT.search(text):
        _numbered_dates(text, sent_day, add)
    for match in _RELATIVE.finditer(text):
        add(match, _relative(match, sent_day))
    if _WEEKDAY_HINT.search(text):
        for match in _WEEKDAY_WORD.finditer(text):
            add(match, _weekday(match, text, sent_day))
    return sorted(found, key=lambda mention: mention.start)
