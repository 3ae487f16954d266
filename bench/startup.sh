#!/bin/sh
# Start-up benchmark: the time from launching the jar to /actuator/health answering UP (health includes readiness, so
# UP means the application accepts traffic), for a first start and a restart: plain, with class-data sharing (CDS: the
# jar extracted, a training run that writes the archive, then -XX:SharedArchiveFile), with CDS and Spring's
# ahead-of-time processing (the jar built with -Paot) and, given AOT_JAVA, with JDK 25's AOT cache. Also prints the CPU
# seconds the JVM used until then, a figure a busy machine disturbs less than the wall time.
# By default on an H2 file with demo mode on: a first start has an empty data folder (migrations and demo content).
# With DB_URL on that PostgreSQL database (postgres profile, e.g. one filled by bench/load-sightings.sh): a first start
# is the first on the database, e.g. right after loading it.
#   bench/startup.sh                  builds the jar first (./mvnw -q -Paot package -DskipTests)
#   SKIP_BUILD=1 PORT=8096 HEAP=384m bench/startup.sh
#   AOT_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup.sh   also with JDK 25's AOT cache (JEP 483/515),
#                                     and that with C1 alone (-XX:TieredStopAtLevel=1)
# The JVM options are those of bench/jvm.options (HEAP overrides its -Xmx).
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/bench DB_USER=postgres SKIP_BUILD=1 HEAP=256m bench/startup.sh
# DB_PASSWORD for the account; ADMIN_PASSWORD sets up the admin account should the database have none enabled.
set -e
cd "$(dirname "$0")/.."
. bench/healthy.sh
[ -n "$SKIP_BUILD" ] || ./mvnw -q -Paot package -DskipTests
JAR=$(ls target/rosette-*.jar | grep -v '\.original$' | head -n 1)
PORT=${PORT:-8096}
OPTIONS="$(pwd)/bench/jvm.options"
WORK=$(mktemp -d /tmp/rosette-startup-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
set --
if [ -n "$DB_URL" ]; then
  set -- --spring.profiles.active=postgres --spring.datasource.url="$DB_URL" \
    --spring.datasource.username="${DB_USER:-postgres}" --spring.datasource.password="${DB_PASSWORD:-}" \
    --rosette.admin-password="${ADMIN_PASSWORD:-startup-bench-Admin-2026!}"
fi
DB_ARGS_FILE="$WORK/db-args"
for arg in "$@"; do printf '%s\n' "$arg"; done >"$DB_ARGS_FILE"

now_ms() { date +%s%3N; }

TICKS=$(getconf CLK_TCK)
# CPU seconds (user + system) the process has used so far.
cpu_seconds() { awk -v t="$TICKS" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$1/stat"; }

# start LABEL DATA-DIR JAR [JVM options...]: prints the milliseconds until health is UP, then stops the instance.
# JAVA names the java command (default: java).
start() {
  label=$1 data=$2 jar=$3
  shift 3
  begin=$(now_ms)
  # shellcheck disable=SC2046
  "${JAVA:-java}" @"$OPTIONS" ${HEAP:+-Xmx$HEAP} "$@" -jar "$jar" --server.port="$PORT" --rosette.data-dir="$data" \
    $(cat "$DB_ARGS_FILE") >"$WORK/$label.log" 2>&1 &
  pid=$!
  wait_healthy "$pid" "$PORT" "$WORK/$label.log" "$label: the application"
  up=$(now_ms)
  cpu=$(cpu_seconds "$pid")
  started=$(grep -o 'Started RosetteApplication in [0-9.]* seconds' "$WORK/$label.log" | grep -o '[0-9.]* seconds' || true)
  kill "$pid" && wait "$pid" 2>/dev/null || true
  printf '%-52s %6d ms to health UP, %5s s of CPU (log: started in %s)\n' "$label" $((up - begin)) "$cpu" "$started"
}

echo "jar: $JAR, options $OPTIONS ${HEAP:+-Xmx$HEAP}, $(nproc) cores, database ${DB_URL:-H2 file with demo content}," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
start "first start" "$WORK/plain" "$JAR"
start "restart" "$WORK/plain" "$JAR"
# The caches come from bench/aot-cache.sh, which trains on a restart of its own (on a throw-away H2 folder holding the
# demo park) up to a healthy application; its first start is saved by copying the folder the runs above filled.
TRAINING_DATA=
[ -n "$DB_URL" ] || TRAINING_DATA="$WORK/plain"
cache() { TRAINING_DATA="$TRAINING_DATA" PORT=$((PORT + 1)) bench/aot-cache.sh "$JAR" "$@" >&2; }
SPRING_AOT=false cache "$WORK/cds"
APP_JAR="$WORK/cds/$(basename "$JAR")"
start "first start, CDS" "$WORK/cds-data" "$APP_JAR" -XX:SharedArchiveFile="$WORK/cds/rosette.jsa"
start "restart, CDS" "$WORK/cds-data" "$APP_JAR" -XX:SharedArchiveFile="$WORK/cds/rosette.jsa"
# A jar built with -Paot also holds Spring's ahead-of-time processing: the bean definitions and Spring Data's
# repositories worked out at build time, used with -Dspring.aot.enabled=true.
if unzip -l "$JAR" | grep -q 'RosetteApplication__ApplicationContextInitializer'; then
  cache "$WORK/spring-aot"
  APP_JAR="$WORK/spring-aot/$(basename "$JAR")"
  for label in "first start" "restart" "restart again"; do
    start "$label, CDS + Spring AOT" "$WORK/spring-aot-data" "$APP_JAR" -Dspring.aot.enabled=true \
      -XX:SharedArchiveFile="$WORK/spring-aot/rosette.jsa"
  done
  SPRING_AOT=-Dspring.aot.enabled=true
else
  echo "(the jar has no Spring AOT classes: build it with ./mvnw -Paot package for the CDS + Spring AOT rows)"
fi
if [ -n "$AOT_JAVA" ]; then
  # JDK 25: the training run records the classes loaded and linked, and the methods' profiles, into an AOT cache.
  JAVA="$AOT_JAVA" cache "$WORK/jdk-aot"
  APP_JAR="$WORK/jdk-aot/$(basename "$JAR")"
  for label in "first start" "restart" "restart again"; do
    JAVA="$AOT_JAVA" start "$label, JDK 25 AOT${SPRING_AOT:+ + Spring AOT}" "$WORK/jdk-aot-data" "$APP_JAR" \
      $SPRING_AOT -XX:AOTCache="$WORK/jdk-aot/rosette.aot"
  done
  # C1 alone: quick compiled code at once and no profiling; the peak speed of C2's code is given up (see the README).
  for label in "restart" "restart again"; do
    JAVA="$AOT_JAVA" start "$label, JDK 25 AOT${SPRING_AOT:+ + Spring AOT}, C1 only" "$WORK/jdk-aot-data" "$APP_JAR" \
      $SPRING_AOT -XX:AOTCache="$WORK/jdk-aot/rosette.aot" -XX:TieredStopAtLevel=1
  done
fi
echo "load average afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
