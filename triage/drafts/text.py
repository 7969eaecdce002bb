"""Render a draft's blocks from ``templates/<lang>/<block>.j2``, and check every block.

The member's mail is only ever *data* passed to a block (their first name, their questions),
never template source: blocks are loaded from disk into a sandboxed environment with
StrictUndefined. Every block gets the same variables (templates/README.md lists them).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from triage.drafts import blocks
from triage.drafts.places import one_line, quoted_questions, signer_place
from triage.errors import TemplateError

LANGUAGES = ("nb", "nn", "en")
# A mail whose language is none of ours gets the English blocks.
FALLBACK_LANGUAGE = "en"
# An edited template file is read again on the first draft at least this long after the last
# look at its modification time (see `_Loader`).
RECHECK_SECONDS = 1.0


@dataclass(frozen=True)
class Block:
    """One rendered block: its id (``salary/new_offer``) and its text."""

    id: str
    text: str


@dataclass(frozen=True)
class Draft:
    """A draft's text and the blocks it was made of, with what it was made for."""

    text: str
    blocks: tuple[Block, ...]
    situations: dict[str, tuple[str, ...]]
    sector: str | None
    questions: tuple[str, ...]

    @property
    def body(self) -> str:
        """The text before the signature: what the member reads as the answer."""
        ids = [b.id for b in self.blocks]
        end = ids.index(blocks.SIGNATURE) if blocks.SIGNATURE in ids else len(ids)
        return join(b.text for b in self.blocks[:end])

    def record(self) -> dict[str, Any]:
        """What is stored with the draft (JSON): the blocks, for keep/edit/delete statistics
        per block, and the reading, to draw the draft again for another topic."""
        return {
            "blocks": [{"id": b.id, "text": b.text} for b in self.blocks],
            "situations": {topic: list(ids) for topic, ids in self.situations.items()},
            "sector": self.sector,
            "questions": list(self.questions),
        }


def join(parts: Iterable[str]) -> str:
    """Blocks one blank line apart, the text ending in one newline."""
    return "\n".join(part.strip("\n") + "\n" for part in parts if part.strip())


class _Loader(jinja2.FileSystemLoader):
    """Jinja's file loader, looking at a template's modification time at most once every
    ``RECHECK_SECONDS`` instead of on every draft.

    A draft renders five to ten blocks, and Jinja asked the file system about each one every
    time: a third of the time it took to write a draft. A counsellor's edit still shows in the
    drafts written a second later, in the long-running worker and on the review page alike, and
    `TextWriter.check` (at the start of every pass) looks at every file again (``look_again``).
    """

    def __init__(self, searchpath: str) -> None:
        super().__init__(searchpath)
        self.looked_again_at = -1.0

    def look_again(self) -> None:
        """Every template's next use looks at its file, however recent the last look."""
        self.looked_again_at = time.monotonic()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        looked = time.monotonic()

        def still_uptodate() -> bool:
            nonlocal looked
            now = time.monotonic()
            if looked > self.looked_again_at and now - looked < RECHECK_SECONDS:
                return True
            looked = now
            return bool(uptodate())

        return source, filename, still_uptodate


