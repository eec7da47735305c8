#!/usr/bin/env bash
# Makes the machine ready for the whole test suite: Debian's Chromium for browser
# tests, nginx for the reverse-proxy test and a running PostgreSQL 15 with a test database. Idempotent; run as root
# (as on this project's machines and CI). Prints the DATABASE_URL it set up.
set -euo pipefail

log() { echo "[setup] $*" >&2; }

# The caller reads the URL from stdout, so everything the tools below print goes to
# stderr (pg_ctlcluster says "Removed stale pid file." on stdout after a crash or a
# killed session); the URL alone goes to the saved stdout (fd 3).
exec 3>&1 1>&2

if ! command -v chromium >/dev/null 2>&1; then
  log "installing Debian chromium (browser tests)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# The reverse-proxy test (test/deploy) runs Debian's nginx with a certificate from openssl
# and checks the systemd unit with systemd-analyze; it starts nginx itself, so the
# package's own service is kept from starting at install (policy-rc.d answers 101).
missing=()
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} (reverse-proxy test)"
  own_policy=false
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    own_policy=true
  fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ "$own_policy" = true ]; then rm -f /usr/sbin/policy-rc.d; fi
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing PostgreSQL 15"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
if ! pg_lsclusters -h 2>/dev/null | awk '$1==15 && $2=="main"' | grep -q .; then
  pg_createcluster 15 main >/dev/null
fi
if ! pg_lsclusters -h | awk '$1==15 && $2=="main" {print $4}' | grep -q online; then
  log "starting PostgreSQL 15"
  # A server killed a moment ago may still hold its socket lock: try a few times.
  # (3>&-: the server must not hold the URL pipe open.)
  for attempt in 1 2 3; do
    pg_ctlcluster 15 main start 3>&- && break
    [ "$attempt" = 3 ] && exit 1
    sleep 3
  done
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

# A password login on loopback for the tests; the role and database are created once.
su postgres -c "psql -q -v ON_ERROR_STOP=1" >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hechtingswijzer') THEN
    CREATE ROLE hechtingswijzer LOGIN PASSWORD 'hechtingswijzer' CREATEDB;
  END IF;
END $$;
-- Tests drop their throwaway databases WITH (FORCE); an autovacuum worker that happens
-- to be connected to one can only be ended with this role (PostgreSQL 15).
GRANT pg_signal_backend TO hechtingswijzer;
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='hechtingswijzer_test'\"" | grep -q 1; then
  su postgres -c "createdb -O hechtingswijzer hechtingswijzer_test"
fi
echo "postgres://hechtingswijzer:hechtingswijzer@127.0.0.1:5432/hechtingswijzer_test" >&3
