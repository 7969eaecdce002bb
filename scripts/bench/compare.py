"""Two versions of triage over the same backlog, alternating: ``scripts/bench.py --against DIR``.

A whole benchmark run takes minutes, and on a shared machine two of them, one per version,
can differ by more than the change being measured. Here only the backlog pass is timed, with
the default number of processes, on one freshly seeded mailbox per run, and the versions take
turns: round 1 runs the other version first, round 2 this one, and so on. Each round also
times the baseline, so each pass has a baseline from minutes before it.

``DIR`` is a folder holding the other version's ``triage`` package (for example
``git archive COMMIT triage models | tar -x -C DIR``): it goes first on ``PYTHONPATH`` for that
version's runs, so the benchmark itself, the templates and the mail are the same for both. The
model is the same too, unless DIR also holds ``models/`` with a file of the model's name:
then that version reads its own (a version whose model files are in another format).
"""

from __future__ import annotations

import os
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.baseline import baseline, pre_rendered_draft
from bench.delay_proxy import delayed
from bench.mailboxes import PASSWORD, seed, write_settings
from bench.mailgen import load_records, plan_corpus, write_corpus
from bench.paths import TEMPLATES
from bench.progress import progress, step
from bench.triage_runs import run_triage, time_parts
from triage.dev.devserver import Dovecot, start_dovecot

THIS = "this checkout"


@dataclass
class Run:
    version: str
    seconds: float
    cpu_seconds: float
    baseline_seconds: float
    rss_mb: float
    worker_private_mb: float
    summary: str
    parts: dict[str, float]  # the pass's own account (`triage run -v`), if it gives one


def _first_on_path(folder: Path | None) -> dict[str, str]:
    """The environment that puts ``folder`` first on PYTHONPATH (nothing for this checkout)."""
    if folder is None:
        return {}
    return {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))
    }


def model_of(folder: Path | None, model: Path) -> Path:
    """The model file a version reads: its own in ``folder/models`` if it has one."""
    own = None if folder is None else folder / "models" / model.name
    return own if own is not None and own.is_file() else model


def check_other(folder: Path) -> str | None:
    """Why ``folder`` cannot be the other version, or None."""
    if not (folder / "triage" / "__init__.py").is_file():
        return f"{folder} holds no triage package (triage/__init__.py)"
    return None


def compare(
    n: int, other: Path, rounds: int, model: Path, work: Path, quick: bool, delay_ms: float = 0
) -> dict[str, Any]:
    """Every run's figures, and the means of each version. ``delay_ms``: the baseline and
    both versions reach the server through a proxy adding that much each way."""
    started = start_dovecot(work / "dovecot", password=PASSWORD)
    runs: list[Run] = []
    try:
        with delayed(started, delay_ms) as server:
            _rounds(server, n, other, rounds, model, work, quick, runs)
    finally:
        started.stop()
    return summarise(runs, str(other))


def _rounds(
    server: Dovecot, n: int, other: Path, rounds: int, model: Path, work: Path, quick: bool,
    runs: list[Run],
) -> None:  # fmt: skip
    """Each round: the baseline, then both versions, the order turning each round."""
    with step(f"rendering {n:,} messages"):
        corpus = write_corpus(server.mail / "corpus", plan_corpus(n, load_records(), quick))
    draft = pre_rendered_draft(corpus, TEMPLATES)
    for number in range(1, rounds + 1):
        order = [(str(other), other), (THIS, None)]
        if number % 2 == 0:
            order.reverse()
        user = f"bench-baseline-{number}"
        seed(server, user, corpus.files, "maildir")
        with step(f"round {number}: baseline"):
            base = baseline(server, user, draft, corpus.questions)
        for version, folder in order:
            user = f"bench-{number}-{len(runs)}"
            seed(server, user, corpus.files, "maildir")
            config = write_settings(work / user, server, user, model_of(folder, model))
            with step(f"round {number}: triage run, {version}"):
                # -v: the pass ends with where its time went
                args = ["run", "-v", "--config", str(config)]
                done = run_triage(args, config.parent, env=_first_on_path(folder))
            if done.status not in (0, 1):
                raise RuntimeError(f"triage run failed ({version}): {done.stderr[-800:]}")
            run = Run(
                version,
                done.seconds,
                done.cpu_seconds,
                base.seconds,
                done.memory.main.rss_mb,
                done.memory.worker_peak().private_mb,
                done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "",
                time_parts(done.stderr),
            )
            progress(
                f"  {run.seconds:.1f} s wall, {run.cpu_seconds:.1f} s CPU,"
                f" {run.seconds / run.baseline_seconds:.2f} × the baseline's"
                f" {run.baseline_seconds:.1f} s; {run.summary}"
            )
            progress(f"  the pass's own account: {run.parts or 'none'}")
            runs.append(run)


def summarise(runs: list[Run], other: str) -> dict[str, Any]:
    means: dict[str, dict[str, float]] = {}
    for version in (other, THIS):
        mine = [r for r in runs if r.version == version]
        means[version] = {
            "seconds": statistics.mean(r.seconds for r in mine),
            "cpu_seconds": statistics.mean(r.cpu_seconds for r in mine),
            "baseline_ratio": statistics.mean(r.seconds / r.baseline_seconds for r in mine),
            "rss_mb": max(r.rss_mb for r in mine),
            "worker_private_mb": max(r.worker_private_mb for r in mine),
        }
    return {
        "runs": [r.__dict__ for r in runs],
        "means": means,
        "this_over_other": {
            key: means[THIS][key] / means[other][key]
            for key in ("seconds", "cpu_seconds")
            if means[other][key]
        },
        "same_outcome": len({r.summary for r in runs}) == 1,
    }


def table(result: dict[str, Any]) -> str:
    lines = [
        "version | wall | CPU | × baseline | peak RSS | worker private",
        "---|---|---|---|---|---",
    ]
    for run in result["runs"]:
        lines.append(
            f"{run['version']} | {run['seconds']:.1f} s | {run['cpu_seconds']:.1f} s"
            f" | {run['seconds'] / run['baseline_seconds']:.2f} | {run['rss_mb']:.0f} MB"
            f" | {run['worker_private_mb']:.0f} MB"
        )
    ratio = result["this_over_other"]
    lines.append("")
    lines.append(
        f"this checkout / other, means: wall {ratio.get('seconds', 0):.2f} ×,"
        f" CPU {ratio.get('cpu_seconds', 0):.2f} ×; same outcome in every run:"
        f" {'yes' if result['same_outcome'] else 'NO'}"
    )
    return "\n".join(lines)
