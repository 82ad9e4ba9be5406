#!/usr/bin/env bash
# The page's speed: headless Chromium (Debian's) loads the page from the server jar, started as
# a real process, RUNS times each: the baseline (/ until the plans are listed) and the sample's
# scorecard (/?sample=1 until its cards and charts are drawn, and until the team ranking and the
# bulletin are). Prints the medians, the ratio to the baseline and the bytes of the page's files.
# Goals (issue 16): the sample's scorecard within 1 s of navigation, the files under 1.5 MB.
# Usage: bench/page.sh   (env: RUNS=10 PORT=17073 SKIP_BUILD=1 DETAIL=detail)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
PORT=${PORT:-17073}
API_JAR=plan-api/target/plan-api-0.1.0-SNAPSHOT-all.jar
PID=

cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
}
trap cleanup EXIT INT TERM

for program in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$program" ] || { echo "$program is missing: apt-get install -y chromium chromium-driver fonts-noto-cjk" >&2; exit 1; }
done
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -ntp -q install -DskipTests
  mvn -B -ntp -q -pl plan-api test-compile
fi

java -jar "$API_JAR" --port "$PORT" >/dev/null 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break
  kill -0 "$PID" 2>/dev/null || { echo "the server exited" >&2; exit 1; }
  sleep 0.1
done

echo "bench/page.sh on $(date -u +%Y-%m-%d), $(nproc) cores, $(/usr/bin/chromium --version 2>/dev/null)"
mvn -B -ntp -q -pl plan-api org.codehaus.mojo:exec-maven-plugin:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.planmetrics.api.page.PageSpeed \
  -Dexec.args="http://127.0.0.1:$PORT $RUNS ${DETAIL:-}"
