#!/usr/bin/env bash
# The whole test suite: unit, integration (SQLite and PostgreSQL), CLI, HTTP and
# browser tests. Sets up what it needs (Chromium, PostgreSQL) first.
# Its last line is "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund
TEST_DATABASE_URL=$(bash scripts/setup-services.sh) || { echo "setting up test services failed"; echo "0 passed, 1 failed"; exit 1; }
case "$TEST_DATABASE_URL" in
  postgres://*) ;;
  *) echo "setting up test services gave no database URL: '$TEST_DATABASE_URL'"; echo "0 passed, 1 failed"; exit 1 ;;
esac
export TEST_DATABASE_URL
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}

npm run -s build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

mkdir -p .tmp
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-results.json "$@"
status=$?
node scripts/print-counts.mjs .tmp/vitest-results.json || status=1
exit $status
