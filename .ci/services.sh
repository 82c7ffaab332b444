#!/usr/bin/env bash
# Makes a PostgreSQL server available for the test suite and prints the DATABASE_URL to use.
# Uses the server on 127.0.0.1:5432 when one answers; otherwise installs Debian's postgresql (as root)
# and starts a throw-away cluster on port 54329. Usage: eval "$(bash .ci/services.sh)"
set -euo pipefail
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "export DATABASE_URL=postgres://postgres@127.0.0.1:5432/test"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=54329
PGROOT=/tmp/tipwatch-pg
if ! pg_isready -q -h 127.0.0.1 -p "$PGPORT" 2>/dev/null; then
  rm -rf "$PGROOT"; mkdir -p "$PGROOT"; chown postgres:postgres "$PGROOT"
  su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGROOT/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >$PGROOT/initdb.log" >&2
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGROOT/data -l $PGROOT/server.log -w -t 60 -o '-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off' start" >&2
fi
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/postgres"
