#!/usr/bin/env bash
# The portfolio page and the API list under wrk (64 connections, loopback), national-size data
# (all of France, 6 000 posts), on SQLite and on PostgreSQL, with one instance and with two
# instances over the same database (two wrk of 32 connections each, one per instance, at the same
# time: throughputs add up, the p99 shown is each instance's).
# Usage: bench/web_load_backends.sh [duration, default 10s]. Needs a build with the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/web_session.sh
duration="${1:-10s}"
work="$(mktemp -d)"
chmod 755 "$work"
cleanup() {
  for pid in "$work"/*.log.pid; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true; done
  scripts/test-postgresql stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

token="$(${MAILLAGE_BUILD_DIR:-build}/bench/maillage_bench_database "$work/national.db")"
scripts/test-postgresql start "$work/pg" durable >/dev/null
pg="$(cat "$work/pg/url")"
${MAILLAGE_BUILD_DIR:-build}/maillage db copy --from "sqlite:$work/national.db" --to "$pg" >/dev/null

load() {  # label, connections, url, header…
  local label=$1 connections=$2 url=$3
  shift 3
  wrk -t 2 -c "$connections" -d "$duration" --latency "$@" "$url" |
    awk -v label="$label" '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx|errors/ {err=err" "$0}
      END {printf "  %-46s %10s req/s   p99 %8s%s\n", label, rps, p99, err}'
}

for backend in sqlite postgresql; do
  db="$work/national.db"
  [ "$backend" = postgresql ] && db="$pg"
  first="$(start_server "$db" "$work/$backend-1.log")"
  second="$(start_server "$db" "$work/$backend-2.log")"
  session="$(web_session "$first" "$work")"
  for base in "$first" "$second"; do  # warm each instance's portfolio cache
    curl -s -o /dev/null -H "Cookie: maillage_session=$session" "$base/portefeuille"
  done
  echo "== $backend, une instance (64 connexions)"
  load "page portefeuille" 64 "$first/portefeuille" -H "Cookie: maillage_session=$session"
  load "API /api/v1/posts" 64 "$first/api/v1/posts" -H "Authorization: Bearer $token"
  echo "== $backend, deux instances (2 × 32 connexions)"
  for page in portefeuille api; do
    for base in "$first" "$second"; do
      if [ "$page" = portefeuille ]; then
        load "page portefeuille via ${base##*:}" 32 "$base/portefeuille" \
          -H "Cookie: maillage_session=$session" &
      else
        load "API /api/v1/posts via ${base##*:}" 32 "$base/api/v1/posts" \
          -H "Authorization: Bearer $token" &
      fi
    done
    wait
  done
  for pid in "$work/$backend"-*.log.pid; do kill "$(cat "$pid")"; rm "$pid"; done
done
