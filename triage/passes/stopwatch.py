"""Where a pass's time goes: the seconds of each part, for the line `triage run -v` ends with.

The parts are timed in the pass's own process, one after the other: reading mail from the
server, the CPU work (parsing, the checks, the topic, the drafts; with worker processes, the
time the pass waits for them), the state store, appending drafts and tagging the originals.
What is left is start-up (models, the first look at the folder) and the rest.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
_END = object()


class Stopwatch:
    """Seconds per part of a pass, counted from its creation."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seconds: Counter[str] = Counter()

    @contextmanager
    def timing(self, part: str) -> Iterator[None]:
        """Count the time of the ``with`` block to ``part``."""
        begun = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[part] += time.perf_counter() - begun

    def each(self, part: str, items: Iterable[T]) -> Iterator[T]:
        """``items`` one by one, the time taken to produce each counted to ``part``."""
        iterator = iter(items)
        while True:
            with self.timing(part):
                item = next(iterator, _END)
            if item is _END:
                return
            yield item  # type: ignore[misc]

    def describe(self) -> str:
        """'12.84 s: reading mail 0.61 s, …, start-up and the rest 0.93 s'."""
        total = time.perf_counter() - self.started
        parts = [f"{part} {seconds:.2f} s" for part, seconds in self.seconds.items()]
        rest = max(0.0, total - sum(self.seconds.values()))
        return f"{total:.2f} s: " + ", ".join([*parts, f"start-up and the rest {rest:.2f} s"])
