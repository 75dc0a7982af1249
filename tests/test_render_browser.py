"""The HTML rendering of the seed, opened in headless Chromium and looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from _browser import find_chromium, render_seed_html, screenshot
from _png import count_colour, read_png

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.ci_required]

CHROMIUM = find_chromium()


def _hex(c: str) -> tuple[int, int, int]:
    return int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian: apt-get install chromium)")
def test_seed_rendering_shows_quotes_and_conditions(tmp_path: Path) -> None:
    from quotekit.render import _COLOURS

    page = tmp_path / "seed.html"
    render_seed_html(page)
    html = page.read_text(encoding="utf-8")
    assert html.count('class="q') >= 11
    png = tmp_path / "seed.png"
    assert CHROMIUM is not None
    screenshot(page, png, width=900, height=1400, chromium=CHROMIUM)
    width, height, rows = read_png(png.read_bytes())
    assert (width, height) == (900, 1400)
    # the speaker's highlight fills a real part of the page: eleven quotes, one speaker
    highlight = count_colour(rows, _hex(_COLOURS[0]))
    assert highlight > 0.03 * width * height
    # the conditions' dashed outline is drawn
    assert count_colour(rows, _hex("#7c3aed")) > 200
    # and the page is not one colour: text was painted
    assert count_colour(rows, (255, 255, 255)) < 0.95 * width * height


def test_png_reader_rejects_other_files() -> None:
    with pytest.raises(ValueError, match="not a PNG"):
        read_png(b"GIF89a")