class TextWriter:
    """Renders drafts from the blocks in ``templates``."""

    def __init__(
        self,
        templates: Path,
        office_names: Mapping[str, str],
        retention_days: int,
    ) -> None:
        self.templates = templates
        self.office_names = dict(office_names)
        self.retention_days = retention_days
        self._loader = _Loader(str(templates))
        self.env = SandboxedEnvironment(
            loader=self._loader,
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def write(
        self,
        lang: str,
        topics: Iterable[str],
        first_name: str,
        *,
        situations: Mapping[str, Iterable[str]] | Iterable[str] | None = None,
        sector: str | None = None,
        questions: Iterable[str] = (),
        signer: str = "",
    ) -> Draft:
        """The draft for a mail in ``lang`` on ``topics`` (the primary first)."""
        lang = lang if lang in LANGUAGES else FALLBACK_LANGUAGE
        grouped = blocks.situations_by_topic(situations)
        sector = sector if sector in blocks.SECTORS else None
        quoted = quoted_questions(list(questions))
        context = self.context(lang, first_name, quoted, signer)
        rendered = self._blocks(lang, blocks.plan(topics, grouped, sector), context)
        return Draft(
            text=join(b.text for b in rendered),
            blocks=rendered,
            situations=grouped,
            sector=sector,
            questions=tuple(quoted),
        )

    def care(self, lang: str, first_name: str, signer: str = "") -> Draft:
        """The starting text for mail that needs care: the care block (a whole, personal text
        with its own greeting), then the signature and footer, as ``blocks.CARE_PLAN`` has it."""
        lang = lang if lang in LANGUAGES else FALLBACK_LANGUAGE
        context = self.context(lang, first_name, [], signer)
        rendered = self._blocks(lang, blocks.CARE_PLAN, context)
        return Draft(join(b.text for b in rendered), rendered, {}, None, ())

    def _blocks(
        self, lang: str, ids: Iterable[str], context: Mapping[str, Any]
    ) -> tuple[Block, ...]:
        rendered = []
        for block_id in ids:
            text = self.render(lang, block_id, context)
            if text.strip():
                rendered.append(Block(block_id, text.strip("\n") + "\n"))
        return tuple(rendered)

    def context(
        self, lang: str, first_name: str, questions: list[str], signer: str = ""
    ) -> dict[str, Any]:
        """The variables every block gets."""
        return {
            "first_name": one_line(first_name),
            "questions": questions,
            "office_name": self.office_names.get(lang, ""),
            "signer": one_line(signer) or signer_place(lang),
            "retention_days": self.retention_days,
        }

    def render(self, lang: str, block_id: str, context: Mapping[str, Any]) -> str:
        path = f"{lang}/{block_id}.j2"
        try:
            return self.env.get_template(path).render(**context)
        except jinja2.TemplateNotFound:
            raise TemplateError(
                f"template {self.templates / path} is missing: add it (see templates/README.md)"
            ) from None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"template {self.templates / path} line {exc.lineno}: {exc.message}"
            ) from None
        except jinja2.TemplateError as exc:
            line = _template_line(exc, str(self.templates / path))
            where = f" line {line}" if line else ""
            raise TemplateError(
                f"template {self.templates / path}{where} does not render: {exc}"
            ) from None

    def check(self) -> None:
        """Every block of every language exists and renders, with and without a first name,
        questions and a retention period; its places are closed. Raises TemplateError naming
        each file (and line) with a problem."""
        self._loader.look_again()  # a file edited a moment ago is checked as it is now
        problems: list[str] = []
        for lang in LANGUAGES:
            folder = self.templates / lang
            if not folder.is_dir():
                problems.append(f"template folder {folder} is missing (see templates/README.md)")
                continue
            missing = [b for b in blocks.all_blocks() if not (folder / f"{b}.j2").is_file()]
            if missing:
                names = ", ".join(f"{lang}/{b}.j2" for b in missing)
                problems.append(
                    f"{len(missing)} template(s) missing in {self.templates}: {names}"
                    " (see templates/README.md)"
                )
            for block_id in blocks.all_blocks():
                if block_id not in missing:
                    problem = self._check_one(lang, block_id)
                    problems += [problem] if problem else []
        if problems:
            raise TemplateError("; ".join(problems))

    def _check_one(self, lang: str, block_id: str) -> str:
        samples = (
            (self.context(lang, "Kari", ["Kan jeg ringe dem?", "Hva med lønn?"]), 180),
            (self.context(lang, "", []), 0),
        )
        for context, days in samples:
            try:
                text = self.render(lang, block_id, {**context, "retention_days": days})
            except TemplateError as exc:
                return str(exc)
            if text.count("[[") != text.count("]]"):
                return f"template {self.templates / lang / block_id}.j2 has a [[ without ]]"
        return ""

    def unused_files(self) -> list[str]:
        """Template files no draft uses (a misspelt name, say), relative to the folder."""
        known = {f"{lang}/{block}.j2" for lang in LANGUAGES for block in blocks.all_blocks()}
        found = sorted(
            str(path.relative_to(self.templates)) for path in self.templates.rglob("*.j2")
        )
        return [name for name in found if name not in known]


@lru_cache(maxsize=8)
def shared_writer(
    templates: Path, office_names: tuple[tuple[str, str], ...], retention_days: int
) -> TextWriter:
    """One writer per set of templates, so a worker's passes share the compiled blocks (an
    edited file is still read again: see `_Loader`)."""
    return TextWriter(templates, dict(office_names), retention_days)


def _template_line(exc: BaseException, filename: str) -> int | None:
    """The template line an error was raised on: Jinja puts the template's own file and
    line into the traceback."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
