#!/usr/bin/env bash
# Theory exams under a crowd: starts the packaged app on PostgreSQL with the demo data, lays 10,000 candidates
# with live API tokens and an open quiz drawn by the robot final's blueprint beside it (ExamLoadSetup), then
# Gatling (bench/gatling, from Maven Central) starts all 10,000 within a minute, saves an answer every 10 s per
# candidate (exponential pauses, about 1,000 saves/s) for ten minutes and hands every attempt in. Prints Gatling's
# figures, the app's heap and CPU over the load, and checks every acknowledged save against the database.
# Run through bench/run.sh exam; expects JIANGXIN_DB_URL (run.sh makes a scratch database). Settings:
# BENCH_USERS (10000), BENCH_RAMP_SECONDS (60), BENCH_MINUTES (10), BENCH_PAUSE_SECONDS (10), BENCH_PORT (18091),
# BENCH_APP_OPTS (more JVM options for the app, e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-18091}"
base="http://127.0.0.1:$port"
export BENCH_USERS="${BENCH_USERS:-10000}" BENCH_RAMP_SECONDS="${BENCH_RAMP_SECONDS:-60}"
export BENCH_MINUTES="${BENCH_MINUTES:-10}" BENCH_PAUSE_SECONDS="${BENCH_PAUSE_SECONDS:-10}"
out="$PWD/target/bench-exam"
rm -rf "$out"; mkdir -p "$out"

build() { "$@" > "$out/build.log" 2>&1 || { tail -40 "$out/build.log" >&2; echo "the build failed: $*" >&2; exit 1; }; }
build ./mvnw -q -B -DskipTests package
build ./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
build ./mvnw -q -B -f bench/gatling/pom.xml test-compile
jar=$(ls target/jiangxin-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
log="$work/app.log"
java -Xmx2g ${BENCH_APP_OPTS:-} -jar "$jar" --spring.profiles.active=demo,postgres --server.port="$port" \
  --jiangxin.import.directory="$work/imports" --jiangxin.blobs.directory="$work/blobs" \
  --jiangxin.audit.log="$work/audit.log" --server.servlet.session.cookie.secure=false \
  --logging.level.jiangxin.audit=WARN >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 900); do
  grep -q "Jiangxin is running at" "$log" && break
  kill -0 $app 2>/dev/null || { tail -50 "$log" >&2; exit 1; }
  sleep 1
done
grep -q "Jiangxin is running at" "$log" || { echo "the platform did not start in 15 minutes" >&2; exit 1; }

java -Dbench.candidates="$BENCH_USERS" -Xmx1g \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" cn.jiangxin.bench.Bench exam-setup
exam=$(cat "$out/exam.txt")
echo "data: the demo, plus $BENCH_USERS members of 海斯坦普's union with tokens; open quiz $exam (85 questions drawn per candidate)"
echo "load: Gatling, $BENCH_USERS candidates started over ${BENCH_RAMP_SECONDS}s, a save every ${BENCH_PAUSE_SECONDS}s each (exponential) for ${BENCH_MINUTES} min, then hand-in; app, PostgreSQL and Gatling share the machine"

# The app's CPU (from /proc) and heap (jstat) over the load
ticks=$(getconf CLK_TCK)
cpu_of() { awk '{print $14 + $15}' "/proc/$app/stat"; }
# The database's backends (the app's pool stays open through the load) and the whole machine, for the split
pg_cpu() { for p in $(pgrep -u postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'; }
machine_cpu() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
jstat -gc $app 5000 > "$work/jstat.log" 2>/dev/null &
sampler=$!
cpu0=$(cpu_of); pg0=$(pg_cpu); all0=$(machine_cpu); t0=$(date +%s.%N)
BENCH_BASE="$base" BENCH_EXAM="$exam" BENCH_TOKENS="$out/tokens.csv" BENCH_OUT="$out" \
  ./mvnw -q -B -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=cn.jiangxin.bench.ExamLoadSimulation \
  -Dgatling.resultsFolder="$out/gatling" > "$out/gatling.log" 2>&1 || { tail -40 "$out/gatling.log" >&2; echo "Gatling failed" >&2; }
cpu1=$(cpu_of); pg1=$(pg_cpu); all1=$(machine_cpu); t1=$(date +%s.%N)
kill $sampler 2>/dev/null || true
grep '^RESULT' "$out/gatling.log" || cat "$out/results.txt"
awk -v a="$cpu0" -v b="$cpu1" -v s="$t0" -v e="$t1" -v hz="$ticks" \
  'BEGIN { printf "RESULT exam.app.cpu_mean %.2f cores\n", (b - a) / hz / (e - s) }'
awk -v a="$pg0" -v b="$pg1" -v s="$t0" -v e="$t1" -v hz="$ticks" \
  'BEGIN { printf "RESULT exam.db.cpu_mean %.2f cores\n", (b - a) / hz / (e - s) }'
awk -v a="$all0" -v b="$all1" -v s="$t0" -v e="$t1" -v hz="$ticks" \
  'BEGIN { printf "RESULT exam.machine.cpu_mean %.2f cores\n", (b - a) / hz / (e - s) }'
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used }
     END { printf "RESULT exam.app.heap_used_max %.0f MiB\n", max }' "$work/jstat.log"

# Every acknowledged save is in the database: the kept sequence number of each answer is at least the last acknowledged
psql_url="${JIANGXIN_DB_URL#jdbc:}"
pg="postgresql://${JIANGXIN_DB_USER:-postgres}@${psql_url#postgresql://}"
psql "$pg" -qc "CREATE TABLE bench_ack (attempt_id BIGINT, question_id BIGINT, seq BIGINT)"
psql "$pg" -qc "\\copy bench_ack FROM '$out/acks.csv' WITH (FORMAT csv)"
lost=$(psql "$pg" -tAc "SELECT COUNT(*) FROM bench_ack b LEFT JOIN attempt_item i ON i.attempt_id = b.attempt_id
  AND i.question_id = b.question_id WHERE i.answer_seq IS NULL OR i.answer_seq < b.seq OR i.answer IS NULL")
acked=$(psql "$pg" -tAc "SELECT COUNT(*) FROM bench_ack")
kept=$(psql "$pg" -tAc "SELECT COUNT(*) FROM attempt_item i JOIN exam_attempt a ON a.id = i.attempt_id
  WHERE a.exam_id = $exam AND i.answer IS NOT NULL")
graded=$(psql "$pg" -tAc "SELECT COUNT(*) FROM exam_attempt WHERE exam_id = $exam AND status = 'GRADED'")
started=$(psql "$pg" -tAc "SELECT COUNT(*) FROM exam_attempt WHERE exam_id = $exam")
psql "$pg" -qc "DROP TABLE bench_ack"
echo "RESULT exam.db.attempts $started attempts"
echo "RESULT exam.db.graded $graded attempts"
echo "RESULT exam.db.answers_acknowledged $acked answers"
echo "RESULT exam.db.answers_kept $kept answers"
echo "RESULT exam.db.acknowledged_lost $lost answers"
