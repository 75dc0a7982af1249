"""Headless Chromium for the rendering test, and the docs' picture of the seed.

``python tests/_browser.py`` renders the seed article with ``quotekit parse
--format html`` and writes the screenshot shown in the docs
(``docs/_static/seed_rendered.png``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "aliyev_ceasefire.txt"

# the flags this machine needs: no sandbox as root, no network chatter
_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def find_chromium() -> str | None:
    """The Chromium binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def render_seed_html(dest: Path) -> None:
    """The seed article as HTML, through the CLI as a user would run it."""
    subprocess.run(
        [sys.executable, "-m", "quotekit", "parse", str(SEED), "--format", "html", "--output", str(dest)],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        timeout=300,
    )


def screenshot(page: Path, png: Path, *, width: int, height: int, chromium: str) -> None:
    """A screenshot of a local page by headless Chromium."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("no Chromium found (Debian: apt-get install chromium)")
    out = ROOT / "docs" / "_static" / "seed_rendered.png"
    out.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "seed.html"
        render_seed_html(page)
        screenshot(page, out, width=1000, height=1500, chromium=chromium)
    print(out)


if __name__ == "__main__":
    main()
