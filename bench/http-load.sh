#!/usr/bin/env bash
# HTTP load: plan-api's scorecard endpoint against a bare Javalin echo server (same JSON body,
# same JVM flags, same wrk settings), then a 60 s soak of plan-api at -Xmx128m checking for
# errors and heap growth after GC. Loopback only; every run is bounded; both servers are stopped
# on exit. The runs:
# 1. The same body on every request, as the issue asks: echo, a same-size canned reply (the
#    bare server's /reply, which answers with a document as large as the scorecard's: the cost
#    of the answer's size alone) and the scorecard, which plan-api's response cache answers
#    after the first request.
# 2. Unique bodies: each request appends a different run of JSON whitespace to the body, so the
#    meaning is unchanged but the bytes differ, and every scorecard is computed (a cache miss).
#    The echo gets the same varied bodies.
# 3. The soak, with unique bodies, so the cache is full and evicting while the heap is watched.
# Usage: bench/http-load.sh   (env: DURATION=20s CONNECTIONS=16 THREADS=2 SOAK=60s WARMUP=20s
# UNIQUE_WARMUP=60s JVM_FLAGS="-Xmx128m" SKIP_BUILD=1 BODY=samples/observations-example.json, or
# PROJECTS=1000 for the generated JMH input with that many ledger projects instead of BODY)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SOAK=${SOAK:-60s}
WARMUP=${WARMUP:-20s}
UNIQUE_WARMUP=${UNIQUE_WARMUP:-60s}
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

# wrk scripts: POST the body (the same bytes, or unique bytes per request); at the end print one
# machine-readable line.
cat > "$WORK/result.lua" <<LUA
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout))
end
LUA
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open("$BODY", "rb"))
wrk.body = f:read("*a")
f:close()
dofile("$WORK/result.lua")
LUA
cat > "$WORK/unique.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open("$BODY", "rb"))
local base = f:read("*a")
f:close()
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
-- Each wrk run gets its own number (wrk ... -- RUN), so that no run repeats an earlier run's
-- bodies, which could still be in the cache.
local run = 0
function init(args)
  run = tonumber(args[1]) or 0
end
local counter = 0
local whitespace = {" ", "\t", "\n", "\r"}
-- n = ((run * 2^30) + counter) * 64 + thread id, written in base 4 with the four JSON
-- whitespace characters: a different tail for every request of every thread (up to 64) of
-- every run.
function request()
  counter = counter + 1
  local n = (run * 1073741824 + counter) * 64 + tid
  local tail = {}
  while n > 0 do
    tail[#tail + 1] = whitespace[n % 4 + 1]
    n = math.floor(n / 4)
  end
  return wrk.format(nil, nil, nil, base .. table.concat(tail))
end
dofile("$WORK/result.lua")
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

ratio() { awk -v a="$(field rps "$1")" -v b="$(field rps "$2")" 'BEGIN{printf "%.3f", a/b}'; }
verdict() { awk -v r="$1" 'BEGIN{print (r>=0.7)?"met":"NOT met"}'; }
cache_status() { # lua-free check of what the response cache did with one request: body file
  curl -fs -o /dev/null -D - -X POST -H 'Content-Type: application/json' --data-binary @"$1" \
    "$API_URL" | tr -d '\r' | sed -n 's/^[Cc]ache-[Ss]tatus: //p'
}
cp "$BODY" "$WORK/varied.json"; printf ' \t' >>"$WORK/varied.json"
echo "Cache-Status of the body again: $(cache_status "$BODY"); with whitespace added:" \
  "$(cache_status "$WORK/varied.json")"

# 1. The same body every time. Same warm-up for each (JIT), then the measured runs, one server
# at a time.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/post.lua" "$ECHO_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/post.lua" "$REPLY_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/post.lua" "$API_URL" >/dev/null
ECHO=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/post.lua" "$ECHO_URL" | grep RESULT)
REPLY=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/post.lua" "$REPLY_URL" | grep RESULT)
API=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/post.lua" "$API_URL" | grep RESULT)
echo "1. the same body on every request"
echo "bare echo        : $ECHO"
echo "bare, same-size  : $REPLY"
echo "scorecard        : $API"
RATIO=$(ratio "$API" "$ECHO")
echo "throughput ratio scorecard / echo = $RATIO (goal >= 0.7: $(verdict "$RATIO"))"
echo "throughput ratio same-size reply / echo = $(ratio "$REPLY" "$ECHO")" \
  "and scorecard / same-size reply = $(ratio "$API" "$REPLY")"

# 2. Unique bodies: every scorecard computed. The computing code needs its own, longer warm-up.
unique() { # url duration run: a wrk run of unique bodies; no two run numbers share a body
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" -s "$WORK/unique.lua" "$1" -- "$3"
}
unique "$ECHO_URL" "$WARMUP" 1 >/dev/null
unique "$API_URL" "$UNIQUE_WARMUP" 2 >/dev/null
ECHO_UNIQUE=$(unique "$ECHO_URL" "$DURATION" 3 | grep RESULT)
API_UNIQUE=$(unique "$API_URL" "$DURATION" 4 | grep RESULT)
echo "2. a unique body on every request (every scorecard computed)"
echo "bare echo        : $ECHO_UNIQUE"
echo "scorecard        : $API_UNIQUE"
RATIO_UNIQUE=$(ratio "$API_UNIQUE" "$ECHO_UNIQUE")
echo "throughput ratio scorecard / echo = $RATIO_UNIQUE (goal >= 0.7: $(verdict "$RATIO_UNIQUE"))"

# Soak: the echo server is no longer needed.
kill "$ECHO_PID"; wait "$ECHO_PID" 2>/dev/null || true
BEFORE=$(heap_after_gc_kb "$API_PID")
SOAKED=$(unique "$API_URL" "$SOAK" 5 | grep RESULT)
AFTER=$(heap_after_gc_kb "$API_PID")
echo "3. soak $SOAK, unique bodies: $SOAKED"
ERRORS=$(( $(field non2xx "$SOAKED") + $(field socket_errors "$SOAKED") ))
echo "soak errors (non-2xx + socket) = $ERRORS (goal 0: $([ "$ERRORS" -eq 0 ] && echo met || echo 'NOT met'))"
# Growth allowance: 10 % or 2 MB, whichever is larger, for noise in what a full GC leaves.
ALLOW=$(( BEFORE / 10 > 2048 ? BEFORE / 10 : 2048 ))
echo "heap used after full GC: before soak ${BEFORE}K, after ${AFTER}K (allowance ${ALLOW}K:" \
  "$([ $(( AFTER - BEFORE )) -le "$ALLOW" ] && echo 'no growth, met' || echo 'GROWTH, NOT met'))"
kill -0 "$API_PID" && echo "plan-api still healthy: $(curl -fs http://127.0.0.1:$API_PORT/health)"
