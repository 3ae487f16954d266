#!/bin/sh
# Prepares a built jar to start fast: extracts it (Boot's layout, the application jar beside its libraries) and makes
# the JVM's cache of what a restart loads. The cache comes from a training run that restarts the application the way a
# server restarts it, on a throw-away H2 folder that a first start has filled with the demo park, until
# /actuator/health answers UP, and then stops it. Training up to a healthy application, not only up to the context,
# puts in the cache what a restart still loads after the context: the first queries, the health check, the web layer.
#   bench/aot-cache.sh [jar] [folder]          default: the jar in target/, folder app/
# On JDK 25 (JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java) it writes the AOT cache folder/rosette.aot (JEP 483/515);
# on older JDKs a class-data sharing archive, folder/rosette.jsa. A jar built with -Paot is trained with Spring's
# ahead-of-time processing on (SPRING_AOT=false leaves it off). It prints the options a start then needs. Make the cache
# again after each build and each change of JVM or of its options. TRAINING_DATA names an H2 data folder to copy
# instead of filling a new one; PORT (default 8098) is where the training runs listen; HEAP overrides the -Xmx of
# bench/jvm.options, as it must at every start with the cache.
set -e
cd "$(dirname "$0")/.."
. bench/healthy.sh
JAR=${1:-$(ls target/rosette-*.jar | grep -v '\.original$' | head -n 1)}
DEST=${2:-app}
JAVA=${JAVA:-java}
PORT=${PORT:-8098}
# --force: over an earlier extraction (the application jar's class path names its libraries, so old ones left in lib/
# are never read).
java -Djarmode=tools -jar "$JAR" extract --destination "$DEST" --force >/dev/null
APP_JAR="$DEST/$(basename "$JAR")"
if [ "${SPRING_AOT:-true}" = true ] && unzip -l "$JAR" | grep -q 'RosetteApplication__ApplicationContextInitializer'; then
  set -- -Dspring.aot.enabled=true
else
  set --
fi
if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  CACHE="$DEST/rosette.aot" OUTPUT=-XX:AOTCacheOutput USE=-XX:AOTCache
else
  CACHE="$DEST/rosette.jsa" OUTPUT=-XX:ArchiveClassesAtExit USE=-XX:SharedArchiveFile
fi
DATA=$(mktemp -d /tmp/rosette-training-XXXXXX)
trap 'rm -rf "$DATA"' EXIT
# run [JVM options...]: starts the application on the training folder and stops it (SIGTERM, a normal exit, which is
# when the JVM writes what it recorded) once it is healthy.
run() {
  "$JAVA" @bench/jvm.options ${HEAP:+-Xmx$HEAP} "$@" -jar "$APP_JAR" --rosette.demo=true --rosette.data-dir="$DATA" \
    --server.port="$PORT" --logging.level.root=warn >"$DATA/training.log" 2>&1 &
  pid=$!
  wait_healthy "$pid" "$PORT" "$DATA/training.log" "The training run"
  kill "$pid"
  wait "$pid" || true
}
if [ -n "$TRAINING_DATA" ]; then
  cp -R "$TRAINING_DATA/." "$DATA/"
else
  run "$@"
fi
run "$@" "$OUTPUT=$CACHE"
[ -s "$CACHE" ] || { echo "No cache was written; the training log:" && cat "$DATA/training.log" && exit 1; }
echo "$CACHE ($(du -m "$CACHE" | cut -f1) MB); start from $DEST/ with: $JAVA $* $USE=$CACHE -jar $APP_JAR"
