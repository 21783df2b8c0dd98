#!/usr/bin/env bash
# A throw-away PostgreSQL for the store tests: installs the Debian package when missing, starts
# a private cluster listening on 127.0.0.1 only, creates a role and a database, and prints the
# URL as the last line of stdout (everything else goes to stderr). Safe to run again: a cluster
# that is already up is reused.
#
#   export PACTWATCH_TEST_PG="$(bash .ci/postgres.sh | tail -1)"
#
# Settings (environment): PACTWATCH_PG_PORT (54329), PACTWATCH_PG_DIR (/tmp/pactwatch-pg-PORT).
set -euo pipefail

PORT="${PACTWATCH_PG_PORT:-54329}"
DATA="${PACTWATCH_PG_DIR:-/tmp/pactwatch-pg-$PORT}"
ROLE=pactwatch
PASSWORD=pactwatch
DATABASE=pactwatch

say() { echo "postgres.sh: $*" >&2; }

server_bin() {
    # The newest installed server; Debian keeps each major version in its own folder.
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

BIN="$(server_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        say "PostgreSQL is not installed and installing it needs root: apt-get install postgresql"
        exit 1
    fi
    say "installing PostgreSQL from the Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq postgresql >/dev/null 2>&1 \
        || { apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2; }
    BIN="$(server_bin)"
fi

# The server refuses to run as root; run it as the postgres user the package created.
if [ "$(id -u)" -eq 0 ]; then
    as_owner() { runuser -u postgres -- "$@"; }
else
    as_owner() { "$@"; }
fi

if [ ! -s "$DATA/PG_VERSION" ]; then
    say "creating a cluster in $DATA"
    rm -rf "$DATA"
    mkdir -p "$DATA"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DATA"; fi
    chmod 700 "$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    say "reusing the cluster already running from $DATA"
else
    say "starting the cluster on 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$DATA" \
        start >&2 || { tail -20 "$DATA/server.log" >&2; exit 1; }
fi

# Administration goes through the cluster's own socket folder, as the superuser.
PSQL="$BIN/psql"
[ -x "$PSQL" ] || PSQL=psql
sql() { as_owner "$PSQL" -h "$DATA" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(sql -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    sql -d postgres -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
fi
if [ "$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
    sql -d postgres -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi

URL="postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
PGPASSWORD="$PASSWORD" "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -d "$DATABASE" >&2
echo "$URL"
