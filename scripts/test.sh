#!/usr/bin/env bash
# The project's test command: lint, types, tests (with the bundled model and the
# modules' doctests), docs with doctests.
set -euo pipefail
cd "$(dirname "$0")/.."
# System packages some tests need: Chromium (the HTML screenshot test) and a JDK
# (PySpark). Installed when missing and we can (root with apt-get); in CI
# (CI=true) a failed install fails the run, and conftest fails the run if a test
# marked ci_required is skipped anyway.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jdk-headless)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing ${need[*]} (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  elif [ -n "${CI:-}" ]; then
    echo "CI needs ${need[*]} and cannot install them (not root, or no apt-get)" >&2
    exit 1
  else
    echo "missing ${need[*]}: the tests that need them will be skipped"
  fi
fi
ruff check quotekit tests benchmarks
ruff format --check quotekit tests benchmarks
mypy
python -m pytest -q -p no:cacheprovider --doctest-modules quotekit tests
python -m sphinx -W -n -q -b html docs docs/_build/html
python -m sphinx -W -n -q -b doctest docs docs/_build/doctest
