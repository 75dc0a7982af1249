#!/usr/bin/env bash
# The project's test command: lint, types, tests (with the bundled model), docs with doctests.
set -euo pipefail
cd "$(dirname "$0")/.."
# Chromium for the test that screenshots the HTML rendering (that test skips without it)
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "chromium could not be installed: the screenshot test will be skipped"
fi
ruff check quotekit tests benchmarks
ruff format --check quotekit tests benchmarks
mypy
python -m pytest -q -p no:cacheprovider
python -m sphinx -W -n -q -b html docs docs/_build/html
python -m sphinx -W -n -q -b doctest docs docs/_build/doctest
