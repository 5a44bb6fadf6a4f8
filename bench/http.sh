#!/usr/bin/env bash
# The platform under a crowd: starts the packaged app on PostgreSQL with the demo data, drives its hot public
# pages and APIs with wrk on loopback, and prints each one's requests/s, p50 and p99, and its rate as a share of
# /actuator/health measured in the same run. Run through bench/run.sh http; expects JIANGXIN_DB_URL (run.sh
# makes a scratch database). Settings: BENCH_CONNECTIONS (32), BENCH_SECONDS (20), BENCH_THREADS (1), BENCH_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
connections="${BENCH_CONNECTIONS:-32}"
seconds="${BENCH_SECONDS:-20}"
threads="${BENCH_THREADS:-1}"
port="${BENCH_PORT:-18090}"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

./mvnw -q -B -DskipTests package >/dev/null
jar=$(ls target/jiangxin-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
log="$work/app.log"
java -Xmx1g -jar "$jar" --spring.profiles.active=demo,postgres --server.port="$port" \
  --jiangxin.import.directory="$work/imports" --jiangxin.blobs.directory="$work/blobs" \
  --jiangxin.audit.log="$work/audit.log" --server.servlet.session.cookie.secure=false >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
  grep -q "Jiangxin is running at" "$log" && break
  kill -0 $app 2>/dev/null || { tail -50 "$log" >&2; exit 1; }
  sleep 1
done
grep -q "Jiangxin is running at" "$log" || { echo "the platform did not start in 10 minutes" >&2; exit 1; }

psql_url="${JIANGXIN_DB_URL#jdbc:}"
sql() { psql "postgresql://${JIANGXIN_DB_USER:-postgres}@${psql_url#postgresql://}" -tAc "$1"; }
contest=$(sql "SELECT id FROM contest WHERE title LIKE '2025北京市金融职工%'")
final_round=$(sql "SELECT id FROM contest_round WHERE contest_id = $contest ORDER BY ordinal DESC LIMIT 1")
first_round=$(sql "SELECT id FROM contest_round WHERE contest_id = $contest ORDER BY ordinal LIMIT 1")
token=$(curl -s -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"jinrong","password":"jiangxin-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
jar_file="$work/cookies"
csrf=$(curl -s -c "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"//')
curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -X POST "$base/login" \
  --data-urlencode "username=jinrong" --data-urlencode "password=jiangxin-demo" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar_file")
echo "data: the demo (finance contest $contest, 185 entries in its first round $first_round, 13 in its final $final_round)"
echo "load: wrk, $threads thread(s), $connections connections, ${seconds}s per target, after a 5 s warm-up; server and wrk share the machine"

# One measured target: name, path, optional header. Prints RESULT lines; remembers the health rate.
health=""
measure() {
  local name="$1" path="$2" header="${3:-}"
  local args=(-t"$threads" -c"$connections" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$base$path")
  if [ "$status" != 200 ]; then echo "$path answers $status, not 200" >&2; exit 1; fi
  wrk "${args[@]}" -d5s "$base$path" >/dev/null
  local out
  out=$(wrk "${args[@]}" -d"${seconds}s" "$base$path")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  to_ms() { echo "$1" | awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }
  echo "RESULT ${name}.rps ${rps} req/s"
  echo "RESULT ${name}.p50 $(to_ms "$p50") ms"
  echo "RESULT ${name}.p99 $(to_ms "$p99") ms"
  [ -n "$errors" ] && echo "RESULT ${name}.non2xx ${errors} responses"
  if [ -z "$health" ]; then health="$rps"; else
    echo "RESULT ${name}.ratio_to_health $(awk -v a="$rps" -v b="$health" 'BEGIN { printf "%.3f", a / b }') x"
  fi
}

measure health /actuator/health
measure api_contests /api/v1/contests "Authorization: Bearer $token"
measure page_contests /contests
measure page_contest "/contests/$contest"
measure page_results "/contests/$contest/results"
measure api_results_final "/api/v1/rounds/$final_round/results" "Authorization: Bearer $token"
measure api_results_first "/api/v1/rounds/$first_round/results" "Authorization: Bearer $token"
measure page_leaderboard_rows "/manage/rounds/$final_round/leaderboard/rows" "Cookie: JSESSIONID=$session"
