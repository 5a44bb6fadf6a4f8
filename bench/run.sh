#!/usr/bin/env bash
# Runs one benchmark against PostgreSQL and prints `RESULT <metric> <value> <unit>` lines.
#   bench/run.sh orgtree            # the union tree at 100,000 orgs
#   bench/run.sh import             # importing 1,000,000 members from CSV and xlsx, against raw COPY
#   bench/run.sh search             # finding members among 5,000,000
#   bench/run.sh judging            # assigning 2,000 entries × 5 of 200 judges; ranking 2,000 × 7 × 5 scores
#   bench/run.sh http               # hot pages and APIs of the running platform under wrk, against /actuator/health
#   bench/run.sh exam               # 10,000 candidates sitting one exam at once under Gatling: start, autosave, hand-in
#   bench/run.sh coupons            # 100,000 members rushing one campaign of 10,000 coupons under Gatling, against pgbench
# The database is JIANGXIN_DB_URL (with JIANGXIN_DB_USER / JIANGXIN_DB_PASSWORD); it is filled with
# generated data, so point it at a scratch database. Without JIANGXIN_DB_URL a scratch database is
# created on the local server (127.0.0.1:5432) and dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: bench/run.sh NAME (orgtree | import | search | judging | http | exam | coupons)}"
# The import benchmark must stay within 512 MiB of heap; the others get room for generating their data.
heap="${BENCH_HEAP:-2g}"
if [ "$name" = import ]; then heap="${BENCH_HEAP:-512m}"; fi

if [ -z "${JIANGXIN_DB_URL:-}" ]; then
  db="jiangxin_bench_$(date +%s)_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
  trap 'psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
  export JIANGXIN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" JIANGXIN_DB_USER=postgres JIANGXIN_DB_PASSWORD=
fi

if [ "$name" = exam ]; then
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  bench/exam.sh "${@:2}"
  exit $?
fi

if [ "$name" = coupons ]; then
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  bench/coupons.sh "${@:2}"
  exit $?
fi

if [ "$name" = http ]; then
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  bench/http.sh "${@:2}"
  exit $?
fi

./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
java -Xmx"$heap" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.jiangxin.bench.Bench "$name" "${@:2}"
