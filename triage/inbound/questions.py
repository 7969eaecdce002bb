"""The member's own questions, quoted verbatim from the cleaned text, for the draft to answer.

A question is a sentence that ends in "?" or that asks without one: an indirect form ("lurer på
om", "jeg vil gjerne vite", "kan dere se på", "I wonder whether", "could you tell me", "any
advice on") or, in text typed without punctuation, a line that starts the way a question does
("hva gjør jeg", "bør jeg ringe"). Greetings are not questions ("Hei?"), nor are one-word
exclamations. Mail is hard-wrapped, typed on phones, written as lists: lines are joined back
into sentences unless a line is a list item, ends a sentence, or is a short line of its own
(a greeting). A long question is cut at a word boundary with "…" (the asking part kept: the end
of a "?" sentence, the start of an indirect form).

Every question is the input's own words in order: with runs of white space made single spaces
and any "…" taken off, it occurs in the input with its white space treated the same way.
"""

from __future__ import annotations

import re

MAX_CHARS = 200
MAX_QUESTIONS = 8
ELLIPSIS = "…"

_ITEM = re.compile(r"^\s*(?:[-–—•*·>]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+", re.IGNORECASE)
_SHORT_LINE = 30  # a line this short stands alone ("Hei,", "Mvh Kari", "Spørsmål:")
_END = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s|$)")
# A period after these does not end a sentence ("f.eks.", "ca.", "14. mai", "kl. 9").
_ABBREVIATIONS = frozenset(
    [
        "f.eks",
        "bl.a",
        "ca",
        "dvs",
        "osv",
        "mvh",
        "nr",
        "kl",
        "jf",
        "evt",
        "ev",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "mr",
        "mrs",
        "dr",
        "prof",
        "ref",
        "inkl",
        "ifm",
    ]
)
_GREETING = re.compile(
    r"^(?:hei|heisann|hallo|hello|hi|hey|dear\b.*|kjære\b.*|god (?:dag|morgen|kveld)|"
    r"good (?:morning|afternoon|evening)|takk|tusen takk|thanks|thank you|mvh|hilsen|helsing|"
    r"ok|okei|okay|ja|nei|yes|no|sorry|beklager)\W*$",
    re.IGNORECASE,
)
_LEADING_GREETING = re.compile(r"^(?:hei|hallo|hello|hi|hey|heisann)\b[\s,!.:-]*", re.IGNORECASE)
_INDIRECT = re.compile(
    r"(?<!\w)(?:lurer (?:litt |også |mest |egentlig |veldig )?på|lurar på|jeg vil gjerne vite|"
    r"eg vil gjerne vite|jeg ønsker å vite|eg ønskjer å vite|jeg vil vite|eg vil vite|"
    r"kan (?:dere|de|du) (?:se|sjå|sjekke|lese|hjelpe|gi|gje|si|fortelle|anbefale)|"
    r"hadde vært fint (?:å få vite|om dere)|er usikker på (?:om|hva|hvordan|hvor)|"
    r"er usikker på (?:kva|korleis|kor)|i(?:'m| am)? wonder(?:ing)? (?:if|whether|what|how)|"
    r"i was wondering|could you (?:tell|advise|help|look|have a look|let me know)|"
    r"can you (?:tell|advise|help|look)|any (?:advice|tips|thoughts) (?:on|about)|"
    r"i(?:'d| would) (?:like|love) to know|please (?:advise|let me know)|"
    r"i(?:'m| am) not sure (?:if|whether|what|how)|not sure (?:if|whether|what|how))",
    re.IGNORECASE,
)
# How a question starts when the member typed no "?" at all.
_QUESTION_START = re.compile(
    r"^(?:hva|hvordan|hvorfor|hvem|hvor|hvilke[nt]?|når|kva|korleis|kvifor|kven|kvar|kor|"
    r"kva for|what|how|why|who|where|when|which)\b|^(?:"
    r"(?:kan|skal|bør|må|burde|er|har|blir|gjelder|vil|får|går|finnes|fins)"
    r" (?:jeg|eg|man|ein|en|dere|de|det|dei|du|vi|me|hun|han|dette|den)|"
    r"(?:can|could|should|shall|is|are|do|does|did|would|will|may|am) "
    r"(?:i|it|you|we|they|there|this|that|he|she|my)\b)",
    re.IGNORECASE,
)


