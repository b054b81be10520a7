#!/usr/bin/env bash
# Load test of the web application on a national-size portfolio (all of France, 6 000 posts):
# the portfolio page and the steering dashboard (session) and the API list (token), with wrk,
# 64 connections, on loopback.
# Usage: bench/web_load.sh [duration, default 20s]. Needs a build with the benchmarks
# (scripts/build -DMAILLAGE_BUILD_BENCH=ON) and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/web_session.sh
duration="${1:-20s}"
work="$(mktemp -d)"
trap 'kill "$(cat "$work/server.log.pid")" 2>/dev/null || true; rm -rf "$work"' EXIT

token="$(${MAILLAGE_BUILD_DIR:-build}/bench/maillage_bench_database "$work/national.db")"
base="$(start_server "$work/national.db" "$work/server.log")"
session="$(web_session "$base" "$work")"

# Warm the portfolio cache (the first request computes the national funding).
curl -s -o /dev/null -H "Cookie: maillage_session=$session" "$base/portefeuille"
curl -s -o /dev/null -H "Cookie: maillage_session=$session" "$base/pilotage"

run() {
  echo "== $1"
  shift
  wrk -t 2 -c 64 -d "$duration" --latency "$@" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|errors"
}
run "Page portefeuille (session)" -H "Cookie: maillage_session=$session" "$base/portefeuille"
run "Page portefeuille triée par financement, filtrée" -H "Cookie: maillage_session=$session" \
  "$base/portefeuille?tri=financement&ordre=desc&verdict=eligible"
run "Tableau de bord /pilotage (session)" -H "Cookie: maillage_session=$session" "$base/pilotage"
run "Tableau de bord trié par écart" -H "Cookie: maillage_session=$session" \
  "$base/pilotage?tri=gap&ordre=desc&carte=fte_share"
run "API GET /api/v1/posts (jeton)" -H "Authorization: Bearer $token" "$base/api/v1/posts"
