"""Peak memory of a running `triage` process and of its worker processes, sampled from /proc.

``os.wait4`` gives one peak RSS for a process *and* the children it waited for, so the pass and
its workers are told apart here: every sample reads each process's VmHWM (peak RSS so far, kept
by the kernel) and, for the workers, their proportional (Pss) and private (Private_*) memory.
A forked worker's RSS counts the pages it shares with the pass (the loaded model, the imported
libraries) although they are in memory once: the private figure is what each worker adds.

The sampling must not slow down what it measures: reading ``smaps_rollup`` walks a process's
page tables and costs about 6 ms per 200 MB process (18 ms for the pass and two workers), so
read every 50 ms it took a quarter of one of the machine's two cores from the pass being timed,
a handicap the baseline does not carry. VmHWM is cheap, and it is the kernel's own peak, so any
later reading sees it; ``sample`` reads Pss and private memory only when ``detailed``, and the
caller asks for that once a second (and it reads them at once for a process it has not seen
yet, so that a short pass has them too).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Peak:
    rss_mb: float = 0.0  # VmHWM: the kernel's peak resident set, shared pages included
    pss_mb: float = 0.0  # shared pages divided among the processes sharing them
    private_mb: float = 0.0  # pages this process alone has


@dataclass
class TreeMemory:
    """Peaks of the main process and of each worker process seen while sampling."""

    main: Peak = field(default_factory=Peak)
    workers: dict[int, Peak] = field(default_factory=dict)

    def sample(self, pid: int, detailed: bool = True) -> None:
        """Peak RSS of the pass and each worker; with ``detailed``, and for a process seen for
        the first time, their Pss and private memory too (costly: see the module's
        docstring)."""
        _update(self.main, pid, detailed or not self.main.pss_mb)
        for child in _children(pid):
            new = child not in self.workers
            _update(self.workers.setdefault(child, Peak()), child, detailed or new)

    def worker_peak(self) -> Peak:
        found = list(self.workers.values()) or [Peak()]
        return Peak(
            max(p.rss_mb for p in found),
            max(p.pss_mb for p in found),
            max(p.private_mb for p in found),
        )

    def total_pss_mb(self) -> float:
        """Peak PSS of the main process plus each worker's: the tree's real footprint, at most."""
        return self.main.pss_mb + sum(p.pss_mb for p in self.workers.values())


def _children(pid: int) -> list[int]:
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text()
            found += [int(word) for word in text.split()]
    return found


def _kb_fields(path: Path, names: tuple[str, ...]) -> dict[str, float]:
    values: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in path.read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in names:
                values[key] = values.get(key, 0.0) + float(rest.split()[0]) / 1024
    return values


def _update(peak: Peak, pid: int, detailed: bool) -> None:
    status = _kb_fields(Path(f"/proc/{pid}/status"), ("VmHWM",))
    peak.rss_mb = max(peak.rss_mb, status.get("VmHWM", 0.0))
    if not detailed:
        return
    found = _kb_fields(Path(f"/proc/{pid}/smaps_rollup"), ("Pss", "Private_Clean", "Private_Dirty"))
    peak.pss_mb = max(peak.pss_mb, found.get("Pss", 0.0))
    private = found.get("Private_Clean", 0.0) + found.get("Private_Dirty", 0.0)
    peak.private_mb = max(peak.private_mb, private)