def extract_questions(text: str) -> tuple[str, ...]:
    """The questions in ``text`` (the member's own words), in order, at most MAX_QUESTIONS."""
    found: list[str] = []
    for sentence in _sentences(text):
        question = _question(sentence)
        if question and question not in found:
            found.append(question)
            if len(found) == MAX_QUESTIONS:
                break
    return tuple(found)


def _sentences(text: str) -> list[tuple[str, bool]]:
    """(sentence, whether it ended with punctuation), lines joined back where wrapped."""
    result: list[tuple[str, bool]] = []
    for block in _blocks(text):
        start = 0
        for end in _END.finditer(block):
            if end.group()[0] == "." and _abbreviation_before(block, end.start()):
                continue
            result.append((block[start : end.end()].strip(), True))
            start = end.end()
        rest = block[start:].strip()
        if rest:
            result.append((rest, False))
    return [(s, ended) for s, ended in result if s]


def _blocks(text: str) -> list[str]:
    """Runs of lines that belong together, each as one line (single spaces)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r", "\n").split("\n"):
        stripped = line.strip()
        item = _ITEM.match(line)
        if current and (not stripped or item or _stands_alone(current[-1])):
            blocks.append(current)
            current = []
        content = line[item.end() :].strip() if item else stripped
        if content:
            current.append(content)
    if current:
        blocks.append(current)
    return [" ".join(" ".join(lines).split()) for lines in blocks]


def _stands_alone(line: str) -> bool:
    return len(line) <= _SHORT_LINE or line[-1] in ".?!:;…"


def _abbreviation_before(block: str, dot: int) -> bool:
    word = re.search(r"(\S+)$", block[:dot])
    if not word:
        return False
    token = word.group(1).lower().lstrip("(«\"'")
    return token in _ABBREVIATIONS or token.isdigit() or len(token) == 1


def _question(item: tuple[str, bool]) -> str | None:
    sentence, ended = item
    body = _LEADING_GREETING.sub("", sentence) if not _GREETING.match(sentence) else ""
    if not body or _GREETING.match(body) or not re.search(r"[^\W\d_]", body):
        return None
    asks = body.rstrip("\"'»”)] ").endswith("?")
    if asks:
        if len(body.split()) == 1 and not _QUESTION_START.match(body):
            return None
        return _cut_keeping_end(body)
    indirect = _INDIRECT.search(body)
    if indirect:
        return _cut_keeping_start(body, indirect.start())
    if not ended and _QUESTION_START.match(body):
        return _cut_keeping_start(body, 0)
    return None


def _cut_keeping_end(sentence: str) -> str:
    """A long "?" sentence keeps its end, where the asking is, from a clause or word boundary."""
    if len(sentence) <= MAX_CHARS:
        return sentence
    tail = sentence[-MAX_CHARS:]
    clause = re.search(r"[,;:–—]\s+(?=\S)", tail)
    if clause and len(tail) - clause.end() >= 40:
        return f"{ELLIPSIS} {tail[clause.end() :]}"
    space = tail.find(" ")
    return f"{ELLIPSIS} " + (tail[space + 1 :] if 0 <= space < len(tail) - 1 else tail)


def _cut_keeping_start(sentence: str, start: int) -> str:
    """A long indirect question keeps its start (from the asking words if need be)."""
    if len(sentence) <= MAX_CHARS:
        return sentence
    if start <= _SHORT_LINE:
        start = 0  # "Jeg lurer på om …": keep who asks
    if start + MAX_CHARS >= len(sentence):
        return sentence[start:]
    part = sentence[start : start + MAX_CHARS]
    space = part.rfind(" ")
    head = part[:space] if space > MAX_CHARS // 2 else part
    return head.rstrip(" ,;:–—") + ELLIPSIS
