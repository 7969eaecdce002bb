"""Render every reply block the way the composer does and check the contract the review page
and counsellors rely on (templates/README.md): the files, the variables, the `[[…]]` places on
their own lines, short blocks, and the language errors of issue 10 not coming back."""

import itertools
import re
from pathlib import Path

import pytest
from jinja2 import FileSystemLoader, StrictUndefined, meta
from jinja2.sandbox import SandboxedEnvironment

from triage.drafts.blocks import CARE, OPENING, all_blocks

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
LANGUAGES = ("nb", "nn", "en")
BLOCKS = all_blocks()
# care.j2 is a whole text of its own (its words are checked in tests/test_care_template.py).
FRAME = {*OPENING, "closing", "signature", "footer", CARE}
ADVICE = [b for b in BLOCKS if b not in FRAME and not b.endswith("/bridge")]
# The variables each block may use (every block is given all of them).
ALLOWED_VARIABLES = {
    "greeting": {"first_name"},
    "questions": {"questions"},
    "signature": {"signer", "office_name"},
    "footer": {"retention_days"},
    CARE: {"first_name"},
}
# Blocks with a place of their own; every other advice block is advice only.
PLACES = {
    "questions": (1, 3),
    "signature": (1, 1),
    "salary/sector_unknown": (1, 1),
    CARE: (2, 2),  # the counsellor's own words, and keep or delete the helplines
}
CONTEXTS = [
    {"first_name": name, "questions": questions, "signer": "[[Navnet ditt]]",
     "office_name": "Karriererådgivningen", "retention_days": days}
    for name, questions, days in itertools.product(
        ("Kari", ""), ([], ["Kan jeg ringe?", "Hva med lønn?", "Og CV-en?"]), (180, 0)
    )
]  # fmt: skip

MARKER = re.compile(r"\[\[(.+?)\]\]")
MARKER_LINE = re.compile(r"^\[\[[^\[\]]+\]\]$")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Issue 10's language errors, and bokmål or nynorsk words that must not slip into the other.
NOT_IN = {
    "nb": [r"holde dem fra hverandre", r"hvem som kan stille", r"fra studiet, jobb",
           r"\b(ikkje|kva|korleis|eg|frå|hjå|berre|noko|òg|kvifor)\b"],
    "nn": [r"\b(hos|ikke|hva|hvordan|jeg|fra|noe|mye|hvorfor|bare|hvem|også|ansettelse\w*)\b",
           r"frå studiet, jobb"],
    "en": [r"application letter", r"bring forward", r"wait with", r"book a conversation"],
}  # fmt: skip


def make_env() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


ENV = make_env()


def render(lang: str, block: str, context: dict) -> str:
    return ENV.get_template(f"{lang}/{block}.j2").render(**context)


def source(lang: str, block: str) -> str:
    return (TEMPLATES_DIR / lang / f"{block}.j2").read_text(encoding="utf-8")


def test_exactly_the_expected_files() -> None:
    for lang in LANGUAGES:
        found = sorted(str(p.relative_to(TEMPLATES_DIR / lang)) for p in
                       (TEMPLATES_DIR / lang).rglob("*.j2"))  # fmt: skip
        assert found == sorted(f"{block}.j2" for block in BLOCKS), lang


@pytest.mark.parametrize(("lang", "block"), list(itertools.product(LANGUAGES, BLOCKS)))
def test_renders_cleanly(lang: str, block: str) -> None:
    for context in CONTEXTS:
        text = render(lang, block, context)
        assert text.strip()
        for leftover in ("{{", "}}", "{%", "%}", "{#", "#}"):
            assert leftover not in text
        assert not text.endswith("\n\n\n")
        marker_lines = [line for line in text.splitlines() if "[[" in line or "]]" in line]
        assert all(MARKER_LINE.match(line) for line in marker_lines), marker_lines
        low, high = PLACES.get(block, (0, 0))
        assert low <= len(marker_lines) <= high, (block, marker_lines)


@pytest.mark.parametrize(("lang", "block"), list(itertools.product(LANGUAGES, BLOCKS)))
def test_uses_only_documented_variables(lang: str, block: str) -> None:
    parsed = ENV.parse(source(lang, block))
    assert meta.find_undeclared_variables(parsed) <= ALLOWED_VARIABLES.get(block, set())
    assert not list(meta.find_referenced_templates(parsed))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_place_per_question_or_one_general_place(lang: str) -> None:
    for context in CONTEXTS:
        places = MARKER.findall(render(lang, "questions", context))
        if context["questions"]:
            assert len(places) == 3
            assert all(q in p for q, p in zip(context["questions"], places, strict=True))
        else:
            assert len(places) == 1


@pytest.mark.parametrize(("lang", "block"), list(itertools.product(LANGUAGES, ADVICE)))
def test_advice_blocks_are_short(lang: str, block: str) -> None:
    words = len(WORD.findall(MARKER.sub("", render(lang, block, CONTEXTS[0]))))
    assert 10 <= words <= 95, (block, words)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bridges_are_one_short_sentence(lang: str) -> None:
    for block in (b for b in BLOCKS if b.endswith("/bridge")):
        text = render(lang, block, CONTEXTS[0]).strip()
        assert len(text.split()) <= 10 and text.count(".") == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_languages_have_the_same_places(lang: str) -> None:
    for block in BLOCKS:
        assert source(lang, block).count("[[") == source("nb", block).count("[["), block


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_wrong_language_and_no_known_errors(lang: str) -> None:
    for block in BLOCKS:
        text = MARKER.sub("", render(lang, block, CONTEXTS[0]))
        for pattern in NOT_IN[lang]:
            assert not re.search(pattern, text, re.IGNORECASE), (block, pattern)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_greeting_signature_and_footer(lang: str) -> None:
    first_line = render(lang, "greeting", {**CONTEXTS[0], "first_name": ""}).splitlines()[0]
    assert first_line in {"Hei,", "Hello,"}
    assert "Kari" in render(lang, "greeting", CONTEXTS[0])
    signature = render(lang, "signature", CONTEXTS[0]).splitlines()
    assert signature[-2:] == ["[[Navnet ditt]]", "Karriererådgivningen"]
    kept = render(lang, "footer", {**CONTEXTS[0], "retention_days": 0})
    deleted = render(lang, "footer", CONTEXTS[0])
    assert "180" in deleted and "180" not in kept
    assert not re.search(r"slett|delete", kept, re.IGNORECASE)
    assert kept.startswith("-- \n")
