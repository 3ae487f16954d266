#!/bin/sh
# Fills a Rosette database with a realistic archive of sightings (see ArchiveLoader): PostgreSQL through COPY, H2 with
# multi-row inserts. Migrates the schema first. The application must not be running on an H2 file (H2 locks it).
#   bench/load-sightings.sh [rows]                    H2 file ./target/bench-data/rosette
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench_b bench/load-sightings.sh 1100000
#   BENCH_DB_URL=jdbc:h2:file:/tmp/rosette-bench/rosette bench/load-sightings.sh 1100000
# BENCH_DB_USER / BENCH_DB_PASSWORD for the account; BENCH_VERIFIED_SHARE (default 0.9) for the share of VERIFIED rows.
set -e
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx"${HEAP:-512m}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.rosette.sighting.ArchiveLoader "${1:-1000000}"
