"""The server's page driven in headless Chromium: paste the seed, click, look at the result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _browser import _FLAGS, find_chromium
from _png import count_colour, read_png
from test_server import SEED, Server

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.ci_required]

CHROMIUM = find_chromium()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.stop()


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian: apt-get install chromium)")
def test_page_highlights_the_seed_quotes(server: Server, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from quotekit.render import _COLOURS

    flags = [f for f in _FLAGS if f != "--headless"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=flags)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 1600})
            page.goto(server.url + "/")
            page.fill("#text", SEED)
            page.click("#go")
            page.wait_for_selector("#quotes:not([hidden]) tbody tr", timeout=120_000)
            rows = page.locator("#quotes tbody tr")
            assert rows.count() == 11
            speakers = [rows.nth(i).locator("td").nth(2).inner_text() for i in range(rows.count())]
            # every quote but the interviewer's question (no speaker) is Aliyev's, as parse_article has it
            assert speakers.count("Ilham Aliyev") == 10
            assert page.locator("#article .q").count() >= 11
            assert page.locator("#article .cond").count() >= 5
            assert page.locator("#dl-json").is_enabled()
            png = tmp_path / "page.png"
            page.screenshot(path=str(png), full_page=False)
            # pasted markup is shown as text, never run
            page.fill("#text", '<img src=x onerror="window.pwned=1"> “Fine,” <b>she</b> said.')
            page.click("#go")
            page.wait_for_function("document.getElementById('status').textContent.includes('1 quotes')")
            assert page.evaluate("window.pwned === undefined")
            assert "<img src=x" in page.locator("#article").inner_text()
        finally:
            browser.close()
    width, height, pixels = read_png(png.read_bytes())
    colour = tuple(int(_COLOURS[0][k : k + 2], 16) for k in (1, 3, 5))
    assert count_colour(pixels, colour) > 0.02 * width * height  # type: ignore[arg-type]
