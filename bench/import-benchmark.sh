#!/bin/sh
# Camera-trap import benchmark: generates a file (100,000 rows by default), imports it into an H2 file database in a
# temporary folder and prints rows per second and the peak heap. Not part of the test suite.
#   bench/import-benchmark.sh [rows]        HEAP=128m bench/import-benchmark.sh   (default heap 256m)
set -e
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx"${HEAP:-256m}" -XX:+UseSerialGC \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.rosette.opendata.ImportBenchmark "${1:-100000}"
