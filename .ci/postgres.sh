#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1:55432 with user/password/db "marsad".
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "no PostgreSQL binaries"; exit 1; }
DATA=/tmp/marsad-pg
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd -r -M postgres
  RUN_AS=(runuser -u postgres --)
fi
if ! "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  rm -rf "$DATA" && mkdir -p "$DATA" && chown "$( [ "$(id -u)" = 0 ] && echo postgres || id -un )" "$DATA"
  "${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >/dev/null
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -o "-p 55432 -k /tmp -c listen_addresses=127.0.0.1" -l "$DATA/log" -w start >/dev/null
fi
"${RUN_AS[@]}" "$BIN/psql" -h 127.0.0.1 -p 55432 -U postgres -tc "SELECT 1 FROM pg_roles WHERE rolname='marsad'" | grep -q 1 || \
  "${RUN_AS[@]}" "$BIN/psql" -h 127.0.0.1 -p 55432 -U postgres -c "CREATE ROLE marsad LOGIN PASSWORD 'marsad' SUPERUSER" >/dev/null
"${RUN_AS[@]}" "$BIN/psql" -h 127.0.0.1 -p 55432 -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='marsad'" | grep -q 1 || \
  "${RUN_AS[@]}" "$BIN/psql" -h 127.0.0.1 -p 55432 -U postgres -c "CREATE DATABASE marsad OWNER marsad" >/dev/null
echo "postgres up on 127.0.0.1:55432"
