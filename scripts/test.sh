#!/usr/bin/env bash
# The project's test command: lint, types, tests (with the bundled model), docs with doctests.
set -euo pipefail
cd "$(dirname "$0")/.."
ruff check quotekit tests benchmarks
ruff format --check quotekit tests benchmarks
mypy
python -m pytest -q -p no:cacheprovider
python -m sphinx -W -n -q -b html docs docs/_build/html
python -m sphinx -W -n -q -b doctest docs docs/_build/doctest
