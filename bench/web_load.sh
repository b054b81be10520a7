#!/usr/bin/env bash
# Load test of the web application on a national-size portfolio (all of France, 6 000 posts):
# the portfolio page and the steering dashboard (session) and the API list (token), with wrk,
# 64 connections, on loopback.
# Usage: bench/web_load.sh [duration, default 20s]. Needs a build with the benchmarks
# (scripts/build -DMAILLAGE_BUILD_BENCH=ON) and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20s}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

token="$(build/bench/maillage_bench_database "$work/national.db")"
build/maillage serve --db "$work/national.db" --port 0 --threads 64 >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  grep -q "disponible sur" "$work/server.log" && break
  sleep 0.2
done
base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1)"

# A browser session: the sign-in form's double-submit token, then the session cookie.
jar="$work/cookies"
login_token="$(curl -s -c "$jar" "$base/connexion" | grep -o 'name="_connexion" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
curl -s -b "$jar" -c "$jar" -o /dev/null \
  --data-urlencode "_connexion=$login_token" --data-urlencode "identifiant=bench.nord" \
  --data-urlencode "mot_de_passe=banc-d-essai-maillage" --data-urlencode "retour=/" "$base/connexion"
session="$(awk '$6 == "maillage_session" {print $7}' "$jar")"
[ -n "$session" ] || { echo "connexion impossible" >&2; exit 1; }

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
