"""The operations view in headless Chromium: the charts load and draw under the page's strict
Content-Security-Policy, with twelve weeks of stored history; saves docs/review-operations.png
(the README shows it). And with no data: every chart still shows, with its empty-state text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from live_review import CHROMIUM, chromium_context, serve, sign_in_page
from operations_fixtures import make_history
from review_fixtures import REVIEW_SECTION

from triage.review.charts import CHARTS
from triage.state.accounts import add_user
from triage.state.store import Store

DOCS = Path(__file__).resolve().parents[1] / "docs"
NAME, PASSWORD = "kari", "riktig-hest-batteri"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")


@pytest.fixture
def served(box, monkeypatch):
    """The review page on loopback over the box's store, with one counsellor account."""
    monkeypatch.setenv("TRIAGE_TEST_REVIEW_SECRET", "a-test-secret-that-is-long-enough")
    box.config.write_text(box.config.read_text() + REVIEW_SECTION)
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        add_user(db, NAME, PASSWORD)
    with serve(settings) as host:
        yield f"http://{host}", settings


@pytest.fixture
def page():
    with chromium_context() as context:
        tab = context.new_page()
        tab.console_lines = []
        tab.on("console", lambda message: tab.console_lines.append(message.text))
        yield tab


def open_operations(page, base: str) -> None:
    sign_in_page(page, base, NAME, PASSWORD, "#queue, .empty")
    page.goto(base + "/stats")
    page.wait_for_selector("#operations")
    # Every chart image loaded and has a size: the SVG was served and drawn.
    page.wait_for_function(
        "[...document.querySelectorAll('img.chart')].every(i => i.complete && i.naturalWidth > 0)"
    )


def chart_sizes(page) -> dict[str, int]:
    return page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('img.chart')]"
        ".map(i => [i.id, i.naturalWidth]))"
    )


def test_operations_view_draws_its_charts(served, page):
    base, settings = served
    with Store.open(settings.state_path) as db:
        make_history(db, datetime.now(UTC))
    open_operations(page, base)
    assert chart_sizes(page) == {f"chart-{name}": 640 for name in CHARTS}
    headline = page.text_content("dl.headline")
    assert "Eldste ventende" in headline and "dager" in headline
    assert not [line for line in page.console_lines if "Content Security Policy" in line]
    page.locator("#operations").screenshot(path=str(DOCS / "review-operations.png"))


def test_operations_view_without_data_still_shows_every_chart(served, page):
    base, _ = served
    open_operations(page, base)
    assert chart_sizes(page) == {f"chart-{name}": 640 for name in CHARTS}
    assert "ingen" in page.text_content("dl.headline")
    assert not [line for line in page.console_lines if "Content Security Policy" in line]
