#!/bin/sh
# Refuses to start without DATABASE_URL: in a container the embedded PostgreSQL would keep its
# data in the container's writable layer and lose it with the container.
set -eu
if [ -z "${DATABASE_URL:-}" ]; then
  echo "Invalid configuration:" >&2
  echo "  DATABASE_URL: required in the container (postgres://user:password@host:5432/database)" >&2
  exit 2
fi
# exec: node becomes PID 1's child-less process and receives SIGTERM/SIGINT itself.
exec node dist/apps/api/apps/api/src/main.js "$@"
