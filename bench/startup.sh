#!/usr/bin/env bash
# Start-up: time from `java -jar` to the first 200 on /health, plan-api versus the bare Javalin
# echo server, same JVM flags, median of RUNS runs each; then the same with AppCDS (a dynamic
# archive per jar, made by one training run with -XX:ArchiveClassesAtExit). Loopback only; every
# server is stopped after its first answer.
# Usage: bench/startup.sh   (env: RUNS=5 JVM_FLAGS="-Xmx128m" SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
JVM_FLAGS=${JVM_FLAGS:--Xmx128m}
PORT=${PORT:-17072}
API_JAR=plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar
BENCH_JAR=plan-bench/target/benchmarks.jar
WORK=$(mktemp -d)
PID=

cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -ntp -q install -DskipTests
  mvn -B -ntp -q -Pbench -pl plan-bench package -DskipTests
fi

API_CMD=(-jar "$API_JAR" --port "$PORT")
ECHO_CMD=(-cp "$BENCH_JAR" org.planmetrics.bench.BareEchoServer "$PORT")

# One start: prints milliseconds from launch to the first 200 on /health, then stops the server.
start_ms() { # extra-jvm-flags... -- command...
  local extra=()
  while [ "$1" != "--" ]; do extra+=("$1"); shift; done
  shift
  local t0 t1
  t0=$(date +%s%N)
  java $JVM_FLAGS "${extra[@]}" "$@" >"$WORK/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/health"; then
      t1=$(date +%s%N)
      kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
      echo $(( (t1 - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; echo "server exited" >&2; return 1; }
    sleep 0.01
  done
  echo "no answer within 30 s" >&2; return 1
}

median_ms() { # label extra-flags... -- command...
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$RUNS"); do times+=("$(start_ms "$@")"); done
  local med
  med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "$label: runs ${times[*]} ms, median $med ms" >&2
  echo "$med"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
verdict() { awk -v r="$1" 'BEGIN{print (r<=1.5)?"met":"NOT met"}'; }

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); JVM flags: $JVM_FLAGS; $RUNS runs each"
API=$(median_ms "plan-api          " -- "${API_CMD[@]}")
ECHO=$(median_ms "bare echo         " -- "${ECHO_CMD[@]}")
R=$(ratio "$API" "$ECHO")
echo "without AppCDS: plan-api $API ms / bare $ECHO ms = $R (goal <= 1.5: $(verdict "$R"))"

# AppCDS: a training run that dumps the loaded classes at exit (SIGTERM after the first answer
# exits normally, so the archive is written), then the timed runs use the archive.
start_ms -XX:ArchiveClassesAtExit="$WORK/api.jsa" -- "${API_CMD[@]}" >/dev/null
start_ms -XX:ArchiveClassesAtExit="$WORK/echo.jsa" -- "${ECHO_CMD[@]}" >/dev/null
sleep 1
ls -l "$WORK"/*.jsa >&2
API_CDS=$(median_ms "plan-api + AppCDS " -XX:SharedArchiveFile="$WORK/api.jsa" -- "${API_CMD[@]}")
ECHO_CDS=$(median_ms "bare echo + AppCDS" -XX:SharedArchiveFile="$WORK/echo.jsa" -- "${ECHO_CMD[@]}")
R2=$(ratio "$API_CDS" "$ECHO_CDS")
R3=$(ratio "$API_CDS" "$ECHO")
echo "with AppCDS (both): plan-api $API_CDS ms / bare $ECHO_CDS ms = $R2 (goal <= 1.5: $(verdict "$R2"))"
echo "plan-api with AppCDS vs bare without: $API_CDS / $ECHO = $R3 (goal <= 1.5: $(verdict "$R3"))"
