#!/usr/bin/env bash
# HTTP load: plan-api's scorecard endpoint against a bare Javalin echo server (same JSON body,
# same JVM flags, same wrk settings), then a 60 s soak of plan-api at -Xmx128m checking for
# errors and heap growth after GC. A third run sends the same body to the bare server's /reply,
# which answers with a canned document as large as the scorecard's answer: the part of the gap
# that is only the size of the answer. Loopback only; every run is bounded; both servers are
# stopped on exit.
# Usage: bench/http-load.sh   (env: DURATION=20s CONNECTIONS=16 THREADS=2 SOAK=60s WARMUP=20s
# JVM_FLAGS="-Xmx128m" SKIP_BUILD=1 BODY=samples/observations-example.json, or PROJECTS=1000 for
# the generated JMH input with that many ledger projects instead of BODY)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SOAK=${SOAK:-60s}
WARMUP=${WARMUP:-20s}
JVM_FLAGS=${JVM_FLAGS:--Xmx128m}
API_PORT=${API_PORT:-17070}
ECHO_PORT=${ECHO_PORT:-17071}
BODY=${BODY:-samples/observations-example.json}
API_JAR=plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar
BENCH_JAR=plan-bench/target/benchmarks.jar
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -ntp -q install -DskipTests
  mvn -B -ntp -q -Pbench -pl plan-bench package -DskipTests
fi
if ! command -v wrk >/dev/null; then
  apt-get update && apt-get install -y wrk
fi

if [ -n "${PROJECTS:-}" ]; then
  BODY="$WORK/observations-$PROJECTS.json"
  java -cp "$BENCH_JAR" org.planmetrics.bench.ObservationsGenerator "$PROJECTS" >"$BODY"
fi

# wrk script: POST the body; at the end print one machine-readable line.
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open("$BODY", "rb"))
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout))
end
LUA

wait_up() { # url pid
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "server exited" >&2; return 1; }
    sleep 0.1
  done
  echo "server did not answer $1 within 30 s" >&2; return 1
}

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

heap_after_gc_kb() { # pid -> used heap in KB after a full GC
  jcmd "$1" GC.run >/dev/null
  sleep 1
  jcmd "$1" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); JVM flags: $JVM_FLAGS"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, body $BODY ($(wc -c <"$BODY") bytes)"

# plan-api logs each request at INFO; send its log to a file so the terminal is not the bottleneck.
java $JVM_FLAGS -jar "$API_JAR" --port "$API_PORT" >"$WORK/api.log" 2>&1 &
API_PID=$!; PIDS+=("$API_PID")
java $JVM_FLAGS -cp "$BENCH_JAR" org.planmetrics.bench.BareEchoServer "$ECHO_PORT" >"$WORK/echo.log" 2>&1 &
ECHO_PID=$!; PIDS+=("$ECHO_PID")
wait_up "http://127.0.0.1:$API_PORT/health" "$API_PID"
wait_up "http://127.0.0.1:$ECHO_PORT/health" "$ECHO_PID"

API_URL="http://127.0.0.1:$API_PORT/api/v1/plans/gongqingcheng-2022/scorecard"
ECHO_URL="http://127.0.0.1:$ECHO_PORT/echo"
SIZE=$(curl -fs -o /dev/null -w '%{size_download}' -X POST -H 'Content-Type: application/json' \
  --data-binary @"$BODY" "$API_URL")
REPLY_URL="http://127.0.0.1:$ECHO_PORT/reply?bytes=$SIZE"
curl -fs -X POST -H 'Content-Type: application/json' --data-binary @"$BODY" "$ECHO_URL" >/dev/null
curl -fs -X POST -H 'Content-Type: application/json' --data-binary @"$BODY" "$REPLY_URL" >/dev/null
echo "scorecard answer: $SIZE bytes"

# Same warm-up for both (JIT), then the measured runs, one server at a time.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/post.lua" "$ECHO_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/post.lua" "$REPLY_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/post.lua" "$API_URL" >/dev/null
ECHO=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/post.lua" "$ECHO_URL" | grep RESULT)
REPLY=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/post.lua" "$REPLY_URL" | grep RESULT)
API=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/post.lua" "$API_URL" | grep RESULT)
echo "bare echo        : $ECHO"
echo "bare, same-size  : $REPLY"
echo "scorecard        : $API"
RATIO=$(awk -v a="$(field rps "$API")" -v b="$(field rps "$ECHO")" 'BEGIN{printf "%.3f", a/b}')
echo "throughput ratio scorecard / echo = $RATIO (goal >= 0.7: $(awk -v r="$RATIO" 'BEGIN{print (r>=0.7)?"met":"NOT met"}'))"
echo "throughput ratio same-size reply / echo = $(awk -v a="$(field rps "$REPLY")" -v b="$(field rps "$ECHO")" 'BEGIN{printf "%.3f", a/b}')" \
  "and scorecard / same-size reply = $(awk -v a="$(field rps "$API")" -v b="$(field rps "$REPLY")" 'BEGIN{printf "%.3f", a/b}')"

# Soak: the echo server is no longer needed.
kill "$ECHO_PID"; wait "$ECHO_PID" 2>/dev/null || true
BEFORE=$(heap_after_gc_kb "$API_PID")
SOAKED=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$SOAK" -s "$WORK/post.lua" "$API_URL" | grep RESULT)
AFTER=$(heap_after_gc_kb "$API_PID")
echo "soak $SOAK : $SOAKED"
ERRORS=$(( $(field non2xx "$SOAKED") + $(field socket_errors "$SOAKED") ))
echo "soak errors (non-2xx + socket) = $ERRORS (goal 0: $([ "$ERRORS" -eq 0 ] && echo met || echo 'NOT met'))"
# Growth allowance: 10 % or 2 MB, whichever is larger, for noise in what a full GC leaves.
ALLOW=$(( BEFORE / 10 > 2048 ? BEFORE / 10 : 2048 ))
echo "heap used after full GC: before soak ${BEFORE}K, after ${AFTER}K (allowance ${ALLOW}K:" \
  "$([ $(( AFTER - BEFORE )) -le "$ALLOW" ] && echo 'no growth, met' || echo 'GROWTH, NOT met'))"
kill -0 "$API_PID" && echo "plan-api still healthy: $(curl -fs http://127.0.0.1:$API_PORT/health)"
