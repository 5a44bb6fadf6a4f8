#!/usr/bin/env bash
# A coupon rush: starts the packaged app on PostgreSQL with the demo data, lays 100,000 members of 海斯坦普's union with
# live API tokens and one first-come campaign of 10,000 coupons (one a member) beside it (CouponLoadSetup), measures
# pgbench's bare SQL claim on one counter row as the baseline (the app idle), warms the platform up with other
# members on another campaign (below), then the load tool claims for every
# member through BENCH_CLIENTS concurrent clients: one in ten taps twice with the same key, one in twenty tries again
# with a new key. The load tool is wrk (Debian; bench/coupons.lua, one connection a thread), or Gatling
# (bench/gatling, from Maven Central) with BENCH_LOAD=gatling: on two shared cores wrk leaves the app about half a
# core more. Prints claims/s, p99 and the ratio to the baseline, and checks the database: coupons issued (exactly
# the stock), members holding more than their limit (0), acknowledged claims missing (0). Run through
# bench/run.sh coupons; expects JIANGXIN_DB_URL (run.sh makes a scratch database).
# Settings: BENCH_MEMBERS (100000), BENCH_STOCK (10000), BENCH_CLIENTS (128), BENCH_LOAD (wrk | gatling),
# BENCH_WARMUP_SECONDS (120; 0 for none), BENCH_WARMUP_MEMBERS (20000), BENCH_WARMUP_STOCK (5000),
# BENCH_PGBENCH_CLIENTS (64), BENCH_PGBENCH_SECONDS (20), BENCH_PORT (18092), BENCH_HTTP_THREADS (8: the app's
# request threads; on two cores a rush goes faster through 8 than through 16, and through 16 than the default 64),
# BENCH_APP_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PORT:-18092}"
base="http://127.0.0.1:$port"
export BENCH_MEMBERS="${BENCH_MEMBERS:-100000}" BENCH_CLIENTS="${BENCH_CLIENTS:-128}"
stock="${BENCH_STOCK:-10000}"
pgclients="${BENCH_PGBENCH_CLIENTS:-64}"
pgseconds="${BENCH_PGBENCH_SECONDS:-20}"
load="${BENCH_LOAD:-wrk}"
[ "$load" = wrk ] && { command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client" >&2; exit 2; }
out="$PWD/target/bench-coupons"
rm -rf "$out"; mkdir -p "$out"

build() { "$@" > "$out/build.log" 2>&1 || { tail -40 "$out/build.log" >&2; echo "the build failed: $*" >&2; exit 1; }; }
build ./mvnw -q -B -DskipTests package
build ./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
[ "$load" = gatling ] && build ./mvnw -q -B -f bench/gatling/pom.xml test-compile
jar=$(ls target/jiangxin-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
log="$work/app.log"
java -Xmx2g -DJIANGXIN_HTTP_THREADS="${BENCH_HTTP_THREADS:-8}" ${BENCH_APP_OPTS:-} -jar "$jar" --spring.profiles.active=demo,postgres --server.port="$port" \
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

java -Dbench.members="$BENCH_MEMBERS" -Dbench.stock="$stock" -Dbench.warmup.members="${BENCH_WARMUP_MEMBERS:-20000}" \
  -Dbench.warmup.stock="${BENCH_WARMUP_STOCK:-5000}" -Xmx2g \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" cn.jiangxin.bench.Bench coupons-setup \
  | grep -v '^$' | tail -1
campaign=$(cat "$out/campaign.txt")
psql_url="${JIANGXIN_DB_URL#jdbc:}"
pg="postgresql://${JIANGXIN_DB_USER:-postgres}@${psql_url#postgresql://}"
sql() { psql "$pg" -tAc "$1"; }
psql "$pg" -qc "VACUUM ANALYZE"
echo "data: the demo, plus $BENCH_MEMBERS members of 海斯坦普's union with tokens; campaign $campaign of $stock coupons, one a member, open now"

# The baseline: a bare SQL claim on one counter row (the count and the claim's row in one statement), pgbench clients
psql "$pg" -qc "CREATE TABLE bench_counter (id INT PRIMARY KEY, claimed BIGINT NOT NULL, stock BIGINT NOT NULL);
  INSERT INTO bench_counter VALUES (1, 0, 1000000000);
  CREATE TABLE bench_claim (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL, claimed_at TIMESTAMPTZ NOT NULL)"
cat > "$work/claim.sql" <<'SQL'
\set m random(1, 100000)
WITH c AS (UPDATE bench_counter SET claimed = claimed + 1 WHERE id = 1 AND claimed < stock RETURNING claimed)
INSERT INTO bench_claim (member_id, claimed_at) SELECT :m, now() FROM c;
SQL
pgbench "$pg" -n -M prepared -c "$pgclients" -j 2 -T "$pgseconds" -f "$work/claim.sql" > "$work/pgbench.log" 2>&1 \
  || { cat "$work/pgbench.log" >&2; exit 1; }
baseline=$(awk '/^tps = / {print $3; exit}' "$work/pgbench.log")
baseline_p=$(awk '/latency average/ {print $4}' "$work/pgbench.log")
echo "RESULT coupons.baseline.single_counter_sql $baseline claims/s"
echo "RESULT coupons.baseline.latency_average $baseline_p ms"
# The warm-up: a server meeting a rush has been serving for a while, its code compiled (on these two cores the JIT
# needs a few hundred thousand requests to reach its steady rate, the compilers sharing the cores with the load). Other members claim from
# another campaign (a fifth of them get a coupon), going round again with new keys, for BENCH_WARMUP_SECONDS under
# wrk; the rush's members, tokens and campaign are new to the platform after it.
warmup="${BENCH_WARMUP_SECONDS:-120}"
if [ "$warmup" -gt 0 ] && [ -f "$out/warmup-campaign.txt" ] && command -v wrk >/dev/null; then
  mkdir -p "$out/warmup/tokens"
  tail -n +2 "$out/warmup-tokens.csv" | awk -v n="$BENCH_CLIENTS" -v d="$out/warmup/tokens" \
    '{ f = sprintf("%s/part-%04d", d, (NR - 1) % n); print > f }'
  wrk -t "$BENCH_CLIENTS" -c "$BENCH_CLIENTS" -d "${warmup}s" --timeout 30s -s bench/coupons.lua "$base" \
    -- "$out/warmup/tokens" "$(cat "$out/warmup-campaign.txt")" "$out/warmup" loop > "$out/warmup/wrk.log" 2>&1
  warmed=$(awk '/coupons.http.requests/ {print $3}' "$out/warmup/results.txt")
  echo "warm-up: $warmed claims by $(($(wc -l < "$out/warmup-tokens.csv") - 1)) other members on another campaign in ${warmup} s"
  # the platform's rate as it warms, from cold: what the rush would meet on a server just started
  awk -v n="$warmed" -v s="$warmup" 'BEGIN { printf "RESULT coupons.warmup.claims_per_s %.1f claims/s\n", n / s }'

else
  echo "warm-up: none"
fi
echo "load: $load, $BENCH_CLIENTS concurrent clients on loopback, every member claiming once (10% double taps with the same key, 5% a second try with a new key); app, PostgreSQL and $load share the machine"

ticks=$(getconf CLK_TCK)
cpu_of() { awk '{print $14 + $15}' "/proc/$app/stat"; }
pg_cpu() { for p in $(pgrep -u postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'; }
if [ "$load" = wrk ]; then
  # each wrk thread one connection and its own share of the members
  mkdir -p "$out/tokens"
  tail -n +2 "$out/tokens.csv" | awk -v n="$BENCH_CLIENTS" -v d="$out/tokens" \
    '{ f = sprintf("%s/part-%04d", d, (NR - 1) % n); print > f }'
  cpu0=$(cpu_of); pg0=$(pg_cpu); t0=$(date +%s.%N)
  wrk -t "$BENCH_CLIENTS" -c "$BENCH_CLIENTS" -d 3600s --timeout 30s -s bench/coupons.lua "$base" \
    -- "$out/tokens" "$campaign" "$out" > "$out/wrk.log" 2>&1 &
  wrk=$!
  # the rush ends when every thread has claimed for all its members
  while kill -0 $wrk 2>/dev/null && [ "$(ls "$out" | grep -c '^done-')" -lt "$BENCH_CLIENTS" ]; do sleep 0.05; done
  t1=$(date +%s.%N); cpu1=$(cpu_of); pg1=$(pg_cpu)
  kill -INT $wrk 2>/dev/null || true
  wait $wrk || true
  cat "$out/results.txt"
  requests=$(awk '/coupons.http.requests/ {print $3}' "$out/results.txt")
  awk -v s="$t0" -v e="$t1" 'BEGIN { printf "RESULT coupons.http.seconds %.3f s\n", e - s }'
  rate=$(awk -v n="$requests" -v s="$t0" -v e="$t1" 'BEGIN { printf "%.3f", n / (e - s) }')
  echo "RESULT coupons.http.claims_per_s $rate claims/s"
else
  cpu0=$(cpu_of); pg0=$(pg_cpu); t0=$(date +%s.%N)
  BENCH_BASE="$base" BENCH_CAMPAIGN="$campaign" BENCH_TOKENS="$out/tokens.csv" BENCH_OUT="$out" \
    ./mvnw -q -B -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=cn.jiangxin.bench.CouponRushSimulation \
    -Dgatling.resultsFolder="$out/gatling" > "$out/gatling.log" 2>&1 || { tail -40 "$out/gatling.log" >&2; echo "Gatling failed" >&2; }
  cpu1=$(cpu_of); pg1=$(pg_cpu); t1=$(date +%s.%N)
  grep '^RESULT' "$out/gatling.log" || cat "$out/results.txt"
  rate=$(awk '/coupons.http.claims_per_s/ {print $3}' "$out/results.txt")
fi
awk -v a="$rate" -v b="$baseline" 'BEGIN { printf "RESULT coupons.ratio_to_single_counter_sql %.3f x\n", a / b }'
awk -v a="$cpu0" -v b="$cpu1" -v s="$t0" -v e="$t1" -v hz="$ticks" \
  'BEGIN { printf "RESULT coupons.app.cpu_mean %.2f cores\n", (b - a) / hz / (e - s) }'
awk -v a="$pg0" -v b="$pg1" -v s="$t0" -v e="$t1" -v hz="$ticks" \
  'BEGIN { printf "RESULT coupons.db.cpu_mean %.2f cores\n", (b - a) / hz / (e - s) }'

# The issuing itself, from the database: how long the stock lasted, and its rate
window=$(sql "SELECT EXTRACT(EPOCH FROM MAX(claimed_at) - MIN(claimed_at)) FROM coupon WHERE campaign_id = $campaign AND member_id IS NOT NULL")
issued=$(sql "SELECT COUNT(*) FROM coupon WHERE campaign_id = $campaign AND member_id IS NOT NULL")
echo "RESULT coupons.issue.seconds $window s"
awk -v n="$issued" -v w="$window" 'BEGIN { if (w > 0) printf "RESULT coupons.issue.per_s %.1f coupons/s\n", n / w }'
awk -v n="$issued" -v w="$window" -v b="$baseline" 'BEGIN { if (w > 0) printf "RESULT coupons.issue.ratio_to_single_counter_sql %.3f x\n", n / w / b }'

# Exactness: the stock, the limit, and every acknowledged claim in the database
psql "$pg" -qc "CREATE TABLE bench_ack (member_id BIGINT, code VARCHAR(12))"
psql "$pg" -qc "\\copy bench_ack FROM '$out/acks.csv' WITH (FORMAT csv)"
over=$(sql "SELECT COUNT(*) FROM (SELECT member_id FROM coupon WHERE campaign_id = $campaign AND member_id IS NOT NULL
  GROUP BY member_id HAVING COUNT(*) > 1) x")
missing=$(sql "SELECT COUNT(*) FROM bench_ack b LEFT JOIN coupon c ON c.code = b.code AND c.member_id = b.member_id
  AND c.campaign_id = $campaign WHERE c.id IS NULL")
acked=$(sql "SELECT COUNT(*) FROM bench_ack")
echo "RESULT coupons.issued $issued coupons (must be $stock)"
echo "RESULT coupons.members_over_limit $over members (must be 0)"
echo "RESULT coupons.acknowledged $acked coupons"
echo "RESULT coupons.acknowledged_missing $missing coupons (must be 0)"
[ "$issued" = "$stock" ] && [ "$over" = 0 ] && [ "$missing" = 0 ] || { echo "NOT EXACT" >&2; exit 1; }
