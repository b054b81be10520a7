# Sourced by the load scripts: signs in through the real sign-in form (its double-submit token,
# then the session cookie) and prints the session token. Usage: web_session BASE_URL FOLDER.
web_session() {
  local base=$1 jar="$2/cookies" login_token session
  login_token="$(curl -s -c "$jar" "$base/connexion" | grep -o 'name="_connexion" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
  curl -s -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "_connexion=$login_token" --data-urlencode "identifiant=bench.nord" \
    --data-urlencode "mot_de_passe=banc-d-essai-maillage" --data-urlencode "retour=/" "$base/connexion"
  session="$(awk '$6 == "maillage_session" {print $7}' "$jar")"
  [ -n "$session" ] || { echo "connexion impossible" >&2; return 1; }
  echo "$session"
}

# Starts `maillage serve` on a free port over DB in the background; prints its base URL.
# Usage: start_server DB LOG (the caller kills the servers it started: $! after the call is lost,
# so the PID is written to LOG.pid).
start_server() {
  ${MAILLAGE_BUILD_DIR:-build}/maillage serve --db "$1" --port 0 --threads 64 >"$2" 2>&1 &
  echo $! >"$2.pid"
  for _ in $(seq 150); do
    grep -q "disponible sur" "$2" && break
    sleep 0.2
  done
  grep -o 'http://127.0.0.1:[0-9]*' "$2" | head -1
}
