"""due_date finds the day of the interview or deadline a question is for, or says nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.inbound.dates import find_dates
from triage.inbound.due import MAX_DAYS_AHEAD, due_date, sent_datetime

WINTER = timezone(timedelta(hours=1))  # Europe/Oslo, standard time
SUMMER = timezone(timedelta(hours=2))  # Europe/Oslo, summer time
FRIDAY = datetime(2026, 11, 13, 9, 30, tzinfo=WINTER)
MONDAY = datetime(2026, 11, 16, 14, 0, tzinfo=WINTER)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


DUE = [
    # weekday names: the next such day strictly after the sent day
    ("Jeg har intervju på tirsdag, hva bør jeg forberede?", FRIDAY, d(11, 17)),
    ("De vil ha svar innen fredag.", FRIDAY, d(11, 20)),  # sent on a Friday: next Friday
    ("Eg må svare innan måndag.", FRIDAY, d(11, 16)),
    ("Second interview on Thursday!", MONDAY, d(11, 19)),
    ("They want an answer by Wednesday", MONDAY, d(11, 18)),
    ("Intervju neste onsdag", FRIDAY, d(11, 18)),  # only one reading when sent on a Friday
    ("Intervjuet er tirsdag i neste uke.", MONDAY, d(11, 24)),
    ("intervju lordag", FRIDAY, d(11, 14)),  # no ø
    # relative words
    ("Har intervju i morgen kl. 10.15, noen tips?", FRIDAY, d(11, 14)),
    ("Eg har intervju i morgon.", FRIDAY, d(11, 14)),
    ("Intervjuet er i dag klokka to!", MONDAY, d(11, 16)),
    ("Interview tomorrow morning, so nervous", MONDAY, d(11, 17)),
    ("Fikk tilbud og må svare om tre dager.", MONDAY, d(11, 19)),
    ("Eg må gje svar om to dagar.", MONDAY, d(11, 18)),
    ("The offer expires... I need to reply within 48 hours.", MONDAY, d(11, 18)),
    ("Jobbintervju i overmorgen", MONDAY, d(11, 18)),
    ("De vil ha svar før helga.", MONDAY, d(11, 20)),
    # written dates
    ("Intervjuet er den 3. desember.", FRIDAY, d(12, 3)),
    ("Søknadsfristen er 1.12.", FRIDAY, d(12, 1)),
    ("Fristen er 3/12, rekker jeg å få tilbakemelding på CV-en?", FRIDAY, d(12, 3)),
    ("The interview is on 20 November at 10.", FRIDAY, d(11, 20)),
    ("Deadline: November 30th.", FRIDAY, d(11, 30)),
    ("The interview is on the 24th.", FRIDAY, d(11, 24)),
    ("Fristen er den 20.", FRIDAY, d(11, 20)),
    ("Intervju fredag 27. november", FRIDAY, d(11, 27)),
    ("Intervju 2026-11-25 kl 09:00", FRIDAY, d(11, 25)),
    ("Intervju 25.11.2026", FRIDAY, d(11, 25)),
    # past and upcoming in one mail: the upcoming one
    ("Jeg søkte 1. november, og intervjuet er 19. november.", FRIDAY, d(11, 19)),
    ("Intervjuet var i tirsdag, og de skal gi svar innen 20.11.", FRIDAY, d(11, 20)),
    # "today" is mostly the time of telling
    ("I dag fikk jeg tilbud, og de vil ha svar innen fredag.", MONDAY, d(11, 20)),
    ("Today they called me in for an interview on the 24th.", MONDAY, d(11, 24)),
    ("I earn 500 000 today; the interview is on Thursday.", MONDAY, d(11, 19)),
    # a deadline word inside the date, and the word a date belongs to comes first
    ("Rekker dere å se på søknaden min innen utgangen av uka?", MONDAY, d(11, 20)),
    ("Can you read my letter within 24 hours? Thanks!", MONDAY, d(11, 17)),
    ("Jeg har bursdag på lørdag og intervju på mandag.", FRIDAY, d(11, 16)),
    # several upcoming dates near cues: the soonest
    ("Intervju 1. desember, og fristen for caseoppgaven er 26. november.", FRIDAY, d(11, 26)),
]

NOT_DUE = [
    ("Vi snakkes neste uke om intervjuet.", FRIDAY),  # vague
    ("The interview is in a few weeks.", FRIDAY),
    ("Jeg har intervju snart, hva bør jeg gjøre?", FRIDAY),
    ("Intervjuet er i januar.", FRIDAY),
    ("Intervju i uke 48.", FRIDAY),
    ("Intervju om noen dager.", FRIDAY),
    ("Intervju neste onsdag", MONDAY),  # this week's or next week's Wednesday?
    ("Intervjuet var i tirsdag. Hva nå?", FRIDAY),  # "i tirsdag" is last Tuesday
    ("The interview was last Tuesday.", FRIDAY),
    ("Intervjuet var tirsdag forrige uke.", MONDAY),
    ("Interview Tuesday last week, no news since.", MONDAY),
    ("Fristen var 1. november, men jeg har ikke hørt noe.", FRIDAY),  # past
    ("The interview is on 12 March.", FRIDAY),  # 119 days ahead
    ("Jeg er født 3. desember 1990 og lurer på lønn.", FRIDAY),
    ("My birthday is on 20 November, should I mention it?", FRIDAY),
    ("Jeg begynner i ny jobb 1. desember. Hva med lønn?", FRIDAY),
    ("I started on 10 November and love it.", FRIDAY),
    ("Jeg har 2.5 års erfaring og tjener 550 000.", FRIDAY),
    ("Tilgjengelig 24/7 under intervjuprosessen", FRIDAY),
    ("Jeg har søkt på tre stillinger i dag.", FRIDAY),  # a date, but no event or deadline
    ("Kan jeg ringe dem på mandag?", FRIDAY),  # no cue: a plan, not a deadline
    ("Intervju kl. 08.10", FRIDAY),  # a clock time
    ("Jeg fikk avslag i dag etter intervjuet forrige uke.", FRIDAY),
    ("Jeg har bursdag på lørdag.", FRIDAY),
    ("", FRIDAY),
]


@pytest.mark.parametrize(("text", "sent", "expected"), DUE)
def test_due_date(text: str, sent: datetime, expected: date) -> None:
    assert due_date(text, sent, "nb") == expected


@pytest.mark.parametrize(("text", "sent"), NOT_DUE)
def test_no_due_date(text: str, sent: datetime) -> None:
    assert due_date(text, sent, "nb") is None


def test_year_wraps_for_a_day_and_month_without_year() -> None:
    sent = datetime(2026, 12, 20, 11, 0, tzinfo=WINTER)
    assert due_date("Intervju 3. januar", sent, "nb") == d(1, 3, 2027)
    assert due_date("interview on January 5", sent, "en") == d(1, 5, 2027)
    assert due_date("Fristen er den 2.", sent, "nb") == d(1, 2, 2027)


def test_the_sent_days_own_local_date_is_used() -> None:
    # 00:35 summer time in Oslo is 22:35 UTC the day before: "i dag" is the Oslo day.
    sent = datetime(2026, 7, 1, 0, 35, tzinfo=SUMMER)
    assert sent.astimezone(UTC).date() == d(6, 30)
    assert due_date("Intervju i dag kl 12", sent, "nb") == d(7, 1)
    assert due_date("intervju i morgen", sent, "nb") == d(7, 2)


def test_across_the_change_to_winter_time() -> None:
    sent = sent_datetime("Sat, 24 Oct 2026 23:50:00 +0200")  # clocks go back that night
    assert due_date("Intervju på mandag", sent, "nb") == d(10, 26)
    assert due_date("Intervju om to dager", sent, "nb") == d(10, 26)


def test_without_a_sent_date_only_full_dates_count() -> None:
    assert due_date("Intervju i morgen", None, "nb") is None
    assert due_date("Intervju på tirsdag", None, "nb") is None
    assert due_date("Intervju 3. desember", None, "nb") is None
    assert due_date("Intervju 3. desember 2026", None, "nb") == d(12, 3)


def test_thirty_days_is_the_limit() -> None:
    sent = datetime(2026, 1, 1, 12, 0, tzinfo=WINTER)
    assert due_date("Frist 31. januar", sent, "nb") == d(1, 31)  # 30 days
    assert due_date("Frist 1. februar", sent, "nb") is None  # 31 days: not urgent


def test_a_span_of_days_is_due_on_its_first_day() -> None:
    sent = datetime(2026, 3, 11, 16, 20, tzinfo=WINTER)  # a Wednesday
    assert due_date("Eg skal på testdagar 22.–24. mars.", sent, "nn") == d(3, 22)
    assert due_date("Assessment center 19.-21. mars på Gardermoen.", sent, "nb") == d(3, 19)
    assert due_date("The assessment days are 24–25 March.", sent, "en") == d(3, 24)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Jeg har intervju om en uke.", 7),
        ("Søknadsfristen er om to uker.", 14),
        ("My salary talk with my boss is in a week.", 7),
        ("Eg har intervju om ei veke.", 7),
    ],
)
def test_weeks_from_the_sent_day(text: str, days: int) -> None:
    sent = datetime(2026, 3, 11, 9, 0, tzinfo=WINTER)
    assert due_date(text, sent, "") == sent.date() + timedelta(days=days)


def test_a_span_counted_from_a_past_day_is_not_due() -> None:
    sent = datetime(2026, 3, 11, 9, 0, tzinfo=WINTER)
    text = "I had the interview last Tuesday and they said I'd hear back within a week."
    assert due_date(text, sent, "en") is None
    assert due_date("They want an answer within a week.", sent, "en") == d(3, 18)
    text = "Leiaren sa at eg skulle få svar innan to veker."
    assert due_date(text, sent, "nn") is None  # the employer's promise, not a deadline
    assert due_date("Eg må svare på tilbodet innan to veker.", sent, "nn") == d(3, 25)


def test_meeting_words_make_a_date_due() -> None:
    sent = datetime(2026, 3, 11, 9, 0, tzinfo=WINTER)  # a Wednesday
    assert due_date("The manager wants to meet me tomorrow.", sent, "en") == d(3, 12)
    assert due_date("No vil dei ha meg inn att fredag.", sent, "nn") == d(3, 13)
    assert due_date("Neste uke er det møte.", sent, "nb") is None  # vague


def test_sent_datetime_keeps_the_offset() -> None:
    sent = sent_datetime("Wed, 01 Jul 2026 00:35:10 +0200")
    assert sent is not None and sent.utcoffset() == timedelta(hours=2)
    assert sent_datetime("") is None
    assert sent_datetime("not a date") is None


def test_find_dates_reports_where_each_date_was_written() -> None:
    text = "Søkte 1. november, intervju 19. november"
    mentions = find_dates(text, FRIDAY.date())
    assert [text[m.start : m.end] for m in mentions] == ["1. november", "19. november"]
    assert [m.day for m in mentions] == [d(11, 1, 2027), d(11, 19)]


FRAGMENTS = [
    "intervju", "frist", "svar innen", "interview", "deadline", "by", "født", "søkte",
    "i dag", "i morgen", "tomorrow", "om to dager", "in 3 days", "tirsdag", "neste onsdag",
    "on Friday", "3. januar", "12 March", "3/12", "12.03.", "den 20.", "the 5th",
    "2027-01-15", "1.1.2026", "within 48 hours", "før helga", "i tirsdag", "neste uke", ".",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=12),
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)),
    st.sampled_from([WINTER, SUMMER, UTC, timezone(timedelta(hours=-8))]),
)
def test_due_is_never_before_sent_nor_too_far_ahead(
    words: list[str], naive: datetime, zone: timezone
) -> None:
    sent = naive.replace(tzinfo=zone)
    due = due_date(" ".join(words), sent, "nb")
    if due is not None:
        assert sent.date() <= due <= sent.date() + timedelta(days=MAX_DAYS_AHEAD)
