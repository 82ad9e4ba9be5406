#!/usr/bin/env bash
# Checks that the library's jars are reproducible: builds plan-model, plan-metrics, plan-testkit
# and plan-api twice, from two copies of this tree at different paths, and compares every jar
# (classes, -sources, -javadoc, -tests and plan-api's -all; 14 in all) by SHA-256. Exits 1 naming
# the jars and the entries that differ. Needs what the build needs (JDK 17, Maven); about 4.5
# minutes on 2 busy cores. With --against-tree it builds once and compares with the jars already
# in this tree's target folders (as `mvn -B -ntp verify` left them; .ci/run does this), in about
# half the time.
#
#   bash build/reproducible.sh [--against-tree]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
modules=(plan-model plan-metrics plan-testkit plan-api)

builds=(first second)
first="$work/first"
if [ "${1:-}" = "--against-tree" ]; then
  builds=(second)
  first="$root"
  if ! ls "$root/plan-api/target/"*.jar >/dev/null 2>&1; then
    echo "no jars in $root/*/target: run mvn -B -ntp verify (or package) first" >&2
    exit 2
  fi
fi
for run in "${builds[@]}"; do
  mkdir -p "$work/$run"
  # The tree as it is, edits included, without build output or git's files.
  tar -C "$root" --exclude=./.git --exclude=target -cf - . | tar -C "$work/$run" -xf -
  echo "building the library in $work/$run"
  (cd "$work/$run" && mvn -B -ntp -q -Dstyle.color=never package -DskipTests \
    -pl "$(IFS=,; echo "${modules[*]}")")
done

differ=0
checked=0
for module in "${modules[@]}"; do
  for jar in "$first/$module/target/"*.jar; do
    name="$(basename "$jar")"
    other="$work/second/$module/target/$name"
    checked=$((checked + 1))
    if [ ! -f "$other" ]; then
      echo "DIFFERS $name: only the first build made it"
      differ=1
    elif cmp -s "$jar" "$other"; then
      echo "same    $name $(sha256sum "$jar" | cut -c1-16)"
    else
      echo "DIFFERS $name"
      differ=1
      # Name the entries whose bytes or times differ, so the cause can be found.
      mkdir -p "$work/x1" "$work/x2"
      rm -rf "$work/x1/"* "$work/x2/"*
      (cd "$work/x1" && unzip -q "$jar") && (cd "$work/x2" && unzip -q "$other")
      diff -rq "$work/x1" "$work/x2" | sed "s|$work/x[12]/||g; s/^/        /" || true
      diff <(unzip -Z -T "$jar" | sort) <(unzip -Z -T "$other" | sort) | sed 's/^/        /' | head -20 || true
    fi
  done
done
if [ "$differ" -ne 0 ]; then
  echo "FAIL: the two builds of the same sources gave different jars" >&2
  exit 1
fi
echo "OK: $checked jars, byte for byte the same in both builds"
