"""What the benchmark tells stderr while it runs: one line per step, and how long it took."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextlib.contextmanager
def step(title: str) -> Iterator[None]:
    # Dirty pages left by the step before (hundreds of MB after seeding) would otherwise be
    # written out inside this step's first fsync, e.g. Dovecot's on APPEND.
    os.sync()
    progress(f"== {title}")
    started = time.perf_counter()
    yield
    progress(f"   ({time.perf_counter() - started:.1f} s)")
