#!/bin/sh
# Load test of a running Rosette with wrk (Debian package wrk): every public page and public JSON endpoint at 32
# connections, a static asset in the same run as the yardstick, then a soak of the public map at 64 connections.
# Prints requests/s, p99 latency, errors (socket errors and non-2xx/3xx answers) and the ratio to the static asset,
# then the resident memory of the instance (when it runs on this machine: PID, or the process listening on the port).
# Every page is asked for once first, so the figures are those of a warm instance.
#   bench/load-test.sh [base-url]          DURATION=20 SOAK=60 CONNECTIONS=32 SOAK_CONNECTIONS=64 THREADS=2 PID=
set -e
BASE=${1:-http://localhost:8080}
DURATION=${DURATION:-20}
SOAK=${SOAK:-60}
C=${CONNECTIONS:-32}
SC=${SOAK_CONNECTIONS:-64}
T=${THREADS:-2}
HERE=$(cd "$(dirname "$0")" && pwd)

leopard=$(curl -fsS "$BASE/api/v1/leopards?size=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
asset=$(curl -fsS "$BASE/" | sed -n 's/.*href="\(\/css\/rosette[^"]*\.css\)".*/\1/p' | head -1)
[ -n "$asset" ] || asset=/css/rosette.css

# name path [connections] [duration] [paths for rotate.lua]
run() {
  out=$(PATHS="${5:-$2}" wrk -t"$T" -c"${3:-$C}" -d"${4:-$DURATION}s" --latency -s "$HERE/rotate.lua" "$BASE$2" 2>&1)
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} /Non-2xx/ {n += $5} END {print n + 0}')
  ratio=$(awk -v a="$rps" -v b="${STATIC:-$rps}" 'BEGIN {printf "%.3f", a / b}')
  printf '%-28s %10s req/s  p99 %9s  errors %6s  ratio %s\n' "$1" "$rps" "$p99" "$errors" "$ratio"
}

for path in / /leopards "/leopards/$leopard" /sightings/map /campaigns /threats /api/v1/leopards \
  "/api/v1/leopards/$leopard" /api/v1/sightings /api/v1/sightings/cells "/api/v1/sightings/cells?leopardId=$leopard" \
  /api/v1/stats /api/v1/campaigns; do
  curl -fsS -o /dev/null "$BASE$path"
done

echo "wrk -t$T -c$C -d${DURATION}s against $BASE ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores)"
STATIC=$(PATHS="$asset" wrk -t"$T" -c"$C" -d"${DURATION}s" -s "$HERE/rotate.lua" "$BASE$asset" | awk '/Requests\/sec/ {print $2}')
run "static $asset" "$asset"
run "home /" "/"
run "catalogue /leopards" "/leopards"
run "profile /leopards/$leopard" "/leopards/$leopard"
run "map /sightings/map" "/sightings/map"
run "campaigns /campaigns" "/campaigns"
run "threats /threats" "/threats"
run "api leopards" "/api/v1/leopards"
run "api leopard" "/api/v1/leopards/$leopard"
run "api sightings" "/api/v1/sightings"
run "api cells" "/api/v1/sightings/cells"
run "api cells of a leopard" "/api/v1/sightings/cells?leopardId=$leopard"
run "api stats" "/api/v1/stats"
run "api campaigns" "/api/v1/campaigns"
run "soak map+cells c$SC ${SOAK}s" "/sightings/map" "$SC" "$SOAK" "/sightings/map /api/v1/sightings/cells"
curl -fsS -o /dev/null -w 'health after the soak: HTTP %{http_code} in %{time_total}s\n' "$BASE/actuator/health"
port=$(echo "$BASE" | sed -n 's|.*://[^:/]*:\([0-9]*\).*|\1|p')
PID=${PID:-$(ss -Hltnp "sport = :${port:-80}" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)}
if [ -n "$PID" ] && [ -r "/proc/$PID/status" ]; then
  awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2 / 1024} END {print "(resident memory of pid '"$PID"')"}' "/proc/$PID/status"
fi
